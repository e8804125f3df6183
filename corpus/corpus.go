// Package corpus reads folders of news articles (.txt, .md, .html, .jsonl
// and the embedded sample corpus), cleans them, recovers their metadata
// and splits them into sentences whose byte offsets point back into the
// original files.
package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"github.com/annals/annals/corpus/timex"
	"github.com/annals/annals/model"
)

// Options tunes loading.
type Options struct {
	// Workers is the number of files parsed at once; 0 means GOMAXPROCS.
	Workers int
}

// Warning is a problem with one input, reported without stopping the load.
type Warning struct {
	File string
	Line int // 1-based line, 0 when the problem is with the whole file
	Msg  string
}

// Error formats the warning as path:line: msg (path: msg without a line).
func (w Warning) Error() string {
	if w.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", w.File, w.Line, w.Msg)
	}
	return fmt.Sprintf("%s: %s", w.File, w.Msg)
}

// File is one article file found by Scan, not yet parsed.
type File struct {
	Path     string // as given, or "seed/<name>" for the embedded corpus
	Size     int64
	ModTime  int64 // unix nanoseconds
	Embedded bool
}

// Load lists the article files under paths and loads them.
func Load(paths []string, opts Options) ([]*model.Article, []Warning) {
	files, warns := Scan(paths)
	arts, w2 := LoadFiles(files, opts)
	return arts, append(warns, w2...)
}

// LoadFiles parses, cleans and splits files in parallel. Articles come back
// sorted by path, then by their order inside the file (JSONL).
func LoadFiles(files []File, opts Options) ([]*model.Article, []Warning) {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type result struct {
		arts  []*model.Article
		warns []Warning
	}
	results := make([]result, len(files))
	manifests := newManifestCache()
	jobs := make(chan int)
	done := make(chan struct{})
	for w := 0; w < workers; w++ {
		go func() {
			for i := range jobs {
				a, ws := loadFile(files[i], manifests)
				results[i] = result{a, ws}
			}
			done <- struct{}{}
		}()
	}
	for i := range files {
		jobs <- i
	}
	close(jobs)
	for w := 0; w < workers; w++ {
		<-done
	}
	order := make([]int, len(files))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return files[order[a]].Path < files[order[b]].Path })
	var arts []*model.Article
	var warns []Warning
	for _, i := range order {
		arts = append(arts, results[i].arts...)
		warns = append(warns, results[i].warns...)
	}
	timex.InferPublished(arts)
	return arts, warns
}

// Key is a short stable name for a corpus, used as the index cache
// directory: "seed" for the embedded corpus, else a hash of the absolute
// paths in sorted order.
func Key(paths []string) string {
	if len(paths) == 0 {
		return "seed"
	}
	abs := make([]string, 0, len(paths))
	for _, p := range paths {
		if p == "-" {
			abs = append(abs, "-")
			continue
		}
		if a, err := filepath.Abs(p); err == nil {
			p = a
		}
		abs = append(abs, filepath.Clean(p))
	}
	sort.Strings(abs)
	sum := sha256.Sum256([]byte(strings.Join(abs, "\x00")))
	return hex.EncodeToString(sum[:])[:16]
}

// articleID is short enough to type and stable across runs: the first 10
// hex digits of a hash of the path and content.
func articleID(path string, content []byte) string {
	h := sha256.New()
	h.Write([]byte(path))
	h.Write([]byte{0})
	h.Write(content)
	return hex.EncodeToString(h.Sum(nil))[:10]
}
