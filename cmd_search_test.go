package main

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/annals/annals/corpus/actors"
	"github.com/annals/annals/index"
	"github.com/annals/annals/model"
)

// --actor takes a canonical name or any alias, ignoring case, as a user
// types it; the actor list comes from the real recognizer's Unify.
func TestResolveActorsByAliasAndCase(t *testing.T) {
	rec, err := actors.New("")
	if err != nil {
		t.Fatal(err)
	}
	text := "In January, Kata’ib Hezbollah (aka the Hezbollah Brigades) launched drones. The US said it would respond."
	_, known := rec.Unify([][]model.ActorMention{rec.Tag(text)})
	for in, want := range map[string]string{
		"Kataib Hezbollah":   "Kataib Hezbollah",
		"kataib hezbollah":   "Kataib Hezbollah",
		"Hezbollah Brigades": "Kataib Hezbollah",
		"us":                 "United States",
		"Kata'ib Hezbollah":  "Kataib Hezbollah",
		"kata’ib hezbollah":  "Kataib Hezbollah",
		"Kata‘ib  Hezbollah": "Kataib Hezbollah",
	} {
		got := resolveActors(known, []string{in}, io.Discard)
		if len(got) != 1 || got[0] != want {
			t.Errorf("--actor %q resolved to %v, want %s", in, got, want)
		}
	}
	if got := resolveActors(known, []string{"Nobody At All"}, io.Discard); got[0] != "Nobody At All" {
		t.Errorf("an unknown actor should be kept as given, got %v", got)
	}
}

// A reversed or malformed date range is a usage error naming the flags,
// found before any index is opened: it would otherwise print nothing.
func TestSearchDateRangeErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		want []string
	}{
		{[]string{"--from", "2024-08", "--to", "2024-01"}, []string{"--from 2024-08", "--to 2024-01"}},
		{[]string{"--from", "2024-08-02", "--to", "2024-08-01"}, []string{"--from 2024-08-02", "--to 2024-08-01"}},
		{[]string{"--from", "2024-13"}, []string{"--from", `"2024-13"`, "YYYY-MM-DD"}},
		{[]string{"--to", "yesterday"}, []string{"--to", `"yesterday"`}},
		{[]string{"--from", "2024-W05"}, []string{"--from", `"2024-W05"`}},
	} {
		var out, errb bytes.Buffer
		args := append([]string{"search", "x", "--index", t.TempDir()}, c.args...)
		if code := run(args, &out, &errb); code != exitUsage {
			t.Errorf("%v: exit %d, want %d (stderr %q)", c.args, code, exitUsage, errb.String())
		}
		for _, w := range c.want {
			if !strings.Contains(errb.String(), w) {
				t.Errorf("%v: stderr %q does not name %q", c.args, errb.String(), w)
			}
		}
	}
	// Bounds in order, and one month both ways, are fine.
	for _, r := range [][2]string{{"2024-01", "2024-08"}, {"2024-08", "2024-08"}, {"2024-08-20", "2024-08"}} {
		if err := index.CheckDates(r[0], r[1]); err != nil {
			t.Errorf("CheckDates(%s, %s): %v", r[0], r[1], err)
		}
	}
}

// The closing count agrees in number with what was found, on the embedded
// seed corpus: one event for a rare name, several for a common word.
func TestSearchCountLine(t *testing.T) {
	dir := t.TempDir()
	for q, want := range map[string]string{"Thuaiban": "1 event\n", "drone": " events\n"} {
		var out, errb bytes.Buffer
		if code := run([]string{"search", q, "--index", dir}, &out, &errb); code != exitOK {
			t.Fatalf("search %s: exit %d: %s", q, code, errb.String())
		}
		if !strings.HasSuffix(errb.String(), want) || strings.HasPrefix(errb.String(), "1 events") {
			t.Errorf("search %s: count line %q, want ending %q", q, errb.String(), want)
		}
	}
}

// Every mistake in the query string or flags is a usage error (exit 2)
// that says what is wrong, including those bleve finds only as it searches.
func TestSearchQueryErrorsAreUsage(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"drone~9"}, "fuzziness 9"},
		{[]string{"/re[/"}, "bad regular expression"},
		{[]string{`"drone`}, "unterminated quote"},
		{[]string{"drone AND ("}, "column 7: AND is not an operator"},
		{[]string{"drone (attack"}, "column 7: parentheses do not group"},
		{[]string{"drone", "--limit", "-1"}, "--limit -1"},
	} {
		var out, errb bytes.Buffer
		if code := run(append([]string{"search", "--index", dir}, c.args...), &out, &errb); code != exitUsage {
			t.Errorf("%v: exit %d, want %d (stderr %q)", c.args, code, exitUsage, errb.String())
		}
		if !strings.Contains(errb.String(), c.want) {
			t.Errorf("%v: stderr %q does not say %q", c.args, errb.String(), c.want)
		}
	}
}

// ×N after an event counts the articles that report it, not their
// sentences, and is left out for one article.
func TestSearchHitCountsArticles(t *testing.T) {
	src := func(art string) model.Source {
		return model.Source{Article: art, File: art + ".txt", Text: "Drones struck the base."}
	}
	for _, c := range []struct {
		sources []model.Source
		want    string
	}{
		{[]model.Source{src("a"), src("a")}, ""},
		{[]model.Source{src("a"), src("a"), src("b")}, "×2"},
		{[]model.Source{src("a"), src("b"), src("c")}, "×3"},
	} {
		var out bytes.Buffer
		e := model.Event{Type: "attack", Actors: []string{"Kataib Hezbollah"}, Summary: "Drones struck the base.", Sources: c.sources}
		printHit(&out, index.Hit{Event: e}, false)
		first, _, _ := strings.Cut(out.String(), "\n")
		if got := strings.Contains(first, "×"); got != (c.want != "") || (c.want != "" && !strings.HasSuffix(first, c.want)) {
			t.Errorf("%d sources: first line %q, want ×N %q", len(c.sources), first, c.want)
		}
	}
}
