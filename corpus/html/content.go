package html

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/annals/annals/corpus/clean"
	"github.com/annals/annals/model"
)

// chromeTags never hold article text.
var chromeTags = setOf("head", "script", "style", "noscript", "template", "svg", "math", "nav", "header", "footer",
	"aside", "form", "button", "iframe", "select", "input", "textarea", "dialog", "menu", "object", "embed", "canvas",
	"video", "audio", "label", "option")

// chromeWords are class and id words of page furniture: navigation,
// sharing, comments, related links, newsletters, ads, cookie banners.
var chromeWords = setOf("nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "share", "sharing", "sharebar",
	"social", "comment", "comments", "disqus", "related", "recommended", "recommendations", "newsletter", "subscribe",
	"subscription", "promo", "ad", "ads", "advert", "adverts", "advertisement", "advertising", "sponsor", "sponsored",
	"cookie", "cookies", "consent", "gdpr", "banner", "popup", "modal", "sidebar", "outbrain", "taboola",
	"trending", "popular", "paywall", "signup", "skip", "toolbar", "tags", "footer", "masthead", "pagination", "pager")

// contentWords in a class or id outweigh chrome words: "post-content
// elementor-widget", "no-share post", "sharebar-content-container".
var contentWords = setOf("article", "body", "content", "main", "post", "entry", "story", "hentry")

// chromeClasses are whole class names of text hidden from readers.
var chromeClasses = setOf("hidden", "sr-only", "visually-hidden", "screen-reader-text", "hide", "invisible")

var chromeRoles = setOf("navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu",
	"menubar", "search", "toolbar", "button", "tablist")

var hiddenStyleRE = regexp.MustCompile(`(?i)display\s*:\s*none|visibility\s*:\s*hidden`)

// blockTags start a paragraph of their own. Any other element (inline
// markup, <meta> inside a sentence, a custom element) continues the
// paragraph around it unless it holds blocks itself.
var blockTags = setOf("address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
	"dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
	"header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
	"table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul")

// classWords splits class and id values into lower-case words, breaking
// at punctuation and camelCase ("shareBar" → share, bar).
func classWords(s string) []string {
	var words []string
	var cur []rune
	prevLower := false
	for _, r := range s {
		switch {
		case unicode.IsUpper(r) && prevLower:
			words = append(words, string(cur))
			cur = []rune{unicode.ToLower(r)}
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			cur = append(cur, unicode.ToLower(r))
		default:
			if len(cur) > 0 {
				words = append(words, string(cur))
			}
			cur = cur[:0]
		}
		prevLower = unicode.IsLower(r) || unicode.IsDigit(r)
	}
	if len(cur) > 0 {
		words = append(words, string(cur))
	}
	return words
}

// looksChrome says whether an element's tag, role, class or id marks it
// as page furniture.
func looksChrome(n *hnode) bool {
	if chromeTags[n.tag] {
		if n.tag == "header" && (n.within("article") || n.within("main")) {
			return false // an article's own header holds its headline and byline
		}
		return true
	}
	if chromeRoles[strings.ToLower(n.attr("role"))] || hasAttr(n, "hidden") || n.attr("aria-hidden") == "true" ||
		hiddenStyleRE.MatchString(n.attr("style")) {
		return true
	}
	for _, key := range []string{"class", "id"} {
		v := n.attr(key)
		if v == "" {
			continue
		}
		for _, c := range strings.Fields(strings.ToLower(v)) {
			if chromeClasses[c] {
				return true
			}
		}
		// Words like "newsletter" or "ad" on a link inside a sentence
		// name its target, not page furniture: only blocks are judged
		// by them.
		if (blockTags[n.tag] || hasBlock(n)) && chromeClassWords(classWords(v)) {
			return true
		}
	}
	return false
}

func chromeClassWords(ws []string) bool {
	chrome := false
	for i, w := range ws {
		if contentWords[w] {
			return false
		}
		if chromeWords[w] || i > 0 && (ws[i-1] == "most" && (w == "read" || w == "viewed") || ws[i-1] == "read" && w == "more" || ws[i-1] == "also" && w == "read") {
			chrome = true
		}
	}
	return chrome
}

// measure sets textLen and linkLen on every node not dropped.
func measure(n *hnode) (int, int) {
	n.textLen, n.linkLen = 0, 0
	if n.drop {
		return 0, 0
	}
	for _, p := range n.pieces {
		if p.Text != " " {
			n.textLen += len(p.Text)
		}
	}
	for _, c := range n.children {
		t, l := measure(c)
		n.textLen += t
		n.linkLen += l
	}
	if n.tag == "a" {
		n.linkLen = n.textLen
	}
	return n.textLen, n.linkLen
}

// holdsArticle reports whether n is or contains the marked article, or
// holds most of the page's text or of its prose: such an element is never chrome, whatever its class
// (a page wrapped in one <form>, a body with a "has-cookie-banner" class).
func holdsArticle(n *hnode, total int, prose float64) bool {
	if n.tag == "article" || n.tag == "main" || strings.EqualFold(n.attr("itemprop"), "articleBody") {
		return true
	}
	if total > 0 && n.textLen*2 > total || prose > 0 && paraText(n)*2 > prose {
		return true
	}
	found := false
	n.walk(func(c *hnode) bool {
		if found {
			return false
		}
		if c != n && (c.tag == "article" || c.tag == "main" || strings.EqualFold(c.attr("itemprop"), "articleBody")) {
			found = true
		}
		return true
	})
	return found
}

// prune marks page furniture as dropped.
func prune(root *hnode) {
	measure(root)
	total, prose := root.textLen, paraText(root)
	root.walk(func(n *hnode) bool {
		if n.tag == "" || n.tag == "#document" || n.tag == "html" || n.tag == "body" {
			return true
		}
		if looksChrome(n) {
			switch n.tag {
			case "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "select", "option", "textarea":
			default:
				if holdsArticle(n, total, prose) {
					return true
				}
			}
			n.drop = true
			return false
		}
		return true
	})
	measure(root)
}

// contentRoot picks the elements that hold the article: the largest
// itemprop=articleBody, <article> or <main> when it carries most of the
// text, else the element whose paragraphs score best (text length, less
// the part in links, credited to the parent and half to the grandparent)
// with the siblings that read as part of it.
func contentRoot(root *hnode) []*hnode {
	score := map[*hnode]float64{}
	var best *hnode
	credit := func(n *hnode, s float64) {
		score[n] += s
		if best == nil || score[n] > score[best] {
			best = n
		}
	}
	var semantic [3]*hnode // articleBody, article, main
	root.walk(func(n *hnode) bool {
		if n.drop {
			return false
		}
		rank := -1
		switch {
		case strings.EqualFold(n.attr("itemprop"), "articleBody"):
			rank = 0
		case n.tag == "article":
			rank = 1
		case n.tag == "main" || strings.EqualFold(n.attr("role"), "main"):
			rank = 2
		}
		if rank >= 0 && (semantic[rank] == nil || n.textLen-n.linkLen > semantic[rank].textLen-semantic[rank].linkLen) {
			semantic[rank] = n
		}
		para := n.tag == "p" || n.tag == "pre" || n.tag == "blockquote"
		if para || n.tag == "div" || n.tag == "td" {
			own := n.textLen - n.linkLen
			if !para {
				own = directText(n) // text loose in a <div> or a <td>
			}
			if own < 25 {
				return true
			}
			s := float64(own)
			if !para {
				credit(n, s)
			}
			if p := n.parent; p != nil {
				credit(p, s)
				if g := p.parent; g != nil {
					credit(g, s/2)
				}
			}
		}
		return true
	})
	if best != nil {
		// Paragraphs split over sibling wrappers credit their common
		// parent half each; climb when it holds nearly as much.
		for i := 0; i < 2 && best.parent != nil && score[best.parent] >= 0.75*score[best]; i++ {
			best = best.parent
		}
		// A wrapper around the best element alone is the same block.
		for best.parent != nil && best.parent != root && onlyChild(best) {
			best = best.parent
		}
	}
	for _, c := range semantic {
		if c == nil || c.textLen == 0 {
			continue
		}
		// Teasers are <article>s too, but short ones; a long one is the
		// article even when a sidebar holds more text.
		if pt := paraText(c); best == nil || isAncestor(c, best) || pt >= 0.6*paraText(best) || pt >= 500 {
			return []*hnode{c}
		}
	}
	if best == nil || best.parent == nil {
		return []*hnode{root}
	}
	// Readability's sibling rule: an intro block, a lone paragraph or a
	// second text block next to the best one belongs to the article.
	var out []*hnode
	top := score[best]
	for _, s := range best.parent.children {
		switch {
		case s == best:
			out = append(out, s)
		case s.drop || s.tag == "" || s.textLen == 0:
		case score[s] >= max(10, 0.2*top):
			out = append(out, s)
		case s.tag == "p" || directText(s) == s.textLen:
			density := float64(s.linkLen) / float64(s.textLen)
			if s.textLen > 80 && density < 0.25 || density == 0 && strings.HasSuffix(s.text(), ".") {
				out = append(out, s)
			}
		case s.textLen > 80 && s.linkLen*4 < s.textLen && paraText(s) >= 0.8*float64(s.textLen-s.linkLen):
			out = append(out, s) // a block of prose paragraphs: an intro, a second part
		}
	}
	return out
}

// onlyChild reports whether n is the one element with text in its parent.
func onlyChild(n *hnode) bool {
	for _, c := range n.parent.children {
		if c != n && !c.drop && c.textLen > 0 {
			return false
		}
	}
	return true
}

// directText is the length of the text right inside n, not in a child
// element other than an inline one.
func directText(n *hnode) int {
	t := 0
	for _, c := range n.children {
		if c.tag == "" || !blockTags[c.tag] {
			t += c.textLen - c.linkLen
		}
	}
	return t
}

func isAncestor(a, n *hnode) bool {
	for p := n; p != nil; p = p.parent {
		if p == a {
			return true
		}
	}
	return false
}

// paraText is the prose under n: the text of its paragraphs outside links.
func paraText(n *hnode) float64 {
	t := 0
	n.walk(func(c *hnode) bool {
		if c.drop {
			return false
		}
		if c.tag == "p" || c.tag == "pre" || c.tag == "blockquote" {
			t += c.textLen - c.linkLen
			return false
		}
		if c.tag == "div" || c.tag == "td" {
			t += directText(c) // text loose in a <div> or a <td>
		}
		return true
	})
	return float64(t)
}

// paragraphMaker turns the content root into blocks, in document order.
type paragraphMaker struct {
	blocks  []clean.Block
	run     []clean.Piece
	runLink int  // bytes of the run inside links
	brs     int  // <br> since the last text: two break the paragraph
	gap     bool // hidden text was left out since the last piece
	kind    string
}

func (pm *paragraphMaker) flush() {
	ps := trimSpacePieces(pm.run)
	pm.run, pm.brs, pm.gap = nil, 0, false
	link := pm.runLink
	pm.runLink = 0
	if len(ps) == 0 {
		return
	}
	n := 0
	for _, p := range ps {
		if p.Text != " " {
			n += len(p.Text)
		}
	}
	// A paragraph that is mostly a link is a pointer to another page.
	if n == 0 || link*2 > n {
		return
	}
	pm.blocks = append(pm.blocks, clean.Block{Kind: pm.kind, Pieces: ps})
}

// addInline appends the text under an inline element to the current run.
func (pm *paragraphMaker) addInline(n *hnode, inLink bool) {
	if n.drop {
		pm.gap = true
		return
	}
	if n.tag == "br" {
		pm.brs++
		if pm.brs >= 2 {
			pm.flush()
			return
		}
		pm.run = append(pm.run, clean.Piece{Text: " "}) // offsets set in trimSpacePieces
		return
	}
	inLink = inLink || n.tag == "a"
	for _, p := range n.pieces {
		if pm.gap && p.Text != " " && len(pm.run) > 0 && wordByte(lastByte(pm.run)) && wordByte(p.Text[0]) {
			// Hidden text between two words ("Kicker<span hidden>:</span>Title")
			// still separated them.
			pm.run = append(pm.run, clean.Piece{Text: " "})
		}
		pm.gap = false
		if p.Text != " " {
			pm.brs = 0
			if inLink {
				pm.runLink += len(p.Text)
			}
		}
		pm.run = append(pm.run, p)
	}
	for _, c := range n.children {
		pm.addInline(c, inLink)
	}
}

func lastByte(ps []clean.Piece) byte {
	t := ps[len(ps)-1].Text
	if t == "" {
		return 0
	}
	return t[len(t)-1]
}

// wordByte reports whether c is a letter or digit (or part of a
// non-ASCII character, which is most likely a letter).
func wordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// hasBlock reports whether an element holds block content, so it is a
// container rather than a paragraph.
func hasBlock(n *hnode) bool {
	for _, c := range n.children {
		if c.drop || c.tag == "" || c.tag == "br" {
			continue
		}
		if blockTags[c.tag] || hasBlock(c) {
			return true
		}
	}
	return false
}

// container walks the children of a block element: inline content runs
// into paragraphs, block children are paragraphs or containers.
func (pm *paragraphMaker) container(n *hnode) {
	for _, c := range n.children {
		if c.drop {
			continue
		}
		if c.tag == "" || c.tag == "br" || (!blockTags[c.tag] && !hasBlock(c)) {
			pm.addInline(c, false)
			continue
		}
		pm.flush()
		kind := ""
		switch c.tag {
		case "h1", "h2", "h3", "h4", "h5", "h6":
			kind = model.BlockHeading
		case "figcaption", "caption":
			kind = model.BlockCaption
		}
		if kind != "" || !hasBlock(c) {
			pm.kind = kind
			pm.addInline(c, false)
			pm.flush()
			pm.kind = ""
			continue
		}
		pm.container(c)
		pm.flush()
	}
}

// trimSpacePieces drops white space at the ends of a paragraph and
// collapses white space runs that met across elements, and gives a <br>
// the position of the text before it.
func trimSpacePieces(ps []clean.Piece) []clean.Piece {
	var out []clean.Piece
	for _, p := range ps {
		if p.Text == " " {
			if len(out) == 0 || out[len(out)-1].Text == " " || strings.HasSuffix(out[len(out)-1].Text, " ") {
				continue
			}
			if p.RawStart == 0 && p.RawEnd == 0 { // a <br>
				p.RawStart, p.RawEnd = out[len(out)-1].RawEnd, out[len(out)-1].RawEnd
			}
		}
		if n := len(out); n > 0 && p.Copied && out[n-1].Copied && out[n-1].RawEnd == p.RawStart {
			out[n-1].RawEnd = p.RawEnd
			out[n-1].Text += p.Text
			continue
		}
		out = append(out, p)
	}
	for len(out) > 0 && out[len(out)-1].Text == " " {
		out = out[:len(out)-1]
	}
	if n := len(out); n > 0 && out[n-1].Copied && strings.HasSuffix(out[n-1].Text, " ") {
		out[n-1].Text = out[n-1].Text[:len(out[n-1].Text)-1]
		out[n-1].RawEnd--
	}
	return out
}
