package ui

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/annals/annals/model"
)

// Dates read as a person writes them, at every precision the tagger
// gives, including the far past news-1997 mentions ("1354 B.C.", "the
// 11th century", "the 1990s").
func TestDateNames(t *testing.T) {
	for _, c := range []struct {
		value, row, section string
	}{
		{"2024-08-05", "2024-08-05", "August 2024"},
		{"2024-08", "Aug 2024", "August 2024"},
		{"2024", "2024", "2024"},
		{"199", "1990s", "1990s"},
		{"10", "1000s", "1000s"},
		{"BC1354", "1354 BC", "1354 BC"},
		{"BC10", "1000s BC", "1000s BC"},
		{"0005", "AD 5", "AD 5"},
		{"2006-Q4", "Q4 2006", "October 2006"},
		{"2009-WI", "winter 2009", "December 2009"},
		{"2010-W02-WE", "2010-W02·we", "January 2010"},
		{"", "undated", "undated"},
		{"XXXX-10-04", "????-10-04", "undated"},
		{"XXXX-10", "Oct ????", "undated"},
		{"XXXX-WXX-1", "a Monday", "undated"},
	} {
		d := model.EventDate{Value: c.value}
		if got := fmtDate(d); got != c.row {
			t.Errorf("fmtDate(%q) = %q, want %q", c.value, got, c.row)
		}
		if got := sectionLabel(d); got != c.section {
			t.Errorf("sectionLabel(%q) = %q, want %q", c.value, got, c.section)
		}
	}
}

// A corpus led by far-past mentions opens where its events gather, with
// the cursor on the first month the density strip shows and a note that
// g goes to the top; an unremarkable corpus opens at its first event.
func TestOpensWhereEventsGather(t *testing.T) {
	be := bigBackend(600)
	for i, v := range []string{"BC1354", "0005", "0505", "1406", "1716"} {
		be.events = append(be.events, model.Event{ID: fmt.Sprintf("old%d", i), Date: model.EventDate{Value: v, Precision: "year"},
			Type: model.EventOther, Summary: "A far-past mention " + v, Sources: be.events[0].Sources})
	}
	sort.SliceStable(be.events, func(i, j int) bool { return sortKey(be.events[i]) < sortKey(be.events[j]) })
	m := newTest(t, be, 120, 30)
	h := m.tl.selected()
	if h == nil || strings.HasPrefix(h.Event.ID, "old") || m.tl.cursor == 0 {
		t.Fatalf("opened on %+v (cursor %d), want the first generated event", h, m.tl.cursor)
	}
	if f := frame(m); !strings.Contains(f, "g goes to the top") {
		t.Errorf("no note that earlier events are above:\n%s", f)
	}
	press(m, "g")
	if h := m.tl.selected(); h == nil || h.Event.ID != "old0" {
		t.Errorf("g went to %+v, want the 1354 BC mention", h)
	}
	plain := newTest(t, bigBackend(600), 120, 30)
	if plain.tl.cursor != 0 || strings.Contains(frame(plain), "g goes to the top") {
		t.Errorf("a corpus with no strays did not open at its first event (cursor %d)", plain.tl.cursor)
	}
}

// "last 90 days" counts back from the last month with dated events, not
// from a year-precision "by 2030" at the end of the timeline.
func TestRelativeDatesAnchorOnTheStrip(t *testing.T) {
	be := bigBackend(300)
	be.events = append(be.events, model.Event{ID: "future", Date: model.EventDate{Value: "2030", Precision: "year"},
		Type: model.EventOther, Summary: "A plan to finish by 2030", Sources: be.events[0].Sources})
	m := newTest(t, be, 120, 30)
	last := m.dens.months[len(m.dens.months)-1]
	if got := m.anchor().Format("2006-01"); got != last {
		t.Errorf("anchor %s, want the strip's last month %s", got, last)
	}
}

// "last 90 days" is the same range whatever date filter came before it:
// a filtered strip ends where the filter does, the corpus does not.
func TestRelativeRangeIgnoresEarlierFilter(t *testing.T) {
	m := newTest(t, fixture(), 120, 30)
	setRange := func(s string) {
		press(m, "d")
		press(m, "ctrl+u")
		typeText(m, s)
		press(m, "enter")
	}
	setRange("last 90 days")
	from, to := m.q.From, m.q.To
	if from == "" || to == "" {
		t.Fatalf("no range from 'last 90 days': %q..%q", from, to)
	}
	press(m, "x")
	setRange("2024-01")
	setRange("last 90 days")
	if m.q.From != from || m.q.To != to {
		t.Errorf("after a 2024-01 filter 'last 90 days' is %s..%s, from a clean state %s..%s", m.q.From, m.q.To, from, to)
	}
}

// ×N on a row counts the articles that report an event: seven sentences
// from four articles are ×4, two sentences of one article no mark.
func TestArticleCount(t *testing.T) {
	src := func(a string) model.Source { return model.Source{Article: a} }
	for _, c := range []struct {
		srcs []model.Source
		want int
	}{
		{[]model.Source{src("a"), src("a")}, 1},
		{[]model.Source{src("a"), src("b"), src("a"), src("c"), src("d"), src("b"), src("d")}, 4},
		{nil, 0},
	} {
		e := model.Event{Sources: c.srcs}
		if got := articleCount(&e); got != c.want {
			t.Errorf("%d sources: %d articles, want %d", len(c.srcs), got, c.want)
		}
	}
}

// S offers any article of the corpus by title, even when every article
// behind the filtered results is already on screen.
func TestReadBesideOffersAnyArticle(t *testing.T) {
	m := newTest(t, fixture(), 160, 40)
	press(m, "enter") // the reader on the first event's article
	if m.scr != scrReader {
		t.Fatalf("no reader opened")
	}
	open := m.rd.pane.art.ID
	press(m, "S")
	if m.ov != ovArticles || m.pick == nil {
		t.Fatalf("no article picker:\n%s", frame(m))
	}
	f := frame(m)
	n := 0
	for _, a := range fixture().arts {
		if a.ID == open {
			if strings.Contains(f, a.Title) {
				t.Errorf("the article already open is offered: %q", a.Title)
			}
			continue
		}
		n++
		if !strings.Contains(f, a.Title) {
			t.Errorf("%q not offered:\n%s", a.Title, f)
		}
	}
	if n == 0 {
		t.Fatal("fixture has one article")
	}
}

// The word being typed matches as a prefix too, so the list does not go
// empty mid-word; phrases, fields, +/- words and finished words stay
// as typed.
func TestPrefixLast(t *testing.T) {
	for in, want := range map[string]string{
		"dro":           "dro dro*",
		"Kataib Dro":    "Kataib Dro dro*",
		"drone ":        "drone ",
		`"central ban`:  `"central ban`,
		"type:att":      "type:att",
		"+dro":          "+dro",
		"d":             "d",
		"":              "",
		"(strike OR dr": "(strike OR dr dr*",
	} {
		if got := prefixLast(in); got != want {
			t.Errorf("prefixLast(%q) = %q, want %q", in, got, want)
		}
	}
	m := newTest(t, fixture(), 120, 30)
	press(m, "/")
	typeText(m, "dro")
	if m.total == 0 {
		t.Errorf("typing 'dro' emptied the list:\n%s", frame(m))
	}
}
