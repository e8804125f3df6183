package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"github.com/annals/annals/model"
	"github.com/mattn/go-isatty"
)

// Article text reaches the terminal through every command: titles in
// `articles`, bodies in `show`, sentences in `search`, file names in
// warnings. The commands sanitize what they print field by field
// (model.SafeLine); this writer is the last guard in front of a terminal,
// so that a field a command forgot can still never set the window title,
// write the clipboard (OSC 52) or move the cursor. It is applied only
// when the output is a terminal: a pipe or a file gets the bytes as the
// command wrote them (JSON output escapes control characters itself).

// terminalSafe wraps w in a termWriter when w is a terminal.
func terminalSafe(w io.Writer) io.Writer {
	if isTerminal(w) {
		return &termWriter{w: w}
	}
	return w
}

// isTerminal reports whether w writes to a terminal (directly or through
// the termWriter guarding it).
func isTerminal(w io.Writer) bool {
	switch f := w.(type) {
	case *termWriter:
		return true
	case *os.File:
		return isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())
	}
	return false
}

// termWriter passes printable text, newlines and tabs through, and the
// two escape sequences annals itself writes (SGR colours, ESC[…m, and
// erase-line, ESC[K, after a carriage return for the progress bar).
// Every other control character, C0, DEL or C1, is written visibly as ^X
// or \xNN, and bytes that are not UTF-8 as U+FFFD. A sequence split across
// two writes is held until it is complete.
type termWriter struct {
	w       io.Writer
	pending []byte
}

func (t *termWriter) Write(p []byte) (int, error) {
	buf := append(t.pending, p...)
	t.pending = nil
	var out bytes.Buffer
	out.Grow(len(buf))
	i := 0
	for i < len(buf) {
		c := buf[i]
		switch {
		case c == '\n' || c == '\t' || c == '\r':
			out.WriteByte(c)
			i++
		case c == 0x1b:
			n, complete := ownSequence(buf[i:])
			if !complete {
				t.pending = append([]byte(nil), buf[i:]...)
				i = len(buf)
				continue
			}
			if n > 0 {
				out.Write(buf[i : i+n])
				i += n
				continue
			}
			out.WriteString("^[")
			i++
		case c < 0x20:
			out.WriteByte('^')
			out.WriteByte(c + '@')
			i++
		case c == 0x7f:
			out.WriteString("^?")
			i++
		case c < 0x80:
			out.WriteByte(c)
			i++
		default:
			if !utf8.FullRune(buf[i:]) {
				t.pending = append([]byte(nil), buf[i:]...)
				i = len(buf)
				continue
			}
			r, size := utf8.DecodeRune(buf[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				out.WriteRune(utf8.RuneError)
			case r >= 0x80 && r < 0xa0:
				fmt.Fprintf(&out, "\\x%02x", r)
			case invisibleRune(r):
				// bidi overrides reorder what is shown: dropped
			default:
				out.Write(buf[i : i+size])
			}
			i += size
		}
	}
	if _, err := t.w.Write(out.Bytes()); err != nil {
		return 0, err
	}
	return len(p), nil
}

// ownSequence reports the length of an escape sequence annals writes
// itself at the start of b (ESC [ digits/semicolons m, or ESC [ K), 0 when
// b starts with any other escape, and complete=false when b ends before it
// can tell.
func ownSequence(b []byte) (n int, complete bool) {
	if len(b) < 2 {
		return 0, false
	}
	if b[1] != '[' {
		return 0, true
	}
	for j := 2; j < len(b) && j < 32; j++ {
		switch c := b[j]; {
		case c >= '0' && c <= '9' || c == ';':
			continue
		case c == 'm' || (c == 'K' && j == 2):
			return j + 1, true
		default:
			return 0, true
		}
	}
	if len(b) < 32 {
		return 0, false
	}
	return 0, true
}

func invisibleRune(r rune) bool {
	return (r >= 0x200b && r <= 0x200f) || (r >= 0x202a && r <= 0x202e) ||
		(r >= 0x2066 && r <= 0x2069)
}

// safeJSON wraps w so that JSON written to it escapes the characters
// encoding/json leaves raw but a terminal may act on
// (model.EscapeJSONControls). Each json.Encoder.Encode is one Write of a
// whole value, so no character is split between two writes.
func safeJSON(w io.Writer) io.Writer { return jsonWriter{w} }

type jsonWriter struct{ w io.Writer }

func (j jsonWriter) Write(p []byte) (int, error) {
	if _, err := j.w.Write(model.EscapeJSONControls(p)); err != nil {
		return 0, err
	}
	return len(p), nil
}
