package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestShowJSONShape: `show --json` carries the article's metadata as
// `articles --json` writes it, and its text and sentences (an embedded
// article's own JSON encoding once swallowed both).
func TestShowJSONShape(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"articles", "--json"}, &out, &errb); code != exitOK {
		t.Fatalf("articles: exit %d: %s", code, errb.String())
	}
	var list struct {
		Articles []struct {
			ID        string `json:"id"`
			Sentences int    `json:"sentences"`
		} `json:"articles"`
	}
	if err := json.Unmarshal(out.Bytes(), &list); err != nil || len(list.Articles) == 0 {
		t.Fatalf("articles --json: %v (%d)", err, len(list.Articles))
	}
	for _, want := range list.Articles {
		out.Reset()
		errb.Reset()
		if code := run([]string{"show", "--json", want.ID}, &out, &errb); code != exitOK {
			t.Fatalf("show %s: exit %d: %s", want.ID, code, errb.String())
		}
		var got map[string]any
		if err := json.Unmarshal(out.Bytes(), &got); err != nil {
			t.Fatalf("show --json %s: %v", want.ID, err)
		}
		for _, k := range []string{"id", "file", "title", "outlet", "published", "published_source", "text", "sentences"} {
			if _, ok := got[k]; !ok {
				t.Errorf("%s: no %q in %s", want.ID, k, out.String()[:min(out.Len(), 300)])
			}
		}
		if got["id"] != want.ID {
			t.Errorf("id %v, want %s", got["id"], want.ID)
		}
		text, _ := got["text"].(string)
		sents, _ := got["sentences"].([]any)
		if text == "" || len(sents) != want.Sentences {
			t.Fatalf("%s: text of %d bytes, %d sentences (articles says %d)", want.ID, len(text), len(sents), want.Sentences)
		}
		// Each sentence is a span of the text, with its raw offsets.
		for _, s := range sents {
			m, _ := s.(map[string]any)
			cs, ce := int(m["clean_start"].(float64)), int(m["clean_end"].(float64))
			if ce > len(text) || cs > ce || !strings.Contains(text[cs:ce], strings.Fields(m["text"].(string))[0]) {
				t.Errorf("%s: sentence %v is not text[%d:%d]", want.ID, m["text"], cs, ce)
			}
			if _, ok := m["start"].(float64); !ok {
				t.Errorf("%s: sentence without raw offsets: %v", want.ID, m)
			}
		}
	}
}

// TestShowIsSafeForTheTerminal: an escape sequence in a page's body and
// meta tags (decoded from an entity) or in a file name reaches `show`'s
// output only escaped: it cannot set the terminal's title or clipboard.
func TestShowIsSafeForTheTerminal(t *testing.T) {
	dir := t.TempDir()
	page := `<html><head><title>Talks &#x1b;]0;pwned&#x7; resume</title><meta property="og:site_name" content="Wire&#x1b;]52;c;SFRNTEJPRFk=&#x7;"></head>` +
		`<body><article><p>Ministers met in Baghdad on Monday and x &#x1b;]52;c;SFRNTEJPRFk=&#x7; agreed to resume talks next week.</p></article></body></html>`
	p := filepath.Join(dir, "evil\x1b]0;t\x07.html")
	if err := os.WriteFile(p, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, flags := range [][]string{{}, {"--sentences"}} {
		var out, errb bytes.Buffer
		args := append(append([]string{"show"}, flags...), "", p)
		var list bytes.Buffer
		if code := run([]string{"articles", "--json", p}, &list, &errb); code != exitOK {
			t.Fatalf("articles: %s", errb.String())
		}
		var l struct {
			Articles []struct{ ID string } `json:"articles"`
		}
		if err := json.Unmarshal(list.Bytes(), &l); err != nil || len(l.Articles) != 1 {
			t.Fatalf("articles --json: %v %s", err, list.String())
		}
		args[len(args)-2] = l.Articles[0].ID
		if code := run(args, &out, &errb); code != exitOK {
			t.Fatalf("show %v: exit %d: %s", flags, code, errb.String())
		}
		if strings.ContainsAny(out.String()+errb.String(), "\x1b\x07") {
			t.Errorf("show %v printed a control byte:\n%q", flags, out.String())
		}
		if !strings.Contains(out.String(), "agreed to resume talks") {
			t.Errorf("show %v lost the text:\n%s", flags, out.String())
		}
	}
}
