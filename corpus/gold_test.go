package corpus

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestGoldSpansKept checks that the cleaned text keeps what the gold data
// annotates: every gold time expression and actor mention of the seed
// articles lies inside some sentence, except in text the cleaner drops by
// design (a headline printed a second time).
func TestGoldSpansKept(t *testing.T) {
	p := "../../shared/eval/seed-gold.json"
	needShared(t, p)
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Documents []struct {
			File    string `json:"file"`
			Timexes []span `json:"timexes"`
			Actors  []span `json:"actors"`
		} `json:"documents"`
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	arts, _ := Load(nil, Options{})
	byFile := map[string]int{}
	for i, a := range arts {
		byFile[filepath.Base(a.Path)] = i
	}
	missed, total := 0, 0
	for _, d := range gold.Documents {
		a := arts[byFile[d.File]]
		for _, sp := range append(d.Timexes, d.Actors...) {
			total++
			in := false
			for _, s := range a.Sentences {
				if s.Start <= sp.Start && sp.End <= s.End {
					in = true
					break
				}
			}
			if !in {
				missed++
				t.Logf("%s: %q at %d-%d is in no sentence", d.File, sp.Text, sp.Start, sp.End)
			}
		}
	}
	// The repeated headlines of 001 and 003 hold two gold mentions.
	if missed > 2 {
		t.Errorf("%d of %d gold spans fall outside the sentences", missed, total)
	}
}

type span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}
