package events

// ACLED sub-event types, and the last typing step that needs an event's
// agent: a state's attack from the air or by missile is a strike.

import (
	"github.com/annals/annals/model"
)

// refine finishes the type of event i of the article once its words and
// participants are known. A state's armed forces striking from the air,
// by missile or at another state make a strike, not an attack (TYPES.md:
// "a state's air or missile strike"), unless the words tell a ground
// action; the agent goes first among the actors; an event ACLED codes
// gets ACLED's sub-event type.
func (st *articleState) refine(i int) {
	ev := &st.events[i]
	if len(ev.Sources) == 0 {
		st.noRow = append(st.noRow, false)
		return
	}
	src := ev.Sources[0]
	ws := tokenizeInto(st.sc[:0], st.a.Text[src.CleanStart:src.CleanEnd])
	st.sc = ws
	for k := range ws {
		ws[k].start += src.CleanStart
		ws[k].end += src.CleanStart
	}
	if ag, ok := st.agentIn(span{src.CleanStart, src.CleanEnd}, ws); ok {
		if ev.Type == model.EventAttack && ag.Kind == model.KindState && !hasAny(ws, groundWords) {
			ev.Type = model.EventStrike
		}
		ev.Actors = withAgents([]string{ag.Actor}, ev.Actors)
	}
	ev.SubType = subType(ev.Type, ws)
	// the words are at hand: whether the row is a happening at all
	st.noRow = append(st.noRow, st.isNoRow(i, ws))
}

// groundWords tell an attack on the ground, which stays an attack
// whoever made it.
var groundWords = setOf(`raid raids raided stormed storming ambush ambushed shooting shot shootout
gunmen gunfire stabbing stabbed invasion invaded incursion ground troops offensive`)

// airWords, shellingWords … name the means of a violent happening, the
// way ACLED tells its sub-event types apart.
var (
	suicideWords   = setOf("suicide")
	airWords       = setOf("drone drones airstrike airstrikes air-strike air-strikes warplane warplanes jets jet aircraft helicopter helicopters helicopter-gunship bombers air")
	shellingWords  = setOf("missile missiles rocket rockets mortar mortars shell shells shelling shelled artillery")
	explosiveWords = setOf("bomb bombs bombing bombings bomber bombers explosive explosives ied ieds landmine landmines mine mines car-bomb roadside")
	grenadeWords   = setOf("grenade grenades")
	abductionWords = setOf("kidnapped kidnapping kidnappings kidnap abducted abduction abductions hostage hostages")
	armedWords     = setOf(`troops soldiers soldier forces base bases army police policemen militants fighters
rebels guerrillas insurgents militiamen militia militias personnel outpost garrison checkpoint convoy patrol`)
	riotWords         = setOf("riot riots rioting rioted rioters violent stones stone-throwing torched looted looting clashed clashes")
	interventionWords = setOf("tear dispersed disperse water-cannon cannon batons baton")
	truceWords        = setOf("ceasefire cease-fire truce peace accord accords treaty armistice")
)

// subType is ACLED's sub-event type of an event of type typ told in ws,
// or "" when ACLED codes no such event (statements, announcements, other
// and non-violent politics).
func subType(typ string, ws []word) string {
	switch typ {
	case model.EventAttack, model.EventStrike, model.EventKilling, model.EventCasualties, model.EventClash:
		switch {
		case hasAny(ws, suicideWords):
			return model.SubSuicideBomb
		case hasAny(ws, airWords):
			return model.SubAirDroneStrike
		case hasAny(ws, shellingWords):
			return model.SubShelling
		case hasAny(ws, explosiveWords):
			return model.SubRemoteExplosive
		case hasAny(ws, grenadeWords):
			return model.SubGrenade
		case hasAny(ws, abductionWords):
			return model.SubAbduction
		case typ == model.EventClash:
			return model.SubArmedClash
		case typ == model.EventStrike:
			// a state's strike names no means only when they go without
			// saying: from the air
			return model.SubAirDroneStrike
		case typ == model.EventCasualties:
			// a toll told on its own says nothing of how
			return ""
		case typ != model.EventKilling && hasAny(ws, armedWords):
			return model.SubArmedClash
		}
		return model.SubAttack
	case model.EventProtest:
		switch {
		case hasAny(ws, riotWords):
			return model.SubViolentDemo
		case hasAny(ws, interventionWords):
			return model.SubProtestIntervention
		}
		return model.SubPeacefulProtest
	case model.EventArrest:
		return model.SubArrests
	case model.EventAgreement:
		if hasAny(ws, truceWords) {
			return model.SubAgreement
		}
	}
	return ""
}

func hasAny(ws []word, set map[string]bool) bool {
	for _, w := range ws {
		if set[w.lower] {
			return true
		}
	}
	return false
}
