package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync"

	"github.com/annals/annals/index"
	"github.com/annals/annals/ui"
)

func init() {
	register(&command{
		name:    "tui",
		args:    "[--index DIR] [--rebuild] [--actors FILE] [PATH...]",
		summary: "open the timeline in the terminal (the default command)",
		run:     runTUI,
	})
}

func runTUI(args []string, stdout, stderr io.Writer) int {
	c := commands["tui"]
	fs := newFlags(c, stdout, stderr)
	dir := fs.String("index", "", "index directory (default: the user cache dir)")
	rebuild := fs.Bool("rebuild", false, "rebuild the index from scratch")
	actors := fs.String("actors", "", "extra actor file (YAML)")
	paths, code, ok := parseFlags(fs, args, stdout)
	if !ok {
		return code
	}
	// The index opens in the background while the TUI shows progress; a
	// quit during the build leaves it to the index's own crash safety.
	var (
		mu sync.Mutex
		ix *index.Index
	)
	opts := ui.Options{
		Corpus: corpusName(paths),
		Open: func(progress func(index.Progress), notice func(string)) (ui.Backend, error) {
			x, err := index.Open(paths, index.Options{
				Dir: *dir, Rebuild: *rebuild, ActorsFile: *actors,
				Progress: progress, Notice: notice,
			})
			if err != nil {
				return nil, err
			}
			mu.Lock()
			ix = x
			mu.Unlock()
			return x, nil
		},
	}
	err := ui.Run(opts)
	mu.Lock()
	defer mu.Unlock()
	if ix != nil {
		if cerr := ix.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintln(stderr, "annals:", err)
		return exitRuntime
	}
	return exitOK
}

// corpusName is what the header calls the corpus.
func corpusName(paths []string) string {
	switch len(paths) {
	case 0:
		return "sample corpus"
	case 1:
		return filepath.Base(strings.TrimRight(paths[0], "/"))
	}
	return filepath.Base(paths[0]) + fmt.Sprintf(" +%d", len(paths)-1)
}
