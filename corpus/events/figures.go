package events

import (
	"strconv"
	"strings"

	"github.com/annals/annals/model"
)

var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
	"dozen": 12, "a dozen": 12,
}

// parseNumber reads a count written as digits ("34", "2,500") or in words
// ("three", "twenty-five"). Years and other four-digit numbers without a
// comma between 1900 and 2100 are not counts.
func parseNumber(w string) (int, bool) {
	if n, ok := numberWords[w]; ok {
		return n, true
	}
	if i := strings.IndexByte(w, '-'); i > 0 {
		a, ok1 := numberWords[w[:i]]
		b, ok2 := numberWords[w[i+1:]]
		if ok1 && ok2 && a >= 20 && b < 10 {
			return a + b, true
		}
	}
	if w == "" || w[0] < '0' || w[0] > '9' {
		return 0, false
	}
	if strings.ContainsAny(w, ".") {
		return 0, false
	}
	plain := strings.ReplaceAll(w, ",", "")
	n, err := strconv.Atoi(plain)
	if err != nil {
		return 0, false
	}
	if plain == w && len(w) == 4 && n >= 1900 && n <= 2100 {
		return 0, false
	}
	return n, true
}

var (
	killVerbs  = setOf("killed killing kills kill dead died deaths death lives fatalities")
	woundVerbs = setOf("wounded wounding injured injuring injuries wounds wounds hurt")
	countNouns = setOf("attacks strikes airstrikes drones rockets missiles raids explosions bombings")
	qualifiers = setOf("more than over at least about nearly almost some around up to")
)

// extractFigures reads tolls and counts from the words of one clause:
// "killed three US troops and wounded 34", "three US personnel were
// killed", "claimed the lives of three", "23 deaths", "more than 150 drone
// or rocket attacks". A number counts as a toll only when a kill or wound
// word sits next to its noun phrase, so "2,500 US personnel" and "Tower 22"
// stay out.
func extractFigures(ws []word) model.Figures {
	var f model.Figures
	for i, w := range ws {
		n, ok := parseNumber(w.lower)
		if !ok || n == 0 {
			continue
		}
		// Do not read "Tower 22" or "Resolution 1701": a number right after
		// a capitalized name is part of the name.
		if i > 0 && isNamePart(ws[i-1]) {
			continue
		}
		// "No one was hurt": a denial, not a toll of one.
		if i > 0 && (ws[i-1].lower == "no" || ws[i-1].lower == "not") {
			continue
		}
		kind := ""
		// Before: "killed [more than] N", "wounding N", "the lives of N",
		// "death of N".
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			l := ws[j].lower
			if qualifiers[l] || l == "at" || l == "least" || l == "the" || l == "of" || l == "lives" && j < i-1 {
				if l == "lives" || l == "death" {
					kind = "killed"
					break
				}
				continue
			}
			if killVerbs[l] {
				kind = "killed"
			} else if woundVerbs[l] {
				kind = "wounded"
			}
			break
		}
		// After: "N (US troops) were killed", "N deaths", "N dead".
		if kind == "" {
			for j := i + 1; j < len(ws) && j <= i+5; j++ {
				l := ws[j].lower
				if killVerbs[l] && l != "kill" {
					kind = "killed"
					break
				}
				if woundVerbs[l] {
					kind = "wounded"
					break
				}
				if countNouns[l] && j <= i+4 {
					kind = "count"
					break
				}
				if l == "and" || l == "who" || l == "which" || l == "that" || l == "in" || l == "on" || l == "since" {
					break
				}
			}
		}
		switch kind {
		case "killed":
			if f.Killed == 0 {
				f.Killed = n
			}
		case "wounded":
			if f.Wounded == 0 {
				f.Wounded = n
			}
		case "count":
			if f.Count == 0 {
				f.Count = n
			}
		}
	}
	return f
}

// isNamePart reports whether a word is a capitalized name word (not a
// function word or month name), so a number after it is part of a name
// ("Tower 22") rather than a count.
func isNamePart(w word) bool {
	return w.cap && !stopwords[w.lower] && !qualifiers[w.lower] && !monthNames[w.lower]
}

var monthNames = setOf("january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec")
