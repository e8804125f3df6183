package events

// Dating: which time expressions of a sentence date a happening, and which
// only describe, bound or compare.

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/annals/annals/model"
)

// eventDates returns the date expressions in [cs,ce) that can date an
// event (calendar dates, not durations, sets or vague references), with
// the second end of a range ("between October 2023 and January") dropped,
// and separately the "recent(ly)" references, which only bound a date.
func (st *articleState) eventDates(cs, ce int) (dates, soft []model.Timex) {
	text := st.a.Text
	var compact []int // indexes in dates of a period written "1980-1988"
	quotes := quotedSpans(text, cs, ce)
	// The tagger gives time expressions in text order: start at the
	// sentence's first, stop past its end (a scan of all of them for
	// every sentence made long articles quadratic).
	first := sort.Search(len(st.tx), func(i int) bool { return st.tx[i].Start >= cs })
	for i := first; i < len(st.tx); i++ {
		t := st.tx[i]
		if t.Start >= ce {
			break
		}
		if t.End > ce {
			continue
		}
		// A date inside a quotation is the speaker's ("leave today",
		// "next year I will play"), not the date of a reported happening.
		if inAny(t.Start, quotes) {
			continue
		}
		if t.Type != model.TimexDate && t.Type != model.TimexTime {
			continue
		}
		v := t.Value
		if v == "PAST_REF" {
			l := strings.ToLower(t.Text)
			if (l == "recent" || l == "recently") && st.a.Published != "" {
				if d, err := time.Parse("2006-01-02", st.a.Published); err == nil {
					y, w := d.ISOWeek()
					soft = append(soft, model.Timex{Start: t.Start, End: t.End, Text: t.Text, Type: model.TimexDate, Value: fmt.Sprintf("%d-W%02d", y, w)})
				}
			}
			continue
		}
		if v == "" || strings.HasSuffix(v, "_REF") || v[0] == 'P' {
			continue
		}
		if i > 0 && len(dates) > 0 {
			prev := dates[len(dates)-1]
			if raw := text[prev.End:t.Start]; raw == "-" || raw == "–" {
				// "the 1980-1988 war", "Pinochet's 1973-1990 rule": one
				// period, named to say which war or rule
				compact = append(compact, len(dates)-1)
				continue
			}
			between := strings.ToLower(strings.TrimSpace(text[prev.End:t.Start]))
			before := strings.ToLower(text[max(cs, prev.Start-9):prev.Start])
			if (between == "and" || between == "through" || between == "to" || between == "until" || between == "-" || between == "–") &&
				(strings.Contains(before, "between") || strings.Contains(before, "from") || between == "through" || between == "until") {
				continue
			}
		}
		if st.planTarget(cs, t) {
			continue
		}
		dates = append(dates, t)
	}
	// A compact period beside another date ("… during the 1980-1988 war
	// staged a sit-in Thursday") qualifies a noun; the other date is the
	// happening's. Alone, its start dates the sentence.
	if len(compact) > 0 && len(compact) < len(dates) {
		var keep []model.Timex
		for i, d := range dates {
			if !slices.Contains(compact, i) {
				keep = append(keep, d)
			}
		}
		dates = keep
	}
	return dates, soft
}

// planTarget reports a date that a plan or forecast aims at, not a
// happening: a month, quarter, season or year after publication after
// "by"/"until" ("clear all mines by 2010") or in a clause of expectation
// ("trade was expected to reach 60 billion dollars in 2010", "would
// increase by one quarter by 2015"). The announcement is the happening,
// dated by its own date when the text gives one; a scheduled day ("will
// meet Kabila Friday") stays a date.
func (st *articleState) planTarget(cs int, t model.Timex) bool {
	d, ok := model.ParseDateValue(t.Value)
	if !ok || d.Precision == model.PrecisionDay || d.Precision == model.PrecisionWeek {
		return false
	}
	pub, err := time.Parse("2006-01-02", st.a.Published)
	if err != nil || !d.Start.After(pub) {
		return false
	}
	before := tokenize(st.a.Text[cs:t.Start])
	for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
		l := before[k].lower
		if l == "by" || l == "until" || l == "till" || l == "through" {
			return true
		}
		if l != "the" && l != "early" && l != "late" && l != "mid" && l != "end" && l != "of" && l != "next" {
			break
		}
	}
	// "will be put to voters in a referendum in May", "a NATO summit in
	// July": a scheduled happening keeps its date, and merging joins it
	// to the reports of it.
	for _, w := range tokenize(st.a.Text[max(cs, t.Start-60):min(len(st.a.Text), t.End+20)]) {
		if scheduledNouns[w.lower] || setHappenings[w.lower] {
			return false
		}
	}
	for _, w := range before {
		if forecastWords[w.lower] {
			return true
		}
	}
	return false
}

// setHappenings are, besides scheduledNouns, happenings set for a date.
var setHappenings = setOf(`poll meeting meetings talks conference visit trial session sessions congress
games olympics cup finals tournament`)

// forecastWords make a clause a plan, target or forecast.
var forecastWords = setOf(`will would expected expects expect anticipated projected forecast forecasts
predicted predicts target targets aims aim aimed plans planned planning intends intended bound
should could may might hopes hoped`)

// quotedSpans returns the spans of text[cs:ce] inside quotation marks
// (curly pairs, or straight double quotes taken two by two).
func quotedSpans(text string, cs, ce int) []span {
	var out []span
	open := -1
	straight := -1
	for i := cs; i < ce; {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '“':
			open = i
		case '”':
			if open >= 0 {
				out = append(out, span{open, i + n})
				open = -1
			}
		case '"':
			if straight < 0 {
				straight = i
			} else {
				out = append(out, span{straight, i + n})
				straight = -1
			}
		}
		i += n
	}
	// An unclosed quotation runs to the end of the sentence.
	if open >= 0 {
		out = append(out, span{open, ce})
	}
	return out
}

// baselineDate reports a date that a figure is compared with: right
// after "from", "than", "over" or "compared with/to".
func baselineDate(text string, ws []word, t model.Timex) bool {
	prev, at := "", -1
	for i, w := range ws {
		if w.end > t.Start {
			break
		}
		if w.start < t.Start {
			prev, at = w.lower, i
		}
	}
	switch prev {
	case "with", "to":
		// "compared with/to" just before: look at those bytes only, not
		// the article up to here
		w := max(0, t.Start-15)
		return strings.Contains(strings.ToLower(text[w:t.Start]), "compared")
	case "than":
		return true
	case "from", "over":
		// a figure's change from the date ("rose 0.5 percent from
		// February", "down 0.2 won from Monday's close"), not a start
		// ("from Nov. 17 to 19", "from 1988")
		if strings.HasPrefix(strings.ToLower(t.Text), "the ") {
			return false
		}
		for k := at - 1; k >= 0 && k >= at-8; k-- {
			if changeWords[ws[k].lower] {
				return true
			}
		}
	}
	return false
}

// changeWords tell a figure's move, which "from <date>" measures.
var changeWords = setOf("rose up down fell increased decreased gained dropped climbed declined slipped jumped grew percent points lower higher rise fall increase decrease gain drop")

// appositiveDate reports whether a date of a statement's main clause
// sits in a comma-delimited description of the speaker before the verb
// (", a key US ally since the 1960s,", ", who took office in 2001,").
func appositiveDate(text string, ws []word, t model.Timex, rep reporting) bool {
	verb := ws[rep.verb].start
	if t.End > verb {
		return false
	}
	open := strings.LastIndexByte(text[rep.main.start:t.Start], ',')
	if open < 0 {
		return false
	}
	open += rep.main.start
	if !strings.Contains(text[t.End:verb], ",") {
		return false
	}
	first := strings.TrimLeft(text[open+1:t.Start], " ")
	if first == "" {
		return false
	}
	if strings.HasSuffix(strings.TrimRight(text[open:t.Start], " "), "since") {
		return true
	}
	w := strings.ToLower(strings.FieldsFunc(first, func(r rune) bool { return r == ' ' || r == ',' })[0])
	return appositiveOpeners[w] || first[0] >= 'a' && first[0] <= 'z'
}

// freshDay reports a day at most a week before publication, not after
// it, and not told as a start ("since Monday"): a speaker "who arrived in
// Cairo on Saturday" most often spoke that day, so the date stays.
func freshDay(published string, t model.Timex) bool {
	if published == "" || len(t.Value) < 10 {
		return false
	}
	d, ok := model.ParseDateValue(t.Value)
	p, ok2 := model.ParseDateValue(published)
	if !ok || !ok2 || d.Precision != model.PrecisionDay {
		return false
	}
	age := p.Start.Sub(d.Start).Hours() / 24
	return age >= 0 && age <= 7
}

// sinceHappening finds a happening named after "since" with its date
// ("since the rebel group took up arms … in 1984", "Since the U.S.-led
// war in Iraq broke out in March 2003", "since the 2003 invasion"): the
// date is that happening's, and what has gone on since is no happening
// of that date. It returns the phrase from the word after "since" to the
// end of its clause. A bare date ("attacks since October 18") names no
// happening and is left to the clause.
func sinceHappening(text string, ws []word, t model.Timex, sp span) (span, bool) {
	first := -1
	for i, w := range ws {
		if w.start >= t.Start {
			first = i
			break
		}
	}
	if first < 1 {
		return span{}, false
	}
	s := -1
	for k := first - 1; k >= 0 && k >= first-30; k-- {
		if strings.ContainsAny(text[ws[k].end:ws[k+1].start], ",;:()\"“”") {
			break
		}
		if ws[k].lower == "since" {
			s = k
			break
		}
	}
	if s < 0 || s+1 >= first {
		return span{}, false
	}
	named := false
	for _, w := range ws[s+1 : first] {
		if !determiners[w.lower] && !timeWords[w.lower] {
			named = true
		}
	}
	if !named {
		return span{}, false
	}
	end := sp.end
	for k := first; k+1 < len(ws) && ws[k+1].start < sp.end; k++ {
		if strings.ContainsAny(text[ws[k].end:ws[k+1].start], ",;:") {
			end = ws[k].end
			break
		}
	}
	out := span{ws[s+1].start, end}
	if out.start <= sp.start || out.end <= out.start {
		return span{}, false
	}
	return out, true
}

// datedNounPhrase finds "the 1973 military coup", "its 1994 civil war",
// "the March 2003 invasion": a determiner, the date, at most two
// modifiers and a happening noun. It returns the phrase's span.
func datedNounPhrase(ws []word, t model.Timex) (span, bool) {
	first, last := -1, -1
	for i, w := range ws {
		if w.start >= t.Start && w.end <= t.End {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 1 || !(determiners[ws[first-1].lower] || strings.HasSuffix(ws[first-1].lower, "'s")) {
		return span{}, false
	}
	for j := last + 1; j < len(ws) && j <= last+3; j++ {
		l := ws[j].lower
		if eventNouns[l] || happeningNouns[l] || warNouns[l] || l == "coup" {
			return span{ws[first-1].start, ws[j].end}, true
		}
	}
	return span{}, false
}

// timeWords modify a date without naming a happening ("since early
// October", "since the end of 2004").
var timeWords = setOf("early late mid end start beginning middle of last this next")

// ongoing reports whether a dated clause tells a campaign from its start:
// "since" or "between" right before the date, or "since … began".
func ongoing(text string, sp span, t model.Timex) bool {
	lo := max(0, t.Start-40)
	if sp.start <= t.Start {
		lo = max(lo, sp.start)
	}
	before := strings.ToLower(text[lo:t.Start])
	if i := strings.LastIndexAny(before, ",;"); i >= 0 {
		before = before[i:]
	}
	if strings.Contains(before, "since") || strings.Contains(before, "between") {
		return true
	}
	clause := strings.ToLower(text[sp.start:sp.end])
	return strings.Contains(clause, "since") && (strings.Contains(clause, " began") || strings.Contains(clause, " started"))
}

// sameDay reports whether two date values name one calendar day, one of
// them with a time of day ("2006-11-14T23:30", "2006-11-14").
func sameDay(a, b string) bool {
	return len(a) >= 10 && len(b) >= 10 && a[:10] == b[:10] && (len(a) > 10 || len(b) > 10) && a[4] == '-' && a[7] == '-'
}

// endedCampaign splits "months of tit-for-tat attacks between X and Y,
// which only subsided after Iran intervened in February": when every
// date of a sentence sits in a trailing ", which …" clause that says the
// violence named before it ended, the date is the end's, not the
// campaign's. It returns the undated main clause (a campaign mention,
// which joins the campaign dated elsewhere) and the dated relative clause.
func endedCampaign(text string, ws []word, dates []model.Timex) (main, rel span, ok bool) {
	for i := 1; i < len(ws)-1; i++ {
		if l := ws[i].lower; l != "which" && l != "that" || !strings.Contains(text[ws[i-1].end:ws[i].start], ",") {
			continue
		}
		if dates[0].Start < ws[i].start {
			return span{}, span{}, false
		}
		ended, violent := false, false
		for _, w := range ws[i+1:] {
			ended = ended || endingVerbs[w.lower]
		}
		for _, w := range ws[:i] {
			violent = violent || family(triggers[w.lower]) == "violence" && eventNouns[w.lower]
		}
		if !ended || !violent {
			return span{}, span{}, false
		}
		return trimSpan(text, span{ws[0].start, ws[i-1].end}), span{ws[i].start, ws[len(ws)-1].end}, true
	}
	return span{}, span{}, false
}

// endingVerbs say that a happening stopped.
var endingVerbs = setOf("subsided ended stopped ceased halted paused abated eased")
