package clean

import (
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
func gluedMenu(s string) int {
	i := len(s)
	for i > 0 && len(s)-i < 25 && (isASCIILetter(s[i-1]) || s[i-1] == ' ') {
		i--
	}
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i == len(s) || i == 0 || !isASCIILetter(s[i]) || !menuWords[normKey(s[i:])] {
		return -1
	}
	before := strings.TrimRight(s[:i], "\"”’)]")
	if before == "" || !strings.ContainsAny(before[len(before)-1:], ".!?") && !strings.HasSuffix(before, "…") {
		return -1
	}
	return i
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

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
	if !strings.ContainsAny(s, "{}=<>();$`") {
		return false // every marker below needs one of these
	}
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

var imageExtRE = lazy(`(?i)\.(jpe?g|png|gif|webp|avif|svg|bmp|tiff?)\b`)

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

var urlOnlyRE = lazy(`^(https?://|www\.)\S+$`)

// promoRE matches the start of links and calls to action a page inserts
// between paragraphs ("Read more: ...", "Sign up for our newsletter").
var promoRE = lazy(`(?i)^((read (more|also|next)|also read|related( stories| articles| news)?|see also|recommended|more on this|watch|listen)\s*[:|»>–-]|(read more|related stories|related articles)$|click here|tap here|follow us|follow .{1,30} on (twitter|facebook|instagram|x|telegram)\b|sign up (for|to)\b|subscribe (to|for|now)\b|download (our|the) app|join our\b|get the latest\b|this (story|article) (was|has been) (updated|corrected)|advertisement\b)`)

// isPromo reports whether a short block is such a promotion line.
func isPromo(s string) bool { return len(s) < 200 && promoRE.MatchString(s) }

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
	case isPromo(s):
		return "link or call to action"
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

var copyrightRE = lazy(`(?i)^(©|\(c\)|copyright\b)|all rights reserved\.?$`)

// strayFragment finds one or two lower-case words with a full stop after
// a paragraph's last sentence ("...a construction site. constructions."):
// tag or keyword residue of a scrape, as a sentence never starts in lower
// case. It returns where the fragment starts (its leading space), or -1.
// After a closing quote the words are an attribution ("...,” he said.")
// and after an abbreviation part of the sentence ("U.S. dollars."), so
// both are kept.
func strayFragment(s string) int {
	if !strings.HasSuffix(s, ".") {
		return -1
	}
	tail := s[tailStart(s, 80):]
	fields := strings.Fields(tail)
	base := len(s) - len(tail)
	for k := 1; k <= 2 && k < len(fields); k++ {
		frag := fields[len(fields)-k:]
		ok := true
		for j, w := range frag {
			if j == len(frag)-1 {
				w = strings.TrimSuffix(w, ".")
			}
			if !lowerWord(w) {
				ok = false
			}
		}
		if !ok {
			return -1
		}
		prev := fields[len(fields)-k-1]
		if !strings.ContainsAny(prev[len(prev)-1:], ".!?") {
			continue
		}
		word := strings.TrimLeft(prev[:len(prev)-1], "(\"“‘'")
		if utf8.RuneCountInString(word) < 3 || strings.ContainsAny(word, ".\"”’'") || strings.ToUpper(word) == word {
			return -1
		}
		// The fragment starts at the white space after prev.
		at := strings.LastIndex(tail, prev+" ")
		if at < 0 {
			at = strings.LastIndex(tail, prev)
		}
		if at < 0 {
			return -1
		}
		return base + at + len(prev)
	}
	return -1
}

// lowerWord reports whether w is a lower-case word (letters and hyphens).
func lowerWord(w string) bool {
	if w == "" {
		return false
	}
	for i, r := range w {
		if !(unicode.IsLower(r) || (i > 0 && (r == '-' || unicode.IsLetter(r)))) {
			return false
		}
	}
	return true
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
