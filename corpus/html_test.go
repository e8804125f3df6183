package corpus

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/annals/annals/model"
)

var tagRE = regexp.MustCompile(`<[^>]*>`)

func TestHTMLArticle(t *testing.T) {
	arts, warns := Load([]string{"testdata/article.html"}, Options{})
	if len(arts) != 1 || len(warns) != 0 {
		t.Fatalf("arts %d warns %v", len(arts), warns)
	}
	a := arts[0]
	if a.Title != "Militias pause attacks after strikes" || a.Outlet != "Example News" || a.Byline != "Jane Doe" ||
		a.Published != "2024-02-05" || a.PublishedSource != model.SourceHTMLMeta || a.Dateline != "BAGHDAD" ||
		a.URL != "https://news.example.com/2024/02/05/militias-pause" {
		t.Errorf("metadata: %q %q %q %s %s %q %q", a.Title, a.Outlet, a.Byline, a.Published, a.PublishedSource, a.Dateline, a.URL)
	}
	for _, junk := range []string{"Subscribe", "Most read", "dataLayer", "getElementById", "All rights reserved", "display:none"} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("page chrome %q kept", junk)
		}
	}
	var kinds []string
	for _, s := range a.Sentences {
		kinds = append(kinds, s.Kind)
		// Offsets land on the page source: strip tags, decode entities.
		raw := html.UnescapeString(tagRE.ReplaceAllString(string(a.Raw[s.Start:s.End]), ""))
		if squash(raw) != squash(s.Text) {
			t.Errorf("raw %q vs clean %q", raw, s.Text)
		}
	}
	want := "title dateline body body body heading body body body"
	if strings.Join(kinds, " ") != want {
		t.Errorf("kinds %v, want %s", kinds, want)
	}
	if s := a.Sentences[3]; string(a.Raw[s.Start:s.End]) != "The group&rsquo;s spokesman told reporters in Baghdad that the decision was taken &ldquo;to spare the Iraqi government embarrassment&rdquo;." {
		t.Errorf("entity span %q", a.Raw[s.Start:s.End])
	}
}

func TestHTMLWithoutText(t *testing.T) {
	dir := t.TempDir()
	p := write(t, filepath.Join(dir, "menu.html"), []byte(`<!DOCTYPE html><html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><script>var x = 1;</script></body></html>`))
	goodFile(t, dir)
	arts, warns := Load([]string{dir}, Options{})
	if len(arts) != 1 || len(warns) != 1 || warns[0].File != p {
		t.Fatalf("arts %d warns %v", len(arts), warns)
	}
}

func TestHTMLLegacyEncoding(t *testing.T) {
	b, err := os.ReadFile("testdata/article.html")
	if err != nil {
		t.Fatal(err)
	}
	page := strings.Replace(strings.Replace(string(b), `charset="utf-8"`, `charset="windows-1252"`, 1), "Pentagon said", "Pentagon s\xe9id", 1)
	p := write(t, filepath.Join(t.TempDir(), "latin.html"), []byte(page))
	arts, warns := Load([]string{p}, Options{})
	if len(arts) != 1 || len(warns) != 0 {
		t.Fatalf("arts %d warns %v", len(arts), warns)
	}
	for _, s := range arts[0].Sentences {
		if strings.Contains(s.Text, "Pentagon séid") {
			if !strings.HasSuffix(string(arts[0].Raw[s.Start:s.End]), "Pentagon s\xe9id.") {
				t.Errorf("raw span %q", arts[0].Raw[s.Start:s.End])
			}
			return
		}
	}
	t.Errorf("legacy-encoded paragraph not found: %q", arts[0].Text)
}
