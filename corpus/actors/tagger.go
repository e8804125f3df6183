package actors

import (
	"sort"
	"strings"
	"unicode"
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
	homes     []home          // organs and offices: whose "the government" it is
	seen      []home          // every state name, used or not, for the article's main state
	lowerSeen map[string]bool // lower-cased capitalized word → also seen in lower case
	pending   []chain         // capitalized names not yet classified
	offices   []ment          // "the UN envoy for Iraq" waiting for the name that follows
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
		if t.patron(s, en) || t.partOfLongerName(en) {
			return
		}
		if t.bareTitleAfter(en) {
			t.officeRef(s, en)
			return
		}
		t.add(ment{s: s, e: en, actor: e.Name, kind: e.Kind})
		return
	}
	if plural {
		if !t.counted(s) {
			t.add(ment{s: s, e: en, actor: e.Name, kind: e.Kind})
		}
		return
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

// patron reports "pro-X", "anti-X", "X-backed" and the like, where X is
// named as a patron or a place rather than acting.
func (t *tagger) patron(s, e int) bool {
	if s >= 2 && t.toks[s-1].text == "-" && t.toks[s].glued && t.toks[s-1].glued {
		if p := t.lw(s - 2); p == "pro" || p == "anti" || p == "non" || p == "post" || p == "pre" {
			return true
		}
	}
	if e+1 < len(t.toks) && t.toks[e].text == "-" && t.toks[e].glued && t.toks[e+1].glued {
		if patronSuffix[t.lw(e+1)] {
			return true
		}
	}
	return false
}

// partOfLongerName reports a capitalized word right after a match, which
// makes the match part of a longer name ("Jerusalem Post Store").
func (t *tagger) partOfLongerName(e int) bool {
	if e >= len(t.toks) || !t.sameLine(e-1, e) {
		return false
	}
	n := t.toks[e]
	if !n.word || !n.cap || n.glued || funcCaps[n.text] || months[n.text] {
		return false
	}
	if t.titleLine[n.line] && (t.verbLike(e) || agentive[t.lw(e)]) {
		return false
	}
	return !t.titleAt(e)
}

// titleAt reports a title phrase ("President", "Foreign Minister") at i.
func (t *tagger) titleAt(i int) bool {
	j := i
	for j < len(t.toks) && t.isWord(j) && titleWords[t.lw(j)] {
		if titleHeads[t.lw(j)] {
			return true
		}
		j++
	}
	return false
}

// counted reports a number before a noun phrase starting at s: counted
// or specific casualties are not the state acting.
func (t *tagger) counted(s int) bool {
	p := s - 1
	if p >= 0 && (t.lw(p) == "the" || t.lw(p) == "of") {
		if t.lw(p) == "the" && casualtyVerbs[t.lw(p-1)] {
			return true
		}
		p--
	}
	if p < 0 || !t.toks[p].word {
		return false
	}
	w := t.lw(p)
	if numberWords[w] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r)
}

// organAt returns the end of an organ phrase ("government", "foreign
// ministry") starting at i, or -1.
func (t *tagger) organAt(i int) (int, string) {
	if !t.isWord(i) || !t.sameLine(i-1, i) {
		return -1, ""
	}
	two := t.lw(i) + " " + t.lw(i+1)
	if t.isWord(i+1) && (organs2[two] || t.lw(i+1) == "ministry" && !personNouns[t.lw(i)] && !funcWords[t.lw(i)]) {
		return i + 2, two
	}
	if organs[t.lw(i)] {
		return i + 1, t.lw(i)
	}
	return -1, ""
}

// agentiveAt returns the index of an act noun at i, or one adjective
// later ("U.S. retaliatory strikes"), or -1.
func (t *tagger) agentiveAt(i int) int {
	for k := 0; k < 3 && t.isWord(i+k) && t.sameLine(i-1, i+k); k++ {
		w := t.lw(i + k)
		if agentive[w] && !(w == "retaliatory" && agentive[t.lw(i+k+1)]) {
			return i + k
		}
		if !skipAdj[w] {
			return -1
		}
	}
	return -1
}

// adjectiveUse handles "Israeli", "US" and the like before a noun. It
// reports whether it decided the case, and whether a mention was added.
func (t *tagger) adjectiveUse(s, e int, ent *entry) (bool, bool) {
	n := e
	if n >= len(t.toks) || !t.sameLine(s, n) {
		return false, false
	}
	if t.toks[n].text == "-" && t.toks[n].glued {
		return false, false // compounds are judged as names
	}
	if !t.toks[n].word {
		return false, false
	}
	// "Iraqi Prime Minister" with no name after it: a title reference.
	if t.titleAt(n) {
		t.titleReference(s, n, ent.Name)
		return true, false
	}
	if oe, organ := t.organAt(n); oe > 0 {
		if forceNouns[organ] && t.counted(s) {
			return true, false
		}
		if organAdj[organ] && t.isWord(oe) && !t.toks[oe].cap && !t.verbLike(oe) && !funcWords[t.lw(oe)] || organAdj[organ] && (t.lw(oe) == "and" || t.lw(oe) == "or") {
			return true, false // "Iraqi military and civilian sites"
		}
		if oe < len(t.toks) && t.sameLine(s, oe) && (personNouns[t.lw(oe)] || (t.toks[oe].cap && t.toks[oe].word && !t.titleLine[t.toks[s].line])) {
			return true, false // "government spokesperson", "state media IRNA"
		}
		if organ == "state media" || organ == "state television" || organ == "state tv" || organ == "news agency" {
			name := t.toks[s].text + " " + organ
			if t.toks[oe-1].cap {
				name = joinToks(t.toks[s:oe]) // "Iraqi News Agency" is a name
			}
			t.add(ment{s: s, e: oe, actor: name, kind: model.KindMedia, disc: true})
			return true, true
		}
		t.add(ment{s: s, e: oe, actor: ent.Name, kind: ent.Kind})
		if !forceNouns[organ] && organ != "embassy" && organ != "consulate" && organ != "intelligence" {
			t.homes = append(t.homes, home{s, ent.Name})
		}
		return true, true
	}
	if t.agentiveAt(n) >= 0 {
		t.add(ment{s: s, e: e, actor: ent.Name, kind: ent.Kind})
		return true, true
	}
	// "US and coalition forces": elliptical forces
	if t.lw(n) == "and" {
		for k := n + 1; k < n+6 && k < len(t.toks); k++ {
			if w := t.lw(k); w == "forces" || w == "troops" {
				t.add(ment{s: s, e: e, actor: ent.Name, kind: ent.Kind})
				return true, true
			}
			if !t.toks[k].word && t.toks[k].text != "-" {
				break
			}
		}
		return false, false
	}
	w := t.lw(n)
	if funcWords[w] {
		return false, false
	}
	if t.toks[n].cap && !t.titleLine[t.toks[n].line] {
		return true, false // part of a longer name ("Syrian Observatory")
	}
	if descriptive[w] || looksAdjective(w) || !t.verbLike(n) {
		return true, false
	}
	return false, false
}

// verbLike guesses that the word at i is a verb, so the name before it is
// a subject ("US killed", "U.S. holds", "Iran may").
func (t *tagger) verbLike(i int) bool {
	w := t.lw(i)
	switch w {
	case "has", "have", "had", "is", "was", "are", "were", "will", "would", "could", "should", "may", "might", "must", "can", "did", "does", "do", "also", "then", "says", "said", "and", "or", "not", "never", "still", "already", "now", "again", "itself", "alone", "too":
		return true
	}
	if strings.HasSuffix(w, "ed") || reportVerbs[w] || irregularPast[w] || strings.HasSuffix(w, "ly") && len(w) > 4 {
		return true
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !descriptive[w] && !agentive[w] && !organs[w] {
		return true
	}
	return false
}

func looksAdjective(w string) bool {
	for _, suf := range []string{"al", "ic", "ian", "ary", "ese", "ish"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// stateNameUse decides whether a country or capital name denotes the
// polity acting (tag) or a place (skip).
func (t *tagger) stateNameUse(s, e int, ent *entry, capital bool) bool {
	if t.patron(s, e) {
		return false
	}
	// compounds: "Iran-Israel tensions", "US-led invasion", "Jordan-Syria border"
	if e+1 < len(t.toks) && t.toks[e].text == "-" && t.toks[e].glued && t.toks[e+1].glued {
		nx := t.lw(e + 1)
		if agentSuffix[nx] {
			return true
		}
		if t.toks[e+1].cap {
			return t.compoundActs(e + 1)
		}
		return false
	}
	if s >= 2 && t.toks[s-1].text == "-" && t.toks[s].glued && t.toks[s-1].glued && t.toks[s-2].cap {
		return t.compoundActs(s + 1)
	}
	if e < len(t.toks) && isPossessive(t.toks[e].text) {
		h := e + 1
		if oe, organ := t.organAt(h); oe > 0 && !personNouns[t.lw(oe)] && organ != "state media" {
			t.add(ment{s: s, e: oe, actor: ent.Name, kind: ent.Kind})
			t.homes = append(t.homes, home{s, ent.Name})
			return false
		}
		if t.titleAt(h) {
			t.bindTitleCountry(h, ent.Name)
			return false
		}
		return t.agentiveAt(h) >= 0
	}
	if e < len(t.toks) && t.sameLine(s, e) && t.toks[e].word {
		w := t.lw(e)
		if w == "border" || w == "borders" || w == "territory" || w == "airspace" || w == "soil" || w == "coast" || w == "region" || w == "province" || w == "city" {
			return false
		}
		if t.titleAt(e) {
			t.bindTitleCountry(e, ent.Name)
			return false
		}
		if !t.toks[e].cap && !isAcronym(t.toks[s].text) && !funcWords[w] && !afterObject[w] && !t.verbLike(e) {
			return false // "the Jordan attack", "Israel radio": a place as modifier
		}
		if t.toks[e].cap && !t.titleLine[t.toks[e].line] && !t.toks[e].glued && !funcCaps[t.toks[e].text] && !months[t.toks[e].text] {
			return false // part of a longer name
		}
	}
	if t.dateline(s, e) {
		// a dateline says where, which is weak evidence of whose
		// government "the government" is: it counts twice as a mention
		t.seen = append(t.seen, home{-s - 1, ent.Name})
		return false
	}
	if t.placeContext(s) {
		return false
	}
	// a capital is a place after "on" or "at" ("a strike on Beirut")
	if capital {
		if p := t.lw(s - 1); p == "on" || p == "at" || p == "upon" {
			return false
		}
	}
	return true
}

// compoundActs looks past an "X-Y" compound starting its second part at i
// for the noun it modifies.
func (t *tagger) compoundActs(i int) bool {
	j := i
	for j < len(t.toks) && (t.toks[j].word && t.toks[j].cap || t.toks[j].text == "-" && t.toks[j].glued) {
		j++
	}
	return j < len(t.toks) && conflictNouns[t.lw(j)]
}

// dateline reports "BAGHDAD (Reuters) –", "Baghdad –" or a name alone on
// its line.
func (t *tagger) dateline(s, e int) bool {
	// "ERBIL, Iraq —": the country after a dateline city
	if s >= 2 && t.toks[s-1].text == "," && (t.toks[s-2].nlBefore || s == 2) && isAcronym(t.toks[s-2].text) && e < len(t.toks) {
		switch t.toks[e].text {
		case "(", "–", "—", "-", ":":
			return true
		}
	}
	if !t.toks[s].nlBefore && s != 0 {
		return false
	}
	if e >= len(t.toks) || t.toks[e].nlBefore {
		return true
	}
	switch t.toks[e].text {
	case "(", "–", "—", "-", ",", ":":
		return true
	}
	return false
}

// placeContext reports a locative preposition governing the name at s,
// looking back through coordinations ("in Gaza and Lebanon").
func (t *tagger) placeContext(s int) bool {
	j := s - 1
	inList := false
	for loop := 0; loop < 6 && j >= 0; loop++ {
		if t.lw(j) == "the" {
			j--
			continue
		}
		w := t.lw(j)
		if (w == "and" || w == "or" || w == "," && (inList || t.sameLine(s, s+1) && listNext(t.lw(s+1)) || !t.sameLine(s, s+1))) && j > 0 && t.toks[j-1].word && t.toks[j-1].cap {
			inList = true
			j--
			for j >= 0 && (t.toks[j].word && t.toks[j].cap || t.toks[j].text == "-" || t.lw(j) == "the") {
				j--
			}
			continue
		}
		if !t.sameLine(j, s) {
			return false
		}
		if geoAdj(w) && j > 0 && locPreps[t.lw(j-1)] {
			return true // "in neighbouring Syria", "in western Iraq"
		}
		switch {
		case visitVerbs[w]:
			return true // "visited Sanaa": a destination
		case locPreps[w]:
			if (w == "from" || w == "of") && agentive[t.lw(j-1)] {
				return false
			}
			return true
		case w == "to":
			return motionWords[t.lw(j-1)] || patronWords[t.lw(j-1)]
		case w == "for" || w == "with":
			return placeHeads[t.lw(j-1)]
		}
		return false
	}
	return false
}

// bindTitleCountry records the country of a title followed by a name
// ("Iraq's Prime Minister Mohammed Shia Al-Sudani"), read later by the
// person discovery.
func (t *tagger) bindTitleCountry(i int, state string) {
	t.homes = append(t.homes, home{i, state})
}

// titleReference tags "Iraqi Prime Minister" (a demonym and a high office
// with no name after it) as a reference to whoever holds the office.
func (t *tagger) titleReference(s, n int, state string) {
	j := n
	for j < len(t.toks) && t.isWord(j) && titleWords[t.lw(j)] && t.sameLine(n, j) {
		j++
	}
	// find the head of the title
	end := -1
	for k := j; k > n; k-- {
		if titleHeads[t.lw(k-1)] {
			end = k
			break
		}
	}
	if end < 0 {
		return
	}
	title := strings.ToLower(joinToks(t.toks[n:end]))
	t.homes = append(t.homes, home{s, state})
	if !highOffices[title] {
		return
	}
	// a name follows: the name is the mention, bound to the office
	if end < len(t.toks) && t.toks[end].cap && t.toks[end].word && t.sameLine(n, end) && !t.titleLine[t.toks[n].line] {
		return
	}
	if end < len(t.toks) && isPossessive(t.toks[end].text) || end >= len(t.toks) || !t.toks[end].cap || t.titleLine[t.toks[n].line] {
		role := title + " of " + state
		t.add(ment{s: s, e: end, actor: roleActor(role), kind: model.KindPerson, role: role})
	}
}

// roleActor is the provisional actor of a title reference until the
// office is tied to a name.
func roleActor(role string) string {
	if role == "" {
		return ""
	}
	return strings.ToUpper(role[:1]) + role[1:]
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

// listNext tells whether the word after a name continues a list, so a
// comma before the name coordinates rather than ends a clause.
func listNext(w string) bool {
	return w == "," || w == "and" || w == "or" || w == "." || w == ";" || w == ")" || w == ""
}

func geoAdj(w string) bool {
	switch w {
	case "neighbouring", "neighboring", "nearby", "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "northwestern", "northeastern", "southwestern", "southeastern", "northwest", "northeast", "southwest", "southeast", "sw", "nw", "ne", "se", "war-torn", "rural", "occupied", "neighbour", "neighbor", "mainland", "coastal", "landlocked", "oil-rich", "remote":
		return true
	}
	return false
}

// bareTitleAfter reports a title with no name after it ("UN deputy
// special representative for Iraq"): the name before it only describes
// the office, and the office is a reference to a person.
func (t *tagger) bareTitleAfter(e int) bool {
	if !t.titleAt(e) {
		return false
	}
	// "a senior Kataib Hezbollah commander" names the group; only a
	// definite office ("the UN envoy") stands for its holder
	s := e - 1
	for s > 0 && t.covered[s-1] && t.toks[s-1].word && t.toks[s-1].cap {
		s--
	}
	if p := t.lw(s - 1); p != "the" {
		return false
	}
	j := e
	for j < len(t.toks) && t.isWord(j) && titleWords[t.lw(j)] {
		j++
	}
	return !(j < len(t.toks) && t.toks[j].word && t.toks[j].cap)
}

// officeRef keeps "the UN deputy special representative for Iraq" (an
// organization, a title, an optional "for X") as a reference to the
// person the next sentence names, the usual shape of a news lede.
func (t *tagger) officeRef(s, e int) {
	j := e
	for j < len(t.toks) && t.isWord(j) && titleWords[t.lw(j)] && !t.toks[j].cap && t.sameLine(s, j) {
		j++
	}
	if j == e || !titleHeads[t.lw(j-1)] {
		return
	}
	if w := t.lw(j); (w == "for" || w == "to" || w == "in" || w == "on") && j+1 < len(t.toks) && t.toks[j+1].cap && t.sameLine(s, j+1) {
		k := j + 1
		for k < len(t.toks) && t.toks[k].word && t.toks[k].cap && t.sameLine(s, k) {
			k++
		}
		j = k
	}
	t.offices = append(t.offices, ment{s: s, e: j, kind: model.KindPerson})
}
