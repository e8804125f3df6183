package digest

import (
	"math"
	"sort"
	"strings"
	"unicode"

	"github.com/annals/annals/model"
)

// candidate is one sentence that could summarize a day: a source of one
// of its events.
type candidate struct {
	event *model.Event
	text  string
	words map[string]int
	fresh bool // published at the time, not a look back
	score float64
}

// day builds the Day: its counts, then the perDay most central sentences,
// at most one per event and none repeating an earlier one.
func (d *dayAcc) day(perDay int) Day {
	out := Day{
		Date:       d.date.Format("2006-01-02"),
		Score:      math.Round(d.score*100) / 100,
		Reports:    len(d.now) + len(d.same),
		References: len(d.later),
		Killed:     d.killed,
	}
	all := map[string]bool{}
	for _, m := range []map[string]bool{d.now, d.same, d.later, d.before} {
		for id := range m {
			all[id] = true
		}
	}
	out.Articles = len(all)

	// The centroid: how many of the day's articles use each word. A word
	// many independent reports share is what the day was about.
	df := map[string]int{}
	var cands []*candidate
	seenText := map[string]bool{}
	for _, e := range d.events {
		for _, s := range e.Sources {
			text := strings.Join(strings.Fields(s.Text), " ")
			if text == "" || seenText[text] {
				continue
			}
			seenText[text] = true
			c := &candidate{event: e, text: text, words: contentWords(text)}
			c.fresh = ageDays(d.date, s.Published) >= 0 && ageDays(d.date, s.Published) <= Fresh
			for w := range c.words {
				df[w]++
			}
			cands = append(cands, c)
		}
	}
	for _, c := range cands {
		c.score = centrality(c, df)
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })

	used := map[*model.Event]bool{}
	var chosen []*candidate
	for _, c := range cands {
		if len(chosen) == perDay {
			break
		}
		if used[c.event] || repeats(c, chosen) {
			continue
		}
		used[c.event] = true
		chosen = append(chosen, c)
	}
	for _, c := range chosen {
		out.Summary = append(out.Summary, c.text)
		out.Headlines = append(out.Headlines, c.event.Headline)
		out.Events = append(out.Events, c.event.ID)
	}
	for _, e := range d.events {
		if !used[e] {
			out.Events = append(out.Events, e.ID)
		}
	}
	return out
}

// centrality scores a sentence by the summed support of its words (how
// many other sentences of the day share each), normalized so that a
// longer sentence is not preferred just for its length (lengthNorm), and
// discounted for a look back written long after the day (stale).
func centrality(c *candidate, df map[string]int) float64 {
	if len(c.words) == 0 {
		return 0
	}
	sum := 0.0
	for w := range c.words {
		sum += math.Log1p(float64(df[w] - 1))
	}
	s := sum / math.Pow(float64(len(c.words)), lengthNorm)
	if !c.fresh {
		s *= stale
	}

	return s
}

// repeats reports whether c says mostly what a chosen sentence says.
func repeats(c *candidate, chosen []*candidate) bool {
	for _, o := range chosen {
		shared := 0
		for w := range c.words {
			if o.words[w] > 0 {
				shared++
			}
		}
		if n := min(len(c.words), len(o.words)); n > 0 && float64(shared) > 0.5*float64(n) {
			return true
		}
	}
	return false
}

// contentWords counts the lower-cased words of s that carry content:
// letters or digits, not a stop word, two characters or more.
func contentWords(s string) map[string]int {
	out := map[string]int{}
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if len(f) < 2 || stop[f] {
			continue
		}
		out[f]++
	}
	return out
}

// stop lists the function words that say nothing about a day.
var stop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or but if of to in on at by for with from as into about
		over after before than then that this these those there here it its it's is are was were be been being
		has have had do does did will would shall should can could may might must not no he she they we you i
		his her their our your my him them us who whom which what when where why how all any some more most
		also just said says say told tells according up out off so such very one two mr mrs ms s t
		monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week day night`) {
		m[w] = true
	}
	return m
}()

// lengthNorm divides a sentence's summed word support by its length to
// this power: 1 would favour the shortest sentences, 0 the longest. The
// sentences journalists write for a timeline are short; 0.7 scored best
// on tls-dev (AR1-F 0.168 against 0.162 at 0.5 and 0.156 at 1).
// stale discounts a sentence written long after the day (a look back
// reads "The April 20 blast killed 11", not the day's report).
const (
	lengthNorm = 0.7
	stale      = 0.5
)
