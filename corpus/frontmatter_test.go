package corpus

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals/annals/model"
)

func TestFrontMatterAndManifestPriority(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.md"), []byte("---\ntitle: Talks stall in Cairo\npublished: 2024-08-20\noutlet: Wire\nurl: https://example.com/a\nauthor: [Ann Lee, Bo Chan]\n---\n# Talks stall in Cairo\n\nNegotiators left Cairo on Sunday without a deal.\n"))
	write(t, filepath.Join(dir, "b.txt"), []byte("---\ntitle: From front matter\ndate: 2024-01-01\n---\nOfficials met in Baghdad on Monday and agreed to meet again.\n"))
	write(t, filepath.Join(dir, "c.txt"), []byte("---\ntitle: [unclosed\n---\nOfficials met in Baghdad on Monday and agreed to meet again.\n"))
	write(t, filepath.Join(dir, "manifest.json"), []byte(`{"articles":[{"file":"b.txt","title":"From manifest","published":"2024-02-02","confidence":"medium-low"}]}`))
	arts, warns := Load([]string{dir}, Options{})
	if len(arts) != 3 || len(warns) != 1 || !strings.Contains(warns[0].Error(), "c.txt: front matter ignored: not valid YAML") {
		t.Fatalf("arts %d warns %v", len(arts), warns)
	}
	a, b, c := arts[0], arts[1], arts[2]
	if a.Title != "Talks stall in Cairo" || a.Published != "2024-08-20" || a.PublishedSource != model.SourceFrontMatter ||
		a.Outlet != "Wire" || a.URL != "https://example.com/a" || a.Byline != "Ann Lee and Bo Chan" {
		t.Errorf("front matter: %+v", a)
	}
	if n := strings.Count(a.Text, "Talks stall in Cairo"); n != 1 || a.Sentences[0].Kind != model.BlockTitle || strings.Contains(a.Text, "#") {
		t.Errorf("markdown title: %q", a.Text)
	}
	// Offsets index the whole file, front matter included.
	if s := a.Sentences[1]; string(a.Raw[s.Start:s.End]) != "Negotiators left Cairo on Sunday without a deal." {
		t.Errorf("offsets after front matter: %q", a.Raw[s.Start:s.End])
	}
	if b.Title != "From manifest" || b.Published != "2024-02-02" || b.PublishedSource != model.SourceManifest || b.Confidence != "medium" {
		t.Errorf("manifest should win: %q %s %s %s", b.Title, b.Published, b.PublishedSource, b.Confidence)
	}
	if c.Published != "" || c.PublishedSource != model.SourceNone || len(c.Sentences) != 1 {
		t.Errorf("broken front matter: %+v", c)
	}
}

func TestDatelineDate(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "wire.txt"), []byte("Iraq summons US envoy\n\nWASHINGTON, Feb. 3, 2024 (AP) — The United States struck 85 targets in Iraq and Syria on Friday, officials said.\n"))
	write(t, filepath.Join(dir, "page.txt"), []byte("Saturday, May 4, 2024\n\nIraq summons US envoy\n\nIraq summoned the US charge d'affaires on Saturday over the strikes, the ministry said.\n"))
	arts, warns := Load([]string{dir}, Options{})
	if len(arts) != 2 || len(warns) != 0 {
		t.Fatalf("arts %d warns %v", len(arts), warns)
	}
	page, wire := arts[0], arts[1]
	if wire.Published != "2024-02-03" || wire.PublishedSource != model.SourceDateline || wire.Dateline != "WASHINGTON, Feb. 3, 2024 (AP)" {
		t.Errorf("dateline date: %s %s %q", wire.Published, wire.PublishedSource, wire.Dateline)
	}
	if len(page.DateCandidates) == 0 || page.DateCandidates[0].Source != model.SourceHeader {
		t.Errorf("header date not a candidate: %+v", page.DateCandidates)
	}
	// The loader never takes a header date itself; only the inference from
	// the text may confirm it, at low confidence.
	files, _ := Scan([]string{filepath.Join(dir, "page.txt")})
	raw, _ := loadAll(files, Options{})
	if raw[0].Published != "" || raw[0].PublishedSource != model.SourceNone {
		t.Errorf("loader took the header date: %s %s", raw[0].Published, raw[0].PublishedSource)
	}
	if page.PublishedSource == model.SourceHeader && (page.Confidence != model.ConfidenceLow || page.Inference == nil) {
		t.Errorf("header date confirmed without inference at low confidence: %+v", page)
	}
}
