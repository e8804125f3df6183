// Package export writes a timeline in the formats other tools read:
// annals' own JSON (a contract: fields are added, never renamed), a CSV
// with ACLED's codebook columns, a Markdown chronology, and TimelineJS3
// JSON. Every format keeps article text from acting on whatever opens the
// file later: control characters are escaped as the format requires
// (JSON \u escapes, CSV and Markdown visible ^X forms), and Markdown and
// TimelineJS escape markup so article text stays text.
package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/annals/annals/model"
)

// Formats lists the export formats WriteTimeline understands.
var Formats = []string{"json", "csv", "md", "timelinejs"}

// Options tune the formats; the zero value is each format's default.
type Options struct {
	// Title names the timeline (TimelineJS's title slide, Markdown's
	// heading).
	Title string
	// Group sets TimelineJS groups: "" (none), "type" or "actor" (the
	// main actor); at most MaxGroups groups, the rest folded into "other".
	Group string
	// MaxEvents caps TimelineJS slides (0: DefaultMaxSlides, -1: no cap).
	MaxEvents int
	// AllDates keeps far-past outliers in TimelineJS (see farOutliers).
	AllDates bool
	// All keeps, in the CSV, events ACLED would not code (statements,
	// announcements, other; dates coarser than a month), with empty
	// ACLED types.
	All bool
	// Notice receives what a format left out and how to narrow the
	// export (the CLI prints it on stderr); nil drops it.
	Notice func(string)
}

func (o Options) notice(format string, args ...any) {
	if o.Notice != nil {
		o.Notice(fmt.Sprintf(format, args...))
	}
}

// WriteTimeline writes a timeline in one of Formats.
func WriteTimeline(w io.Writer, tl *model.Timeline, format string, opt Options) error {
	switch format {
	case "json":
		return WriteJSON(w, tl)
	case "csv":
		return WriteCSV(w, tl, opt)
	case "md", "markdown":
		return WriteMarkdown(w, tl, opt)
	case "timelinejs":
		return WriteTimelineJS(w, tl, opt)
	}
	return fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
}

// WriteJSON writes the timeline as indented JSON: articles, events with
// sources whose start/end are byte offsets into the raw files, actors
// with counts, and warnings.
func WriteJSON(w io.Writer, tl *model.Timeline) error {
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
	return writeJSON(w, out)
}

// writeJSON encodes v indented, with the characters encoding/json leaves
// raw but a terminal acts on escaped (model.EscapeJSONControls).
func writeJSON(w io.Writer, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(model.EscapeJSONControls(buf.Bytes()))
	return err
}

// headline is what a row shows for an event: its headline, or its
// summary for events made before headlines.
func headline(e *model.Event) string {
	if e.Headline != "" {
		return e.Headline
	}
	return e.Summary
}

// FiguresText reads an event's figures: "3 killed, 34 wounded".
func FiguresText(f model.Figures) string {
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

// oneLine folds white space and makes the text safe to show.
func oneLine(s string) string { return model.SafeLine(strings.Join(strings.Fields(s), " ")) }

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

// articleCount is the number of distinct articles reporting e.
func articleCount(e *model.Event) int {
	seen := map[string]bool{}
	for _, s := range e.Sources {
		seen[s.Article] = true
	}
	return len(seen)
}
