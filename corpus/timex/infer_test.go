package timex

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/annals/annals/model"
)

// seedArticles builds articles from the raw seed files as a loader would
// without the manifest: no date, and seed 003's page date as a header
// candidate.
func seedArticles(t *testing.T) map[string]*model.Article {
	dir := filepath.Join(shared, "corpus", "seed")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skip("no seed corpus")
	}
	tmp := t.TempDir() // a copy of the folder without its manifest
	arts := map[string]*model.Article{}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(tmp, filepath.Base(f))
		a := &model.Article{Path: p, Raw: raw, Text: string(raw), PublishedSource: model.SourceNone}
		if i := strings.Index(string(raw), "Saturday, May 4, 2024"); i == 0 {
			a.DateCandidates = []model.DateCandidate{{Date: "2024-05-04", Source: model.SourceHeader, Evidence: "Saturday, May 4, 2024", Start: 0, End: 21}}
		}
		arts[filepath.Base(f)[:3]] = a
	}
	return arts
}

func TestInferPublishedSeed(t *testing.T) {
	arts := seedArticles(t)
	list := []*model.Article{arts["000"], arts["001"], arts["002"], arts["003"], arts["004"]}
	InferPublished(list)
	for _, k := range []string{"000", "001", "002", "003", "004"} {
		a := arts[k]
		if a.Inference == nil {
			t.Fatalf("%s: no inference", k)
		}
		t.Logf("%s: published %q (%s, %s) partial %q prior %v\n    evidence: %s", k, a.Published, a.PublishedSource, a.Inference.Confidence,
			a.Inference.Partial, a.Inference.Prior, strings.Join(a.Inference.Evidence, "; "))
		if a.Published != "" {
			t.Errorf("%s: the text names no full date, yet published = %s", k, a.Published)
		}
	}
	if p := arts["001"].Inference.Partial; !strings.HasPrefix(p, "between XXXX-10-04 and XXXX-11-05") || !strings.Contains(p, "year unknown") {
		t.Errorf("001 partial = %q", p)
	}
	if p := arts["000"].Inference.Partial; !strings.HasPrefix(p, "on or after XXXX-08-05") {
		t.Errorf("000 partial = %q", p)
	}
	if p := arts["002"].Inference.Partial; !strings.HasPrefix(p, "on or after 2024-01") {
		t.Errorf("002 partial = %q", p)
	}
	if p := arts["004"].Inference.Partial; !strings.HasPrefix(p, "on or after XXXX-10-18") {
		t.Errorf("004 partial = %q", p)
	}
	a3 := arts["003"]
	if a3.Published == "2024-05-04" || !strings.Contains(strings.Join(a3.Inference.Evidence, " "), "rejected") {
		t.Errorf("003: header date kept: %+v", a3.Inference)
	}
	if !strings.Contains(a3.Inference.Partial, "Monday") {
		t.Errorf("003: weekday of writing not found: %q", a3.Inference.Partial)
	}
	if !arts["000"].Inference.Prior || !strings.Contains(arts["000"].Inference.Partial, "2024") {
		t.Errorf("000: no folder prior offered: %+v", arts["000"].Inference)
	}
	if arts["002"].Inference.Prior {
		t.Errorf("002: its year comes from its own text, not a prior")
	}
}

func TestInferPublishedFullDate(t *testing.T) {
	a := &model.Article{Path: "x/a.txt", PublishedSource: model.SourceNone,
		Text: "BAGHDAD, Monday, Jan. 29, 2024 - Rockets struck the base on Monday, officials said, a day after the drone attack of Sunday."}
	InferPublished([]*model.Article{a})
	if a.Published != "2024-01-29" || a.PublishedSource != model.SourceInferred {
		t.Errorf("published %q from %s, inference %+v", a.Published, a.PublishedSource, a.Inference)
	}
	// a bare historical full date is a lower bound, not the day of writing
	h := &model.Article{Path: "x/h.txt", PublishedSource: model.SourceNone,
		Text: "Students rallied on Monday to mark the crackdown of June 4, 1989."}
	InferPublished([]*model.Article{h})
	if h.Published != "" || h.Inference == nil || !strings.HasPrefix(h.Inference.Partial, "on or after 1989-06-04") {
		t.Errorf("historical date taken as publication date: %q %+v", h.Published, h.Inference)
	}
	// a trusted date is left alone
	b := &model.Article{Path: "x/b.txt", Published: "2020-01-01", PublishedSource: model.SourceManifest, Text: "On March 3, 2024, it rained."}
	InferPublished([]*model.Article{b})
	if b.Published != "2020-01-01" || b.Inference != nil {
		t.Errorf("manifest date changed: %+v", b)
	}
	// a header date the text does not contradict is kept, at low confidence
	c := &model.Article{Path: "x/c.txt", PublishedSource: model.SourceNone,
		DateCandidates: []model.DateCandidate{{Date: "2024-01-29", Source: model.SourceHeader, Evidence: "Monday, January 29, 2024"}},
		Text:           "Monday, January 29, 2024\n\nOfficials on Monday condemned the attack of Sunday."}
	InferPublished([]*model.Article{c})
	if c.Published != "2024-01-29" || c.Confidence != model.ConfidenceLow {
		t.Errorf("header not kept: %+v %+v", c, c.Inference)
	}
	// no date at all: unknown, never today
	d := &model.Article{Path: "y/d.txt", PublishedSource: model.SourceNone, Text: "Nothing dated here."}
	InferPublished([]*model.Article{d})
	if d.Published != "" || d.Inference == nil || d.Inference.Partial != "" {
		t.Errorf("undated article: %+v %+v", d, d.Inference)
	}
}

// TestInferNews1997 hides the publication dates of news-1997 and checks
// how often the text alone recovers them. Opt-in (TIMEX_NEWS=1): it reads
// the whole corpus.
func TestInferNews1997(t *testing.T) {
	if os.Getenv("TIMEX_NEWS") == "" {
		t.Skip("set TIMEX_NEWS=1 to run over news-1997")
	}
	f, err := os.Open(filepath.Join(shared, "corpus", "news-1997.jsonl"))
	if err != nil {
		t.Skip("no news-1997 corpus")
	}
	defer f.Close()
	type rec struct {
		ID, Text, Published string
	}
	var arts []*model.Article
	var truth []string
	dec := json.NewDecoder(f)
	for {
		var r rec
		if err := dec.Decode(&r); err != nil {
			break
		}
		arts = append(arts, &model.Article{Path: "news/" + r.ID, Text: r.Text, PublishedSource: model.SourceNone})
		truth = append(truth, r.Published)
	}
	InferPublished(arts)
	dated, exact, near, wrong := 0, 0, 0, 0
	for i, a := range arts {
		if a.Published == "" {
			continue
		}
		dated++
		g, _ := time.Parse("2006-01-02", truth[i])
		d, _ := time.Parse("2006-01-02", a.Published)
		switch diff := d.Sub(g).Hours() / 24; {
		case diff == 0:
			exact++
		case diff >= -2 && diff <= 2:
			near++
		default:
			wrong++
			if wrong <= 5 {
				t.Logf("%s: truth %s, inferred %s: %v", a.Path, truth[i], a.Published, a.Inference.Evidence)
			}
		}
	}
	t.Logf("news-1997: %d articles, %d given a date from the text: %d exact, %d within 2 days, %d further off", len(arts), dated, exact, near, wrong)
	if dated > 0 && float64(exact+near)/float64(dated) < 0.8 {
		t.Errorf("inferred dates too often wrong")
	}
}
