package model

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// SafeLine makes text from an article safe to print on one line of a
// terminal: control characters (ESC, BEL, backspace, CR, C1 controls…)
// are shown escaped as ^X or \xNN so an article can never drive the
// terminal, invisible direction overrides and zero-width marks are
// dropped, tabs and newlines become spaces and invalid UTF-8 becomes
// U+FFFD. Every byte of corpus text (titles, bodies, outlets, URLs, file
// names) that reaches a terminal goes through it or SafeText.
func SafeLine(s string) string { return safe(s, false) }

// SafeText is SafeLine for text printed over several lines: newlines and
// tabs are kept, everything else is treated as SafeLine treats it.
func SafeText(s string) string { return safe(s, true) }

func safe(s string, keepLines bool) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 0x20 && !(keepLines && (c == '\n' || c == '\t'))) || c >= 0x7f {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
		case r == '\t' || r == '\n':
			if keepLines {
				b.WriteRune(r)
			} else {
				b.WriteByte(' ')
			}
		case r < 0x20:
			b.WriteByte('^')
			b.WriteByte(byte(r) + '@')
		case r == 0x7f:
			b.WriteString("^?")
		case r >= 0x80 && r < 0xa0:
			fmt.Fprintf(&b, "\\x%02x", r)
		case invisibleRune(r):
			// Bidi overrides and zero-width marks can reorder or hide
			// what is shown; drop them.
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func invisibleRune(r rune) bool {
	return (r >= 0x200b && r <= 0x200f) || (r >= 0x202a && r <= 0x202e) ||
		(r >= 0x2066 && r <= 0x2069) || r == 0xfeff
}

// EscapeJSONControls rewrites, in JSON text, the characters encoding/json
// leaves raw but a terminal may act on: C1 controls (U+0080–U+009F, which
// some terminals read as CSI or OSC), bidi overrides and U+2028/U+2029.
// Each becomes a \uXXXX escape, so a JSON file printed by `cat` later is
// harmless and still decodes to the same strings. It is valid only on
// JSON text, where such characters can only stand inside strings.
func EscapeJSONControls(b []byte) []byte {
	var out []byte
	last := 0
	for i := 0; i < len(b); {
		if b[i] < 0x80 {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if (r >= 0x80 && r < 0xa0) || r == 0x2028 || r == 0x2029 || invisibleRune(r) {
			if out == nil {
				out = make([]byte, 0, len(b)+16)
			}
			out = append(out, b[last:i]...)
			out = fmt.Appendf(out, `\u%04x`, r)
			last = i + size
		}
		i += size
	}
	if out == nil {
		return b
	}
	return append(out, b[last:]...)
}
