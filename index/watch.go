package index

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/annals/annals/corpus"
)

// WatchReport is what Watch tells after bringing the index up to date.
type WatchReport struct {
	// Stats are the index's after the update: Added, Changed and Removed
	// count the files, Extracted the articles, Took the time.
	Stats Stats
	// Err is an update that failed; the index stays as it was and the
	// watch goes on.
	Err error
}

// Debounce bounds of Watch: a burst of changes (a folder copied in, an
// editor's save in several writes) is folded in once it has been quiet
// for watchQuiet, or after watchMax at most.
var (
	watchQuiet = 250 * time.Millisecond
	watchMax   = 1500 * time.Millisecond
)

// Watch follows the folders (and files) of the corpus at paths and folds
// each change into the index: added, changed and removed files are
// updated as by Open, a burst of changes at once. It brings the index up
// to date first, then reports each update through report, until ctx is
// done.
//
// While it runs it holds the index's writer lock: another annals on the
// same index serves it read-only, with a notice, as beside any update.
func Watch(ctx context.Context, paths []string, opts Options, report func(WatchReport)) error {
	if len(paths) == 0 {
		return errors.New("watch: give the folders or files to follow (the sample corpus does not change)")
	}
	for _, p := range paths {
		if p == "-" {
			return errors.New("watch: standard input cannot be followed")
		}
	}
	paths = absPaths(paths)
	ix, err := Open(paths, opts)
	if err != nil {
		return err
	}
	dir := ix.Stats().Dir
	ix.Close()

	lk, pid, err := lockWriter(dir, time.Second)
	if err != nil {
		return fmt.Errorf("watch: %w", err)
	}
	if lk == nil {
		return fmt.Errorf("watch: %s is updating index %s; try again when it is done", holder(pid), dir)
	}
	defer lk.release()

	w, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("watch: %w", err)
	}
	defer w.Close()
	for _, p := range paths {
		addTree(w, p, dir)
	}

	var due <-chan time.Time // when the pending changes are folded in
	var first time.Time      // of the pending burst
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			if inside(ev.Name, dir) {
				continue // the index's own files
			}
			if ev.Has(fsnotify.Create) {
				if fi, err := os.Stat(ev.Name); err == nil && fi.IsDir() {
					addTree(w, ev.Name, dir)
				}
			}
			now := time.Now()
			if due == nil {
				first = now
			}
			wait := min(watchQuiet, watchMax-now.Sub(first))
			timer.Reset(max(wait, 0))
			due = timer.C
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			// An overflow loses events: a rescan finds what they were.
			report(WatchReport{Err: fmt.Errorf("watch: %w", err)})
			timer.Reset(watchQuiet)
			due = timer.C
		case <-due:
			due = nil
			if st, changed, err := refresh(paths, dir, opts); err != nil || changed {
				report(WatchReport{Stats: st, Err: err})
			}
		}
	}
}

// refresh brings the index in dir up to date with the corpus at paths,
// the writer lock being held by the caller.
func refresh(paths []string, dir string, opts Options) (Stats, bool, error) {
	start := time.Now()
	files, warns := corpus.Scan(paths)
	if len(files) == 0 {
		return Stats{}, false, fmt.Errorf("no articles to index: %s", joinWarnings(warns))
	}
	cfg, err := configHash(opts)
	if err != nil {
		return Stats{}, false, err
	}
	opts.Dir = dir
	o := &opener{dir: dir, key: corpus.Key(paths), cfg: cfg, files: files, opts: opts, strings: interner{}}
	for _, w := range warns {
		o.warnings = append(o.warnings, w.Error())
	}
	st, err := readState(dir)
	if r, damaged := o.rebuildReason(st, err); r != "" {
		if r != "new" {
			o.notice("%s", r)
		}
		if damaged != "" {
			setAside(dir, damaged)
		}
		o.changed = true
		st, err = o.build()
	} else {
		if err := loadSide(dir, st); err != nil {
			return Stats{}, true, fmt.Errorf("index damaged (%v); restart to rebuild it", err)
		}
		d := compare(st, files, o.warn)
		if d.empty() {
			return Stats{}, false, nil
		}
		o.changed = true
		st, err = o.update(st, d)
	}
	if err != nil {
		return Stats{}, true, err
	}
	ix := o.wrap(nil, st)
	ix.stats.Took = time.Since(start)
	return ix.stats, true, nil
}

// addTree watches p's folder and every folder under it (fsnotify does not
// recurse), leaving out the index's own directory; a file is followed
// through its folder.
func addTree(w *fsnotify.Watcher, p, indexDir string) {
	fi, err := os.Stat(p)
	if err != nil {
		return
	}
	if !fi.IsDir() {
		w.Add(filepath.Dir(p))
		return
	}
	filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return nil
		}
		if inside(q, indexDir) {
			return filepath.SkipDir
		}
		w.Add(q)
		return nil
	})
}

// inside tells whether p is dir or under it.
func inside(p, dir string) bool {
	rel, err := filepath.Rel(dir, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}
