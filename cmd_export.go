package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/annals/annals/corpus"
	"github.com/annals/annals/corpus/events"
	"github.com/annals/annals/corpus/export"
)

func init() {
	register(&command{
		name:    "export",
		args:    "[--format json|csv|md|timelinejs] [--actors FILE] [PATH...]",
		summary: "extract and merge the events of a corpus and write the timeline (JSON, ACLED-style CSV, Markdown or TimelineJS)",
		run:     runExport,
	})
}

func runExport(args []string, stdout, stderr io.Writer) int {
	c := commands["export"]
	fs := newFlags(c, stdout, stderr)
	format := fs.String("format", "json", "output format: "+strings.Join(export.Formats, ", "))
	actorsFile := fs.String("actors", "", "YAML actor file adding to or overriding the built-in actors")
	title := fs.String("title", "", "timeline title (timelinejs)")
	paths, code, ok := parseFlags(fs, args, stdout)
	if !ok {
		return code
	}
	valid := false
	for _, f := range export.Formats {
		valid = valid || f == *format
	}
	if !valid && *format != "markdown" {
		fmt.Fprintf(stderr, "annals export: unknown format %q (want %s)\n", *format, strings.Join(export.Formats, ", "))
		return exitUsage
	}
	arts, warns := corpus.Load(paths, corpus.Options{})
	for _, w := range warns {
		fmt.Fprintln(stderr, "warning:", w.Error())
	}
	if len(arts) == 0 {
		fmt.Fprintln(stderr, "annals export: no articles found")
		return exitRuntime
	}
	tl, err := events.Build(arts, events.Options{ActorsFile: *actorsFile})
	if err != nil {
		fmt.Fprintln(stderr, "annals export:", err)
		return exitRuntime
	}
	for _, w := range tl.Warnings {
		fmt.Fprintln(stderr, "warning:", w)
	}
	bw := bufio.NewWriter(stdout)
	if *format == "timelinejs" {
		err = export.WriteTimelineJS(bw, tl, *title)
	} else {
		err = export.WriteTimeline(bw, tl, *format)
	}
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		fmt.Fprintln(stderr, "annals export:", err)
		return exitRuntime
	}
	return exitOK
}
