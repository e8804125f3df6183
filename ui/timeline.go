package ui

import (
	"strings"

	"github.com/annals/annals/index"
	"github.com/annals/annals/model"
)

// timeline is the chronological list of events. It renders only the rows
// on screen, so 100,000 hits cost what 10 do; month separators are found
// by comparing neighbours, never by walking the whole list.
type timeline struct {
	common
	hits   []index.Hit
	terms  []string // query words, to highlight where the index gave none
	cursor int
	offset int

	// coarse is where the events a date filter merely overlaps begin
	// (listed after the ones inside it), when hasCoarse.
	coarse    int
	hasCoarse bool
	// newIDs marks the events the last change to the corpus reported.
	newIDs map[string]bool

	// Caches, so a frame costs only what changed: month keys per hit
	// (lazily; "\x00" = not yet computed) and drawn unselected rows.
	months []string
	rows   map[int]string
}

// invalidate drops drawn rows (new width, styles or query terms).
func (t *timeline) invalidate() { t.rows = nil }

const dateW = 11

func (t *timeline) SetSize(w, h int) {
	if w != t.width {
		t.invalidate()
	}
	t.setSize(w, h)
	t.follow()
}

func (t *timeline) setHits(h []index.Hit, keepCursor bool) {
	if !keepCursor {
		t.months = t.months[:0]
		t.invalidate()
	}
	for len(t.months) < len(h) {
		t.months = append(t.months, "\x00")
	}
	t.months = t.months[:len(h)]
	t.hits = h
	if !keepCursor {
		t.cursor, t.offset = 0, 0
	}
	t.cursor = min(t.cursor, max(len(h)-1, 0))
	t.follow()
}

func (t *timeline) selected() *index.Hit {
	if t.cursor < 0 || t.cursor >= len(t.hits) {
		return nil
	}
	return &t.hits[t.cursor]
}

// coarseKey is the one section the coarse tail of a date filter forms.
const coarseKey = "\x01coarse"

// chronoEnd is the end of the chronological part of the list.
func (t *timeline) chronoEnd() int {
	if t.hasCoarse {
		return min(t.coarse, len(t.hits))
	}
	return len(t.hits)
}

func (t *timeline) month(i int) string {
	if i < len(t.months) && t.months[i] != "\x00" {
		return t.months[i]
	}
	k := monthKey(t.hits[i].Event.Date)
	if t.hasCoarse && i >= t.coarse {
		k = coarseKey
	}
	if i < len(t.months) {
		t.months[i] = k
	}
	return k
}

// linesFor counts the screen lines hits o..c take: the sticky month
// header, one line per hit, one per month change.
func (t *timeline) linesFor(o, c int) int {
	n := 1
	for i := o; i <= c && i < len(t.hits); i++ {
		n++
		if i > o && t.month(i) != t.month(i-1) {
			n++
		}
	}
	return n
}

// follow scrolls so the cursor is on screen.
func (t *timeline) follow() {
	if len(t.hits) == 0 {
		t.cursor, t.offset = 0, 0
		return
	}
	t.cursor = max(0, min(t.cursor, len(t.hits)-1))
	if t.cursor < t.offset {
		t.offset = t.cursor
	}
	if t.cursor-t.offset > t.height {
		t.offset = t.cursor - t.height
	}
	for t.offset < t.cursor && t.linesFor(t.offset, t.cursor) > t.height {
		t.offset++
	}
}

func (t *timeline) move(n int) { t.cursor += n; t.follow() }

// jump puts hit i under the cursor at the top of the list, so a jump to
// a month shows that month rather than what led to it; near the end it
// scrolls back to keep the screen full.
func (t *timeline) jump(i int) {
	t.cursor = i
	t.offset = max(0, min(i, len(t.hits)-1))
	for t.offset > 0 && len(t.hits)-t.offset < t.height && t.linesFor(t.offset-1, len(t.hits)-1) <= t.height {
		t.offset--
	}
	t.follow()
}

// visibleRows is how many hits fit, roughly, for page moves.
func (t *timeline) visibleRows() int { return max(t.height-2, 1) }

// rowAt maps a screen line (0 = the sticky header) to a hit index, -1 if
// the line is a separator or empty.
func (t *timeline) rowAt(y int) int {
	line := 1
	for i := t.offset; i < len(t.hits) && line < t.height; i++ {
		if i > t.offset && t.month(i) != t.month(i-1) {
			line++
		}
		if line == y {
			return i
		}
		line++
	}
	return -1
}

func (t *timeline) View() string {
	if t.width <= 0 || t.height <= 0 {
		return ""
	}
	st := t.st
	var out []string
	if len(t.hits) == 0 {
		return fitLines([]string{"", st.Dim.Render("  No events match.")}, t.width, t.height)
	}
	sep := func(i int) string {
		k := t.month(i)
		if k == coarseKey {
			label := " coarser dates that overlap the filter "
			return st.SeparatorYear.Render(trunc("══"+label+strings.Repeat("═", max(t.width-ansiW(label)-2, 0)), t.width))
		}
		label := " " + sectionLabel(t.hits[i].Event.Date) + " "
		line := "──" + label + strings.Repeat("─", max(t.width-ansiW(label)-2, 0))
		if !strings.Contains(strings.TrimPrefix(k, "-"), "-") || strings.HasSuffix(k, "-01") {
			return st.SeparatorYear.Render(trunc(line, t.width))
		}
		return st.Separator.Render(trunc(line, t.width))
	}
	out = append(out, sep(t.offset))
	for i := t.offset; i < len(t.hits) && len(out) < t.height; i++ {
		if i > t.offset && t.month(i) != t.month(i-1) {
			out = append(out, sep(i))
			if len(out) >= t.height {
				break
			}
		}
		out = append(out, t.cachedRow(i))
	}
	return fitLines(out, t.width, t.height)
}

func (t *timeline) cachedRow(i int) string {
	if i == t.cursor {
		return t.row(&t.hits[i], true)
	}
	if r, ok := t.rows[i]; ok {
		return r
	}
	if t.rows == nil || len(t.rows) > 4096 {
		t.rows = map[int]string{}
	}
	r := t.row(&t.hits[i], false)
	t.rows[i] = r
	return r
}

// articleCount is how many articles report an event: what "×N" on a row
// promises, however many of their sentences tell it.
func articleCount(e *model.Event) int {
	n := 0
	for i, s := range e.Sources {
		dup := false
		for _, p := range e.Sources[:i] {
			if p.Article == s.Article {
				dup = true
				break
			}
		}
		if !dup {
			n++
		}
	}
	return n
}

// headline is what a row says of an event: its headline, or its
// summary sentence while the pipeline gives none.
func headline(e *model.Event) string {
	if e.Headline != "" {
		return e.Headline
	}
	return e.Summary
}

// marks are the row's flags after ×N: ≠ the sources disagree, ◷
// background (a look back, not news), + reported by the last change.
func (t *timeline) marks(e *model.Event) string {
	m := ""
	if len(e.Disagreements) > 0 {
		m += "≠"
	}
	if e.Background {
		m += "◷"
	}
	if t.newIDs[e.ID] {
		m += "+"
	}
	return m
}

// row draws one event: date, type glyph, headline, actor chips, ×N
// articles and the marks.
func (t *timeline) row(h *index.Hit, sel bool) string {
	st := t.st
	e := &h.Event
	w := t.width
	text := headline(e)
	// A gutter mark for the cursor, visible without colour too.
	gut := " "
	if sel {
		gut = "›"
	}
	w--
	date := fit(fmtDate(e.Date), dateW)
	count := ""
	if n := articleCount(e); n > 1 {
		count = "×" + itoa(n) // articles that report it, not sentences
	}
	mk := t.marks(e)
	srcs := count
	if mk != "" {
		srcs = strings.TrimSpace(count + " " + mk)
	}
	actorsW := 0
	switch {
	case len(e.Actors) == 0:
	case w >= 80:
		actorsW = min(w/3, 34)
	case w >= 50:
		actorsW = w / 4
	}
	srcsW := ansiW(srcs)
	sumW := w - dateW - 3 - srcsW - 1
	if actorsW > 0 {
		sumW -= actorsW + 1
	}
	if sumW < 4 {
		// Too narrow for columns: date and summary only.
		line := date + " " + glyph(e.Type) + " " + clean(text)
		if sel {
			return gut + st.RowSelected.Render(fit(line, w))
		}
		return gut + fit(line, w)
	}
	actors := ""
	if actorsW > 0 {
		actors = fit(strings.Join(cleanAll(e.Actors), ", "), actorsW)
	}
	if sel {
		line := date + " " + glyph(e.Type) + " " + fit(clean(text), sumW)
		if actorsW > 0 {
			line += " " + actors
		}
		line += " " + srcs
		return gut + st.RowSelected.Render(fit(line, w))
	}
	var hl []span
	if e.Headline == "" {
		// The index's highlights are offsets into the summary.
		for _, x := range h.Highlights {
			if x.Source == -1 {
				hl = append(hl, span{x.Start, x.End})
			}
		}
	}
	if len(hl) == 0 {
		hl = findTerms(text, t.terms)
	}
	text, hl = snippet(text, hl, sumW)
	sum := paint(text, 0, len(text), span{}, hl, st.Row, st.Match, nil)
	line := st.RowDate.Render(date) + " " + st.Type(e.Type).Render(glyph(e.Type)) + " " + fit(sum, sumW)
	if actorsW > 0 {
		line += " " + st.ActorChip.Render(actors)
	}
	line += " " + st.RowSources.Render(count)
	if mk != "" {
		if count != "" {
			line += " "
		}
		line += st.Warn.Render(mk)
	}
	return gut + fit(line, w)
}

func cleanAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = clean(s)
	}
	return out
}

// snippet keeps the first match of a long summary in sight: when it would
// fall past the column, the summary starts shortly before it, after "…".
// Spans are shifted with the text.
func snippet(text string, hl []span, w int) (string, []span) {
	if len(hl) == 0 || cellWidth(text[:min(hl[0].end, len(text))]) <= w-2 {
		return text, hl
	}
	cut := max(hl[0].start-24, 0)
	for cut > 0 && text[cut-1] != ' ' {
		cut-- // start on a word
	}
	if cut == 0 {
		return text, hl
	}
	out := make([]span, 0, len(hl))
	const ell = "…"
	for _, h := range hl {
		if h.start >= cut {
			out = append(out, span{h.start - cut + len(ell), h.end - cut + len(ell)})
		}
	}
	return ell + text[cut:], out
}
