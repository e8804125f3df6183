// Package corpus reads folders of news articles (.txt, .md, .html, .jsonl
// and the embedded sample corpus), cleans them, recovers their metadata
// and splits them into sentences whose byte offsets point back into the
// original files.
//
// Offsets. Article.Raw is what sentence Start/End index:
//   - .txt and .md: the file's bytes, front matter included;
//   - .html: the page source, so a sentence's span may hold tags and
//     entities ("The <a>US</a> strikes", "&rsquo;");
//   - .jsonl: the decoded "text" field of the article's line, not the
//     escaped line itself (the line number is in the warnings);
//   - a file in UTF-16 (with its byte order mark): its UTF-8 decoding.
//
// Article.Text is the cleaned text: kept blocks (title, byline, dateline,
// captions, headings, body) as paragraphs separated by a blank line, and
// Article.Map takes any offset of it back to Raw.
//
// Publication dates come, most trusted first, from a manifest.json next
// to the files, YAML front matter, HTML metadata or the JSONL field, then
// from a full date in the dateline. A date printed above the text is only
// a DateCandidate (source "header"); timex.InferPublished may confirm it
// or infer a date from the text. Unknown stays unknown.
package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/annals/annals/corpus/timex"
	"github.com/annals/annals/model"
)

// Options tunes loading.
type Options struct {
	// Workers is the number of files read and articles cleaned at once;
	// 0 means GOMAXPROCS.
	Workers int
	// MaxFileBytes caps how much of a text file is read (default 2 MB;
	// HTML files get eight times as much); a longer file is cut there
	// with a warning, so a stray dump cannot stall a load.
	MaxFileBytes int
	// MaxLineBytes caps one JSONL record (default 16 MB); a longer line is
	// skipped with a warning naming its line number.
	MaxLineBytes int
}

// Warning is a problem with one input, reported without stopping the load.
type Warning struct {
	File string
	Line int // 1-based line, 0 when the problem is with the whole file
	Msg  string
}

// Error formats the warning as path:line: msg (path: msg without a
// line), on one line that is safe to print: a file name holds any byte
// but "/" and NUL, and a newline or an escape sequence in it must neither
// fake a second warning nor drive the terminal (model.SafeLine). File
// keeps the raw name.
func (w Warning) Error() string {
	if w.Line > 0 {
		return model.SafeLine(fmt.Sprintf("%s:%d: %s", w.File, w.Line, w.Msg))
	}
	return model.SafeLine(fmt.Sprintf("%s: %s", w.File, w.Msg))
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
// sorted by path, then by their order inside the file (JSONL). Articles
// whose metadata gives no date get one inferred from their text where the
// text supports it (timex.InferPublished).
func LoadFiles(files []File, opts Options) ([]*model.Article, []Warning) {
	arts, warns := loadAll(files, opts)
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
