package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/annals/annals/corpus/clean"
	"github.com/annals/annals/model"
)

// frontMatter reads a YAML block between "---" lines at the top of a text
// or Markdown file (title, published/date, outlet/source, url, author) and
// returns the raw offset where the article text starts.
func frontMatter(raw []byte) (meta, int, error) {
	start := 0
	if bytes.HasPrefix(raw, []byte("\xEF\xBB\xBF")) {
		start = 3
	}
	body := raw[start:]
	if !bytes.HasPrefix(body, []byte("---\n")) && !bytes.HasPrefix(body, []byte("---\r\n")) {
		return meta{}, 0, nil
	}
	open := bytes.IndexByte(body, '\n') + 1
	end, next := -1, 0
	for pos := open; pos < len(body); {
		nl := bytes.IndexByte(body[pos:], '\n')
		lineEnd := len(body)
		if nl >= 0 {
			lineEnd = pos + nl
		}
		l := strings.TrimRight(string(body[pos:lineEnd]), "\r \t")
		if l == "---" || l == "..." {
			end, next = pos, min(lineEnd+1, len(body))
			break
		}
		pos = lineEnd + 1
	}
	if end < 0 {
		return meta{}, 0, errors.New("front matter opened with --- is never closed")
	}
	var fm map[string]any
	if err := yaml.Unmarshal(body[open:end], &fm); err != nil {
		return meta{}, start + next, fmt.Errorf("not valid YAML: %v", err)
	}
	m := meta{
		Title:  str(fm["title"]),
		Outlet: firstNonEmpty(str(fm["outlet"]), str(fm["source"]), str(fm["publisher"])),
		URL:    firstNonEmpty(str(fm["url"]), str(fm["link"])),
		Byline: firstNonEmpty(str(fm["author"]), str(fm["authors"]), str(fm["byline"])),
	}
	if d := firstNonEmpty(str(fm["published"]), str(fm["date"])); d != "" {
		if v, ok := clean.NormalizeDate(d); ok {
			m.Published, m.Source, m.Confidence = v, model.SourceFrontMatter, model.ConfidenceHigh
		} else {
			return m, start + next, fmt.Errorf("unreadable date %q", d)
		}
	}
	return m, start + next, nil
}

// str renders a YAML scalar or list as text (dates decode as time.Time).
func str(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return strings.TrimSpace(x)
	case time.Time:
		return x.Format("2006-01-02")
	case []any:
		var parts []string
		for _, e := range x {
			if s := str(e); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, " and ")
	default:
		return strings.TrimSpace(fmt.Sprint(x))
	}
}
