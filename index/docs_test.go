package index

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/annals/annals/corpus"
	"github.com/annals/annals/corpus/events"
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
		b, err := encodeArticle(a, ex)
		if err != nil {
			t.Fatal(err)
		}
		got, gotEx, err := decodeArticle(b)
		if err != nil {
			t.Fatal(err)
		}
		if got.Text != a.Text || !reflect.DeepEqual(got.Sentences, a.Sentences) || !reflect.DeepEqual(got.Map, a.Map) || got.Title != a.Title || got.Published != a.Published {
			t.Errorf("%s: article changed in storage", a.Path)
		}
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
	values := []string{"0005", "1997", "1997-03", "1997-03-29", "2005-11-10", "2005-11-28", "2006-11-02", "2010", "2024", "2024-01", "2024-W05", "2024-01-29"}
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
