package actors

import (
	_ "embed"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	ahocorasick "github.com/petar-dambovaliev/aho-corasick"
	"gopkg.in/yaml.v3"

	"github.com/annals/annals/model"
)

//go:embed default_actors.yaml
var defaultYAML []byte

// entry is one actor of an actor file.
type entry struct {
	Name     string   `yaml:"name"`
	Kind     string   `yaml:"kind"`
	Aliases  []string `yaml:"aliases"`
	Capitals []string `yaml:"capitals"`
	Demonyms []string `yaml:"demonyms"`
	// State is the state a person leads or serves, for "the Sudani
	// government" and "Sudani’s government".
	State string `yaml:"state"`
}

// How a gazetteer surface form relates to its actor; it decides which
// context rules apply to a match.
const (
	roleName    = iota // a proper name of the actor
	roleCapital        // a seat of government standing for a state
	roleDemonym        // an adjective ("Iraqi")
	rolePlural         // a plural demonym ("Iraqis")
)

type patRef struct {
	e    *entry
	role int
}

type gazetteer struct {
	entries  []*entry
	byName   map[string]*entry // lower-case canonical name and aliases
	patterns []string
	refs     [][]patRef // per pattern
	ac       ahocorasick.AhoCorasick
	// bySkel maps the spelling skeleton of each group's names to the
	// group (see translitKey); ambiguous keys map to nil.
	bySkel map[string]*entry
	// short maps the one-word short form of a group's name (see
	// shortForm) to the group.
	short map[string]*entry
	// demonymOf maps a lower-case state name to its first demonym,
	// stateOf a lower-case demonym to its state: "Iraqi X" = "X in Iraq".
	demonymOf, stateOf map[string]string
}

var validKinds = map[string]bool{
	model.KindState: true, model.KindArmedGroup: true, model.KindOrganization: true,
	model.KindMedia: true, model.KindPerson: true, model.KindOther: true,
}

func parseEntries(data []byte, file string) ([]*entry, error) {
	var list []*entry
	if err := yaml.Unmarshal(data, &list); err != nil {
		return nil, fmt.Errorf("%s: not a YAML list of actors: %v", file, err)
	}
	for i, e := range list {
		if e == nil || strings.TrimSpace(e.Name) == "" {
			return nil, fmt.Errorf("%s: actor #%d has no name", file, i+1)
		}
		e.Name = strings.TrimSpace(e.Name)
		if e.Kind == "" {
			e.Kind = model.KindOther
		}
		e.Kind = strings.ReplaceAll(strings.ToLower(e.Kind), " ", "_")
		if !validKinds[e.Kind] {
			return nil, fmt.Errorf("%s: actor %q: unknown kind %q (want state, armed_group, organization, media, person or other)", file, e.Name, e.Kind)
		}
	}
	return list, nil
}

// loadGazetteer reads the embedded defaults and the optional user file; a
// user entry with the name of a default replaces it, and a surface form a
// user entry claims is taken from every default.
func loadGazetteer(extraFile string) (*gazetteer, error) {
	defs, err := parseEntries(defaultYAML, "default_actors.yaml")
	if err != nil {
		return nil, err
	}
	if extraFile != "" {
		data, err := os.ReadFile(extraFile)
		if err != nil {
			return nil, fmt.Errorf("actors file: %w", err)
		}
		user, err := parseEntries(data, extraFile)
		if err != nil {
			return nil, err
		}
		claimed := map[string]bool{}
		names := map[string]bool{}
		for _, u := range user {
			names[strings.ToLower(u.Name)] = true
			for _, s := range u.surfaces() {
				claimed[strings.ToLower(s)] = true
			}
		}
		var kept []*entry
		for _, d := range defs {
			if names[strings.ToLower(d.Name)] {
				continue
			}
			d.Aliases = dropClaimed(d.Aliases, claimed)
			d.Capitals = dropClaimed(d.Capitals, claimed)
			d.Demonyms = dropClaimed(d.Demonyms, claimed)
			kept = append(kept, d)
		}
		defs = append(kept, user...)
	}
	demonymOf, stateOf := addPlaceForms(defs)
	g := &gazetteer{entries: defs, byName: map[string]*entry{}, demonymOf: demonymOf, stateOf: stateOf}
	index := map[string]int{}
	add := func(s string, e *entry, role int) {
		for _, v := range variants(s) {
			i, ok := index[v]
			if !ok {
				i = len(g.patterns)
				index[v] = i
				g.patterns = append(g.patterns, v)
				g.refs = append(g.refs, nil)
			}
			g.refs[i] = append(g.refs[i], patRef{e, role})
		}
	}
	for _, e := range defs {
		g.byName[strings.ToLower(e.Name)] = e
		add(e.Name, e, roleName)
		for _, a := range e.Aliases {
			g.byName[strings.ToLower(a)] = e
			add(a, e, roleName)
		}
		for _, c := range e.Capitals {
			add(c, e, roleCapital)
		}
		for _, d := range e.Demonyms {
			add(d, e, roleDemonym)
			if !isAcronym(d) {
				add(d+"s", e, rolePlural)
			}
		}
	}
	g.bySkel = map[string]*entry{}
	for _, e := range defs {
		if e.Kind != model.KindArmedGroup && e.Kind != model.KindOrganization {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := translitKey(n)
			if k == "" {
				continue
			}
			if o, ok := g.bySkel[k]; ok && o != e {
				g.bySkel[k] = nil // two groups spelled alike: trust neither
				continue
			}
			g.bySkel[k] = e
		}
	}
	g.short = map[string]*entry{}
	surface := make(map[string]bool, len(index))
	for v := range index {
		surface[strings.ToLower(v)] = true
	}
	for _, e := range defs {
		if e.Kind == model.KindPerson || e.Kind == model.KindMedia {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			w := shortForm(n)
			if w == "" || surface[strings.ToLower(w)] {
				continue // a name of its own ("Hezbollah" of Kataib Hezbollah)
			}
			if o, ok := g.short[strings.ToLower(w)]; ok && o != e {
				g.short[strings.ToLower(w)] = nil
				continue
			}
			g.short[strings.ToLower(w)] = e
		}
	}
	b := ahocorasick.NewAhoCorasickBuilder(ahocorasick.Opts{
		AsciiCaseInsensitive: true,
		MatchKind:            ahocorasick.StandardMatch,
		DFA:                  true,
	})
	g.ac = b.Build(g.patterns)
	return g, nil
}

func (e *entry) surfaces() []string {
	out := append([]string{e.Name}, e.Aliases...)
	out = append(out, e.Capitals...)
	return append(out, e.Demonyms...)
}

func dropClaimed(list []string, claimed map[string]bool) []string {
	var out []string
	for _, s := range list {
		if !claimed[strings.ToLower(s)] {
			out = append(out, s)
		}
	}
	return out
}

// variants spells a surface form the ways news text does: straight and
// curly apostrophes or none, "al-" or "al ", and the translated forms of
// "Kataib X" (X Brigades) and "Harakat X" (X Movement).
// translit lists the common romanizations of names that recur inside
// other names: the first is the spelling used in the actor file.
var translit = [][]string{
	{"Hezbollah", "Hizballah", "Hizbollah", "Hizbullah", "Hezbullah"},
}

func variants(s string) []string {
	set := map[string]bool{s: true}
	if strings.ContainsAny(s, "'’") {
		set[strings.ReplaceAll(s, "'", "’")] = true
		set[strings.ReplaceAll(s, "’", "'")] = true
		set[strings.NewReplacer("'", "", "’", "").Replace(s)] = true
	}
	// transliterations of a name inside longer names: "Kataib Hizballah"
	// is Kataib Hezbollah, not the Lebanese party
	for v := range set {
		for _, tr := range translit {
			if strings.Contains(v, tr[0]) && v != tr[0] {
				for _, alt := range tr[1:] {
					set[strings.ReplaceAll(v, tr[0], alt)] = true
				}
			}
		}
	}
	for v := range set {
		if strings.Contains(strings.ToLower(v), "al-") {
			set[strings.ReplaceAll(strings.ReplaceAll(v, "al-", "al "), "Al-", "Al ")] = true
		}
	}
	for v := range set {
		low := strings.ToLower(v)
		for _, p := range []struct{ pre, suf string }{{"kataib ", " Brigades"}, {"kata'ib ", " Brigades"}, {"kata’ib ", " Brigades"}, {"harakat ", " Movement"}} {
			if strings.HasPrefix(low, p.pre) && len(v) > len(p.pre) {
				rest := v[len(p.pre):]
				set[rest+p.suf] = true
				set[v+p.suf] = true
			}
		}
	}
	out := make([]string, 0, len(set))
	for v := range set {
		out = append(out, v)
	}
	return out
}

func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// caseFits tells whether the text spelled a pattern with the capitals the
// pattern requires: acronyms exactly, capitalized words capitalized.
func caseFits(pat, text string) bool {
	if isAcronym(pat) {
		return pat == text
	}
	pw := strings.Fields(pat)
	tw := strings.Fields(text)
	if len(pw) != len(tw) {
		return false
	}
	for i := range pw {
		p, _ := utf8.DecodeRuneInString(pw[i])
		t, _ := utf8.DecodeRuneInString(tw[i])
		if unicode.IsUpper(p) && !unicode.IsUpper(t) {
			return false
		}
		// a lone upper-case word in the text only matches if it is an
		// all-capital line (BAGHDAD) or the pattern agrees
		if p != t && unicode.IsUpper(p) == unicode.IsUpper(t) && unicode.ToLower(p) != unicode.ToLower(t) {
			return false
		}
	}
	return true
}

// gazMatch is one accepted gazetteer match in token coordinates.
type gazMatch struct {
	s, e int // token range [s,e)
	refs []patRef
}

// match finds gazetteer names in text aligned to token boundaries,
// longest first, without overlaps.
func (g *gazetteer) match(text string, toks []token) []gazMatch {
	type raw struct{ s, e, p int }
	var best []raw
	it := g.ac.IterOverlapping(text)
	for m := it.Next(); m != nil; m = it.Next() {
		si := sort.Search(len(toks), func(i int) bool { return toks[i].start >= m.Start() })
		ei := sort.Search(len(toks), func(i int) bool { return toks[i].end >= m.End() })
		if si >= len(toks) || toks[si].start != m.Start() || ei >= len(toks) || toks[ei].end != m.End() {
			continue
		}
		if !caseFits(g.patterns[m.Pattern()], text[m.Start():m.End()]) {
			continue
		}
		best = append(best, raw{si, ei + 1, m.Pattern()})
	}
	// longest match per start token, then greedy left to right
	longest := map[int]raw{}
	for _, r := range best {
		if cur, ok := longest[r.s]; !ok || r.e > cur.e {
			longest[r.s] = r
		}
	}
	var out []gazMatch
	next := 0
	for i := 0; i < len(toks); i++ {
		r, ok := longest[i]
		if !ok || i < next {
			continue
		}
		// a longer match starting inside this one but reaching further wins
		// only if it starts before this one ends; keep the simple greedy rule
		out = append(out, gazMatch{r.s, r.e, g.refs[r.p]})
		next = r.e
	}
	return out
}
