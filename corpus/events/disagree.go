package events

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/annals/annals/model"
)

// Where the sources of one merged event differ, the event says so: a
// reader checks a row against its sources, and two outlets giving "three
// killed" and "two killed", or "on Sunday" and "on Saturday", is exactly
// what reading them side by side is for. Merging lets such reports join
// (see nearDay and tollsClose); this file records what they disagree on.
//
// Only values a source states are compared: a toll the sentence gives, a
// day its own date expression names. A date merging inferred (after a
// happening, on or before a reaction) or a coarser one ("in March" beside
// "on 9 March") is not a second opinion, and neither is a toll of zero
// (the sentence gives none).

// disagreeValue gathers the articles giving one value of a field.
type disagreeValue struct {
	value string
	arts  []string
}

// tally adds article art as giving value v.
func tally(vals []disagreeValue, v, art string) []disagreeValue {
	for k := range vals {
		if vals[k].value == v {
			if !slices.Contains(vals[k].arts, art) {
				vals[k].arts = append(vals[k].arts, art)
			}
			return vals
		}
	}
	return append(vals, disagreeValue{value: v, arts: []string{art}})
}

// disagreement turns a field's tally into a model.Disagreement when two
// or more values are given, the best-supported value first (then the
// smaller, so the order is stable).
func disagreement(field string, vals []disagreeValue) (model.Disagreement, bool) {
	if len(vals) < 2 {
		return model.Disagreement{}, false
	}
	slices.SortStableFunc(vals, func(a, b disagreeValue) int {
		if c := cmp.Compare(len(b.arts), len(a.arts)); c != 0 {
			return c
		}
		return cmp.Compare(a.value, b.value)
	})
	d := model.Disagreement{Field: field}
	for _, v := range vals {
		arts := slices.Clone(v.arts)
		slices.Sort(arts)
		d.Values = append(d.Values, model.DisagreeValue{Value: v.value, Articles: arts})
	}
	return d, true
}

// disagreements compares the members of one cluster (items, ordered as
// their sources are) and returns what their sources disagree on, and the
// member whose day most articles give (-1 when the days agree): the
// merged event takes the majority's day, not whichever report was placed
// first.
func (m *merger) disagreements(members []int) ([]model.Disagreement, int) {
	var killed, wounded, days []disagreeValue
	var dayItem []int // first member giving each value of days
	for _, i := range members {
		it := &m.items[i]
		if len(it.ev.Sources) == 0 {
			continue
		}
		art := it.ev.Sources[0].Article
		if f := it.ev.Figures; f.Killed > 0 {
			killed = tally(killed, strconv.Itoa(f.Killed), art)
		}
		if f := it.ev.Figures; f.Wounded > 0 {
			wounded = tally(wounded, strconv.Itoa(f.Wounded), art)
		}
		if d := it.date(); it.dated && !it.soft && !it.undated && it.dateOv == nil && !d.Inferred &&
			d.Precision == model.PrecisionDay && !yearUnknown(it) {
			n := len(days)
			days = tally(days, d.Value, art)
			if len(days) > n {
				dayItem = append(dayItem, i)
			}
		}
	}
	var out []model.Disagreement
	best := -1
	if len(days) > 1 {
		// The first value of the sorted tally is the majority's.
		top := slices.MaxFunc(days, func(a, b disagreeValue) int {
			if c := cmp.Compare(len(a.arts), len(b.arts)); c != 0 {
				return c
			}
			return cmp.Compare(b.value, a.value)
		})
		for k := range days {
			if days[k].value == top.value {
				best = dayItem[k]
			}
		}
	}
	for _, f := range []struct {
		name string
		vals []disagreeValue
	}{{"date", days}, {"killed", killed}, {"wounded", wounded}} {
		if d, ok := disagreement(f.name, f.vals); ok {
			out = append(out, d)
		}
	}
	return out, best
}

// nearDay reports whether two one-day ranges are adjacent days: the
// widest disagreement on a day merging lets a report bridge.
func nearDay(a, b dayRange) bool {
	if a.days() != 1 || b.days() != 1 {
		return false
	}
	d := a.s - b.s
	return d == 1 || d == -1
}

// tollsClose reports whether two tolls can be one happening's told by
// different sources ("three killed" / "two killed"; an early count and
// an update): they differ by at most a third of the larger, or by one.
// Far-apart tolls ("four" / "forty") are two happenings.
func tollsClose(a, b int) bool {
	lo, hi := min(a, b), max(a, b)
	return hi-lo <= 1 || 3*(hi-lo) <= hi
}
