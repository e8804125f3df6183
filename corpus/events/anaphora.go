package events

// Coreference within an article: sentences that point back to a happening
// already told become its sources, or are bounded by it.

import (
	"strings"

	"github.com/annals/annals/model"
)

// anaphoric reports whether a sentence opens by pointing back ("This
// decision", "He", "The ministry").
func (st *articleState) anaphoric(ws []word) bool {
	first := ws[0].lower
	if strings.HasPrefix(first, "they") || strings.HasPrefix(first, "he'") {
		return true
	}
	if anaphoricStarts[first] {
		if first == "the" {
			return len(ws) > 1 && continuationSubjects[ws[1].lower]
		}
		return true
	}
	return false
}

// afterRef finds "following the strike", "after the attack", "in response
// to the U.S. strikes", "in retaliation for …", "follows recent strikes"
// and returns 1 + the index of the event referred to: a back-reference or
// "recent" happening of this sentence, else the latest violent event of
// the article named by the same noun. 0 when there is none.
func (st *articleState) afterRef(ws []word, inSentence map[span]int) int {
	for i, w := range ws {
		l := w.lower
		lead := l == "following" || l == "follows" || l == "followed" || l == "after" || l == "respond" ||
			(l == "response" || l == "retaliation") && i+1 < len(ws) && (ws[i+1].lower == "to" || ws[i+1].lower == "for")
		if !lead {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+6; j++ {
			n := ws[j].lower
			if !eventNouns[n] {
				continue
			}
			// "in retaliation for the dozens of attacks" answers a
			// campaign, not one happening that could date it.
			if j >= 2 && ws[j-1].lower == "of" && (quantityWords[ws[j-2].lower] || isNumberWord(ws[j-2].lower)) {
				return 0
			}
			for sp, idx := range inSentence {
				if ws[j].start >= sp.start && ws[j].end <= sp.end {
					return idx + 1
				}
			}
			stem := strings.TrimSuffix(n, "s")
			for k := len(st.events) - 1; k >= 0; k-- {
				e := st.events[k]
				if family(e.Type) != "violence" || st.hints[k].Undated && st.hints[k].After == 0 && !strings.Contains(strings.ToLower(e.Sources[0].Text), stem) {
					continue
				}
				if strings.Contains(strings.ToLower(e.Sources[0].Text), stem) || family(e.Type) == "violence" {
					return k + 1
				}
			}
			return 0
		}
	}
	return 0
}

// boundByReaction records that the undated violent happenings a dated
// reaction refers to — a back-reference inside it ("on Monday condemned
// the drone attack that killed …") or a bare "the attack" naming the
// article's latest undated one ("said on Sunday as he blamed … for the
// attack") — happened on or before the reaction's day. Merge uses the
// bound to date the happening (see Hint.By).
func (st *articleState) boundByReaction(d model.EventDate, ws []word, inSentence map[span]int, others []span) {
	day := d.Value
	if len(day) != len("2006-01-02") || strings.Contains(day, "X") {
		return
	}
	bound := func(k int) {
		if k < 0 || k >= len(st.hints) || !st.hints[k].Undated || st.hints[k].After > 0 || family(st.events[k].Type) != "violence" {
			return
		}
		// "an earlier rocket attack that killed a woman" says itself it
		// is not the reaction's news.
		for _, w := range tokenize(st.events[k].Sources[0].Text) {
			if earlierWords[w.lower] {
				return
			}
		}
		if b := st.hints[k].By; b == "" || day < b {
			st.hints[k].By, st.hints[k].ByText = day, d.Text
		}
	}
	for _, idx := range inSentence {
		bound(idx)
	}
	for i := 1; i < len(ws); i++ {
		n := ws[i].lower
		if !eventNouns[n] || ws[i-1].lower != "the" || inAny(ws[i].start, others) {
			continue
		}
		// Only a bare "the attack": "the attack on X" or "the attack
		// that …" names a happening of its own.
		if i+1 < len(ws) && !strings.ContainsAny(st.a.Text[ws[i].end:ws[i+1].start], ",.;") {
			continue
		}
		stem := strings.TrimSuffix(n, "s")
		for k := len(st.events) - 1; k >= 0; k-- {
			if st.hints[k].Undated && family(st.events[k].Type) == "violence" &&
				strings.Contains(strings.ToLower(st.events[k].Sources[0].Text), stem) {
				bound(k)
				break
			}
		}
	}
}

// quantityWords count happenings: "dozens of attacks".
var quantityWords = setOf("dozens hundreds scores thousands series spate string wave waves number numbers months weeks years")

// earlierWords mark a happening as older than the news at hand.
var earlierWords = setOf("earlier previous prior last past former")

// recentSpan is the happening a "recent(ly)" expression qualifies: from
// the expression to the end of its clause ("recent retaliatory strikes by
// the United States against various sites in Iraq and Syria").
func recentSpan(ws []word, t model.Timex) span {
	for i, w := range ws {
		if w.start >= t.Start {
			end := clauseEnd(ws, i, 12)
			return span{ws[i].start, ws[end].end}
		}
	}
	return span{}
}

// continues decides whether an undated sentence elaborates the last dated
// event: it sits in the same paragraph, or opens with a word pointing back
// ("He warned…", "The ministry said…"), or reports more of the same
// statement right after it. A timeline reader wants such sentences as more
// sources of that row, not as rows of their own with a guessed date.
func (st *articleState) continues(s model.Sentence, ws []word, typ string) bool {
	if st.last < 0 {
		return false
	}
	if st.nsent-st.lastSent > 4 {
		return false
	}
	if s.Para == st.lastPara && st.a.Sentences != nil {
		return true
	}
	if st.anaphoric(ws) {
		return true
	}
	if strings.HasPrefix(st.a.Text[max(0, ws[0].start-3):ws[0].start], "“") || strings.HasPrefix(st.a.Text[max(0, ws[0].start-1):ws[0].start], "\"") {
		// A quotation right after a statement is that statement.
		return family(st.events[st.last].Type) == "speech"
	}
	return false
}

// speakerEvent finds a dated statement of the last few sentences whose
// speaker (its first actor) is named in the main clause of reporting
// sentence r; -1 if none.
func (st *articleState) speakerEvent(r reporting) int {
	if st.last < 0 || st.nsent-st.lastSent > 3 {
		return -1
	}
	for i := len(st.events) - 1; i >= 0 && i >= len(st.events)-6; i-- {
		e := &st.events[i]
		if st.hints[i].Undated || st.hints[i].Soft || family(e.Type) != "speech" || len(e.Actors) == 0 {
			continue
		}
		for _, m := range st.ms {
			if m.Start >= r.main.start && m.End <= r.main.end && m.Actor == e.Actors[0] {
				return i
			}
		}
	}
	return -1
}

// claimOf finds a claim of responsibility for a happening already told
// ("X claimed the attack", "X claimed responsibility for Monday's
// bombing", "X said it carried out the strike"): the index of the latest
// violent event of the last few, and of the claim's verb; -1 if none.
func (st *articleState) claimOf(ws []word) (int, int) {
	verb := -1
	for k, w := range ws {
		switch w.lower {
		case "claimed", "claims", "claiming":
			for j := k + 1; j < len(ws) && j <= k+5; j++ {
				if ws[j].lower == "responsibility" || claimNouns[ws[j].lower] {
					verb = k
					break
				}
			}
		case "carried", "conducted":
			if k >= 2 && ws[k-1].lower == "it" && (ws[k-2].lower == "said" || ws[k-2].lower == "says") && k+2 < len(ws) && ws[k+1].lower == "out" {
				for j := k + 2; j < len(ws) && j <= k+5; j++ {
					if claimNouns[ws[j].lower] {
						verb = k - 2
						break
					}
				}
			}
		}
		if verb >= 0 {
			break
		}
	}
	if verb <= 0 || st.last < 0 || st.nsent-st.lastSent > 4 {
		return -1, -1
	}
	for i := len(st.events) - 1; i >= 0 && i >= len(st.events)-6; i-- {
		if family(st.events[i].Type) == "violence" && !st.hints[i].Soft {
			return i, verb
		}
	}
	return -1, -1
}

// seriesSequel reports "It was the third such attack …", "This is the
// latest such strike …": a sentence that counts the last happening.
func seriesSequel(ws []word) bool {
	if len(ws) < 5 || (ws[0].lower != "it" && ws[0].lower != "this") {
		return false
	}
	if v := ws[1].lower; v != "was" && v != "is" && v != "marked" && v != "marks" {
		return false
	}
	if ws[2].lower != "the" {
		return false
	}
	return (ordinalWords[ws[3].lower] || ws[3].lower == "latest") && ws[4].lower == "such"
}

var ordinalWords = setOf("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth")

// claimNouns are the happenings a group claims.
var claimNouns = setOf("attack attacks strike strikes bombing bombings blast blasts assault raid ambush shooting killing killings kidnapping abduction operation operations")

// onsetRefs finds "the start|outbreak|beginning of <happening>" phrases,
// to the next comma: they date a sentence's happening relative to another.
func onsetRefs(text string, ws []word) []span {
	var out []span
	for i := 1; i+1 < len(ws); i++ {
		l := ws[i].lower
		if (l != "start" && l != "outbreak" && l != "beginning") || ws[i-1].lower != "the" || ws[i+1].lower != "of" {
			continue
		}
		end, violent := ws[i+1].end, false
		for j := i + 2; j < len(ws); j++ {
			if strings.ContainsAny(text[ws[j-1].end:ws[j].start], ",;") {
				break
			}
			end = ws[j].end
			violent = violent || warNouns[ws[j].lower] || family(triggers[ws[j].lower]) == "violence"
		}
		// "the start of a three-day visit" is this happening's own
		// setting, not another happening.
		if violent {
			out = append(out, span{ws[i-1].start, end})
		}
	}
	return out
}

// warNouns name wars and armed conflicts, which carry no event type of
// their own.
var warNouns = setOf("war wars conflict hostilities uprising insurgency intifada")

// upcomingHappening finds a scheduled happening told as coming ("The US
// elections are approaching", "ahead of the upcoming summit") in an
// undated sentence: the clause holding it. Merge joins it to that
// happening when another article dates it after this one's publication.
func upcomingHappening(text string, ws []word) (span, bool) {
	for i, w := range ws {
		if !scheduledNouns[w.lower] {
			continue
		}
		for j := max(0, i-3); j < len(ws) && j <= i+3; j++ {
			if !upcomingCues[ws[j].lower] {
				continue
			}
			lo, hi := min(i, j), max(i, j)
			start := npStart(ws, lo)
			for start > 0 && !strings.ContainsAny(text[ws[start-1].end:ws[start].start], ",;") && start > lo-4 {
				start--
			}
			end := hi
			for end+1 < len(ws) && !strings.ContainsAny(text[ws[end].end:ws[end+1].start], ",;") && end < hi+4 {
				end++
			}
			return span{ws[start].start, ws[end].end}, true
		}
	}
	return span{}, false
}

// scheduledNouns are happenings known before they take place.
var scheduledNouns = setOf("election elections vote referendum summit inauguration polls")

// upcomingCues say a happening is still to come.
var upcomingCues = setOf("approaching approach approaches upcoming coming looming forthcoming ahead scheduled")

// definiteRef finds the happening an undated violent sentence tells more
// of when its first violent noun is definite ("the air assault", "the
// strikes", "this attack") and carries no description of its own: the
// article's latest violent event with a date of its own (an undated or
// "recent" mention is itself waiting for a date). It returns the
// event's index, or -1. A sentence that adds a toll of its own ("the
// attack killed three") joins it too: the toll is a figure of that
// happening.
func (st *articleState) definiteRef(own []word, typ string) int {
	if family(typ) != "violence" {
		return -1
	}
	at := -1
	for i, w := range own {
		if family(triggers[w.lower]) != "violence" {
			continue
		}
		if !eventNouns[w.lower] {
			return -1
		}
		at = i
		break
	}
	// The happening heads the sentence ("The U.S. initiated the air
	// assault …"); one named late ("lawyers boycotted courts in a
	// protest against the bomb attacks") is what the sentence's own
	// happening is about.
	if at < 1 || at > 6 {
		return -1
	}
	det := false
	for j := at - 1; j >= 0 && j >= at-3; j-- {
		l := own[j].lower
		if l == "the" || l == "this" || l == "these" || l == "that" || l == "those" {
			det = true
			break
		}
		if own[j].cap || isNumberWord(l) {
			// "the Jordan attack" names its own; "three attacks" counts
			return -1
		}
	}
	if !det {
		return -1
	}
	// "the attack on Tower 22", "the strike that killed …" describe the
	// happening anew: Merge weighs that evidence.
	if at+1 < len(own) && (own[at+1].lower == "that" || own[at+1].lower == "which" || own[at+1].lower == "on" || own[at+1].lower == "against") {
		return -1
	}
	for k := len(st.events) - 1; k >= 0; k-- {
		h := st.hints[k]
		if family(st.events[k].Type) != "violence" || h.Undated || h.Ongoing || h.Soft {
			continue
		}
		return k
	}
	return -1
}

// refNoun finds a happening named inside the previous sentence (a
// back-reference or a "recent" mention) that this sentence goes on
// about by repeating its noun: "The statement follows recent retaliatory
// strikes … against various sites in Iraq and Syria. These sites are
// believed to be utilized by …". It returns the event's index, or -1.
func (st *articleState) refNoun(ws []word, prev []int) int {
	if len(prev) == 0 || len(ws) < 3 {
		return -1
	}
	switch ws[0].lower {
	case "these", "those", "the", "such":
	default:
		return -1
	}
	n := ws[1]
	if n.cap || len(n.lower) < 4 || stopwords[n.lower] {
		return -1
	}
	for _, k := range prev {
		src := st.events[k].Sources[0]
		for _, w := range tokenizeInto(st.sc[:0], src.Text) {
			if w.lower == n.lower {
				return k
			}
		}
	}
	return -1
}
