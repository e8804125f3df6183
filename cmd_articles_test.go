package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals/annals/model"
)

func TestArticlesJSONShape(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"articles", "--json"}, &out, &errb); code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if errb.Len() != 0 {
		t.Errorf("warnings on the seed corpus: %s", errb.String())
	}
	var got struct {
		Articles []map[string]any `json:"articles"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Articles) != 5 {
		t.Fatalf("%d articles", len(got.Articles))
	}
	for _, a := range got.Articles {
		for _, k := range []string{"id", "file", "title", "outlet", "url", "published", "published_source", "confidence", "sentences", "warnings"} {
			if _, ok := a[k]; !ok {
				t.Errorf("article %v lacks %q", a["id"], k)
			}
		}
		if _, ok := a["sentences"].(float64); !ok {
			t.Errorf("sentences is not a count: %v", a["sentences"])
		}
		if w, ok := a["warnings"].([]any); !ok || len(w) != 0 {
			t.Errorf("warnings is not an empty list: %v", a["warnings"])
		}
	}
	if got.Articles[3]["published"] != "2024-01-29" || got.Articles[3]["published_source"] != "manifest" {
		t.Errorf("003: %v %v", got.Articles[3]["published"], got.Articles[3]["published_source"])
	}
}

func TestArticlesUnknownDateIsNull(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Talks resumed in Cairo, officials said.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"articles", dir, "--json"}, &out, &errb); code != exitOK {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(out.String(), `"published": null`) {
		t.Errorf("unknown date not null: %s", out.String())
	}
}

func TestArticlesExitCodes(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"articles", "/no/such/folder"}, &out, &errb); code != exitRuntime || !strings.Contains(errb.String(), "/no/such/folder: no such file") {
		t.Errorf("missing path: exit %d, stderr %q", code, errb.String())
	}
	if code := run([]string{"articles", "--nope"}, &out, &errb); code != exitUsage {
		t.Errorf("bad flag: exit %d", code)
	}
	if code := run([]string{"show"}, &out, &errb); code != exitUsage {
		t.Errorf("show without ID: exit %d", code)
	}
	if code := run([]string{"show", "ffffffffff"}, &out, &errb); code != exitRuntime {
		t.Errorf("show unknown ID: exit %d", code)
	}
}

func TestShowSeed(t *testing.T) {
	var list bytes.Buffer
	run([]string{"articles", "--json"}, &list, &bytes.Buffer{})
	var got struct {
		Articles []struct{ ID, File string } `json:"articles"`
	}
	if err := json.Unmarshal(list.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	ids := map[string]string{}
	for _, a := range got.Articles {
		ids[filepath.Base(a.File)[:3]] = a.ID
	}
	show := func(id string) string {
		var out, errb bytes.Buffer
		if code := run([]string{"show", id[:5]}, &out, &errb); code != exitOK {
			t.Fatalf("show %s: exit %d %s", id, code, errb.String())
		}
		return out.String()
	}
	s4 := show(ids["004"])
	if !strings.Contains(s4, "chargé d’affaires") || strings.Contains(s4, "Scroll to Top") || strings.Contains(s4, "shangri") {
		t.Errorf("004:\n%s", s4)
	}
	if s2 := show(ids["002"]); strings.Contains(s2, "getElementById") || strings.Contains(s2, "Jerusalem Post Store") {
		t.Errorf("002 has page script")
	}
	s1 := show(ids["001"])
	if strings.Count(s1, "Iraq tries to avoid regional fighting") != 1 || !strings.Contains(s1, "By Ahmed Rasheed and Timour Azhari") ||
		!strings.Contains(s1, "Dateline: BAGHDAD (Reuters)") || !strings.Contains(s1, "published 2024-11-01 (manifest, high confidence)") {
		t.Errorf("001:\n%s", s1[:min(len(s1), 600)])
	}
	if s3 := show(ids["003"]); !strings.Contains(s3, "Page date: 2024-05-04") || !strings.Contains(s3, "[Caption: An Iraqi soldier") {
		t.Errorf("003:\n%s", s3[:min(len(s3), 600)])
	}
}

// Without a manifest the seed articles have no given date: the table
// says what the text tells (an inferred date, or "?" for a partial one,
// with its confidence) and --why prints the evidence under each row.
func TestArticlesInferredDates(t *testing.T) {
	files, _ := filepath.Glob("../shared/corpus/seed/*.txt")
	if len(files) == 0 {
		t.Skip("../shared/corpus/seed not present")
	}
	dir := t.TempDir()
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var plain, why, errb bytes.Buffer
	if code := run([]string{"articles", dir}, &plain, &errb); code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if code := run([]string{"articles", "--why", dir}, &why, &errb); code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	rows := strings.Split(strings.TrimSpace(plain.String()), "\n")
	if len(rows) != 7 {
		t.Fatalf("table:\n%s", plain.String())
	}
	for _, r := range rows[1:6] {
		f := strings.Fields(r)
		if f[1] == "unknown" || !(strings.HasPrefix(f[2], "inferred/") || f[2] == "none," && (strings.HasPrefix(f[3], "offered/") || strings.HasPrefix(f[3], "partial/"))) {
			t.Errorf("row shows no inference: %q", r)
		}
		if strings.Contains(r, "manifest") {
			t.Errorf("a manifest date without a manifest: %q", r)
		}
	}
	if !strings.Contains(rows[6], "--why shows the evidence") {
		t.Errorf("no hint to --why: %q", rows[6])
	}
	w := why.String()
	// Evidence lines sit under their row and do not disturb the columns.
	if !strings.Contains(w, "\n    · ") || !strings.Contains(w, "\n    known: ") {
		t.Errorf("--why lacks evidence:\n%s", w)
	}
	for _, l := range strings.Split(w, "\n") {
		if !strings.HasPrefix(l, "    ") && strings.Contains(l, "inferred/") && strings.Index(l, "inferred/") != strings.Index(rows[1], "inferred/") {
			t.Errorf("columns moved: %q", l)
		}
	}
}

func TestDateCells(t *testing.T) {
	for _, c := range []struct {
		a        model.Article
		pub, src string
	}{
		{model.Article{Published: "2024-01-29", PublishedSource: model.SourceManifest, Confidence: "high"}, "2024-01-29", "manifest/high"},
		{model.Article{Published: "2024-08-19", PublishedSource: model.SourceInferred, Confidence: "medium"}, "~2024-08-19", "inferred/medium"},
		{model.Article{PublishedSource: model.SourceNone, Inference: &model.DateInference{Date: "2024-08-19", Confidence: "low", Prior: true}}, "~2024-08-19?", "none, offered/low"},
		{model.Article{PublishedSource: model.SourceNone, Inference: &model.DateInference{Confidence: "low", Partial: "after XXXX-10-04"}}, "?", "none, partial/low"},
		{model.Article{PublishedSource: model.SourceNone}, "unknown", "none"},
		// Evidence that fixes nothing is no inference: the cell agrees with
		// the JSON's published_source.
		{model.Article{PublishedSource: model.SourceNone, Inference: &model.DateInference{Confidence: "low", Evidence: []string{"the text names no date"}}}, "unknown", "none"},
	} {
		if pub, src := dateCells(&c.a); pub != c.pub || src != c.src {
			t.Errorf("%+v: %q %q, want %q %q", c.a, pub, src, c.pub, c.src)
		}
	}
}
