package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/annals/annals/corpus"
	"github.com/annals/annals/corpus/actors"
	"github.com/annals/annals/corpus/timex"
	"github.com/annals/annals/model"
	"github.com/mattn/go-isatty"
)

func init() {
	register(&command{
		name:    "tag",
		args:    "[--date YYYY-MM-DD] [--actors FILE] [FILE|-]",
		summary: "print the time expressions (TIMEX3) and actor mentions of one text as JSON, offsets into the raw input",
		run:     runTag,
	})
}

// tagOutput is the JSON of `annals tag`; scorers read it, so fields are
// only ever added.
type tagOutput struct {
	DCT        string               `json:"dct"`
	DCTSource  string               `json:"dct_source"`
	Timexes    []model.Timex        `json:"timexes"`
	Actors     []model.ActorMention `json:"actors"`
	Inference  *model.DateInference `json:"inference,omitempty"`
	ActorError string               `json:"actor_error,omitempty"`
}

func runTag(args []string, stdout, stderr io.Writer) int {
	c := commands["tag"]
	fs := newFlags(c, stdout, stderr)
	date := fs.String("date", "", "document creation time `YYYY-MM-DD` (default: the file's metadata, else inferred from the text)")
	actorsFile := fs.String("actors", "", "extra actor definitions `FILE` (YAML) on top of the embedded list")
	pos, code, ok := parseFlags(fs, args, stdout)
	if !ok {
		return code
	}
	if len(pos) > 1 {
		fmt.Fprintln(stderr, "annals tag: one FILE (or - for standard input) at most")
		return exitUsage
	}
	path := "-"
	if len(pos) == 1 {
		path = pos[0]
	}
	if *date != "" {
		if _, err := time.Parse("2006-01-02", *date); err != nil {
			fmt.Fprintf(stderr, "annals tag: --date %q: want YYYY-MM-DD\n", *date)
			return exitUsage
		}
	}
	rec, actorErr := actors.New(*actorsFile)
	if actorErr != nil && *actorsFile != "" {
		// an actor file asked for by name must load; say which and why
		fmt.Fprintf(stderr, "annals tag: --actors %s: %v\n", *actorsFile, actorErr)
		return exitRuntime // as export, index and search say of the same file
	}
	if path == "-" && len(pos) == 0 && stdinIsTerminal() {
		// Waiting silently on a terminal looks like a hang: say so.
		fmt.Fprintln(stderr, "annals tag: reading the text from standard input (ctrl-d ends it; annals tag FILE reads a file)")
	}
	raw, err := readInput(path)
	if err != nil {
		fmt.Fprintf(stderr, "annals tag: %s: %s\n", model.SafeLine(path), model.SafeLine(err.Error()))
		return exitRuntime
	}
	text := string(raw)
	// The file as the corpus reads it, loaded once: for its date when
	// --date is not given, and for an HTML page's article text.
	isHTML := isHTMLPath(path)
	var loaded *model.Article
	if path != "-" && (*date == "" || isHTML) {
		if arts, _ := corpus.Load([]string{path}, corpus.Options{Workers: 1}); len(arts) > 0 {
			loaded = arts[0]
		}
	}
	out := tagOutput{DCT: *date, DCTSource: "flag"}
	if *date == "" {
		out.DCT, out.DCTSource, out.Inference = documentDate(loaded, path, text)
	}
	// An HTML page is tagged on its article text (no script, menu or
	// attribute), offsets mapped back onto the page's bytes; plain text
	// as given, a front matter blanked out.
	tagText, toRaw := text, func(s, e int) (int, int) { return s, e }
	if isHTML && loaded != nil {
		tagText, toRaw = loaded.Text, loaded.RawSpan
	} else {
		tagText = blankFrontMatter(text)
	}
	out.Timexes = timex.Tag(tagText, out.DCT)
	if out.Timexes == nil {
		out.Timexes = []model.Timex{}
	}
	for i := range out.Timexes {
		t := &out.Timexes[i]
		t.Start, t.End = toRaw(t.Start, t.End)
	}
	out.Actors = []model.ActorMention{}
	if actorErr != nil {
		out.ActorError = actorErr.Error()
	} else if m := rec.Tag(tagText); m != nil {
		out.Actors = m
		for i := range out.Actors {
			m := &out.Actors[i]
			m.Start, m.End = toRaw(m.Start, m.End)
		}
	}
	enc := json.NewEncoder(safeJSON(stdout))
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		fmt.Fprintln(stderr, "annals tag:", err)
		return exitRuntime
	}
	return exitOK
}

// isHTMLPath reports a file the corpus reads as an HTML page.
func isHTMLPath(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm":
		return true
	}
	return false
}

// blankFrontMatter turns a leading YAML front matter into spaces, so its
// "published: 2024-10-07" is no time expression of the text while every
// offset stays the input's.
func blankFrontMatter(text string) string {
	if !strings.HasPrefix(text, "---\n") && !strings.HasPrefix(text, "---\r\n") {
		return text
	}
	end := strings.Index(text[3:], "\n---")
	if end < 0 {
		return text
	}
	end += 3 + len("\n---")
	b := []byte(text)
	for i := 0; i < end; i++ {
		if b[i] != '\n' {
			b[i] = ' '
		}
	}
	return string(b)
}

// stdinIsTerminal reports whether standard input is a terminal, where a
// user may not know the command waits for text.
func stdinIsTerminal() bool {
	return isatty.IsTerminal(os.Stdin.Fd()) || isatty.IsCygwinTerminal(os.Stdin.Fd())
}

func readInput(path string) ([]byte, error) {
	if path == "-" {
		return io.ReadAll(os.Stdin)
	}
	return os.ReadFile(path)
}

// documentDate finds the DCT of a file without --date: its metadata (a
// manifest beside it, front matter...) through the corpus loader, else
// what the text alone supports. "" when nothing does.
func documentDate(a *model.Article, path, text string) (string, string, *model.DateInference) {
	if a != nil {
		// The loader has already weighed metadata, header candidates and
		// the text (cleaned of page furniture); tag must agree with
		// `annals articles` on the same file.
		if a.Published != "" {
			return a.Published, string(a.PublishedSource), a.Inference
		}
		return "", string(model.SourceNone), a.Inference
	}
	t := &model.Article{Path: path, Text: text, PublishedSource: model.SourceNone}
	timex.InferPublished([]*model.Article{t})
	if t.Published != "" {
		return t.Published, string(t.PublishedSource), t.Inference
	}
	return "", string(model.SourceNone), t.Inference
}
