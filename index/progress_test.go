package index

import (
	"sync"
	"testing"
)

// A build of one chunk (the sample corpus, one large JSONL file) reports
// extraction by article, so a progress bar moves instead of sitting at
// "0 of 1 file" until the end.
func TestProgressByArticle(t *testing.T) {
	var mu sync.Mutex
	var seen []Progress
	ix, err := Open(nil, Options{Dir: t.TempDir(), Progress: func(p Progress) {
		mu.Lock()
		seen = append(seen, p)
		mu.Unlock()
	}})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	arts := ix.Stats().Articles
	ok := false
	for _, p := range seen {
		if p.Stage == "extract" && p.Total == arts && p.Done == arts {
			ok = true
		}
	}
	if !ok {
		t.Errorf("no per-article extract progress to %d articles in %+v", arts, seen)
	}
}
