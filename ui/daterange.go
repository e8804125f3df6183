package ui

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/annals/annals/model"
)

var relRe = regexp.MustCompile(`^(?:last|past)\s+(\d+)\s*(day|week|month|year)s?$`)

// parseDateRange reads what a user types at the `d` prompt into inclusive
// From/To bounds for index.Query: "2024", "2024-08", "2024-08-05",
// "2024-08..2024-10" (either side may be empty), "since 2024-08",
// "until 2024-10", and relative spans ("last 90 days", "past 3 months")
// counted back from anchor, the corpus's latest event date, because a
// timeline of an archive has its own "now". Empty clears the range.
func parseDateRange(s string, anchor time.Time) (from, to string, err error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return "", "", nil
	}
	if m := relRe.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		if n <= 0 || n > 100000 {
			return "", "", fmt.Errorf("%q: the count must be between 1 and 100000", s)
		}
		if anchor.IsZero() {
			anchor = time.Now().UTC()
		}
		var start time.Time
		switch m[2] {
		case "day":
			start = anchor.AddDate(0, 0, -(n - 1))
		case "week":
			start = anchor.AddDate(0, 0, -7*n+1)
		case "month":
			start = anchor.AddDate(0, -n, 1)
		case "year":
			start = anchor.AddDate(-n, 0, 1)
		}
		return start.Format("2006-01-02"), anchor.Format("2006-01-02"), nil
	}
	for _, p := range []string{"since ", "from ", "after "} {
		if strings.HasPrefix(s, p) {
			v, err := checkDate(strings.TrimPrefix(s, p))
			return v, "", err
		}
	}
	for _, p := range []string{"until ", "to ", "before "} {
		if strings.HasPrefix(s, p) {
			v, err := checkDate(strings.TrimPrefix(s, p))
			return "", v, err
		}
	}
	for _, sep := range []string{"..", " to ", " - "} {
		if i := strings.Index(s, sep); i >= 0 {
			a, b := strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+len(sep):])
			if a != "" {
				if from, err = checkDate(a); err != nil {
					return "", "", err
				}
			}
			if b != "" {
				if to, err = checkDate(b); err != nil {
					return "", "", err
				}
			}
			if from == "" && to == "" {
				return "", "", fmt.Errorf("%q: give at least one date", s)
			}
			if from != "" && to != "" && from > to {
				return "", "", fmt.Errorf("%q: the range ends before it starts", s)
			}
			return from, to, nil
		}
	}
	if m := decadeRe.FindStringSubmatch(s); m != nil {
		// "1990s", as the timeline labels a decade
		return m[1] + "0", m[1] + "9", nil
	}
	v, err := checkDate(s)
	return v, v, err
}

var decadeRe = regexp.MustCompile(`^(\d{3})0s$`)

// checkDate accepts YYYY, YYYY-MM or YYYY-MM-DD.
func checkDate(s string) (string, error) {
	r, ok := model.ParseDateValue(s)
	if ok {
		switch r.Precision {
		case model.PrecisionDay, model.PrecisionMonth, model.PrecisionYear:
			if len(s) == 4 || len(s) == 7 || len(s) == 10 {
				return s, nil
			}
		}
	}
	return "", fmt.Errorf("%q is not a date: use 2024, 2024-08, 2024-08-05, 1990s, a range 2024-08..2024-10, or \"last 90 days\"", s)
}

// rangeLabel is the chip text of a date range.
func rangeLabel(from, to string) string {
	switch {
	case from == "" && to == "":
		return ""
	case from == to:
		return from
	case to == "":
		return "since " + from
	case from == "":
		return "until " + to
	}
	return from + ".." + to
}
