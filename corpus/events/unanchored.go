package events

import (
	"strconv"
	"strings"
	"time"
)

// Dates with an unknown year come from articles whose publication date is
// unknown: "on Sunday" is XXXX-WXX-7, "October 4" XXXX-10-04. They cannot
// be placed on the calendar, but what they do say (the weekday, the month
// and day) must agree with any date they are merged with.

// yearUnknown reports whether an item's own date names a day, week or
// month of an unknown year.
func yearUnknown(it *item) bool {
	return !it.dated && !it.undated && strings.HasPrefix(it.ev.Date.Value, "XXXX-")
}

// unanchoredDay reads an unknown-year value as a test on calendar days and
// the longest range it may be matched against (a weekday names a day of
// one week, a month-day a day of one month); ok is false for values that
// say too little (XXXX, XXXX-SU).
func unanchoredDay(v string) (match func(time.Time) bool, span time.Duration, ok bool) {
	rest, found := strings.CutPrefix(v, "XXXX-")
	if !found {
		return nil, 0, false
	}
	if i := strings.IndexByte(rest, 'T'); i >= 0 {
		rest = rest[:i]
	}
	const day = 24 * time.Hour
	switch {
	case len(rest) == 5 && strings.HasPrefix(rest, "WXX-") && rest[4] >= '1' && rest[4] <= '7':
		wd := time.Weekday(int(rest[4]-'0') % 7) // ISO 7 = Sunday
		return func(t time.Time) bool { return t.Weekday() == wd }, 7 * day, true
	case len(rest) == 5 && rest[2] == '-':
		m, err1 := strconv.Atoi(rest[:2])
		d, err2 := strconv.Atoi(rest[3:])
		if err1 != nil || err2 != nil || m < 1 || m > 12 || d < 1 || d > 31 {
			return nil, 0, false
		}
		return func(t time.Time) bool { return int(t.Month()) == m && t.Day() == d }, 31 * day, true
	case len(rest) == 2:
		m, err := strconv.Atoi(rest)
		if err != nil || m < 1 || m > 12 {
			return nil, 0, false
		}
		return func(t time.Time) bool { return int(t.Month()) == m }, 31 * day, true
	}
	return nil, 0, false
}

// unanchoredFits reports whether an unknown-year value can name a day of
// a calendar range no longer than the value's own reach: "Sunday" fits
// a Sunday or the week holding one, never a Tuesday; "October 4" fits
// 1997-10-04 or October 1997, never 1997-10-05 or the year 1997.
func unanchoredFits(v string, r dayRange) bool {
	match, reach, ok := unanchoredDay(v)
	if !ok || r.IsZero() || time.Duration(r.days())*24*time.Hour > reach {
		return false
	}
	for d := r.s; d < r.e; d++ {
		if match(dayTime(d)) {
			return true
		}
	}
	return false
}

// unanchoredCompatible reports whether two unknown-year values can name
// the same happening: the same value, or a month and a day in it
// (XXXX-10 and XXXX-10-04). A weekday and a month-day are not taken as
// one: nothing ties them without the year.
func unanchoredCompatible(a, b string) bool {
	if a == b {
		_, _, ok := unanchoredDay(a)
		return ok
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	_, _, ok := unanchoredDay(b)
	return ok && len(a) == len("XXXX-10") && a[5] != 'W' && strings.HasPrefix(b, a+"-")
}
