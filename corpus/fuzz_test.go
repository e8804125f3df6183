package corpus

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/annals/annals/model"
)

// loadBytes runs the loader on data as if it were a file with the given
// extension, without touching the disk.
func loadBytes(ext string, data []byte, opts Options) ([]*model.Article, []Warning) {
	opts = opts.withDefaults()
	docs := make(chan doc, 16)
	var warns []Warning
	go func() {
		readFrom(0, File{Path: "fuzz" + ext, Size: int64(len(data))}, bytes.NewReader(data), meta{}, opts, docs, func(w Warning) { warns = append(warns, w) })
		close(docs)
	}()
	var arts []*model.Article
	for d := range docs {
		arts = append(arts, buildArticle(d))
	}
	return arts, warns
}

func FuzzLoad(f *testing.F) {
	exts := []string{".txt", ".md", ".jsonl", ".html", ""}
	files, _ := filepath.Glob("seed/*.txt")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b[:min(len(b), 3000)], uint8(0))
		}
	}
	pages, _ := filepath.Glob("testdata/html/*.html")
	for _, p := range append(pages, "testdata/article.html") {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b, uint8(3))
		}
	}
	f.Add([]byte("---\ntitle: x\ndate: 2024-13-45\n---\n# T\n\nBody text here. More.\n"), uint8(1))
	f.Add([]byte(`{"id":"a","title":"t","text":"One. Two."}`+"\n{broken\n"), uint8(2))
	f.Add([]byte("\xef\xbb\xbfchargĂ© dâ€™affaires\x00"), uint8(4))
	f.Add(utf16File("<p>Caf\u00e9 talks resumed on Monday.</p>", false), uint8(3))
	f.Add([]byte("\xef\xbb\xbf"+`{"id":"caf\u00e9","title":"t","text":"One. Two."}`+"\n"), uint8(2))
	f.Fuzz(func(t *testing.T, data []byte, k uint8) {
		arts, _ := loadBytes(exts[int(k)%len(exts)], data, Options{MaxFileBytes: 1 << 16})
		for _, a := range arts {
			prevEnd := 0
			for _, s := range a.Sentences {
				if s.Start < 0 || s.Start > s.End || s.End > len(a.Raw) || s.CleanStart < prevEnd || s.CleanEnd > len(a.Text) || s.CleanStart > s.CleanEnd {
					t.Fatalf("sentence %+v out of range (raw %d, text %d)", s, len(a.Raw), len(a.Text))
				}
				if a.Text[s.CleanStart:s.CleanEnd] != s.Text {
					t.Fatalf("sentence text %q is not Text[%d:%d]", s.Text, s.CleanStart, s.CleanEnd)
				}
				prevEnd = s.CleanEnd
			}
			if a.ID == "" || a.PublishedSource == "" {
				t.Fatalf("article without ID or date source: %+v", a)
			}
		}
	})
}
