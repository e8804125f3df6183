package index

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/annals/annals/corpus/events"
	"github.com/annals/annals/model"
)

// storedArticle is what the index keeps of an article so that the reader
// never needs the file again: its metadata, text, sentences and offset
// map, the sentences and the map as numbers (see packSentences).
// Sentence texts are slices of Text and restored on load.
type storedArticle struct {
	Article *model.Article `json:"a"`
	Text    string         `json:"t"`
	Sent    []int          `json:"s"`
	Kinds   []string       `json:"k,omitempty"`
	Texts   map[int]string `json:"st,omitempty"`
	Map     []int          `json:"m,omitempty"`
	ModTime int64          `json:"mt,omitempty"`
	Size    int64          `json:"sz,omitempty"`
}

// encodeArticle returns an article's stored content.
func encodeArticle(a *model.Article) ([]byte, error) {
	meta := *a
	meta.Raw, meta.Text, meta.Sentences = nil, "", nil
	meta.Map = model.OffsetMap{}
	sa := storedArticle{Article: &meta, Text: a.Text, Map: packMap(a.Map), ModTime: a.ModTime, Size: a.Size}
	sa.Sent, sa.Kinds, sa.Texts = packSentences(a.Text, a.Sentences)
	b, err := json.Marshal(sa)
	if err != nil {
		return nil, err
	}
	return pack(b), nil
}

// shrink drops from a stored extraction what the article itself gives
// back (texts that are slices of its text, the article's own file,
// outlet and date on every source); grow restores it. Only values that
// restore exactly are dropped.
func shrink(a *model.Article, ex events.Extraction) events.Extraction {
	slice := func(start, end int) (string, bool) {
		if start < 0 || end > len(a.Text) || start > end {
			return "", false
		}
		return a.Text[start:end], true
	}
	out := ex
	out.Timexes = nil // merging does not read them
	out.Mentions = append([]model.ActorMention(nil), ex.Mentions...)
	for i := range out.Mentions {
		m := &out.Mentions[i]
		if t, ok := slice(m.Start, m.End); ok && t == m.Text {
			m.Text = ""
		}
	}
	out.Events = append([]model.Event(nil), ex.Events...)
	for i := range out.Events {
		e := &out.Events[i]
		e.Sources = append([]model.Source(nil), e.Sources...)
		for j := range e.Sources {
			src := &e.Sources[j]
			if t, ok := slice(src.CleanStart, src.CleanEnd); ok && t == src.Text {
				src.Text = ""
			}
			if src.Article == a.ID && src.File == a.Path && src.Outlet == a.Outlet && src.Published == a.Published {
				src.Article, src.File, src.Outlet, src.Published = "", "", "", ""
			}
		}
	}
	return out
}

func grow(a *model.Article, ex *events.Extraction) {
	slice := func(start, end int) string {
		if start < 0 || end > len(a.Text) || start > end {
			return ""
		}
		return a.Text[start:end]
	}
	for i := range ex.Mentions {
		if m := &ex.Mentions[i]; m.Text == "" {
			m.Text = slice(m.Start, m.End)
		}
	}
	for i := range ex.Events {
		for j := range ex.Events[i].Sources {
			src := &ex.Events[i].Sources[j]
			if src.Text == "" {
				src.Text = slice(src.CleanStart, src.CleanEnd)
			}
			if src.Article == "" {
				src.Article, src.File, src.Outlet, src.Published = a.ID, a.Path, a.Outlet, a.Published
			}
		}
	}
}

// decodeArticle restores an article from its stored content.
func decodeArticle(content []byte) (*model.Article, error) {
	b, err := unpack(content)
	if err != nil {
		return nil, err
	}
	var sa storedArticle
	if err := json.Unmarshal(b, &sa); err != nil {
		return nil, fmt.Errorf("stored article: %w", err)
	}
	a := sa.Article
	if a == nil {
		return nil, fmt.Errorf("stored article: empty")
	}
	a.Text, a.ModTime, a.Size = sa.Text, sa.ModTime, sa.Size
	if a.Sentences, err = unpackSentences(a.Text, sa.Sent, sa.Kinds, sa.Texts); err != nil {
		return nil, err
	}
	if a.Map, err = unpackMap(sa.Map); err != nil {
		return nil, err
	}
	return a, nil
}

// articleRow is the stored row of an article hit.
func articleRow(a *model.Article) ([]byte, error) {
	return json.Marshal(ArticleRow{ID: a.ID, Title: a.Title, Outlet: a.Outlet, Published: a.Published, File: a.Path, URL: a.URL})
}

// dateFields adds the date fields shared by events and articles: the
// range for filtering by overlap, the sort key, and the month bucket. The
// sort key ends with the document id so that it alone orders every
// document: sorting on a second field ("_id") would cost a second doc
// value lookup for every match.
func dateFields(doc map[string]any, value, id string) {
	doc[fSort] = sortKey(value, id)
	r, ok := model.ParseDateValue(value)
	if !ok {
		return
	}
	doc[fDate] = float64(dayNumber(r.Start))
	doc[fDateEnd] = float64(dayNumber(r.End))
	switch r.Precision {
	case model.PrecisionDay, model.PrecisionWeek, model.PrecisionMonth:
		doc[fMonth] = r.Start.Format("2006-01")
	}
}

// sortKey is the chronological sort key of the document id dated value.
func sortKey(value, id string) string {
	r, ok := model.ParseDateValue(value)
	if !ok {
		return undatedSort + id
	}
	return sortDay(r.Start) + precisionRank(r.Precision) + id
}

// sortAlphabet is 64 characters in ascending byte order, so that fixed
// width numbers written in it sort as their values.
const sortAlphabet = "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"

// dayNumber counts days from 1970-01-01 to t's day, negative before:
// the date fields are day numbers, not bleve datetimes, whose int64
// nanoseconds end before 1678 and after 2262 (a filter --to 1500 could
// not be searched, nor an event of 1099 BC selected).
func dayNumber(t time.Time) int64 {
	s := t.Unix()
	d := s / 86400
	if s%86400 < 0 {
		d-- // floor, not toward zero
	}
	return d
}

// sortDayOffset shifts day numbers so that every day from about 9000 BC
// to AD 9999 is a non-negative number of four sortAlphabet characters
// (64^4 days): dates BC sort in order too.
const sortDayOffset = 4_000_000

// precisionRank orders events that start on the same day coarse first, so
// a year-precision "2024" comes before "January 2024", which comes before
// the days of January: month and year separators then appear once.
func precisionRank(p string) string {
	switch p {
	case model.PrecisionDecade:
		return "0"
	case model.PrecisionYear:
		return "1"
	case model.PrecisionSeason, model.PrecisionQuarter:
		return "2"
	case model.PrecisionMonth:
		return "3"
	case model.PrecisionWeek:
		return "4"
	default:
		return "5"
	}
}

// sortDay writes a day as four order-preserving characters (its day
// number plus sortDayOffset): every matching document's sort key is read
// on each search, so a short key is a faster search.
func sortDay(t time.Time) string {
	// Not t.Sub: a time.Duration saturates at 292 years, which gave every
	// modern date the same key.
	n := int(dayNumber(t) + sortDayOffset)
	n = min(max(n, 0), 64*64*64*64-1)
	var b [4]byte
	for i := 3; i >= 0; i-- {
		b[i] = sortAlphabet[n%64]
		n /= 64
	}
	return string(b[:])
}

func encodeEvent(e *model.Event) ([]byte, error) {
	return pack(appendEvent(nil, e)), nil
}

func decodeEvent(b []byte, e *model.Event) error {
	// readEvent copies what it keeps.
	return unpacked(b, func(v []byte) error { return readEvent(v, e) })
}

// distinctTexts returns the distinct source texts in order of first
// appearance (the indexed array, whose element numbers highlights carry)
// and, when some text repeats, for each source 1 + the first source with
// its text (0 for that first source itself).
func distinctTexts(srcs []model.Source) (texts []string, same []int) {
	first := make(map[string]int, len(srcs))
	for j, s := range srcs {
		k, ok := first[s.Text]
		if !ok {
			first[s.Text] = j
			texts = append(texts, s.Text)
			continue
		}
		if same == nil {
			same = make([]int, len(srcs))
		}
		same[j] = k + 1
	}
	return texts, same
}

// sourcesOf maps an element of the indexed text array (see
// distinctTexts) to the sources having that text.
func sourcesOf(srcs []model.Source) [][]int {
	var out [][]int
	first := make(map[string]int, len(srcs))
	for j, s := range srcs {
		u, ok := first[s.Text]
		if !ok {
			u = len(out)
			first[s.Text] = u
			out = append(out, nil)
		}
		out[u] = append(out[u], j)
	}
	return out
}

func eventDoc(e *model.Event) (map[string]any, error) {
	blob, err := encodeEvent(e)
	if err != nil {
		return nil, err
	}
	return eventDocWith(e, blob), nil
}

// eventDocWith is e's document, blob its encodeEvent.
func eventDocWith(e *model.Event, blob []byte) map[string]any {
	// Each distinct sentence is indexed once: repeated copies would
	// only multiply postings and term vectors.
	texts, _ := distinctTexts(e.Sources)
	var arts, outlets []string
	seenA, seenO := map[string]bool{}, map[string]bool{}
	for _, s := range e.Sources {
		if !seenA[s.Article] {
			seenA[s.Article] = true
			arts = append(arts, s.Article)
		}
		if s.Outlet != "" && !seenO[s.Outlet] {
			seenO[s.Outlet] = true
			outlets = append(outlets, s.Outlet)
		}
	}
	actors := append(append([]string{}, e.Actors...), e.Targets...)
	doc := map[string]any{
		fKind:      KindEvents,
		fSummary:   e.Summary,
		fText:      texts,
		fActor:     dedupe(actors),
		fType:      e.Type,
		fArticle:   arts,
		fOutlet:    outlets,
		fPrecision: e.Date.Precision,
		fValue:     e.Date.Value,
		fBlob:      string(blob),
	}
	if e.Place != "" {
		doc[fPlace] = e.Place
	}
	if e.Figures.Killed > 0 {
		doc[fKilled] = float64(e.Figures.Killed)
	}
	if e.Figures.Wounded > 0 {
		doc[fWounded] = float64(e.Figures.Wounded)
	}
	if e.Figures.Count > 0 {
		doc[fCount] = float64(e.Figures.Count)
	}
	dateFields(doc, e.Date.Value, eventDocID(e.ID))
	month, _ := doc[fMonth].(string)
	doc[fFacet] = facetTerms(doc[fActor].([]string), e.Type, month)
	return doc
}

// Prefixes of the facet terms. All facets read one field: a search
// counting them reads one doc value per match instead of three.
const (
	facetActor = "a:"
	facetType  = "t:"
	facetMonth = "m:"
)

func facetTerms(actors []string, typ, month string) []string {
	out := make([]string, 0, len(actors)+2)
	for _, a := range actors {
		out = append(out, facetActor+a)
	}
	if typ != "" {
		out = append(out, facetType+typ)
	}
	if month != "" {
		out = append(out, facetMonth+month)
	}
	return out
}

func articleDoc(a *model.Article) (map[string]any, error) {
	blob, err := encodeArticle(a)
	if err != nil {
		return nil, err
	}
	row, err := articleRow(a)
	if err != nil {
		return nil, err
	}
	doc := map[string]any{
		fKind:  KindArticles,
		fTitle: a.Title,
		fBody:  a.Text,
		fFile:  a.Path,
		fBlob:  string(blob),
		fRow:   string(pack(row)),
	}
	if a.Outlet != "" {
		doc[fOutlet] = a.Outlet
	}
	dateFields(doc, a.Published, articleDocID(a.ID))
	if month, ok := doc[fMonth].(string); ok {
		doc[fFacet] = facetTerms(nil, "", month)
	}
	return doc, nil
}

func dedupe(ss []string) []string {
	seen := make(map[string]bool, len(ss))
	out := ss[:0]
	for _, s := range ss {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// articleDocID keeps article and event ids apart in bleve's single id space.
func articleDocID(id string) string { return "a:" + id }

// eventDocID is the bleve id of an event.
func eventDocID(id string) string { return "e:" + id }
