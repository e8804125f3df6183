package corpus

import (
	"os"
	"testing"

	"github.com/annals/annals/corpus/html"
)

// BenchmarkLoadNews1997 measures load + clean + sentence split of the
// 2,452-article JSONL sample, reporting MB/s and articles/s.
func BenchmarkLoadNews1997(b *testing.B) {
	needShared(b, newsJSONL)
	st, err := os.Stat(newsJSONL)
	if err != nil {
		b.Fatal(err)
	}
	files, _ := Scan([]string{newsJSONL})
	b.SetBytes(st.Size())
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		arts, _ := LoadFiles(files, Options{})
		n = len(arts)
	}
	sec := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(n)/sec, "articles/s")
	b.ReportMetric(float64(st.Size())/1e6/sec, "MB/s")
}

// BenchmarkHTMLPage measures main-text and metadata extraction of one
// realistic news page (tokenize, prune, choose the content, clean).
func BenchmarkHTMLPage(b *testing.B) {
	raw, err := os.ReadFile("testdata/html/news.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if pg := html.Extract(raw, ""); len(pg.Blocks) == 0 {
			b.Fatal("no text")
		}
	}
}
