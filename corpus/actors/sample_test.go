package actors

import (
	"fmt"
	"math/rand"
	"os"
	"testing"
)

// TestNewsSample prints random discovered mentions with context, for
// judging discovery precision by eye (opt-in: ANNALS_FULL=1).
func TestNewsSample(t *testing.T) {
	if os.Getenv("ANNALS_FULL") == "" {
		t.Skip("set ANNALS_FULL=1")
	}
	arts := loadNews(t, 0)
	r, _ := New("")
	type ex struct{ name, kind, ctx string }
	var all []ex
	for _, a := range arts {
		text := a.Title + "\n\n" + a.Text
		for _, m := range r.Tag(text) {
			if _, ok := r.known(m.Actor); !ok {
				all = append(all, ex{m.Actor, m.Kind, ctx(text, m.Start, m.End)})
			}
		}
	}
	rng := rand.New(rand.NewSource(11))
	seen := map[string]bool{}
	for n := 0; n < 40; {
		e := all[rng.Intn(len(all))]
		if seen[e.name] {
			continue
		}
		seen[e.name] = true
		n++
		fmt.Printf("%-12s %-30s | %q\n", e.kind, e.name, e.ctx)
	}
	fmt.Println("discovered mentions:", len(all))
}
