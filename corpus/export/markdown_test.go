package export_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/annals/annals/corpus/export"
	"github.com/annals/annals/model"
)

// markupChars are the characters CommonMark, GitHub's Markdown or
// pandoc's Markdown read as markup somewhere in a line of text.
const markupChars = "\\`*_[]|~@^$<>&"

// TestMarkdownQuotesReadBackExactly: every news-1997 sentence holding a
// markup character ($ amounts, @handles, *, _, <, &, ...), quoted as an
// event's source, reads back as itself under CommonMark's rules (a
// backslash before ASCII punctuation is that character; entities are
// characters), with no markup character left bare and no line that
// opens a list, heading or definition. scripts/markdown-check.sh checks
// the same through pandoc itself.
func TestMarkdownQuotesReadBackExactly(t *testing.T) {
	f, err := os.Open(filepath.Join(shared, "corpus", "news-1997.jsonl"))
	if err != nil {
		t.Skip("news-1997 not present")
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() && len(lines) < 3000 {
		var a struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &a) != nil {
			continue
		}
		for _, l := range strings.Split(a.Text, "\n") {
			if l = strings.Join(strings.Fields(l), " "); strings.ContainsAny(l, markupChars) || strings.HasPrefix(l, "(") {
				lines = append(lines, l)
			}
		}
	}
	if len(lines) < 20 {
		t.Fatalf("only %d news-1997 lines with markup characters", len(lines))
	}
	unescape := regexp.MustCompile("\\\\([!-/:-@\\[-`{-~])")
	bare := regexp.MustCompile("(^|[^\\\\])[`*_\\[\\]|~@^$<>]")
	tl := &model.Timeline{}
	for i, l := range lines {
		tl.Events = append(tl.Events, model.Event{
			ID: "e" + string(rune('a'+i%26)), Type: model.EventStatement,
			Date:    model.EventDate{Value: "1997-04-01", Precision: model.PrecisionDay},
			Sources: []model.Source{{Text: l, File: "news.jsonl", Start: i, End: i + 1}},
		})
	}
	var b bytes.Buffer
	if err := export.WriteMarkdown(&b, tl, export.Options{}); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, out := range strings.Split(b.String(), "\n") {
		if !strings.HasPrefix(out, "  > ") || strings.HasPrefix(out, "  > — ") {
			continue
		}
		q := strings.TrimSuffix(strings.TrimPrefix(out, "  > "), "\\")
		if n >= len(lines) {
			t.Fatalf("more quotes than sources")
		}
		want := model.SafeLine(lines[n])
		// Entities first would turn "&amp;lt;" into "<"; escapes first
		// keep what the writer escaped, as a Markdown reader does.
		if got := html.UnescapeString(unescape.ReplaceAllString(q, "$1")); got != want {
			t.Errorf("quote reads back as\n%q\nwant\n%q", got, want)
		}
		if m := bare.FindString(q); m != "" {
			t.Errorf("bare markup %q in %q", m, q)
		}
		if strings.ContainsAny(q[:1], "#+-=:(") {
			t.Errorf("a quote line opens with %q: %q", q[:1], q)
		}
		n++
	}
	if n != len(lines) {
		t.Errorf("%d quotes for %d sources", n, len(lines))
	}
}
