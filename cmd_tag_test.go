package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTagOffsetsAndActors runs `annals tag` on a file with an extra actor
// file: offsets point into the raw input and the extra actor is found.
func TestTagOffsetsAndActors(t *testing.T) {
	dir := t.TempDir()
	text := "\ufeffThe Zorblax Front attacked on 30 July, officials said on Tuesday.\n"
	art := filepath.Join(dir, "a.txt")
	act := filepath.Join(dir, "actors.yaml")
	if err := os.WriteFile(art, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(act, []byte("- {name: Zorblax Front, kind: armed_group}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"tag", "--date", "2024-08-21", "--actors", act, art}, &out, &errb); code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var got tagOutput
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"30 July": "2024-07-30", "Tuesday": "2024-08-20"}
	for _, x := range got.Timexes {
		if text[x.Start:x.End] != x.Text {
			t.Errorf("%q at [%d,%d) is %q in the input", x.Text, x.Start, x.End, text[x.Start:x.End])
		}
		if v, ok := want[x.Text]; ok && v != x.Value {
			t.Errorf("%q = %s, want %s", x.Text, x.Value, v)
		}
		delete(want, x.Text)
	}
	if len(want) != 0 {
		t.Errorf("missing %v in %+v", want, got.Timexes)
	}
	found := false
	for _, m := range got.Actors {
		found = found || strings.Contains(text[m.Start:m.End], "Zorblax")
	}
	if !found {
		t.Errorf("extra actor not tagged: %+v (%s)", got.Actors, got.ActorError)
	}
}

// TestTagBadActorsFile fails with the file named, not a silent empty list.
func TestTagBadActorsFile(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("not: [valid"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	code := run([]string{"tag", "--date", "2024-08-21", "--actors", bad, "-"}, &out, &errb)
	if code != exitRuntime || !strings.Contains(errb.String(), bad) {
		t.Errorf("exit %d, stderr %q: want a runtime error naming %s", code, errb.String(), bad)
	}
	// the same file gives the same exit code to every command
	errb.Reset()
	if code := run([]string{"export", "--actors", bad}, &out, &errb); code != exitRuntime || !strings.Contains(errb.String(), bad) {
		t.Errorf("export: exit %d, stderr %q", code, errb.String())
	}
}

// Without --date, tag takes the date the loader settles on: a page header
// date the text contradicts (seed 003's "Saturday, May 4, 2024" over a
// text about a Monday) is not the DCT, as `annals articles` says too.
func TestTagRejectsContradictedHeaderDate(t *testing.T) {
	src := filepath.Join("..", "shared", "corpus", "seed", "003_fcbd771ce47227f3.txt")
	raw, err := os.ReadFile(src)
	if err != nil {
		t.Skip("../shared not present")
	}
	p := filepath.Join(t.TempDir(), "003.txt")
	if err := os.WriteFile(p, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"tag", p}, &out, &errb); code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var got struct {
		DCT string `json:"dct"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.DCT == "2024-05-04" {
		t.Errorf("dct %s: the contradicted header date was taken as the document date", got.DCT)
	}
}

// The tag contract lists "mod" for every time expression, empty or not.
func TestTagPrintsModKey(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(p, []byte("Talks resumed on Monday, officials said."), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"tag", "--date", "2024-08-21", p}, &out, &errb); code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var got struct {
		Timexes []map[string]any `json:"timexes"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Timexes) == 0 {
		t.Fatal("no time expression found in a text naming Monday")
	}
	for _, tx := range got.Timexes {
		for _, k := range []string{"start", "end", "text", "type", "value", "mod"} {
			if _, ok := tx[k]; !ok {
				t.Errorf("timex %v lacks %q", tx, k)
			}
		}
	}
}

// An HTML page is tagged on its article: nothing from a script or a meta
// attribute, offsets onto the page's own bytes. A front matter's date is
// no time expression of the text.
func TestTagHTMLAndFrontMatter(t *testing.T) {
	dir := t.TempDir()
	page := `<html><head><title>Strike</title><meta property="article:published_time" content="2024-03-05T10:00:00Z">` +
		`<script>var s = "Hamas said on Monday 5 March 2024";</script></head><body><article>` +
		`<h1>Strike near Erbil</h1><p>A drone struck a base near Erbil late on Monday, Kurdish officials said on Tuesday.</p>` +
		`<p>The Islamic Resistance in Iraq claimed the attack.</p></article></body></html>`
	md := "---\ntitle: Talks\npublished: 2024-10-07\n---\nOn Monday the talks resumed.\n"
	for name, text := range map[string]string{"page.html": page, "a.md": md} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		var out, errb bytes.Buffer
		if code := run([]string{"tag", p}, &out, &errb); code != exitOK {
			t.Fatalf("%s: exit %d: %s", name, code, errb.String())
		}
		var got tagOutput
		if err := json.Unmarshal(out.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		for _, x := range got.Timexes {
			if text[x.Start:x.End] != x.Text {
				t.Errorf("%s: %q at [%d,%d) is %q in the file", name, x.Text, x.Start, x.End, text[x.Start:x.End])
			}
			if strings.Contains(name, "html") && x.Start < strings.Index(page, "<body>") {
				t.Errorf("%s: tagged %q in the head", name, x.Text)
			}
			if strings.Contains(name, "md") && x.Start < strings.Index(md, "On Monday") {
				t.Errorf("%s: tagged %q in the front matter", name, x.Text)
			}
		}
		for _, m := range got.Actors {
			if strings.Contains(name, "html") && m.Start < strings.Index(page, "<body>") {
				t.Errorf("%s: actor %q in the script", name, m.Text)
			}
		}
		if len(got.Timexes) < 1 {
			t.Errorf("%s: no time expression: %+v", name, got)
		}
	}
}
