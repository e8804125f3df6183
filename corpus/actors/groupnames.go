package actors

// Group names written more than one way: transliteration variants
// ("Kataib Sayyed al-Shuhada"), short forms ("Quds" for the Quds Force)
// and the group's country before or after the name ("Iraqi Islamic
// Resistance" / "Islamic Resistance in Iraq").

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals/annals/model"
)

// translitKey is the key under which transliteration variants of a
// group's name agree: "Kataib Sayyed al-Shuhada" and "Kata'ib Sayyid
// al-Shuhada", "Harakat al-Nujabaa" and "Harakat al-Nujaba", "Asaib Ahl
// al-Haaq" and "Asaib Ahl al-Haq" (doubled vowels, Sayyed/Sayyid, dropped
// vowels and apostrophes). It is the name's skeleton plus the initial of
// every word, so that words must still begin alike; names too short to
// carry a spelling ("Fatah", single acronyms) give "".
func translitKey(name string) string {
	if isAcronym(name) {
		return ""
	}
	// doubled letters first: skeleton keeps a short word as written
	// ("Haq"), which must still agree with "Haaq"
	var b strings.Builder
	var last rune
	for _, r := range strings.ToLower(name) {
		if r != last || !unicode.IsLetter(r) {
			b.WriteRune(r)
		}
		last = r
	}
	sk := skeleton(b.String())
	if len(strings.ReplaceAll(sk, " ", "")) < 5 {
		return ""
	}
	var ini []byte
	for _, w := range strings.Fields(strings.ToLower(name)) {
		for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "an-", "at-", "az-"} {
			w = strings.TrimPrefix(w, p)
		}
		if w == "al" || w == "el" || w == "" {
			continue
		}
		ini = append(ini, w[0])
	}
	return sk + "|" + string(ini)
}

// variantOf returns the group whose listed name text spells differently
// (see translitKey), or nil.
func (g *gazetteer) variantOf(text string) *entry {
	k := translitKey(text)
	if k == "" {
		return nil
	}
	return g.bySkel[k]
}

// groupHeads and groupLeads are the generic words a group's name drops in
// its short form: "Quds" for the Quds Force, "Badr" for the Badr
// Organization, "Nujaba" for Harakat al-Nujaba.
var (
	groupHeads = map[string]bool{"force": true, "forces": true, "brigades": true, "brigade": true, "movement": true,
		"organization": true, "organisation": true, "corps": true, "group": true, "front": true, "units": true, "militia": true}
	groupLeads = map[string]bool{"harakat": true, "kataib": true, "kata'ib": true, "kataeb": true, "jabhat": true,
		"jaish": true, "liwa": true, "saraya": true}
)

// shortForm is the one capitalized word left when a two-word group name
// drops its generic word ("Quds Force" → "Quds", "Harakat al-Nujaba" →
// "al-Nujaba" → "Nujaba"), or "".
func shortForm(name string) string {
	ws := strings.Fields(name)
	if len(ws) != 2 {
		return ""
	}
	var w string
	switch {
	case groupHeads[strings.ToLower(ws[1])]:
		w = ws[0]
	case groupLeads[strings.ToLower(ws[0])]:
		w = ws[1]
	default:
		return ""
	}
	for _, p := range []string{"al-", "Al-", "el-", "El-"} {
		w = strings.TrimPrefix(w, p)
	}
	r, _ := utf8.DecodeRuneInString(w)
	if utf8.RuneCountInString(w) < 4 || !unicode.IsUpper(r) || isAcronym(w) || looksAdjective(strings.ToLower(w)) {
		return ""
	}
	return w
}

// addPlaceForms gives a group named for its country both ways it is
// written: "Islamic Resistance in Iraq" is also "Iraqi Islamic
// Resistance", and "Iraqi X Y" also "X Y in Iraq".
func addPlaceForms(defs []*entry) (demonymOf, stateOf map[string]string) {
	demonymOf, stateOf = map[string]string{}, map[string]string{}
	for _, e := range defs {
		if e.Kind == model.KindState && len(e.Demonyms) > 0 && !isAcronym(e.Demonyms[0]) {
			demonymOf[strings.ToLower(e.Name)] = e.Demonyms[0]
			for _, d := range e.Demonyms {
				if !isAcronym(d) {
					stateOf[strings.ToLower(d)] = e.Name
				}
			}
		}
	}
	have := map[string]bool{}
	for _, e := range defs {
		for _, n := range e.surfaces() {
			have[strings.ToLower(n)] = true
		}
	}
	for _, e := range defs {
		if e.Kind != model.KindArmedGroup && e.Kind != model.KindOrganization {
			continue
		}
		var extra []string
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			alts := []string{placeForm(n, demonymOf, stateOf)}
			if ws := strings.Fields(n); len(ws) >= 4 && ws[len(ws)-2] == "in" && demonymOf[strings.ToLower(ws[len(ws)-1])] != "" {
				// "Iraq's Islamic Resistance"
				alts = append(alts, ws[len(ws)-1]+"'s "+strings.Join(ws[:len(ws)-2], " "))
			}
			for _, alt := range alts {
				if alt != "" && !have[strings.ToLower(alt)] {
					have[strings.ToLower(alt)] = true
					extra = append(extra, alt)
				}
			}
		}
		e.Aliases = append(e.Aliases, extra...)
	}
	return demonymOf, stateOf
}

// placeForm turns "X Y in Iraq" into "Iraqi X Y", and "Iraqi X Y" or
// "Iraq's X Y" into "X Y in Iraq", or gives ""
// when the name is not of that shape (the rest must keep two words, so
// that "Lebanese Hezbollah" stays a description).
func placeForm(n string, demonymOf, stateOf map[string]string) string {
	ws := strings.Fields(n)
	if len(ws) >= 4 && (ws[len(ws)-2] == "in" || ws[len(ws)-2] == "of") {
		if d, ok := demonymOf[strings.ToLower(ws[len(ws)-1])]; ok {
			return d + " " + strings.Join(ws[:len(ws)-2], " ")
		}
	}
	if len(ws) >= 3 && !strings.Contains(n, " in ") && !strings.Contains(n, " of ") {
		if st, ok := stateOf[strings.ToLower(ws[0])]; ok {
			return strings.Join(ws[1:], " ") + " in " + st
		}
		// "Iraq's Islamic Resistance"
		for _, p := range []string{"'s", "’s"} {
			if base, ok := strings.CutSuffix(ws[0], p); ok && demonymOf[strings.ToLower(base)] != "" {
				return strings.Join(ws[1:], " ") + " in " + base
			}
		}
	}
	return ""
}

// shortForms tags a group's one-word short form ("Quds" for the Quds
// Force, "Badr" for the Badr Organization) where the article names the
// group in full, or where a member noun follows ("Quds commander Esmail
// Qaani", "Badr fighters"). "Al-Quds" (Jerusalem, a newspaper, a brigade)
// and "Quds-linked" are not the group.
func (t *tagger) shortForms() {
	g := t.r.gaz
	if len(g.short) == 0 {
		return
	}
	named := map[string]bool{}
	for _, m := range t.ments {
		named[m.actor] = true
	}
	for i, tk := range t.toks {
		if !tk.word || !tk.cap || t.covered[i] || t.skipLine[tk.line] {
			continue
		}
		e := g.short[tk.low]
		if e == nil {
			continue
		}
		if p := t.lw(i - 1); tk.glued && p == "-" || p == "al" || p == "el" {
			continue
		}
		if i+1 < len(t.toks) && t.toks[i+1].glued && t.toks[i+1].text == "-" {
			continue // "Quds-linked", "Badr-led"
		}
		if !memberNouns[t.lw(i+1)] {
			// without a member noun, only where the article names the
			// group in full, and not as a modifier ("Qassam rockets": a
			// weapon, not the group acting)
			if n := t.tok(i + 1); !named[e.Name] || n != nil && n.word && !n.cap && !funcWords[n.low] && !finiteAfter(n.low) {
				continue
			}
		}
		if t.partOfLongerName(i + 1) {
			continue // "Quds Day", "Badr Brigade Street"
		}
		t.add(ment{s: i, e: i + 1, actor: e.Name, kind: e.Kind})
	}
}

// memberNouns after a group's short form show the group, not a word
// that happens to be spelled so: "Quds commander", "Badr fighters".
var memberNouns = set("commander|commanders|chief|head|operatives|operative|officer|officers|unit|units|fighters|members|member|force|forces|militia|militiamen|leader|leaders|spokesman|official|officials")

// finiteAfter reports a word that shows the name before it acting: an
// auxiliary, a reporting verb or a past tense ("Quds has", "Badr said",
// "Quds armed"); a plural noun ("Qassam rockets") is not.
func finiteAfter(w string) bool {
	switch w {
	case "has", "have", "had", "is", "was", "are", "were", "will", "would", "could", "may", "might", "can", "did", "does", "also", "says":
		return true
	}
	return reportVerbs[w] || irregularPast[w] || strings.HasSuffix(w, "ed")
}
