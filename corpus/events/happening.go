package events

// Rows that are no happening: a sentence that merely holds a time
// expression — an opinion, a forecast, a state of affairs, a figure of a
// period, a fragment, a reader's comment — is not a row a reader keeps.

import (
	"slices"
	"strconv"
	"strings"

	"github.com/annals/annals/model"
)

// pastIrregularAll are common irregular past forms: a clause holding one
// (or an -ed form) narrates something that happened.
var pastIrregularAll = setOf(`began came went took gave made won lost left held met saw said told fled
fell rose grew ran sent spent built brought bought caught found got kept led paid put set shot sold
stood struck swept threw wrote became broke chose drove hit hung knew laid let lit meant overcame
quit rode rang shut sank spoke stole stuck swore taught thought tore understood woke wore withdrew
flew forgot froze hid beat bit bled blew dealt dug drew drank ate fed felt fought slid split spread
sought sprang sang stung swung wept wound arose awoke bore bound bred clung crept dove fled flung
forbade forsook heard knelt leapt lent meant mistook overran overthrew overtook paid proved rebuilt
rewrote saw shook shone slew slept sped spun strove swam tread undertook underwent upheld won withheld
withstood given taken done seen known shown grown thrown written driven broken chosen spoken stolen
fallen risen begun sworn torn worn borne beaten bitten hidden ridden forgotten frozen undergone
overthrown withdrawn drawn flown`)

// modalWords make a clause a forecast, a wish, a hypothesis or an
// opinion; "will" only a forecast when it aims at a period, since a day
// ("will shut from Wednesday") is a scheduled happening.
var modalWords = setOf(`should must could might may can cannot would expected likely expects hope
hopes hoped want wants wish wishes`)

var futureWords = setOf("will shall 'll")

// scheduleCues name a happening set for a date: "was due to arrive".
var scheduleCues = setOf("due scheduled slated")

// personalStarts open an unattributed personal account or comment.
var personalStarts = setOf("i i'm i've i'd we we're we've we'd you you're my our")

// expletives open a sentence that describes a state ("It's a very
// different scene").
var expletives = setOf("it's there's that's here's")

// noHappening reports whether a dated row of type other or economy, told
// by the words ws of its source, is no happening: a forecast or an
// opinion (a modal verb, no scheduled happening named), a state of
// affairs or a fragment (no verb narrating anything), or an unattributed
// personal account. A row of another type names its happening by its
// trigger and stays.
func noHappening(ws []word, typ string, d model.EventDate) bool {
	if typ != model.EventOther && typ != model.EventEconomy && typ != model.EventSport || len(ws) == 0 {
		return false
	}
	if personalStarts[ws[0].lower] || expletives[ws[0].lower] || len(ws) > 1 && (ws[0].lower == "it" || ws[0].lower == "this" || ws[0].lower == "there") && (ws[1].lower == "is" || ws[1].lower == "was" || ws[1].lower == "'s") {
		return true
	}
	// A modal before any narrating verb makes the clause a forecast or an
	// opinion; after one ("were able to activate the array so it could
	// turn") it qualifies what happened.
	past, modal, scheduled := false, false, false
	for i, w := range ws {
		l := w.lower
		switch {
		case modalWords[l] || futureWords[l] && d.Precision != model.PrecisionDay:
			modal = modal || !past
		case scheduledNouns[l] || setHappenings[l] || scheduleCues[l] || futureWords[l]:
			scheduled = true
		case i > 0 && len(l) > 5 && strings.HasSuffix(l, "ing") && (ws[i-1].lower == "of" || ws[i-1].lower == "for" || ws[i-1].lower == "by"):
			// "accused 24 German companies of providing Iraq with …"
			past = true
		case pastIrregularAll[l] || len(l) > 4 && strings.HasSuffix(l, "ed") && !(i > 0 && determiners[ws[i-1].lower]):
			past = true
		}
	}
	if modal && !scheduled {
		return true
	}
	// "(of) providing Iraq with chemical weapons technology in the
	// 1980s": a participle clause cut from its sentence narrates
	for _, w := range ws[:min(2, len(ws))] {
		if strings.HasSuffix(w.lower, "ing") && len(w.lower) > 5 {
			past = true
		}
	}
	return !past && !scheduled
}

// pageJunk reports a sentence that is page furniture or a reader's
// comment rather than news: "At 4:16 pm on 18 Jan 2010, X wrote:",
// "Added: Tuesday, 19 January, 2010, 16:12 GMT 16:12 UK".
func pageJunk(s string) bool {
	for _, m := range junkMarks {
		if strings.Contains(s, m) {
			return true
		}
	}
	return strings.Contains(s, "GMT") && strings.Contains(s, " UK ")
}

// junkMarks are the marks of comments, bylines and programme notes.
var junkMarks = []string{" wrote:", "Added:", " e-mails:", " emails:", " writes:", "First broadcast", "Your stories", "UK time"}

// farFuture reports a year date more than ten years after publication
// that no scheduled happening explains: a clock time read as a year
// ("250,000 injured 2032 Gen Douglas Fraser", a live page's 20:32).
func farFuture(v, published string) bool {
	if len(v) != 4 || len(published) < 4 {
		return false
	}
	y, err := strconv.Atoi(v)
	p, err2 := strconv.Atoi(published[:4])
	return err == nil && err2 == nil && y > p+10
}

// isNoRow reports whether event i, told by the words ws of its first
// source (offsets into the article), is no happening: page furniture, a
// far-future clock time, and — unless it is a "recent" or campaign
// mention — a forecast, state, fragment or personal account.
func (st *articleState) isNoRow(i int, ws []word) bool {
	e := &st.events[i]
	h := st.hints[i]
	if h.Undated || len(e.Sources) == 0 {
		return false
	}
	src := e.Sources[0]
	if pageJunk(sentenceIn(st.a.Sentences, src.CleanStart)) || farFuture(e.Date.Value, st.a.Published) && !h.Soft ||
		personal(st.a.Text, src.CleanStart, src.CleanEnd, ws) {
		return true
	}
	if h.Soft || h.Ongoing {
		return false
	}
	if e.Type == model.EventEconomy && e.Date.Precision != model.PrecisionDay && e.Date.Precision != model.PrecisionWeek {
		// "Trade volume rocketed to 39.7 billion U.S. dollars in 2005",
		// "retail sales in the third quarter": a figure of a period, not a
		// happening; a market's move on a day is one
		return true
	}
	return noHappening(ws, e.Type, e.Date) || fragment(ws, e.Type)
}

// dropNonHappenings removes the dated rows that are no happening (see
// noHappening, pageJunk, farFuture, personal) and folds a row that only
// names a happening already told by its possessive date ("many survivors
// of Tuesday's quake have become desperate") into that happening's row,
// keeping Hint.After pointing at the same events.
func (st *articleState) dropNonHappenings() {
	const kept, dropped = -1, -2
	into := make([]int, len(st.events))
	for i := range st.events {
		into[i] = kept
		e := &st.events[i]
		h := st.hints[i]
		if h.Undated || len(e.Sources) == 0 {
			continue
		}
		switch {
		case i < len(st.noRow) && st.noRow[i]:
			into[i] = dropped
		case h.Soft || h.Ongoing:
		default:
			if j := st.toldBefore(i, e.Sources[0].Text); j >= 0 {
				into[i] = j
			}
		}
	}
	newIdx := make([]int, len(st.events))
	n := 0
	for i := range st.events {
		switch into[i] {
		case kept:
			newIdx[i] = n
			n++
		case dropped:
			newIdx[i] = -1
		default:
			// j < i: its new index is known
			newIdx[i] = newIdx[into[i]]
			j := into[i]
			st.events[j].Sources = append(st.events[j].Sources, st.events[i].Sources...)
			for _, a := range st.events[i].Actors {
				if !slices.Contains(st.events[j].Actors, a) {
					st.events[j].Actors = append(st.events[j].Actors, a)
				}
			}
			st.hints[j].Skip = append(st.hints[j].Skip, st.hints[i].Skip...)
		}
	}
	if n == len(st.events) {
		return
	}
	evs, hs := make([]model.Event, 0, n), make([]Hint, 0, n)
	for i := range st.events {
		if into[i] != kept {
			continue
		}
		h := st.hints[i]
		if h.After > 0 {
			h.After = newIdx[h.After-1] + 1 // 0 when that one was dropped
		}
		evs = append(evs, st.events[i])
		hs = append(hs, h)
	}
	st.events, st.hints = evs, hs
}

// toldBefore finds the row a clause only names by a possessive date
// ("Tuesday's earthquake", "Monday's attack"): an earlier row of the
// article with the same date and the family of the named happening. It
// returns its index, or -1.
func (st *articleState) toldBefore(i int, src string) int {
	e := &st.events[i]
	if e.Date.Text == "" || e.Date.Precision != model.PrecisionDay {
		return -1
	}
	k := strings.Index(src, e.Date.Text+"'s ")
	if k < 0 {
		k = strings.Index(src, e.Date.Text+"’s ")
	}
	if k < 0 {
		return -1
	}
	rest := tokenizeInto(nil, src[k+len(e.Date.Text):])
	if len(rest) < 2 {
		return -1
	}
	fam := ""
	for _, w := range rest[1:min(len(rest), 5)] {
		if t := triggers[w.lower]; t != "" {
			fam = family(t)
			break
		}
	}
	if fam == "" || fam != family(e.Type) {
		return -1
	}
	for j := 0; j < i; j++ {
		if !st.hints[j].Undated && st.events[j].Date.Value == e.Date.Value && family(st.events[j].Type) == fam {
			return j
		}
	}
	return -1
}

// personal reports an unattributed first-person account ("I met a woman
// today", "we are planning a large truck", a reader's story): a witness's
// words, not the report of a happening, unless a reporting verb names
// who speaks.
func personal(text string, cs, ce int, ws []word) bool {
	for i, w := range ws {
		// "…, the minister said" attributes; "told me" is the witness's
		if reportingVerbs[w.lower] && !(i+1 < len(ws) && firstPerson[ws[i+1].lower]) && !(i > 0 && firstPerson[ws[i-1].lower]) {
			return false
		}
	}
	for _, w := range ws {
		if firstPerson[w.lower] {
			if !inAny(w.start, quotedSpans(text, cs, ce)) || strings.ContainsAny(text[cs:min(ce, cs+3)], "\"“") {
				return true
			}
		}
	}
	return false
}

var firstPerson = setOf("i i'm i've i'd we we're we've we'd my our me")

// fragment reports a clause cut from its sentence that narrates nothing:
// it opens in lower case and holds no narrating verb ("of a substantial
// number of deaths in Haiti after Tuesday's devastating earthquake", "the
// earthquake 11 days ago"). A violent clause keeps its row: a part such
// as "and Hamas political leader Ismail Haniyeh in Tehran on 31 July"
// shares the verb of the part before it.
func fragment(ws []word, typ string) bool {
	if len(ws) == 0 || ws[0].cap || family(typ) == "violence" || isDigit(ws[0].lower[0]) {
		return false
	}
	for i, w := range ws {
		l := w.lower
		// "the Nov. 5 U.S. presidential election" names a happening
		if scheduledNouns[l] || setHappenings[l] || pastIrregularAll[l] || len(l) > 4 && strings.HasSuffix(l, "ed") && !(i > 0 && determiners[ws[i-1].lower]) ||
			len(l) > 5 && strings.HasSuffix(l, "ing") || reportingVerbs[l] {
			return false
		}
	}
	return true
}
