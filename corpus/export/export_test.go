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
	if err := export.WriteCSV(&cb, tl); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&cb).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(tl.Events)+1 || rows[0][1] != "event_date" || rows[0][2] != "time_precision" {
		t.Errorf("csv: %d rows, header %v", len(rows), rows[0])
	}
	for _, r := range rows[1:] {
		if p := r[2]; p != "1" && p != "2" && p != "3" {
			t.Errorf("time_precision %q", p)
		}
	}

	var tj bytes.Buffer
	if err := export.WriteTimelineJS(&tj, tl, "Iraq"); err != nil {
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
	if err := export.WriteMarkdown(&md, tl); err != nil {
		t.Fatal(err)
	}
	s := md.String()
	if !strings.Contains(s, "## 2014") || !strings.Contains(s, "## 2024") || !strings.Contains(s, "Tower 22") {
		t.Errorf("markdown chronology lacks 2014, 2024 or Tower 22:\n%s", s[:min(len(s), 2000)])
	}
	if i, j := strings.Index(s, "## 2014"), strings.Index(s, "## 2024"); i > j {
		t.Error("markdown not chronological")
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
