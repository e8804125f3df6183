package export

import (
	"fmt"
	"io"
	"strings"

	"github.com/annals/annals/model"
)

// tocAfter is the number of events past which a Markdown export opens
// with a table of contents by year: a long chronology (news-1997 is
// thousands of entries) needs a way in.
const tocAfter = 50

// WriteMarkdown writes a readable chronology: a heading per year and
// month, one entry per event with its date, headline, type, actors,
// place and figures, then every source quoted on lines of its own with
// its attribution (outlet, file, byte offsets) on the line below. Article
// text is escaped for Markdown and HTML, so "*three*" stays asterisks and
// "<Kfar_Aza>" stays text. Long exports open with a table of contents by
// year.
func WriteMarkdown(w io.Writer, tl *model.Timeline, opt Options) error {
	var b strings.Builder
	title := opt.Title
	if title == "" {
		title = "Timeline"
	}
	fmt.Fprintf(&b, "# %s\n\n%d events from %d articles.\n", mdEscape(title), len(tl.Events), len(tl.Articles))

	type section struct {
		label, anchor string
		events        int
	}
	yearOf := func(e *model.Event) (label, anchor string) {
		r, ok := model.ParseDateValue(e.Date.Value)
		if !ok {
			return "Undated", "undated"
		}
		switch r.Precision {
		case model.PrecisionDecade, model.PrecisionCentury:
			l := PeriodName(r)
			return l, "y" + strings.NewReplacer(" ", "-").Replace(strings.ToLower(l))
		}
		l := YearName(r.Start.Year())
		return l, "y" + strings.NewReplacer(" ", "-").Replace(strings.ToLower(l))
	}
	var sections []section
	for i := range tl.Events {
		l, a := yearOf(&tl.Events[i])
		if len(sections) == 0 || sections[len(sections)-1].label != l {
			sections = append(sections, section{label: l, anchor: a})
		}
		sections[len(sections)-1].events++
	}
	if len(tl.Events) > tocAfter && len(sections) > 1 {
		b.WriteString("\n## Contents\n\n")
		for _, s := range sections {
			fmt.Fprintf(&b, "- [%s](#%s) (%d)\n", s.label, s.anchor, s.events)
		}
	}

	year, month := "", ""
	for i := range tl.Events {
		e := &tl.Events[i]
		y, anchor := yearOf(e)
		mo := ""
		if r, ok := model.ParseDateValue(e.Date.Value); ok {
			switch e.Date.Precision {
			case model.PrecisionDay, model.PrecisionWeek, model.PrecisionMonth:
				mo = r.Start.Month().String() + " " + YearName(r.Start.Year())
			}
		}
		if y != year {
			// An explicit anchor: pandoc's own ids drop a leading number.
			fmt.Fprintf(&b, "\n<a id=\"%s\"></a>\n\n## %s\n", anchor, y)
			year, month = y, ""
		}
		if mo != month && mo != "" {
			fmt.Fprintf(&b, "\n### %s\n", mo)
			month = mo
		}
		fmt.Fprintf(&b, "\n- **%s** — %s\n\n", DisplayDate(e.Date), mdEscape(headline(e)))
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
		if f := FiguresText(e.Figures); f != "" {
			meta = append(meta, f)
		}
		if e.Background {
			meta = append(meta, "background (mentioned long after)")
		}
		fmt.Fprintf(&b, "  _%s_ · %s\n", mdEscape(strings.Join(meta, " · ")), sourceCount(e.Sources))
		for _, d := range e.Disagreements {
			var vals []string
			for _, v := range d.Values {
				vals = append(vals, fmt.Sprintf("%s (%d %s)", v.Value, len(v.Articles), plural(len(v.Articles), "article", "articles")))
			}
			fmt.Fprintf(&b, "\n  **Sources disagree on %s:** %s\n", mdEscape(d.Field), mdEscape(strings.Join(vals, " / ")))
		}
		// Each source is a blockquote of its own, its attribution on the
		// line below the quote (a hard break), a blank line before the
		// next: quotes and attributions never run together.
		for _, s := range e.Sources {
			fmt.Fprintf(&b, "\n  > %s\\\n  > — %s\n", mdEscape(oneLine(s.Text)), mdEscape(sourceName(s)))
		}
	}
	if len(tl.Warnings) > 0 {
		b.WriteString("\n## Warnings\n\n")
		for _, wmsg := range tl.Warnings {
			fmt.Fprintf(&b, "- %s\n", mdEscape(oneLine(wmsg)))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// mdEscaper escapes what Markdown or HTML would read as markup in
// article text: emphasis, code, links, tables, raw tags and entities,
// and what pandoc's own Markdown adds: "@name" is a citation (a tweet's
// "@MattBevin" came out as a citation span), ^x^ superscript, $x$ math.
// Every escape is of ASCII punctuation, which CommonMark and pandoc both
// read back as the character itself.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`|`, `\|`, `~`, `\~`, `@`, `\@`, `^`, `\^`, `$`, `\$`,
	`&`, `&amp;`, `<`, `&lt;`, `>`, `&gt;`,
)

// mdEscape makes one line of text literal in Markdown: markup characters
// escaped, control characters shown (model.SafeLine), and a start that
// would open a heading, list or quote defused.
func mdEscape(s string) string {
	s = mdEscaper.Replace(model.SafeLine(s))
	if s == "" {
		return s
	}
	switch s[0] {
	case '#', '+', '-', '=', ':', '(':
		// A heading, a list, a setext underline, a definition (pandoc)
		// or a "(1)" list item (pandoc's fancy lists).
		return `\` + s
	}
	// "1. " or "1) " at the start opens an ordered list.
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return s[:i] + `\` + s[i:]
	}
	return s
}
