package export

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"

	"github.com/annals/annals/model"
)

// Formats lists the export formats WriteTimeline understands.
var Formats = []string{"json", "csv", "md", "timelinejs"}

// WriteTimeline writes a timeline in one of Formats.
func WriteTimeline(w io.Writer, tl *model.Timeline, format string) error {
	switch format {
	case "json":
		return WriteJSON(w, tl)
	case "csv":
		return WriteCSV(w, tl)
	case "md", "markdown":
		return WriteMarkdown(w, tl)
	case "timelinejs":
		return WriteTimelineJS(w, tl, "")
	}
	return fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
}

// WriteJSON writes the timeline as indented JSON: articles, events with
// sources whose start/end are byte offsets into the raw files, actors
// with counts, and warnings.
func WriteJSON(w io.Writer, tl *model.Timeline) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	out := *tl
	if out.Articles == nil {
		out.Articles = []*model.Article{}
	}
	if out.Events == nil {
		out.Events = []model.Event{}
	}
	if out.Actors == nil {
		out.Actors = []model.Actor{}
	}
	return enc.Encode(out)
}

// CSVHeader is the ACLED-style column set of the CSV export.
var CSVHeader = []string{"event_id", "event_date", "time_precision", "event_type", "actor1", "actor2",
	"location", "fatalities", "injuries", "notes", "source", "source_scale", "date_text"}

// WriteCSV writes one row per event in ACLED's style: event_date as
// YYYY-MM-DD (the first day of a coarser period), time_precision 1 day /
// 2 week / 3 month or coarser, actor1 the agent, actor2 the target or the
// next actor, fatalities the toll, notes the summary, source the outlets
// and files.
func WriteCSV(w io.Writer, tl *model.Timeline) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, e := range tl.Events {
		date := e.Date.Value
		if r, ok := model.ParseDateValue(e.Date.Value); ok {
			date = r.Start.Format("2006-01-02")
		}
		actor1, actor2 := "", ""
		if len(e.Actors) > 0 {
			actor1 = e.Actors[0]
		}
		for _, t := range e.Targets {
			if t != actor1 {
				actor2 = t
				break
			}
		}
		if actor2 == "" && len(e.Actors) > 1 {
			actor2 = e.Actors[1]
		}
		var srcs []string
		seen := map[string]bool{}
		for _, s := range e.Sources {
			name := s.Outlet
			if name == "" {
				name = s.File
			}
			if !seen[name] {
				seen[name] = true
				srcs = append(srcs, name)
			}
		}
		scale := "single source"
		if len(srcs) > 1 {
			scale = strconv.Itoa(len(srcs)) + " sources"
		}
		row := []string{e.ID, date, strconv.Itoa(model.ACLEDPrecision(e.Date.Precision)), e.Type, actor1, actor2,
			e.Place, strconv.Itoa(e.Figures.Killed), strconv.Itoa(e.Figures.Wounded), e.Summary,
			strings.Join(srcs, "; "), scale, e.Date.Text}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

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
// group = the main actor, and display_date for dates coarser than a day
// ("January 2024", "week 5 of 2024"). Events without a calendar date are
// left out, as TimelineJS cannot place them.
func WriteTimelineJS(w io.Writer, tl *model.Timeline, title string) error {
	if title == "" {
		title = "annals timeline"
	}
	out := tjsTimeline{Title: &tjsSlide{Text: tjsText{Headline: html.EscapeString(title),
		Text: fmt.Sprintf("%d events from %d articles", len(tl.Events), len(tl.Articles))}}}
	out.Events = []tjsSlide{}
	undated := 0
	for _, e := range tl.Events {
		r, ok := model.ParseDateValue(e.Date.Value)
		if !ok {
			undated++
			continue
		}
		d := &tjsDate{Year: r.Start.Year()}
		switch e.Date.Precision {
		case model.PrecisionDay:
			d.Month, d.Day = int(r.Start.Month()), r.Start.Day()
		case model.PrecisionWeek:
			d.Month, d.Day = int(r.Start.Month()), r.Start.Day()
		case model.PrecisionMonth, model.PrecisionQuarter, model.PrecisionSeason:
			d.Month = int(r.Start.Month())
		}
		// TimelineJS renders the headline as HTML: article text must not
		// become markup.
		s := tjsSlide{StartDate: d, UniqueID: e.ID, Text: tjsText{Headline: html.EscapeString(e.Summary), Text: slideText(e)}}
		if len(e.Actors) > 0 {
			s.Group = e.Actors[0]
		}
		if e.Date.Precision != model.PrecisionDay {
			s.DisplayDate = DisplayDate(e.Date)
			end := r.End.AddDate(0, 0, -1)
			s.EndDate = &tjsDate{Year: end.Year(), Month: int(end.Month()), Day: end.Day()}
			if e.Date.Precision == model.PrecisionYear || e.Date.Precision == model.PrecisionDecade || e.Date.Precision == model.PrecisionCentury {
				s.EndDate = nil
			}
		}
		out.Events = append(out.Events, s)
	}
	if undated > 0 {
		// say so on the title slide rather than lose them silently
		out.Title.Text.Text += fmt.Sprintf("; %d without a calendar date (year or day unknown) are not shown", undated)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// slideText is the HTML body of a TimelineJS slide: type, figures and
// every source quoted with its outlet.
func slideText(e model.Event) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<p><b>%s</b>", html.EscapeString(e.Type))
	if len(e.Actors) > 0 {
		fmt.Fprintf(&b, " · %s", html.EscapeString(strings.Join(e.Actors, ", ")))
	}
	if e.Place != "" {
		fmt.Fprintf(&b, " · %s", html.EscapeString(e.Place))
	}
	if f := figuresText(e.Figures); f != "" {
		fmt.Fprintf(&b, " · %s", html.EscapeString(f))
	}
	b.WriteString("</p>")
	for _, s := range e.Sources {
		fmt.Fprintf(&b, "<blockquote>%s<br><small>%s</small></blockquote>", html.EscapeString(oneLine(s.Text)), html.EscapeString(sourceName(s)))
	}
	return b.String()
}

// DisplayDate renders an event date for people: "28 January 2024",
// "week of 29 January 2024", "January 2024", "2024".
func DisplayDate(d model.EventDate) string {
	r, ok := model.ParseDateValue(d.Value)
	if !ok {
		return unanchored(d.Value)
	}
	s := ""
	switch d.Precision {
	case model.PrecisionDay:
		s = r.Start.Format("2 January 2006")
	case model.PrecisionWeek:
		s = "week of " + r.Start.Format("2 January 2006")
	case model.PrecisionMonth:
		s = r.Start.Format("January 2006")
	case model.PrecisionQuarter, model.PrecisionSeason:
		s = r.Start.Format("January") + "–" + r.End.AddDate(0, 0, -1).Format("January 2006")
	case model.PrecisionDecade:
		s = fmt.Sprintf("%ds", r.Start.Year())
	case model.PrecisionCentury:
		s = fmt.Sprintf("%d00s", r.Start.Year()/100)
	default:
		s = r.Start.Format("2006")
	}
	switch d.Mod {
	case "START":
		s = "early " + s
	case "MID":
		s = "mid " + s
	case "END":
		s = "late " + s
	}
	if d.Inferred {
		s += " (inferred)"
	}
	return s
}

// unanchored renders a value whose year the text does not give:
// "XXXX-10-04" → "4 October (year unknown)".
func unanchored(v string) string {
	if v == "" {
		return "undated"
	}
	weekdays := []string{"", "a Monday", "a Tuesday", "a Wednesday", "a Thursday", "a Friday", "a Saturday", "a Sunday"}
	switch {
	case v == "XXXX":
		return "year unknown"
	case v == "XXXX-WXX":
		return "a week (date unknown)"
	case strings.HasPrefix(v, "XXXX-WXX-") && len(v) == 10 && v[9] >= '1' && v[9] <= '7':
		return weekdays[v[9]-'0'] + " (date unknown)"
	}
	if strings.HasPrefix(v, "XXXX-") {
		if r, ok := model.ParseDateValue("2000" + v[4:]); ok {
			switch r.Precision {
			case model.PrecisionDay:
				return r.Start.Format("2 January") + " (year unknown)"
			case model.PrecisionMonth:
				return r.Start.Format("January") + " (year unknown)"
			}
		}
	}
	return v
}

func figuresText(f model.Figures) string {
	var parts []string
	if f.Killed > 0 {
		parts = append(parts, fmt.Sprintf("%d killed", f.Killed))
	}
	if f.Wounded > 0 {
		parts = append(parts, fmt.Sprintf("%d wounded", f.Wounded))
	}
	if f.Count > 0 {
		parts = append(parts, fmt.Sprintf("count %d", f.Count))
	}
	return strings.Join(parts, ", ")
}

func sourceName(s model.Source) string {
	name := s.File
	if s.Outlet != "" {
		name = s.Outlet + ", " + s.File
	}
	if s.Published != "" {
		name += ", " + s.Published
	}
	return fmt.Sprintf("%s [bytes %d–%d]", name, s.Start, s.End)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// WriteMarkdown writes a readable chronology: a heading per year and
// month, one entry per event with its date, type, actors, place and
// figures, and every source quoted with outlet, file and byte offsets.
func WriteMarkdown(w io.Writer, tl *model.Timeline) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Timeline\n\n%d events from %d articles.\n", len(tl.Events), len(tl.Articles))
	year, month := "", ""
	for _, e := range tl.Events {
		r, ok := model.ParseDateValue(e.Date.Value)
		y, mo := "Undated", ""
		if ok {
			y = r.Start.Format("2006")
			if e.Date.Precision == model.PrecisionDay || e.Date.Precision == model.PrecisionWeek || e.Date.Precision == model.PrecisionMonth {
				mo = r.Start.Format("January 2006")
			}
		}
		if y != year {
			fmt.Fprintf(&b, "\n## %s\n", y)
			year, month = y, ""
		}
		if mo != month && mo != "" {
			fmt.Fprintf(&b, "\n### %s\n", mo)
			month = mo
		}
		fmt.Fprintf(&b, "\n- **%s** — %s  \n", DisplayDate(e.Date), e.Summary)
		meta := []string{e.Type}
		if len(e.Actors) > 0 {
			meta = append(meta, "actors: "+strings.Join(e.Actors, ", "))
		}
		if len(e.Targets) > 0 {
			meta = append(meta, "targets: "+strings.Join(e.Targets, ", "))
		}
		if e.Place != "" {
			meta = append(meta, "place: "+e.Place)
		}
		if f := figuresText(e.Figures); f != "" {
			meta = append(meta, f)
		}
		fmt.Fprintf(&b, "  _%s_ · %s\n", strings.Join(meta, " · "), sourceCount(e.Sources))
		for _, s := range e.Sources {
			fmt.Fprintf(&b, "  > %s  \n  > — %s\n", oneLine(s.Text), sourceName(s))
		}
	}
	if len(tl.Warnings) > 0 {
		b.WriteString("\n## Warnings\n\n")
		for _, wmsg := range tl.Warnings {
			fmt.Fprintf(&b, "- %s\n", wmsg)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// sourceCount says how many sentences and articles report an event: "1
// source", "3 sources in 2 articles".
func sourceCount(ss []model.Source) string {
	arts := map[string]bool{}
	for _, s := range ss {
		arts[s.Article] = true
	}
	out := fmt.Sprintf("%d source", len(ss))
	if len(ss) != 1 {
		out += "s"
	}
	if len(arts) > 1 && len(arts) < len(ss) {
		out += fmt.Sprintf(" in %d articles", len(arts))
	}
	return out
}
