package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// menuWords are the labels of buttons, menus and banners that page
// scrapes leave between paragraphs. Matched against a whole block after
// normKey, so a sentence containing one of them is never touched.
var menuWords = map[string]bool{}

func init() {
	for _, w := range strings.Split(`close|menu|open menu|close menu|search|share|share this|share this article|share on facebook|share on twitter|tweet|email|print|print this article|save|copy link|link copied|facebook|twitter|whatsapp|linkedin|telegram|reddit|pinterest|x|
subscribe|subscribe now|sign in|sign up|log in|login|register|sign up for our newsletter|newsletter|newsletters|read more|read next|more|see more|show more|load more|next|previous|prev|back|home|top|back to top|scroll to top|go to top|skip to content|skip to main content|skip navigation|toggle navigation|navigation|advertisement|advertisements|sponsored|sponsored content|ad|ads|related|related articles|related stories|related news|recommended|trending|most read|most popular|latest|latest news|breaking news|top stories|comments|comment|leave a comment|view comments|show comments|accept|accept cookies|accept all|reject all|cookie settings|privacy policy|terms of use|terms of service|contact us|about us|all rights reserved|listen|listen to this article|play|pause|watch|video|photo|photos|gallery|image|enlarge|expand|collapse|font size|text size|a a|a+ a-|loading|loading...|please wait|follow us|follow|donate|support us|premium|store|shop`, "|") {
		if w = strings.TrimSpace(w); w != "" {
			menuWords[w] = true
		}
	}
}

// isMenu reports whether a whole block is a menu label or banner.
func isMenu(s string) bool { return len(s) <= 48 && menuWords[normKey(s)] }

// gluedMenu finds a menu word stuck to the end of a sentence by a scrape
// that lost the space between them ("this week.close"); it returns where
// the label starts, or -1. Only a label right after sentence punctuation
// counts, so words like "foreclose" are safe.
var gluedMenuRE = regexp.MustCompile(`[.!?…]["”’)\]]?([A-Za-z][A-Za-z ]{0,24})$`)

func gluedMenu(s string) int {
	off := tailStart(s, 40)
	m := gluedMenuRE.FindStringSubmatchIndex(s[off:])
	if m == nil {
		return -1
	}
	m[2] += off
	m[3] += off
	label := s[m[2]:m[3]]
	if !menuWords[normKey(label)] {
		return -1
	}
	return m[2]
}

// Code markers: fragments of JavaScript and CSS that leak into scraped text.
var codeMarkers = []string{
	"document.", "window.", "function(", "function (", "getElementById", "querySelector",
	"innerHTML", "addEventListener", "console.log", ".style.", "var ", "let ", "const ",
	"=>", "!==", "===", "});", "})(", "return ", "null)", "undefined", "px;", "px}", "!important",
	"{display:", "display:none", "<script", "</script", "<div", "</div", "<style", "@media", "jQuery", "$(",
}

// isCode reports whether a block is a script or style fragment rather than
// prose: several code markers, or a density of code punctuation that prose
// never reaches.
func isCode(s string) bool {
	hits := 0
	for _, m := range codeMarkers {
		if strings.Contains(s, m) {
			hits++
		}
	}
	// Brackets, parentheses and semicolons are prose punctuation too (a
	// results list); braces, equals signs, angle brackets and backticks
	// are not.
	sym, letters := 0, 0
	for _, r := range s {
		switch r {
		case '{', '}', '=', '<', '>', '`':
			sym++
		default:
			if unicode.IsLetter(r) {
				letters++
			}
		}
	}
	if hits >= 3 || (hits >= 2 && sym >= 2) {
		return true
	}
	return sym >= 6 && float64(sym) > 0.05*float64(letters+1)
}

var imageExtRE = regexp.MustCompile(`(?i)\.(jpe?g|png|gif|webp|avif|svg|bmp|tiff?)\b`)

// isImageName reports whether a block is an image file name or slug that
// a scrape kept in place of the image: lower case words with long
// numbers or sizes ("shangri la 326122 1280", "gaza-strike-1200x675.jpg"),
// no capital letters, no sentence punctuation.
func isImageName(s string) bool {
	if len(s) > 120 || words(s) > 10 {
		return false
	}
	if imageExtRE.MatchString(s) && !strings.Contains(s, " ") {
		return true
	}
	longNum := false
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
		digits := 0
		for _, r := range f {
			switch {
			case unicode.IsUpper(r):
				return false
			case unicode.IsDigit(r):
				digits++
			case unicode.IsLetter(r), r == 'x':
			default:
				if r != '.' {
					return false
				}
			}
		}
		if digits >= 3 && (digits == len(f) || strings.Contains(f, "x")) {
			longNum = true
		}
	}
	return longNum && !endsSentence(s)
}

var urlOnlyRE = regexp.MustCompile(`^(https?://|www\.)\S+$`)

// junkReason says why a block is page chrome, or "" when it is not.
func junkReason(s string) string {
	switch {
	case isMenu(s):
		return "menu or banner"
	case isCode(s):
		return "script or style fragment"
	case isImageName(s):
		return "image file name"
	case urlOnlyRE.MatchString(s):
		return "bare link"
	case len(s) < 200 && words(s) <= 15 && copyrightRE.MatchString(s):
		return "copyright line"
	}
	return ""
}

// lineJunk is junkReason for the kinds of chrome that fill a line alone.
func lineJunk(s string) string {
	switch {
	case isMenu(s):
		return "menu or banner"
	case isImageName(s):
		return "image file name"
	case urlOnlyRE.MatchString(s):
		return "bare link"
	}
	return ""
}

var copyrightRE = regexp.MustCompile(`(?i)^(©|\(c\)|copyright\b)|all rights reserved\.?$`)

// strayFragmentRE finds one or two lower-case words with a full stop
// after a paragraph's last sentence ("...a construction site. constructions."):
// tag or keyword residue of a scrape. A sentence never starts in lower
// case; after a closing quote it is an attribution ("...,” he said.") and
// is kept.
var strayFragmentRE = regexp.MustCompile(`[^"”’'][.!?](\s+)\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?\.$`)

// strayFragment returns where such a fragment starts (its leading space), or -1.
func strayFragment(s string) int {
	off := tailStart(s, 80)
	m := strayFragmentRE.FindStringSubmatchIndex(s[off:])
	if m == nil {
		return -1
	}
	cut := off + m[2]
	// The stop must end a word, not an abbreviation ("U.S. dollars.",
	// "7:00 p.m. every evening.").
	prev := s[:cut-1]
	word := prev[strings.LastIndexAny(prev, " \t(\"“")+1:]
	if utf8.RuneCountInString(word) < 3 || strings.Contains(word, ".") || strings.ToUpper(word) == word {
		return -1
	}
	return cut
}

// tailStart is where the last n bytes of s begin, moved forward to a rune
// boundary: patterns anchored at the end only need to look there, which
// keeps long paragraphs linear.
func tailStart(s string, n int) int {
	i := max(0, len(s)-n)
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return i
}
