package index

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/annals/annals/model"
)

// useFake swaps in the fake extractor for one test and counts extractions.
func useFake(t *testing.T) *atomic.Int64 {
	t.Helper()
	var n atomic.Int64
	oldX, oldH := newExtractor, extractHook
	newExtractor = func(Options) (extractor, error) { return fakeExtractor{}, nil }
	extractHook = func(*model.Article) { n.Add(1) }
	t.Cleanup(func() { newExtractor, extractHook = oldX, oldH })
	return &n
}

var fakeCorpus = map[string]string{
	"a.txt": "Drone attack on base\nKataib Hezbollah launched a drone at the United States base on 2024-01-28.\nThe weather was fine.\nIran said it had no part in it on 2024-01-29.\n",
	"b.txt": "Strikes in Iraq\nThe United States carried out a strike on Kataib Hezbollah on 2024-02-02.\nIran said it had no part in it on 2024-01-29.\n",
	"c.txt": "Gaza\nIsrael and Hamas said talks would resume in 2024-03.\nThree people were killed by a drone in 2023.\n",
}

func writeCorpus(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

type notices struct {
	mu   sync.Mutex
	msgs []string
}

func (n *notices) add(m string) { n.mu.Lock(); n.msgs = append(n.msgs, m); n.mu.Unlock() }
func (n *notices) has(sub string) bool {
	n.mu.Lock()
	defer n.mu.Unlock()
	for _, m := range n.msgs {
		if strings.Contains(m, sub) {
			return true
		}
	}
	return false
}

func open(t *testing.T, corpus, dir string, opts Options) (*Index, *notices) {
	t.Helper()
	n := &notices{}
	opts.Dir = dir
	opts.Notice = n.add
	ix, err := Open([]string{corpus}, opts)
	if err != nil {
		t.Fatalf("Open: %v (notices %v)", err, n.msgs)
	}
	t.Cleanup(func() { ix.Close() })
	return ix, n
}

func find(t *testing.T, ix *Index, q Query) *Result {
	t.Helper()
	res, err := ix.Search(context.Background(), q)
	if err != nil {
		t.Fatalf("Search(%+v): %v", q, err)
	}
	return res
}

func TestBuildThenReopenWithoutExtraction(t *testing.T) {
	n := useFake(t)
	corpus, dir := writeCorpus(t, fakeCorpus), t.TempDir()
	ix, _ := open(t, corpus, dir, Options{})
	st := ix.Stats()
	if n.Load() != 3 || st.Articles != 3 || st.Extracted != 3 {
		t.Fatalf("first build: extracted %d, stats %+v", n.Load(), st)
	}
	// "Iran said…" appears in two articles and merges into one event.
	if st.Events != 5 {
		t.Errorf("events = %d, want 5", st.Events)
	}
	res := find(t, ix, Query{Text: "drone"})
	if res.Total != 2 {
		t.Errorf("drone: %d hits, want 2", res.Total)
	}
	ix.Close()

	n.Store(0)
	start := time.Now()
	ix2, _ := open(t, corpus, dir, Options{})
	if n.Load() != 0 || ix2.Stats().Extracted != 0 || ix2.Stats().Took != 0 {
		t.Errorf("reopen extracted %d articles (stats %+v), want none", n.Load(), ix2.Stats())
	}
	t.Logf("reopen took %v", time.Since(start))
	if got := ix2.Stats(); got.Events != st.Events || got.Articles != st.Articles || got.Actors != st.Actors {
		t.Errorf("reopened stats %+v, built %+v", got, st)
	}
	a, err := ix2.Article(ix2.mustFirstArticle(t))
	if err != nil || a.Text == "" || len(a.Sentences) == 0 || a.Sentences[0].Text == "" {
		t.Fatalf("Article: %v %+v", err, a)
	}
	for _, s := range a.Sentences {
		if a.Text[s.CleanStart:s.CleanEnd] != s.Text && !strings.Contains(a.Text[s.CleanStart:s.CleanEnd], s.Text) {
			t.Errorf("sentence %q does not match its span %q", s.Text, a.Text[s.CleanStart:s.CleanEnd])
		}
	}
	evs, err := ix2.ArticleEvents(a.ID)
	if err != nil || len(evs) == 0 {
		t.Fatalf("ArticleEvents(%s) = %d events, %v", a.ID, len(evs), err)
	}
	for _, e := range evs {
		found := false
		for _, s := range e.Sources {
			found = found || s.Article == a.ID
		}
		if !found {
			t.Errorf("event %s does not cite %s", e.ID, a.ID)
		}
	}
}

// mustFirstArticle returns the id of the first article hit.
func (ix *Index) mustFirstArticle(t *testing.T) string {
	t.Helper()
	res := find(t, ix, Query{Kind: KindArticles, Size: 1})
	if len(res.Hits) == 0 || res.Hits[0].Article == nil {
		t.Fatal("no article hits")
	}
	return res.Hits[0].Article.ID
}

func TestIncrementalAddChangeRemove(t *testing.T) {
	n := useFake(t)
	corpus, dir := writeCorpus(t, fakeCorpus), t.TempDir()
	ix, _ := open(t, corpus, dir, Options{})
	ix.Close()

	step := func(name string, change func(), wantExtracted int64, check func(ix *Index)) {
		t.Helper()
		change()
		n.Store(0)
		ix, _ := open(t, corpus, dir, Options{})
		defer ix.Close()
		if n.Load() != wantExtracted {
			t.Errorf("%s: extracted %d articles, want %d", name, n.Load(), wantExtracted)
		}
		check(ix)
	}
	step("add", func() {
		os.WriteFile(filepath.Join(corpus, "d.txt"), []byte("New\nHamas said a drone hit Gaza on 2024-04-01.\n"), 0o644)
	}, 1, func(ix *Index) {
		if got := find(t, ix, Query{Text: "drone"}).Total; got != 3 {
			t.Errorf("add: drone hits %d, want 3", got)
		}
		if ix.Stats().Articles != 4 || ix.Stats().Added != 1 {
			t.Errorf("add: stats %+v", ix.Stats())
		}
	})
	step("touch", func() {
		later := time.Now().Add(time.Hour)
		os.Chtimes(filepath.Join(corpus, "a.txt"), later, later)
	}, 0, func(ix *Index) {})
	step("change", func() {
		os.WriteFile(filepath.Join(corpus, "c.txt"), []byte("Gaza\nIsrael and Hamas said talks would resume in 2024-03.\n"), 0o644)
	}, 1, func(ix *Index) {
		// c.txt's drone sentence is gone.
		if got := find(t, ix, Query{Text: "drone"}).Total; got != 2 {
			t.Errorf("change: drone hits %d, want 2", got)
		}
		if got := find(t, ix, Query{Text: "killed"}).Total; got != 0 {
			t.Errorf("change: the removed sentence still matches (%d)", got)
		}
	})
	step("remove", func() {
		os.Remove(filepath.Join(corpus, "b.txt"))
	}, 0, func(ix *Index) {
		if got := find(t, ix, Query{Text: "strike"}).Total; got != 0 {
			t.Errorf("remove: strike hits %d, want 0", got)
		}
		// The merged "Iran said" event survives, with one source left.
		res := find(t, ix, Query{Text: `"no part"`})
		if res.Total != 1 || len(res.Hits[0].Event.Sources) != 1 {
			t.Errorf("remove: merged event not recomputed: %+v", res.Hits)
		}
		if ix.Stats().Articles != 3 || ix.Stats().Removed != 1 {
			t.Errorf("remove: stats %+v", ix.Stats())
		}
	})
	// The incremental index answers as a fresh build would.
	fresh, _ := open(t, corpus, t.TempDir(), Options{})
	inc, _ := open(t, corpus, dir, Options{})
	for _, q := range []string{"", "drone", "said", "Hamas"} {
		a, b := find(t, fresh, Query{Text: q, Facets: true}), find(t, inc, Query{Text: q, Facets: true})
		if fmt.Sprint(a.Total, a.Actors, a.Types, a.Months) != fmt.Sprint(b.Total, b.Actors, b.Types, b.Months) {
			t.Errorf("%q: fresh %v %v %v, incremental %v %v %v", q, a.Total, a.Actors, a.Months, b.Total, b.Actors, b.Months)
		}
		if eventIDs(a) != eventIDs(b) {
			t.Errorf("%q: fresh order %s, incremental %s", q, eventIDs(a), eventIDs(b))
		}
	}
	// The fresh index reads pages in index order, the updated one by
	// sort key (its updated events sit in later segments).
	if !fresh.st.Ordered || inc.st.Ordered {
		t.Errorf("ordered: fresh %v, incremental %v", fresh.st.Ordered, inc.st.Ordered)
	}
}

func eventIDs(r *Result) string {
	var ids []string
	for _, h := range r.Hits {
		ids = append(ids, h.Event.ID)
	}
	return strings.Join(ids, " ")
}

func TestInterruptedBuildIsNotTakenAsWhole(t *testing.T) {
	n := useFake(t)
	corpus, dir := writeCorpus(t, fakeCorpus), t.TempDir()
	crash := func() {
		defer func() {
			if r := recover(); r == nil {
				t.Fatal("the simulated crash did not happen")
			}
		}()
		Open([]string{corpus}, Options{Dir: dir, Rebuild: true, Progress: func(p Progress) {
			if p.Stage == "compact" {
				panic("crash in the middle of indexing")
			}
		}})
	}
	crash() // no index before
	if _, err := os.Stat(filepath.Join(dir, stateName)); err == nil {
		t.Fatal("an interrupted first build left a state file")
	}
	ix, _ := open(t, corpus, dir, Options{})
	if ix.Stats().Events != 5 || find(t, ix, Query{}).Total != 5 {
		t.Fatalf("after an interrupted build: %+v", ix.Stats())
	}
	ix.Close()
	crash() // a rebuild interrupted: the previous index stays
	n.Store(0)
	ix, _ = open(t, corpus, dir, Options{})
	if n.Load() != 0 || find(t, ix, Query{}).Total != 5 {
		t.Errorf("the complete index was not kept: extracted %d", n.Load())
	}

	// An update cut short (dirty state) is rebuilt with a message.
	ix.Close()
	st, err := readState(dir)
	if err != nil {
		t.Fatal(err)
	}
	st.Dirty = true
	writeState(dir, st)
	n.Store(0)
	ix, msgs := open(t, corpus, dir, Options{})
	if n.Load() != 3 || !msgs.has("interrupted") || find(t, ix, Query{}).Total != 5 {
		t.Errorf("dirty state: extracted %d, notices %v", n.Load(), msgs.msgs)
	}
}

func TestCorruptIndexIsRebuilt(t *testing.T) {
	useFake(t)
	corpus := writeCorpus(t, fakeCorpus)
	cases := map[string]func(dir string, st *state){
		"segments": func(dir string, st *state) {
			filepath.WalkDir(filepath.Join(dir, st.Bleve), func(p string, d os.DirEntry, err error) error {
				if err == nil && !d.IsDir() && (strings.HasSuffix(p, ".zap") || strings.HasSuffix(p, ".bolt")) {
					os.WriteFile(p, []byte("garbage"), 0o644)
				}
				return nil
			})
		},
		"state":   func(dir string, _ *state) { os.WriteFile(filepath.Join(dir, stateName), []byte("{not json"), 0o644) },
		"version": func(dir string, st *state) { st.Version = FormatVersion - 1; writeState(dir, st) },
		"missing": func(dir string, st *state) { os.RemoveAll(filepath.Join(dir, st.Bleve)) },
		"side":    func(dir string, st *state) { os.Remove(filepath.Join(dir, st.Bleve, sideName)) },
	}
	want := map[string]string{"segments": "damaged", "state": "unreadable", "version": "format", "missing": "missing", "side": "missing"}
	for name, damage := range cases {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			ix, _ := open(t, corpus, dir, Options{})
			ix.Close()
			st, _ := readState(dir)
			damage(dir, st)
			// bleve's own log lines must not reach the user's terminal:
			// the notice alone tells what happened, with its cause.
			var logged bytes.Buffer
			defer log.SetOutput(log.Writer())
			log.SetOutput(&logged)
			ix, msgs := open(t, corpus, dir, Options{})
			if !msgs.has(want[name]) {
				t.Errorf("no %q notice: %v", want[name], msgs.msgs)
			}
			if msgs.has("<nil>") || logged.Len() > 0 {
				t.Errorf("notices %v and bleve's log %q: want the cause in the notice, nothing logged", msgs.msgs, logged.String())
			}
			if got := find(t, ix, Query{Text: "drone"}).Total; got != 2 {
				t.Errorf("after rebuild: drone hits %d, want 2", got)
			}
		})
	}
}

func TestRebuildOption(t *testing.T) {
	n := useFake(t)
	corpus, dir := writeCorpus(t, fakeCorpus), t.TempDir()
	ix, _ := open(t, corpus, dir, Options{})
	ix.Close()
	n.Store(0)
	ix, _ = open(t, corpus, dir, Options{Rebuild: true})
	if n.Load() != 3 || ix.Stats().Extracted != 3 {
		t.Errorf("Rebuild extracted %d, want 3", n.Load())
	}
	entries, _ := os.ReadDir(dir)
	bleves := 0
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "bleve-") {
			bleves++
		}
	}
	if bleves != 1 {
		t.Errorf("%d bleve directories after a rebuild, want 1", bleves)
	}
}

func TestBadQuery(t *testing.T) {
	useFake(t)
	ix, _ := open(t, writeCorpus(t, fakeCorpus), t.TempDir(), Options{})
	for q, pos := range map[string]int{`"drone`: 0, `drone +`: 6, `drone "strike`: 6, `drone^x`: 6, `text:`: 4,
		// Parsed, but refused by the searcher: still the query's fault.
		`drone~9`: 0, `strike /re[/`: 7, `drone text:strike~3`: 11,
		// Boolean syntax bleve does not have would be taken silently.
		`drone AND (`: 6, `(drone`: 0, `drone strike)`: 12, `drone OR strike`: 6, `NOT drone`: 0} {
		_, err := ix.Search(context.Background(), Query{Text: q})
		var qe *QueryError
		if !errors.As(err, &qe) {
			t.Errorf("%q: err %v, want a QueryError", q, err)
			continue
		}
		if qe.Pos != pos {
			t.Errorf("%q: position %d, want %d (%v)", q, qe.Pos, pos, qe)
		}
		if !strings.Contains(qe.Error(), "column") {
			t.Errorf("%q: message without a column: %v", q, qe)
		}
	}
	for _, good := range []string{`"drone (and"`, `drone \(`, `and or not`, `ANDROID`} {
		if _, err := ix.Search(context.Background(), Query{Text: good}); err != nil {
			t.Errorf("%q: %v", good, err)
		}
	}
	for _, bad := range []Query{{From: "2024-13"}, {To: "yesterday"}, {Kind: "nope"}} {
		if _, err := ix.Search(context.Background(), bad); err == nil {
			t.Errorf("%+v: no error", bad)
		}
	}
}

func TestCorpusWithoutArticles(t *testing.T) {
	useFake(t)
	corpus := writeCorpus(t, map[string]string{"empty.txt": ""})
	ix, _ := open(t, corpus, t.TempDir(), Options{})
	if res := find(t, ix, Query{Text: "drone", Facets: true}); res.Total != 0 {
		t.Errorf("%d hits in an empty corpus", res.Total)
	}
	if _, err := Open([]string{filepath.Join(corpus, "nope")}, Options{Dir: t.TempDir()}); err == nil || !strings.Contains(err.Error(), "nope") {
		t.Errorf("a missing path: %v", err)
	}
}

// The same corpus typed as "./x", "x/" or "/abs/x" is one index: nothing
// is extracted again, and files are recorded by absolute path.
func TestPathSpellingsShareTheIndex(t *testing.T) {
	n := useFake(t)
	corpus, dir := writeCorpus(t, fakeCorpus), t.TempDir()
	t.Chdir(filepath.Dir(corpus))
	rel := "." + string(filepath.Separator) + filepath.Base(corpus)
	ix, _ := open(t, rel, dir, Options{})
	if n.Load() != 3 {
		t.Fatalf("first build extracted %d, want 3", n.Load())
	}
	ix.Close()
	st, err := readState(dir)
	if err != nil {
		t.Fatal(err)
	}
	for p := range st.Files {
		if !filepath.IsAbs(p) || filepath.Clean(p) != p {
			t.Errorf("file recorded as %q, want a clean absolute path", p)
		}
	}
	for _, spelling := range []string{corpus, corpus + string(filepath.Separator), filepath.Base(corpus)} {
		n.Store(0)
		ix, _ := open(t, spelling, dir, Options{})
		if n.Load() != 0 || ix.Stats().Took != 0 {
			t.Errorf("%q: extracted %d articles again (stats %+v)", spelling, n.Load(), ix.Stats())
		}
		res := find(t, ix, Query{Text: "drone"})
		if res.Total != 2 {
			t.Errorf("%q: drone: %d hits, want 2", spelling, res.Total)
		}
		for _, h := range res.Hits {
			for _, s := range h.Event.Sources {
				if !filepath.IsAbs(s.File) {
					t.Errorf("%q: source file %q is not absolute", spelling, s.File)
				}
			}
		}
		ix.Close()
	}
}
