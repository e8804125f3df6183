package ui

import (
	"os"
	"path/filepath"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/annals/annals/index"
)

// BenchmarkFrame100k measures one keystroke's Update + View on a timeline
// of 100,000 events (all loaded), the TUI's own share of scrolling.
func BenchmarkFrame100k(b *testing.B) {
	be := bigBackend(100000)
	m := newTest(b, be, 160, 48)
	press(m, "G") // load every page: the worst case for the list
	if len(m.tl.hits) != 100000 {
		b.Fatalf("%d hits loaded", len(m.tl.hits))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := "k"
		if i%200 >= 100 {
			k = "j"
		}
		m.Update(keyMsg(k))
		_ = m.View()
	}
}

// BenchmarkView100k measures View alone at the middle of 100,000 events.
func BenchmarkView100k(b *testing.B) {
	m := newTest(b, bigBackend(100000), 160, 48)
	press(m, "G")
	m.tl.cursor = 50000
	m.tl.follow()
	m.afterMove()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = m.View()
	}
}

// BenchmarkStartup measures what stands between `annals` and its first
// full frame when the index exists: open the index of the sample corpus,
// run the first search, draw. The index is built once before timing.
func BenchmarkStartup(b *testing.B) {
	if _, err := os.Stat("../../shared/corpus/seed"); err != nil {
		b.Skip("../shared absent")
	}
	dir := filepath.Join(b.TempDir(), "idx")
	ix, err := index.Open(nil, index.Options{Dir: dir})
	if err != nil {
		b.Skipf("index: %v", err)
	}
	ix.Close()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ix, err := index.Open(nil, index.Options{Dir: dir})
		if err != nil {
			b.Fatal(err)
		}
		m := New(Options{Corpus: "sample corpus", Backend: ix})
		m.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
		drain(m, m.Init())
		if len(m.tl.hits) == 0 {
			b.Fatal("no hits")
		}
		_ = m.View()
		ix.Close()
	}
}
