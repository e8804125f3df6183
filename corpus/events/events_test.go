package events

import (
	"strings"
	"testing"

	"github.com/annals/annals/model"
)

func TestFigures(t *testing.T) {
	cases := []struct {
		text string
		want model.Figures
	}{
		{"The attack against Tower 22 killed three US troops and wounded 34.", model.Figures{Killed: 3, Wounded: 34}},
		{"three US personnel were killed in a drone attack on an outpost", model.Figures{Killed: 3}},
		{"a drone strike that claimed the lives of three U.S. troops in Jordan", model.Figures{Killed: 3}},
		{"one that killed two Israeli soldiers and wounded more than 20 on October 4", model.Figures{Killed: 2, Wounded: 20}},
		{"the Syria strikes resulted in 23 deaths, all of whom were fighters", model.Figures{Killed: 23}},
		{"there have been more than 150 drone or rocket attacks against US forces", model.Figures{Count: 150}},
		{"Israel’s war has killed over 40,000 Palestinians since October", model.Figures{Killed: 40000}},
		{"a newly formed militia wounded five US soldiers in a rocket attack", model.Figures{Wounded: 5}},
		// No tolls: a garrison size, a name with a number, a year.
		{"the withdrawal of 2,500 US personnel in Iraq", model.Figures{}},
		{"The attack against Tower 22, a logistics base", model.Figures{}},
		{"militias began their attacks on US forces in 2019", model.Figures{}},
	}
	for _, c := range cases {
		if got := extractFigures(tokenize(c.text)); got != c.want {
			t.Errorf("%q: got %+v, want %+v", c.text, got, c.want)
		}
	}
}

func TestTokenizeKeepsNamesAndNumbers(t *testing.T) {
	var got []string
	for _, w := range tokenize("Kata’ib Hezbollah's 2,500 U.S. troops at Ain al-Asad, 1.5 km.") {
		got = append(got, w.lower)
	}
	want := "kata'ib hezbollah's 2,500 u.s troops at ain al-asad 1.5 km"
	if strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", strings.Join(got, " "), want)
	}
}

func TestFindReporting(t *testing.T) {
	cases := []struct {
		text, main, content string
	}{
		{"Axios reported late Thursday that Israeli intelligence suggests Iran is preparing an attack.",
			"Axios reported late Thursday that", "Israeli intelligence suggests Iran is preparing an attack."},
		{"Kataib Hezbollah said Israel and the US would have to pay a price for Israel’s attacks on Iran last week.",
			"Kataib Hezbollah said", "Israel and the US would have to pay a price for Israel’s attacks on Iran last week."},
		{"Baghdad has appealed to Washington over the attack on October 4, the sources said.",
			" the sources said.", "Baghdad has appealed to Washington over the attack on October 4,"},
		// A verb of telling names its hearer before "that": the hearer and
		// the day are the statement's (news-1997 AFP_ENG_20061201.0325 gave
		// a row "ABC television Thursday").
		{"Maliki told ABC television Thursday that Iraqi forces will be ready to take charge of security in June 2007.",
			"Maliki told ABC television Thursday that", "Iraqi forces will be ready to take charge of security in June 2007."},
		{"The Philippines and the United States are near a decision on changing the accounting rate, it was announced here Wednesday.",
			" it was announced here Wednesday.", "The Philippines and the United States are near a decision on changing the accounting rate,"},
		{"Human rights experts announced here on Friday that a United Nations inspection of the prison would go ahead.",
			"Human rights experts announced here on Friday that", "a United Nations inspection of the prison would go ahead."},
		{`The new target date for the first launch is "no later than October 1998," NASA Space Flight Director Wilbur Trafton told the space subcommittee of the House of Representatives on Wednesday.`,
			`" NASA Space Flight Director Wilbur Trafton told the space subcommittee of the House of Representatives on Wednesday.`, `The new target date for the first launch is "no later than October 1998,`},
		{"The minister told visiting US officials on Sunday that the base would stay open.",
			"The minister told visiting US officials on Sunday that", "the base would stay open."},
	}
	for _, c := range cases {
		r := findReporting(c.text, tokenize(c.text))
		if !r.ok {
			t.Errorf("%q: no reporting verb found", c.text)
			continue
		}
		if m := c.text[r.main.start:r.main.end]; strings.TrimSpace(m) != strings.TrimSpace(c.main) {
			t.Errorf("%q: main %q, want %q", c.text, m, c.main)
		}
		if got := c.text[r.content.start:r.content.end]; strings.TrimSpace(got) != strings.TrimSpace(c.content) {
			t.Errorf("%q: content %q, want %q", c.text, got, c.content)
		}
	}
	// "condemned the drone attack that killed …": a relative clause, not
	// reported content.
	s := "Iraqi authorities on Monday condemned the drone attack that killed three US personnel."
	r := findReporting(s, tokenize(s))
	if !r.ok || !strings.Contains(s[r.main.start:r.main.end], "Monday") {
		t.Errorf("statement date not in the main clause: %+v", r)
	}
	// A comma before "that" ends the hearer: the "that" is another clause's.
	s = "The spokesman told reporters, in a briefing that ran late, the talks had stalled."
	if r = findReporting(s, tokenize(s)); !r.ok || strings.Contains(s[r.main.start:r.main.end], "that") {
		t.Errorf("%q: a relative 'that' taken as the reported content: %+v", s, r)
	}
}

func TestBackRefs(t *testing.T) {
	s := "Iraqi authorities on Monday condemned the drone attack that killed three US military personnel in Jordan, calling for calm."
	refs := backRefs(tokenize(s))
	if len(refs) != 1 || s[refs[0].start:refs[0].end] != "the drone attack that killed three US military personnel in Jordan" {
		t.Errorf("got %v", refs)
	}
	s = "In January, attacks were targeted by US airstrikes after three US personnel were killed in a drone attack on an outpost on the border."
	refs = backRefs(tokenize(s))
	if len(refs) != 1 || !strings.HasPrefix(s[refs[0].start:refs[0].end], "three US personnel were killed in a drone attack") {
		t.Errorf("got %v", refs)
	}
}

func TestClassify(t *testing.T) {
	cases := map[string]string{
		"Shiite leaders discussed the risk of repercussions from attacks on Israel": model.EventMeeting,
		"On 5 August a militia wounded five US soldiers in a rocket attack":         model.EventAttack,
		"Talks for a ceasefire are scheduled to resume in Cairo this week":          model.EventNegotiation,
		"The US killed IRGC commander Qasem Soleimani in Baghdad":                   model.EventKilling,
		"The weather was fine": model.EventOther,
	}
	for s, want := range cases {
		if got, _ := classify(tokenize(s)); got != want {
			t.Errorf("%q: %s, want %s", s, got, want)
		}
	}
}

func TestFindPlace(t *testing.T) {
	cases := map[string]string{
		"a rocket attack on the Ain al-Asad airbase in western Iraq":  "Ain al-Asad",
		"The US killed IRGC commander Qasem Soleimani in Baghdad.":    "Baghdad",
		"an armed faction of the Islamic Resistance in Iraq, Harakat": "Iraq",
		"an end to the coalition on Iraqi territory":                  "",
		"attacks in January": "",
		// Places behind compass words and region nouns are found;
		// competitions, institutions and scales after "in"/"at" are no
		// places (news-1997 gave "Asian Games", "Bundesliga", "Richter",
		// "Sunday" as places).
		"Five police were killed in the western Mexican state of Michoacan on Tuesday.":  "Michoacan",
		"clashes with Abu Sayyaf militants in the southern Philippines":                  "Philippines",
		"a roadside bomb in northwest of Baghdad":                                        "Baghdad",
		"The incident happened close to Tumbuscatio, where soldiers killed a trafficker": "Tumbuscatio",
		"four Kurd figures were killed in a Berlin restaurant in 1992":                   "Berlin",
		"Rowing has been in the Asian Games program since the 9th Asian Games in Delhi":  "Delhi",
		"Bayern lie fourth in the Bundesliga table":                                      "",
		"attacked an important target in the Port of Eilat with drones":                  "Port of Eilat",
		"An earthquake measuring 5.7 on the Richter scale jolted the city":               "",
		"Up to 27,000 runners are expected to take part in Sunday's race":                "",
		"Shares closed higher on Friday at the Athens Stock Exchange":                    "",
	}
	for s, want := range cases {
		if got := findPlace(s, tokenize(s)); got != want {
			t.Errorf("%q: %q, want %q", s, got, want)
		}
	}
}

func TestSummarize(t *testing.T) {
	long := "But on Sunday the Islamic Resistance in Iraq claimed to have launched three drone attacks at bases in Syria, including near the Jordanian border."
	got := summarize(long)
	if len(got) > 123 || !strings.HasPrefix(got, "On Sunday") || !strings.HasSuffix(got, "…") {
		t.Errorf("summary %q", got)
	}
}

func TestTightest(t *testing.T) {
	d := func(s string) model.DateRange { r, _ := model.ParseDateValue(s); return r }
	if got := tightest(d("2024-01-29").Start, d("2024-02-03").Start); got != "2024-W05" {
		t.Errorf("got %s, want 2024-W05", got)
	}
	if got := tightest(d("2024-08-06").Start, d("2024-08-19").Start); got != "2024-08" {
		t.Errorf("got %s, want 2024-08", got)
	}
	if got := tightest(d("2023-12-06").Start, d("2024-02-03").Start); got != "" {
		t.Errorf("got %s, want nothing across years", got)
	}
}

func TestLaunchNeedsWeapon(t *testing.T) {
	if got, _ := classify(tokenize("The Red Cross on Wednesday launched emergency operations to help refugees")); got == model.EventAttack {
		t.Error("a relief operation typed as an attack")
	}
	if got, _ := classify(tokenize("Kataib Hezbollah launched drones at Jordan")); got != model.EventAttack {
		t.Errorf("launching drones typed %s", got)
	}
}
