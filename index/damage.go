package index

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
)

// A damaged index (a disk error, a file overwritten or cut short) must
// cost a rebuild, never a panic: zap trusts the offsets in its segments
// and panics on a bad one, on every run, since nothing else would notice.
// Three defences, cheapest first:
//
//  1. The seal: the size, modification time and a checksum of the head
//     and tail of every file of the index, recorded in the state when the
//     index is complete. A start compares them (a stat and two short reads
//     a file: a zap segment keeps its footer and the offsets of every
//     section at its end, bolt its meta pages at its start); a file whose
//     size or ends changed is damaged, one whose time changed has its
//     whole content checked where it carries a check (a segment's CRC, a
//     JSON file's syntax, the extractions' stream).
//  2. bleve is opened, and probed, under recover.
//  3. Every later search and read recovers too: a panic there is an error
//     (ErrDamaged) and leaves a mark that makes the next start rebuild.

// ErrDamaged is returned (wrapped) by a search or read that found the
// index damaged; the next Open rebuilds it.
var ErrDamaged = errors.New("the index is damaged; run annals again to rebuild it")

// sealEntry is what the seal remembers of one file of the index.
type sealEntry struct {
	Size    int64  `json:"s"`
	ModTime int64  `json:"t"`
	Ends    uint32 `json:"c"` // CRC-32 of the head and tail (see endsCRC)
}

// The spans of a file the seal checksums: reading them costs a fraction
// of a millisecond per file whatever the index's size.
const (
	sealHead = 4 << 10
	sealTail = 64 << 10
)

// endsCRC is the CRC-32 of the first sealHead and last sealTail bytes of
// the file (all of it when smaller).
func endsCRC(f string) (uint32, error) {
	fh, err := os.Open(f)
	if err != nil {
		return 0, err
	}
	defer fh.Close()
	fi, err := fh.Stat()
	if err != nil {
		return 0, err
	}
	h := crc32.NewIEEE()
	size := fi.Size()
	if size <= sealHead+sealTail {
		_, err = io.Copy(h, fh)
		return h.Sum32(), err
	}
	if _, err := io.Copy(h, io.LimitReader(fh, sealHead)); err != nil {
		return 0, err
	}
	if _, err := io.Copy(h, io.NewSectionReader(fh, size-sealTail, sealTail)); err != nil {
		return 0, err
	}
	return h.Sum32(), nil
}

// sealDir records every file under the bleve directory p.
func sealDir(p string) map[string]sealEntry {
	seal := map[string]sealEntry{}
	filepath.WalkDir(p, func(f string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		fi, err := d.Info()
		if err != nil {
			return nil
		}
		rel, _ := filepath.Rel(p, f)
		sum, err := endsCRC(f)
		if err != nil {
			return nil
		}
		seal[filepath.ToSlash(rel)] = sealEntry{Size: fi.Size(), ModTime: fi.ModTime().UnixNano(), Ends: sum}
		return nil
	})
	return seal
}

// checkSeal compares the bleve directory p with seal and returns what is
// wrong, or "". An index without a seal (built by an older annals) is
// taken as it is.
//
// With full, every segment's CRC and every JSON file is checked whatever
// its time (annals index does: a byte flipped in the middle of a large
// segment, its time untouched, passes the quick check).
func checkSeal(p string, seal map[string]sealEntry, full bool) string {
	for rel, want := range seal {
		f := filepath.Join(p, filepath.FromSlash(rel))
		fi, err := os.Stat(f)
		if err != nil {
			return fmt.Sprintf("%s is missing", rel)
		}
		if fi.Size() != want.Size {
			return fmt.Sprintf("%s has %d bytes, %d when built", rel, fi.Size(), want.Size)
		}
		if sum, err := endsCRC(f); err != nil || sum != want.Ends {
			return fmt.Sprintf("%s changed since it was written (its checksum differs)", rel)
		}
		if fi.ModTime().UnixNano() == want.ModTime {
			if full && (strings.HasSuffix(f, ".zap") || strings.HasSuffix(f, ".json")) {
				if err := checkContent(f); err != nil {
					return fmt.Sprintf("%s is damaged (%v)", rel, err)
				}
			}
			continue
		}
		// Written to since sealed (or copied): keep it only if its whole
		// content checks out.
		if err := checkContent(f); err != nil {
			return fmt.Sprintf("%s changed since it was written (%v)", rel, err)
		}
	}
	return ""
}

// checkContent verifies a file whose modification time changed, as far as
// its format allows: a segment by its CRC, JSON by its syntax, the
// extractions by reading them. The bolt file has nothing more to check
// than its ends (its meta pages, checksummed by bolt too), and the open.
func checkContent(f string) error {
	switch {
	case strings.HasSuffix(f, extractionsName):
		_, err := readExtractions(filepath.Dir(f))
		return err
	case strings.HasSuffix(f, ".bolt"):
		return nil
	case strings.HasSuffix(f, ".zap"):
		return checkZap(f)
	case strings.HasSuffix(f, "index_meta.json"):
		// bleve's, JSON followed by a binary footer: small enough for the
		// seal's checksum of its ends to cover all of it.
		return nil
	case strings.HasSuffix(f, ".json"):
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		if !utf8.Valid(b) || !json.Valid(b) {
			return errors.New("not valid JSON")
		}
		return nil
	}
	return errors.New("no way to verify it")
}

// checkZap verifies a zap segment's CRC-32, which its footer's last four
// bytes hold for everything before them (zapx write.go).
func checkZap(f string) error {
	fh, err := os.Open(f)
	if err != nil {
		return err
	}
	defer fh.Close()
	fi, err := fh.Stat()
	if err != nil {
		return err
	}
	if fi.Size() < 4 {
		return errors.New("too short for a segment")
	}
	h := crc32.NewIEEE()
	if _, err := io.Copy(h, io.LimitReader(fh, fi.Size()-4)); err != nil {
		return err
	}
	var tail [4]byte
	if _, err := io.ReadFull(fh, tail[:]); err != nil {
		return err
	}
	if binary.BigEndian.Uint32(tail[:]) != h.Sum32() {
		return errors.New("checksum mismatch")
	}
	return nil
}

// openGuarded opens a bleve index, turning a panic into an error.
func openGuarded(p string, cfg map[string]any) (bix bleve.Index, err error) {
	defer func() {
		if r := recover(); r != nil {
			bix, err = nil, fmt.Errorf("opening it failed: %v", r)
		}
	}()
	return openBleve(p, cfg)
}

// probe reads what a first search reads (the document count, a term
// dictionary, a stored document), under recover.
func probe(bix bleve.Index, want uint64) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("reading it failed: %v", r)
		}
	}()
	n, err := bix.DocCount()
	if err != nil {
		return err
	}
	if want > 0 && n != want {
		return fmt.Errorf("it holds %d documents, %d when built", n, want)
	}
	req := bleve.NewSearchRequestOptions(term(fKind, KindEvents), 1, 0, false)
	req.Score = "none"
	req.Fields = []string{fBlob}
	res, err := bix.Search(req)
	if err != nil {
		return err
	}
	for _, h := range res.Hits {
		if _, err := toHit(h); err != nil {
			return err
		}
	}
	return nil
}

// damagedName marks an index a search found damaged: it names the bleve
// directory, so a rebuild (a new directory) clears it.
const damagedName = "damaged"

// markDamaged records that the bleve directory name of dir is damaged;
// on a read-only index it cannot, and the search says so each time.
func markDamaged(dir, name string) {
	if dir != "" && name != "" {
		os.WriteFile(filepath.Join(dir, damagedName), []byte(name), 0o644)
	}
}

// markedDamaged tells whether a search marked the bleve directory name.
func markedDamaged(dir, name string) bool {
	b, err := os.ReadFile(filepath.Join(dir, damagedName))
	return err == nil && strings.TrimSpace(string(b)) == name
}

// setAsidePrefix names a damaged bleve directory kept for inspection.
const setAsidePrefix = "damaged-"

// setAside moves the damaged bleve directory name out of the way, so the
// rebuild does not delete what a bug report may need; only the last one
// is kept (an index can be large).
func setAside(dir, name string) string {
	if name == "" || strings.ContainsAny(name, `/\`) {
		return ""
	}
	if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
		return ""
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), setAsidePrefix) {
			os.RemoveAll(filepath.Join(dir, e.Name()))
		}
	}
	to := filepath.Join(dir, setAsidePrefix+name)
	if os.Rename(filepath.Join(dir, name), to) != nil {
		return ""
	}
	os.Remove(filepath.Join(dir, damagedName))
	return to
}

// guard turns a panic in a search or read into an ErrDamaged error and
// marks the index, so the next start rebuilds it.
func (ix *Index) guard(err *error) {
	if r := recover(); r != nil {
		name := ""
		if ix.st != nil {
			name = ix.st.Bleve
		}
		markDamaged(ix.dir, name)
		*err = fmt.Errorf("%w (%v)", ErrDamaged, r)
	}
}

// closeQuietly closes a bleve index that may be damaged: closing reads
// nothing, but a damaged index has been seen to fail in odd ways.
func closeQuietly(bix bleve.Index) {
	defer func() { recover() }()
	bix.Close()
}
