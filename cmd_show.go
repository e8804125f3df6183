package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/annals/annals/corpus"
	"github.com/annals/annals/model"
)

func init() {
	register(&command{
		name:    "show",
		args:    "[--sentences] [--json] ID [PATH...]",
		summary: "print one article's cleaned text with its title, byline, date (and how it is known) and dateline",
		run:     runShow,
	})
}

func runShow(args []string, stdout, stderr io.Writer) int {
	c := commands["show"]
	fs := newFlags(c, stdout, stderr)
	sents := fs.Bool("sentences", false, "list the sentences with their kind and raw byte offsets instead of the text")
	asJSON := fs.Bool("json", false, "print the article (metadata, text, sentences) as JSON")
	pos, code, ok := parseFlags(fs, args, stdout)
	if !ok {
		return code
	}
	if len(pos) == 0 {
		fmt.Fprintln(stderr, "annals show: which article? give its ID (see 'annals articles')")
		return exitUsage
	}
	id, paths := pos[0], pos[1:]
	arts, warns := corpus.Load(paths, corpus.Options{})
	for _, w := range warns {
		fmt.Fprintln(stderr, "warning:", w.Error())
	}
	a, err := findArticle(arts, id)
	if err != nil {
		fmt.Fprintln(stderr, "annals show:", err)
		return exitRuntime
	}
	switch {
	case *asJSON:
		b, err := showJSON(a)
		if err == nil {
			_, err = safeJSON(stdout).Write(b)
		}
		if err != nil {
			fmt.Fprintln(stderr, "annals show:", err)
			return exitRuntime
		}
	case *sents:
		printHeader(stdout, a)
		for i, s := range a.Sentences {
			fmt.Fprintf(stdout, "%3d  %-8s  raw %d-%d  %s\n", i+1, s.Kind, s.Start, s.End, model.SafeLine(s.Text))
		}
	default:
		printHeader(stdout, a)
		printText(stdout, a)
	}
	return exitOK
}

// showJSON is the article as `articles --json` writes it (model.Article's
// own encoding) with its text and sentences added. The two are appended
// to that encoding rather than declared next to an embedded article: an
// embedded type's MarshalJSON would encode the whole wrapper and drop
// them.
func showJSON(a *model.Article) ([]byte, error) {
	art, err := json.Marshal(a)
	if err != nil {
		return nil, err
	}
	sents := a.Sentences
	if sents == nil {
		sents = []model.Sentence{}
	}
	extra, err := json.Marshal(struct {
		Text      string           `json:"text"`
		Sentences []model.Sentence `json:"sentences"`
	}{a.Text, sents})
	if err != nil {
		return nil, err
	}
	// Both are JSON objects: join "{...}" and "{...}" into one.
	joined := append(bytes.TrimSuffix(art, []byte("}")), ',')
	joined = append(joined, extra[1:]...)
	var out bytes.Buffer
	if err := json.Indent(&out, joined, "", "  "); err != nil {
		return nil, err
	}
	out.WriteByte('\n')
	return out.Bytes(), nil
}

// findArticle matches an exact ID, else a unique ID prefix, so a user
// can type the first few characters.
func findArticle(arts []*model.Article, id string) (*model.Article, error) {
	var matches []*model.Article
	for _, a := range arts {
		if a.ID == id {
			return a, nil
		}
		if strings.HasPrefix(a.ID, id) {
			matches = append(matches, a)
		}
	}
	switch len(matches) {
	case 0:
		return nil, fmt.Errorf("no article with ID %q (see 'annals articles')", id)
	case 1:
		return matches[0], nil
	}
	ids := make([]string, 0, 3)
	for _, m := range matches[:min(len(matches), 3)] {
		ids = append(ids, m.ID)
	}
	more := ""
	if len(matches) > 3 {
		more = ", ..."
	}
	return nil, fmt.Errorf("ID %q is ambiguous: it starts %d articles (%s%s)", id, len(matches), strings.Join(ids, ", "), more)
}

// printHeader prints the article's metadata. Every field comes from the
// corpus (a page's meta tags, a JSONL title, a file name), so each line
// goes through model.SafeLine: an escape sequence in a title must not
// drive the terminal.
func printHeader(w io.Writer, a *model.Article) {
	line := func(parts ...string) { fmt.Fprintln(w, model.SafeLine(strings.Join(parts, " "))) }
	line(a.Title)
	if a.Byline != "" {
		line("By", strings.TrimPrefix(a.Byline, "By "))
	}
	var parts []string
	if a.Outlet != "" {
		parts = append(parts, a.Outlet)
	}
	parts = append(parts, dateLine(a))
	line(strings.Join(parts, " · "))
	if a.Dateline != "" {
		line("Dateline:", a.Dateline)
	}
	for _, c := range a.DateCandidates {
		if c.Source == model.SourceHeader {
			line(fmt.Sprintf("Page date: %s (%q; a page date, not taken as the publication date)", c.Date, c.Evidence))
		}
	}
	if a.URL != "" {
		line("URL:", a.URL)
	}
	line(fmt.Sprintf("File: %s · ID %s · %d sentences", a.Path, a.ID, len(a.Sentences)))
	for _, r := range a.Repairs {
		line(fmt.Sprintf("Repaired: %q → %q (raw bytes %d-%d)", r.From, r.To, r.Start, r.End))
	}
	for _, x := range a.Warnings {
		line("Warning:", x)
	}
	fmt.Fprintln(w)
}

// dateLine says what the publication date is and how it is known.
func dateLine(a *model.Article) string {
	if a.Published == "" {
		s := "date unknown"
		if a.Inference != nil && a.Inference.Partial != "" {
			s += " (text suggests " + a.Inference.Partial + ")"
		}
		return s
	}
	how := string(a.PublishedSource)
	if a.Confidence != "" {
		how += ", " + a.Confidence + " confidence"
	}
	s := fmt.Sprintf("published %s (%s)", a.Published, how)
	if a.PublishedSource == model.SourceInferred && a.Inference != nil && len(a.Inference.Evidence) > 0 {
		s += " from: " + strings.Join(a.Inference.Evidence, "; ")
	}
	return s
}

// printText prints the cleaned text paragraph by paragraph. Title, byline
// and dateline are in the header already; captions and headings are
// marked so they are not read as body text.
func printText(w io.Writer, a *model.Article) {
	kinds := map[int]string{}
	for _, s := range a.Sentences {
		if _, ok := kinds[s.Para]; !ok {
			kinds[s.Para] = s.Kind
		}
	}
	first := true
	for i, p := range strings.Split(a.Text, "\n\n") {
		var line string
		switch kinds[i] {
		case model.BlockTitle, model.BlockByline, model.BlockDateline:
			if !strings.HasPrefix(p, "(") { // a credit line at the end is kept
				continue
			}
			line = p
		case model.BlockCaption:
			line = "[Caption: " + p + "]"
		case model.BlockHeading:
			line = "## " + p
		default:
			line = p
		}
		if !first {
			fmt.Fprintln(w)
		}
		first = false
		fmt.Fprintln(w, model.SafeText(line))
	}
}
