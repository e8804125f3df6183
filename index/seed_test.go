package index

import (
	"fmt"
	"strings"
	"testing"

	"github.com/annals/annals/corpus/events"
	"github.com/annals/annals/model"
)

// TestSeedCorpus runs the real pipeline on the embedded sample corpus and
// checks the index against the timeline the same pipeline gives.
func TestSeedCorpus(t *testing.T) {
	x, err := events.NewExtractor(events.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tl := timelineOf(t, nil, x)
	if len(tl.Events) == 0 {
		t.Skip("extraction finds no events in the sample corpus yet")
	}
	n := &notices{}
	ix, err := Open(nil, Options{Dir: t.TempDir(), Notice: n.add})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	checkAgainstTimeline(t, ix, tl)
	// FacetSize keeps the most frequent actors, ties by name.
	all, top := find(t, ix, Query{Facets: true}), find(t, ix, Query{Facets: true, FacetSize: 3})
	if len(all.Actors) < 4 || fmt.Sprint(top.Actors) != fmt.Sprint(all.Actors[:3]) {
		t.Errorf("FacetSize 3: %v, all %v", top.Actors, all.Actors)
	}
	for i := 1; i < len(all.Actors); i++ {
		if a, b := all.Actors[i-1], all.Actors[i]; a.Count < b.Count || a.Count == b.Count && a.Term > b.Term {
			t.Errorf("actor facet out of order: %v before %v", a, b)
		}
	}

	// The acceptance query: drone events of Kataib Hezbollah, in date
	// order, with "drone" highlighted in their sources.
	const kh = "Kataib Hezbollah"
	want := 0
	for _, e := range tl.Events {
		if !involves(e, kh) {
			continue
		}
		for _, s := range append([]string{e.Summary}, sourceTexts(e)...) {
			if strings.Contains(strings.ToLower(s), "drone") {
				want++
				break
			}
		}
	}
	res := find(t, ix, Query{Text: "drone", Actors: []string{kh}})
	if int(res.Total) != want {
		t.Errorf("drone --actor %q: %d events, timeline has %d", kh, res.Total, want)
	}
	for _, h := range res.Hits {
		if !involves(h.Event, kh) {
			t.Errorf("%s does not involve %s", h.Event.ID, kh)
		}
		ok := false
		for _, hl := range h.Highlights {
			txt := h.Event.Summary
			if hl.Source >= 0 {
				txt = h.Event.Sources[hl.Source].Text
			}
			ok = ok || strings.HasPrefix(strings.ToLower(txt[hl.Start:hl.End]), "drone")
		}
		if !ok {
			t.Errorf("%s: drone not highlighted: %+v", h.Event.ID, h.Highlights)
		}
	}
}

func sourceTexts(e model.Event) []string {
	out := make([]string, len(e.Sources))
	for i, s := range e.Sources {
		out[i] = s.Text
	}
	return out
}

// A full build keeps the events in chronological order across the
// segments it merges, so reading pages in index order gives what the
// sort key gives; an update turns the index-order reading off.
func TestIndexOrderIsChronological(t *testing.T) {
	old := builderBatch
	builderBatch = 7 // many segments to merge
	t.Cleanup(func() { builderBatch = old })
	ix, err := Open(nil, Options{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if !ix.st.Ordered {
		t.Fatal("a full build is not marked ordered")
	}
	deep := false
	walk := func(q Query) (ids []string, total uint64) {
		q.Size = 4
		if deep {
			q.Size = 1 // offsets pass maxOffset with one hit a page
		}
		for {
			res := find(t, ix, q)
			total = res.Total
			for _, h := range res.Hits {
				ids = append(ids, h.Event.ID)
				q.After = h.Sort
			}
			if len(res.Hits) < q.Size {
				return ids, total
			}
		}
	}
	for _, q := range []Query{{}, {Text: "drone"}, {Text: "said"}, {Actors: []string{"Kataib Hezbollah"}}, {Text: "attack", Facets: true}} {
		fast, fastTotal := walk(q)
		ix.st.Ordered = false
		sorted, sortedTotal := walk(q)
		ix.st.Ordered = true
		if strings.Join(fast, " ") != strings.Join(sorted, " ") || fastTotal != sortedTotal {
			t.Errorf("%+v: index order %v (total %d), sort key %v (total %d)", q, fast, fastTotal, sorted, sortedTotal)
		}
		if len(fast) == 0 {
			t.Errorf("%+v: no hits", q)
		}
	}
	// Past maxOffset, pages go by sort key and carry on where they were.
	oldMax := maxOffsetForTest(3)
	defer maxOffsetForTest(oldMax)
	deep = true
	fast, _ := walk(Query{})
	ix.st.Ordered = false
	sorted, _ := walk(Query{})
	ix.st.Ordered = true
	if strings.Join(fast, " ") != strings.Join(sorted, " ") {
		t.Errorf("deep pages: %v, sort key %v", fast, sorted)
	}
}

func maxOffsetForTest(n int) int {
	old := maxOffset
	maxOffset = n
	return old
}

// A field:value on a keyword field, as documented in search --help,
// finds what the equivalent filter finds, however the value is cased or
// its apostrophes typed, and under the plural name too.
func TestSearchFieldQueries(t *testing.T) {
	ix, err := Open(nil, Options{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	const kh = "Kataib Hezbollah"
	byActor := find(t, ix, Query{Actors: []string{kh}}).Total
	byType := find(t, ix, Query{Types: []string{"attack"}}).Total
	all := find(t, ix, Query{}).Total
	if byActor == 0 || byType == 0 {
		t.Skip("the sample corpus gives no Kataib Hezbollah or attack events")
	}
	for q, want := range map[string]uint64{
		`actor:"Kataib Hezbollah"`:   byActor,
		`actor:"kata'ib hezbollah"`:  byActor,
		`actors:"Kata’ib Hezbollah"`: byActor,
		`type:Attack`:                byType,
		`type:attack`:                byType,
		`-type:ATTACK`:               all - byType,
	} {
		if got := find(t, ix, Query{Text: q}).Total; got != want {
			t.Errorf("%s: %d events, want %d", q, got, want)
		}
	}
}
