package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fuzzyScore reports whether every rune of pattern appears in s in order
// (case-insensitive) and scores the match: contiguous runs and matches at
// word starts score higher, so "kh" ranks "Kataib Hezbollah" first.
func fuzzyScore(pattern, s string) (int, bool) {
	if pattern == "" {
		return 0, true
	}
	p := []rune(foldQuotes(strings.ToLower(pattern)))
	ls := foldQuotes(strings.ToLower(s))
	score, pi, prevMatch, prev := 0, 0, false, ' '
	for _, r := range ls {
		if pi < len(p) && r == p[pi] {
			score++
			if prevMatch {
				score += 3
			}
			if !unicode.IsLetter(prev) && !unicode.IsDigit(prev) {
				score += 5
			}
			pi++
			prevMatch = true
		} else {
			prevMatch = false
		}
		prev = r
	}
	if pi < len(p) {
		return 0, false
	}
	if strings.Contains(ls, string(p)) {
		score += 10 * utf8.RuneCountInString(pattern)
	}
	return score, true
}

// quoteFold writes typographic apostrophes and quotes as ASCII ones:
// "Kata'ib" typed on a keyboard finds "Kata’ib".
var quoteFold = strings.NewReplacer("’", "'", "‘", "'", "ʼ", "'", "“", "\"", "”", "\"")

func foldQuotes(s string) string { return quoteFold.Replace(s) }
