// Package headline writes an event's headline: a complete one-line
// account of what happened, who did it to whom, where and the toll, at
// most MaxLen characters, compressed from the event's best source clause
// in the source's own words. It is extractive and rule-based so that it
// runs offline at the extraction's speed.
//
// Compression removes, in order of what a reader misses least: asides in
// brackets, the attribution ("…, officials said"), a connective or a
// scene-setting phrase at the start ("But", "In January 2020,"), weekday
// dates (the timeline row shows the date), appositives between commas,
// then trailing subordinate clauses, then trailing adjunct phrases. It
// never cuts inside a phrase: when nothing complete fits, the headline is
// built from the event's fields (type, actors, targets, place, toll).
//
// It keeps the sentence's own subject: an opening subordinate clause
// gives way to the main clause, a modifier between subject and verb goes
// ("X, under the supervision of Y, had ordered" -> "X had ordered"), a
// pronoun after "X said" becomes X, and among an event's sources one
// whose clause has no subject ("which only subsided…", the tail of a
// split sentence) loses to any that has one.
package headline

import (
	"math"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals/annals/model"
)

// MaxLen is the longest headline, in characters (runes).
const MaxLen = 90

// maxSources bounds how many sources are tried: the first few are the
// event's own reports, and the work stays at extraction speed.
const maxSources = 4

// Make returns e's headline. It never ends in "…" and never exceeds
// MaxLen runes.
func Make(e *model.Event) string {
	best, bestScore := "", math.MinInt
	seen := map[string]bool{}
	tried := 0
	for _, s := range e.Sources {
		if tried == maxSources {
			break
		}
		if seen[s.Text] {
			continue
		}
		seen[s.Text] = true
		tried++
		text := dateClause(s.Text, e.Date.Text)
		h, level, ok := compress(text, keepSpeaker(e.Type))
		if keepSpeaker(e.Type) && (!ok || level > 0) {
			// The saying fits only cut, or not at all: the said without the sayer
			// may fit whole, which tells more.
			if h2, level2, ok2 := compress(text, false); ok2 && (!ok || level2 < level) {
				h, ok = h2, true
			}
		}
		if !ok {
			continue
		}
		if sc := quality(h, s.Text, e); sc > bestScore {
			best, bestScore = h, sc
		}
		if bestScore >= goodEnough {
			break // a sentence kept nearly whole that names an actor
		}
	}
	if best == "" && len(e.Sources) == 0 {
		if h, ok := Compress(strings.TrimSuffix(e.Summary, "…"), keepSpeaker(e.Type)); ok {
			best = h
		}
	}
	if best == "" {
		best = fromFields(e)
	} else if !hasVerb(best) {
		best = nounHeadline(best, e.Date.Text)
	}
	return best
}

// nounLeadRE matches what opens a noun phrase torn from a longer
// sentence and means nothing on a dated timeline row: a determiner or
// conjunction and a word placing it in time ("and the coming", "Recent").
var nounLeadRE = regexp.MustCompile(`(?i)^(?:(?:and|or|including|the|a|an|its|their)\s+)*(?:coming|upcoming|forthcoming|recent|expected|planned|scheduled)\s+`)

// nounHeadline turns a headline without a verb that names an event still
// to come or just past ("and the coming Dec. 15 vote on a new national
// government") into the name of the event as a headline writes it ("Vote
// on a new national government"): the timeline row already shows the
// date, so the date expression right after the opening words goes too.
// Anything else is left as it is.
func nounHeadline(h, dateText string) string {
	m := nounLeadRE.FindStringIndex(h)
	if m == nil {
		return h
	}
	t := h[m[1]:]
	if dateText != "" && strings.HasPrefix(t, dateText+" ") {
		t = t[len(dateText)+1:]
	}
	first, _, _ := strings.Cut(t, " ")
	if words(t) < 3 || dangling[strings.ToLower(first)] {
		return h
	}
	if f, ok := finish(t); ok {
		return f
	}
	return h
}

// goodEnough is the quality of the event's first sentence, whole and
// kept nearly whole, naming one of the actors: later sources are not
// tried (speed).
const goodEnough = 2 + 4 + 2 + 2

// keepSpeaker says whether the event is what someone said: then the
// speaker is the "who" of the headline and the attribution stays.
func keepSpeaker(typ string) bool {
	switch typ {
	case model.EventStatement, model.EventThreat, model.EventAnnouncement, model.EventReport, model.EventDiplomacy:
		return true
	}
	return false
}

// quality ranks the compressions of an event's sources: a full sentence
// over a fragment, one that names the event's actors and toll, and the
// least compressed (the more of its own words a headline keeps, the
// surer it is to be right).
func quality(h, src string, e *model.Event) int {
	score := 0
	if len(e.Sources) > 0 && src == e.Sources[0].Text {
		score += 2 // the event's own sentence, the one its row shows
	}
	if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(src)); unicode.IsUpper(r) {
		score += 4
	}
	switch {
	case headless(h, src):
		score -= 8 // "Which only subsided…", "Died from wounds…": whose?
	case !hasVerb(h):
		// A verbless phrase is no worse than another source: it often
		// names the event ("the start of the Israel-Hamas war in Gaza").
	}
	low := strings.ToLower(h)
	for i, a := range e.Actors {
		if i == 2 {
			break
		}
		if strings.Contains(low, strings.ToLower(firstWord(a))) {
			score += 2
		}
	}
	if e.Place != "" && strings.Contains(low, strings.ToLower(firstWord(e.Place))) {
		score++
	}
	if strings.ContainsAny(h, "0123456789") && !e.Figures.IsZero() {
		score++
	}
	if float64(len(h)) >= 0.8*float64(len(strings.TrimSpace(src))) {
		score += 2
	}
	return score
}

// headless reports whether headline h, made from source sentence src,
// has no subject of its own: it opens with a relative pronoun, an
// auxiliary, or, when the source is the tail of a split sentence (lower
// case), with a verb.
func headless(h, src string) bool {
	first, _, _ := strings.Cut(h, " ")
	first = strings.ToLower(strings.Trim(first, `,;:"“”`))
	if relatives[first] && first != "that" || auxiliaries[first] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(src))
	return unicode.IsLower(r) && isFiniteVerb(first)
}

// dateClause picks, from a long sentence telling several things, the
// clause that holds the event's date expression: in "The situation has
// pushed the government to insist…, and a first round of talks was held
// on Saturday" the event is the talks. A sentence that fits is kept whole.
func dateClause(s, dateText string) string {
	if dateText == "" || fits(tidy(s)) || !strings.Contains(s, dateText) {
		return s
	}
	for _, c := range clauseSplitRE.Split(s, -1) {
		if strings.Contains(c, dateText) && words(c) >= 5 && hasVerb(c) {
			return c
		}
	}
	return s
}

func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return s
}

// Compress makes a headline of at most MaxLen runes from one source
// sentence, or reports false when no complete phrase fits. keepSpeaker
// keeps a leading "X said" (the event is the saying).
func Compress(sentence string, keepSpeaker bool) (string, bool) {
	h, _, ok := compress(sentence, keepSpeaker)
	return h, ok
}

// compress is Compress that also tells how many of the heavier cuts
// (appositives, subordinate clauses, trailing phrases) it needed.
func compress(sentence string, keepSpeaker bool) (string, int, bool) {
	s := tidy(sentence)
	if s == "" {
		return "", 0, false
	}
	steps := []func(string) string{
		balanceQuotes, // a lone quote mark goes, and must not count in the length
		dropDateline,
		dropBrackets,
		dropTrailingAttribution,
		dropLeadingConnective,
		dropLeadingSetting,
		dropLeadingSetting, // "In this regard, being directed by…, a security blanket…"
		dropWeekdays,
	}
	if !keepSpeaker {
		steps = append(steps, sayerForPronoun, dropLeadingAttribution)
	}
	steps = append(steps, fragmentToClause)
	for _, f := range steps {
		if t := tidy(f(s)); t != "" && words(t) >= 3 {
			s = t
		}
	}
	if fits(s) {
		h, ok := finish(s)
		return h, 0, ok
	}
	for level, f := range []func(string) string{dropLeadingSubordinate, dropSubjectModifier, dropRole, dropAppositives, dropSubjectPP, cutSubordinate, cutAtComma, cutAdjunct, lastResort} {
		if t := tidy(f(s)); t != "" && words(t) >= 3 {
			s = t
		}
		if fits(s) {
			h, ok := finish(s)
			return h, level + 1, ok
		}
	}
	return "", 0, false
}

func fits(s string) bool { return utf8.RuneCountInString(s) <= MaxLen }

func words(s string) int { return len(strings.Fields(s)) }

// tidy folds runs of space, trims the ends and the closing stop, and
// drops what no headline ends with: a dangling comma, a connective.
func tidy(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	// The pattern can only match the last word (s is single-spaced here):
	// matching that alone keeps the regexp from retrying at every
	// position, which was 42% of a build's CPU.
	if strings.HasSuffix(s, ".") && abbrevEndRE.MatchString(s[strings.LastIndexByte(s, ' ')+1:]) {
		return s
	}
	for {
		t := strings.TrimRight(s, " ,;:.…-–—")
		t = strings.TrimLeft(t, " ,;:-–—")
		t = trimDanglingWord(t)
		if t == s {
			return s
		}
		s = t
	}
}

// abbrevEndRE matches a final abbreviation whose stop is part of it
// ("10:00 a.m.", "the U.S.").
var abbrevEndRE = regexp.MustCompile(`(?:^|\s)(?:\p{L}\.){2,}$`)

// dangling are words that cannot end a complete phrase.
var dangling = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "of": true, "to": true,
	"in": true, "on": true, "at": true, "by": true, "for": true, "with": true, "from": true, "that": true,
	"which": true, "who": true, "as": true, "its": true, "their": true, "his": true, "her": true,
	"said": false, "was": true, "were": true, "is": true, "are": true, "has": true, "have": true, "had": true,
	"be": true, "been": true, "will": true, "would": true, "than": true, "into": true, "after": true,
	"while": true, "when": true, "where": true, "because": true, "if": true, "not": true, "also": true,
	"until": true, "prior": true, "due": true, "ahead": true, "instead": true, "according": true, "such": true,
	// Participles that always want their phrase: "activities aimed",
	// "a delegation headed".
	"aimed": true, "designed": true, "intended": true, "headed": true, "meant": true, "aiming": true,
}

func trimDanglingWord(s string) string {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return s
	}
	if dangling[strings.ToLower(s[i+1:])] {
		return s[:i]
	}
	return s
}

// finish balances quotes and capitalizes the first letter.
func finish(s string) (string, bool) {
	s = balanceQuotes(s)
	s = tidy(s)
	if s == "" || words(s) < 2 || strings.Count(s, "(") != strings.Count(s, ")") {
		return "", false
	}
	r, n := utf8.DecodeRuneInString(s)
	if unicode.IsLower(r) {
		s = string(unicode.ToUpper(r)) + s[n:]
	}
	return s, fits(s)
}

// balanceQuotes removes the quote marks of a headline whose quotation was
// cut: a lone opening mark reads as a cut.
func balanceQuotes(s string) string {
	open := strings.Count(s, "“")
	closeN := strings.Count(s, "”")
	straight := strings.Count(s, `"`)
	if open == closeN && straight%2 == 0 {
		return s
	}
	return strings.NewReplacer("“", "", "”", "", `"`, "").Replace(s)
}
