package digest_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals/annals/corpus"
	"github.com/annals/annals/corpus/digest"
	"github.com/annals/annals/corpus/events"
	"github.com/annals/annals/model"
)

const shared = "../../../shared"

func build(t *testing.T, path string) []model.Event {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		t.Skipf("%s not present", path)
	}
	arts, _ := corpus.Load([]string{path}, corpus.Options{})
	tl, err := events.Build(arts, events.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return tl.Events
}

// checkDays asserts what every digest promises: chronological days inside
// the bounds, at most perDay summary lines each, every summary sentence
// one of the day's event sources, no background event.
func checkDays(t *testing.T, evs []model.Event, days []digest.Day, opt digest.Options) {
	t.Helper()
	byID := map[string]*model.Event{}
	for i := range evs {
		byID[evs[i].ID] = &evs[i]
	}
	for i, d := range days {
		if i > 0 && d.Date <= days[i-1].Date {
			t.Errorf("%s after %s: not chronological", d.Date, days[i-1].Date)
		}
		if (opt.From != "" && d.Date < opt.From) || (opt.To != "" && d.Date > opt.To) {
			t.Errorf("%s outside %s..%s", d.Date, opt.From, opt.To)
		}
		if len(d.Summary) == 0 || len(d.Summary) > max(opt.PerDay, 1) || len(d.Headlines) != len(d.Summary) {
			t.Errorf("%s: %d summary lines, %d headlines (per day %d)", d.Date, len(d.Summary), len(d.Headlines), opt.PerDay)
		}
		for j, s := range d.Summary {
			e := byID[d.Events[j]]
			if e == nil || e.Date.Value != d.Date || e.Background {
				t.Errorf("%s: summary %d from event %s dated %v", d.Date, j, d.Events[j], e)
				continue
			}
			found := false
			for _, src := range e.Sources {
				found = found || strings.Join(strings.Fields(src.Text), " ") == s
			}
			if !found {
				t.Errorf("%s: summary %q is no source of its event", d.Date, s)
			}
		}
	}
}

// The samples' key days include 28 January 2024, the drone attack on
// Tower 22, which four of the five articles report.
func TestDigestSamples(t *testing.T) {
	evs := build(t, filepath.Join(shared, "corpus", "seed"))
	opt := digest.Options{PerDay: 2}
	days := digest.Digest(evs, opt)
	checkDays(t, evs, days, opt)
	var tower *digest.Day
	for i := range days {
		if days[i].Date == "2024-01-28" {
			tower = &days[i]
		}
	}
	if tower == nil {
		t.Fatalf("no 2024-01-28 among %d days", len(days))
	}
	if tower.Articles < 3 {
		t.Errorf("2024-01-28 reported by %d articles, want the 3 or more that tell the attack", tower.Articles)
	}
	// Without --days the number suits the period, and is never more than
	// the days there are.
	if len(days) < 5 || len(days) > 30 {
		t.Errorf("%d days by default", len(days))
	}
	// A one-day range gives that day alone; --days 1 the strongest day.
	one := digest.Digest(evs, digest.Options{From: "2024-01-28", To: "2024-01-28", PerDay: 1})
	if len(one) != 1 || one[0].Date != "2024-01-28" {
		t.Errorf("one-day range gave %v", one)
	}
	if top := digest.Digest(evs, digest.Options{Days: 1}); len(top) != 1 || top[0].Date != "2024-01-28" {
		t.Errorf("the strongest day is %v, want 2024-01-28", top)
	}
}

// Background events are no key days, and bad input does not panic.
func TestDigestSkipsBackgroundAndBadInput(t *testing.T) {
	evs := build(t, filepath.Join(shared, "corpus", "seed"))
	for i := range evs {
		if evs[i].Date.Value == "2024-01-28" {
			evs[i].Background = true
		}
	}
	for _, d := range digest.Digest(evs, digest.Options{}) {
		if d.Date == "2024-01-28" {
			t.Errorf("a day of background events only was chosen")
		}
	}
	bad := []model.Event{{ID: "a", Date: model.EventDate{Value: "2024-13-45", Precision: model.PrecisionDay}},
		{ID: "b", Date: model.EventDate{Value: "2024-01-28", Precision: model.PrecisionDay}},
		{ID: "c", Date: model.EventDate{Value: "2024-01-28", Precision: model.PrecisionDay}, Sources: []model.Source{{Text: "   "}}}}
	days := digest.Digest(bad, digest.Options{From: "nonsense", To: "2024-02"})
	if len(days) != 1 || days[0].Date != "2024-01-28" {
		t.Errorf("bad input gave %v", days)
	}
	if got := digest.Digest(nil, digest.Options{}); len(got) != 0 {
		t.Errorf("no events gave %v", got)
	}
}

// On a real story (BBC's Haiti earthquake coverage, tls-dev), the day of
// the quake is among the key days and the summaries are the day's own
// reports, not page stamps.
func TestDigestHaiti(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 223 articles")
	}
	evs := build(t, filepath.Join(shared, "eval", "tls-dev", "tasks", "haiti__bbc", "articles"))
	opt := digest.Options{Days: 11, PerDay: 8, From: "2010-01-12", To: "2010-01-23"}
	days := digest.Digest(evs, opt)
	checkDays(t, evs, days, opt)
	if len(days) == 0 || days[0].Date != "2010-01-12" {
		t.Errorf("the quake day 2010-01-12 does not open the digest: %v", days)
	}
	for _, d := range days {
		for _, s := range d.Summary {
			if strings.Contains(s, "GMT,") || strings.Contains(strings.ToLower(s), "last updated") || strings.Contains(s, "UK time") {
				t.Errorf("%s: page stamp in summary %q", d.Date, s)
			}
		}
	}
}
