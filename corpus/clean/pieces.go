package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Piece is a run of cleaned text and the raw bytes it came from. Copied
// pieces hold exactly raw[RawStart:RawEnd]; the others (a repaired or
// re-encoded character, collapsed whitespace, a soft line break) replace
// their raw bytes and cannot be cut inside.
type Piece struct {
	RawStart, RawEnd int
	Text             string
	Copied           bool
}

// line is one line of the raw text, trimmed and normalized.
type line struct {
	num    int // 1-based
	start  int // raw offset of the line
	end    int // raw offset after the line's last byte (before \r\n)
	pieces []Piece
	text   string
	kind   string // preset block kind (a Markdown heading), or ""
}

// decodeEdits returns the edits that make raw valid, repaired text:
// bytes that are not UTF-8 are read as Windows-1252 (a legacy file), and,
// in a document that shows mojibake, runs of it are turned back.
func decodeEdits(raw []byte, repair bool) (edits []Edit, invalid int) {
	start := 0
	flush := func(end int) {
		if repair && end > start {
			edits = append(edits, findMojibake(raw[start:end], start)...)
		}
	}
	for i := 0; i < len(raw); {
		r, size := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && size <= 1 {
			flush(i)
			c := charmap.Windows1252.DecodeByte(raw[i])
			to := string(c)
			if c == utf8.RuneError || c < 0x20 {
				to = "\uFFFD"
			}
			edits = append(edits, Edit{Start: i, End: i + 1, To: to})
			invalid++
			i++
			start = i
			continue
		}
		i += size
	}
	flush(len(raw))
	return edits, invalid
}

// splitLines cuts raw into lines and normalizes each: edits applied,
// leading and trailing space dropped, inner runs of white space made one
// space, invisible characters (BOM, zero-width, soft hyphen, controls)
// dropped.
func splitLines(raw []byte, edits []Edit) []line {
	var out []line
	e := 0
	num := 0
	for pos := 0; pos <= len(raw); {
		num++
		end := pos
		for end < len(raw) && raw[end] != '\n' {
			end++
		}
		lend := end
		if lend > pos && raw[lend-1] == '\r' {
			lend--
		}
		l := line{num: num, start: pos, end: lend}
		b := pieceBuilder{raw: raw}
		for i := pos; i < lend; {
			for e < len(edits) && edits[e].Start < i {
				e++
			}
			if e < len(edits) && edits[e].Start == i && edits[e].End <= lend {
				// A byte read as Windows-1252 can be a no-break space or a
				// soft hyphen: white space and invisibles are treated as such.
				switch r, _ := utf8.DecodeRuneInString(edits[e].To); {
				case unicode.IsSpace(r):
					b.space(i, edits[e].End)
				case invisible(r):
					b.skip()
				default:
					b.replace(i, edits[e].End, edits[e].To)
				}
				i = edits[e].End
				continue
			}
			if raw[i] == 0x1b {
				// A terminal escape sequence pasted into a text ("ESC ]0;
				// title BEL") goes whole: dropping only its ESC leaves
				// "]0;PWNED" in titles and summaries.
				b.skip()
				i += escapeLen(raw[i:lend])
				continue
			}
			r, size := utf8.DecodeRune(raw[i:])
			switch {
			case unicode.IsSpace(r):
				b.space(i, i+size)
			case invisible(r):
				b.skip()
			default:
				b.copy(i, i+size)
			}
			i += size
		}
		l.pieces = b.done(raw)
		l.text = joinPieces(l.pieces)
		out = append(out, l)
		if end >= len(raw) {
			break
		}
		pos = end + 1
	}
	return out
}

// escapeLen is the length of the ANSI escape sequence at the start of b
// (which begins with ESC): CSI "ESC [ … final", OSC "ESC ] … BEL or ESC
// \\", or ESC and one byte; at most the rest of the line.
func escapeLen(b []byte) int {
	if len(b) < 2 {
		return len(b)
	}
	switch b[1] {
	case '[':
		for i := 2; i < len(b); i++ {
			if b[i] >= 0x40 && b[i] <= 0x7e {
				return i + 1
			}
		}
		return len(b)
	case ']', 'P', '_', '^':
		for i := 2; i < len(b); i++ {
			if b[i] == 0x07 {
				return i + 1
			}
			if b[i] == 0x1b && i+1 < len(b) && b[i+1] == '\\' {
				return i + 2
			}
		}
		return len(b)
	}
	return 2
}

func invisible(r rune) bool {
	switch r {
	case 0xFEFF, 0x200B, 0x200C, 0x200D, 0x2060, 0x00AD:
		return true
	}
	return r < 0x20 || (r >= 0x7F && r < 0xA0)
}

// pieceBuilder accumulates a line's pieces, merging adjacent copies and
// holding white space back until text follows it (so lines are trimmed).
type pieceBuilder struct {
	raw      []byte
	pieces   []Piece
	spaceAt  int
	spaceEnd int
	inSpace  bool
}

func (b *pieceBuilder) flushSpace() {
	if !b.inSpace {
		return
	}
	b.inSpace = false
	if len(b.pieces) == 0 {
		return // leading space
	}
	if b.spaceEnd-b.spaceAt == 1 && b.raw[b.spaceAt] == ' ' {
		b.extend(b.spaceAt, b.spaceEnd) // a plain space is copied as it is
		return
	}
	b.pieces = append(b.pieces, Piece{RawStart: b.spaceAt, RawEnd: b.spaceEnd, Text: " ", Copied: false})
}

func (b *pieceBuilder) space(start, end int) {
	if b.inSpace {
		b.spaceEnd = end
		return
	}
	b.inSpace, b.spaceAt, b.spaceEnd = true, start, end
}

func (b *pieceBuilder) skip() {}

func (b *pieceBuilder) copy(start, end int) {
	b.flushSpace()
	b.extend(start, end)
}

// extend adds raw[start:end] as copied text. Copied pieces grow by range;
// their text is cut from raw once, in done.
func (b *pieceBuilder) extend(start, end int) {
	if n := len(b.pieces); n > 0 && b.pieces[n-1].Copied && b.pieces[n-1].RawEnd == start {
		b.pieces[n-1].RawEnd = end
		return
	}
	b.pieces = append(b.pieces, Piece{RawStart: start, RawEnd: end, Copied: true})
}

func (b *pieceBuilder) replace(start, end int, to string) {
	b.flushSpace()
	b.pieces = append(b.pieces, Piece{RawStart: start, RawEnd: end, Text: to})
}

func (b *pieceBuilder) done(raw []byte) []Piece {
	// A single ASCII space that stands for one raw space is a plain copy.
	for i, p := range b.pieces {
		if p.Text == " " && p.RawEnd-p.RawStart == 1 && raw[p.RawStart] == ' ' {
			b.pieces[i].Copied = true
		}
	}
	var out []Piece
	for _, p := range b.pieces {
		if n := len(out); n > 0 && p.Copied && out[n-1].Copied && out[n-1].RawEnd == p.RawStart {
			out[n-1].RawEnd = p.RawEnd
			continue
		}
		out = append(out, p)
	}
	for i, p := range out {
		if p.Copied {
			out[i].Text = string(raw[p.RawStart:p.RawEnd])
		}
	}
	return out
}

func mergeCopies(ps []Piece) []Piece {
	var out []Piece
	for _, p := range ps {
		if n := len(out); n > 0 && p.Copied && out[n-1].Copied && out[n-1].RawEnd == p.RawStart {
			out[n-1].RawEnd = p.RawEnd
			out[n-1].Text += p.Text
			continue
		}
		out = append(out, p)
	}
	return out
}

func joinPieces(ps []Piece) string {
	var sb strings.Builder
	for _, p := range ps {
		sb.WriteString(p.Text)
	}
	return sb.String()
}

// cutPieces returns the pieces covering text[from:to] of the text they
// make. Copied pieces are cut exactly; a replaced piece is kept whole or
// dropped, by where its text starts.
func cutPieces(ps []Piece, from, to int) []Piece {
	var out []Piece
	off := 0
	for _, p := range ps {
		pe := off + len(p.Text)
		s, e := max(from, off), min(to, pe)
		if s < e {
			if p.Copied {
				out = append(out, Piece{RawStart: p.RawStart + (s - off), RawEnd: p.RawStart + (e - off), Text: p.Text[s-off : e-off], Copied: true})
			} else if off >= from {
				out = append(out, p)
			}
		}
		off = pe
	}
	return out
}
