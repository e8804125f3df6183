package events

// Rows that are no happening: a sentence that merely holds a time
// expression — an opinion, a forecast, a state of affairs, a figure of a
// period, a fragment, a reader's comment — is not a row a reader keeps.

import (
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
	if typ != model.EventOther && typ != model.EventEconomy || len(ws) == 0 {
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
	return strings.Contains(s, " wrote:") || strings.Contains(s, "Added:") || strings.Contains(s, "GMT") && strings.Contains(s, " UK ")
}

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

// dropNonHappenings removes the dated rows that are no happening (see
// noHappening, pageJunk, farFuture), keeping Hint.After pointing at the
// same events.
func (st *articleState) dropNonHappenings() {
	keep := make([]int, len(st.events)) // old index → new index, -1 dropped
	n := 0
	for i := range st.events {
		e := &st.events[i]
		drop := false
		if h := st.hints[i]; !h.Undated && len(e.Sources) > 0 {
			src := e.Sources[0]
			sent := sentenceIn(st.a.Sentences, src.CleanStart)
			drop = pageJunk(sent) || farFuture(e.Date.Value, st.a.Published) && !h.Soft ||
				!h.Soft && !h.Ongoing && noHappening(tokenizeInto(st.sc[:0], src.Text), e.Type, e.Date)
		}
		if drop {
			keep[i] = -1
			continue
		}
		keep[i] = n
		n++
	}
	if n == len(st.events) {
		return
	}
	evs, hs := st.events[:0], st.hints[:0]
	for i := range st.events {
		if keep[i] < 0 {
			continue
		}
		h := st.hints[i]
		if h.After > 0 {
			if k := keep[h.After-1]; k >= 0 {
				h.After = k + 1
			} else {
				h.After = 0
			}
		}
		evs = append(evs, st.events[i])
		hs = append(hs, h)
	}
	st.events, st.hints = evs, hs
}
