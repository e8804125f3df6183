package timex

import (
	"strings"
	"time"

	"github.com/annals/annals/model"
)

// Tag returns the time expressions in text, in order. dct is the document
// creation time as YYYY-MM-DD, or "" when unknown: relative expressions then
// keep unresolved values (XXXX-10-04) rather than borrowing today's date.
// Offsets are byte offsets into text.
func Tag(text string, dct string) []model.Timex {
	tg := newTagger(text, dct)
	tg.run()
	return tg.out
}

// tagger holds the state of one Tag call.
type tagger struct {
	text  string
	toks  []token
	dct   time.Time
	known bool // dct is known
	// today is the day "today", "tonight", "yesterday" count from: the
	// DCT, or the day a dateline names when it differs ("WASHINGTON,
	// Nov. 11 (Xinhua) --" published on the 12th: "earlier today" is the
	// 11th).
	today time.Time
	// ref is the last fully resolved date mentioned, for anaphora
	// ("the following day", "a year earlier").
	ref refDate
	// lastDay is the last day-precise date mentioned: "the following day"
	// counts from it when a coarser expression ("this year", "in
	// June") took over ref after it.
	lastDay refDate
	// lastQ is the last fiscal quarter named: "the year-ago quarter" and
	// "the 1988 period" refer to it even after a day ("the quarter ended
	// Sept. 30") took over ref.
	lastQ refDate
	// reportQ is the last quarter completed before the DCT, once the text
	// names it: the quarter an earnings report is about. "The 1989
	// period" and "a year ago" paragraphs after "a flat second quarter"
	// still compare with it.
	reportQ refDate
	// qSent is the sentence of the last expression valued as a quarter
	// ("the year-earlier period" = 1988-Q3 keeps the quarter the topic).
	qSent int
	out   []model.Timex
	// tenses, when wantTense is set, holds the clause tense of each
	// expression in out (for publication-date inference).
	wantTense bool
	tenses    []int
}

type refDate struct {
	t    time.Time
	g    int
	ok   bool
	sent int
}

// hit is one matched expression: tokens [start, end).
type hit struct {
	start, end int
	typ, val   string
	mod        string
	quant      string
	anchored   bool
	// ref, when set, becomes the anaphora referent after the expression.
	ref *refDate
	// skip marks words that look like a time but are not one ("24 hours
	// a day"): they are passed over whole, so no part of them is tagged.
	skip bool
}

func newTagger(text, dct string) *tagger {
	tg := &tagger{text: text, toks: tokenize(text)}
	if t, err := time.Parse("2006-01-02", dct); err == nil {
		tg.dct, tg.known = t, true
		tg.today = t
		if d, ok := tg.datelineDay(); ok {
			tg.today = d
		}
	}
	return tg
}

func (tg *tagger) run() {
	toks := tg.toks
	for i := 0; i < len(toks); {
		h, ok := tg.match(i)
		if !ok || h.end <= i {
			i++
			continue
		}
		if h.skip {
			i = h.end
			continue
		}
		tg.emit(h)
		i = h.end
	}
}

func (tg *tagger) emit(h hit) {
	s, e := tg.toks[h.start].s, tg.toks[h.end-1].e
	tg.out = append(tg.out, model.Timex{
		Start: s, End: e, Text: tg.text[s:e], Type: h.typ, Value: h.val, Mod: h.mod,
		Quant: h.quant, Anchored: h.anchored,
	})
	if tg.wantTense {
		tg.tenses = append(tg.tenses, tg.tense(h.start, h.end))
	}
	if len(h.val) == 7 && h.val[4:6] == "-Q" {
		tg.qSent = tg.toks[h.start].sent
	}
	if h.ref != nil {
		tg.ref = *h.ref
		tg.ref.sent = tg.toks[h.start].sent
		if h.ref.g == gDay {
			tg.lastDay = tg.ref
		}
		if h.ref.g == gQuarter && strings.Contains(h.val, "-Q") && (!tg.known || !h.ref.t.After(tg.dct)) {
			// a reported quarter, not a forecast one ("losses through the
			// third quarter of 1990")
			tg.lastQ = tg.ref
			if tg.known && fmtQuarter(h.ref.t.Year(), quarterOf(int(h.ref.t.Month()))) == formatAt(addMonths(tg.dct, -3), gQuarter) {
				tg.reportQ = tg.ref
			}
		}
	}
}

// --- token accessors ---

// w returns the lower-cased word at i, or "" past either end.
func (tg *tagger) w(i int) string {
	if i < 0 || i >= len(tg.toks) {
		return ""
	}
	return tg.toks[i].low
}

func (tg *tagger) tok(i int) *token {
	if i < 0 || i >= len(tg.toks) {
		return nil
	}
	return &tg.toks[i]
}

// glued reports whether token i follows token i-1 with no space ("mid-October").
func (tg *tagger) glued(i int) bool {
	return i > 0 && i < len(tg.toks) && !tg.toks[i].space
}

// isPunct reports whether token i is the punctuation p.
func (tg *tagger) isPunct(i int, p string) bool {
	t := tg.tok(i)
	return t != nil && t.kind == tkPunct && t.low == p
}

// num returns the integer value of a plain number token.
func (tg *tagger) num(i int) (int, bool) {
	t := tg.tok(i)
	if t == nil || t.kind != tkNum || !t.plain || len(t.low) > 9 {
		return 0, false
	}
	n := 0
	for j := 0; j < len(t.low); j++ {
		n = n*10 + int(t.low[j]-'0')
	}
	return n, true
}

// sameSentence reports whether tokens i and j are in one sentence.
func (tg *tagger) sameSentence(i, j int) bool {
	return tg.toks[i].sent == tg.toks[j].sent
}

// quarterRef is the quarter a quarterly comparison at token i refers to:
// the last quarter named, if within back sentences.
func (tg *tagger) quarterRef(i, back int) (time.Time, bool) {
	if i >= len(tg.toks) {
		return time.Time{}, false
	}
	if tg.lastQ.ok && tg.toks[i].sent-max(tg.lastQ.sent, tg.qSent) <= back {
		return tg.topicQuarter(i, tg.lastQ).t, true
	}
	if tg.reportQ.ok && tg.toks[i].sent-max(tg.reportQ.sent, tg.qSent) <= 2*back {
		return tg.reportQ.t, true
	}
	return time.Time{}, false
}

// topicQuarter is the quarter a comparison at token i ("a year ago",
// "the year-earlier period") refers to, given the last quarter named q:
// q when named in this sentence or the one before, else the reported
// quarter if the text has named it (a quarter named in passing, "after a
// flat second quarter", does not change the report's subject).
func (tg *tagger) topicQuarter(i int, q refDate) refDate {
	if !tg.reportQ.ok || i >= len(tg.toks) || tg.toks[i].sent-q.sent <= 1 {
		return q
	}
	return tg.reportQ
}
