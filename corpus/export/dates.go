package export

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/annals/annals/model"
)

// DisplayDate renders an event date for people: "28 January 2024",
// "week of 29 January 2024", "January 2024", "2024", "1990s", "AD 505",
// "1354 BC".
func DisplayDate(d model.EventDate) string {
	r, ok := model.ParseDateValue(d.Value)
	if !ok {
		return unanchored(d.Value)
	}
	y := r.Start.Year()
	s := ""
	switch d.Precision {
	case model.PrecisionDay:
		s = fmt.Sprintf("%d %s %s", r.Start.Day(), r.Start.Month(), YearName(y))
	case model.PrecisionWeek:
		s = fmt.Sprintf("week of %d %s %s", r.Start.Day(), r.Start.Month(), YearName(y))
	case model.PrecisionMonth:
		s = r.Start.Month().String() + " " + YearName(y)
	case model.PrecisionQuarter, model.PrecisionSeason:
		last := r.End.AddDate(0, 0, -1)
		s = r.Start.Month().String() + "–" + last.Month().String() + " " + YearName(last.Year())
	case model.PrecisionDecade, model.PrecisionCentury:
		s = PeriodName(r)
	default:
		s = YearName(y)
	}
	switch d.Mod {
	case "START":
		s = "early " + s
	case "MID":
		s = "mid " + s
	case "END":
		s = "late " + s
	}
	if d.Inferred {
		s += " (inferred)"
	}
	return s
}

// YearName writes a year as people write it: "2024", "AD 505" (a bare
// "505" or "0505" reads as a number), "1354 BC" (the calendar's year 0 is
// 1 BC).
func YearName(y int) string {
	switch {
	case y <= 0:
		return strconv.Itoa(1-y) + " BC"
	case y < 1000:
		return "AD " + strconv.Itoa(y)
	}
	return strconv.Itoa(y)
}

// PeriodName writes a decade or century by its round year: "1990s",
// "1000s", and before year 1 "1000s BC" (1099 to 1000 BC).
func PeriodName(r model.DateRange) string {
	if y := r.Start.Year(); y > 0 {
		if y < 1000 {
			return strconv.Itoa(y) + "s AD"
		}
		return strconv.Itoa(y) + "s"
	}
	return strconv.Itoa(1-(r.End.Year()-1)) + "s BC"
}

// unanchored renders a value whose year the text does not give:
// "XXXX-10-04" → "4 October (year unknown)".
func unanchored(v string) string {
	if v == "" {
		return "undated"
	}
	weekdays := []string{"", "a Monday", "a Tuesday", "a Wednesday", "a Thursday", "a Friday", "a Saturday", "a Sunday"}
	switch {
	case v == "XXXX":
		return "year unknown"
	case v == "XXXX-WXX":
		return "a week (date unknown)"
	case strings.HasPrefix(v, "XXXX-WXX-") && len(v) == 10 && v[9] >= '1' && v[9] <= '7':
		return weekdays[v[9]-'0'] + " (date unknown)"
	}
	if strings.HasPrefix(v, "XXXX-") {
		if r, ok := model.ParseDateValue("2000" + v[4:]); ok {
			switch r.Precision {
			case model.PrecisionDay:
				return r.Start.Format("2 January") + " (year unknown)"
			case model.PrecisionMonth:
				return r.Start.Format("January") + " (year unknown)"
			}
		}
	}
	return model.SafeLine(v)
}
