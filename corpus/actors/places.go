package actors

// Rules that tell a country or capital acting from a place.

import "strings"

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
		if !t.toks[e].cap && !isAcronym(t.toks[s].text) && !funcWords[w] && !afterObject[w] && !t.verbLike(e) &&
			!(coordVerbs[w] && (t.lw(s-1) == "and" || t.lw(s-1) == "or")) {
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
	case "(", "–", "—", "-", ":":
		return true
	case ",":
		return t.datelineComma(s, e)
	}
	return false
}

// datelineComma tells a dateline "WASHINGTON, Nov. 11 (Xinhua) --" or
// "Gaza City, Gaza —" from a paragraph opening on a list of capitals
// acting ("Washington, London and Paris oppose the deal"): a dateline
// is written in capitals, or a date, a bracketed agency or a dash
// follows the comma on its line before any lower-case word.
func (t *tagger) datelineComma(s, e int) bool {
	if isAcronym(t.toks[s].text) {
		return true
	}
	for k := e + 1; k < len(t.toks) && k < e+9 && t.sameLine(e, k); k++ {
		tk := t.toks[k]
		switch {
		case months[tk.text] || tk.text == "(" || tk.text == "–" || tk.text == "—" || tk.text == "-" && !tk.glued:
			return true
		case tk.word && !tk.cap:
			return false
		}
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
		if (geoAdj(w) || w == "either" || w == "both" || w == "neither") && j > 0 && locPreps[t.lw(j-1)] ||
			strings.HasSuffix(w, "ing") && len(w) > 5 && (t.lw(j-1) == "in" || t.lw(j-1) == "across" || t.lw(j-1) == "throughout") {
			// "in neighbouring Syria", "in booming China" (not "of pushing Iraq")
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
			if motionWords[t.lw(j-1)] || patronWords[t.lw(j-1)] {
				return true
			}
			// "a visit by Iran's Quds Force commander to Baghdad"
			for k := j - 2; k >= 0 && k > j-13 && t.sameLine(k, j); k-- {
				if t.toks[k].text == "." || t.toks[k].text == "," {
					break
				}
				if motionNouns[t.lw(k)] {
					return true
				}
			}
			return false
		case w == "for" || w == "with":
			return placeHeads[t.lw(j-1)]
		}
		return false
	}
	return false
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
