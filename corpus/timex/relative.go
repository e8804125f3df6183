package timex

import (
	"strconv"
	"strings"
	"time"

	"github.com/annals/annals/model"
)

// relOffsets: how far "this/last/next X" moves from the DCT.
var relOffsets = map[string]int{"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}

// relative matches "this week", "last year", "next month", "last
// Friday", "last November", "this summer", "the past two months",
// "this morning", "last night". i is the determiner; start the first token
// of the expression.
func (tg *tagger) relative(i, start int) (hit, bool) {
	det := tg.w(i)
	off, ok := relOffsets[det]
	if !ok {
		return hit{}, false
	}
	if det == "following" && tg.w(i-1) != "the" {
		// "calm returned following Friday's demonstration": a
		// preposition, the weekday is read on its own
		return hit{}, false
	}
	if det == "last" && tg.lastIsVerb(i) {
		return hit{}, false
	}
	j := i + 1
	if det == "this" && tg.w(j) == "past" { // "this past weekend"
		off, j = -1, j+1
	}
	if det == "this" && tg.w(j) == "coming" {
		off, j = 1, j+1
	}
	if tg.w(j) == "fiscal" && tg.w(j+1) == "year" {
		j++
	}
	w := tg.w(j)
	if tg.toks[i].cap && i == start && !tg.sentenceStart(i) && j < len(tg.toks) && tg.toks[j].cap {
		if _, isUnit := units[w]; isUnit {
			return hit{}, false // "ABC's \"This Week\"": a title, not a date
		}
	}
	// counted durations: "the past two months", "last three years", "next few days"
	if n, ok := tg.numberPhrase(j); ok && w != "a" && w != "an" {
		if u, k, ok := tg.unitAt(n.end); ok {
			if tg.w(k) == "or" && tg.w(k+1) == "so" {
				k += 2
			}
			if off < 0 && (det != "last" || tg.w(i-1) == "these") && vagueStretch(n, u, tg.w(j)) {
				return hit{end: k, typ: "DATE", val: "PAST_REF"}, true
			}
			return tg.durHit(start, k, n, u, ""), true
		}
	}
	if u, ok := units[w]; ok {
		if strings.HasSuffix(w, "s") || w == "centuries" {
			// "coming days", "past weeks"
			if off > 0 {
				return hit{end: j + 1, typ: "DATE", val: "FUTURE_REF"}, true
			}
			if off < 0 {
				// "previous weeks", "the past years": a vague stretch
				// of the past, PAST_REF as seed-gold reads "the past"
				// and "recent years" (TimeBank has "past years" so too)
				return hit{end: j + 1, typ: "DATE", val: "PAST_REF"}, true
			}
			return hit{}, false
		}
		if det == "past" || det == "last" && tg.w(start) == "the" {
			return hit{end: j + 1, typ: "DURATION", val: fmtDuration(1, u)}, true
		}
		if det == "following" || det == "previous" {
			return tg.anaphoricUnit(start, j+1, u.gran, off)
		}
		if u.gran == gYear && (tg.w(j+1) == "'" || tg.w(j+1) == "’") && tg.w(j+2) == "s" && tg.known {
			// "this year's third quarter", "last year's quarter"
			y := tg.dct.Year() + off
			if o, ok := ordinals[tg.w(j+3)]; ok && o <= 4 && tg.w(j+4) == "quarter" {
				t := mkDay(y, 3*o-2, 1)
				return hit{end: j + 5, typ: "DATE", val: fmtQuarter(y, o), anchored: true, ref: &refDate{t: t, g: gQuarter, ok: true}}, true
			}
			if q, ok := tg.quarterRef(j, 3); tg.w(j+3) == "quarter" && ok {
				return hit{end: j + 4, typ: "DATE", val: fmtQuarter(y, quarterOf(int(q.Month()))), anchored: true}, true
			}
		}
		return tg.unitFromDCT(j+1, u.gran, off)
	}
	if w == "weekend" {
		return tg.weekend(j+1, off, det)
	}
	if wd, ok := weekdays[w]; ok && tg.toks[j].cap {
		if !tg.known {
			return hit{end: j + 1, typ: "DATE", val: "XXXX-WXX-" + string(rune('0'+wd))}, true
		}
		var day time.Time
		switch {
		case (det == "previous" || det == "following") && tg.lastDay.ok:
			// "closed lower Friday ... down 4.5% from the previous
			// Friday": the last day the narrative named is the base, as
			// with "the following day", not the day of writing
			day = weekdayNear(tg.lastDay.t.AddDate(0, 0, off), wd, off > 0)
		case off < 0:
			day = weekdayNear(tg.dct.AddDate(0, 0, -1), wd, false)
		case off > 0:
			day = weekdayNear(tg.dct.AddDate(0, 0, 1), wd, true)
		default:
			d, _ := tg.resolveWeekday(wd, start, j+1)
			day = d
		}
		end := j + 1
		if p, ok := partsOfDay[tg.w(end)]; ok {
			return tg.partOfDayHit(start, end+1, day, p), true
		}
		return tg.dayHit(end, day, true), true
	}
	if m, ok := monthNames[w]; ok && tg.toks[j].cap {
		if !tg.known {
			return hit{end: j + 1, typ: "DATE", val: "XXXX-" + pad2(m)}, true
		}
		y := tg.dct.Year()
		dm := int(tg.dct.Month())
		switch {
		case off < 0 && m >= dm:
			y--
		case off < 0 && m == dm-1 && !deadlineWords[tg.w(start-1)] && tg.w(start-1) != "ended":
			// "accession talks began last October" in November: last
			// month would be "last month", so the year before (but "the
			// 12 months to last March" in April is this year's March)
			y--
		case off > 0 && m <= dm:
			y++
		}
		t := mkDay(y, m, 1)
		return hit{end: j + 1, typ: "DATE", val: fmtMonth(t), anchored: true, ref: &refDate{t: t, g: gMonth, ok: true}}, true
	}
	if s, ok := seasons[w]; ok {
		return tg.seasonLed(start, j, s, off+10)
	}
	if p, ok := partsOfDay[w]; ok && (det == "this" || det == "last" && w == "night") {
		if !tg.known {
			return hit{end: j + 1, typ: "TIME", val: "XXXX-XX-XXT" + p}, true
		}
		day := tg.today
		if det == "last" {
			day = day.AddDate(0, 0, -1)
		}
		return tg.partOfDayHit(start, j+1, day, p), true
	}
	if w == "time" && det == "this" {
		return hit{}, false
	}
	return hit{}, false
}

// lastVerbCue are words after which "last" is the verb ("will last
// several weeks", "expected to last two years"), not "the previous".
var lastVerbCue = map[string]bool{
	"will": true, "would": true, "could": true, "can": true, "may": true, "might": true,
	"should": true, "must": true, "still": true, "not": true, "could've": true,
	"did": true, "does": true, "do": true, "won't": true, "cannot": true, "usually": true,
}

// lastIsVerb reports whether "last" at i is the verb: after a modal
// ("the rainy season will still last several weeks") or after "to"
// before a count ("expected to last three days"; "talks to last
// week's summit" is the adjective).
func (tg *tagger) lastIsVerb(i int) bool {
	if lastVerbCue[tg.w(i-1)] {
		return true
	}
	if tg.w(i-1) != "to" {
		return false
	}
	_, ok := tg.numberPhrase(i + 1)
	return ok && tg.w(i+1) != "a" && tg.w(i+1) != "an"
}

// vagueStretch reports whether an uncounted number of weeks or longer
// units ("few", "several") follows "the past/last/previous": "the last
// few months", "the past several quarters" are a vague stretch of the
// past, PAST_REF as "recent months" and "the past years" are (TimeBank
// so too); a counted one ("the past two months") stays a duration, and
// "many" ("the past many years") is rare enough to leave so.
func vagueStretch(n numPhrase, u unit, word string) bool {
	return n.x && u.gran >= gWeek && word != "many"
}

// unitFromDCT is "this/last/next <unit>" against the DCT.
func (tg *tagger) unitFromDCT(end, g, off int) (hit, bool) {
	if g < gDay {
		return hit{}, false
	}
	if !tg.known {
		return hit{end: end, typ: "DATE", val: unknownAt(g)}, true
	}
	t := shift(tg.dct, g, off)
	return hit{end: end, typ: "DATE", val: formatAt(t, g), anchored: true, ref: &refDate{t: t, g: g, ok: true}}, true
}

// anaphoricUnit is "that day", "the following week", "the previous year":
// the last date mentioned (else the DCT) moved by off units.
func (tg *tagger) anaphoricUnit(start, end, g, off int) (hit, bool) {
	if g < gDay || g > gCentury {
		return hit{}, false
	}
	base, ok := tg.dct, tg.known
	if tg.ref.ok && tg.ref.g <= g {
		base, ok = tg.ref.t, true
	} else if d, month, found := tg.narrativeDay(g, off); found {
		if month != "" {
			// "was caught in June. The following day": a day of that
			// month, which one unknown
			return hit{end: end, typ: "DATE", val: month, anchored: true}, true
		}
		base, ok = d, true
	}
	if !ok {
		return hit{end: end, typ: "DATE", val: unknownAt(g)}, true
	}
	t := shift(base, g, off)
	return hit{end: end, typ: "DATE", val: formatAt(t, g), anchored: true, ref: &refDate{t: t, g: g, ok: true}}, true
}

// anaphoric matches "that day", "that week", "the same day"; j is the
// token after the determiner.
func (tg *tagger) anaphoric(i, j int, det string) (hit, bool) {
	if det == "that" && (tg.w(j) == "same" || tg.w(j) == "very") {
		j++ // "that same day", "that very morning"
	}
	w := tg.w(j)
	if p, ok := partsOfDay[w]; ok && w != "nights" {
		base, known := tg.dct, tg.known
		if tg.ref.ok && tg.ref.g == gDay {
			base, known = tg.ref.t, true
		}
		if det == "next" || det == "following" {
			base = base.AddDate(0, 0, 1)
		}
		if !known {
			return hit{end: j + 1, typ: "TIME", val: "XXXX-XX-XXT" + p}, true
		}
		return tg.partOfDayHit(i, j+1, base, p), true
	}
	u, ok := units[w]
	if !ok || strings.HasSuffix(w, "s") || u.gran < gDay {
		return hit{}, false
	}
	off := 0
	end := j + 1
	switch det {
	case "next", "following":
		off = 1
	case "previous", "prior":
		off = -1
	}
	if tg.w(end) == "before" && tg.clauseEndAt(end+1) {
		off, end = -1, end+1
	} else if tg.w(end) == "after" && tg.clauseEndAt(end+1) {
		off, end = 1, end+1
	}
	if (det == "that" || det == "same") && off == 0 && u.gran == gDay && tg.ref.ok && (tg.ref.g == gMonth || tg.ref.g == gYear) && tg.ref.sent >= tg.toks[i].sent-1 {
		// "in October ... that same day": a day of the month just
		// named, not the day of writing
		v := formatAt(tg.ref.t, tg.ref.g) + "-XX"
		if tg.ref.g == gYear {
			v += "-XX"
		}
		return hit{end: end, typ: "DATE", val: v, anchored: true}, true
	}
	return tg.anaphoricUnit(i, end, u.gran, off)
}

// weekend resolves "the weekend", "this weekend", "last weekend".
func (tg *tagger) weekend(end, off int, det string) (hit, bool) {
	if !tg.known {
		return hit{end: end, typ: "DATE", val: "XXXX-WXX-WE"}, true
	}
	var sat time.Time
	switch {
	case off < 0:
		sat = weekdayNear(tg.dct.AddDate(0, 0, -1), 6, false)
		if isoWeekday(tg.dct) == 7 {
			sat = sat.AddDate(0, 0, -7)
		}
	case off > 0:
		sat = weekdayNear(tg.dct.AddDate(0, 0, 1), 6, true)
	default:
		if tg.tense(end-1, end) > 0 || det == "this" && isoWeekday(tg.dct) < 6 && tg.tense(end-1, end) == 0 {
			sat = weekdayNear(tg.dct, 6, true)
		} else {
			sat = weekdayNear(tg.dct, 6, false)
			if isoWeekday(tg.dct) == 7 {
				sat = tg.dct.AddDate(0, 0, -1)
			}
		}
	}
	return hit{end: end, typ: "DATE", val: fmtWeek(sat) + "-WE", anchored: true, ref: &refDate{t: sat, g: gWeek, ok: true}}, true
}

// seasonLed matches "summer", "summer 2024", "the summer of 2024" and,
// through relative, "last fall". mode: 0 bare, 9/10/11 = last/this/next.
func (tg *tagger) seasonLed(start, j int, s string, mode int) (hit, bool) {
	t := &tg.toks[j]
	end := j + 1
	k := end
	if tg.w(k) == "of" {
		k++
	}
	if y, e, ok := tg.yearSpan(k); ok {
		return hit{end: e, typ: "DATE", val: fmtYear(y) + "-" + s, ref: &refDate{t: mkDay(y, seasonStart[s], 1), g: gQuarter, ok: true}}, true
	}
	if mode == 0 {
		// a bare season word: only after a preposition or "the" ("fall" is a verb)
		p := tg.w(start - 1)
		if start == j && (!monthPreps[p] || p == "to" || p == "-") || t.cap && !tg.sentenceStart(j) {
			return hit{}, false
		}
		if start == j && s == "FA" {
			return hit{}, false
		}
		if s == "FA" && t.low == "fall" && (tg.w(end) == "of" || tg.w(end) == "in") {
			return hit{}, false // "the fall of the government", "a fall in prices"
		}
	}
	if !tg.known {
		return hit{end: end, typ: "DATE", val: "XXXX-" + s}, true
	}
	sm := seasonStart[s]
	occ := func(y int) (time.Time, time.Time) {
		b := mkDay(y, sm, 1)
		return b, b.AddDate(0, 3, 0)
	}
	y := tg.dct.Year()
	if s == "WI" && tg.dct.Month() <= 2 {
		y--
	}
	switch mode {
	case 9: // last: latest that has ended
		for {
			_, e := occ(y)
			if !e.After(tg.dct) {
				break
			}
			y--
		}
	case 11: // next: earliest not yet begun
		for {
			b, _ := occ(y)
			if b.After(tg.dct) {
				break
			}
			y++
		}
	case 0:
		switch tg.tense(start, end) {
		case -1:
			for {
				b, _ := occ(y)
				if !b.After(tg.dct) {
					break
				}
				y--
			}
		case 1:
			for {
				_, e := occ(y)
				if e.After(tg.dct) {
					break
				}
				y++
			}
		}
	}
	b, _ := occ(y)
	return hit{end: end, typ: "DATE", val: fmtYear(y) + "-" + s, anchored: true, ref: &refDate{t: b, g: gQuarter, ok: true}}, true
}

// theLed matches expressions opening with "the".
func (tg *tagger) theLed(i int) (hit, bool) {
	j := i + 1
	w := tg.w(j)
	switch w {
	case "past":
		if h, ok := tg.relative(j, i); ok {
			h.start = i
			return h, true
		}
		return hit{end: j + 1, typ: "DATE", val: "PAST_REF"}, true
	case "future":
		return hit{end: j + 1, typ: "DATE", val: "FUTURE_REF"}, true
	case "short", "long":
		// "in the long run" is an idiom for "eventually", not a time
		// (TimeBank leaves it); "the short term" is a period ahead
		if tg.w(j+1) == "term" {
			return hit{end: j + 2, typ: "DATE", val: "FUTURE_REF"}, true
		}
	case "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties":
		return hit{end: j + 1, typ: "DATE", val: "19" + strconv.Itoa(decadeWords[w])}, true
	case "days", "weeks", "months", "years":
		if tg.w(j+1) == "ahead" {
			return hit{end: j + 2, typ: "DURATION", val: fmtDuration(-1, units[w])}, true
		}
	case "near", "distant", "foreseeable":
		if tg.w(j+1) == "future" || tg.w(j+1) == "term" {
			return hit{end: j + 2, typ: "DATE", val: "FUTURE_REF"}, true
		}
	case "coming", "last", "next", "previous", "following", "first", "latest", "final", "remaining", "current", "prior":
		if w == "current" || w == "latest" {
			if q, ok := tg.quarterPhrase(i, j+1, w); ok {
				return q, true
			}
		}
		if w == "last" && tg.w(j+1) == "half" {
			return tg.ordinalPeriod(i, j, 2) // "the last half of 1989": 1989-H2
		}
		if n, ok := tg.numberPhrase(j + 1); ok && tg.w(j+1) != "a" {
			if u, k, ok := tg.unitAt(n.end); ok {
				if h, ok := tg.halfOfYear(i, w, n, u, k); ok {
					return h, true
				}
				if tg.w(k) == "or" && tg.w(k+1) == "so" {
					k += 2
				}
				if (w == "last" || w == "previous" || w == "prior") && vagueStretch(n, u, tg.w(j+1)) {
					return hit{end: k, typ: "DATE", val: "PAST_REF"}, true
				}
				return tg.durHit(i, k, n, u, ""), true
			}
		}
		if _, ok := weekdays[tg.w(j+1)]; ok && (w == "previous" || w == "following") {
			// "the previous Friday": counted from the day just named
			if h, ok := tg.relative(j, i); ok {
				return h, true
			}
		}
		if w == "next" || w == "following" || w == "previous" || w == "prior" {
			if h, ok := tg.anaphoric(i, j+1, w); ok {
				return h, true
			}
		}
		if w == "coming" || w == "last" || w == "current" {
			// "the current year" keeps its article, as "the last year"
			if h, ok := tg.relative(j, i); ok {
				return h, true
			}
		}
		if o, ok := ordinals[tg.w(j)]; ok {
			return tg.ordinalPeriod(i, j, o)
		}
	case "same", "corresponding", "comparable", "equivalent":
		if h, ok := tg.yearAgoPeriod(j + 1); ok {
			return h, true
		}
		if w == "same" {
			return tg.anaphoric(i, j+1, "same")
		}
	case "weekend":
		return tg.weekend(j+1, 0, "the")
	case "day":
		if a := tg.w(j + 1); (a == "before" || a == "after") && tg.clauseEndAt(j+2) {
			return tg.anaphoric(i, j, "the")
		} else if a == "before" || a == "after" {
			// "the day before last Tuesday's hearing"
			if h, ok := tg.match(j + 2); ok && h.ref != nil && h.ref.g == gDay && h.typ == "DATE" {
				d := 1
				if a == "before" {
					d = -1
				}
				t := h.ref.t.AddDate(0, 0, d)
				return tg.dayHit(h.end, t, true), true
			}
		}
	case "year":
		if tg.isPunct(j+1, "-") && tg.glued(j+1) {
			return tg.yearCompound(j)
		}
		if n, ok := tg.numberPhrase(j + 1); ok && n.v >= 1000 && tg.toks[j+1].kind == tkWord {
			// "the year two thousand"
			y := int(n.v)
			return hit{end: n.end, typ: "DATE", val: fmtYear(y)}, true
		}
		if y, ok := tg.yearAt(j + 1); ok {
			return hit{end: j + 2, typ: "DATE", val: fmtYear(y)}, true
		}
		if y, ok := tg.yearAt(j + 2); ok && tg.w(j+1) == "of" {
			return hit{end: j + 3, typ: "DATE", val: fmtYear(y)}, true // "the year of 2006"
		}
		if tg.isPunct(i-1, ",") {
			if y, ok := tg.yearAt(i - 2); ok {
				// "In 2000, the year the data was collected": that year
				return hit{end: j + 1, typ: "DATE", val: fmtYear(y)}, true
			}
		}
		if a := tg.w(j + 1); (a == "before" || a == "after") && tg.clauseEndAt(j+2) {
			return tg.anaphoric(i, j, "the")
		}
		return tg.theYear(j + 1), true
	case "week":
		if tg.w(j+1) == "of" {
			if h, ok := tg.core(j + 2); ok && h.ref != nil && h.ref.g == gDay {
				return hit{end: h.end, typ: "DATE", val: fmtWeek(h.ref.t), anchored: h.anchored, ref: &refDate{t: h.ref.t, g: gWeek, ok: true}}, true
			}
		}
		return tg.unitFromDCT(j+1, gWeek, 0)
	case "quarter", "period":
		h, ok := tg.quarterPhrase(i, j, "")
		if ok && h.ref != nil && tg.w(h.end) == "a" && tg.w(h.end+1) == "year" && (tg.w(h.end+2) == "ago" || tg.w(h.end+2) == "earlier") {
			// "the quarter a year ago": one expression, the year-ago quarter
			t := h.ref.t.AddDate(-1, 0, 0)
			return hit{end: h.end + 3, typ: "DATE", val: formatAt(t, gQuarter), anchored: true}, true
		}
		return h, ok
	case "fiscal":
		if h, ok := tg.fiscal(j); ok {
			return h, true
		}
		if o, ok := ordinals[tg.w(j+1)]; ok {
			return tg.ordinalPeriod(i, j+1, o)
		}
	}
	if o, ok := ordinals[w]; ok {
		return tg.ordinalPeriod(i, j, o)
	}
	if s, ok := seasons[w]; ok {
		return tg.seasonLed(i, j, s, 0)
	}
	if tk := tg.tok(j); tk != nil && (tk.kind == tkOther || tk.kind == tkPunct) {
		if h, ok := tg.core(j); ok && h.typ == "DATE" && len(h.val) <= 3 {
			return h, true // "the 1990s", "the '90s"
		}
		if tk.kind == tkOther && ordinals[w] == 0 && strings.HasSuffix(w, "th") && tg.w(j+1) == "century" {
			n := strings.TrimSuffix(w, "th")
			if allDigits(n) && len(n) <= 2 {
				c := 0
				for _, ch := range n {
					c = c*10 + int(ch-'0')
				}
				return hit{end: j + 2, typ: "DATE", val: pad2(c - 1)}, true
			}
		}
	}
	if y, ok := tg.yearAt(j); ok {
		if tg.w(j+1) == "period" && tg.monthsJustNamed(j) {
			return hit{end: j + 2, typ: "DATE", val: fmtYear(y)}, true // "the first nine months ... the 1988 period"
		}
		if tg.w(j+1) == "period" || tg.w(j+1) == "quarter" {
			if q, ok := tg.quarterRef(j, 3); ok {
				// "the 1988 period" after "the third quarter": that quarter of 1988
				return hit{end: j + 2, typ: "DATE", val: fmtQuarter(y, quarterOf(int(q.Month())))}, true
			}
			return hit{end: j + 2, typ: "DATE", val: fmtYear(y)}, true
		}
		if o, ok := ordinals[tg.w(j+1)]; ok && o <= 4 && tg.w(j+2) == "quarter" {
			return hit{end: j + 3, typ: "DATE", val: fmtYear(y) + "-Q" + string(rune('0'+o))}, true
		}
	}
	if w == "full" && tg.w(j+1) == "year" {
		return tg.unitFromDCT(j+2, gYear, 0)
	}
	// "the nine months", "the four days"
	if n, ok := tg.numberPhrase(j); ok && w != "a" && w != "an" && tg.tok(j).kind == tkWord {
		if u, k, ok := tg.unitAt(n.end); ok && !n.x {
			return tg.durHit(i, k, n, u, ""), true
		}
	}
	return hit{}, false
}

// ordinalPeriod matches "the third quarter [of 1990]", "the first half",
// "the first nine months". j is the ordinal.
func (tg *tagger) ordinalPeriod(i, j, o int) (hit, bool) {
	k := j + 1
	if tg.w(k) == "fiscal" {
		k++
	}
	if tg.isPunct(k, "-") && tg.glued(k) {
		k++
	}
	w := tg.w(k)
	if n, ok := tg.numberPhrase(k); ok && w != "a" && w != "an" {
		if u, e, ok := tg.unitAt(n.end); ok {
			return tg.durHit(i, e, n, u, ""), true
		}
	}
	if (w == "quarter" || w == "half") && tg.gamePeriod(i) {
		// "late in the fourth quarter", "in the second half" of a match:
		// a period of play, not of the calendar
		return hit{}, false
	}
	var val string
	var g int
	switch {
	case (w == "quarter") && o <= 4:
		g = gQuarter
		val = "Q"
	case w == "half" && o <= 2:
		g = gQuarter
		val = "H"
	default:
		return hit{}, false
	}
	end := k + 1
	y, ok := tg.dct.Year(), tg.known
	if tg.w(end) == "of" && tg.w(end+1) == "the" && tg.w(end+2) != "year" && tg.w(end+2) != "fiscal" {
		return hit{}, false // "the last half of the '80s": the decade is the date
	}
	if tg.w(end) == "of" {
		if yy, ok2 := tg.yearAt(end + 1); ok2 {
			y, ok, end = yy, true, end+2
		} else if (tg.w(end+1) == "this" || tg.w(end+1) == "last" || tg.w(end+1) == "next") && tg.w(end+2) == "year" && tg.known {
			y += relOffsets[tg.w(end+1)]
			end += 3
		}
	} else if yy, ok2 := tg.yearAt(end); ok2 {
		y, ok, end = yy, true, end+1
	} else if tg.ref.ok && tg.ref.g == gYear && tg.toks[i].sent == tg.ref.sent {
		y, ok = tg.ref.t.Year(), true
	} else if ok && val == "Q" && o > quarterOf(int(tg.dct.Month())) && tg.tense(i, end) <= 0 {
		y-- // "the fourth quarter" in a January article, past tense
	}
	if !ok {
		return hit{end: end, typ: "DATE", val: "XXXX-" + val + string(rune('0'+o))}, true
	}
	m := 3*o - 2
	if val == "H" {
		m = 6*o - 5
	}
	t := mkDay(y, m, 1)
	return hit{end: end, typ: "DATE", val: fmtYear(y) + "-" + val + string(rune('0'+o)), anchored: true, ref: &refDate{t: t, g: g, ok: true}}, true
}

// quarterPhrase matches "the quarter", "the latest quarter", "the current
// quarter": the quarter last mentioned, else the last one completed.
func (tg *tagger) quarterPhrase(i, j int, adj string) (hit, bool) {
	w := tg.w(j)
	if w != "quarter" && !(w == "period" && adj == "latest") {
		return hit{}, false
	}
	if !tg.known {
		return hit{end: j + 1, typ: "DATE", val: "XXXX-QX"}, true
	}
	var t time.Time
	switch {
	case adj == "current":
		t = tg.dct
	case adj == "latest":
		t = addMonths(tg.dct, -3)
		if q, ok := tg.quarterRef(j, 3); ok {
			t = q // "the fiscal second quarter ... the latest period"
		}
	case tg.ref.ok && tg.ref.g == gQuarter:
		t = tg.ref.t
	case w == "period":
		return hit{}, false
	default:
		t = addMonths(tg.dct, -3)
		if e, ok := tg.closingMonth(j + 1); ok {
			t = addMonths(e, -1) // "the quarter ended July 31": May to July, mostly the second
		} else if q, ok := tg.quarterRef(j, 3); ok {
			t = q // "the fiscal first quarter ... Sun shipped in the quarter"
		}
	}
	return hit{end: j + 1, typ: "DATE", val: formatAt(t, gQuarter), anchored: true, ref: &refDate{t: t, g: gQuarter, ok: true}}, true
}

// yearCompound matches "year-earlier", "year-ago", "year-end", "year
// end", "year's end" (i at "year").
func (tg *tagger) yearCompound(i int) (hit, bool) {
	end := 0
	switch {
	case tg.w(i+1) == "end" && tg.w(i-1) != "the":
		end = i + 2
	case (tg.w(i+1) == "'" || tg.w(i+1) == "’") && tg.w(i+2) == "s" && tg.w(i+3) == "end":
		end = i + 4
	}
	if end > 0 {
		if !tg.known {
			return hit{end: end, typ: "DATE", val: "XXXX", mod: "END"}, true
		}
		return hit{end: end, typ: "DATE", val: fmtYear(tg.dct.Year()), mod: "END", anchored: true}, true
	}
	if !tg.isPunct(i+1, "-") || !tg.glued(i+1) || !tg.glued(i+2) {
		return hit{}, false
	}
	switch tg.w(i + 2) {
	case "earlier", "ago":
		end := i + 3
		g := gYear
		base, ok := tg.dct, tg.known
		if tg.ref.ok && (tg.ref.g == gQuarter || tg.ref.g == gMonth) && !(tg.known && tg.ref.t.After(tg.dct)) {
			base, g, ok = tg.ref.t, tg.ref.g, true
			if g == gQuarter {
				base = tg.topicQuarter(i, tg.ref).t
			}
		}
		switch tg.w(end) {
		case "quarter", "period":
			if q, qok := tg.quarterRef(end, 3); qok {
				base, g, ok = q, gQuarter, true
			}
			end++
		}
		if !ok {
			return hit{end: end, typ: "DATE", val: "XXXX"}, true
		}
		return hit{end: end, typ: "DATE", val: formatAt(base.AddDate(-1, 0, 0), g), anchored: true}, true
	case "end":
		if tg.w(i-1) == "the" || tg.w(i-1) == "a" {
			return hit{}, false
		}
		if !tg.known {
			return hit{end: i + 3, typ: "DATE", val: "XXXX", mod: "END"}, true
		}
		return hit{end: i + 3, typ: "DATE", val: fmtYear(tg.dct.Year()), mod: "END", anchored: true}, true
	}
	return hit{}, false
}

// fiscal matches "fiscal 1989", "fiscal year 1990", "fiscal year".
func (tg *tagger) fiscal(i int) (hit, bool) {
	j := i + 1
	if y, ok := tg.yearAt(j); ok {
		return hit{end: j + 1, typ: "DATE", val: fmtYear(y)}, true
	}
	if tg.w(j) == "year" {
		if y, ok := tg.yearAt(j + 1); ok {
			return hit{end: j + 2, typ: "DATE", val: fmtYear(y)}, true
		}
		if tg.w(i-1) == "the" && tg.w(i-2) != "throughout" {
			return tg.theYear(j + 1), true
		}
		return hit{end: j + 1, typ: "DURATION", val: "P1Y"}, true
	}
	return hit{}, false
}

// theYear reads "the [fiscal] year" ending before token end: a twelve-month
// span when a boundary follows ("the year ended Sept. 30"), else the year
// being reported on, the DCT's ("a high for the year", "nine months of
// the year").
func (tg *tagger) theYear(end int) hit {
	switch tg.w(end) {
	case "ended", "ending", "to", "through", "beginning", "starting", "before", "after", "earlier", "later":
		return hit{end: end, typ: "DURATION", val: "P1Y"}
	}
	if tg.w(end-3) == "throughout" || tg.w(end-4) == "throughout" {
		return hit{end: end, typ: "DURATION", val: "P1Y"}
	}
	return tg.unitFromDCTHit(end, gYear)
}

// unitFromDCTHit is the current unit of granularity g around the DCT.
func (tg *tagger) unitFromDCTHit(end, g int) hit {
	h, _ := tg.unitFromDCT(end, g, 0)
	return h
}

// holiday matches fixed-date and Thanksgiving holidays.
func (tg *tagger) holiday(i int) (hit, bool) {
	w := tg.w(i)
	if !tg.toks[i].cap {
		return hit{}, false
	}
	if p := tg.tok(i - 1); p != nil && p.kind == tkWord && p.cap && !tg.sentenceStart(i-1) {
		switch p.low {
		case "merry", "happy", "orthodox":
		default:
			return hit{}, false // "Jermaine Easter's goal": a surname
		}
	}
	end := i + 1
	var at func(y int) time.Time
	switch w {
	case "christmas":
		at = func(y int) time.Time { return mkDay(y, 12, 25) }
		switch tg.w(end) {
		case "eve":
			at = func(y int) time.Time { return mkDay(y, 12, 24) }
			end++
		case "day":
			end++
		}
	case "thanksgiving":
		at = func(y int) time.Time { return weekdayNear(mkDay(y, 11, 1), 4, true).AddDate(0, 0, 21) }
		if tg.w(end) == "day" {
			end++
		}
	case "easter":
		at = easter
		switch tg.w(end) {
		case "sunday", "day":
			end++
		case "monday":
			at = func(y int) time.Time { return easter(y).AddDate(0, 0, 1) }
			end++
		case "week", "weekend":
			// "Easter week": the week holding Easter Sunday
			wk := tg.w(end)
			end++
			if y, ok := tg.yearAt(end); ok {
				return tg.easterWeek(end+1, easter(y), wk, false), true
			}
			if !tg.known {
				return hit{}, false
			}
			weekStart := func(y int) time.Time { return easter(y).AddDate(0, 0, -6) }
			return tg.easterWeek(end, easter(tg.holidayYear(weekStart, i, end)), wk, true), true
		}
	case "good":
		if tg.w(end) != "friday" || !tg.toks[end].cap {
			return hit{}, false
		}
		at = func(y int) time.Time { return easter(y).AddDate(0, 0, -2) }
		end++
	case "election":
		// the United States' federal Election Day: the Tuesday after the
		// first Monday of November
		if tg.w(end) != "day" || !tg.toks[end].cap {
			return hit{}, false
		}
		at = func(y int) time.Time { return weekdayNear(mkDay(y, 11, 2), 2, true) }
		end++
	case "halloween":
		at = func(y int) time.Time { return mkDay(y, 10, 31) }
	case "valentine":
		if tg.w(end) != "'" || tg.w(end+1) != "s" || tg.w(end+2) != "day" {
			return hit{}, false
		}
		at = func(y int) time.Time { return mkDay(y, 2, 14) }
		end += 3
	case "labor", "memorial":
		// United States holidays named with their own word only
		if tg.w(end) != "day" || !tg.toks[end].cap {
			return hit{}, false
		}
		if w == "labor" {
			at = func(y int) time.Time { return weekdayNear(mkDay(y, 9, 1), 1, true) }
		} else {
			at = func(y int) time.Time { return weekdayNear(mkDay(y, 5, 31), 1, false) }
		}
		end++
	case "new":
		if tg.w(i+1) != "year" || !tg.toks[i+1].cap || tg.w(i+2) != "'" || tg.w(i+3) != "s" {
			return hit{}, false
		}
		switch tg.w(i + 4) {
		case "day":
			at = func(y int) time.Time { return mkDay(y, 1, 1) }
		case "eve":
			at = func(y int) time.Time { return mkDay(y, 12, 31) }
		default:
			return hit{}, false
		}
		end = i + 5
	default:
		return hit{}, false
	}
	if y, ok := tg.yearAt(end); ok {
		return tg.dayHit(end+1, at(y), false), true
	}
	if !tg.known {
		return hit{}, false
	}
	return tg.dayHit(end, at(tg.holidayYear(at, i, end)), true), true
}

// holidayYear picks the year of a holiday named without one: the DCT's
// when the holiday fell in the week before it, or falls in the week after
// and the clause is not in the past (a year-old one would be "last
// Easter"), else by tense and distance as for any month-day.
func (tg *tagger) holidayYear(at func(int) time.Time, s, e int) int {
	y := tg.dct.Year()
	d := at(y)
	if diff := d.Sub(tg.dct); diff <= 0 && diff >= -7*24*time.Hour || diff > 0 && diff <= 7*24*time.Hour && tg.tense(s, e) >= 0 {
		return y
	}
	t, _ := tg.resolveMonthDay(int(d.Month()), d.Day(), s, e)
	return t.Year()
}

// easter is Easter Sunday of year y (Gregorian computus, Meeus/Jones/Butcher).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return mkDay(y, month, day)
}

// easterWeek is "Easter week" (the ISO week holding Easter Sunday) or
// "Easter weekend".
func (tg *tagger) easterWeek(end int, sun time.Time, wk string, anchored bool) hit {
	if wk == "weekend" {
		sat := sun.AddDate(0, 0, -1)
		return hit{end: end, typ: "DATE", val: fmtWeek(sat) + "-WE", anchored: anchored, ref: &refDate{t: sat, g: gWeek, ok: true}}
	}
	return hit{end: end, typ: "DATE", val: fmtWeek(sun), anchored: anchored, ref: &refDate{t: sun, g: gWeek, ok: true}}
}

// spokenYear matches "nineteen ninety-six".
func (tg *tagger) spokenYear(i int) (hit, bool) {
	n, ok := tens[tg.w(i+1)]
	if !ok {
		return hit{}, false
	}
	end := i + 2
	if tg.isPunct(end, "-") && tg.glued(end) {
		if m, ok := smallNumbers[tg.w(end+1)]; ok && m < 10 {
			n += m
			end += 2
		}
	}
	return hit{end: end, typ: "DATE", val: fmtYear(1900 + n)}, true
}

// halfOfYear reads "the first two quarters of 1990" (1990-H1) and "the
// last two quarters of 1989" (1989-H2): a half of a named year, not a
// stretch of six months. k is the token after the unit.
func (tg *tagger) halfOfYear(i int, w string, n numPhrase, u unit, k int) (hit, bool) {
	if n.x || n.v != 2 || u.gran != gQuarter || tg.w(k) != "of" || w != "first" && w != "last" {
		return hit{}, false
	}
	y, ok := tg.yearAt(k + 1)
	if !ok {
		return hit{}, false
	}
	h := 1
	if w == "last" {
		h = 2
	}
	t := mkDay(y, 6*h-5, 1)
	return hit{end: k + 2, typ: "DATE", val: fmtYear(y) + "-H" + strconv.Itoa(h), ref: &refDate{t: t, g: gQuarter, ok: true}}, true
}

// monthsJustNamed reports whether the expression before token i, in its
// sentence or the one before, is a count of months ("the first nine
// months"): "the 1988 period" then means those months, not a quarter.
func (tg *tagger) monthsJustNamed(i int) bool {
	n := len(tg.out)
	if n == 0 {
		return false
	}
	x := tg.out[n-1]
	if x.Type != "DURATION" || !strings.HasSuffix(x.Value, "M") || strings.HasPrefix(x.Value, "PT") {
		return false
	}
	k := i
	for k > 0 && tg.toks[k].s > x.Start {
		k--
	}
	return tg.toks[i].sent-tg.toks[k].sent <= 2
}

// closingMonth reads "ended July 31", "ending Sept. 30" at j: the first
// day of the month a period closes in, in the year up to the DCT.
func (tg *tagger) closingMonth(j int) (time.Time, bool) {
	if w := tg.w(j); w != "ended" && w != "ending" || !tg.known {
		return time.Time{}, false
	}
	m, ok := monthNames[tg.w(j+1)]
	if !ok {
		m, ok = monthAbbrevs[tg.w(j+1)]
	}
	if !ok {
		return time.Time{}, false
	}
	y := tg.dct.Year()
	if m > int(tg.dct.Month()) {
		y--
	}
	return mkDay(y, m, 1), true
}

// yearAgoPeriod reads "period last year", "quarter a year ago", "period
// of 1988" at j, after "the same/corresponding": in a quarterly report,
// that quarter of the year before (or of the year named).
func (tg *tagger) yearAgoPeriod(j int) (hit, bool) {
	if w := tg.w(j); w != "period" && w != "quarter" {
		return hit{}, false
	}
	q, ok := tg.quarterRef(j, 3)
	if !ok || !tg.quarterJustNamed(j) {
		return hit{}, false // "during the year to March 1997, compared to the same period last year"
	}
	k := j + 1
	y := q.Year() - 1
	switch {
	case tg.w(k) == "last" && tg.w(k+1) == "year" && !tg.possessive(k+2):
		k += 2
	case tg.w(k) == "a" && tg.w(k+1) == "year" && (tg.w(k+2) == "ago" || tg.w(k+2) == "earlier"):
		k += 3
	case tg.w(k) == "of":
		yy, ok := tg.yearAt(k + 1)
		if !ok {
			return hit{}, false
		}
		y, k = yy, k+2
	default:
		return hit{}, false
	}
	return hit{end: k, typ: "DATE", val: fmtQuarter(y, quarterOf(int(q.Month()))), anchored: true}, true
}

// quarterJustNamed reports whether the last expression before token j is
// a quarter (or the day closing it), in j's sentence or the one before.
func (tg *tagger) quarterJustNamed(j int) bool {
	n := len(tg.out)
	if n == 0 {
		return false
	}
	last := tg.out[n-1]
	x := last
	if len(x.Value) == 10 && n > 1 && tg.closes(tg.out[n-2], x) {
		x = tg.out[n-2] // "the third quarter ended Sept. 30"
	}
	if len(x.Value) != 7 || x.Value[4:6] != "-Q" {
		return false
	}
	k := j
	for k > 0 && tg.toks[k].s > last.Start {
		k--
	}
	return tg.toks[j].sent-tg.toks[k].sent <= 2 // a paragraph break counts two
}

// closes reports whether day d follows period p with only "ended",
// "ending" or "through" between them.
func (tg *tagger) closes(p, d model.Timex) bool {
	between := strings.TrimSpace(tg.text[p.End:d.Start])
	return between == "ended" || between == "ending" || between == "through"
}

// narrativeDay is the day "the following day" or "the previous day" (g
// = gDay, off != 0) counts from when the last expression named a coarser
// period: the last day named, if it lies in that period or the period is
// the present one ("on 30 July ... this year ... the following day");
// else the named month or year is the narrative's, and the value is a day
// of it (month = "1996-06-XX"). found is false when no rule applies (the
// day of writing is the base).
func (tg *tagger) narrativeDay(g, off int) (day time.Time, month string, found bool) {
	if g != gDay || off == 0 || !tg.ref.ok || tg.ref.g <= gDay || tg.ref.g > gYear {
		return time.Time{}, "", false
	}
	rg := tg.ref.g
	if rg == gWeek || rg == gQuarter {
		rg = gMonth
		if tg.ref.g == gQuarter {
			rg = gYear
		}
	}
	cur := tg.known && formatAt(tg.ref.t, rg) == formatAt(tg.dct, rg)
	if tg.lastDay.ok && (cur || formatAt(tg.lastDay.t, rg) == formatAt(tg.ref.t, rg)) {
		return tg.lastDay.t, "", true
	}
	if cur {
		return time.Time{}, "", false
	}
	v := formatAt(tg.ref.t, rg) + "-XX"
	if rg == gYear {
		v += "-XX"
	}
	return time.Time{}, v, true
}

// sportWords tell a match: a quarter or half near them is a period of
// play ("Dallas led by 43 points in the fourth quarter"), while company
// results ("profit rose in the fourth quarter") name none of them.
var sportWords = map[string]bool{
	"points": true, "point": true, "scored": true, "score": true, "touchdown": true, "touchdowns": true,
	"yards": true, "quarterback": true, "goal": true, "goals": true, "basket": true, "rebounds": true,
	"game": true, "match": true, "halftime": true, "half-time": true, "overtime": true, "kick": true,
	"penalty": true, "inning": true, "innings": true, "pass": true, "field": true, "lead": true, "led": true,
	"defeated": true, "beat": true, "leading": true, "win": true, "won": true, "championship": true, "league": true, "nba": true,
	"nfl": true, "season": true, "coach": true, "striker": true, "minute": true, "minutes": true,
	"football": true, "soccer": true, "basketball": true, "baseball": true, "hockey": true, "scores": true,
	"rushing": true, "playoff": true, "playoffs": true, "semifinal": true, "quarterfinal": true,
}

// gamePeriod reports whether the words around token i (twenty on each
// side) tell of a match, with two sport words at least and no money or
// company word ("profit", "revenue", "percent") that would make the
// period a company's quarter.
func (tg *tagger) gamePeriod(i int) bool {
	n := 0
	for j := max(0, i-20); j < min(len(tg.toks), i+22); j++ {
		switch w := tg.w(j); {
		case sportWords[w]:
			n++
		case w == "profit" || w == "profits" || w == "revenue" || w == "revenues" || w == "earnings" ||
			w == "sales" || w == "percent" || w == "gdp" || w == "economy" || w == "growth" || w == "quarterly":
			return false
		}
	}
	return n >= 2
}
