package index

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"

	"github.com/annals/annals/corpus"
	"github.com/annals/annals/model"
)

// Options configures Open.
type Options struct {
	// Dir holds the index; empty means os.UserCacheDir()/annals/<corpus key>.
	Dir string
	// Rebuild discards any existing index and builds a new one.
	Rebuild bool
	// ActorsFile is an optional user actor file (YAML) for extraction.
	ActorsFile string
	// Workers bounds parallel loading and extraction; 0 means GOMAXPROCS.
	Workers int
	// Progress, if set, is called as a build or update advances.
	Progress func(Progress)
	// Notice, if set, receives one-line messages the user should see
	// (a corrupt index rebuilt, a read-only fallback, a stale index).
	Notice func(string)
	// LockWait is how long to wait for another process building the same
	// index when there is no complete index to serve meanwhile; 0 means
	// ten minutes.
	LockWait time.Duration
	// Verify checks the whole of every segment (its CRC) and JSON file
	// of the index, not only their sizes, times and ends: a start of
	// annals index does, at the cost of reading the index once.
	Verify bool
}

// Progress reports how far a build or update has come.
type Progress struct {
	Stage string // "load", "extract", "index" (articles), "merge", "events", "compact"
	Done  int
	Total int
}

// Index is an open corpus index. Its methods are safe for concurrent use.
type Index struct {
	dir   string
	bix   bleve.Index
	st    *state
	stats Stats

	mu    sync.Mutex
	cache map[string]*model.Article // recently read articles

	facetsOnce sync.Once
	facets     facetCounter // of the whole timeline (see allFacets)
}

// boltTimeout bounds every wait on bleve's file lock: bleve waits forever
// by default, which would hang a second annals window.
const boltTimeout = "1s"

// DefaultDir is where the index of the corpus at paths lives unless
// Options.Dir says otherwise.
func DefaultDir(paths []string) (string, error) {
	base, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("no cache directory for the index (%v); give one with --index DIR", err)
	}
	return filepath.Join(base, "annals", corpus.Key(paths)), nil
}

// Open opens the index of the corpus at paths (the embedded sample
// corpus when empty), building it or bringing it up to date first. The
// returned index is read-only: several processes can hold it at once.
func Open(paths []string, opts Options) (*Index, error) {
	start := time.Now()
	paths = absPaths(paths)
	files, warns := corpus.Scan(paths)
	if len(files) == 0 {
		if len(warns) > 0 {
			return nil, fmt.Errorf("no articles to index: %s", joinWarnings(warns))
		}
		return nil, errors.New("no articles to index")
	}
	for _, f := range files {
		if f.Path == "-" {
			return openMemory(files, warns, opts)
		}
	}
	dir := opts.Dir
	if dir == "" {
		d, err := DefaultDir(paths)
		if err != nil {
			return nil, err
		}
		dir = d
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("index directory: %w", err)
	}
	cfg, err := configHash(opts)
	if err != nil {
		return nil, err
	}
	o := &opener{dir: dir, key: corpus.Key(paths), cfg: cfg, files: files, opts: opts, strings: interner{}}
	for _, w := range warns {
		o.warnings = append(o.warnings, w.Error())
	}
	ix, err := o.open()
	if err != nil {
		return nil, err
	}
	if o.changed {
		ix.stats.Took = time.Since(start)
	}
	return ix, nil
}

// absPaths cleans paths and makes them absolute, so that the files of a
// corpus are recorded under one name however the user typed them
// ("./x", "x/", "/home/u/x"): the state compares files by name, and
// article ids hash it, so a name as typed would rebuild everything when
// typed another way.
func absPaths(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = p
		if p == "-" {
			continue
		}
		if a, err := filepath.Abs(p); err == nil {
			out[i] = a // Abs cleans
		}
	}
	return out
}

// opener carries one Open through its decisions.
type opener struct {
	dir, key, cfg string
	files         []corpus.File
	opts          Options
	// perArticle, when set, hears of each article extracted (a build of
	// one chunk reports its progress by article).
	perArticle func(done, total int)
	mu         sync.Mutex // guards warnings during parallel extraction
	warnings   []string
	changed    bool
	filesDone  int
	strings    interner     // shares the names and dates merging keeps
	mem        bool         // stdin: nothing to persist or compare
	memIx      bleve.Index  // the in-memory index of a stdin corpus
	stats      Stats        // what this Open did: Extracted, Added...
	facets     facetCounter // counted as the events are written
	verified   bool         // the full check of Options.Verify was made
}

func (o *opener) notice(format string, args ...any) {
	if o.opts.Notice != nil {
		o.opts.Notice(fmt.Sprintf(format, args...))
	}
}

// rebuildReason says why st cannot be served or updated, or "", as the
// notice to show ("new" for none); damaged names the bleve directory to
// set aside when it is damaged.
func (o *opener) rebuildReason(st *state, err error) (reason, damaged string) {
	switch {
	case o.opts.Rebuild:
		return "rebuild requested", ""
	case errors.Is(err, fs.ErrNotExist):
		return "new", ""
	case err != nil:
		return fmt.Sprintf("index state unreadable (%v); rebuilding", err), ""
	case st.Version != FormatVersion:
		return fmt.Sprintf("index format %d, this annals uses %d; rebuilding", st.Version, FormatVersion), ""
	case st.Key != o.key:
		return "index belongs to another corpus; rebuilding", ""
	case st.Config != o.cfg:
		return "actor file changed; rebuilding", ""
	case st.Dirty:
		return "the last update was interrupted; rebuilding", ""
	}
	for _, f := range []string{"index_meta.json", sideName, extractionsName} {
		if _, err := os.Stat(filepath.Join(o.dir, st.Bleve, f)); err != nil {
			return "index files are missing; rebuilding", ""
		}
	}
	if markedDamaged(o.dir, st.Bleve) {
		return fmt.Sprintf("index at %s is damaged (a search failed on it); rebuilding", o.dir), st.Bleve
	}
	if why := checkSeal(filepath.Join(o.dir, st.Bleve), st.Seal, o.opts.Verify && !o.verified); why != "" {
		return fmt.Sprintf("index at %s is damaged (%s); rebuilding", o.dir, why), st.Bleve
	}
	return "", ""
}

func (o *opener) open() (*Index, error) {
	for attempt := 0; ; attempt++ {
		ix, err := o.openOnce()
		if !errors.Is(err, errSwapped) {
			return ix, err
		}
		if attempt == 3 {
			return nil, fmt.Errorf("index %s kept changing while it was opened; try again", o.dir)
		}
	}
}

// errSwapped says another process replaced the index (an update or a
// rebuild finished) between reading the state and opening what it named:
// the new one is opened instead, rather than taking the removed one as
// damaged.
var errSwapped = errors.New("index replaced meanwhile")

// swapped tells whether the state on disk names another bleve directory
// than st.
func (o *opener) swapped(st *state) bool {
	st2, err := readState(o.dir)
	return st != nil && err == nil && st2.Bleve != st.Bleve
}

func (o *opener) openOnce() (*Index, error) {
	st, err := readState(o.dir)
	keep := ""
	if err == nil {
		keep = st.Bleve
	}
	o.cleanLeftovers(keep)
	reason, damaged := o.rebuildReason(st, err)
	o.verified = true // once an open
	if reason != "" && o.swapped(st) {
		return nil, errSwapped
	}
	if reason == "" {
		d := compare(st, o.files, o.warn)
		if !d.empty() {
			up, err := o.updateLocked(st)
			if errors.Is(err, errCorrupt) {
				// A stored article or extraction would not read back.
				up, err = o.buildLocked(fmt.Sprintf("index at %s is damaged (%v); rebuilding", o.dir, damageCause(err)), st.Bleve)
			}
			if err != nil {
				return nil, err
			}
			st = up
		}
	} else {
		st, err = o.buildLocked(reason, damaged)
		if err != nil {
			return nil, err
		}
	}
	ix, err := o.serve(st)
	if err == nil || !errors.Is(err, errCorrupt) {
		return ix, err
	}
	if o.swapped(st) {
		return nil, errSwapped
	}
	st, err = o.buildLocked(fmt.Sprintf("index at %s is damaged (%v); rebuilding", o.dir, damageCause(err)), st.Bleve)
	if err != nil {
		return nil, err
	}
	return o.serve(st)
}

// warn records a warning the user sees with the index's.
func (o *opener) warn(msg string) {
	o.mu.Lock()
	o.warnings = append(o.warnings, msg)
	o.mu.Unlock()
}

// cleanLeftovers removes what a killed build or update left (bleve-*
// directories and their .x files, scorch-offline-build* folders), under
// the writer lock so that a build under way in another process is left
// alone; keep is the index in use.
func (o *opener) cleanLeftovers(keep string) {
	if !hasLeftovers(o.dir, keep) {
		return
	}
	lk, _, err := lockWriter(o.dir, 0)
	if err != nil || lk == nil {
		return // read-only, or busy: the next start tries again
	}
	defer lk.release()
	// Re-read: a build that finished before the lock was taken has moved
	// the state to its own directory.
	if st, err := readState(o.dir); err == nil {
		keep = st.Bleve
	}
	removeOld(o.dir, keep)
}

var errCorrupt = errors.New("index damaged")

// damageCause is what went wrong under an errCorrupt, for the notice:
// errors.Unwrap gives nil for an error wrapping two.
func damageCause(err error) string {
	return strings.TrimPrefix(err.Error(), errCorrupt.Error()+": ")
}

// quietLog counts the opens under way that silence the standard logger,
// so that overlapping ones restore its output once, at the last.
var quietLog struct {
	sync.Mutex
	n   int
	out io.Writer
}

// openBleve opens an index on disk with the standard logger silenced:
// scorch logs a damaged snapshot there ("unable to load snapshot …
// continuing") before returning the error that annals reports itself.
func openBleve(p string, cfg map[string]any) (bleve.Index, error) {
	quietLog.Lock()
	if quietLog.n == 0 {
		quietLog.out = log.Writer()
		log.SetOutput(io.Discard)
	}
	quietLog.n++
	quietLog.Unlock()
	defer func() {
		quietLog.Lock()
		quietLog.n--
		if quietLog.n == 0 {
			log.SetOutput(quietLog.out)
		}
		quietLog.Unlock()
	}()
	return bleve.OpenUsing(p, cfg)
}

// serve opens st's bleve index read-only. An index being updated in place
// by another process is waited for; one that does not open is damaged.
func (o *opener) serve(st *state) (*Index, error) {
	if o.memIx != nil {
		return o.wrap(o.memIx, st), nil
	}
	p := filepath.Join(o.dir, st.Bleve)
	var bix bleve.Index
	var err error
	deadline := time.Now().Add(o.lockWait())
	told := false
	for {
		bix, err = openGuarded(p, map[string]any{"read_only": true, "bolt_timeout": boltTimeout})
		if err == nil {
			break
		}
		if !isLockTimeout(err) {
			return nil, fmt.Errorf("%w: %w", errCorrupt, err)
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("index %s is locked by another annals process updating it; try again when it is done", o.dir)
		}
		if !told {
			o.notice("another annals process is updating the index; waiting")
			told = true
		}
	}
	if err := probe(bix, 0); err != nil {
		closeQuietly(bix)
		return nil, fmt.Errorf("%w: %w", errCorrupt, err)
	}
	return o.wrap(bix, st), nil
}

func (o *opener) wrap(bix bleve.Index, st *state) *Index {
	ix := &Index{dir: o.dir, bix: bix, st: st, cache: map[string]*model.Article{}}
	if o.facets != nil {
		ix.facetsOnce.Do(func() { ix.facets = o.facets })
	}
	ix.stats = o.stats
	ix.stats.ReadOnly = o.stats.Stale
	ix.stats.Dir = o.dir
	ix.stats.Articles = st.Articles
	ix.stats.Events = st.NumEvents
	ix.stats.Actors = st.NumActors
	if o.dir != "" {
		// The index in use and its state only: not a damaged index set
		// aside, nor what another process is building beside it.
		ix.stats.SizeBytes = dirSize(filepath.Join(o.dir, st.Bleve))
		if fi, err := os.Stat(filepath.Join(o.dir, stateName)); err == nil {
			ix.stats.SizeBytes += fi.Size()
		}
	}
	ix.stats.First, ix.stats.Last = st.First, st.Last
	ix.stats.Built = st.Built
	ix.stats.Warnings = append([]string{}, o.warnings...)
	ix.stats.FileWarnings = append([]string{}, o.warnings...)
	if o.changed && st.side != nil {
		ix.stats.Warnings = append(ix.stats.Warnings, st.Warnings...)
	}
	return ix
}

// openMemory indexes a corpus read from stdin in memory: it cannot be
// compared with anything on the next start, so it is not kept.
func openMemory(files []corpus.File, warns []corpus.Warning, opts Options) (*Index, error) {
	start := time.Now()
	o := &opener{files: files, opts: opts, mem: true, changed: true, strings: interner{}}
	for _, w := range warns {
		o.warnings = append(o.warnings, w.Error())
	}
	st, err := o.build()
	if err != nil {
		return nil, err
	}
	ix := o.wrap(o.memIx, st)
	ix.stats.Took = time.Since(start)
	return ix, nil
}

func (o *opener) lockWait() time.Duration {
	if o.opts.LockWait > 0 {
		return o.opts.LockWait
	}
	return 10 * time.Minute
}

func isLockTimeout(err error) bool {
	return err != nil && strings.Contains(err.Error(), "timeout")
}

// buildLocked builds a new index under the writer lock, waiting for
// another process's build if there is nothing to serve meanwhile. reason
// is the notice to give ("new" for none); damaged, if set, is the bleve
// directory to set aside first.
func (o *opener) buildLocked(reason, damaged string) (*state, error) {
	lk, pid, err := lockWriter(o.dir, time.Second)
	if err != nil {
		if isReadOnly(err) {
			return nil, fmt.Errorf("index %s: %s, but its directory is read-only (%v); give a writable one with --index DIR", o.dir, strings.TrimSuffix(reason, "; rebuilding"), err)
		}
		return nil, err
	}
	if lk == nil {
		o.notice("%s is building this index; waiting for it", holder(pid))
		lk, pid, err = lockWriter(o.dir, o.lockWait())
		if err != nil {
			return nil, err
		}
		if lk == nil {
			return nil, fmt.Errorf("%s still holds index %s; try again later or use --index DIR", holder(pid), o.dir)
		}
		// The other process may have just built what we need.
		if st, err := readState(o.dir); !o.opts.Rebuild {
			if r, _ := o.rebuildReason(st, err); r == "" {
				lk.release()
				return o.updateLocked(st)
			}
		}
	}
	defer lk.release()
	if reason != "new" {
		o.notice("%s", reason)
	}
	if damaged != "" {
		if to := setAside(o.dir, damaged); to != "" {
			o.notice("the damaged index is kept in %s for inspection; delete it when done", to)
		}
	}
	o.changed = true
	return o.build()
}

// updateLocked brings st up to date under the writer lock, comparing the
// corpus again once the lock is held. When another process holds the
// lock, or the index directory is read-only, the old index is served as
// it is, with a notice.
func (o *opener) updateLocked(st *state) (*state, error) {
	lk, pid, err := lockWriter(o.dir, time.Second)
	if err != nil {
		if isReadOnly(err) {
			o.notice("the corpus changed but index %s is read-only (%v); showing it as it was", o.dir, err)
			o.stats.Stale = true
			return st, nil
		}
		return nil, err
	}
	if lk == nil {
		o.notice("the corpus changed but %s is updating this index; showing it as it was", holder(pid))
		o.stats.Stale = true
		return st, nil
	}
	defer lk.release()
	// Re-read under the lock: another process may have updated meanwhile.
	st2, err := readState(o.dir)
	if r, damaged := o.rebuildReason(st2, err); r != "" {
		o.changed = true
		if r != "new" {
			o.notice("%s", r)
		}
		if damaged != "" {
			setAside(o.dir, damaged)
		}
		return o.build()
	}
	// The article lists of unchanged files come from the side table.
	if err := loadSide(o.dir, st2); err != nil {
		o.changed = true
		o.notice("index at %s is damaged (%v); rebuilding", o.dir, err)
		setAside(o.dir, st2.Bleve)
		return o.build()
	}
	d := compare(st2, o.files, func(string) {}) // warned by the first compare
	if d.empty() {
		return st2, nil
	}
	o.changed = true
	return o.update(st2, d)
}

// CheckQuery tells whether text is a query Search can run, with where it
// goes wrong (a *QueryError) when not; keyword values are not resolved.
func CheckQuery(text string) error {
	_, err := parseText(text, "", nil)
	return err
}

// Search runs q and returns one page of hits in chronological order.
func (ix *Index) Search(ctx context.Context, q Query) (res *Result, err error) {
	defer ix.guard(&err)
	return ix.search(ctx, q)
}

// Article returns an article with its cleaned text and sentences.
func (ix *Index) Article(id string) (a *model.Article, err error) {
	defer ix.guard(&err)
	ix.mu.Lock()
	a = ix.cache[id]
	ix.mu.Unlock()
	if a != nil {
		return a, nil
	}
	a, err = readArticle(ix.bix, id)
	if err != nil {
		return nil, err
	}
	ix.mu.Lock()
	if len(ix.cache) > 64 {
		clear(ix.cache)
	}
	ix.cache[id] = a
	ix.mu.Unlock()
	return a, nil
}

// ArticleEvents returns the merged events that cite the article, in
// chronological order.
func (ix *Index) ArticleEvents(id string) (evs []model.Event, err error) {
	defer ix.guard(&err)
	return ix.articleEvents(id)
}

// Stats describes the open index.
func (ix *Index) Stats() Stats { return ix.stats }

// Actors lists the corpus's actors, most mentioned first.
func (ix *Index) Actors() []model.Actor {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.st == nil {
		return nil
	}
	if ix.st.side == nil && loadSide(ix.dir, ix.st) != nil {
		// Another process replaced this index (an update, a watch)
		// since it was opened, and removed its files: the new one's
		// actors are the nearest there are.
		st, err := readState(ix.dir)
		if err != nil || st.Bleve == ix.st.Bleve || loadSide(ix.dir, st) != nil {
			return nil
		}
		return st.Actors
	}
	return ix.st.Actors
}

// Close releases the index.
func (ix *Index) Close() error {
	if ix == nil || ix.bix == nil {
		return nil
	}
	err := ix.bix.Close()
	ix.bix = nil
	return err
}

func dirSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}

func joinWarnings(ws []corpus.Warning) string {
	s := make([]string, len(ws))
	for i, w := range ws {
		s[i] = w.Error()
	}
	return strings.Join(s, "; ")
}
