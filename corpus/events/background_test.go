package events_test

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/annals/annals/corpus"
	"github.com/annals/annals/corpus/events"
)

// TestBackgroundMarked builds the BBC's coverage of the 2010 Haiti
// earthquake (tls-dev): the quake of 12 January, told in the next days'
// news, is not background; the old quakes and tsunamis the articles
// recall (Krakatoa in 1883, Jamaica in 1907) are; and no event reported
// within two days of its date is marked.
func TestBackgroundMarked(t *testing.T) {
	dir := filepath.Join(shared, "eval", "tls-dev", "tasks", "haiti__bbc", "articles")
	arts, _ := corpus.Load([]string{dir}, corpus.Options{})
	if len(arts) < 100 {
		t.Skipf("haiti__bbc: %d articles", len(arts))
	}
	tl, err := events.Build(arts, events.Options{})
	if err != nil {
		t.Fatal(err)
	}
	quake, old := 0, 0
	for _, e := range tl.Events {
		text := ""
		for _, s := range e.Sources {
			text += s.Text + " "
		}
		switch {
		case e.Date.Value == "2010-01-12" && strings.Contains(strings.ToLower(text), "quake"):
			quake++
			if e.Background {
				t.Errorf("the quake's own report marked background: %q", e.Summary)
			}
		case strings.HasPrefix(e.Date.Value, "1883") || strings.HasPrefix(e.Date.Value, "1907"):
			old++
			if !e.Background {
				t.Errorf("%s recalled in 2010 not marked background: %q", e.Date.Value, e.Summary)
			}
		}
		if d, err := time.Parse("2006-01-02", e.Date.Value); err == nil && e.Background {
			for _, s := range e.Sources {
				if p, err := time.Parse("2006-01-02", s.Published); err == nil && p.Sub(d) <= 48*time.Hour {
					t.Errorf("%s marked background but %s reports it on %s: %q", e.Date.Value, s.Article, s.Published, e.Summary)
				}
			}
		}
	}
	if quake == 0 || old == 0 {
		t.Errorf("found %d quake events of 12 January and %d of 1883/1907; want some of each", quake, old)
	}
}
