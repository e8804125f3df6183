// Command merge-bench measures events.Merge at scale: it replicates
// news-1997.jsonl in memory the way scripts/bench.sh does (copy k gets
// ids suffixed "-k" and publication dates shifted 28·k days), extracts
// every copy for real, then times one Merge and samples the live heap
// while it runs.
//
//	go run ./scripts/merge-bench -n 20000
//	go run ./scripts/merge-bench -n 100000 -cpuprofile /tmp/merge.prof
//
// It prints the merge's wall time, the bytes and objects it allocated, and
// the heap before it and the largest heap sampled during it (live objects
// and garbage not yet collected, what RSS follows). For the live heap
// alone, ANNALS_MERGE_HEAP=file makes Merge print it (and write a heap
// profile) once every event is placed, its peak; GOMEMLIMIT=1400MiB
// shows the cost of a memory limit like the index build's.
package main

import (
	"bufio"
	"encoding/gob"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"runtime/pprof"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/annals/annals/corpus"
	"github.com/annals/annals/corpus/events"
	"github.com/annals/annals/model"
)

func main() {
	n := flag.Int("n", 20000, "articles (news-1997 replicated)")
	src := flag.String("src", filepath.Join("..", "shared", "corpus", "news-1997.jsonl"), "source corpus")
	cpuprof := flag.String("cpuprofile", "", "write a CPU profile of the merge")
	memprof := flag.String("memprofile", "", "write an allocation profile of the merge")
	heapprof := flag.String("heapprofile", "", "write a profile of the live heap near the merge's peak")
	cache := flag.String("cache", "", "gob file of the extractions: read if it exists, else written (extraction is most of a run, and the same for every merge compared)")
	flag.Parse()

	if *memprof != "" || *heapprof != "" {
		runtime.MemProfileRate = 64 << 10
	}
	base, warns := corpus.Load([]string{*src}, corpus.Options{})
	if len(base) == 0 {
		fmt.Fprintf(os.Stderr, "merge-bench: no articles in %s (%d warnings)\n", *src, len(warns))
		os.Exit(1)
	}
	arts := replicate(base, *n)
	x, err := events.NewExtractor(events.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, "merge-bench:", err)
		os.Exit(1)
	}
	t0 := time.Now()
	ex := extract(x, arts, *cache)
	nev := 0
	for _, e := range ex {
		nev += len(e.Events)
	}
	fmt.Printf("articles %d, extracted events %d in %.1f s\n", len(arts), nev, time.Since(t0).Seconds())

	runtime.GC()
	before := heapLive()
	var ms0 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	var peak atomic.Uint64
	peak.Store(before)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // sample the live heap; a GC cycle's peak is what RSS follows
		defer wg.Done()
		written := before
		tk := time.NewTicker(10 * time.Millisecond)
		defer tk.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tk.C:
				if h := heapLive(); h > peak.Load() {
					if *heapprof != "" && h > written+32<<20 {
						writeHeap(*heapprof)
						written = h
					}
					peak.Store(h)
				}
			}
		}
	}()
	if *cpuprof != "" {
		f, err := os.Create(*cpuprof)
		if err == nil {
			pprof.StartCPUProfile(f)
			defer f.Close()
		}
	}
	t1, c1 := time.Now(), cpuTime()
	tl := x.Merge(arts, ex)
	took, cpu := time.Since(t1), cpuTime()-c1
	if *cpuprof != "" {
		pprof.StopCPUProfile()
	}
	close(stop)
	wg.Wait()
	var ms1 runtime.MemStats
	runtime.ReadMemStats(&ms1)
	if *memprof != "" {
		if f, err := os.Create(*memprof); err == nil {
			pprof.Lookup("allocs").WriteTo(f, 0)
			f.Close()
		}
	}
	sources := 0
	for _, e := range tl.Events {
		sources += len(e.Sources)
	}
	flagged := 0
	for _, w := range tl.Warnings {
		if strings.Contains(w, "publication date") {
			flagged++
		}
	}
	fmt.Printf("date check: %d articles flagged\n", flagged)
	runtime.KeepAlive(ex)
	fmt.Printf("merge: %.2f s wall, %.2f s CPU, %d events (%d sources), allocated %d MB in %d objects\n",
		took.Seconds(), cpu.Seconds(), len(tl.Events), sources, (ms1.TotalAlloc-ms0.TotalAlloc)>>20, ms1.Mallocs-ms0.Mallocs)
	fmt.Printf("heap: %d MB live before merge, peak %d MB (+%d MB), max RSS so far %d MB\n",
		before>>20, peak.Load()>>20, (peak.Load()-before)>>20, maxRSS()>>20)
}

// replicate copies the articles to n, as scripts/bench.sh's generator
// does: copy k's ids get "-k" and its publication dates move 28·k days
// (four whole weeks, so weekdays keep their dates' weekday).
func replicate(base []*model.Article, n int) []*model.Article {
	out := make([]*model.Article, 0, n)
	for k := 0; len(out) < n; k++ {
		for _, a := range base {
			if len(out) == n {
				break
			}
			if k == 0 {
				out = append(out, a)
				continue
			}
			c := *a
			c.ID = fmt.Sprintf("%s-%d", a.ID, k)
			if t, err := time.Parse("2006-01-02", a.Published); err == nil {
				c.Published = t.AddDate(0, 0, 28*k).Format("2006-01-02")
			}
			out = append(out, &c)
		}
	}
	return out
}

// extract extracts every article, or reads the extractions from cache
// when it holds as many as there are articles (written there otherwise).
func extract(x *events.Extractor, arts []*model.Article, cache string) []events.Extraction {
	if cache != "" {
		if f, err := os.Open(cache); err == nil {
			var ex []events.Extraction
			err := gob.NewDecoder(bufio.NewReader(f)).Decode(&ex)
			f.Close()
			if err == nil && len(ex) == len(arts) {
				debug.FreeOSMemory()
				return ex
			}
			fmt.Fprintf(os.Stderr, "merge-bench: cache %s unusable (%v, %d extractions); extracting\n", cache, err, len(ex))
		}
	}
	ex := x.All(arts)
	if cache != "" {
		if f, err := os.Create(cache); err == nil {
			w := bufio.NewWriter(f)
			if err := gob.NewEncoder(w).Encode(ex); err != nil {
				fmt.Fprintln(os.Stderr, "merge-bench: writing cache:", err)
			}
			w.Flush()
			f.Close()
		}
	}
	debug.FreeOSMemory()
	return ex
}

func heapLive() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// writeHeap writes the live heap as of the last collection to path.
func writeHeap(path string) {
	f, err := os.Create(path)
	if err != nil {
		return
	}
	defer f.Close()
	pprof.Lookup("heap").WriteTo(f, 0)
}
