package corpus

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/annals/annals/corpus/seed"
	"github.com/annals/annals/model"
)

const sharedSeed = "../../shared/corpus/seed"

func needShared(t testing.TB, p string) {
	t.Helper()
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not present", p)
	}
}

func loadSeed(t *testing.T) map[string]*model.Article {
	t.Helper()
	arts, warns := Load(nil, Options{})
	if len(warns) > 0 {
		t.Fatalf("embedded seed gave warnings: %v", warns)
	}
	if len(arts) != 5 {
		t.Fatalf("embedded seed: %d articles, want 5", len(arts))
	}
	m := map[string]*model.Article{}
	for _, a := range arts {
		m[filepath.Base(a.Path)[:3]] = a
		if len(a.Warnings) > 0 {
			t.Errorf("%s: warnings %v", a.Path, a.Warnings)
		}
	}
	return m
}

func TestSeedIsByteIdentical(t *testing.T) {
	needShared(t, sharedSeed)
	want, _ := filepath.Glob(filepath.Join(sharedSeed, "*"))
	if len(want) != 6 {
		t.Fatalf("shared seed has %d files, want 5 articles + manifest.json", len(want))
	}
	for _, p := range want {
		orig, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		emb, err := seed.FS.ReadFile(filepath.Base(p))
		if err != nil {
			t.Fatalf("%s is not embedded: %v", filepath.Base(p), err)
		}
		if !bytes.Equal(orig, emb) {
			t.Errorf("embedded %s differs from %s", filepath.Base(p), p)
		}
	}
}

func TestSeedMetadataAndCleanTitles(t *testing.T) {
	arts := loadSeed(t)
	want := map[string]struct{ title, date, conf string }{
		"000": {"Iraq risks being drawn into war amid Gaza fallout: UN official", "2024-08-19", "medium"},
		"001": {"Iraq tries to avoid regional fighting as militias fire into Israel", "2024-11-01", "high"},
		"002": {"Iraq returns to the spotlight as Iran prods Iraqi militias to move against US forces - analysis", "2024-08-21", "medium"},
		"003": {"Iraq stresses the urgent importance of regional de-escalation", "2024-01-29", "high"},
		"004": {"Iraqi Militia Official Signals De-escalation Following US Strikes", "2024-02-03", "medium"},
	}
	for k, w := range want {
		a := arts[k]
		if a.Title != w.title || a.Published != w.date || a.Confidence != w.conf || a.PublishedSource != model.SourceManifest {
			t.Errorf("%s: got %q %s %s/%s, want %q %s manifest/%s", k, a.Title, a.Published, a.PublishedSource, a.Confidence, w.title, w.date, w.conf)
		}
		for _, p := range strings.Split(a.Text, "\n\n") {
			if p == "close" || strings.HasSuffix(p, ".close") {
				t.Errorf("%s: menu word kept: %q", k, p)
			}
		}
		for _, junk := range []string{"shangri la 326122 1280", "Jerusalem Post Store", "Scroll to Top", "getElementById", "function (", "innerHTML"} {
			if strings.Contains(a.Text, junk) {
				t.Errorf("%s: cleaned text still holds %q", k, junk)
			}
		}
		if a.Outlet == "" {
			t.Errorf("%s: no outlet", k)
		}
	}
}

func TestSeedCleaningRules(t *testing.T) {
	arts := loadSeed(t)
	// Mojibake repaired, raw bytes recorded.
	a4 := arts["004"]
	if !strings.Contains(a4.Text, "chargé d’affaires") || strings.Contains(a4.Text, "Ă©") {
		t.Errorf("004: mojibake not repaired")
	}
	if len(a4.Repairs) != 1 || a4.Repairs[0].From != "Ă©" || a4.Repairs[0].To != "é" || string(a4.Raw[a4.Repairs[0].Start:a4.Repairs[0].End]) != "Ă©" {
		t.Errorf("004: repairs %+v", a4.Repairs)
	}
	// Headline printed twice appears once.
	a1 := arts["001"]
	if n := strings.Count(a1.Text, "Iraq tries to avoid regional fighting"); n != 1 {
		t.Errorf("001: headline appears %d times in the text", n)
	}
	if a1.Byline != "Ahmed Rasheed and Timour Azhari" || a1.Dateline != "BAGHDAD (Reuters)" {
		t.Errorf("001: byline %q dateline %q", a1.Byline, a1.Dateline)
	}
	if strings.Contains(a1.Text, "constructions.") || strings.Contains(a1.Text, "cause deaths.") {
		t.Errorf("001: stray fragments kept")
	}
	firstBody := firstOfKind(a1, model.BlockBody)
	if !strings.HasPrefix(firstBody.Text, "Nervously watching") {
		t.Errorf("001: first body sentence %q should start after the dateline", firstBody.Text)
	}
	// The header date is a candidate only.
	a3 := arts["003"]
	var header *model.DateCandidate
	for i, c := range a3.DateCandidates {
		if c.Source == model.SourceHeader {
			header = &a3.DateCandidates[i]
		}
	}
	if header == nil || header.Date != "2024-05-04" || string(a3.Raw[header.Start:header.End]) != "Saturday, May 4, 2024" {
		t.Errorf("003: header candidate %+v", header)
	}
	if a3.Dateline != "Baghdad" || !strings.HasPrefix(firstOfKind(a3, model.BlockBody).Text, "Iraqi authorities on Monday") {
		t.Errorf("003: dateline %q, first body %q", a3.Dateline, firstOfKind(a3, model.BlockBody).Text)
	}
	if len(a3.Captions) != 1 || !strings.HasPrefix(a3.Captions[0], "An Iraqi soldier walks") {
		t.Errorf("003: captions %q", a3.Captions)
	}
	if firstOfKind(a3, model.BlockTitle).Text != "Iraq stresses the urgent importance of regional de-escalation" {
		t.Errorf("003: title sentence %q", firstOfKind(a3, model.BlockTitle).Text)
	}
	// A caption with a photo credit is kept apart from the body.
	a0 := arts["000"]
	if len(a0.Captions) != 1 || !strings.HasSuffix(a0.Captions[0], "[Getty]") || a0.Sentences[0].Kind != model.BlockCaption {
		t.Errorf("000: captions %q", a0.Captions)
	}
	// Section headings inside the article.
	var heads []string
	for _, s := range a4.Sentences {
		if s.Kind == model.BlockHeading {
			heads = append(heads, s.Text)
		}
	}
	if len(heads) != 3 || heads[1] != "Impact of Strikes and Fallout" {
		t.Errorf("004: headings %q", heads)
	}
	// Body paragraphs of 002 end where the article ends: no page script.
	a2 := arts["002"]
	last := a2.Sentences[len(a2.Sentences)-1]
	if last.Kind != model.BlockBody || !strings.HasSuffix(last.Text, "drones.”") {
		t.Errorf("002: last sentence %q (%s)", last.Text, last.Kind)
	}
}

func firstOfKind(a *model.Article, kind string) model.Sentence {
	for _, s := range a.Sentences {
		if s.Kind == kind {
			return s
		}
	}
	return model.Sentence{}
}

// checkOffsets asserts that every sentence's raw bytes and clean text say
// the same thing once white space is normalized and repairs applied, and
// that the offset map sends every cleaned byte into the raw file.
func checkOffsets(t *testing.T, a *model.Article) {
	t.Helper()
	for i, s := range a.Sentences {
		if s.Start < 0 || s.End > len(a.Raw) || s.Start > s.End || s.CleanEnd > len(a.Text) {
			t.Fatalf("%s sentence %d: offsets %+v out of range", a.Path, i, s)
		}
		if a.Text[s.CleanStart:s.CleanEnd] != s.Text {
			t.Fatalf("%s sentence %d: Text[%d:%d] is not the sentence", a.Path, i, s.CleanStart, s.CleanEnd)
		}
		raw := readAsCleaned(a.Raw[s.Start:s.End])
		for _, r := range a.Repairs {
			raw = strings.ReplaceAll(raw, r.From, r.To)
		}
		if got, want := squash(raw), squash(s.Text); got != want {
			t.Fatalf("%s sentence %d:\nraw   %q\nclean %q", a.Path, i, got, want)
		}
		if i > 0 && s.Start < a.Sentences[i-1].End {
			t.Fatalf("%s sentence %d overlaps the one before", a.Path, i)
		}
	}
	for _, seg := range a.Map.Segments {
		if seg.CleanLen == seg.RawLen && a.Text[seg.CleanStart:seg.CleanStart+seg.CleanLen] != string(a.Raw[seg.RawStart:seg.RawStart+seg.RawLen]) {
			if strings.TrimSpace(a.Text[seg.CleanStart:seg.CleanStart+seg.CleanLen]) != "" {
				t.Fatalf("%s: copied segment %+v differs from raw", a.Path, seg)
			}
		}
	}
}

// readAsCleaned reads bytes that are not UTF-8 as Windows-1252, as the
// cleaner does.
func readAsCleaned(b []byte) string {
	var sb strings.Builder
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n <= 1 {
			r = charmap.Windows1252.DecodeByte(b[0])
		}
		sb.WriteRune(r)
		b = b[n:]
	}
	return sb.String()
}

// squash drops white space and invisible characters, which cleaning
// normalizes.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == 0xFEFF || r == 0x200B || r == 0xAD {
			return -1
		}
		return r
	}, s)
}

func TestOffsetsMapToRaw(t *testing.T) {
	for _, a := range loadSeed(t) {
		checkOffsets(t, a)
	}
}

func TestSeedWithoutManifest(t *testing.T) {
	needShared(t, sharedSeed)
	dir := t.TempDir()
	files, _ := filepath.Glob(filepath.Join(sharedSeed, "*.txt"))
	for _, f := range files {
		b, _ := os.ReadFile(f)
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	arts, warns := Load([]string{dir}, Options{})
	if len(arts) != 5 || len(warns) != 0 {
		t.Fatalf("%d articles, warnings %v", len(arts), warns)
	}
	titles := map[string]string{}
	for _, a := range arts {
		titles[filepath.Base(a.Path)[:3]] = a.Title
		if a.PublishedSource == model.SourceManifest || a.PublishedSource == model.SourceHeader {
			t.Errorf("%s: date %s from %s without a manifest", a.Path, a.Published, a.PublishedSource)
		}
		if a.Published != "" && a.PublishedSource != model.SourceInferred && a.PublishedSource != model.SourceDateline {
			t.Errorf("%s: published %s from %s", a.Path, a.Published, a.PublishedSource)
		}
		if a.Published == "2024-05-04" {
			t.Errorf("%s: the page date was taken as the publication date", a.Path)
		}
		checkOffsets(t, a)
	}
	want := map[string]string{
		"001": "Iraq tries to avoid regional fighting as militias fire into Israel",
		"002": "Iraq returns to the spotlight as Iran prods Iraqi militias to move against US forces - analysis",
		"003": "Iraq stresses the urgent importance of regional de-escalation",
		"004": "Iraqi Militia Official Signals De-escalation Following US Strikes",
	}
	for k, w := range want {
		if titles[k] != w {
			t.Errorf("%s: title %q, want %q", k, titles[k], w)
		}
	}
	// 000 has no headline in the file: its first sentence stands in.
	if !strings.HasPrefix(titles["000"], "The UN deputy special representative for Iraq") {
		t.Errorf("000: title %q", titles["000"])
	}
}

func TestKey(t *testing.T) {
	if Key(nil) != "seed" {
		t.Errorf("Key(nil) = %q", Key(nil))
	}
	a, b := Key([]string{"x", "y"}), Key([]string{"./y", "x/"})
	if a != b || len(a) != 16 || a == Key([]string{"x"}) {
		t.Errorf("Key not stable or not distinct: %q %q", a, b)
	}
}
