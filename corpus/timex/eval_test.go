package timex

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/annals/annals/model"
)

// shared is the directory of the shared evaluation data, relative to this
// package.
const shared = "../../../shared"

type goldTimex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

type goldDoc struct {
	Doc     string      `json:"doc"`
	DCT     string      `json:"dct"`
	Text    string      `json:"text"`
	Timexes []goldTimex `json:"timexes"`
}

// scores are TempEval-3's figures, computed exactly as
// ../shared/eval/score_timex.py does: relaxed match = overlapping spans;
// value and type accuracy over relaxed-matched gold expressions, judged
// on the first overlapping system expression; value F1 = value accuracy x
// relaxed F1.
type scores struct {
	nSys, nGold                        int
	strictP, relaxedP                  int
	strictR, relaxedR, valueOK, typeOK int
	perType                            map[string]*typeScore
}

type typeScore struct{ gold, sys, found, sysFound, value int }

func newScores() *scores { return &scores{perType: map[string]*typeScore{}} }

func (s *scores) ts(t string) *typeScore {
	if s.perType[t] == nil {
		s.perType[t] = &typeScore{}
	}
	return s.perType[t]
}

func overlap(aS, aE, bS, bE int) bool { return aS < bE && bS < aE }

// add scores one document; misses are reported through log when non-nil.
func (s *scores) add(doc string, gold []goldTimex, sys []model.Timex, log func(string)) {
	s.nSys += len(sys)
	s.nGold += len(gold)
	for _, x := range sys {
		s.ts(x.Type).sys++
		matched, strict := false, false
		for _, g := range gold {
			if overlap(x.Start, x.End, g.Start, g.End) {
				matched = true
				strict = strict || g.Start == x.Start && g.End == x.End
			}
		}
		if matched {
			s.relaxedP++
			s.ts(x.Type).sysFound++
			if strict {
				s.strictP++
			}
		} else if log != nil {
			log(fmt.Sprintf("FP %s: %q -> %s", doc, x.Text, x.Value))
		}
	}
	for _, g := range gold {
		ts := s.ts(g.Type)
		ts.gold++
		var first *model.Timex
		strict := false
		for k := range sys {
			x := &sys[k]
			if overlap(x.Start, x.End, g.Start, g.End) {
				if first == nil {
					first = x
				}
				strict = strict || g.Start == x.Start && g.End == x.End
			}
		}
		if first == nil {
			if log != nil {
				log(fmt.Sprintf("FN %s: %q %s %s", doc, g.Text, g.Type, g.Value))
			}
			continue
		}
		s.relaxedR++
		ts.found++
		if strict {
			s.strictR++
		}
		if strings.EqualFold(first.Value, g.Value) {
			s.valueOK++
			ts.value++
		} else if log != nil {
			log(fmt.Sprintf("VALUE %s: %q gold %s got %s", doc, g.Text, g.Value, first.Value))
		}
		if strings.EqualFold(first.Type, g.Type) {
			s.typeOK++
		}
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

type figures struct {
	StrictF1, RelaxedP, RelaxedR, RelaxedF1, ValueAcc, ValueF1, TypeAcc float64
}

func (s *scores) figures() figures {
	rf := f1(ratio(s.relaxedP, s.nSys), ratio(s.relaxedR, s.nGold))
	va := ratio(s.valueOK, s.relaxedR)
	return figures{
		StrictF1:  f1(ratio(s.strictP, s.nSys), ratio(s.strictR, s.nGold)),
		RelaxedP:  ratio(s.relaxedP, s.nSys),
		RelaxedR:  ratio(s.relaxedR, s.nGold),
		RelaxedF1: rf,
		ValueAcc:  va,
		ValueF1:   va * rf,
		TypeAcc:   ratio(s.typeOK, s.relaxedR),
	}
}

func (s *scores) report(t *testing.T, name string) figures {
	f := s.figures()
	t.Logf("%s: gold %d sys %d strict F1 %.4f relaxed P %.4f R %.4f F1 %.4f value acc %.4f value F1 %.4f type acc %.4f",
		name, s.nGold, s.nSys, f.StrictF1, f.RelaxedP, f.RelaxedR, f.RelaxedF1, f.ValueAcc, f.ValueF1, f.TypeAcc)
	types := make([]string, 0, len(s.perType))
	for k := range s.perType {
		types = append(types, k)
	}
	sort.Strings(types)
	for _, k := range types {
		ts := s.perType[k]
		p, r := ratio(ts.sysFound, ts.sys), ratio(ts.found, ts.gold)
		va := ratio(ts.value, ts.found)
		t.Logf("  %-8s gold %4d sys %4d relaxed P %.3f R %.3f F1 %.3f value acc %.3f value F1 %.3f",
			k, ts.gold, ts.sys, p, r, f1(p, r), va, va*f1(p, r))
	}
	return f
}

func readGoldJSONL(t *testing.T, path string) []goldDoc {
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("no evaluation data: %v", err)
	}
	defer f.Close()
	var docs []goldDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var d goldDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return docs
}

// TestTempEval3Train scores the tagger on TempEval-3's training news
// (TimeBank + AQUAINT) and holds the figures above floors just under what
// it reaches, so a regression fails. Run with -v to see the figures, and
// with TIMEX_VERBOSE=1 for every miss.
func TestTempEval3Train(t *testing.T) {
	docs := readGoldJSONL(t, filepath.Join(shared, "eval", "tempeval3-train.jsonl"))
	s := newScores()
	var log func(string)
	if os.Getenv("TIMEX_VERBOSE") != "" {
		log = func(m string) { t.Log(m) }
	}
	for _, d := range docs {
		s.add(d.Doc, d.Timexes, Tag(d.Text, d.DCT), log)
	}
	f := s.report(t, "tempeval3-train")
	// Issue 12 lowered these by the TimeBank readings seed-gold overrules
	// (see the package doc): "recent weeks/months" and "past years" as
	// PAST_REF, "current" on a noun untagged, "Earlier," tagged, "X night"
	// as TNI. They cost 0.0057 value F1 here and 0.009 type accuracy.
	// Uncounted past stretches and "the previous Friday" raised them
	// again, and "today's youth" untagged, to strict F1 0.8853, relaxed F1
	// 0.9470, value accuracy 0.8735, value F1 0.8272.
	floors := figures{StrictF1: 0.884, RelaxedF1: 0.946, ValueAcc: 0.873, ValueF1: 0.827, TypeAcc: 0.955}
	check(t, f, floors)
}

func check(t *testing.T, f, floors figures) {
	t.Helper()
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"strict F1", f.StrictF1, floors.StrictF1},
		{"relaxed F1", f.RelaxedF1, floors.RelaxedF1},
		{"value accuracy", f.ValueAcc, floors.ValueAcc},
		{"value F1", f.ValueF1, floors.ValueF1},
		{"type accuracy", f.TypeAcc, floors.TypeAcc},
	} {
		if c.got < c.want {
			t.Errorf("%s %.4f below floor %.4f", c.name, c.got, c.want)
		}
	}
}

type seedGold struct {
	Documents []struct {
		File    string      `json:"file"`
		DCT     string      `json:"dct"`
		Timexes []goldTimex `json:"timexes"`
	} `json:"documents"`
}

// TestSeedGold tags the raw seed files with their gold DCT and scores
// them against the gold timexes of seed-gold.json.
func TestSeedGold(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(shared, "eval", "seed-gold.json"))
	if err != nil {
		t.Skipf("no seed gold: %v", err)
	}
	var g seedGold
	if err := json.Unmarshal(raw, &g); err != nil {
		t.Fatal(err)
	}
	s := newScores()
	for _, d := range g.Documents {
		text, err := os.ReadFile(filepath.Join(shared, "corpus", "seed", d.File))
		if err != nil {
			t.Fatal(err)
		}
		s.add(d.File, d.Timexes, Tag(string(text), d.DCT), func(m string) { t.Log(m) })
	}
	f := s.report(t, "seed-gold")
	check(t, f, figures{StrictF1: 0.95, RelaxedF1: 0.98, ValueAcc: 0.98, ValueF1: 0.96, TypeAcc: 0.98})
}
