package ui

import (
	"sort"
	"strings"
	"time"

	"github.com/annals/annals/index"
)

// density is the strip of events per month over the corpus span, with
// the cursor's month marked; clicking a cell or { } jumps to a month.
type density struct {
	common
	months []string // every month of the span, YYYY-MM, chronological
	counts []int
	max    int
	cur    string // the cursor's month
	// before and after count events left out at either end: a few stray
	// dates (a "1300 GMT" read as a year) must not squash the strip.
	before, after int
}

const densityH = 2

// setFacets fills the span from the month facets (gaps become zeros).
func (d *density) setFacets(f []index.FacetCount) {
	d.months, d.counts, d.max = nil, nil, 0
	byMonth := map[string]int{}
	var first, last time.Time
	for _, c := range f {
		t, err := time.Parse("2006-01", c.Term)
		if err != nil {
			continue
		}
		byMonth[c.Term] += c.Count
		if first.IsZero() || t.Before(first) {
			first = t
		}
		if t.After(last) {
			last = t
		}
	}
	if first.IsZero() {
		return
	}
	total := 0
	for _, n := range byMonth {
		total += n
	}
	// Trim the span to where all but 2% of events lie, when a few strays
	// stretch a long span.
	keys := make([]string, 0, len(byMonth))
	for k := range byMonth {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	d.before, d.after = 0, 0
	if len(keys) > 1 {
		span := monthsBetween(first, last)
		if span > 36 {
			cut := total / 100 // 1% at each end
			lo, hi := 0, len(keys)-1
			for lo < hi && d.before+byMonth[keys[lo]] <= cut {
				d.before += byMonth[keys[lo]]
				lo++
			}
			for hi > lo && d.after+byMonth[keys[hi]] <= cut {
				d.after += byMonth[keys[hi]]
				hi--
			}
			f2, _ := time.Parse("2006-01", keys[lo])
			l2, _ := time.Parse("2006-01", keys[hi])
			// Only worth it when strays stretch the span: a spread-out
			// corpus keeps its ends.
			if monthsBetween(f2, l2)*2 < span {
				first, last = f2, l2
			} else {
				d.before, d.after = 0, 0
			}
		}
	}
	for t, n := first, 0; !t.After(last) && n < 12*200; t, n = t.AddDate(0, 1, 0), n+1 {
		k := t.Format("2006-01")
		d.months = append(d.months, k)
		d.counts = append(d.counts, byMonth[k])
		d.max = max(d.max, byMonth[k])
	}
}

func monthsBetween(a, b time.Time) int {
	return (b.Year()-a.Year())*12 + int(b.Month()) - int(a.Month())
}

// layout says how many months share one cell (per) or how many cells one
// month spans (span), for the current width.
func (d *density) layout() (per, cells int) {
	n := len(d.months)
	w := max(d.width, 1)
	if n == 0 {
		return 1, 0
	}
	if n <= w {
		return 1, min(w/n, 4)
	}
	return (n + w - 1) / w, 1
}

// monthAt maps a column to a month ("" if none).
func (d *density) monthAt(x int) string {
	per, cells := d.layout()
	if cells == 0 || x < 0 {
		return ""
	}
	i := x / cells * per
	if i >= len(d.months) {
		return ""
	}
	return d.months[i]
}

var bars = []rune(" ▁▂▃▄▅▆▇█")

func (d *density) View() string {
	if d.width <= 0 || d.height <= 0 {
		return ""
	}
	st := d.st
	if len(d.months) == 0 {
		return fitLines([]string{st.Dim.Render("no dated events")}, d.width, d.height)
	}
	per, cells := d.layout()
	// Cells are drawn as three runs (before, at and after the cursor) so
	// a frame costs three style renders, not one per month.
	var before, at, after strings.Builder
	curCol := -1
	col := 0
	for i := 0; i < len(d.months); i += per {
		n, isCur := 0, false
		for j := i; j < i+per && j < len(d.months); j++ {
			n = max(n, d.counts[j])
			isCur = isCur || d.months[j] == d.cur
		}
		r := bars[0]
		if n > 0 {
			r = bars[1+(n*(len(bars)-2))/max(d.max, 1)]
		}
		cell := strings.Repeat(string(r), cells)
		switch {
		case isCur && curCol < 0:
			curCol = col
			at.WriteString(cell)
		case curCol < 0:
			before.WriteString(cell)
		default:
			after.WriteString(cell)
		}
		col += cells
	}
	var strip strings.Builder
	strip.WriteString(st.Strip.Render(before.String()))
	if at.Len() > 0 {
		strip.WriteString(st.StripCursor.Render(at.String()))
	}
	if after.Len() > 0 {
		strip.WriteString(st.Strip.Render(after.String()))
	}
	axis := []rune(strings.Repeat(" ", max(d.width, col)))
	used := make([]bool, len(axis))
	// put writes a label unless it would overwrite another (+1 gap).
	put := func(at int, s string) {
		r := []rune(s)
		if at < 0 || at+len(r) > len(axis) {
			return
		}
		for i := max(at-1, 0); i < min(at+len(r)+1, len(axis)); i++ {
			if used[i] {
				return
			}
		}
		for i, c := range r {
			axis[at+i] = c
			used[at+i] = true
		}
	}
	if curCol >= 0 {
		label := "▲ " + shortMonth(d.cur)
		at := curCol
		if at+len([]rune(label)) > d.width {
			label = shortMonth(d.cur) + " ▲"
			at = curCol - len([]rune(label)) + 1
		}
		put(max(at, 0), label)
	}
	first, last := shortMonth(d.months[0]), shortMonth(d.months[len(d.months)-1])
	if d.before > 0 {
		first = "‹" + itoa(d.before) + " " + first
	}
	if d.after > 0 {
		last += " " + itoa(d.after) + "›"
	}
	put(0, first)
	put(col-len([]rune(last)), last)
	return fitLines([]string{strip.String(), st.StripAxis.Render(string(axis))}, d.width, d.height)
}

func (d *density) SetSize(w, h int) { d.setSize(w, h) }

// shortMonth turns 2024-08 into Aug 2024.
func shortMonth(k string) string {
	if t, err := time.Parse("2006-01", k); err == nil {
		return monthAbbr[t.Month()-1] + " " + t.Format("2006")
	}
	return k
}
