package index

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/annals/annals/corpus/events"
	"github.com/annals/annals/model"
)

// update brings st's index up to date with d: only the added and
// changed files are loaded, only their new articles extracted; the
// timeline is merged again from the stored extractions of the rest, and
// only the events that changed are re-indexed.
//
// The update works on a copy of the index (its immutable segments
// hard-linked, the rest copied), switched to by the state file once
// complete, like a build: the index in use is never written, so a reader
// starting meanwhile serves it (read-only, with a notice) instead of
// taking it for one an interrupted update left half-written, and a killed
// update leaves only a leftover directory, cleaned on the next start.
func (o *opener) update(st *state, d *diff) (*state, error) {
	x, err := newExtractor(o.opts)
	if err != nil {
		return nil, err
	}
	if err := loadSide(o.dir, st); err != nil {
		// (loaded by the caller before comparing: this is a safeguard)
		o.notice("index at %s is damaged (%v); rebuilding", o.dir, err)
		setAside(o.dir, st.Bleve)
		return o.build()
	}
	name := newBleveName()
	p := filepath.Join(o.dir, name)
	if err := cloneIndex(filepath.Join(o.dir, st.Bleve), p); err != nil {
		os.RemoveAll(p)
		return nil, fmt.Errorf("update index: %w", err)
	}
	done := false
	defer func() {
		if !done {
			os.RemoveAll(p)
		}
	}()
	bix, err := openGuarded(p, map[string]any{"bolt_timeout": boltTimeout})
	if err != nil {
		o.notice("index at %s is damaged (%v); rebuilding", o.dir, err)
		setAside(o.dir, st.Bleve)
		return o.build()
	}
	defer func() {
		if bix != nil {
			closeQuietly(bix)
		}
	}()
	stored, err := readExtractions(p)
	if err != nil {
		o.notice("index at %s is damaged (%v); rebuilding", o.dir, err)
		closeQuietly(bix)
		bix = nil
		setAside(o.dir, st.Bleve)
		return o.build()
	}
	// readStored gives an unchanged article and its extraction.
	readStored := func(id string) (*model.Article, events.Extraction, error) {
		a, err := readArticle(bix, id)
		if err != nil {
			return nil, events.Extraction{}, err
		}
		e, ok := stored[id]
		if !ok {
			return nil, e, fmt.Errorf("article %q: no stored extraction", id)
		}
		grow(a, &e)
		return a, e, nil
	}
	st.Ordered = false // updated documents go into new segments

	// Which articles existed before, and in which file.
	oldArts := map[string]bool{}
	for _, rec := range st.Files {
		for _, id := range rec.Articles {
			oldArts[id] = true
		}
	}
	o.stats.Added, o.stats.Changed, o.stats.Removed = d.added, d.changed, len(d.removed)

	fresh := o.load(d.load)
	byFile := map[string][]*model.Article{}
	for _, a := range fresh {
		byFile[a.Path] = append(byFile[a.Path], a)
	}

	// Every current article in build order (by path, then within the
	// file), with its extraction: stored for unchanged ones, extracted
	// for new ones.
	paths := make([]string, 0, len(d.records))
	for p, rec := range d.records {
		if !rec.Meta {
			paths = append(paths, p)
		}
	}
	sort.Strings(paths)
	var arts []*model.Article
	var ex []events.Extraction
	var todo []int
	isNew := map[string]bool{}
	for _, p := range paths {
		rec := d.records[p]
		if as, ok := byFile[p]; ok || rec.Articles == nil {
			rec.Articles = rec.Articles[:0]
			for _, a := range as {
				rec.Articles = append(rec.Articles, a.ID)
				arts = append(arts, a)
				if oldArts[a.ID] {
					// Same id, same content; but a manifest change can
					// change the date extraction anchors on.
					prev, e, err := readStored(a.ID)
					if err == nil && sameMeta(prev, a) {
						ex = append(ex, e)
						continue
					}
				}
				isNew[a.ID] = true
				ex = append(ex, events.Extraction{})
				todo = append(todo, len(arts)-1)
			}
			continue
		}
		for _, id := range rec.Articles {
			a, e, err := readStored(id)
			if err != nil {
				return nil, fmt.Errorf("%w: %v", errCorrupt, err)
			}
			arts = append(arts, a)
			ex = append(ex, e)
		}
	}
	o.extract(x, arts, ex, todo)

	w := &writer{bix: bix, batch: bix.NewBatch(), o: o}
	exw, err := newExWriter(filepath.Join(p, extractionsName+".tmp"))
	if err != nil {
		return nil, err
	}
	defer exw.abort() // no-op once renamed
	current := map[string]bool{}
	for i, a := range arts {
		current[a.ID] = true
		if isNew[a.ID] || !oldArts[a.ID] {
			doc, err := articleDoc(a)
			if err != nil {
				return nil, err
			}
			if err := w.index(articleDocID(a.ID), doc); err != nil {
				return nil, err
			}
		}
		if err := exw.add(a, ex[i]); err != nil {
			return nil, err
		}
		strip(a, o.strings.intern) // merging needs the metadata only
		compactExtraction(&ex[i], o.strings.intern)
	}
	o.progress("merge", 0, 1)
	tl, err := safeMerge(x, arts, ex)
	if err != nil {
		return nil, err
	}
	o.progress("merge", 1, 1)
	for id := range oldArts {
		if !current[id] {
			if err := w.remove(articleDocID(id)); err != nil {
				return nil, err
			}
		}
	}
	newEvents := map[string]bool{}
	for _, e := range tl.Events {
		newEvents[e.ID] = true
	}
	for id := range st.Events {
		if !newEvents[id] {
			delete(st.Events, id)
			if err := w.remove(eventDocID(id)); err != nil {
				return nil, err
			}
		}
	}
	w.total = w.done + len(tl.Events)
	if err := o.indexEvents(w, st, tl.Events); err != nil {
		return nil, err
	}
	if err := w.flush(); err != nil {
		return nil, err
	}
	err = bix.Close()
	bix = nil
	if err != nil {
		return nil, err
	}
	if err := exw.close(); err != nil {
		return nil, err
	}
	if err := os.Rename(exw.f.Name(), filepath.Join(p, extractionsName)); err != nil {
		return nil, err
	}
	if err := o.facets.write(p); err != nil {
		return nil, err
	}
	st.Files = d.records
	old := st.Bleve
	st.Bleve = name
	o.finish(st, arts, tl)
	if err := writeState(o.dir, st); err != nil {
		st.Bleve = old
		return nil, err
	}
	done = true
	removeOld(o.dir, name)
	return st, nil
}

// cloneIndex makes to a copy of the bleve index from that an update can
// write: segments (written once, never changed) are hard-linked, which
// costs nothing whatever their size; the rest (the bolt file scorch
// rewrites, small metadata) is copied. Where links are not possible the
// segments are copied too.
func cloneIndex(from, to string) error {
	return filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(from, p)
		if err != nil {
			return err
		}
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		if strings.HasSuffix(p, ".zap") || p == filepath.Join(from, extractionsName) {
			// The extractions file is replaced whole (renamed over), never
			// written in place.
			if os.Link(p, dst) == nil {
				return nil
			}
		}
		return copyFile(p, dst)
	})
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// sameMeta reports whether two loads of one article agree on what
// extraction depends on besides the text.
func sameMeta(a, b *model.Article) bool {
	return a.Published == b.Published && a.PublishedSource == b.PublishedSource &&
		a.Title == b.Title && a.Outlet == b.Outlet && a.Text == b.Text && a.Path == b.Path
}
