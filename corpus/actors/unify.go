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
	return nameFold.Replace(strings.ToLower(name))
}

// nameFold is built once: Merge calls nameKey for every mention.
var nameFold = strings.NewReplacer("-", " ", "'", "", "’", "", ".", "")

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
			if m.Kind == model.KindPerson && strings.Contains(m.Actor, " ") && !(m.Role != "" && m.Actor == roleActor(m.Role)) && !particleSurname(m.Actor) {
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
		}
	}
	// A full name that is another's with words left out ("Gloria Arroyo",
	// "Gloria Macapagal-Arroyo") is that person when exactly one longer
	// name fits; "George Bush" beside George W. and George H. W. Bush
	// stays open.
	joinShorter(canon, groups, func(n string) bool { _, ok := r.known(n); return ok })
	for _, g := range groups {
		for s, n := range g.count {
			best := canon[s]
			keys := []string{surnameKey(best)}
			if i := strings.LastIndexByte(keys[0], '-'); i > 0 && i+1 < len(keys[0]) {
				keys = append(keys, keys[0][i+1:]) // "Arroyo" of Macapagal-Arroyo
			}
			for _, k := range keys {
				if bySurname[k] == nil {
					bySurname[k] = newTally()
				}
				for i := 0; i < n; i++ {
					bySurname[k].add(best)
				}
			}
		}
	}
	// Names that begin with a word ("Mobutu Sese Seko"): a lone "Mobutu"
	// is not the surname of Nzanga Mobutu alone.
	firstAny := map[string]*tally{}
	for _, g := range groups {
		for s, n := range g.count {
			f := strings.Fields(canon[s])
			if len(f) < 2 {
				continue
			}
			k := strings.ToLower(f[0])
			if firstAny[k] == nil {
				firstAny[k] = newTally()
			}
			for i := 0; i < n; i++ {
				firstAny[k].add(canon[s])
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
				k := r.placeKey(m.Actor)
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
			if particleSurname(a) {
				// "Wa Mutharika" opening a sentence: a surname
				if s := bySurname[strings.ToLower(strings.Fields(a)[1])]; s != nil && s.dominant() != "" {
					return s.dominant()
				}
			}
			if c, ok := canon[a]; ok {
				return c
			}
			if !strings.Contains(a, " ") {
				if s := bySurname[surnameKey(a)]; s != nil && s.dominant() != "" {
					d := s.dominant()
					if f := firstAny[strings.ToLower(a)]; f != nil {
						if b := f.best(); b != d && 2*f.count[b] > s.count[d] {
							return a // "Mobutu": the father named first, the son last
						}
					}
					return d
				}
				if s := firstKeys[strings.ToLower(a)]; s != nil && len(s.count) == 1 {
					return s.best()
				}
			}
			return a
		}
		if o := others[r.placeKey(a)]; o != nil {
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

// joinShorter points each full name whose words, hyphens split, are in
// order a part of exactly one longer name with the same first and last
// word at that longer name's canonical form.
func joinShorter(canon map[string]string, groups map[string]*tally, known func(string) bool) {
	type name struct {
		c string
		w []string
	}
	var names []name
	count := map[string]int{}
	for _, g := range groups {
		for s, n := range g.count {
			c := canon[s]
			if _, ok := count[c]; !ok {
				names = append(names, name{c, strings.Fields(strings.ToLower(hyphenDot.Replace(c)))})
			}
			count[c] += n
		}
	}
	// the name from the actor file, else the most written, stands for
	// the spellings of one name
	sort.Slice(names, func(i, j int) bool {
		a, b := names[i].c, names[j].c
		if ka, kb := known(a), known(b); ka != kb {
			return ka
		}
		if count[a] != count[b] {
			return count[a] > count[b]
		}
		return a < b
	})
	// the same words written apart, hyphenated or with initials' periods
	// ("Gloria Macapagal Arroyo", "George W Bush") are one name
	to := map[string]string{}
	same := map[string]int{}
	var uniq []name
	for _, n := range names {
		k := strings.Join(n.w, " ")
		if i, ok := same[k]; ok {
			to[n.c] = uniq[i].c
			continue
		}
		same[k] = len(uniq)
		uniq = append(uniq, n)
	}
	names = uniq
	byEnds := map[string][]int{}
	for i, n := range names {
		if len(n.w) >= 2 {
			k := n.w[0] + " " + n.w[len(n.w)-1]
			byEnds[k] = append(byEnds[k], i)
		}
	}
	for _, idx := range byEnds {
		for _, i := range idx {
			var fit []int
			for _, j := range idx {
				if len(names[j].w) > len(names[i].w) && subsequence(names[i].w, names[j].w) {
					fit = append(fit, j)
				}
			}
			if len(fit) == 1 {
				to[names[i].c] = names[fit[0]].c
			}
		}
	}
	for s, c := range canon {
		for i := 0; i < 4; i++ { // a chain of shorter names, bounded
			t, ok := to[c]
			if !ok {
				break
			}
			c = t
		}
		canon[s] = c
	}
}

// subsequence reports a's words appearing in b in order.
func subsequence(a, b []string) bool {
	j := 0
	for _, w := range b {
		if j < len(a) && a[j] == w {
			j++
		}
	}
	return j == len(a)
}

// particleSurname reports a surname with its particle, capitalized at a
// sentence start ("Wa Mutharika said"): a short form, not a full name.
func particleSurname(name string) bool {
	f := strings.Fields(name)
	return len(f) == 2 && nameParticles[strings.ToLower(f[0])]
}

// tidyPerson writes the Arabic article inside a name in lower case, as
// most style guides do ("Bassem Al-Awadi" → "Bassem al-Awadi").
func tidyPerson(name string) string {
	return arabicArticle.Replace(name)
}

// Replacers built once; unification runs them over every name.
var (
	hyphenDot      = strings.NewReplacer("-", " ", ".", "")
	arabicArticle  = strings.NewReplacer(" Al-", " al-", " El-", " el-")
	apostropheGone = strings.NewReplacer("'", "", "’", "")
)

// placeKey is nameKey with a group's country written one way: "Syrian
// Islamic Resistance" and "Islamic Resistance in Syria" (one group
// written two ways in two articles) share "islamic resistance in syria".
func (r *Recognizer) placeKey(name string) string {
	alt := placeForm(name, r.gaz.demonymOf, r.gaz.stateOf)
	ws := strings.Fields(name)
	switch {
	case alt != "" && !strings.Contains(name, " in ") && !strings.Contains(name, " of "):
		name = alt // "Syrian Islamic Resistance" → "Islamic Resistance in Syria"
	case alt != "" && ws[len(ws)-2] == "of":
		ws[len(ws)-2] = "in" // "Islamic Resistance of Syria"
		name = strings.Join(ws, " ")
	}
	return nameKey(name)
}
