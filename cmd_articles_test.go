package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
