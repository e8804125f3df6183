package export

import (
	"cmp"
	"fmt"
	"html"
	"io"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/annals/annals/model"
)

// DefaultMaxSlides caps a TimelineJS export. Measured with TimelineJS
// 3.9.11 in headless Chromium: 2,000 slides load in 5.5 s; at 9,383 the
// load takes 17–35 s and slides past about 3,000 stay blank.
const DefaultMaxSlides = 1000

// MaxGroups bounds TimelineJS groups: each takes a band of the time
// navigator, and 15 groups took 485 of 780 px on the samples.
const MaxGroups = 8

// tjsDate is a TimelineJS date object; month and day are left out when
// the event's precision does not reach them.
type tjsDate struct {
	Year        int    `json:"year"`
	Month       int    `json:"month,omitempty"`
	Day         int    `json:"day,omitempty"`
	DisplayDate string `json:"display_date,omitempty"`
}

type tjsText struct {
	Headline string `json:"headline"`
	Text     string `json:"text,omitempty"`
}

type tjsSlide struct {
	StartDate   *tjsDate `json:"start_date,omitempty"`
	EndDate     *tjsDate `json:"end_date,omitempty"`
	Text        tjsText  `json:"text"`
	Group       string   `json:"group,omitempty"`
	DisplayDate string   `json:"display_date,omitempty"`
	UniqueID    string   `json:"unique_id,omitempty"`
}

type tjsTimeline struct {
	Title  *tjsSlide  `json:"title,omitempty"`
	Events []tjsSlide `json:"events"`
}

// WriteTimelineJS writes the TimelineJS3 JSON format
// (https://timeline.knightlab.com/docs/json-format.html): one slide per
// dated event with start_date {year, month, day}, text {headline, text},
// and display_date for dates coarser than a day. So that TimelineJS stays
// responsive at real sizes:
//   - no groups unless opt.Group asks ("type" or "actor", at most
//     MaxGroups, the rest folded into "other");
//   - at most opt.MaxEvents slides (DefaultMaxSlides): the events reported
//     by the most articles, news before background;
//   - far-past outliers (a mention of antiquity in a story of 2024) are
//     left out unless opt.AllDates, since one of them stretches the axis
//     over centuries.
//
// What is left out is said on the title slide and through opt.Notice,
// with how to narrow the export. Events without a calendar date are left
// out, as TimelineJS cannot place them.
func WriteTimelineJS(w io.Writer, tl *model.Timeline, opt Options) error {
	title := opt.Title
	if title == "" {
		title = "annals timeline"
	}
	type dated struct {
		e *model.Event
		r model.DateRange
	}
	var evs []dated
	undated := 0
	for i := range tl.Events {
		r, ok := model.ParseDateValue(tl.Events[i].Date.Value)
		if !ok {
			undated++
			continue
		}
		evs = append(evs, dated{&tl.Events[i], r})
	}
	var notes []string
	if !opt.AllDates {
		starts := make([]time.Time, len(evs))
		for i, d := range evs {
			starts[i] = d.r.Start
		}
		lo, hi := coreSpan(starts)
		kept := evs[:0]
		far := 0
		for _, d := range evs {
			if d.r.End.Before(lo) || d.r.Start.After(hi) {
				far++
				continue
			}
			kept = append(kept, d)
		}
		evs = kept
		if far > 0 {
			notes = append(notes, fmt.Sprintf("%d far-past or far-future mentions left out (--all-dates keeps them)", far))
		}
	}
	limit := opt.MaxEvents
	if limit == 0 {
		limit = DefaultMaxSlides
	}
	if limit > 0 && len(evs) > limit {
		// Keep what a reader most needs: news before background, then the
		// events most articles report, then the most precise dates.
		rank := slices.Clone(evs)
		slices.SortStableFunc(rank, func(a, b dated) int {
			if a.e.Background != b.e.Background {
				if a.e.Background {
					return 1
				}
				return -1
			}
			if c := cmp.Compare(articleCount(b.e), articleCount(a.e)); c != 0 {
				return c
			}
			return cmp.Compare(a.r.End.Sub(a.r.Start), b.r.End.Sub(b.r.Start))
		})
		keep := map[*model.Event]bool{}
		for _, d := range rank[:limit] {
			keep[d.e] = true
		}
		kept := evs[:0]
		for _, d := range evs {
			if keep[d.e] {
				kept = append(kept, d)
			}
		}
		notes = append(notes, fmt.Sprintf("%d of %d events shown, those reported by the most articles (narrow with --query, --actor, --type, --from/--to, or raise --max-events)", limit, len(evs)))
		evs = kept
	}
	if undated > 0 {
		notes = append(notes, fmt.Sprintf("%d without a calendar date (year or day unknown) are not shown", undated))
	}

	groupOf := func(e *model.Event) string { return "" }
	switch opt.Group {
	case "type":
		groupOf = func(e *model.Event) string { return e.Type }
	case "actor":
		groupOf = func(e *model.Event) string {
			if len(e.Actors) > 0 {
				return e.Actors[0]
			}
			return ""
		}
	}
	if opt.Group != "" {
		counts := map[string]int{}
		for _, d := range evs {
			counts[groupOf(d.e)]++
		}
		names := make([]string, 0, len(counts))
		for g := range counts {
			if g != "" {
				names = append(names, g)
			}
		}
		sort.Slice(names, func(i, j int) bool {
			if counts[names[i]] != counts[names[j]] {
				return counts[names[i]] > counts[names[j]]
			}
			return names[i] < names[j]
		})
		top := map[string]bool{}
		for i, g := range names {
			if i < MaxGroups {
				top[g] = true
			}
		}
		inner := groupOf
		groupOf = func(e *model.Event) string {
			if g := inner(e); top[g] {
				return g
			}
			return "other"
		}
	}

	out := tjsTimeline{Title: &tjsSlide{Text: tjsText{Headline: html.EscapeString(model.SafeLine(title)),
		Text: html.EscapeString(fmt.Sprintf("%d events from %d articles", len(tl.Events), len(tl.Articles)))}}}
	if len(notes) > 0 {
		out.Title.Text.Text += "<br><small>" + html.EscapeString(strings.Join(notes, "; ")) + "</small>"
		for _, n := range notes {
			opt.notice("timelinejs: %s", n)
		}
	}
	out.Events = []tjsSlide{}
	for _, d := range evs {
		e, r := d.e, d.r
		td := &tjsDate{Year: r.Start.Year()}
		switch e.Date.Precision {
		case model.PrecisionDay, model.PrecisionWeek:
			td.Month, td.Day = int(r.Start.Month()), r.Start.Day()
		case model.PrecisionMonth, model.PrecisionQuarter, model.PrecisionSeason:
			td.Month = int(r.Start.Month())
		}
		// TimelineJS renders the headline as HTML: article text must not
		// become markup.
		s := tjsSlide{StartDate: td, UniqueID: e.ID, Group: groupOf(e),
			Text: tjsText{Headline: html.EscapeString(model.SafeLine(headline(e))), Text: slideText(e)}}
		if e.Date.Precision != model.PrecisionDay {
			s.DisplayDate = html.EscapeString(DisplayDate(e.Date))
			end := r.End.AddDate(0, 0, -1)
			s.EndDate = &tjsDate{Year: end.Year(), Month: int(end.Month()), Day: end.Day()}
			switch e.Date.Precision {
			case model.PrecisionYear, model.PrecisionDecade, model.PrecisionCentury:
				s.EndDate = nil
			}
		}
		out.Events = append(out.Events, s)
	}
	return writeJSON(w, out)
}

// coreSpan bounds where a timeline's events gather: from the 2nd to the
// 98th percentile of their start dates, widened on each side by the
// span itself (at least a year). A date outside it is an outlier that
// would stretch TimelineJS's axis over centuries.
func coreSpan(starts []time.Time) (lo, hi time.Time) {
	if len(starts) == 0 {
		return time.Time{}, time.Time{}
	}
	s := slices.Clone(starts)
	slices.SortFunc(s, func(a, b time.Time) int { return a.Compare(b) })
	p := func(q float64) time.Time { return s[int(q*float64(len(s)-1))] }
	lo, hi = p(0.02), p(0.98)
	pad := hi.Sub(lo)
	if pad < 366*24*time.Hour {
		pad = 366 * 24 * time.Hour
	}
	// time.Duration overflows past 292 years: widen by years instead.
	years := int(pad.Hours()/24/365) + 1
	return lo.AddDate(-years, 0, 0), hi.AddDate(years, 0, 0)
}

// slideText is the HTML body of a TimelineJS slide: type, figures,
// disagreements and every source quoted with its outlet.
func slideText(e *model.Event) string {
	var b strings.Builder
	esc := func(s string) string { return html.EscapeString(model.SafeLine(s)) }
	fmt.Fprintf(&b, "<p><b>%s</b>", esc(e.Type))
	if len(e.Actors) > 0 {
		fmt.Fprintf(&b, " · %s", esc(strings.Join(e.Actors, ", ")))
	}
	if e.Place != "" {
		fmt.Fprintf(&b, " · %s", esc(e.Place))
	}
	if f := FiguresText(e.Figures); f != "" {
		fmt.Fprintf(&b, " · %s", esc(f))
	}
	b.WriteString("</p>")
	for _, d := range e.Disagreements {
		var vals []string
		for _, v := range d.Values {
			vals = append(vals, v.Value)
		}
		fmt.Fprintf(&b, "<p><i>Sources disagree on %s: %s</i></p>", esc(d.Field), esc(strings.Join(vals, " / ")))
	}
	for _, s := range e.Sources {
		fmt.Fprintf(&b, "<blockquote>%s<br><small>%s</small></blockquote>", esc(oneLine(s.Text)), esc(sourceName(s)))
	}
	return b.String()
}
