package actors

import (
	"fmt"
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

// splitVariants breaks each skeleton group into sets of names that are
// spelling variants of each other, keyed anew; the most counted name of a
// set is its representative.
func splitVariants(groups map[string]*tally) map[string]*tally {
	out := make(map[string]*tally, len(groups))
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		g := groups[k]
		names := make([]string, 0, len(g.count))
		for s := range g.count {
			names = append(names, s)
		}
		sort.Slice(names, func(i, j int) bool {
			a, b := names[i], names[j]
			if g.count[a] != g.count[b] {
				return g.count[a] > g.count[b]
			}
			return g.first[a] < g.first[b]
		})
		var reps []string
		for _, s := range names {
			at := -1
			for i, r := range reps {
				if spellingVariant(r, s) {
					at = i
					break
				}
			}
			if at < 0 {
				at = len(reps)
				reps = append(reps, s)
				out[fmt.Sprintf("%s#%d", k, at)] = newTally()
			}
			t := out[fmt.Sprintf("%s#%d", k, at)]
			for i := 0; i < g.count[s]; i++ {
				t.add(s)
			}
		}
	}
	return out
}

// nameWords are a personal name's words, lower case, without the Arabic
// article ("al-Sadr", "al Bashir") that writers add or drop.
func nameWords(name string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(name)) {
		for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "an-", "at-", "az-"} {
			w = strings.TrimPrefix(w, p)
		}
		if w != "al" && w != "el" && w != "" {
			out = append(out, w)
		}
	}
	return out
}

// spellingVariant reports two personal names whose words pair up in
// order, each within a third of its length in edits (Muhammad/Mohammed,
// Omer/Omar, Seniora/Siniora), so transliterations unify and different
// people who merely sound alike (Amer/Omar, Olof/Wolf) stay apart.
func spellingVariant(a, b string) bool {
	wa, wb := nameWords(a), nameWords(b)
	if len(wa) != len(wb) {
		return false
	}
	for i := range wa {
		n := max(utf8.RuneCountInString(wa[i]), utf8.RuneCountInString(wb[i]))
		if editDistance(wa[i], wb[i]) > max(1, (n+1)/3) {
			return false
		}
	}
	return true
}

// editDistance is the Levenshtein distance between two words, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
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
	// The skeleton only proposes: Huang Qinghui and Wang Chih-kang share
	// one, Olof Broman and Wolf Biermann another. Names join only when
	// every word is a near spelling of the other's.
	groups = splitVariants(groups)
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
