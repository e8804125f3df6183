package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals/annals/model"
)

const newsJSONL = "../../shared/corpus/news-1997.jsonl"

func TestNews1997(t *testing.T) {
	needShared(t, newsJSONL)
	path, want := newsJSONL, 2452
	if testing.Short() || raceEnabled {
		// The first 300 records: the same code paths at a tenth of the cost.
		path, want = filepath.Join(t.TempDir(), "news-head.jsonl"), 300
		b, err := os.ReadFile(newsJSONL)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.SplitAfterN(string(b), "\n", want+1)
		write(t, path, []byte(strings.Join(lines[:want], "")))
	}
	arts, warns := Load([]string{path}, Options{})
	if len(warns) != 0 {
		t.Errorf("warnings: %v", warns[:min(len(warns), 5)])
	}
	if len(arts) != want {
		t.Fatalf("%d articles, want %d", len(arts), want)
	}
	a := arts[0]
	if a.ID != "AFP_ENG_19970401.0006" || a.Title != "Malaysian share market falls 1.1 percent at midday" ||
		a.Published != "1997-04-01" || a.PublishedSource != model.SourceJSONL || a.Outlet != "AFP" {
		t.Errorf("first article: %+v", a)
	}
	step := 1
	noText := 0
	for i := 0; i < len(arts); i += step {
		checkOffsets(t, arts[i])
		if len(arts[i].Sentences) == 0 {
			noText++
		}
	}
	if noText > 0 {
		t.Errorf("%d articles without sentences", noText)
	}
	// Offsets index the decoded text field: the first sentence is its start.
	s := a.Sentences[0]
	if s.Start != 0 || !strings.HasPrefix(string(a.Raw[s.Start:s.End]), "Malaysian share prices dipped 1.1 percent by midday Tuesday") {
		t.Errorf("first sentence raw %d-%d %q", s.Start, s.End, a.Raw[s.Start:s.End])
	}
}

func TestJSONLBrokenLineAndMetadata(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "feed.jsonl")
	lines := `{"id": "a1", "title": "Strike on base", "published": "2024-02-02T10:00:00Z", "outlet": "Wire", "url": "https://example.com/a1", "text": "Drones hit the base on Friday. Three soldiers were wounded."}
{"id": "a2", "title": "Broken", "text": "never closed
{"title": "No id here", "date": "2 February 2024", "text": "Officials met in Baghdad on Friday.\n\nThey agreed to talk again."}

{"id": "a4", "title": "No text"}
`
	if err := os.WriteFile(p, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	arts, warns := Load([]string{p}, Options{})
	if len(arts) != 2 {
		t.Fatalf("%d articles, want 2", len(arts))
	}
	if len(warns) != 2 || warns[0].Line != 2 || warns[1].Line != 5 || !strings.Contains(warns[0].Error(), "feed.jsonl:2: broken JSON") {
		t.Errorf("warnings %v", warns)
	}
	if a := arts[0]; a.ID != "a1" || a.Published != "2024-02-02" || a.Outlet != "Wire" || a.URL == "" || len(a.Sentences) != 2 {
		t.Errorf("a1: %+v", a)
	}
	if a := arts[1]; len(a.ID) != 10 || a.Published != "2024-02-02" || a.Title != "No id here" || len(a.Sentences) != 2 || a.Sentences[1].Para != 1 {
		t.Errorf("record without id: %+v", a)
	}
}
