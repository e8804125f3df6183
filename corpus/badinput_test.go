package corpus

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// loadOne loads paths and expects exactly one warning whose text names
// the file and contains reason.
func loadOne(t *testing.T, paths []string, file, reason string) int {
	t.Helper()
	arts, warns := Load(paths, Options{})
	if len(warns) != 1 {
		t.Fatalf("%d warnings, want 1: %v", len(warns), warns)
	}
	if warns[0].File != file || !strings.Contains(warns[0].Error(), reason) {
		t.Fatalf("warning %q, want one naming %s with %q", warns[0].Error(), file, reason)
	}
	return len(arts)
}

func write(t *testing.T, path string, data []byte) string {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

const goodText = "Ministers met in Baghdad on Monday. They agreed to resume talks next week.\n"

// goodFile writes an article next to the bad input, to show the rest loads.
func goodFile(t *testing.T, dir string) string {
	return write(t, filepath.Join(dir, "good.txt"), []byte(goodText))
}

func TestMissingPath(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "nope")
	if n := loadOne(t, []string{missing, goodFile(t, dir)}, missing, "no such file"); n != 1 {
		t.Errorf("%d articles, want the good one", n)
	}
}

func TestFolderWithoutArticles(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "data.csv"), []byte("a,b\n"))
	write(t, filepath.Join(dir, "manifest.json"), []byte(`{"articles":[]}`))
	loadOne(t, []string{dir}, dir, "no articles found")
}

func TestBinaryFile(t *testing.T) {
	dir := t.TempDir()
	bin := write(t, filepath.Join(dir, "photo.txt"), append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0, 1, 2, 250}, 100)...))
	goodFile(t, dir)
	if n := loadOne(t, []string{dir}, bin, "binary file"); n != 1 {
		t.Errorf("%d articles, want 1", n)
	}
}

func TestInvalidUTF8(t *testing.T) {
	dir := t.TempDir()
	p := write(t, filepath.Join(dir, "latin1.txt"), []byte("The caf\xe9 in Beirut reopened on Monday. Its owner said \x93we stay\x94.\n"))
	arts, warns := Load([]string{p}, Options{})
	if len(arts) != 1 || len(warns) != 1 || !strings.Contains(warns[0].Error(), "latin1.txt: 3 bytes are not valid UTF-8") {
		t.Fatalf("arts %d warns %v", len(arts), warns)
	}
	a := arts[0]
	if !strings.Contains(a.Text, "café in Beirut") || !strings.Contains(a.Text, "“we stay”") {
		t.Errorf("text %q", a.Text)
	}
	checkOffsets(t, a)
	if s := a.Sentences[0]; string(a.Raw[s.Start:s.End]) != "The caf\xe9 in Beirut reopened on Monday." {
		t.Errorf("raw span %q", a.Raw[s.Start:s.End])
	}
}

func TestEmptyFile(t *testing.T) {
	dir := t.TempDir()
	e := write(t, filepath.Join(dir, "empty.md"), nil)
	write(t, filepath.Join(dir, "blank.txt"), []byte(" \n\n\t\n"))
	goodFile(t, dir)
	arts, warns := Load([]string{dir}, Options{})
	if len(arts) != 1 || len(warns) != 2 || warns[1].File != e || !strings.Contains(warns[1].Msg, "empty file") {
		t.Errorf("arts %d warns %v", len(arts), warns)
	}
}

func TestHugeFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "dump.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	for i := 0; buf.Len() < 1<<20; i++ {
		fmt.Fprintf(&buf, "Paragraph %d of a runaway dump says the talks in Baghdad will resume on Monday.\n\n", i)
	}
	for written := 0; written < 50<<20; written += buf.Len() {
		if _, err := f.Write(buf.Bytes()); err != nil {
			t.Fatal(err)
		}
	}
	f.Close()
	opts, limit := Options{}, "2 MB"
	if testing.Short() || raceEnabled {
		opts.MaxFileBytes, limit = 256<<10, "262144 bytes"
	}
	start := time.Now()
	arts, warns := Load([]string{p}, opts)
	if len(arts) != 1 || len(warns) != 1 || !strings.Contains(warns[0].Msg, "only the first "+limit+" were read") {
		t.Fatalf("arts %d warns %v", len(arts), warns)
	}
	if len(arts[0].Raw) > 2<<20 {
		t.Errorf("read %d bytes", len(arts[0].Raw))
	}
	t.Logf("50 MB file loaded (capped) in %v", time.Since(start))
}

func TestBrokenJSONLLine(t *testing.T) {
	dir := t.TempDir()
	p := write(t, filepath.Join(dir, "a.jsonl"), []byte(
		`{"id":"x1","title":"One","text":"Fighting resumed on Sunday."}`+"\n"+
			`{"id":"x2","title":"Two","text":"cut off`+"\n"+
			`{"id":"x3","title":"Three","text":"Talks ended on Monday."}`+"\n"))
	if n := loadOne(t, []string{p}, p, ":2: broken JSON"); n != 2 {
		t.Errorf("%d articles, want 2", n)
	}
}

func TestUnreadableFile(t *testing.T) {
	dir := t.TempDir()
	goodFile(t, dir)
	if os.Geteuid() == 0 {
		// Root reads anything; a FIFO is the file root cannot read without
		// blocking forever, so it stands in for an unreadable file.
		p := filepath.Join(dir, "pipe.txt")
		if err := syscall.Mkfifo(p, 0o644); err != nil {
			t.Skip("mkfifo:", err)
		}
		if n := loadOne(t, []string{p, filepath.Join(dir, "good.txt")}, p, "not a regular file"); n != 1 {
			t.Errorf("%d articles, want 1", n)
		}
		return
	}
	p := write(t, filepath.Join(dir, "secret.txt"), []byte(goodText))
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	if n := loadOne(t, []string{dir}, p, "permission denied"); n != 1 {
		t.Errorf("%d articles, want 1", n)
	}
}

func TestSymlinkLoop(t *testing.T) {
	dir := t.TempDir()
	goodFile(t, dir)
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(dir, filepath.Join(sub, "up")); err != nil {
		t.Skip("symlinks unsupported:", err)
	}
	if n := loadOne(t, []string{dir}, filepath.Join(sub, "up"), "symlink loop"); n != 1 {
		t.Errorf("%d articles, want 1", n)
	}
	// A link to itself.
	self := filepath.Join(t.TempDir(), "self.txt")
	if err := os.Symlink(self, self); err != nil {
		t.Fatal(err)
	}
	loadOne(t, []string{self}, self, "symlink loop")
}

func TestStdin(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stdin
	os.Stdin = r
	defer func() { os.Stdin = old }()
	go func() {
		w.WriteString("Talks resume\n\nMinisters met in Cairo on Monday. They will meet again.\n")
		w.Close()
	}()
	arts, warns := Load([]string{"-"}, Options{})
	if len(arts) != 1 || len(warns) != 0 || arts[0].Title != "Talks resume" || arts[0].Path != "-" {
		t.Fatalf("arts %v warns %v", arts, warns)
	}
}

func TestBrokenManifest(t *testing.T) {
	dir := t.TempDir()
	goodFile(t, dir)
	m := write(t, filepath.Join(dir, "manifest.json"), []byte("{\n \"articles\": [\n  {\"file\": \"good.txt\",\n }\n"))
	arts, warns := Load([]string{dir}, Options{})
	if len(arts) != 1 || len(warns) != 1 || warns[0].File != m || warns[0].Line != 4 || !strings.Contains(warns[0].Msg, "not a valid manifest") {
		t.Fatalf("arts %d warns %v", len(arts), warns)
	}
}

func TestOverlongJSONLLine(t *testing.T) {
	dir := t.TempDir()
	long := `{"id":"big","text":"` + strings.Repeat("word ", 4000) + `"}`
	p := write(t, filepath.Join(dir, "a.jsonl"), []byte(`{"id":"a","text":"Talks resumed on Monday."}`+"\n"+long+"\n"+`{"id":"b","text":"Talks ended on Friday."}`+"\n"))
	arts, warns := Load([]string{p}, Options{MaxLineBytes: 1 << 10})
	if len(arts) != 2 || len(warns) != 1 || warns[0].Line != 2 || !strings.Contains(warns[0].Msg, "line longer than") {
		t.Fatalf("arts %d warns %v", len(arts), warns)
	}
}

// One bad entry in a manifest costs that entry's date and a warning, never
// the metadata of the other files it names, whichever file loads first.
func TestManifestBadEntryKeepsOthers(t *testing.T) {
	for i := 0; i < 5; i++ { // load order varies between workers
		dir := t.TempDir()
		write(t, filepath.Join(dir, "a.txt"), []byte("First headline\n\nThe ministry said on Monday that talks would resume.\n"))
		write(t, filepath.Join(dir, "b.txt"), []byte("Second headline\n\nThe army said on Tuesday that it had withdrawn.\n"))
		write(t, filepath.Join(dir, "manifest.json"), []byte(`{"articles":[{"file":"a.txt","published":"2024-02-30","outlet":"X"},{"file":"b.txt","published":"2024-11-01","outlet":"Reuters"}]}`))
		arts, warns := Load([]string{dir}, Options{})
		if len(arts) != 2 {
			t.Fatalf("got %d articles, want 2", len(arts))
		}
		for _, a := range arts {
			switch filepath.Base(a.Path) {
			case "a.txt":
				if a.Outlet != "X" || a.PublishedSource == "manifest" {
					t.Errorf("a.txt: outlet %q source %s, want X and no manifest date", a.Outlet, a.PublishedSource)
				}
			case "b.txt":
				if a.Outlet != "Reuters" || a.Published != "2024-11-01" || a.PublishedSource != "manifest" {
					t.Errorf("b.txt lost its manifest metadata: outlet %q date %q source %s", a.Outlet, a.Published, a.PublishedSource)
				}
			}
		}
		if len(warns) != 1 || !strings.Contains(warns[0].Msg, "a.txt") {
			t.Errorf("want one warning naming a.txt, got %v", warns)
		}
	}
}

// An entry for a file that is not in the folder (renamed, deleted, typo)
// is reported once, by name, and the files that are there keep their
// metadata.
func TestManifestNamesMissingFile(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), []byte("First headline\n\nThe ministry said on Monday that talks would resume.\n"))
	m := write(t, filepath.Join(dir, "manifest.json"), []byte(`{"articles":[{"file":"a.txt","published":"2024-11-01"},{"file":"gone.txt","published":"2024-11-02"}]}`))
	arts, warns := Load([]string{dir}, Options{})
	if len(arts) != 1 || arts[0].Published != "2024-11-01" {
		t.Fatalf("arts %v", arts)
	}
	if len(warns) != 1 || warns[0].File != m || !strings.Contains(warns[0].Msg, "gone.txt") || strings.Contains(warns[0].Msg, "a.txt") {
		t.Errorf("want one warning naming gone.txt only, got %v", warns)
	}
}

// A JSONL article longer than a text file may be is read up to the same
// limit, with a warning on the article, not extracted whole for minutes.
func TestLongJSONLArticleCapped(t *testing.T) {
	dir := t.TempDir()
	long := `{"id":"big","text":"` + strings.Repeat("Rebels attacked Goma on Monday. ", 200) + `"}`
	p := write(t, filepath.Join(dir, "a.jsonl"), []byte(long+"\n"))
	arts, warns := Load([]string{p}, Options{MaxFileBytes: 1 << 10})
	if len(arts) != 1 || len(warns) != 1 || warns[0].Line != 1 || !strings.Contains(warns[0].Msg, "only the first") {
		t.Fatalf("arts %d warns %v", len(arts), warns)
	}
	if len(arts[0].Raw) > 1<<10 {
		t.Errorf("raw %d bytes", len(arts[0].Raw))
	}
}

// TestReadFailureIsAWarningAtScan: a file that opens but cannot be read
// (here /proc/self/mem, whose first page is never mapped: EIO, even for
// root) is a warning naming it when the corpus is listed, so whatever
// reads the listed files later (the loader, the index's change check)
// never meets it, and the rest of the folder loads.
func TestReadFailureIsAWarningAtScan(t *testing.T) {
	if _, err := os.ReadFile("/proc/self/mem"); err == nil {
		t.Skip("/proc/self/mem reads here")
	}
	dir := t.TempDir()
	goodFile(t, dir)
	bad := filepath.Join(dir, "broken.txt")
	if err := os.Symlink("/proc/self/mem", bad); err != nil {
		t.Skip("symlink:", err)
	}
	for _, paths := range [][]string{{dir}, {bad, filepath.Join(dir, "good.txt")}} {
		files, warns := Scan(paths)
		if len(files) != 1 || filepath.Base(files[0].Path) != "good.txt" {
			t.Errorf("Scan(%v) listed %v", paths, files)
		}
		if len(warns) != 1 || warns[0].File != bad || !strings.Contains(warns[0].Msg, "input/output error") {
			t.Errorf("Scan(%v) warnings %v", paths, warns)
		}
		if n := loadOne(t, paths, bad, "skipped"); n != 1 {
			t.Errorf("%d articles, want the good one", n)
		}
	}
}

// TestWarningNamesFileSafely: a file name may hold a newline or an
// escape sequence; the warning shows it on one line without control
// bytes (no fake second "warning:" line, no terminal title set), while
// Warning.File keeps the name as it is.
func TestWarningNamesFileSafely(t *testing.T) {
	dir := t.TempDir()
	name := "x\nwarning: fake\x1b]0;pwned\x07.txt"
	p := write(t, filepath.Join(dir, name), nil)
	goodFile(t, dir)
	_, warns := Load([]string{dir}, Options{})
	if len(warns) != 1 || warns[0].File != p {
		t.Fatalf("warnings %v", warns)
	}
	msg := warns[0].Error()
	if strings.ContainsAny(msg, "\n\x1b\x07") || !strings.Contains(msg, "empty file") {
		t.Errorf("unsafe warning %q", msg)
	}
}
