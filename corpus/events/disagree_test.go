package events_test

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/annals/annals/corpus"
	"github.com/annals/annals/corpus/events"
	"github.com/annals/annals/model"
)

// TestDisagreementsMarked builds the timeline of three short wire reports
// of one roadside bombing (testdata/disagree): two say three policemen
// died on Sunday, one says two died on Saturday. The bombing must be one
// event with every report as a source, marked with both tolls and both
// days and the articles giving each, dated to the day most give.
func TestDisagreementsMarked(t *testing.T) {
	arts, warns := corpus.Load([]string{filepath.Join("testdata", "disagree")}, corpus.Options{})
	if len(arts) != 3 {
		t.Fatalf("loaded %d articles (%q)", len(arts), warns)
	}
	tl, err := events.Build(arts, events.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var bombing []*model.Event
	for i := range tl.Events {
		e := &tl.Events[i]
		if e.Date.Precision == model.PrecisionDay && family(e.Type) == "violence" {
			bombing = append(bombing, e)
		}
	}
	if len(bombing) != 1 {
		for _, e := range bombing {
			t.Logf("%s %s %q", e.Date.Value, e.Type, e.Summary)
		}
		t.Fatalf("the bombing is %d day-dated events, want 1", len(bombing))
	}
	e := bombing[0]
	arts3 := map[string]bool{}
	for _, s := range e.Sources {
		arts3[s.Article] = true
	}
	if len(arts3) != 3 {
		t.Errorf("the bombing has sources in %d articles, want 3", len(arts3))
	}
	if e.Date.Value != "2025-03-09" {
		t.Errorf("date %s, want the Sunday two of three reports give (2025-03-09)", e.Date.Value)
	}
	if e.Figures.Killed != 3 {
		t.Errorf("killed %d, want the toll two of three reports give (3)", e.Figures.Killed)
	}
	got := map[string][]model.DisagreeValue{}
	for _, d := range e.Disagreements {
		got[d.Field] = d.Values
	}
	for field, want := range map[string][]string{"killed": {"3", "2"}, "date": {"2025-03-09", "2025-03-08"}} {
		vals := got[field]
		var values []string
		n := 0
		for _, v := range vals {
			values = append(values, v.Value)
			n += len(v.Articles)
		}
		if !slices.Equal(values, want) || n != 3 {
			t.Errorf("%s disagreement %+v, want values %q from 3 articles", field, vals, want)
		}
	}
	if _, ok := got["wounded"]; ok {
		t.Errorf("wounded marked as disputed, but every report gives four: %+v", got["wounded"])
	}
	// The other rows of the corpus agree with themselves.
	for _, o := range tl.Events {
		if o.ID != e.ID && len(o.Disagreements) > 0 {
			t.Errorf("%s %q marked: %+v", o.Date.Value, o.Summary, o.Disagreements)
		}
	}
}

// family is the coarse kind of an event type, as merging compares them.
func family(t string) string {
	switch t {
	case model.EventAttack, model.EventStrike, model.EventKilling, model.EventCasualties:
		return "violence"
	}
	return t
}
