package main

import (
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
		args:    "[--json] [PATH...]",
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
	paths, code, ok := parseFlags(fs, args, stdout)
	if !ok {
		return code
	}
	arts, warns := corpus.Load(paths, corpus.Options{})
	for _, w := range warns {
		fmt.Fprintln(stderr, "warning:", w.Error())
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
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			fmt.Fprintln(stderr, "annals:", err)
			return exitRuntime
		}
	} else {
		printArticleTable(stdout, arts)
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

func printArticleTable(w io.Writer, arts []*model.Article) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tPUBLISHED\tSOURCE\tOUTLET\tTITLE\tSENT\tWARN")
	for _, a := range arts {
		pub := a.Published
		if pub == "" {
			pub = "unknown"
		}
		src := string(a.PublishedSource)
		if a.Confidence != "" && a.Published != "" {
			src += "/" + a.Confidence
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d\t%d\n", a.ID, pub, src,
			clip(a.Outlet, 24), clip(a.Title, 70), len(a.Sentences), len(a.Warnings))
	}
	tw.Flush()
	fmt.Fprintf(w, "%d articles\n", len(arts))
}

// clip shortens s to n runes with an ellipsis, so one long title does not
// push the table off the screen.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
