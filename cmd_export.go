package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/annals/annals/corpus"
	"github.com/annals/annals/corpus/events"
	"github.com/annals/annals/corpus/export"
	"github.com/annals/annals/index"
	"github.com/annals/annals/model"
)

func init() {
	register(&command{
		name: "export",
		args: "[--format json|csv|md|timelinejs] [--query Q] [--actor A]... [--type T]... [--from D] [--to D] [--limit N] [PATH...]",
		summary: "write the timeline of a corpus (JSON, ACLED CSV, Markdown or TimelineJS), or any view of it\n\n" +
			"Without filters the corpus is extracted and merged afresh. With --query, --actor,\n" +
			"--type, --from or --to the events come from the index, as `annals search` finds\n" +
			"them (the same query syntax and date rules), so any view of the timeline can be\n" +
			"exported. --limit keeps the first N events in date order.\n" +
			"csv: ACLED's codebook columns; events ACLED would not code are left out (--all keeps them).\n" +
			"timelinejs: at most --max-events slides (the most-reported), no far-past outliers\n" +
			"(--all-dates), no groups unless --group type|actor.",
		run: runExport,
	})
}

func runExport(args []string, stdout, stderr io.Writer) int {
	c := commands["export"]
	fs := newFlags(c, stdout, stderr)
	format := fs.String("format", "json", "output format: "+strings.Join(export.Formats, ", "))
	var f indexFlags
	f.add(fs)
	title := fs.String("title", "", "timeline title (timelinejs, md)")
	query := fs.String("query", "", "only events matching this query (bleve query-string syntax, as search)")
	var actors, types multiFlag
	fs.Var(&actors, "actor", "only events involving this actor (repeatable; any of them)")
	fs.Var(&types, "type", "only events of this type (repeatable): "+strings.Join(model.EventTypes, ", "))
	from := fs.String("from", "", "only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
	to := fs.String("to", "", "only events on or before this date")
	limit := fs.Int("limit", 0, "at most N events, the first in date order (0: all)")
	group := fs.String("group", "", "timelinejs groups: type or actor (at most 8, the rest as other)")
	maxEvents := fs.Int("max-events", 0, fmt.Sprintf("timelinejs slide cap (0: %d, -1: none)", export.DefaultMaxSlides))
	allDates := fs.Bool("all-dates", false, "timelinejs: keep far-past and far-future outliers")
	all := fs.Bool("all", false, "csv: keep events ACLED would not code, with empty ACLED types")
	paths, code, ok := parseFlags(fs, args, stdout)
	if !ok {
		return code
	}
	valid := *format == "markdown"
	for _, fm := range export.Formats {
		valid = valid || fm == *format
	}
	if !valid {
		fmt.Fprintf(stderr, "annals export: unknown format %q (want %s)\n", *format, strings.Join(export.Formats, ", "))
		return exitUsage
	}
	if *group != "" && *group != "type" && *group != "actor" {
		fmt.Fprintf(stderr, "annals export: bad --group %q: want type or actor\n", *group)
		return exitUsage
	}
	if *limit < 0 {
		fmt.Fprintf(stderr, "annals export: bad --limit %d: want 0 (all) or more\n", *limit)
		return exitUsage
	}
	if !checkFilterFlags("export", types, *from, *to, stderr) {
		return exitUsage
	}
	filtered := *query != "" || len(actors) > 0 || len(types) > 0 || *from != "" || *to != ""

	var tl *model.Timeline
	if filtered {
		var err error
		var usage bool
		tl, usage, err = exportView(paths, f, index.Query{Text: *query, Actors: actors, Types: types, From: *from, To: *to}, *limit, stderr)
		if err != nil {
			fmt.Fprintln(stderr, "annals export:", model.SafeText(err.Error()))
			if usage {
				return exitUsage
			}
			return exitRuntime
		}
	} else {
		arts, warns := corpus.Load(paths, corpus.Options{})
		for _, w := range warns {
			fmt.Fprintln(stderr, "warning:", model.SafeLine(w.Error()))
		}
		if len(arts) == 0 {
			fmt.Fprintln(stderr, "annals export: no articles found")
			return exitRuntime
		}
		var err error
		tl, err = events.Build(arts, events.Options{ActorsFile: f.actors})
		if err != nil {
			fmt.Fprintln(stderr, "annals export:", model.SafeLine(err.Error()))
			return exitRuntime
		}
		for _, w := range tl.Warnings {
			fmt.Fprintln(stderr, "warning:", model.SafeLine(w))
		}
		if *limit > 0 && len(tl.Events) > *limit {
			tl.Events = tl.Events[:*limit]
		}
	}
	opt := export.Options{Title: *title, Group: *group, MaxEvents: *maxEvents, AllDates: *allDates, All: *all,
		Notice: func(s string) { fmt.Fprintln(stderr, "annals export:", s) }}
	bw := bufio.NewWriter(stdout)
	err := export.WriteTimeline(bw, tl, *format, opt)
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		fmt.Fprintln(stderr, "annals export:", err)
		return exitRuntime
	}
	return exitOK
}

// exportView gathers the events of one view of the timeline from the
// index, in date order, with the articles they cite and the actors they
// involve. usage is true when the error is the user's query or dates.
func exportView(paths []string, f indexFlags, q index.Query, limit int, stderr io.Writer) (*model.Timeline, bool, error) {
	ix, err := openIndex(paths, f, stderr)
	if err != nil {
		return nil, false, err
	}
	defer ix.Close()
	if len(q.Actors) > 0 {
		q.Actors = resolveActors(ix.Actors(), q.Actors, stderr)
	}
	tl := &model.Timeline{}
	for {
		size := 1000
		if limit > 0 && limit-len(tl.Events) < size {
			size = limit - len(tl.Events)
		}
		q.Size = size
		res, err := ix.Search(context.Background(), q)
		if err != nil {
			var qe *index.QueryError
			var de *index.DateRangeError
			switch {
			case errors.As(err, &de):
				return nil, true, errors.New(dateFlagError(err))
			case errors.As(err, &qe):
				return nil, true, err
			}
			return nil, false, err
		}
		for _, h := range res.Hits {
			tl.Events = append(tl.Events, h.Event)
		}
		if len(res.Hits) < size || (limit > 0 && len(tl.Events) >= limit) {
			break
		}
		q.After = res.Hits[len(res.Hits)-1].Sort
	}
	seenArt := map[string]bool{}
	seenActor := map[string]bool{}
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			if seenArt[s.Article] {
				continue
			}
			seenArt[s.Article] = true
			if a, err := ix.Article(s.Article); err == nil && a != nil {
				tl.Articles = append(tl.Articles, a)
			}
		}
		for _, a := range append(append([]string{}, e.Actors...), e.Targets...) {
			seenActor[a] = true
		}
	}
	for _, a := range ix.Actors() {
		if seenActor[a.Name] {
			tl.Actors = append(tl.Actors, a)
		}
	}
	return tl, false, nil
}
