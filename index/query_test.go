package index

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/annals/annals/corpus"
	"github.com/annals/annals/corpus/events"
	"github.com/annals/annals/model"
)

// timelineOf runs the pipeline the index runs, outside the index, to
// derive the counts searches must give.
func timelineOf(t *testing.T, paths []string, x extractor) *model.Timeline {
	t.Helper()
	files, _ := corpus.Scan(paths)
	arts, _ := corpus.LoadFiles(files, corpus.Options{})
	ex := make([]events.Extraction, len(arts))
	for i, a := range arts {
		ex[i] = x.Article(a)
	}
	return x.Merge(arts, ex)
}

func involves(e model.Event, actor string) bool {
	for _, a := range append(append([]string{}, e.Actors...), e.Targets...) {
		if a == actor {
			return true
		}
	}
	return false
}

// checkAgainstTimeline compares filters, facets and paging with counts
// taken straight from the timeline.
func checkAgainstTimeline(t *testing.T, ix *Index, tl *model.Timeline) {
	t.Helper()
	all := find(t, ix, Query{Facets: true, Size: 1})
	if int(all.Total) != len(tl.Events) {
		t.Fatalf("all events: %d, timeline has %d", all.Total, len(tl.Events))
	}
	actorCount, typeCount, monthCount := map[string]int{}, map[string]int{}, map[string]int{}
	for _, e := range tl.Events {
		seen := map[string]bool{}
		for _, a := range append(append([]string{}, e.Actors...), e.Targets...) {
			if a != "" && !seen[a] {
				seen[a] = true
				actorCount[a]++
			}
		}
		typeCount[e.Type]++
		if r, ok := model.ParseDateValue(e.Date.Value); ok && (r.Precision == model.PrecisionDay || r.Precision == model.PrecisionWeek || r.Precision == model.PrecisionMonth) {
			monthCount[r.Start.Format("2006-01")]++
		}
	}
	facetMap := func(fs []FacetCount) map[string]int {
		m := map[string]int{}
		for _, f := range fs {
			m[f.Term] = f.Count
		}
		return m
	}
	if got := facetMap(all.Actors); fmt.Sprint(got) != fmt.Sprint(actorCount) {
		t.Errorf("actor facet %v, timeline %v", got, actorCount)
	}
	if got := facetMap(all.Types); fmt.Sprint(got) != fmt.Sprint(typeCount) {
		t.Errorf("type facet %v, timeline %v", got, typeCount)
	}
	if got := facetMap(all.Months); fmt.Sprint(got) != fmt.Sprint(monthCount) {
		t.Errorf("month facet %v, timeline %v", got, monthCount)
	}
	if !sort.SliceIsSorted(all.Months, func(i, j int) bool { return all.Months[i].Term < all.Months[j].Term }) {
		t.Errorf("months not chronological: %v", all.Months)
	}
	for a, want := range actorCount {
		if got := find(t, ix, Query{Actors: []string{a}}).Total; int(got) != want {
			t.Errorf("--actor %q: %d events, timeline %d", a, got, want)
		}
	}
	for ty, want := range typeCount {
		if got := find(t, ix, Query{Types: []string{ty}}).Total; int(got) != want {
			t.Errorf("--type %s: %d events, timeline %d", ty, got, want)
		}
	}
	// Any and all of the two most frequent actors.
	if len(all.Actors) >= 2 {
		a, b := all.Actors[0].Term, all.Actors[1].Term
		any, both := 0, 0
		for _, e := range tl.Events {
			if involves(e, a) || involves(e, b) {
				any++
			}
			if involves(e, a) && involves(e, b) {
				both++
			}
		}
		if got := find(t, ix, Query{Actors: []string{a, b}}).Total; int(got) != any {
			t.Errorf("any of %q %q: %d, timeline %d", a, b, got, any)
		}
		if got := find(t, ix, Query{Actors: []string{a, b}, AllActors: true}).Total; int(got) != both {
			t.Errorf("all of %q %q: %d, timeline %d", a, b, got, both)
		}
	}
	// Date ranges keep what overlaps them, for each month bound.
	for m := range monthCount {
		lo, _ := model.ParseDateValue(m)
		want := 0
		for _, e := range tl.Events {
			if r, ok := model.ParseDateValue(e.Date.Value); ok && r.Overlaps(lo) {
				want++
			}
		}
		if got := find(t, ix, Query{From: m, To: m}).Total; int(got) != want {
			t.Errorf("--from %s --to %s: %d, timeline %d", m, m, got, want)
		}
	}
	// Paging with After walks every event once, in chronological order.
	var keys []string
	var after []string
	seen := map[string]bool{}
	for {
		res := find(t, ix, Query{Size: 2, After: after})
		for _, h := range res.Hits {
			if seen[h.Event.ID] {
				t.Fatalf("event %s on two pages", h.Event.ID)
			}
			seen[h.Event.ID] = true
			keys = append(keys, strings.Join(h.Sort, "|"))
			after = h.Sort
		}
		if len(res.Hits) < 2 {
			break
		}
	}
	if len(seen) != len(tl.Events) || !sort.StringsAreSorted(keys) {
		t.Errorf("paging: %d events, sorted %v", len(seen), sort.StringsAreSorted(keys))
	}
}

func TestFiltersFacetsAndPaging(t *testing.T) {
	useFake(t)
	c := writeCorpus(t, fakeCorpus)
	ix, _ := open(t, c, t.TempDir(), Options{})
	checkAgainstTimeline(t, ix, timelineOf(t, []string{c}, fakeExtractor{}))
}

func TestHighlights(t *testing.T) {
	useFake(t)
	ix, _ := open(t, writeCorpus(t, fakeCorpus), t.TempDir(), Options{})
	res := find(t, ix, Query{Text: "drones"}) // stemmed: matches "drone"
	if res.Total == 0 {
		t.Fatal("no hits")
	}
	for _, h := range res.Hits {
		if len(h.Highlights) == 0 || len(h.Fragments) == 0 {
			t.Errorf("%s: no highlights", h.Event.ID)
		}
		for _, hl := range h.Highlights {
			txt := h.Event.Summary
			if hl.Source >= 0 {
				txt = h.Event.Sources[hl.Source].Text
			}
			if got := strings.ToLower(txt[hl.Start:hl.End]); got != "drone" {
				t.Errorf("%s: highlight %q, want drone", h.Event.ID, got)
			}
		}
		if !strings.Contains(h.Fragments[0], ansiOn+"drone") {
			t.Errorf("fragment %q", h.Fragments[0])
		}
	}
	// A phrase highlights its words, in the source the phrase is in.
	res = find(t, ix, Query{Text: `"United States base"`})
	if res.Total != 1 {
		t.Fatalf("phrase: %d hits", res.Total)
	}
	got := Mark(res.Hits[0].Event.Sources[0].Text, res.Hits[0].Highlights, 0, "[", "]")
	if !strings.Contains(got, "[United] [States] [base]") {
		t.Errorf("phrase marks: %s", got)
	}
	// Articles are searchable too, by title.
	first := find(t, ix, Query{Kind: KindArticles, Size: 1}).Hits[0].Article
	word := strings.Fields(first.Title)[0]
	res = find(t, ix, Query{Text: "title:" + word, Kind: KindArticles})
	found := false
	for _, h := range res.Hits {
		found = found || (h.Kind == KindArticles && h.Article.ID == first.ID)
	}
	if !found {
		t.Errorf("title:%s does not find %q: %+v", word, first.Title, res.Hits)
	}
	if res := find(t, ix, Query{Text: word, Kind: KindAll}); res.Total < 2 {
		t.Errorf("kind all: %d hits for %q, want its article and events", res.Total, word)
	}
}

// A reversed range is an error, not an empty page: the TUI shows it.
func TestReversedDateRange(t *testing.T) {
	useFake(t)
	ix, _ := open(t, writeCorpus(t, fakeCorpus), t.TempDir(), Options{})
	_, err := ix.Search(context.Background(), Query{From: "2024-08", To: "2024-01"})
	var de *DateRangeError
	if !errors.As(err, &de) || de.Bound != "" {
		t.Fatalf("from 2024-08 to 2024-01: err %v, want an empty-range DateRangeError", err)
	}
	_, err = ix.Search(context.Background(), Query{To: "2024-02-30"})
	if !errors.As(err, &de) || de.Bound != "to" {
		t.Fatalf("to 2024-02-30: err %v, want a bad to date", err)
	}
	if res := find(t, ix, Query{From: "2024-01", To: "2024-01"}); res.Total == 0 {
		t.Error("from 2024-01 to 2024-01 found nothing")
	}
}

// Article text and event sentences are separate fields: an events search
// never matches an article, an articles search finds words of the body
// as well as the title, and "text:" names either.
func TestArticleAndEventTextFields(t *testing.T) {
	useFake(t)
	ix, _ := open(t, writeCorpus(t, fakeCorpus), t.TempDir(), Options{})
	count := func(q Query) uint64 { return find(t, ix, q).Total }
	// "drone": a.txt's title and body, c.txt's body; two events.
	if n := count(Query{Text: "drone", Kind: KindArticles}); n != 2 {
		t.Errorf("articles with drone: %d, want 2", n)
	}
	if n := count(Query{Text: "text:drone", Kind: KindArticles}); n != 2 {
		t.Errorf("articles with text:drone: %d, want 2", n)
	}
	if n := count(Query{Text: "drone"}); n != 2 {
		t.Errorf("events with drone: %d, want 2", n)
	}
	if n := count(Query{Text: "drone", Kind: KindAll}); n != 4 {
		t.Errorf("documents with drone: %d, want 4", n)
	}
	// "weather" is in a.txt's body only, in no event.
	if n := count(Query{Text: "weather"}); n != 0 {
		t.Errorf("events with weather: %d, want 0", n)
	}
	if n := count(Query{Text: "weather", Kind: KindArticles}); n != 1 {
		t.Errorf("articles with weather: %d, want 1", n)
	}
}

// Dates before 1678 (and after 2262), which bleve's datetime ranges
// cannot hold, are filtered like any other: events of the Middle Ages
// are selected by --to 1500 and by a range around them, and the range's
// edges keep what overlaps them.
func TestOldDatesFilter(t *testing.T) {
	useFake(t)
	files := map[string]string{}
	for k, v := range fakeCorpus {
		files[k] = v
	}
	files["old.txt"] = "Chronicle\nA strike burned the abbey in 1066-10.\nIran said the siege ended in 1453-05-29.\n"
	ix, _ := open(t, writeCorpus(t, files), t.TempDir(), Options{})
	for _, c := range []struct {
		from, to string
		want     uint64
	}{
		{"", "1500", 2},
		{"1000", "1100", 1},
		{"1066-10-14", "1066-10-14", 1}, // inside the month
		{"1453-05-30", "1500", 0},       // the day after
		{"1453", "2024-01-28", 2},       // the siege and the drone
		{"1500", "", 4},                 // the four dated events of 2024 (one is undated)
	} {
		res, err := ix.Search(context.Background(), Query{From: c.from, To: c.to})
		if err != nil {
			t.Errorf("from %q to %q: %v", c.from, c.to, err)
			continue
		}
		if res.Total != c.want {
			t.Errorf("from %q to %q: %d events, want %d", c.from, c.to, res.Total, c.want)
		}
	}
}
