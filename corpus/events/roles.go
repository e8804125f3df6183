package events

// Roles: who acted, on whom, and where.

import (
	"slices"
	"strings"

	"github.com/annals/annals/model"
)

// actorsIn lists the actors named in a clause, the agent first: a mention
// right after "by" (passive voice) or the first one before the trigger.
// For violent events, actors named right after "on", "against", "at" or
// "targeting" are the targets.
func (st *articleState) actorsIn(sp span, ws []word, typ string) (actors, targets []string) {
	seen := map[string]bool{}
	var agent string
	for _, m := range st.ms {
		if m.Start < sp.start || m.End > sp.end || m.Actor == "" || inAny(m.Start, st.skip) && !inAny(sp.start, st.skip) {
			continue
		}
		if m.Kind == model.KindMedia && typ != model.EventReport {
			// "…, Al-Ain media reported": a medium is an actor only of
			// its own report (seed-gold's conventions)
			continue
		}
		prev := prevWord(ws, m.Start)
		if prev == "by" && agent == "" {
			agent = m.Actor
		}
		if family(typ) == "violence" && (prev == "on" || prev == "against" || prev == "targeting" || prev == "at" || prev == "targeted") && nearTrigger(ws, m.Start) {
			if !seen["t:"+m.Actor] {
				targets = append(targets, m.Actor)
				seen["t:"+m.Actor] = true
			}
		}
		if !seen[m.Actor] {
			seen[m.Actor] = true
			actors = append(actors, m.Actor)
		}
		// An office holder acts for the state ("Prime Minister John
		// Howard" is Howard and Australia; seed-gold's conventions list
		// both).
		if k := strings.LastIndex(m.Role, " of "); k >= 0 && m.Kind == model.KindPerson {
			if state := m.Role[k+4:]; state != "" && !seen[state] {
				seen[state] = true
				actors = append(actors, state)
			}
		}
	}
	if agent != "" && len(actors) > 0 && actors[0] != agent {
		out := []string{agent}
		for _, x := range actors {
			if x != agent {
				out = append(out, x)
			}
		}
		actors = out
	}
	return actors, targets
}

// nearTrigger reports whether a violent trigger word sits at most three
// words before off ("attacks on US forces", not "the war on ISIS").
func nearTrigger(ws []word, off int) bool {
	idx := -1
	for i, w := range ws {
		if w.start >= off {
			idx = i
			break
		}
	}
	for j := idx - 1; j >= 0 && j >= idx-3; j-- {
		if family(triggers[ws[j].lower]) == "violence" {
			return true
		}
	}
	return false
}

// withAgents puts the claimants first among an event's actors.
func withAgents(agents, actors []string) []string {
	if len(agents) == 0 {
		return actors
	}
	out := append([]string(nil), agents...)
	for _, a := range actors {
		if !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

func prevWord(ws []word, off int) string {
	p := ""
	for _, w := range ws {
		if w.end > off {
			break
		}
		p = w.lower
	}
	return p
}

// findPlace returns the first named place of a clause: a capitalized name
// after "in", "at", "near", "off" or "on" that is not a date ("in
// January") nor a competition, event or institution ("in the Asian
// Games", "in the Bundesliga"). Compass and scene words before the name
// are skipped ("in the southern Philippines", "northwest of Baghdad",
// "the western Mexican state of Michoacan", "close to Tumbuscatio").
func findPlace(text string, ws []word) string {
	for i := 0; i+1 < len(ws); i++ {
		p := ws[i].lower
		if p != "in" && p != "at" && p != "near" && p != "into" && p != "off" && !(p == "on" && ws[i+1].lower == "the") &&
			!(p == "to" && i > 0 && (ws[i-1].lower == "close" || ws[i-1].lower == "next")) {
			continue
		}
		j := i + 1
		if j < len(ws) && (ws[j].lower == "the" || ws[j].lower == "a" || ws[j].lower == "an") {
			j++
		}
		// "southern", "northwest of", "the western Mexican state of".
		for j < len(ws) && !ws[j].cap && compassWords[ws[j].lower] {
			j++
			if j < len(ws) && ws[j].lower == "of" {
				j++
			}
		}
		if j+2 < len(ws) && nationality(ws[j].lower) && ws[j].cap && regionNouns[ws[j+1].lower] && ws[j+2].lower == "of" {
			j += 3
		} else if j+1 < len(ws) && !ws[j].cap && regionNouns[ws[j].lower] && ws[j+1].lower == "of" {
			j += 2
		}
		k := j
		for k < len(ws) && (ws[k].cap || strings.HasPrefix(ws[k].lower, "al-") || (k > j && isDigits(ws[k].lower))) &&
			!monthNames[ws[k].lower] && !weekdays[stripPossessive(ws[k].lower)] {
			// A name does not run over punctuation: "in Iraq, Harakat".
			if k > j && strings.TrimSpace(text[ws[k-1].end:ws[k].start]) != "" {
				break
			}
			k++
		}
		if k == j {
			continue
		}
		// "on Iraqi territory", "in US forces": a nationality before a
		// common noun is not a place.
		if k == j+1 && k < len(ws) && !ws[k].cap && !stopwords[ws[k].lower] && (nationality(ws[j].lower) || strings.ToUpper(text[ws[j].start:ws[j].end]) == text[ws[j].start:ws[j].end]) {
			continue
		}
		// Allow "of" inside a name: "Port of Eilat".
		if k+1 < len(ws) && ws[k].lower == "of" && ws[k+1].cap {
			k += 2
		}
		if notPlaces[stripPossessive(ws[k-1].lower)] || k < len(ws) && notPlaceNouns[ws[k].lower] {
			continue
		}
		return stripPossessive(text[ws[j].start:ws[k-1].end])
	}
	return ""
}

// compassWords and scene adjectives stand between a preposition and a
// place name.
var compassWords = setOf(`north south east west northern southern eastern western central
northeast northwest southeast southwest northeastern northwestern southeastern southwestern
north-east north-west south-east south-west north-eastern north-western south-eastern south-western
restive volatile troubled remote neighbouring neighboring nearby mountainous coastal capital war-torn`)

// regionNouns name the kind of place before its name ("the state of
// Michoacan", "the Albanian port of Durres").
var regionNouns = setOf("state province region city town village district county port island coast area capital")

// notPlaces end names of competitions, events, institutions and scales
// that follow "in" or "at" as if they were places.
var notPlaces = setOf(`games cup olympics open league championship championships tournament masters
prix series trophy bundesliga premiership serie index party summit conference forum market festival
exhibition expo fair website internet richter council committee exchange parliament assembly court
army navy congress senate election elections`)

// notPlaceNouns after a name make it a modifier of a non-place: "in the
// Berlin talks", "at the Asian Games final".
var notPlaceNouns = setOf(`talks election elections games final match race tournament championship summit
conference meeting index market scale`)

func nationality(l string) bool {
	return strings.HasSuffix(l, "i") || strings.HasSuffix(l, "ian") || strings.HasSuffix(l, "ese") ||
		strings.HasSuffix(l, "ish") || strings.HasSuffix(l, "can")
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// agentIn finds who acted in a clause told by a violent trigger: the
// actor after "by" ("strikes by the United States"), the one right
// before the trigger noun ("Israel's attacks", "Israeli strikes",
// "Kataib Hezbollah's drone attack"), or the subject of the trigger verb
// ("Al-Thawiroun wounded five US soldiers"), with no clause break
// between. A patron ("Iran-backed militias attacked …") is no agent: the
// recognizer does not tag it, and "backed"/"linked" between a mention
// and the verb stop the search.
func (st *articleState) agentIn(sp span, ws []word) (model.ActorMention, bool) {
	t := -1
	for i, w := range ws {
		if family(triggers[w.lower]) == "violence" && !(launchVerbs[w.lower] && !weaponFollows(ws, i)) {
			t = i
			break
		}
	}
	if t < 0 {
		return model.ActorMention{}, false
	}
	text := st.a.Text
	var before, after *model.ActorMention
	for k := range st.ms {
		m := &st.ms[k]
		if m.Start < sp.start || m.End > sp.end || m.Actor == "" {
			continue
		}
		if m.End <= ws[t].start {
			before = m
			continue
		}
		if m.Start >= ws[t].end && after == nil {
			// "by X" within six words of the trigger
			n := 0
			for j := t + 1; j < len(ws) && ws[j].start < m.Start; j++ {
				n++
			}
			if n <= 6 && prevWord(ws, m.Start) == "by" {
				after = m
			}
		}
	}
	if after != nil {
		return *after, true
	}
	if before == nil {
		return model.ActorMention{}, false
	}
	gap := text[before.End:ws[t].start]
	if strings.ContainsAny(gap, ",;:()\"“”") {
		return model.ActorMention{}, false
	}
	n := 0
	for _, w := range ws {
		if w.start >= before.End && w.end <= ws[t].start {
			if w.lower == "backed" || w.lower == "linked" || w.lower == "allied" || w.lower == "against" || w.lower == "on" || w.lower == "in" {
				return model.ActorMention{}, false
			}
			n++
		}
	}
	if n > 4 {
		return model.ActorMention{}, false
	}
	return *before, true
}
