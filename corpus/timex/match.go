package timex

import (
	"strconv"
	"strings"
	"time"
)

// match returns the longest expression starting at token i.
func (tg *tagger) match(i int) (hit, bool) {
	var best hit
	found := false
	try := func(h hit, ok bool) {
		if ok && h.end > i && (!found || h.end > best.end) {
			best, found = h, true
		}
	}
	t := &tg.toks[i]
	if t.kind == tkWord && !starters[t.low] {
		return hit{}, false
	}
	if t.kind == tkWord {
		try(tg.quantified(i))
		try(tg.positional(i))
	}
	try(tg.core(i))
	if found {
		best.start = i
		if e := tg.unitComparison(best.end); e > 0 {
			// "the quarter-to-quarter comparison", "year-on-year growth":
			// a kind of comparison, not a time
			return hit{start: i, end: e, skip: true}, true
		}
	}
	return best, found
}

// unitComparison reports the token after "-to-quarter", "-on-year" glued
// at j to a unit word, or 0.
func (tg *tagger) unitComparison(j int) int {
	if _, ok := units[tg.w(j-1)]; !ok || !tg.isPunct(j, "-") || !tg.glued(j) {
		return 0
	}
	switch tg.w(j + 1) {
	case "to", "on", "over":
	default:
		return 0
	}
	if _, ok := units[tg.w(j+3)]; ok && tg.isPunct(j+2, "-") && tg.glued(j+1) && tg.glued(j+2) && tg.glued(j+3) {
		return j + 4
	}
	return 0
}

// core matches an expression with no leading modifier.
func (tg *tagger) core(i int) (hit, bool) {
	if i < 0 || i >= len(tg.toks) {
		return hit{}, false
	}
	t := &tg.toks[i]
	switch t.kind {
	case tkNum:
		return tg.numberLed(i)
	case tkOther:
		return tg.otherLed(i)
	case tkPunct:
		if (t.low == "'" || t.low == "’") && i+1 < len(tg.toks) && tg.glued(i+1) {
			return tg.shortDecade(i)
		}
		return hit{}, false
	}
	w := t.low
	if m, ok := monthNames[w]; ok {
		return tg.monthLed(i, m, false)
	}
	if m, ok := monthAbbrevs[w]; ok {
		return tg.monthLed(i, m, true)
	}
	if wd, ok := weekdays[w]; ok {
		return tg.weekdayLed(i, wd)
	}
	if wd, ok := weekdayPlurals[w]; ok && t.cap {
		return tg.setHit(i, i+1, weekdaySet(wd, tg.w(i+1)), ""), true
	}
	if s, ok := seasons[w]; ok {
		return tg.seasonLed(i, i, s, 0)
	}
	var best hit
	found := false
	try := func(h hit, ok bool) {
		if ok && (!found || h.end > best.end) {
			best, found = h, true
		}
	}
	switch w {
	case "today", "yesterday", "tomorrow", "tonight":
		try(tg.deictic(i))
	case "now", "currently", "current", "nowadays":
		if w == "current" {
			if tg.w(i+1) == "-" {
				break
			}
			if h, ok := tg.relative(i, i); ok {
				try(h, true)
				break
			}
			if n := tg.tok(i + 1); n != nil && n.kind == tkWord {
				// "the current account", "current and former officials",
				// "its current talks": an adjective on a noun that is no
				// time is not tagged (seed-gold leaves "ongoing" and
				// "immediate" untagged alike; TimeBank tags some as
				// PRESENT_REF: seed-gold wins)
				break
			}
		}
		try(tg.refHit(i, i+1, "PRESENT_REF"), true)
	case "recently", "lately":
		try(tg.refHit(i, i+1, "PAST_REF"), true)
	case "recent":
		try(tg.recent(i))
	case "these":
		if tg.w(i+1) == "days" {
			try(tg.refHit(i, i+2, "PRESENT_REF"), true)
		}
	case "daily", "weekly":
		if n := tg.tok(i + 1); n != nil && n.cap && n.kind == tkWord {
			break // "the party daily Granma": a newspaper
		}
		if tg.newspaperNoun(i) || tg.reportingPaper(i) {
			break // "the daily said", "the Izvestia daily wrote", "told the daily."
		}
		try(tg.setHit(i, i+1, map[bool]string{true: "P1D", false: "P1W"}[w == "daily"], ""), true)
	case "monthly":
		try(tg.setHit(i, i+1, "P1M", ""), true)
	case "annually", "yearly":
		try(tg.setHit(i, i+1, "P1Y", ""), true)
	case "hourly":
		try(tg.setHit(i, i+1, "PT1H", ""), true)
	case "every", "each":
		try(tg.every(i))
	case "this", "last", "next", "past", "coming", "previous", "following":
		try(tg.relative(i, i))
	case "the":
		if h, ok := tg.theLed(i); ok {
			if tg.premodifier(i+1, h.end) {
				// "the year-ago results": "the" belongs to "results"; the
				// compound is matched on its own from the next token
				return hit{}, false
			}
			try(h, true)
		}
	case "that":
		try(tg.anaphoric(i, i+1, "that"))
	case "later":
		if tg.w(i+1) == "date" && tg.w(i-1) == "a" {
			try(hit{end: i + 2, typ: "DATE", val: "FUTURE_REF"}, true)
		}
	case "earlier":
		try(tg.earlierOpening(i))
	case "fiscal":
		try(tg.fiscal(i))
	case "noon", "midnight", "midday":
		try(tg.clockWord(i))
	case "christmas", "thanksgiving", "easter", "new", "good", "election", "halloween", "valentine", "labor", "memorial":
		try(tg.holiday(i))
	case "year":
		try(tg.yearCompound(i))
	case "nineteen":
		try(tg.spokenYear(i))
	case "once", "twice":
		try(tg.frequency(i))
	case "first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th":
		try(tg.ordinalPeriod(i, i, ordinals[w]))
	case "mid":
		try(tg.midPart(i))
	}
	if n, ok := tg.numberPhrase(i); ok {
		try(tg.afterNumber(i, n))
	}
	try(tg.bareUnits(i))
	try(tg.longCompound(i))
	return best, found
}

// alwaysIdiom holds the round-the-clock idioms ("24 hours a day").
var alwaysIdiom = map[[2]string]bool{
	{"24 hours", "day"}: true, {"7 days", "week"}: true, {"365 days", "year"}: true,
	{"12 months", "year"}: true, {"52 weeks", "year"}: true,
}

// longCompound matches "day-long", "week-long", "decades-long": how long
// something lasts, one unit or an unspecified number of them.
func (tg *tagger) longCompound(i int) (hit, bool) {
	w := tg.w(i)
	u, ok := units[w]
	if !ok || !tg.isPunct(i+1, "-") || !tg.glued(i+1) || tg.w(i+2) != "long" { // "year- long" too (broken hyphenation)
		return hit{}, false
	}
	n := 1.0
	if strings.HasSuffix(w, "s") {
		n = -1
	}
	return hit{end: i + 3, typ: "DURATION", val: fmtDuration(n, u)}, true
}

// --- numbers ---

// numPhrase is a parsed count: value (or x for "several") and the token after it.
type numPhrase struct {
	v   float64
	x   bool
	end int
}

// numberPhrase parses a count at i: digits ("18", "2 1/2"), words
// ("twenty four", "ninety-six", "a", "a couple of", "several").
func (tg *tagger) numberPhrase(i int) (numPhrase, bool) {
	t := tg.tok(i)
	if t == nil {
		return numPhrase{}, false
	}
	if t.kind == tkNum {
		v, ok := parseFloat(t.low)
		if !ok {
			return numPhrase{}, false
		}
		j := i + 1
		// "2 1/2"
		if a, ok := tg.num(j); ok && tg.isPunct(j+1, "/") && tg.glued(j+1) {
			if b, ok := tg.num(j + 2); ok && b != 0 && tg.glued(j+2) && a < b {
				v += float64(a) / float64(b)
				j += 3
			}
		}
		return numPhrase{v: v, end: j}, true
	}
	if t.kind != tkWord {
		return numPhrase{}, false
	}
	w := t.low
	switch w {
	case "a", "an", "one":
		if tg.w(i+1) == "couple" && tg.w(i+2) == "of" {
			return numPhrase{v: 2, end: i + 3}, true
		}
		if tg.w(i+1) == "few" {
			return numPhrase{x: true, end: i + 2}, true
		}
		if tg.w(i+1) == "dozen" {
			return numPhrase{v: 12, end: i + 2}, true
		}
		if tg.w(i+1) == "hundred" {
			return numPhrase{v: 100, end: i + 2}, true
		}
		if tg.w(i+1) == "half" {
			return numPhrase{v: 0.5, end: i + 2}, true
		}
		if w == "one" {
			return tg.numberTail(i+1, 1) // "one and a half years"
		}
		return numPhrase{v: 1, end: i + 1}, true
	case "couple":
		if tg.w(i+1) == "of" { // "the next couple of years"
			return numPhrase{v: 2, end: i + 2}, true
		}
	case "several", "few", "many", "some", "numerous":
		return numPhrase{x: true, end: i + 1}, true
	case "half":
		if tg.w(i+1) == "a" || tg.w(i+1) == "an" {
			return numPhrase{v: 0.5, end: i + 2}, true
		}
	case "dozens", "hundreds", "thousands":
		if tg.w(i+1) == "of" {
			return numPhrase{x: true, end: i + 2}, true
		}
	}
	if n, ok := smallNumbers[w]; ok {
		return tg.numberTail(i+1, n)
	}
	if n, ok := tens[w]; ok {
		j := i + 1
		if tg.isPunct(j, "-") && tg.glued(j) {
			if m, ok := smallNumbers[tg.w(j+1)]; ok && m < 10 {
				return tg.numberTail(j+2, n+m)
			}
		}
		if m, ok := smallNumbers[tg.w(j)]; ok && m < 10 {
			return tg.numberTail(j+1, n+m)
		}
		return tg.numberTail(j, n)
	}
	return numPhrase{}, false
}

// numberTail reads "hundred"/"thousand" after a count.
func (tg *tagger) numberTail(j, n int) (numPhrase, bool) {
	v := float64(n)
	switch tg.w(j) {
	case "hundred":
		v *= 100
		j++
	case "thousand":
		v *= 1000
		j++
	}
	if _, unit := units[tg.w(j+3)]; unit && tg.w(j) == "and" && tg.w(j+1) == "a" && tg.w(j+2) == "half" {
		return numPhrase{v: v + 0.5, end: j + 3}, true // "two and a half years"
	}
	return numPhrase{v: v, end: j}, true
}

func parseFloat(s string) (float64, bool) {
	v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	return v, err == nil
}

// unitAt reads a unit at j, skipping fillers ("trading days"); it returns
// the unit and the token after it.
func (tg *tagger) unitAt(j int) (unit, int, bool) {
	for k := 0; k < 2 && unitFillers[tg.w(j)]; k++ {
		j++
	}
	u, ok := units[tg.w(j)]
	if !ok {
		return unit{}, j, false
	}
	return u, j + 1, true
}

// afterNumber matches what a count can start: a duration ("two weeks",
// "two-year", "5 1/2 hours"), "two years ago", "a day earlier".
func (tg *tagger) afterNumber(i int, n numPhrase) (hit, bool) {
	j := n.end
	hyph := false
	if tg.isPunct(j, "-") && tg.glued(j) && tg.glued(j+1) {
		j++
		hyph = true
	}
	u, k, ok := tg.unitAt(j)
	if !ok {
		return hit{}, false
	}
	w0 := tg.w(i)
	if !hyph && (tg.w(k) == "a" || tg.w(k) == "per") && alwaysIdiom[[2]string{strconv.FormatFloat(n.v, 'f', -1, 64) + " " + tg.w(j), tg.w(k + 1)}] {
		// "24 hours a day", "seven days a week": always, not a time
		return hit{end: k + 2, skip: true}, true
	}
	if (w0 == "a" || w0 == "an") && !hyph && tg.isPunct(k, "-") && tg.glued(k) && tg.w(k+1) == "long" {
		return hit{}, false // "a day-long strike": "a" goes with "strike"
	}
	if p := tg.tok(i - 1); !hyph && tg.toks[j].cap && tg.toks[i].kind == tkNum && p != nil && p.kind == tkPunct && tg.glued(i) && strings.Contains("\"'`“‘", p.low) {
		return hit{end: j + 1, skip: true}, true // CBS's "60 Minutes", "48 Hours": programme titles
	}
	if tg.toks[i].kind == tkNum && n.v >= 1000 && n.v < 2100 && u.gran == gQuarter {
		return hit{}, false // "the 1988 quarter"
	}
	if (w0 == "a" || w0 == "an" || w0 == "one") && n.v == 1 && (u.gran == gSecond) && !hyph {
		return hit{}, false // "a second attack"
	}
	if u.gran == gSecond && n.v == 1 && !hyph {
		return hit{}, false
	}
	if u.gran == gQuarter && !n.x && (w0 == "a" || w0 == "one") {
		// "a quarter" is as often a fraction as a period
		return hit{}, false
	}
	if !hyph && !n.x && n.v == float64(int(n.v)) && tg.w(k) == "and" && (tg.w(k+1) == "a" || tg.w(k+1) == "one") && tg.w(k+2) == "half" {
		n.v += 0.5 // "a minute and a half", "two years and a half"
		k += 3
	}
	if tg.isPunct(k, "-") && tg.glued(k) {
		switch tg.w(k + 1) {
		case "earlier", "ago", "end":
			return hit{}, false // "a year-earlier loss": see yearCompound
		}
	}
	if u.gran == gQuarter && (hyph || tg.w(k) == "of") {
		return hit{}, false // "three-quarters" is a fraction
	}
	if tg.w(k) == "old" || tg.isPunct(k, "-") && tg.glued(k) && tg.w(k+1) == "old" {
		return hit{}, false // ages are not time expressions
	}
	if hyph {
		// "day-long"
		if tg.isPunct(k, "-") && tg.glued(k) && tg.w(k+1) == "long" {
			k += 2
		}
		return tg.durHit(i, k, n, u, ""), true
	}
	switch tg.w(k) {
	case "ago":
		return tg.agoHit(i, k+1, n, u, -1, false), true
	case "earlier", "before":
		if tg.w(k) == "before" && !tg.clauseEndAt(k+1) {
			break
		}
		return tg.agoHit(i, k+1, n, u, -1, true), true
	case "later", "after":
		if tg.w(k) == "after" && !tg.clauseEndAt(k+1) {
			break
		}
		return tg.agoHit(i, k+1, n, u, 1, true), true
	case "from":
		if tg.w(k+1) == "now" {
			return tg.agoHit(i, k+2, n, u, 1, false), true
		}
	case "or":
		if tg.w(k+1) == "so" {
			if tg.w(k+2) == "ago" {
				return tg.agoHit(i, k+3, n, u, -1, false), true
			}
			k += 2
		}
	}
	// "a day" / "a year" as rate ("$5 a year") is a SET
	if (w0 == "a" || w0 == "per") && i > 0 && tg.rateBefore(i) {
		return tg.setHit(i, k, fmtDuration(1, u), ""), true
	}
	return tg.durHit(i, k, n, u, ""), true
}

// newspaperNoun reports whether "daily"/"weekly" at i is a newspaper: a
// determiner or a paper's name before it and no noun after it (the
// adjective precedes a noun, "daily flights"; the adverb follows a verb,
// "rallies held daily").
func (tg *tagger) newspaperNoun(i int) bool {
	p := tg.tok(i - 1)
	if p == nil || p.kind != tkWord {
		return false
	}
	switch {
	case p.low == "the" || p.low == "a" || p.low == "this" || p.low == "that":
	case p.cap && !tg.sentenceStart(i-1):
	default:
		return false
	}
	n := tg.tok(i + 1)
	return n == nil || n.kind == tkPunct && n.low != "-" || n.kind == tkWord && reportVerbs[n.low]
}

// reportingPaper reports whether "daily" at i is a newspaper because a
// reporting verb follows it directly ("the leading economic daily said").
func (tg *tagger) reportingPaper(i int) bool {
	switch tg.w(i + 1) {
	case "said", "says", "reported", "reports", "wrote", "writes", "quoted", "quoting", "cited", "citing", "added", "warned", "commented":
		return true
	}
	return false
}

// reportVerbs follow a newspaper named as a source.
var reportVerbs = map[string]bool{
	"said": true, "says": true, "wrote": true, "writes": true, "reported": true, "reports": true,
	"quoted": true, "quoting": true, "quotes": true, "added": true, "warned": true, "described": true,
	"pointed": true, "noted": true, "claimed": true, "cited": true, "citing": true, "which": true,
	"that": true, "published": true, "carried": true, "stated": true, "commented": true, "ran": true,
	"revealed": true, "suggested": true, "urged": true, "called": true, "argued": true, "editorialised": true,
	"editorialized": true, "headlined": true, "printed": true, "also": true, "on": true, "in": true,
}

// rateBefore reports whether a count or price precedes token i, making
// "a year" a rate ("twice a year", "$5 a day").
func (tg *tagger) rateBefore(i int) bool {
	p := tg.tok(i - 1)
	if p == nil {
		return false
	}
	if p.kind == tkNum || p.low == "times" || p.low == "once" || p.low == "twice" || p.low == "percent" || p.low == "%" {
		return true
	}
	return p.kind == tkWord && (strings.HasSuffix(p.low, "illion") || p.low == "dollars" || p.low == "cents")
}

// clauseEndAt reports whether token j ends a clause (punctuation or end).
func (tg *tagger) clauseEndAt(j int) bool {
	t := tg.tok(j)
	return t == nil || t.kind == tkPunct || t.nl
}

func (tg *tagger) durHit(i, end int, n numPhrase, u unit, mod string) hit {
	v := n.v
	if n.x {
		v = -1
	}
	return hit{end: end, typ: "DURATION", val: fmtDuration(v, u), mod: mod}
}

// agoHit resolves "two years ago" (against the DCT) or "two years
// earlier" (against the last date mentioned): dir is -1 or +1.
func (tg *tagger) agoHit(i, end int, n numPhrase, u unit, dir int, anaphoric bool) hit {
	h := hit{end: end, typ: "DATE", anchored: true}
	if !n.x && u.gran == gYear && u.mult == 1 && n.v*2 == float64(int(n.v*2)) && n.v != float64(int(n.v)) {
		// "two and a half years ago": thirty months back
		n.v, u = n.v*12, units["months"]
	}
	if n.x || n.v != float64(int(n.v)) {
		if anaphoric {
			// "a few days later", "a minute and a half later": no day
			// to count to, so the amount itself (TimeBank tags the
			// duration and leaves "later" as its signal)
			return tg.durHit(i, end-1, n, u, "")
		}
		if dir < 0 {
			h.val = "PAST_REF"
		} else {
			h.val = "FUTURE_REF"
		}
		return h
	}
	base, g, ok := tg.dct, u.gran, tg.known
	if anaphoric && tg.ref.ok {
		base, ok = tg.ref.t, true
		if tg.ref.g > g && tg.ref.g <= gYear {
			g = tg.ref.g
		}
	}
	if tg.ref.ok && tg.ref.g == gQuarter && u.gran == gYear && n.v == 1 {
		// "a year ago/earlier" in a quarterly report: the year-ago quarter
		g, base, ok = gQuarter, tg.topicQuarter(i, tg.ref).t, true
	} else if q, qok := tg.quarterRef(i, 2); qok && u.gran == gYear && n.v == 1 && tg.ref.g == gDay {
		// ... also after the quarter's closing day ("the quarter ended Sept. 30")
		g, base, ok = gQuarter, q, true
	}
	if g < gDay {
		g = gDay
	}
	if !ok {
		h.val = unknownAt(g)
		return h
	}
	sg := u.gran
	if sg > gYear {
		// decades and centuries count in years (mult): "a decade ago" is
		// the year ten years back, not a decade's value
		sg, g = gYear, gYear
	}
	t := shift(base, sg, dir*int(n.v)*u.mult)
	h.val = formatAt(t, g)
	if anaphoric && u.gran <= gWeek && g > gWeek && h.val != formatAt(base, g) {
		// "elected in 2005, a day earlier": a few days from a month or
		// a year cannot be placed in it, and must not leave it for the
		// one before (2004)
		h.val = formatAt(base, g)
	}
	if u.gran < gMonth { // "a year earlier" is an aside, not the new topic
		h.ref = &refDate{t: t, g: g, ok: true}
	}
	return h
}

// bareUnits matches plural units standing alone ("for years", "weeks
// of talks"): an unspecified duration.
func (tg *tagger) bareUnits(i int) (hit, bool) {
	w := tg.w(i)
	switch w {
	case "years", "months", "weeks", "days", "decades", "hours", "minutes", "centuries":
	default:
		return hit{}, false
	}
	p := tg.w(i - 1)
	if p == "the" || p == "those" || p == "these" || p == "of" && tg.w(i-2) == "number" {
		return hit{}, false
	}
	if tg.w(i+1) == "old" || tg.tok(i-1) != nil && tg.tok(i-1).kind == tkNum {
		return hit{}, false // "52 years old": an age
	}
	if w == "hours" && (p == "early" || p == "small" || p == "wee") {
		return hit{}, false // "in the early hours of Thursday": night, told by the day after it
	}
	if w == "minutes" && tg.w(i+1) == "apart" {
		return hit{}, false // "two blasts minutes apart": a gap between events
	}
	u := units[w]
	end := i + 1
	if tg.w(end) == "ago" {
		return hit{end: end + 1, typ: "DATE", val: "PAST_REF", anchored: true}, true
	}
	if tg.w(end) == "or" && units[tg.w(end+1)].letter != "" && strings.HasSuffix(tg.w(end+1), "s") {
		end += 2
	}
	if w == "centuries" {
		return hit{end: end, typ: "DURATION", val: "PXC"}, true
	}
	return hit{end: end, typ: "DURATION", val: fmtDuration(-1, u)}, true
}

// quantified matches "about two weeks", "more than a year", "up to 180 days".
func (tg *tagger) quantified(i int) (hit, bool) {
	mod, j := "", i
	if m, ok := twoWordQuantMods[[2]string{tg.w(i), tg.w(i + 1)}]; ok {
		mod, j = m, i+2
		if tg.w(i) == "no" && tg.w(i+2) == "than" {
			j = i + 3
		}
	} else if m, ok := quantMods[tg.w(i)]; ok {
		mod, j = m, i+1
		if w := tg.w(i); w == "over" || w == "under" {
			switch tg.w(j) {
			case "the", "this", "that", "these", "those", "next", "past", "last", "coming", "recent":
				return hit{}, false // "over the weekend", "over the next two years": a preposition
			}
		}
	} else {
		return hit{}, false
	}
	if tg.w(j) == "the" && (tg.w(j+1) == "past" || tg.w(j+1) == "last") { // "at least the past 18 months"
		h, ok := tg.theLed(j)
		if ok && h.typ == "DURATION" {
			h.mod = mod
			return h, true
		}
		return hit{}, false
	}
	// times: "around 7:15 p.m."
	if tg.tok(j) != nil && tg.tok(j).kind == tkNum {
		if h, ok := tg.clockTime(j); ok {
			h.mod = mod
			return h, true
		}
	}
	n, ok := tg.numberPhrase(j)
	if !ok {
		return hit{}, false
	}
	h, ok := tg.afterNumber(j, n)
	if !ok || h.typ == "SET" {
		return hit{}, false
	}
	if h.typ == "DURATION" || h.typ == "DATE" {
		h.mod = mod
		return h, true
	}
	return hit{}, false
}

// positional matches "early 2024", "late Thursday", "mid-October", "the
// end of 1990", "earlier this year".
func (tg *tagger) positional(i int) (hit, bool) {
	w := tg.w(i)
	mod, j := "", i+1
	switch w {
	case "early":
		mod = "START"
	case "late":
		mod = "END"
	case "mid":
		mod = "MID"
	case "earlier", "later":
		if n := tg.w(i + 1); n != "this" && n != "that" && n != "last" && n != "next" && n != "today" && n != "in" {
			return hit{}, false
		}
		if tg.w(i+1) == "in" { // "earlier in the day/week/year"
			if tg.w(i+2) != "the" {
				return hit{}, false
			}
			u, ok := units[tg.w(i+3)]
			if !ok || u.gran < gDay || u.gran > gYear {
				return hit{}, false
			}
			if tg.ref.ok && tg.known && (tg.ref.t.After(tg.dct) || tg.dct.Sub(tg.ref.t) > 366*24*time.Hour) {
				// "on April 30, 1975, ... Earlier in the day Rubin
				// visited": a date far from the news (or ahead of it)
				// is background; "in the day" is the news day
				saved := tg.ref
				tg.ref.ok = false
				h, ok := tg.anaphoricUnit(i, i+4, u.gran, 0)
				tg.ref = saved
				return h, ok
			}
			return tg.anaphoricUnit(i, i+4, u.gran, 0)
		}
	case "the":
		switch tg.w(i + 1) {
		case "end", "beginning", "start", "middle", "turn":
			if tg.w(i+2) != "of" {
				return hit{}, false
			}
			mod = map[string]string{"end": "END", "beginning": "START", "start": "START", "middle": "MID", "turn": "START"}[tg.w(i+1)]
			j = i + 3
		default:
			return hit{}, false
		}
	default:
		return hit{}, false
	}
	if tg.isPunct(j, "-") && tg.glued(j) {
		j++
	}
	if j >= len(tg.toks) {
		return hit{}, false
	}
	if w == "earlier" || w == "later" {
		mod = ""
	}
	var h hit
	var ok bool
	switch tg.w(j) {
	case "the":
		if u, found := units[tg.w(j+1)]; found && w == "the" && u.gran >= gWeek && u.gran <= gYear && !strings.HasSuffix(tg.w(j+1), "s") {
			if tg.ref.ok && tg.known && formatAt(tg.ref.t, u.gran) != formatAt(tg.dct, u.gran) &&
				(tg.ref.t.After(tg.dct) || tg.tense(i, j+2) >= 0) {
				// "Bolton will leave his post at the end of the year": a
				// plan runs to the end of the current year, whatever year
				// was named before; only a past narrative ("In 1998 ...
				// by the end of the year sales had doubled") follows it
				saved := tg.ref
				tg.ref.ok = false
				h, ok = tg.anaphoricUnit(j, j+2, u.gran, 0)
				tg.ref = saved
			} else {
				h, ok = tg.anaphoricUnit(j, j+2, u.gran, 0)
			}
		}
	case "this", "last", "next", "that", "past", "coming":
		if tg.w(j) == "that" {
			h, ok = tg.anaphoric(j, j+1, "that")
		} else {
			h, ok = tg.relative(j, j)
		}
	case "today", "yesterday", "tomorrow", "tonight":
		h, ok = tg.deictic(j)
	default:
		h, ok = tg.core(j)
	}
	if !ok || (h.typ != "DATE" && h.typ != "TIME") || strings.HasSuffix(h.val, "_REF") {
		return hit{}, false
	}
	if mod != "" && h.mod == "" {
		h.mod = mod
	}
	return h, true
}

// --- resolution helpers ---

// tense guesses whether the clause around tokens [s, e) speaks of the
// future (+1) or the past (-1), from the nearest tense marker; 0 when
// nothing tells.
func (tg *tagger) tense(s, e int) int {
	r, _ := tg.tenseDist(s, e)
	return r
}

// tenseDist is tense with the distance in tokens to the marker. The
// governing verb mostly precedes a time expression, so the left context
// is searched first.
func (tg *tagger) tenseDist(s, e int) (int, int) {
	// the distance counts words: "occurred at 7 a.m. (0400 GMT) on
	// Friday" is as close as "occurred on Friday" reads
	d := 0
	for k := s - 1; k >= 0 && k > s-20 && d < 10; k-- {
		if !tg.sameSentence(k, s) {
			break
		}
		if tg.toks[k].kind != tkWord {
			continue
		}
		d++
		if r := tg.tenseAt(k); r != 0 {
			return r, d
		}
	}
	limit := 10
	if tg.fronted(s) {
		// "In January, a week after the anniversary of the ruling, a
		// bomb exploded": a fronted adverbial takes the main verb's
		// tense, however far right it is
		limit = 40
	}
	for d := 1; d <= limit; d++ {
		k := e - 1 + d
		if k >= len(tg.toks) || !tg.sameSentence(k, s) {
			break
		}
		if r := tg.tenseAt(k); r != 0 {
			return r, d
		}
	}
	return 0, 99
}

// leftTense is the tense of the nearest marker among the n words before
// token s, in its sentence: the verb that governs "in January".
func (tg *tagger) leftTense(s, n int) int {
	d := 0
	for k := s - 1; k >= 0 && d < n; k-- {
		if !tg.sameSentence(k, s) {
			break
		}
		if tg.toks[k].kind != tkWord {
			continue
		}
		d++
		if r := tg.tenseAt(k); r != 0 {
			return r
		}
		if tg.unrealized(k) {
			return 0 // "hoped to give a report in May", "could transfer in January"
		}
	}
	return 0
}

// unrealized reports whether word k opens an action not yet done, which
// a past verb further left does not date: a conditional modal, or an
// infinitive ("the decision to start the cuts in February").
func (tg *tagger) unrealized(k int) bool {
	switch tg.w(k) {
	case "could", "should":
		return true
	case "to":
		n := tg.tok(k + 1)
		if n == nil || n.kind != tkWord || n.cap {
			return false
		}
		switch n.low {
		case "a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your",
			"him", "them", "it", "me", "us", "you", "all", "some", "any", "each", "every", "one", "be", "have",
			"power", "office", "date", "war", "court", "trial", "prison", "death", "talks", "peace":
			return false
		}
		_, unit := units[n.low]
		return !unit && !strings.HasSuffix(n.low, "ed") && !strings.HasSuffix(n.low, "ing") && !strings.HasSuffix(n.low, "s")
	}
	return false
}

// fronted reports whether the expression at s opens its sentence,
// alone or after a preposition ("In January, ...", "Last week, ...").
func (tg *tagger) fronted(s int) bool {
	if tg.sentenceStart(s) {
		return true
	}
	return s > 0 && tg.sentenceStart(s-1) && monthPreps[tg.w(s-1)]
}

func (tg *tagger) tenseAt(k int) int {
	t := &tg.toks[k]
	if t.kind != tkWord {
		return 0
	}
	w := t.low
	if f, ok := tenseWords[w]; ok {
		if w == "ll" && !(k > 0 && (tg.w(k-1) == "'" || tg.w(k-1) == "’")) {
			return 0
		}
		switch w {
		case "would", "might", "could", "should":
			if tg.modalPerfect(k) {
				return -1 // "inflation would have risen in October": the past
			}
		case "set", "going", "due", "plans", "plan", "planned", "expected", "supposed":
			a := tg.w(k + 1)
			if w == "due" && (a == "in" || a == "on" || a == "by") {
				break // "elections due in April"
			}
			if a != "to" && !(w != "plan" && w != "set" && w != "going" && (a == "a" || a == "an")) {
				return 0 // "protesters planned a rally on Saturday" is ahead
			}
		case "soon", "early":
			if tg.w(k-1) != "as" { // "as soon as", "as early as"
				return 0
			}
		case "may":
			if t.cap {
				return 0
			}
			if tg.modalPerfect(k) {
				return -1 // "may have fled in March"
			}
		case "must":
			if tg.w(k+1) == "have" {
				return 0 // "must have left": an inference about the past
			}
		case "ahead":
			switch tg.w(k - 1) {
			case "went", "go", "goes", "going", "gone", "pushed", "pressed", "moved", "forged":
				return 0 // "went ahead with the trip": the verb tells
			}
		case "have":
			switch tg.w(k - 1) {
			case "can", "could", "will", "would", "may", "might", "should", "must", "to", "ll":
				return 0 // "can have a deal in February": the modal tells
			}
			fallthrough
		case "has":
			switch tg.w(k + 1) {
			case "the", "a", "an", "to", "no", "its", "their", "his", "her", "our", "some", "any", "more", "many", "two", "three":
				return 0 // "we have the Gulf Cup in January": possession, not a perfect
			}
		}
		if w == "last" || w == "next" {
			return 0 // these qualify their own noun
		}
		if f {
			switch w {
			case "due", "scheduled", "expected", "set", "planned", "going", "supposed":
				if tg.w(k-1) == "been" && tg.w(k-2) == "had" {
					return -1 // "it had been due to expire Friday": a plan now past
				}
				if w == "supposed" && (tg.w(k-1) == "was" || tg.w(k-1) == "were") {
					return -1 // "was supposed to leave Friday, but ...": a plan that failed
				}
			}
			return 1
		}
		if participleAfterAux(tg.w(k - 1)) {
			return 0 // "will be paid", "to be held": the auxiliary tells
		}
		return -1
	}
	if w == "forward" && (tg.w(k-1) == "looking" || tg.w(k-1) == "look" || tg.w(k-1) == "looks" || tg.w(k-1) == "looked") {
		return 1 // "was looking forward to Chirac's visit in May"
	}
	if len(w) >= 5 && strings.HasSuffix(w, "ed") && !edWords[w] && !t.cap && !strings.HasPrefix(w, "un") {
		// un-...-ed words are adjectives ("an unspecified date", "undisclosed")
		if participleAfterAux(tg.w(k - 1)) {
			return 0 // passive or non-finite: the auxiliary tells
		}
		switch tg.w(k - 1) {
		case "the", "a", "an", "its", "their", "his", "her", "our":
			return 0 // an adjective: "the reduced dividend"
		}
		return -1
	}
	if w == "to" && (tg.w(k-1) == "is" || tg.w(k-1) == "are") {
		return 1 // "is to resume"
	}
	return 0
}

// modalPerfect reports whether the modal at k is followed by "have" and
// a participle ("would have risen", "may have fled"): a past event seen
// as a counterfactual or a guess. "would have been her birthday" says
// nothing of the event's own time.
func (tg *tagger) modalPerfect(k int) bool {
	if tg.w(k+1) != "have" {
		return false
	}
	p := tg.w(k + 2)
	if p == "been" {
		return false
	}
	f, irregular := tenseWords[p]
	return strings.HasSuffix(p, "ed") || strings.HasSuffix(p, "en") || irregular && !f
}

// participleAfterAux reports whether a participle after word p is part
// of a passive or non-finite verb, whose tense p (or what precedes it)
// carries.
func participleAfterAux(p string) bool {
	switch p {
	case "be", "been", "being", "is", "are", "to", "will", "would":
		return true
	}
	return false
}

// resolveWeekday resolves a weekday name mentioned in tokens [s, e).
func (tg *tagger) resolveWeekday(wd, s, e int) (time.Time, bool) {
	if !tg.known {
		return time.Time{}, false
	}
	if p := tg.w(s - 1); (p == "until" || p == "till") && !tg.sentenceStart(s-1) && tg.w(e) != "when" {
		// "postponed until Tuesday", "gave them until 9 a.m. Tuesday": a
		// deadline ahead, whatever the tense of the clause ("Until
		// Thursday, they had not..." opening a sentence looks back)
		return weekdayNear(tg.dct, wd, true), true
	}
	t := tg.tense(s, e)
	if t == 0 {
		past, fut := weekdayNear(tg.dct, wd, false), weekdayNear(tg.dct, wd, true)
		if fut.Sub(tg.dct) < tg.dct.Sub(past) {
			return fut, true
		}
		return past, true
	}
	return weekdayNear(tg.dct, wd, t > 0), true
}

// resolveMonthDay picks the year of a month-day without one: by tense,
// else the nearest to the DCT.
func (tg *tagger) resolveMonthDay(m, d, s, e int) (time.Time, bool) {
	if y, ok := tg.rangeYear(s, m); ok && validDay(y, m, d) {
		return mkDay(y, m, d), true
	}
	if !tg.known {
		return time.Time{}, false
	}
	y := tg.dct.Year()
	var past, fut time.Time
	for _, yy := range [3]int{y - 1, y, y + 1} {
		if !validDay(yy, m, d) {
			continue
		}
		t := mkDay(yy, m, d)
		if !t.After(tg.dct) {
			past = t
		} else if fut.IsZero() {
			fut = t
		}
	}
	if past.IsZero() {
		return fut, !fut.IsZero()
	}
	if fut.IsZero() {
		return past, true
	}
	if tg.happenedNounAfter(e) {
		return past, true // "the Feb. 14 assassination of Hariri"
	}
	dp, df := tg.dct.Sub(past), fut.Sub(tg.dct)
	const day = 24 * time.Hour
	tense, dist := tg.tenseDist(s, e)
	if deadlineWords[tg.w(s-1)] || deadlineWords[tg.w(e)] || deadlineWords[tg.w(e+1)] || deadlineWords[tg.w(e+2)] {
		tense = 0 // "extended to Nov. 16", "by Jan. 14": the clause's tense is not the date's
	}
	switch {
	case tense > 0 && df < 300*day:
		return fut, true
	case tense < 0 && dist > 2 && df <= 45*day && dp > 300*day:
		// "said it is calling for the redemption on Dec. 7": a distant
		// (often reporting) verb is not the date's tense, and a day
		// eleven months back would be written with its year
		return fut, true
	case tense < 0:
		return past, true // "since the October 7 attack", up to a year back
	case df <= 120*day && dp > 240*day:
		return fut, true // a date named without tense, a few weeks ahead
	}
	return past, true
}

// happenedNounAfter reports whether a noun naming something that has
// happened follows the date ending before token e, as its modifier or
// possessor: "the Feb. 14 assassination", "in a February bomb blast",
// "February's killing", "Friday's November employment report" (a month's
// figures come out after it). Nobody schedules a bombing, so whatever
// the clause's modal, the date is past.
func (tg *tagger) happenedNounAfter(e int) bool {
	k := e
	if tg.possessive(k) {
		k += 2
	}
	for n := 0; n < 3; n++ {
		t := tg.tok(k + n)
		if t == nil || t.kind != tkWord || !tg.sameSentence(k+n, e-1) {
			return false
		}
		if happenedNouns[t.low] {
			return true
		}
		if clauseWords[t.low] {
			return false
		}
	}
	return false
}

// happenedNouns name events that cannot lie ahead, and the figures of a
// period that has ended.
var happenedNouns = map[string]bool{
	"assassination": true, "assassinations": true, "killing": true, "killings": true, "murder": true,
	"murders": true, "massacre": true, "bombing": true, "bombings": true, "blast": true, "blasts": true,
	"explosion": true, "explosions": true, "crash": true, "earthquake": true, "quake": true, "tsunami": true,
	"coup": true, "invasion": true, "shooting": true, "shootings": true, "kidnapping": true, "abduction": true,
	"disappearance": true, "derailment": true, "collapse": true, "uprising": true, "riots": true,
	"figures": true, "data": true, "payrolls": true, "statistics": true, "employment": true, "unemployment": true,
	"jobless": true, "inflation": true,
}

// clauseWords end the noun phrase after a date.
var clauseWords = map[string]bool{
	"of": true, "in": true, "on": true, "at": true, "to": true, "for": true, "by": true, "and": true,
	"or": true, "with": true, "from": true, "that": true, "which": true, "who": true, "was": true,
	"were": true, "is": true, "are": true, "will": true, "would": true, "has": true, "have": true,
	"had": true, "be": true, "been": true, "the": true, "a": true, "an": true, "when": true, "after": true,
	"before": true, "as": true, "but": true, "this": true, "next": true, "last": true,
}

// deadlineWords before a date make it a deadline or a schedule, whatever
// the tense of the clause.
var deadlineWords = map[string]bool{
	"by": true, "until": true, "till": true, "to": true, "effective": true, "payable": true,
	"record": true, "through": true, "deadline": true, "deadlines": true, "target": true,
}

// resolveMonth picks the year of a month named without one: in the past
// the latest such month on or before the DCT's, in the future the next.
func (tg *tagger) resolveMonth(m, s, e int) (int, bool) {
	if y, ok := tg.rangeYear(s, m); ok {
		return y, true
	}
	if !tg.known {
		return 0, false
	}
	y := tg.dct.Year()
	dm := int(tg.dct.Month())
	pastY, futY := y, y
	if m > dm {
		pastY = y - 1
	}
	if m < dm {
		futY = y + 1
	}
	back := (dm - m + 12) % 12 // months back to the past candidate
	ahead := (m - dm + 12) % 12
	if tg.happenedNounAfter(e) {
		return pastY, true // "a February bomb blast", "the November jobs report"
	}
	tense, dist := tg.tenseDist(s, e)
	switch {
	case tense < 0 && dist <= 2:
		return pastY, true // "since October", "intervened in February"
	case tense < 0 && tg.fronted(s):
		return pastY, true // "Between January and October, Hong Kong surpassed Japan"
	case tense <= 0 && m < dm && tg.rangeToPastMonth(e, m, dm):
		return y, true // "from January to October" in November: this year's run
	case tg.w(s-1) == "in" && tg.leftTense(s, 10) < 0:
		return pastY, true // "after winning parliamentary elections in January"
	case ahead <= 2 && back >= 10:
		return futY, true // next month, not eleven months ago
	case tense > 0 && (ahead <= 6 || tg.leftTense(s, 10) > 0), tg.deadlineMonth(s, ahead) && !(tense < 0 && dist <= 3):
		// a modal after the month ("activity increased 0.2 percent in
		// October, suggesting growth will slow") does not move a month
		// just past into next year
		return futY, true
	case tense < 0 && dist <= 5:
		return pastY, true
	case back >= 9 && ahead <= 3 && tense == 0:
		return futY, true
	}
	return pastY, true
}

// deadlineMonth reports whether the month at s, ahead months after the
// DCT's, is the end of a span still running: "by January", "loans
// through January" (not "this year through August", a range closing a
// period named before it, nor a month most of a year ahead).
func (tg *tagger) deadlineMonth(s, ahead int) bool {
	switch tg.w(s - 1) {
	case "by":
		return true
	case "until", "till", "through":
		if n := len(tg.out); n > 0 && s >= 2 && tg.out[n-1].End == tg.toks[s-2].e {
			return false
		}
		return ahead <= 6
	}
	return false
}

// rangeToPastMonth reports whether a month range continues at e to a
// later month that has already come this year ("January to October",
// "the January-October period" in November).
func (tg *tagger) rangeToPastMonth(e, m, dm int) bool {
	switch tg.w(e) {
	case "to", "through", "-", "–", "and", "till", "until":
	default:
		return false
	}
	m2, ok := monthNames[tg.w(e+1)]
	if !ok {
		m2, ok = monthAbbrevs[tg.w(e+1)]
	}
	return ok && m2 > m && m2 <= dm
}

// rangeYear gives the second member of a range ("between October 2023 and
// January", "October 2023 through January") the year that puts it after
// the first.
func (tg *tagger) rangeYear(s, m int) (int, bool) {
	if len(tg.out) == 0 {
		return 0, false
	}
	k := s - 1
	switch tg.w(k) {
	case "and", "to", "through", "until", "till", "-", "–", "thru":
	default:
		return 0, false
	}
	prev := tg.out[len(tg.out)-1]
	if prev.End != tg.toks[k-1].e || prev.Type != "DATE" {
		return 0, false
	}
	if tg.w(k) == "and" {
		// "between October 2023 and January"; "Valentine's Day and
		// Christmas" is no range
		b := k - 1
		for b > 0 && tg.toks[b].s > prev.Start {
			b--
		}
		if tg.w(b-1) != "between" {
			return 0, false
		}
	}
	if _, wd := weekdays[lower(firstWord(prev.Text))]; wd && tg.w(k) != "through" {
		return 0, false // "a revision Friday to December's figures" is no range
	}
	r, ok := parseYM(prev.Value)
	if !ok {
		return 0, false
	}
	y := r.Year()
	if m < int(r.Month()) {
		y++
	}
	return y, true
}

// parseYM reads the year and month of a YYYY-MM or YYYY-MM-DD value.
func parseYM(v string) (time.Time, bool) {
	if len(v) < 7 || v[4] != '-' || !allDigits(v[:4]) || !allDigits(v[5:7]) {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01", v[:7])
	return t, err == nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// firstWord is the text up to its first space.
func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// midPart matches "mid afternoon", "mid-morning yesterday", "mid-afternoon
// Friday": a part of the DCT's day or of the day named after it.
func (tg *tagger) midPart(i int) (hit, bool) {
	k := i + 1
	if tg.isPunct(k, "-") && tg.glued(k) {
		k++
	}
	p, ok := partsOfDay[tg.w(k)]
	if !ok || p == "NI" {
		return hit{}, false
	}
	end := k + 1
	day, known := tg.dct, tg.known
	switch w := tg.w(end); w {
	case "yesterday", "today", "tomorrow":
		day = tg.today.AddDate(0, 0, map[string]int{"yesterday": -1, "tomorrow": 1}[w])
		end++
	default:
		if wd, ok := weekdays[w]; ok && tg.toks[end].cap {
			day, known = tg.resolveWeekday(wd, i, end+1)
			end++
		}
	}
	if !known {
		return hit{end: end, typ: "TIME", val: "XXXX-XX-XXT" + p}, true
	}
	return tg.partOfDayHit(i, end, day, p), true
}

// premodifier reports whether tokens [s, end) form a hyphenated time
// compound ("year-ago", "third-quarter", "two-day") modifying the noun
// after them, so that a "the" before them is the noun's.
func (tg *tagger) premodifier(s, end int) bool {
	hyph := false
	for k := s + 1; k < end; k++ {
		if tg.isPunct(k, "-") && tg.glued(k) && tg.glued(k+1) {
			hyph = true
		}
	}
	n := tg.tok(end)
	if !hyph || n == nil || n.kind != tkWord || n.cap {
		return false
	}
	if _, ok := units[n.low]; ok {
		return false
	}
	switch n.low {
	case "of", "to", "and", "or", "through", "ended", "ending", "before", "after", "ago", "earlier", "later", "period", "periods":
		return false
	}
	return true
}

// earlierOpening matches "Earlier" alone opening a sentence ("Earlier, he
// said", "Earlier the army had shelled"): some time before the news,
// PAST_REF. "Earlier this week", "Earlier in the day" are positional
// expressions and "Earlier Friday" leaves the day to be tagged alone;
// "Earlier reports said" is an adjective on a noun.
func (tg *tagger) earlierOpening(i int) (hit, bool) {
	if !tg.toks[i].cap || !tg.sentenceStart(i) {
		return hit{}, false
	}
	n := tg.tok(i + 1)
	switch {
	case n == nil:
		return hit{}, false
	case n.kind == tkPunct:
		if n.low != "," {
			return hit{}, false
		}
	case n.kind != tkWord:
		return hit{}, false
	case earlierSubjects[n.low]:
	case n.cap:
		if _, ok := weekdays[n.low]; ok {
			return hit{}, false
		}
		if _, ok := monthNames[n.low]; ok {
			return hit{}, false
		}
		if _, ok := monthAbbrevs[n.low]; ok {
			return hit{}, false
		}
		switch n.low {
		case "today", "yesterday", "tonight", "this", "that", "in", "on", "last", "than":
			return hit{}, false
		}
	default:
		return hit{}, false
	}
	return tg.refHit(i, i+1, "PAST_REF"), true
}

// earlierSubjects open the clause after a sentence-initial "Earlier"
// (pronouns and the article): "Earlier he said", "Earlier the army had".
var earlierSubjects = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "we": true, "the": true, "police": true,
}
