package timex

import "time"

// datelineDay reads the day a wire dateline names at the head of the text
// ("WASHINGTON, Nov. 11 (Xinhua) --", "GAZA CITY, Jan 3 (Reuters) -",
// "LONDON, 19 November -"): the day the story was filed, which "today"
// and "earlier today" mean even when the article was published a day
// later. Only a day within three days of the DCT counts: a farther one is
// no dateline of this story.
func (tg *tagger) datelineDay() (time.Time, bool) {
	toks := tg.toks
	// the place: capitalized words and commas on the first line, opening
	// the text (a headline line before it is allowed: the dateline opens
	// the first or second line)
	for start, lines := 0, 0; start < len(toks) && lines < 3; lines++ {
		if d, ok := tg.datelineAt(start); ok {
			return d, true
		}
		// next line
		k := start + 1
		for k < len(toks) && !toks[k].nl {
			k++
		}
		start = k
	}
	return time.Time{}, false
}

// datelineAt reads a dateline opening at token i.
func (tg *tagger) datelineAt(i int) (time.Time, bool) {
	toks := tg.toks
	j := i
	words := 0
	for j < len(toks) && j < i+10 {
		t := toks[j]
		if t.kind == tkWord && t.cap {
			if _, ok := monthNames[t.low]; ok && words > 0 && tg.isPunct(j-1, ",") {
				break
			}
			if _, ok := monthAbbrevs[t.low]; ok && words > 0 && tg.isPunct(j-1, ",") {
				break
			}
			words++
		} else if !(t.kind == tkPunct && (t.low == "," || t.low == ".")) {
			return time.Time{}, false
		}
		if j > i && toks[j].nl {
			return time.Time{}, false
		}
		j++
	}
	if words == 0 || j >= len(toks) || !tg.isPunct(j-1, ",") {
		return time.Time{}, false
	}
	m, ok := monthNames[toks[j].low]
	if !ok {
		m, ok = monthAbbrevs[toks[j].low]
	}
	if !ok {
		return time.Time{}, false
	}
	k := j + 1
	if tg.isPunct(k, ".") && tg.glued(k) {
		k++
	}
	d, ok := tg.num(k)
	if !ok || d < 1 || d > 31 {
		return time.Time{}, false
	}
	// after the day: the agency in brackets or a dash
	if n := tg.tok(k + 1); n == nil || n.kind != tkPunct || (n.low != "(" && n.low != "-" && n.low != "—" && n.low != "–") {
		return time.Time{}, false
	}
	for _, y := range [...]int{tg.dct.Year(), tg.dct.Year() - 1, tg.dct.Year() + 1} {
		if !validDay(y, m, d) {
			continue
		}
		t := mkDay(y, m, d)
		if diff := t.Sub(tg.dct); diff <= 3*24*time.Hour && diff >= -3*24*time.Hour {
			return t, true
		}
	}
	return time.Time{}, false
}
