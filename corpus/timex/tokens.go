package timex

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tkWord  = iota // letters (digits allowed after the first letter: "15px" is tkOther)
	tkNum          // digits, possibly with thousands commas or a decimal point
	tkPunct        // one punctuation rune
	tkOther        // mixed letters and digits ("15px", "1990s", "5th")
)

// token is one word, number or punctuation rune of the tagged text.
type token struct {
	s, e  int    // byte offsets into the text
	low   string // lower-cased text (a slice of the input when already lower case)
	kind  uint8
	cap   bool // first rune upper case
	space bool // whitespace before it
	nl    bool // a newline before it
	plain bool // tkNum: digits only (no comma, no decimal point)
	sent  int  // sentence number
}

// tokenize splits text into tokens. It never allocates per token unless
// the token has upper-case letters, which keeps the tagger fast.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/5+4)
	space, nl := true, true
	sent := 0
	i := 0
	for i < len(text) {
		c := text[i]
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' {
			space = true
			if c == '\n' {
				if nl && len(toks) > 0 { // blank line: paragraph break
					sent++
				}
				nl = true
				if len(toks) > 0 && toks[len(toks)-1].sent == sent {
					sent++
				}
			}
			i++
			continue
		}
		start := i
		var kind uint8
		capital := false
		plain := false
		switch {
		case c >= '0' && c <= '9':
			kind, plain = tkNum, true
			for i < len(text) && isDigit(text[i]) {
				i++
			}
			// thousands groups and one decimal part
			for i+3 < len(text)+0 && text[i] == ',' && isDigit3(text, i+1) && (i+4 >= len(text) || !isDigit(text[i+4])) {
				i += 4
				plain = false
			}
			if i+1 < len(text) && text[i] == '.' && isDigit(text[i+1]) {
				i++
				for i < len(text) && isDigit(text[i]) {
					i++
				}
				plain = false
			}
			if i < len(text) && isAlpha(text[i]) {
				for i < len(text) && (isAlpha(text[i]) || isDigit(text[i])) {
					i++
				}
				kind = tkOther
			}
		case isAlpha(c) || c >= 0x80 && isLetterAt(text, i):
			kind = tkWord
			capital = c >= 'A' && c <= 'Z'
			if c >= 0x80 {
				r, _ := utf8.DecodeRuneInString(text[i:])
				capital = unicode.IsUpper(r)
			}
			for i < len(text) {
				b := text[i]
				if isAlpha(b) {
					i++
				} else if isDigit(b) {
					kind = tkOther
					i++
				} else if b >= 0x80 && isLetterAt(text, i) {
					_, n := utf8.DecodeRuneInString(text[i:])
					i += n
				} else {
					break
				}
			}
		default:
			kind = tkPunct
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
		}
		tok := token{s: start, e: i, low: lower(text[start:i]), kind: kind, cap: capital, space: space, nl: nl, plain: plain, sent: sent}
		toks = append(toks, tok)
		space, nl = false, false
		if kind == tkPunct && (c == '.' || c == '!' || c == '?') && endsSentence(text, toks) {
			sent++
		}
	}
	return toks
}

// endsSentence reports whether the full stop just appended closes a
// sentence: not after an abbreviation such as "Nov." or "Mr." or an
// initial, and followed by white space.
func endsSentence(text string, toks []token) bool {
	t := toks[len(toks)-1]
	if t.e < len(text) && text[t.e] != ' ' && text[t.e] != '\n' && text[t.e] != '"' && text[t.e] != '\'' && text[t.e] != '\r' {
		return false
	}
	if text[t.s] != '.' || len(toks) < 2 {
		return true
	}
	p := toks[len(toks)-2]
	if p.kind == tkWord && (len(p.low) == 1 || abbrevs[p.low]) {
		return false
	}
	return true
}

var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "sen": true, "rep": true, "gov": true,
	"lt": true, "col": true, "sgt": true, "st": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"no": true, "vs": true, "inc": true, "corp": true, "co": true, "ltd": true, "jr": true, "sr": true,
	"prof": true, "capt": true, "maj": true, "adm": true, "rev": true, "mt": true, "ft": true,
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit3(s string, i int) bool {
	return i+3 <= len(s) && isDigit(s[i]) && isDigit(s[i+1]) && isDigit(s[i+2])
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// lower returns s lower-cased, without allocating when it already is.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
