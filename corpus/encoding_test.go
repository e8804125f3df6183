package corpus

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

// utf16File encodes s as UTF-16 with a byte order mark, big- or
// little-endian, as Windows' Notepad saves "Unicode" text.
func utf16File(s string, big bool) []byte {
	units := utf16.Encode([]rune(s))
	out := []byte{0xFF, 0xFE}
	if big {
		out = []byte{0xFE, 0xFF}
	}
	for _, u := range units {
		if big {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

// TestUTF16Files: a text or HTML file in UTF-16 with a byte order mark is
// read as text (it was once skipped as "binary": its bytes hold NULs),
// and the offsets index its UTF-8 decoding, which is Article.Raw.
func TestUTF16Files(t *testing.T) {
	dir := t.TempDir()
	text := "Le café de Beyrouth a rouvert lundi. Son propriétaire a dit « nous restons ».\n"
	page := `<html><head><meta charset="utf-16"><title>Café rouvert</title></head><body><article><p>Le café de Beyrouth a rouvert lundi après trois mois de travaux, a dit son propriétaire.</p></article></body></html>`
	write(t, filepath.Join(dir, "le.txt"), utf16File(text, false))
	write(t, filepath.Join(dir, "be.txt"), utf16File(text, true))
	write(t, filepath.Join(dir, "page.html"), utf16File(page, false))
	arts, warns := Load([]string{dir}, Options{})
	if len(arts) != 3 || len(warns) != 0 {
		t.Fatalf("%d articles, warnings %v", len(arts), warns)
	}
	for _, a := range arts {
		if !strings.Contains(a.Text, "café de Beyrouth a rouvert lundi") {
			t.Errorf("%s: text %q", a.Path, a.Text)
		}
		checkOffsets(t, a)
	}
}

// TestJSONLByteOrderMark: a UTF-8 byte order mark before the first record
// does not make that record broken JSON.
func TestJSONLByteOrderMark(t *testing.T) {
	p := write(t, filepath.Join(t.TempDir(), "bom.jsonl"), []byte("\xef\xbb\xbf"+
		`{"id":"a1","title":"One","text":"Fighting resumed on Sunday near the border."}`+"\n"+
		`{"id":"a2","title":"Two","text":"Talks ended on Monday without a deal."}`+"\n"))
	arts, warns := Load([]string{p}, Options{})
	if len(arts) != 2 || len(warns) != 0 || arts[0].ID != "a1" {
		t.Fatalf("%d articles, warnings %v", len(arts), warns)
	}
}

// TestJSONLIDs: ids are decoded JSON strings (a number is taken as
// written), and a repeated id gets a suffix with a warning naming the
// file and line of the repeat and where the id was first used.
func TestJSONLIDs(t *testing.T) {
	p := write(t, filepath.Join(t.TempDir(), "ids.jsonl"), []byte(
		`{"id":"caf\u00e9-1","title":"One","text":"Fighting resumed on Sunday near the border."}`+"\n"+
			`{"id":42,"title":"Two","text":"Talks ended on Monday without a deal."}`+"\n"+
			`{"id":"dup","title":"Three","text":"Rain fell on Tuesday across the north."}`+"\n"+
			`{"id":"dup","title":"Four","text":"Markets rose on Wednesday in Tokyo."}`+"\n"))
	arts, warns := Load([]string{p}, Options{})
	if len(arts) != 4 {
		t.Fatalf("%d articles", len(arts))
	}
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	if got := strings.Join(ids, " "); got != "café-1 42 dup dup~2" {
		t.Errorf("ids %q", got)
	}
	if len(warns) != 1 || warns[0].File != p || warns[0].Line != 4 ||
		!strings.Contains(warns[0].Msg, `"dup"`) || !strings.Contains(warns[0].Msg, "ids.jsonl:3") || !strings.Contains(warns[0].Msg, "dup~2") {
		t.Errorf("warnings %v", warns)
	}
}
