package timex

// Word lists the tagger reads. Everything is lower case.

var monthNames = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

// monthAbbrevs need a day or year after them to count ("Jan Egeland",
// "Nov. Novgorod" are names).
var monthAbbrevs = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var weekdays = map[string]int{ // ISO: Monday=1
	"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}

var weekdayPlurals = map[string]int{
	"mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5, "saturdays": 6, "sundays": 7,
}

var partsOfDay = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "nights": "NI",
}

var seasons = map[string]string{
	"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

// seasonStart is the first month of each season (winter starts in December).
var seasonStart = map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
	"fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}

var smallNumbers = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tens = map[string]int{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// units maps a unit word to its TIMEX3 letter and whether it is a time
// (PT...) unit; decades and centuries are counted in years, as TimeBank does.
type unit struct {
	letter string
	time   bool
	mult   int // multiplier into letter units (decade = 10 years)
	gran   int
}

var units = map[string]unit{
	"second": {"S", true, 1, gSecond}, "seconds": {"S", true, 1, gSecond},
	"minute": {"M", true, 1, gMinute}, "minutes": {"M", true, 1, gMinute},
	"hour": {"H", true, 1, gHour}, "hours": {"H", true, 1, gHour},
	"day": {"D", false, 1, gDay}, "days": {"D", false, 1, gDay},
	"week": {"W", false, 1, gWeek}, "weeks": {"W", false, 1, gWeek},
	"fortnight": {"W", false, 2, gWeek}, "fortnights": {"W", false, 2, gWeek},
	"month": {"M", false, 1, gMonth}, "months": {"M", false, 1, gMonth},
	"quarter": {"Q", false, 1, gQuarter}, "quarters": {"Q", false, 1, gQuarter},
	"year": {"Y", false, 1, gYear}, "years": {"Y", false, 1, gYear},
	"decade": {"Y", false, 10, gDecade}, "decades": {"Y", false, 10, gDecade},
	"century": {"Y", false, 100, gCentury}, "centuries": {"Y", false, 100, gCentury},
}

// Granularities of a date, finest first.
const (
	gSecond = iota
	gMinute
	gHour
	gDay
	gWeek
	gMonth
	gQuarter
	gYear
	gDecade
	gCentury
)

// Words between a number and its unit that keep the duration reading
// ("eight trading days", "two more weeks").
var unitFillers = map[string]bool{
	"more": true, "additional": true, "trading": true, "business": true, "working": true,
	"straight": true, "consecutive": true, "full": true, "long": true, "calendar": true, "extra": true,
}

// Prefixes of durations and their TIMEX3 mod.
var quantMods = map[string]string{
	"about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX", "some": "APPROX",
	"nearly": "LESS_THAN", "almost": "LESS_THAN", "over": "MORE_THAN", "under": "LESS_THAN",
}

var twoWordQuantMods = map[[2]string]string{
	{"more", "than"}: "MORE_THAN", {"less", "than"}: "LESS_THAN", {"fewer", "than"}: "LESS_THAN",
	{"up", "to"}: "EQUAL_OR_LESS", {"at", "least"}: "EQUAL_OR_MORE", {"at", "most"}: "EQUAL_OR_LESS",
	{"no", "more"}: "EQUAL_OR_LESS", {"just", "over"}: "MORE_THAN", {"just", "under"}: "LESS_THAN",
}

// Words that mark the tense of a clause, for resolving weekdays and
// dates without a year. true = future.
var tenseWords = map[string]bool{
	"will": true, "shall": true, "ll": true, "would": true, "scheduled": true, "upcoming": true,
	"coming": true, "next": true, "expected": true, "plans": true, "plan": true, "due": true,
	"planning": true, "intends": true, "aims": true, "going": true, "set": true, "planned": true,
	"await": true, "awaits": true, "awaiting": true, "ahead": true, "might": true, "may": true,
	"soon": true, "early": true, "tomorrow": true, "supposed": true, "slated": true, "can": true, "must": true, "should": true,
	"said": false, "was": false, "were": false, "had": false, "did": false, "ago": false,
	"last": false, "told": false, "met": false, "began": false, "took": false, "came": false,
	"went": false, "saw": false, "made": false, "fell": false, "rose": false, "held": false,
	"left": false, "gave": false, "won": false, "lost": false, "struck": false, "sent": false,
	"spoke": false, "wrote": false, "got": false, "found": false, "brought": false, "led": false,
	"fought": false, "shot": false, "ran": false, "paid": false, "sold": false, "bought": false,
	"kept": false, "felt": false, "stood": false, "earlier": false, "since": false, "became": false,
	"broke": false, "hit": false, "has": false, "have": false, "been": false, "dropped": false,
	// irregular pasts that cannot be a present or a noun
	"underwent": false, "undertook": false, "overtook": false, "withdrew": false, "overthrew": false,
	"arose": false, "fled": false, "drew": false, "threw": false, "flew": false, "grew": false,
	"knew": false, "chose": false, "rode": false, "stole": false, "froze": false, "spent": false,
	"built": false, "dealt": false, "sought": false, "taught": false, "caught": false, "thought": false,
	"sank": false, "swam": false, "forgot": false, "upheld": false, "withheld": false, "oversaw": false,
	"ate": false, "wore": false, "swore": false, "tore": false, "sprang": false, "slept": false,
	"swept": false, "wept": false, "shook": false, "woke": false, "awoke": false, "hid": false,
	"heard": false, "understood": false, "mistook": false, "forbade": false, "foresaw": false,
}

// edWords end in -ed but are not past verbs.
var edWords = map[string]bool{
	"need": true, "speed": true, "red": true, "bed": true, "seed": true, "feed": true, "indeed": true,
	"united": true, "limited": true, "based": true, "scheduled": true, "expected": true, "proposed": true,
	"planned": true, "armed": true, "unidentified": true, "embattled": true, "so-called": true, "hundred": true,
	"detailed": true, "advanced": true, "divided": true, "concerned": true, "led": true, "need-based": true,
	"alleged": true, "supposed": true, "slated": true, "preferred": true, "combined": true, "estimated": true,
	"listed": true, "registered": true, "required": true, "reduced": true, "increased": true, "detained": true, "interested": true, "related": true, "occupied": true, "elected": true,
}
