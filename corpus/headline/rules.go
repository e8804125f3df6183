package headline

import (
	"regexp"
	"strings"
	"unicode"
)

// The compression rules. Each returns its input unchanged when it does
// not apply; Compress keeps a result only while it still has a few words.

const (
	weekday  = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`
	dayPart  = `(?:\s+(?:morning|afternoon|evening|night))?`
	speechVb = `(?:said|says|told|added|announced|reported|stated|declared|confirmed|claimed|insisted|warned|noted|explained|wrote|tweeted)`
	// reportVb are the verbs of a trailing attribution only (", a report
	// revealed"): before a clause they are the event ("Japan indicated it…").
	reportVb = `(?:revealed|showed|shows|disclosed|indicated|estimated)`
)

var (
	subordStartRE = regexp.MustCompile(`^(?:after|when|as|because|while|since|before|if|although|though|until|where)\s+`)
	bracketRE     = regexp.MustCompile(`\s*(?:\([^()]*\)|\[[^\[\]]*\])`)
	// ", officials said", ", said Mr Smith", ", according to the ministry",
	// ", the agency reported on Monday", ", Al-Ain media reported".
	trailAttrRE = regexp.MustCompile(`(?:(?:,\s*|\s+)according to [^,;]{2,80}` +
		`|,\s*(?:said|says|told|added|according to)\s+(?:\p{Lu}|the |a |an |his |her |its |their )[^,;]{1,60}` +
		`|,\s*(?:[\p{L}\p{N}.'’-]+\s+){1,7}?(?:` + speechVb + `|` + reportVb + `)(?:\s+(?:on\s+)?(?:late\s+|early\s+)?` + weekday + dayPart + `)?(?:\s+in a statement)?` +
		`)\s*[.”"]?$`)
	// "But", "Meanwhile,", "However,": connectives that tie the sentence
	// to the one before it, meaningless alone.
	connectiveRE = regexp.MustCompile(`(?i)^(?:but|and|or|so|yet|still|meanwhile|however|also|moreover|furthermore|in addition|separately|including)\b,?\s+`)
	// "In January 2020,", "On Tuesday,", "Following the strike,", "In a
	// statement on Wednesday,": a short scene-setting phrase before the
	// subject.
	settingRE = regexp.MustCompile(`^(?:(?:In|On|At|During|After|Following|Since|By|Earlier|Late|Last|Early|Before|Amid|Effective|Starting|Beginning|From|Until|Throughout|Within|Over|Overnight|Yesterday|Today|Asked|Separately|Meanwhile|With|Without|Under|Despite|Unlike|Like|As|Because of|Due to|Thanks to|Ahead of|Prior to)\b|[\p{Lu}\p{Ll}]\p{Ll}{1,}(?:ing|ed)\s+(?:the|a|an|to|in|on|at|by|from|with|for|after|as|his|her|their|its|this|these|those|over|under)\s|(?:Born|Taken|Given|Driven|Written|Chosen|Beaten|Stolen|Hidden|Shaken)\s|[Bb]eing\s+\p{Ll}+\s|[Hh]aving\s+\p{Ll}+\s)[^,;"“]{0,90},\s+`)
	weekdayRE = regexp.MustCompile(`(?:^|\s+)(?i:on\s+|late\s+|early\s+|last\s+|this\s+|next\s+|on\s+late\s+|on\s+early\s+)?` + weekday + dayPart + `\b`)
	// "Officials said", "A spokesman for the ministry told reporters that",
	// "X said in a statement Monday that": the attribution before the
	// reported clause.
	leadAttrRE = regexp.MustCompile(`^([^,;"“]{2,70}?)\s+(?:(?:was|were|is|are)\s+quoted\s+(?:by\s+[^,;"“]{2,40}?\s+)?as\s+saying|quoted\s+[^,;"“]{2,50}?\s+as\s+saying|told\s+(?:reporters|journalists|parliament|the [\p{L}]+|[\p{Lu}][\p{L}]+)|` + speechVb + `)` + `(?:\s+in a statement)?(?:\s+that)?\s+`)
	// "the drone attack that killed three US troops in Jordan": a noun
	// phrase with its relative clause reads as a clause without "the" and
	// "that".
	fragmentRE = regexp.MustCompile(`(?i)^(?:the|a|an)\s+([^,;]{3,60}?)\s+(?:that|which)\s+(killed|wounded|injured|left|claimed|hit|struck|destroyed|damaged|rocked|targeted|forced|caused|led|sparked|began|started|ended|took)\b`)
	// ", a former pilot who has been in Congress since 1991,": a
	// description of someone set off by commas.
	appositiveRE = regexp.MustCompile(`,\s+(?:\p{Ll}+ed\s|\p{Ll}+\s+by\s|(?:a|an|the|who|whose|which|where|now|then|once|himself|herself|one of|part of|head of|leader of|chief of|member of|linked to|based in|backed by|known as|named|called|led by|allied to|allied with)\s)(?:[^,;]|,\d){3,90},\s`)
	// Where a trailing subordinate clause or aside starts.
	subordRE      = regexp.MustCompile(`(?:;|\s+[-–—]\s+|,\s+(?:which|who|whose|where|while|as|after|before|but|although|though|because|since|saying|adding|citing|calling|prompting|leaving|amid|following|despite|including|with|when|and|until|in what|in a move)\b|\s+(?:which|while|when|because|although|amid|despite|saying|adding|citing|after|before|as part of|in order to|in what)\s)`)
	clauseSplitRE = regexp.MustCompile(`;\s+|,\s+(?:and|but|while|whereas)\s+`)
	// The last resort's boundaries: also before an infinitive, a "that"
	// clause or a relative clause.
	lastRE    = regexp.MustCompile(`(?:,\s+|\s+(?:in|on|at|near|during|with|for|from|under|after|before|since|amid|against|across|through|into|as|and|but|to|that|which|who|whose|while|when|where|because|by|including|following|despite|until|than|of)\s|\s+\p{Ll}+ing\s)`)
	adjunctRE = regexp.MustCompile(`\s+(?:in|on|at|near|during|with|for|from|under|after|before|since|amid|against|across|through|into|as|and)\s`)
)

// datelineRE matches a wire dateline the cleaner let through: "BEIJING,
// Nov. 4 (Xinhua)---", "HONG KONG, March 3 (AFP) -".
var datelineRE = regexp.MustCompile(`^\p{Lu}[\p{Lu} .'-]{1,30},\s+(?:\p{L}+\.?\s+\d{1,2}|\d{1,2}\s+\p{L}+)\s*\([^()]{2,30}\)\s*[-–—]*\s*`)

// dropDateline removes a wire dateline before the sentence.
func dropDateline(s string) string {
	if m := datelineRE.FindStringIndex(s); m != nil {
		return s[m[1]:]
	}
	return s
}

func dropBrackets(s string) string {
	if !strings.ContainsAny(s, "([") {
		return s
	}
	return bracketRE.ReplaceAllString(s, "")
}

func dropTrailingAttribution(s string) string {
	if !mentionsSaying(s) {
		return s
	}
	s = strings.TrimRight(s, ". ")
	if m := trailAttrRE.FindStringIndex(s); m != nil && m[0] > 0 {
		head := s[:m[0]]
		// Only when what is left is a clause of its own, not "He said"
		// nor a subject whose verb was the match.
		if words(head) >= 4 && hasVerb(head) {
			return head
		}
	}
	return s
}

func dropLeadingConnective(s string) string {
	s = connectiveRE.ReplaceAllString(s, "")
	// A fragment that starts inside a sentence ("after their match was
	// postponed") reads as a clause without its subordinator.
	if m := subordStartRE.FindStringIndex(s); m != nil && words(s[m[1]:]) >= 4 {
		return s[m[1]:]
	}
	return s
}

func dropLeadingSetting(s string) string {
	m := settingRE.FindStringIndex(s)
	if m == nil || words(s[m[1]:]) < 4 {
		return s
	}
	// "Last month's shutdown, which was postponed twice, has been…": the
	// phrase was the subject, and what follows the comma its relative
	// clause, not the sentence.
	if first, _, _ := strings.Cut(s[m[1]:], " "); relatives[strings.ToLower(first)] {
		return s
	}
	return s[m[1]:]
}

// relatives open a relative clause, which needs the noun before it.
var relatives = map[string]bool{"which": true, "who": true, "whom": true, "whose": true, "that": true, "where": true}

// participleModRE finds a participle phrase between the subject and its
// verb: "Some 50,000 Kurds | calling for a peaceful resolution…, | were
// expected in Dusseldorf".
var participleModRE = regexp.MustCompile(`^((?:[^,;"“]|,\d){3,50}?)\s+\p{Ll}{2,}ing\s+(?:for|to|in|on|at|from|with|against|about|over|into|under|the|a|an|his|her|their|its)\s[^;"“]{3,160}?,\s+(\p{Ll}+)\s`)

// asideModRE finds a prepositional aside between commas right after the
// subject.
var asideModRE = regexp.MustCompile(`^((?:[^,;"“]|,\d){3,50}?),\s+(?:under|with|in|on|at|for|after|before|despite|like|unlike|along with|together with)\s[^;"“]{3,120}?,\s+(\p{Ll}+)\s`)

// describedNameRE finds a subject told as a description and then a name:
// "Visiting former Malaysian prime minister, Mahathir Mohamad, said…",
// "An armed faction of the Islamic Resistance in Iraq, Harakat al-Nujaba,
// said…" (a last name may open with a particle: al-, el-, bin-).
var describedNameRE = regexp.MustCompile(`^\p{Lu}[^,;"“]{3,70},\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:\p{Lu}|\p{Ll}{1,3}-\p{Lu})[\p{L}'’-]+),\s+(\p{Ll}+)\s`)

// dropSubjectModifier removes what stands between the subject and its
// verb when a comma closes it and a verb the lexicon knows follows: the
// headline keeps who did what.
func dropSubjectModifier(s string) string {
	if m := describedNameRE.FindStringSubmatchIndex(s); m != nil && isFiniteVerb(s[m[4]:m[5]]) {
		return s[m[2]:m[3]] + " " + s[m[4]:]
	}
	// "the central bank, under the supervision of the finance ministry,
	// had ordered…": a prepositional aside between subject and verb.
	if m := asideModRE.FindStringSubmatchIndex(s); m != nil && auxiliaries[s[m[4]:m[5]]] && !hasVerb(s[:m[3]]) {
		return s[m[2]:m[3]] + " " + s[m[4]:]
	}
	// Only before an auxiliary: "investors fearful that…, might adopt"
	// and "executions, torture, forced labour" are no such phrase.
	if m := participleModRE.FindStringSubmatchIndex(s); m != nil && auxiliaries[s[m[4]:m[5]]] &&
		!hasVerb(s[:m[3]]) && !dangling[strings.ToLower(lastWord(s[:m[3]]))] {
		return s[m[2]:m[3]] + " " + s[m[4]:]
	}
	return s
}

var auxiliaries = map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true,
	"will": true, "would": true, "can": true, "could": true, "may": true, "might": true, "must": true, "should": true}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// leadSubordRE finds a sentence that opens with a subordinate clause:
// "While the European Union is looking at 2020 before…, in Armenia up to
// 30 percent of cars already run on clean compressed gas".
var leadSubordRE = regexp.MustCompile(`^(?:While|Although|Though|Whereas|Even though|Even as|As|Because|Since|If|Unless|When|Once|Now that)\s[^;"“]{8,200}?,\s+`)

// dropLeadingSubordinate keeps the main clause of a sentence too long
// for a headline that opens with a subordinate clause: the main clause
// is what the sentence asserts. It stays when what follows the comma is
// no clause of its own ("As of Monday, …" is handled as scene-setting).
func dropLeadingSubordinate(s string) string {
	m := leadSubordRE.FindStringIndex(s)
	if m == nil {
		return s
	}
	rest := s[m[1]:]
	first, _, _ := strings.Cut(rest, " ")
	// The comma must close the clause, not an item of a list inside it
	// ("survived numerous wars, floods and dynasties…"): the main
	// clause has its verb before any further comma.
	head, _, _ := strings.Cut(rest, ", ")
	if words(rest) < 5 || !hasVerb(head) || relatives[strings.ToLower(first)] || notClauseStart[strings.ToLower(first)] && !strings.HasPrefix(first, "in") {
		return s
	}
	return rest
}

// roleRE finds a role phrase naming an institution: "We are keeping
// our promise | as the South African Department of Health | to…".
var roleRE = regexp.MustCompile(`\s+as\s+(?:the|a|an)\s+(?:\p{Lu}[\p{L}'’.-]*\s+(?:of\s+|for\s+|and\s+)?)*\p{Lu}[\p{L}'’.-]*\s+(?:to|in|for|on|with|and)\s`)

// dropRole removes such a role phrase from a sentence too long for a
// headline: who spoke in which capacity matters less than what was said.
func dropRole(s string) string {
	m := roleRE.FindStringIndex(s)
	if m == nil {
		return s
	}
	// "known as the UN Integrated Office in Sierra Leone", "served as
	// the Minister of…": there the phrase is the complement, not a role.
	if prev := strings.ToLower(lastWord(s[:m[0]])); treatAs[prev] || asComplement[prev] {
		return s
	}
	// Keep the word that follows the role ("to increasing access…").
	rest := strings.TrimRight(s[m[0]:m[1]], " ")
	i := strings.LastIndexByte(rest, ' ')
	return s[:m[0]] + s[m[0]+i:]
}

// asComplement are words after which "as the X" completes them.
var asComplement = map[string]bool{"known": true, "called": true, "served": true, "serves": true, "serving": true, "acting": true,
	"act": true, "acts": true, "acted": true, "such": true, "same": true, "remain": true, "remains": true, "remained": true, "sworn": true, "re-elected": true}

// isFiniteVerb reports whether w is a verb the lexicon knows or a past
// form in -ed.
func isFiniteVerb(w string) bool {
	w = strings.ToLower(w)
	return verbs[w] || (len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed"))
}

func dropWeekdays(s string) string {
	if !strings.Contains(s, "day") {
		return s
	}
	var b strings.Builder
	last := 0
	for _, m := range weekdayRE.FindAllStringIndex(s, -1) {
		// "The Sunday Telegraph", "Sunday Times": a name, not a date.
		before := strings.TrimSpace(s[:m[0]])
		// "at Tuesday's meeting": the day belongs to a noun phrase.
		rest := s[m[1]:]
		if strings.HasSuffix(before, "The") || strings.HasSuffix(before, "the") || nextIsCapital(rest) ||
			strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
			continue
		}
		b.WriteString(s[last:m[0]])
		last = m[1]
	}
	b.WriteString(s[last:])
	out := b.String()
	// "Effective Tuesday, the bank…" leaves "Effective, the bank…": the
	// word only introduced the date.
	if m := leadWeekdayRE.FindStringIndex(s); m != nil {
		out = s[m[1]:]
	}
	return out
}

var leadWeekdayRE = regexp.MustCompile(`^\p{Lu}\p{Ll}+\s+` + weekday + dayPart + `,\s+`)

func nextIsCapital(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	return rest != "" && unicode.IsUpper([]rune(rest)[0])
}

// needsComplement reports whether a cut before the boundary word next
// would leave a verb without what it governs: "conceded | that…",
// "quoted Harry Kewell | as saying…", "decided | to…".
func needsComplement(head, next string) bool {
	next = strings.ToLower(strings.TrimSpace(next))
	f := strings.Fields(head)
	if len(f) == 0 {
		return false
	}
	last := strings.ToLower(strings.Trim(f[len(f)-1], `,;:"“”`))
	if dangling[last] {
		return true // the cut would end on "as", "the", "of"
	}
	isVerb := func(w string) bool { return verbs[w] || (len(w) > 4 && strings.HasSuffix(w, "ed")) }
	for i := len(f) - 1; i >= 0 && i >= len(f)-3; i-- {
		if subordinators[strings.ToLower(f[i])] {
			return true // "reported that a landowner | in the same state…", "as the battle | for…"
		}
	}
	passive := len(f) > 1 && beForms[strings.ToLower(f[len(f)-2])]
	switch {
	case next == "as":
		// "quoted star striker Harry Kewell | as saying"
		for i := len(f) - 1; i >= 0 && i >= len(f)-4; i-- {
			if treatAs[strings.ToLower(strings.Trim(f[i], `,;:"“”`))] {
				return true
			}
		}
	case next == "for" || next == "on" || next == "with" || next == "against":
		// "called | for unity", "focused | on": an active verb wants
		// its phrase; a passive ("was killed | in…") does not.
		return isVerb(last) && !passive
	case next == "that" || next == "to" || next == "of" || next == "whether" || next == "if" || strings.HasSuffix(next, "ing"):
		return isVerb(last)
	case next == "after" || next == "before" || next == "since" || next == "than" || next == "earlier" || next == "later":
		// "came 19 days | after the last session"
		return timeUnits[last]
	}
	return false
}

var timeUnits = map[string]bool{"days": true, "weeks": true, "months": true, "years": true, "hours": true, "minutes": true, "day": true, "week": true, "month": true, "year": true, "hour": true, "more": true, "less": true, "higher": true, "lower": true}

// mentionsSaying is the cheap test before the attribution patterns.
func mentionsSaying(s string) bool {
	for _, v := range []string{"said", "says", "told", "added", "announced", "reported", "stated", "declared",
		"confirmed", "claimed", "insisted", "warned", "noted", "explained", "wrote", "tweeted", "according", "quoted",
		"revealed", "showed", "shows", "disclosed", "indicated", "estimated"} {
		if strings.Contains(s, v) {
			return true
		}
	}
	return false
}

// sayerForPronoun folds "Astronomers reported that they have discovered
// …" into "Astronomers have discovered …": when the reported clause opens
// with a pronoun that can only be the speaker's, the headline names the
// speaker instead of the saying. "He"/"she" take a speaker without "and";
// "they" a plural one; "it", "we" and "I" are left alone (an
// organization, a quotation: the referent is not sure).
func sayerForPronoun(s string) string {
	if !mentionsSaying(s) {
		return s
	}
	m := leadAttrRE.FindStringSubmatchIndex(s)
	if m == nil {
		return s
	}
	speaker, rest := s[m[2]:m[3]], s[m[1]:]
	pron, clause, ok := strings.Cut(rest, " ")
	if !ok || words(clause) < 3 || words(speaker) > 6 || hasVerb(speaker) {
		return s
	}
	sp := strings.Fields(strings.ToLower(speaker))
	if len(sp) == 0 || pronouns[sp[0]] || relatives[sp[0]] {
		return s
	}
	last := sp[len(sp)-1]
	switch pron {
	case "he", "she":
		if strings.Contains(" "+strings.ToLower(speaker)+" ", " and ") || strings.HasSuffix(last, "s") {
			return s
		}
	case "they":
		if !strings.HasSuffix(last, "s") && last != "police" && last != "people" {
			return s
		}
	default:
		return s
	}
	if first, _, _ := strings.Cut(clause, " "); !isFiniteVerb(first) && !auxiliaries[first] && !adverbs[first] {
		return s // "he and his wife…": the pronoun is not the whole subject
	}
	return speaker + " " + clause
}

var pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true, "this": true, "there": true}

// adverbs may stand between a subject and its verb.
var adverbs = map[string]bool{"also": true, "had": true, "would": true, "will": true, "could": true, "never": true, "still": true, "already": true, "now": true, "not": true}

func dropLeadingAttribution(s string) string {
	if !mentionsSaying(s) {
		return s
	}
	m := leadAttrRE.FindStringIndex(s)
	if m == nil || words(s[m[1]:]) < 4 {
		return s
	}
	// "claimed to have launched", "said in a statement": what follows is
	// no clause of its own.
	if first, _, _ := strings.Cut(s[m[1]:], " "); notClauseStart[strings.ToLower(first)] {
		return s
	}
	return s[m[1]:]
}

func fragmentToClause(s string) string {
	m := fragmentRE.FindStringSubmatchIndex(s)
	if m == nil {
		return s
	}
	return s[m[2]:m[3]] + " " + s[m[4]:]
}

// relativeRE is a longer relative clause set off by commas: "Afridi,
// who returned after serving a one-Test and two one-day games ban for
// scruffing the pitch in the second Test last month, was finally run out".
var relativeRE = regexp.MustCompile(`,\s+(?:who|whose|which)\s(?:[^,;]|,\d){3,150},\s`)

func dropAppositives(s string) string {
	out := relativeRE.ReplaceAllString(appositiveRE.ReplaceAllString(s, " "), " ")
	if words(out) < 4 {
		return s
	}
	return out
}

// cutSubordinate cuts at the first subordinate clause or aside whose
// cut leaves at least five words, and at later ones while still too long.
func cutSubordinate(s string) string {
	needVerb := hasVerb(s)
	for _, m := range subordRE.FindAllStringIndex(s, -1) {
		next := strings.Fields(s[m[0]:m[1]])
		if len(next) > 0 && needsComplement(s[:m[0]], next[len(next)-1]) {
			continue // "came 19 days | after the last session", "quoted X as | saying"
		}
		if words(s[:m[0]]) >= 5 && (!needVerb || hasVerb(s[:m[0]])) {
			return s[:m[0]]
		}
	}
	return s
}

// cutAtComma keeps the clauses up to the last comma that leaves a fitting
// headline of at least six words.
func cutAtComma(s string) string {
	if fits(s) {
		return s
	}
	best := s
	needVerb := hasVerb(s)
	for i := strings.Index(s, ", "); i >= 0; {
		head := s[:i]
		if !fits(head) {
			break
		}
		if words(head) >= 6 && (!needVerb || hasVerb(head)) {
			best = head
		}
		j := strings.Index(s[i+1:], ", ")
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return best
}

// cutAdjunct drops trailing prepositional phrases: the longest prefix that
// fits and ends before a preposition or "and".
func cutAdjunct(s string) string {
	if fits(s) {
		return s
	}
	best := s
	needVerb := hasVerb(s)
	for _, m := range adjunctRE.FindAllStringIndex(s, -1) {
		head := s[:m[0]]
		if !fits(head) {
			break
		}
		if words(head) >= 4 && (!needVerb || hasVerb(head)) && !needsComplement(head, s[m[0]:m[1]]) {
			best = head
		}
	}
	return best
}

// hasVerb reports whether s seems to hold a finite verb: a word in -ed,
// an auxiliary or a common irregular past. Without one a cut would leave
// the subject alone ("Kataib Hezbollah, one of the militias").
func hasVerb(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, `,;:.!?"“”'’()`)
		if w == "" || unicode.IsUpper([]rune(w)[0]) && !verbs[strings.ToLower(w)] {
			continue // a name ("United", "Ahmed"), not a verb
		}
		w = strings.ToLower(w)
		if verbs[w] || (len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")) {
			return true
		}
	}
	return false
}

var verbs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`is are was were has have had will would can could may might must should
		be been being does did do says say said tells told kills kill hits hit struck strikes meets met
		won wins lost loses left leaves made makes held holds fell falls rose rises took takes gave gives
		began begins came comes went goes ran runs sent sends set sets shot shoots found finds led leads
		saw sees sought seeks won't can't vows vowed urges urged calls plans plan wants warns agrees
		backs rejects denies dies die quits opens closes signs launches claims faces ends starts
		become becomes became brought brings built builds bought buys caught catches chose chooses
		fought fights flew flies forgot got gets grew grows heard hears hid hides kept keeps knew knows
		laid lays lent lends let lets lit meant means paid pays put puts quit read reads rode rides rang
		sank sold sells shut shuts sang spoke speaks spent spends stood stands stole swore swept
		taught teaches tore threw throws understood wore wrote writes split splits cut cuts hurt spread
		beat beats bid cost costs shed sheds slid slides sank sinks won wins struck swung drew draws
		dug fled flees forbade froze hung overtook withdrew withdraws sprang springs rang bore
		broke breaks arose arises awoke bent bled blew blows bred chose clung crept dealt dove drank
		drove drives ate fed feeds felt feels forgave forgot forsook ground knelt leapt mistook
		overcame overran overthrew rebuilt retook rewrote rid rose sang sat shook shone shrank slew
		slept slung smote sped spun sprang stank stuck stung strode strove swam swore thrust trod
		undertook underwent upheld upset wept withheld withstood woke won wound wrung
		suffers remains remained seems seemed appears appeared continues continued
		need needs want wants expect expects hope hopes seek seeks urge agree agrees accept accepts
		expand expands reduce reduces raise raises remain seem appear continue helps oppose opposes
		believe believes consider considers include includes allow allows require requires
		announce announces reaches become lose win meet keep stay try tries`) {
		m[w] = true
	}
	return m
}()

// lastResort keeps the longest prefix that fits and ends at a phrase
// boundary (before a preposition, a conjunction, "to", "that", a comma),
// still holding a verb when the sentence has one.
func lastResort(s string) string {
	if fits(s) {
		return s
	}
	needVerb := hasVerb(s)
	best := ""
	for _, m := range lastRE.FindAllStringIndex(s, -1) {
		head := tidy(s[:m[0]])
		if !fits(head) {
			break
		}
		if words(head) >= 4 && (!needVerb || hasVerb(head)) && !endsInBareVerb(head) && !needsComplement(head, s[m[0]:m[1]]) {
			best = head
		}
	}
	if best == "" && !needVerb {
		// No cut keeps a verb the list knows: keep one that has a
		// lower-case content word past the subject ("Taiwan split from
		// mainland China in 1949") rather than no headline at all.
		for _, m := range lastRE.FindAllStringIndex(s, -1) {
			head := tidy(s[:m[0]])
			if !fits(head) {
				break
			}
			if words(head) >= 5 && hasContentWord(head) {
				best = head
			}
		}
	}
	if best == "" {
		return s
	}
	return best
}

// endsInBareVerb reports whether s ends in a verb the lexicon knows,
// which then wants what a cut removed ("the government began").
func endsInBareVerb(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	return i >= 0 && verbs[strings.ToLower(s[i+1:])]
}

// hasContentWord reports whether a word after the first is lower case
// and not a function word: a predicate, probably, not a name alone.
func hasContentWord(s string) bool {
	for _, w := range strings.Fields(s)[1:] {
		w = strings.Trim(w, `,;:.!?"“”'’()`)
		if w != "" && unicode.IsLower([]rune(w)[0]) && !dangling[w] && !function[w] {
			return true
		}
	}
	return false
}

var function = map[string]bool{"of": true, "for": true, "de": true, "al": true, "el": true, "von": true, "van": true, "da": true, "du": true, "la": true, "le": true, "bin": true}

// subjectPPRE finds a prepositional phrase after the subject's first
// words: "The inquiry | into the PNG government's hiring of … group |
// heard allegations".
var subjectPPRE = regexp.MustCompile(`^((?:(?:The|A|An|Its|His|Her|Their)\s+\p{Ll}[\p{L}-]*)|\p{Lu}\p{Ll}+)\s+(?:into|on|over|about|against|for|in|at|from|with)\s`)

// dropSubjectPP removes a long prepositional phrase between the subject's
// head noun and its verb, the way a headline writer does.
func dropSubjectPP(s string) string {
	m := subjectPPRE.FindStringSubmatchIndex(s)
	if m == nil {
		return s
	}
	f := strings.Fields(s[m[1]:])
	for i, w := range f {
		if i > 14 {
			break
		}
		lw := strings.ToLower(strings.Trim(w, `,;:"“”`))
		if w != lw || strings.HasSuffix(w, ",") {
			continue // a name inside the phrase, or a comma: not the verb
		}
		if verbs[lw] || (len(lw) > 4 && strings.HasSuffix(lw, "ed")) {
			if i < 2 {
				return s
			}
			return s[:m[3]] + " " + strings.Join(f[i:], " ")
		}
	}
	return s
}

// notClauseStart are words no reported clause starts with: what follows
// the verb is then its complement ("claimed to have…", "said in…").
var notClauseStart = map[string]bool{"to": true, "of": true, "in": true, "on": true, "at": true, "for": true, "with": true,
	"by": true, "from": true, "as": true, "about": true, "into": true, "when": true, "which": true, "who": true, "after": true, "before": true}

var beForms = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "be": true, "being": true}

// treatAs are verbs that take "X as Y": quoted X as saying, described X
// as, named X as.
var treatAs = map[string]bool{"quoted": true, "described": true, "cited": true, "named": true, "identified": true,
	"regarded": true, "seen": true, "saw": true, "appointed": true, "elected": true, "listed": true, "branded": true}

// subordinators open a clause that a cut within its first words would
// leave unfinished.
var subordinators = map[string]bool{"that": true, "as": true, "when": true, "while": true, "because": true, "until": true,
	"if": true, "although": true, "whether": true, "where": true, "which": true, "who": true, "whose": true}
