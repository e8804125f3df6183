package export

import (
	"bytes"
	"encoding/json"
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
	if err := WriteTimelineJS(&buf, tl, "<b>T</b>"); err != nil {
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
	}
	for d, want := range cases {
		if got := DisplayDate(d); got != want {
			t.Errorf("%+v: %q, want %q", d, got, want)
		}
	}
}
