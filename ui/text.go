package ui

import (
	"sort"
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// span is a byte range [start, end) of a text.
type span struct{ start, end int }

func (s span) valid(n int) bool { return s.start >= 0 && s.end <= n && s.start < s.end }

// docLine is one wrapped line: a byte range of the text it shows, so
// highlights given as offsets land on the right cells after wrapping.
type docLine struct{ start, end int }

// cellWidth is how wide a piece of corpus text is once cleaned.
func cellWidth(s string) int { return ansi.StringWidth(clean(s)) }

// wrapText word-wraps text to width cells, paragraph by paragraph
// (newlines), splitting words longer than a line.
func wrapText(text string, width int) []docLine {
	width = max(width, 1)
	var out []docLine
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			out = wrapPara(out, text, start, i, width)
			start = i + 1
		}
	}
	return out
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' }

func wrapPara(out []docLine, text string, a, b, width int) []docLine {
	ls, le, lw := -1, -1, 0
	flush := func() {
		if ls >= 0 {
			out = append(out, docLine{ls, le})
		}
		ls, le, lw = -1, -1, 0
	}
	added := false
	i := a
	for i < b {
		for i < b && isSpace(text[i]) {
			i++
		}
		if i >= b {
			break
		}
		ws := i
		for i < b && !isSpace(text[i]) {
			i++
		}
		we := i
		ww := cellWidth(text[ws:we])
		if ls >= 0 {
			gap := cellWidth(text[le:ws])
			if lw+gap+ww <= width {
				le, lw = we, lw+gap+ww
				continue
			}
			flush()
			added = true
		}
		if ww <= width {
			ls, le, lw = ws, we, ww
			continue
		}
		// A word wider than the line: cut it into line-sized pieces.
		p := ws
		for p < we {
			q, w := p, 0
			for q < we {
				_, size := utf8.DecodeRuneInString(text[q:we])
				cw := cellWidth(text[q : q+size])
				if w+cw > width && q > p {
					break
				}
				w += cw
				q += size
			}
			if q < we {
				out = append(out, docLine{p, q})
				added = true
			} else {
				ls, le, lw = p, q, w
			}
			p = q
		}
	}
	if ls >= 0 {
		flush()
		added = true
	}
	if !added {
		out = append(out, docLine{a, a})
	}
	return out
}

// paint renders text[a:b] with spans styled: matches (strongest) over the
// focused sentence over plain text. Spans are byte offsets into text.
func paint(text string, a, b int, focus span, matches []span, focusSt, matchSt lipgloss.Style, plain *lipgloss.Style) string {
	return paintMarks(text, a, b, focus, matches, nil, focusSt, matchSt, matchSt, plain)
}

// paintMarks is paint with a second kind of mark: differ, the values on
// which an event's sources disagree, drawn in differSt (a search match
// over one keeps the match's style).
func paintMarks(text string, a, b int, focus span, matches, differ []span, focusSt, matchSt, differSt lipgloss.Style, plain *lipgloss.Style) string {
	if a >= b {
		return ""
	}
	cuts := []int{a, b}
	add := func(x int) {
		if x > a && x < b {
			cuts = append(cuts, x)
		}
	}
	add(focus.start)
	add(focus.end)
	for _, ms := range [][]span{matches, differ} {
		for _, m := range ms {
			if m.end <= a || m.start >= b {
				continue
			}
			add(m.start)
			add(m.end)
		}
	}
	sort.Ints(cuts)
	var sb strings.Builder
	for i := 0; i+1 < len(cuts); i++ {
		x, y := cuts[i], cuts[i+1]
		if x == y {
			continue
		}
		piece := clean(text[x:y])
		inMatch := false
		for _, m := range matches {
			if x >= m.start && x < m.end {
				inMatch = true
				break
			}
		}
		inDiffer := false
		for _, m := range differ {
			if x >= m.start && x < m.end {
				inDiffer = true
				break
			}
		}
		switch {
		case inMatch:
			sb.WriteString(matchSt.Render(piece))
		case inDiffer:
			sb.WriteString(differSt.Render(piece))
		case x >= focus.start && x < focus.end:
			sb.WriteString(focusSt.Render(piece))
		case plain != nil:
			sb.WriteString(plain.Render(piece))
		default:
			sb.WriteString(piece)
		}
	}
	return sb.String()
}

// queryTerms pulls the words a user searched for out of a bleve query
// string, for highlighting in texts the index did not highlight (the
// reader's article): operators, field names, fuzziness and boosts are
// dropped.
func queryTerms(q string) []string {
	var terms []string
	seen := map[string]bool{}
	for _, f := range strings.FieldsFunc(q, func(r rune) bool {
		return r == ' ' || r == '"' || r == '(' || r == ')' || r == '\t'
	}) {
		f = strings.TrimLeft(f, "+-")
		if i := strings.IndexByte(f, ':'); i >= 0 {
			f = f[i+1:]
		}
		if i := strings.IndexAny(f, "~^"); i >= 0 {
			f = f[:i]
		}
		f = strings.Trim(f, "*?.,;!")
		switch f {
		case "", "AND", "OR", "NOT":
			continue
		}
		f = asciiLower(f)
		// A crude stem, so "drones" finds "drone" as the index's English
		// analyzer does.
		if len(f) > 4 && strings.HasSuffix(f, "s") {
			f = f[:len(f)-1]
		}
		if !seen[f] {
			seen[f] = true
			terms = append(terms, f)
		}
	}
	return terms
}

// asciiLower lowercases ASCII letters only, keeping byte offsets intact.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// findTerms finds the words of text that start with one of terms
// (case-insensitive), extended to the word's end.
func findTerms(text string, terms []string) []span {
	if len(terms) == 0 {
		return nil
	}
	low := asciiLower(text)
	var out []span
	for _, t := range terms {
		for i := 0; ; {
			j := strings.Index(low[i:], t)
			if j < 0 {
				break
			}
			s := i + j
			e := s + len(t)
			if s == 0 || !isWordByte(low[s-1]) {
				for e < len(low) && isWordByte(low[e]) {
					e++
				}
				out = append(out, span{s, e})
			}
			i = s + len(t)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}
