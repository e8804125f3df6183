package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/annals/annals/index"
	"github.com/annals/annals/model"
)

func init() {
	register(&command{
		name:    "index",
		args:    "[--index DIR] [--rebuild] [--actors FILE] [--watch] [PATH...]",
		summary: "build or update the search index of a corpus (the sample corpus without PATH); --watch keeps following it",
		run:     runIndex,
	})
}

// indexFlags are the flags every command that opens an index shares.
type indexFlags struct {
	dir     string
	rebuild bool
	actors  string
	verify  bool // check every segment's CRC (annals index), not only the seal
}

func (f *indexFlags) add(fs interface {
	StringVar(*string, string, string, string)
	BoolVar(*bool, string, bool, string)
}) {
	fs.StringVar(&f.dir, "index", "", "index directory (default: the user cache dir, annals/<corpus key>)")
	fs.BoolVar(&f.rebuild, "rebuild", false, "discard the index and build it again")
	fs.StringVar(&f.actors, "actors", "", "extra actor file (YAML) added to the built-in actors")
}

// openIndex opens the index for paths, drawing a progress bar on stderr
// when it is a terminal and passing notices through.
func openIndex(paths []string, f indexFlags, stderr io.Writer) (*index.Index, error) {
	bar := newProgressBar(stderr)
	ix, err := index.Open(paths, index.Options{
		Dir:        f.dir,
		Rebuild:    f.rebuild,
		ActorsFile: f.actors,
		Verify:     f.verify,
		Progress:   bar.update,
		Notice: func(msg string) {
			bar.clear()
			fmt.Fprintln(stderr, "annals:", model.SafeLine(msg))
		},
	})
	bar.clear()
	return ix, err
}

func runIndex(args []string, stdout, stderr io.Writer) int {
	c := commands["index"]
	fs := newFlags(c, stdout, stderr)
	var f indexFlags
	f.add(fs)
	watch := fs.Bool("watch", false, "after indexing, follow the folders and fold added, changed and removed files into the index until interrupted")
	paths, code, ok := parseFlags(fs, args, stdout)
	if !ok {
		return code
	}
	if *watch {
		return runWatch(paths, f, stdout, stderr)
	}
	start := time.Now()
	f.verify = true // the explicit command reads the whole index once
	ix, err := openIndex(paths, f, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "annals index:", err)
		return exitRuntime
	}
	defer ix.Close()
	st := ix.Stats()
	for _, w := range st.Warnings {
		fmt.Fprintln(stderr, "warning:", model.SafeLine(w))
	}
	what := "up to date"
	switch {
	case st.Stale:
		what = "NOT updated (another annals process is updating it, or it is read-only)"
	case st.Took > 0 && st.Added > 0 && st.Changed == 0 && st.Removed == 0 && st.Extracted == st.Articles:
		what = "built"
	case st.Took > 0:
		what = fmt.Sprintf("updated: %d added, %d changed, %d removed files; %s extracted", st.Added, st.Changed, st.Removed, countNoun(uint64(st.Extracted), "article"))
	}
	fmt.Fprintf(stdout, "index %s\n", what)
	fmt.Fprintf(stdout, "  %d articles, %d events, %d actors", st.Articles, st.Events, st.Actors)
	if st.First != "" {
		fmt.Fprintf(stdout, ", %s to %s", st.First, st.Last)
	}
	fmt.Fprintf(stdout, "\n  %s in %s\n  took %s\n", humanBytes(st.SizeBytes), st.Dir, time.Since(start).Round(time.Millisecond))
	if st.Stale {
		// The corpus changed and the index could not follow: a script
		// that asked for an up-to-date index did not get one.
		return exitRuntime
	}
	return exitOK
}

// runWatch is annals index --watch: one line on stdout per update, until
// interrupted (ctrl-c, SIGTERM), which exits 0.
func runWatch(paths []string, f indexFlags, stdout, stderr io.Writer) int {
	if len(paths) == 0 {
		fmt.Fprintln(stderr, "annals index: --watch needs the folders or files to follow")
		return exitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	opts := index.Options{
		Dir:        f.dir,
		Rebuild:    f.rebuild,
		ActorsFile: f.actors,
		Notice: func(msg string) {
			fmt.Fprintln(stderr, "annals:", model.SafeLine(msg))
		},
	}
	fmt.Fprintln(stderr, "annals: indexing, then watching for changes (ctrl-c stops)")
	err := index.Watch(ctx, paths, opts, func(r index.WatchReport) {
		now := time.Now().Format("15:04:05")
		if r.Err != nil {
			fmt.Fprintf(stderr, "%s annals: %s\n", now, model.SafeLine(r.Err.Error()))
			return
		}
		st := r.Stats
		for _, w := range st.FileWarnings {
			fmt.Fprintln(stderr, "warning:", model.SafeLine(w))
		}
		fmt.Fprintf(stdout, "%s updated: %d added, %d changed, %d removed files; %s extracted; now %s, %s (%s)\n",
			now, st.Added, st.Changed, st.Removed, countNoun(uint64(st.Extracted), "article"),
			countNoun(uint64(st.Articles), "article"), countNoun(uint64(st.Events), "event"), st.Took.Round(time.Millisecond))
	})
	if err != nil {
		fmt.Fprintln(stderr, "annals index:", model.SafeLine(err.Error()))
		return exitRuntime
	}
	return exitOK
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// progressBar draws one self-erasing line on a terminal; elsewhere it is
// silent, so logs and pipes stay clean.
type progressBar struct {
	w     io.Writer
	on    bool
	drawn bool
	last  time.Time
}

func newProgressBar(w io.Writer) *progressBar {
	return &progressBar{w: w, on: isTerminal(w)}
}

func (b *progressBar) update(p index.Progress) {
	if !b.on || (time.Since(b.last) < 100*time.Millisecond && p.Done < p.Total) {
		return
	}
	b.last = time.Now()
	const width = 30
	fill := 0
	if p.Total > 0 {
		fill = width * p.Done / p.Total
	}
	fmt.Fprintf(b.w, "\r\x1b[K%-8s [%s%s] %d/%d", p.Stage, strings.Repeat("#", fill), strings.Repeat(".", width-fill), p.Done, p.Total)
	b.drawn = true
}

func (b *progressBar) clear() {
	if b.drawn {
		fmt.Fprint(b.w, "\r\x1b[K")
		b.drawn = false
	}
}
