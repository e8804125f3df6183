package events

// Summaries: the words a row shows for its happening.

import (
	"strings"
	"unicode/utf8"

	"github.com/annals/annals/model"
)

// withSubject heads a clause that starts mid-sentence with the
// sentence's opening up to its first comma (or about 50 bytes): "Tensions
// between the US and Iraqi militias … have once again flared …".
func withSubject(sentence, part string) string {
	subj := sentence
	if c := strings.IndexAny(subj, ",;"); c > 0 && c < 70 {
		subj = subj[:c]
	} else if len(subj) > 50 {
		subj = subj[:strings.LastIndexByte(subj[:50], ' ')]
	}
	if strings.HasPrefix(part, subj) {
		return summarize(part)
	}
	if i := strings.Index(sentence, part); i >= 0 && i <= len(subj) {
		// the part begins inside the subject's words: the sentence up to
		// the part's end reads on without a gap ("Ho said that since
		// Industrial Revolution … Industrial Revolution" repeated itself)
		return summarize(sentence[:i+len(part)])
	}
	return summarize(subj + " … " + part)
}

// followingAt finds, in a clause whose date belongs to a happening it
// follows ("Tension … skyrocketed following Israeli assassinations of
// Hezbollah commander Fuad Shukr in Beirut on 30 July"), where that
// happening — the row's event — begins: at "Israeli", so the row reads
// "Israeli assassinations of …" and has their actors. It returns -1 when
// the clause has its own violent verb before "following"/"after", or the
// date comes before them.
func followingAt(ws []word, t model.Timex) int {
	for p, w := range ws {
		if w.start > t.Start {
			return -1
		}
		if family(triggers[w.lower]) == "violence" {
			return -1
		}
		if w.lower != "following" && w.lower != "after" || p+1 >= len(ws) {
			continue
		}
		for q := p + 1; q < len(ws) && q <= p+3 && ws[q].start < t.Start; q++ {
			if eventNouns[ws[q].lower] || family(triggers[ws[q].lower]) == "violence" {
				return ws[p+1].start
			}
		}
		return -1
	}
	return -1
}

// includingSummary gives "including one that killed two Israeli soldiers
// … on October 4" the noun phrase it picks from: "The attacks, including
// one that killed …". Other summaries are returned unchanged.
func includingSummary(text string, ws []word, sp span, sum string) string {
	f := wordsIn(ws, sp)
	if len(f) == 0 || f[0].lower != "including" {
		return sum
	}
	for i, w := range ws {
		if w.start != f[0].start || i == 0 || !eventNouns[ws[i-1].lower] {
			continue
		}
		return summarize(text[ws[npStart(ws, i-1)].start:ws[i-1].end] + ", " + text[sp.start:sp.end])
	}
	return sum
}

// summarize makes a one-line summary of a clause: whitespace collapsed,
// a leading connective dropped, cut at a word boundary near 120 bytes.
func summarize(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for _, p := range []string{"But ", "And ", "However, ", "Meanwhile, ", "In addition, ", "Nevertheless, ", "In an interesting development, "} {
		s = strings.TrimPrefix(s, p)
		// A later part of a split sentence opens in lower case: "and
		// Haniyeh in Tehran on 31 July".
		if low := strings.ToLower(p[:1]) + p[1:]; strings.HasPrefix(s, low) {
			s = s[len(low):]
		}
	}
	s = strings.TrimLeft(s, ",; ")
	if r, n := utf8.DecodeRuneInString(s); n > 0 {
		s = strings.ToUpper(string(r)) + s[n:]
	}
	const limit = 120
	if len(s) <= limit {
		return s
	}
	cut := strings.LastIndexByte(s[:limit-1], ' ')
	if cut < limit/2 {
		cut = limit - 1
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], ",;: ") + "…"
}
