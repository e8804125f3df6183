package ui

import (
	"path/filepath"
	"sort"
	"strings"

	"github.com/annals/annals/model"
)

// docPane shows one article's cleaned text wrapped to its width, with one
// sentence in focus (highlighted and scrolled into view), the sentences of
// the article's other events marked in the margin, and search matches
// highlighted. The reader has one; side by side has several.
type docPane struct {
	common
	art     *model.Article
	focus   span
	events  []span   // sentences of the article's events, sorted
	evTypes []string // their event types, for the margin glyph
	matches []span
	differ  []span // values the event's sources disagree on
	lines   []docLine
	wrapW   int
	offset  int
	match   int // index of the last match jumped to
}

const marginW = 2

func newDocPane(c common, art *model.Article) *docPane {
	d := &docPane{common: c, art: art, match: -1}
	return d
}

// header is the pane's fixed top: title, outlet, date and how it is known.
func (d *docPane) header() []string {
	a := d.art
	st := d.st
	title := clean(a.Title)
	if title == "" {
		title = clean(filepath.Base(a.Path))
	}
	meta := []string{}
	if a.Outlet != "" {
		meta = append(meta, clean(a.Outlet))
	}
	meta = append(meta, publishedLabel(a))
	if a.Byline != "" {
		meta = append(meta, clean(a.Byline))
	}
	lines := []string{
		st.PaneTitle.Render(trunc(title, d.width)),
		st.Label.Render(trunc(strings.Join(meta, " · "), d.width)),
	}
	src := clean(a.Path)
	if a.URL != "" {
		src = clean(a.URL)
	}
	lines = append(lines, st.Dim.Render(truncLeft(src, d.width)))
	return lines
}

// publishedLabel says when an article was published and how that is known.
func publishedLabel(a *model.Article) string {
	if a.Published == "" {
		if a.Inference != nil && a.Inference.Partial != "" {
			return "undated (" + clean(a.Inference.Partial) + ")"
		}
		return "undated"
	}
	how := string(a.PublishedSource)
	if a.PublishedSource == model.SourceInferred {
		how = "inferred from the text"
	}
	if a.Confidence != "" {
		how += ", " + a.Confidence + " confidence"
	}
	return clean(a.Published) + " (" + clean(how) + ")"
}

func (d *docPane) textHeight() int { return max(d.height-len(d.header())-1, 1) }

func (d *docPane) SetSize(w, h int) {
	d.setSize(w, h)
	tw := max(w-marginW, 1)
	if tw != d.wrapW || d.lines == nil {
		top := -1
		if d.offset < len(d.lines) {
			top = d.lines[d.offset].start
		}
		d.wrapW = tw
		d.lines = wrapText(d.art.Text, tw)
		if top >= 0 {
			d.offset = d.lineOf(top)
		}
	}
	d.clamp()
}

// setFocus highlights a sentence and scrolls it into view.
func (d *docPane) setFocus(s span) {
	if !s.valid(len(d.art.Text)) {
		s = span{}
	}
	d.focus = s
	if s.end > 0 {
		d.scrollTo(s.start)
	}
}

// lineOf is the wrapped line holding byte pos.
func (d *docPane) lineOf(pos int) int {
	i := sort.Search(len(d.lines), func(i int) bool { return d.lines[i].start > pos }) - 1
	return max(i, 0)
}

// scrollTo puts the line holding pos a third of the way down the pane,
// so the reader sees what leads up to it.
func (d *docPane) scrollTo(pos int) {
	d.offset = d.lineOf(pos) - d.textHeight()/3
	d.clamp()
}

func (d *docPane) clamp() {
	d.offset = min(d.offset, len(d.lines)-d.textHeight())
	d.offset = max(d.offset, 0)
}

func (d *docPane) scroll(n int) { d.offset += n; d.clamp() }

func (d *docPane) top()    { d.offset = 0 }
func (d *docPane) bottom() { d.offset = len(d.lines); d.clamp() }

// nextMatch scrolls to the next (dir 1) or previous (-1) search match,
// wrapping around; it reports whether there is any.
func (d *docPane) nextMatch(dir int) bool {
	if len(d.matches) == 0 {
		return false
	}
	d.match += dir
	if d.match >= len(d.matches) {
		d.match = 0
	}
	if d.match < 0 {
		d.match = len(d.matches) - 1
	}
	d.scrollTo(d.matches[d.match].start)
	return true
}

// View renders exactly width×height.
func (d *docPane) View() string {
	if d.width <= 0 || d.height <= 0 {
		return ""
	}
	st := d.st
	out := d.header()
	rule := len(out)
	out = append(out, st.Dim.Render(strings.Repeat("─", d.width)))
	h := d.height - len(out)
	text := d.art.Text
	for i := d.offset; i < len(d.lines) && i < d.offset+h; i++ {
		ln := d.lines[i]
		mark := "  "
		switch {
		case d.focus.end > 0 && ln.start < d.focus.end && ln.end >= d.focus.start && !(ln.start == ln.end):
			mark = st.MarginFocus.Render("▌ ")
		default:
			if j := d.otherEvent(ln); j >= 0 {
				g := "│ "
				if d.events[j].start >= ln.start && j < len(d.evTypes) {
					// The line where another event's sentence starts shows
					// its type, so the margin reads as an index of events.
					g = glyph(d.evTypes[j]) + " "
					mark = st.Type(d.evTypes[j]).Render(g)
				} else {
					mark = st.Margin.Render(g)
				}
			}
		}
		out = append(out, mark+paintMarks(text, ln.start, ln.end, d.focus, d.matches, d.differ, st.Sentence, st.Match, st.Differ, nil))
	}
	if len(d.lines) > h && h > 0 {
		// A position hint on the rule, like less.
		pct := 100
		if n := len(d.lines) - h; n > 0 {
			pct = d.offset * 100 / n
		}
		out[rule] = st.Dim.Render(trunc(strings.Repeat("─", max(d.width-6, 0))+" "+itoa(pct)+"%", d.width))
	}
	return fitLines(out, d.width, d.height)
}

// otherEvent is the index of an event sentence on the line, or -1.
func (d *docPane) otherEvent(ln docLine) int {
	if ln.start == ln.end {
		return -1
	}
	i := sort.Search(len(d.events), func(i int) bool { return d.events[i].end > ln.start })
	if i < len(d.events) && d.events[i].start < ln.end {
		return i
	}
	return -1
}

// sourceSpan locates an event source's sentence in the article: its
// clean offsets when they hold, else the sentence text found in the text.
func sourceSpan(a *model.Article, s model.Source) span {
	sp := span{s.CleanStart, s.CleanEnd}
	if sp.valid(len(a.Text)) {
		return sp
	}
	if s.Text != "" {
		if i := strings.Index(a.Text, s.Text); i >= 0 {
			return span{i, i + len(s.Text)}
		}
	}
	return span{}
}
