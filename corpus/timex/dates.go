package timex

import (
	"fmt"
	"strconv"
	"time"
)

func mkDay(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func fmtDay(t time.Time) string   { return t.Format("2006-01-02") }
func fmtMonth(t time.Time) string { return t.Format("2006-01") }

// fmtYear writes a year; before year 1 ("2,500 years ago") it is a BC
// year as TIMEX3 writes them (the calendar's year 0 is 1 BC).
func fmtYear(y int) string {
	if y <= 0 {
		return fmt.Sprintf("BC%04d", 1-y)
	}
	return fmt.Sprintf("%04d", y)
}

func fmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

func quarterOf(m int) int { return (m-1)/3 + 1 }

func fmtQuarter(y, q int) string { return fmt.Sprintf("%04d-Q%d", y, q) }

// isoWeekday returns Monday=1 … Sunday=7.
func isoWeekday(t time.Time) int {
	wd := int(t.Weekday())
	if wd == 0 {
		return 7
	}
	return wd
}

// weekdayNear returns the day with ISO weekday wd on or before t (past)
// or on or after t (future).
func weekdayNear(t time.Time, wd int, future bool) time.Time {
	diff := wd - isoWeekday(t)
	if future {
		if diff < 0 {
			diff += 7
		}
		return t.AddDate(0, 0, diff)
	}
	if diff > 0 {
		diff -= 7
	}
	return t.AddDate(0, 0, diff)
}

// validDay reports whether y-m-d is a calendar date.
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	return mkDay(y, m, d).Day() == d
}

// formatAt formats t at granularity g.
func formatAt(t time.Time, g int) string {
	switch g {
	case gSecond, gMinute, gHour:
		return t.Format("2006-01-02T15:04")
	case gDay:
		return fmtDay(t)
	case gWeek:
		return fmtWeek(t)
	case gMonth:
		return fmtMonth(t)
	case gQuarter:
		return fmtQuarter(t.Year(), quarterOf(int(t.Month())))
	case gYear:
		return fmtYear(t.Year())
	case gDecade:
		return strconv.Itoa(t.Year() / 10)
	default:
		return strconv.Itoa(t.Year() / 100)
	}
}

// unknownAt is the TIMEX3 value of a date of granularity g whose anchor
// (the document date) is unknown.
func unknownAt(g int) string {
	switch g {
	case gSecond, gMinute, gHour, gDay:
		return "XXXX-XX-XX"
	case gWeek:
		return "XXXX-WXX"
	case gMonth:
		return "XXXX-XX"
	case gQuarter:
		return "XXXX-QX"
	case gYear:
		return "XXXX"
	case gDecade:
		return "XXX"
	default:
		return "XX"
	}
}

// shift moves t by n units of granularity g.
func shift(t time.Time, g, n int) time.Time {
	switch g {
	case gSecond:
		return t.Add(time.Duration(n) * time.Second)
	case gMinute:
		return t.Add(time.Duration(n) * time.Minute)
	case gHour:
		return t.Add(time.Duration(n) * time.Hour)
	case gDay:
		return t.AddDate(0, 0, n)
	case gWeek:
		return t.AddDate(0, 0, 7*n)
	case gMonth:
		return addMonths(t, n)
	case gQuarter:
		return addMonths(t, 3*n)
	case gYear:
		return t.AddDate(n, 0, 0)
	case gDecade:
		return t.AddDate(10*n, 0, 0)
	default:
		return t.AddDate(100*n, 0, 0)
	}
}

// addMonths adds months without the day overflow of AddDate (Jan 31 + 1 month).
func addMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC).AddDate(0, n, 0)
	last := first.AddDate(0, 1, -1).Day()
	if d > last {
		d = last
	}
	return time.Date(first.Year(), first.Month(), d, t.Hour(), t.Minute(), 0, 0, time.UTC)
}

// fmtDuration renders n units as a TIMEX3 duration; n < 0 means "some" (PXY).
func fmtDuration(n float64, u unit) string {
	prefix := "P"
	if u.time {
		prefix = "PT"
	}
	if n < 0 {
		if u.mult == 10 && u.letter == "Y" {
			// "decades", "several decades": TIMEX3's decade unit (PXDE);
			// a counted "two decades" stays years (P20Y, as seed-gold)
			return "PXDE"
		}
		return prefix + "X" + u.letter
	}
	n *= float64(u.mult)
	if n != float64(int(n)) {
		// a half: 2 1/2 years = P2Y6M, 5 1/2 hours = PT5H30M
		whole := int(n)
		frac := n - float64(whole)
		// "half an hour" is PT30M, not PT0H30M
		lead := func(f string) string {
			if whole == 0 {
				return ""
			}
			return fmt.Sprintf(f, whole)
		}
		switch u.letter {
		case "Y":
			if !u.time {
				return fmt.Sprintf("P%s%dM", lead("%dY"), int(frac*12+0.5))
			}
		case "H":
			return fmt.Sprintf("PT%s%dM", lead("%dH"), int(frac*60+0.5))
		case "M":
			if u.time {
				return fmt.Sprintf("PT%s%dS", lead("%dM"), int(frac*60+0.5))
			}
		case "D":
			if !u.time {
				return fmt.Sprintf("P%sT%dH", lead("%dD"), int(frac*24+0.5))
			}
		}
		return prefix + strconv.FormatFloat(n, 'f', -1, 64) + u.letter
	}
	return prefix + strconv.Itoa(int(n)) + u.letter
}
