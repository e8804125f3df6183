package events

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"

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
	for i := range st.events {
		st.refine(i)
	}
	st.dropNonHappenings()
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
	sc       []word // scratch words, reused by refine
	sentRefs []int  // events the current sentence names in passing (back-references, "recent" ones)
	noRow    []bool // per event, set by refine: no happening (see isNoRow)
}

// span is a clause of a sentence: [start,end) in Article.Text.
type span struct{ start, end int }

func (st *articleState) sentence(s model.Sentence) {
	st.nsent++
	// the happenings the sentence before named in passing, which this
	// one may go on about
	prevRefs := st.sentRefs
	st.sentRefs = nil
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
	for _, i := range refIdx {
		st.sentRefs = append(st.sentRefs, i)
	}

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
	if i := st.refNoun(ws, prevRefs); i >= 0 {
		st.addSource(i, span{cs, ce})
		return
	}
	if i := st.definiteRef(own, typ); i >= 0 {
		// "The U.S. initiated the air assault as a retaliation for …":
		// more of the strikes told before, not a happening of its own.
		st.addSource(i, span{cs, ce})
		for _, r := range others {
			// the other happenings it names are not this one's words
			st.hints[i].Skip = append(st.hints[i].Skip, [2]int{r.start, r.end})
		}
		return
	}
	f := extractFigures(own)
	if family(typ) == "violence" && (f.Killed > 0 || f.Wounded > 0) && len(refs) == 0 {
		st.emitUndated(span{cs, ce}, ws)
		return
	}
	if sp, ok := upcomingHappening(a.Text, ws); ok {
		typ, _ := classify(wordsIn(ws, sp))
		ev := st.newEvent(sp, typ, wordsIn(ws, sp))
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

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func outside(ws []word, sps []span) []word {
	var out []word
	for _, w := range ws {
		if !inAny(w.start, sps) {
			out = append(out, w)
		}
	}
	return out
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
	if at := followingAt(wordsIn(ws, sp), t); at >= 0 {
		// the row is the happening followed: its actors, not those of
		// the tension that followed it
		ev.Summary = summarize(st.a.Text[at:sp.end])
		ev.Actors, ev.Targets = st.actorsIn(span{at, sp.end}, ws, typ)
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
