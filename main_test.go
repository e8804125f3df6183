package main

import (
	"bytes"
	"strings"
	"testing"
)

// Every command answers --help with exit 0 and its synopsis on stdout, and
// a bad flag with exit 2: scripts rely on these codes.
func TestCommandHelpAndUsageCodes(t *testing.T) {
	for name := range commands {
		var out, errb bytes.Buffer
		if code := run([]string{name, "--help"}, &out, &errb); code != exitOK {
			t.Errorf("%s --help: exit %d, want 0 (stderr %q)", name, code, errb.String())
		}
		if !strings.Contains(out.String(), "Usage: annals "+name) {
			t.Errorf("%s --help: no usage line in %q", name, out.String())
		}
		if errb.Len() > 0 {
			t.Errorf("%s --help also wrote to stderr: %q", name, errb.String())
		}
		out.Reset()
		errb.Reset()
		if code := run([]string{name, "--no-such-flag"}, &out, &errb); code != exitUsage {
			t.Errorf("%s --no-such-flag: exit %d, want 2", name, code)
		}
	}
}

// The command list shows one line per command even when a summary
// carries a paragraph for --help.
func TestUsageListsEveryCommandOnOneLine(t *testing.T) {
	var out bytes.Buffer
	if code := run([]string{"help"}, &out, &out); code != exitOK {
		t.Fatalf("help: exit %d", code)
	}
	lines := strings.Split(out.String(), "\n")
	for name := range commands {
		n := 0
		for _, l := range lines {
			if strings.HasPrefix(l, "  "+name+" ") {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%s listed %d times in help", name, n)
		}
	}
	for _, l := range lines {
		if strings.HasPrefix(l, "QUERY") || strings.HasPrefix(l, "Dates") {
			t.Errorf("help leaks a command's long summary: %q", l)
		}
	}
}

// A missing path fails before the TUI takes the terminal, naming the path,
// with the runtime exit code; an empty timeline would hide the typo.
func TestTUIMissingPathFailsFast(t *testing.T) {
	var out, errb bytes.Buffer
	missing := t.TempDir() + "/no-such-folder"
	if code := run([]string{"tui", missing}, &out, &errb); code != exitRuntime {
		t.Fatalf("tui %s: exit %d, want %d", missing, code, exitRuntime)
	}
	if !strings.Contains(errb.String(), missing+": no such file or folder") {
		t.Errorf("stderr %q does not name the missing path", errb.String())
	}
}
