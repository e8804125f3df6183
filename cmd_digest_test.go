package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/annals/annals/corpus/digest"
)

// The digest of the samples names 28 January 2024, the drone attack on
// Tower 22, in JSON and in the text chronology; days come in date order,
// each with its summary and events.
func TestDigestSamples(t *testing.T) {
	dir := t.TempDir()
	var out, errb bytes.Buffer
	if code := run([]string{"digest", "--json", "--index", dir}, &out, &errb); code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var doc struct {
		Days []digest.Day `json:"days"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatalf("bad JSON: %v\n%s", err, out.String())
	}
	found := false
	for i, d := range doc.Days {
		if i > 0 && d.Date <= doc.Days[i-1].Date {
			t.Errorf("days out of order: %s after %s", d.Date, doc.Days[i-1].Date)
		}
		if len(d.Summary) == 0 || len(d.Events) == 0 {
			t.Errorf("%s: empty summary or events", d.Date)
		}
		if d.Date == "2024-01-28" {
			found = true
		}
	}
	if !found {
		t.Errorf("no 2024-01-28 among the days: %s", out.String())
	}

	out.Reset()
	errb.Reset()
	if code := run([]string{"digest", "--index", dir, "--days", "3", "--per-day", "1"}, &out, &errb); code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	text := out.String()
	if !strings.Contains(text, "28 January 2024") {
		t.Errorf("the text form does not name 28 January 2024:\n%s", text)
	}
	if n := strings.Count(text, "  • "); n > 3 {
		t.Errorf("--days 3 --per-day 1 printed %d summary lines:\n%s", n, text)
	}
	if strings.ContainsRune(text, '\x1b') {
		t.Errorf("escape sequences in a non-terminal output")
	}
}

// Filters narrow the events digested: a --type that no event of the
// period has gives no days, and a bad flag is a usage error.
func TestDigestFiltersAndErrors(t *testing.T) {
	dir := t.TempDir()
	var out, errb bytes.Buffer
	if code := run([]string{"digest", "--json", "--index", dir, "--from", "2024-01-28", "--to", "2024-01-28", "--type", "attack"}, &out, &errb); code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var doc struct {
		Days []digest.Day `json:"days"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	for _, d := range doc.Days {
		if d.Date != "2024-01-28" {
			t.Errorf("--from/--to 2024-01-28 gave %s", d.Date)
		}
	}
	for _, args := range [][]string{{"--days", "-1"}, {"--type", "nonsense"}, {"--from", "2024-13"}, {"--from", "2024-02", "--to", "2024-01"}} {
		errb.Reset()
		if code := run(append([]string{"digest", "--index", dir}, args...), &out, &errb); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
		}
	}
}

// BenchmarkDigestNews1997 times the digest of news-1997 from a built
// index (the target is under 2 s a run; a benchmark prints the figure,
// a timed unit test would only flake under load).
func BenchmarkDigestNews1997(b *testing.B) {
	path := "../shared/corpus/news-1997.jsonl"
	if _, err := os.Stat(path); err != nil {
		b.Skip("news-1997 not present")
	}
	dir := b.TempDir()
	var out, errb bytes.Buffer
	if code := run([]string{"index", "--index", dir, path}, &out, &errb); code != exitOK {
		b.Fatalf("index: exit %d: %s", code, errb.String())
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		out.Reset()
		if code := run([]string{"digest", "--json", "--index", dir, path}, &out, &errb); code != exitOK {
			b.Fatalf("digest: exit %d: %s", code, errb.String())
		}
	}
	b.StopTimer()
	var doc struct {
		Days []digest.Day `json:"days"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil || len(doc.Days) == 0 {
		b.Fatalf("no days (%v)", err)
	}
}
