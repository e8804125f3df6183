package clean

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

var months = map[string]int{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
	"september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

const (
	weekdayPat = `(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?`
	monthPat   = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
	labelPat   = `(?:(?:published|updated|posted|last updated|date)\s*:?\s*)?`
	timePat    = `(?:\s*(?:[,|–—-]|at)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,4}\)?|\s*[+-]\d{2}:?\d{2})?)?`
)

var (
	dateMDY = lazy(`(?i)^` + labelPat + weekdayPat + monthPat + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})` + timePat + `$`)
	dateDMY = lazy(`(?i)^` + labelPat + weekdayPat + `(\d{1,2})(?:st|nd|rd|th)?\s+` + monthPat + `,?\s+(\d{4})` + timePat + `$`)
	dateISO = lazy(`(?i)^` + labelPat + `(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?$`)
)

// ParseDateLine reads a block that is nothing but a calendar date ("Saturday,
// May 4, 2024", "4 May 2024 10:32 GMT", "Published: 2024-05-04") and returns
// it as YYYY-MM-DD.
func ParseDateLine(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) > 60 {
		return "", false
	}
	var y, m, d int
	if g := dateMDY.FindStringSubmatch(s); g != nil {
		m = months[strings.ToLower(strings.TrimSuffix(g[1], "."))]
		d, _ = strconv.Atoi(g[2])
		y, _ = strconv.Atoi(g[3])
	} else if g := dateDMY.FindStringSubmatch(s); g != nil {
		d, _ = strconv.Atoi(g[1])
		m = months[strings.ToLower(strings.TrimSuffix(g[2], "."))]
		y, _ = strconv.Atoi(g[3])
	} else if g := dateISO.FindStringSubmatch(s); g != nil {
		y, _ = strconv.Atoi(g[1])
		m, _ = strconv.Atoi(g[2])
		d, _ = strconv.Atoi(g[3])
	} else {
		return "", false
	}
	return validDate(y, m, d)
}

func validDate(y, m, d int) (string, bool) {
	if y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 {
		return "", false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
}

// NormalizeDate reads a metadata date (front matter, manifest, JSONL,
// HTML meta) in the usual machine and human forms and returns YYYY-MM-DD.
func NormalizeDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' {
		y, e1 := strconv.Atoi(s[:4])
		m, e2 := strconv.Atoi(s[5:7])
		d, e3 := strconv.Atoi(s[8:10])
		if e1 == nil && e2 == nil && e3 == nil {
			return validDate(y, m, d)
		}
	}
	for _, layout := range []string{time.RFC3339, time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822, "2006/01/02", "02.01.2006", "20060102"} {
		if t, err := time.Parse(layout, s); err == nil {
			return validDate(t.Year(), int(t.Month()), t.Day())
		}
	}
	return ParseDateLine(s)
}
