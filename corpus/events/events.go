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
	"runtime"
	"sync"

	"github.com/annals/annals/corpus/actors"
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
	// Hints says, for each event (same index), how Merge may use it. Keep
	// it with Events when storing an Extraction.
	Hints []Hint
}

// Hint carries what Merge needs to know about one extracted event beyond
// the model.Event itself.
type Hint struct {
	// Undated marks a mention with no date of its own (a back-reference
	// such as "the drone strike that killed the US soldiers"): it joins an
	// event dated elsewhere or is dropped.
	Undated bool `json:"undated,omitempty"`
	// Soft marks a date only bounded by the text ("recent strikes" = just
	// before publication): it yields to an explicit date of the same
	// happening.
	Soft bool `json:"soft,omitempty"`
	// After, when not 0, is 1 + the index (in the same Extraction) of the
	// happening this one follows ("Following the strike, …", "in response
	// to the U.S. strikes"): an event with no date of its own is dated
	// between that happening and the article's publication date.
	After int `json:"after,omitempty"`
	// Skip lists clean-text spans of the source that belong to another
	// happening (a back-reference inside the sentence), left out when
	// comparing wording.
	Skip [][2]int `json:"skip,omitempty"`
	// Ongoing marks a happening told as a campaign from a start date
	// ("attacking US forces since October", "began launching attacks on
	// October 18", "between October 2023 and January"): reports of one
	// campaign share little wording beyond it.
	Ongoing bool `json:"ongoing,omitempty"`
}

// Extractor extracts events from articles. It is safe for concurrent use
// by several goroutines once built.
type Extractor struct {
	opts Options
	rec  *actors.Recognizer
}

// NewExtractor builds an extractor, loading the actor file if one is given.
func NewExtractor(opts Options) (*Extractor, error) {
	rec, err := actors.New(opts.ActorsFile)
	if err != nil {
		return nil, err
	}
	return &Extractor{opts: opts, rec: rec}, nil
}

// Build extracts every article in parallel and merges the result.
func Build(arts []*model.Article, opts Options) (*model.Timeline, error) {
	x, err := NewExtractor(opts)
	if err != nil {
		return nil, err
	}
	ex := make([]Extraction, len(arts))
	var wg sync.WaitGroup
	next := make(chan int, runtime.GOMAXPROCS(0))
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				ex[i] = x.Article(arts[i])
			}
		}()
	}
	for i := range arts {
		next <- i
	}
	close(next)
	wg.Wait()
	return x.Merge(arts, ex), nil
}
