package events

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/annals/annals/corpus/timex"
	"github.com/annals/annals/model"
)

// Article extracts the unmerged events of one article, each with one
// Source. It never fails: an article with no body sentences or no dates
// yields no events.
func (x *Extractor) Article(a *model.Article) (ex Extraction) {
	// A bug in a rule must cost one article, not the corpus.
	defer func() {
		if r := recover(); r != nil {
			a.Warnings = append(a.Warnings, fmt.Sprintf("events: extraction failed (%v); article left without events", r))
			ex = Extraction{Mentions: ex.Mentions, Timexes: ex.Timexes}
		}
	}()
	tx := timex.Tag(a.Text, a.Published)
	// eventDates walks them in text order
	sort.SliceStable(tx, func(i, j int) bool { return tx[i].Start < tx[j].Start })
	var ms []model.ActorMention
	if x.rec != nil {
		ms = x.rec.Tag(a.Text)
	}
	st := &articleState{a: a, tx: tx, ms: ms, last: -1, pending: -1}
	sents := a.Sentences
	if len(sents) == 0 {
		sents = fallbackSentences(a.Text)
	}
	ex = Extraction{Mentions: ms, Timexes: tx}
	for _, s := range sents {
		if s.CleanStart < 0 || s.CleanEnd > len(a.Text) || s.CleanEnd <= s.CleanStart {
			continue
		}
		switch s.Kind {
		case "", model.BlockBody:
			st.sentence(s)
		case model.BlockCaption:
			st.caption(s)
		}
	}
	ex.Events, ex.Hints = st.events, st.hints
	// A clause too short to recognize a copy by carries its sentence
	// for Merge, which may run on articles stripped of their text.
	for i, ev := range ex.Events {
		if len(ev.Sources) > 0 && i < len(ex.Hints) && len(tokenize(ev.Sources[0].Text)) < minWords {
			ex.Hints[i].Sentence = strings.Clone(sentenceIn(sents, ev.Sources[0].CleanStart))
		}
	}
	return ex
}

// articleState carries what one article's sentences share: its timexes and
// mentions and the last event, which undated sentences may continue.
type articleState struct {
	a        *model.Article
	tx       []model.Timex
	ms       []model.ActorMention
	events   []model.Event
	hints    []Hint
	last     int // index of the last dated event, -1 before the first
	pending  int // an undated happening the next sentence may date, -1 if none
	lastPara int
	lastSent int // index of the sentence that produced it
	nsent    int
	skip     []span // spans of the current sentence telling other happenings
}

// span is a clause of a sentence: [start,end) in Article.Text.
type span struct{ start, end int }

func (st *articleState) sentence(s model.Sentence) {
	st.nsent++
	a := st.a
	cs, ce := s.CleanStart, s.CleanEnd
	ws := tokenize(a.Text[cs:ce])
	for i := range ws {
		ws[i].start += cs
		ws[i].end += cs
	}
	if len(ws) < 3 {
		return
	}
	dates, soft := st.eventDates(cs, ce)
	if ws[0].lower == "if" || ws[0].lower == "unless" {
		// A condition is not a happening: "If North Korea does not
		// receive aid between now and July, …".
		dates, soft = nil, nil
	}

	// Back-references ("the drone attack that killed three US troops")
	// and "recent …" happenings are events of their own, emitted first so
	// the sentence's main event can point to them.
	refs := backRefs(ws)
	var others []span // spans of this sentence that tell other happenings
	refIdx := map[span]int{}
	for _, r := range refs {
		if r.start <= cs && r.end >= ce {
			continue
		}
		refIdx[r] = st.emitUndated(r, wordsIn(ws, r))
		others = append(others, r)
	}
	for _, sp := range soft {
		r := recentSpan(ws, sp)
		if r.end <= r.start {
			continue
		}
		rw := wordsIn(ws, r)
		if typ, _ := classify(rw); typ == model.EventOther {
			continue
		}
		refIdx[r] = st.emit(r, sp, "", rw, nil, Hint{Soft: true})
		others = append(others, r)
	}

	// "shortly after the start of the Israel-Hamas war" names another
	// happening only to place this one: its actors and words are not this
	// event's.
	// It is also a mention of that happening, joining it when the corpus
	// dates it.
	for _, r := range onsetRefs(a.Text, ws) {
		refIdx[r] = st.emitUndated(r, wordsIn(ws, r))
		others = append(others, r)
	}
	st.skip = others
	defer func() { st.skip = nil }()

	// "It was the third such strike this month": the happening just told,
	// counted in a series, not a new one.
	if seriesSequel(ws) && st.last >= 0 && st.nsent-st.lastSent <= 2 && family(st.events[st.last].Type) == "violence" {
		st.addSource(st.last, span{cs, ce})
		return
	}
	emitted := false
	rep := findReporting(a.Text, ws)
	if rep.ok {
		var mainDates, contentDates []model.Timex
		for _, t := range dates {
			if t.Start >= rep.main.start && t.End <= rep.main.end {
				if appositiveDate(a.Text, ws, t, rep) && !freshDay(a.Published, t) {
					// "Cunningham, a pilot who has been in Congress
					// since 1991, announced in July …": the date
					// describes the speaker, not the statement.
					continue
				}
				mainDates = append(mainDates, t)
			} else {
				contentDates = append(contentDates, t)
			}
		}
		if len(mainDates) > 0 {
			typ := speechType(ws, rep)
			si := st.emit(span{cs, ce}, mainDates[0], typ, ws, others, Hint{})
			emitted = true
			if family(st.events[si].Type) == "speech" {
				st.boundByReaction(st.events[si].Date, ws, refIdx, others)
			}
			// A date in the quote that repeats the statement's own
			// ("leave today") dates nothing new.
			var rest []model.Timex
			for _, t := range contentDates {
				if !model.CompatibleValues(t.Value, mainDates[0].Value) {
					rest = append(rest, t)
				}
			}
			contentDates = rest
		}
		if len(contentDates) > 0 {
			content := rep.content
			if seg := happeningSegment(a.Text, ws, content, contentDates); seg.end > seg.start {
				content = seg
			}
			n := len(st.events)
			st.emitDated(content, contentDates, wordsIn(ws, content), others)
			emitted = true
			if len(st.events) == n+1 {
				e := &st.events[n]
				e.Summary = includingSummary(a.Text, ws, content, e.Summary)
				// Reported content narrowed to a part that opens in
				// lower case ("to punish a grandson of …") reads after
				// the sentence's subject.
				if f := wordsIn(ws, content); len(f) > 0 && !f[0].cap && !isDigit(f[0].lower[0]) && !determiners[f[0].lower] && f[0].lower != "including" {
					e.Summary = withSubject(a.Text[cs:ce], e.Sources[0].Text)
					if len(e.Actors) == 0 && subjectless[f[0].lower] {
						// "the SCBA announced the hartal after holding a
						// meeting Tuesday noon": the meeting is the
						// speaker's.
						e.Actors, e.Targets = st.actorsIn(rep.main, ws, e.Type)
					}
				}
			}
		}
	} else if len(dates) > 0 {
		if main, rel, ok := endedCampaign(a.Text, ws, dates); ok {
			st.emitDated(rel, dates, wordsIn(ws, rel), others)
			// "Which only subsided …" reads as a row only with what
			// subsided: "Tit-for-tat attacks between … only subsided …".
			if e := &st.events[len(st.events)-1]; e.Sources[0].CleanStart == rel.start {
				mw := wordsIn(ws, main)
				for v := len(mw) - 1; v >= 0; v-- {
					if eventNouns[mw[v].lower] {
						rw := wordsIn(ws, rel)
						e.Summary = summarize(a.Text[mw[npStart(mw, v)].start:main.end] + " " + a.Text[rw[1].start:rel.end])
						break
					}
				}
			}
			i := st.emitUndated(main, wordsIn(ws, main))
			st.hints[i].Ongoing = true
		} else {
			st.emitDated(span{cs, ce}, dates, ws, others)
		}
		emitted = true
	}
	if emitted {
		st.pending = -1
		return
	}

	// An undated sentence.
	if rep.ok {
		if i := st.speakerEvent(rep); i >= 0 {
			// "Ottri denounced this 'heinous crime'", "… ,” Ottri said":
			// more of a statement the article just dated.
			st.addSource(i, span{cs, ce})
			return
		}
	}
	if i, verb := st.claimOf(ws); i >= 0 {
		// "The Islamic Resistance in Iraq claimed the attack": who did
		// it, told of the happening just reported.
		st.addSource(i, span{cs, ce})
		claimants, _ := st.actorsIn(span{cs, ws[verb].start}, ws, st.events[i].Type)
		st.events[i].Actors = withAgents(claimants, st.events[i].Actors)
		return
	}
	own := outside(ws, others)
	typ, _ := classify(own)
	f := extractFigures(own)
	if family(typ) == "violence" && (f.Killed > 0 || f.Wounded > 0) && len(refs) == 0 {
		st.emitUndated(span{cs, ce}, ws)
		return
	}
	if sp, ok := upcomingHappening(a.Text, ws); ok {
		ev := st.newEvent(sp, model.EventOther, wordsIn(ws, sp))
		ev.Date = model.EventDate{Precision: model.PrecisionUnknown}
		st.events = append(st.events, ev)
		st.hints = append(st.hints, Hint{Undated: true, Upcoming: true})
	}
	after := st.afterRef(ws, refIdx)
	switch {
	case after > 0 && st.pending >= 0 && st.anaphoric(ws):
		// "This decision was made … following the strike": the pending
		// happening of the sentence before follows that strike.
		st.hints[st.pending].After = after
		st.addSource(st.pending, span{cs, ce})
	case after > 0 && typ != model.EventOther:
		i := st.emitAfter(span{cs, ce}, typ, ws, others, after)
		st.pending = i
	case st.continues(s, ws, typ):
		st.addSource(st.last, span{cs, ce})
	case typ != model.EventOther && family(typ) != "violence":
		// A happening with no date yet; the next sentence may say what it
		// followed. Merge drops it otherwise.
		st.pending = st.emitAfter(span{cs, ce}, typ, ws, others, 0)
	}
}

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

// caption extracts the dated happening a photo caption recalls ("An
// Iraqi soldier walks at the Qayyarah air base, where US-led troops in
// 2017 had helped Iraqis plan out the fight …"). A caption without a
// calendar date only describes its photo, and a caption never continues
// the body's narrative, so the body's continuation state is kept aside.
func (st *articleState) caption(s model.Sentence) {
	dates, _ := st.eventDates(s.CleanStart, s.CleanEnd)
	if len(dates) == 0 {
		return
	}
	text := st.a.Text
	// The photo's own clause is present tense; the recalled happening
	// is the relative clause holding the date.
	ws := tokenize(text[s.CleanStart:s.CleanEnd])
	for i := len(ws) - 1; i > 0; i-- {
		w := ws[i]
		if w.start+s.CleanStart > dates[0].Start || !relativeOpeners[w.lower] || !strings.Contains(text[s.CleanStart+ws[i-1].end:s.CleanStart+w.start], ",") {
			continue
		}
		if i+1 < len(ws) {
			s.CleanStart += ws[i+1].start
		}
		break
	}
	last, pending, lastPara, lastSent := st.last, st.pending, st.lastPara, st.lastSent
	st.sentence(s)
	st.last, st.pending, st.lastPara, st.lastSent = last, pending, lastPara, lastSent
}

// happeningSegment narrows reported content to the comma-delimited part
// that holds its only date, when that part names a happening of its own:
// in "Axios reported that Iran is preparing an attack in the coming days,
// possibly before the Nov. 5 U.S. presidential election" the date belongs
// to the election, not to the attack. Otherwise it returns an empty span.
// tollParticiples open a clause that gives the toll or damage of the
// happening just told.
var tollParticiples = map[string]bool{
	"killing": true, "wounding": true, "injuring": true, "leaving": true,
	"destroying": true, "damaging": true, "hitting": true,
}

// tollClauseAt reports whether rest (the text after a comma) opens with a
// toll participle.
func tollClauseAt(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	n := 0
	for n < len(rest) && rest[n] >= 'a' && rest[n] <= 'z' {
		n++
	}
	return tollParticiples[rest[:n]]
}

func happeningSegment(text string, ws []word, content span, dates []model.Timex) span {
	if len(dates) != 1 {
		return span{}
	}
	t := dates[0]
	start, end := content.start, content.end
	isBreak := func(i int) bool {
		if text[i] == ';' {
			return true
		}
		// Not the comma inside "40,000".
		return text[i] == ',' && !(i > 0 && i+1 < len(text) && isDigit(text[i-1]) && isDigit(text[i+1]))
	}
	for i := t.Start - 1; i > content.start; i-- {
		if isBreak(i) {
			start = i + 1
			break
		}
	}
	for i := t.End; i < content.end; i++ {
		// A participle clause after the comma ("…, killing two guards and
		// wounding five") tells the toll of the same happening: keep it.
		if isBreak(i) && !tollClauseAt(text[i+1:content.end]) {
			end = i
			break
		}
	}
	if start == content.start && end == content.end {
		return span{}
	}
	for _, w := range wordsIn(ws, span{start, end}) {
		if triggers[w.lower] != "" || happeningNouns[w.lower] {
			sp := trimSpan(text, span{start, end})
			// Drop a relative opener: "where Israel's war has killed …".
			f := wordsIn(ws, sp)
			if len(f) > 1 && relativeOpeners[f[0].lower] {
				sp.start = f[1].start
				f = f[1:]
			}
			// "possibly before the Nov. 5 U.S. presidential election":
			// the happening is the noun phrase, not the hedge.
			for k := 0; k+1 < len(f) && k < 3; k++ {
				if placingPreps[f[k].lower] && f[k+1].lower == "the" {
					sp.start = f[k+1].start
					break
				}
			}
			return sp
		}
	}
	return span{}
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// withSubject heads a clause that starts mid-sentence with the
// sentence's opening up to its first comma (or about 50 bytes): "Tensions
// between the US and Iraqi militias … have once again flared …".
func withSubject(sentence, part string) string {
	subj := sentence
	if c := strings.IndexAny(subj, ",;"); c > 0 && c < 70 {
		subj = subj[:c]
	} else if len(subj) > 50 {
		subj = subj[:strings.LastIndexByte(subj[:50], ' ')]
	}
	if strings.HasPrefix(part, subj) {
		return summarize(part)
	}
	if i := strings.Index(sentence, part); i >= 0 && i <= len(subj) {
		// the part begins inside the subject's words: the sentence up to
		// the part's end reads on without a gap ("Ho said that since
		// Industrial Revolution … Industrial Revolution" repeated itself)
		return summarize(sentence[:i+len(part)])
	}
	return summarize(subj + " … " + part)
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

var pronouns = setOf("he she it they his her its their we i")

// timeWords modify a date without naming a happening ("since early
// October", "since the end of 2004").
var timeWords = setOf("early late mid end start beginning middle of last this next")

// determiners open a noun phrase that reads as a row of its own.
var determiners = setOf("the a an this these that those its his her their")

// followingSummary heads the summary of a clause whose date belongs to a
// happening it follows ("Tension … skyrocketed following Israeli
// assassinations of Hezbollah commander Fuad Shukr in Beirut on 30 July")
// with that happening, the row's event: "Israeli assassinations of …".
// It returns "" when the clause has its own violent verb before
// "following"/"after", or the date comes before them.
func followingSummary(text string, ws []word, t model.Timex, sp span) string {
	for p, w := range ws {
		if w.start > t.Start {
			return ""
		}
		if family(triggers[w.lower]) == "violence" {
			return ""
		}
		if w.lower != "following" && w.lower != "after" || p+1 >= len(ws) {
			continue
		}
		for q := p + 1; q < len(ws) && q <= p+3 && ws[q].start < t.Start; q++ {
			if eventNouns[ws[q].lower] || family(triggers[ws[q].lower]) == "violence" {
				return summarize(text[ws[p+1].start:sp.end])
			}
		}
		return ""
	}
	return ""
}

// includingSummary gives "including one that killed two Israeli soldiers
// … on October 4" the noun phrase it picks from: "The attacks, including
// one that killed …". Other summaries are returned unchanged.
func includingSummary(text string, ws []word, sp span, sum string) string {
	f := wordsIn(ws, sp)
	if len(f) == 0 || f[0].lower != "including" {
		return sum
	}
	for i, w := range ws {
		if w.start != f[0].start || i == 0 || !eventNouns[ws[i-1].lower] {
			continue
		}
		return summarize(text[ws[npStart(ws, i-1)].start:ws[i-1].end] + ", " + text[sp.start:sp.end])
	}
	return sum
}

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

// happeningNouns name happenings that are not in the trigger lexicon
// because they carry no event type of their own.
var happeningNouns = setOf("election elections vote referendum war summit ceremony funeral trial visit inauguration")

var relativeOpeners = setOf("where which who when whose while")

// placingPreps place a happening relative to another one.
var placingPreps = setOf("before after during until ahead since")

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

func outside(ws []word, sps []span) []word {
	var out []word
	for _, w := range ws {
		if !inAny(w.start, sps) {
			out = append(out, w)
		}
	}
	return out
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

// emitDated makes one event per distinct date in a clause. Several dates
// ("Shukr in Beirut on 30 July and Haniyeh in Tehran on 31 July") split
// the clause after each date expression, so every happening keeps its own
// words, figures and actors.
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

// fillerWords carry no happening of their own beside a date.
var fillerWords = setOf(`on in at by and or but later earlier however since from to until till the of local time gmt utc est last this next early late that which then also meanwhile before after around about during`)

// thinPart reports a part of a sentence that says nothing beside its
// dates: fewer than two words outside them and the filler words.
func thinPart(ws []word, dates []model.Timex) bool {
	n := 0
	for _, w := range ws {
		if fillerWords[w.lower] || inTimex(w, dates) {
			continue
		}
		n++
	}
	return n < 2
}

func inTimex(w word, dates []model.Timex) bool {
	for _, t := range dates {
		if w.start >= t.Start && w.end <= t.End {
			return true
		}
	}
	return false
}

func (st *articleState) emitDated(sp span, dates []model.Timex, ws []word, refs []span) {
	var distinct []model.Timex
	for _, t := range dates {
		dup := false
		for _, d := range distinct {
			// "at 11:30 p.m. (0830 GMT) on Tuesday" is one day told
			// three ways, not three happenings.
			if d.Value == t.Value || sameDay(d.Value, t.Value) {
				dup = true
			}
		}
		if !dup {
			distinct = append(distinct, t)
		}
	}
	if len(distinct) == 1 {
		if baselineDate(st.a.Text, ws, distinct[0]) {
			// "Exports rose 9.9 percent from a year earlier": the date a
			// figure is compared with dates no happening
			return
		}
		if sh, ok := sinceHappening(st.a.Text, ws, distinct[0], sp); ok {
			// "37,000 people have been killed since the rebel group
			// took up arms in 1984": 1984 dates the taking up of arms;
			// the toll runs to this day.
			// It is a campaign's start, like "since October".
			sw := wordsIn(ws, sh)
			i := st.emit(sh, distinct[0], "", sw, refs, Hint{Ongoing: true})
			if e := &st.events[i]; len(e.Actors) == 0 || pronouns[sw[0].lower] {
				// "Kabila's rebels have captured half the country since
				// they launched their offensive": who "they" are.
				e.Actors, e.Targets = st.actorsIn(sp, ws, e.Type)
			}
			return
		}
		st.emit(sp, distinct[0], "", ws, refs, Hint{})
		return
	}
	text := st.a.Text
	start := sp.start
	prevType, prevLead := "", ""
	var carry *model.Timex // a fronted date ("On Thursday, …") that opens the next part
	for k, t := range distinct {
		end := t.End
		for end < sp.end && end < t.End+3 && strings.ContainsRune(",;:", rune(text[end])) {
			end++
		}
		if k == len(distinct)-1 {
			end = sp.end
		} else if end == t.End {
			// A date closing its clause with a comma ("Hamas, which
			// runs on January 25, is observing …") already ends there.
			end = clauseBoundary(text, end, distinct[k+1].Start)
		}
		seg := span{start, end}
		if k > 0 && k == len(distinct)-1 && baselineDate(text, ws, t) {
			// "… rose 1.5 percent from September", "… above Thursday's
			// close": the date a figure is compared with is no happening.
			continue
		}
		if thinPart(wordsIn(ws, seg), dates) {
			// "On Thursday, …", "Later Friday, …": a part that is only
			// its date opens the clause after it and dates it; a last
			// part that is only a date ("… and 1996.", "(1229 GMT)")
			// adds nothing to the part before.
			if k < len(distinct)-1 && carry == nil {
				c := t
				carry = &c
			}
			continue
		}
		start = end
		if carry != nil {
			t, carry = *carry, nil
		}
		// "extolling the 1973 military coup": a date inside a noun
		// phrase naming a happening dates that phrase, not the words
		// before it.
		if np, ok := datedNounPhrase(ws, t); ok && k > 0 {
			seg = np
		}
		segWords := wordsIn(ws, seg)
		if len(segWords) == 0 {
			continue
		}
		typ, at := classify(segWords)
		if typ == model.EventOther && at < 0 && prevType != "" && !clauseOpener(segWords[0].lower) {
			// "… assassinations of Shukr on 30 July and Haniyeh on 31
			// July": a coordinated part without a verb of its own shares
			// the happening of the part before.
			i := st.emit(seg, t, prevType, segWords, refs, Hint{})
			if prevLead != "" {
				st.events[i].Summary = summarize(prevLead + " " + strings.TrimPrefix(strings.TrimPrefix(st.events[i].Sources[0].Text, "and "), "And "))
			}
			continue
		}
		i := st.emit(seg, t, "", segWords, refs, Hint{})
		if k > 0 && !segWords[0].cap {
			// A later part starting mid-clause ("have once again flared
			// following …") reads better after the sentence's subject.
			st.events[i].Summary = withSubject(text[sp.start:sp.end], st.events[i].Sources[0].Text)
		}
		prevType, prevLead = typ, ""
		if at >= 0 {
			prevLead = leadPhrase(text, segWords, at)
		}
	}
}

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

// subjectless open reported content with no subject of its own ("after
// holding a meeting", "before leaving").
var subjectless = setOf("after before following while upon during")

// clauseOpener reports a word that opens a clause of its own rather than
// a part coordinated with the one before ("condemning the acts that
// rocked three hotels Wednesday night", "which opened on Monday").
func clauseOpener(l string) bool {
	return strings.HasSuffix(l, "ing") && len(l) > 5 || l == "which" || l == "who" || l == "where" || l == "when" || l == "while"
}

// sameDay reports whether two date values name one calendar day, one of
// them with a time of day ("2006-11-14T23:30", "2006-11-14").
func sameDay(a, b string) bool {
	return len(a) >= 10 && len(b) >= 10 && a[:10] == b[:10] && (len(a) > 10 || len(b) > 10) && a[4] == '-' && a[7] == '-'
}

// clauseBoundary moves the end of a dated part from just after its date
// to the end of its clause, when that clause ends before the next date:
// "Ottri on Thursday sent a cable to Badran, condemning the acts …
// Wednesday night" splits at the comma, not after "Thursday", so the
// verb stays with its date. A part already at a boundary ("on 30 July and
// …") is left alone.
func clauseBoundary(text string, end, next int) int {
	if next <= end || next > len(text) {
		return end
	}
	gap := text[end:next]
	lead := strings.TrimLeft(gap, " ")
	if lead == "" || strings.ContainsRune(",;:(", rune(lead[0])) || boundaryWord(lead) {
		return end
	}
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case ',', ';':
			// "12,000" is a number, not a break.
			if i > 0 && i+1 < len(gap) && isDigit(gap[i-1]) && isDigit(gap[i+1]) {
				continue
			}
			return end + i + 1
		case ' ':
			// "near where …", "a week before …" are no boundary.
			if boundaryWord(gap[i+1:]) && !boundPrev[strings.ToLower(lastWord(gap[:i]))] {
				return end + i
			}
		}
	}
	return end
}

// boundPrev are words after which a boundary word opens no clause.
var boundPrev = setOf(`near of to from in at on by for with about into than just shortly soon long
week weeks day days month months year years hours minutes time`)

// lastWord is the last space-separated word of s.
func lastWord(s string) string {
	s = strings.TrimRight(s, " ")
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// boundaryWord reports whether s opens with a word that starts a new
// clause.
func boundaryWord(s string) bool {
	for _, w := range []string{"while ", "when ", "where ", "which ", "who ", "after ", "before "} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	// "and" joins clauses when a lower-case word follows ("and put the
	// company …"), often names otherwise ("Democratic Action and Copei").
	for _, w := range []string{"and ", "but "} {
		if rest, ok := strings.CutPrefix(s, w); ok && rest != "" && rest[0] >= 'a' && rest[0] <= 'z' {
			return true
		}
	}
	return false
}

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

// leadPhrase is the trigger of a clause with its modifier and "of"
// ("Israeli assassinations of"), to head the summary of a coordinated
// part that lacks one.
func leadPhrase(text string, ws []word, at int) string {
	from := at
	if at > 0 && ws[at-1].cap {
		from = at - 1
	}
	to := at
	if at+1 < len(ws) && ws[at+1].lower == "of" {
		to = at + 1
	}
	return text[ws[from].start:ws[to].end]
}

// emit appends one dated event for a clause.
func (st *articleState) emit(sp span, t model.Timex, typ string, ws []word, refs []span, h Hint) int {
	sp = trimSpan(st.a.Text, sp)
	// Figures inside a back-reference belong to the happening referred to,
	// not to this one.
	var own []word
	for _, w := range ws {
		if !inAny(w.start, refs) {
			own = append(own, w)
		}
	}
	if typ == "" {
		typ, _ = classify(own)
		if typ == model.EventOther {
			typ, _ = classify(ws)
		}
	}
	v := t.Value
	if i := strings.IndexByte(v, 'T'); i > 0 {
		v = v[:i]
	}
	ev := st.newEvent(sp, typ, ws)
	if sum := followingSummary(st.a.Text, wordsIn(ws, sp), t, sp); sum != "" {
		ev.Summary = sum
	}
	ev.Figures = extractFigures(own)
	ev.Date = model.EventDate{Value: v, Precision: model.PrecisionOf(v), Text: t.Text, Mod: t.Mod, Inferred: h.Soft || st.a.PublishedSource == model.SourceInferred && t.Anchored}
	for _, r := range refs {
		if r.start >= sp.start && r.end <= sp.end {
			h.Skip = append(h.Skip, [2]int{r.start, r.end})
		}
	}
	h.Ongoing = h.Ongoing || ongoing(st.a.Text, sp, t)
	st.events = append(st.events, ev)
	st.hints = append(st.hints, h)
	if !h.Soft {
		st.last = len(st.events) - 1
		st.lastSent = st.nsent
		st.lastPara = st.paraOf(sp.start)
	}
	return len(st.events) - 1
}

// emitUndated appends a mention with no date of its own. Merge keeps it
// only if it joins an event dated elsewhere.
func (st *articleState) emitUndated(sp span, ws []word) int {
	sp = trimSpan(st.a.Text, sp)
	typ, _ := classify(ws)
	if family(typ) != "violence" {
		typ = model.EventAttack
	}
	ev := st.newEvent(sp, typ, ws)
	ev.Figures = extractFigures(ws)
	ev.Date = model.EventDate{Precision: model.PrecisionUnknown}
	st.events = append(st.events, ev)
	st.hints = append(st.hints, Hint{Undated: true})
	return len(st.events) - 1
}

// emitAfter appends a happening with no date of its own that follows
// another one (after > 0), or that the next sentence may tie to one
// (after == 0). Merge dates it between the happening it follows and the
// publication date, or drops it.
func (st *articleState) emitAfter(sp span, typ string, ws []word, others []span, after int) int {
	sp = trimSpan(st.a.Text, sp)
	ev := st.newEvent(sp, typ, ws)
	ev.Figures = extractFigures(outside(ws, others))
	ev.Date = model.EventDate{Precision: model.PrecisionUnknown}
	h := Hint{Undated: true, After: after}
	for _, r := range others {
		h.Skip = append(h.Skip, [2]int{r.start, r.end})
	}
	st.events = append(st.events, ev)
	st.hints = append(st.hints, h)
	st.last = len(st.events) - 1
	st.lastSent = st.nsent
	st.lastPara = st.paraOf(sp.start)
	return st.last
}

func (st *articleState) paraOf(off int) int {
	for _, s := range st.a.Sentences {
		if off >= s.CleanStart && off < s.CleanEnd {
			return s.Para
		}
	}
	return -1
}

// newEvent fills what every event has: ID, actors, place, summary, source.
func (st *articleState) newEvent(sp span, typ string, ws []word) model.Event {
	a := st.a
	actors, targets := st.actorsIn(sp, ws, typ)
	ev := model.Event{
		ID:      eventID(a.ID, sp, typ),
		Type:    typ,
		Actors:  actors,
		Targets: targets,
		Place:   findPlace(a.Text, ws),
		Summary: summarize(a.Text[sp.start:sp.end]),
	}
	ev.Sources = []model.Source{st.source(sp)}
	return ev
}

func (st *articleState) source(sp span) model.Source {
	a := st.a
	rs, re := a.RawSpan(sp.start, sp.end)
	return model.Source{
		Article: a.ID, File: a.Path, Start: rs, End: re,
		CleanStart: sp.start, CleanEnd: sp.end, Text: a.Text[sp.start:sp.end],
		Outlet: a.Outlet, Published: a.Published,
	}
}

func (st *articleState) addSource(i int, sp span) {
	sp = trimSpan(st.a.Text, sp)
	st.events[i].Sources = append(st.events[i].Sources, st.source(sp))
	st.lastSent = st.nsent
}

// actorsIn lists the actors named in a clause, the agent first: a mention
// right after "by" (passive voice) or the first one before the trigger.
// For violent events, actors named right after "on", "against", "at" or
// "targeting" are the targets.
func (st *articleState) actorsIn(sp span, ws []word, typ string) (actors, targets []string) {
	seen := map[string]bool{}
	var agent string
	for _, m := range st.ms {
		if m.Start < sp.start || m.End > sp.end || m.Actor == "" || inAny(m.Start, st.skip) && !inAny(sp.start, st.skip) {
			continue
		}
		prev := prevWord(ws, m.Start)
		if prev == "by" && agent == "" {
			agent = m.Actor
		}
		if family(typ) == "violence" && (prev == "on" || prev == "against" || prev == "targeting" || prev == "at" || prev == "targeted") && nearTrigger(ws, m.Start) {
			if !seen["t:"+m.Actor] {
				targets = append(targets, m.Actor)
				seen["t:"+m.Actor] = true
			}
		}
		if !seen[m.Actor] {
			seen[m.Actor] = true
			actors = append(actors, m.Actor)
		}
	}
	if agent != "" && len(actors) > 0 && actors[0] != agent {
		out := []string{agent}
		for _, x := range actors {
			if x != agent {
				out = append(out, x)
			}
		}
		actors = out
	}
	return actors, targets
}

// nearTrigger reports whether a violent trigger word sits at most three
// words before off ("attacks on US forces", not "the war on ISIS").
func nearTrigger(ws []word, off int) bool {
	idx := -1
	for i, w := range ws {
		if w.start >= off {
			idx = i
			break
		}
	}
	for j := idx - 1; j >= 0 && j >= idx-3; j-- {
		if family(triggers[ws[j].lower]) == "violence" {
			return true
		}
	}
	return false
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

// withAgents puts the claimants first among an event's actors.
func withAgents(agents, actors []string) []string {
	if len(agents) == 0 {
		return actors
	}
	out := append([]string(nil), agents...)
	for _, a := range actors {
		if !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

func prevWord(ws []word, off int) string {
	p := ""
	for _, w := range ws {
		if w.end > off {
			break
		}
		p = w.lower
	}
	return p
}

func eventID(article string, sp span, typ string) string {
	h := sha256.Sum256(fmt.Appendf(nil, "%s:%d-%d:%s", article, sp.start, sp.end, typ))
	return hex.EncodeToString(h[:6])
}

// trimSpan drops surrounding spaces and a trailing comma from a clause.
func trimSpan(text string, sp span) span {
	for sp.start < sp.end && strings.ContainsRune(" \t\n\r,;", rune(text[sp.start])) {
		sp.start++
	}
	for sp.end > sp.start && strings.ContainsRune(" \t\n\r,;", rune(text[sp.end-1])) {
		sp.end--
	}
	return sp
}

func wordsIn(ws []word, sp span) []word {
	var out []word
	for _, w := range ws {
		if w.start >= sp.start && w.end <= sp.end {
			out = append(out, w)
		}
	}
	return out
}

func inAny(off int, sps []span) bool {
	for _, s := range sps {
		if off >= s.start && off < s.end {
			return true
		}
	}
	return false
}

// fallbackSentences splits text on line breaks and sentence-final stops
// for articles that come without sentences, so extraction still works on
// a bare text.
func fallbackSentences(text string) []model.Sentence {
	var out []model.Sentence
	start, para := 0, 0
	flush := func(end int) {
		sp := trimSpan(text, span{start, end})
		if sp.end > sp.start {
			out = append(out, model.Sentence{CleanStart: sp.start, CleanEnd: sp.end, Text: text[sp.start:sp.end], Para: para})
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			flush(i)
			para++
		case '.', '?', '!':
			if i+2 < len(text) && text[i+1] == ' ' && isCapitalized(text[i+2:]) {
				flush(i + 1)
			}
		}
	}
	flush(len(text))
	return out
}
