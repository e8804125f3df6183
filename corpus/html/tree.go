package html

import (
	"bytes"
	stdhtml "html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"

	"github.com/annals/annals/corpus/clean"
)

// hnode is an element or a text run of a page, built straight from the
// tokenizer so that every text run knows the raw bytes it came from
// (html.Parse drops positions and moves text around).
type hnode struct {
	tag      string // lower case; "" for text
	attrs    []xhtml.Attribute
	parent   *hnode
	children []*hnode
	// A text run: its decoded pieces (white space runs are single-space
	// pieces), and, for <script>/<title>, the raw content.
	pieces []clean.Piece
	data   string
	drop   bool // boilerplate, left out of the text

	textLen, linkLen int  // visible text under the node, and the part inside links
	deep             bool // on the root: the page nests deeper than maxDepth
}

func (n *hnode) attr(key string) string {
	for _, a := range n.attrs {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// voidTags never have content, so they are never pushed on the stack.
var voidTags = setOf("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen")

// closesP are the tags whose start implicitly ends an open <p>.
var closesP = setOf("address", "article", "aside", "blockquote", "details", "dialog", "div", "dl", "fieldset", "figcaption",
	"figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p",
	"pre", "section", "table", "ul", "li", "dd", "dt", "summary", "center")

// scopeTags bound the search for an element to close implicitly.
var scopeTags = setOf("html", "body", "table", "td", "th", "caption", "button", "object", "template", "marquee", "applet")

// The boundaries of implied closing for list items, definitions, cells
// and rows.
var (
	listScope  = setOf("ul", "ol", "menu", "html", "body", "table")
	defScope   = setOf("dl", "html", "body", "table")
	rowScope   = setOf("tr", "table")
	tableScope = setOf("table")
)

const maxDepth = 512 // deeper nesting is a broken or hostile page: flatten it

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// pageDecoder turns the raw bytes of text tokens into text pieces.
type pageDecoder struct {
	legacy  *charmap.Charmap  // a declared single-byte charset
	other   encoding.Encoding // a declared multi-byte charset (decoded per token)
	invalid int               // bytes that were not UTF-8 in a UTF-8 page
}

var charsetRE = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)`)

// newPageDecoder reads the charset a page declares. A page that declares
// a legacy charset but is valid UTF-8 with non-ASCII bytes was saved as
// UTF-8 and mislabelled; it is read as UTF-8.
func newPageDecoder(raw []byte) *pageDecoder {
	d := &pageDecoder{}
	if bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")) {
		return d
	}
	m := charsetRE.FindSubmatch(raw[:min(len(raw), 4096)])
	if m == nil {
		return d
	}
	enc, name := charset.Lookup(string(m[1]))
	if enc == nil || name == "utf-8" || strings.HasPrefix(name, "utf-16") {
		// A page whose bytes are ASCII-compatible enough to declare
		// UTF-16 in a <meta> is not UTF-16 (it was decoded from it, or
		// mislabelled): HTML reads that label as UTF-8.
		return d
	}
	if utf8.Valid(raw) && hasHighBytes(raw) {
		return d
	}
	if cm, ok := enc.(*charmap.Charmap); ok {
		d.legacy = cm
	} else if name != "windows-1252" {
		d.other = enc
	}
	if name == "windows-1252" { // the WHATWG label for latin1 and ascii too
		d.legacy = charmap.Windows1252
	}
	return d
}

func hasHighBytes(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// decode turns one raw text token at offset base into pieces: runs of
// bytes copied as they are, an entity or a legacy byte as a piece that
// covers its raw bytes, and each white space run as one " ".
func (d *pageDecoder) decode(tok []byte, base int) []clean.Piece {
	if d.other != nil {
		b, err := d.other.NewDecoder().Bytes(tok)
		if err != nil {
			b = tok
		}
		t := strings.Join(strings.Fields(stdhtml.UnescapeString(string(b))), " ")
		return []clean.Piece{{RawStart: base, RawEnd: base + len(tok), Text: t}}
	}
	var ps []clean.Piece
	run := -1 // start of a run of copied bytes
	flush := func(i int) {
		if run >= 0 && i > run {
			ps = append(ps, clean.Piece{RawStart: base + run, RawEnd: base + i, Text: string(tok[run:i]), Copied: true})
		}
		run = -1
	}
	add := func(text string, from, to int) {
		flush(from)
		if isSpaceText(text) {
			text = " "
			if n := len(ps); n > 0 && ps[n-1].Text == " " && ps[n-1].RawEnd == base+from {
				ps[n-1].RawEnd = base + to
				ps[n-1].Copied = false
				return
			}
		}
		ps = append(ps, clean.Piece{RawStart: base + from, RawEnd: base + to, Text: text, Copied: string(tok[from:to]) == text})
	}
	for i := 0; i < len(tok); {
		c := tok[i]
		switch {
		case c == '&':
			if j := entityEnd(tok, i); j > 0 {
				ent := string(tok[i:j])
				if dec := stdhtml.UnescapeString(ent); dec != ent {
					add(dec, i, j)
					i = j
					continue
				}
			}
		case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f':
			j := i + 1
			for j < len(tok) && (tok[j] == ' ' || tok[j] == '\n' || tok[j] == '\t' || tok[j] == '\r' || tok[j] == '\f') {
				j++
			}
			add(" ", i, j)
			i = j
			continue
		case c >= 0x80 && d.legacy != nil:
			add(string(d.legacy.DecodeByte(c)), i, i+1)
			i++
			continue
		case c >= 0x80:
			r, size := utf8.DecodeRune(tok[i:])
			if r == utf8.RuneError && size == 1 {
				// A page in a legacy charset it does not declare: the
				// byte is most likely Windows-1252.
				d.invalid++
				add(string(charmap.Windows1252.DecodeByte(c)), i, i+1)
				i++
				continue
			}
			if unicode.IsSpace(r) {
				add(" ", i, i+size)
				i += size
				continue
			}
			if run < 0 {
				run = i
			}
			i += size
			continue
		}
		if run < 0 {
			run = i
		}
		i++
	}
	flush(len(tok))
	return ps
}

// str decodes bytes outside the text (attribute values, the title) to
// UTF-8 by the page's charset; offsets do not matter there.
func (d *pageDecoder) str(b []byte) string {
	switch {
	case d.other != nil:
		if u, err := d.other.NewDecoder().Bytes(b); err == nil {
			return string(u)
		}
	case d.legacy != nil && hasHighBytes(b):
		u, err := d.legacy.NewDecoder().Bytes(b)
		if err == nil {
			return string(u)
		}
	case !utf8.Valid(b):
		u, err := charmap.Windows1252.NewDecoder().Bytes(b)
		if err == nil {
			return string(u)
		}
	}
	return string(b)
}

// entityEnd returns the end of a character reference starting at tok[i]
// ("&amp;", "&#8217;", "&#x2019;", or a legacy "&amp" without the
// semicolon), or 0.
func entityEnd(tok []byte, i int) int {
	j := i + 1
	if j < len(tok) && tok[j] == '#' {
		j++
		if j < len(tok) && (tok[j] == 'x' || tok[j] == 'X') {
			j++
		}
	}
	start := j
	for j < len(tok) && j-i < 40 && (tok[j] >= 'a' && tok[j] <= 'z' || tok[j] >= 'A' && tok[j] <= 'Z' || tok[j] >= '0' && tok[j] <= '9') {
		j++
	}
	if j == start {
		return 0
	}
	if j < len(tok) && tok[j] == ';' {
		j++
	}
	return j
}

func isSpaceText(s string) bool {
	return strings.TrimFunc(s, unicode.IsSpace) == ""
}

// parsePage builds the element tree of a page. It follows the HTML rules
// that matter for text (void elements, a block start closing an open
// <p>, <li> closing <li>, cells closing cells, end tags closing what is
// open inside them) and ignores the rest; the content of script, style
// and title is kept only as data.
func parsePage(raw []byte, dec *pageDecoder) *hnode {
	root := &hnode{tag: "#document"}
	stack := []*hnode{root}
	top := func() *hnode { return stack[len(stack)-1] }
	closeTo := func(i int) { stack = stack[:i] }
	// find returns the stack index of the nearest open element named one
	// of tags, not looking past a scope boundary, or -1.
	find := func(bound map[string]bool, tags ...string) int {
		for i := len(stack) - 1; i > 0; i-- {
			for _, t := range tags {
				if stack[i].tag == t {
					return i
				}
			}
			if bound[stack[i].tag] {
				return -1
			}
		}
		return -1
	}
	z := xhtml.NewTokenizer(bytes.NewReader(raw))
	off := 0
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			break
		}
		tok := z.Raw()
		start := off
		off += len(tok)
		switch tt {
		case xhtml.TextToken:
			p := top()
			if p.tag == "script" || p.tag == "style" || p.tag == "title" || p.tag == "textarea" || p.tag == "noscript" || p.tag == "iframe" {
				p.data += dec.str(tok)
				continue
			}
			ps := dec.decode(tok, start)
			if len(ps) > 0 {
				p.children = append(p.children, &hnode{parent: p, pieces: ps})
			}
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			tag := string(name)
			n := &hnode{tag: tag}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				n.attrs = append(n.attrs, xhtml.Attribute{Key: string(k), Val: dec.str(v)})
			}
			if closesP[tag] {
				if i := find(scopeTags, "p"); i > 0 {
					closeTo(i)
				}
			}
			switch tag {
			case "li":
				if i := find(listScope, "li"); i > 0 {
					closeTo(i)
				}
			case "dd", "dt":
				if i := find(defScope, "dd", "dt"); i > 0 {
					closeTo(i)
				}
			case "td", "th":
				if i := find(rowScope, "td", "th"); i > 0 {
					closeTo(i)
				}
			case "tr":
				if i := find(tableScope, "tr"); i > 0 {
					closeTo(i)
				}
			case "h1", "h2", "h3", "h4", "h5", "h6":
				if t := top().tag; len(t) == 2 && t[0] == 'h' && t[1] >= '1' && t[1] <= '6' {
					closeTo(len(stack) - 1)
				}
			}
			p := top()
			n.parent = p
			p.children = append(p.children, n)
			if !voidTags[tag] && (tt == xhtml.StartTagToken || tag == "svg" || tag == "math") {
				if len(stack) < maxDepth {
					stack = append(stack, n)
				} else {
					root.deep = true
				}
			}
		case xhtml.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if tag == "br" {
				p := top()
				p.children = append(p.children, &hnode{tag: "br", parent: p})
				continue
			}
			for i := len(stack) - 1; i > 0; i-- {
				if stack[i].tag == tag {
					closeTo(i)
					break
				}
			}
		}
	}
	return root
}

// walk calls f on n and its descendants in document order; f returns
// false to skip a node's children.
func (n *hnode) walk(f func(*hnode) bool) {
	if !f(n) {
		return
	}
	for _, c := range n.children {
		c.walk(f)
	}
}

// text is the visible text under n with white space collapsed.
func (n *hnode) text() string {
	var sb strings.Builder
	n.walk(func(c *hnode) bool {
		if c.drop {
			return false
		}
		if c.tag == "br" {
			sb.WriteByte(' ')
		}
		for _, p := range c.pieces {
			sb.WriteString(p.Text)
		}
		return true
	})
	return strings.Join(strings.Fields(sb.String()), " ")
}

// allText is the text under n, hidden parts included, with white space
// collapsed.
func (n *hnode) allText() string {
	var sb strings.Builder
	n.walk(func(c *hnode) bool {
		if c.tag == "br" {
			sb.WriteByte(' ')
		}
		for _, p := range c.pieces {
			sb.WriteString(p.Text)
		}
		return true
	})
	return strings.Join(strings.Fields(sb.String()), " ")
}

func (n *hnode) within(tag string) bool {
	for p := n.parent; p != nil; p = p.parent {
		if p.tag == tag {
			return true
		}
	}
	return false
}
