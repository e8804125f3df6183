package events

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals/annals/model"
)

// reporting is the shape of a sentence built on a reporting verb: the
// main clause (who said it, when) and the reported content.
type reporting struct {
	ok      bool
	verb    int // index into the sentence's words
	main    span
	content span
}

// findReporting finds the reporting verb of a sentence and splits it into
// the main clause and the reported content, for the three shapes news
// uses: "X said on Tuesday that …", "“…,” X said on Sunday", and "…, the
// sources said." A date in the main clause dates the statement; a date in
// the content dates the reported happening.
func findReporting(text string, ws []word) reporting {
	if len(ws) == 0 {
		return reporting{}
	}
	// The sentence's own opening quote and closing punctuation, never
	// the end of the sentence before it on the same line ("n. On
	// Tuesday").
	cs, ce := ws[0].start, ws[len(ws)-1].end
	for cs > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:cs])
		if !strings.ContainsRune("\"“‘'([«", r) || cs-n < ws[0].start-6 {
			break
		}
		cs -= n
	}
	for ce < len(text) {
		r, n := utf8.DecodeRuneInString(text[ce:])
		if !strings.ContainsRune(".,;:!?\"”’')]»…", r) || ce+n > ws[len(ws)-1].end+6 {
			break
		}
		ce += n
	}
	for i, w := range ws {
		if !reportingVerbs[w.lower] {
			continue
		}
		prev := ""
		if i > 0 {
			prev = ws[i-1].lower
		}
		// Nouns, not verbs: "the report", "a statement", "to say".
		if prev == "the" || prev == "a" || prev == "an" || prev == "to" || prev == "its" || prev == "his" || prev == "their" || prev == "media" {
			continue
		}
		if i == 0 && (w.lower == "reports" || w.lower == "claims" || w.lower == "states") {
			continue
		}
		// A capital inside the sentence is a name: "the United States
		// are near a decision" has no reporting verb.
		if i > 0 && w.cap {
			continue
		}
		if w.lower == "called" && (i+1 >= len(ws) || ws[i+1].lower != "for") {
			continue
		}
		// "the court ruled that …", "the inquiry concluded that …";
		// "ruled the country" reports nothing.
		if (w.lower == "ruled" || w.lower == "concluded") && (i+1 >= len(ws) || ws[i+1].lower != "that") {
			continue
		}
		// "has been praised for its reforms": the praised one is not
		// the speaker.
		if objectReporting[w.lower] && (prev == "been" || prev == "was" || prev == "were" || prev == "be" || prev == "is" || prev == "are") {
			continue
		}
		r := reporting{ok: true, verb: i}
		// "…, the sources said." / "…,” said a senior official." /
		// "…, the sources said, the first time …" (a short attribution
		// set off by commas mid-sentence).
		// A fronted adverbial ("On Friday, Hamas said …") is not reported
		// content: what comes before the break must be a clause.
		// "Cunningham, a pilot since 1991, announced in July that …" is
		// the "X said that" shape after a description of X.
		if lastBreak := lastClauseBreak(text, ws[0].start, w.start); lastBreak > ws[0].start && wordsBefore(ws, lastBreak) >= 4 && (i >= len(ws)-9 && !describedSubject(text, ws, lastBreak) || invertedAttribution(ws, lastBreak, i) || shortAttribution(text, ws, lastBreak, i) || afterQuote(text, lastBreak)) {
			r.main = span{lastBreak, ce}
			r.content = span{cs, lastBreak}
			return r
		}
		// Skip adjuncts after the verb: "on Sunday", "in a statement
		// late Monday", "to reporters".
		j := i + 1
		for j < len(ws) && j <= i+7 {
			l := ws[j].lower
			// "claimed responsibility on Thursday for the bombings":
			// the day is the claim's.
			if j == i+1 && l == "responsibility" {
				j++
				continue
			}
			if adjunctWords[l] || monthNames[l] || weekdays[l] || isNumberWord(l) {
				j++
				continue
			}
			break
		}
		cstart := ce
		if k := thatAfterObject(text, ws, i, j); k > 0 {
			// "told ABC television Thursday that …": the hearer and the
			// day belong to the statement, what was told follows "that"
			j = k
		}
		switch {
		case j < len(ws) && ws[j].lower == "that":
			cstart = ws[j].end
		case j < len(ws):
			between := text[ws[j-1].end:ws[j].start]
			if strings.ContainsAny(between, ",“\"") || !eventNouns[ws[j].lower] {
				cstart = ws[j].start
			}
		}
		if objectReporting[w.lower] && j < len(ws) && cstart == ws[j].start {
			// "reiterated his intention Thursday to pull out", "hailed
			// the talks announced Wednesday as progress": these verbs
			// take an object, and a date before the object's first
			// clause break is the statement's.
			cstart = objectEnd(text, ws, j, ce)
		}
		r.main = span{cs, cstart}
		r.content = span{cstart, ce}
		return r
	}
	return reporting{}
}

// invertedAttribution reports "…, said Ahmed Kenani, a Shiite lawmaker
// in the ruling alliance": the verb right after the break, before its
// subject, ends a sentence whose content came first, however long the
// description of the speaker.
func invertedAttribution(ws []word, brk, i int) bool {
	if i <= 0 || i+1 >= len(ws) || ws[i-1].end > brk || ws[i].start < brk || i < len(ws)-16 {
		return false
	}
	// only verbs of saying invert ("…, said the ministry"); "…, admitted
	// the draw" has its subject before the break
	if !invertingVerbs[ws[i].lower] {
		return false
	}
	// the speaker follows the verb: a name or "the"/"a" ("said the
	// ministry"), never "announced in July"
	n := ws[i+1]
	return n.cap || n.lower == "the" || n.lower == "a" || n.lower == "an"
}

// invertingVerbs come before their subject in news attribution.
var invertingVerbs = setOf("said says told added adds wrote writes explained noted continued")

// describedSubject reports a short name and a description set off by
// commas before brk ("Klinsmann, who won the 1990 World Cup,"): the
// speaker, not reported content.
func describedSubject(text string, ws []word, brk int) bool {
	before := text[ws[0].start : brk-1]
	open := strings.IndexByte(before, ',')
	if open < 0 || strings.Count(before, ",") != 1 || len(strings.Fields(before[:open])) > 6 {
		return false
	}
	// A name, not a fronted adverbial ("Earlier on Thursday evening,",
	// "Meanwhile,").
	for k, f := range strings.Fields(before[:open]) {
		if k == 0 && sentenceAdverbs[strings.ToLower(f)] {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(f); !unicode.IsUpper(r) && !nameLinks[f] {
			return false
		}
	}
	desc := strings.Fields(before[open+1:])
	return len(desc) > 0 && appositiveOpeners[strings.ToLower(desc[0])]
}

var sentenceAdverbs = setOf(`meanwhile however separately earlier later also moreover furthermore
nevertheless instead still yesterday today tonight elsewhere overall`)

// nameLinks are the lower-case words inside names.
var nameLinks = setOf("of the de del da al al- bin ibn van von der la le")

// appositiveOpeners start a description set off by commas.
var appositiveOpeners = setOf("who whose which where a an the his her its their then now once formerly since")

// objectReporting are reporting verbs whose complement is mostly a noun
// phrase ("denounced the killing", "welcomed the talks").
var objectReporting = setOf(`reiterated reiterates reaffirmed reaffirms denounced denounces deplored
deplores hailed hails welcomed welcomes criticized criticised criticizes criticises praised praises`)

// objectEnd is where the object starting at word j ends: at a comma, a
// quote, or a word opening a clause; ce when none.
func objectEnd(text string, ws []word, j, ce int) int {
	for k := j; k < len(ws); k++ {
		if k > j && strings.ContainsAny(text[ws[k-1].end:ws[k].start], ",;:“”\"()") {
			return ws[k].start
		}
		switch ws[k].lower {
		case "that", "who", "which", "after", "because", "while", "when", "saying", "and":
			if k > j {
				return ws[k].start
			}
		}
	}
	return ce
}

// objectVerbs take the hearer before what is said ("told reporters
// that", "assured Baghdad that").
var objectVerbs = setOf(`told tell tells informed informs assured assures warned warns reminded reminds promised promises notified briefed`)

// thatAfterObject finds the "that" opening what a verb of telling
// reports, past a short hearer and adjuncts with no punctuation between
// ("told ABC television Thursday that"); 0 when there is none.
func thatAfterObject(text string, ws []word, verb, from int) int {
	if !objectVerbs[ws[verb].lower] {
		return 0
	}
	for k := verb + 1; k < len(ws) && k <= verb+8; k++ {
		if strings.ContainsAny(text[ws[k-1].end:ws[k].start], ",;:“”\"()") {
			return 0
		}
		if ws[k].lower == "that" {
			if k <= from {
				return 0
			}
			return k
		}
		if reportingVerbs[ws[k].lower] || eventNouns[ws[k].lower] {
			return 0
		}
	}
	return 0
}

// afterQuote reports a break that closes a quotation ("…,” NASA's
// director told the subcommittee on Wednesday"): what follows is its
// attribution however long.
func afterQuote(text string, brk int) bool {
	t := strings.TrimRight(text[:brk], " ")
	if strings.HasSuffix(t, "”") {
		return true
	}
	// an ASCII quote after the comma: `1998," NASA`
	return strings.HasSuffix(t, ",") && strings.HasPrefix(text[brk:], "\"")
}

// wordsBefore counts the sentence's words before byte offset off.
func wordsBefore(ws []word, off int) int {
	n := 0
	for _, w := range ws {
		if w.end > off {
			break
		}
		n++
	}
	return n
}

// shortAttribution reports whether the reporting verb at i closes a
// short comma-delimited attribution (", the sources said,"): at most four
// words from the break to the verb, and a comma right after it.
func shortAttribution(text string, ws []word, brk, i int) bool {
	n := 0
	for _, w := range ws[:i] {
		if w.start >= brk {
			n++
		}
	}
	return n >= 1 && n <= 4 && i+1 < len(ws) && strings.Contains(text[ws[i].end:ws[i+1].start], ",")
}

var adjunctWords = setOf(`on in a an statement late early last this on at to reporters told interview
tuesday's monday's wednesday's thursday's friday's saturday's sunday's night morning evening
afternoon earlier later yesterday today tonight the day week month year ago here there again also publicly separately`)

var weekdays = setOf("monday tuesday wednesday thursday friday saturday sunday")

func isNumberWord(s string) bool { _, ok := parseNumber(s); return ok }

// lastClauseBreak returns the offset just after the last comma or closing
// quote in text[from:to], or -1.
func lastClauseBreak(text string, from, to int) int {
	best := -1
	for i := from; i < to; {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == ',' || r == '”' {
			best = i + n
		}
		i += n
	}
	return best
}

// speechType picks the type of a statement event from its main verb and
// wording: a vow or a warning is a threat, "announced" an announcement,
// a medium's "reported" a report.
// threatCues in a warning make it a threat of action.
var threatCues = setOf(`respond response pay price consequences act action strike attack attacks force
revenge war destroy accountable account retribution repercussions escalate escalation`)

// ownAct reports reported content in which the speaker claims a violent
// act of its own: "said that it targeted …", "claimed it had attacked
// …", "said they carried out the strike".
func ownAct(ws []word, r reporting) bool {
	for k := r.verb + 1; k < len(ws) && k <= r.verb+12; k++ {
		l := ws[k].lower
		if l != "it" && l != "they" && l != "we" {
			continue
		}
		// the pronoun is the verb's subject: "it targeted", "it had
		// attacked", "they carried out"; not "they saw rebels killed"
		j := k + 1
		if j < len(ws) && (ws[j].lower == "had" || ws[j].lower == "has" || ws[j].lower == "have") {
			j++
		}
		if j < len(ws) && (family(triggers[ws[j].lower]) == "violence" && isFiniteVerb(ws, j) || ws[j].lower == "carried") {
			return true
		}
	}
	return false
}

func speechType(ws []word, r reporting) string {
	v := ws[r.verb].lower
	switch v {
	case "warned", "warns":
		// "warned the US against retaliating", "will pay": a threat;
		// "experts warned that it may be too late" is a statement
		for _, w := range ws[r.verb+1:] {
			if threatCues[w.lower] || strings.HasPrefix(w.lower, "retaliat") || strings.HasPrefix(w.lower, "punish") {
				return model.EventThreat
			}
		}
		return model.EventStatement
	case "vowed", "vows", "threatened", "threatens":
		return model.EventThreat
	case "announced", "announces", "declared", "declares":
		return model.EventAnnouncement
	case "reported", "reports":
		if ownAct(ws, r) {
			return model.EventAttack
		}
		return model.EventReport
	}
	if ownAct(ws, r) {
		// "the Islamic Resistance in Iraq said that it targeted the Eilat
		// port": a claim told on its day is the attack's report.
		return model.EventAttack
	}
	for _, w := range ws[r.verb+1:] {
		// "announced that they would summon the U.S. chargé d'affaires":
		// summoning an envoy is diplomacy, whoever announces it.
		if strings.HasPrefix(w.lower, "summon") {
			return model.EventDiplomacy
		}
	}
	for i, w := range ws {
		if w.lower == "price" && i > 1 && (ws[i-1].lower == "heavy" || ws[i-2].lower == "pay") {
			return model.EventThreat
		}
		if w.lower == "account" && i > 1 && ws[i-1].lower == "to" {
			return model.EventThreat
		}
	}
	if (v == "claimed" || v == "claims") && !(r.verb+1 < len(ws) && ws[r.verb+1].lower == "responsibility") {
		// "claimed to have launched three drone attacks" tells the
		// attacks; "claimed responsibility for the bombings" is a claim
		// of a happening told on its own day.
		for _, w := range ws[r.verb:] {
			if t := triggers[w.lower]; family(t) == "violence" {
				return model.EventAttack
			}
		}
	}
	return model.EventStatement
}

// backRefs finds noun phrases that name an earlier violent happening by
// its toll — "the drone attack that killed three US troops", "a drone
// strike that claimed the lives of three U.S. troops in Jordan", "three US
// personnel were killed in a drone attack on an outpost" — so a sentence
// about something else can still point to the event it refers to.
func backRefs(ws []word) []span {
	var out []span
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if !eventNouns[w.lower] {
			continue
		}
		// NOUN (in X)? that|which killed/claimed …
		k := -1
		for j := i + 1; j < len(ws) && j <= i+4; j++ {
			if ws[j].lower == "that" || ws[j].lower == "which" {
				if j+1 < len(ws) && (killVerbs[ws[j+1].lower] || woundVerbs[ws[j+1].lower] || ws[j+1].lower == "claimed") {
					k = j + 1
				}
				break
			}
		}
		if k > 0 {
			start := npStart(ws, i)
			end := clauseEnd(ws, k, 12)
			out = append(out, span{ws[start].start, ws[end].end})
			i = end
			continue
		}
		// N … were killed in a … NOUN
		if i >= 3 {
			for j := i - 1; j >= 1 && j >= i-5; j-- {
				if (killVerbs[ws[j].lower] || woundVerbs[ws[j].lower]) && (ws[j-1].lower == "were" || ws[j-1].lower == "was") {
					start := j - 1
					for s := j - 2; s >= 0 && s >= j-6; s-- {
						if _, ok := parseNumber(ws[s].lower); ok {
							start = s
							break
						}
					}
					end := clauseEnd(ws, i, 10)
					out = append(out, span{ws[start].start, ws[end].end})
					i = end
					break
				}
			}
		}
	}
	return out
}

// npStart walks left from a head noun over its modifiers (adjectives,
// names, possessives) to the determiner that opens the phrase.
func npStart(ws []word, head int) int {
	s := head
	for j := head - 1; j >= 0 && j >= head-5; j-- {
		l := ws[j].lower
		if l == "the" || l == "a" || l == "an" {
			return j
		}
		if stopwords[l] || reportingVerbs[l] || triggers[l] != "" && !strings.HasSuffix(l, "'s") && l != "drone" && l != "rocket" {
			break
		}
		s = j
	}
	return s
}

// clauseEnd returns the index of the last word of the clause that starts
// at or before i: it stops before "and", "but", "calling", "as" or after n
// words.
func clauseEnd(ws []word, i, n int) int {
	end := i
	for j := i + 1; j < len(ws) && j <= i+n; j++ {
		l := ws[j].lower
		if l == "and" || l == "but" || l == "as" || l == "calling" || l == "while" || l == "after" || clauseVerbs[l] {
			break
		}
		end = j
	}
	return end
}

// clauseVerbs end a noun phrase: a reporting verb that cannot be a noun
// or a name ("States" and "reports" can).
var clauseVerbs = setOf("said says told stated added stressed warned announced reported claimed condemned")
