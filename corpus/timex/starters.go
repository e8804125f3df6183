package timex

// starters holds every word an expression can begin with. The matcher
// skips other words at once, which keeps the tagger fast: most words of
// a text start nothing.
var starters = map[string]bool{}

func init() {
	for _, m := range []map[string]int{monthNames, monthAbbrevs, weekdays, weekdayPlurals, ordinals, smallNumbers, tens, decadeWords} {
		for w := range m {
			starters[w] = true
		}
	}
	for w := range seasons {
		starters[w] = true
	}
	for w := range units {
		starters[w] = true
	}
	for w := range quantMods {
		starters[w] = true
	}
	for k := range twoWordQuantMods {
		starters[k[0]] = true
	}
	for _, w := range []string{
		"today", "yesterday", "tomorrow", "tonight", "now", "currently", "current", "nowadays",
		"recently", "lately", "recent", "these", "daily", "weekly", "monthly", "annually", "yearly",
		"hourly", "every", "each", "this", "last", "next", "past", "coming", "previous", "following",
		"the", "that", "fiscal", "noon", "midnight", "midday", "christmas", "thanksgiving", "easter",
		"new", "year", "nineteen", "once", "twice", "mid", "later", "early", "late", "earlier",
		"a", "an", "one", "several", "few", "many", "some", "numerous", "half", "dozens", "hundreds",
		"thousands", "good", "election", "halloween", "valentine", "labor", "memorial",
	} {
		starters[w] = true
	}
}
