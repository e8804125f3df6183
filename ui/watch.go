package ui

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/annals/annals/index"
	"github.com/fsnotify/fsnotify"
)

// Live following: the TUI watches its folders and, after a burst of
// changes has settled, folds them into the index (Options.Reopen brings
// the index up to date, re-extracting only the files that changed) and
// into the open timeline, keeping the cursor, the query and the filters.

// Quiet time before a burst of file events is acted on, and the longest
// a steady trickle can postpone it.
const (
	watchQuiet = 150 * time.Millisecond
	watchMax   = 1500 * time.Millisecond
)

// changedMsg says files under the watched paths changed.
type changedMsg struct{ paths []string }

// reloadedMsg delivers the index brought up to date.
type reloadedMsg struct {
	be      Backend
	err     error
	paths   []string
	notices []string // what the update said (a read-only fallback…)
}

// newEventsMsg lists the events that the changed files report.
type newEventsMsg struct {
	gen int
	ids map[string]bool
}

// watcher follows the corpus's folders with fsnotify (recursively: it
// adds each folder, and folders created later) and reports settled
// bursts of changes.
type watcher struct {
	w    *fsnotify.Watcher
	done chan struct{}
	once sync.Once
}

// startWatch begins following opts.Watch once the index is open. It does
// nothing in tests (no send) or for a corpus without folders.
func (m *Model) startWatch() {
	if m.watch != nil || m.send == nil || len(m.opts.Watch) == 0 {
		return
	}
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		m.status = "not following changes: " + err.Error()
		return
	}
	w := &watcher{w: fw, done: make(chan struct{})}
	// Files named on the command line are followed through their folder;
	// only their own events count.
	only := map[string]bool{}
	for _, p := range m.opts.Watch {
		abs, err := filepath.Abs(p)
		if err != nil {
			continue
		}
		fi, err := os.Stat(abs)
		if err != nil {
			continue
		}
		if !fi.IsDir() {
			only[abs] = true
			_ = fw.Add(filepath.Dir(abs))
			continue
		}
		addTree(fw, abs, m.stats.Dir)
	}
	m.watch = w
	send := m.send
	// An index kept inside the corpus folder must not feed back: its own
	// writes during an update would start the next one.
	skip := ""
	if m.stats.Dir != "" {
		if d, err := filepath.Abs(m.stats.Dir); err == nil {
			skip = d
		}
	}
	run := func() { w.loop(send, only, skip) }
	if m.goSafe != nil {
		m.goSafe(run)
	} else {
		go run()
	}
}

// addTree watches dir and every folder below it, skipping hidden ones
// (an index or a VCS folder inside the corpus would feed back).
func addTree(fw *fsnotify.Watcher, dir, skip string) {
	if skip != "" {
		skip, _ = filepath.Abs(skip)
	}
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			if p != dir && (strings.HasPrefix(d.Name(), ".") || p == skip) {
				return filepath.SkipDir
			}
			_ = fw.Add(p)
		}
		return nil
	})
}

func (w *watcher) loop(send func(tea.Msg), only map[string]bool, skip string) {
	pending := map[string]bool{}
	var first time.Time
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		select {
		case <-w.done:
			return
		case ev, ok := <-w.w.Events:
			if !ok {
				return
			}
			if skip != "" && (ev.Name == skip || strings.HasPrefix(ev.Name, skip+string(filepath.Separator))) {
				continue
			}
			name := filepath.Base(ev.Name)
			if strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") {
				continue // editors' and copiers' temporary files
			}
			if len(only) > 0 && !only[ev.Name] {
				if fi, err := os.Stat(ev.Name); err != nil || !fi.IsDir() {
					continue
				}
			}
			if ev.Has(fsnotify.Create) {
				if fi, err := os.Stat(ev.Name); err == nil && fi.IsDir() {
					addTree(w.w, ev.Name, skip)
				}
			}
			if ev.Has(fsnotify.Chmod) && !ev.Has(fsnotify.Write) {
				continue
			}
			pending[ev.Name] = true
			now := time.Now()
			if first.IsZero() {
				first = now
			}
			// Settle after a quiet spell, but never wait longer than
			// watchMax from the burst's first event.
			wait := min(watchQuiet, max(watchMax-now.Sub(first), 0))
			timer.Reset(wait)
		case <-timer.C:
			if len(pending) == 0 {
				continue
			}
			paths := make([]string, 0, len(pending))
			for p := range pending {
				paths = append(paths, p)
			}
			sort.Strings(paths)
			pending = map[string]bool{}
			first = time.Time{}
			send(changedMsg{paths: paths})
		case <-w.w.Errors:
			// An overflowed queue loses events, not the corpus: the next
			// update compares every file's hash anyway.
		}
	}
}

func (m *Model) stopWatch() {
	if m.watch == nil {
		return
	}
	m.watch.once.Do(func() {
		close(m.watch.done)
		m.watch.w.Close()
	})
}

// onChanged starts folding changed files into the index, or queues them
// when an update is already running.
func (m *Model) onChanged(paths []string) tea.Cmd {
	if m.opts.Reopen == nil {
		return nil
	}
	m.pendingPaths = append(m.pendingPaths, paths...)
	if m.updating {
		return nil
	}
	paths, m.pendingPaths = m.pendingPaths, nil
	m.updating = true
	if h := m.tl.selected(); h != nil {
		m.keepID = h.Event.ID
	}
	if m.cancel != nil {
		m.cancel() // the old index is about to close under any search
	}
	m.be = nil
	reopen := m.opts.Reopen
	return func() tea.Msg {
		var (
			mu      sync.Mutex
			notices []string
		)
		be, err := reopen(func(s string) { mu.Lock(); notices = append(notices, s); mu.Unlock() })
		mu.Lock()
		defer mu.Unlock()
		return reloadedMsg{be: be, err: err, paths: paths, notices: notices}
	}
}

// onReloaded swaps the updated index in and reruns the open query.
func (m *Model) onReloaded(msg reloadedMsg) tea.Cmd {
	m.updating = false
	if msg.err != nil || msg.be == nil {
		// The next change tries again; until then what is on screen
		// stays readable, and what needs the index says it is updating.
		m.status = "could not update the index: " + errText(msg.err)
		return nil
	}
	before := m.stats.Events
	m.setBackend(msg.be)
	m.newGen++
	m.newIDs = nil
	m.status = "updated: " + plural(len(msg.paths), "file changed", "files changed") + " · " + signed(m.stats.Events-before) + " events"
	if n := len(msg.notices); n > 0 {
		// e.g. another annals holds the index: shown as it was
		m.status = msg.notices[n-1]
	}
	cmds := []tea.Cmd{m.startSearch(), m.findNew(msg.paths)}
	if len(m.pendingPaths) > 0 {
		cmds = append(cmds, func() tea.Msg { return changedMsg{} })
	}
	return tea.Batch(cmds...)
}

func errText(err error) string {
	if err == nil {
		return "no index"
	}
	return err.Error()
}

func signed(n int) string {
	if n >= 0 {
		return "+" + itoa(n)
	}
	return itoa(n)
}

// findNew lists the events the changed files report: their articles (by
// file, from the index's article list) and each article's events.
func (m *Model) findNew(paths []string) tea.Cmd {
	be, gen := m.be, m.newGen
	if be == nil || len(paths) == 0 {
		return nil
	}
	limit := min(max(m.stats.Articles, 1), maxNewScan)
	return func() tea.Msg {
		res, err := be.Search(context.Background(), index.Query{Kind: index.KindArticles, Size: limit})
		if err != nil || res == nil {
			return newEventsMsg{gen: gen}
		}
		ids := map[string]bool{}
		for _, h := range res.Hits {
			a := h.Article
			if a == nil || !underAny(a.File, paths) {
				continue
			}
			evs, _ := be.ArticleEvents(a.ID)
			for _, e := range evs {
				ids[e.ID] = true
			}
		}
		return newEventsMsg{gen: gen, ids: ids}
	}
}

// maxNewScan bounds the article list read to find a change's articles.
const maxNewScan = 200000

// underAny says file is one of paths or inside one of them (a JSONL
// file's articles carry the file's path, perhaps with a suffix).
func underAny(file string, paths []string) bool {
	for _, p := range paths {
		if file == p || strings.HasPrefix(file, p+string(filepath.Separator)) || strings.HasPrefix(file, p+"#") {
			return true
		}
	}
	return false
}

// nextNew moves to the next new event after the cursor in the loaded
// timeline (wrapping), loading further pages while none is loaded.
func (m *Model) nextNew() tea.Cmd {
	if len(m.newIDs) == 0 {
		m.status = "no new events"
		return nil
	}
	hits := m.tl.hits
	for k := 1; k <= len(hits); k++ {
		i := (m.tl.cursor + k) % len(hits)
		if m.newIDs[hits[i].Event.ID] {
			m.tl.cursor = i
			m.tl.follow()
			return m.afterMove()
		}
	}
	if m.more {
		m.status = "loading to find the new events…"
		m.seekNew = true
		return m.loadMore(bulkPageSize)
	}
	m.status = "the new events are outside the current search and filters (x clears them)"
	return nil
}
