// Package events turns articles into dated events and merges the reports
// of one real happening across articles into one timeline entry.
//
// The pipeline has two stages so the expensive, independent part runs in
// parallel and the corpus-level part stays near-linear:
//
//   - Extractor.Article works on one article alone: time expressions,
//     actor mentions, one event per body clause that reports a dated
//     happening, each with one Source.
//   - Extractor.Merge works on the whole corpus: actor unification,
//     cross-article merging of reports of one happening, the corpus-level
//     publication-date check, chronological order and actor counts.
package events

import (
	"github.com/annals/annals/model"
)

// Options configures extraction.
type Options struct {
	// ActorsFile is an optional YAML actor file adding to or overriding
	// the embedded default actors.
	ActorsFile string
}

// Extraction is what one article yields before corpus-level merging.
// Offsets of Mentions and Timexes index the article's cleaned Text.
type Extraction struct {
	Events   []model.Event
	Mentions []model.ActorMention
	Timexes  []model.Timex
}

// Extractor extracts events from articles. It is safe for concurrent use
// by several goroutines once built.
type Extractor struct {
	opts Options
}

// NewExtractor builds an extractor, loading the actor file if one is given.
func NewExtractor(opts Options) (*Extractor, error) {
	return &Extractor{opts: opts}, nil
}

// Article extracts the unmerged events of one article, each with one Source.
func (x *Extractor) Article(a *model.Article) Extraction {
	return Extraction{}
}

// Merge builds the corpus timeline from per-article extractions (ex[i]
// belongs to arts[i]).
func (x *Extractor) Merge(arts []*model.Article, ex []Extraction) *model.Timeline {
	return &model.Timeline{Articles: arts}
}

// Build extracts every article in parallel and merges the result.
func Build(arts []*model.Article, opts Options) (*model.Timeline, error) {
	x, err := NewExtractor(opts)
	if err != nil {
		return nil, err
	}
	ex := make([]Extraction, len(arts))
	for i, a := range arts {
		ex[i] = x.Article(a)
	}
	return x.Merge(arts, ex), nil
}
