package events

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/annals/annals/model"
)

// Turning clusters into the timeline's events, in chronological order.

// events turns clusters into timeline events.
func (m *merger) events() []model.Event {
	out := make([]model.Event, 0, len(m.clusters)-m.folded)
	for _, c := range m.clusters {
		if c.dead {
			continue
		}
		ev := m.items[c.rep].event()
		ev.Sources = nil
		if c.dateFrom != c.rep {
			ev.Date = *m.items[c.dateFrom].date()
			ev.Date.Inferred = true
		}
		// Most clusters hold one report: it is the event as extracted.
		if len(c.items) == 1 {
			ev.Sources = m.items[c.items[0]].ev.Sources
			if ev.Actors == nil {
				ev.Actors = []string{}
			}
			out = append(out, ev)
			continue
		}
		// Small slices, not maps: a cluster names a few actors and places.
		ev.Actors = slices.Clone(ev.Actors)
		ev.Targets = slices.Clone(ev.Targets)
		var places []string
		var votes []int
		members := append([]int(nil), c.items...)
		sort.SliceStable(members, func(p, q int) bool {
			a, b := m.items[members[p]].ev.Sources[0], m.items[members[q]].ev.Sources[0]
			if a.Published != b.Published {
				return a.Published < b.Published
			}
			if a.File != b.File {
				return a.File < b.File
			}
			return a.CleanStart < b.CleanStart
		})
		for _, i := range members {
			it := &m.items[i]
			ev.Sources = append(ev.Sources, it.ev.Sources...)
			for _, a := range it.ev.Actors {
				if !slices.Contains(ev.Actors, a) {
					ev.Actors = append(ev.Actors, a)
				}
			}
			for _, a := range it.ev.Targets {
				if !slices.Contains(ev.Targets, a) {
					ev.Targets = append(ev.Targets, a)
				}
			}
			if p := it.ev.Place; p != "" {
				if k := slices.Index(places, p); k >= 0 {
					votes[k]++
				} else {
					places = append(places, p)
					votes = append(votes, 1)
				}
			}
			if ev.Figures.Killed == 0 {
				ev.Figures.Killed = it.ev.Figures.Killed
			}
			if ev.Figures.Wounded == 0 {
				ev.Figures.Wounded = it.ev.Figures.Wounded
			}
			if ev.Figures.Count == 0 {
				ev.Figures.Count = it.ev.Figures.Count
			}
		}
		// The place most reports name; the representative's on a tie,
		// else the first in alphabetical order.
		vote := func(p string) int {
			if k := slices.Index(places, p); k >= 0 {
				return votes[k]
			}
			return 0
		}
		best := vote(ev.Place)
		for _, p := range slices.Sorted(slices.Values(places)) {
			if v := vote(p); v > best {
				ev.Place, best = p, v
			}
		}
		if ds, day := m.disagreements(members); len(ds) > 0 {
			ev.Disagreements = ds
			// The day most articles give, told in the words of the
			// report giving it.
			if day >= 0 {
				ev.Date = *m.items[day].date()
				ev.Summary = m.items[day].ev.Summary
			}
			// The toll most articles give stands for the event; the
			// others are listed beside it.
			for _, d := range ds {
				switch d.Field {
				case "killed":
					ev.Figures.Killed, _ = strconv.Atoi(d.Values[0].Value)
				case "wounded":
					ev.Figures.Wounded, _ = strconv.Atoi(d.Values[0].Value)
				}
			}
		}
		if ev.Actors == nil {
			ev.Actors = []string{}
		}
		out = append(out, ev)
	}
	return out
}

// sortEvents orders events chronologically: by the start of their date
// range, a month before the days in it, undated values last.
func sortEvents(evs []model.Event) {
	type key struct {
		r  dayRange
		ok bool
	}
	// Sorted as positions, then moved once: comparing through a map of
	// IDs and swapping whole events cost more than merging itself.
	ks := make([]key, len(evs))
	idx := make([]int32, len(evs))
	for i, e := range evs {
		r, ok := parseDays(e.Date.Value)
		ks[i] = key{r, ok}
		idx[i] = int32(i)
	}
	slices.SortStableFunc(idx, func(p, q int32) int {
		a, b := &ks[p], &ks[q]
		if a.ok != b.ok {
			if a.ok {
				return -1
			}
			return 1
		}
		if a.r.s != b.r.s {
			return cmp.Compare(a.r.s, b.r.s)
		}
		if a.r.e != b.r.e {
			return cmp.Compare(b.r.e, a.r.e) // a month before the days in it
		}
		sa, sb := &evs[p].Sources[0], &evs[q].Sources[0]
		if c := strings.Compare(sa.File, sb.File); c != 0 {
			return c
		}
		return cmp.Compare(sa.CleanStart, sb.CleanStart)
	})
	// Apply the permutation in place, one cycle at a time.
	done := make([]bool, len(evs))
	for i := range idx {
		if done[i] {
			continue
		}
		tmp := evs[i]
		j := i
		for {
			done[j] = true
			k := int(idx[j])
			if k == i {
				evs[j] = tmp
				break
			}
			evs[j] = evs[k]
			j = k
		}
	}
}
