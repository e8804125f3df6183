package actors

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/annals/annals/model"
)

const sharedDir = "../../../shared"

type goldFile struct {
	Documents []struct {
		File   string `json:"file"`
		Actors []struct {
			Start int    `json:"start"`
			End   int    `json:"end"`
			Text  string `json:"text"`
			Actor string `json:"actor"`
			Kind  string `json:"kind"`
		} `json:"actors"`
	} `json:"documents"`
}

type scores struct {
	tp, fp, fn          int
	p, r, f             float64
	pairP, pairR, pairF float64
	misses, falseAlarms []string
	mapping             []string
	kindOK              int
}

func prf(tp, fp, fn int) (float64, float64, float64) {
	p, r := 0.0, 0.0
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// evaluate tags the raw seed files and scores mentions (overlap match)
// and alias resolution (pairwise over matched mentions, after Unify).
func evaluate(t *testing.T) scores {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(sharedDir, "eval", "seed-gold.json"))
	if err != nil {
		t.Skip("shared eval data absent:", err)
	}
	var g goldFile
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	r := mustNew(t)
	var texts []string
	var per [][]model.ActorMention
	for _, d := range g.Documents {
		raw, err := os.ReadFile(filepath.Join(sharedDir, "corpus", "seed", d.File))
		if err != nil {
			t.Skip("seed file absent:", err)
		}
		texts = append(texts, string(raw))
		per = append(per, r.Tag(string(raw)))
	}
	per, _ = r.Unify(per)
	var s scores
	type pair struct{ gold, sys string }
	var matched []pair
	for di, d := range g.Documents {
		sys := per[di]
		used := make([]bool, len(sys))
		for _, ga := range d.Actors {
			hit := -1
			for j, m := range sys {
				if !used[j] && m.Start < ga.End && ga.Start < m.End {
					hit = j
					break
				}
			}
			if hit < 0 {
				s.fn++
				s.misses = append(s.misses, fmt.Sprintf("%s %q (%s) …%s…", d.File[:3], ga.Text, ga.Actor, ctx(texts[di], ga.Start, ga.End)))
				continue
			}
			used[hit] = true
			s.tp++
			if strings.ReplaceAll(ga.Kind, " ", "_") == sys[hit].Kind {
				s.kindOK++
			}
			matched = append(matched, pair{ga.Actor, sys[hit].Actor})
		}
		for j, m := range sys {
			if !used[j] {
				s.fp++
				s.falseAlarms = append(s.falseAlarms, fmt.Sprintf("%s %q → %s (%s) …%s…", d.File[:3], m.Text, m.Actor, m.Kind, ctx(texts[di], m.Start, m.End)))
			}
		}
	}
	s.p, s.r, s.f = prf(s.tp, s.fp, s.fn)
	var ptp, pfp, pfn int
	for i := range matched {
		for j := i + 1; j < len(matched); j++ {
			sameG := matched[i].gold == matched[j].gold
			sameS := matched[i].sys == matched[j].sys
			switch {
			case sameG && sameS:
				ptp++
			case sameS:
				pfp++
			case sameG:
				pfn++
			}
		}
	}
	s.pairP, s.pairR, s.pairF = prf(ptp, pfp, pfn)
	g2s := map[string]map[string]int{}
	for _, m := range matched {
		if g2s[m.gold] == nil {
			g2s[m.gold] = map[string]int{}
		}
		g2s[m.gold][m.sys]++
	}
	for g, ss := range g2s {
		s.mapping = append(s.mapping, fmt.Sprintf("%s → %v", g, ss))
	}
	sort.Strings(s.mapping)
	return s
}

func ctx(text string, s, e int) string {
	a, b := s-25, e+25
	if a < 0 {
		a = 0
	}
	if b > len(text) {
		b = len(text)
	}
	return text[a:b]
}

func TestSeedGold(t *testing.T) {
	s := evaluate(t)
	for _, m := range s.misses {
		t.Log("miss:", m)
	}
	for _, m := range s.mapping {
		t.Log("map:", m)
	}
	for _, m := range s.falseAlarms {
		t.Log("false:", m)
	}
	t.Logf("actor mentions: P=%.3f R=%.3f F1=%.3f (tp %d fp %d fn %d); alias pairwise P=%.3f R=%.3f F1=%.3f",
		s.p, s.r, s.f, s.tp, s.fp, s.fn, s.pairP, s.pairR, s.pairF)
	fmt.Printf("actors seed-gold: mention P=%.3f R=%.3f F1=%.3f; alias pairwise F1=%.3f; kind agreement %.3f\n", s.p, s.r, s.f, s.pairF, float64(s.kindOK)/float64(s.tp))
	if s.f < 0.99 || s.pairF < 0.99 {
		t.Errorf("below floor")
	}
}
