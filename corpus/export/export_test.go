package export_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals/annals/corpus"
	"github.com/annals/annals/corpus/events"
	"github.com/annals/annals/corpus/export"
	"github.com/annals/annals/model"
)

const shared = "../../../shared"

func TestExportFormats(t *testing.T) {
	tl := loadSeedTimeline(t)
	if len(tl.Events) == 0 {
		t.Fatal("no events")
	}

	var js bytes.Buffer
	if err := export.WriteJSON(&js, tl); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Articles []map[string]any `json:"articles"`
		Events   []struct {
			ID   string `json:"id"`
			Date struct {
				Value, Precision string
			} `json:"date"`
			Sources []struct {
				Article, File string
				Start, End    int
				Text          string
			} `json:"sources"`
		} `json:"events"`
		Actors []model.Actor `json:"actors"`
	}
	if err := json.Unmarshal(js.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"id", "file", "title", "published_source"} {
		if _, ok := out.Articles[0][k]; !ok {
			t.Errorf("article JSON lacks %q", k)
		}
	}
	// Source offsets point at the raw bytes of the file.
	raw := map[string][]byte{}
	for _, a := range tl.Articles {
		raw[a.Path] = a.Raw
	}
	checked := 0
	for _, e := range out.Events {
		for _, s := range e.Sources {
			r := raw[s.File]
			if r == nil || s.End > len(r) || s.Start >= s.End {
				t.Errorf("event %s: bad span %d-%d in %s", e.ID, s.Start, s.End, s.File)
				continue
			}
			// Repaired mojibake may differ inside; the ends must match.
			got := string(r[s.Start:s.End])
			n := min(8, len(s.Text))
			if !strings.HasPrefix(got, s.Text[:n]) || !strings.HasSuffix(got, s.Text[len(s.Text)-n:]) {
				t.Errorf("event %s: raw %q != text %q", e.ID, got, s.Text)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Error("no sources checked")
	}

	var cb bytes.Buffer
	if err := export.WriteCSV(&cb, tl, export.Options{All: true}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&cb).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	if len(rows) != len(tl.Events)+1 || rows[0][1] != "event_date" || rows[0][3] != "time_precision" {
		t.Errorf("csv: %d rows, header %v", len(rows), rows[0])
	}
	for _, r := range rows[1:] {
		if p := r[col["time_precision"]]; p != "1" && p != "2" && p != "3" && p != "4" {
			t.Errorf("time_precision %q", p)
		}
		if et := r[col["event_type"]]; et != "" {
			if _, _, ok := model.ACLEDTypes(r[col["sub_event_type"]]); !ok {
				t.Errorf("event_type %q with sub_event_type %q outside ACLED's codebook", et, r[col["sub_event_type"]])
			}
		}
	}

	var tj bytes.Buffer
	if err := export.WriteTimelineJS(&tj, tl, export.Options{Title: "Iraq"}); err != nil {
		t.Fatal(err)
	}
	var tjs struct {
		Title  map[string]any `json:"title"`
		Events []struct {
			StartDate map[string]any    `json:"start_date"`
			Text      map[string]string `json:"text"`
			Group     string            `json:"group"`
			Display   string            `json:"display_date"`
		} `json:"events"`
	}
	if err := json.Unmarshal(tj.Bytes(), &tjs); err != nil {
		t.Fatal(err)
	}
	if len(tjs.Events) == 0 || tjs.Title == nil {
		t.Fatal("timelinejs: no events or title")
	}
	for _, e := range tjs.Events {
		if _, ok := e.StartDate["year"]; !ok || e.Text["headline"] == "" {
			t.Errorf("timelinejs slide without year or headline: %+v", e)
		}
	}

	var md bytes.Buffer
	if err := export.WriteMarkdown(&md, tl, export.Options{}); err != nil {
		t.Fatal(err)
	}
	s := md.String()
	if !strings.Contains(s, "## 2014") || !strings.Contains(s, "## 2024") || !strings.Contains(s, "Tower 22") {
		t.Errorf("markdown chronology lacks 2014, 2024 or Tower 22:\n%s", s[:min(len(s), 2000)])
	}
	if i, j := strings.Index(s, "## 2014"), strings.Index(s, "## 2024"); i > j {
		t.Error("markdown not chronological")
	}
	// Every quote is followed by its attribution on a line of its own,
	// and the next quote starts a new blockquote.
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "  > ") && !strings.HasPrefix(l, "  > — ") {
			if !strings.HasSuffix(l, `\`) || i+1 >= len(lines) || !strings.HasPrefix(lines[i+1], "  > — ") {
				t.Errorf("quote without its attribution on the next line: %q", l)
			}
			if i+2 < len(lines) && lines[i+2] != "" {
				t.Errorf("next line after an attribution is not blank: %q", lines[i+2])
			}
		}
	}
}

// TestSeedACLED: on the samples the Tower 22 attack and the US
// retaliatory strikes are ACLED's Explosions/Remote violence, Air/drone
// strike; statements have no ACLED type and are left out by default.
func TestSeedACLED(t *testing.T) {
	tl := loadSeedTimeline(t)
	var cb bytes.Buffer
	if err := export.WriteCSV(&cb, tl, export.Options{}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&cb).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	towerID := ""
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			if strings.Contains(s.Text, "Tower 22") && e.Figures.Killed == 3 {
				towerID = e.ID
			}
		}
	}
	tower, strikes := false, false
	for _, r := range rows[1:] {
		if r[col["annals_type"]] == model.EventStatement {
			t.Errorf("a statement in the default ACLED export: %v", r)
		}
		et, sub := r[col["event_type"]], r[col["sub_event_type"]]
		if r[col["annals_id"]] == towerID {
			tower = tower || (et == model.ACLEDExplosions && sub == model.SubAirDroneStrike)
		}
		if r[col["annals_type"]] == model.EventStrike && strings.Contains(r[col["actor1"]], "United States") {
			strikes = strikes || (et == model.ACLEDExplosions && sub == model.SubAirDroneStrike)
		}
	}
	if !tower || !strikes {
		t.Errorf("Tower 22 as Air/drone strike: %v; US strikes as Air/drone strike: %v\n%s", tower, strikes, cb.String())
	}
}

// TestMarkdownEscapes: article text is text in Markdown and HTML.
func TestMarkdownEscapes(t *testing.T) {
	tl := &model.Timeline{Events: []model.Event{{ID: "a", Date: model.EventDate{Value: "2023-10-07", Precision: model.PrecisionDay},
		Type: model.EventAttack, Headline: "Gunmen kill *three* in <Kfar_Aza> [1]",
		Sources: []model.Source{{Article: "x", File: "f.txt", Text: "1. Gunmen killed *three* in <Kfar_Aza>\x1b]0;T\x07.", Start: 1, End: 9}}}}}
	var md bytes.Buffer
	if err := export.WriteMarkdown(&md, tl, export.Options{}); err != nil {
		t.Fatal(err)
	}
	s := md.String()
	for _, bad := range []string{"<Kfar", "*three*", "\x1b", "  > 1. "} {
		if strings.Contains(s, bad) {
			t.Errorf("markdown keeps %q raw:\n%s", bad, s)
		}
	}
	if !strings.Contains(s, `\*three\*`) || !strings.Contains(s, "&lt;Kfar\\_Aza&gt;") {
		t.Errorf("markdown does not escape the text:\n%s", s)
	}
}

// TestTower22OneEntry checks the acceptance criterion: the drone attack
// on Tower 22 is one event with sources from several outlets.
func TestTower22OneEntry(t *testing.T) {
	tl := loadSeedTimeline(t)
	for _, e := range tl.Events {
		files := map[string]bool{}
		tower := false
		for _, s := range e.Sources {
			files[s.File] = true
			tower = tower || strings.Contains(s.Text, "Tower 22")
		}
		if tower {
			if len(files) < 3 || e.Figures.Killed != 3 {
				t.Errorf("Tower 22 event has sources from %d files, killed %d", len(files), e.Figures.Killed)
			}
			return
		}
	}
	t.Error("no event holds the Tower 22 sentence")
}

// loadSeedTimeline extracts the timeline of the five sample articles.
func loadSeedTimeline(t testing.TB) *model.Timeline {
	dir := filepath.Join(shared, "corpus", "seed")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("shared corpus not present")
	}
	arts, _ := corpus.Load([]string{dir}, corpus.Options{})
	if len(arts) == 0 {
		t.Skip("corpus loader returned no articles")
	}
	tl, err := events.Build(arts, events.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return tl
}
