// Package html reads a web page: its main text as blocks whose pieces
// keep their byte offsets into the raw page, and its metadata (title,
// byline, publication date, outlet, URL) from meta tags, JSON-LD and
// markup. Extract is the one entry point; package corpus loads the files
// and assembles articles from what it returns.
//
// The main content is chosen by go-readability (Mozilla's Readability
// in Go) and mapped back onto this package's own offset-keeping parse,
// so the library's choice and the page's exact bytes go together; the
// page's own markup heuristics remain the fallback.
package html

import (
	"bytes"
	"sort"
	"strings"

	"github.com/annals/annals/corpus/clean"
	"github.com/annals/annals/model"
)

// Page is what a web page says: its main text as blocks whose pieces
// keep their byte offsets into the raw page, and its metadata.
type Page struct {
	Blocks []clean.Block
	// Title, Outlet, URL and Byline come from the page's markup (meta
	// tags, JSON-LD, <title>, <h1>); empty when the page does not say.
	Title, Outlet, URL, Byline string
	// Published is the publication date (YYYY-MM-DD) the markup states,
	// and Confidence how directly it states it (model.Confidence*).
	Published, Confidence string
	// Invalid counts bytes that were not UTF-8 in a page read as UTF-8
	// (each was read as Windows-1252).
	Invalid int
	// Warnings say why a page gave no text.
	Warnings []string
}

// Extract reads a web page. The page is tokenized once
// (golang.org/x/net/html) into a light element tree whose text runs keep
// their raw byte offsets; the main content is chosen by go-readability
// and mapped back onto that tree (see choose), with the page's own
// markup heuristics as the fallback; its paragraphs, headings and
// captions become blocks. Block offsets therefore point at the page
// source itself: an entity maps to its whole "&rsquo;", a byte of a
// legacy charset to itself, a tag between two words is inside the span.
// title is a title known from elsewhere (a manifest), used to find the
// headline.
func Extract(raw []byte, title string) Page {
	dec := newPageDecoder(raw)
	root := parsePage(raw, dec)
	pm := readMeta(root)
	p := Page{Title: pageTitle(&pm), Outlet: pm.site, URL: pm.url, Byline: pm.author, Invalid: dec.invalid}
	if pm.date != "" {
		p.Published, p.Confidence = pm.date, pm.dateConf
	}
	blocks := choose(raw, dec, root, pm.h1s, firstNonEmpty(title, p.Title))
	if len(blocks) == 0 {
		p.Warnings = []string{"no main text found in the HTML page"}
		return p
	}
	lines := lineStarts(raw)
	for i := range blocks {
		b := &blocks[i]
		b.Line = sort.SearchInts(lines, b.Pieces[0].RawStart+1)
	}
	p.Blocks = blocks
	return p
}

// ownChoice is the page's main text by its own markup: furniture pruned,
// the content root chosen by semantic elements or paragraph score. It
// prunes root.
func ownChoice(root *hnode, h1s []*hnode, title string) []clean.Block {
	prune(root)
	roots := contentRoot(root)
	var mk paragraphMaker
	// The headline often sits above the article body, in a header that
	// was pruned with the page's own: keep it when it is the title.
	if h := headline(h1s, title); h != nil && !inAny(roots, h) {
		h.drop = false
		mk.kind = model.BlockHeading
		mk.addInline(h, false)
		mk.flush()
		mk.kind = ""
	}
	for _, r := range roots {
		mk.container(r)
		mk.flush()
	}
	if !hasProse(mk.blocks) && roots[0] != root {
		mk = paragraphMaker{}
		mk.container(root)
		mk.flush()
	}
	return mk.blocks
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

func inAny(roots []*hnode, n *hnode) bool {
	for _, r := range roots {
		if isAncestor(r, n) {
			return true
		}
	}
	return false
}

func hasProse(bs []clean.Block) bool {
	for _, b := range bs {
		if b.Kind == "" {
			return true
		}
	}
	return false
}

// headline is the first <h1> that is the title (not the site's logo).
func headline(h1s []*hnode, title string) *hnode {
	for _, h := range h1s {
		// Hidden parts count: the title in the page's meta tags has them
		// ("Kicker: Headline" with a hidden colon).
		if sameTitle(h.allText(), title) {
			return h
		}
	}
	return nil
}

// sameTitle reports whether a heading is the headline: equal, or one
// contains the other (a title with a kicker or a site name).
func sameTitle(h, title string) bool {
	h, title = strings.ToLower(collapseSpace(h)), strings.ToLower(collapseSpace(title))
	if h == "" {
		return false
	}
	return title == "" || strings.Contains(title, h) || strings.Contains(h, title)
}

// lineStarts lists the offsets where lines begin, for 1-based line numbers.
func lineStarts(raw []byte) []int {
	starts := []int{0}
	for i := 0; ; {
		j := bytes.IndexByte(raw[i:], '\n')
		if j < 0 {
			return starts
		}
		i += j + 1
		starts = append(starts, i)
	}
}
