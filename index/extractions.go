package index

import (
	"bufio"
	"compress/flate"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/annals/annals/corpus/events"
	"github.com/annals/annals/model"
)

// The per-article extractions an incremental update merges again live in
// one file beside the bleve index, not in its documents: only an update
// reads them, all at once, and one compressed stream of them is a third
// of their size stored one by one. Each is stored without what its
// article gives back (see shrink).

const extractionsName = "extractions.gob.z"

// storedExtraction is one record of the extractions file.
type storedExtraction struct {
	Article string
	Ex      events.Extraction
}

// exWriter streams extractions to a file.
type exWriter struct {
	f   *os.File
	buf *bufio.Writer
	z   *flate.Writer
	enc *gob.Encoder
}

func newExWriter(path string) (*exWriter, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	buf := bufio.NewWriterSize(f, 1<<16)
	z, _ := flate.NewWriter(buf, flate.DefaultCompression)
	return &exWriter{f: f, buf: buf, z: z, enc: gob.NewEncoder(z)}, nil
}

// add writes the extraction of a, which must still have its text.
func (w *exWriter) add(a *model.Article, ex events.Extraction) error {
	return w.enc.Encode(storedExtraction{Article: a.ID, Ex: shrink(a, ex)})
}

// close finishes the file and syncs it.
func (w *exWriter) close() error {
	err := w.z.Close()
	if err == nil {
		err = w.buf.Flush()
	}
	if err == nil {
		err = w.f.Sync()
	}
	if cerr := w.f.Close(); err == nil {
		err = cerr
	}
	return err
}

// abort gives the file up.
func (w *exWriter) abort() {
	w.f.Close()
	os.Remove(w.f.Name())
}

// readExtractions reads the extractions file of the bleve index at dir,
// by article id, as stored (shrunk: see grow).
func readExtractions(dir string) (map[string]events.Extraction, error) {
	f, err := os.Open(filepath.Join(dir, extractionsName))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dec := gob.NewDecoder(flate.NewReader(bufio.NewReaderSize(f, 1<<16)))
	out := map[string]events.Extraction{}
	for {
		var se storedExtraction
		err := dec.Decode(&se)
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", extractionsName, err)
		}
		out[se.Article] = se.Ex
	}
}
