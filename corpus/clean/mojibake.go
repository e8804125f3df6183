package clean

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Mojibake is UTF-8 text that was decoded as a Windows code page and
// encoded again: "é" (C3 A9) read as Windows-1252 becomes "Ã©", read as
// Windows-1250 "Ă©". Each character of such a run is one byte of the
// original, so encoding the run back through the same code page gives
// the original UTF-8.
var mojibakePages = []*charmap.Charmap{charmap.Windows1252, charmap.Windows1250}

// reverse maps a code page's characters for bytes 0x80-0xFF back to the byte.
var reverse = func() []map[rune]byte {
	out := make([]map[rune]byte, len(mojibakePages))
	for i, cm := range mojibakePages {
		m := map[rune]byte{}
		for b := 0x80; b <= 0xFF; b++ {
			r := cm.DecodeByte(byte(b))
			if r != utf8.RuneError && r >= 0x80 {
				m[r] = byte(b)
			}
		}
		out[i] = m
	}
	return out
}()

// Edit replaces raw[Start:End] with To in the cleaned text.
type Edit struct {
	Start, End int
	To         string
	Mojibake   bool // a mojibake repair (recorded as model.Repair)
}

// findMojibake returns the repairs for the mojibake runs in valid UTF-8
// text s. A run is repaired only when its characters encode, through one
// code page, to a well-formed multi-byte UTF-8 sequence whose character is
// one a writer plausibly meant (a letter, typographic punctuation or a
// common symbol), which keeps genuine accented text untouched.
func findMojibake(s []byte, base int) []Edit {
	var out []Edit
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		if r < 0x80 {
			i += size
			continue
		}
		if to, n, ok := repairAt(s[i:]); ok {
			if k := len(out); k > 0 && out[k-1].End == base+i {
				out[k-1].End = base + i + n
				out[k-1].To += to
			} else {
				out = append(out, Edit{Start: base + i, End: base + i + n, To: to, Mojibake: true})
			}
			i += n
			continue
		}
		i += size
	}
	return out
}

// repairAt tries to read one mojibake character at the start of s; it
// returns the repaired text and how many bytes of s it replaces.
func repairAt(s []byte) (string, int, bool) {
	lead, size := utf8.DecodeRune(s)
	for _, rev := range reverse {
		b0, ok := rev[lead]
		if !ok || b0 < 0xC2 || b0 > 0xF4 {
			continue
		}
		need := 1
		switch {
		case b0 >= 0xF0:
			need = 3
		case b0 >= 0xE0:
			need = 2
		}
		buf := []byte{b0}
		j := size
		good := true
		for k := 0; k < need; k++ {
			r, sz := utf8.DecodeRune(s[j:])
			b, ok := rev[r]
			if r == utf8.RuneError || !ok || b < 0x80 || b > 0xBF {
				good = false
				break
			}
			buf = append(buf, b)
			j += sz
		}
		if !good {
			continue
		}
		r, sz := utf8.DecodeRune(buf)
		if r == utf8.RuneError || sz != len(buf) || !plausible(r) {
			continue
		}
		return string(r), j, true
	}
	return "", 0, false
}

// plausible reports whether r is a character mojibake usually hides:
// accented letters, curly quotes, dashes, ellipsis, common symbols.
func plausible(r rune) bool {
	switch {
	case r >= 0x2010 && r <= 0x2026, r == 0x20AC, r == 0x2122:
		return true
	case r >= 0xA0 && r <= 0xBF:
		return true
	case r < 0x2000 && unicode.IsLetter(r):
		return true
	}
	return false
}
