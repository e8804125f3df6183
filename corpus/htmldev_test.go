package corpus

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const htmlDevPages = "../../shared/eval/html-dev/pages"

// TestHTMLDevOffsets: on real pages of the html-dev set (news sites,
// blogs, a Korean and an Arabic-quoting page, pages full of entities),
// every sentence's raw span is the sentence: what a reader sees in those
// bytes of the page (tags removed, entities decoded, white space
// collapsed) is its text, so the reader's highlight and the export's
// offsets land on it. The library chooses the content on its own parse;
// this checks that the choice was mapped back onto the page's bytes.
func TestHTMLDevOffsets(t *testing.T) {
	needShared(t, htmlDevPages)
	gz, err := filepath.Glob(filepath.Join(htmlDevPages, "*.html.gz"))
	if err != nil || len(gz) < 5 {
		t.Skipf("%d pages", len(gz))
	}
	if testing.Short() || raceEnabled {
		gz = gz[:10]
	}
	dir := t.TempDir()
	for _, g := range gz {
		b, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		page, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(dir, strings.TrimSuffix(filepath.Base(g), ".gz")), page)
	}
	arts, warns := Load([]string{dir}, Options{})
	if len(arts) != len(gz) {
		t.Errorf("%d articles from %d pages; warnings %v", len(arts), len(gz), warns)
	}
	sentences, entities := 0, 0
	for _, a := range arts {
		bad := 0
		for _, s := range a.Sentences {
			span := a.Raw[s.Start:s.End]
			sentences++
			if bytes.Contains(span, []byte("&")) {
				entities++
			}
			if got := spanText(t, span, ""); squash(got) != squash(s.Text) {
				if bad++; bad <= 3 {
					t.Errorf("%s: raw %d-%d reads %q, sentence is %q", filepath.Base(a.Path), s.Start, s.End, got, s.Text)
				}
			}
		}
	}
	if sentences < 100 || entities == 0 {
		t.Errorf("%d sentences, %d with an entity in their span: too few to test", sentences, entities)
	}
}
