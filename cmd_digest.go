package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/annals/annals/corpus/digest"
	"github.com/annals/annals/index"
	"github.com/annals/annals/model"
)

func init() {
	register(&command{
		name: "digest",
		args: "[--days N] [--per-day K] [--from D] [--to D] [--query Q] [--actor A]... [--type T]... [--json] [--index DIR] [PATH...]",
		summary: "print the days that mattered most, chronologically, each with a short summary\n\n" +
			"Days are ranked by the evidence a reader would accept: how many independent\n" +
			"articles report events of the day, how many later articles refer back to it,\n" +
			"and the tolls. Each day is summarized by its leading events, preferring the\n" +
			"reports written at the time; background mentions are left out.\n" +
			"Without --days the number of days suits the period. --query, --actor and\n" +
			"--type filter the events as search does; dates are YYYY, YYYY-MM or\n" +
			"YYYY-MM-DD, inclusive.",
		run: runDigest,
	})
}

func runDigest(args []string, stdout, stderr io.Writer) int {
	c := commands["digest"]
	fs := newFlags(c, stdout, stderr)
	var f indexFlags
	f.add(fs)
	var actors, types multiFlag
	days := fs.Int("days", 0, "how many days (0: a number that suits the period)")
	perDay := fs.Int("per-day", 0, "summary lines per day (0: the default, 2)")
	from := fs.String("from", "", "only days on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
	to := fs.String("to", "", "only days on or before this date")
	text := fs.String("query", "", "only events matching this query (search's syntax)")
	fs.Var(&actors, "actor", "only events involving this actor (repeatable; any of them unless --all)")
	all := fs.Bool("all", false, "with several --actor, only events involving all of them")
	fs.Var(&types, "type", "only events of this type (repeatable): "+strings.Join(model.EventTypes, ", "))
	asJSON := fs.Bool("json", false, "print the days as JSON")
	paths, code, ok := parseFlags(fs, args, stdout)
	if !ok {
		return code
	}
	if *days < 0 || *perDay < 0 {
		fmt.Fprintln(stderr, "annals digest: --days and --per-day want 0 (the default) or more")
		return exitUsage
	}
	if !checkFilterFlags("digest", types, *from, *to, stderr) {
		return exitUsage
	}
	ix, err := openIndex(paths, f, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "annals digest:", err)
		return exitRuntime
	}
	defer ix.Close()
	q := index.Query{Text: *text, Actors: actors, AllActors: *all, Types: types, From: *from, To: *to}
	if q.Text == "" {
		// Only day-dated events make key days: asking the index for them
		// alone spares decoding the rest (news-1997: 5,442 of 9,383).
		q.Text = "precision:" + model.PrecisionDay
	}
	if len(actors) > 0 {
		q.Actors = resolveActors(ix.Actors(), actors, stderr)
	}
	events, err := allEvents(ix, q)
	if err != nil {
		var qe *index.QueryError
		if errors.As(err, &qe) {
			fmt.Fprintln(stderr, "annals digest:", qe)
			return exitUsage
		}
		fmt.Fprintln(stderr, "annals digest:", err)
		return exitRuntime
	}
	out := digest.Digest(events, digest.Options{Days: *days, PerDay: *perDay, From: *from, To: *to})
	if *asJSON {
		if out == nil {
			out = []digest.Day{}
		}
		enc := json.NewEncoder(safeJSON(stdout))
		enc.SetIndent("", "  ")
		if err := enc.Encode(struct {
			Days []digest.Day `json:"days"`
		}{out}); err != nil {
			fmt.Fprintln(stderr, "annals digest:", err)
			return exitRuntime
		}
		return exitOK
	}
	if len(out) == 0 {
		fmt.Fprintln(stderr, "no day-dated events to digest")
		return exitOK
	}
	printDigest(stdout, out, useColor(stdout))
	return exitOK
}

// allEvents pages through every event matching q, in chronological order.
func allEvents(ix *index.Index, q index.Query) ([]model.Event, error) {
	var events []model.Event
	q.Size = 2000
	for {
		res, err := ix.Search(context.Background(), q)
		if err != nil {
			return nil, err
		}
		for _, h := range res.Hits {
			events = append(events, h.Event)
		}
		if len(res.Hits) < q.Size {
			return events, nil
		}
		q.After = res.Hits[len(res.Hits)-1].Sort
	}
}

// printDigest writes the days as a short chronology: the date, how many
// articles report it, then one line per summarized event. Every corpus string
// goes through model.SafeLine, since article text reaches the terminal.
func printDigest(w io.Writer, days []digest.Day, color bool) {
	bold, dim, reset := "", "", ""
	if color {
		bold, dim, reset = "\x1b[1m", "\x1b[2m", "\x1b[0m"
	}
	for i, d := range days {
		if i > 0 {
			fmt.Fprintln(w)
		}
		label := d.Date
		if t, err := time.Parse("2006-01-02", d.Date); err == nil {
			label = t.Format("Mon 2 January 2006")
		}
		fmt.Fprintf(w, "%s%s%s  %s%s, %s%s\n", bold, label, reset, dim,
			countNoun(uint64(d.Articles), "article"), countNoun(uint64(len(d.Events)), "event"), reset)
		// A headline per event reads at a glance; the JSON keeps the
		// sentences.
		for i, s := range d.Summary {
			if i < len(d.Headlines) && d.Headlines[i] != "" {
				s = d.Headlines[i]
			}
			fmt.Fprintf(w, "  • %s\n", model.SafeLine(s))
		}
	}
}
