package events

// Clauses: a sentence with several dates is cut into one part per
// happening.

import (
	"strings"

	"github.com/annals/annals/model"
)

// emitDated makes one event per distinct date in a clause. Several dates
// ("Shukr in Beirut on 30 July and Haniyeh in Tehran on 31 July") split
// the clause after each date expression, so every happening keeps its own
// words, figures and actors.
func (st *articleState) emitDated(sp span, dates []model.Timex, ws []word, refs []span) {
	var distinct []model.Timex
	for _, t := range dates {
		dup := false
		for _, d := range distinct {
			// "at 11:30 p.m. (0830 GMT) on Tuesday" is one day told
			// three ways, not three happenings.
			if d.Value == t.Value || sameDay(d.Value, t.Value) {
				dup = true
			}
		}
		if !dup {
			distinct = append(distinct, t)
		}
	}
	if len(distinct) == 1 {
		if baselineDate(st.a.Text, ws, distinct[0]) {
			// "Exports rose 9.9 percent from a year earlier": the date a
			// figure is compared with dates no happening
			return
		}
		if sh, ok := sinceHappening(st.a.Text, ws, distinct[0], sp); ok {
			// "37,000 people have been killed since the rebel group
			// took up arms in 1984": 1984 dates the taking up of arms;
			// the toll runs to this day.
			// It is a campaign's start, like "since October".
			sw := wordsIn(ws, sh)
			i := st.emit(sh, distinct[0], "", sw, refs, Hint{Ongoing: true})
			if e := &st.events[i]; len(e.Actors) == 0 || pronouns[sw[0].lower] {
				// "Kabila's rebels have captured half the country since
				// they launched their offensive": who "they" are.
				e.Actors, e.Targets = st.actorsIn(sp, ws, e.Type)
			}
			return
		}
		st.emit(sp, distinct[0], "", ws, refs, Hint{})
		return
	}
	text := st.a.Text
	start := sp.start
	prevType, prevLead := "", ""
	var carry *model.Timex // a fronted date ("On Thursday, …") that opens the next part
	for k, t := range distinct {
		end := t.End
		for end < sp.end && end < t.End+3 && strings.ContainsRune(",;:", rune(text[end])) {
			end++
		}
		if k == len(distinct)-1 {
			end = sp.end
		} else if end == t.End {
			// A date closing its clause with a comma ("Hamas, which
			// runs on January 25, is observing …") already ends there.
			end = clauseBoundary(text, end, distinct[k+1].Start)
		}
		seg := span{start, end}
		if k > 0 && k == len(distinct)-1 && baselineDate(text, ws, t) {
			// "… rose 1.5 percent from September", "… above Thursday's
			// close": the date a figure is compared with is no happening.
			continue
		}
		if thinPart(wordsIn(ws, seg), dates) {
			// "On Thursday, …", "Later Friday, …": a part that is only
			// its date opens the clause after it and dates it; a last
			// part that is only a date ("… and 1996.", "(1229 GMT)")
			// adds nothing to the part before.
			if k < len(distinct)-1 && carry == nil {
				c := t
				carry = &c
			}
			continue
		}
		start = end
		if carry != nil {
			t, carry = *carry, nil
		}
		// "extolling the 1973 military coup": a date inside a noun
		// phrase naming a happening dates that phrase, not the words
		// before it.
		if np, ok := datedNounPhrase(ws, t); ok && k > 0 {
			seg = np
		}
		segWords := wordsIn(ws, seg)
		if len(segWords) == 0 {
			continue
		}
		typ, at := classify(segWords)
		if typ == model.EventOther && at < 0 && prevType != "" && !clauseOpener(segWords[0].lower) {
			// "… assassinations of Shukr on 30 July and Haniyeh on 31
			// July": a coordinated part without a verb of its own shares
			// the happening of the part before.
			i := st.emit(seg, t, prevType, segWords, refs, Hint{})
			if prevLead != "" {
				st.events[i].Summary = summarize(prevLead + " " + strings.TrimPrefix(strings.TrimPrefix(st.events[i].Sources[0].Text, "and "), "And "))
			}
			continue
		}
		i := st.emit(seg, t, "", segWords, refs, Hint{})
		if k > 0 && !segWords[0].cap {
			// A later part starting mid-clause ("have once again flared
			// following …") reads better after the sentence's subject.
			st.events[i].Summary = withSubject(text[sp.start:sp.end], st.events[i].Sources[0].Text)
		}
		prevType, prevLead = typ, ""
		if at >= 0 {
			prevLead = leadPhrase(text, segWords, at)
		}
	}
}

// thinPart reports a part of a sentence that says nothing beside its
// dates: fewer than two words outside them and the filler words.
func thinPart(ws []word, dates []model.Timex) bool {
	n := 0
	for _, w := range ws {
		if fillerWords[w.lower] || inTimex(w, dates) {
			continue
		}
		n++
	}
	return n < 2
}

// fillerWords carry no happening of their own beside a date.
var fillerWords = setOf(`on in at by and or but later earlier however since from to until till the of local time gmt utc est last this next early late that which then also meanwhile before after around about during`)

func inTimex(w word, dates []model.Timex) bool {
	for _, t := range dates {
		if w.start >= t.Start && w.end <= t.End {
			return true
		}
	}
	return false
}

// clauseBoundary moves the end of a dated part from just after its date
// to the end of its clause, when that clause ends before the next date:
// "Ottri on Thursday sent a cable to Badran, condemning the acts …
// Wednesday night" splits at the comma, not after "Thursday", so the
// verb stays with its date. A part already at a boundary ("on 30 July and
// …") is left alone.
func clauseBoundary(text string, end, next int) int {
	if next <= end || next > len(text) {
		return end
	}
	gap := text[end:next]
	lead := strings.TrimLeft(gap, " ")
	if lead == "" || strings.ContainsRune(",;:(", rune(lead[0])) || boundaryWord(lead) {
		return end
	}
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case ',', ';':
			// "12,000" is a number, not a break.
			if i > 0 && i+1 < len(gap) && isDigit(gap[i-1]) && isDigit(gap[i+1]) {
				continue
			}
			return end + i + 1
		case ' ':
			// "near where …", "a week before …" are no boundary.
			if boundaryWord(gap[i+1:]) && !boundPrev[strings.ToLower(lastWord(gap[:i]))] {
				return end + i
			}
		}
	}
	return end
}

// boundPrev are words after which a boundary word opens no clause.
var boundPrev = setOf(`near of to from in at on by for with about into than just shortly soon long
week weeks day days month months year years hours minutes time`)

// lastWord is the last space-separated word of s.
func lastWord(s string) string {
	s = strings.TrimRight(s, " ")
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// boundaryWord reports whether s opens with a word that starts a new
// clause.
func boundaryWord(s string) bool {
	for _, w := range []string{"while ", "when ", "where ", "which ", "who ", "after ", "before "} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	// "and" joins clauses when a lower-case word follows ("and put the
	// company …"), often names otherwise ("Democratic Action and Copei").
	for _, w := range []string{"and ", "but "} {
		if rest, ok := strings.CutPrefix(s, w); ok && rest != "" && rest[0] >= 'a' && rest[0] <= 'z' {
			return true
		}
	}
	return false
}

// clauseOpener reports a word that opens a clause of its own rather than
// a part coordinated with the one before ("condemning the acts that
// rocked three hotels Wednesday night", "which opened on Monday").
func clauseOpener(l string) bool {
	return strings.HasSuffix(l, "ing") && len(l) > 5 || l == "which" || l == "who" || l == "where" || l == "when" || l == "while"
}

// leadPhrase is the trigger of a clause with its modifier and "of"
// ("Israeli assassinations of"), to head the summary of a coordinated
// part that lacks one.
func leadPhrase(text string, ws []word, at int) string {
	from := at
	if at > 0 && ws[at-1].cap {
		from = at - 1
	}
	to := at
	if at+1 < len(ws) && ws[at+1].lower == "of" {
		to = at + 1
	}
	return text[ws[from].start:ws[to].end]
}

// happeningSegment narrows reported content to the comma-delimited part
// that holds its only date, when that part names a happening of its own:
// in "Axios reported that Iran is preparing an attack in the coming days,
// possibly before the Nov. 5 U.S. presidential election" the date belongs
// to the election, not to the attack. Otherwise it returns an empty span.
func happeningSegment(text string, ws []word, content span, dates []model.Timex) span {
	if len(dates) != 1 {
		return span{}
	}
	t := dates[0]
	start, end := content.start, content.end
	isBreak := func(i int) bool {
		if text[i] == ';' {
			return true
		}
		// Not the comma inside "40,000".
		return text[i] == ',' && !(i > 0 && i+1 < len(text) && isDigit(text[i-1]) && isDigit(text[i+1]))
	}
	for i := t.Start - 1; i > content.start; i-- {
		if isBreak(i) {
			start = i + 1
			break
		}
	}
	for i := t.End; i < content.end; i++ {
		// A participle clause after the comma ("…, killing two guards and
		// wounding five") tells the toll of the same happening: keep it.
		if isBreak(i) && !tollClauseAt(text[i+1:content.end]) {
			end = i
			break
		}
	}
	if start == content.start && end == content.end {
		return span{}
	}
	for _, w := range wordsIn(ws, span{start, end}) {
		if triggers[w.lower] != "" || happeningNouns[w.lower] {
			sp := trimSpan(text, span{start, end})
			// Drop a relative opener: "where Israel's war has killed …".
			f := wordsIn(ws, sp)
			if len(f) > 1 && relativeOpeners[f[0].lower] {
				sp.start = f[1].start
				f = f[1:]
			}
			// "possibly before the Nov. 5 U.S. presidential election":
			// the happening is the noun phrase, not the hedge.
			for k := 0; k+1 < len(f) && k < 3; k++ {
				if placingPreps[f[k].lower] && f[k+1].lower == "the" {
					sp.start = f[k+1].start
					break
				}
			}
			return sp
		}
	}
	return span{}
}

// tollParticiples open a clause that gives the toll or damage of the
// happening just told.
var tollParticiples = map[string]bool{
	"killing": true, "wounding": true, "injuring": true, "leaving": true,
	"destroying": true, "damaging": true, "hitting": true,
}

// tollClauseAt reports whether rest (the text after a comma) opens with a
// toll participle.
func tollClauseAt(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	n := 0
	for n < len(rest) && rest[n] >= 'a' && rest[n] <= 'z' {
		n++
	}
	return tollParticiples[rest[:n]]
}

// subjectless open reported content with no subject of its own ("after
// holding a meeting", "before leaving").
var subjectless = setOf("after before following while upon during")

// determiners open a noun phrase that reads as a row of its own.
var determiners = setOf("the a an this these that those its his her their")

var pronouns = setOf("he she it they his her its their we i")

var relativeOpeners = setOf("where which who when whose while")

// placingPreps place a happening relative to another one.
var placingPreps = setOf("before after during until ahead since")

// happeningNouns name happenings that are not in the trigger lexicon
// because they carry no event type of their own.
var happeningNouns = setOf("election elections vote referendum war summit ceremony funeral trial visit inauguration")
