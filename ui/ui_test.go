package ui

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/annals/annals/index"
	"github.com/annals/annals/model"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
)

// views drives the model into each screen, for goldens and the size sweep.
var views = []struct {
	name  string
	setup func(m *Model)
}{
	{"list", func(m *Model) {}},
	{"search", func(m *Model) { press(m, "/"); typeText(m, "drone") }},
	{"search-kept", func(m *Model) { press(m, "/"); typeText(m, "drone"); press(m, "enter", "j") }},
	{"actors", func(m *Model) { press(m, "a"); typeText(m, "kh") }},
	{"filtered", func(m *Model) {
		press(m, "a")
		typeText(m, "kataib")
		press(m, "space", "enter", "t", "space", "enter", "d")
		typeText(m, "2024-08..2024-10")
		press(m, "enter")
	}},
	{"types", func(m *Model) { press(m, "t") }},
	{"dates", func(m *Model) { press(m, "d"); typeText(m, "last 90 days") }},
	{"reader", func(m *Model) { press(m, "/"); typeText(m, "drone"); press(m, "enter", "G", "k", "k", "enter") }},
	{"side", func(m *Model) { press(m, "G", "s") }},
	{"side-tab", func(m *Model) { press(m, "G", "k", "s", "tab", "j") }},
	{"help", func(m *Model) { press(m, "?") }},
	{"detail-toggle", func(m *Model) { press(m, "i") }},
	{"key-days", func(m *Model) { press(m, "D") }},
	{"disagree", func(m *Model) { press(m, "G", "k") }},
	{"disagree-side", func(m *Model) { press(m, "G", "k", "s") }},
	{"week", func(m *Model) { press(m, "d"); typeText(m, "2024-10-28..2024-11-03"); press(m, "enter") }},
	{"background", func(m *Model) { press(m, "B") }},
}

func TestGoldenViews(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {160, 48}} {
		for _, v := range views {
			t.Run(fmt.Sprintf("%s-%dx%d", v.name, size[0], size[1]), func(t *testing.T) {
				m := newTest(t, fixture(), size[0], size[1])
				v.setup(m)
				golden.RequireEqual(t, checkFrame(t, m))
			})
		}
	}
}

func TestSizeSweep(t *testing.T) {
	sizes := [][2]int{}
	for w := 20; w <= 250; w += 33 {
		for h := 5; h <= 80; h += 15 {
			sizes = append(sizes, [2]int{w, h})
		}
	}
	sizes = append(sizes, [2]int{1, 1}, [2]int{0, 0}, [2]int{250, 80}, [2]int{29, 7}, [2]int{30, 8})
	if testing.Short() {
		var few [][2]int
		for i := 0; i < len(sizes); i += 3 {
			few = append(few, sizes[i])
		}
		sizes = few
	}
	for _, v := range views {
		t.Run(v.name, func(t *testing.T) {
			t.Parallel()
			sweep(t, v.setup, sizes)
		})
	}
}

func sweep(t *testing.T, setup func(*Model), sizes [][2]int) {
	{
		m := newTest(t, fixture(), 120, 40)
		setup(m)
		for i, s := range sizes {
			m.Update(tea.WindowSizeMsg{Width: s[0], Height: s[1]})
			checkFrame(t, m)
			if i%5 == 0 {
				// Keys at this size must not panic either.
				for _, k := range []string{"j", "ctrl+d", "G", "]", "n", "tab"} {
					m.Update(keyMsg(k))
				}
				checkFrame(t, m)
			}
		}
	}
}

func TestTooSmall(t *testing.T) {
	m := newTest(t, fixture(), 20, 5)
	if f := frame(m); !strings.Contains(f, "Terminal too small") {
		t.Fatalf("no too-small screen:\n%s", f)
	}
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	if f := frame(m); !strings.Contains(f, "Kataib Hezbollah") {
		t.Fatalf("resize back did not restore the timeline:\n%s", f)
	}
}

func TestSearchFilterDrillSide(t *testing.T) {
	m := newTest(t, fixture(), 120, 40)
	if m.total != 12 || len(m.tl.hits) != 11 {
		t.Fatalf("total = %d, %d shown, want 12 with the background one hidden", m.total, len(m.tl.hits))
	}
	press(m, "/")
	typeText(m, "drone")
	if m.total != 5 {
		t.Fatalf("drone: total = %d, want 5", m.total)
	}
	// Letters typed in the search box must not fire bindings: "a" stays text.
	typeText(m, " a")
	if m.ov != ovNone || m.input.Value() != "drone a" {
		t.Fatalf("typing 'a' in the search fired a binding (overlay %d, value %q)", m.ov, m.input.Value())
	}
	press(m, "backspace", "backspace", "enter")
	if m.input.Value() != "drone" || m.typing {
		t.Fatalf("enter should keep the query and leave the input: %q typing=%v", m.input.Value(), m.typing)
	}
	press(m, "a")
	typeText(m, "kataib")
	if it := m.pick.current(); it == nil || it.key != "Kataib Hezbollah" {
		t.Fatalf("fuzzy filter: current = %+v", it)
	}
	press(m, "space", "enter")
	if got := strings.Join(m.q.Actors, ","); got != "Kataib Hezbollah" {
		t.Fatalf("actors = %q", got)
	}
	if m.total != 1 || m.tl.hits[0].Event.ID != "e9" {
		t.Fatalf("drone + Kataib Hezbollah: total = %d, want the Golan attack only", m.total)
	}
	press(m, "esc") // clear the search, keep the actor
	if m.total != 3 {
		t.Fatalf("Kataib Hezbollah: total = %d, want 3", m.total)
	}
	f := frame(m)
	if !strings.Contains(f, "actors: Kataib Hezbollah") {
		t.Fatalf("no actor chip:\n%s", f)
	}
	// Drill down on the Golan attack (three sources).
	for i, h := range m.tl.hits {
		if h.Event.ID == "e9" {
			m.tl.cursor = i
		}
	}
	press(m, "enter")
	if m.scr != scrReader {
		t.Fatalf("enter did not open the reader: %s", m.status)
	}
	f = frame(m)
	want := "Kataib Hezbollah said its fighters attacked a base in the Golan Heights with drones."
	p := m.rd.pane
	if got := p.art.Text[p.focus.start:p.focus.end]; got != want {
		t.Fatalf("reader focus = %q, want the event's sentence", got)
	}
	marked := false
	for _, l := range strings.Split(f, "\n") {
		marked = marked || strings.HasPrefix(l, "▌ ") && strings.Contains(l, "Kataib Hezbollah said")
	}
	if !marked {
		t.Fatalf("the event's sentence is not marked in the reader margin:\n%s", f)
	}
	press(m, "]")
	if m.rd.event().ID == "e9" {
		t.Fatal("] did not move to the next event of the article")
	}
	press(m, "esc", "s")
	if m.scr != scrSide || len(m.side.panes) != 3 {
		t.Fatalf("side by side: screen %d", m.scr)
	}
	f = frame(m)
	for _, o := range []string{"Reuters", "The Jerusalem Post"} {
		if !strings.Contains(f, o) {
			t.Errorf("side by side misses %s:\n%s", o, f)
		}
	}
	press(m, "tab", "tab")
	if m.side.focus != 2 || m.side.first == 0 && m.side.visible() < 3 {
		t.Fatalf("tab: focus %d first %d", m.side.focus, m.side.first)
	}
	press(m, "q")
	if m.scr != scrList {
		t.Fatal("q did not go back from side by side")
	}
	_, cmd := m.Update(keyMsg("q"))
	if cmd == nil {
		t.Fatal("q on the list should quit")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Fatal("q on the list did not quit")
	}
}

func TestStaleResultsDropped(t *testing.T) {
	m := newTest(t, fixture(), 100, 30)
	m.input.SetValue("drone")
	old := m.startSearch()
	m.input.SetValue("Eilat")
	cur := m.startSearch()
	drain(m, cur)
	drain(m, old) // the earlier query answers late
	if m.total != 2 || m.input.Value() != "Eilat" {
		t.Fatalf("a stale result replaced the current one: total %d", m.total)
	}
}

func TestBadQueryKeepsResults(t *testing.T) {
	m := newTest(t, fixture(), 100, 30)
	press(m, "/")
	typeText(m, "((x")
	if !strings.Contains(frame(m), "syntax error at ‸((x") {
		t.Fatalf("no error shown:\n%s", frame(m))
	}
	if len(m.tl.hits) == 0 {
		t.Fatal("a bad query emptied the list")
	}
}

func TestHostileArticle(t *testing.T) {
	evil := "Normal start. \x1b[2J\x1b]52;c;ZXZpbA==\x07 cleared? \x1b[31mred\x1b[0m back\bspace\rcarriage \x9b31m C1 \u202eevil\u202c end."
	a := &model.Article{ID: "evil", Path: "evil\x1b[1m.txt", Title: "Title \x1b]0;pwned\x07", Outlet: "Out\x07let",
		Published: "2024-01-02", PublishedSource: model.SourceManifest, Text: evil}
	src := model.Source{Article: "evil", File: a.Path, CleanStart: 0, CleanEnd: len(evil), Text: evil, Outlet: a.Outlet}
	be := newMem([]*model.Article{a}, []model.Event{{ID: "x", Date: model.EventDate{Value: "2024-01-02", Precision: "day"},
		Type: model.EventAttack, Summary: "Summary \x1b[2J with \x1b]8;;http://x\x07link", Actors: []string{"A\x1bB"}, Sources: []model.Source{src}}})
	m := New(Options{Corpus: "evil", Backend: be}) // with colour: styles must not hide escapes
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	drain(m, m.Init())
	for _, step := range [][]string{nil, {"enter"}, {"esc", "s"}} {
		press(m, step...)
		c := m.View().Content
		for _, bad := range []string{"\x1b[2J", "\x1b]52", "\x1b]0;", "\x07", "\b", "\r", "\u202e", "\x1b[31m", "\x1b]8;;http"} {
			if strings.Contains(c, bad) {
				t.Errorf("after %v the frame contains %q", step, bad)
			}
		}
		for i := 0; i < len(c); {
			r, size := utf8.DecodeRuneInString(c[i:])
			if (r == utf8.RuneError && size == 1) || (r >= 0x80 && r < 0xa0) {
				t.Errorf("after %v the frame has a raw C1/invalid byte at %d", step, i)
				break
			}
			i += size
		}
		if !strings.Contains(frame(m), "^[[2J") {
			t.Errorf("after %v the escape is not shown escaped:\n%s", step, frame(m))
		}
	}
}

func TestClean(t *testing.T) {
	cases := map[string]string{
		"plain":          "plain",
		"a\x1b[31mb":     "a^[[31mb",
		"bell\x07":       "bell^G",
		"cr\rlf\n":       "cr^Mlf ",
		"del\x7f":        "del^?",
		"c1\u009b":       `c1\x9b`,
		"bad\xffutf":     "bad\ufffdutf",
		"rtl\u202egnp":   "rtlgnp",
		"tab\tstop":      "tab stop",
		"Ümlaut café 東京": "Ümlaut café 東京",
	}
	for in, want := range cases {
		if got := clean(in); got != want {
			t.Errorf("clean(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseDateRange(t *testing.T) {
	anchor, _ := model.ParseDateValue("2024-11-01")
	cases := []struct{ in, from, to string }{
		{"2024", "2024", "2024"},
		{"2024-08", "2024-08", "2024-08"},
		{"2024-08-05", "2024-08-05", "2024-08-05"},
		{"2024-08..2024-10", "2024-08", "2024-10"},
		{"since 2024-08", "2024-08", ""},
		{"..2024-10", "", "2024-10"},
		{"last 90 days", "2024-08-04", "2024-11-01"},
		{"past 2 months", "2024-09-02", "2024-11-01"},
		{"1990s", "1990", "1999"}, // as a row labels a decade
		{"", "", ""},
	}
	for _, c := range cases {
		from, to, err := parseDateRange(c.in, anchor.Start)
		if err != nil || from != c.from || to != c.to {
			t.Errorf("%q: got %q..%q %v, want %q..%q", c.in, from, to, err, c.from, c.to)
		}
	}
	for _, bad := range []string{"yesterday-ish", "2024-13", "2024-10..2024-08", "last 0 days"} {
		if _, _, err := parseDateRange(bad, anchor.Start); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestWrapKeepsOffsets(t *testing.T) {
	text := "The Islamic Resistance in Iraq said it launched a drone at Eilat.\n\nSupercalifragilisticexpialidocious-and-more words here."
	for _, w := range []int{1, 5, 10, 30, 80} {
		lines := wrapText(text, w)
		prev := 0
		for _, l := range lines {
			if l.start < prev || l.end < l.start || l.end > len(text) {
				t.Fatalf("w=%d: bad line %+v", w, l)
			}
			if cw := cellWidth(text[l.start:l.end]); cw > w {
				t.Fatalf("w=%d: line %q is %d wide", w, text[l.start:l.end], cw)
			}
			prev = l.end
		}
	}
}

func TestFuzzy(t *testing.T) {
	s1, ok1 := fuzzyScore("kh", "Kataib Hezbollah")
	s2, ok2 := fuzzyScore("kh", "Mohammed Shia al-Sudani")
	if !ok1 || ok2 && s2 >= s1 {
		t.Fatalf("kh: %d %v vs %d %v", s1, ok1, s2, ok2)
	}
	if _, ok := fuzzyScore("zzz", "Kataib Hezbollah"); ok {
		t.Fatal("zzz matched")
	}
	// a keyboard apostrophe finds a typographic one
	if _, ok := fuzzyScore("kata'ib", "Kata’ib Hezbollah"); !ok {
		t.Fatal("Kata'ib did not find Kata’ib")
	}
}

func TestPagingAndJumps(t *testing.T) {
	m := newTest(t, bigBackend(5000), 120, 40)
	if len(m.tl.hits) != pageSize {
		t.Fatalf("first page = %d hits, want %d", len(m.tl.hits), pageSize)
	}
	press(m, "G")
	if len(m.tl.hits) != 5000 || m.tl.cursor != 4999 {
		t.Fatalf("G: %d hits loaded, cursor %d", len(m.tl.hits), m.tl.cursor)
	}
	press(m, "g", "}")
	first := monthKey(m.tl.hits[0].Event.Date)
	if got := monthKey(m.tl.selected().Event.Date); got <= first {
		t.Fatalf("} stayed in %s", got)
	}
	press(m, "{")
	if got := monthKey(m.tl.selected().Event.Date); got != first {
		t.Fatalf("{ went to %s, want %s", got, first)
	}
	f := frame(m)
	if !strings.Contains(f, "▲ Jan 2015") {
		t.Fatalf("density strip does not mark the cursor's month:\n%s", f)
	}
}

func TestMouse(t *testing.T) {
	m := newTest(t, fixture(), 120, 40)
	m.Update(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if m.tl.cursor != 3 {
		t.Fatalf("wheel: cursor %d", m.tl.cursor)
	}
	// Click the first row (under the sticky month header).
	_, cmd := m.Update(tea.MouseClickMsg{Button: tea.MouseLeft, X: 5, Y: m.listY + 1})
	drain(m, cmd)
	if m.tl.cursor != 0 {
		t.Fatalf("click: cursor %d", m.tl.cursor)
	}
}

func TestDensityTrimsStrays(t *testing.T) {
	f := []index.FacetCount{{Term: "1841-01", Count: 1}, {Term: "1300-01", Count: 1}}
	for m := 1; m <= 12; m++ {
		f = append(f, index.FacetCount{Term: fmt.Sprintf("2005-%02d", m), Count: 100})
	}
	d := density{common: common{st: NewStyles(true, true), width: 80, height: 2}}
	d.setFacets(f)
	if d.months[0] != "2005-01" || d.months[len(d.months)-1] != "2005-12" || d.before != 2 {
		t.Fatalf("span %s..%s before %d, want 2005-01..2005-12 with 2 left out", d.months[0], d.months[len(d.months)-1], d.before)
	}
	if v := ansi.Strip(d.View()); !strings.Contains(v, "‹2 Jan 2005") {
		t.Fatalf("the strip does not say events were left out:\n%s", v)
	}
}

func TestPasteGoesToInputs(t *testing.T) {
	m := newTest(t, fixture(), 100, 30)
	press(m, "/")
	_, cmd := m.Update(tea.PasteMsg{Content: "Eilat"})
	drain(m, cmd)
	if m.input.Value() != "Eilat" || m.total != 2 {
		t.Fatalf("paste into search: %q, %d events", m.input.Value(), m.total)
	}
	press(m, "enter", "a")
	m.Update(tea.PasteMsg{Content: "israel"})
	if it := m.pick.current(); it == nil || it.key != "Israel" {
		t.Fatalf("paste into the actor filter: %+v", it)
	}
}

func TestEmptyCorpusNeverPanics(t *testing.T) {
	m := newTest(t, newMem(nil, nil), 100, 30)
	for _, k := range []string{"j", "k", "G", "g", "{", "}", "enter", "s", "i", "J", "x", "A", "ctrl+d", "pgdown"} {
		press(m, k)
		checkFrame(t, m)
	}
	for _, k := range []string{"a", "space", "enter", "t", "space", "enter", "d"} {
		press(m, k)
	}
	typeText(m, "last 3 days")
	press(m, "enter")
	if f := checkFrame(t, m); !strings.Contains(f, "No events match") {
		t.Fatalf("empty corpus:\n%s", f)
	}
}

// TestRandomKeys presses a seeded random stream of keys, resizes and
// mouse events through every screen: no panic, every frame in bounds.
func TestRandomKeys(t *testing.T) {
	keys := []string{"j", "k", "g", "G", "ctrl+d", "ctrl+u", "pgup", "pgdown", "{", "}", "/", "a", "A", "t", "d",
		"x", "enter", "esc", "s", "S", "i", "J", "K", "[", "]", "n", "N", "y", "tab", "shift+tab", "space", "?",
		"backspace", "e", "2", "-", ".", "up", "down", "left", "right", "D", "B"}
	n := 3000
	if testing.Short() {
		n = 600
	}
	m := newTest(t, fixture(), 120, 40)
	seed := uint32(7)
	rnd := func(k int) int { seed = seed*1664525 + 1013904223; return int(seed>>8) % k }
	for i := 0; i < n; i++ {
		switch r := rnd(40); {
		case r == 0:
			m.Update(tea.WindowSizeMsg{Width: 10 + rnd(200), Height: 3 + rnd(60)})
		case r == 1:
			_, cmd := m.Update(tea.MouseClickMsg{Button: tea.MouseLeft, X: rnd(m.width + 1), Y: rnd(m.height + 1)})
			drain(m, cmd)
		case r == 2:
			m.Update(tea.MouseWheelMsg{Button: tea.MouseWheelDown, X: rnd(m.width + 1), Y: rnd(m.height + 1)})
		case r == 3:
			// The corpus changes under whatever screen is open.
			m.opts.Reopen = func(func(string)) (Backend, error) { return fixture(), nil }
			drain(m, emit(changedMsg{paths: []string{"seed/a1.txt"}}))
		default:
			k := keys[rnd(len(keys))]
			if k == "q" {
				continue
			}
			press(m, k)
		}
		if i%10 == 0 {
			checkFrame(t, m)
		}
	}
}

func TestSnippetShowsMatch(t *testing.T) {
	text := "Officials said on Tuesday that after a long meeting in the capital the militia launched a drone at the base"
	hl := findTerms(text, []string{"drone"})
	got, spans := snippet(text, hl, 40)
	if !strings.HasPrefix(got, "…") || len(spans) != 1 || got[spans[0].start:spans[0].end] != "drone" {
		t.Fatalf("snippet = %q %v", got, spans)
	}
	if s, _ := snippet(text, findTerms(text, []string{"officials"}), 40); s != text {
		t.Fatalf("a visible match should leave the summary alone: %q", s)
	}
}

// Typing an alias in the actor picker finds the actor it names.
func TestPickerFiltersOnAliases(t *testing.T) {
	c := common{st: NewStyles(true, true), width: 80, height: 20}
	p := newPicker(c, ovActors, "Actors", []pickItem{
		{key: "Kataib Hezbollah", label: "Kataib Hezbollah", count: 3},
		{key: "Hezbollah", label: "Hezbollah", count: 2},
		{key: "United States", label: "United States", count: 9},
	})
	p.aka = map[string][]string{"Kataib Hezbollah": {"Hezbollah Brigades", "Kata'ib Hezbollah"}}
	p.input.SetValue("brigades")
	p.refilter()
	if len(p.shown) != 1 || p.items[p.shown[0]].key != "Kataib Hezbollah" {
		var got []string
		for _, i := range p.shown {
			got = append(got, p.items[i].key)
		}
		t.Errorf("filter %q shows %v, want only Kataib Hezbollah", "brigades", got)
	}
}
