// Package digest chooses the days of a timeline that mattered most and
// summarizes each with the sentences of its leading events.
//
// A day ranks by the evidence a reader would accept: how many independent
// articles report an event of that day at the time, how many later
// articles refer back to the date, and the toll. Each day is summarized
// by its most central sentences (the ones sharing most words with
// everything said about the day), preferring reports written at the time
// over later looks back.
package digest

import (
	"math"
	"sort"
	"time"

	"github.com/annals/annals/model"
)

// Options bounds a digest.
type Options struct {
	Days   int    // how many days; 0 chooses a number sensible for the period
	PerDay int    // summary lines per day; 0 means the default (2)
	From   string // first date (a TIMEX3 date prefix: 2024, 2024-01, 2024-01-28); "" for no bound
	To     string // last date, inclusive; "" for no bound
}

// DefaultPerDay is the number of summary lines when Options.PerDay is 0.
const DefaultPerDay = 2

// Day is one key day: its date, how strongly the evidence ranks it, the
// summary lines and the events behind them.
type Day struct {
	Date    string   `json:"date"`
	Score   float64  `json:"score"`
	Summary []string `json:"summary"`
	// Headlines are the headlines of the summarized events, one for
	// each summary sentence, for a one-line-per-event display.
	Headlines []string `json:"headlines"`
	// Events are the IDs of the day's events, the ones summarized first.
	Events []string `json:"events"`
	// Articles counts the independent articles reporting the day's
	// events; Reports those of them published at the time (on the day or
	// within Fresh days after it), References those published later.
	Articles   int `json:"articles"`
	Reports    int `json:"reports"`
	References int `json:"references"`
	// Killed is the largest death toll reported for an event of the day.
	Killed int `json:"killed,omitempty"`
}

// Fresh is how many days after an event an article still reports it
// "at the time": a morning paper tells yesterday's news, a weekly the
// week's.
const Fresh = 2

// Digest returns the key days of events, in chronological order.
func Digest(events []model.Event, opt Options) []Day {
	lo, hi := bounds(opt.From, opt.To)
	perDay := opt.PerDay
	if perDay <= 0 {
		perDay = DefaultPerDay
	}
	byDay := map[string]*dayAcc{}
	for i := range events {
		e := &events[i]
		if e.Background || e.Date.Precision != model.PrecisionDay || len(e.Date.Value) != 10 {
			continue
		}
		t, err := time.Parse("2006-01-02", e.Date.Value)
		if err != nil || (!lo.IsZero() && t.Before(lo)) || (!hi.IsZero() && !t.Before(hi)) {
			continue
		}
		d := byDay[e.Date.Value]
		if d == nil {
			d = &dayAcc{date: t, same: map[string]bool{}, now: map[string]bool{}, later: map[string]bool{}, before: map[string]bool{}}
			byDay[e.Date.Value] = d
		}
		d.add(e)
	}
	// How many days each article reports.
	spread := map[string]int{}
	for _, d := range byDay {
		for _, m := range []map[string]bool{d.now, d.same, d.later, d.before} {
			for id := range m {
				spread[id]++
			}
		}
	}
	accs := make([]*dayAcc, 0, len(byDay))
	for _, d := range byDay {
		d.score = d.rank(spread)
		accs = append(accs, d)
	}
	sort.Slice(accs, func(i, j int) bool {
		if accs[i].score != accs[j].score {
			return accs[i].score > accs[j].score
		}
		return accs[i].date.Before(accs[j].date)
	})
	n := opt.Days
	if n <= 0 {
		n = defaultDays(accs)
	}
	if len(accs) > n {
		accs = accs[:n]
	}
	sort.Slice(accs, func(i, j int) bool { return accs[i].date.Before(accs[j].date) })
	out := make([]Day, 0, len(accs))
	for _, d := range accs {
		out = append(out, d.day(perDay))
	}
	return out
}

// bounds turns the From and To date prefixes into a half-open range of
// days; a zero time is no bound.
func bounds(from, to string) (lo, hi time.Time) {
	if r, ok := model.ParseDateValue(from); ok {
		lo = r.Start
	}
	if r, ok := model.ParseDateValue(to); ok {
		hi = r.End
	}
	return lo, hi
}

// defaultDays is the number of days a reader can take in for a period:
// about one a week for a month-long story, one a month for a year, never
// fewer than 5 nor more than 30, nor more days than there are.
func defaultDays(accs []*dayAcc) int {
	if len(accs) == 0 {
		return 0
	}
	first, last := accs[0].date, accs[0].date
	for _, d := range accs {
		if d.date.Before(first) {
			first = d.date
		}
		if d.date.After(last) {
			last = d.date
		}
	}
	span := last.Sub(first).Hours()/24 + 1
	n := int(math.Round(math.Sqrt(span) * 1.2))
	return min(max(n, 5), 30, len(accs))
}

// dayAcc gathers the evidence for one day.
type dayAcc struct {
	date                     time.Time
	now, later, before, same map[string]bool // articles by when they were published
	events                   []*model.Event
	killed                   int
	score                    float64
}

func (d *dayAcc) add(e *model.Event) {
	d.events = append(d.events, e)
	d.killed = max(d.killed, e.Figures.Killed)
	for _, s := range e.Sources {
		id := s.Article
		if id == "" {
			id = s.File
		}
		switch age := ageDays(d.date, s.Published); {
		case age < 0:
			d.before[id] = true
		case age == 0:
			d.same[id] = true
		case age <= Fresh:
			d.now[id] = true
		default:
			d.later[id] = true
		}
	}
}

// ageDays is how many days after day the article was published; 0 when
// the publication date is unknown (a report, as far as anyone can tell).
func ageDays(day time.Time, published string) int {
	if len(published) < 10 {
		return 0
	}
	p, err := time.Parse("2006-01-02", published[:10])
	if err != nil {
		return 0
	}
	return int(p.Sub(day).Hours() / 24)
}

// rank scores the day: each independent article counts once, by when it
// was published: a report at the time fully, one the same day (often the
// day's own "today", less telling) and one written long after (a look
// back still citing the date) partly, an announcement in advance a little.
// An article reporting many days (a review, a chronology) is spread over
// them (one vote per article). A toll adds its logarithm.
func (d *dayAcc) rank(spread map[string]int) float64 {
	weight := map[string]float64{}
	for _, c := range []struct {
		ids map[string]bool
		w   float64
	}{{d.now, 1}, {d.same, sameDay}, {d.later, lookBack}, {d.before, inAdvance}} {
		for id := range c.ids {
			weight[id] = max(weight[id], c.w)
		}
	}
	score := 0.0
	for id, w := range weight {
		score += w / float64(max(spread[id], 1))
	}
	return score + tollWeight*math.Log1p(float64(d.killed))
}

// The weights of an article's vote by when it was published, measured
// on the timeline-summarization development set (tls-dev): an article of
// the same day mostly says "today" of its own news, which every article
// does, so it tells less about which days mattered than one written a
// day or two later; a look back long after still names a day that
// counted; a mention in advance ("talks will open on Monday") is half a
// vote.
const (
	sameDay    = 0.3
	lookBack   = 1.0
	inAdvance  = 0.5
	tollWeight = 0.5 // per natural log of the largest death toll of the day
)
