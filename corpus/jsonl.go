package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/annals/annals/corpus/clean"
	"github.com/annals/annals/model"
)

// jsonlRecord is one article of a JSONL file (one JSON object a line), as
// in news-1997.jsonl: id, title, published, url, outlet, text. For such
// articles Article.Raw is the decoded "text" field and every offset
// indexes it, since the escaped line itself is not what anyone reads.
type jsonlRecord struct {
	ID        json.RawMessage `json:"id"`
	Title     string          `json:"title"`
	Published string          `json:"published"`
	Date      string          `json:"date"`
	URL       string          `json:"url"`
	Outlet    string          `json:"outlet"`
	Source    string          `json:"source"`
	Author    string          `json:"author"`
	Text      *string         `json:"text"`
	Body      *string         `json:"body"`
	Content   *string         `json:"content"`
}

// gigawordID reads the outlet from ids like "AFP_ENG_19970401.0006".
var gigawordID = regexp.MustCompile(`^([A-Z]{2,6})_[A-Z]{3}_\d{8}`)

func readJSONL(i int, f File, r io.Reader, opts Options, mm meta, docs chan<- doc, warn func(Warning)) {
	br := bufio.NewReaderSize(r, 64<<10)
	lineNo, seq, good := 0, 0, 0
	for {
		line, tooLong, err := readLine(br, opts.MaxLineBytes)
		if len(line) == 0 && err != nil {
			if !errors.Is(err, io.EOF) {
				warn(Warning{File: f.Path, Line: lineNo + 1, Msg: describeErr(err)})
			}
			break
		}
		lineNo++
		if tooLong {
			warn(Warning{File: f.Path, Line: lineNo, Msg: "line longer than " + sizeText(opts.MaxLineBytes) + ", skipped"})
			continue
		}
		if lineNo == 1 {
			line = bytes.TrimPrefix(line, utf8BOM) // an editor's byte order mark
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		d, msg := decodeRecord(line)
		if msg != "" {
			warn(Warning{File: f.Path, Line: lineNo, Msg: msg})
			continue
		}
		if len(d.raw) > opts.MaxFileBytes {
			// an article's text is held to what a text file may hold
			d.raw = trimToRune(d.raw[:opts.MaxFileBytes])
			d.warns = append(d.warns, fmt.Sprintf("text is longer than %s; only the first %s were read", sizeText(opts.MaxFileBytes), sizeText(opts.MaxFileBytes)))
		}
		d.file, d.seq, d.path, d.info, d.line = i, seq, f.Path, f, lineNo
		if d.meta.Outlet == "" {
			d.meta.Outlet = mm.Outlet // a manifest entry for a JSONL file names its outlet, not each title
		}
		seq++
		good++
		docs <- d
	}
	if good == 0 && lineNo > 0 {
		warn(Warning{File: f.Path, Msg: "no readable article in this JSONL file"})
	}
	if lineNo == 0 {
		warn(Warning{File: f.Path, Msg: "empty file, skipped"})
	}
}

// readLine reads one line of at most max bytes; a longer line is consumed
// and reported, never held in memory whole.
func readLine(br *bufio.Reader, max int) ([]byte, bool, error) {
	var buf []byte
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(buf)+len(chunk) > max {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if tooLong {
			return []byte{'x'}, true, nil
		}
		return buf, false, err
	}
}

func decodeRecord(line []byte) (doc, string) {
	if !utf8.Valid(line) {
		return doc{}, "not valid UTF-8, skipped"
	}
	var rec jsonlRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return doc{}, fmt.Sprintf("broken JSON at column %d (%v), skipped", se.Offset, se)
		}
		return doc{}, fmt.Sprintf("not an article record (%v), skipped", err)
	}
	var text *string
	for _, t := range []*string{rec.Text, rec.Body, rec.Content} {
		if t != nil {
			text = t
			break
		}
	}
	if text == nil {
		return doc{}, `no "text" field, skipped`
	}
	if strings.TrimSpace(*text) == "" {
		return doc{}, "empty text, skipped"
	}
	id := recordID(rec.ID)
	d := doc{raw: []byte(*text), kind: "text", idKey: id}
	d.meta = meta{Title: strings.TrimSpace(rec.Title), URL: rec.URL, Byline: rec.Author,
		Outlet: firstNonEmpty(rec.Outlet, rec.Source)}
	if d.meta.Outlet == "" {
		if m := gigawordID.FindStringSubmatch(id); m != nil {
			d.meta.Outlet = m[1]
		}
	}
	if p := firstNonEmpty(rec.Published, rec.Date); p != "" {
		if v, ok := clean.NormalizeDate(p); ok {
			d.meta.Published, d.meta.Source, d.meta.Confidence = v, model.SourceJSONL, model.ConfidenceHigh
		} else {
			d.warns = append(d.warns, fmt.Sprintf("unreadable published date %q", p))
		}
	}
	return d, ""
}

// recordID reads a record's id: a JSON string decoded ("caf\u00e9" is
// "café"), a number as written, null or anything else as no id.
func recordID(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return strings.TrimSpace(s)
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	return ""
}
