package corpus

import (
	"bytes"
	"fmt"
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/markusmobius/go-trafilatura"
	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/encoding/charmap"

	"github.com/annals/annals/corpus/clean"
	"github.com/annals/annals/model"
)

// htmlDocument extracts the main text of a web page with trafilatura,
// taking paragraphs from its ContentNode (ContentText runs them together),
// and finds each paragraph in the page's own text so sentence offsets
// point at the raw HTML bytes. Metadata (title, site, author, URL, date)
// comes from trafilatura, whose date is go-htmldate's.
func htmlDocument(raw []byte, title string) (clean.Result, meta, []string) {
	var warns []string
	ex, err := trafilatura.Extract(bytes.NewReader(raw), trafilatura.Options{ExcludeComments: true})
	if err != nil || ex == nil || ex.ContentNode == nil {
		msg := "no main text found in the HTML page"
		if err != nil {
			msg += " (" + err.Error() + ")"
		}
		return clean.Result{}, meta{}, []string{msg}
	}
	md := ex.Metadata
	m := meta{Title: strings.TrimSpace(md.Title), Outlet: md.Sitename, URL: md.URL, Byline: md.Author}
	if !md.Date.IsZero() {
		m.Published = md.Date.Format("2006-01-02")
		m.Source, m.Confidence = model.SourceHTMLMeta, model.ConfidenceMedium
	}
	vis := visibleText(raw)
	var blocks []clean.Block
	missed := 0
	for _, p := range paragraphs(ex.ContentNode) {
		ps, ok := vis.locate(raw, p.text)
		if !ok {
			missed++
		}
		if len(ps) > 0 {
			blocks = append(blocks, clean.Block{Kind: p.kind, Pieces: ps})
		}
	}
	if missed > 0 {
		warns = append(warns, fmt.Sprintf("%d paragraphs could not be found in the page source; their offsets are approximate", missed))
	}
	return clean.FromBlocks(blocks, clean.Hints{Title: firstNonEmpty(title, m.Title)}), m, warns
}

type para struct{ text, kind string }

// paragraphs lists the block-level elements of trafilatura's content tree
// with the text of everything inside them.
func paragraphs(n *xhtml.Node) []para {
	var out []para
	var walk func(*xhtml.Node)
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.ElementNode {
			kind, block := "", false
			switch n.DataAtom {
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				kind, block = model.BlockHeading, true
			case atom.Figcaption, atom.Caption:
				kind, block = model.BlockCaption, true
			case atom.P, atom.Li, atom.Blockquote, atom.Pre, atom.Td, atom.Th, atom.Dd, atom.Dt:
				block = !hasBlockChild(n)
			}
			if block {
				var sb strings.Builder
				textOf(n, &sb)
				if t := strings.TrimSpace(sb.String()); t != "" {
					out = append(out, para{t, kind})
				}
				return
			}
		}
		if n.Type == xhtml.TextNode && strings.TrimSpace(n.Data) != "" && n.Parent != nil && n.Parent.DataAtom == atom.Body {
			out = append(out, para{strings.TrimSpace(n.Data), ""})
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func hasBlockChild(n *xhtml.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.DataAtom {
		case atom.P, atom.Li, atom.Blockquote, atom.Ul, atom.Ol, atom.Div, atom.Table:
			return true
		}
	}
	return false
}

func textOf(n *xhtml.Node, sb *strings.Builder) {
	if n.Type == xhtml.TextNode {
		sb.WriteString(n.Data)
		return
	}
	if n.DataAtom == atom.Br {
		sb.WriteByte(' ')
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		textOf(c, sb)
	}
}

// pageText is the text a browser shows, with white space collapsed, and
// for each of its bytes the raw bytes it came from (an entity maps to the
// whole "&rsquo;").
type pageText struct {
	text     []byte
	rawStart []int32
	rawEnd   []int32
	cursor   int // where the next paragraph is searched from
}

// visibleText collects the text tokens outside <head>, scripts and styles.
func visibleText(raw []byte) *pageText {
	pt := &pageText{}
	z := xhtml.NewTokenizer(bytes.NewReader(raw))
	off := 0
	skip := 0
	space := true
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			break
		}
		tok := z.Raw()
		start := off
		off += len(tok)
		switch tt {
		case xhtml.StartTagToken, xhtml.EndTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style", "head", "noscript", "template", "svg", "title":
				if tt == xhtml.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
			}
		case xhtml.TextToken:
			if skip > 0 {
				continue
			}
			space = pt.addText(tok, start, space)
		}
	}
	return pt
}

func (pt *pageText) emit(b []byte, rs, re int) {
	for _, c := range b {
		pt.text = append(pt.text, c)
		pt.rawStart = append(pt.rawStart, int32(rs))
		pt.rawEnd = append(pt.rawEnd, int32(re))
	}
}

// addText appends one raw text token, decoding entities and collapsing
// white space; space says whether the text so far ends in white space.
func (pt *pageText) addText(tok []byte, base int, space bool) bool {
	for i := 0; i < len(tok); {
		if tok[i] == '&' {
			if j := bytes.IndexByte(tok[i:min(len(tok), i+12)], ';'); j > 0 {
				ent := string(tok[i : i+j+1])
				if dec := html.UnescapeString(ent); dec != ent {
					if isSpaceText(dec) {
						if !space {
							pt.emit([]byte{' '}, base+i, base+i+j+1)
						}
						space = true
					} else {
						pt.emit([]byte(dec), base+i, base+i+j+1)
						space = false
					}
					i += j + 1
					continue
				}
			}
		}
		r, size := utf8.DecodeRune(tok[i:])
		if r == utf8.RuneError && size == 1 {
			// A page in a legacy encoding: read the byte as Windows-1252,
			// as the extractor does, so its paragraphs are still found.
			r = charmap.Windows1252.DecodeByte(tok[i])
			pt.emit([]byte(string(r)), base+i, base+i+1)
			space = unicode.IsSpace(r)
			i++
			continue
		}
		if unicode.IsSpace(r) {
			if !space {
				pt.emit([]byte{' '}, base+i, base+i+size)
			}
			space = true
		} else {
			pt.emit(tok[i:i+size], base+i, base+i+size)
			space = false
		}
		i += size
	}
	return space
}

func isSpaceText(s string) bool {
	return strings.TrimFunc(s, unicode.IsSpace) == ""
}

// collapse normalizes a paragraph the way pageText is.
func collapse(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

// locate finds a paragraph in the page text after the previous one and
// returns its pieces. When the extractor changed the text so it cannot be
// found, the paragraph keeps its text and points at where the search
// stood, and ok is false.
func (pt *pageText) locate(raw []byte, text string) ([]clean.Piece, bool) {
	want := collapse(text)
	if want == "" {
		return nil, true
	}
	k := bytes.Index(pt.text[pt.cursor:], []byte(want))
	if k < 0 {
		k = bytes.Index(pt.text, []byte(want)) // out of order (a caption moved)
	} else {
		k += pt.cursor
	}
	if k < 0 {
		at := len(raw)
		if pt.cursor < len(pt.rawStart) {
			at = int(pt.rawStart[pt.cursor])
		}
		return []clean.Piece{{RawStart: at, RawEnd: at, Text: want}}, false
	}
	end := k + len(want)
	pt.cursor = max(pt.cursor, end)
	var ps []clean.Piece
	for j := k; j < end; {
		rs, re := int(pt.rawStart[j]), int(pt.rawEnd[j])
		n := 1
		for j+n < end && int(pt.rawStart[j+n]) == rs {
			n++
		}
		chunk := pt.text[j : j+n]
		copied := re-rs == n && bytes.Equal(raw[rs:re], chunk)
		if last := len(ps) - 1; copied && last >= 0 && ps[last].Copied && ps[last].RawEnd == rs {
			ps[last].RawEnd = re
			ps[last].Text += string(chunk)
		} else {
			ps = append(ps, clean.Piece{RawStart: rs, RawEnd: re, Text: string(chunk), Copied: copied})
		}
		j += n
	}
	return ps, true
}
