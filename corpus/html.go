package corpus

import (
	"bytes"
	"sort"
	"strings"

	"github.com/annals/annals/corpus/clean"
	"github.com/annals/annals/model"
)

// htmlDocument extracts the main text and metadata of a web page. The
// page is tokenized once (golang.org/x/net/html) into a light element
// tree whose text runs keep their raw byte offsets; page furniture is
// pruned, the content root chosen by markup or by paragraph score, and
// its paragraphs, headings and captions become blocks that the same
// cleaning rules as plain text then classify. Sentence offsets therefore
// point at the page source itself: an entity maps to its whole "&rsquo;",
// a tag between two words is inside the span.
func htmlDocument(raw []byte, title string) (clean.Result, meta, []string) {
	dec := newPageDecoder(raw)
	root := parsePage(raw, dec)
	pm := readMeta(root)
	t := pageTitle(&pm)
	m := meta{Title: t, Outlet: pm.site, URL: pm.url, Byline: pm.author}
	if pm.date != "" {
		m.Published, m.Source, m.Confidence = pm.date, model.SourceHTMLMeta, pm.dateConf
	}
	prune(root)
	roots := contentRoot(root)
	var mk paragraphMaker
	// The headline often sits above the article body, in a header that
	// was pruned with the page's own: keep it when it is the title.
	if h := headline(pm.h1s, firstNonEmpty(title, m.Title)); h != nil && !inAny(roots, h) {
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
	if len(mk.blocks) == 0 {
		return clean.Result{}, m, []string{"no main text found in the HTML page"}
	}
	lines := lineStarts(raw)
	for i := range mk.blocks {
		b := &mk.blocks[i]
		b.Line = sort.SearchInts(lines, b.Pieces[0].RawStart+1)
	}
	res := clean.FromBlocks(mk.blocks, clean.Hints{Title: firstNonEmpty(title, m.Title)})
	res.Invalid = dec.invalid
	return res, m, nil
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
		drop := h.drop
		h.drop = false
		t := h.text()
		h.drop = drop
		if sameTitle(t, title) {
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
