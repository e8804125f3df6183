package clean

import (
	"strings"
)

// Page stamps are the times a page prints about itself: "Page last
// updated at 08:14 GMT, Tuesday, 8 November 2011", a newspaper's
// "Friday 1 May 2009 22.51 BST", a wire's "LONDON | Wed Apr 29, 2009
// 11:17 am BST", "This article appeared on p6 of the Main section of the
// Guardian on 00.01 BST on Saturday 2 May 2009", a live blog's "14:03 GMT"
// before each entry. Text copied from a page often runs them into the
// headline and the lead on one line. They are not the article's words: a
// summary that quotes them reads as junk, and the date extractor reads
// their dates as events of the day. Each shape below carries a clock time
// with a time zone, or the words "last updated", which no sentence of
// news prints in that order.
var (
	stampMonth = `(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`
	stampWday  = `(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?`
	stampZone  = `(?:GMT|BST|UTC|UK|EDT|EST|CDT|CST|PDT|PST|ET|CET|CEST|IST|JST|AEST|AEDT)`
	stampClock = `\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?`
	// "8 November 2011", "Nov 8, 2011", "1 may, 2009"
	stampDate = `(?:\d{1,2}\s+` + stampMonth + `,?\s+\d{4}|` + stampMonth + `\s+\d{1,2},?\s+\d{4})`

	stampREs = []*lazyRE{
		// BBC: "[24 June 2010] [Page] Last updated {at 14:59 GMT|: 29 June 2010}[, Thursday, 24 June 2010][ 15:59 UK][ Help]"
		lazy(`(?i)(?:` + stampDate + `\s+)?(?:page\s+)?last\s+updated(?:\s+at|:)?\s+(?:` + stampDate + `(?:\s*[-–,]?\s*` + stampClock + `(?:\s*` + stampZone + `)?)?|` + stampClock + `(?:\s*` + stampZone + `)?)` +
			`(?:,?\s+` + stampWday + `,?\s+` + stampDate + `)?(?:\s+` + stampClock + `\s*` + stampZone + `)?(?:\s+Help\b)?`),
		// Guardian: "This article appeared on p6 of the Main section section of the Guardian on 00.01 BST on Saturday 2 May 2009."
		lazy(`(?i)This article (?:appeared|was (?:first )?published)\b[^.]{0,120}?\b` + stampClock + `\s*` + stampZone + `\s+on\s+(?:` + stampWday + `\s+)?` + stampDate + `\.?`),
		// Wire: "[PLACE[, Month D] | ]Wed Apr 29, 2009 11:17 am BST"
		lazy(`(?:\p{Lu}[\p{Lu}.'’ -]*\p{Lu}(?:,\s+` + stampMonth + `\s+\d{1,2})?\s+\|\s+)?` + stampWday + `,?\s+` + stampDate + `,?\s+` + stampClock + `\s*` + stampZone + `\b`),
		// Blog, with the byline it stamps: "Gavin Hewitt | 10:35 UK time, Monday, 18 January 2010"
		lazy(`\p{Lu}[\p{L}.'’ -]{2,40}?\s+\|\s+` + stampClock + `\s*` + stampZone + `(?:\s+time)?,?\s+(?:` + stampWday + `,?\s+)?` + stampDate),
		// Diary entry: "19 JANUARY, 2200 GMT, PORT-AU-PRINCE"
		lazy(`\b\d{1,2}\s+(?i:` + stampMonth + `),?\s+(?:\d{1,2}[:.]?\d{2}|\d{4})\s*` + stampZone + `,\s+\p{Lu}[\p{Lu}'’ -]*\p{Lu}\b`),
		// Newspaper: "Friday 1 May 2009 22.51 BST"
		lazy(stampWday + `,?\s+` + stampDate + `,?\s+` + stampClock + `\s*` + stampZone + `\b`),
	}
	// A live blog's entry time at the start of a paragraph: "14:03 GMT - ",
	// "11.42am: ", "08:30 ".
	liveStampRE = lazy(`^(` + stampClock + `(?:\s*` + stampZone + `)?\s*(?:[-–—:|]\s*)?)(?:\p{Lu}|["“‘])`)
)

// cutStamps removes the page stamps from a block: the parts before and
// after each stamp become blocks of their own (a headline run into the
// lead separates from it), with their raw offsets kept. It returns the
// blocks and the stamps' text.
func cutStamps(b Block) ([]Block, []string) {
	var cut [][2]int
	if m := liveStampRE.FindStringSubmatchIndex(head(b.Text, 40)); m != nil {
		cut = append(cut, [2]int{m[2], m[3]})
	}
	if mayHaveStamp(b.Text) {
		for _, re := range stampREs {
			for _, m := range re.FindAllStringIndex(b.Text, -1) {
				cut = append(cut, [2]int{m[0], m[1]})
			}
		}
	}
	if len(cut) == 0 {
		return []Block{b}, nil
	}
	cut = mergeSpans(cut)
	var out []Block
	var stamps []string
	prev := 0
	keep := func(from, to int) bool {
		for from < to && b.Text[from] == ' ' {
			from++
		}
		for to > from && b.Text[to-1] == ' ' {
			to--
		}
		if from >= to {
			return true
		}
		nb := newBlock(b.Kind, cutPieces(b.Pieces, from, to), b.Line)
		if nb.Text != b.Text[from:to] {
			return false // a repaired character straddles the cut
		}
		if strings.TrimFunc(nb.Text, func(r rune) bool { return strings.ContainsRune(" -–—|,.:;", r) }) != "" {
			out = append(out, nb)
		}
		return true
	}
	for _, c := range cut {
		if !keep(prev, c[0]) {
			return []Block{b}, nil
		}
		stamps = append(stamps, b.Text[c[0]:c[1]])
		prev = c[1]
	}
	if !keep(prev, len(b.Text)) {
		return []Block{b}, nil
	}
	return out, stamps
}

// mayHaveStamp is the cheap test before the patterns: every stamp but a
// live blog's names a zone or says "updated".
func mayHaveStamp(s string) bool {
	for _, z := range []string{"GMT", "BST", "UTC", " UK", "EDT", "EST", "CDT", "CST", "PDT", "PST", " ET", "CET", "IST", "JST", "AEST", "AEDT", "pdated"} {
		if strings.Contains(s, z) {
			return true
		}
	}
	return false
}

// mergeSpans sorts spans by start and joins the overlapping ones.
func mergeSpans(s [][2]int) [][2]int {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j][0] < s[j-1][0]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	out := s[:1]
	for _, c := range s[1:] {
		last := &out[len(out)-1]
		if c[0] <= last[1] {
			last[1] = max(last[1], c[1])
			continue
		}
		out = append(out, c)
	}
	return out
}
