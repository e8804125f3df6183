package index

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/mapping"
)

// Field names. Short, because they are repeated in every document.
const (
	fKind      = "kind"
	fSummary   = "summary"
	fText      = "text" // event: source sentences (array, one distinct text each)
	fBody      = "body" // article: cleaned text
	fTitle     = "title"
	fActor     = "actor"
	fType      = "type"
	fArticle   = "article"
	fOutlet    = "outlet"
	fPlace     = "place"
	fDate      = "date"     // number: first day of the date's range (see dayNumber)
	fDateEnd   = "date_end" // number: the day after the range
	fSort      = "d"        // keyword: sortDay(start) or "~" when undated, then the doc id: chronological sort key
	fPrecision = "precision"
	fValue     = "value"
	fMonth     = "month" // "YYYY-MM" for day, week and month precision: the histogram
	fFacet     = "f"     // keyword: the facet terms, "a:" actor, "t:" type, "m:" month (see facetTerms)
	fKilled    = "killed"
	fWounded   = "wounded"
	fCount     = "count"
	fFile      = "file"
	fBlob      = "blob" // stored, not indexed: an event, or an article's content (see pack)
	fRow       = "row"  // stored, not indexed: an article hit's row (packed JSON)
)

// undatedSort sorts after every date.
const undatedSort = "~"

func newMapping() mapping.IndexMapping {
	text := func(vectors bool) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = en.AnalyzerName
		f.Store = false
		f.IncludeInAll = false
		f.IncludeTermVectors = vectors // only where highlights are drawn
		f.DocValues = false
		return f
	}
	kw := func(docValues bool) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Store = false
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = docValues // facets and sorting read doc values
		return f
	}
	num := func() *mapping.FieldMapping {
		f := bleve.NewNumericFieldMapping()
		f.Store = false
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	blob := func() *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = keyword.Name
		f.Index = false
		f.Store = true
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = false
		return f
	}

	ev := bleve.NewDocumentStaticMapping()
	ev.AddFieldMappingsAt(fKind, kw(false))
	ev.AddFieldMappingsAt(fSummary, text(true))
	ev.AddFieldMappingsAt(fText, text(true))
	ev.AddFieldMappingsAt(fActor, kw(false))
	ev.AddFieldMappingsAt(fType, kw(false))
	ev.AddFieldMappingsAt(fArticle, kw(false))
	ev.AddFieldMappingsAt(fOutlet, kw(false))
	ev.AddFieldMappingsAt(fPlace, text(false))
	ev.AddFieldMappingsAt(fDate, num())
	ev.AddFieldMappingsAt(fDateEnd, num())
	ev.AddFieldMappingsAt(fSort, kw(true))
	ev.AddFieldMappingsAt(fPrecision, kw(false))
	ev.AddFieldMappingsAt(fValue, kw(false))
	ev.AddFieldMappingsAt(fMonth, kw(false))
	ev.AddFieldMappingsAt(fFacet, kw(true))
	ev.AddFieldMappingsAt(fKilled, num())
	ev.AddFieldMappingsAt(fWounded, num())
	ev.AddFieldMappingsAt(fCount, num())
	ev.AddFieldMappingsAt(fBlob, blob())

	art := bleve.NewDocumentStaticMapping()
	art.AddFieldMappingsAt(fKind, kw(false))
	art.AddFieldMappingsAt(fTitle, text(true))
	art.AddFieldMappingsAt(fBody, text(false))
	art.AddFieldMappingsAt(fOutlet, kw(false))
	art.AddFieldMappingsAt(fFile, kw(false))
	art.AddFieldMappingsAt(fDate, num())
	art.AddFieldMappingsAt(fDateEnd, num())
	art.AddFieldMappingsAt(fSort, kw(true))
	art.AddFieldMappingsAt(fMonth, kw(false))
	art.AddFieldMappingsAt(fFacet, kw(true))
	art.AddFieldMappingsAt(fBlob, blob())
	art.AddFieldMappingsAt(fRow, blob())

	// No composite _all field: nothing goes into it (every field says
	// IncludeInAll false), yet bleve would build one for each document.
	for _, m := range []*mapping.DocumentMapping{ev, art} {
		m.AddSubDocumentMapping("_all", bleve.NewDocumentDisabledMapping())
	}

	im := bleve.NewIndexMapping()
	im.TypeField = fKind
	im.DefaultAnalyzer = en.AnalyzerName
	im.DefaultField = fText
	im.IndexDynamic = false
	im.StoreDynamic = false
	im.DocValuesDynamic = false
	im.DefaultMapping = bleve.NewDocumentDisabledMapping()
	im.AddDocumentMapping(KindEvents, ev)
	im.AddDocumentMapping(KindArticles, art)
	return im
}
