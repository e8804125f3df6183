package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// hostilePage is a page whose body and metadata decode to terminal
// escapes: OSC 52 (write the clipboard) and OSC 0 (set the window title).
const hostilePage = `<html><head><title>Hostile &#x1b;]0;PWNED&#x7; page</title>
<meta property="og:site_name" content="Evil&#x1b;]0;OUTLET&#x7;"></head>
<body><article><h1>Hostile &#x1b;]0;PWNED&#x7; page</h1>
<p>The drone attack on Sunday killed three soldiers near the border, officials said on Monday.</p>
<p>x &#x1b;]52;c;SFRNTEJPRFk=&#x7; and a C1 CSI &#x9b;31m here, officials said.</p>
</article></body></html>`

func hostileDir(t *testing.T) string {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "page.html"), []byte(hostilePage), 0o644); err != nil {
		t.Fatal(err)
	}
	jl := `{"id":"j1","title":"Raw \u001b]52;c;SFRNTEJPRFk=\u0007 title","published":"2024-01-29","text":"A drone struck the base on Sunday, officials said.\u001b[2J"}` + "\n"
	if err := os.WriteFile(filepath.Join(dir, "feed.jsonl"), []byte(jl), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// controlFree fails on any byte a terminal would act on other than the
// newline, tab and the SGR colours annals writes itself.
func controlFree(t *testing.T, what string, b []byte) {
	t.Helper()
	s := string(b)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == 0x1b && strings.HasPrefix(s[i:], "\x1b[") {
			j := i + 2
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ';') {
				j++
			}
			if j < len(s) && (s[j] == 'm' || s[j] == 'K') {
				i = j
				continue
			}
		}
		if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7f {
			t.Errorf("%s: control byte %#x at %d: %q", what, c, i, s[max(0, i-20):min(len(s), i+20)])
			return
		}
	}
	if strings.Contains(s, "\u009b") {
		t.Errorf("%s: a raw C1 CSI reaches the terminal", what)
	}
}

// TestHostileTextNeverDrivesTerminal runs every printing command on a
// corpus whose text decodes to escape sequences, with the output guarded
// as main guards a terminal, and checks no control byte gets through.
func TestHostileTextNeverDrivesTerminal(t *testing.T) {
	dir := hostileDir(t)
	for _, args := range [][]string{
		{"articles", dir},
		{"articles", "--why", dir},
		{"articles", "--json", dir},
		{"show", "j1", dir},
		{"show", "--sentences", "j1", dir},
		{"tag", filepath.Join(dir, "page.html")},
		{"export", "--format", "md", dir},
		{"export", "--format", "csv", dir},
		{"export", "--format", "json", dir},
	} {
		var out, errb bytes.Buffer
		run(args, &termWriter{w: &out}, &termWriter{w: &errb})
		controlFree(t, strings.Join(args[:len(args)-1], " ")+" stdout", out.Bytes())
		controlFree(t, strings.Join(args[:len(args)-1], " ")+" stderr", errb.Bytes())
		if out.Len() == 0 {
			t.Errorf("%v printed nothing (stderr %q)", args, errb.String())
		}
	}
}

// TestJSONOutputEscapesControls: a JSON file written to disk and printed
// later by cat must be harmless too, not only what reaches a terminal now.
func TestJSONOutputEscapesControls(t *testing.T) {
	dir := hostileDir(t)
	var out, errb bytes.Buffer
	if code := run([]string{"articles", "--json", dir}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	controlFree(t, "articles --json to a file", out.Bytes())
	if !strings.Contains(out.String(), `\u001b]52;c;`) {
		t.Errorf("the title's escape is not kept as JSON escapes: %s", out.String())
	}
}

// TestTermWriter: split sequences, own colours kept, foreign escapes shown.
func TestTermWriter(t *testing.T) {
	var out bytes.Buffer
	tw := &termWriter{w: &out}
	for _, p := range []string{"a\x1b[1;33mb\x1b[0", "m c\x1b]0;T\x07 d\xc2", "\x9b e \xe2\x80", "\xae f\r\x1b[K\n\xff"} {
		tw.Write([]byte(p))
	}
	want := "a\x1b[1;33mb\x1b[0m c^[]0;T^G d\\x9b e  f\r\x1b[K\n\ufffd"
	if got := out.String(); got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestHostileTextToFiles: output written to a pipe or a file (no
// terminal guard) carries no control byte either: search's listing and
// every JSON form escape what a terminal would act on, so a file printed
// later is harmless.
func TestHostileTextToFiles(t *testing.T) {
	dir := hostileDir(t)
	idx := t.TempDir()
	for _, args := range [][]string{
		{"search", "drone", "--index", idx, dir},
		{"search", "--json", "drone", "--index", idx, dir},
		{"show", "--json", "j1", dir},
		{"digest", "--json", "--index", idx, dir},
		{"export", "--format", "md", dir},
		{"export", "--format", "csv", "--all", dir},
		{"export", "--format", "timelinejs", dir},
	} {
		var out, errb bytes.Buffer
		run(args, &out, &errb)
		controlFree(t, strings.Join(args, " ")+" stdout", out.Bytes())
		controlFree(t, strings.Join(args, " ")+" stderr", errb.Bytes())
		if out.Len() == 0 {
			t.Errorf("%v printed nothing (stderr %q)", args, errb.String())
		}
	}
}
