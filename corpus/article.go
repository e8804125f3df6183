package corpus

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/annals/annals/corpus/clean"
	"github.com/annals/annals/corpus/html"
	"github.com/annals/annals/corpus/segment"
	"github.com/annals/annals/model"
)

// buildArticle cleans one document and fills an Article: text, offset
// map, sentences, metadata with the date's origin, repairs and warnings.
func buildArticle(d doc) *model.Article {
	a := &model.Article{
		Path: d.path, Raw: d.raw, ModTime: d.info.ModTime, Size: d.info.Size,
		PublishedSource: model.SourceNone,
	}
	a.Warnings = append(a.Warnings, d.warns...)
	m := d.meta
	var res clean.Result
	if d.kind == "html" {
		pg := html.Extract(d.raw, m.Title)
		a.Warnings = append(a.Warnings, pg.Warnings...)
		hm := meta{Title: pg.Title, Outlet: pg.Outlet, URL: pg.URL, Byline: pg.Byline}
		if pg.Published != "" {
			hm.Published, hm.Source, hm.Confidence = pg.Published, model.SourceHTMLMeta, pg.Confidence
		}
		if len(pg.Blocks) > 0 {
			res = clean.FromBlocks(pg.Blocks, clean.Hints{Title: firstNonEmpty(m.Title, pg.Title)})
			res.Invalid = pg.Invalid
		}
		m.merge(hm)
	} else {
		res = clean.Document(d.raw, clean.Hints{Title: m.Title, Start: d.base, Markdown: d.markdown})
	}
	assemble(a, res)

	a.Title = firstNonEmpty(m.Title, res.Title, fallbackTitle(a))
	a.Outlet, a.URL = m.Outlet, m.URL
	a.Byline = firstNonEmpty(m.Byline, res.Byline)
	a.Dateline = res.Dateline
	a.Captions = res.Captions
	setDates(a, m, res)

	for _, r := range res.Repairs {
		a.Repairs = append(a.Repairs, model.Repair{Start: r.Start, End: r.End, From: string(d.raw[r.Start:r.End]), To: r.To})
	}
	if res.Invalid > 0 {
		a.Warnings = append(a.Warnings, fmt.Sprintf("%d bytes are not valid UTF-8; read as Windows-1252", res.Invalid))
	}
	if len(a.Sentences) == 0 && len(a.Warnings) == 0 {
		a.Warnings = append(a.Warnings, "no article text found (only page chrome), skipped")
	}
	if d.idKey != "" {
		a.ID = d.idKey
	} else {
		a.ID = articleID(d.path, d.raw)
	}
	return a
}

// assemble lays the blocks out as paragraphs separated by a blank line,
// records where each byte came from, and splits sentences. Titles,
// bylines, datelines and headings are one sentence each: they are lines,
// not prose.
func assemble(a *model.Article, res clean.Result) {
	var sb strings.Builder
	starts := make([]int, len(res.Blocks))
	for bi, b := range res.Blocks {
		if bi > 0 {
			sb.WriteString("\n\n")
		}
		starts[bi] = sb.Len()
		for _, p := range b.Pieces {
			a.Map.Add(sb.Len(), p.RawStart, len(p.Text), p.RawEnd-p.RawStart)
			sb.WriteString(p.Text)
		}
	}
	a.Text = sb.String()
	for bi, b := range res.Blocks {
		var spans []segment.Span
		if b.Kind == model.BlockBody || b.Kind == model.BlockCaption {
			spans = segment.Split(b.Text)
		} else {
			spans = []segment.Span{{Start: 0, End: len(b.Text)}}
		}
		for _, sp := range spans {
			cs, ce := starts[bi]+sp.Start, starts[bi]+sp.End
			rs, re := a.Map.RawSpan(cs, ce)
			a.Sentences = append(a.Sentences, model.Sentence{
				Start: rs, End: re, CleanStart: cs, CleanEnd: ce,
				Text: a.Text[cs:ce], // shares Text's memory
				Para: bi, Kind: b.Kind,
			})
		}
	}
}

// fallbackTitle names an article that has no headline anywhere: its first
// body sentence, cut at a word boundary.
func fallbackTitle(a *model.Article) string {
	for _, s := range a.Sentences {
		if s.Kind != model.BlockBody {
			continue
		}
		return cutTitle(s.Text, 80)
	}
	return ""
}

// cutTitle shortens a sentence used as a title to about n bytes, at a
// word boundary, with an ellipsis; a sentence that fits stays whole.
func cutTitle(t string, n int) string {
	if len(t) <= n+n/4 { // a little over is better than a cut
		return t
	}
	cut := strings.LastIndexByte(t[:n+1], ' ')
	if cut < n/2 {
		cut = n
		for cut > 0 && !utf8.RuneStart(t[cut]) {
			cut--
		}
	}
	return strings.TrimRight(t[:cut], " ,;:–—-") + "…"
}

var datelineDateRE = regexp.MustCompile(`\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s+\d{4}`)

// setDates applies the priority of date sources: metadata (manifest, front
// matter, HTML meta, JSONL field), then a full date in the dateline. A
// date printed above the article is only a candidate: page scrapes carry
// the day they were made.
func setDates(a *model.Article, m meta, res clean.Result) {
	if m.Published != "" {
		a.Published, a.PublishedSource, a.Confidence = m.Published, m.Source, m.Confidence
		a.DateCandidates = append(a.DateCandidates, model.DateCandidate{Date: m.Published, Source: m.Source})
	}
	if res.Dateline != "" {
		if s := datelineDateRE.FindString(res.Dateline); s != "" {
			if d, ok := clean.ParseDateLine(s); ok {
				a.DateCandidates = append(a.DateCandidates, model.DateCandidate{Date: d, Source: model.SourceDateline, Evidence: res.Dateline})
				if a.Published == "" {
					a.Published, a.PublishedSource, a.Confidence = d, model.SourceDateline, model.ConfidenceMedium
				}
			}
		}
	}
	for _, h := range res.HeaderDates {
		a.DateCandidates = append(a.DateCandidates, model.DateCandidate{
			Date: h.Date, Source: model.SourceHeader, Evidence: h.Text, Start: h.RawStart, End: h.RawEnd,
		})
	}
}
