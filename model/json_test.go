package model

import (
	"encoding/json"
	"testing"
)

// Export readers find every contract key, null when unknown, and the
// values read back into the same structs.
func TestContractKeysPresent(t *testing.T) {
	a := Article{ID: "x", Path: "a.txt", Title: "T", PublishedSource: SourceNone}
	e := Event{ID: "e", Date: EventDate{Value: "2024-01-28", Precision: PrecisionDay}, Type: EventAttack, Summary: "s"}
	for _, c := range []struct {
		v    any
		keys []string
	}{
		{a, []string{"id", "file", "title", "outlet", "published", "published_source"}},
		{e, []string{"id", "date", "type", "actors", "place", "figures", "summary", "sources"}},
	} {
		b, err := json.Marshal(c.v)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		for _, k := range c.keys {
			if _, ok := m[k]; !ok {
				t.Errorf("%s lacks %q", b, k)
			}
		}
		if _, isEvent := c.v.(Event); isEvent && (m["actors"] == nil || m["sources"] == nil) {
			t.Errorf("empty lists written as null: %s", b)
		}
	}
	a.Published, a.Outlet = "2024-01-29", "AFP"
	e.Place = "Jordan"
	for _, v := range []any{&a, &e} {
		b, _ := json.Marshal(v)
		switch x := v.(type) {
		case *Article:
			var back Article
			if err := json.Unmarshal(b, &back); err != nil || back.Published != x.Published || back.Outlet != x.Outlet {
				t.Errorf("article round trip: %s -> %+v (%v)", b, back, err)
			}
		case *Event:
			var back Event
			if err := json.Unmarshal(b, &back); err != nil || back.Place != x.Place {
				t.Errorf("event round trip: %s -> %+v (%v)", b, back, err)
			}
		}
	}
}

// A name typed with an ASCII apostrophe, other case or spacing meets the
// name as written.
func TestFoldName(t *testing.T) {
	if FoldName("Kata'ib  Hezbollah") != FoldName("kata’ib hezbollah") || FoldName("Kataib Hezbollah") != FoldName("Kata'ib Hezbollah") {
		t.Errorf("folds differ: %q %q", FoldName("Kata'ib  Hezbollah"), FoldName("kata’ib hezbollah"))
	}
}
