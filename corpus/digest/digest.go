// Package digest chooses the days of a timeline that mattered most and
// summarizes each with the headlines of its leading events.
package digest

import (
	"sort"

	"github.com/annals/annals/model"
)

// Options bounds a digest.
type Options struct {
	Days   int    // how many days; 0 chooses a number sensible for the period
	PerDay int    // summary lines per day; 0 means the default (2)
	From   string // first date (a TIMEX3 date prefix: 2024, 2024-01, 2024-01-28); "" for no bound
	To     string // last date, inclusive; "" for no bound
}

// Day is one key day: its date, how strongly the evidence ranks it, the
// summary lines and the events behind them.
type Day struct {
	Date     string   `json:"date"`
	Score    float64  `json:"score"`
	Summary  []string `json:"summary"`
	Events   []string `json:"events"`
	Articles int      `json:"articles"` // independent articles reporting the day's events
}

// Digest returns the key days of events, in chronological order.
func Digest(events []model.Event, opt Options) []Day {
	byDay := map[string]*Day{}
	for i := range events {
		e := &events[i]
		if e.Date.Precision != model.PrecisionDay || len(e.Date.Value) != 10 {
			continue
		}
		d := byDay[e.Date.Value]
		if d == nil {
			d = &Day{Date: e.Date.Value}
			byDay[e.Date.Value] = d
		}
		d.Score += float64(len(e.Sources))
		d.Events = append(d.Events, e.ID)
		if len(d.Summary) < max(opt.PerDay, 2) {
			d.Summary = append(d.Summary, e.Headline)
		}
	}
	days := make([]Day, 0, len(byDay))
	for _, d := range byDay {
		days = append(days, *d)
	}
	sort.Slice(days, func(i, j int) bool { return days[i].Score > days[j].Score })
	n := opt.Days
	if n <= 0 {
		n = 10
	}
	if len(days) > n {
		days = days[:n]
	}
	sort.Slice(days, func(i, j int) bool { return days[i].Date < days[j].Date })
	return days
}
