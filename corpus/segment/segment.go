// Package segment splits a paragraph of cleaned text into sentences with
// byte offsets, using the Punkt model of github.com/neurosnap/sentences
// and a few repairs for news text that the model gets wrong.
package segment

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/english"
)

// Span is one sentence: text[Start:End] of the paragraph given to Split,
// without surrounding white space.
type Span struct{ Start, End int }

var (
	tokOnce sync.Once
	tok     *sentences.DefaultSentenceTokenizer
)

func tokenizer() *sentences.DefaultSentenceTokenizer {
	tokOnce.Do(func() {
		t, err := english.NewSentenceTokenizer(nil)
		if err != nil {
			panic("segment: the English model shipped with neurosnap/sentences does not load: " + err.Error())
		}
		tok = t
	})
	return tok
}

// Split returns the sentences of one paragraph. Paragraph and line breaks
// are expected to be handled by the caller; a paragraph never yields a
// sentence that crosses a "\n".
func Split(text string) []Span {
	var out []Span
	start := 0
	for start <= len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		out = append(out, splitLine(text, start, end)...)
		start = end + 1
	}
	return out
}

func splitLine(text string, from, to int) []Span {
	line := text[from:to]
	if strings.TrimSpace(line) == "" {
		return nil
	}
	var spans []Span
	if !innerStop(line) {
		// No stop followed by a space before the end: one sentence, no need
		// for the model.
		return []Span{trim(text, Span{from, to})}
	}
	for _, s := range tokenizer().Tokenize(line) {
		spans = append(spans, Span{from + s.Start, from + s.End})
	}
	spans = fixNumberEnds(text, spans)
	spans = mergeFalseEnds(text, spans)
	var out []Span
	for _, s := range spans {
		if s = trim(text, s); s.End > s.Start {
			out = append(out, s)
		}
	}
	return out
}

func trim(text string, s Span) Span {
	for s.Start < s.End {
		r, size := utf8.DecodeRuneInString(text[s.Start:])
		if !unicode.IsSpace(r) {
			break
		}
		s.Start += size
	}
	for s.End > s.Start {
		r, size := utf8.DecodeLastRuneInString(text[:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.End -= size
	}
	return s
}

// numberEndRE finds a sentence that ends in a number ("in 2021. In
// addition", "wounded 34. It is"), which Punkt reads as an ordinal.
var numberEndRE = regexp.MustCompile(`\d\.\s+["“‘(]?\p{Lu}`)

func fixNumberEnds(text string, spans []Span) []Span {
	var out []Span
	for _, s := range spans {
		from := s.Start
		for _, loc := range numberEndRE.FindAllStringIndex(text[s.Start:s.End], -1) {
			cut := s.Start + loc[0] + 2 // after "N."
			if numberAbbrev(text[from:cut]) {
				continue
			}
			out = append(out, Span{from, cut})
			from = cut
		}
		out = append(out, Span{from, s.End})
	}
	return out
}

// numberAbbrev reports whether the number before the final period is part
// of a decimal or a list marker at the very start ("1. ").
func numberAbbrev(head string) bool {
	body := strings.TrimRight(head, ".")
	i := len(body)
	for i > 0 && (body[i-1] >= '0' && body[i-1] <= '9') {
		i--
	}
	return strings.TrimSpace(body[:i]) == "" || (i > 0 && (body[i-1] == '.' || body[i-1] == ','))
}

// Abbreviations that never end a sentence when a name or number follows.
var titleAbbrevs = map[string]bool{
	"dr": true, "mr": true, "mrs": true, "ms": true, "prof": true, "gen": true, "lt": true,
	"col": true, "maj": true, "capt": true, "sgt": true, "gov": true, "sen": true, "rep": true,
	"rev": true, "st": true, "adm": true, "cmdr": true, "brig": true, "pres": true, "amb": true,
	"sheikh": false, "messrs": true, "mt": true, "ft": true, "cpl": true, "pvt": true, "supt": true,
}

var monthAbbrevs = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "no": true, "nos": true,
	"art": true, "vol": true, "p": true, "pp": true, "fig": true,
}

// mergeFalseEnds joins sentences the model split after a title ("Dr."),
// a month before a day ("Nov. 5"), a middle initial ("George W. Bush"),
// before a lone closing quote, bracket or ellipsis, or before a word in
// lower case.
func mergeFalseEnds(text string, spans []Span) []Span {
	var out []Span
	for _, s := range spans {
		if n := len(out); n > 0 && falseEnd(text[out[n-1].Start:out[n-1].End], strings.TrimSpace(text[s.Start:s.End])) {
			out[n-1].End = s.End
			continue
		}
		out = append(out, s)
	}
	return out
}

func falseEnd(prev, next string) bool {
	if next == "" {
		return true
	}
	if strings.Trim(next, "\"”’')]} .…") == "" {
		return true
	}
	// A sentence does not start in lower case: the model split after an
	// abbreviation or an ellipsis it did not know ("approx. two", "... and").
	if r, _ := utf8.DecodeRuneInString(next); unicode.IsLower(r) {
		return true
	}
	prev = strings.TrimRight(prev, " ")
	if !strings.HasSuffix(prev, ".") {
		return false
	}
	word := lastWord(strings.TrimSuffix(prev, "."))
	lw := strings.ToLower(word)
	nr, _ := utf8.DecodeRuneInString(next)
	switch {
	case titleAbbrevs[lw]:
		return unicode.IsUpper(nr)
	case monthAbbrevs[lw]:
		return unicode.IsDigit(nr)
	case utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0]):
		// A middle initial follows a capitalized name: "George W. Bush".
		before := lastWord(strings.TrimSuffix(strings.TrimSuffix(prev, "."), word))
		br, _ := utf8.DecodeRuneInString(before)
		return unicode.IsUpper(br) && utf8.RuneCountInString(before) > 1 && !strings.Contains(before, ".") && unicode.IsUpper(nr)
	}
	return false
}

func lastWord(s string) string {
	s = strings.TrimRight(s, " ")
	i := strings.LastIndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == '"' || r == '“' })
	return s[i+1:]
}

// innerStop reports whether s has sentence punctuation followed by white
// space anywhere before its end, the only place Punkt could split.
func innerStop(s string) bool {
	s = strings.TrimRight(s, " \t")
	for i := 0; i < len(s)-1; i++ {
		switch s[i] {
		case '.', '!', '?':
			j := i + 1
			for j < len(s) && strings.IndexByte("\"')]", s[j]) >= 0 {
				j++
			}
			if j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == 0xE2) {
				return true
			}
		case 0xE2: // … or a curly quote after a stop
			if strings.HasPrefix(s[i:], "…") {
				return true
			}
		}
	}
	return false
}
