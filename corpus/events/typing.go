package events

// Typing: which of model.EventTypes a clause reports, decided by its
// trigger words and their syntax.

import (
	"slices"
	"strings"

	"github.com/annals/annals/model"
)

// typePriority orders types when a clause holds several triggers: the
// happening outranks the talk about it.
var typePriority = map[string]int{
	model.EventKilling: 10, model.EventAttack: 9, model.EventStrike: 9,
	model.EventCasualties: 8, model.EventWithdrawal: 7, model.EventNegotiation: 6,
	model.EventMeeting: 6, model.EventDiplomacy: 5, model.EventThreat: 4,
	model.EventAnnouncement: 3, model.EventReport: 2, model.EventStatement: 1,
	model.EventOther: 0,
}

// family groups types that can describe one happening: outlets call one
// drone attack an attack, a strike or a killing.
func family(t string) string {
	switch t {
	case model.EventAttack, model.EventStrike, model.EventKilling, model.EventCasualties:
		return "violence"
	case model.EventStatement, model.EventThreat, model.EventAnnouncement, model.EventReport:
		return "speech"
	case model.EventDiplomacy, model.EventMeeting, model.EventNegotiation:
		return "diplomacy"
	}
	return t
}

// classify picks the event type of a run of words, with the index of the
// deciding trigger (-1 when none). A trigger used as a finite verb ("Shiite
// leaders discussed … attacks") outranks trigger nouns, which are often
// the object of the happening rather than the happening; among verbs, or
// among nouns, the happening outranks the talk about it.
func classify(ws []word) (string, int) {
	bestV, atV := model.EventOther, -1
	bestN, atN := model.EventOther, -1
	atOther := -1
	for i, w := range ws {
		if atOther < 0 && otherVerb(ws, i) {
			atOther = i
		}
		// "terrorist acts" are attacks.
		if (w.lower == "acts" || w.lower == "act") && i > 0 && (ws[i-1].lower == "terrorist" || ws[i-1].lower == "terror") {
			if typePriority[model.EventAttack] > typePriority[bestN] {
				bestN, atN = model.EventAttack, i
			}
			continue
		}
		t, ok := triggers[w.lower]
		if !ok {
			continue
		}
		// "drone(s)", "rocket(s)" before "attack" are modifiers.
		if (w.lower == "drone" || w.lower == "drones" || w.lower == "rocket" || w.lower == "rockets") && i+1 < len(ws) && (ws[i+1].lower == "attack" || ws[i+1].lower == "attacks" || ws[i+1].lower == "strike") {
			continue
		}
		// "launched an appeal", "fired the minister": only weapons or
		// attacks make launching and firing violent.
		if launchVerbs[w.lower] && !weaponFollows(ws, i) {
			continue
		}
		// "The euro was quoted at 1.29 dollars": only "quoted as
		// saying" reports.
		if w.lower == "quoted" && !slices.ContainsFunc(ws[i+1:min(len(ws), i+7)], func(x word) bool { return x.lower == "saying" }) {
			continue
		}
		// "ruled that", "ruled out", "ruled on" speak; "ruled the
		// country" and "ruled by the military" do not.
		if w.lower == "ruled" && !(i+1 < len(ws) && (ws[i+1].lower == "that" || ws[i+1].lower == "out" || ws[i+1].lower == "on" || ws[i+1].lower == "in")) {
			continue
		}
		// "called off a ceasefire", "called up reservists" are no
		// statement; "called for", "called on" are.
		if w.lower == "called" && !(i+1 < len(ws) && (ws[i+1].lower == "for" || ws[i+1].lower == "on")) {
			continue
		}
		verb := isFiniteVerb(ws, i)
		if verb && atOther >= 0 && participle(ws, i) {
			// "released two women who were abducted Monday", "marched
			// behind the coffin of a man killed in the rallies": after
			// the clause's verb, a violent participle tells what its
			// object went through.
			verb = false
		}
		if verb && t == model.EventCasualties && !(i > 0 && (ws[i-1].lower == "were" || ws[i-1].lower == "was")) && w.lower != "died" {
			t = model.EventAttack // "a militia wounded five soldiers"
		}
		if verb {
			if typePriority[t] > typePriority[bestV] {
				bestV, atV = t, i
			}
		} else if typePriority[t] > typePriority[bestN] {
			bestN, atN = t, i
		}
	}
	if atV >= 0 {
		return bestV, atV
	}
	// "were given life sentences after being convicted of the
	// assassination", "staged a sit-in to protest the attacks": the
	// clause's own verb is an arrest, a trial or a protest, and the
	// violent noun is what it is about.
	if atOther >= 0 {
		return model.EventOther, atOther
	}
	return bestN, atN
}

// participle reports whether the -ed trigger at i modifies a noun or
// sits in a relative clause rather than coordinating with the verb
// before it ("and killed").
func participle(ws []word, i int) bool {
	if i == 0 {
		return false
	}
	switch ws[i-1].lower {
	case "and", "or", "but", "then", "also", "reportedly", "allegedly":
		return false
	case "was", "were", "been", "being", "is", "are", "be", "had", "has", "have":
		// "detained a former minister who had declared himself
		// president": the relative clause tells the object's past.
		for j := i - 2; j >= 0 && j >= i-4; j-- {
			if l := ws[j].lower; l == "who" || l == "which" || l == "that" {
				return true
			}
		}
		return false
	}
	return true
}

// otherVerbs narrate happenings of no listed type that outrank the trigger
// nouns of their clause: arrests, trials, protests.
var otherVerbs = setOf(`arrested detained sentenced convicted jailed acquitted indicted charged
protested demonstrated rallied marched released freed`)

// protestNouns, after "staged" or "held", make a protest.
var protestNouns = setOf(`sit-in protest protests rally rallies demonstration demonstrations march
marches vigil strike strikes hartal hartals boycott boycotts shutdown walkout`)

// otherVerb reports whether the word at i is a finite verb of otherVerbs,
// or "staged"/"held"/"called" with a protest a few words on ("staged a
// sit-in", "called a general strike", "a hartal was called").
func otherVerb(ws []word, i int) bool {
	l := ws[i].lower
	if otherVerbs[l] {
		return isFiniteVerb(ws, i)
	}
	if l == "called" && i >= 2 && (ws[i-1].lower == "was" || ws[i-1].lower == "were") {
		// "A countrywide hartal for Thursday was called"
		for j := i - 2; j >= 0 && j >= i-8; j-- {
			if protestNouns[ws[j].lower] {
				return true
			}
		}
		return false
	}
	if l != "staged" && l != "held" && l != "stage" && l != "hold" && l != "called" {
		return false
	}
	for j := i + 1; j < len(ws) && j <= i+3; j++ {
		if protestNouns[ws[j].lower] || strings.HasPrefix(ws[j].lower, "sit-in") {
			return true
		}
	}
	return false
}

var launchVerbs = setOf("launched launching launches fired firing")

var weapons = setOf(`drone drones rocket rockets missile missiles mortar mortars shell shells
grenade grenades bomb bombs shots shot bullets artillery airstrike airstrikes strike strikes attack
attacks raid raids offensive assault operation operations at on into`)

// weaponFollows reports whether a weapon, an attack or a target
// preposition follows the word at i within four words.
func weaponFollows(ws []word, i int) bool {
	for j := i + 1; j < len(ws) && j <= i+4; j++ {
		if weapons[ws[j].lower] {
			// "launched emergency operations" is relief, not war.
			if (ws[j].lower == "operation" || ws[j].lower == "operations") && j > i+1 && !militaryWords[ws[j-1].lower] {
				return false
			}
			return true
		}
	}
	return false
}

var militaryWords = setOf("military army ground air combat offensive security police")

// pastIrregular are past-tense trigger verbs without an -ed ending.
var pastIrregular = setOf("met struck shot said told withdrew sought fought stole hit")

// isFiniteVerb guesses whether the trigger at i is used as a verb: an -ed
// form or an irregular past not preceded by a determiner.
func isFiniteVerb(ws []word, i int) bool {
	l := ws[i].lower
	prev := ""
	if i > 0 {
		prev = ws[i-1].lower
	}
	if prev == "the" || prev == "a" || prev == "an" || prev == "of" || prev == "its" || prev == "their" || prev == "his" {
		return false
	}
	return strings.HasSuffix(l, "ed") || pastIrregular[l]
}
