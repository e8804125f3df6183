package actors

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/annals/annals/model"
)

// chain is a run of capitalized words that may name an actor in no file.
type chain struct {
	s, e   int    // whole run, titles included
	ns     int    // first token of the name proper, after any title words
	title  string // leading title words, lower case
	text   string // the name proper
	units  int    // capitalized words in the name proper
	single bool
}

func (t *tagger) capWord(i int) bool {
	return t.isWord(i) && t.toks[i].cap && !t.covered[i]
}

// startable tells whether a name may begin at token i.
func (t *tagger) startable(i int) bool {
	tk := t.toks[i]
	if !tk.word || t.covered[i] || t.skipLine[tk.line] || t.titleLine[tk.line] {
		return false
	}
	if nameParticles[tk.low] && i+2 < len(t.toks) && t.toks[i+1].text == "-" && t.toks[i+1].glued && t.capWord(i+2) {
		return true // "al-Mosawi", "Al-Mosawi" even at a sentence start
	}
	if !tk.cap || funcCaps[tk.text] || months[tk.text] {
		return false
	}
	if tk.sentStart && (t.lowerSeen[tk.low] || stopCaps[tk.text] && !titleWords[strings.ToLower(tk.text)]) {
		return false
	}
	return true
}

// buildChain extends a name from token i: capitalized words, hyphenated
// parts ("Al-Ain"), particles ("bin", "al-") and, inside organization
// names, "of", "for", "and", "the" and "in <Country>".
func (t *tagger) buildChain(i int) chain {
	j := i
	good := i
	for j < len(t.toks) {
		tk := t.toks[j]
		if j > i && (!t.sameLine(i, j) || tk.nlBefore) {
			break
		}
		switch {
		case tk.word && tk.cap && !t.covered[j] && !months[tk.text] && (j == i || !funcCaps[tk.text]) && (j == i || !tk.glued || t.toks[j-1].text == "-"):
			j++
			good = j
			continue
		case tk.text == "-" && tk.glued && j > i && t.isWord(j+1) && t.toks[j+1].glued && !t.covered[j+1] && (t.toks[j+1].cap || nameParticles[t.lw(j+1)]):
			j++
			continue
		case tk.text == "-" && tk.glued && j > i && t.toks[j-1].cap && t.isWord(j+1) && t.toks[j+1].glued && !t.covered[j+1] && syllable(t.toks[j+1].text) && !patronSuffix[t.lw(j+1)] && !agentSuffix[t.lw(j+1)]:
			// "Lee Teng-hui", "Kim Dae-jung"
			j += 2
			good = j
			continue
		case tk.word && nameParticles[tk.text] && j+1 < len(t.toks) && (t.toks[j+1].text == "-" && t.toks[j+1].glued || t.capWord(j+1)):
			j++
			continue
		case tk.word && j > i && (tk.text == "of" || tk.text == "for" || tk.text == "and" && !t.hasHead(i, j) && t.capWord(j+1) && !isAcronym(t.toks[j+1].text) || tk.text == "on" || tk.text == "the") && t.capWord(j+1):
			// "and" joins words of one name ("Writers and Journalists
			// Association"), not two names ("X Bank and Y Bank")
			j++
			continue
		case tk.word && j > i && tk.text == "in" && j+1 < len(t.toks) && t.covered[j+1] && t.toks[j+1].cap && t.hasHead(i, good):
			// "... Committee in Iraq": the place is part of the name
			k := j + 1
			for k < len(t.toks) && t.covered[k] && t.toks[k].cap && t.sameLine(j, k) {
				k++
			}
			if k < len(t.toks) && t.toks[k].cap && t.toks[k].word && !t.toks[k].nlBefore {
				break
			}
			good = k
			j = k
		}
		break
	}
	c := chain{s: i, e: good, ns: i}
	// leading title words: "Foreign Minister X", "Treasury Secretary X"
	k := i
	for x := i; x < good-1 && x < i+4; x++ {
		if titleHeads[t.lw(x)] && (x == i || titleWords[t.lw(x-1)] || t.toks[x-1].cap || t.toks[x-1].text == "-") {
			k = x + 1
		}
		if !t.toks[x].word && t.toks[x].text != "-" || !t.toks[x].cap && t.toks[x].word && !titleWords[t.lw(x)] {
			break
		}
	}
	if k > i {
		c.title = strings.ToLower(joinToks(t.toks[i:k]))
		c.ns = k
	}
	// a leading "The" belongs to no discovered name, nor the "of" after a
	// title ("Chairman of International Affairs Committee")
	for c.ns < c.e && (funcCaps[t.toks[c.ns].text] || c.ns > i && (t.toks[c.ns].text == "of" || t.toks[c.ns].text == "for" || t.toks[c.ns].text == "the")) {
		c.ns++
	}
	if c.ns < c.e {
		c.text = joinToks(t.toks[c.ns:c.e])
		for x := c.ns; x < c.e; x++ {
			if t.toks[x].word && t.toks[x].cap && !(x > c.ns+1 && t.toks[x-1].text == "-" && t.toks[x-2].cap) {
				c.units++
			}
		}
	}
	c.single = c.units == 1
	return c
}

func (t *tagger) hasHead(s, e int) bool {
	for k := s; k < e; k++ {
		if _, ok := orgHeads[t.lw(k)]; ok {
			return true
		}
	}
	return false
}

// headKind returns the kind an organization head word gives a name.
func (t *tagger) headKind(s, e int) string {
	kind := ""
	for k := s; k < e; k++ {
		if kd, ok := orgHeads[t.lw(k)]; ok && t.toks[k].cap {
			if kd == model.KindArmedGroup {
				return kd
			}
			kind = kd
		}
	}
	if kind != "" {
		if _, ok := orgHeads[t.lw(e-1)]; !ok {
			// the head must end the name or be followed by of/for ("Bank of England")
			last := ""
			for k := s; k < e; k++ {
				if _, ok := orgHeads[t.lw(k)]; ok {
					last = t.lw(k + 1)
				}
			}
			if last != "of" && last != "for" && last != "on" && last != "in" {
				return ""
			}
		}
	}
	return kind
}

// personLike tells whether every word of a name could be part of a
// personal name.
func (t *tagger) personLike(c chain) bool {
	if c.units < 1 || c.units > 4 {
		return false
	}
	// "Air France", "Chevron Nigeria": a name ending in a state's is a
	// company's, not a person's
	if c.units > 1 {
		if e, ok := t.r.known(t.toks[c.e-1].text); ok && e.Kind == model.KindState {
			return false
		}
	}
	for k := c.ns; k < c.e; k++ {
		tk := t.toks[k]
		if !tk.word {
			continue
		}
		if stopCaps[tk.text] || titleWords[strings.ToLower(tk.text)] {
			return false
		}
		if _, ok := orgHeads[strings.ToLower(tk.text)]; ok {
			return false
		}
		if tk.text == "of" || tk.text == "for" || tk.text == "and" || tk.text == "on" || tk.text == "the" || tk.text == "in" {
			return false
		}
		for _, r := range tk.text {
			if unicode.IsDigit(r) {
				return false
			}
		}
		if isAcronym(tk.text) && len(tk.text) > 1 && !strings.HasSuffix(tk.text, ".") {
			return false
		}
	}
	return true
}

// speakerAfter reports a reporting verb after token e ("X said").
func (t *tagger) speakerAfter(e int) bool {
	if e >= len(t.toks) {
		return false
	}
	k := e
	if t.toks[k].text == "," { // "X, the spokesman, said" is handled by apposition
		return false
	}
	w := t.lw(k)
	if w == "also" || w == "later" || w == "then" || w == "has" || w == "had" {
		k++
		w = t.lw(k)
	}
	switch w {
	case "said", "says", "told", "tells", "added", "adds", "stated", "explained", "noted", "warned", "argued", "insisted", "wrote", "writes", "replied", "acknowledged", "confirmed", "denied", "announced", "declared", "urged", "stressed", "emphasized", "predicted", "estimated", "commented", "conceded", "admitted", "vowed", "pledged", "threatened", "accused", "recalled", "went", "asked":
		return true
	}
	return false
}

// appositionPerson reports ", a Shiite lawmaker", ", the spokesperson for",
// ", president of", ", who heads" after token e.
func (t *tagger) appositionPerson(e int) bool {
	if e >= len(t.toks) || t.toks[e].text != "," {
		return false
	}
	for k := e + 1; k < e+8 && k < len(t.toks); k++ {
		tk := t.toks[k]
		if isPossessive(tk.text) || tk.text == "-" {
			continue
		}
		if !tk.word {
			return false
		}
		w := strings.ToLower(tk.text)
		if k == e+1 && w == "who" {
			return true
		}
		if titleHeads[w] && !tk.cap || titleHeads[w] && k == e+1 {
			return true
		}
		if w == "of" || w == "for" || w == "at" {
			return false
		}
	}
	return false
}

// discover finds actors in no actor file: capitalized names in actor
// positions. Precision matters more than recall here.
func (t *tagger) discover() {
	var chains []chain
	for i := 0; i < len(t.toks); {
		if !t.startable(i) {
			i++
			continue
		}
		c := t.buildChain(i)
		if c.e <= i {
			i++
			continue
		}
		chains = append(chains, c)
		i = c.e
	}
	known := map[string]ment{}
	var rest []chain
	for _, c := range chains {
		m, ok := t.classify(c)
		if !ok && stopCaps[t.toks[c.s].text] && c.e-c.s >= 3 {
			// "the Organization of American States Jose Miguel Insulza":
			// a word that never makes a name ends one name and must not
			// sink the next
			if c2 := t.buildChain(c.s + 1); c2.e > c.s+1 {
				if m2, ok2 := t.classify(c2); ok2 {
					c, m, ok = c2, m2, true
				}
			}
		}
		if !ok {
			rest = append(rest, c)
			continue
		}
		t.add(m)
		if m.kind != model.KindPerson || c.units > 1 {
			known[c.text] = ment{actor: m.actor, kind: m.kind, disc: true}
		}
	}
	t.pending = t.pending[:0]
	for _, c := range rest {
		if c.text == "" {
			continue
		}
		if m, ok := known[c.text]; ok {
			m.s, m.e = c.ns, c.e
			t.add(m)
			continue
		}
		t.pending = append(t.pending, c)
	}
}

// classify decides whether a capitalized name is an actor, and which.
func (t *tagger) classify(c chain) (ment, bool) {
	if c.text == "" {
		return ment{}, false
	}
	m := ment{s: c.ns, e: c.e, actor: c.text, disc: true}
	if e := t.variant(c.text); e != nil && c.units >= 1 {
		// a listed group in another transliteration: "Kataib Sayyed
		// al-Shuhada", "Harakat al-Nujabaa"
		m.actor, m.kind, m.disc = e.Name, e.Kind, false
		return m, true
	}
	prev, prev2 := t.lw(c.s-1), t.lw(c.s-2)
	if prev == "the" {
		prev, prev2 = prev2, t.lw(c.s-3)
	}
	next := t.lw(c.e)
	// "a newly formed militia named Al-Thawiroun"
	if namedCue[prev] && groupCue[prev2] || namedCue[prev] && prev2 == "as" {
		m.kind = model.KindOrganization
		if g := prev2; g == "militia" || g == "faction" || g == "brigade" || g == "brigades" || g == "group" {
			m.kind = model.KindArmedGroup
		}
		return m, true
	}
	// media: "Al-Ain media reported", "news agency Fars", "told Al-Ain"
	if (next == "media" && !looksAdjective(strings.ToLower(c.text)) && !mediaAdj[c.text]) || mediaCue[prev] && !t.personLike(c) {
		m.kind = model.KindMedia
		return m, true
	}
	kind := t.headKind(c.ns, c.e)
	if kind == "" && c.units >= 2 && tradeHeads[t.lw(c.e-1)] && t.toks[c.e-1].cap && c.title == "" && !titleHeads[t.lw(c.s-1)] &&
		!tradeHeads[t.lw(c.ns)] && !stopCaps[t.toks[c.ns].text] {
		kind = model.KindOrganization // "Dana Oil", "Kobe Steel"
	}
	if kind != "" && c.units >= 2 {
		if t.organOnly(c) && t.organName(c) {
			// "the Defense Ministry said": an organ of the article's state
			if c.title != "" && organParts[c.title] {
				m.s = c.s // "General Intelligence Directorate": no title
			}
			if st := t.homeBefore(c.s); st != "" && t.lw(c.s-1) == "the" {
				m.actor, m.kind, m.disc = st, model.KindState, false
				return m, true
			}
			return ment{}, false
		}
		// a place or demonym before a generic name belongs to it:
		// "Kuala Lumpur Stock Exchange"
		s := c.ns
		for s > 0 && t.covered[s-1] && !t.mentioned(s-1) && t.toks[s-1].cap && !t.toks[s].glued && t.sameLine(s-1, s) && !funcCaps[t.toks[s-1].text] {
			s--
		}
		if s == c.ns && t.generic(c) {
			// "the Department of Foreign Affairs", "the Ministry of
			// Construction": an organ of the state the article is about
			if t.lw(c.s-1) == "the" && t.organName(c) {
				if st := t.homeBefore(c.s); st != "" {
					m.actor, m.kind, m.disc = st, model.KindState, false
					return m, true
				}
				if st := t.mainStateBefore(c.s); st != "" {
					m.actor, m.kind, m.disc = st, model.KindState, false
					return m, true
				}
			}
			return ment{}, false
		}
		if s < c.ns {
			m.s = s
			m.actor = joinToks(t.toks[s:c.e])
		}
		m.kind = kind
		return m, true
	}
	personCue := c.title != "" || titleHeads[t.lw(c.s-1)] && !t.toks[c.s-1].cap ||
		t.lw(c.s-1) == "," && titleHeads[t.lw(c.s-2)] && !t.toks[c.s-2].cap || t.speakerAfter(c.e) || t.appositionPerson(c.e) || speakVerbsBefore[t.lw(c.s-1)] && t.lw(c.s-1) != "according"
	if t.personLike(c) {
		if c.units >= 2 && personCue {
			m.kind = model.KindPerson
			m.role = t.roleOf(c)
			return m, true
		}
		if c.units == 1 && c.title != "" && titleHeads[lastWord(c.title)] && c.title != "analyst" {
			// "President Clinton": resolved to a full name later if one is known
			m.kind = model.KindPerson
			m.role = t.roleOf(c)
			m.short = true
			return m, true
		}
	}
	if prev == "told" && (c.units == 1 || t.toks[c.s].text == "The") && !t.personLike(c) {
		m.kind = model.KindMedia
		return m, true
	}
	// organization positions: "leader of X", "spokesman for X", "X spokesman"
	if (prev == "of" || prev == "for") && orgOfCue[prev2] || orgAfterCue[next] && c.units >= 1 && !t.personLike(c) {
		if isAcronym(c.text) || c.units >= 2 && !t.personLike(c) {
			m.kind = model.KindOrganization
			return m, true
		}
	}
	if c.units == 1 && isAcronym(c.text) && len(c.text) <= 6 && (t.speakerAfter(c.e) || prev == "according" || t.lw(c.s-2) == "according") {
		m.kind = model.KindOrganization
		return m, true
	}
	return ment{}, false
}

// organOnly reports names that are only a government organ ("Foreign
// Ministry"): those belong to a state, not a new actor.
func (t *tagger) organOnly(c chain) bool {
	if k := c.ns - 1; k >= 0 && t.covered[k] && beyondState[t.toks[k].text] && t.sameLine(k, c.ns) {
		return false // "African" claimed by a gazetteer name, then "Development Bank"
	}
	for k := c.ns; k < c.e; k++ {
		w := t.lw(k)
		if !t.toks[k].word {
			continue
		}
		if !titleWords[w] && !organs[w] && !organParts[w] && !stopCaps[t.toks[k].text] || beyondState[t.toks[k].text] {
			return false
		}
	}
	return true
}

// beyondState are words that make an institution regional or world-wide
// (Asian Development Bank, World Food Programme): no one state's organ.
var beyondState = set("Asian|European|African|Arab|Islamic|Gulf|Latin|Inter-American|Pacific|Atlantic|Caribbean|Nordic|Baltic|World|International|Global|Commonwealth")

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// roleOf turns the title before a name into an office, with the country
// named just before the title if any ("Iraqi Foreign Minister").
func (t *tagger) roleOf(c chain) string {
	title := c.title
	s := c.s
	if title == "" {
		// lower-case titles before the name: "adviser Abdul Ameer Thuaiban"
		k := c.s
		for k > 0 && t.isWord(k-1) && titleWords[t.lw(k-1)] && !t.toks[k-1].cap && k > c.s-4 {
			k--
		}
		if k < c.s && titleHeads[t.lw(c.s-1)] {
			title = strings.ToLower(joinToks(t.toks[k:c.s]))
			s = k
		}
	}
	title = strings.TrimPrefix(title, "the ")
	if !highOffices[title] {
		return ""
	}
	for i := len(t.homes) - 1; i >= 0; i-- {
		if h := t.homes[i]; h.tok >= s-3 && h.tok <= s {
			return title + " of " + h.state
		}
	}
	return title
}

// generic reports names made only of common words ("Stock Exchange",
// "News Agency", "National Assembly"): without a distinguishing word they
// name no one actor.
func (t *tagger) generic(c chain) bool {
	for k := c.ns; k < c.e; k++ {
		tk := t.toks[k]
		if !tk.word || !tk.cap {
			continue
		}
		_, head := orgHeads[strings.ToLower(tk.text)]
		if !stopCaps[tk.text] && !head && !titleWords[strings.ToLower(tk.text)] && !genericCaps[tk.text] || beyondState[tk.text] {
			return false
		}
	}
	return true
}

// mentioned reports a token inside an accepted mention.
func (t *tagger) mentioned(i int) bool { return t.inMent[i] }

var mediaAdj = set("Local|Official|Social|Mainstream|Independent|Opposition|Online|Print|Broadcast|Pan-Arab|Kurdish|Arab|Shiite|Sunni|Western|Foreign|Domestic|Regional|International|National|Government|Semi-official|Hardline|Reformist|Conservative|Liberal|Russian|Chinese|Israeli|Iranian|Iraqi|Syrian|Turkish|Egyptian|Saudi|Japanese|Korean|Indian|Pakistani|Western|Gulf|Lebanese|Jordanian|Palestinian|Yemeni|Qatari|Emirati|Kuwaiti|American|British|French|German|Italian|Spanish")

// organName reports a generic name of a government body ("Ministry of
// Construction", "Department of Foreign Affairs").
func (t *tagger) organName(c chain) bool {
	for k := c.ns; k < c.e; k++ {
		switch t.lw(k) {
		case "ministry", "department", "government", "cabinet", "embassy", "consulate", "army", "navy", "police", "command", "directorate":
			return true
		}
	}
	return false
}

// mainStateBefore is the state mentioned most before token i, the
// article's likeliest home when no organ or dateline says.
func (t *tagger) mainStateBefore(i int) string {
	count := map[string]int{}
	best := ""
	from := len(t.ments) - window
	if from < 0 {
		from = 0
	}
	for _, m := range t.ments[from:] {
		if m.s < i && m.kind == model.KindState {
			count[m.actor]++
			if count[m.actor] > count[best] {
				best = m.actor
			}
		}
	}
	return best
}

// longSyllable is one Pinyin or Wade-Giles syllable: an initial, a
// medial and a final.
var longSyllable = regexp.MustCompile(`^(?:zh|ch|sh|hs|ts|tz|[bpmfdtnlgkhjqxrzcsyw])?(?:[iuü])?(?:a|o|e|ai|ei|ao|ou|an|en|ang|eng|ong|ung|in|ing|un|iu|ui|ie|ue|ia|ua|uo|iao|ian|iang|uai|uan|uang|iong|ih|uh)$`)

// syllable is a short lower-case word part of a romanized name ("hui",
// "jung"), not an English suffix.
func syllable(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	// Longer parts ("shing", "chiang", "zhuang") must read as one
	// romanized Chinese syllable, which "backed" or "style" do not.
	if len(w) > 4 && !longSyllable.MatchString(w) {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	switch w {
	case "led", "run", "held", "born", "made", "based", "era", "type", "like", "wide", "free", "long", "old", "year", "day", "week", "time", "up", "off", "in", "out", "on", "by", "bis", "ish", "esque", "backed", "style", "size", "wing", "line", "side":
		return false
	}
	return true
}
