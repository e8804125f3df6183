package ui

import (
	"context"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/annals/annals/index"
	"github.com/annals/annals/model"
)

func (m *Model) onKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	if key.Matches(msg, k.ForceQuit) {
		return tea.Quit
	}
	if m.tooSmall() || m.scr == scrLoading {
		// Only q quits here: esc is "back" everywhere else, and a user
		// pressing it while shrinking the window must not lose the app.
		if key.Matches(msg, k.Quit) {
			return tea.Quit
		}
		return nil
	}
	m.status = ""
	// The root routes: an overlay or a screen other than the list owns
	// its keys (each in its own file); the list's are below.
	switch m.ov {
	case ovHelp:
		switch {
		case key.Matches(msg, k.Help, k.Back):
			m.ov, m.helpOff = ovNone, 0
		case key.Matches(msg, k.Down):
			m.helpOff++
		case key.Matches(msg, k.Up):
			m.helpOff = max(m.helpOff-1, 0)
		case key.Matches(msg, k.PageDown, k.HalfDown):
			m.helpOff += m.height / 2
		case key.Matches(msg, k.PageUp, k.HalfUp):
			m.helpOff = max(m.helpOff-m.height/2, 0)
		}
		return nil
	case ovActors, ovTypes, ovArticles:
		return m.pick.Update(msg)
	case ovDays:
		return m.days.Update(msg)
	case ovDate:
		return m.onDateKey(msg)
	}
	if m.typing {
		return m.onSearchKey(msg)
	}
	if key.Matches(msg, k.Help) {
		m.ov = ovHelp
		return nil
	}
	switch {
	case m.scr == scrReader && m.rd != nil:
		return m.rd.Update(msg)
	case m.scr == scrSide && m.side != nil:
		return m.side.Update(msg)
	}
	return m.onListKey(msg)
}

// onClose returns from the reader or the side-by-side view to the
// screen it was opened from.
func (m *Model) onClose(msg closeMsg) tea.Cmd {
	switch msg.from {
	case scrReader:
		m.scr = scrList
		if m.readerFrom == scrSide && m.side != nil {
			m.scr = scrSide
		}
		m.rd = nil
	case scrSide:
		m.scr = m.sideFrom
		if m.scr == scrReader && m.rd == nil {
			m.scr = scrList
		}
		m.side = nil
	}
	m.layout()
	return nil
}

// onSearchKey: every key edits the query except enter (keep, back to the
// list), esc (clear) and the arrows, which still move the list.
func (m *Model) onSearchKey(msg tea.KeyPressMsg) tea.Cmd {
	switch msg.String() {
	case "enter":
		m.typing = false
		m.input.Blur()
		return nil
	case "esc":
		m.typing = false
		m.input.Blur()
		if m.input.Value() != "" {
			m.input.SetValue("")
			return m.startSearch()
		}
		return nil
	case "up", "down", "pgup", "pgdown":
		return m.onListKey(msg)
	}
	before := m.input.Value()
	if msg.Text != "" && msg.Mod&^tea.ModShift == 0 && utf8.RuneCountInString(before) >= maxQuery {
		// Full: the rest of a long paste is dropped without asking the
		// input to measure itself again for every key.
		m.status = "the search is cut at " + itoa(maxQuery) + " characters"
		return nil
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	after := m.input.Value()
	if after != before {
		return tea.Batch(cmd, m.debounce())
	}
	return cmd
}

func (m *Model) onListKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	t := &m.tl
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case msg.String() == "esc":
		if m.input.Value() != "" {
			m.input.SetValue("")
			return m.startSearch()
		}
		return nil
	case key.Matches(msg, k.Up):
		t.move(-1)
	case key.Matches(msg, k.Down):
		t.move(1)
	case key.Matches(msg, k.HalfDown):
		t.move(t.visibleRows() / 2)
	case key.Matches(msg, k.HalfUp):
		t.move(-t.visibleRows() / 2)
	case key.Matches(msg, k.PageDown):
		t.move(t.visibleRows())
	case key.Matches(msg, k.PageUp):
		t.move(-t.visibleRows())
	case key.Matches(msg, k.Top):
		t.cursor = 0
		t.follow()
	case key.Matches(msg, k.Bottom):
		t.cursor = len(t.hits) - 1
		t.follow()
		if m.more {
			m.jumpEnd = true
			m.status = "loading to the end…"
			return m.loadMore(bulkPageSize)
		}
	case key.Matches(msg, k.PrevMonth):
		return m.jumpMonthBy(-1)
	case key.Matches(msg, k.NextMonth):
		return m.jumpMonthBy(1)
	case key.Matches(msg, k.Search):
		m.typing = true
		m.input.CursorEnd()
		return m.input.Focus()
	case key.Matches(msg, k.Actors):
		return m.openActors()
	case key.Matches(msg, k.ClearActors):
		if len(m.q.Actors) > 0 {
			m.q.Actors, m.q.AllActors = nil, false
			return m.startSearch()
		}
	case key.Matches(msg, k.Types):
		return m.openTypes()
	case key.Matches(msg, k.Dates):
		m.ov = ovDate
		m.dateErr = ""
		m.dateIn.SetValue(rangeLabel(m.q.From, m.q.To))
		m.dateIn.CursorEnd()
		return m.dateIn.Focus()
	case key.Matches(msg, k.ClearAll):
		m.q = index.Query{}
		m.tl.hasCoarse = false
		m.input.SetValue("")
		return m.startSearch()
	case key.Matches(msg, k.Detail):
		m.showDetail = !m.showDetail
		m.layout()
	case key.Matches(msg, k.DetailDown):
		m.det.scroll(3)
		return nil
	case key.Matches(msg, k.DetailUp):
		m.det.scroll(-3)
		return nil
	case key.Matches(msg, k.Open):
		return m.openReader()
	case key.Matches(msg, k.Side):
		return m.openSide()
	case key.Matches(msg, k.KeyDays):
		return m.openDays()
	case key.Matches(msg, k.Background):
		m.showBg = !m.showBg
		m.arrange()
		if m.showBg {
			m.status = "background mentions shown (◷)"
		} else {
			m.status = "background mentions hidden"
		}
	case key.Matches(msg, k.NextNew):
		return m.nextNew()
	}
	return m.afterMove()
}

// afterMove keeps the detail, the strip and paging in step with the cursor.
func (m *Model) afterMove() tea.Cmd {
	h := m.tl.selected()
	m.det.setHit(h)
	if h != nil {
		m.dens.cur = monthKey(h.Event.Date)
	} else {
		m.dens.cur = ""
	}
	if m.jumpMonth != "" {
		if m.tryJump(m.jumpMonth) || !m.more {
			m.jumpMonth = ""
		} else {
			return m.loadMore(bulkPageSize)
		}
	}
	if m.jumpDay != "" {
		if m.tryJumpDay(m.jumpDay) || !m.more {
			m.jumpDay = ""
		} else {
			return m.loadMore(bulkPageSize)
		}
	}
	if m.seekNew {
		m.seekNew = false
		for i := range m.tl.hits {
			if m.newIDs[m.tl.hits[i].Event.ID] {
				m.tl.jump(i)
				m.det.setHit(m.tl.selected())
				m.status = ""
				return nil
			}
		}
		if m.more {
			m.seekNew = true
			return m.loadMore(bulkPageSize)
		}
		m.status = "the new events are outside the current search and filters (x clears them)"
	}
	if m.jumpEnd {
		m.tl.cursor = len(m.tl.hits) - 1
		m.tl.follow()
		m.det.setHit(m.tl.selected())
		if !m.more {
			m.jumpEnd = false
			m.status = ""
		} else {
			return m.loadMore(bulkPageSize)
		}
	}
	if len(m.tl.hits)-m.tl.cursor < preload {
		return m.loadMore(pageSize)
	}
	return nil
}

// jumpMonthBy moves to the first event of the previous/next month that
// has events.
func (m *Model) jumpMonthBy(dir int) tea.Cmd {
	h := m.tl.selected()
	if h == nil {
		return nil
	}
	cur := monthKey(h.Event.Date)
	if dir < 0 {
		// The start of this month first, then the previous month.
		i := m.tl.cursor
		for i > 0 && monthKey(m.tl.hits[i-1].Event.Date) == cur {
			i--
		}
		if i == m.tl.cursor && i > 0 {
			prev := monthKey(m.tl.hits[i-1].Event.Date)
			for i > 0 && monthKey(m.tl.hits[i-1].Event.Date) == prev {
				i--
			}
		}
		m.tl.jump(i) // the month at the top, as a jump from the strip
		return m.afterMove()
	}
	i := m.tl.cursor
	for i < len(m.tl.hits) && monthKey(m.tl.hits[i].Event.Date) == cur {
		i++
	}
	if i < len(m.tl.hits) {
		m.tl.jump(i)
		return m.afterMove()
	}
	if m.more {
		m.jumpMonth = cur + "\xff" // anything after this month
		return m.loadMore(bulkPageSize)
	}
	return nil
}

// jumpTo moves to the first event in month k or later, loading pages
// until it is reached.
func (m *Model) jumpTo(k string) tea.Cmd {
	if m.tryJump(k) {
		return m.afterMove()
	}
	if m.more {
		m.jumpMonth = k
		return m.loadMore(bulkPageSize)
	}
	return nil
}

func (m *Model) tryJump(k string) bool {
	hits := m.tl.hits
	i := sort.Search(len(hits), func(i int) bool { return monthKey(hits[i].Event.Date) >= k })
	if i >= len(hits) {
		return false
	}
	m.tl.jump(i)
	m.det.setHit(m.tl.selected())
	m.dens.cur = monthKey(hits[i].Event.Date)
	return true
}

// openReader drills down to the selected event's first source.
func (m *Model) openReader() tea.Cmd {
	h := m.tl.selected()
	if h == nil || len(h.Event.Sources) == 0 {
		return nil
	}
	m.lseq++
	m.status = "opening…"
	m.readerFrom = scrList
	return loadReader(m.be, m.lseq, *h, h.Event.Sources[bestSource(h, m.tl.terms)])
}

// bestSource picks the source to drill down to: the one the index found
// the query in, else one whose sentence has a query word, else the first.
func bestSource(h *index.Hit, terms []string) int {
	for _, x := range h.Highlights {
		if x.Source >= 0 && x.Source < len(h.Event.Sources) {
			return x.Source
		}
	}
	for i, s := range h.Event.Sources {
		if len(findTerms(s.Text, terms)) > 0 {
			return i
		}
	}
	return 0
}

func (m *Model) openSide() tea.Cmd {
	var h *index.Hit
	if m.scr == scrReader && m.rd != nil {
		h = &index.Hit{Event: *m.rd.event()}
	} else {
		h = m.tl.selected()
	}
	if h == nil || len(h.Event.Sources) == 0 {
		return nil
	}
	// One pane per article, opened at its first sentence of the event:
	// two panes of one article compare nothing.
	var reqs []sideReq
	seen := map[string]bool{}
	for i := range h.Event.Sources {
		s := h.Event.Sources[i]
		if seen[s.Article] {
			continue
		}
		seen[s.Article] = true
		reqs = append(reqs, sideReq{article: s.Article, src: &s})
	}
	m.lseq++
	e := h.Event
	return loadSide(m.be, m.lseq, e, glyph(e.Type)+" "+fmtDate(e.Date)+" "+headline(&e), reqs)
}

func (m *Model) openActors() tea.Cmd {
	if m.be == nil {
		m.status = "the index is being updated"
		return nil
	}
	items := facetItems(m.facActors, m.q.Actors)
	known := m.be.Actors()
	if len(items) == 0 {
		for _, a := range known {
			items = append(items, pickItem{key: a.Name, label: a.Name, count: a.Mentions})
		}
		items = facetMerge(items, m.q.Actors)
	}
	aka := make(map[string][]string, len(known))
	for _, a := range known {
		aka[a.Name] = a.Aliases
	}
	m.pick = newPicker(m.common, ovActors, "Actors — events for the current search", items)
	m.pick.aka = aka
	m.pick.refilter()
	m.pick.anyAll = true
	m.pick.all = m.q.AllActors
	m.pick.loading = true
	m.ov = ovActors
	m.layout()
	return tea.Batch(m.pick.input.Focus(), m.facetSearch("actors"))
}

func (m *Model) openTypes() tea.Cmd {
	m.pick = newPicker(m.common, ovTypes, "Event types", typeItems(m.facTypes, m.q.Types))
	m.pick.loading = true
	m.ov = ovTypes
	m.layout()
	return tea.Batch(m.pick.input.Focus(), m.facetSearch("types"))
}

// openArticlePicker offers the articles behind the loaded results, to
// read one beside the article in the reader.
func (m *Model) openArticlePicker() tea.Cmd {
	seen := map[string]bool{}
	if m.scr == scrSide && m.side != nil {
		for _, p := range m.side.panes {
			seen[p.art.ID] = true
		}
	} else if m.rd != nil {
		seen[m.rd.pane.art.ID] = true
	}
	if m.be == nil {
		return nil
	}
	// Any article of the corpus, by title: the index lists them off the
	// UI goroutine.
	m.lseq++
	seq, be := m.lseq, m.be
	m.status = "listing articles…"
	return func() tea.Msg {
		res, err := be.Search(context.Background(), index.Query{Kind: index.KindArticles, Size: maxPickArticles})
		return articlesMsg{seq: seq, seen: seen, res: res, err: err}
	}
}

// maxPickArticles bounds the "read beside" list; its filter finds the
// rest by typing.
const maxPickArticles = 5000

// articlesMsg delivers the articles the "read beside" picker offers.
type articlesMsg struct {
	seq  int
	seen map[string]bool
	res  *index.Result
	err  error
}

func (m *Model) onArticles(msg articlesMsg) {
	if msg.seq != m.lseq {
		return
	}
	m.status = ""
	var items []pickItem
	if msg.err == nil && msg.res != nil {
		for _, h := range msg.res.Hits {
			a := h.Article
			if a == nil || msg.seen[a.ID] {
				continue
			}
			msg.seen[a.ID] = true
			items = append(items, pickItem{key: a.ID, label: strings.Join(nonEmpty(a.Published, a.Outlet, a.Title), "  ")})
		}
	}
	if len(items) == 0 {
		// no article list from the backend: the articles behind the
		// current results
		for _, h := range m.tl.hits {
			for _, s := range h.Event.Sources {
				if msg.seen[s.Article] {
					continue
				}
				msg.seen[s.Article] = true
				items = append(items, pickItem{key: s.Article, label: strings.Join(nonEmpty(s.Published, s.Outlet, s.File), "  ")})
			}
			if len(items) > maxPickArticles {
				break
			}
		}
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].label < items[j].label })
	m.pick = newPicker(m.common, ovArticles, "Read beside — any article (type to filter by date, outlet, title)", items)
	m.pick.single = true
	m.pick.showNums = false
	m.ov = ovArticles
	m.layout()
}

// nonEmpty drops empty strings, so labels have no doubled separators.
func nonEmpty(ss ...string) []string {
	out := ss[:0:0]
	for _, s := range ss {
		if s != "" {
			out = append(out, clean(s))
		}
	}
	return out
}

// onPicked applies what a picker chose to what it was opened for.
func (m *Model) onPicked(msg pickedMsg) tea.Cmd {
	if m.pick == nil || msg.kind != m.ov {
		return nil // a stale close (the picker was replaced)
	}
	m.ov, m.pick = ovNone, nil
	if msg.cancelled {
		return nil
	}
	keys := msg.keys
	switch msg.kind {
	case ovActors:
		m.q.Actors, m.q.AllActors = keys, msg.all && len(keys) > 1
		return m.startSearch()
	case ovTypes:
		m.q.Types = keys
		return m.startSearch()
	case ovArticles:
		if m.be == nil {
			return nil
		}
		if len(keys) == 1 && m.scr == scrSide && m.side != nil {
			// Add a pane: reload the open ones with their sentences.
			var reqs []sideReq
			for _, p := range m.side.panes {
				s := model.Source{Article: p.art.ID, CleanStart: p.focus.start, CleanEnd: p.focus.end}
				reqs = append(reqs, sideReq{article: p.art.ID, src: &s})
			}
			reqs = append(reqs, sideReq{article: keys[0]})
			m.lseq++
			return loadSide(m.be, m.lseq, m.side.event, m.side.title, reqs)
		}
		if len(keys) == 1 && m.rd != nil {
			cur := m.rd.src
			cur.CleanStart, cur.CleanEnd = m.rd.pane.focus.start, m.rd.pane.focus.end
			m.lseq++
			return loadSide(m.be, m.lseq, *m.rd.event(), "Side by side", []sideReq{
				{article: m.rd.pane.art.ID, src: &cur},
				{article: keys[0]},
			})
		}
	}
	return nil
}

func (m *Model) onDateKey(msg tea.KeyPressMsg) tea.Cmd {
	switch msg.String() {
	case "esc":
		m.ov = ovNone
		m.dateIn.Blur()
		return nil
	case "enter":
		from, to, err := parseDateRange(m.dateIn.Value(), m.anchor())
		if err != nil {
			m.dateErr = err.Error()
			return nil
		}
		m.ov = ovNone
		m.dateIn.Blur()
		m.q.From, m.q.To = from, to
		return m.startSearch()
	}
	var cmd tea.Cmd
	m.dateIn, cmd = m.dateIn.Update(msg)
	m.dateErr = ""
	return cmd
}

// anchor is "now" for relative dates: the end of the density strip, the
// last month with dated events once stray late dates are left out; the
// corpus's latest date only when there is no strip. A year-precision
// "by 2010" or a "21st century" must not make "last 90 days" empty.
func (m *Model) anchor() (t time.Time) {
	if !m.corpusEnd.IsZero() {
		return m.corpusEnd
	}
	return m.stripEnd()
}

// stripEnd is the last day of the density strip's span, or of the
// corpus's latest date when there is no strip.
func (m *Model) stripEnd() (t time.Time) {
	if d := &m.dens; len(d.months) > 0 {
		if r, ok := model.ParseDateValue(d.months[len(d.months)-1]); ok {
			return r.End.AddDate(0, 0, -1)
		}
	}
	if r, ok := model.ParseDateValue(m.stats.Last); ok {
		return r.Start
	}
	return t
}

// facetItems turns facet counts into picker items, keeping active choices.
func facetItems(f []index.FacetCount, active []string) []pickItem {
	items := make([]pickItem, 0, len(f))
	for _, c := range f {
		items = append(items, pickItem{key: c.Term, label: c.Term, count: c.Count})
	}
	return facetMerge(items, active)
}

func facetMerge(items []pickItem, active []string) []pickItem {
	on := map[string]bool{}
	for _, a := range active {
		on[a] = true
	}
	seen := map[string]bool{}
	for i := range items {
		items[i].selected = on[items[i].key]
		seen[items[i].key] = true
	}
	for _, a := range active {
		if !seen[a] {
			items = append([]pickItem{{key: a, label: a, selected: true}}, items...)
		}
	}
	return items
}

// typeItems lists every event type, with counts where the facet has them.
func typeItems(f []index.FacetCount, active []string) []pickItem {
	n := map[string]int{}
	for _, c := range f {
		n[c.Term] = c.Count
	}
	var items []pickItem
	for _, t := range model.EventTypes {
		items = append(items, pickItem{key: t, label: glyph(t) + " " + t, count: n[t]})
	}
	return facetMerge(items, active)
}
