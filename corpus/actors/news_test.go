package actors

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals/annals/model"
)

type newsArticle struct {
	ID, Title, Text string
}

func loadNews(t testing.TB, limit int) []newsArticle {
	f, err := os.Open(filepath.Join(sharedDir, "corpus", "news-1997.jsonl"))
	if err != nil {
		t.Skip("news-1997 absent:", err)
	}
	defer f.Close()
	var out []newsArticle
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() && (limit <= 0 || len(out) < limit) {
		var a newsArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

func tagNews(t testing.TB, arts []newsArticle) []model.Actor {
	r := mustNew(t)
	per := make([][]model.ActorMention, len(arts))
	for i, a := range arts {
		per[i] = r.Tag(a.Title + "\n\n" + a.Text)
	}
	_, actors := r.Unify(per)
	return actors
}

// TestNewsDiscovery checks that a corpus about another story gets its
// actors from discovery: people quoted, companies, agencies.
func TestNewsDiscovery(t *testing.T) {
	n := 300
	if testing.Short() {
		n = 120
	}
	actors := tagNews(t, loadNews(t, n))
	var disc []model.Actor
	kinds := map[string]int{}
	for _, a := range actors {
		if a.Discovered {
			disc = append(disc, a)
			kinds[a.Kind]++
		}
	}
	if len(disc) < 50 {
		t.Fatalf("only %d discovered actors in %d articles", len(disc), n)
	}
	if kinds[model.KindPerson] < 20 || kinds[model.KindOrganization] < 5 {
		t.Errorf("discovered kinds too narrow: %v", kinds)
	}
	byName := map[string]model.Actor{}
	for _, a := range disc {
		byName[a.Name] = a
	}
	// people named with a title, companies defined with their acronym,
	// short forms folded into the full name
	for name, kind := range map[string]string{"Ryutaro Hashimoto": model.KindPerson, "Newt Gingrich": model.KindPerson, "Bank of Melbourne Ltd": model.KindOrganization, "Lee Teng-hui": model.KindPerson} {
		a, ok := byName[name]
		if !ok || a.Kind != kind || a.Mentions < 2 {
			t.Errorf("want discovered %s %q with several mentions, got %+v", kind, name, a)
		}
	}
	for _, a := range disc {
		low := strings.ToLower(a.Name)
		// never a month, weekday or sentence-initial function word
		if months[a.Name] || funcCaps[a.Name] || low == "the" {
			t.Errorf("discovered a common word: %+v", a)
		}
	}
	for i, a := range disc {
		if i >= 25 {
			break
		}
		t.Logf("%3d %-14s %s %v", a.Mentions, a.Kind, a.Name, a.Aliases)
	}
}

// TestNewsDiscoveryFull prints the most mentioned discovered actors of
// the whole news-1997 file (opt-in: ANNALS_FULL=1).
func TestNewsDiscoveryFull(t *testing.T) {
	if os.Getenv("ANNALS_FULL") == "" {
		t.Skip("set ANNALS_FULL=1 to run over the whole news-1997 file")
	}
	actors := tagNews(t, loadNews(t, 0))
	n := 0
	for _, a := range actors {
		if a.Discovered && n < 60 {
			fmt.Printf("%4d %-13s %s\n", a.Mentions, a.Kind, a.Name)
			n++
		}
	}
	k := 0
	for _, a := range actors {
		if !a.Discovered && k < 20 {
			fmt.Printf("known %4d %-13s %s\n", a.Mentions, a.Kind, a.Name)
			k++
		}
	}
}
