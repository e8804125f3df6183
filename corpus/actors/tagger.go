package actors

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/annals/annals/model"
)

// ment is a mention in token coordinates while an article is tagged.
type ment struct {
	s, e  int
	actor string
	kind  string
	role  string // office held, for title references ("prime minister of Iraq")
	disc  bool   // discovered, not from an actor file
	short bool   // a lone surname not yet tied to a full name
}

// tagger holds the state of tagging one text.
type tagger struct {
	r         *Recognizer
	text      string
	toks      []token
	titleLine []bool // lines in Title Case (headlines)
	skipLine  []bool // bylines and credits
	capsLine  []bool // lines written in capitals
	covered   []bool // tokens already claimed by a gazetteer name
	inMent    []bool // tokens inside an accepted mention
	ments     []ment
	homes     []home            // organs and offices: whose "the government" it is
	seen      []home            // every state name, used or not, for the article's main state
	lowerSeen map[string]bool   // lower-cased capitalized word → also seen in lower case
	pending   []chain           // capitalized names not yet classified
	offices   []ment            // "the UN envoy for Iraq" waiting for the name that follows
	variants  map[string]*entry // variantOf's answer per name text: an article repeats its names
}

// variant is gazetteer.variantOf, remembered for the article: the
// transliteration key it computes was ~6% of the recognizer's CPU, and
// a name recurs in an article.
func (t *tagger) variant(text string) *entry {
	if e, ok := t.variants[text]; ok {
		return e
	}
	e := t.r.gaz.variantOf(text)
	if t.variants == nil {
		t.variants = map[string]*entry{}
	}
	t.variants[text] = e
	return e
}

type home struct {
	tok   int
	state string
}

func (t *tagger) lw(i int) string {
	if i < 0 || i >= len(t.toks) {
		return ""
	}
	return t.toks[i].low
}

func (t *tagger) isWord(i int) bool { return i >= 0 && i < len(t.toks) && t.toks[i].word }

// sameLine tells whether token j continues the line of token i.
func (t *tagger) sameLine(i, j int) bool {
	return i >= 0 && j >= 0 && i < len(t.toks) && j < len(t.toks) && t.toks[i].line == t.toks[j].line
}

func (t *tagger) add(m ment) {
	for k := m.s; k < m.e; k++ {
		t.covered[k] = true
		t.inMent[k] = true
	}
	t.ments = append(t.ments, m)
}

func (t *tagger) prepare() {
	t.toks = tokenize(t.text)
	t.covered = make([]bool, len(t.toks))
	t.inMent = make([]bool, len(t.toks))
	// lowerSeen: which capitalized words also occur in lower case (then
	// a sentence-initial one is a common word); only capitalized words
	// are keys, so lower-case tokens cost a lookup, not an insert
	t.lowerSeen = make(map[string]bool, len(t.toks)/8)
	for _, tk := range t.toks {
		if tk.word && tk.cap {
			t.lowerSeen[tk.low] = false
		}
	}
	for _, tk := range t.toks {
		if tk.word && !tk.cap {
			if _, ok := t.lowerSeen[tk.text]; ok {
				t.lowerSeen[tk.text] = true
			}
		}
	}
	nLines := 1
	if len(t.toks) > 0 {
		nLines = t.toks[len(t.toks)-1].line + 1
	}
	t.titleLine = make([]bool, nLines)
	t.skipLine = make([]bool, nLines)
	t.capsLine = make([]bool, nLines)
	words, caps := make([]int, nLines), make([]int, nLines)
	upper, lettered := make([]int, nLines), make([]int, nLines)
	for i, tk := range t.toks {
		if !tk.word {
			continue
		}

		if tk.cap && len(tk.text) > 1 {
			lettered[tk.line]++
			if isAcronym(tk.text) {
				upper[tk.line]++
			}
		} else if len(tk.text) > 1 {
			lettered[tk.line]++
		}
		if utf8.RuneCountInString(tk.text) > 3 {
			words[tk.line]++
			if tk.cap {
				caps[tk.line]++
			}
		}
		if tk.nlBefore || i == 0 {
			first := tk.text
			nxt := t.lw(i + 1)
			switch {
			case first == "By" && i+1 < len(t.toks) && t.toks[i+1].cap:
				t.skipLine[tk.line] = true
			case (first == "Reporting" || first == "Writing" || first == "Editing" || first == "Additional") && (nxt == "by" || nxt == "reporting"):
				t.skipLine[tk.line] = true
			}
		}
		if tk.text == "Reporting" && i > 0 && t.toks[i-1].text == "(" {
			t.skipLine[tk.line] = true
		}
	}
	// a headline: mostly capitalized words and no full stop at its end
	ended := make([]bool, nLines)
	count := make([]int, nLines)
	for _, tk := range t.toks {
		count[tk.line]++
		switch tk.text {
		case ".", "!", "?", "”", "\"", ";":
			ended[tk.line] = true
		default:
			ended[tk.line] = false
		}
	}
	for l, n := range upper {
		if n >= 3 && n == lettered[l] {
			t.capsLine[l] = true
		}
	}
	for l, n := range words {
		if n >= 3 && caps[l]*4 >= n*3 && !ended[l] && count[l] <= 30 {
			t.titleLine[l] = true
		}
	}
}

// Tag returns the actor mentions in text (one article), sorted by Start,
// with byte offsets into text. Short forms, acronyms defined in the text
// and bare titles are resolved within the text.
func (r *Recognizer) Tag(text string) []model.ActorMention {
	t := &tagger{r: r, text: text}
	if !r.tagWith(t) {
		return nil
	}
	return t.output()
}

func (r *Recognizer) tagWith(t *tagger) bool {
	text := t.text
	t.prepare()
	if len(t.toks) == 0 {
		return false
	}
	for _, gm := range r.gaz.match(text, t.toks) {
		t.gazetteerMatch(gm)
	}
	t.shortForms()
	t.discover()
	t.resolve()
	return true
}

func (t *tagger) output() []model.ActorMention {
	sortMents(t.ments)
	out := make([]model.ActorMention, 0, len(t.ments))
	last := -1
	for _, m := range t.ments {
		if m.actor == "" || m.s >= m.e {
			continue
		}
		st, en := t.toks[m.s].start, t.toks[m.e-1].end
		if st < last {
			continue
		}
		last = en
		out = append(out, model.ActorMention{Start: st, End: en, Text: t.text[st:en], Actor: m.actor, Kind: m.kind, Role: m.role})
	}
	return out
}

func sortMents(ms []ment) {
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].s < ms[j].s })
}

// gazetteerMatch decides whether a name from the actor file is used as an
// actor here, and with which span.
func (t *tagger) gazetteerMatch(gm gazMatch) {
	for k := gm.s; k < gm.e; k++ {
		t.covered[k] = true
	}
	e := gm.refs[0].e
	var name, capital, adj, plural bool
	for _, ref := range gm.refs {
		if ref.e != e {
			continue
		}
		switch ref.role {
		case roleName:
			name = true
		case roleCapital:
			capital = true
		case roleDemonym:
			adj = true
		case rolePlural:
			plural = true
		}
	}
	s, en := gm.s, gm.e
	if t.skipLine[t.toks[s].line] {
		return
	}
	// in a line of capitals, "US" may be the pronoun and "WHO" a question
	if t.capsLine[t.toks[s].line] && en-s == 1 && isAcronym(t.toks[s].text) && !strings.Contains(t.toks[s].text, ".") {
		return
	}
	if e.Kind != model.KindState || len(e.Capitals) == 0 && len(e.Demonyms) == 0 {
		if t.patron(s, en) || t.partOfLongerName(en) || e.Kind == model.KindState && t.dateline(s, en) {
			return
		}
		if t.bareTitleAfter(en) {
			t.officeRef(s, en)
			return
		}
		t.add(ment{s: s, e: en, actor: e.Name, kind: e.Kind})
		return
	}
	if (name || capital) && !adj && t.nameBefore(s) && !(capital && !name && t.verbOpening(s-1)) {
		// "Jamaatul Mujahideen Bangladesh", "Air France": a name that
		// ends in a state's, left whole for discovery
		for k := s; k < en; k++ {
			t.covered[k] = false
		}
		return
	}
	if plural {
		if !t.counted(s) {
			t.add(ment{s: s, e: en, actor: e.Name, kind: e.Kind})
		}
		return
	}
	if name && !adj {
		if ps := t.polityBefore(s); ps >= 0 {
			// "the Hashemite Kingdom of Jordan", "the Arab Republic of
			// Egypt": the state's long name, one mention of the state
			for k := ps; k < s; k++ {
				t.covered[k] = true
			}
			t.seen = append(t.seen, home{ps, e.Name})
			if t.stateNameUse(ps, en, e, false) {
				t.add(ment{s: ps, e: en, actor: e.Name, kind: e.Kind})
			}
			return
		}
	}
	t.seen = append(t.seen, home{s, e.Name})
	if adj {
		decided, ok := t.adjectiveUse(s, en, e)
		if decided || !name && !capital {
			_ = ok
			return
		}
	}
	if t.stateNameUse(s, en, e, capital && !name) {
		t.add(ment{s: s, e: en, actor: e.Name, kind: e.Kind})
	}
}

// nameBefore reports a capitalized word of a name right before token s,
// which makes a state's name there the end of a longer name.
func (t *tagger) nameBefore(s int) bool {
	k := s - 1
	if k < 0 || !t.sameLine(k, s) || t.toks[s].glued {
		return false
	}
	p := t.toks[k]
	if !p.word || !p.cap || t.covered[k] || funcCaps[p.text] || months[p.text] || stopCaps[p.text] || titleWords[p.low] || t.titleLine[p.line] {
		return false
	}
	return true
}

func joinToks(ts []token) string {
	var b strings.Builder
	for i, tk := range ts {
		if i > 0 && !tk.glued {
			b.WriteByte(' ')
		}
		b.WriteString(tk.text)
	}
	return b.String()
}

// polityWords head a state's long name: "Kingdom of", "Republic of".
// ("State" is left out: "the State of Mexico" is a Mexican state.)
var polityWords = set("republic|kingdom|sultanate|emirate|federation|principality|commonwealth|confederation")

// polityMods are the words a state's long name puts before its polity
// word; any other capitalized word there names something else ("the
// Koguryo Kingdom of China", an ancient kingdom).
var polityMods = set("islamic|arab|hashemite|democratic|people's|people’s|federal|socialist|united|federative|plurinational|bolivarian|cooperative|co-operative|independent|sovereign|great|grand|syrian|lebanese|french|italian|hellenic|slovak|czech|argentine|dominican|central|african|kyrgyz|lao|hellenic|union")

// polityBefore returns the first token of a state's long name ending in
// "<polity word> of" right before the state name at s ("the Islamic
// Republic of Iran", "the Hashemite Kingdom of Jordan"), or -1.
func (t *tagger) polityBefore(s int) int {
	k := s - 2
	if k < 0 || t.lw(s-1) != "of" || !t.sameLine(k, s) || !t.toks[k].cap || t.covered[k] || !polityWords[t.lw(k)] {
		return -1
	}
	for k > 0 && t.sameLine(k-1, s) && t.toks[k-1].word && t.toks[k-1].cap && !t.inMent[k-1] && polityMods[t.lw(k-1)] {
		k--
	}
	if p := k - 1; p >= 0 && t.sameLine(p, s) && t.toks[p].word && t.toks[p].cap && !funcCaps[t.toks[p].text] && !t.titleAt(p) && !t.toks[p].sentStart {
		return -1 // "the Koguryo Kingdom of China": another name's
	}
	return k
}

func (t *tagger) tok(i int) *token {
	if i < 0 || i >= len(t.toks) {
		return nil
	}
	return &t.toks[i]
}

// verbOpening reports a sentence-opening participle ("Defending Canberra's
// decision"): a verb, not the first word of a longer name.
func (t *tagger) verbOpening(k int) bool {
	return k >= 0 && t.toks[k].sentStart && strings.HasSuffix(t.toks[k].low, "ing")
}
