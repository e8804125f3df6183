package index

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
)

// The benchmark corpus replicates news-1997.jsonl (2,452 articles) as many
// times as needed, shifting each copy's dates by four weeks (so weekdays
// stay right) and suffixing its ids, one JSONL file per copy.

const newsFile = "../../shared/corpus/news-1997.jsonl"

func newsLines(tb testing.TB) []map[string]any {
	tb.Helper()
	f, err := os.Open(newsFile)
	if err != nil {
		tb.Skipf("benchmark corpus: %v", err)
	}
	defer f.Close()
	var out []map[string]any
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			tb.Fatalf("%s: %v", newsFile, err)
		}
		out = append(out, m)
	}
	return out
}

// generateCorpus writes n articles under dir, deterministically.
func generateCorpus(tb testing.TB, dir string, n int) {
	tb.Helper()
	src := newsLines(tb)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		tb.Fatal(err)
	}
	for copyNo := 0; n > 0; copyNo++ {
		f, err := os.Create(filepath.Join(dir, fmt.Sprintf("news-%03d.jsonl", copyNo)))
		if err != nil {
			tb.Fatal(err)
		}
		w := bufio.NewWriter(f)
		for _, m := range src {
			if n == 0 {
				break
			}
			n--
			c := make(map[string]any, len(m))
			for k, v := range m {
				c[k] = v
			}
			if copyNo > 0 {
				c["id"] = fmt.Sprintf("%v-%d", m["id"], copyNo)
				if p, ok := m["published"].(string); ok {
					if t, err := time.Parse("2006-01-02", p); err == nil {
						c["published"] = t.AddDate(0, 0, 28*copyNo).Format("2006-01-02")
					}
				}
			}
			b, _ := json.Marshal(c)
			w.Write(b)
			w.WriteByte('\n')
		}
		w.Flush()
		f.Close()
	}
}

// The Test* functions below are steps of scripts/bench.sh, which runs
// each in its own process under /usr/bin/time; they skip otherwise.

func benchEnv(t *testing.T) (corpus, work string) {
	work = os.Getenv("ANNALS_BENCH_DIR")
	if work == "" {
		t.Skip("set ANNALS_BENCH_DIR (scripts/bench.sh does)")
	}
	return filepath.Join(work, "corpus"), work
}

func report(t *testing.T, work, key string, v any) {
	f, err := os.OpenFile(filepath.Join(work, "results.txt"), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fmt.Fprintf(f, "%s=%v\n", key, v)
}

func TestBenchGenerate(t *testing.T) {
	corpus, _ := benchEnv(t)
	n, _ := strconv.Atoi(os.Getenv("ANNALS_BENCH_N"))
	if n <= 0 {
		n = 100000
	}
	generateCorpus(t, corpus, n)
}

func TestBenchAnnalsBuild(t *testing.T) {
	corpus, work := benchEnv(t)
	stages := map[string]time.Time{}
	var order []string
	start := time.Now()
	heap := os.Getenv("ANNALS_BENCH_HEAP") // a file prefix: heap profiles after merging and before compacting
	ix, err := Open([]string{corpus}, Options{Dir: filepath.Join(work, "annals-index"), Rebuild: true, Progress: func(p Progress) {
		if heap != "" && (p.Stage == "merge" || p.Stage == "compact" && p.Done == 0) {
			writeHeap(t, fmt.Sprintf("%s-%s%d.prof", heap, p.Stage, p.Done))
		}
		if _, ok := stages[p.Stage]; !ok {
			stages[p.Stage] = time.Now()
			order = append(order, p.Stage)
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	took := time.Since(start)
	st := ix.Stats()
	ix.Close()
	report(t, work, "annals_build_s", took.Seconds())
	report(t, work, "annals_articles", st.Articles)
	report(t, work, "annals_events", st.Events)
	report(t, work, "annals_actors", st.Actors)
	report(t, work, "annals_size", st.SizeBytes)
	for i, s := range order {
		end := start.Add(took)
		if i+1 < len(order) {
			end = stages[order[i+1]]
		}
		report(t, work, "annals_stage_"+s+"_s", end.Sub(stages[s]).Seconds())
	}
}

// writeHeap writes a heap profile of the live objects to path.
func writeHeap(t *testing.T, path string) {
	runtime.GC()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := pprof.WriteHeapProfile(f); err != nil {
		t.Fatal(err)
	}
}

func TestBenchAnnalsQuery(t *testing.T) {
	corpus, work := benchEnv(t)
	start := time.Now()
	ix, err := Open([]string{corpus}, Options{Dir: filepath.Join(work, "annals-index")})
	if err != nil {
		t.Fatal(err)
	}
	reopen := time.Since(start)
	defer ix.Close()
	if ix.Stats().Extracted != 0 {
		t.Fatalf("reopen extracted %d articles", ix.Stats().Extracted)
	}
	report(t, work, "annals_reopen_ms", float64(reopen.Microseconds())/1000)
	// The index's side of the TUI's first frame: the open and the first
	// screen's search (the whole timeline, a page, with its counts).
	s := time.Now()
	if _, err := ix.Search(context.Background(), Query{Size: 100, Facets: true}); err != nil {
		t.Fatal(err)
	}
	report(t, work, "annals_first_screen_ms", float64((reopen+time.Since(s)).Microseconds())/1000)
	actor := "United States"
	if as := ix.Actors(); len(as) > 0 {
		actor = as[0].Name
	}
	report(t, work, "annals_actor", strconv.Quote(actor))
	for name, q := range annalsQueries(actor) {
		p50, p95, total := latency(func() uint64 {
			res, err := ix.Search(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			return res.Total
		})
		report(t, work, "annals_q_"+name+"_p50_ms", p50)
		report(t, work, "annals_q_"+name+"_p95_ms", p95)
		report(t, work, "annals_q_"+name+"_hits", total)
	}
}

const (
	benchTerm   = "bank"
	benchPhrase = "central bank"
)

// latency runs f after a warm-up and returns p50 and p95 in ms.
func latency(f func() uint64) (p50, p95 float64, total uint64) {
	for i := 0; i < 5; i++ {
		total = f()
	}
	const runs = 200
	ds := make([]float64, runs)
	for i := range ds {
		s := time.Now()
		f()
		ds[i] = float64(time.Since(s).Microseconds()) / 1000
	}
	sort.Float64s(ds)
	return ds[runs/2], ds[runs*95/100], total
}

// bareDoc is what bare bleve indexes: the same articles, no extraction.
type bareDoc struct {
	Title  string    `json:"title"`
	Text   string    `json:"text"`
	Date   time.Time `json:"date"`
	Source string    `json:"source"`
}

func bareMapping() *mapping.IndexMappingImpl {
	m := bleve.NewIndexMapping()
	doc := bleve.NewDocumentStaticMapping()
	txt := bleve.NewTextFieldMapping()
	txt.Analyzer = en.AnalyzerName
	doc.AddFieldMappingsAt("title", txt)
	doc.AddFieldMappingsAt("text", txt)
	doc.AddFieldMappingsAt("date", bleve.NewDateTimeFieldMapping())
	doc.AddFieldMappingsAt("source", bleve.NewKeywordFieldMapping())
	m.DefaultMapping = doc
	return m
}

func TestBenchBareBuild(t *testing.T) {
	corpus, work := benchEnv(t)
	start := time.Now()
	p := filepath.Join(work, "bare-index")
	os.RemoveAll(p)
	bix, err := bleve.New(p, bareMapping())
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(corpus, "*.jsonl"))
	sort.Strings(files)
	b := bix.NewBatch()
	n := 0
	for _, fn := range files {
		f, err := os.Open(fn)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			var m struct{ ID, Title, Text, Published string }
			json.Unmarshal(sc.Bytes(), &m)
			d, _ := time.Parse("2006-01-02", m.Published)
			src, _, _ := strings.Cut(m.ID, "_")
			b.Index(m.ID, bareDoc{m.Title, m.Text, d, src})
			n++
			if b.Size() >= 1000 {
				if err := bix.Batch(b); err != nil {
					t.Fatal(err)
				}
				b.Reset()
			}
		}
		f.Close()
	}
	if err := bix.Batch(b); err != nil {
		t.Fatal(err)
	}
	bix.Close()
	report(t, work, "bare_build_s", time.Since(start).Seconds())
	report(t, work, "bare_articles", n)
	report(t, work, "bare_size", dirSize(p))
}

func TestBenchBareQuery(t *testing.T) {
	_, work := benchEnv(t)
	start := time.Now()
	bix, err := bleve.Open(filepath.Join(work, "bare-index"))
	if err != nil {
		t.Fatal(err)
	}
	report(t, work, "bare_reopen_ms", float64(time.Since(start).Microseconds())/1000)
	defer bix.Close()
	for name, mk := range bareRequests() {
		p50, p95, total := latency(func() uint64 {
			res, err := bix.Search(mk())
			if err != nil {
				t.Fatal(err)
			}
			return res.Total
		})
		report(t, work, "bare_q_"+name+"_p50_ms", p50)
		report(t, work, "bare_q_"+name+"_p95_ms", p95)
		report(t, work, "bare_q_"+name+"_hits", total)
	}
}

// bareRequests are the bare-bleve counterparts of the annals queries.
func bareRequests() map[string]func() *bleve.SearchRequest {
	match := func() query.Query { q := query.NewMatchQuery(benchTerm); q.SetField("text"); return q }
	phrase := query.NewMatchPhraseQuery(benchPhrase)
	phrase.SetField("text")
	src := query.NewTermQuery("AFP")
	src.SetField("source")
	return map[string]func() *bleve.SearchRequest{
		"term":   func() *bleve.SearchRequest { return bleve.NewSearchRequestOptions(match(), 20, 0, false) },
		"phrase": func() *bleve.SearchRequest { return bleve.NewSearchRequestOptions(phrase, 20, 0, false) },
		"actor":  func() *bleve.SearchRequest { return bleve.NewSearchRequestOptions(src, 20, 0, false) },
		"facet": func() *bleve.SearchRequest {
			r := bleve.NewSearchRequestOptions(match(), 20, 0, false)
			r.AddFacet("source", bleve.NewFacetRequest("source", 10))
			return r
		},
	}
}

// annalsQueries are the measured annals queries; actor is the corpus's
// most mentioned actor.
func annalsQueries(actor string) map[string]Query {
	return map[string]Query{
		"term":   {Text: benchTerm, Size: 20},
		"phrase": {Text: `"` + benchPhrase + `"`, Size: 20},
		"actor":  {Actors: []string{actor}, Size: 20},
		"facet":  {Text: benchTerm, Size: 20, Facets: true},
	}
}

// TestBenchQueries measures annals and bare bleve queries in one process,
// alternating one run of each: on a shared machine, load that comes and
// goes then weighs on both alike, which separate runs minutes apart do
// not. Its latencies replace those of the separate query steps (which
// still give each side's reopen time and memory).
func TestBenchQueries(t *testing.T) {
	corpus, work := benchEnv(t)
	ix, err := Open([]string{corpus}, Options{Dir: filepath.Join(work, "annals-index")})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	bix, err := bleve.Open(filepath.Join(work, "bare-index"))
	if err != nil {
		t.Fatal(err)
	}
	defer bix.Close()
	actor := "United States"
	if as := ix.Actors(); len(as) > 0 {
		actor = as[0].Name
	}
	bare := bareRequests()
	for name, q := range annalsQueries(actor) {
		mk := bare[name]
		a := func() {
			if _, err := ix.Search(context.Background(), q); err != nil {
				t.Fatal(err)
			}
		}
		b := func() {
			if _, err := bix.Search(mk()); err != nil {
				t.Fatal(err)
			}
		}
		for i := 0; i < 5; i++ {
			a()
			b()
		}
		const runs = 400
		da, db := make([]float64, runs), make([]float64, runs)
		for i := 0; i < runs; i++ {
			s := time.Now()
			a()
			da[i] = float64(time.Since(s).Microseconds()) / 1000
			s = time.Now()
			b()
			db[i] = float64(time.Since(s).Microseconds()) / 1000
		}
		sort.Float64s(da)
		sort.Float64s(db)
		report(t, work, "annals_q_"+name+"_p50_ms", da[runs/2])
		report(t, work, "annals_q_"+name+"_p95_ms", da[runs*95/100])
		report(t, work, "bare_q_"+name+"_p50_ms", db[runs/2])
		report(t, work, "bare_q_"+name+"_p95_ms", db[runs*95/100])
	}
}

// BenchmarkSearch measures the query kinds on news-1997 itself (2,452
// articles); scripts/bench.sh does the 100k-article run.
func BenchmarkSearch(b *testing.B) {
	dir := b.TempDir()
	generateCorpus(b, filepath.Join(dir, "corpus"), 2452)
	ix, err := Open([]string{filepath.Join(dir, "corpus")}, Options{Dir: filepath.Join(dir, "index")})
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	actor := "United States"
	if as := ix.Actors(); len(as) > 0 {
		actor = as[0].Name
	}
	for name, q := range map[string]Query{
		"term":   {Text: benchTerm, Size: 20},
		"phrase": {Text: `"` + benchPhrase + `"`, Size: 20},
		"actor":  {Actors: []string{actor}, Size: 20},
		"facet":  {Text: benchTerm, Size: 20, Facets: true},
	} {
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := ix.Search(context.Background(), q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkReopen measures opening an unchanged index.
func BenchmarkReopen(b *testing.B) {
	dir := b.TempDir()
	generateCorpus(b, filepath.Join(dir, "corpus"), 2452)
	opts := Options{Dir: filepath.Join(dir, "index")}
	ix, err := Open([]string{filepath.Join(dir, "corpus")}, opts)
	if err != nil {
		b.Fatal(err)
	}
	ix.Close()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ix, err := Open([]string{filepath.Join(dir, "corpus")}, opts)
		if err != nil {
			b.Fatal(err)
		}
		ix.Close()
	}
}
