package index

import (
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"sort"
	"strings"

	"github.com/annals/annals/corpus/events"
	"github.com/annals/annals/model"
)

// fakeExtractor is a tiny rule-based stand-in for events.Extractor, so
// the index mechanics are tested whatever state extraction is in: one
// event per body sentence holding a trigger word; sentences with the same
// text in several articles merge into one event.
type fakeExtractor struct{}

var (
	fakeTriggers = map[string]string{"drone": model.EventAttack, "strike": model.EventStrike, "killed": model.EventKilling, "said": model.EventStatement}
	fakeActors   = []string{"Kataib Hezbollah", "United States", "Iran", "Israel", "Hamas"}
	fakeDate     = regexp.MustCompile(`\b(\d{4}-\d{2}(-\d{2})?)\b`)
)

func (fakeExtractor) Article(a *model.Article) events.Extraction {
	var ex events.Extraction
	for _, s := range a.Sentences {
		if s.Kind != "" && s.Kind != model.BlockBody {
			continue
		}
		typ := ""
		lower := strings.ToLower(s.Text)
		for _, w := range []string{"drone", "strike", "killed", "said"} {
			if strings.Contains(lower, w) {
				typ = fakeTriggers[w]
				break
			}
		}
		if typ == "" {
			continue
		}
		e := model.Event{Type: typ, Summary: s.Text, Date: model.EventDate{Value: a.Published}}
		if m := fakeDate.FindString(s.Text); m != "" {
			e.Date.Value = m
		}
		e.Date.Precision = model.PrecisionOf(e.Date.Value)
		for _, act := range fakeActors {
			if strings.Contains(s.Text, act) {
				e.Actors = append(e.Actors, act)
			}
		}
		e.Sources = []model.Source{{Article: a.ID, File: a.Path, Start: s.Start, End: s.End, CleanStart: s.CleanStart, CleanEnd: s.CleanEnd, Text: s.Text, Outlet: a.Outlet, Published: a.Published}}
		ex.Events = append(ex.Events, e)
	}
	return ex
}

func (fakeExtractor) Merge(arts []*model.Article, exs []events.Extraction) *model.Timeline {
	byText := map[string]*model.Event{}
	var order []string
	counts := map[string]int{}
	for _, ex := range exs {
		for _, e := range ex.Events {
			if m := byText[e.Summary]; m != nil {
				m.Sources = append(m.Sources, e.Sources...)
				continue
			}
			sum := sha256.Sum256([]byte(e.Summary))
			e.ID = hex.EncodeToString(sum[:5])
			ec := e
			byText[e.Summary] = &ec
			order = append(order, e.Summary)
		}
	}
	tl := &model.Timeline{Articles: arts}
	for _, k := range order {
		e := *byText[k]
		for _, a := range e.Actors {
			counts[a]++
		}
		tl.Events = append(tl.Events, e)
	}
	sort.SliceStable(tl.Events, func(i, j int) bool { return tl.Events[i].Date.Value < tl.Events[j].Date.Value })
	for a, n := range counts {
		tl.Actors = append(tl.Actors, model.Actor{Name: a, Mentions: n})
	}
	return tl
}
