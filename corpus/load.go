package corpus

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/annals/annals/corpus/seed"
	"github.com/annals/annals/model"
)

// Default limits. A news article is a few kilobytes; a file far beyond
// these is a dump or a mistake, and is read only up to the limit so a
// stray video or archive cannot stall a load.
const (
	defaultMaxFileBytes = 2 << 20  // a text file: some 300 pages of prose
	htmlFactor          = 8        // HTML is mostly markup: 16 MB by default
	defaultMaxLineBytes = 16 << 20 // one JSONL record
)

// doc is one article's raw input, before cleaning.
type doc struct {
	file     int // index into the files given to LoadFiles
	seq      int // order inside the file
	path     string
	raw      []byte // the bytes sentence offsets index
	base     int    // offset in raw where the article text starts (after front matter)
	kind     string // "text", "html"
	meta     meta
	info     File
	idKey    string // the record id of a JSONL line, else ""
	markdown bool
	line     int // JSONL line number
	warns    []string
}

// meta is what metadata (manifest, front matter, HTML, JSONL) says.
type meta struct {
	Title, Outlet, URL, Byline string
	Published                  string // YYYY-MM-DD
	Source                     model.DateSource
	Confidence                 string
}

// merge fills m's empty fields from o, so the first source wins.
func (m *meta) merge(o meta) {
	if m.Title == "" {
		m.Title = o.Title
	}
	if m.Outlet == "" {
		m.Outlet = o.Outlet
	}
	if m.URL == "" {
		m.URL = o.URL
	}
	if m.Byline == "" {
		m.Byline = o.Byline
	}
	if m.Published == "" && o.Published != "" {
		m.Published, m.Source, m.Confidence = o.Published, o.Source, o.Confidence
	}
}

func (o Options) withDefaults() Options {
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.MaxFileBytes <= 0 {
		o.MaxFileBytes = defaultMaxFileBytes
	}
	if o.MaxLineBytes <= 0 {
		o.MaxLineBytes = defaultMaxLineBytes
	}
	return o
}

// loadAll reads the files with one pool of workers and cleans the
// articles they hold with another, so one large JSONL file is still
// cleaned in parallel.
func loadAll(files []File, opts Options) ([]*model.Article, []Warning) {
	opts = opts.withDefaults()
	manifests := newManifestCache()
	docs := make(chan doc, 4*opts.Workers)
	fileJobs := make(chan int)
	var mu sync.Mutex
	var warns []Warning
	warn := func(w Warning) {
		mu.Lock()
		warns = append(warns, w)
		mu.Unlock()
	}

	var readers sync.WaitGroup
	for range opts.Workers {
		readers.Add(1)
		go func() {
			defer readers.Done()
			for i := range fileJobs {
				readFile(i, files[i], opts, manifests, docs, warn)
			}
		}()
	}
	go func() {
		for i := range files {
			fileJobs <- i
		}
		close(fileJobs)
		readers.Wait()
		close(docs)
	}()

	type keyed struct {
		file, seq, line int
		art             *model.Article
	}
	var out []keyed
	var cleaners sync.WaitGroup
	for range opts.Workers {
		cleaners.Add(1)
		go func() {
			defer cleaners.Done()
			for d := range docs {
				a := buildArticle(d)
				mu.Lock()
				if len(a.Sentences) > 0 {
					out = append(out, keyed{d.file, d.seq, d.line, a})
				}
				// What went wrong with one article is reported with it
				// and, for the terminal, as a warning naming the file.
				for _, msg := range a.Warnings {
					warns = append(warns, Warning{File: d.path, Line: d.line, Msg: msg})
				}
				mu.Unlock()
			}
		}()
	}
	cleaners.Wait()

	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if pa, pb := files[a.file].Path, files[b.file].Path; pa != pb {
			return pa < pb
		}
		if a.file != b.file {
			return a.file < b.file
		}
		return a.seq < b.seq
	})
	arts := make([]*model.Article, len(out))
	lines := make([]int, len(out))
	for i, k := range out {
		arts[i], lines[i] = k.art, k.line
	}
	warns = append(warns, uniqueIDs(arts, lines)...)
	sort.SliceStable(warns, func(i, j int) bool {
		if warns[i].File != warns[j].File {
			return warns[i].File < warns[j].File
		}
		return warns[i].Line < warns[j].Line
	})
	return arts, warns
}

// uniqueIDs makes IDs unique across the corpus: two records with the same
// id (or two identical files at one path, which cannot happen) get a
// numeric suffix in load order, and each renamed one is a warning naming
// its file and line (lines[i] is arts[i]'s JSONL line, 0 for a file), so
// an analyst looking for the id knows why it changed.
func uniqueIDs(arts []*model.Article, lines []int) []Warning {
	type first struct {
		path string
		line int
	}
	seen := make(map[string]int, len(arts))
	where := make(map[string]first, len(arts))
	var warns []Warning
	for i, a := range arts {
		n := seen[a.ID]
		seen[a.ID] = n + 1
		if n == 0 {
			where[a.ID] = first{a.Path, lines[i]}
			continue
		}
		id := fmt.Sprintf("%s~%d", a.ID, n+1)
		f := where[a.ID]
		at := f.path
		if f.line > 0 {
			at = fmt.Sprintf("%s:%d", f.path, f.line)
		}
		warns = append(warns, Warning{File: a.Path, Line: lines[i],
			Msg: fmt.Sprintf("id %q is already used (%s); this article is %s", a.ID, at, id)})
		a.ID = id
	}
	return warns
}

// readFile reads one file and sends the documents it holds.
func readFile(i int, f File, opts Options, manifests *manifestCache, docs chan<- doc, warn func(Warning)) {
	// A manifest's warning concerns one of its entries (or the whole file,
	// when no entry is returned): the other files keep their metadata.
	mm, w := manifests.lookup(f)
	if w != nil {
		warn(*w)
	}
	r, closeFn, err := openFile(f)
	if err != nil {
		warn(Warning{File: f.Path, Msg: describeErr(err)})
		return
	}
	defer closeFn()
	readFrom(i, f, r, mm, opts, docs, warn)
}

// readFrom turns the content of one file into documents by its kind.
func readFrom(i int, f File, r io.Reader, mm meta, opts Options, docs chan<- doc, warn func(Warning)) {
	ext := strings.ToLower(filepath.Ext(f.Path))
	if f.Path == "-" {
		ext = ""
	}
	r = decodeUTF16(r)
	if ext == ".jsonl" || ext == ".ndjson" {
		readJSONL(i, f, r, opts, mm, docs, warn)
		return
	}
	limit := opts.MaxFileBytes
	if ext == ".html" || ext == ".htm" {
		limit *= htmlFactor
	}
	raw, truncated, err := readCapped(r, limit)
	if err != nil {
		warn(Warning{File: f.Path, Msg: describeErr(err)})
		return
	}
	if ext == "" && looksJSONL(bytes.TrimPrefix(raw, utf8BOM)) {
		readJSONL(i, f, io.MultiReader(bytes.NewReader(raw), r), opts, mm, docs, warn)
		return
	}
	if why := notText(raw); why != "" {
		warn(Warning{File: f.Path, Msg: why + ", skipped"})
		return
	}
	d := doc{file: i, path: f.Path, raw: raw, kind: "text", meta: mm, info: f}
	if truncated {
		d.warns = append(d.warns, fmt.Sprintf("file is larger than %s; only the first %s were read", sizeText(limit), sizeText(limit)))
		d.raw = trimToRune(raw)
	}
	if ext == ".html" || ext == ".htm" || (ext == "" && looksHTML(raw)) {
		d.kind = "html"
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		warn(Warning{File: f.Path, Msg: "empty file, skipped"})
		return
	}
	if d.kind == "text" {
		fm, base, err := frontMatter(raw)
		if err != nil {
			d.warns = append(d.warns, "front matter ignored: "+err.Error())
		}
		d.base = base
		d.markdown = ext == ".md" || ext == ".markdown"
		d.meta.merge(fm)
	}
	docs <- d
}

func openFile(f File) (io.Reader, func(), error) {
	switch {
	case f.Embedded:
		b, err := seed.FS.ReadFile(strings.TrimPrefix(f.Path, "seed/"))
		return bytes.NewReader(b), func() {}, err
	case f.Path == "-":
		return os.Stdin, func() {}, nil
	}
	fh, err := os.Open(f.Path)
	if err != nil {
		return nil, nil, err
	}
	st, err := fh.Stat()
	if err == nil && st.IsDir() {
		fh.Close()
		return nil, nil, fmt.Errorf("is a folder")
	}
	return fh, func() { fh.Close() }, nil
}

var utf8BOM = []byte("\xef\xbb\xbf")

// decodeUTF16 reads a file that starts with a UTF-16 byte order mark
// (as Windows' Notepad saves "Unicode" text) as UTF-8, without the mark;
// any other file passes unchanged. For such a file Article.Raw, which
// sentence offsets index, is this UTF-8 text.
func decodeUTF16(r io.Reader) io.Reader {
	br := bufio.NewReader(r)
	head, _ := br.Peek(2)
	if len(head) == 2 && (head[0] == 0xFF && head[1] == 0xFE || head[0] == 0xFE && head[1] == 0xFF) {
		return transform.NewReader(br, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder())
	}
	return br
}

// readCapped reads at most limit bytes and reports whether more followed.
func readCapped(r io.Reader, limit int) ([]byte, bool, error) {
	b, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return nil, false, err
	}
	if len(b) > limit {
		return b[:limit], true, nil
	}
	return b, false, nil
}

// trimToRune drops a UTF-8 sequence cut in half by a size limit.
func trimToRune(b []byte) []byte {
	for i := 0; i < 3 && len(b) > 0; i++ {
		c := b[len(b)-1]
		if c < 0x80 {
			return b
		}
		if c >= 0xC0 {
			return b[:len(b)-1]
		}
		b = b[:len(b)-1]
		if i == 2 {
			return b
		}
	}
	return b
}

// notText says why raw is not a text file, or "" if it is: NUL bytes or
// many control characters mean a binary file (image, archive, PDF).
func notText(raw []byte) string {
	head := raw[:min(len(raw), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return "binary file (contains NUL bytes)"
	}
	ctrl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	if len(head) > 0 && ctrl*10 > len(head) {
		return "binary file (mostly control bytes)"
	}
	return ""
}

func looksHTML(raw []byte) bool {
	head := bytes.ToLower(bytes.TrimSpace(raw[:min(len(raw), 1024)]))
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) ||
		(bytes.HasPrefix(head, []byte("<")) && bytes.Contains(head, []byte("<body")))
}

func looksJSONL(raw []byte) bool {
	t := bytes.TrimSpace(raw)
	return len(t) > 0 && t[0] == '{' && bytes.Contains(t[:min(len(t), 4096)], []byte(`"text"`))
}

func sizeText(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}
