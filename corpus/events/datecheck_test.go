package events_test

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/annals/annals/corpus"
	"github.com/annals/annals/corpus/events"
	"github.com/annals/annals/model"
)

const sharedDir = "../../../shared"

// TestDateCheckFlagsPageDate gives seed 003 the page date its header
// shows (Saturday, May 4, 2024): its Monday reactions then fall in late
// April, months after the Tower 22 attack other articles date to January,
// so the article must be flagged with a suggestion, its date untouched.
func TestDateCheckFlagsPageDate(t *testing.T) {
	dir := filepath.Join(sharedDir, "corpus", "seed")
	arts, _ := corpus.Load([]string{dir}, corpus.Options{})
	var a003 *model.Article
	for _, a := range arts {
		if strings.Contains(a.Path, "003_") {
			a003 = a
		}
	}
	if a003 == nil {
		t.Skip("seed 003 not loaded")
	}
	a003.Published, a003.PublishedSource = "2024-05-04", model.SourceHeader
	tl, err := events.Build(arts, events.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a003.Published != "2024-05-04" {
		t.Errorf("publication date changed silently to %s", a003.Published)
	}
	found := false
	for _, w := range tl.Warnings {
		if strings.Contains(w, "003_") && strings.Contains(w, "suggested publication date") && strings.Contains(w, "2024-01") {
			found = true
			t.Log(w)
		}
	}
	if !found || len(a003.Warnings) == 0 {
		t.Errorf("no date warning for 003; timeline warnings: %q", tl.Warnings)
	}
	for _, a := range arts {
		if a != a003 && len(a.Warnings) > 0 {
			for _, w := range a.Warnings {
				if strings.Contains(w, "publication date") {
					t.Errorf("%s flagged too: %s", a.Path, w)
				}
			}
		}
	}
}

// TestDateCheckNearest gives the seed a second copy published 52 weeks
// later (weekdays keep their dates, as in scripts/bench.sh's corpora):
// each copy's reactions must be linked to its own year's happening, the
// nearest that matches, so no article is flagged; linked to the oldest,
// a year before, every copy reacting to a happening was.
func TestDateCheckNearest(t *testing.T) {
	dir := filepath.Join(sharedDir, "corpus", "seed")
	arts, _ := corpus.Load([]string{dir}, corpus.Options{})
	if len(arts) == 0 {
		t.Skip("seed not loaded")
	}
	all := append([]*model.Article(nil), arts...)
	for _, a := range arts {
		c := *a
		c.ID, c.Path, c.Warnings = a.ID+"-y2", a.Path+".y2", nil
		p, err := time.Parse("2006-01-02", a.Published)
		if err != nil {
			continue
		}
		c.Published = p.AddDate(0, 0, 364).Format("2006-01-02")
		all = append(all, &c)
	}
	tl, err := events.Build(all, events.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range tl.Warnings {
		if strings.Contains(w, "publication date") {
			t.Errorf("flagged: %s", w)
		}
	}
	// The copies' back-references by toll ("the drone attack that
	// killed three …") joined their own year's happening: no event with
	// a toll mixes sources of both years. (A campaign "since October"
	// may: the replicated corpus has one each year.)
	for _, e := range tl.Events {
		years := map[bool]bool{}
		for _, s := range e.Sources {
			years[strings.HasSuffix(s.Article, "-y2")] = true
		}
		if len(years) == 2 && e.Figures.Killed > 0 {
			t.Errorf("%s %q has sources of both copies", e.Date.Value, e.Summary)
		}
	}
}
