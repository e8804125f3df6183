package events

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one token of a text: a run of letters, digits and word-internal
// punctuation (hyphens, apostrophes, the comma and dot inside numbers),
// with byte offsets into the text it was cut from.
type word struct {
	start, end int
	lower      string
	cap        bool // starts with an upper-case letter
}

// tokenize cuts text into words. Offsets are bytes into text; lower is
// folded with curly apostrophes made straight so lexicon look-ups see one
// spelling.
func tokenize(text string) []word {
	// About one word per six bytes of English: one allocation, not a
	// growing slice's five.
	return tokenizeInto(make([]word, 0, len(text)/6+1), text)
}

// tokenizeInto is tokenize appending to buf[:0], for callers that reuse
// one buffer over many texts.
func tokenizeInto(buf []word, text string) []word {
	out := buf[:0]
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r) {
				j += n
				continue
			}
			// Keep joiners that sit between two word runes: al-Asad,
			// Kata'ib, 2,500, 1.5.
			if (r == '-' || r == '\'' || r == '’' || r == ',' || r == '.') && j+n < len(text) {
				next, _ := utf8.DecodeRuneInString(text[j+n:])
				prev, _ := utf8.DecodeLastRuneInString(text[start:j])
				if r == ',' || r == '.' {
					if unicode.IsDigit(prev) && unicode.IsDigit(next) {
						j += n
						continue
					}
					// Initialisms: U.S., U.N.
					if r == '.' && unicode.IsUpper(prev) && unicode.IsUpper(next) && (j-start == 1 || text[j-2] == '.') {
						j += n
						continue
					}
				} else if isWordRune(next) {
					j += n
					continue
				}
			}
			break
		}
		w := strings.ToLower(text[start:j])
		w = strings.ReplaceAll(w, "’", "'")
		out = append(out, word{start, j, w, unicode.IsUpper(r)})
		i = j
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isCapitalized reports whether a word starts with an upper-case letter.
func isCapitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// stem strips a possessive so "Sudani's" and "Jordan’s" look up as names.
func stripPossessive(s string) string {
	s = strings.TrimSuffix(s, "'s")
	return strings.TrimSuffix(s, "’s")
}

// stopwords are left out of wording similarity: they say nothing about
// which happening a sentence reports.
var stopwords = setOf(`a an the and or but of in on at to for from by with as that this these those
it its it's is was were are be been being has have had will would could should may might can
he she they them their his her we our you i not no so than then there which who whom whose what
when where while after before since during into over under about also only more most some any
all each other such said says say told according also just very up out off if`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
