package index

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/annals/annals/model"
)

// The TUI's first screen is the whole timeline with its actor, type and
// month counts. Counted by a search, those read a doc value of every
// event (hundreds of thousands on a large corpus) before the first frame;
// the build counts them instead, as it writes the events, into a small
// file beside the index, and a search with no filter reads that.

const facetsName = "facets.json"

// facetCounter counts the facet terms of the events written.
type facetCounter map[string]int

// add counts e's facet terms, as its document holds them (see
// eventDocWith): each distinct actor or target, the type, the month.
func (fc facetCounter) add(e *model.Event) {
	month := ""
	if r, ok := model.ParseDateValue(e.Date.Value); ok {
		switch r.Precision {
		case model.PrecisionDay, model.PrecisionWeek, model.PrecisionMonth:
			month = r.Start.Format("2006-01")
		}
	}
	for _, t := range facetTerms(dedupe(append(append([]string{}, e.Actors...), e.Targets...)), e.Type, month) {
		fc[t]++
	}
}

// write saves the counts in the bleve directory p.
func (fc facetCounter) write(p string) error {
	b, err := json.Marshal(map[string]int(fc))
	if err != nil {
		return err
	}
	return writeAtomic(p, facetsName, b)
}

// readFacets reads the counts of the bleve directory p.
func readFacets(p string) (facetCounter, error) {
	b, err := os.ReadFile(filepath.Join(p, facetsName))
	if err != nil {
		return nil, err
	}
	var fc facetCounter
	if err := json.Unmarshal(b, &fc); err != nil {
		return nil, fmt.Errorf("%s: %w", facetsName, err)
	}
	return fc, nil
}

// unfiltered tells whether q is the whole timeline: events, no text, no
// filter.
func unfiltered(q Query) bool {
	return (q.Kind == "" || q.Kind == KindEvents) && q.Text == "" && len(q.Actors) == 0 &&
		len(q.Types) == 0 && q.From == "" && q.To == ""
}

// allFacets gives the stored counts of the whole timeline, read once; nil
// when the index has none (built by an older annals) or they do not read.
func (ix *Index) allFacets() facetCounter {
	ix.facetsOnce.Do(func() {
		if ix.dir == "" || ix.st == nil || ix.st.Bleve == "" {
			return
		}
		fc, err := readFacets(filepath.Join(ix.dir, ix.st.Bleve))
		if err == nil {
			ix.facets = fc
		}
	})
	return ix.facets
}

// splitCounts is splitFacets over stored counts.
func splitCounts(fc facetCounter) (actors, types, months []FacetCount) {
	for t, n := range fc {
		switch {
		case len(t) > len(facetActor) && t[:len(facetActor)] == facetActor:
			actors = append(actors, FacetCount{Term: t[len(facetActor):], Count: n})
		case len(t) > len(facetType) && t[:len(facetType)] == facetType:
			types = append(types, FacetCount{Term: t[len(facetType):], Count: n})
		case len(t) > len(facetMonth) && t[:len(facetMonth)] == facetMonth:
			months = append(months, FacetCount{Term: t[len(facetMonth):], Count: n})
		}
	}
	byCount := func(fs []FacetCount) {
		sort.Slice(fs, func(i, j int) bool {
			if fs[i].Count != fs[j].Count {
				return fs[i].Count > fs[j].Count
			}
			return fs[i].Term < fs[j].Term
		})
	}
	byCount(actors)
	byCount(types)
	sort.Slice(months, func(i, j int) bool { return months[i].Term < months[j].Term })
	return actors, types, months
}
