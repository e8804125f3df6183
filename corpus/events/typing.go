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
	// A battle, a disaster or a crash is the happening whatever else the
	// clause tells; an arrest, a verdict or a protest outranks the
	// violence it is about; an agreement outranks the talks that led to
	// it; a market move is told with the talk around it.
	model.EventClash: 9, model.EventDisaster: 9, model.EventAccident: 8,
	model.EventArrest: 7, model.EventTrial: 7, model.EventProtest: 7,
	model.EventAgreement: 7, model.EventElection: 6, model.EventEconomy: 2,
	model.EventSport: 1,
}

// family groups types that can describe one happening: outlets call one
// drone attack an attack, a strike or a killing.
func family(t string) string {
	switch t {
	case model.EventAttack, model.EventStrike, model.EventKilling, model.EventCasualties, model.EventClash:
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
	atOther, otherType := -1, model.EventOther
	causeT, atCause := model.EventOther, -1
	econ := -1 // whether the clause names an economic quantity: -1 not yet looked
	for i, w := range ws {
		if atOther < 0 {
			if t := ownVerb(ws, i); t != "" {
				atOther, otherType = i, t
			}
		}
		// "terrorist acts" are attacks.
		if (w.lower == "acts" || w.lower == "act") && i > 0 && (ws[i-1].lower == "terrorist" || ws[i-1].lower == "terror") {
			if typePriority[model.EventAttack] > typePriority[bestN] {
				bestN, atN = model.EventAttack, i
			}
			continue
		}
		t, ok := triggers[w.lower]
		// "the agreement that was reached on Tuesday", "reached a deal":
		// the agreement is the happening, not the talks its noun names.
		if !ok && w.lower == "reached" && inContext(ws, i, model.EventOther) == model.EventAgreement && !causeBefore(ws, i) {
			t, ok = model.EventAgreement, true
		}
		if ok && framed(ws, i) {
			// "Under the deal, the crossing will reopen", "according to
			// the report": the noun frames the clause; it is not what
			// happens in it.
			continue
		}
		if !ok {
			if !economyVerbs[w.lower] {
				continue
			}
			// "Shares fell 3 percent", "exports rose": a move of an
			// economic quantity; "tensions rose" is none.
			if econ < 0 {
				econ = 0
				if slices.ContainsFunc(ws, func(x word) bool { return economyNouns[x.lower] }) {
					econ = 1
				}
			}
			if econ == 0 {
				continue
			}
			t = model.EventEconomy
		}
		t = inContext(ws, i, t)
		// "drone(s)", "rocket(s)" before "attack" are modifiers.
		if (w.lower == "drone" || w.lower == "drones" || w.lower == "rocket" || w.lower == "rockets") && i+1 < len(ws) && (ws[i+1].lower == "attack" || ws[i+1].lower == "attacks" || ws[i+1].lower == "strike") {
			continue
		}
		// "launched an appeal", "fired the minister": only weapons or
		// attacks make launching and firing violent.
		if launchVerbs[w.lower] && !weaponFollows(ws, i) {
			if !strings.HasPrefix(w.lower, "launch") {
				continue
			}
			// "launched a campaign", "launched an appeal": a decision
			// of one's own
			t = model.EventAnnouncement
		}
		// "The euro was quoted at 1.29 dollars": only "quoted as
		// saying" reports.
		if w.lower == "quoted" && !slices.ContainsFunc(ws[i+1:min(len(ws), i+7)], func(x word) bool { return x.lower == "saying" }) {
			// "gold was quoted at 495.60 dollars": a market price
			if econ < 0 {
				econ = 0
				if slices.ContainsFunc(ws, func(x word) bool { return economyNouns[x.lower] }) {
					econ = 1
				}
			}
			if econ == 0 {
				continue
			}
			t = model.EventEconomy
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
		if verb && family(t) == "violence" {
			t = passiveMeans(ws, i, t)
		}
		// "rejected a deal reached between …": without a deal after it,
		// "reached" qualifies the noun and does not outrank the verb.
		if verb && w.lower == "reached" && t == model.EventAgreement && !(i+1 < len(ws) && agreementObjects[ws[i+1].lower]) {
			verb = false
		}
		switch {
		case verb:
			if typePriority[t] > typePriority[bestV] {
				bestV, atV = t, i
			}
		case causeBefore(ws, i):
			// "to show support … following last Wednesday's
			// bombings": the happening the clause follows types it
			// only when nothing else does.
			if typePriority[t] > typePriority[causeT] {
				causeT, atCause = t, i
			}
		case typePriority[t] > typePriority[bestN]:
			bestN, atN = t, i
		}
	}
	if atN < 0 && atCause >= 0 {
		bestN, atN = causeT, atCause
	}
	if atV >= 0 {
		return withCause(ws, bestV), atV
	}
	// "were given life sentences after being convicted of the
	// assassination", "staged a sit-in to protest the attacks": the
	// clause's own verb is an arrest, a trial or a protest, and the
	// violent noun is what it is about.
	if atOther >= 0 {
		return otherType, atOther
	}
	if bestN == model.EventOther {
		return sportType(ws), -1
	}
	return withCause(ws, bestN), atN
}

// frameNouns are the nouns that, after "under (the)", name the frame a
// clause acts within ("under the deal, the crossing will reopen").
var frameNouns = setOf("deal deals agreement agreements accord accords treaty pact plan ceasefire truce")

// framed reports whether the trigger at i only frames its clause: the
// noun of "according to (the) report" (an attribution) or of "under the
// deal" (the terms a later happening follows).
func framed(ws []word, i int) bool {
	j := i - 1
	for j >= 0 && j >= i-3 && (ws[j].lower == "the" || ws[j].lower == "a" || ws[j].lower == "an" || ws[j].lower == "this" || ws[j].lower == "that" || ws[j].lower == "new" || ws[j].lower == "latest") {
		j--
	}
	if j < 0 {
		return false
	}
	switch ws[j].lower {
	case "to":
		return j > 0 && ws[j-1].lower == "according" && (ws[i].lower == "report" || ws[i].lower == "reports")
	case "under":
		return frameNouns[ws[i].lower]
	}
	return false
}

// causeBefore reports whether the words just before i open an earlier
// happening the clause follows ("began the ceasefire following an
// agreement reached …"): that agreement is not the clause's happening.
func causeBefore(ws []word, i int) bool {
	for j := max(0, i-4); j < i; j++ {
		if ws[j].lower == "following" || ws[j].lower == "after" {
			return true
		}
	}
	return false
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

// ownVerbs narrate happenings that outrank the trigger nouns of their
// clause ("were sentenced for the assassination", "protested the
// attacks"): the verb's type, or other for a release.
var ownVerbs = map[string]string{
	"arrested": model.EventArrest, "detained": model.EventArrest, "apprehended": model.EventArrest,
	"sentenced": model.EventTrial, "convicted": model.EventTrial, "jailed": model.EventTrial,
	"acquitted": model.EventTrial, "indicted": model.EventTrial, "charged": model.EventTrial,
	"imprisoned": model.EventTrial, "prosecuted": model.EventTrial,
	"protested": model.EventProtest, "demonstrated": model.EventProtest, "rallied": model.EventProtest,
	"marched": model.EventProtest, "rioted": model.EventProtest, "boycotted": model.EventProtest,
	"released": model.EventOther, "freed": model.EventOther,
}

// protestNouns, after "staged" or "held", make a protest.
var protestNouns = setOf(`sit-in protest protests rally rallies demonstration demonstrations march
marches vigil strike strikes hartal hartals boycott boycotts shutdown walkout`)

// ownVerb returns the type of the word at i when it is a finite verb of
// ownVerbs, or "staged"/"held"/"called" with a protest a few words on
// ("staged a sit-in", "called a general strike", "a hartal was called");
// "" otherwise.
func ownVerb(ws []word, i int) string {
	l := ws[i].lower
	if t, ok := ownVerbs[l]; ok {
		if !isFiniteVerb(ws, i) {
			return ""
		}
		// "charged with murder" is a trial; "charged 5 dollars" is not.
		if l == "charged" && !slices.ContainsFunc(ws[i+1:min(len(ws), i+4)], func(x word) bool { return x.lower == "with" }) {
			return ""
		}
		return t
	}
	if (l == "protest" || l == "demonstrate") && i > 0 && ws[i-1].lower == "to" && i+1 < len(ws) && (ws[i+1].lower == "against" || ws[i+1].lower == "the") {
		// "a hartal was called … to protest against the bombings": the
		// happening is the protest, what it is against is its cause
		return model.EventProtest
	}
	if l == "called" && i >= 2 && (ws[i-1].lower == "was" || ws[i-1].lower == "were") {
		// "A countrywide hartal for Thursday was called"
		for j := i - 2; j >= 0 && j >= i-8; j-- {
			if protestNouns[ws[j].lower] {
				return model.EventProtest
			}
		}
		return ""
	}
	if l != "staged" && l != "held" && l != "stage" && l != "hold" && l != "called" {
		return ""
	}
	for j := i + 1; j < len(ws) && j <= i+3; j++ {
		if protestNouns[ws[j].lower] || strings.HasPrefix(ws[j].lower, "sit-in") {
			return model.EventProtest
		}
	}
	return ""
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
var pastIrregular = setOf("met struck shot said told withdrew sought fought stole hit rose fell grew sank won lost")

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
	// "would summon the chargé d'affaires": summoning is the act
	// whatever tense tells it.
	return strings.HasSuffix(l, "ed") || pastIrregular[l] || strings.HasPrefix(l, "summon")
}

// economyVerbs tell a move of a quantity; they type a clause economy only
// beside an economic noun (economyNouns).
var economyVerbs = setOf(`rose fell climbed dropped gained declined slipped jumped grew increased
decreased surged plunged tumbled slumped soared eased edged rallied dipped sank shrank expanded
contracted rebounded recovered posted traded closed finished stood forecast recorded rocketed
totaled totalled amounted reached hit imported exported`)

// economyNouns are the quantities markets and statistics report.
var economyNouns = setOf(`price prices shares share stocks stock index indexes indices dollar dollars
yen euro euros currency inflation gdp economy growth exports imports output profit profits revenue
revenues sales earnings unemployment jobless rate rates market markets trade surplus deficit bonds
bond yields barrel crude nasdaq dow nikkei percent investment production gold silver
copper oil yuan rand peso won rupee pound sterling volume indicator demand supply tourism
arrivals retail`)

// diplomaticCues before "protest" make it a diplomatic note, not a
// demonstration: "summon the chargé to deliver a formal protest".
var diplomaticCues = setOf("formal diplomatic note lodged lodge lodges deliver delivered summon summoned official strong strongly")

// disasterNouns are natural disasters; a "strike" or "hit" beside one is
// the disaster's ("an earthquake struck", "the quake hit").
var disasterNouns = setOf(`earthquake earthquakes quake quakes tremor tremors flood floods flooding
storm storms typhoon typhoons hurricane hurricanes cyclone cyclones tsunami landslide landslides
mudslide mudslides drought tornado tornadoes avalanche avalanches eruption epidemic wildfire
wildfires heatwave blizzard`)

// accidentCues before "explosion", "blast" or "fire" make it an accident
// ("a gas explosion", "a coal mine blast", "a factory fire").
var accidentCues = setOf(`gas boiler mine coal methane accidental factory house building forest bush
warehouse fireworks chemical pipeline tanker electrical kitchen`)

// agreementObjects after "struck" or "reached" make an agreement.
var agreementObjects = setOf("deal deals agreement agreements accord accords compromise settlement pact treaty ceasefire truce")

// lawObjects after "signed" make a decision of one's own, not an
// agreement ("signed a decree").
var lawObjects = setOf("decree decrees law laws bill bills order orders legislation")

// noteWords after "protest" make it diplomatic ("a protest note").
var noteWords = setOf("note notes letter")

// inContext refines the type t of the trigger at i by its neighbours: a
// diplomatic protest note, a workers' strike, a gas explosion, an
// earthquake that "struck", a deal that was "struck".
func inContext(ws []word, i int, t string) string {
	l := ws[i].lower
	prev := ""
	if i > 0 {
		prev = ws[i-1].lower
	}
	near := func(set map[string]bool, from, to int) bool {
		for j := max(0, from); j < len(ws) && j <= to; j++ {
			if set[ws[j].lower] {
				return true
			}
		}
		return false
	}
	switch l {
	case "protest", "protests":
		if near(diplomaticCues, i-4, i-1) || near(noteWords, i+1, i+1) {
			return model.EventDiplomacy
		}
	case "strike", "strikes":
		// "a general strike", "went on strike", "a hunger strike"
		if prev == "general" || prev == "hunger" || prev == "on" || prev == "labour" || prev == "labor" || prev == "workers" || prev == "nationwide" || prev == "transport" {
			return model.EventProtest
		}
		if near(disasterNouns, i-4, i-1) {
			return model.EventDisaster
		}
	case "clinched", "sealed":
		if near(agreementObjects, i-4, i-1) {
			return model.EventAgreement
		}
	case "struck", "reached", "hit":
		// "reached a deal", "the agreement that was reached on Tuesday"
		if near(agreementObjects, i+1, i+3) || t != model.EventDisaster && near(agreementObjects, i-4, i-1) && !near(disasterNouns, i-4, i-1) {
			return model.EventAgreement
		}
		if near(disasterNouns, i-4, i-1) {
			return model.EventDisaster
		}
	case "signed":
		if near(lawObjects, i+1, i+4) {
			return model.EventAnnouncement
		}
	case "explosion", "explosions", "blast", "blasts", "exploded", "fire", "fires", "blaze":
		if near(accidentCues, i-2, i-1) {
			return model.EventAccident
		}
	}
	return t
}

// withCause makes a death or a toll the type of what caused it when the
// clause names a disaster or an accident ("five people were killed when
// the bus crashed", "the quake killed 200"): no one attacked.
func withCause(ws []word, t string) string {
	if t != model.EventKilling && t != model.EventCasualties && t != model.EventAttack {
		return t
	}
	for i, w := range ws {
		c := triggers[w.lower]
		if c == model.EventDisaster || c == model.EventAccident {
			return c
		}
		if (c == model.EventAttack || w.lower == "fire" || w.lower == "fires") && inContext(ws, i, c) == model.EventAccident {
			return model.EventAccident
		}
	}
	return t
}

// passiveMeans types a violent verb in the passive by the means after
// "by": "were targeted by a wave of US airstrikes" is a strike, "was
// hit by a roadside bomb" an attack.
func passiveMeans(ws []word, i int, t string) string {
	if i == 0 || !passiveAux[ws[i-1].lower] {
		return t
	}
	for j := i + 1; j < len(ws) && j <= i+3; j++ {
		if ws[j].lower != "by" {
			continue
		}
		for k := j + 1; k < len(ws) && k <= j+5; k++ {
			if m := triggers[ws[k].lower]; family(m) == "violence" && !isFiniteVerb(ws, k) {
				return m
			}
		}
		return t
	}
	return t
}

var passiveAux = setOf("was were been being is are be")
