package index

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/document"

	"github.com/annals/annals/corpus"
	"github.com/annals/annals/corpus/events"
	"github.com/annals/annals/model"
)

// The stored form of an article drops what it can restore; what comes
// back must be what went in.
func TestStoredArticleRoundTrip(t *testing.T) {
	x, err := events.NewExtractor(events.Options{})
	if err != nil {
		t.Fatal(err)
	}
	arts, _ := corpus.Load(nil, corpus.Options{})
	if len(arts) == 0 {
		t.Skip("no sample articles")
	}
	for _, a := range arts {
		ex := x.Article(a)
		b, err := encodeArticle(a)
		if err != nil {
			t.Fatal(err)
		}
		got, err := decodeArticle(b)
		if err != nil {
			t.Fatal(err)
		}
		// The extraction goes through the extractions file.
		path := filepath.Join(t.TempDir(), "x")
		w, err := newExWriter(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := w.add(a, ex); err != nil {
			t.Fatal(err)
		}
		if err := w.close(); err != nil {
			t.Fatal(err)
		}
		os.Rename(path, filepath.Join(filepath.Dir(path), extractionsName))
		all, err := readExtractions(filepath.Dir(path))
		if err != nil {
			t.Fatal(err)
		}
		gotEx := all[a.ID]
		grow(got, &gotEx)
		if got.Text != a.Text || !reflect.DeepEqual(got.Sentences, a.Sentences) || !reflect.DeepEqual(got.Map, a.Map) || got.Title != a.Title || got.Published != a.Published {
			t.Errorf("%s: article changed in storage", a.Path)
		}
		if len(ex.Timexes) == 0 {
			t.Errorf("%s: no time expressions to drop", a.Path)
		}
		ex.Timexes = nil // merging does not read them; they are not kept
		want, _ := json.Marshal(ex)
		have, _ := json.Marshal(gotEx)
		if string(want) != string(have) {
			t.Errorf("%s: extraction changed in storage:\n%s\n%s", a.Path, want, have)
		}
	}
}

// The sort key must order documents chronologically across centuries
// (a Duration-based key once saturated and gave modern dates one key)
// and put coarser dates first when they start on the same day.
func TestSortKeyChronological(t *testing.T) {
	values := []string{"BC1354", "BC10", "BC0001", "0005", "1500", "1677-12-31", "1997", "1997-03", "1997-03-29", "2005-11-10", "2005-11-28", "2006-11-02", "2010", "2024", "2024-01", "2024-W05", "2024-01-29"}
	var keys []string
	for _, v := range values {
		doc := map[string]any{}
		dateFields(doc, v, "id")
		keys = append(keys, doc[fSort].(string))
	}
	for i := 1; i < len(keys); i++ {
		if keys[i-1] >= keys[i] {
			t.Errorf("sort key of %s (%q) is not before %s (%q)", values[i-1], keys[i-1], values[i], keys[i])
		}
	}
}

// An event reported in the same words by several outlets indexes and
// stores the sentence once, yet reads back whole and highlights the match
// in every source that has it.
func TestRepeatedSourceTexts(t *testing.T) {
	wire := "A drone struck the base near the border on Sunday."
	e := &model.Event{ID: "ev1", Summary: "A drone struck the base", Type: "attack", Date: model.EventDate{Value: "2024-01-28", Precision: model.PrecisionDay},
		Sources: []model.Source{
			{Article: "a1", Text: wire, CleanStart: 10, CleanEnd: 10 + len(wire)},
			{Article: "a2", Text: "Officials blamed a militia for the drone attack."},
			{Article: "a3", Text: wire, CleanStart: 40, CleanEnd: 40 + len(wire)},
		}}
	b, err := encodeEvent(e)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := unpack(b)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(plain), "near the border"); n != 1 {
		t.Errorf("repeated text stored %d times", n)
	}
	var got model.Event
	if err := decodeEvent(b, &got); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(&got, e) {
		t.Errorf("event changed in storage:\n%+v\n%+v", got, *e)
	}

	bix, err := bleve.NewMemOnly(newMapping())
	if err != nil {
		t.Fatal(err)
	}
	defer bix.Close()
	doc, err := eventDoc(e)
	if err != nil {
		t.Fatal(err)
	}
	if texts := doc[fText].([]string); len(texts) != 2 {
		t.Errorf("indexed %d texts, want the 2 distinct ones", len(texts))
	}
	if err := bix.Index(eventDocID(e.ID), doc); err != nil {
		t.Fatal(err)
	}
	req := bleve.NewSearchRequest(bleve.NewMatchQuery("border"))
	req.IncludeLocations = true
	req.Fields = []string{fBlob}
	res, err := bix.Search(req)
	if err != nil || len(res.Hits) != 1 {
		t.Fatalf("search: %v, %d hits", err, len(res.Hits))
	}
	hit, err := toHit(res.Hits[0])
	if err != nil {
		t.Fatal(err)
	}
	at := strings.Index(wire, "border")
	want := []Highlight{{Source: 0, Start: at, End: at + 6}, {Source: 2, Start: at, End: at + 6}}
	if !reflect.DeepEqual(hit.Highlights, want) {
		t.Errorf("highlights %v, want %v", hit.Highlights, want)
	}
	if len(hit.Fragments) != 2 || !strings.Contains(hit.Fragments[1], ansiOn+"border") {
		t.Errorf("fragments %q", hit.Fragments)
	}
}

// Sentences and offset maps stored as numbers come back whole, including
// a sentence whose text is not its span (a repaired one); damaged stored
// values are errors, not panics.
func TestPackedSentencesAndMap(t *testing.T) {
	text := "One two. Three four five.\n\nSix."
	ss := []model.Sentence{
		{Start: 3, End: 11, CleanStart: 0, CleanEnd: 8, Text: "One two.", Para: 0, Kind: model.BlockBody},
		{Start: 12, End: 30, CleanStart: 9, CleanEnd: 25, Text: "Three four five!", Para: 0, Kind: model.BlockBody},
		{Start: 33, End: 37, CleanStart: 27, CleanEnd: 31, Text: "Six.", Para: 1, Kind: "caption"},
	}
	nums, kinds, texts := packSentences(text, ss)
	if len(texts) != 1 {
		t.Errorf("texts kept apart: %v, want the repaired one", texts)
	}
	got, err := unpackSentences(text, nums, kinds, texts)
	if err != nil || !reflect.DeepEqual(got, ss) {
		t.Errorf("sentences: %v\n%+v\n%+v", err, got, ss)
	}
	m := model.OffsetMap{Segments: []model.Segment{{CleanStart: 0, RawStart: 3, CleanLen: 25, RawLen: 25}, {CleanStart: 25, RawStart: 30, CleanLen: 2, RawLen: 1}, {CleanStart: 27, RawStart: 33, CleanLen: 4, RawLen: 4}}}
	if gm, err := unpackMap(packMap(m)); err != nil || !reflect.DeepEqual(gm, m) {
		t.Errorf("map: %v %+v", err, gm)
	}
	if _, err := unpackSentences(text, nums[:5], kinds, nil); err == nil {
		t.Error("5 numbers accepted as sentences")
	}
	if _, err := unpack([]byte("not deflate at all")); err == nil {
		t.Error("garbage unpacked")
	}
}

// Documents carry no composite _all field: nothing is included in it,
// and building one for every document cost memory and time.
func TestNoCompositeField(t *testing.T) {
	e := &model.Event{ID: "e", Summary: "A drone struck", Type: "attack", Actors: []string{"X"}}
	doc := document.NewDocument(eventDocID(e.ID))
	d, err := eventDoc(e)
	if err != nil {
		t.Fatal(err)
	}
	if err := newMapping().MapDocument(doc, d); err != nil {
		t.Fatal(err)
	}
	if doc.HasComposite() {
		t.Error("an event document has a composite field")
	}
}
