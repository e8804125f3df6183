package actors

import "strings"

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(words, "|") {
		m[strings.TrimSpace(w)] = true
	}
	return m
}

var (
	// Prepositions after which a country or capital is a place.
	locPreps = set("in|into|inside|at|near|across|throughout|within|around|outside|via|through|toward|towards|from|of|over|beyond|across|along|underneath|across")
	// Words before "to" that make the following name a destination.
	motionWords = set("visit|visits|visited|visiting|trip|trips|travel|travels|travelled|traveled|return|returned|returning|flew|fled|went|go|going|came|come|moved|move|sent|send|deployed|deported|arrived|back|way|route|road|flights|flight|access|entry|pilgrimage|journey|exports|export|imports|shipments|shipped|migrated|headed|bound|tour|delegation|envoy|ambassador|refugees|gateway|next")
	// Nouns before "for" or "with" that make the following name a place
	// or the subject of a descriptor.
	placeHeads = set("representative|envoy|ambassador|coordinator|correspondent|minister|bureau|director|chief|border|borders|frontier|crossing|boundary|coordinator|commissioner|rapporteur")
	// Suffixes after "X-" that make X a patron or a place, not an actor.
	patronSuffix = set("backed|based|linked|born|made|aligned|allied|affiliated|funded|supported|held|controlled|bound|friendly|oriented|inspired|trained|armed|leaning|style|owned|registered|listed|built|sponsored")
	// Suffixes after "X-" that make X the agent.
	agentSuffix = set("led|brokered|mediated|imposed|initiated|launched|ordered|run")
	// Nouns after an "X-Y" compound that make both parties actors.
	conflictNouns = set("war|wars|conflict|conflicts|tensions|tension|talks|deal|agreement|ceasefire|truce|relations|fighting|clashes|dispute|rivalry|standoff|confrontation|negotiations|summit|accord|treaty|peace|hostilities|escalation|crisis|cooperation|alliance|ties|feud|war's|dialogue|meeting")
	// Nouns naming acts: an adjective before them is an agent.
	agentive = set("assassination|assassinations|airstrike|airstrikes|strike|strikes|attack|attacks|raid|raids|bombing|bombings|bombardment|bombardments|shelling|offensive|offensives|operation|operations|invasion|occupation|incursion|incursions|retaliation|response|aggression|campaign|campaigns|war|support|sanctions|pressure|threat|threats|demands|demand|withdrawal|fire|blockade|siege|killing|killings|crackdown|intervention|involvement|backing|help|aid|funding|decision|motive|efforts|effort|mediation|proposal|plan|plans|warning|warnings|action|actions|actions|move|moves|veto|approval|retaliatory|assault|assaults|incursion|strikes|bombardment|onslaught|advance|advances|counteroffensive|crackdowns|accusations|allegations|claims|announcement|ultimatum|policy|initiative|recognition|refusal|rejection|condemnation|protest|complaint|ban|embargo|pullout|drawdown|deployment|deployments|ceasefire|offer|bid|request|call|calls")
	// Adjectives that may stand between an agentive adjective and its noun.
	skipAdj = set("retaliatory|air|military|possible|recent|new|latest|deadly|targeted|destructive|continued|alleged|ongoing|renewed|massive|fresh|further|repeated|punitive|precision|ground|naval|covert|unprecedented|reported|planned|expected|initial|overnight|heavy|limited|wider|full-scale|sustained|direct|diplomatic|financial|political|economic|strong|retaliation")
	// Organs of a state: "<demonym> <organ>" names the state.
	organs = set("government|authorities|administration|regime|delegation|intelligence|embassy|consulate|ministry|military|army|navy|forces|troops|soldiers|marines|commandos|warplanes|jets|helicopters|personnel|cabinet|leadership|negotiators|police|parliament|junta|presidency|judiciary")
	// Two-word organs.
	organs2    = set("foreign ministry|defence ministry|defense ministry|interior ministry|foreign office|state department|air force|security forces|armed forces|intelligence services|defense forces|defence forces|state media|state television|state tv|news agency|coast guard|foreign minister's")
	forceNouns = set("forces|troops|soldiers|marines|commandos|warplanes|jets|helicopters|personnel|military|army|navy|air force|security forces|armed forces")
	// Nouns after an organ that make the phrase a person descriptor.
	personNouns = set("spokesman|spokesperson|spokeswoman|spokesmen|official|officials|adviser|advisers|advisor|advisors|source|sources|minister|ministers|soldier|soldiers|employee|employees|worker|workers|officer|officers|figures|critics|supporters|member|members|staff|contractors|analyst|analysts|lawmaker|lawmakers|representative|representatives")
	// Nouns after "US" or a demonym that show a descriptive modifier.
	descriptive = set("officials|official|president|presidential|election|elections|assets|bases|base|soldiers|soldier|citizens|citizen|diplomats|diplomat|envoy|ambassador|sources|source|lawmakers|senator|economy|dollar|dollars|market|markets|stocks|interests|companies|company|firms|firm|casualties|hostages|weapons|drones|jets|warplanes|aircraft|ships|warships|carrier|treasury|bonds|yields|shares|team|investors|banks|bank|allies|ally|partners|partner|people|public|media|press|officer|officers|commander|commanders|general|news|state|states|policy|strategy|role|presence|territory|soil|airspace|side|border|borders|captives|targets|target|sites|site|interests|nationals|national|embassy's|envoys|counterpart|counterparts|delegates|leader|leaders|groups|group|militias|militia|factions|faction|security|civilians|victims|prisoners|detainees|population|society|history|culture|cities|city|towns|town|villages|village|coast|waters|courts|court|law|laws|constitution|currency|exports|imports|oil|gas|index|shares|stock|economy's|trade|goods|products|industry|businesses|business|students|journalists|reporters|fighters|rebels|opposition|parties|party|movement|politics|politicians|politician|voters|election's|market's|counterpart")
	// Title words that may precede a person's name.
	titleWords = set("sgt.|maj.|capt.|gov.|adm.|brig.|cpl.|pvt.|rev.|cmdr.|insp.|supt.|amb.|admiral|dame|mullah|marshal|field|ayatollah|president|prime|minister|ministers|foreign|defense|defence|interior|finance|oil|deputy|vice|vice-president|spokesman|spokesperson|spokeswoman|commander|leader|political|chief|adviser|advisor|secretary|secretary-general|general|gen|gen.|lieutenant|lt|lt.|col|col.|colonel|major|brigadier|ambassador|envoy|special|senator|sen.|rep.|representative|governor|mayor|king|queen|prince|crown|sheikh|shaikh|ayatollah|cleric|imam|lawmaker|mp|chairman|chairwoman|director|head|analyst|economist|judge|justice|pope|emir|sultan|speaker|chancellor|premier|mr|mr.|mrs|mrs.|ms|ms.|dr|dr.|sir|lord|executive|ceo|founder|coach|captain|manager|professor|prof.|researcher|expert|journalist|correspondent|editor|activist|opposition|supreme|government|military|senior|top|former|late|acting|interim|army|security|national|state|chief-of-staff|staff|dealer|trader|strategist|attorney|lawyer|bishop|archbishop|cardinal|rabbi|president-elect|premier-elect|commissioner|officer|dictator|militant|militia|rebel|veteran|cleric|MP")
	// Title heads: a title phrase must end in one of these.
	titleHeads = set("sgt.|maj.|capt.|gov.|adm.|brig.|cpl.|pvt.|rev.|cmdr.|insp.|supt.|amb.|negotiator|mediator|aide|diplomat|deputy|founder|owner|witness|doctor|scholar|fellow|partner|candidate|nominee|member|resident|historian|author|writer|producer|director-general|admiral|dame|mullah|marshal|president|minister|spokesman|spokesperson|spokeswoman|commander|leader|chief|adviser|advisor|secretary|secretary-general|general|gen|gen.|lieutenant|lt.|colonel|col.|ambassador|envoy|senator|sen.|rep.|representative|governor|mayor|king|queen|prince|sheikh|shaikh|ayatollah|cleric|imam|lawmaker|mp|chairman|chairwoman|director|head|analyst|economist|judge|pope|emir|sultan|speaker|chancellor|premier|mr|mr.|mrs|mrs.|ms|ms.|dr|dr.|sir|lord|executive|ceo|founder|coach|captain|manager|professor|prof.|researcher|expert|journalist|correspondent|editor|activist|strategist|attorney|lawyer|bishop|archbishop|cardinal|rabbi|president-elect|commissioner|officer|dictator|dealer|trader|MP|councilor|councillor|counterpart|successor|predecessor|widow|wife|husband|rival|incumbent|challenger")
	// Titles a bare reference ("the prime minister") may stand for.
	highOffices = set("prime minister|president|foreign minister|defense minister|defence minister|supreme leader|king|emir|secretary-general|secretary of state|chancellor|premier")
	// Reporting verbs that mark the name before them as a speaker.
	reportVerbs      = set("said|says|told|tells|added|adds|stated|states|explained|noted|warned|argued|insisted|claimed|wrote|writes|asked|replied|acknowledged|confirmed|denied|announced|declared|reported|reports|urged|called|stressed|emphasized|emphasised|predicted|estimated|commented|continued|conceded|admitted|vowed|pledged|threatened|accused|recalled|agreed|believes|believed|thinks|expects|expected|hopes|went|has|had|was|is|will|would")
	speakVerbsBefore = set("said|says|added|according|asked|told|wrote|stated|warned")
	// Heads that make a capitalized phrase an organization (and its kind).
	orgHeads = map[string]string{
		"brigades": "armed_group", "force": "organization", "brigade": "armed_group", "militia": "armed_group", "resistance": "armed_group",
		"jihad": "armed_group", "mujahideen": "armed_group", "battalion": "armed_group", "battalions": "armed_group",
		"front": "armed_group", "guards": "armed_group", "rebels": "armed_group", "tigers": "armed_group",
		"committee": "organization", "foundation": "organization", "organization": "organization", "organisation": "organization",
		"council": "organization", "party": "organization", "movement": "organization", "ministry": "organization",
		"agency": "organization", "institute": "organization", "institution": "organization", "university": "organization",
		"bank": "organization", "corporation": "organization", "corp": "organization", "corp.": "organization", "inc": "organization", "inc.": "organization",
		"ltd": "organization", "ltd.": "organization", "co": "organization", "co.": "organization", "plc": "organization", "group": "organization",
		"observatory": "organization", "association": "organization", "union": "organization", "commission": "organization",
		"court": "organization", "fund": "organization", "federation": "organization", "alliance": "organization",
		"church": "organization", "company": "organization", "securities": "organization", "holdings": "organization",
		"industries": "organization", "airlines": "organization", "airways": "organization", "motors": "organization",
		"league": "organization", "assembly": "organization", "parliament": "organization", "congress": "organization",
		"senate": "organization", "board": "organization", "authority": "organization", "office": "organization",
		"department": "organization", "center": "organization", "centre": "organization", "exchange": "organization",
		"systems": "organization", "technologies": "organization", "communications": "organization", "partners": "organization",
		"instruments": "organization", "software": "organization", "electronics": "organization", "pharmaceuticals": "organization",
		"chemicals": "organization", "telecom": "organization", "telecommunications": "organization",
		"laboratories": "organization", "studios": "organization", "insurance": "organization", "investments": "organization",
		"enterprises": "organization", "aerospace": "organization", "direction": "organization", "directorate": "organization", "semiconductor": "organization", "consortium": "organization",
		"network": "organization", "news": "media", "times": "media", "post": "media", "press": "media", "tv": "media",
		"television": "media", "radio": "media", "journal": "media", "daily": "media", "herald": "media",
		"tribune": "media", "gazette": "media", "channel": "media", "broadcasting": "media", "newspaper": "media",
		// a military command ("Joint Operations Command"): see organParts
		"command": "organization",
	}
	// Capitalized words that never start or make a name.
	stopCaps = set("City|Province|Island|Islands|County|Street|Road|Square|Bay|River|Mountain|Mountains|Valley|Airport|Port|Beach|Park|District|Region|Town|Village|Hill|Hills|Lake|Strait|Sea|Ocean|Desert|Peninsula|Coast|Gulf|Canal|Bridge|Stadium|Hotel|Palace|Tower|Camp|MPs|MEPs|CEOs|PhD|The|A|An|In|On|At|But|And|Or|If|When|While|As|After|Before|Since|For|From|With|By|This|That|These|Those|His|Her|Their|Its|Our|It|He|She|They|We|I|You|There|Here|What|Why|How|Who|Whom|Which|Where|Some|Many|Most|All|Both|Each|Every|Other|Others|Such|No|Not|Yes|Also|However|Meanwhile|Nevertheless|Still|Yet|So|Then|Now|Today|Tonight|Yesterday|Tomorrow|Last|Next|This|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|First|Second|Third|Mr|Mrs|Ms|Dr|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Analysts|Officials|Traders|Dealers|Police|Witnesses|Residents|Sources|Diplomats|Experts|Observers|Critics|Reports|Doctors|Rescuers|Investigators|Prosecutors|Economists|Brokers|Authorities|Troops|Soldiers|Rebels|Militants|Protesters|Students|Workers|Officers|Lawyers|Ministers|Members|Leaders|Scientists|Researchers|Spokesmen|Shares|Prices|Stocks|Sales|Profits|Earnings|Bonds|Investors|Under|Over|Despite|Although|Though|Because|Until|During|Without|Against|Between|Among|Amid|Following|According|Asked|Speaking|Calling|Condemning|Earlier|Later|Late|Early|Several|Only|Even|Just|Another|Any|Those|Everyone|Nobody|Something|Nothing|Reuters|Getty|AP|AFP|Photo|Image|Video|Read|More|Click|Share|Advertisement|Subscribe|Sign|Copyright|Editing|Reporting|Writing|Additional|Source|Sources|Update|Updated|Published|News|Home|Page|Top|Scroll|Store|Log|Menu|Search|Close|Open|Continue|Watch|Listen|Follow|Like|Comment|Comments|Islamic|Arab|Muslim|Muslims|Shiite|Shiites|Sunni|Sunnis|Christian|Christians|Jewish|Jews|Kurdish|Kurds|Western|Eastern|Northern|Southern|North|South|East|West|Middle|Central|European|Asian|African|Palestinian|Palestinians|Gulf|Persian|Gen|Lt|Col|Sgt|Capt|Maj|Rep|Sen|Gov|St|Mt|Ltd|Inc|Corp|Co|Chief|President|Prime|Minister|Secretary|King|Prince|Queen|Pope|Government|Ministry|Council|Committee|Army|Party|Bank|Union|Court|State|States|National|International|United|Federal|Republican|Republicans|Democrat|Democrats|Democratic|Labour|Conservative|Liberal|Communist|Socialist|Parliament|Congress|Senate|House|Ahead|Across|Above|Below|Around|Behind|Beyond|Inside|Outside|Through|Throughout|Within|Toward|Towards|Upon|Via|Per|Plus|Minus|Again|Already|Almost|Always|Never|Often|Perhaps|Maybe|Indeed|Instead|Once|Twice|Thus|Therefore|Hence|Moreover|Furthermore|Besides|Otherwise|Overall|Finally|Lastly|Firstly|Secondly|Recently|Currently|Previously|Initially|Eventually|Apparently|Clearly|Certainly|Obviously|Unlike|Like|Whether|Unless|Whereas|Wherever|Whenever|However|Whatever|Whoever|Talks|Tension|Tensions|Attacks|War|Trading|Volume|Falling|Rising|Top|Bank|Central|Market|Markets|Stock|Index|Dollar|Gold|Oil|Crude|Brent|Key|Big|Small|High|Low|Net|Total|Average|Sector|Analyst|Dealer|Trader|Official|Spokesman|Spokeswoman|Spokesperson|Business|Economic|Financial|Political|Military|Security|Foreign|Defence|Defense|Interior|Finance|Trade|Industry|Commerce|Justice|Health|Education|Energy|Agriculture|Transport|Labor|Environment|Information|Culture|Tourism|Housing|Water|Power|Electricity|Public|Works|Social|Affairs|Development|Planning|Economy|Budget|Tax|Customs|Police|Fire|Emergency|Disaster|Relief|Aid|Human|Rights|Civil|Service|Services|Group|Company|Corporation|Holdings|Industries")
	months   = set("January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
	// Lower-case particles inside personal names.
	nameParticles = set("al|el|bin|ibn|bint|abu|van|von|de|da|di|du|del|der|la|le|dos|das|ad|as|ash|an|at|az|ul|wa")
	numberWords   = set("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|dozen|hundreds|thousands|scores|several|some|many|few|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|more|two-thirds")
	casualtyVerbs = set("killed|kill|killing|wounded|wounding|injured|injuring|injure|wound|murdered|slain|dead|captured|kidnapped|abducted")
	// Nouns before a name that make it a discovered armed group or media.
	namedCue    = set("named|called|dubbed|calling")
	groupCue    = set("militia|group|faction|movement|organization|organisation|brigade|brigades|coalition|outfit|network|company|firm|party")
	mediaCue    = set("newspaper|daily|weekly|channel|broadcaster|agency|television|tv|radio|website|outlet|magazine|paper")
	orgOfCue    = set("leader|leaders|head|member|members|chairman|chief|spokesman|spokeswoman|spokesperson|founder|president|director|secretary-general|commander|fighters|militants|officials|official|representative|representatives|statement|spokesmen")
	orgAfterCue = set("spokesman|spokeswoman|spokesperson|spokesmen|leader|leaders|chief|chairman|official|officials|commander|fighters|militants|statement")
)

// funcCaps are function words and time words: they never begin a
// discovered name, wherever they stand.
var funcCaps = set("The|A|An|In|On|At|But|And|Or|If|When|While|As|After|Before|Since|For|From|With|By|This|That|These|Those|His|Her|Their|Its|Our|It|He|She|They|We|I|You|There|Here|What|Why|How|Who|Whom|Which|Where|Some|Many|Most|All|Both|Each|Every|Other|Others|Such|No|Not|Yes|Also|However|Meanwhile|So|Then|Now|Today|Yesterday|Tomorrow|Last|Next|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Under|Over|Despite|Although|Though|Because|Until|During|Without|Against|Between|Among|Amid|Following|According|Asked|Speaking|Earlier|Later|Several|Only|Even|Just|Another|Any|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|To|Of|Is|Was|Are|Were|Has|Have|Had|Will|Would|Could|Should|Can|May|Might|Must|Do|Does|Did|Let|Please|Thank|Dear|Mr|Mrs|Ms|Dr")

// funcWords are prepositions, conjunctions and determiners: a name before
// one of them is not a modifier of a noun.
var funcWords = set("against|in|to|for|from|with|of|on|at|by|over|that|as|which|who|into|and|or|but|than|about|after|before|since|during|under|amid|across|through|toward|towards|if|because|while|when|where|not|so|nor|via|per|including|between|among|without|within|around|near|up|out|off|down|back|this|these|those|its|their|his|her|a|an|the")

// organAdj are organs that are also adjectives ("military sites").
var organAdj = set("military|intelligence|army|police|navy|security")

// patronWords before "to" make the name a patron: "groups linked to Iran".
var patronWords = set("linked|close|allied|loyal|tied|affiliated|aligned|connected|sympathetic|beholden|answerable|subordinate|ties|links|proxies|proxy|allies|close")

// genericCaps are capitalized common words of institution names.
var genericCaps = set("Stock|Exchange|Supreme|Constitutional|High|People's|Peoples|Revolutionary|Workers|Workers'|Liberation|Popular|Unity|Reform|Progress|Freedom|Justice|Peace|Regional|Cooperation|Development|Investment|Trade|Securities|Futures|Commodity|Reserve|Federal|General|Standing|Select|Joint|Special|Permanent|Executive|Legislative|Provincial|Municipal|City|County|District|Tribunal|Appeals|Electoral|Election|Elections|Olympic|World|Cup|Games|Champions|Open|Grand|Prix|Round|Summit|Forum|Conference|Agreement|Treaty|Accord|Pact|Plan|Programme|Program|Fund|Initiative|Project|Council|Commission|Committee|Organization|Organisation|Office|Agency|Bureau|Department|Board|Authority|Service|Ministry|Assembly|Parliament|Senate|Congress|Party|Front|Movement|Alliance|Union|League|Federation|Association|Society|Institute|Foundation|Center|Centre|Group|Forces|Force|Army|Navy|Police|Guard|Guards|Brigade|Brigades|Corps|Court|Bank|Airport|Hospital|University|College|School|Academy|Church|Mosque|Temple")

// irregularPast are past-tense verbs without -ed: a name before one is
// its subject ("Washington understood").
var irregularPast = set("understood|made|took|sent|told|began|led|won|lost|struck|hit|held|left|set|put|kept|gave|came|went|ran|brought|sought|fought|thought|built|spent|paid|met|felt|knew|saw|became|chose|drew|rose|fell|shot|stood|withdrew|forbade|froze|bought|sold|threw|broke|spoke|wrote|beat|bid|cut|let|quit|shut|spread|swore|tore|wore|woke|overtook|undertook|forgave|foresaw|upheld|withheld|mistook|overcame|got|had|did|said|found|heard|meant|read|led|fled|dealt|lent|bent|bound|ground|wound|slew|bore|bade|sank|sprang|stole|strove|swung|took|vowed|can|cannot|won't|wouldn't|didn't|doesn't|isn't|wasn't|hasn't|haven't|hadn't|must|shall")

// afterObject are words that may follow a name used as an object ("on
// Iran last week", "against Iran outside the rules").
var afterObject = set("last|next|this|earlier|later|yesterday|today|tonight|overnight|outside|inside|itself|alone|instead|now|again|too|first|twice|once|either|both|over|directly|early|late|soon|back|anyway|each|every|ever|since|until|till|unless|whether|what|whose|how|why|where|when|whom|who|which|that")

// visitVerbs make the name after them a destination.
var visitVerbs = set("visited|visit|visiting|visits|toured|tour|touring|reached|entered|enter|entering|landed|arriving|fled|flee|fleeing|leave|leaving|left|evacuated|crossed")

// motionNouns are trips whose destination may come a few words later.
var motionNouns = set("visit|visits|trip|trips|journey|tour|mission|delegation|flight|flights|voyage|pilgrimage|return|travel|travels|visited|travelled|traveled")

// coordVerbs are verbs in the plain form a coordinated subject takes
// ("London and Paris oppose the deal", "Tehran and Riyadh agree"), which
// the suffix test of verbLike cannot see.
var coordVerbs = set("oppose|support|want|agree|reject|deny|accuse|say|insist|fear|hope|believe|claim|consider|plan|back|blame|condemn|warn|urge|demand|refuse|share|seek|remain|continue|need|intend|see|view|regard|dispute|disagree|maintain|welcome|trade|exchange|accept|hold|keep|face|fight|sign|launch|agree|resume|discuss|deny|differ")

// organParts are the words a state organ's full name is made of besides
// its head ("Joint Operations Command", "Supreme National Security
// Council", "General Intelligence Directorate"): such a name is an organ
// of the article's state, not an actor of its own.
var organParts = set("joint|operations|command|central|general|supreme|high|security|intelligence|staff|armed|counter-terrorism|counterterrorism|directorate|chiefs|special|services|service|council|national|federal")

// tradeHeads end a company's name ("Dana Oil", "Crescent Energy", "Tata
// Steel"). Weaker than orgHeads: they must end the name, and a title
// before the name makes it a person's ("representative Michel Mining").
var tradeHeads = set("oil|energy|petroleum|gas|mining|steel|shipping|petrochemicals|logistics|refining")
