package events

import (
	"fmt"
	"slices"

	"github.com/annals/annals/model"
)

// reactionGap is how long after a happening a dated reaction to it may
// come before the reaction's date (read against the publication date) is
// suspect: condemnations, vows and claims follow within days.
const reactionGap = 30 * 24 // hours

// dateCheck flags articles whose publication date the corpus contradicts.
// An article reacting to a happening (a statement: "on Monday condemned the drone
// attack that killed three US troops") dates the reaction from its own
// publication date; when other articles date that happening months
// earlier, the publication date is likely a page or scrape date, not the
// article's. The article gets a warning with a suggested date; its date
// is never changed silently.
func dateCheck(arts []*model.Article, m *merger) []string {
	type conflict struct {
		reaction model.Event
		happened *cluster
		other    string
	}
	per := map[int32]conflict{}
	byArt := map[int32][]int{}
	for j := range m.items {
		if r := &m.items[j]; r.dated && !r.soft && family(r.ev.Type) == "speech" {
			byArt[r.art] = append(byArt[r.art], j)
		}
	}
	for ci, c := range m.clusters {
		rep := &m.items[c.rep]
		if c.dead || !rep.dated || rep.soft {
			continue
		}
		for _, i := range c.items {
			it := &m.items[i]
			if !it.undated || it.art == rep.art {
				continue
			}
			ref := it.ev.Sources[0]
			// The dated event of the same article whose sentence holds
			// this back-reference is the reaction to it.
			for _, j := range byArt[it.art] {
				r := &m.items[j]
				src := r.ev.Sources[0]
				if src.CleanStart > ref.CleanStart || src.CleanEnd < ref.CleanEnd {
					continue
				}
				if float64(r.rng.s-c.rng.e)*24 > reactionGap {
					if _, ok := per[it.art]; !ok {
						per[it.art] = conflict{r.event(), m.clusters[ci], arts[rep.art].Path}
					}
				}
			}
		}
	}
	var idx []int32
	for ai := range per {
		idx = append(idx, ai)
	}
	slices.Sort(idx)
	var out []string
	for _, ai := range idx {
		cf := per[ai]
		a := arts[ai]
		rep := m.items[cf.happened.rep].event()
		msg := fmt.Sprintf("publication date %s (%s) looks wrong: the article dates %q to %s, but it reacts to %q, which %s dates %s; suggested publication date: shortly after %s (not applied)",
			a.Published, a.PublishedSource, cf.reaction.Summary, cf.reaction.Date.Value, rep.Summary, cf.other, rep.Date.Value, rep.Date.Value)
		if !slices.Contains(a.Warnings, msg) { // Merge may run again on the same articles
			a.Warnings = append(a.Warnings, msg)
		}
		out = append(out, a.Path+": "+msg)
	}
	return out
}
