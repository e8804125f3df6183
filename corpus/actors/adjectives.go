package actors

// Rules for demonyms and acronyms used before a noun: organs ("the Iraqi
// government"), acts ("Israeli airstrikes") and descriptors ("US officials").

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals/annals/model"
)

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
		if oe+1 < len(t.toks) && isPossessive(t.toks[oe].text) && (personNouns[t.lw(oe+1)] || titleHeads[t.lw(oe+1)]) {
			return true, false // "the Israeli army’s spokesman"
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
	for _, suf := range []string{"ities", "ings", "tions", "sions", "ments", "nesses", "ances", "ences", "ships", "ists", "ians", "ers", "ors"} {
		if strings.HasSuffix(w, suf) {
			return false // plural nouns: "US facilities", "Iraqi workers"
		}
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
