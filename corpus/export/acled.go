package export

import (
	"encoding/csv"
	"hash/fnv"
	"io"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/annals/annals/corpus/actors"
	"github.com/annals/annals/model"
)

// CSVHeader is the column set of the CSV export: ACLED's codebook columns
// in ACLED's order, so code written for ACLED files runs on it, then the
// columns annals adds (annals_id, annals_type, headline, injuries,
// date_text, sources). What annals cannot know (coordinates, admin
// areas, ACLED's geographic source scale) is left empty rather than
// guessed.
var CSVHeader = []string{
	"event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
	"actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
	"iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
	"source", "source_scale", "notes", "fatalities", "tags", "timestamp",
	"annals_id", "annals_type", "headline", "injuries", "date_text", "sources",
}

// WriteCSV writes one row per event in ACLED's codebook. event_type and
// sub_event_type are ACLED's own values (Event.SubType, see
// model.ACLEDTypes); events ACLED would not code — statements,
// announcements, other, non-violent politics, and dates coarser than a
// month — are left out unless opt.All, which keeps them with empty ACLED
// types. time_precision is ACLED's 1 day, 2 week, 3 month, and 4 (an
// annals extension) for a quarter, a year or coarser, so a count by month
// never files a year-only date under January. event_date is left empty
// for dates a pandas datetime cannot hold (before 1678 or after 2261);
// date_text keeps them. notes holds the best source sentence.
func WriteCSV(w io.Writer, tl *model.Timeline, opt Options) error {
	kinds := map[string]string{}
	for _, a := range tl.Actors {
		kinds[a.Name] = a.Kind
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	left := 0
	for i := range tl.Events {
		e := &tl.Events[i]
		row, ok := acledRow(e, kinds, opt.All)
		if !ok {
			left++
			continue
		}
		for j := range row {
			row[j] = model.SafeLine(row[j])
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	if left > 0 {
		opt.notice("csv: %d of %d events left out as ACLED would not code them (statements, announcements, other, dates coarser than a month); --all keeps them", left, len(tl.Events))
	}
	cw.Flush()
	return cw.Error()
}

// acledSubType is the event's ACLED sub-event type: the one extraction
// set, else the plain reading of its annals type where it has one.
func acledSubType(e *model.Event) string {
	if e.SubType != "" {
		return e.SubType
	}
	switch e.Type {
	case model.EventStrike:
		// An air strike is told as one: a "strike" whose sources say no
		// strike, raid or bombing (an earthquake that "struck", a
		// workers' strike) is not ACLED's Air/drone strike, and a wrong
		// one carries its death toll into every count of the file.
		if sourcesSay(e, "strike", "struck", "raid", "bombard", "bombing", "drone", "warplane", "jets") &&
			!sourcesSay(e, "on strike", "general strike", "hunger strike", "strike action", "earthquake") {
			return model.SubAirDroneStrike
		}
		return weaponSubType(e)
	case model.EventClash:
		return model.SubArmedClash
	case model.EventArrest:
		return model.SubArrests
	case model.EventProtest:
		return model.SubPeacefulProtest
	case model.EventAgreement:
		return model.SubAgreement
	case model.EventAttack, model.EventKilling:
		return weaponSubType(e)
	}
	return ""
}

// sourcesSay reports whether any of the event's sources holds one of
// the words (lower case).
func sourcesSay(e *model.Event, words ...string) bool {
	for _, s := range e.Sources {
		t := strings.ToLower(s.Text)
		for _, w := range words {
			if strings.Contains(t, w) {
				return true
			}
		}
	}
	return false
}

// weaponSubType reads an attack's means from its sources' words, for
// events extracted without a sub-type.
func weaponSubType(e *model.Event) string {
	has := func(ws ...string) bool { return sourcesSay(e, ws...) }
	switch {
	case has("suicide bomb", "suicide attack", "suicide car"):
		return model.SubSuicideBomb
	case has("drone", "air strike", "airstrike", "air raid"):
		return model.SubAirDroneStrike
	case has("rocket", "missile", "mortar", "shelling", "artillery"):
		return model.SubShelling
	case has("roadside bomb", "car bomb", "explosive device", "ied", "landmine", "bomb"):
		return model.SubRemoteExplosive
	case has("grenade"):
		return model.SubGrenade
	case has("kidnap", "abduct"):
		return model.SubAbduction
	case has("gunmen", "shot", "shooting", "clash", "fighting", "gunfire"):
		return model.SubArmedClash
	}
	return ""
}

func acledRow(e *model.Event, kinds map[string]string, all bool) ([]string, bool) {
	sub := acledSubType(e)
	evType, disorder, coded := model.ACLEDTypes(sub)
	r, dated := model.ParseDateValue(e.Date.Value)
	prec := 4
	switch e.Date.Precision {
	case model.PrecisionDay:
		prec = 1
	case model.PrecisionWeek:
		prec = 2
	case model.PrecisionMonth:
		prec = 3
	}
	// ACLED codes an event of its types dated to the month or finer; any
	// other row (kept by --all) has empty ACLED types, so code that counts
	// ACLED's types by month never meets a year-only date.
	if !coded || !dated || prec == 4 {
		if !all {
			return nil, false
		}
		sub, evType, disorder = "", "", ""
	}
	date, year := "", ""
	if dated {
		year = strconv.Itoa(r.Start.Year())
		if y := r.Start.Year(); y >= 1678 && y <= 2261 {
			date = r.Start.Format("2006-01-02")
		}
	}
	actor1, actor2 := "", ""
	var assoc1, assoc2 []string
	if len(e.Actors) > 0 {
		actor1 = e.Actors[0]
	}
	for _, t := range e.Targets {
		if t == actor1 {
			continue
		}
		if actor2 == "" {
			actor2 = t
		} else {
			assoc2 = append(assoc2, t)
		}
	}
	for _, a := range e.Actors[min(1, len(e.Actors)):] {
		if a == actor2 || contains(assoc2, a) {
			continue
		}
		if actor2 == "" && len(e.Targets) == 0 {
			actor2 = a
			continue
		}
		assoc1 = append(assoc1, a)
	}
	inter1, inter2 := interCode(kinds[actor1], actor1), interCode(kinds[actor2], actor2)
	interaction := ""
	if inter1 != "" {
		interaction = inter1
		if inter2 != "" {
			if inter2 < inter1 {
				interaction = inter2 + inter1
			} else {
				interaction = inter1 + inter2
			}
		} else {
			interaction += "0"
		}
	}
	civilian := ""
	if evType == model.ACLEDViolenceCivilians {
		civilian = "Civilian targeting"
	}
	country := actors.CountryOf(e.Place)
	if country == "" {
		// A place that is a territory by another name ("Gaza", "West
		// Bank") is filed under ACLED's name for its country.
		if reg, ok := regionFor(e.Place); ok {
			country = acledCountryName(reg)
		}
	}
	iso, iso3 := "", "XXX"
	if reg, ok := regionFor(country); ok {
		iso = strconv.Itoa(reg.M49())
		if c := reg.ISO3(); c != "" {
			iso3 = c
		}
	}
	var outlets []string
	for _, s := range e.Sources {
		name := s.Outlet
		if name == "" {
			name = s.File
		}
		if !contains(outlets, name) {
			outlets = append(outlets, name)
		}
	}
	notes := e.Summary
	if len(e.Sources) > 0 {
		notes = strings.Join(strings.Fields(e.Sources[0].Text), " ")
	}
	var tags []string
	if e.Date.Inferred {
		tags = append(tags, "date inferred")
	}
	if e.Background {
		tags = append(tags, "background mention")
	}
	for _, d := range e.Disagreements {
		tags = append(tags, "sources disagree on "+d.Field)
	}
	fatalities := strconv.Itoa(e.Figures.Killed)
	return []string{
		iso3 + eventNumber(e.ID), date, year, strconv.Itoa(prec), disorder, evType, sub,
		actor1, strings.Join(assoc1, "; "), inter1, actor2, strings.Join(assoc2, "; "), inter2, interaction, civilian,
		iso, "", country, "", "", "", e.Place, "", "", "",
		strings.Join(outlets, "; "), "", notes, fatalities, strings.Join(tags, "; "), "",
		e.ID, e.Type, headline(e), strconv.Itoa(e.Figures.Wounded), e.Date.Text, strconv.Itoa(len(e.Sources)),
	}, true
}

// interCode is ACLED's actor category: 1 state forces, 3 political
// militias (the armed groups news names), 7 civilians, 8 other (external
// organizations, persons, media); "" for no actor.
func interCode(kind, name string) string {
	if name == "" {
		return ""
	}
	switch kind {
	case model.KindState:
		return "1"
	case model.KindArmedGroup:
		return "3"
	}
	if strings.Contains(strings.ToLower(name), "civilian") {
		return "7"
	}
	return "8"
}

// eventNumber is a stable number for an event id: ACLED's event_id_cnty
// is a country code followed by a number.
func eventNumber(id string) string {
	h := fnv.New32a()
	h.Write([]byte(id))
	return strconv.FormatUint(uint64(h.Sum32()), 10)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

var (
	regionsOnce  sync.Once
	regionByName map[string]language.Region
)

// regionFor finds the ISO 3166 country with this English name
// ("Jordan", "United States"), from the CLDR names golang.org/x/text
// carries.
func regionFor(name string) (language.Region, bool) {
	if name == "" {
		return language.Region{}, false
	}
	regionsOnce.Do(func() {
		regionByName = map[string]language.Region{}
		namer := display.English.Regions()
		for a := 'A'; a <= 'Z'; a++ {
			for b := 'A'; b <= 'Z'; b++ {
				reg, err := language.ParseRegion(string([]rune{a, b}))
				if err != nil || !reg.IsCountry() {
					continue
				}
				if n := namer.Name(reg); n != "" {
					regionByName[strings.ToLower(n)] = reg
				}
			}
		}
		// Names news uses where CLDR's differ.
		for alias, code := range map[string]string{
			"palestine": "PS", "palestinian territories": "PS", "gaza": "PS", "gaza strip": "PS", "west bank": "PS",
			"burma": "MM", "myanmar": "MM", "democratic republic of congo": "CD", "congo": "CG",
			"ivory coast": "CI", "russia": "RU", "south korea": "KR", "north korea": "KP", "syria": "SY",
			"britain": "GB", "united kingdom": "GB", "us": "US", "united states": "US", "czech republic": "CZ",
		} {
			if reg, err := language.ParseRegion(code); err == nil {
				regionByName[alias] = reg
			}
		}
	})
	reg, ok := regionByName[strings.ToLower(strings.TrimSpace(name))]
	return reg, ok
}

// acledNames are ACLED's spellings of countries whose CLDR English name
// differs, so a group-by on country joins ACLED's own files.
var acledNames = map[string]string{
	"PS": "Palestine", "CD": "Democratic Republic of Congo", "CG": "Republic of Congo",
	"CI": "Ivory Coast", "MM": "Myanmar", "CZ": "Czech Republic", "BA": "Bosnia and Herzegovina",
	"TR": "Turkey", "SZ": "eSwatini", "HK": "Hong Kong", "MO": "Macau", "VA": "Vatican City",
}

// acledCountryName is the country's name as ACLED writes it.
func acledCountryName(reg language.Region) string {
	if n, ok := acledNames[reg.String()]; ok {
		return n
	}
	return display.English.Regions().Name(reg)
}
