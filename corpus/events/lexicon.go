package events

import (
	"github.com/annals/annals/model"
)

// triggers maps a word that names or narrates a happening to its event
// type. Lists hold inflected forms so no stemmer is needed.
var triggers = map[string]string{}

// reporting verbs open a statement clause: "X said on Tuesday that …".
var reportingVerbs = setOf(`said says say told tells stated states added adds stressed stresses
emphasized emphasised emphasizes condemned condemns warned warns announced announces reported reports
claimed claims insisted insists urged urges vowed vows denied denies blamed blames hinted hints
expressed expresses noted notes declared declares accused accuses affirmed confirmed confirms
threatened threatens demanded demands called pledged pledges ruled concluded reiterated reiterates reaffirmed
reaffirms denounced denounces deplored deplores hailed hails welcomed welcomes criticized criticised
criticizes criticises praised praises admitted admits acknowledged acknowledges revealed reveals
disclosed discloses argued argues explained explains asserted asserts`)

// eventNouns name a happening a later sentence can refer back to ("the
// attack", "the strikes").
var eventNouns = setOf(`attack attacks strike strikes airstrike airstrikes assault bombing bombings
raid raids assassination assassinations killing killings ambush shelling explosion blast invasion
offensive operation`)

// anaphoricStarts open a sentence that continues the one before it.
var anaphoricStarts = setOf(`he she they it this these those his her their its the such however
meanwhile also`)

// continuationSubjects are the nouns after "The" that point back to an
// actor or statement of the previous sentence ("The ministry said …").
var continuationSubjects = setOf(`ministry statement spokesman spokesperson official officials group
groups militia government decision move protest president minister embassy army military
report agency organization movement faction committee`)

func init() {
	add := func(typ, words string) {
		for w := range setOf(words) {
			triggers[w] = typ
		}
	}
	add(model.EventAttack, `attack attacks attacked attacking launched launching launches fired firing
bombing bombings bombed ambush ambushed shelling shelled raid raided targeted targeting assault
rocket rockets drones drone explosion explosions exploded blast blasts invasion invaded offensive
stormed seized captured shot shootout gunfight kidnapped kidnapping
kidnappings abducted abduction abductions hostage hostages routed overran overrun besieged pounded
repulsed repelled`)
	add(model.EventClash, `clash clashes clashed fighting fought battled gunfight
gunbattle firefight shootout skirmish skirmishes`)
	add(model.EventArrest, `arrest arrests arrested detained detention detentions apprehended
custody`)
	add(model.EventTrial, `trial trials verdict verdicts sentenced sentence convicted conviction
acquitted acquittal indicted indictment jailed imprisoned prosecuted prosecution court-martial
guilty`)
	add(model.EventProtest, `protest protests protested protesters protestors demonstration
demonstrations demonstrators demonstrated rally rallies rallied marched marchers riot riots rioting
rioted rioters sit-in hartal walkout strikers`)
	add(model.EventElection, `election elections elected re-elected vote voted votes voting referendum
ballot polls runoff run-off by-election`)
	add(model.EventAgreement, `signed agreed accord accords treaty pact ratified sealed clinched`)
	add(model.EventAccident, `crash crashed crashes collision collided derailed derailment capsized
accident accidents sinking`)
	add(model.EventDisaster, `earthquake earthquakes quake quakes tremor flood floods flooding flooded
storm storms typhoon hurricane cyclone tsunami landslide landslides mudslide drought tornado
avalanche eruption erupted epidemic wildfire wildfires avalanches tornadoes typhoons hurricanes
cyclones`)
	add(model.EventEconomy, `profit profits revenue revenues earnings gdp inflation`)
	// decisions of one's own: TYPES.md's announcement
	add(model.EventAnnouncement, `approved ordered banned imposed lifted adopted decided unveiled
nominated vetoed dissolved dismissed introduced revised sworn`)
	// TYPES.md: "a named meeting or visit takes place"
	add(model.EventMeeting, `visit visits visited visiting forum forums conference conferences symposium seminar exhibition expo
festival ceremony congress convention`)
	add(model.EventDisaster, `outbreak outbreaks infected infections epidemic pandemic culled`)
	add(model.EventStrike, `strike strikes struck airstrike airstrikes air-strike bombard bombarded`)
	add(model.EventKilling, `assassination assassinations assassinated killed killing kills executed
execution murdered murder murders slaying slayings massacre massacred slain beheaded lynched gunned`)
	add(model.EventCasualties, `wounded injured casualties deaths died dead toll`)
	add(model.EventThreat, `threatened threatens threat threats vowed vows warned warns warning`)
	add(model.EventNegotiation, `talks negotiations negotiation negotiated negotiating ceasefire truce
agreement deal`)
	add(model.EventMeeting, `met meet meeting meetings meets summit conference discussed`)
	add(model.EventDiplomacy, `summon summoned appealed appeal mediation mediated
sought urged intervened convinced persuaded envoy diplomatic sanctions recognized`)
	add(model.EventWithdrawal, `withdraw withdrew withdrawn withdrawal withdrawing pullout evacuated
retreat retreated`)
	add(model.EventAnnouncement, `announced announces announcement declared suspension suspended
resigned appointed resignation decree sacked`)
	add(model.EventReport, `reported reports report`)
	add(model.EventStatement, `said says stated told stressed emphasized condemned condemns added
claimed insisted denied blamed hinted expressed noted affirmed confirmed accused demanded called
pledged reiterated reaffirmed denounced deplored hailed welcomed criticized criticised praised
admitted acknowledged revealed disclosed argued explained asserted condolences condolence testified
congratulated thanked apologized apologised rejected rejects objected complained retracted
quoted predicted promised ruled speech speeches objection objections`)
}
