package events_test

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/annals/annals/corpus"
	"github.com/annals/annals/corpus/events"
	"github.com/annals/annals/model"
)

var (
	newsOnce sync.Once
	newsArts []*model.Article
)

// news loads news-1997.jsonl once for the tests that take real articles
// from it.
func news(t testing.TB) []*model.Article {
	t.Helper()
	p := filepath.Join(shared, "corpus", "news-1997.jsonl")
	if _, err := os.Stat(p); err != nil {
		t.Skip("news-1997 not present")
	}
	newsOnce.Do(func() { newsArts, _ = corpus.Load([]string{p}, corpus.Options{}) })
	if len(newsArts) == 0 {
		t.Skip("no articles loaded")
	}
	return newsArts
}

func newsByID(t *testing.T, id string) *model.Article {
	t.Helper()
	for _, a := range news(t) {
		if a.ID == id {
			return a
		}
	}
	t.Skipf("article %s not in news-1997", id)
	return nil
}

// wireCopy is another outlet's copy of an article: same text and date,
// another id, file and outlet.
func wireCopy(a *model.Article, n int) *model.Article {
	c := *a
	c.ID = a.ID + "-copy" + string(rune('0'+n))
	c.Path = a.Path + ".copy" + string(rune('0'+n))
	c.Outlet = "Copy Wire " + string(rune('0'+n))
	return &c
}

func buildTL(t *testing.T, arts ...*model.Article) *model.Timeline {
	t.Helper()
	tl, err := events.Build(arts, events.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return tl
}

// TestWireCopiesMerge gives every article of a slice of news-1997 a copy
// from another outlet: each event must come out once, with the report of
// both copies — including sentences that name no actor, place or toll
// ("The index, initiated in August 1994"), dates only "recent", and
// forecasts ("next year").
func TestWireCopiesMerge(t *testing.T) {
	arts := news(t)
	step := 20
	if testing.Short() {
		step = 60
	}
	var all []*model.Article
	for i := 0; i < len(arts); i += step {
		all = append(all, arts[i], wireCopy(arts[i], 1))
	}
	tl := buildTL(t, all...)
	single, total := 0, 0
	for _, e := range tl.Events {
		total++
		orig, copies := 0, 0
		for _, s := range e.Sources {
			if strings.HasSuffix(s.Article, "-copy1") {
				copies++
			} else {
				orig++
			}
		}
		if orig != copies {
			single++
			if single <= 5 {
				t.Logf("%s %q: %d sources from the originals, %d from their copies", e.Date.Value, e.Sources[0].Text, orig, copies)
			}
		}
	}
	// Sentences under six words ("Today we controlled the game.") are
	// too short to be told copies.
	if single*100 > total {
		t.Errorf("%d of %d events do not hold both copies of their reports", single, total)
	}
}

// TestTemplateWithOtherFiguresStaysApart: two weeks' mortgage reports use
// one sentence template with other rates; they are two happenings.
func TestTemplateWithOtherFiguresStaysApart(t *testing.T) {
	a := newsByID(t, "XIN_ENG_20051110.0295")
	b := newsByID(t, "XIN_ENG_20051123.0291")
	tl := buildTL(t, a, b)
	for _, e := range tl.Events {
		var texts []string
		for _, s := range e.Sources {
			texts = append(texts, s.Text)
		}
		j := strings.Join(texts, " | ")
		if strings.Contains(j, "5.76 percent") && strings.Contains(j, "5.72 percent") {
			t.Errorf("mortgage rates of two weeks merged: %s", j)
		}
	}
}

// TestUnknownYearDates: an article with no publication date dates "on
// Sunday" as a Sunday of an unknown year (XXXX-WXX-7). Its copy of a
// report dated on a known Tuesday must not merge with it, while a copy
// saying Tuesday may; undated articles' Sunday and Tuesday stay apart.
func TestUnknownYearDates(t *testing.T) {
	const tuesday = "The central Bank Negara Tuesday imposed new lending limits on shares and luxury properties to thwart excessive market speculation and quell soaring property prices."
	orig := newsByID(t, "AFP_ENG_19970401.0006") // published Tuesday 1 April 1997
	if !strings.Contains(orig.Text, tuesday) {
		t.Skip("sentence not in the article")
	}
	undated := func(id, text string) *model.Article {
		return &model.Article{ID: id, Path: id + ".txt", Text: text + "\n", PublishedSource: model.SourceNone}
	}
	sunday := undated("sun", strings.Replace(tuesday, "Tuesday", "Sunday", 1))
	tue := undated("tue", tuesday)
	dated := &model.Article{ID: "dated", Path: "dated.txt", Text: tuesday + "\n", Published: orig.Published, PublishedSource: model.SourceManifest}

	tl := buildTL(t, dated, sunday, tue)
	where := map[string]string{} // article → event id
	dates := map[string]string{}
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			if strings.Contains(s.Text, "lending limits") {
				where[s.Article] = e.ID
				dates[s.Article] = e.Date.Value
			}
		}
	}
	if len(where) != 3 {
		t.Fatalf("events for %v, want all three articles", where)
	}
	if dates["sun"] != "XXXX-WXX-7" || dates["dated"] != "1997-04-01" {
		t.Errorf("dates %v, want the Sunday unresolved and the dated copy on 1997-04-01", dates)
	}
	if where["sun"] == where["dated"] || where["sun"] == where["tue"] {
		t.Errorf("a Sunday of an unknown year merged with a Tuesday: %v", where)
	}
	if where["tue"] != where["dated"] {
		t.Errorf("an undated copy saying Tuesday did not join the report dated on that Tuesday: %v", where)
	}

	// Month and day: 4 October of an unknown year is not 5 October 1997,
	// and joins 4 October 1997 told in the same words. (Two dated
	// reports in the same words a day apart are one happening with a
	// disputed day: TestDisagreementsMarked.)
	const oct = "Police said a bomb exploded on October 4 near the main railway station, killing three people and wounding 12."
	a := undated("oct-undated", oct)
	b := &model.Article{ID: "oct-dated", Path: "oct-dated.txt", Text: strings.Replace(oct, "October 4", "October 5", 1) + "\n", Published: "1997-10-06", PublishedSource: model.SourceManifest}
	c := &model.Article{ID: "oct-same", Path: "oct-same.txt", Text: oct + "\n", Published: "1997-10-06", PublishedSource: model.SourceManifest}
	for _, other := range []*model.Article{b, c} {
		tl = buildTL(t, a, other)
		where = map[string]string{}
		for _, e := range tl.Events {
			for _, s := range e.Sources {
				if strings.Contains(s.Text, "railway station") {
					where[s.Article] = e.ID
				}
			}
		}
		switch {
		case where["oct-undated"] == "":
			t.Errorf("no event for the undated article: %v", where)
		case other == b && where["oct-undated"] == where["oct-dated"]:
			t.Errorf("4 October of an unknown year merged with 5 October 1997: %v", where)
		case other == c && where["oct-undated"] != where["oct-same"]:
			t.Errorf("4 October of an unknown year did not join 4 October 1997 told in the same words: %v", where)
		}
	}
}
