package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Block is one paragraph of cleaned text with its kind (model.Block*).
type Block struct {
	Kind   string
	Pieces []Piece
	Text   string
	Line   int // 1-based raw line where the block starts
}

func newBlock(kind string, ps []Piece, lineNum int) Block {
	return Block{Kind: kind, Pieces: ps, Text: joinPieces(ps), Line: lineNum}
}

// RawStart is the raw offset of the block's first byte.
func (b Block) RawStart() int {
	if len(b.Pieces) == 0 {
		return 0
	}
	return b.Pieces[0].RawStart
}

// RawEnd is the raw offset after the block's last byte.
func (b Block) RawEnd() int {
	if len(b.Pieces) == 0 {
		return 0
	}
	return b.Pieces[len(b.Pieces)-1].RawEnd
}

// groupBlocks makes paragraphs from lines. Blank lines always separate
// paragraphs. Inside a paragraph a line break is a soft wrap (joined with
// a space) only when the line does not end a sentence and the next line
// visibly continues it (starts in lower case or with a digit), or when
// the paragraph is hard-wrapped prose; otherwise each line is a block of
// its own, which keeps headlines, bylines and captions apart from the text.
func groupBlocks(lines []line) []Block {
	var out []Block
	var para []line
	flush := func() {
		if len(para) == 0 {
			return
		}
		wrapped := hardWrapped(para)
		cur := para[0]
		ps := append([]Piece(nil), cur.pieces...)
		startLine := cur.num
		for _, next := range para[1:] {
			if softBreak(cur.text, next.text, wrapped) {
				ps = append(ps, Piece{RawStart: cur.end, RawEnd: next.pieces[0].RawStart, Text: " "})
				ps = append(ps, next.pieces...)
			} else {
				out = append(out, newBlock("", mergeCopies(ps), startLine))
				ps = append([]Piece(nil), next.pieces...)
				startLine = next.num
			}
			cur = next
		}
		out = append(out, newBlock("", mergeCopies(ps), startLine))
		para = para[:0]
	}
	for _, l := range lines {
		if l.text == "" {
			flush()
			continue
		}
		if l.kind != "" {
			flush()
			out = append(out, newBlock(l.kind, l.pieces, l.num))
			continue
		}
		para = append(para, l)
	}
	flush()
	return out
}

// hardWrapped reports whether a paragraph's lines look cut at a fixed
// width: three or more lines, all but the last of similar, long length.
func hardWrapped(para []line) bool {
	if len(para) < 3 {
		return false
	}
	lo, hi := 1<<30, 0
	for _, l := range para[:len(para)-1] {
		n := utf8.RuneCountInString(l.text)
		lo, hi = min(lo, n), max(hi, n)
	}
	return lo >= 40 && hi <= 100 && hi-lo <= 25
}

func softBreak(prev, next string, wrapped bool) bool {
	if endsSentence(prev) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(r) {
		return true
	}
	return wrapped
}

// endsSentence reports whether s ends like a sentence: . ! ? … or : ,
// possibly followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"”’')] ")
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '…', ':', ';':
		return true
	}
	return false
}

// words counts the space-separated words of s.
func words(s string) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// normHash is a hash of normKey(s) computed without building the key,
// for spotting repeated blocks cheaply.
func normHash(s string) uint64 {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	space, started := false, false
	// Trim the punctuation normKey trims at both ends.
	s = strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(" .,:;!?\"'-’‘`´“”„«»–—‒―", r)
	})
	for _, r := range s {
		r = foldQuote(unicode.ToLower(r))
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && started {
			h = (h ^ ' ') * prime
		}
		space, started = false, true
		h = (h ^ uint64(r)) * prime
	}
	return h
}

// foldQuote makes typographic quotes and dashes plain, so a headline
// repeated with other quotes is still a repeat.
func foldQuote(r rune) rune {
	switch r {
	case '’', '‘', '`', '´':
		return '\''
	case '“', '”', '„', '«', '»':
		return '"'
	case '–', '—', '‒', '―':
		return '-'
	}
	return r
}

// normKey is the form used to spot repeated blocks: lower case, quotes
// and dashes unified, punctuation at the ends and runs of space dropped.
func normKey(s string) string {
	var sb strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		r = foldQuote(r)
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		space = false
		sb.WriteRune(r)
	}
	return strings.Trim(sb.String(), " .,:;!?\"'-")
}
