package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/annals/annals/model"
)

// TimelineJS renders headlines as HTML: article text stays text. Events
// it cannot place are counted on the title slide, not lost silently.
func TestTimelineJSEscapesAndCountsUndated(t *testing.T) {
	tl := &model.Timeline{Events: []model.Event{
		{ID: "a", Date: model.EventDate{Value: "2024-10-07", Precision: model.PrecisionDay}, Type: model.EventAttack,
			Summary: `Hamas attacked <img src=x onerror=alert(1)> Israel`},
		{ID: "b", Date: model.EventDate{Value: "XXXX-WXX-1", Precision: model.PrecisionDay}, Type: model.EventOther, Summary: "On a Monday"},
	}}
	var buf bytes.Buffer
	if err := WriteTimelineJS(&buf, tl, Options{Title: "<b>T</b>"}); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Title  tjsSlide   `json:"title"`
		Events []tjsSlide `json:"events"`
	}
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Events) != 1 || strings.Contains(out.Events[0].Text.Headline, "<img") || strings.Contains(out.Title.Text.Headline, "<b>") {
		t.Errorf("markup left in headlines: %+v / %+v", out.Title.Text, out.Events)
	}
	if !strings.Contains(out.Title.Text.Text, "1 without a calendar date") {
		t.Errorf("the undated event is not counted: %q", out.Title.Text.Text)
	}
}

func TestDisplayDate(t *testing.T) {
	cases := map[model.EventDate]string{
		{Value: "2024-01-28", Precision: model.PrecisionDay}:                "28 January 2024",
		{Value: "2024-W05", Precision: model.PrecisionWeek, Inferred: true}: "week of 29 January 2024 (inferred)",
		{Value: "2023-10", Precision: model.PrecisionMonth, Mod: "MID"}:     "mid October 2023",
		{Value: "XXXX-10-04", Precision: model.PrecisionUnknown}:            "4 October (year unknown)",
		{Value: "", Precision: model.PrecisionUnknown}:                      "undated",
		{Value: "0505", Precision: model.PrecisionYear}:                     "AD 505",
		{Value: "BC1995", Precision: model.PrecisionYear}:                   "1995 BC",
		{Value: "0005", Precision: model.PrecisionYear}:                     "AD 5",
	}
	for d, want := range cases {
		if got := DisplayDate(d); got != want {
			t.Errorf("%+v: %q, want %q", d, got, want)
		}
	}
}

// TestTimelineJSAtRealSize: a large timeline is capped (the most-reported
// events kept, said on the title slide and through Notice), far-past
// outliers are left out unless asked, and groups stay few.
func TestTimelineJSAtRealSize(t *testing.T) {
	var tl model.Timeline
	for i := 0; i < 3000; i++ {
		d := fmt.Sprintf("2024-%02d-%02d", 1+i%12, 1+i%28)
		e := model.Event{ID: fmt.Sprint("e", i), Date: model.EventDate{Value: d, Precision: model.PrecisionDay},
			Type: model.EventTypes[i%len(model.EventTypes)], Actors: []string{fmt.Sprint("Actor ", i%40)},
			Headline: fmt.Sprint("Event ", i), Sources: []model.Source{{Article: fmt.Sprint("a", i)}}}
		if i%100 == 0 {
			e.Sources = append(e.Sources, model.Source{Article: "b"}, model.Source{Article: "c"})
		}
		tl.Events = append(tl.Events, e)
	}
	tl.Events = append(tl.Events, model.Event{ID: "old", Date: model.EventDate{Value: "BC1995", Precision: model.PrecisionYear}, Headline: "Old"})
	var notes []string
	var buf bytes.Buffer
	if err := WriteTimelineJS(&buf, &tl, Options{Group: "actor", Notice: func(s string) { notes = append(notes, s) }}); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Title  tjsSlide   `json:"title"`
		Events []tjsSlide `json:"events"`
	}
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Events) != DefaultMaxSlides {
		t.Errorf("%d slides, want the cap %d", len(out.Events), DefaultMaxSlides)
	}
	groups := map[string]bool{}
	multi := 0
	for _, s := range out.Events {
		groups[s.Group] = true
		if s.UniqueID == "old" {
			t.Error("the 1995 BC outlier is on the axis")
		}
		if n, _ := fmt.Sscan(strings.TrimPrefix(s.UniqueID, "e"), new(int)); n == 1 {
			var i int
			fmt.Sscan(strings.TrimPrefix(s.UniqueID, "e"), &i)
			if i%100 == 0 {
				multi++
			}
		}
	}
	if multi != 30 {
		t.Errorf("%d of the 30 events reported by three articles kept", multi)
	}
	if len(groups) > MaxGroups+1 {
		t.Errorf("%d groups, want at most %d", len(groups), MaxGroups+1)
	}
	if !strings.Contains(out.Title.Text.Text, "1000 of 3000 events shown") || len(notes) != 2 {
		t.Errorf("the cap and the outlier are not said: %q %q", out.Title.Text.Text, notes)
	}
	buf.Reset()
	if err := WriteTimelineJS(&buf, &tl, Options{AllDates: true, MaxEvents: -1}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"unique_id": "old"`) || strings.Contains(buf.String(), `"group"`) {
		t.Error("AllDates and no cap: the outlier is missing, or groups are set by default")
	}
}
