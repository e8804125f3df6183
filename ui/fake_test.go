package ui

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/annals/annals/index"
	"github.com/annals/annals/model"
)

// memBackend is an in-memory Backend over model values: enough of the
// index's behaviour (filters, chronological order, paging, facets) to
// drive every view without bleve.
type memBackend struct {
	arts   map[string]*model.Article
	events []model.Event // chronological
	actors []model.Actor
}

func newMem(arts []*model.Article, evs []model.Event) *memBackend {
	b := &memBackend{arts: map[string]*model.Article{}}
	for _, a := range arts {
		b.arts[a.ID] = a
	}
	sort.SliceStable(evs, func(i, j int) bool { return sortKey(evs[i]) < sortKey(evs[j]) })
	b.events = evs
	n := map[string]int{}
	for _, e := range evs {
		for _, a := range e.Actors {
			n[a]++
		}
	}
	for a, c := range n {
		b.actors = append(b.actors, model.Actor{Name: a, Mentions: c})
	}
	sort.Slice(b.actors, func(i, j int) bool {
		if b.actors[i].Mentions != b.actors[j].Mentions {
			return b.actors[i].Mentions > b.actors[j].Mentions
		}
		return b.actors[i].Name < b.actors[j].Name
	})
	return b
}

func sortKey(e model.Event) string {
	r, ok := model.ParseDateValue(e.Date.Value)
	d := "9999-99-99"
	if ok {
		d = r.Start.Format("2006-01-02")
	}
	return d + "\x00" + e.ID
}

func (b *memBackend) match(e *model.Event, q index.Query) bool {
	if q.Text != "" {
		hay := strings.ToLower(e.Summary)
		for _, s := range e.Sources {
			hay += " " + strings.ToLower(s.Text)
		}
		for _, t := range queryTerms(q.Text) {
			if !strings.Contains(hay, t) {
				return false
			}
		}
	}
	if len(q.Actors) > 0 {
		has := map[string]bool{}
		for _, a := range e.Actors {
			has[a] = true
		}
		n := 0
		for _, a := range q.Actors {
			if has[a] {
				n++
			}
		}
		if n == 0 || (q.AllActors && n < len(q.Actors)) {
			return false
		}
	}
	if len(q.Types) > 0 {
		ok := false
		for _, t := range q.Types {
			ok = ok || t == e.Type
		}
		if !ok {
			return false
		}
	}
	if q.From != "" || q.To != "" {
		r, ok := model.ParseDateValue(e.Date.Value)
		if !ok {
			return false
		}
		// As the index does: what overlaps the range is kept.
		lo, hi := filterBounds(q.From, q.To)
		if (!lo.IsZero() && !r.End.After(lo)) || (!hi.IsZero() && !r.Start.Before(hi)) {
			return false
		}
	}
	return true
}

func (b *memBackend) Search(ctx context.Context, q index.Query) (*index.Result, error) {
	if strings.Contains(q.Text, "((") {
		// as the index reports it: where the query stops making sense
		i := strings.Index(q.Text, "((")
		return nil, &index.QueryError{Query: q.Text, Pos: i, Col: i + 1, Msg: "syntax error"}
	}
	res := &index.Result{}
	size := q.Size
	if size == 0 {
		size = 50
	}
	if q.Kind == index.KindArticles {
		var ids []string
		for id := range b.arts {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			a := b.arts[id]
			res.Hits = append(res.Hits, index.Hit{Kind: index.KindArticles, Article: &index.ArticleRow{ID: a.ID, Title: a.Title, Outlet: a.Outlet, Published: a.Published, File: a.Path}})
		}
		res.Total = uint64(len(res.Hits))
		return res, nil
	}
	after := ""
	if len(q.After) > 0 {
		after = q.After[0]
	}
	actors, types, months := map[string]int{}, map[string]int{}, map[string]int{}
	for i := range b.events {
		if i%4096 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		e := &b.events[i]
		if !b.match(e, q) {
			continue
		}
		res.Total++
		if q.Facets {
			for _, a := range e.Actors {
				actors[a]++
			}
			types[e.Type]++
			if r, ok := model.ParseDateValue(e.Date.Value); ok {
				months[r.Start.Format("2006-01")]++
			}
		}
		k := sortKey(*e)
		if k <= after || len(res.Hits) >= size {
			continue
		}
		h := index.Hit{Event: *e, Sort: []string{k}}
		for _, t := range queryTerms(q.Text) {
			for _, s := range findTerms(e.Summary, []string{t}) {
				h.Highlights = append(h.Highlights, index.Highlight{Source: -1, Start: s.start, End: s.end})
			}
		}
		res.Hits = append(res.Hits, h)
	}
	res.Actors = facets(actors, false)
	res.Types = facets(types, false)
	res.Months = facets(months, true)
	return res, nil
}

func facets(m map[string]int, chrono bool) []index.FacetCount {
	var out []index.FacetCount
	for k, v := range m {
		out = append(out, index.FacetCount{Term: k, Count: v})
	}
	sort.Slice(out, func(i, j int) bool {
		if chrono || out[i].Count == out[j].Count {
			return out[i].Term < out[j].Term
		}
		return out[i].Count > out[j].Count
	})
	return out
}

func (b *memBackend) Article(id string) (*model.Article, error) {
	if a, ok := b.arts[id]; ok {
		return a, nil
	}
	return nil, fmt.Errorf("no article %s", id)
}

func (b *memBackend) ArticleEvents(id string) ([]model.Event, error) {
	var out []model.Event
	for _, e := range b.events {
		for _, s := range e.Sources {
			if s.Article == id {
				out = append(out, e)
				break
			}
		}
	}
	return out, nil
}

func (b *memBackend) Stats() index.Stats {
	st := index.Stats{Articles: len(b.arts), Events: len(b.events), Actors: len(b.actors)}
	if n := len(b.events); n > 0 {
		st.First = b.events[0].Date.Value
		st.Last = b.events[n-1].Date.Value
	}
	return st
}

func (b *memBackend) Actors() []model.Actor { return b.actors }

// fixture is a small fixed corpus in the shape of the sample one: three
// outlets reporting militia attacks and diplomacy in 2024.
func fixture() *memBackend {
	mk := func(id, outlet, title, pub string, paras ...string) *model.Article {
		return &model.Article{ID: id, Path: "seed/" + id + ".txt", Title: title, Outlet: outlet,
			Published: pub, PublishedSource: model.SourceManifest, Confidence: "high",
			Text: strings.Join(paras, "\n\n")}
	}
	a1 := mk("a1", "Reuters", "Iraq tries to avoid regional fighting as militias fire into Israel", "2024-11-01",
		"BAGHDAD (Reuters) - Iraq is trying to stay out of the regional conflict.",
		"The Islamic Resistance in Iraq said it launched a drone at Eilat on Thursday. Kataib Hezbollah said its fighters attacked a base in the Golan Heights with drones.",
		"U.S. officials said the drone attacks had increased since October. Prime Minister Mohammed Shia al-Sudani met the U.S. ambassador on Tuesday.",
		"Analysts said the government was caught between Washington and Tehran.")
	a2 := mk("a2", "The Jerusalem Post", "Iraq returns to the spotlight as Iran prods Iraqi militias", "2024-08-21",
		"The Islamic Resistance in Iraq claimed a drone attack on the port of Eilat on Wednesday, IRNA reported.",
		"On Tuesday, Foreign Minister Fuad Hussein said Iraq did not want to be dragged into the war. Kataib Hezbollah threatened U.S. forces at Ain al-Asad.",
		"Five U.S. personnel were wounded in a rocket attack on Ain al-Asad air base on August 5.")
	a3 := mk("a3", "AFP", "Iraq stresses the urgent importance of regional de-escalation", "2024-10-15",
		"Iraq's foreign minister called for de-escalation during a meeting in Baghdad on Monday.",
		"The militia Kataib Hezbollah announced it would suspend attacks on U.S. forces in January.",
		"A drone struck near Erbil airport in late September, officials said, without naming a group.",
		"A similar attack hit the same airport in 2014.")
	src := func(a *model.Article, sentence string) model.Source {
		i := strings.Index(a.Text, sentence)
		if i < 0 {
			panic("fixture: sentence not in " + a.ID + ": " + sentence)
		}
		return model.Source{Article: a.ID, File: a.Path, CleanStart: i, CleanEnd: i + len(sentence), Text: sentence,
			Outlet: a.Outlet, Published: a.Published}
	}
	ev := func(id, date, prec, typ, summary string, actors []string, srcs ...model.Source) model.Event {
		return model.Event{ID: id, Date: model.EventDate{Value: date, Precision: prec}, Type: typ,
			Summary: summary, Actors: actors, Sources: srcs}
	}
	evs := []model.Event{
		ev("e1", "2024-08-05", "day", model.EventAttack, "Rocket attack on Ain al-Asad air base wounds five U.S. personnel",
			[]string{"United States"}, src(a2, "Five U.S. personnel were wounded in a rocket attack on Ain al-Asad air base on August 5.")),
		ev("e2", "2024-08-20", "day", model.EventStatement, "Fuad Hussein says Iraq does not want to be dragged into the war",
			[]string{"Fuad Hussein", "Iraq"}, src(a2, "On Tuesday, Foreign Minister Fuad Hussein said Iraq did not want to be dragged into the war.")),
		ev("e3", "2024-08-21", "day", model.EventAttack, "Islamic Resistance in Iraq claims drone attack on Eilat port",
			[]string{"Islamic Resistance in Iraq", "Israel"}, src(a2, "The Islamic Resistance in Iraq claimed a drone attack on the port of Eilat on Wednesday, IRNA reported.")),
		ev("e4", "2024-08", "month", model.EventThreat, "Kataib Hezbollah threatens U.S. forces at Ain al-Asad",
			[]string{"Kataib Hezbollah", "United States"}, src(a2, "Kataib Hezbollah threatened U.S. forces at Ain al-Asad.")),
		ev("e5", "2024-09", "month", model.EventStrike, "Drone strikes near Erbil airport",
			nil, src(a3, "A drone struck near Erbil airport in late September, officials said, without naming a group.")),
		ev("e6", "2024-10-14", "day", model.EventMeeting, "Iraq's foreign minister calls for de-escalation in Baghdad meeting",
			[]string{"Iraq"}, src(a3, "Iraq's foreign minister called for de-escalation during a meeting in Baghdad on Monday.")),
		ev("e7", "2024-W44", "week", model.EventMeeting, "Mohammed Shia al-Sudani meets the U.S. ambassador",
			[]string{"Mohammed Shia al-Sudani", "United States"}, src(a1, "Prime Minister Mohammed Shia al-Sudani met the U.S. ambassador on Tuesday.")),
		ev("e8", "2024-10-31", "day", model.EventAttack, "Islamic Resistance in Iraq launches a drone at Eilat",
			[]string{"Islamic Resistance in Iraq", "Israel"},
			src(a1, "The Islamic Resistance in Iraq said it launched a drone at Eilat on Thursday."),
			src(a2, "The Islamic Resistance in Iraq claimed a drone attack on the port of Eilat on Wednesday, IRNA reported.")),
		ev("e9", "2024-10-31", "day", model.EventAttack, "Kataib Hezbollah fighters attack a base in the Golan Heights",
			[]string{"Kataib Hezbollah", "Israel"},
			src(a1, "Kataib Hezbollah said its fighters attacked a base in the Golan Heights with drones."),
			src(a2, "Kataib Hezbollah threatened U.S. forces at Ain al-Asad."),
			src(a3, "The militia Kataib Hezbollah announced it would suspend attacks on U.S. forces in January.")),
		ev("e10", "2024", "year", model.EventAnnouncement, "Kataib Hezbollah suspends attacks on U.S. forces",
			[]string{"Kataib Hezbollah"}, src(a3, "The militia Kataib Hezbollah announced it would suspend attacks on U.S. forces in January.")),
		ev("e11", "2024-10", "month", model.EventReport, "U.S. officials say drone attacks increased since October",
			[]string{"United States"}, src(a1, "U.S. officials said the drone attacks had increased since October.")),
	}
	evs = append(evs, ev("e12", "2014", "year", model.EventAttack, "A similar attack hit the same airport in 2014.",
		nil, src(a3, "A similar attack hit the same airport in 2014.")))
	evs[11].Background = true // a look back, ten years on
	// The two reports of the Eilat launch give different days.
	evs[7].Disagreements = []model.Disagreement{{Field: "date", Values: []model.DisagreeValue{
		{Value: "2024-10-31", Articles: []string{"a1"}}, {Value: "2024-10-30", Articles: []string{"a2"}}}}}
	evs[8].Headline = "Kataib Hezbollah fighters attack a Golan Heights base with drones"
	evs[6].Date.Inferred = true
	evs[0].Figures = model.Figures{Wounded: 5}
	evs[0].Place = "Ain al-Asad"
	return newMem([]*model.Article{a1, a2, a3}, evs)
}

// bigBackend has n generated events over ten years, for scrolling and
// frame-time benchmarks.
func bigBackend(n int) *memBackend {
	a := &model.Article{ID: "big", Path: "big.txt", Title: "Generated", Outlet: "Wire", Published: "2020-01-01",
		PublishedSource: model.SourceManifest, Text: "A generated sentence about a drone strike near the border."}
	types := model.EventTypes
	actors := []string{"Kataib Hezbollah", "United States", "Iraq", "Israel", "Islamic Resistance in Iraq", "Iran"}
	evs := make([]model.Event, n)
	for i := range evs {
		day := i * 3650 / max(n, 1)
		y, d := 2015+day/365, day%365
		m := d/31 + 1
		dd := d%28 + 1
		evs[i] = model.Event{
			ID:      fmt.Sprintf("g%06d", i),
			Date:    model.EventDate{Value: fmt.Sprintf("%04d-%02d-%02d", y, min(m, 12), dd), Precision: "day"},
			Type:    types[i%len(types)],
			Summary: fmt.Sprintf("Generated event %d: a drone strike reported near the border", i),
			Actors:  []string{actors[i%len(actors)], actors[(i/7+1+i)%len(actors)]},
			Sources: []model.Source{{Article: "big", File: "big.txt", CleanStart: 0, CleanEnd: len(a.Text), Text: a.Text, Outlet: "Wire"}},
		}
	}
	b := &memBackend{arts: map[string]*model.Article{"big": a}, events: evs}
	sort.SliceStable(b.events, func(i, j int) bool { return sortKey(b.events[i]) < sortKey(b.events[j]) })
	for _, x := range actors {
		b.actors = append(b.actors, model.Actor{Name: x, Mentions: n / 3})
	}
	return b
}
