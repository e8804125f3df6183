package index

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// copyTree copies an index directory keeping the files' modification
// times, as a backup tool would: the copy is the same index.
func copyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		if err := copyFile(p, dst); err != nil {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		return os.Chtimes(dst, fi.ModTime(), fi.ModTime())
	})
	if err != nil {
		t.Fatal(err)
	}
}

// damage is one way of spoiling a file: cut to half its size, or 64 bytes
// of 0xff written at its start, its middle, or 200 bytes before its end.
type damage struct {
	name string
	do   func(p string, size int64) error
}

func overwriteAt(pos func(size int64) int64) func(string, int64) error {
	return func(p string, size int64) error {
		f, err := os.OpenFile(p, os.O_WRONLY, 0)
		if err != nil {
			return err
		}
		defer f.Close()
		at := max(0, pos(size))
		n := min(int64(64), size-at) // overwrite only: the size stays
		if n <= 0 {
			return nil
		}
		_, err = f.WriteAt([]byte(strings.Repeat("\xff", int(n))), at)
		return err
	}
}

var damages = []damage{
	{"truncated", func(p string, size int64) error { return os.Truncate(p, size/2) }},
	{"0xff at start", overwriteAt(func(int64) int64 { return 0 })},
	{"0xff in middle", overwriteAt(func(s int64) int64 { return s / 2 })},
	{"0xff 200 B before end", overwriteAt(func(s int64) int64 { return s - 200 })},
}

// The corruption sweep: every file of a built index, spoiled each way,
// then opened. No panic; a notice when the file matters; a rebuild; the
// right results after; and the next start is quiet. A second pass spoils
// the segments and the bolt file behind the seal's back (the time put
// back, as bit rot would): found by the open or the first search.
func TestCorruptionSweep(t *testing.T) {
	n := useFake(t)
	corpus := writeCorpus(t, fakeCorpus)
	pristine := t.TempDir()
	ix, _ := open(t, corpus, pristine, Options{})
	want := snapshot(t, ix)
	ix.Close()

	var files []string
	filepath.WalkDir(pristine, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(pristine, p)
			files = append(files, rel)
		}
		return nil
	})
	sort.Strings(files)
	var table []string
	for _, bitrot := range []bool{false, true} {
		for _, rel := range files {
			general := strings.ReplaceAll(filepath.ToSlash(rel), mustState(t, pristine).Bleve, "bleve-*")
			if bitrot && !strings.HasSuffix(rel, ".zap") && !strings.HasSuffix(rel, ".bolt") {
				continue
			}
			for _, dm := range damages {
				dir := t.TempDir()
				copyTree(t, pristine, dir)
				p := filepath.Join(dir, rel)
				fi, err := os.Stat(p)
				if err != nil {
					t.Fatal(err)
				}
				if err := dm.do(p, fi.Size()); err != nil {
					t.Fatal(err)
				}
				if bitrot {
					os.Chtimes(p, fi.ModTime(), fi.ModTime())
				}
				n.Store(0)
				outcome := sweepCase(t, corpus, dir, want, n.Load)
				what := general
				if bitrot {
					what += " (time kept)"
				}
				table = append(table, fmt.Sprintf("| %s | %s | %s |", what, dm.name, outcome))
			}
		}
	}
	t.Logf("corruption sweep:\n| file | damage | outcome |\n|---|---|---|\n%s", strings.Join(table, "\n"))
}

// sweepCase opens a spoiled index and says what happened; it fails the
// test on a panic, on wrong results, or on a rebuild without a notice.
func sweepCase(t *testing.T, corpus, dir string, want string, extracted func() int64) (outcome string) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("%s: panic: %v", dir, r)
			outcome = "PANIC"
		}
	}()
	msgs := &notices{}
	opts := Options{Dir: dir, Notice: msgs.add}
	ix, err := Open([]string{corpus}, opts)
	if err != nil {
		t.Errorf("%s: Open: %v", dir, err)
		return "ERROR " + err.Error()
	}
	got, serr := snapshotErr(ix)
	ix.Close()
	rebuilt := extracted() > 0
	outcome = "no effect"
	switch {
	case serr != nil && errors.Is(serr, ErrDamaged):
		// Found by the first search: the next start must rebuild.
		ix, err = Open([]string{corpus}, opts)
		if err != nil {
			t.Errorf("%s: reopen after a damaged search: %v", dir, err)
			return "ERROR"
		}
		got, serr = snapshotErr(ix)
		ix.Close()
		if !msgs.has("damaged") || extracted() == 0 {
			t.Errorf("%s: a search found damage but the next start did not rebuild: notices %v", dir, msgs.msgs)
		}
		outcome = "search error, rebuilt on next start"
	case rebuilt:
		if len(msgs.msgs) == 0 {
			t.Errorf("%s: rebuilt without a notice", dir)
		}
		outcome = "notice, rebuilt: " + msgs.msgs[0]
	}
	if serr != nil {
		t.Errorf("%s: search after: %v", dir, serr)
	} else if got != want {
		t.Errorf("%s: results after\n%s\nwant\n%s", dir, got, want)
	}
	// The next start is quiet and extracts nothing.
	before := extracted()
	quiet := &notices{}
	ix, err = Open([]string{corpus}, Options{Dir: dir, Notice: quiet.add})
	if err != nil || extracted() != before || len(quiet.msgs) > 0 {
		t.Errorf("%s: the start after: %v, extracted %d, notices %v", dir, err, extracted()-before, quiet.msgs)
	}
	if ix != nil {
		ix.Close()
	}
	return outcome
}

// snapshot is what a user sees of an index: searches, an article, its
// events.
func snapshot(t *testing.T, ix *Index) string {
	t.Helper()
	s, err := snapshotErr(ix)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func snapshotErr(ix *Index) (string, error) {
	var b strings.Builder
	for _, q := range []Query{{Text: "drone"}, {}, {Kind: KindArticles}, {Text: "Iran", Kind: KindAll}} {
		res, err := ix.Search(context.Background(), q)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(&b, "%+v: %d:", q, res.Total)
		for _, h := range res.Hits {
			if h.Article != nil {
				fmt.Fprintf(&b, " %s", h.Article.ID)
				a, err := ix.Article(h.Article.ID)
				if err != nil {
					return "", err
				}
				evs, err := ix.ArticleEvents(a.ID)
				if err != nil {
					return "", err
				}
				fmt.Fprintf(&b, "(%d chars, %d events)", len(a.Text), len(evs))
				continue
			}
			fmt.Fprintf(&b, " %s %s", h.Event.Date.Value, h.Event.Summary)
		}
		b.WriteString("\n")
	}
	return b.String(), nil
}

// A killed build's leftovers are removed by the next start and are not
// counted in the index's size.
func TestLeftoversCleaned(t *testing.T) {
	useFake(t)
	corpus, dir := writeCorpus(t, fakeCorpus), t.TempDir()
	ix, _ := open(t, corpus, dir, Options{})
	size := ix.Stats().SizeBytes
	ix.Close()
	junk := []string{"bleve-1.x", "bleve-2/store/000000000001.zap", "scorch-offline-build123/x.zap"}
	for _, j := range junk {
		p := filepath.Join(dir, j)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, make([]byte, 1<<20), 0o644)
	}
	ix, _ = open(t, corpus, dir, Options{})
	if got := ix.Stats().SizeBytes; got > size+size/10 {
		t.Errorf("size %d after leftovers, %d before", got, size)
	}
	for _, j := range junk {
		if _, err := os.Stat(filepath.Join(dir, strings.Split(j, "/")[0])); err == nil {
			t.Errorf("leftover %s not removed", j)
		}
	}
}

// A read-only index (a read-only mount, or a user without write access;
// tests run as root, whom modes do not stop, so the lock file's opener
// plays it) with a changed corpus serves what it has, with a notice.
func TestReadOnlyIndexServesStale(t *testing.T) {
	n := useFake(t)
	corpus, dir := writeCorpus(t, fakeCorpus), t.TempDir()
	ix, _ := open(t, corpus, dir, Options{})
	ix.Close()
	old := openLock
	openLock = func(p string) (*os.File, error) {
		return nil, &fs.PathError{Op: "open", Path: p, Err: fs.ErrPermission}
	}
	t.Cleanup(func() { openLock = old })
	os.WriteFile(filepath.Join(corpus, "d.txt"), []byte("New\nHamas said a drone hit Gaza on 2024-04-01.\n"), 0o644)
	n.Store(0)
	ix, msgs := open(t, corpus, dir, Options{})
	if !ix.Stats().Stale || !msgs.has("read-only") || n.Load() != 0 {
		t.Errorf("read-only index: stale %v, notices %v, extracted %d", ix.Stats().Stale, msgs.msgs, n.Load())
	}
	if got := find(t, ix, Query{Text: "drone"}).Total; got != 2 {
		t.Errorf("read-only index: drone hits %d, want the old 2", got)
	}
}

// One unreadable file is named in a warning and left out; the rest of
// the corpus is indexed, and a file read before keeps its articles.
func TestUnreadableFileSkipped(t *testing.T) {
	useFake(t)
	corpus, dir := writeCorpus(t, fakeCorpus), t.TempDir()
	bad := filepath.Join(corpus, "c.txt")
	old := openInput
	openInput = func(p string) (*os.File, error) {
		if p == bad {
			return nil, &fs.PathError{Op: "open", Path: p, Err: fs.ErrPermission}
		}
		return old(p)
	}
	t.Cleanup(func() { openInput = old })
	ix, _ := open(t, corpus, dir, Options{})
	st := ix.Stats()
	if st.Articles != 2 || !hasWarning(st.Warnings, "c.txt") {
		t.Errorf("build with an unreadable file: %d articles, warnings %v", st.Articles, st.Warnings)
	}
	ix.Close()

	// Readable again: it is added. Then unreadable after a change: the
	// index keeps what it had of it.
	openInput = old
	ix, _ = open(t, corpus, dir, Options{})
	if ix.Stats().Articles != 3 {
		t.Errorf("file readable again: %d articles", ix.Stats().Articles)
	}
	ix.Close()
	openInput = func(p string) (*os.File, error) {
		if p == bad {
			return nil, &fs.PathError{Op: "open", Path: p, Err: fs.ErrPermission}
		}
		return old(p)
	}
	later := time.Now().Add(time.Minute)
	os.Chtimes(bad, later, later)
	ix, _ = open(t, corpus, dir, Options{})
	if st := ix.Stats(); st.Articles != 3 || !hasWarning(st.Warnings, "c.txt") {
		t.Errorf("known file unreadable: %d articles, warnings %v", st.Articles, st.Warnings)
	}
}

func hasWarning(ws []string, sub string) bool {
	for _, w := range ws {
		if strings.Contains(w, sub) {
			return true
		}
	}
	return false
}

// The whole timeline's counts, stored at build time and kept by updates,
// are those a search would count.
func TestStoredFacetsMatchSearch(t *testing.T) {
	useFake(t)
	corpus, dir := writeCorpus(t, fakeCorpus), t.TempDir()
	check := func(what string) {
		ix, _ := open(t, corpus, dir, Options{})
		defer ix.Close()
		stored := find(t, ix, Query{Facets: true, Size: 2})
		if ix.allFacets() == nil {
			t.Fatalf("%s: no stored counts", what)
		}
		ix.facets = nil // count by search
		counted := find(t, ix, Query{Facets: true, Size: 2})
		a, b := fmt.Sprint(stored.Total, stored.Actors, stored.Types, stored.Months), fmt.Sprint(counted.Total, counted.Actors, counted.Types, counted.Months)
		if a != b || len(stored.Actors) == 0 || len(stored.Months) == 0 {
			t.Errorf("%s: stored counts\n%s\nsearched\n%s", what, a, b)
		}
		if len(stored.Hits) != 2 || stored.Hits[0].Event.ID != counted.Hits[0].Event.ID {
			t.Errorf("%s: first page differs", what)
		}
	}
	check("built")
	os.WriteFile(filepath.Join(corpus, "d.txt"), []byte("New\nHamas said a drone hit Gaza on 2024-04-01.\n"), 0o644)
	os.Remove(filepath.Join(corpus, "b.txt"))
	check("updated")
}

// A byte spoiled in the middle of a large segment, its time put back,
// passes the quick check of a start; Options.Verify (annals index) reads
// the whole segment and finds it.
func TestVerifyFindsDamageInTheMiddle(t *testing.T) {
	useFake(t)
	files := map[string]string{}
	for i := 0; i < 400; i++ {
		files[fmt.Sprintf("n%03d.txt", i)] = fmt.Sprintf("Report %d\nA drone struck depot %d of the %d convoys near Basra on 2024-01-%02d, officials said.\nThe strike on hangar %d killed %d people.\n", i, i, i*7, i%28+1, i*3, i%9+1)
	}
	corpus, dir := writeCorpus(t, files), t.TempDir()
	ix, _ := open(t, corpus, dir, Options{})
	want := snapshot(t, ix)
	ix.Close()
	var zap string
	filepath.WalkDir(filepath.Join(dir, mustState(t, dir).Bleve), func(p string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".zap") {
			zap = p
		}
		return nil
	})
	fi, err := os.Stat(zap)
	if err != nil || fi.Size() < 3*(sealHead+sealTail) {
		t.Fatalf("segment %s: %v, %d bytes: too small for the test", zap, err, fi.Size())
	}

	// An intact index passes the full check (bleve's index_meta.json is
	// not plain JSON: it has a binary footer).
	pristine := t.TempDir()
	copyTree(t, dir, pristine)
	ix, msgs := open(t, corpus, pristine, Options{Verify: true})
	if len(msgs.msgs) > 0 || ix.Stats().Extracted != 0 {
		t.Errorf("Verify on an intact index: notices %v, extracted %d", msgs.msgs, ix.Stats().Extracted)
	}
	ix.Close()

	if err := overwriteAt(func(s int64) int64 { return s / 2 })(zap, fi.Size()); err != nil {
		t.Fatal(err)
	}
	os.Chtimes(zap, fi.ModTime(), fi.ModTime())
	ix, msgs = open(t, corpus, dir, Options{Verify: true})
	if !msgs.has("damaged") {
		t.Errorf("Verify: no damage found: notices %v", msgs.msgs)
	}
	if got := snapshot(t, ix); got != want {
		t.Errorf("after the rebuild:\n%s\nwant\n%s", got, want)
	}
}
