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
