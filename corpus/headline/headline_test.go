package headline_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/annals/annals/corpus"
	"github.com/annals/annals/corpus/events"
	"github.com/annals/annals/corpus/headline"
	"github.com/annals/annals/model"
)

const shared = "../../../shared"

// build extracts the events of a corpus the way the index does; the
// headlines are made by corpus/events' finish step.
func build(t testing.TB, path string) []model.Event {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		t.Skipf("%s not present", path)
	}
	arts, _ := corpus.Load([]string{path}, corpus.Options{})
	if len(arts) == 0 {
		t.Fatalf("no articles in %s", path)
	}
	tl, err := events.Build(arts, events.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return tl.Events
}

// checkAll asserts the acceptance rules on every headline: present, at
// most MaxLen runes, never cut with an ellipsis, one line, and made from
// a source clause rather than the fields for nearly every event.
func checkAll(t *testing.T, evs []model.Event) {
	t.Helper()
	fromSource := 0
	for i := range evs {
		e := &evs[i]
		h := e.Headline
		if h != headline.Make(e) {
			t.Fatalf("%s: the stored headline %q is not Make's %q", e.ID, h, headline.Make(e))
		}
		switch {
		case h == "":
			t.Errorf("%s: no headline (source %q)", e.ID, e.Sources[0].Text)
		case utf8.RuneCountInString(h) > headline.MaxLen:
			t.Errorf("%s: headline of %d runes: %q", e.ID, utf8.RuneCountInString(h), h)
		case strings.HasSuffix(h, "…") || strings.HasSuffix(h, "..."):
			t.Errorf("%s: headline cut with an ellipsis: %q", e.ID, h)
		case strings.ContainsAny(h, "\n\r\t"):
			t.Errorf("%s: headline spans lines: %q", e.ID, h)
		}
		for _, s := range e.Sources {
			if shareWords(h, s.Text) {
				fromSource++
				break
			}
		}
	}
	if share := float64(fromSource) / float64(len(evs)); share < 0.9 {
		t.Errorf("only %.1f%% of %d headlines are in their sources' words", 100*share, len(evs))
	}
	t.Logf("%d events, %d headlines in their sources' words", len(evs), fromSource)
}

// shareWords reports whether every word of h (but capitalization and
// quote marks) is a word of the source: the headline is extractive.
func shareWords(h, src string) bool {
	srcWords := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(src)) {
		srcWords[strings.Trim(w, `,;:.!?"“”'’()`)] = true
	}
	for _, w := range strings.Fields(strings.ToLower(h)) {
		if !srcWords[strings.Trim(w, `,;:.!?"“”'’()`)] {
			return false
		}
	}
	return true
}

func TestHeadlinesSamples(t *testing.T) {
	checkAll(t, build(t, filepath.Join(shared, "corpus", "seed")))
}

func TestHeadlinesNews1997(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 2,452 articles")
	}
	checkAll(t, build(t, filepath.Join(shared, "corpus", "news-1997.jsonl")))
}

// TestCompress checks the compressions on real sentences of news-1997 and
// the samples: what a headline must keep (subject, verb, object) and what
// it drops (attribution, asides, scene-setting, weekday).
func TestCompress(t *testing.T) {
	cases := []struct {
		src        string
		speaker    bool
		keep, drop []string
	}{
		{"Shanghai police have raided the home of a second underground Catholic priest carting away money and religious items, a US-based pressure group said Wednesday.", false,
			[]string{"Shanghai police have raided the home"}, []string{"said", "Wednesday"}},
		{"In an interesting development, Kataib Hezbollah, one of the main Iran-backed militias, announced a suspension of attacks on American troops.", true,
			[]string{"Kataib Hezbollah announced a suspension of attacks on American troops"}, []string{"interesting", "one of"}},
		{"In January 2020, the US killed IRGC commander Qasem Soleimani in Baghdad.", false,
			[]string{"The US killed IRGC commander Qasem Soleimani in Baghdad"}, []string{"January"}},
		{"Japanese police announced Wednesday that Air Force sergeant Danny Matlock, stationed at the Kadena base on the southern Japanese island, had been arrested for the Monday attack.", false,
			[]string{"Danny Matlock had been arrested"}, []string{"stationed", "Wednesday"}},
		{"France last weekend announced it would not support the annual resolution condemning China's human rights record, effectively ruling out EU sponsorship of the motion.", true,
			[]string{"France last weekend announced it would not support the annual resolution"}, []string{"ruling out"}},
		{"But on Sunday the Islamic Resistance in Iraq claimed to have launched three drone attacks at bases in Syria, including near the Jordanian border.", false,
			[]string{"The Islamic Resistance in Iraq claimed to have launched three drone attacks"}, []string{"Sunday", "On the"}},
		{"Under a frontpage headline of 'We're ready to do battle', The Sunday Telegraph quoted star striker Harry Kewell as saying the Socceroos were excited about the prospect of playing.", false,
			[]string{"The Socceroos were excited about the prospect of playing"}, []string{"headline"}},
		{"The inquiry into the PNG government's hiring of Spicer's Sandline International mercenary group heard allegations Thursday that Spicer was detained by PNG soldiers because he was planning to commit atrocities on the war-torn island of Bougainville.", false,
			[]string{"The inquiry heard allegations that Spicer was detained by PNG soldiers"}, []string{"Thursday"}},
		{"the drone attack that killed three US military personnel in Jordan", false,
			[]string{"Drone attack killed three US military personnel in Jordan"}, nil},
		{"Iraqi authorities on Monday condemned the drone attack that killed three US military personnel in Jordan, calling for an “end to the cycle of violence” in the Middle East.", true,
			[]string{"Iraqi authorities condemned the drone attack"}, []string{"Monday", "calling"}},
	}
	for _, c := range cases {
		h, ok := headline.Compress(c.src, c.speaker)
		if !ok {
			t.Errorf("no headline for %q", c.src)
			continue
		}
		if utf8.RuneCountInString(h) > headline.MaxLen {
			t.Errorf("%q: %d runes", h, utf8.RuneCountInString(h))
		}
		for _, k := range c.keep {
			if !strings.Contains(h, k) {
				t.Errorf("Compress(%q)\n = %q, want it to keep %q", c.src, h, k)
			}
		}
		for _, d := range c.drop {
			if strings.Contains(h, d) {
				t.Errorf("Compress(%q)\n = %q, want %q dropped", c.src, h, d)
			}
		}
	}
}

// A source that is all noise gives no headline, and the fields then
// write one; nothing panics on empty or odd input.
func TestBadInput(t *testing.T) {
	for _, s := range []string{"", " ", "…", "(((", "a b", strings.Repeat("word ", 500), strings.Repeat("x", 1000)} {
		h, ok := headline.Compress(s, false)
		if ok && utf8.RuneCountInString(h) > headline.MaxLen {
			t.Errorf("Compress(%.20q) = %d runes", s, utf8.RuneCountInString(h))
		}
	}
	e := model.Event{Type: model.EventAttack, Actors: []string{"Kataib Hezbollah"}, Place: "Jordan", Figures: model.Figures{Killed: 3},
		Sources: []model.Source{{Text: strings.Repeat("x", 300)}}}
	if h := headline.Make(&e); h == "" || utf8.RuneCountInString(h) > headline.MaxLen {
		t.Errorf("fields headline %q", h)
	}
}

// BenchmarkMake measures the headline of every event of the samples, to
// compare with the extraction's own speed.
func BenchmarkMake(b *testing.B) {
	evs := build(b, filepath.Join(shared, "corpus", "seed"))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j := range evs {
			headline.Make(&evs[j])
		}
	}
	b.ReportMetric(float64(len(evs)*b.N)/b.Elapsed().Seconds(), "events/s")
}
