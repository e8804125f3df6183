package ui

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/annals/annals/index"
	"github.com/annals/annals/model"
)

// pasteAlloc is the bytes allocated typing n runes into the search box
// a key at a time, as a terminal without bracketed paste delivers a paste.
func pasteAlloc(t *testing.T, n int) uint64 {
	m := newTest(t, fixture(), 120, 40)
	press(m, "/")
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := 0; i < n; i++ {
		m.Update(keyMsg(string(rune('a' + i%26))))
	}
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// A paste arriving as keys cost O(n²) (textinput re-measures its whole
// value per key): 20 KB took 30 s. Allocation, unlike time, does not
// depend on the machine's load: four times the paste must cost about
// four times as much, not sixteen.
func TestPasteAsKeysIsLinear(t *testing.T) {
	small, big := pasteAlloc(t, 5000), pasteAlloc(t, 20000)
	if ratio := float64(big) / float64(small); ratio > 6 {
		t.Fatalf("20000 keys allocate %.1f× what 5000 do (%d vs %d bytes): not linear", ratio, big, small)
	}
	m := newTest(t, fixture(), 120, 40)
	press(m, "/")
	typeText(m, strings.Repeat("x", maxQuery+50))
	if got := len([]rune(m.input.Value())); got != maxQuery {
		t.Fatalf("the query holds %d runes, want it cut at %d", got, maxQuery)
	}
	if !strings.Contains(frame(m), "cut at") {
		t.Fatalf("the cut is not said:\n%s", frame(m))
	}
}

func TestEscDoesNotQuitWhenSmall(t *testing.T) {
	m := newTest(t, fixture(), 20, 5)
	if _, cmd := m.Update(keyMsg("esc")); cmd != nil {
		if _, ok := cmd().(tea.QuitMsg); ok {
			t.Fatal("esc quit the app on the too-small screen")
		}
	}
	_, cmd := m.Update(keyMsg("q"))
	if cmd == nil {
		t.Fatal("q does not quit on the too-small screen")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Fatal("q does not quit on the too-small screen")
	}
}

func TestOpenPanicIsAnError(t *testing.T) {
	be, err := openSafe(func(func(index.Progress), func(string)) (Backend, error) {
		var b []byte
		_ = b[len("damaged")] // a library's panic while opening a damaged index
		return nil, nil
	}, nil, nil)
	if be != nil || err == nil || !strings.Contains(err.Error(), "opening the index failed") {
		t.Fatalf("openSafe = %v, %v; want the panic as an error", be, err)
	}
}

func TestDifferSpans(t *testing.T) {
	e := fixture().events
	var ev *model.Event
	for i := range e {
		if len(e[i].Disagreements) > 0 {
			ev = &e[i]
		}
	}
	if ev == nil {
		t.Fatal("the fixture has no disagreement")
	}
	// The two reports give the day as a weekday: each is marked in its
	// sentence.
	for _, s := range ev.Sources {
		sp := differSpans(s.Text, ev.Disagreements)
		if len(sp) != 1 {
			t.Fatalf("%q: %d differing spans, want 1", s.Text, len(sp))
		}
		if w := s.Text[sp[0].start:sp[0].end]; w != "Thursday" && w != "Wednesday" {
			t.Fatalf("%q: marked %q, want the weekday", s.Text, w)
		}
	}
	// A toll written as a word or as digits; never inside another word.
	ds := []model.Disagreement{{Field: "killed", Values: []model.DisagreeValue{{Value: "3"}, {Value: "2"}}}}
	txt := "Three soldiers were killed, 2 officials said; 23 were hurt and someone was twice hit."
	var got []string
	for _, s := range differSpans(txt, ds) {
		got = append(got, txt[s.start:s.end])
	}
	if strings.Join(got, ",") != "Three,2" {
		t.Fatalf("marked %q, want Three and 2", got)
	}
	m := newTest(t, fixture(), 160, 48)
	for i, h := range m.tl.hits {
		if h.Event.ID == ev.ID {
			m.tl.cursor = i
		}
	}
	press(m, "j", "k")
	f := frame(m)
	if !strings.Contains(f, "≠ the sources disagree") || !strings.Contains(f, "2024-10-30") {
		t.Fatalf("the detail does not show the disagreement:\n%s", f)
	}
}

// A one-week filter lists the events dated inside the week first; those
// whose coarser date merely overlaps it (a month, a year) come after,
// under their own separator.
func TestWeekFilterListsCoarseAfter(t *testing.T) {
	m := newTest(t, fixture(), 120, 40)
	press(m, "d")
	typeText(m, "2024-10-28..2024-11-03")
	press(m, "enter")
	var prec []string
	for _, h := range m.tl.hits {
		r, _ := model.ParseDateValue(h.Event.Date.Value)
		prec = append(prec, r.Precision)
	}
	if !m.tl.hasCoarse || m.tl.coarse != 3 {
		t.Fatalf("coarse from %d (has %v), want after the 3 inside; precisions %v", m.tl.coarse, m.tl.hasCoarse, prec)
	}
	for i, p := range prec {
		fine := p == model.PrecisionDay || p == model.PrecisionWeek
		if fine != (i < m.tl.coarse) {
			t.Fatalf("row %d is %s-precise on the wrong side: %v", i, p, prec)
		}
	}
	if f := frame(m); !strings.Contains(f, "coarser dates that overlap the filter") {
		t.Fatalf("no separator before the coarse dates:\n%s", f)
	}
	// Paging, month jumps and the key days only see the chronological part.
	if m.tl.chronoEnd() != 3 {
		t.Fatalf("chronoEnd = %d", m.tl.chronoEnd())
	}
}

func TestBackgroundHiddenThenShown(t *testing.T) {
	m := newTest(t, fixture(), 120, 40)
	for _, h := range m.tl.hits {
		if h.Event.Background {
			t.Fatalf("background event %s shown by default", h.Event.ID)
		}
	}
	if !strings.Contains(frame(m), "1 background hidden (B)") {
		t.Fatalf("the hidden count is not said:\n%s", frame(m))
	}
	cur := m.tl.selected().Event.ID
	press(m, "B")
	n := 0
	for _, h := range m.tl.hits {
		if h.Event.Background {
			n++
		}
	}
	if n != 1 || m.tl.selected().Event.ID != cur {
		t.Fatalf("B: %d background shown, cursor on %s (was %s)", n, m.tl.selected().Event.ID, cur)
	}
	if f := frame(m); !strings.Contains(f, "◷") || !strings.Contains(f, "background: shown") {
		t.Fatalf("background rows are not marked:\n%s", f)
	}
}

func TestKeyDaysJump(t *testing.T) {
	m := newTest(t, fixture(), 120, 40)
	press(m, "D")
	if m.ov != ovDays || m.days == nil || len(m.days.days) == 0 {
		t.Fatalf("D did not open the key days (overlay %d)", m.ov)
	}
	last := m.days.days[len(m.days.days)-1]
	press(m, "G", "enter")
	if m.ov != ovNone {
		t.Fatal("enter did not close the key days")
	}
	h := m.tl.selected()
	if h == nil || h.Event.Date.Value != last.Date {
		t.Fatalf("cursor on %v, want the key day %s", h, last.Date)
	}
	press(m, "D", "esc")
	if m.ov != ovNone {
		t.Fatal("esc did not close the key days")
	}
	// The digest follows the filters: one actor's days only.
	m.q.Actors = []string{"Fuad Hussein"}
	drain(m, m.startSearch())
	press(m, "D")
	if len(m.days.days) != 1 || m.days.days[0].Date != "2024-08-20" {
		t.Fatalf("key days of Fuad Hussein: %+v", m.days.days)
	}
}

// A change to the corpus is folded in: the cursor stays on its event,
// the new events are counted in a chip, n jumps to them.
func TestLiveUpdate(t *testing.T) {
	old := fixture()
	m := New(Options{Corpus: "fixture", Backend: old, NoColor: true})
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	drain(m, m.Init())
	press(m, "j", "j")
	cur := m.tl.selected().Event.ID

	grown := fixture()
	a := &model.Article{ID: "a4", Path: "/corpus/new.txt", Title: "New", Outlet: "AP", Published: "2024-09-03",
		Text: "A rocket hit Camp Victory on Monday."}
	grown.arts["a4"] = a
	ev := model.Event{ID: "e13", Date: model.EventDate{Value: "2024-09-02", Precision: "day"}, Type: model.EventAttack,
		Summary: "A rocket hits Camp Victory", Sources: []model.Source{{Article: "a4", File: a.Path, CleanEnd: len(a.Text), Text: a.Text}}}
	grown = newMem(append(arts(grown), a), append(grown.events, ev))
	reopened := 0
	m.opts.Reopen = func(func(string)) (Backend, error) { reopened++; return grown, nil }
	drain(m, emit(changedMsg{paths: []string{"/corpus/new.txt"}}))
	if reopened != 1 || m.be != Backend(grown) {
		t.Fatalf("the index was not reopened (%d)", reopened)
	}
	if got := m.tl.selected().Event.ID; got != cur {
		t.Fatalf("cursor moved to %s, want it kept on %s", got, cur)
	}
	if !m.newIDs["e13"] || len(m.newIDs) != 1 {
		t.Fatalf("new events %v, want e13", m.newIDs)
	}
	if f := frame(m); !strings.Contains(f, "new: 1 event") {
		t.Fatalf("no chip for the new event:\n%s", f)
	}
	press(m, "n")
	if got := m.tl.selected().Event.ID; got != "e13" {
		t.Fatalf("n went to %s, want e13", got)
	}
	// A failed update says so and keeps the app.
	m.opts.Reopen = func(func(string)) (Backend, error) { return nil, errors.New("disk full") }
	drain(m, emit(changedMsg{paths: []string{"/corpus/new.txt"}}))
	if !strings.Contains(m.status, "disk full") {
		t.Fatalf("status %q", m.status)
	}
}

func arts(b *memBackend) []*model.Article {
	var out []*model.Article
	for _, a := range b.arts {
		out = append(out, a)
	}
	return out
}

func TestStoryStart(t *testing.T) {
	f := func(kv ...any) []index.FacetCount {
		var out []index.FacetCount
		for i := 0; i < len(kv); i += 2 {
			out = append(out, index.FacetCount{Term: kv[i].(string), Count: kv[i+1].(int)})
		}
		return out
	}
	for _, c := range []struct {
		name   string
		months []index.FacetCount
		want   string
	}{
		// Scattered look-backs, then the story: it starts at its coverage.
		{"scattered past", f("1946-08", 1, "1962-10", 2, "2009-05", 1, "2009-12", 6, "2010-01", 655, "2010-02", 40), "2010-01"},
		// A lull of two quiet months inside the story does not cut it.
		{"lull", f("2023-10", 2, "2024-01", 12, "2024-02", 1, "2024-07", 2, "2024-08", 7), "2023-10"},
		{"even", f("2020-01", 5, "2020-02", 5, "2020-03", 5), "2020-01"},
		{"empty", nil, ""},
	} {
		if got := storyStart(c.months); got != c.want {
			t.Errorf("%s: storyStart = %q, want %q", c.name, got, c.want)
		}
	}
}

// On a real story (BBC coverage of the 2010 Haiti earthquake, whose
// articles mention events back to 1946), the timeline opens on the
// story, and a one-week date filter lists that week's day- and
// week-precise events first, coarser overlapping dates after.
func TestOpensOnTheStory(t *testing.T) {
	dir := "../../shared/eval/tls-dev/tasks/haiti__bbc/articles"
	if _, err := os.Stat(dir); err != nil {
		t.Skip("../shared absent")
	}
	if testing.Short() {
		t.Skip("builds an index")
	}
	ix, err := index.Open([]string{dir}, index.Options{Dir: filepath.Join(t.TempDir(), "idx")})
	if err != nil {
		t.Skipf("index not available: %v", err)
	}
	defer ix.Close()
	m := New(Options{Corpus: "haiti", Backend: ix, NoColor: true})
	m.Update(tea.WindowSizeMsg{Width: 160, Height: 40})
	drain(m, m.Init())
	h := m.tl.selected()
	if h == nil || monthKey(h.Event.Date) < "2010-01" || m.tl.cursor == 0 {
		t.Fatalf("opened on %v (cursor %d), want the January 2010 coverage", h, m.tl.cursor)
	}
	press(m, "d")
	typeText(m, "2010-01-12..2010-01-18")
	press(m, "enter")
	if !m.tl.hasCoarse || m.tl.coarse == 0 {
		t.Fatalf("no events inside the week before the coarse ones (coarse at %d)", m.tl.coarse)
	}
	lo, hi := filterBounds("2010-01-12", "2010-01-18")
	for i, h := range m.tl.hits {
		r, _ := model.ParseDateValue(h.Event.Date.Value)
		in := within(h.Event.Date.Value, lo, hi)
		if i < m.tl.coarse && (!in || (r.Precision != model.PrecisionDay && r.Precision != model.PrecisionWeek)) {
			t.Fatalf("row %d (%s) is listed with the week's events", i, h.Event.Date.Value)
		}
		if i >= m.tl.coarse && in {
			t.Fatalf("row %d (%s) lies inside the week but is listed after", i, h.Event.Date.Value)
		}
	}
}
