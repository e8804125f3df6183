package actors

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/annals/annals/model"
)

// skeleton is a spelling-tolerant key for a personal name: lower case,
// without "al-" particles, vowels or doubled letters, so that Bassem and
// Bassim, Mohammed and Muhammad, Al-Awadi and al-Awadi agree.
func skeleton(name string) string {
	var parts []string
	for _, w := range strings.Fields(strings.ToLower(name)) {
		for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "an-", "at-", "az-"} {
			w = strings.TrimPrefix(w, p)
		}
		if w == "al" || w == "el" {
			continue
		}
		var b strings.Builder
		var last rune
		for _, r := range w {
			switch r {
			case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'h', '\'', '’', '-':
				continue
			case 'q', 'c':
				r = 'k'
			}
			if r == last {
				continue
			}
			b.WriteRune(r)
			last = r
		}
		// A word that leaves fewer than two consonants ("Li", "Yu",
		// "Weiyi") carries too little to tolerate spelling: Li Weiyi, Yu
		// Li and Lee Wei would all have read "l". It must match as
		// written.
		if k := b.String(); utf8.RuneCountInString(k) >= 2 {
			parts = append(parts, k)
		} else {
			parts = append(parts, strings.Trim(w, "'’-"))
		}
	}
	return strings.Join(parts, " ")
}

// nameKey folds case, hyphens and apostrophes for non-person names.
func nameKey(name string) string {
	return strings.NewReplacer("-", " ", "'", "", "’", "", ".", "").Replace(strings.ToLower(name))
}

type tally struct {
	count map[string]int
	first map[string]int
	seq   int
}

func newTally() *tally { return &tally{count: map[string]int{}, first: map[string]int{}} }

func (t *tally) add(s string) {
	if _, ok := t.first[s]; !ok {
		t.first[s] = t.seq
		t.seq++
	}
	t.count[s]++
}

// dominant returns the most counted string when it clearly leads (at
// least twice the runner-up), else "": an ambiguous surname or office is
// better left open than tied to the wrong person.
func (t *tally) dominant() string {
	b := t.best()
	for s, n := range t.count {
		if s != b && 2*n > t.count[b] {
			return ""
		}
	}
	return b
}

func (t *tally) best() string {
	best := ""
	for s, n := range t.count {
		if best == "" || n > t.count[best] || n == t.count[best] && t.first[s] < t.first[best] {
			best = s
		}
	}
	return best
}

// Unify resolves names across articles: persons spelled differently
// (Bassem / Bassim al-Awadi) become one, lone surnames ("Cordone") join
// the corpus's full name with that surname, bare offices ("the Iraqi
// Prime Minister") join the named holder of the office seen elsewhere. It
// returns the mentions rewritten to canonical names and the actor list
// with aliases and mention counts, most mentioned first.
func (r *Recognizer) Unify(perArticle [][]model.ActorMention) ([][]model.ActorMention, []model.Actor) {
	canon := map[string]string{} // actor name → canonical
	kindOf := map[string]*tally{}
	// persons: group full names by skeleton
	groups := map[string]*tally{}
	for _, ms := range perArticle {
		for _, m := range ms {
			if m.Kind == model.KindPerson && strings.Contains(m.Actor, " ") && !(m.Role != "" && m.Actor == roleActor(m.Role)) {
				k := skeleton(m.Actor)
				if groups[k] == nil {
					groups[k] = newTally()
				}
				groups[k].add(m.Actor)
			}
		}
	}
	bySurname := map[string]*tally{}
	for _, g := range groups {
		best := tidyPerson(g.best())
		if e, ok := r.known(best); ok && e.Kind == model.KindPerson {
			best = e.Name
		}
		for s := range g.count {
			if e, ok := r.known(s); ok && e.Kind == model.KindPerson {
				best = e.Name
			}
		}
		for s := range g.count {
			canon[s] = best
			if bySurname[surnameKey(best)] == nil {
				bySurname[surnameKey(best)] = newTally()
			}
			for i := 0; i < g.count[s]; i++ {
				bySurname[surnameKey(best)].add(best)
			}
		}
	}
	firstKeys := map[string]*tally{}
	for _, g := range groups {
		for s := range g.count {
			if k := familyFirstKey(canon[s]); k != "" {
				if firstKeys[k] == nil {
					firstKeys[k] = newTally()
				}
				firstKeys[k].add(canon[s])
			}
		}
	}
	// offices: role → holder
	holders := map[string]*tally{}
	titles := map[string]*tally{}
	for _, ms := range perArticle {
		for _, m := range ms {
			if m.Kind != model.KindPerson || m.Role == "" || m.Actor == roleActor(m.Role) || !strings.Contains(m.Actor, " ") {
				continue
			}
			p := m.Actor
			if c, ok := canon[p]; ok {
				p = c
			}
			if holders[m.Role] == nil {
				holders[m.Role] = newTally()
			}
			holders[m.Role].add(p)
			if titles[titleOnly(m.Role)] == nil {
				titles[titleOnly(m.Role)] = newTally()
			}
			titles[titleOnly(m.Role)].add(p)
		}
	}
	// non-person names: fold spelling
	others := map[string]*tally{}
	for _, ms := range perArticle {
		for _, m := range ms {
			if m.Kind != model.KindPerson {
				k := nameKey(m.Actor)
				if others[k] == nil {
					others[k] = newTally()
				}
				others[k].add(m.Actor)
			}
		}
	}
	// an acronym defined in one article ("Asia-Pacific Economic
	// Cooperation (APEC)") names the same actor where it stands alone
	acronyms := map[string]*tally{}
	for _, ms := range perArticle {
		for _, m := range ms {
			if m.Kind != model.KindPerson && isAcronym(m.Text) && m.Actor != m.Text && !strings.Contains(m.Text, " ") {
				if acronyms[m.Text] == nil {
					acronyms[m.Text] = newTally()
				}
				acronyms[m.Text].add(m.Actor)
			}
		}
	}
	for acr, t := range acronyms {
		if _, known := r.known(acr); !known {
			others[nameKey(acr)] = t
		}
	}
	resolve := func(m model.ActorMention) string {
		a := m.Actor
		if m.Kind == model.KindPerson {
			if m.Role != "" && a == roleActor(m.Role) {
				if h := holders[m.Role]; h != nil && h.dominant() != "" {
					return h.dominant()
				}
				return a
			}
			if c, ok := canon[a]; ok {
				return c
			}
			if !strings.Contains(a, " ") {
				if s := bySurname[surnameKey(a)]; s != nil && s.dominant() != "" {
					return s.dominant()
				}
				if s := firstKeys[strings.ToLower(a)]; s != nil && len(s.count) == 1 {
					return s.best()
				}
			}
			return a
		}
		if o := others[nameKey(a)]; o != nil {
			return o.best()
		}
		return a
	}
	out := make([][]model.ActorMention, len(perArticle))
	type agg struct {
		a       model.Actor
		aliases map[string]bool
		kinds   *tally
	}
	actors := map[string]*agg{}
	for i, ms := range perArticle {
		res := make([]model.ActorMention, len(ms))
		for j, m := range ms {
			m.Actor = resolve(m)
			res[j] = m
			g := actors[m.Actor]
			if g == nil {
				_, known := r.known(m.Actor)
				g = &agg{a: model.Actor{Name: m.Actor, Discovered: !known}, aliases: map[string]bool{}, kinds: newTally()}
				actors[m.Actor] = g
			}
			g.a.Mentions++
			g.kinds.add(m.Kind)
			g.aliases[m.Text] = true
			if kindOf[m.Actor] == nil {
				kindOf[m.Actor] = g.kinds
			}
		}
		out[i] = res
	}
	list := make([]model.Actor, 0, len(actors))
	for _, g := range actors {
		g.a.Kind = g.kinds.best()
		for s := range g.aliases {
			g.a.Aliases = append(g.a.Aliases, s)
		}
		sort.Strings(g.a.Aliases)
		list = append(list, g.a)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Mentions != list[j].Mentions {
			return list[i].Mentions > list[j].Mentions
		}
		return list[i].Name < list[j].Name
	})
	return out, list
}

// tidyPerson writes the Arabic article inside a name in lower case, as
// most style guides do ("Bassem Al-Awadi" → "Bassem al-Awadi").
func tidyPerson(name string) string {
	return strings.NewReplacer(" Al-", " al-", " El-", " el-").Replace(name)
}
