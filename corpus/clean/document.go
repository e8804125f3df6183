package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kinds of block; the same strings as model.Block*, repeated here so the
// package stays free of imports beyond the standard library and x/text.
const (
	KindBody     = "body"
	KindTitle    = "title"
	KindByline   = "byline"
	KindDateline = "dateline"
	KindCaption  = "caption"
	KindHeading  = "heading"
)

// Hints are what metadata already says about the document, used to
// recognize its parts in the text.
type Hints struct {
	Title string // the headline from a manifest, front matter or feed
	// Start is where the article text begins in raw (after front matter);
	// offsets stay relative to the whole of raw.
	Start int
	// Markdown makes "# Heading" lines headings, without their # marks.
	Markdown bool
}

// DateLine is a block that is only a date, such as a page's display date.
// It is a candidate for the publication date, not the date itself.
type DateLine struct {
	Date             string // YYYY-MM-DD
	Text             string
	RawStart, RawEnd int
}

// Dropped is a block (or the end of one) removed as page chrome.
type Dropped struct {
	Line   int
	Text   string
	Reason string
}

// Result is a cleaned document.
type Result struct {
	Blocks      []Block // kept blocks in document order, each with its kind
	Title       string  // the headline as found in the text, if any
	Byline      string  // authors' names, "Ahmed Rasheed and Timour Azhari"
	Dateline    string  // "BAGHDAD (Reuters)"
	Captions    []string
	HeaderDates []DateLine
	Repairs     []Edit // mojibake runs turned back
	Invalid     int    // bytes that were not UTF-8, read as Windows-1252
	Dropped     []Dropped
}

// Document cleans one plain-text document. Every kept byte keeps the raw
// offsets it came from (see Block.Pieces).
func Document(raw []byte, h Hints) Result {
	if h.Start > 0 && h.Start <= len(raw) {
		start := h.Start
		h.Start = 0
		res := Document(raw[start:], h)
		res.shift(start)
		return res
	}
	var res Result
	edits, invalid := decodeEdits(raw, true)
	res.Invalid = invalid
	for _, e := range edits {
		if e.Mojibake {
			res.Repairs = append(res.Repairs, e)
		}
	}
	lines := splitLines(raw, edits)
	// Menu labels and image names are dropped line by line before lines
	// are joined into paragraphs, so "close\nclose" never becomes text.
	for i, l := range lines {
		if l.text == "" {
			continue
		}
		if why := lineJunk(l.text); why != "" {
			res.Dropped = append(res.Dropped, Dropped{l.num, l.text, why})
			lines[i].text, lines[i].pieces = "", nil
		}
	}
	if h.Markdown {
		markdownHeadings(lines)
	}
	blocks := groupBlocks(lines)
	blocks = res.dropChrome(blocks)
	res.classify(blocks, h)
	return res
}

// FromBlocks cleans blocks made elsewhere (paragraphs of an HTML page):
// the same chrome rules and classification as Document. A block's preset
// Kind (heading, caption) is kept, except that a heading above the text
// can be the title.
func FromBlocks(blocks []Block, h Hints) Result {
	var res Result
	for i := range blocks {
		blocks[i].Text = joinPieces(blocks[i].Pieces)
	}
	blocks = res.dropChrome(blocks)
	res.classify(blocks, h)
	return res
}

// dropChrome removes menu labels, script fragments, image names, repeated
// blocks and the short labels around scripts and at the end of the page.
func (res *Result) dropChrome(in []Block) []Block {
	drop := func(b Block, why string) { res.Dropped = append(res.Dropped, Dropped{b.Line, b.Text, why}) }
	seen := map[uint64]bool{}
	var out []Block
	var parts []Block
	for _, b := range in {
		ps, stamps := cutStamps(b)
		for _, st := range stamps {
			drop(Block{Line: b.Line, Text: st}, "page stamp (time the page was published or updated)")
		}
		parts = append(parts, ps...)
	}
	for _, b := range parts {
		if i := gluedMenu(b.Text); i > 0 {
			drop(Block{Line: b.Line, Text: b.Text[i:]}, "menu label glued to the text")
			b = newBlock(b.Kind, cutPieces(b.Pieces, 0, i), b.Line)
		}
		if i := strayFragment(b.Text); i > 0 {
			drop(Block{Line: b.Line, Text: b.Text[i:]}, "stray word fragment after the last sentence")
			b = newBlock(b.Kind, cutPieces(b.Pieces, 0, i), b.Line)
		}
		if why := junkReason(b.Text); why != "" {
			drop(b, why)
			if why == "script or style fragment" {
				// The labels right before a script belong to the page, not the article.
				for len(out) > 0 && isLabel(out[len(out)-1].Text) {
					drop(out[len(out)-1], "page label before a script")
					out = out[:len(out)-1]
				}
			}
			continue
		}
		if strings.TrimFunc(b.Text, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }) == "" && normKey(b.Text) == "" {
			continue
		}
		key := normHash(b.Text)
		if seen[key] {
			drop(b, "repeated from earlier in the article")
			continue
		}
		seen[key] = true
		out = append(out, b)
	}
	// Short labels after the last paragraph are page furniture: a heading
	// with no text after it heads nothing.
	for len(out) > 1 && isTailLabel(out[len(out)-1].Text) {
		drop(out[len(out)-1], "page label after the article")
		out = out[:len(out)-1]
	}
	return out
}

// isTailLabel reports whether a last block is page furniture ("Related
// Stories", a slug): short, no sentence, no figures (a table row or a
// score line is data, and is kept).
func isTailLabel(s string) bool {
	return words(s) <= 5 && !endsSentence(s) && !isCredit(s) && !strings.ContainsAny(s, "0123456789")
}

// isLabel reports whether s is a short line that is not a sentence.
func isLabel(s string) bool { return words(s) <= 8 && !endsSentence(s) }

var (
	captionTailRE = lazy(`(?i)(\[[^\[\]]{2,40}\]$|\([^()]*\b(photo|photograph|getty|afp|reuters|ap|epa|credit|image|file|pool|anadolu|xinhua)\b[^()]*\)$|(getty images|afp photo|ap photo|reuters/\S+|/afp|/reuters|/ap|/epa)$)`)
	captionHeadRE = lazy(`(?i)^(photo|image|credit|picture|caption)s?\s*:`)
	creditRE      = lazy(`(?i)^\(?\s*((additional )?reporting|writing|editing|compiled|edited|written) by\b`)
	bylineRE      = lazy(`^(?:[Bb]y|BY)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|da|al|el|bin|van|von|der),?)*)`)
	datelineRE    = lazy(`^((?:\p{Lu}[\p{L}'’.]*(?:-\p{L}[\p{L}'’.]*)?)(?:,?\s+\p{Lu}[\p{L}'’.]*(?:-\p{L}[\p{L}'’.]*)?){0,3}(?:,\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)?(?:\s*\([^()]{2,40}\))?)\s*(?:(?:–|—|--)\s*|-\s+)(["“‘']?[\p{Lu}\d])`)
	// capsDatelineRE is a dateline in capitals opening a later paragraph
	// of a news round-up ("SEOUL -- The benchmark index…"), each item
	// with its own.
	// wireDatelineRE is a wire story's dateline opening a paragraph that
	// is not the first (copied pages run several stories, or a note
	// before it): "(For full coverage…, click (nFLU)) HONG KONG, May 2
	// (Reuters) - ", "April 24 (Reuters) - ".
	wireDatelineRE = lazy(`^(?:\((?:[^()]|\([^()]*\))*\)\s*)?(?:\p{Lu}[\p{L}\d .,'’-]{1,40}?\s*)?\((?:Reuters|AP|AFP|UPI|Xinhua|Bloomberg|dpa|DPA)\)\s*(?:--|–|—|-)\s*(["“‘']?[\p{Lu}\d])`)
	capsDatelineRE = lazy(`^\p{Lu}[\p{Lu} .'’-]{2,30}(?:,\s+[^-–—]{2,40}?)?\s*(?:--|–|—)\s*["“]?[\p{Lu}\d]`)
)

// wireAgencies are the agencies wireDatelineRE knows, as it spells them.
var wireAgencies = []string{"(Reuters)", "(AP)", "(AFP)", "(UPI)", "(Xinhua)", "(Bloomberg)", "(dpa)", "(DPA)"}

// hasAgencyTag reports whether s holds one of wireAgencies: a cheap exact
// pre-test of wireDatelineRE, whose backtracking run on every block was
// ~3% of extraction's CPU.
func hasAgencyTag(s string) bool {
	if !strings.Contains(s, "(") {
		return false
	}
	for _, a := range wireAgencies {
		if strings.Contains(s, a) {
			return true
		}
	}
	return false
}

// hasDash reports whether s holds a dash capsDatelineRE requires ("--",
// "–" or "—"): a cheap exact pre-test of that expression.
func hasDash(s string) bool {
	return strings.Contains(s, "--") || strings.Contains(s, "–") || strings.Contains(s, "—")
}

// isCaption reports whether a block ends or starts with a photo credit.
func isCaption(s string) bool {
	tail := s[tailStart(s, 80):]
	// Cheap test first: a credit ends in a bracket or names a photo agency.
	maybeTail := strings.HasSuffix(tail, ")") || strings.HasSuffix(tail, "]") || strings.Contains(tail, "/") ||
		strings.Contains(strings.ToLower(tail), "getty") || strings.Contains(strings.ToLower(tail), "photo")
	if !captionHeadRE.MatchString(head(s, 24)) && !(maybeTail && captionTailRE.MatchString(tail)) {
		return false
	}
	return words(s) >= 3
}

// isCredit reports whether a block is a reporting/editing credit line.
func isCredit(s string) bool { return creditRE.MatchString(head(s, 48)) }

// head is the first n bytes of s (at a rune boundary). Anchored patterns
// only need that much, and Go's backtracking matcher costs memory in
// proportion to the whole input it is given.
func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func byline(s string) (string, bool) {
	if words(s) > 14 || endsSentence(strings.TrimSuffix(s, ".")) && strings.HasSuffix(s, ".") && words(s) > 8 {
		return "", false
	}
	m := bylineRE.FindStringSubmatch(head(s, 200))
	if m == nil {
		return "", false
	}
	return strings.TrimRight(m[1], " ,"), true
}

// isBodyPara reports whether a block is a paragraph of article text.
func isBodyPara(s string) bool {
	if isCaption(s) || isCredit(s) {
		return false
	}
	if _, ok := byline(s); ok {
		return false
	}
	return endsSentence(s) && words(s) >= 8
}

func (res *Result) classify(blocks []Block, h Hints) {
	first := -1
	for i, b := range blocks {
		if isBodyPara(b.Text) {
			first = i
			break
		}
	}
	if first < 0 {
		first = 0
		for i, b := range blocks {
			if endsSentence(b.Text) {
				first = i
				break
			}
		}
	}
	hintKey := normKey(h.Title)
	titleAt := -1
	if hintKey != "" {
		for i := 0; i < first; i++ {
			if normKey(blocks[i].Text) == hintKey {
				titleAt = i
			}
		}
	}
	var out []Block
	for i, b := range blocks {
		b.Kind = res.kindOf(b, i, first, &titleAt)
		if b.Kind == KindBody && (i == first || i > first && hasDash(head(b.Text, 80)) && capsDatelineRE.MatchString(head(b.Text, 80))) {
			out = append(out, res.splitDateline(b)...)
			continue
		}
		if b.Kind == KindBody || b.Kind == KindCaption || b.Kind == KindHeading {
			// The expression needs an agency's tag: most blocks have none.
			var m []int
			if h := head(b.Text, 200); hasAgencyTag(h) {
				m = wireDatelineRE.FindStringSubmatchIndex(h)
			}
			if m != nil && words(b.Text[m[2]:]) >= 5 {
				// The dateline block ends at its last visible character:
				// a block never keeps the space before the body.
				end := len(strings.TrimRightFunc(b.Text[:m[2]], unicode.IsSpace))
				dl := newBlock(KindDateline, cutPieces(b.Pieces, 0, end), b.Line)
				body := newBlock(KindBody, cutPieces(b.Pieces, m[2], len(b.Text)), b.Line)
				if end > 0 && dl.Text == b.Text[:end] && body.Text == b.Text[m[2]:] {
					out = append(out, dl, body)
					continue
				}
			}
		}
		out = append(out, b)
	}
	// A short label above the headline that names the dateline's place is
	// the dateline printed on its own.
	if res.Dateline != "" {
		place := strings.ToLower(strings.Fields(res.Dateline)[0])
		for i := range out {
			if out[i].Kind == KindHeading && words(out[i].Text) <= 3 && strings.HasPrefix(strings.ToLower(out[i].Text), strings.TrimRight(place, ",")) {
				out[i].Kind = KindDateline
			}
		}
	}
	for _, b := range out {
		if b.Kind == KindCaption {
			res.Captions = append(res.Captions, b.Text)
		}
	}
	res.Blocks = out
}

func (res *Result) kindOf(b Block, i, first int, titleAt *int) string {
	s := b.Text
	if d, ok := ParseDateLine(s); ok {
		res.HeaderDates = append(res.HeaderDates, DateLine{Date: d, Text: s, RawStart: b.RawStart(), RawEnd: b.RawEnd()})
		return KindDateline
	}
	if isCaption(s) {
		return KindCaption
	}
	if isCredit(s) {
		return KindByline
	}
	if name, ok := byline(s); ok {
		if res.Byline == "" {
			res.Byline = name
		}
		return KindByline
	}
	n := words(s)
	switch b.Kind {
	case KindCaption:
		return KindCaption
	case KindHeading:
		if i == *titleAt || (*titleAt < 0 && i < first) {
			*titleAt = i
			res.Title = s
			return KindTitle
		}
		return KindHeading
	}
	if i < first {
		switch {
		case i == *titleAt:
			res.Title = s
			return KindTitle
		case *titleAt < 0 && n >= 2 && n <= 20 && !strings.HasSuffix(strings.TrimRight(s, "\"”’' "), "."):
			*titleAt = i
			res.Title = s
			return KindTitle
		case n > 20 && !endsSentence(s) && (*titleAt < 0 || *titleAt > i):
			// Too long for a headline and nothing above it: the lead
			// paragraph, its final stop lost.
			return KindBody
		case n >= 8 && !endsSentence(s):
			return KindCaption
		case endsSentence(s):
			return KindBody
		}
		return KindHeading
	}
	if !endsSentence(s) && n <= 14 && !startsLower(s) {
		return KindHeading
	}
	return KindBody
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// splitDateline cuts a leading dateline ("BAGHDAD (Reuters) –", "Baghdad –")
// off the first paragraph into a block of its own, so the first sentence
// starts with the article's first word.
func (res *Result) splitDateline(b Block) []Block {
	m := datelineRE.FindStringSubmatchIndex(head(b.Text, 160))
	if m == nil || words(b.Text[m[3]:]) < 5 {
		return []Block{b}
	}
	bodyStart := m[4]
	dl := newBlock(KindDateline, cutPieces(b.Pieces, 0, m[3]), b.Line)
	body := newBlock(KindBody, cutPieces(b.Pieces, bodyStart, len(b.Text)), b.Line)
	if dl.Text != b.Text[:m[3]] || body.Text != b.Text[bodyStart:] {
		return []Block{b} // a repaired character straddles the cut; keep the paragraph whole
	}
	if res.Dateline == "" {
		res.Dateline = dl.Text
	}
	return []Block{dl, body}
}

// shift moves every raw offset of the result by n.
func (res *Result) shift(n int) {
	for i := range res.Blocks {
		ps := res.Blocks[i].Pieces
		for j := range ps {
			ps[j].RawStart += n
			ps[j].RawEnd += n
		}
	}
	for i := range res.HeaderDates {
		res.HeaderDates[i].RawStart += n
		res.HeaderDates[i].RawEnd += n
	}
	for i := range res.Repairs {
		res.Repairs[i].Start += n
		res.Repairs[i].End += n
	}
}

var mdHeadingRE = lazy(`^#{1,6}\s+`)

// markdownHeadings cuts the "## " off Markdown heading lines and marks
// them, so they stand alone as headings (or the title).
func markdownHeadings(lines []line) {
	for i, l := range lines {
		m := mdHeadingRE.FindStringIndex(l.text)
		if m == nil {
			continue
		}
		text := strings.TrimRight(l.text, "# ")
		if len(text) <= m[1] {
			continue
		}
		lines[i].pieces = cutPieces(l.pieces, m[1], len(text))
		lines[i].text = joinPieces(lines[i].pieces)
		lines[i].kind = KindHeading
	}
}
