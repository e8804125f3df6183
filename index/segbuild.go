package index

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	index "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
	zap "github.com/blevesearch/zapx/v17"
)

// orderedBuilder writes a new bleve (scorch) index of one segment whose
// documents keep the order they were given in. bleve's own offline
// builder collects each batch in a map, which shuffles the documents of
// a segment; a full build gives the events in chronological order, and
// keeping it lets a search read its page in index order instead of
// reading the sort key of every match (see Index.search).
//
// Documents are analysed and written as segments in the background, so
// bleve's analysis overlaps extraction; Close merges the segments into
// one and wraps it as a scorch index.
type orderedBuilder struct {
	path  string // the index to create
	tmp   string // segments under construction, removed by Close
	m     mapping.IndexMapping
	batch []index.Document
	size  int // documents a segment

	jobs    chan []index.Document
	wg      sync.WaitGroup
	pending sync.WaitGroup // batches sent and not yet written

	mu   sync.Mutex
	err  error
	segs []string // written segments, in order
	n    int      // documents indexed

	closed bool // by Close or Abort
}

// zapPlugin is the segment format scorch writes by default (bleve
// v2.6.1: zap v17), so that the segment this builder writes is the one a
// scorch builder would.
var zapPlugin = &zap.ZapPlugin{}

// newOrderedBuilder starts an index at path; its segments are built in a
// temporary folder under tmpDir (same file system, for the final rename).
func newOrderedBuilder(path, tmpDir string, m mapping.IndexMapping, size int) (*orderedBuilder, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp(tmpDir, "scorch-offline-build")
	if err != nil {
		return nil, err
	}
	b := &orderedBuilder{path: path, tmp: tmp, m: m, size: size, jobs: make(chan []index.Document)}
	b.wg.Add(1)
	go b.work()
	return b, nil
}

// perDocValues are the fields whose doc values a search reads for each
// match (facets, the sort key). Their values are stored a document at a
// time, uncompressed (a few bytes each), rather than in compressed
// chunks of 1,024 documents: a search matching a few documents of each
// chunk would otherwise decompress every chunk to read a few values.
// (zap reads a per-document value correctly only uncompressed.)
var perDocValues = map[string]bool{fFacet: true, fSort: true}

// perDocField marks a field's doc values as stored per document.
type perDocField struct{ document.Field }

func (f perDocField) Options() index.FieldIndexingOptions {
	return f.Field.Options() | index.SkipDVChunking | index.SkipDVCompression
}

// mapDocument maps data to a bleve document as the index stores it.
// Every segment of an index must agree on a field's options (merging
// segments reads them with the options of one), so documents indexed by
// an update go through here too.
func mapDocument(m mapping.IndexMapping, id string, data any) (*document.Document, error) {
	doc := document.NewDocument(id)
	if err := m.MapDocument(doc, data); err != nil {
		return nil, err
	}
	for i, f := range doc.Fields {
		if perDocValues[f.Name()] && f.Options().IncludeDocValues() {
			doc.Fields[i] = perDocField{f}
		}
	}
	return doc, nil
}

// Index adds a document after those given before.
func (b *orderedBuilder) Index(id string, data any) error {
	if err := b.failed(); err != nil {
		return err
	}
	doc, err := mapDocument(b.m, id, data)
	if err != nil {
		return err
	}
	doc.AddIDField()
	b.batch = append(b.batch, doc)
	b.n++
	if len(b.batch) >= b.size {
		b.send()
	}
	return nil
}

func (b *orderedBuilder) send() {
	if len(b.batch) == 0 {
		return
	}
	b.pending.Add(1)
	b.jobs <- b.batch
	b.batch = nil
}

// Flush writes the documents given so far and waits until they are
// written, so that the builder holds none of them while the caller
// needs the memory.
func (b *orderedBuilder) Flush() error {
	b.send()
	b.pending.Wait()
	return b.failed()
}

func (b *orderedBuilder) failed() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.err
}

// work analyses each batch (in parallel) and writes it as a segment.
func (b *orderedBuilder) work() {
	defer b.wg.Done()
	for docs := range b.jobs {
		if b.failed() == nil {
			p, err := b.writeSegment(docs)
			b.mu.Lock()
			if err != nil && b.err == nil {
				b.err = err
			}
			b.segs = append(b.segs, p)
			b.mu.Unlock()
		}
		b.pending.Done()
	}
}

func (b *orderedBuilder) writeSegment(docs []index.Document) (string, error) {
	var next sync.Mutex
	k := 0
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				next.Lock()
				i := k
				k++
				next.Unlock()
				if i >= len(docs) {
					return
				}
				analyze(docs[i])
			}
		}()
	}
	wg.Wait()
	seg, _, err := zapPlugin.New(docs)
	if err != nil {
		return "", fmt.Errorf("build segment: %w", err)
	}
	defer seg.Close()
	b.mu.Lock()
	p := filepath.Join(b.tmp, fmt.Sprintf("%06d.zap", len(b.segs)))
	b.mu.Unlock()
	ps, ok := seg.(segment.UnpersistedSegment)
	if !ok {
		return "", fmt.Errorf("segment %T cannot be written", seg)
	}
	if err := ps.Persist(p); err != nil {
		return "", fmt.Errorf("write segment: %w", err)
	}
	return p, nil
}

// analyze does what scorch does to a document before building a
// segment: analyse every indexed field and feed the composite ones.
func analyze(d index.Document) {
	d.VisitFields(func(f index.Field) {
		if !f.Options().IsIndexed() {
			return
		}
		f.Analyze()
		if d.HasComposite() && f.Name() != "_id" {
			d.VisitComposite(func(cf index.CompositeField) {
				cf.Compose(f.Name(), f.AnalyzedLength(), f.AnalyzedTokenFrequencies())
			})
		}
	})
}

// Abort stops the builder and removes what it wrote. It does nothing
// after Close or another Abort.
func (b *orderedBuilder) Abort() {
	if b.closed {
		return
	}
	b.closed = true
	b.mu.Lock()
	if b.err == nil {
		b.err = errors.New("aborted")
	}
	b.mu.Unlock()
	close(b.jobs)
	b.wg.Wait()
	os.RemoveAll(b.tmp)
}

// Close writes the index: the segments merged into one, in order, inside
// a scorch index made by bleve's builder (which writes the metadata and
// the root file naming the segment).
func (b *orderedBuilder) Close() error {
	if b.closed {
		return errors.New("index builder closed twice")
	}
	b.closed = true
	b.send()
	close(b.jobs)
	b.wg.Wait()
	defer os.RemoveAll(b.tmp)
	if b.err != nil {
		return b.err
	}
	if len(b.segs) == 0 {
		return errors.New("no documents to index")
	}
	final := b.segs[0]
	if len(b.segs) > 1 {
		final = filepath.Join(b.tmp, "merged.zap")
		if err := mergeSegments(b.segs, final); err != nil {
			return err
		}
	}
	// A scorch index around one placeholder document, whose segment is
	// then replaced by ours: the root file names the segment file, and
	// carries no count or statistics of its content.
	sb, err := bleve.NewBuilder(b.path, b.m, map[string]any{"buildPathPrefix": b.tmp})
	if err != nil {
		return fmt.Errorf("create index: %w", err)
	}
	if err := sb.Index("placeholder", map[string]any{fKind: KindEvents}); err != nil {
		return err
	}
	if err := sb.Close(); err != nil {
		return err
	}
	segs, err := filepath.Glob(filepath.Join(b.path, "store", "*.zap"))
	if err != nil || len(segs) != 1 {
		return fmt.Errorf("create index: %d segments in a new index (%v)", len(segs), err)
	}
	return os.Rename(final, segs[0])
}

// mergeSegments merges the segment files at paths into one at out, in
// order, and removes them.
func mergeSegments(paths []string, out string) error {
	segs := make([]segment.Segment, 0, len(paths))
	defer func() {
		for _, s := range segs {
			s.Close()
		}
	}()
	for _, p := range paths {
		s, err := zapPlugin.Open(p)
		if err != nil {
			return fmt.Errorf("open segment %s: %w", p, err)
		}
		segs = append(segs, s)
	}
	if _, _, err := zapPlugin.Merge(segs, make([]*roaring.Bitmap, len(segs)), out, nil, nil); err != nil {
		return fmt.Errorf("merge segments: %w", err)
	}
	return nil
}
