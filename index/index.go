package index

import (
	"context"
	"errors"

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
	// (a corrupt index rebuilt, a read-only fallback, skipped files).
	Notice func(string)
}

// Progress reports how far a build or update has come.
type Progress struct {
	Stage string // "scan", "load", "extract", "merge", "index"
	Done  int
	Total int
}

// Index is an open corpus index.
type Index struct {
	stats Stats
}

// ErrNotImplemented is returned by the stub until the index is built.
var ErrNotImplemented = errors.New("index: not implemented yet")

// Open opens the index of the corpus at paths (the embedded sample
// corpus when empty), building or updating it first as needed.
func Open(paths []string, opts Options) (*Index, error) {
	return nil, ErrNotImplemented
}

// Search runs q and returns one page of hits in chronological order.
func (ix *Index) Search(ctx context.Context, q Query) (*Result, error) {
	return nil, ErrNotImplemented
}

// Article returns an article with its cleaned text and sentences.
func (ix *Index) Article(id string) (*model.Article, error) {
	return nil, ErrNotImplemented
}

// ArticleEvents returns the merged events that cite the article, in
// chronological order.
func (ix *Index) ArticleEvents(id string) ([]model.Event, error) {
	return nil, ErrNotImplemented
}

// Stats describes the open index.
func (ix *Index) Stats() Stats { return ix.stats }

// Actors lists the corpus's actors, most mentioned first.
func (ix *Index) Actors() []model.Actor { return nil }

// Close releases the index.
func (ix *Index) Close() error { return nil }
