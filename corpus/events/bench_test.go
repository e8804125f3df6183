package events_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/annals/annals/corpus"
	"github.com/annals/annals/corpus/events"
	"github.com/annals/annals/model"
)

func loadNews(b *testing.B) []*model.Article {
	p := filepath.Join(shared, "corpus", "news-1997.jsonl")
	if _, err := os.Stat(p); err != nil {
		b.Skip("news-1997 not present")
	}
	arts, _ := corpus.Load([]string{p}, corpus.Options{})
	if len(arts) == 0 {
		b.Skip("no articles loaded")
	}
	return arts
}

// BenchmarkBuildNews1997 measures the whole event pipeline (per-article
// extraction in parallel, then the corpus merge) on 2,452 news articles
// and reports articles per second, the figure the 100k-article index
// build depends on.
func BenchmarkBuildNews1997(b *testing.B) {
	arts := loadNews(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := events.Build(arts, events.Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(arts)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkArticleNews1997 measures per-article extraction alone, on one
// goroutine.
func BenchmarkArticleNews1997(b *testing.B) {
	arts := loadNews(b)
	x, err := events.NewExtractor(events.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		x.Article(arts[i%len(arts)])
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkMergeNews1997 measures the corpus-level merge alone.
func BenchmarkMergeNews1997(b *testing.B) {
	arts := loadNews(b)
	x, err := events.NewExtractor(events.Options{})
	if err != nil {
		b.Fatal(err)
	}
	ex := x.All(arts)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.Merge(arts, ex)
	}
	b.ReportMetric(float64(len(arts)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkMerge measures the merge alone on news-1997 replicated as
// scripts/bench.sh does (copy k: ids suffixed, publication dates moved
// 28·k days), ANNALS_MERGE_COPIES copies (default 4, about 10,000
// articles). scripts/merge-bench runs one merge at 20k or 100k and
// reports its peak heap.
func BenchmarkMerge(b *testing.B) {
	base := loadNews(b)
	copies := 4
	if n, err := strconv.Atoi(os.Getenv("ANNALS_MERGE_COPIES")); err == nil && n > 0 {
		copies = n
	}
	var arts []*model.Article
	for k := 0; k < copies; k++ {
		for _, a := range base {
			c := *a
			if k > 0 {
				c.ID = fmt.Sprintf("%s-%d", a.ID, k)
				if t, err := time.Parse("2006-01-02", a.Published); err == nil {
					c.Published = t.AddDate(0, 0, 28*k).Format("2006-01-02")
				}
			}
			arts = append(arts, &c)
		}
	}
	x, err := events.NewExtractor(events.Options{})
	if err != nil {
		b.Fatal(err)
	}
	ex := x.All(arts)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		// Merge replaces the extractions' mentions with unified ones; a fresh
		// copy of the slice headers keeps runs alike.
		run := make([]events.Extraction, len(ex))
		copy(run, ex)
		x.Merge(arts, run)
	}
	b.ReportMetric(float64(len(arts)*b.N)/b.Elapsed().Seconds(), "articles/s")
}
