package index

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/annals/annals/corpus"
	"github.com/annals/annals/corpus/events"
	"github.com/annals/annals/model"
)

// extractHook, when set (by tests), is called for every article extracted.
var extractHook func(*model.Article)

// extractor is the part of events.Extractor the index drives.
type extractor interface {
	Article(a *model.Article) events.Extraction
	Merge(arts []*model.Article, ex []events.Extraction) *model.Timeline
}

// newExtractor makes the extractor; tests may swap it.
var newExtractor = func(opts Options) (extractor, error) {
	return events.NewExtractor(events.Options{ActorsFile: opts.ActorsFile})
}

const batchSize = 1000

// builderBatch is the documents of a segment a full build writes before
// merging them all into one (fewer, larger segments build faster: 2,000
// took the event documents twice as long on 20k articles). At most two
// batches are in memory, one filling and one being written.
var builderBatch = 4000

// buildMemLimit is the soft heap limit of a build (see build).
const buildMemLimit = 900 << 20

func (o *opener) progress(stage string, done, total int) {
	if o.opts.Progress != nil {
		o.opts.Progress(Progress{Stage: stage, Done: done, Total: total})
	}
}

func (o *opener) workers() int {
	if o.opts.Workers > 0 {
		return o.opts.Workers
	}
	return runtime.GOMAXPROCS(0)
}

// extract runs the per-article stage in parallel; ex[i] belongs to arts[i].
func (o *opener) extract(x extractor, arts []*model.Article, ex []events.Extraction, todo []int) {
	var next, done atomic.Int64
	var wg sync.WaitGroup
	total := len(todo)
	for w := 0; w < o.workers(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				k := int(next.Add(1)) - 1
				if k >= total {
					return
				}
				i := todo[k]
				if extractHook != nil {
					extractHook(arts[i])
				}
				ex[i] = o.safeArticle(x, arts[i])
				if o.perArticle != nil {
					if d := int(done.Add(1)); d%32 == 0 || d == total {
						o.perArticle(d, total)
					}
				}
			}
		}()
	}
	wg.Wait()
	o.stats.Extracted += total
}

// safeArticle extracts one article; a bug the article trips in the
// extractor costs that article's events, not the whole index.
func (o *opener) safeArticle(x extractor, a *model.Article) (ex events.Extraction) {
	defer func() {
		if r := recover(); r != nil {
			o.mu.Lock()
			o.warnings = append(o.warnings, fmt.Sprintf("%s: article %s: extraction failed (%v); its events are missing", a.Path, a.ID, r))
			o.mu.Unlock()
			ex = events.Extraction{}
		}
	}()
	return x.Article(a)
}

// safeMerge merges, turning a crash of the merger into an error.
func safeMerge(x extractor, arts []*model.Article, ex []events.Extraction) (tl *model.Timeline, err error) {
	defer func() {
		if r := recover(); r != nil {
			tl, err = nil, fmt.Errorf("merging events failed: %v", r)
		}
	}()
	return x.Merge(arts, ex), nil
}

func (o *opener) load(files []corpus.File) []*model.Article {
	o.progress("load", 0, len(files))
	arts, warns := corpus.LoadFiles(files, corpus.Options{Workers: o.opts.Workers})
	for _, w := range warns {
		o.warnings = append(o.warnings, w.Error())
	}
	o.progress("load", len(files), len(files))
	return arts
}

// build makes a complete new index beside the old one and switches the
// state file to it only once it is whole, so an interrupted build leaves
// the previous index (or none) in place.
func (o *opener) build() (*state, error) {
	// Merging needs every article's extraction at once: a large corpus
	// holds hundreds of megabytes live, and the collector's default goal
	// (twice the live heap) would double that. A soft limit makes it
	// collect sooner instead; a limit the user set (GOMEMLIMIT) wins.
	if os.Getenv("GOMEMLIMIT") == "" {
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(buildMemLimit))
	}
	x, err := newExtractor(o.opts)
	if err != nil {
		return nil, err
	}
	sort.Slice(o.files, func(i, j int) bool { return o.files[i].Path < o.files[j].Path })
	st := &state{Version: FormatVersion, Key: o.key, Config: o.cfg, Files: map[string]*fileRecord{}, side: &side{Events: map[string]string{}}}
	// Hash before loading so a file changed during the build is seen as
	// changed by the next start.
	// A file that cannot be read is named in a warning and left out;
	// the next start tries it again (it has no record).
	for _, f := range manifests(o.files) {
		if o.mem {
			break
		}
		if err := st.record(f, true); err != nil {
			o.warn(fmt.Sprintf("%v (its folder's metadata is ignored)", err))
		}
	}
	readable := o.files[:0:0]
	for _, f := range o.files {
		if o.mem {
			st.Files[f.Path] = &fileRecord{}
			readable = append(readable, f)
			continue
		}
		if err := st.record(f, false); err != nil {
			o.warn(fmt.Sprintf("%v; skipped", err))
			continue
		}
		readable = append(readable, f)
	}
	o.files = readable
	o.stats.Added = len(o.files)

	name := newBleveName()
	p := filepath.Join(o.dir, name)
	var w *writer
	var exw *exWriter // the extractions, for updates (see extractions.go)
	if !o.mem {
		exw, err = newExWriter(filepath.Join(o.dir, name+".x"))
		if err != nil {
			return nil, fmt.Errorf("create index: %w", err)
		}
	}
	fail := func(err error) (*state, error) {
		if exw != nil {
			exw.abort()
		}
		os.RemoveAll(p)
		return nil, err
	}
	if o.mem {
		bix, err := bleve.NewMemOnly(newMapping())
		if err != nil {
			return nil, err
		}
		o.memIx = bix
		w = &writer{bix: bix, batch: bix.NewBatch()}
	} else {
		// Segments are written straight to disk and merged once into
		// one at the end, in the order given (see orderedBuilder):
		// no merge churn during the build, and one segment to search
		// afterwards. Left-overs are removed by the next build.
		b, err := newOrderedBuilder(p, o.dir, newMapping(), builderBatch)
		if err != nil {
			return fail(fmt.Errorf("create index: %w", err))
		}
		w = &writer{builder: b, path: p}
	}
	w.o = o

	// Files are loaded, extracted and indexed a chunk at a time, and each
	// article's text is dropped once its document is written: merging
	// needs only the extractions and the articles' metadata, so memory
	// stays bounded by the chunk, not the corpus.
	var arts []*model.Article
	var ex []events.Extraction
	all := chunks(o.files)
	if len(all) == 1 {
		// one chunk (one large JSONL file, a small folder): progress by
		// article, or the bar would sit at 0 of 1 file until the end
		o.perArticle = func(d, t int) { o.progress("extract", d, t) }
		defer func() { o.perArticle = nil }()
	}
	for _, chunk := range all {
		ca := o.load(chunk)
		cx := make([]events.Extraction, len(ca))
		todo := make([]int, len(ca))
		for i := range todo {
			todo[i] = i
		}
		o.extract(x, ca, cx, todo)
		for i, a := range ca {
			if rec := st.Files[a.Path]; rec != nil {
				rec.Articles = append(rec.Articles, a.ID)
			}
			doc, err := articleDoc(a)
			if err == nil {
				err = w.index(articleDocID(a.ID), doc)
			}
			if err == nil && exw != nil {
				err = exw.add(a, cx[i])
			}
			if err != nil {
				w.abort()
				return fail(err)
			}
			strip(a, o.strings.intern)
			compactExtraction(&cx[i], o.strings.intern)
		}
		arts = append(arts, ca...)
		ex = append(ex, cx...)
		o.filesDone += len(chunk)
		o.progress("extract", o.filesDone, len(o.files))
	}
	// Merging needs the memory more than the builder: write out the
	// articles it holds first.
	if w.builder != nil {
		if err := w.builder.Flush(); err != nil {
			w.abort()
			return fail(err)
		}
	}
	o.progress("merge", 0, 1)
	tl, err := safeMerge(x, arts, ex)
	if err != nil {
		w.abort()
		return fail(err)
	}
	ex = nil
	o.progress("merge", 1, 1)
	w.total = w.done + len(tl.Events)
	// Events go in in sort-key order, which the index keeps: searches
	// then read pages in index order (see Index.search).
	sortEvents(tl.Events)
	w.stage = "events"
	if err := o.indexEvents(w, st, tl.Events); err != nil {
		w.abort()
		return fail(err)
	}
	if err := w.flush(); err != nil {
		w.abort()
		return fail(err)
	}
	o.progress("compact", 0, 1)
	o.finish(st, arts, tl)
	if o.mem {
		return st, nil
	}
	// Merging the segments maps them all into memory: give back first
	// what the timeline and the articles held (dead from here on).
	o.strings = interner{}
	debug.FreeOSMemory()
	if err := w.close(); err != nil {
		return fail(err)
	}
	if err := exw.close(); err != nil {
		return fail(err)
	}
	if err := os.Rename(exw.f.Name(), filepath.Join(p, extractionsName)); err != nil {
		return fail(err)
	}
	if err := o.facets.write(p); err != nil {
		return fail(err)
	}
	o.progress("compact", 1, 1)
	st.Bleve = name
	st.Ordered = true
	if err := writeState(o.dir, st); err != nil {
		os.RemoveAll(p)
		return nil, err
	}
	removeOld(o.dir, name)
	return st, nil
}

// chunkBytes bounds the raw bytes loaded at once during a build.
const chunkBytes = 8 << 20

// chunks splits files into groups of about chunkBytes.
func chunks(files []corpus.File) [][]corpus.File {
	var out [][]corpus.File
	var cur []corpus.File
	var size int64
	for _, f := range files {
		cur = append(cur, f)
		size += f.Size
		if size >= chunkBytes || len(cur) >= 2000 {
			out = append(out, cur)
			cur, size = nil, 0
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// strip drops what merging does not need from an article whose document
// is written: its text, sentences, offset map and raw bytes.
// The strings kept are cloned: a substring of the text would keep the
// whole text alive.
func strip(a *model.Article, intern func(string) string) {
	a.Raw, a.Text, a.Sentences, a.Map = nil, "", nil, model.OffsetMap{}
	a.Captions, a.DateCandidates, a.Repairs = nil, nil, nil
	for _, s := range []*string{&a.ID, &a.Title, &a.Byline, &a.URL, &a.Dateline} {
		*s = strings.Clone(*s)
	}
	a.Path, a.Outlet, a.Published = intern(a.Path), intern(a.Outlet), intern(a.Published)
	if a.Inference != nil {
		inf := *a.Inference
		inf.Evidence = nil
		a.Inference = &inf
	}
	for i, w := range a.Warnings {
		a.Warnings[i] = strings.Clone(w)
	}
}

// compactExtraction keeps what merging needs of an extraction whose
// article is written, as small as it goes: a substring of the article's
// text would keep the whole text alive, so texts are copied, once per
// distinct text (the interner copies): names, kinds, dates and reprinted
// sentences recur across a corpus.
func compactExtraction(ex *events.Extraction, intern func(string) string) {
	ex.Timexes = nil
	// Exact-length copies: the extractor's slices grew by appending.
	ex.Mentions = slices.Clone(ex.Mentions)
	ex.Events = slices.Clone(ex.Events)
	ex.Hints = slices.Clone(ex.Hints)
	for i := range ex.Hints {
		h := &ex.Hints[i]
		h.ByText, h.By, h.Sentence = intern(h.ByText), intern(h.By), intern(h.Sentence)
	}
	for i := range ex.Mentions {
		m := &ex.Mentions[i]
		m.Text, m.Actor, m.Kind, m.Role = intern(m.Text), intern(m.Actor), intern(m.Kind), intern(m.Role)
	}
	for i := range ex.Events {
		e := &ex.Events[i]
		// Sentences and summaries are interned, not just cloned: wire
		// copies and reprints repeat them word for word across articles.
		e.ID = strings.Clone(e.ID)
		e.Summary = intern(e.Summary)
		e.Sources = slices.Clone(e.Sources)
		e.Type, e.Place = intern(e.Type), intern(e.Place)
		e.Date.Value, e.Date.Precision, e.Date.Text, e.Date.Mod = intern(e.Date.Value), intern(e.Date.Precision), intern(e.Date.Text), intern(e.Date.Mod)
		for j := range e.Actors {
			e.Actors[j] = intern(e.Actors[j])
		}
		for j := range e.Targets {
			e.Targets[j] = intern(e.Targets[j])
		}
		for j := range e.Sources {
			src := &e.Sources[j]
			src.Text = intern(src.Text)
			src.Article, src.File, src.Outlet, src.Published = intern(src.Article), intern(src.File), intern(src.Outlet), intern(src.Published)
		}
	}
}

// interner returns one copy of each string it is given.
type interner map[string]string

func (in interner) intern(s string) string {
	if s == "" {
		return ""
	}
	if c, ok := in[s]; ok {
		return c
	}
	s = strings.Clone(s)
	in[s] = s
	return s
}

func (st *state) record(f corpus.File, meta bool) error {
	h, err := hashFile(f)
	if err != nil {
		return fmt.Errorf("%s: %w", f.Path, err)
	}
	st.Files[f.Path] = &fileRecord{Size: f.Size, ModTime: f.ModTime, Hash: h, Meta: meta}
	return nil
}

// indexEvents indexes the events whose JSON differs from what st holds
// and records their hashes in st.
func (o *opener) indexEvents(w *writer, st *state, evs []model.Event) error {
	o.facets = facetCounter{}
	for i := range evs {
		e := &evs[i]
		o.facets.add(e)
		b := appendEvent(nil, e)
		sum := sha256.Sum256(b)
		h := hex.EncodeToString(sum[:8])
		if st.Events[e.ID] == h {
			w.skip()
			continue
		}
		st.Events[e.ID] = h
		if err := w.index(eventDocID(e.ID), eventDocWith(e, pack(b))); err != nil {
			return err
		}
	}
	return nil
}

// finish records the corpus-level figures of a build or update in st.
func (o *opener) finish(st *state, arts []*model.Article, tl *model.Timeline) {
	st.Built = time.Now().UTC()
	st.Articles = len(arts)
	st.Actors = tl.Actors
	sort.SliceStable(st.Actors, func(i, j int) bool { return st.Actors[i].Mentions > st.Actors[j].Mentions })
	st.Warnings = tl.Warnings
	st.NumEvents, st.NumActors = len(st.Events), len(st.Actors)
	st.First, st.Last = "", ""
	for _, e := range tl.Events {
		r, ok := model.ParseDateValue(e.Date.Value)
		if !ok {
			continue
		}
		d := r.Start.Format("2006-01-02")
		if st.First == "" || d < st.First {
			st.First = d
		}
		if e := r.End.AddDate(0, 0, -1).Format("2006-01-02"); e > st.Last {
			st.Last = e
		}
	}
}

// removeOld deletes bleve directories other than keep: leftovers of
// interrupted builds and indexes replaced by a rebuild. A process still
// reading a replaced index keeps its open files (unlinked, not gone).
func removeOld(dir, keep string) {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if isLeftover(e.Name(), keep) {
			os.RemoveAll(filepath.Join(dir, e.Name()))
		}
	}
}

// isLeftover tells whether name, in an index directory whose index in use
// is keep, is a bleve directory, extractions file (bleve-*.x) or builder
// folder of another build.
func isLeftover(name, keep string) bool {
	return (strings.HasPrefix(name, "bleve-") || strings.HasPrefix(name, "scorch-offline-build")) && name != keep
}

// hasLeftovers tells whether dir holds anything isLeftover.
func hasLeftovers(dir, keep string) bool {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if isLeftover(e.Name(), keep) {
			return true
		}
	}
	return false
}

// newBleveName names a new bleve directory.
func newBleveName() string { return fmt.Sprintf("bleve-%d", time.Now().UnixNano()) }

// writer batches index operations into an open index, or feeds an
// offline builder.
type writer struct {
	bix         bleve.Index
	batch       *bleve.Batch
	builder     *orderedBuilder
	path        string // the builder's index
	done, total int
	stage       string // of progress reports: "index" (articles), "events"
	o           *opener
}

func (w *writer) index(id string, doc any) error {
	w.done++
	if w.builder != nil {
		if err := w.builder.Index(id, doc); err != nil {
			return fmt.Errorf("index %s: %w", id, err)
		}
		if w.done%batchSize == 0 {
			w.o.progress(w.progressStage(), w.done, w.total)
		}
		return nil
	}
	d, err := mapDocument(w.bix.Mapping(), id, doc)
	if err == nil {
		err = w.batch.IndexAdvanced(d)
	}
	if err != nil {
		return fmt.Errorf("index %s: %w", id, err)
	}
	return w.maybeFlush()
}

func (w *writer) remove(id string) error {
	w.batch.Delete(id)
	return w.maybeFlush()
}

func (w *writer) skip() { w.done++ }

func (w *writer) maybeFlush() error {
	if w.batch.Size() < batchSize {
		return nil
	}
	return w.flush()
}

func (w *writer) flush() error {
	if w.builder != nil || w.batch.Size() == 0 {
		return nil
	}
	if err := w.bix.Batch(w.batch); err != nil {
		return err
	}
	w.batch.Reset()
	w.o.progress(w.progressStage(), w.done, w.total)
	return nil
}

func (w *writer) progressStage() string {
	if w.stage == "" {
		return "index"
	}
	return w.stage
}

// close finishes the index: the builder merges its segments into one.
// An empty corpus gets an empty regular index instead.
func (w *writer) close() error {
	if w.builder != nil {
		if w.done == 0 {
			w.builder.Abort()
			os.RemoveAll(w.path)
			bix, err := bleve.NewUsing(w.path, newMapping(), scorch.Name, scorch.Name, map[string]any{"bolt_timeout": boltTimeout})
			if err != nil {
				return err
			}
			return bix.Close()
		}
		return w.builder.Close()
	}
	return w.bix.Close()
}

// abort gives up a build; the caller removes what was written.
func (w *writer) abort() {
	if w.builder != nil {
		w.builder.Abort()
		return
	}
	w.bix.Close()
}

// sortEvents orders events by their sort key (see sortKey), the order a
// chronological search returns them in.
func sortEvents(evs []model.Event) {
	type keyed struct {
		key string
		i   int
	}
	ks := make([]keyed, len(evs))
	for i := range evs {
		ks[i] = keyed{sortKey(evs[i].Date.Value, eventDocID(evs[i].ID)), i}
	}
	sort.SliceStable(ks, func(a, b int) bool { return ks[a].key < ks[b].key })
	sorted := make([]model.Event, len(evs))
	for j, k := range ks {
		sorted[j] = evs[k.i]
	}
	copy(evs, sorted)
}

// readArticle reads an article from the index.
func readArticle(bix bleve.Index, id string) (*model.Article, error) {
	doc, err := bix.Document(articleDocID(id))
	if err != nil {
		return nil, err
	}
	if doc == nil {
		return nil, fmt.Errorf("no article %q in the index", id)
	}
	var blob []byte
	doc.VisitFields(func(f index.Field) {
		if f.Name() == fBlob {
			blob = f.Value()
		}
	})
	if blob == nil {
		return nil, fmt.Errorf("article %q: no stored data", id)
	}
	return decodeArticle(blob)
}
