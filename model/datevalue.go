package model

import (
	"strconv"
	"strings"
	"time"
)

// Precisions of an event date, finest first.
const (
	PrecisionDay     = "day"
	PrecisionWeek    = "week"
	PrecisionMonth   = "month"
	PrecisionQuarter = "quarter"
	PrecisionSeason  = "season"
	PrecisionYear    = "year"
	PrecisionDecade  = "decade"
	PrecisionCentury = "century"
	PrecisionUnknown = "unknown"
)

// DateRange is the span of calendar time a TIMEX3 date value denotes:
// [Start, End) in UTC, at a precision.
type DateRange struct {
	Start, End time.Time
	Precision  string
}

// IsZero reports whether the range is unset (a value with no calendar anchor).
func (r DateRange) IsZero() bool { return r.Start.IsZero() }

// Contains reports whether o lies wholly within r.
func (r DateRange) Contains(o DateRange) bool {
	return !r.IsZero() && !o.IsZero() && !o.Start.Before(r.Start) && !o.End.After(r.End)
}

// Overlaps reports whether r and o share any instant.
func (r DateRange) Overlaps(o DateRange) bool {
	return !r.IsZero() && !o.IsZero() && r.Start.Before(o.End) && o.Start.Before(r.End)
}

// Compatible reports whether two ranges can name the same happening: one
// contains the other (a day in its week, month or year).
func (r DateRange) Compatible(o DateRange) bool { return r.Contains(o) || o.Contains(r) }

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// ParseDateValue reads a TIMEX3 DATE value (or the date part of a TIME
// value) into the range it denotes. Values with no calendar anchor
// (PAST_REF, XXXX-10-04, durations) give ok=false.
func ParseDateValue(v string) (DateRange, bool) {
	v = strings.TrimSpace(v)
	if i := strings.IndexByte(v, 'T'); i > 0 {
		v = v[:i] // TIME: keep the day
	}
	if strings.HasPrefix(v, "BC") && len(v) >= 6 && allDigits(v[2:6]) {
		// Astronomical numbering: 1 BC is year 0.
		y, _ := strconv.Atoi(v[2:6])
		if len(v) == 6 {
			return DateRange{day(1-y, 1, 1), day(2-y, 1, 1), PrecisionYear}, true
		}
		return DateRange{}, false
	}
	if len(v) == 4 && strings.HasPrefix(v, "BC") && allDigits(v[2:]) {
		// century BC "BC10": the 1000s BC, 1099 to 1000 BC, mirroring
		// "10" for the 1000s
		c, _ := strconv.Atoi(v[2:])
		return DateRange{day(1-(c*100+99), 1, 1), day(2-c*100, 1, 1), PrecisionCentury}, true
	}
	if len(v) == 2 && allDigits(v) { // century "19"
		c, _ := strconv.Atoi(v)
		return DateRange{day(c*100, 1, 1), day(c*100+100, 1, 1), PrecisionCentury}, true
	}
	if len(v) < 3 || v[0] < '0' || v[0] > '9' {
		return DateRange{}, false
	}
	// Decade "199" or century "19".
	if len(v) == 3 && allDigits(v) {
		y, _ := strconv.Atoi(v)
		return DateRange{day(y*10, 1, 1), day(y*10+10, 1, 1), PrecisionDecade}, true
	}
	if len(v) == 4 && strings.HasSuffix(v, "X") && allDigits(v[:3]) {
		y, _ := strconv.Atoi(v[:3])
		return DateRange{day(y*10, 1, 1), day(y*10+10, 1, 1), PrecisionDecade}, true
	}
	if len(v) < 4 || !allDigits(v[:4]) {
		return DateRange{}, false
	}
	y, _ := strconv.Atoi(v[:4])
	rest := v[4:]
	switch {
	case rest == "":
		return DateRange{day(y, 1, 1), day(y+1, 1, 1), PrecisionYear}, true
	case len(rest) == 3 && rest[0] == '-' && rest[1] == 'Q' && rest[2] >= '1' && rest[2] <= '4':
		q := int(rest[2] - '0')
		return DateRange{day(y, 3*q-2, 1), day(y, 3*q+1, 1), PrecisionQuarter}, true
	case len(rest) == 3 && rest[0] == '-' && rest[1] == 'H' && (rest[2] == '1' || rest[2] == '2'):
		h := int(rest[2] - '0')
		return DateRange{day(y, 6*h-5, 1), day(y, 6*h+1, 1), PrecisionQuarter}, true
	case strings.HasPrefix(rest, "-W") && len(rest) == 7 && allDigits(rest[2:4]) && rest[4:] == "-WE":
		// The weekend of an ISO week: its Saturday and Sunday.
		w, _ := strconv.Atoi(rest[2:4])
		if w < 1 || w > 53 {
			return DateRange{}, false
		}
		sat := isoWeekStart(y, w).AddDate(0, 0, 5)
		return DateRange{sat, sat.AddDate(0, 0, 2), PrecisionWeek}, true
	case strings.HasPrefix(rest, "-W") && len(rest) == 4 && allDigits(rest[2:]):
		w, _ := strconv.Atoi(rest[2:])
		if w < 1 || w > 53 {
			return DateRange{}, false
		}
		start := isoWeekStart(y, w)
		return DateRange{start, start.AddDate(0, 0, 7), PrecisionWeek}, true
	case len(rest) == 3 && rest[0] == '-':
		switch rest[1:] {
		case "SP":
			return DateRange{day(y, 3, 1), day(y, 6, 1), PrecisionSeason}, true
		case "SU":
			return DateRange{day(y, 6, 1), day(y, 9, 1), PrecisionSeason}, true
		case "FA":
			return DateRange{day(y, 9, 1), day(y, 12, 1), PrecisionSeason}, true
		case "WI":
			return DateRange{day(y, 12, 1), day(y+1, 3, 1), PrecisionSeason}, true
		}
		if allDigits(rest[1:]) {
			m, _ := strconv.Atoi(rest[1:])
			if m >= 1 && m <= 12 {
				return DateRange{day(y, m, 1), day(y, m+1, 1), PrecisionMonth}, true
			}
		}
	case len(rest) == 6 && rest[0] == '-' && rest[3] == '-' && allDigits(rest[1:3]) && allDigits(rest[4:]):
		m, _ := strconv.Atoi(rest[1:3])
		d, _ := strconv.Atoi(rest[4:])
		t := day(y, m, d)
		if m < 1 || m > 12 || d < 1 || t.Day() != d {
			return DateRange{}, false
		}
		return DateRange{t, t.AddDate(0, 0, 1), PrecisionDay}, true
	}
	return DateRange{}, false
}

// PrecisionOf returns the precision of a TIMEX3 date value, or
// PrecisionUnknown when it has no calendar anchor.
func PrecisionOf(v string) string {
	r, ok := ParseDateValue(v)
	if !ok {
		return PrecisionUnknown
	}
	return r.Precision
}

// CompatibleValues reports whether two TIMEX3 date values can name the
// same happening (same date at different precisions).
func CompatibleValues(a, b string) bool {
	ra, oka := ParseDateValue(a)
	rb, okb := ParseDateValue(b)
	return oka && okb && ra.Compatible(rb)
}

// ACLEDPrecision maps a precision to ACLED's time_precision code:
// 1 day, 2 week, 3 month or coarser.
func ACLEDPrecision(p string) int {
	switch p {
	case PrecisionDay:
		return 1
	case PrecisionWeek:
		return 2
	default:
		return 3
	}
}

func isoWeekStart(y, w int) time.Time {
	// ISO week 1 holds January 4th; weeks start on Monday.
	jan4 := day(y, 1, 4)
	wd := int(jan4.Weekday())
	if wd == 0 {
		wd = 7
	}
	return jan4.AddDate(0, 0, 1-wd+7*(w-1))
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
