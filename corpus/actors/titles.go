package actors

// Titles and offices: "Prime Minister X", "the Iraqi Prime Minister",
// "the UN envoy for Yemen".

import (
	"strings"

	"github.com/annals/annals/model"
)

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
