package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/annals/annals/corpus"
	"github.com/annals/annals/model"
)

func init() {
	register(&command{
		name:    "articles",
		args:    "[--json] [--why] [PATH...]",
		summary: "list the articles of a corpus: id, date and where it came from, outlet, title, sentences, warnings",
		run:     runArticles,
	})
}

// articleJSON is one entry of `annals articles --json`; other tools read
// this shape, so fields are only ever added.
type articleJSON struct {
	ID              string                `json:"id"`
	File            string                `json:"file"`
	Title           string                `json:"title"`
	Outlet          string                `json:"outlet"`
	URL             string                `json:"url"`
	Published       *string               `json:"published"`
	PublishedSource model.DateSource      `json:"published_source"`
	Confidence      string                `json:"confidence"`
	Sentences       int                   `json:"sentences"`
	Warnings        []string              `json:"warnings"`
	Byline          string                `json:"byline,omitempty"`
	Dateline        string                `json:"dateline,omitempty"`
	DateCandidates  []model.DateCandidate `json:"date_candidates,omitempty"`
	Inference       *model.DateInference  `json:"inference,omitempty"`
	Repairs         int                   `json:"repairs,omitempty"`
}

func runArticles(args []string, stdout, stderr io.Writer) int {
	c := commands["articles"]
	fs := newFlags(c, stdout, stderr)
	asJSON := fs.Bool("json", false, "print JSON: {\"articles\":[...]}")
	var why bool
	fs.BoolVar(&why, "why", false, "under each row, the evidence for an inferred or unknown date and the date candidates")
	fs.BoolVar(&why, "v", false, "short for --why")
	paths, code, ok := parseFlags(fs, args, stdout)
	if !ok {
		return code
	}
	arts, warns := corpus.Load(paths, corpus.Options{})
	for _, w := range warns {
		fmt.Fprintln(stderr, "warning:", model.SafeLine(w.Error()))
	}
	if *asJSON {
		out := struct {
			Articles []articleJSON `json:"articles"`
			Warnings []string      `json:"warnings,omitempty"`
		}{Articles: make([]articleJSON, 0, len(arts))}
		for _, a := range arts {
			out.Articles = append(out.Articles, toArticleJSON(a))
		}
		for _, w := range warns {
			out.Warnings = append(out.Warnings, w.Error())
		}
		enc := json.NewEncoder(safeJSON(stdout))
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			fmt.Fprintln(stderr, "annals:", err)
			return exitRuntime
		}
	} else {
		printArticleTable(stdout, arts, why)
	}
	if len(arts) == 0 && len(warns) > 0 {
		return exitRuntime
	}
	return exitOK
}

func toArticleJSON(a *model.Article) articleJSON {
	j := articleJSON{
		ID: a.ID, File: a.Path, Title: a.Title, Outlet: a.Outlet, URL: a.URL,
		PublishedSource: a.PublishedSource, Confidence: a.Confidence,
		Sentences: len(a.Sentences), Warnings: a.Warnings,
		Byline: a.Byline, Dateline: a.Dateline, DateCandidates: a.DateCandidates,
		Inference: a.Inference, Repairs: len(a.Repairs),
	}
	if a.Published != "" {
		p := a.Published
		j.Published = &p
	}
	if j.Warnings == nil {
		j.Warnings = []string{}
	}
	return j
}

func printArticleTable(w io.Writer, arts []*model.Article, why bool) {
	var buf bytes.Buffer
	tw := tabwriter.NewWriter(&buf, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tPUBLISHED\tSOURCE\tOUTLET\tTITLE\tSENT\tWARN")
	guessed := 0
	for _, a := range arts {
		pub, src := dateCells(a)
		if a.PublishedSource == model.SourceInferred || a.PublishedSource == model.SourceNone {
			guessed++
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d\t%d\n", model.SafeLine(a.ID), pub, src,
			clip(model.SafeLine(a.Outlet), 24), clip(model.SafeLine(a.Title), 70), len(a.Sentences), len(a.Warnings))
	}
	tw.Flush()
	// The evidence goes between the aligned rows, not through tabwriter,
	// so its long lines do not widen the columns.
	rows := strings.SplitAfter(buf.String(), "\n")
	io.WriteString(w, rows[0])
	for i, a := range arts {
		io.WriteString(w, rows[i+1])
		if why {
			for _, l := range whyLines(a) {
				fmt.Fprintf(w, "    %s\n", model.SafeLine(l))
			}
		}
	}
	fmt.Fprintf(w, "%d articles", len(arts))
	if guessed > 0 {
		fmt.Fprintf(w, "; %d without a given date (~ inferred, ? partly known)", guessed)
		if !why {
			fmt.Fprint(w, ", --why shows the evidence")
		}
	}
	fmt.Fprintln(w)
}

// dateCells are the PUBLISHED and SOURCE cells: a given date with its
// source and confidence; "~date" for a date inferred from the text (with
// "?" when it is only offered from the folder); "?" when the text fixes
// only part of it; "unknown" when nothing does.
func dateCells(a *model.Article) (string, string) {
	inf := a.Inference
	switch {
	case a.Published != "" && a.PublishedSource == model.SourceInferred:
		return "~" + a.Published, "inferred/" + a.Confidence
	case a.Published != "":
		src := string(a.PublishedSource)
		if a.Confidence != "" {
			src += "/" + a.Confidence
		}
		return a.Published, src
	// Below, the article has no date (the JSON says published_source
	// "none"); the cell says so, and what the text offers beside it.
	case inf != nil && inf.Date != "":
		return "~" + inf.Date + "?", string(a.PublishedSource) + ", offered/" + inf.Confidence
	case inf != nil && inf.Partial != "":
		return "?", string(a.PublishedSource) + ", partial/" + inf.Confidence
	}
	return "unknown", string(a.PublishedSource)
}

// whyLines explains an article's date: what is known of it, the
// evidence read from the text, and the candidates kept or rejected.
func whyLines(a *model.Article) []string {
	var out []string
	if inf := a.Inference; inf != nil {
		if inf.Partial != "" {
			out = append(out, "known: "+inf.Partial)
		} else if inf.Date != "" {
			out = append(out, fmt.Sprintf("inferred: %s (%s confidence)", inf.Date, inf.Confidence))
		}
		for _, e := range inf.Evidence {
			out = append(out, "· "+e)
		}
	}
	for _, c := range a.DateCandidates {
		if c.Source == a.PublishedSource && c.Date == a.Published {
			continue
		}
		l := fmt.Sprintf("candidate %s from %s", c.Date, c.Source)
		if c.Evidence != "" {
			l += fmt.Sprintf(" (%q)", c.Evidence)
		}
		out = append(out, l)
	}
	if len(out) == 0 && a.Published == "" {
		out = append(out, "no date in the metadata or the text")
	}
	return out
}

// clip shortens s to n runes with an ellipsis, so one long title does not
// push the table off the screen.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := n - 1
	// Cut at a word boundary when one is near, so no word is halved.
	for i := cut; i > n*2/3; i-- {
		if r[i] == ' ' {
			cut = i
			break
		}
	}
	return strings.TrimRight(string(r[:cut]), " ,;:") + "…"
}
