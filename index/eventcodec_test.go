package index

import (
	"reflect"
	"strings"
	"testing"

	"github.com/annals/annals/model"
)

// The binary event form writes the model's fields one by one: a field
// added to the model must be added to it (and FormatVersion changed).
func TestEventCodecCoversModel(t *testing.T) {
	known := map[string]string{
		"Event":         "ID Date Type Actors Targets Place Figures Summary Headline SubType Background Disagreements Sources",
		"EventDate":     "Value Precision Text Mod Inferred",
		"Figures":       "Killed Wounded Count",
		"Source":        "Article File Start End CleanStart CleanEnd Text Outlet Published",
		"Disagreement":  "Field Values",
		"DisagreeValue": "Value Articles",
	}
	for _, v := range []any{model.Event{}, model.EventDate{}, model.Figures{}, model.Source{}, model.Disagreement{}, model.DisagreeValue{}} {
		ty := reflect.TypeOf(v)
		var names []string
		for i := 0; i < ty.NumField(); i++ {
			names = append(names, ty.Field(i).Name)
		}
		if got := strings.Join(names, " "); got != known[ty.Name()] {
			t.Errorf("model.%s has fields %q; appendEvent and readEvent write %q", ty.Name(), got, known[ty.Name()])
		}
	}
}

func TestEventCodecRoundTrip(t *testing.T) {
	src := model.Source{Article: "a1", File: "/c/x.jsonl", Start: 10, End: 60, CleanStart: 5, CleanEnd: 55, Text: "A drone hit the base.", Outlet: "AFP", Published: "2024-01-29"}
	e := model.Event{ID: "e1", Date: model.EventDate{Value: "2024-01-28", Precision: model.PrecisionDay, Text: "on Sunday", Mod: "BEFORE", Inferred: true},
		Type: "attack", Actors: []string{"Kataib Hezbollah"}, Targets: []string{"United States"}, Place: "Jordan",
		Figures: model.Figures{Killed: 3, Wounded: 34, Count: -1}, Summary: "A drone hit the base",
		Headline: "Drone attack kills 3 US troops at Tower 22, Jordan", SubType: model.SubAirDroneStrike, Background: true,
		Disagreements: []model.Disagreement{{Field: "killed", Values: []model.DisagreeValue{{Value: "3", Articles: []string{"a1"}}, {Value: "2", Articles: []string{"a2", "a3"}}}}},
		Sources:       []model.Source{src, {Article: "a2", Text: "Other words.", Start: -1}, src}}
	for _, ev := range []model.Event{e, {ID: "bare"}, {ID: "empty lists", Actors: []string{}, Sources: []model.Source{}}} {
		b, err := encodeEvent(&ev)
		if err != nil {
			t.Fatal(err)
		}
		var got model.Event
		if err := decodeEvent(b, &got); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, ev) {
			t.Errorf("round trip:\n%#v\n%#v", got, ev)
		}
	}
	raw := appendEvent(nil, &e)
	if strings.Count(string(raw), src.Text) != 1 {
		t.Error("a repeated source text is stored twice")
	}
	for _, bad := range [][]byte{raw[:len(raw)/2], append(append([]byte{}, raw...), 0), {0xff, 0xff, 0xff}} {
		var got model.Event
		if err := readEvent(bad, &got); err == nil {
			t.Errorf("damaged event (%d bytes) read without error", len(bad))
		}
	}
}
