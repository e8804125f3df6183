package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
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
	// A path that is not there would otherwise open a full-screen TUI only
	// to show an empty timeline; say so before taking the terminal.
	if err := checkPaths(paths); err != nil {
		fmt.Fprintln(stderr, "annals:", err)
		return exitRuntime
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
	if watch := watchable(paths); len(watch) > 0 {
		// Live following: the TUI watches the corpus's folders and, when
		// files change, has the index brought up to date. The open index
		// is closed first: an update writes under the index's lock,
		// which a reader in this process would otherwise hold.
		opts.Watch = watch
		opts.Reopen = func(notice func(string)) (ui.Backend, error) {
			mu.Lock()
			defer mu.Unlock()
			if ix != nil {
				ix.Close()
				ix = nil
			}
			x, err := index.Open(paths, index.Options{Dir: *dir, ActorsFile: *actors, Notice: notice})
			if err != nil {
				return nil, err
			}
			ix = x
			return x, nil
		}
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

// checkPaths reports the first path that cannot be read, naming it.
func checkPaths(paths []string) error {
	for _, p := range paths {
		if p == "-" {
			continue
		}
		if _, err := os.Stat(p); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return fmt.Errorf("%s: no such file or folder", p)
			}
			return fmt.Errorf("%s: %v", p, err)
		}
	}
	return nil
}

// watchable is the paths live following watches: none for the sample
// corpus or stdin.
func watchable(paths []string) []string {
	var out []string
	for _, p := range paths {
		if p != "-" {
			out = append(out, p)
		}
	}
	if len(out) < len(paths) {
		return nil // a corpus read from stdin is not on disk to follow
	}
	return out
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
