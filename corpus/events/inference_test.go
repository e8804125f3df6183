package events

import (
	"strings"
	"testing"

	"github.com/annals/annals/model"
)

// article builds a bare article (no sentences: the fallback splitter
// runs) with a trusted publication date.
func article(id, published, text string) *model.Article {
	return &model.Article{ID: id, Path: id + ".txt", Text: text, Published: published, PublishedSource: model.SourceManifest}
}

// eventWith returns the event one of whose sources contains s.
func eventWith(tl *model.Timeline, s string) (model.Event, bool) {
	for _, e := range tl.Events {
		for _, src := range e.Sources {
			if strings.Contains(src.Text, s) {
				return e, true
			}
		}
	}
	return model.Event{}, false
}

func build(t *testing.T, arts ...*model.Article) *model.Timeline {
	t.Helper()
	tl, err := Build(arts, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return tl
}

func TestReactionDatesHappening(t *testing.T) {
	// Published Tuesday 4 March 2025: Monday is 3 March.
	fresh := article("a", "2025-03-04", "Officials on Monday condemned the car bombing that killed 12 people in Mosul.\n\nThe car bombing in Mosul killed 12 people and wounded 40.\n")
	tl := build(t, fresh)
	e, ok := eventWith(tl, "The car bombing in Mosul killed")
	if !ok {
		t.Fatal("the bombing told only through reactions is missing")
	}
	if e.Date.Value != "2025-03-03" || !e.Date.Inferred || !strings.Contains(e.Date.Text, "Monday") {
		t.Errorf("bombing dated %+v, want 2025-03-03 inferred from Monday", e.Date)
	}

	// Another outlet dates it only to the month: the reaction narrows it.
	monthly := article("b", "2025-03-20", "In March, a car bombing in Mosul killed 12 people.\n")
	tl = build(t, fresh, monthly)
	e, ok = eventWith(tl, "In March, a car bombing")
	if !ok || e.Date.Value != "2025-03-03" || len(e.Sources) < 3 {
		t.Errorf("merged bombing: %+v (%d sources), want 2025-03-03 with the reaction article's reports", e.Date, len(e.Sources))
	}

	// A reaction long before publication is no longer the news: no date.
	stale := article("c", "2025-03-20", "Officials on 5 March condemned the car bombing that killed 12 people in Mosul.\n")
	tl = build(t, stale)
	for _, e := range tl.Events {
		if strings.HasPrefix(e.Date.Text, "on or before") {
			t.Errorf("stale reaction dated the bombing: %+v", e.Date)
		}
	}
}

func TestUpcomingJoinsScheduledHappening(t *testing.T) {
	before := article("a", "2025-06-01", "The French elections are approaching, and markets are nervous.\n")
	after := article("b", "2025-07-11", "The French presidential election on July 10 drew a record turnout.\n")
	tl := build(t, before, after)
	e, ok := eventWith(tl, "French elections are approaching")
	if !ok || e.Date.Value != "2025-07-10" {
		t.Fatalf("upcoming election not joined to the dated one: %+v", tl.Events)
	}
	// A different country's vote stays apart.
	other := article("c", "2025-06-01", "The Peruvian presidential elections are approaching, and markets are nervous.\n")
	tl = build(t, other, after)
	if _, ok := eventWith(tl, "Peruvian presidential"); ok {
		t.Error("another country's election joined")
	}
}

func TestEndedCampaign(t *testing.T) {
	s := "The conflict has led to months of rocket attacks between the militias and the army, which only subsided after Turkey intervened in February."
	ws := tokenize(s)
	tx := model.Timex{Start: strings.Index(s, "February"), End: strings.Index(s, "February") + len("February"), Value: "2025-02"}
	main, rel, ok := endedCampaign(s, ws, []model.Timex{tx})
	if !ok || !strings.HasSuffix(s[main.start:main.end], "and the army") || !strings.HasPrefix(s[rel.start:rel.end], "which only subsided") {
		t.Fatalf("got %v %q | %q", ok, s[main.start:main.end], s[rel.start:rel.end])
	}
	// A relative clause that dates the attack itself is not an end.
	s = "Rocket attacks hit the base, which was struck again in February."
	if _, _, ok := endedCampaign(s, tokenize(s), []model.Timex{{Start: strings.Index(s, "February"), End: len(s) - 1, Value: "2025-02"}}); ok {
		t.Error("split a clause that tells no end")
	}
}

func TestDatedNounPhrase(t *testing.T) {
	s := "Bachelet directed the military Wednesday to punish a captain for remarks extolling the 1973 military coup."
	i := strings.Index(s, "1973")
	np, ok := datedNounPhrase(tokenize(s), model.Timex{Start: i, End: i + 4, Value: "1973"})
	if !ok || s[np.start:np.end] != "the 1973 military coup" {
		t.Errorf("got %v %q", ok, s[np.start:np.end])
	}
	s = "Trade rose to 10 billion dollars in 2005 from a year earlier."
	i = strings.Index(s, "2005")
	if _, ok := datedNounPhrase(tokenize(s), model.Timex{Start: i, End: i + 4, Value: "2005"}); ok {
		t.Error("a date with no happening noun after it taken as a noun phrase")
	}
}

func TestSummaryDropsLowerCaseConnective(t *testing.T) {
	if got := summarize("and Haniyeh was killed in Tehran on 31 July"); got != "Haniyeh was killed in Tehran on 31 July" {
		t.Errorf("got %q", got)
	}
}

// A toll told in a participle clause after the dated clause belongs to the
// same happening, also when an attribution closes the sentence.
func TestTollClauseAfterAttribution(t *testing.T) {
	for _, text := range []string{
		"Militants fired rockets at the embassy on Saturday, killing two guards and wounding five, police said.\n",
		"Militants fired rockets at the embassy on Saturday, killing two guards and wounding five.\n",
	} {
		tl := build(t, article("a", "2024-06-02", text))
		e, ok := eventWith(tl, "fired rockets")
		if !ok {
			t.Fatalf("%q: no event", text)
		}
		if e.Figures.Killed != 2 || e.Figures.Wounded != 5 {
			t.Errorf("%q: figures %+v, want 2 killed, 5 wounded", text, e.Figures)
		}
	}
}
