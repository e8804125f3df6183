package index

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/annals/annals/corpus"
	"github.com/annals/annals/corpus/seed"
	"github.com/annals/annals/model"
)

// FormatVersion changes whenever the index layout, the mapping or what
// extraction produces changes in a way an old index cannot serve; an index
// of another version is rebuilt. 12: dates are day numbers (before 1678
// too), BC dates sort in order.
const FormatVersion = 12

const stateName = "state.json"

// fileRecord is what the index remembers of one input file, to tell on
// the next start whether it changed.
type fileRecord struct {
	Size     int64    `json:"size"`
	ModTime  int64    `json:"mtime"`
	Hash     string   `json:"hash"`
	Articles []string `json:"-"` // kept in the side table (see side.Files)
	// Meta marks a manifest.json: a change re-loads its folder's files.
	Meta bool `json:"meta,omitempty"`
}

// state is the index's completion marker and table of contents: written
// (atomically) only after the bleve index it names is complete.
type state struct {
	Version int    `json:"version"`
	Key     string `json:"key"`
	Config  string `json:"config"` // hash of the extraction settings
	Bleve   string `json:"bleve"`  // subdirectory holding the bleve index
	// Dirty marks an update made in place that did not finish. Updates
	// now work on a copy (see update), so only an index of an older annals
	// can have it.
	Dirty bool `json:"dirty"`
	// Ordered says the index holds the events in sort-key order, one
	// segment: true after a full build, false once updated in place.
	Ordered   bool                   `json:"ordered,omitempty"`
	Built     time.Time              `json:"built"`
	Files     map[string]*fileRecord `json:"files"`
	Articles  int                    `json:"articles"`
	NumEvents int                    `json:"events"`
	NumActors int                    `json:"actors"`
	First     string                 `json:"first,omitempty"`
	Last      string                 `json:"last,omitempty"`
	// Seal is the size and time of every file of the bleve directory
	// once complete (see damage.go); empty in an index of an older annals.
	Seal map[string]sealEntry `json:"seal,omitempty"`

	// The side table lives in the bleve directory and is read only when
	// needed (an update, the actor list): a start on an unchanged corpus
	// reads this small file alone.
	*side `json:"-"`
}

// side is what only updates and the actor list need.
type side struct {
	// Events maps each indexed event id to a hash of its JSON, so an
	// update re-indexes only the merged events that changed.
	Events   map[string]string `json:"events"`
	Actors   []model.Actor     `json:"actors"`
	Warnings []string          `json:"warnings,omitempty"`
	// Files lists the article ids of each input file, which only an
	// update needs: in the state file they were most of what every
	// start read (2.5 MB of JSON at 100,000 articles).
	Files map[string][]string `json:"files"`
}

const sideName = "annals-side.json"

// loadSide reads st's side table once.
func loadSide(dir string, st *state) error {
	if st.side != nil {
		return nil
	}
	b, err := os.ReadFile(filepath.Join(dir, st.Bleve, sideName))
	if err != nil {
		return err
	}
	var sd side
	if err := json.Unmarshal(b, &sd); err != nil {
		return fmt.Errorf("%s: %w", sideName, err)
	}
	if sd.Events == nil {
		sd.Events = map[string]string{}
	}
	for p, ids := range sd.Files {
		if rec := st.Files[p]; rec != nil {
			rec.Articles = ids
		}
	}
	sd.Files = nil
	st.side = &sd
	return nil
}

func readState(dir string) (*state, error) {
	b, err := os.ReadFile(filepath.Join(dir, stateName))
	if err != nil {
		return nil, err
	}
	var st state
	if !utf8.Valid(b) {
		// json.Unmarshal would take bytes that are not UTF-8 inside a
		// string as U+FFFD; annals never writes them.
		return nil, fmt.Errorf("%s: not UTF-8", filepath.Join(dir, stateName))
	}
	if err := json.Unmarshal(b, &st); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, stateName), err)
	}
	if st.Files == nil {
		st.Files = map[string]*fileRecord{}
	}
	return &st, nil
}

// writeState replaces the state file atomically: a crash leaves either
// the old file or the new one, never half of one.
func writeState(dir string, st *state) error {
	if st.side != nil && !st.Dirty {
		st.side.Files = map[string][]string{}
		for p, rec := range st.Files {
			if len(rec.Articles) > 0 {
				st.side.Files[p] = rec.Articles
			}
		}
		b, err := json.Marshal(st.side)
		st.side.Files = nil
		if err != nil {
			return err
		}
		if err := writeAtomic(filepath.Join(dir, st.Bleve), sideName, b); err != nil {
			return err
		}
	}
	if st.Bleve != "" && !st.Dirty {
		st.Seal = sealDir(filepath.Join(dir, st.Bleve))
	}
	b, err := json.Marshal(st)
	if err != nil {
		return err
	}
	return writeAtomic(dir, stateName, b)
}

// writeAtomic replaces dir/name through a synced temporary file.
func writeAtomic(dir, name string, b []byte) error {
	tmp, err := os.CreateTemp(dir, name+".tmp*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Rename(tmp.Name(), filepath.Join(dir, name)); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// openFile reads an input file, from the embedded corpus when it is one.
func openFile(f corpus.File) (io.ReadCloser, error) {
	if f.Embedded {
		return seed.FS.Open(strings.TrimPrefix(f.Path, "seed/"))
	}
	return openInput(f.Path)
}

// openInput opens a corpus file on disk; tests swap it to play one that
// cannot be read (they run as root, whom file modes do not stop).
var openInput = os.Open

// hashFile hashes an input file; its errors do not repeat the path,
// which callers give.
func hashFile(f corpus.File) (string, error) {
	r, err := openFile(f)
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	if err != nil {
		return "", err
	}
	defer r.Close()
	h := sha256.New()
	if _, err := io.Copy(h, r); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil))[:24], nil
}

// manifests lists the manifest.json files that give metadata to the
// scanned files' folders; they are not articles but a change to one
// changes its articles.
func manifests(files []corpus.File) []corpus.File {
	seen := map[string]bool{}
	var out []corpus.File
	for _, f := range files {
		if f.Path == "-" {
			continue
		}
		var p string
		if f.Embedded {
			p = path.Join(path.Dir(f.Path), "manifest.json")
		} else {
			p = filepath.Join(filepath.Dir(f.Path), "manifest.json")
		}
		if seen[p] {
			continue
		}
		seen[p] = true
		m := corpus.File{Path: p, Embedded: f.Embedded}
		if f.Embedded {
			fi, err := fs.Stat(seed.FS, strings.TrimPrefix(p, "seed/"))
			if err != nil {
				continue
			}
			m.Size = fi.Size()
		} else {
			fi, err := os.Stat(p)
			if err != nil {
				continue
			}
			m.Size, m.ModTime = fi.Size(), fi.ModTime().UnixNano()
		}
		out = append(out, m)
	}
	return out
}

// diff is how the scanned corpus differs from the indexed one.
type diff struct {
	load    []corpus.File          // added or changed article files, to load
	added   int                    // files new since the last build
	changed int                    // files whose content changed
	removed []string               // indexed files no longer present
	records map[string]*fileRecord // new records for every current file (Articles filled for unchanged files)
}

func (d *diff) empty() bool { return len(d.load) == 0 && len(d.removed) == 0 }

// compare tells which files changed since st. Size and modification time
// decide when they agree; otherwise the content hash does, so a touched
// but identical file is not re-extracted. Embedded files are always
// hashed (they have no modification time, and hashing five files is free).
//
// A file that cannot be read is named through warn and keeps what the
// index holds of it (nothing, when it is new): one unreadable file does
// not stop the corpus, nor drop what was read of it before.
func compare(st *state, files []corpus.File, warn func(string)) *diff {
	d := &diff{records: map[string]*fileRecord{}}
	metaChanged := map[string]bool{} // folders whose manifest changed
	present := map[string]bool{}
	unreadable := map[string]bool{}
	check := func(f corpus.File, meta bool) (*fileRecord, bool, bool) {
		present[f.Path] = true
		old := st.Files[f.Path]
		if old != nil && !f.Embedded && old.Size == f.Size && old.ModTime == f.ModTime && old.Meta == meta {
			return old, false, true
		}
		h, err := hashFile(f)
		if err != nil {
			unreadable[f.Path] = true
			if old != nil {
				warn(fmt.Sprintf("%s: %v; the index keeps it as it was", f.Path, err))
			} else {
				warn(fmt.Sprintf("%s: %v; skipped", f.Path, err))
			}
			return old, false, old != nil
		}
		rec := &fileRecord{Size: f.Size, ModTime: f.ModTime, Hash: h, Meta: meta}
		if old != nil && old.Hash == h && old.Meta == meta {
			rec.Articles = old.Articles
			return rec, false, true
		}
		return rec, true, true
	}
	for _, m := range manifests(files) {
		rec, changed, ok := check(m, true)
		if !ok {
			continue
		}
		d.records[m.Path] = rec
		if changed {
			metaChanged[dirOf(m)] = true
		}
	}
	for _, f := range files {
		rec, changed, ok := check(f, false)
		if !ok {
			continue
		}
		if !changed && metaChanged[dirOf(f)] && !unreadable[f.Path] {
			changed = true
		}
		d.records[f.Path] = rec
		if changed {
			rec.Articles = nil
			d.load = append(d.load, f)
			if st.Files[f.Path] == nil {
				d.added++
			} else {
				d.changed++
			}
		}
	}
	for p, rec := range st.Files {
		if !present[p] {
			if rec.Meta {
				// A manifest that went away changes its folder's articles.
				for _, f := range files {
					if dirOf(f) == filepath.Dir(p) && !contains(d.load, f.Path) && d.records[f.Path] != nil && !unreadable[f.Path] {
						d.load = append(d.load, f)
						d.records[f.Path].Articles = nil
						d.changed++
					}
				}
				continue
			}
			d.removed = append(d.removed, p)
		}
	}
	return d
}

func dirOf(f corpus.File) string {
	if f.Embedded {
		return path.Dir(f.Path)
	}
	return filepath.Dir(f.Path)
}

func contains(fs []corpus.File, p string) bool {
	for _, f := range fs {
		if f.Path == p {
			return true
		}
	}
	return false
}

// configHash fingerprints the settings extraction depends on.
func configHash(opts Options) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "v%d\n", FormatVersion)
	if opts.ActorsFile != "" {
		b, err := os.ReadFile(opts.ActorsFile)
		if err != nil {
			return "", fmt.Errorf("actors file: %w", err)
		}
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}
