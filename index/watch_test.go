package index

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/annals/annals/model"
)

// Watch folds added, changed and removed files into the index, and another annals meanwhile keeps today's rules:
// during an update it serves the index as it was, read-only, with a
// notice.
func TestWatchFollowsTheCorpus(t *testing.T) {
	n := useFake(t)
	// The hook is set once, before the watcher runs: the test blocks an
	// update later through stall.
	var mu sync.Mutex
	var stall func()
	extractHook = func(*model.Article) {
		n.Add(1)
		mu.Lock()
		f := stall
		mu.Unlock()
		if f != nil {
			f()
		}
	}
	corpus, dir := writeCorpus(t, fakeCorpus), t.TempDir()
	reports := make(chan WatchReport, 8)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- Watch(ctx, []string{corpus}, Options{Dir: dir}, func(r WatchReport) { reports <- r })
	}()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Watch: %v", err)
		}
	}()
	next := func(what string) WatchReport {
		t.Helper()
		select {
		case r := <-reports:
			if r.Err != nil {
				t.Fatalf("%s: %v", what, r.Err)
			}
			return r
		case <-time.After(15 * time.Second):
			// Generous: a loaded CI machine, -race. The live target
			// (2 s) is measured by the tmux flow, not here.
			t.Fatalf("%s: no update within 15 s", what)
		}
		return WatchReport{}
	}
	waitFor(t, func() bool { _, err := readState(dir); return err == nil }) // the first build
	time.Sleep(100 * time.Millisecond)                                      // the watches are set

	// Added: a new file's events appear.
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(corpus, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("d.txt", "New\nHamas said a drone hit Gaza on 2024-04-01.\n")
	r := next("added file")
	if r.Stats.Added != 1 || r.Stats.Extracted != 1 || r.Stats.Articles != 4 {
		t.Errorf("added file: %+v", r.Stats)
	}
	if got := drones(t, corpus, dir); got != 3 {
		t.Errorf("after the addition: %d drone events, want 3", got)
	}

	// Changed and removed, in one burst: one update.
	write("d.txt", "New\nHamas said a strike hit Gaza on 2024-04-01.\n")
	os.Remove(filepath.Join(corpus, "c.txt"))
	r = next("changed and removed files")
	if r.Stats.Changed != 1 || r.Stats.Removed != 1 || r.Stats.Articles != 3 {
		t.Errorf("changed and removed: %+v", r.Stats)
	}
	if got := drones(t, corpus, dir); got != 1 {
		t.Errorf("after the change: %d drone events, want 1", got)
	}

	// Another annals during an update: read-only, with a notice.
	var once sync.Once
	release := make(chan struct{})
	inUpdate := make(chan struct{})
	mu.Lock()
	stall = func() { once.Do(func() { close(inUpdate); <-release }) }
	mu.Unlock()
	write("e.txt", "Later\nIsrael said a drone was shot down on 2024-05-02.\n")
	select {
	case <-inUpdate:
	case <-time.After(15 * time.Second):
		t.Fatal("the update did not start")
	}
	ix, msgs := open(t, corpus, dir, Options{LockWait: 3 * time.Second})
	if !ix.Stats().Stale || !msgs.has("updating this index") {
		t.Errorf("beside the watcher: stale %v, notices %v", ix.Stats().Stale, msgs.msgs)
	}
	ix.Close()
	close(release)
	next("update after the reader")
	if got := drones(t, corpus, dir); got != 2 {
		t.Errorf("after the last update: %d drone events, want 2", got)
	}
}

func drones(t *testing.T, corpus, dir string) uint64 {
	t.Helper()
	ix, msgs := open(t, corpus, dir, Options{})
	defer ix.Close()
	if ix.Stats().Stale || len(msgs.msgs) > 0 {
		t.Errorf("a reader beside the idle watcher: stale %v, notices %v", ix.Stats().Stale, msgs.msgs)
	}
	return find(t, ix, Query{Text: "drone"}).Total
}

func waitFor(t *testing.T, ok func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if ok() {
			return
		}
	}
	t.Fatal("timed out")
}
