package events

import (
	"strings"
	"testing"

	"github.com/annals/annals/model"
)

// Rows that are only a date ("On Thursday", "… and 1996.") or a figure's
// baseline ("up 1.5 percent from September") were 6% of news-1997's
// events; a fronted date dates the clause after it.
func TestNoRowIsOnlyADate(t *testing.T) {
	tl := build(t,
		article("a", "2006-11-17", "On Thursday, the central bank raised its main rate to 5 percent, a move it had signalled on Monday.\n\n"+
			"Exports rose 1.5 percent in October from September, the ministry said on Friday.\n"))
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			if len(strings.Fields(s.Text)) < 4 {
				t.Errorf("a row of a bare date: %q (%s)", s.Text, e.Date.Value)
			}
		}
		if e.Date.Value == "2006-09" {
			t.Errorf("the baseline month made a row: %q", e.Summary)
		}
	}
	e, ok := eventWith(tl, "raised its main rate")
	if !ok || e.Date.Value != "2006-11-16" {
		t.Errorf("the rate rise is dated %q (ok %v), want Thursday 2006-11-16", e.Date.Value, ok)
	}
}

// "On Friday, Hamas said …" is a statement dated Friday: the fronted
// adverbial before the comma is not reported content. (A claim of the
// speaker's own attack, "said it fired rockets", tells the attack: the
// example says something else.) And a sentence
// sharing a line with the one before it starts at its own first word.
func TestFrontedDateStatement(t *testing.T) {
	tl := build(t, article("a", "2024-10-07", "The war goes on. On Tuesday, Hamas said it rejected the proposal.\n\nOn Friday, Kofi Annan said in an interview that the talks had failed.\n"))
	for _, want := range []struct{ text, date string }{
		{"On Tuesday, Hamas said it rejected the proposal.", "2024-10-01"},
		{"On Friday, Kofi Annan said in an interview that the talks had failed.", "2024-10-04"},
	} {
		e, ok := eventWith(tl, want.text)
		if !ok {
			t.Errorf("no event with the source %q", want.text)
			continue
		}
		if e.Type != model.EventStatement || e.Date.Value != want.date {
			t.Errorf("%q: %s %s, want a statement on %s", want.text, e.Type, e.Date.Value, want.date)
		}
		for _, s := range e.Sources {
			if !strings.HasPrefix(s.Text, "On ") {
				t.Errorf("source starts mid-word: %q", s.Text)
			}
		}
	}
}

// "No one was hurt" is no toll of one.
func TestTollOfADenial(t *testing.T) {
	if f := extractFigures(tokenize("No one was hurt in the attack on Monday.")); f != (model.Figures{}) {
		t.Errorf("a denial counted: %+v", f)
	}
}

// BenchmarkLongArticle extracts one article of 8,000 short dated
// sentences: the time per sentence must not grow with the article (each
// sentence scanned every time expression of the article, so 20,000
// sentences took 12 s and 40,000 four times as long).
func BenchmarkLongArticle(b *testing.B) {
	text := strings.Repeat("On Monday rebels attacked Goma. ", 8000)
	x, err := NewExtractor(Options{})
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		x.Article(article("big", "2024-01-10", text))
	}
}

// A period written "1980-1988" names which war; beside another date it
// splits nothing and dates nothing (news-1997 had 62 sources starting
// "-1988 war ..." and lost the sit-in they told).
func TestCompactPeriodQualifiesANoun(t *testing.T) {
	tl := build(t, article("a", "1997-04-18", "Veterans of the 1980-1988 war against Iraq staged a sit-in Thursday in Tehran to demand pensions.\n"))
	if len(tl.Events) != 1 {
		t.Fatalf("%d events, want the sit-in alone: %+v", len(tl.Events), tl.Events)
	}
	if e := tl.Events[0]; e.Date.Value != "1997-04-17" || !strings.HasPrefix(e.Sources[0].Text, "Veterans") {
		t.Errorf("the sit-in: %s %q", e.Date.Value, e.Sources[0].Text)
	}
}

// A claim of responsibility names who did the happening just told, and
// "It was the third such strike this month" counts it in a series: both
// are sources of that strike, not rows of their own.
func TestClaimAndSeriesJoinTheStrike(t *testing.T) {
	tl := build(t, article("a", "2024-03-12", "A drone struck a military base near Erbil late on Monday, wounding two soldiers, Kurdish officials said on Tuesday.\n\n"+
		"The Islamic Resistance in Iraq claimed the attack in a statement on Telegram. It was the third such strike this month.\n"))
	e, ok := eventWith(tl, "A drone struck")
	if !ok {
		t.Fatal("no strike")
	}
	var strike *model.Event
	for i := range tl.Events {
		if tl.Events[i].Type == model.EventStrike || tl.Events[i].Type == model.EventAttack {
			strike = &tl.Events[i]
		}
	}
	if strike == nil {
		t.Fatalf("no violent event: %+v", e)
	}
	if len(strike.Actors) == 0 || strike.Actors[0] != "Islamic Resistance in Iraq" {
		t.Errorf("the claimant is not the strike's first actor: %v", strike.Actors)
	}
	texts := ""
	for _, s := range strike.Sources {
		texts += s.Text + "|"
	}
	for _, want := range []string{"claimed the attack", "third such strike"} {
		if !strings.Contains(texts, want) {
			t.Errorf("%q is not a source of the strike: %s", want, texts)
		}
	}
	for _, ev := range tl.Events {
		if ev.Date.Value == "2024-03" {
			t.Errorf("'this month' made a row of its own: %q", ev.Summary)
		}
	}
}

// A summary that puts a sentence's subject before a later part never
// repeats the words they share (194 news-1997 summaries read "Ho said
// that since Industrial Revolution … Industrial Revolution").
func TestSummaryDoesNotRepeat(t *testing.T) {
	s := "Ho said that since Industrial Revolution in the 18th century, emissions have grown."
	got := withSubject(s, "Industrial Revolution in the 18th century")
	if strings.Count(got, "Industrial Revolution") != 1 {
		t.Errorf("repeated: %q", got)
	}
}

// The date a figure is compared with dates no happening; a start date
// after "from" still does.
func TestBaselineDates(t *testing.T) {
	tl := build(t, article("a", "2006-11-29", "The local currency finished at 930.80 won against one U.S. dollar, down 0.2 won from Monday's close.\n\n"+
		"Airports and borders will shut from Wednesday, a five-day holiday imposed.\n"))
	if _, ok := eventWith(tl, "from Monday's close"); ok {
		t.Error("a figure's baseline made a row")
	}
	if e, ok := eventWith(tl, "shut from Wednesday"); !ok || e.Date.Value != "2006-11-29" {
		t.Errorf("a start date lost: %+v %v", e.Date, ok)
	}
}
