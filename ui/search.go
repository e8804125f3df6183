package ui

import (
	"context"
	"errors"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/annals/annals/index"
	"github.com/annals/annals/model"
)

const (
	pageSize     = 300
	bulkPageSize = 5000 // when jumping far ahead (G, a distant month)
	preload      = 100  // fetch the next page when the cursor is this close to the end
)

// searchMsg carries one page of results; seq ties it to the query that
// asked, so a stale answer (the user typed on) is dropped.
type searchMsg struct {
	seq  int
	page bool // a further page of the same query
	res  *index.Result
	err  error
}

// debounceMsg fires after a pause in typing.
type debounceMsg struct{ seq int }

// facetMsg answers the facet query a picker opens with.
type facetMsg struct {
	kind string // "actors" or "types"
	res  *index.Result
	err  error
}

// query is the current query as the index sees it.
func (m *Model) query() index.Query {
	q := m.q
	q.Text = prefixLast(m.input.Value())
	return q
}

// prefixLast lets the word being typed match as a prefix too: "dro"
// finds drones while the user is still typing ("dro dro*"). Only a bare
// last word of two or more letters or digits, with no space after it,
// outside quotes, not a field value and not required or excluded (+/-),
// is widened; wildcards are not
// analyzed, so the prefix is lower-cased.
func prefixLast(s string) string {
	if s == "" || strings.HasSuffix(s, " ") || strings.Count(s, `"`)%2 == 1 {
		return s
	}
	i := strings.LastIndexAny(s, " \t(") + 1
	w := s[i:]
	if utf8.RuneCountInString(w) < 2 || w == "AND" || w == "OR" || w == "NOT" {
		return s
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return s
		}
	}
	return s + " " + strings.ToLower(w) + "*"
}

// startSearch runs the current query from its first page, cancelling
// whatever search is still running; it never blocks Update.
func (m *Model) startSearch() tea.Cmd {
	if m.be == nil {
		return nil
	}
	m.seq++
	if m.cancel != nil {
		m.cancel()
	}
	ctx, cancel := context.WithCancel(context.Background())
	m.cancel = cancel
	q := m.query()
	q.Size = pageSize
	if q.From != "" || q.To != "" {
		// A date filter's events are read whole (a week is a few
		// hundred at most), so the coarse ones can be listed after.
		q.Size = bulkPageSize
	}
	m.searching = true
	m.loadingMore = false
	m.tl.terms = queryTerms(q.Text)
	m.tl.invalidate()
	m.det.terms = m.tl.terms
	// The page and the counts (months for the strip, actors and types
	// for the pickers) are two searches: the page alone stops early on
	// an index in chronological order, so the first frame does not wait
	// for counting every match.
	m.haveFacets = false
	return tea.Batch(runSearch(m.be, ctx, q, m.seq, false), runFacets(m.be, ctx, q, m.seq))
}

// facetsMsg carries the counts of the query a page was asked for.
type facetsMsg struct {
	seq int
	res *index.Result
	err error
}

func runFacets(be Backend, ctx context.Context, q index.Query, seq int) tea.Cmd {
	q.Size, q.Facets = 1, true
	return func() tea.Msg {
		res, err := be.Search(ctx, q)
		return facetsMsg{seq: seq, res: res, err: err}
	}
}

// onFacetsMain takes in the counts of the current query.
func (m *Model) onFacetsMain(msg facetsMsg) tea.Cmd {
	if msg.seq != m.seq || msg.err != nil || msg.res == nil {
		return nil
	}
	res := msg.res
	m.haveFacets = true
	m.facActors, m.facTypes = res.Actors, res.Types
	m.monthFacets = res.Months
	m.dens.setFacets(res.Months)
	if q := m.query(); q.Text == "" && len(q.Actors) == 0 && len(q.Types) == 0 && q.From == "" && q.To == "" {
		m.corpusEnd = m.stripEnd()
	}
	m.layout() // the strip appears or goes with the months
	if h := m.tl.selected(); h != nil {
		m.dens.cur = monthKey(h.Event.Date)
	}
	return m.placeStart()
}

func runSearch(be Backend, ctx context.Context, q index.Query, seq int, page bool) tea.Cmd {
	return func() tea.Msg {
		res, err := be.Search(ctx, q)
		return searchMsg{seq: seq, page: page, res: res, err: err}
	}
}

// loadMore fetches the next page when one remains and none is on its way.
func (m *Model) loadMore(size int) tea.Cmd {
	if !m.more || m.loadingMore || m.be == nil || len(m.raw) == 0 {
		return nil
	}
	q := m.query()
	q.Size = size
	q.After = m.raw[len(m.raw)-1].Sort
	m.loadingMore = true
	ctx, cancel := context.WithCancel(context.Background())
	old := m.cancel
	m.cancel = func() {
		cancel()
		if old != nil {
			old()
		}
	}
	return runSearch(m.be, ctx, q, m.seq, true)
}

// debounce schedules a search after a pause in typing.
func (m *Model) debounce() tea.Cmd {
	m.dseq++
	seq := m.dseq
	if m.opts.Debounce <= 0 {
		return func() tea.Msg { return debounceMsg{seq} }
	}
	return tea.Tick(m.opts.Debounce, func(time.Time) tea.Msg { return debounceMsg{seq} })
}

func (m *Model) onSearch(msg searchMsg) tea.Cmd {
	if msg.seq != m.seq {
		return nil // superseded
	}
	if msg.page {
		m.loadingMore = false
	} else {
		m.searching = false
	}
	if msg.err != nil {
		if errors.Is(msg.err, context.Canceled) {
			return nil
		}
		m.searchErr = queryErrText(msg.err)
		m.more = false
		return nil
	}
	m.searchErr = ""
	res := msg.res
	if res == nil {
		res = &index.Result{}
	}
	if msg.page {
		m.raw = append(m.raw, res.Hits...)
		if m.dateFiltered() {
			m.arrange()
		} else {
			m.tl.setHits(m.shown(m.tl.hits, res.Hits), true)
		}
	} else {
		m.total = res.Total
		m.took = res.Took
		m.raw = res.Hits
		live := m.keepID // the event under the cursor before a live update
		m.tl.setHits(nil, false)
		if m.dateFiltered() {
			m.arrange()
		} else {
			m.tl.setHits(m.shown(nil, res.Hits), false)
		}
		m.keepID = live
		m.layout() // the strip appears or goes with the months
		m.restoreCursor()
	}
	m.more = len(res.Hits) > 0 && uint64(len(m.raw)) < m.total
	if cmd := m.placeStart(); cmd != nil {
		return cmd
	}
	return m.afterMove()
}

// facetSearch counts actors or types for the current query without its
// own filter, so the picker shows what choosing each would give.
func (m *Model) facetSearch(kind string) tea.Cmd {
	if m.be == nil {
		return nil
	}
	q := m.query()
	if kind == "actors" {
		q.Actors, q.AllActors = nil, false
	} else {
		q.Types = nil
	}
	q.Size = 1
	q.Facets = true
	be := m.be
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		res, err := be.Search(ctx, q)
		return facetMsg{kind: kind, res: res, err: err}
	}
}

// placeStart opens a corpus where its news is: at the start of the
// story (storyStart) when mentions of older events lead the timeline
// ("In 1946…", "60 years ago"), or else at the start of the density
// strip's dense part when far-past or stray dates lead it. What is above
// stays one g away. It acts once, on the first unfiltered timeline.
func (m *Model) placeStart() tea.Cmd {
	if m.placed || len(m.tl.hits) == 0 || !m.haveFacets || m.searching {
		return nil
	}
	m.placed = true
	q := m.query()
	if q.Text != "" || len(q.Actors) > 0 || len(q.Types) > 0 || q.From != "" || q.To != "" {
		return nil
	}
	first := monthKey(m.tl.hits[0].Event.Date)
	if k := storyStart(m.monthFacets); k != "" && endsBefore(m.tl.hits[0].Event.Date.Value, k) {
		// Only when the leading events lie wholly before the story: a
		// coarse date of its own year ("2024") is part of it.
		m.status = "older mentions are above · g goes to the top"
		return m.jumpTo(k)
	}
	d := &m.dens
	if d.before == 0 || len(d.months) == 0 || first >= d.months[0] {
		return nil
	}
	m.status = "far-past and stray dates are above · g goes to the top"
	return m.jumpTo(d.months[0])
}

// storyStart is the month a corpus's story begins, from the events per
// month: walking back from the busiest month while months stay busy (at
// least a twentieth of the peak, and two events), across gaps of up to
// three quiet months. A story's coverage is dense; mentions of its past
// are scattered, one or two a month, and stay before it. "" when the
// facets are empty.
func storyStart(months []index.FacetCount) string {
	if len(months) == 0 {
		return ""
	}
	by := make(map[string]int, len(months))
	peak, peakN := "", 0
	for _, f := range months {
		if _, err := time.Parse("2006-01", f.Term); err != nil {
			continue
		}
		by[f.Term] += f.Count
		if n := by[f.Term]; n > peakN || (n == peakN && f.Term < peak) {
			peak, peakN = f.Term, n
		}
	}
	if peak == "" {
		return ""
	}
	busy := max(2, peakN/20)
	t, _ := time.Parse("2006-01", peak)
	start, quiet := peak, 0
	oldest := months[0].Term
	for _, f := range months {
		oldest = min(oldest, f.Term)
	}
	for quiet <= maxQuietMonths {
		t = t.AddDate(0, -1, 0)
		k := t.Format("2006-01")
		if k < oldest {
			break
		}
		if by[k] >= busy {
			start, quiet = k, 0
		} else {
			quiet++
		}
	}
	return start
}

// endsBefore says the date v ends before month k (YYYY-MM) begins.
func endsBefore(v, k string) bool {
	r, ok := model.ParseDateValue(v)
	t, err := time.Parse("2006-01", k)
	return ok && err == nil && !r.End.After(t)
}

// maxQuietMonths is the longest lull a story's coverage can have.
const maxQuietMonths = 3

// queryErrText is a search error for the one-line search bar: a bad query
// says what is wrong and shows where, "‸" before the text from there on;
// the CLI's caret under the query would need two lines.
func queryErrText(err error) string {
	var qe *index.QueryError
	if !errors.As(err, &qe) || qe.Pos < 0 || qe.Pos > len(qe.Query) {
		msg, _, _ := strings.Cut(err.Error(), "\n")
		return msg
	}
	rest := []rune(qe.Query[qe.Pos:])
	if len(rest) > 16 {
		rest = append(rest[:15], '…')
	}
	return qe.Msg + " at ‸" + string(rest)
}

// dateFiltered says the query has a date range.
func (m *Model) dateFiltered() bool { return m.q.From != "" || m.q.To != "" }

// shown appends to dst the hits of page the timeline shows: background
// mentions only when the reader asked for them.
func (m *Model) shown(dst, page []index.Hit) []index.Hit {
	if m.showBg {
		return append(dst, page...)
	}
	for _, h := range page {
		if !h.Event.Background {
			dst = append(dst, h)
		}
	}
	return dst
}

// arrange rebuilds the timeline from every loaded hit: background hidden
// unless shown, and under a date filter the events inside the range
// first, chronologically, then those whose coarser date merely overlaps
// it (a year, a decade for a one-week filter), marked as such. The
// cursor stays on its event.
func (m *Model) arrange() {
	keep := ""
	if h := m.tl.selected(); h != nil {
		keep = h.Event.ID
	}
	all := m.shown(nil, m.raw)
	m.tl.hasCoarse = false
	if m.dateFiltered() {
		lo, hi := filterBounds(m.q.From, m.q.To)
		var inside, coarse []index.Hit
		for _, h := range all {
			if within(h.Event.Date.Value, lo, hi) {
				inside = append(inside, h)
			} else {
				coarse = append(coarse, h)
			}
		}
		all = append(inside, coarse...)
		m.tl.hasCoarse = len(coarse) > 0
		m.tl.coarse = len(inside)
	}
	m.tl.setHits(all, false)
	m.keepID = keep
	m.restoreCursor()
}

// restoreCursor puts the cursor back on the event it was on (keepID),
// when that event is loaded.
func (m *Model) restoreCursor() {
	id := m.keepID
	m.keepID = ""
	if id == "" {
		return
	}
	for i := range m.tl.hits {
		if m.tl.hits[i].Event.ID == id {
			m.tl.cursor = i
			m.tl.follow()
			m.det.setHit(m.tl.selected())
			return
		}
	}
}

// filterBounds is the date filter as a half-open time range; an open
// side is the zero time.
func filterBounds(from, to string) (lo, hi time.Time) {
	if r, ok := model.ParseDateValue(from); ok && from != "" {
		lo = r.Start
	}
	if r, ok := model.ParseDateValue(to); ok && to != "" {
		hi = r.End
	}
	return lo, hi
}

// within says an event's date lies wholly inside [lo, hi).
func within(v string, lo, hi time.Time) bool {
	r, ok := model.ParseDateValue(v)
	if !ok {
		return false
	}
	return (lo.IsZero() || !r.Start.Before(lo)) && (hi.IsZero() || !r.End.After(hi))
}
