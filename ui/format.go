package ui

import (
	"strings"

	"github.com/annals/annals/corpus/export"
	"github.com/annals/annals/model"
	"github.com/charmbracelet/x/ansi"
)

// fit truncates a (possibly styled) string to w cells and pads it to
// exactly w, so columns and panes never overflow.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	n := ansi.StringWidth(s)
	if n > w {
		s = ansi.Truncate(s, w, "…")
		n = ansi.StringWidth(s)
	}
	if n < w {
		s += strings.Repeat(" ", w-n)
	}
	return s
}

// trunc truncates without padding.
func trunc(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if ansi.StringWidth(s) > w {
		return ansi.Truncate(s, w, "…")
	}
	return s
}

// truncLeft truncates from the left, keeping the end: for a file path
// the distinguishing part is its name, not the folders it shares with
// every other article of the corpus.
func truncLeft(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if ansi.StringWidth(s) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 0 && ansi.StringWidth(string(r))+1 > w {
		r = r[1:]
	}
	return "…" + string(r)
}

// fitLines makes a block exactly w×h: each line fitted, missing lines blank.
func fitLines(lines []string, w, h int) string {
	if h <= 0 {
		return ""
	}
	out := make([]string, h)
	for i := range out {
		if i < len(lines) {
			out[i] = fit(lines[i], w)
		} else {
			out[i] = fit("", w)
		}
	}
	return strings.Join(out, "\n")
}

var monthAbbr = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// fmtDate shows an event date as precisely as it is known: 2024-08-05,
// Aug 2024, 2024-W43, 2024; a leading ~ marks an inferred date.
func fmtDate(d model.EventDate) string {
	v := d.Value
	out := v
	if r, ok := model.ParseDateValue(v); ok {
		switch r.Precision {
		case model.PrecisionDay:
			out = r.Start.Format("2006-01-02")
		case model.PrecisionMonth:
			out = monthAbbr[r.Start.Month()-1] + " " + r.Start.Format("2006")
		case model.PrecisionYear:
			out = yearName(r.Start.Year())
		case model.PrecisionDecade, model.PrecisionCentury:
			out = periodName(r)
		case model.PrecisionQuarter:
			if i := strings.Index(v, "-Q"); i > 0 {
				out = v[i+1:] + " " + yearName(r.Start.Year())
			}
		case model.PrecisionSeason:
			if i := strings.LastIndexByte(v, '-'); i > 0 {
				if name, ok := seasonNames[v[i+1:]]; ok {
					out = name + " " + yearName(r.Start.Year())
				}
			}
		}
		if strings.HasSuffix(v, "-WE") {
			// a weekend: the week, marked
			out = strings.TrimSuffix(v, "-WE") + "·we"
		}
	} else if v == "" {
		out = "undated"
	} else if strings.HasPrefix(v, "XXXX") {
		out = unknownYear(v)
	}
	if d.Inferred {
		out = "~" + out
	}
	return out
}

// monthKey is the YYYY-MM bucket an event falls in for separators and the
// density strip ("" when undated); year-precision events get "YYYY".
func monthKey(d model.EventDate) string {
	r, ok := model.ParseDateValue(d.Value)
	if !ok {
		return ""
	}
	if r.Precision == model.PrecisionYear || r.Precision == model.PrecisionDecade || r.Precision == model.PrecisionCentury {
		return r.Start.Format("2006")
	}
	return r.Start.Format("2006-01")
}

// unknownYear writes a date whose year the text never gives, as a
// reader would: "????-10-04", "Oct ????", "a Monday".
func unknownYear(v string) string {
	days := [...]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	switch {
	case len(v) == 10 && strings.HasPrefix(v, "XXXX-WXX-") && v[9] >= '1' && v[9] <= '7':
		return "a " + days[v[9]-'1']
	case strings.HasPrefix(v, "XXXX-W"):
		return "a week ????"
	case len(v) == 7 && v[5] >= '0' && v[5] <= '1':
		if m := (int(v[5]-'0'))*10 + int(v[6]-'0'); m >= 1 && m <= 12 {
			return monthAbbr[m-1] + " ????"
		}
	case len(v) >= 10:
		return "????" + v[4:10]
	}
	return v
}

// seasonNames reads TIMEX3 season codes.
var seasonNames = map[string]string{"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}

// yearName and periodName write years and periods as the exports do
// ("AD 505", "1354 BC", "1990s", "1000s BC"): one reading everywhere.
func yearName(y int) string { return export.YearName(y) }

func periodName(r model.DateRange) string { return export.PeriodName(r) }

// sectionLabel names the separator above an event: "August 2024",
// "2024", "1990s", "1354 BC".
func sectionLabel(d model.EventDate) string {
	r, ok := model.ParseDateValue(d.Value)
	if !ok {
		return "undated"
	}
	switch r.Precision {
	case model.PrecisionYear:
		return yearName(r.Start.Year())
	case model.PrecisionDecade, model.PrecisionCentury:
		return periodName(r)
	}
	if r.Start.Year() <= 0 {
		return monthAbbr[r.Start.Month()-1] + " " + yearName(r.Start.Year())
	}
	return r.Start.Format("January 2006")
}

// plural formats a count with its noun.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return itoa(n) + " " + many
}

func itoa(n int) string {
	// Thousands separators help read 100,000 at a glance.
	s := []byte(strings.TrimSpace(strings.Repeat(" ", 0)))
	neg := n < 0
	if neg {
		n = -n
	}
	digits := []byte{}
	if n == 0 {
		digits = []byte{'0'}
	}
	for i := 0; n > 0; i++ {
		if i > 0 && i%3 == 0 {
			digits = append(digits, ',')
		}
		digits = append(digits, byte('0'+n%10))
		n /= 10
	}
	if neg {
		s = append(s, '-')
	}
	for i := len(digits) - 1; i >= 0; i-- {
		s = append(s, digits[i])
	}
	return string(s)
}

func ansiW(s string) int { return ansi.StringWidth(s) }

func typeOrder() []string { return model.EventTypes }
