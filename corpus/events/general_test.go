package events

import (
	"strings"
	"testing"

	"github.com/annals/annals/model"
)

// rowOf returns the event with a source containing sub, or fails.
func rowOf(t *testing.T, tl *model.Timeline, sub string) model.Event {
	t.Helper()
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			if strings.Contains(s.Text, sub) {
				return e
			}
		}
	}
	t.Fatalf("no row holds %q", sub)
	return model.Event{}
}

// A description of the speaker set off by commas ("a key US ally since
// the 1960s", "who won the 1990 World Cup") does not date the statement
// (news-1997: 'Cunningham, ... in Congress since 1991, announced in July'
// was dated 1991); a fresh day in it ("who arrived in Cairo on
// Saturday") still does.
func TestAppositiveDateIsNotTheStatements(t *testing.T) {
	tl := build(t, article("a", "2005-12-01",
		"Cunningham, a former pilot who has been in Congress since 1991, announced in July that he would not seek re-election.\n\n"+
			"Klinsmann, who won the 1990 World Cup with West Germany, admitted the draw could have been much worse.\n\n"+
			"Blair, who touched down on Tuesday in Cairo, welcomed the call for talks.\n"))
	if e := rowOf(t, tl, "Cunningham"); e.Date.Value != "2005-07" {
		t.Errorf("Cunningham's announcement dated %s, want 2005-07", e.Date.Value)
	}
	for _, e := range tl.Events {
		if strings.Contains(e.Sources[0].Text, "Klinsmann") && e.Date.Value == "1990" {
			t.Errorf("Klinsmann's statement dated 1990")
		}
	}
	if e := rowOf(t, tl, "Blair"); e.Date.Value != "2005-11-29" {
		t.Errorf("Blair's statement dated %s, want 2005-11-29", e.Date.Value)
	}
}

// Split points fall at the clause boundary after a date, so a verb stays
// with its date; one day told as a time and a day is one date.
func TestSplitAtClauseBoundary(t *testing.T) {
	tl := build(t, article("a", "2005-11-10",
		"Prime Minister Ottri on Thursday sent a cable of condolences to his counterpart Badran, condemning the bombings that rocked three hotels in Amman Wednesday night.\n\n"+
			"Two soldiers were killed at approximately 11:30 p.m. (0830 GMT) on Tuesday when their vehicle was struck by a roadside bomb.\n"))
	e := rowOf(t, tl, "sent a cable")
	if e.Date.Value != "2005-11-10" || !strings.Contains(e.Sources[0].Text, "Ottri on Thursday sent") {
		t.Errorf("the cable row: %s %q", e.Date.Value, e.Sources[0].Text)
	}
	if e := rowOf(t, tl, "condemning the bombings"); e.Date.Value != "2005-11-09" {
		t.Errorf("the bombings dated %s, want 2005-11-09", e.Date.Value)
	}
	n := 0
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			if strings.Contains(s.Text, "soldiers") || strings.Contains(s.Text, "GMT") {
				n++
				if e.Date.Value != "2005-11-08" {
					t.Errorf("the roadside bomb dated %s, want 2005-11-08", e.Date.Value)
				}
			}
		}
	}
	if n != 1 {
		t.Errorf("the roadside bomb sentence gave %d rows, want 1", n)
	}
}

// The clause's own verb types it: an arrest, a trial, a protest or a
// release is not the violence it is about (the first three have types of
// their own since the general-news types came in; they were other); new reporting verbs make
// statements; "called off" is no statement.
func TestTypesOfGeneralNews(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Dozens of veterans disabled by chemical weapon attacks staged a sit-in Thursday in front of the embassy.", model.EventProtest},
		{"Last Thursday two men were given life sentences by a Berlin court after being convicted of the assassination of four dissidents.", model.EventTrial},
		{"Gunmen on Tuesday released two women who were abducted Monday night north of Baghdad.", model.EventOther},
		{"The hostages freed Friday reiterated claims that troops executed rebels captured alive.", model.EventStatement},
		{"Violence resurged after the group called off a unilateral ceasefire in 2004.", model.EventNegotiation},
		{"The 1992 murder of four dissidents in Berlin strained relations.", model.EventKilling},
		{"A man convicted of murder was beheaded by the sword on Tuesday in the capital.", model.EventKilling},
		{"The euro was quoted at 1.2969 dollars on Tuesday against 1.2945 on Monday.", model.EventEconomy},
		{"Yeltsin on Monday sacked his transport minister, Anatoly Zaitsev.", model.EventAnnouncement},
		{"Islamist militias routed an alliance of warlords on Monday in the capital.", model.EventAttack},
		{"The minister testified Monday that he arranged payments to the former premier.", model.EventStatement},
		{"Police detained Thursday a former minister who had visited the rebels.", model.EventArrest},
		// news-1997 sentences of the types added for general news
		{"Hundreds of Palestinians clashed with Israeli troops here Wednesday following the funeral of one of three men killed in rioting the previous day in the divided West Bank city, witnesses said.", model.EventClash},
		{"The European Union (EU) and Canada signed an agreement on Thursday, facilitating Canada's participation in EU crisis management operations.", model.EventAgreement},
		{"An 18-year-old woman died and her two 19-year-old friends were injured when a tree crashed onto a mobile home in Staffordshire on Saturday.", model.EventAccident},
		{"The gas explosion took place early Friday morning at the Zhonghe Coal Mine in Shuicheng county while 31 miners were working in the shaft.", model.EventAccident},
		{"Hong Kong shares fell from the record high Friday with the benchmark Hang Seng Index down 5 percent.", model.EventEconomy},
		{"A flash flood killed at least 47 residents and left 50 others missing in Badghis province of western Afghanistan on Friday.", model.EventDisaster},
		{"Angela Merkel, the leader of the Christian Democrats, was elected Tuesday by the German parliament as new chancellor, the first woman chancellor in Germany.", model.EventElection},
		{"The US House of Representatives voted for it 212-184 late Friday.", model.EventElection},
		{"Israel's Supreme Court on Thursday ruled that the legality of targeted strikes should be determined case by case.", model.EventStatement},
		{"The area is a bastion of support for Ershad, who ruled the country between 1982 and 1990.", model.EventOther},
		// sport: a named competition, or a result in two of sport's words
		{"China's Li Yan won the Asian Games women's cycling points gold medal on Thursday.", model.EventSport},
		{"Samoa ran in three tries to record an impressive 28-12 win against Argentina in a one-off rugby union Test here on Saturday.", model.EventSport},
		// a speech or an objection is talk
		{"UN Secretary-General Kofi Annan is scheduled to deliver his first major speech on avian flu Thursday.", model.EventStatement},
		// "under the deal" frames the clause; the reopening is no agreement
		{"Under the agreement, the two sides will reopen the crossing on Nov. 25.", model.EventOther},
		{"He was satisfied about a US-brokered agreement reached on Tuesday.", model.EventAgreement},
	}
	for _, c := range cases {
		tl := build(t, article("a", "1997-04-18", c.text+"\n"))
		if len(tl.Events) == 0 {
			t.Errorf("%q: no event", c.text)
			continue
		}
		if got := rowOf(t, tl, c.text[:20]).Type; got != c.want {
			t.Errorf("%q: type %s, want %s", c.text, got, c.want)
		}
	}
}

// A plan or forecast is not a happening at its target date: "clear all
// mines by 2010", "trade was expected to reach 60 billion dollars by
// 2010" make no 2010 row; the statement keeps its own day, and a
// scheduled happening ("a referendum in May", "will meet Friday") keeps
// its date.
func TestPlansAreNotDatedAtTheirTarget(t *testing.T) {
	tl := build(t, article("a", "2005-11-24",
		"As a signatory, Cambodia is bound to clear all of its land of mines by 2010.\n\n"+
			"The minister said on Tuesday that trade was expected to reach 60 billion dollars in 2010.\n\n"+
			"The constitution will be put to voters in a referendum in May.\n\n"+
			"Mobutu will meet rebel leader Kabila on Friday aboard a ship.\n"))
	for _, e := range tl.Events {
		if strings.HasPrefix(e.Date.Value, "2010") {
			t.Errorf("a plan dated at its target: %s %q", e.Date.Value, e.Sources[0].Text)
		}
	}
	if e := rowOf(t, tl, "minister said"); e.Date.Value != "2005-11-22" {
		t.Errorf("the statement dated %s, want 2005-11-22", e.Date.Value)
	}
	if e := rowOf(t, tl, "referendum"); e.Date.Value != "2006-05" {
		t.Errorf("the referendum dated %s, want 2006-05", e.Date.Value)
	}
	if e := rowOf(t, tl, "Kabila"); e.Date.Value != "2005-11-25" {
		t.Errorf("the meeting dated %s, want 2005-11-25", e.Date.Value)
	}
}

// A happening named after "since" owns the date; what has gone on since
// is no happening of that date ("37,000 killed since ... 1984" is not a
// killing in 1984). A bare "since October" still dates the campaign.
func TestSinceNamesTheDatedHappening(t *testing.T) {
	tl := build(t, article("a", "2006-11-16",
		"More than 37,000 people have been killed since the rebel group took up arms against the government in 1984.\n\n"+
			"Since the U.S.-led war in Iraq broke out in March 2003, more than 2,850 U.S. soldiers have been killed.\n\n"+
			"Militias have been attacking the bases since October.\n"))
	e := rowOf(t, tl, "took up arms")
	if e.Date.Value != "1984" || e.Type == model.EventKilling || strings.Contains(e.Sources[0].Text, "37,000") {
		t.Errorf("1984 row: %s %s %q", e.Date.Value, e.Type, e.Sources[0].Text)
	}
	e = rowOf(t, tl, "broke out")
	if e.Date.Value != "2003-03" || e.Type == model.EventKilling || e.Figures.Killed != 0 {
		t.Errorf("2003 row: %s %s %+v %q", e.Date.Value, e.Type, e.Figures, e.Sources[0].Text)
	}
	if e := rowOf(t, tl, "Militias"); e.Date.Value != "2006-10" || e.Type != model.EventAttack {
		t.Errorf("campaign row: %s %s", e.Date.Value, e.Type)
	}
}
