package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/annals/annals/corpus/export"
	"github.com/annals/annals/index"
	"github.com/annals/annals/model"
)

func init() {
	register(&command{
		name: "search",
		args: "QUERY [--actor A]... [--all] [--from D] [--to D] [--type T]... [--limit N] [--json] [--index DIR] [PATH...]",
		summary: "print the events matching a query, in chronological order, with their sources\n\n" +
			"QUERY uses bleve's query-string syntax: words, \"phrases\", +must -mustnot,\n" +
			"field:value, the field one of summary, text, place (words) or actor, type,\n" +
			"outlet, precision, value (one whole value: actor:\"Kataib Hezbollah\",\n" +
			"type:attack; an actor by name or alias, actor and type in any case),\n" +
			"fuzzy~ and prefix*. An empty QUERY (\"\") lists every event.\n" +
			"Dates (--from, --to) are YYYY, YYYY-MM or YYYY-MM-DD, inclusive; an event\n" +
			"whose date overlaps the range (\"August 2024\" for --from 2024-08-20) is kept.",
		run: runSearch,
	})
}

func runSearch(args []string, stdout, stderr io.Writer) int {
	c := commands["search"]
	fs := newFlags(c, stdout, stderr)
	var f indexFlags
	f.add(fs)
	var actors, types multiFlag
	fs.Var(&actors, "actor", "only events involving this actor (repeatable; any of them unless --all)")
	all := fs.Bool("all", false, "with several --actor, only events involving all of them")
	from := fs.String("from", "", "only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
	to := fs.String("to", "", "only events on or before this date")
	fs.Var(&types, "type", "only events of this type (repeatable): "+strings.Join(model.EventTypes, ", "))
	limit := fs.Int("limit", 50, "print at most N events (0: all)")
	asJSON := fs.Bool("json", false, "print the hits as JSON")
	pos, code, ok := parseFlags(fs, args, stdout)
	if !ok {
		return code
	}
	if len(pos) == 0 {
		fmt.Fprintln(stderr, "annals search: missing QUERY (use \"\" to list every event)")
		fs.Usage()
		return exitUsage
	}
	if *limit < 0 {
		fmt.Fprintf(stderr, "annals search: bad --limit %d: want 0 (all) or more\n", *limit)
		return exitUsage
	}
	if !checkFilterFlags("search", types, *from, *to, stderr) {
		return exitUsage
	}
	// A bad query is told before any indexing, which may take minutes.
	if err := index.CheckQuery(pos[0]); err != nil {
		fmt.Fprintln(stderr, "annals search:", err)
		return exitUsage
	}
	q := index.Query{Text: pos[0], Actors: actors, AllActors: *all, Types: types, From: *from, To: *to}
	ix, err := openIndex(pos[1:], f, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "annals search:", err)
		return exitRuntime
	}
	defer ix.Close()
	// Files that could not be read are named; the search goes on.
	for _, w := range ix.Stats().FileWarnings {
		fmt.Fprintln(stderr, "warning:", model.SafeLine(w))
	}
	if len(actors) > 0 {
		q.Actors = resolveActors(ix.Actors(), actors, stderr)
	}

	// Page through in chronological order until the limit.
	var hits []index.Hit
	var total uint64
	for {
		size := 500
		if *limit > 0 && *limit-len(hits) < size {
			size = *limit - len(hits)
		}
		q.Size = size
		res, err := ix.Search(context.Background(), q)
		if err != nil {
			var qe *index.QueryError
			var de *index.DateRangeError
			if errors.As(err, &de) {
				fmt.Fprintln(stderr, "annals search:", dateFlagError(err))
				return exitUsage
			}
			if errors.As(err, &qe) {
				fmt.Fprintln(stderr, "annals search:", qe)
				return exitUsage
			}
			fmt.Fprintln(stderr, "annals search:", err)
			return exitRuntime
		}
		total = res.Total
		hits = append(hits, res.Hits...)
		if len(res.Hits) < size || (*limit > 0 && len(hits) >= *limit) {
			break
		}
		q.After = res.Hits[len(res.Hits)-1].Sort
	}

	if *asJSON {
		type jhit struct {
			Event      model.Event       `json:"event"`
			Highlights []index.Highlight `json:"highlights,omitempty"`
		}
		out := struct {
			Total uint64 `json:"total"`
			Hits  []jhit `json:"hits"`
		}{Total: total, Hits: []jhit{}}
		for _, h := range hits {
			out.Hits = append(out.Hits, jhit{h.Event, h.Highlights})
		}
		enc := json.NewEncoder(safeJSON(stdout))
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			fmt.Fprintln(stderr, "annals search:", err)
			return exitRuntime
		}
		return exitOK
	}
	color := useColor(stdout)
	inside, coarser := splitByRange(hits, *from, *to)
	for _, h := range inside {
		printHit(stdout, h, color)
	}
	if len(coarser) > 0 {
		fmt.Fprintf(stdout, "— coarser dates that overlap %s (%d) —\n\n", rangeName(*from, *to), len(coarser))
		for _, h := range coarser {
			printHit(stdout, h, color)
		}
	}
	switch {
	case total == 0:
		fmt.Fprintln(stderr, "no matching events")
	case uint64(len(hits)) < total:
		fmt.Fprintf(stderr, "%d of %d events shown (--limit %d; --limit 0 for all)\n", len(hits), total, *limit)
	default:
		fmt.Fprintln(stderr, countNoun(total, "event"))
	}
	return exitOK
}

// countNoun is "1 event", "2 events": the count line is read as prose.
func countNoun(n uint64, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// dateFlagError words a bad --from/--to in the flags' own names.
func dateFlagError(err error) string {
	var de *index.DateRangeError
	if !errors.As(err, &de) {
		return err.Error()
	}
	switch de.Bound {
	case "from":
		return fmt.Sprintf("bad --from %q: want YYYY, YYYY-MM or YYYY-MM-DD", de.From)
	case "to":
		return fmt.Sprintf("bad --to %q: want YYYY, YYYY-MM or YYYY-MM-DD", de.To)
	}
	return fmt.Sprintf("--from %s is after --to %s: no date can match", de.From, de.To)
}

func knownType(t string) bool {
	for _, k := range model.EventTypes {
		if k == t {
			return true
		}
	}
	return false
}

// resolveActors maps each --actor to a canonical actor of the corpus: its
// name or any alias, ignoring case ("kataib hezbollah", "Hezbollah
// Brigades", "US"). A name that matches none is kept as given, with a
// warning and the near names, the usual reason for an empty result.
func resolveActors(known []model.Actor, want []string, stderr io.Writer) []string {
	out := make([]string, 0, len(want))
	for _, a := range want {
		if name, ok := matchActor(known, a); ok {
			out = append(out, name)
			continue
		}
		out = append(out, a)
		var near []string
		for _, k := range known {
			if strings.Contains(model.FoldName(k.Name), model.FoldName(a)) && len(near) < 5 {
				near = append(near, k.Name)
			}
		}
		msg := fmt.Sprintf("warning: no actor named %q in this corpus", a)
		if len(near) > 0 {
			msg += "; did you mean " + strings.Join(near, ", ") + "?"
		}
		fmt.Fprintln(stderr, msg)
	}
	return out
}

// matchActor finds the actor a name denotes: the exact canonical name
// first, then a canonical name or alias equal to it ignoring case and
// the kind of apostrophe or quote typed (a shell gives "Kata'ib", the
// article "Kata’ib").
func matchActor(known []model.Actor, name string) (string, bool) {
	for _, k := range known {
		if k.Name == name {
			return k.Name, true
		}
	}
	want := model.FoldName(name)
	for _, k := range known {
		if model.FoldName(k.Name) == want {
			return k.Name, true
		}
	}
	for _, k := range known {
		for _, al := range k.Aliases {
			if model.FoldName(al) == want {
				return k.Name, true
			}
		}
	}
	return "", false
}

// useColor: ANSI only on a terminal, and never with NO_COLOR set.
func useColor(w io.Writer) bool {
	if _, set := os.LookupEnv("NO_COLOR"); set {
		return false
	}
	return isTerminal(w)
}

func printHit(w io.Writer, h index.Hit, color bool) {
	e := h.Event
	bold, dim, reset := "", "", ""
	on, off := "", ""
	if color {
		bold, dim, reset = "\x1b[1m", "\x1b[2m", "\x1b[0m"
		on, off = "\x1b[1;33m", "\x1b[22;39m"
	}
	date := shortDate(e.Date)
	if e.Date.Inferred {
		date = "~" + date
	}
	line := fmt.Sprintf("%s%-11s%s %-12s %s", bold, model.SafeLine(date), reset, e.Type, model.SafeLine(strings.Join(e.Actors, ", ")))
	if len(e.Targets) > 0 {
		line += " → " + model.SafeLine(strings.Join(e.Targets, ", "))
	}
	if f := export.FiguresText(e.Figures); f != "" {
		line += "  (" + f + ")"
	}
	if n := articleCount(e); n > 1 {
		line += fmt.Sprintf("  ×%d", n)
	}
	fmt.Fprintln(w, line)
	head := e.Headline
	if head == "" {
		head = e.Summary
	}
	fmt.Fprintf(w, "    %s\n", oneLine(model.SafeLine(head)))
	for i, s := range e.Sources {
		src := s.Outlet
		if src == "" {
			src = "source"
		}
		if s.Published != "" {
			src += ", " + s.Published
		}
		fmt.Fprintf(w, "    %s%s — %s:%d-%d%s\n", dim, model.SafeLine(src), model.SafeLine(displayPath(s.File)), s.Start, s.End, reset)
		// Highlights are byte offsets into the text: it is made safe
		// byte for byte first, so they still land, then marked.
		fmt.Fprintf(w, "      “%s”\n", oneLine(index.Mark(sameLengthSafe(s.Text), h.Highlights, i, on, off)))
	}
	fmt.Fprintln(w)
}

// articleCount is how many articles report an event, which is what ×N
// tells (as in the TUI): two sentences of one article are one report.
func articleCount(e model.Event) int {
	seen := map[string]bool{}
	for _, s := range e.Sources {
		id := s.Article
		if id == "" {
			id = s.File
		}
		seen[id] = true
	}
	return len(seen)
}

// displayPath shortens a file below the working directory to a relative
// path: the index records absolute paths (one name however the corpus
// was typed), which are long to read in a listing. --json keeps them.
func displayPath(p string) string {
	if !filepath.IsAbs(p) {
		return p
	}
	wd, err := os.Getwd()
	if err != nil {
		return p
	}
	rel, err := filepath.Rel(wd, p)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return p
	}
	return rel
}

// oneLine folds a sentence's line breaks so each source stays one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// checkFilterFlags tells a bad --type or --from/--to the way search,
// digest and export all say it, naming the command; false means usage.
func checkFilterFlags(cmd string, types []string, from, to string, stderr io.Writer) bool {
	for _, t := range types {
		if !knownType(t) {
			fmt.Fprintf(stderr, "annals %s: unknown --type %q; types: %s\n", cmd, t, strings.Join(model.EventTypes, ", "))
			return false
		}
	}
	if err := index.CheckDates(from, to); err != nil {
		fmt.Fprintf(stderr, "annals %s: %s\n", cmd, dateFlagError(err))
		return false
	}
	return true
}
