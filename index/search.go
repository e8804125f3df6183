package index

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/annals/annals/model"
)

// DefaultSize is the page size when Query.Size is 0.
const DefaultSize = 100

// DateRangeError is a date filter that cannot be searched: a bound that
// is not a date (Bound "from" or "to"), or a range ending before it starts
// (Bound "").
type DateRangeError struct {
	Bound    string
	From, To string
}

func (e *DateRangeError) Error() string {
	switch e.Bound {
	case "from":
		return fmt.Sprintf("bad from date %q: want YYYY, YYYY-MM or YYYY-MM-DD", e.From)
	case "to":
		return fmt.Sprintf("bad to date %q: want YYYY, YYYY-MM or YYYY-MM-DD", e.To)
	}
	return fmt.Sprintf("empty date range: from %s is after to %s", e.From, e.To)
}

// CheckDates validates a --from/--to pair (either may be empty): each a
// YYYY, YYYY-MM or YYYY-MM-DD date, from not after to. A reversed range
// would silently match nothing.
func CheckDates(from, to string) error {
	_, _, err := dateBounds(from, to)
	return err
}

// dateBounds parses a from/to pair into the start of from's range and the
// (exclusive) end of to's; an empty bound gives the zero time.
func dateBounds(from, to string) (start, end time.Time, err error) {
	var fr, tr model.DateRange
	if from != "" {
		var ok bool
		if fr, ok = parseBound(from); !ok {
			return start, end, &DateRangeError{Bound: "from", From: from, To: to}
		}
		start = fr.Start
	}
	if to != "" {
		var ok bool
		if tr, ok = parseBound(to); !ok {
			return start, end, &DateRangeError{Bound: "to", From: from, To: to}
		}
		end = tr.End
	}
	if from != "" && to != "" && !start.Before(end) {
		return start, end, &DateRangeError{From: from, To: to}
	}
	return start, end, nil
}

// parseBound reads a --from/--to date: YYYY, YYYY-MM or YYYY-MM-DD.
func parseBound(v string) (model.DateRange, bool) {
	r, ok := model.ParseDateValue(strings.TrimSpace(v))
	return r, ok && (r.Precision == model.PrecisionDay || r.Precision == model.PrecisionMonth || r.Precision == model.PrecisionYear)
}

func term(field, v string) query.Query {
	t := query.NewTermQuery(v)
	t.SetField(field)
	return t
}

// buildQuery turns q into a bleve query: the text, restricted to the kind
// of document asked for, the actors, the types and the dates.
func buildQuery(q Query, norm func(field, v string) string) (query.Query, bool, error) {
	var must []query.Query
	text, err := parseText(q.Text, q.Kind, norm)
	if err != nil {
		return nil, false, err
	}
	if text != nil {
		must = append(must, text)
	}
	switch q.Kind {
	case "", KindEvents:
		must = append(must, term(fKind, KindEvents))
	case KindArticles:
		must = append(must, term(fKind, KindArticles))
	case KindAll:
	default:
		return nil, false, fmt.Errorf("unknown kind %q: want %s, %s or %s", q.Kind, KindEvents, KindArticles, KindAll)
	}
	if len(q.Actors) > 0 {
		qs := make([]query.Query, len(q.Actors))
		for i, a := range q.Actors {
			qs[i] = term(fActor, a)
		}
		if q.AllActors {
			must = append(must, query.NewConjunctionQuery(qs))
		} else {
			must = append(must, query.NewDisjunctionQuery(qs))
		}
	}
	if len(q.Types) > 0 {
		qs := make([]query.Query, len(q.Types))
		for i, t := range q.Types {
			qs[i] = term(fType, t)
		}
		must = append(must, query.NewDisjunctionQuery(qs))
	}
	// A date filter keeps what overlaps the range: an event dated
	// "August 2024" is kept for --from 2024-08-20.
	start, end, err := dateBounds(q.From, q.To)
	if err != nil {
		return nil, false, err
	}
	f, t := false, false
	if q.From != "" {
		// the range ends after from's first day
		min := float64(dayNumber(start))
		dq := query.NewNumericRangeInclusiveQuery(&min, nil, &f, nil)
		dq.SetField(fDateEnd)
		must = append(must, dq)
	}
	if q.To != "" {
		// the range starts before the day after to
		max := float64(dayNumber(end))
		dq := query.NewNumericRangeInclusiveQuery(nil, &max, nil, &t)
		dq.SetField(fDate)
		must = append(must, dq)
	}
	if len(must) == 0 {
		return query.NewMatchAllQuery(), false, nil
	}
	return query.NewConjunctionQuery(must), text != nil, nil
}

func (ix *Index) search(ctx context.Context, q Query) (*Result, error) {
	if ix == nil || ix.bix == nil {
		return nil, fmt.Errorf("index is closed")
	}
	bq, hasText, err := buildQuery(q, ix.keywordValue)
	if err != nil {
		return nil, err
	}
	size := q.Size
	if size <= 0 {
		size = DefaultSize
	}
	// An index that holds the events in chronological order (a full
	// build) answers an events search in index order: no sort key is
	// read, and without facets the search stops at the page. Its pages
	// go by offset, carried in the hits' Sort beside the key.
	from, ordered := 0, ix.st != nil && ix.st.Ordered && (q.Kind == "" || q.Kind == KindEvents)
	if ordered && len(q.After) > 0 {
		// Deep pages go by sort key: an offset page holds every hit
		// before it in memory.
		n, err := strconv.Atoi(afterOffset(q.After))
		ordered = err == nil && n >= 0 && n <= maxOffset
		from = n
	}
	if !ordered {
		from = 0
	}
	// The whole timeline's counts were taken at build time: the first
	// screen reads its page alone.
	var stored facetCounter
	if q.Facets && unfiltered(q) {
		stored = ix.allFacets()
	}
	wantFacets := q.Facets && stored == nil
	req := bleve.NewSearchRequestOptions(bq, size, from, false)
	req.Score = "none"
	req.Fields = []string{fBlob, fRow}
	// A search that stops at its page gathers the page's term locations
	// itself; others would gather them for every match (see locate).
	early := ordered && !wantFacets
	req.IncludeLocations = early && hasText
	if !ordered {
		req.SortBy([]string{fSort})
		if len(q.After) > 0 {
			req.SearchAfter = q.After[:1]
		}
	}
	fs := q.FacetSize
	if fs <= 0 {
		fs = 200
	}
	if wantFacets {
		// Every term: the actors are cut to fs below, after the split.
		req.AddFacet(fFacet, bleve.NewFacetRequest(fFacet, math.MaxInt32))
	}
	res, err := ix.bix.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	out := &Result{Total: res.Total, Took: res.Took}
	if stored != nil && ix.st != nil {
		out.Total = uint64(ix.st.NumEvents)
	} else if early && len(res.Hits) == size {
		// The page search stopped at the page: count the rest.
		cr := bleve.NewSearchRequestOptions(bq, 0, 0, false)
		cr.Score = "none"
		cres, err := ix.bix.SearchInContext(ctx, cr)
		if err != nil {
			return nil, err
		}
		out.Total = cres.Total
		out.Took += cres.Took
	}
	if hasText && !early && len(res.Hits) > 0 {
		if err := ix.locate(ctx, bq, res.Hits); err != nil {
			return nil, err
		}
	}
	for i, h := range res.Hits {
		hit, err := toHit(h)
		if err != nil {
			return nil, err
		}
		if ordered {
			hit.Sort = []string{sortKey(hit.Event.Date.Value, h.ID), offsetMark + strconv.Itoa(from+i+1)}
		}
		out.Hits = append(out.Hits, hit)
	}
	if stored != nil {
		out.Actors, out.Types, out.Months = splitCounts(stored)
		if len(out.Actors) > fs {
			out.Actors = out.Actors[:fs]
		}
	} else if q.Facets {
		out.Actors, out.Types, out.Months = splitFacets(res.Facets[fFacet])
		if len(out.Actors) > fs {
			out.Actors = out.Actors[:fs]
		}
	}
	return out, nil
}

// maxOffset is the deepest page an ordered search reads by offset.
var maxOffset = 5000

// offsetMark starts the offset element of an ordered index's Sort.
const offsetMark = "#"

// afterOffset is the offset in an After from an ordered index's page, or
// "" when After is a sort key alone.
func afterOffset(after []string) string {
	if len(after) != 2 || !strings.HasPrefix(after[1], offsetMark) {
		return ""
	}
	return after[1][len(offsetMark):]
}

// locate fills the term locations of a page of hits. Asking the main
// search for them would gather locations for every match, only to keep
// a page; this second search is restricted to the page's documents.
func (ix *Index) locate(ctx context.Context, q query.Query, hits search.DocumentMatchCollection) error {
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	req := bleve.NewSearchRequestOptions(query.NewConjunctionQuery([]query.Query{query.NewDocIDQuery(ids), q}), len(ids), 0, false)
	req.IncludeLocations = true
	req.Score = "none"
	res, err := ix.bix.SearchInContext(ctx, req)
	if err != nil {
		return err
	}
	byID := make(map[string]search.FieldTermLocationMap, len(res.Hits))
	for _, h := range res.Hits {
		byID[h.ID] = h.Locations
	}
	for _, h := range hits {
		h.Locations = byID[h.ID]
	}
	return nil
}

// splitFacets splits the facet terms into actors and types (most
// frequent first, then by name) and months (chronological).
func splitFacets(fr *search.FacetResult) (actors, types, months []FacetCount) {
	if fr == nil || fr.Terms == nil {
		return nil, nil, nil
	}
	for _, t := range fr.Terms.Terms() {
		switch {
		case strings.HasPrefix(t.Term, facetActor):
			actors = append(actors, FacetCount{Term: t.Term[len(facetActor):], Count: t.Count})
		case strings.HasPrefix(t.Term, facetType):
			types = append(types, FacetCount{Term: t.Term[len(facetType):], Count: t.Count})
		case strings.HasPrefix(t.Term, facetMonth):
			months = append(months, FacetCount{Term: t.Term[len(facetMonth):], Count: t.Count})
		}
	}
	byCount := func(fs []FacetCount) {
		sort.Slice(fs, func(i, j int) bool {
			if fs[i].Count != fs[j].Count {
				return fs[i].Count > fs[j].Count
			}
			return fs[i].Term < fs[j].Term
		})
	}
	byCount(actors)
	byCount(types)
	sort.Slice(months, func(i, j int) bool { return months[i].Term < months[j].Term })
	return actors, types, months
}

func toHit(h *search.DocumentMatch) (Hit, error) {
	blob, _ := h.Fields[fBlob].(string)
	hit := Hit{Sort: h.Sort}
	if strings.HasPrefix(h.ID, "a:") {
		row, _ := h.Fields[fRow].(string)
		var a ArticleRow
		b, err := unpack([]byte(row))
		if err == nil {
			err = json.Unmarshal(b, &a)
		}
		if err != nil {
			return hit, fmt.Errorf("%s: stored row: %w", h.ID, err)
		}
		hit.Kind = KindArticles
		hit.Article = &a
		hit.Highlights = spans(h.Locations, map[string]int{fTitle: -1})
		if len(hit.Highlights) > 0 {
			hit.Fragments = []string{Mark(a.Title, hit.Highlights, -1, ansiOn, ansiOff)}
		}
		return hit, nil
	}
	hit.Kind = KindEvents
	if err := decodeEvent([]byte(blob), &hit.Event); err != nil {
		return hit, fmt.Errorf("%s: stored event: %w", h.ID, err)
	}
	hit.Highlights = toSources(spans(h.Locations, map[string]int{fSummary: -1, fText: 0}), hit.Event.Sources)
	seen := map[int]bool{}
	for _, hl := range hit.Highlights {
		if seen[hl.Source] {
			continue
		}
		seen[hl.Source] = true
		txt := hit.Event.Summary
		if hl.Source >= 0 {
			if hl.Source >= len(hit.Event.Sources) {
				continue
			}
			txt = hit.Event.Sources[hl.Source].Text
		}
		hit.Fragments = append(hit.Fragments, Mark(txt, hit.Highlights, hl.Source, ansiOn, ansiOff))
	}
	return hit, nil
}

// toSources turns highlights in the indexed text array (distinct texts)
// into highlights of every source having that text.
func toSources(hs []Highlight, srcs []model.Source) []Highlight {
	if len(hs) == 0 {
		return hs
	}
	of := sourcesOf(srcs)
	if len(of) == len(srcs) {
		return hs // no repeated text: element j is source j
	}
	var out []Highlight
	for _, h := range hs {
		if h.Source < 0 {
			out = append(out, h)
			continue
		}
		if h.Source >= len(of) {
			continue
		}
		for _, j := range of[h.Source] {
			out = append(out, Highlight{Source: j, Start: h.Start, End: h.End})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Source != out[j].Source {
			return out[i].Source < out[j].Source
		}
		return out[i].Start < out[j].Start
	})
	return out
}

// spans turns bleve's term locations into highlights. fields maps a field
// to its Source: -1 for a single-valued field, 0 for an array whose
// element index is the source.
func spans(locs search.FieldTermLocationMap, fields map[string]int) []Highlight {
	var out []Highlight
	for field, terms := range locs {
		src, ok := fields[field]
		if !ok {
			continue
		}
		for _, ls := range terms {
			for _, l := range ls {
				s := src
				if src >= 0 {
					if len(l.ArrayPositions) == 0 {
						continue
					}
					s = int(l.ArrayPositions[0])
				}
				out = append(out, Highlight{Source: s, Start: int(l.Start), End: int(l.End)})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Source != out[j].Source {
			return out[i].Source < out[j].Source
		}
		return out[i].Start < out[j].Start
	})
	// Overlapping spans (a term matched twice, fuzzy and exact) become one.
	merged := out[:0]
	for _, h := range out {
		if n := len(merged); n > 0 && merged[n-1].Source == h.Source && h.Start <= merged[n-1].End {
			if h.End > merged[n-1].End {
				merged[n-1].End = h.End
			}
			continue
		}
		merged = append(merged, h)
	}
	return merged
}

const (
	ansiOn  = "\x1b[1;33m"
	ansiOff = "\x1b[22;39m"
)

// Mark returns text with the highlights of source wrapped in on and off
// (ANSI codes, or markers like "[" and "]"). Spans outside text are
// ignored, so a stale highlight never panics.
func Mark(text string, hs []Highlight, source int, on, off string) string {
	var b strings.Builder
	last := 0
	for _, h := range hs {
		if h.Source != source || h.Start < last || h.End > len(text) || h.Start >= h.End {
			continue
		}
		b.WriteString(text[last:h.Start])
		b.WriteString(on)
		b.WriteString(text[h.Start:h.End])
		b.WriteString(off)
		last = h.End
	}
	b.WriteString(text[last:])
	return b.String()
}

func (ix *Index) articleEvents(id string) ([]model.Event, error) {
	if ix == nil || ix.bix == nil {
		return nil, fmt.Errorf("index is closed")
	}
	q := query.NewConjunctionQuery([]query.Query{term(fKind, KindEvents), term(fArticle, id)})
	var out []model.Event
	var after []string
	for {
		req := bleve.NewSearchRequestOptions(q, 1000, 0, false)
		req.SortBy([]string{fSort})
		req.Score = "none"
		req.Fields = []string{fBlob}
		if after != nil {
			req.SearchAfter = after
		}
		res, err := ix.bix.Search(req)
		if err != nil {
			return nil, err
		}
		for _, h := range res.Hits {
			hit, err := toHit(h)
			if err != nil {
				return nil, err
			}
			out = append(out, hit.Event)
			after = h.Sort
		}
		if len(res.Hits) < 1000 {
			return out, nil
		}
	}
}

// keywordValue maps a keyword field's value as typed in a query to the
// value indexed: an actor's canonical name from its name or any alias
// (ignoring case and the kind of apostrophe), a type or precision in
// lower case. A value that names nothing known is searched as typed.
func (ix *Index) keywordValue(field, v string) string {
	switch field {
	case fType, fPrecision:
		return strings.ToLower(v)
	case fActor:
		want := model.FoldName(v)
		for _, a := range ix.Actors() {
			if model.FoldName(a.Name) == want {
				return a.Name
			}
			for _, al := range a.Aliases {
				if model.FoldName(al) == want {
					return a.Name
				}
			}
		}
	}
	return v
}
