// Command annals turns a folder of news articles into a chronological
// timeline of events that can be searched, filtered by actor and followed
// back to the exact source sentence.
//
// Usage:
//
//	annals [PATH...]            open the timeline (the embedded sample corpus without PATH)
//	annals COMMAND [ARGS...]    run a command without the TUI; `annals help` lists them
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// Exit codes, as scripts expect them.
const (
	exitOK      = 0
	exitRuntime = 1
	exitUsage   = 2
)

// command is one subcommand. Each lives in its own cmd_*.go file and
// registers itself, so commands can be added without touching this file.
type command struct {
	name    string
	args    string // synopsis of the arguments, for help
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

var commands = map[string]*command{}

func register(c *command) { commands[c.name] = c }

// defaultCommand runs when the first argument names no command: the TUI
// once it is registered, the article list until then.
func defaultCommand() *command {
	if c, ok := commands["tui"]; ok {
		return c
	}
	return commands["articles"]
}

func main() {
	os.Exit(run(os.Args[1:], terminalSafe(os.Stdout), terminalSafe(os.Stderr)))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "help", "-h", "-help", "--help":
			if len(args) > 1 {
				if c, ok := commands[args[1]]; ok {
					return c.run([]string{"--help"}, stdout, stderr)
				}
			}
			usage(stdout)
			return exitOK
		}
		if c, ok := commands[args[0]]; ok {
			return c.run(args[1:], stdout, stderr)
		}
	}
	c := defaultCommand()
	if c == nil {
		usage(stderr)
		return exitUsage
	}
	return c.run(args, stdout, stderr)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "annals — a searchable timeline of events from a folder of news articles")
	fmt.Fprintln(w, "\nUsage:\n  annals [PATH...]           open the timeline (the embedded sample corpus without PATH)")
	fmt.Fprintln(w, "  annals COMMAND [ARGS...]\n\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		c := commands[n]
		// Only the first line: a summary may carry a paragraph for --help.
		first, _, _ := strings.Cut(c.summary, "\n")
		fmt.Fprintf(w, "  %-9s %s\n", c.name, first)
	}
	fmt.Fprintln(w, "\nRun 'annals COMMAND --help' for a command's flags.")
}

// newFlags makes a FlagSet for a command whose --help prints the
// command's synopsis and flags to stdout.
func newFlags(c *command, stdout, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: annals %s %s\n\n%s\n", c.name, c.args, c.summary)
		hasFlags := false
		fs.VisitAll(func(*flag.Flag) { hasFlags = true })
		if hasFlags {
			fmt.Fprintln(fs.Output(), "\nFlags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

// parseFlags parses args allowing flags after positional arguments
// (`annals search drone --actor X`), which the flag package alone does
// not. It returns the positional arguments, or a usage exit code.
func parseFlags(fs *flag.FlagSet, args []string, stdout io.Writer) ([]string, int, bool) {
	var pos []string
	// The flag package prints the usage itself on -h, to stderr; asked
	// for, it belongs on stdout, once.
	usage := fs.Usage
	fs.Usage = func() {}
	defer func() { fs.Usage = usage }()
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fs.SetOutput(stdout)
				usage()
				return nil, exitOK, false
			}
			usage()
			return nil, exitUsage, false
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, 0, true
		}
		if rest[0] == "--" {
			return append(pos, rest[1:]...), 0, true
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// multiFlag collects a repeatable string flag (--actor A --actor B).
type multiFlag []string

func (m *multiFlag) String() string { return strings.Join(*m, ",") }

// Set appends one value.
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }
