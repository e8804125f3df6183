package html

import (
	"bytes"
	"strings"
	"unicode"

	readability "codeberg.org/readeck/go-readability/v2"
	xhtml "golang.org/x/net/html"

	"github.com/annals/annals/corpus/clean"
	"github.com/annals/annals/model"
)

// Limits past which the library is not asked: a page this large or this
// deeply nested is broken or hostile, and the page's own heuristics
// (linear in its size) read it instead.
const (
	maxLibraryBytes = 8 << 20
	maxLibraryElems = 100_000
)

// choose picks the page's main text. go-readability (Mozilla's
// Readability, well kept and tested on thousands of pages) chooses the
// content on a standard HTML5 parse of the page; its text nodes carry no
// byte offsets, so its choice is mapped back onto our offset-keeping
// tree at the level of paragraphs: every paragraph of the page is a
// candidate, and the ones whose words the library kept are the text.
// The library is the judge of which paragraphs belong to the article;
// our blocks (and after them clean.FromBlocks) keep the offsets and the
// cleaning. When the library finds nothing, the page's own markup
// heuristics decide (ownChoice).
func choose(raw []byte, dec *pageDecoder, root *hnode, h1s []*hnode, title string) []clean.Block {
	lib := libraryText(raw, dec, root)
	if lib == nil {
		return ownChoice(root, h1s, title)
	}
	pruneInvisible(root)
	var mk paragraphMaker
	mk.container(root)
	mk.flush()
	kept := lib.keep(mk.blocks)
	if !hasProse(kept) {
		return ownChoice(root, h1s, title)
	}
	kept = dropFurniture(kept, root, len(raw))
	kept = dropTeasers(kept, root)
	// The headline sits above the article body and the library leaves
	// it out; keep it (it becomes the title line) when it is the title.
	if h := headline(h1s, title); h != nil {
		var hm paragraphMaker
		hm.kind = model.BlockHeading
		hm.addInline(h, false)
		hm.flush()
		if len(hm.blocks) == 1 && hm.blocks[0].Pieces[0].RawStart < kept[0].Pieces[0].RawStart {
			kept = append(hm.blocks, kept...)
		}
	}
	return kept
}

// libText is the library's choice as words: 4-word shingles of its text
// with their counts, and the short element texts (a heading, a one-word
// paragraph) that are whole in it.
type libText struct {
	shingles map[string]int
	short    map[string]int
}

const shingleLen = 4

// libraryText runs go-readability on the page (as UTF-8, decoded by the
// page's charset) and returns its choice, or nil when it chose nothing.
func libraryText(raw []byte, dec *pageDecoder, root *hnode) *libText {
	if len(raw) > maxLibraryBytes || root.deep {
		return nil
	}
	page := raw
	if dec.legacy != nil || dec.other != nil {
		page = []byte(dec.str(raw))
	}
	doc, err := xhtml.Parse(bytes.NewReader(page))
	if err != nil {
		return nil
	}
	p := readability.NewParser()
	p.MaxElemsToParse = maxLibraryElems
	p.DisableJSONLD = true // our metadata reader does that
	art, err := p.ParseAndMutate(doc, nil)
	if err != nil || art.Node == nil {
		return nil
	}
	lt := &libText{shingles: map[string]int{}, short: map[string]int{}}
	var words []string
	var text func(n *xhtml.Node) []string
	text = func(n *xhtml.Node) []string {
		var ws []string
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == xhtml.TextNode {
				ws = append(ws, tokens(c.Data)...)
			} else {
				ws = append(ws, text(c)...)
			}
		}
		if n.Type == xhtml.ElementNode && len(ws) > 0 && len(ws) < shingleLen {
			lt.short[strings.Join(ws, " ")]++
		}
		return ws
	}
	words = text(art.Node)
	if len(words) == 0 {
		return nil
	}
	for _, s := range shingles(words) {
		lt.shingles[s]++
	}
	return lt
}

// keep returns the blocks the library kept, in page order: a block of
// four words or more when at least half of its shingles are in the
// library's text, a shorter one when it is a whole element there. Each
// match uses up what it matched, so a paragraph repeated on the page (a
// teaser of the article, a pull quote) is kept as often as the library
// has it.
func (lt *libText) keep(blocks []clean.Block) []clean.Block {
	var out []clean.Block
	for _, b := range blocks {
		ws := tokens(piecesText(b.Pieces))
		if len(ws) == 0 {
			continue
		}
		if len(ws) < shingleLen {
			k := strings.Join(ws, " ")
			if lt.short[k] > 0 {
				lt.short[k]--
				out = append(out, b)
			}
			continue
		}
		sh := shingles(ws)
		hit := 0
		for _, s := range sh {
			if lt.shingles[s] > 0 {
				hit++
			}
		}
		if hit*2 < len(sh) {
			continue
		}
		for _, s := range sh {
			if lt.shingles[s] > 0 {
				lt.shingles[s]--
			}
		}
		out = append(out, b)
	}
	return out
}

func piecesText(ps []clean.Piece) string {
	var sb strings.Builder
	for _, p := range ps {
		sb.WriteString(p.Text)
	}
	return sb.String()
}

// tokens cuts text into words: runs of letters, digits and marks (the
// benchmark's measure counts words the same way).
func tokens(s string) []string {
	var ws []string
	start := -1
	for i, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '_'
		switch {
		case w && start < 0:
			start = i
		case !w && start >= 0:
			ws = append(ws, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		ws = append(ws, s[start:])
	}
	return ws
}

// shingles are the overlapping runs of shingleLen words, joined by a
// space.
func shingles(ws []string) []string {
	if len(ws) < shingleLen {
		return nil
	}
	out := make([]string, 0, len(ws)-shingleLen+1)
	for i := 0; i+shingleLen <= len(ws); i++ {
		out = append(out, strings.Join(ws[i:i+shingleLen], " "))
	}
	return out
}

// invisibleTags never show text to a reader.
var invisibleTags = setOf("head", "script", "style", "noscript", "template", "svg", "math", "iframe", "select",
	"option", "textarea", "object", "embed", "canvas", "video", "audio", "button", "input")

// pruneInvisible drops what a reader never sees: scripts, styles, form
// controls and hidden elements. The rest stays a candidate for the
// library to accept or not.
func pruneInvisible(root *hnode) {
	root.walk(func(n *hnode) bool {
		if n.tag == "" || n.tag == "#document" {
			return true
		}
		for _, c := range strings.Fields(strings.ToLower(n.attr("class"))) {
			if chromeClasses[c] {
				n.drop = true
			}
		}
		if invisibleTags[n.tag] || hasAttr(n, "hidden") || n.attr("aria-hidden") == "true" || hiddenStyleRE.MatchString(n.attr("style")) {
			n.drop = true
		}
		return !n.drop
	})
	measure(root)
}

// dropFurniture leaves out the kept blocks that the page marks as
// furniture (a footer, a comment thread, a share bar: see looksChrome)
// where the library took them in. When such blocks hold most of the
// kept text, the mark is wrong for this page (the article sits in a
// "paywall" container) and the library's choice stands. It prunes root.
func dropFurniture(kept []clean.Block, root *hnode, size int) []clean.Block {
	prune(root)
	visible := make([]uint64, size/64+1)
	root.walk(func(n *hnode) bool {
		if n.drop {
			return false
		}
		for _, p := range n.pieces {
			for i := p.RawStart; i < p.RawEnd && i < size; i++ {
				visible[i/64] |= 1 << (i % 64)
			}
		}
		return true
	})
	var out []clean.Block
	total, chrome := 0, 0
	for _, b := range kept {
		in, all := 0, 0
		for _, p := range b.Pieces {
			for i := p.RawStart; i < p.RawEnd && i < size; i++ {
				all++
				if visible[i/64]&(1<<(i%64)) != 0 {
					in++
				}
			}
		}
		total += all
		if in*2 < all {
			chrome += all
			continue
		}
		out = append(out, b)
	}
	if chrome*2 > total || !hasProse(out) {
		return kept
	}
	return out
}

// dropTeasers leaves out kept blocks inside other <article> elements when
// one <article> holds most of the kept text: the others are teasers of
// further stories ("more from the site") that the library took in with
// it. A page of several articles none of which dominates (a live blog)
// keeps them all.
func dropTeasers(kept []clean.Block, root *hnode) []clean.Block {
	type span struct{ lo, hi int }
	var arts []span
	root.walk(func(n *hnode) bool {
		if n.drop {
			return false
		}
		if n.tag != "article" {
			return true
		}
		lo, hi := -1, -1
		n.walk(func(c *hnode) bool {
			for _, p := range c.pieces {
				if lo < 0 {
					lo = p.RawStart
				}
				hi = p.RawEnd
			}
			return true
		})
		if lo >= 0 {
			arts = append(arts, span{lo, hi})
		}
		return false // an <article> inside one is part of it
	})
	if len(arts) < 2 {
		return kept
	}
	in := make([]int, len(kept)) // the <article> of each block, or -1
	per := make([]int, len(arts))
	total := 0
	for i, b := range kept {
		in[i] = -1
		n := len(piecesText(b.Pieces))
		total += n
		for j, a := range arts {
			if b.Pieces[0].RawStart >= a.lo && b.Pieces[0].RawStart < a.hi {
				in[i] = j
				per[j] += n
				break
			}
		}
	}
	main := 0
	for j := range per {
		if per[j] > per[main] {
			main = j
		}
	}
	if per[main]*10 < total*6 {
		return kept
	}
	var out []clean.Block
	for i, b := range kept {
		if in[i] < 0 || in[i] == main {
			out = append(out, b)
		}
	}
	return out
}
