package ui

import (
	"context"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/annals/annals/corpus/digest"
	"github.com/annals/annals/model"
)

// keyDays is the key-days view: the digest of the events the current
// search and filters select (corpus/digest chooses the days), one day a
// line with its summary below; enter jumps to the day in the timeline.
// It owns its keys, size and drawing; the root only opens it and acts on
// the jumpDayMsg or closeDaysMsg it sends.
type keyDays struct {
	common
	what    string // the query it digests, for the title
	days    []digest.Day
	heads   map[string]string
	loading bool
	err     string
	events  int  // events digested
	capped  bool // the query has more events than were read
	cursor  int
	offset  int // first line shown
}

// daysMsg delivers a digest; jumpDayMsg asks the root to show a day;
// closeDaysMsg closes the view.
type (
	daysMsg struct {
		days      []digest.Day
		headlines map[string]string // event ID → headline, for the days' events
		events    int
		capped    bool
		err       error
	}
	jumpDayMsg   struct{ date string }
	closeDaysMsg struct{}
)

// maxDigestEvents bounds the events read for a digest: beyond it the
// digest is of the first events and says so.
const maxDigestEvents = 200000

func newKeyDays(c common, what string) *keyDays {
	return &keyDays{common: c, what: what, loading: true}
}

// openDays opens the key-days view and computes the digest of the
// current query off the UI goroutine.
func (m *Model) openDays() tea.Cmd {
	if m.be == nil {
		m.status = "the index is being updated"
		return nil
	}
	what := "all events"
	if c := m.chips(); len(c) > 0 {
		what = strings.Join(c, " ")
	}
	m.days = newKeyDays(m.common, what)
	m.ov = ovDays
	m.layout()
	q := m.query()
	q.Facets = false
	be, showBg := m.be, m.showBg
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		var evs []model.Event
		capped := false
		q.Size = bulkPageSize
		for {
			res, err := be.Search(ctx, q)
			if err != nil {
				return daysMsg{err: err}
			}
			for _, h := range res.Hits {
				if showBg || !h.Event.Background {
					evs = append(evs, h.Event)
				}
			}
			if len(res.Hits) == 0 || len(res.Hits) < q.Size {
				break
			}
			if len(evs) >= maxDigestEvents {
				capped = true
				break
			}
			q.After = res.Hits[len(res.Hits)-1].Sort
		}
		days := digest.Digest(evs, digest.Options{From: q.From, To: q.To})
		heads := map[string]string{}
		want := map[string]bool{}
		for _, d := range days {
			for _, id := range d.Events {
				want[id] = true
			}
		}
		for i := range evs {
			if want[evs[i].ID] {
				heads[evs[i].ID] = headline(&evs[i])
			}
		}
		return daysMsg{days: days, headlines: heads, events: len(evs), capped: capped}
	}
}

func (d *keyDays) onDays(msg daysMsg) {
	d.loading = false
	if msg.err != nil {
		d.err = queryErrText(msg.err)
		return
	}
	d.days, d.heads, d.events, d.capped = msg.days, msg.headlines, msg.events, msg.capped
	d.cursor = min(d.cursor, max(len(d.days)-1, 0))
	d.follow()
}

// SetSize sizes the view and keeps the cursor's day in sight.
func (d *keyDays) SetSize(w, h int) {
	d.setSize(w, h)
	d.follow()
}

// Update handles the view's keys.
func (d *keyDays) Update(msg tea.KeyPressMsg) tea.Cmd {
	k := d.keys
	switch {
	case key.Matches(msg, k.Back, k.KeyDays):
		return emit(closeDaysMsg{})
	case key.Matches(msg, k.Open):
		if d.cursor < len(d.days) {
			return emit(jumpDayMsg{date: d.days[d.cursor].Date})
		}
	case key.Matches(msg, k.Up):
		d.cursor--
	case key.Matches(msg, k.Down):
		d.cursor++
	case key.Matches(msg, k.PageUp, k.HalfUp):
		d.cursor -= max(d.height/4, 1)
	case key.Matches(msg, k.PageDown, k.HalfDown):
		d.cursor += max(d.height/4, 1)
	case key.Matches(msg, k.Top):
		d.cursor = 0
	case key.Matches(msg, k.Bottom):
		d.cursor = len(d.days) - 1
	}
	d.cursor = max(0, min(d.cursor, len(d.days)-1))
	d.follow()
	return nil
}

// block is the lines of day i: the date line and its summary, wrapped.
func (d *keyDays) block(i int) []string {
	st := d.st
	day := d.days[i]
	w := max(d.width, 1)
	date := day.Date
	if t, err := time.Parse("2006-01-02", day.Date); err == nil {
		date = t.Format("Mon 2 Jan 2006")
	}
	meta := plural(len(day.Events), "event", "events")
	if day.Articles > 0 {
		meta += " · " + plural(day.Articles, "article", "articles")
	}
	head := "  " + st.Bold.Render(clean(date)) + st.Dim.Render("  "+meta)
	if i == d.cursor {
		head = st.PickCursor.Render("› "+clean(date)) + st.Dim.Render("  "+meta)
	}
	out := []string{trunc(head, w)}
	for _, s := range d.summary(day) {
		s = clean(s)
		for _, l := range wrapText(s, max(w-6, 1)) {
			out = append(out, "    "+st.Row.Render(s[l.start:l.end]))
		}
	}
	return out
}

// summary is the day's lines: the headlines of its leading events, which
// read at a glance; where the digest gives none, its summary sentences,
// then the headlines the view knows.
func (d *keyDays) summary(day digest.Day) []string {
	var out []string
	for i, s := range day.Summary {
		if i < len(day.Headlines) && strings.TrimSpace(day.Headlines[i]) != "" {
			s = day.Headlines[i]
		}
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	if len(out) > 0 {
		return out
	}
	for _, id := range day.Events {
		if h := d.heads[id]; h != "" {
			out = append(out, h)
		}
		if len(out) == daySummaryLines {
			break
		}
	}
	return out
}

// daySummaryLines is how many headlines stand for a day without a summary.
const daySummaryLines = 2

// follow scrolls so the cursor's whole day is on screen when it fits.
func (d *keyDays) follow() {
	if len(d.days) == 0 {
		d.offset = 0
		return
	}
	start := 0
	for i := 0; i < d.cursor; i++ {
		start += len(d.block(i)) + 1
	}
	n := len(d.block(d.cursor))
	h := d.listH()
	if start < d.offset {
		d.offset = start
	}
	if start+n > d.offset+h {
		d.offset = max(start+n-h, 0)
		if n > h {
			d.offset = start
		}
	}
}

func (d *keyDays) listH() int { return max(d.height-2, 1) }

// View renders exactly width×height.
func (d *keyDays) View() string {
	if d.width <= 0 || d.height <= 0 {
		return ""
	}
	st := d.st
	title := st.Title.Render("Key days") + st.Dim.Render(" — "+d.what)
	sub := ""
	switch {
	case d.loading:
		sub = st.Dim.Render("reading the events and choosing the days…")
	case d.err != "":
		sub = st.Error.Render(clean(d.err))
	case len(d.days) == 0:
		sub = st.Dim.Render("No day-dated events here to choose from.")
	default:
		sub = st.Dim.Render(plural(len(d.days), "day", "days") + " chosen from " + plural(d.events, "event", "events") +
			" by the articles reporting them · enter shows the day in the timeline")
		if d.capped {
			sub += st.Warn.Render(" · the first " + itoa(d.events) + " events only")
		}
	}
	var body []string
	for i := range d.days {
		if i > 0 {
			body = append(body, "")
		}
		body = append(body, d.block(i)...)
	}
	off := max(0, min(d.offset, len(body)-d.listH()))
	lines := append([]string{trunc(title, d.width), trunc(sub, d.width)}, body[off:]...)
	return fitLines(lines, d.width, d.height)
}

// jumpToDay moves the timeline to the first event on or after date (a
// YYYY-MM-DD from the digest), loading pages until it is reached; the
// day is put at the top of the list.
func (m *Model) jumpToDay(date string) tea.Cmd {
	if m.tryJumpDay(date) {
		m.status = "key day " + date
		return m.afterMove()
	}
	if m.more {
		m.jumpDay = date
		m.status = "loading to " + date + "…"
		return m.loadMore(bulkPageSize)
	}
	m.status = date + " is not in the timeline as filtered"
	return nil
}

// tryJumpDay looks for the day in the loaded, chronological part of the
// timeline (coarse dates listed after a date filter are not searched).
func (m *Model) tryJumpDay(date string) bool {
	day, ok := model.ParseDateValue(date)
	if !ok {
		return false
	}
	hits := m.tl.hits[:m.tl.chronoEnd()]
	first, exact := -1, -1
	for i := range hits {
		r, ok := model.ParseDateValue(hits[i].Event.Date.Value)
		if !ok || r.Start.Before(day.Start) {
			continue
		}
		if r.Start.After(day.Start) {
			if first < 0 {
				first = i
			}
			break
		}
		if first < 0 {
			first = i
		}
		if r.Precision == model.PrecisionDay {
			exact = i // the day itself, ahead of coarser dates starting then
			break
		}
	}
	best := first
	if exact >= 0 {
		best = exact
	}
	if best < 0 {
		return false
	}
	m.tl.jump(best)
	m.det.setHit(m.tl.selected())
	return true
}
