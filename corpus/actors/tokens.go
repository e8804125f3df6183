package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word or punctuation mark of a text. Hyphens are their own
// tokens so "Iran-backed" and "al-Sudani" can be judged piece by piece;
// apostrophes inside a word stay ("Kata’ib") but a possessive "’s" is
// split off as its own token.
type token struct {
	start, end int
	text       string
	low        string // text in lower case
	word       bool   // letters/digits (not punctuation)
	cap        bool   // first rune is upper case
	glued      bool   // no white space before it
	nlBefore   bool   // a line break lies between the previous token and this one
	sentStart  bool   // first word of a sentence or line
	line       int    // index of the line, for title-case detection
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == '‘' }

// tokenize splits text into tokens in one linear pass.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/5)
	line := 0
	gap := true // white space seen since the previous token
	nl := true
	i := 0
	for i < len(text) {
		r, sz := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			line++
			gap, nl = true, true
			i += sz
			continue
		case unicode.IsSpace(r) || r == utf8.RuneError && sz <= 1 && text[i] < 0x20:
			gap = true
			i += sz
			continue
		}
		start := i
		isWord := unicode.IsLetter(r) || unicode.IsDigit(r)
		if isWord {
			j := i + sz
			segLen := 1 // letters in the current dot-separated segment (for U.S.)
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || r2 == '\u00AD' {
					j += s2
					segLen++
					continue
				}
				if isApos(r2) && j+s2 < len(text) {
					r3, s3 := utf8.DecodeRuneInString(text[j+s2:])
					if unicode.IsLetter(r3) {
						// possessive 's / ’s ends the word
						if (r3 == 's' || r3 == 'S') && !letterAt(text, j+s2+s3) {
							break
						}
						j += s2
						continue
					}
				}
				// Initials like U.S. or U.N.: a one-letter segment then a dot.
				if r2 == '.' && segLen == 1 && unicode.IsUpper(lastRune(text[:j])) {
					if j+1 < len(text) {
						r3, _ := utf8.DecodeRuneInString(text[j+1:])
						if unicode.IsUpper(r3) {
							j++
							segLen = 0
							continue
						}
					}
					// trailing dot of an initialism that has at least one dot,
					// or a middle initial ("George W. Bush")
					if countDots(text[start:j]) > 0 || j == start+1 && j+2 < len(text) && text[j+1] == ' ' && text[j+2] >= 'A' && text[j+2] <= 'Z' && start > 0 && text[start-1] == ' ' && len(toks) > 0 && toks[len(toks)-1].cap && !isAbbrevEnd(toks[len(toks)-1]) {
						j++
					}
					break
				}
				// Abbreviated titles keep their dot: "Col. Joe Buccino"
				if r2 == '.' && abbrevs[text[start:j]] {
					j++
					break
				}
				// Decimal numbers and thousands: 1,200 / 3.5
				if (r2 == ',' || r2 == '.') && unicode.IsDigit(lastRune(text[:j])) && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9' {
					j++
					continue
				}
				break
			}
			i = j
		} else if isApos(r) && len(toks) > 0 && !gap && i+sz < len(text) && (text[i+sz] == 's' || text[i+sz] == 'S') && !letterAt(text, i+sz+1) {
			i += sz + 1 // possessive ’s
		} else {
			i += sz
		}
		t := token{start: start, end: i, text: text[start:i], word: isWord, glued: !gap, nlBefore: nl, line: line}
		t.low = lowerASCII(t.text)
		if isWord {
			fr, _ := utf8.DecodeRuneInString(t.text)
			t.cap = unicode.IsUpper(fr)
		}
		toks = append(toks, t)
		gap, nl = false, false
	}
	markSentences(toks)
	return toks
}

func letterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func countDots(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			n++
		}
	}
	return n
}

// markSentences flags the first word of every sentence or line, looking
// through opening quotes and brackets.
func markSentences(toks []token) {
	start := true
	for i := range toks {
		t := &toks[i]
		if t.nlBefore {
			start = true
		}
		if t.word {
			t.sentStart = start
			start = false
			// An initialism's trailing dot does not end the sentence unless
			// the next word is capitalized at a line start; keep it simple.
			continue
		}
		switch t.text {
		case ".", "!", "?", "…", ":", "•":
			start = true
		case "“", "\"", "‘", "(", "[", "'", "«", "—", "–":
			// keep the current state: a quote after a full stop still opens a sentence
		default:
			if !isPossessive(t.text) {
				start = false
			}
		}
	}
}

func isPossessive(s string) bool {
	return s == "'s" || s == "’s" || s == "'S" || s == "’S"
}

// lowerASCII lower-cases without allocating when the text already is.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return strings.ToLower(s)
		}
		if c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// abbrevs are abbreviated titles whose dot ends no sentence.
var abbrevs = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Gen": true, "Col": true, "Lt": true, "Sgt": true,
	"Maj": true, "Capt": true, "Sen": true, "Rep": true, "Gov": true, "Prof": true, "Adm": true,
	"Brig": true, "Cpl": true, "Pvt": true, "Rev": true, "Fr": true, "Jr": true, "Sr": true, "St": true,
	"Lt.Gen": true, "Cmdr": true, "Insp": true, "Supt": true, "Amb": true, "Pres": true,
}

func isAbbrevEnd(t token) bool { return len(t.text) > 0 && t.text[len(t.text)-1] == '.' }
