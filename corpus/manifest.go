package corpus

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"

	"github.com/annals/annals/corpus/clean"
	"github.com/annals/annals/corpus/seed"
	"github.com/annals/annals/model"
)

// manifestFile is the sidecar format: metadata for the files of its folder.
//
//	{"articles": [{"file": "a.txt", "title": "...", "outlet": "...",
//	  "published": "2024-08-19", "confidence": "medium", "url": "..."}]}
type manifestFile struct {
	Articles []manifestEntry `json:"articles"`
}

type manifestEntry struct {
	File       string `json:"file"`
	Title      string `json:"title"`
	Outlet     string `json:"outlet"`
	Source     string `json:"source"`
	URL        string `json:"url"`
	Author     string `json:"author"`
	Published  string `json:"published"`
	Date       string `json:"date"`
	Confidence string `json:"confidence"`
}

// manifestCache reads each folder's manifest.json once, however many
// workers ask for it, and reports a broken manifest once.
type manifestCache struct {
	mu sync.Mutex
	m  map[string]*manifestDir
}

type manifestDir struct {
	once    sync.Once
	entries map[string]meta
	warn    *Warning
	warned  bool
}

func newManifestCache() *manifestCache { return &manifestCache{m: map[string]*manifestDir{}} }

// lookup returns the manifest metadata for f, and a warning the first
// time a broken manifest is met.
func (c *manifestCache) lookup(f File) (meta, *Warning) {
	if f.Path == "-" {
		return meta{}, nil
	}
	dir, name := filepath.Dir(f.Path), filepath.Base(f.Path)
	if f.Embedded {
		dir, name = "seed", path.Base(f.Path)
	}
	c.mu.Lock()
	d := c.m[dir]
	if d == nil {
		d = &manifestDir{}
		c.m[dir] = d
	}
	c.mu.Unlock()
	d.once.Do(func() { d.entries, d.warn = readManifest(dir, f.Embedded) })
	c.mu.Lock()
	defer c.mu.Unlock()
	if d.warn != nil && !d.warned {
		d.warned = true
		return d.entries[name], d.warn
	}
	return d.entries[name], nil
}

func readManifest(dir string, embedded bool) (map[string]meta, *Warning) {
	var b []byte
	var err error
	p := filepath.Join(dir, manifestName)
	if embedded {
		p = "seed/" + manifestName
		b, err = seed.FS.ReadFile(manifestName)
	} else {
		b, err = os.ReadFile(p)
	}
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, &Warning{File: p, Msg: describeErr(err) + "; its metadata is not used"}
	}
	var mf manifestFile
	if err := json.Unmarshal(b, &mf); err != nil {
		return nil, &Warning{File: p, Line: jsonErrLine(b, err), Msg: "not a valid manifest (" + err.Error() + "); its metadata is not used"}
	}
	out := make(map[string]meta, len(mf.Articles))
	var bad, missing []string
	for _, e := range mf.Articles {
		if e.File == "" {
			continue
		}
		// A renamed or deleted article leaves its entry behind; say so, or
		// the user never learns why its metadata seems ignored.
		if !embedded {
			if _, err := os.Stat(filepath.Join(dir, e.File)); errors.Is(err, fs.ErrNotExist) {
				missing = append(missing, e.File)
			}
		}
		m := meta{Title: strings.TrimSpace(e.Title), Outlet: firstNonEmpty(e.Outlet, e.Source), URL: e.URL, Byline: e.Author}
		if d := firstNonEmpty(e.Published, e.Date); d != "" {
			if v, ok := clean.NormalizeDate(d); ok {
				m.Published, m.Source = v, model.SourceManifest
				m.Confidence = normConfidence(e.Confidence, model.ConfidenceHigh)
			} else {
				bad = append(bad, e.File)
			}
		}
		out[filepath.Base(e.File)] = m
	}
	var msgs []string
	if len(bad) > 0 {
		msgs = append(msgs, "unreadable published date for "+strings.Join(bad, ", "))
	}
	if len(missing) > 0 {
		msgs = append(msgs, "names files that are not in its folder: "+strings.Join(missing, ", "))
	}
	if len(msgs) > 0 {
		return out, &Warning{File: p, Msg: strings.Join(msgs, "; ")}
	}
	return out, nil
}

// normConfidence keeps a confidence level in the three values the JSON
// contract allows, reading "medium-low" as its first word.
func normConfidence(c, def string) string {
	c = strings.ToLower(strings.TrimSpace(c))
	for _, v := range []string{model.ConfidenceHigh, model.ConfidenceMedium, model.ConfidenceLow} {
		if strings.HasPrefix(c, v) {
			return v
		}
	}
	return def
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// jsonErrLine turns a JSON syntax error's byte offset into a line number.
func jsonErrLine(b []byte, err error) int {
	var se *json.SyntaxError
	if errors.As(err, &se) && se.Offset > 0 && int(se.Offset) <= len(b) {
		return 1 + strings.Count(string(b[:se.Offset]), "\n")
	}
	return 0
}
