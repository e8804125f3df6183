package events

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/annals/annals/model"
)

// Dating what has no date of its own by the happenings around it: after
// a happening, on or before a reaction, a scheduled happening to come.

// placeAfters dates the happenings that follow another one ("Following
// the strike, the committee warned …"): between the day after the
// happening followed and the article's publication date, at the finest
// unit holding that span (a week, a month, a year). Chains (a protest
// after strikes that followed an attack) resolve in article order over a
// few passes. Happenings that cannot be bounded are dropped.
func (m *merger) placeAfters(afters []int) {
	// Index items by article and position to find the happening followed.
	first := map[int32]int{}
	for i := range m.items {
		if _, ok := first[m.items[i].art]; !ok {
			first[m.items[i].art] = i
		}
	}
	done := map[int]bool{}
	for pass := 0; pass < 3; pass++ {
		for _, i := range afters {
			it := &m.items[i]
			if done[i] || it.hint.After == 0 || !it.hasDCT {
				continue
			}
			ref := first[it.art] + it.hint.After - 1
			if ref < 0 || ref >= len(m.items) || m.items[ref].art != it.art {
				continue
			}
			if m.joined[ref] == 0 {
				continue
			}
			c := m.clusters[m.joined[ref]-1]
			lo := dayTime(c.rng.s + 1)
			hi := dayTime(it.dct)
			if c.rng.IsZero() || hi.Before(lo) {
				continue
			}
			v := tightest(lo, hi)
			if v == "" {
				continue
			}
			done[i] = true
			it.setDate(model.EventDate{Value: v, Precision: model.PrecisionOf(v), Inferred: true,
				Text: "after " + m.items[c.dateFrom].date().Value})
			it.rng, it.dated = parseDays(v)
			it.soft = true
			// It may be a happening the corpus already has ("the air
			// assault" = the strikes reported as recent).
			if ci := m.bestOverlapping(i); ci >= 0 && it.fam == "violence" {
				m.add(ci, i)
				continue
			}
			nc := &cluster{rep: i, dateFrom: i, rng: it.rng, fam: it.fam, soft: true}
			m.clusters = append(m.clusters, nc)
			m.add(len(m.clusters)-1, i)
		}
	}
}

// reactionFresh is how close to its article's publication a dated
// reaction must be for the happening it reacts to to be dated to the
// reaction's day: an article published a day or two after "on Sunday …
// blamed … for the attack" reports that attack as that day's news.
const reactionFresh = 3 * 24 * time.Hour

// freshBound returns the reaction day bounding an undated happening
// (Hint.By) when that reaction is fresh news in its article.
func freshBound(it *item) (time.Time, bool) {
	if it.hint.By == "" || !it.hasDCT {
		return time.Time{}, false
	}
	by, err := time.Parse("2006-01-02", it.hint.By)
	if dct := dayTime(it.dct); err != nil || by.After(dct) || dct.Sub(by) > reactionFresh {
		return time.Time{}, false
	}
	return by, true
}

// placeBounded dates happenings by the reactions to them. An undated
// happening that a dated reaction in the same article refers to happened
// on or before that reaction; when the reaction is fresh news (published
// within reactionFresh), news convention reports the happening and the
// first reactions together, so it is dated to the earliest reaction's day,
// flagged inferred, with the reaction's date expression as evidence:
//   - a cluster dated only coarsely by other articles ("In January") that
//     holds that day takes it;
//   - a bounded back-reference that joined nothing becomes an event of
//     its own on that day, which the other undated reports may then join.
//
// Bounds that are not fresh, or fall outside the cluster's date, change
// nothing.
func (m *merger) placeBounded(left []int) {
	var rest []int
	for _, i := range left {
		it := &m.items[i]
		if _, ok := freshBound(it); !ok {
			rest = append(rest, i)
			continue
		}
		it.setDate(boundDate(it))
		it.rng, it.dated = parseDays(it.hint.By)
		it.undated = false
		m.place(i)
	}
	for _, i := range rest {
		m.place(i)
	}
	for _, c := range m.clusters {
		if c.by == 0 || c.dead {
			continue
		}
		it := &m.items[c.by-1]
		day, _ := parseDays(it.hint.By)
		if c.rng.days() <= 1 || !c.rng.Contains(day) {
			continue
		}
		it.setDate(boundDate(it))
		c.rng = day
		c.dateFrom = c.by - 1
	}
}

func boundDate(it *item) model.EventDate {
	text := "on or before " + it.hint.By
	if it.hint.ByText != "" {
		text = "on or before " + it.hint.ByText
	}
	return model.EventDate{Value: it.hint.By, Precision: model.PrecisionDay, Text: text, Inferred: true}
}

// scheduledIn returns the first scheduled-happening noun of a text,
// singular, or "".
func scheduledIn(text string, toks []word) string {
	// Most texts name none; skip tokenizing them.
	hit := false
	for _, stem := range []string{"lection", "vote", "eferendum", "ummit", "nauguration", "polls"} {
		hit = hit || strings.Contains(text, stem)
	}
	if !hit {
		return ""
	}
	for _, w := range toks {
		if scheduledNouns[w.lower] {
			return strings.TrimSuffix(w.lower, "s")
		}
	}
	return ""
}

func sharesName(a, b []uint64) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// placeUpcoming joins each mention of a scheduled happening told as still
// to come to the nearest event naming the same happening, dated after
// the mention's publication and within a year of it, that shares other
// wording ("US elections" ~ "U.S. presidential election"). Mentions that
// find none are dropped: the timeline cannot date them.
func (m *merger) placeUpcoming(upcoming []int) {
	for _, i := range upcoming {
		it := &m.items[i]
		if it.scheduled == "" || !it.hasDCT {
			continue
		}
		best, bestShared := -1, 0
		for _, k := range m.keys(it, false) {
			for _, ci := range m.candidates(k) {
				c := m.clusters[ci]
				rep := &m.items[c.rep]
				if rep.scheduled != it.scheduled || c.rng.IsZero() || c.rng.s <= it.dct || c.rng.s > dayNumber(dayTime(it.dct).AddDate(1, 0, 0)) {
					continue
				}
				// The same happening of the same polity: a name besides
				// the noun ("US elections" ~ "U.S. presidential
				// election"), so "the coming parliament elections" does
				// not join someone's local elections.
				if !sharesName(it.names, rep.names) {
					continue
				}
				shared := 0
				for _, w := range it.words {
					if _, ok := slices.BinarySearch(c.words, w); ok {
						shared++
					}
				}
				if shared < 2 {
					continue
				}
				if best < 0 || shared > bestShared || shared == bestShared && c.rng.s < m.clusters[best].rng.s {
					best, bestShared = int(ci), shared
				}
			}
		}
		if debugMerge {
			fmt.Fprintf(os.Stderr, "upcoming %.60q -> %d\n", it.ev.Summary, best)
		}
		if best >= 0 {
			m.add(best, i)
		}
	}
}

// bestOverlapping returns the cluster an after-dated item joins (only
// violent happenings: a statement is too specific to its speaker for the
// loose bounds of an after-date): same type family, a date range overlapping its bounds, enough shared
// evidence; -1 when none.
func (m *merger) bestOverlapping(i int) int {
	it := &m.items[i]
	best, bestScore := -1, joinUndated
	m.fresh()
	for _, k := range m.keys(it, false) {
		for _, ci := range m.candidates(k) {
			c := m.clusters[ci]
			if m.seen[ci] == m.stamp || c.fam != it.fam || c.rng.IsZero() || !c.rng.Overlaps(it.rng) {
				continue
			}
			m.seen[ci] = m.stamp
			if s, ev, figs := m.score(it, c); s >= bestScore && ev >= 2 && ev > figs {
				best, bestScore = int(ci), s
			}
		}
	}
	return best
}

// tightest returns the TIMEX3 value of the smallest ISO week, month or
// year holding both days, or "".
func tightest(lo, hi time.Time) string {
	y1, w1 := lo.ISOWeek()
	y2, w2 := hi.ISOWeek()
	switch {
	case y1 == y2 && w1 == w2:
		return fmt.Sprintf("%d-W%02d", y1, w1)
	case lo.Year() == hi.Year() && lo.Month() == hi.Month():
		return lo.Format("2006-01")
	case lo.Year() == hi.Year():
		return lo.Format("2006")
	}
	return ""
}

// names are the distinct capitalized words of a source (tokenized as toks), hashed (not stopwords,
// months or weekdays), the rare words that tie reports of one happening.
func names(src model.Source, toks []word, skip [][2]int) []uint64 {
	var out []uint64
	for i, w := range toks {
		// "US" in capitals is the country, not the pronoun.
		country := src.Text[w.start:w.end] == "US"
		if !country && (!w.cap || i == 0 || len(w.lower) < 3 || stopwords[w.lower] || monthNames[w.lower] || weekdays[w.lower]) {
			continue
		}
		off := src.CleanStart + w.start
		skipped := false
		for _, sk := range skip {
			skipped = skipped || off >= sk[0] && off < sk[1]
		}
		l := strings.TrimSuffix(w.lower, "'s")
		if syn, ok := synonyms[l]; ok {
			l = syn // "U.S." and "US" are one name
		}
		if h := hashWord(l); !skipped && !slices.Contains(out, h) {
			out = append(out, h)
		}
	}
	return out
}

// date is the item's date: the one merging inferred, or its own.
func (it *item) date() *model.EventDate {
	if it.dateOv != nil {
		return it.dateOv
	}
	return &it.ev.Date
}

func (it *item) setDate(d model.EventDate) { it.dateOv = &d }

// event is a copy of the item's event with its date.
func (it *item) event() model.Event {
	e := *it.ev
	e.Date = *it.date()
	return e
}
