package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals/annals/model"
)

func lower(s string) string { return strings.ToLower(s) }

// resolve ties what discovery left open inside one article: acronyms
// defined in the text, "aka" names, lone surnames, bare titles and bare
// government organs.
func (t *tagger) resolve() {
	t.bindOffices()
	t.bindTitles()
	t.acronymsAndAka()
	t.surnames()
	t.titleRefs()
	t.bareOrgans()
}

// bindTitles gives person mentions the office written before them
// ("Prime Minister Mohammed Shia al-Sudani", "US President Joe Biden").
func (t *tagger) bindTitles() {
	for i := range t.ments {
		m := &t.ments[i]
		if m.kind != model.KindPerson || m.role != "" || m.short {
			continue
		}
		k := m.s
		for k > 0 && t.isWord(k-1) && titleWords[t.lw(k-1)] && k > m.s-4 {
			k--
		}
		if k == m.s || !titleHeads[t.lw(m.s-1)] {
			continue
		}
		c := chain{s: k, e: m.e, ns: m.s, title: strings.ToLower(joinToks(t.toks[k:m.s]))}
		m.role = t.roleOf(c)
	}
}

// acronymsAndAka handles "the Islamic Resistance in Iraq (IRI)" and
// "Kata’ib Hezbollah (aka the Hezbollah Brigades)".
func (t *tagger) acronymsAndAka() {
	acr := map[string]ment{}
	n := len(t.ments)
	for i := 0; i < n; i++ {
		m := t.ments[i]
		if m.kind == model.KindPerson {
			continue
		}
		k := m.e
		if k+2 < len(t.toks) && t.toks[k].text == "(" && t.toks[k+2].text == ")" && t.isWord(k+1) && isAcronym(t.toks[k+1].text) && initialsFit(t.toks[k+1].text, t.toks[m.s:m.e]) {
			acr[t.toks[k+1].text] = ment{actor: m.actor, kind: m.kind, disc: m.disc}
			if !t.covered[k+1] {
				t.add(ment{s: k + 1, e: k + 2, actor: m.actor, kind: m.kind, disc: m.disc})
			}
			continue
		}
		if k < len(t.toks) && t.toks[k].text == "(" {
			k++
		}
		switch {
		case t.lw(k) == "aka" || t.lw(k) == "a.k.a.":
			k++
		case t.lw(k) == "also" && t.lw(k+1) == "known" && t.lw(k+2) == "as":
			k += 3
		default:
			continue
		}
		if t.lw(k) == "the" {
			k++
		}
		e := k
		for e < len(t.toks) && t.toks[e].word && (t.toks[e].cap || nameParticles[t.toks[e].text]) && !t.covered[e] || e < len(t.toks) && t.toks[e].text == "-" && t.toks[e].glued {
			e++
		}
		if e > k {
			t.add(ment{s: k, e: e, actor: m.actor, kind: m.kind, disc: m.disc})
		}
	}
	// an acronym used without a definition, fitting a name the article
	// spells out ("the Islamic Resistance in Iraq … The IRI said")
	for i := range t.ments {
		m := &t.ments[i]
		if !m.disc || m.e-m.s != 1 || m.actor != t.toks[m.s].text || !isAcronym(m.actor) {
			continue
		}
		if _, ok := acr[m.actor]; ok {
			continue
		}
		for _, o := range t.ments {
			if o.kind != model.KindPerson && o.e-o.s >= 2 && o.actor != m.actor && initialsFit(m.actor, t.toks[o.s:o.e]) && acronymLen(m.actor) >= 3 {
				acr[m.actor] = ment{actor: o.actor, kind: o.kind, disc: o.disc}
				break
			}
		}
	}
	if len(acr) == 0 {
		return
	}
	// discovery may have taken the acronym for an actor of its own
	for i := range t.ments {
		m := &t.ments[i]
		if a, ok := acr[m.actor]; ok && m.disc && m.e-m.s == 1 {
			m.actor, m.kind, m.disc = a.actor, a.kind, a.disc
		}
	}
	for i, tk := range t.toks {
		if t.covered[i] || !tk.word {
			continue
		}
		if m, ok := acr[tk.text]; ok {
			m.s, m.e = i, i+1
			t.add(m)
		}
	}
}

// initialsFit checks that an acronym is made of the initials of the
// capitalized words of a name (IRI = Islamic Resistance in Iraq).
func initialsFit(acr string, name []token) bool {
	var ini []rune
	for _, tk := range name {
		if tk.word {
			r, _ := utf8.DecodeRuneInString(tk.text)
			ini = append(ini, r)
		}
	}
	a := []rune(strings.ReplaceAll(acr, ".", ""))
	if len(a) < 2 {
		return false
	}
	// the acronym's letters appear in order among the initials
	j := 0
	for _, r := range ini {
		if j < len(a) && unicode.ToUpper(r) == a[j] {
			j++
		}
	}
	return j == len(a) && a[0] == unicode.ToUpper(ini[0])
}

// surnameKey is the form a person's last name takes when used alone:
// lower case, without an "al-" particle or apostrophes.
func surnameKey(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	last := strings.ToLower(f[len(f)-1])
	for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "an-", "at-", "az-"} {
		last = strings.TrimPrefix(last, p)
	}
	if strings.ContainsAny(last, "'’") {
		last = apostropheGone.Replace(last)
	}
	return last
}

// surnames ties lone surnames ("Cordone", "Al-Mosawi", "Sudani’s") to the
// full name used in the article; a near miss ("Cordon") counts when the
// word is in a speaker position.
func (t *tagger) surnames() {
	byKey := map[string]string{}
	for _, m := range t.ments {
		if m.kind == model.KindPerson && !m.short && strings.Contains(m.actor, " ") {
			byKey[surnameKey(m.actor)] = m.actor
		}
	}
	// family name first (Hu Jintao → "Hu"), where no surname claims it
	for _, m := range t.ments {
		if k := familyFirstKey(m.actor); m.kind == model.KindPerson && !m.short && k != "" {
			if _, ok := byKey[k]; !ok {
				byKey[k] = m.actor
			}
		}
	}
	for i := range t.ments {
		m := &t.ments[i]
		if m.short {
			if full, ok := byKey[surnameKey(m.actor)]; ok {
				m.actor, m.short = full, false
			}
		}
	}
	// an organization's first word used alone as a speaker ("Macquarie
	// said" after "Macquarie Bank") is that organization, not a person;
	// elsewhere it may be a place ("Dallas, Texas" beside Texas
	// Instruments)
	orgFirst := map[string]ment{}
	for _, m := range t.ments {
		if m.kind == model.KindPerson || m.kind == model.KindState || !strings.Contains(m.actor, " ") {
			continue
		}
		w, _, _ := strings.Cut(m.actor, " ")
		if _, ok := orgFirst[w]; !ok && len(w) > 2 && !funcCaps[w] {
			orgFirst[w] = m
		}
	}
	for _, c := range t.pending {
		if c.units != 1 || c.title != "" && !titleHeads[lastWord(c.title)] {
			continue
		}
		if o, ok := orgFirst[c.text]; ok && c.title == "" && (t.speakerAfter(c.e) || speakVerbsBefore[t.lw(c.s-1)]) {
			if _, person := byKey[surnameKey(c.text)]; !person {
				t.add(ment{s: c.ns, e: c.e, actor: o.actor, kind: o.kind, disc: o.disc})
				continue
			}
		}
		key := surnameKey(c.text)
		speaker := t.speakerAfter(c.e) || speakVerbsBefore[t.lw(c.s-1)]
		full, ok := byKey[key]
		if !ok && speaker && utf8.RuneCountInString(key) >= 5 && len(byKey) <= window {
			for k, f := range byKey {
				if editDistance1(k, key) {
					full, ok = f, true
					break
				}
			}
		}
		if ok {
			t.add(ment{s: c.ns, e: c.e, actor: full, kind: model.KindPerson, disc: true})
			continue
		}
		if speaker && t.personLike(c) && !t.lowerSeen[strings.ToLower(c.text)] && !isAcronym(c.text) {
			t.add(ment{s: c.ns, e: c.e, actor: c.text, kind: model.KindPerson, disc: true, short: true})
		}
	}
}

// editDistance1 reports two words one insertion, deletion or
// substitution apart.
func editDistance1(a, b string) bool {
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	if len(ra)-len(rb) > 1 {
		return false
	}
	i := 0
	for i < len(rb) && ra[i] == rb[i] {
		i++
	}
	if len(ra) == len(rb) {
		return string(ra[i+1:]) == string(rb[i+1:])
	}
	return string(ra[i+1:]) == string(rb[i:])
}

// titleRefs resolves bare references to a high office ("the prime
// minister", "the Iraqi Prime Minister") to the named holder in the
// article; left open, they name the office for Unify to resolve.
func (t *tagger) titleRefs() {
	holders := map[string]string{} // role → person
	titles := map[string]string{}  // bare title → person
	roles := map[string]string{}   // person → the office they were named with
	for _, m := range t.ments {
		if m.kind == model.KindPerson && m.role != "" && !strings.HasPrefix(m.actor, roleActor(m.role)) {
			holders[m.role] = m.actor
			titles[titleOnly(m.role)] = m.actor
			roles[m.actor] = m.role
		}
	}
	for i := range t.ments {
		m := &t.ments[i]
		if m.kind != model.KindPerson || m.role == "" || m.actor != roleActor(m.role) {
			continue
		}
		if p, ok := holders[m.role]; ok {
			m.actor = p
		} else if p, ok := titles[titleOnly(m.role)]; ok && !otherState(m.role, roles[p]) {
			m.actor = p
		}
	}
	// "the prime minister" in running text
	for i := 0; i+2 < len(t.toks); i++ {
		if t.lw(i) != "the" || t.covered[i+1] {
			continue
		}
		for _, n := range []int{3, 2, 1} {
			if i+n >= len(t.toks) {
				continue
			}
			title := strings.ToLower(joinToks(t.toks[i+1 : i+1+n]))
			if !highOffices[title] {
				continue
			}
			e := i + 1 + n
			if e < len(t.toks) && (t.toks[e].cap && t.toks[e].word || t.lw(e) == "of" || t.lw(e) == "and") {
				break
			}
			if p, ok := titles[title]; ok {
				t.add(ment{s: i + 1, e: e, actor: p, kind: model.KindPerson, role: title})
			}
			break
		}
	}
}

// otherState reports a reference to one state's office ("president of
// Vietnam") and a holder named as another's ("president of United
// States"): at a summit the Vietnamese president is not the visitor.
func otherState(ref, holder string) bool {
	_, a, ok1 := strings.Cut(ref, " of ")
	_, b, ok2 := strings.Cut(holder, " of ")
	return ok1 && ok2 && a != b
}

func titleOnly(role string) string {
	if i := strings.Index(role, " of "); i >= 0 {
		return role[:i]
	}
	return role
}

// bareOrgans ties "the government", "the ministry", "Sudani’s government"
// to the state the article's organs, titles or dateline point at.
func (t *tagger) bareOrgans() {
	for i, tk := range t.toks {
		if t.covered[i] || !tk.word {
			continue
		}
		w := strings.ToLower(tk.text)
		if w != "government" && w != "ministry" && w != "authorities" && w != "administration" && w != "cabinet" && w != "embassy" {
			continue
		}
		if tk.cap && !tk.sentStart {
			continue
		}
		p := t.lw(i - 1)
		if organAdjBefore[p] && t.lw(i-2) == "the" {
			p = "the" // "the federal government", "the interim government"
		}
		personBefore := -1 // "the Sudani government", "Sudani’s government"
		for k := len(t.ments) - 1; k >= 0 && k >= len(t.ments)-window; k-- {
			m := t.ments[k]
			if m.kind == model.KindPerson && (m.e == i || m.e == i-1 && isPossessive(p)) {
				personBefore = k
				if m.e == i && t.lw(m.s-1) == "the" {
					p = "the"
				}
			}
		}
		if p != "the" && !(isPossessive(p) && i >= 2 && t.covered[i-2]) {
			continue
		}
		if i+1 < len(t.toks) && t.sameLine(i, i+1) && (personNouns[t.lw(i+1)] || t.toks[i+1].cap && t.toks[i+1].word) {
			continue
		}
		state := ""
		if personBefore >= 0 {
			pm := t.ments[personBefore]
			if k := strings.Index(pm.role, " of "); k >= 0 {
				state = pm.role[k+4:]
			} else if e, ok := t.r.known(pm.actor); ok && e.State != "" {
				state = e.State
			}
		}
		if w == "embassy" {
			// "the embassy": the last embassy named
			for _, m := range t.ments {
				if m.s < i && m.kind == model.KindState && strings.HasSuffix(t.lw(m.e-1), "embassy") {
					state = m.actor
				}
			}
			if state == "" {
				continue
			}
		}
		if state == "" && (t.lw(i+1) == "in" || t.lw(i+1) == "of") && !(i+3 < len(t.toks) && isPossessive(t.toks[i+3].text)) {
			// "the government in Baghdad", "the government of China":
			// the seat or the state named after it
			for _, h := range t.seen {
				if h.tok == i+2 || -h.tok-1 == i+2 {
					state = h.state
				}
			}
		}
		if state == "" {
			state = t.homeBefore(i)
		}
		if state == "" {
			continue
		}
		t.homes = append(t.homes, home{i, state})
		e, _ := t.r.known(state)
		kind := model.KindState
		if e != nil {
			kind = e.Kind
		}
		t.add(ment{s: i, e: i + 1, actor: state, kind: kind})
	}
}

// familyFirstKey is the first word of a short two-word name ("Hu
// Jintao", "Kim Dae-jung"), used alone in East Asian usage.
func familyFirstKey(name string) string {
	f := strings.Fields(name)
	if len(f) != 2 || utf8.RuneCountInString(f[0]) > 5 {
		return ""
	}
	return strings.ToLower(f[0])
}

// homeBefore is the state the article's last organ, office or dateline
// before token i belongs to: what a bare "the government" means there.
func (t *tagger) homeBefore(i int) string {
	// Both lists grow in text order (nearly): looking at the last few
	// hundred entries keeps this constant-time on book-length texts.
	state, best := "", -1
	for k := len(t.homes) - 1; k >= 0 && k >= len(t.homes)-window; k-- {
		if h := t.homes[k]; h.tok < i && h.tok > best {
			state, best = h.state, h.tok
		}
	}
	if state != "" {
		return state
	}
	// every state name counts 2, a dateline (stored as -tok-1) 1 more
	count := map[string]int{}
	from := 0
	for k := len(t.seen) - 1; k >= 0; k-- {
		if tok := t.seen[k].tok; tok >= 0 && tok < i || tok < 0 && -tok-1 < i {
			if from = k - window; from < 0 {
				from = 0
			}
			break
		}
	}
	for _, h := range t.seen[from:] {
		w := 2
		if h.tok < 0 {
			h.tok, w = -h.tok-1, 1
		}
		if h.tok < i {
			count[h.state] += w
			if count[h.state] > count[state] {
				state = h.state
			}
		}
	}
	return state
}

var organAdjBefore = set("federal|central|national|interim|transitional|caretaker|new|incoming|outgoing|current|previous|former|provisional|military|civilian|elected")

// bindOffices ties "the UN envoy for Iraq has warned…" to the person who
// opens the next sentence ("Claudio Cordone told…") when that person
// comes with no title of their own.
func (t *tagger) bindOffices() {
offices:
	for _, o := range t.offices {
		// the end of the sentence holding the office
		k := o.e
		for k < len(t.toks) && !t.toks[k].sentStart {
			k++
		}
		if k >= len(t.toks) || k-o.e > 80 {
			continue
		}
		for _, m := range t.ments {
			if m.s == k && m.kind == model.KindPerson && strings.Contains(m.actor, " ") && m.role == "" && !titleHeads[t.lw(k-1)] {
				for x := o.s; x < o.e; x++ {
					if t.inMent[x] {
						continue offices
					}
				}
				t.add(ment{s: o.s, e: o.e, actor: m.actor, kind: model.KindPerson, disc: m.disc})
				break
			}
		}
	}
}

// window bounds look-backs over an article's mentions and names.
const window = 300

func acronymLen(s string) int {
	return len(strings.ReplaceAll(s, ".", ""))
}
