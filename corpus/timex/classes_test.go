package timex

import (
	"strings"
	"testing"
	"time"
)

// TestUnseenClasses holds the classes of error measured on news no rule
// was written on (issue 12), each on a real sentence from news-1997,
// TempEval-3 training or the development topics. A want with an empty
// type asserts that the text is not tagged at all.
func TestUnseenClasses(t *testing.T) {
	cases := []struct {
		name, text, dct string
		want            []want
	}{
		// vague plural periods: PAST_REF, as seed-gold reads "recent
		// years" and "the past"
		{"recent weeks and months", "Many funds in recent weeks and months have been selling their highest-quality junk bonds.", "1989-11-01",
			[]want{{"recent weeks and months", "DATE", "PAST_REF", ""}}},
		{"recent days", "Ethnic Albanians in the troubled region in recent days.", "1998-03-08",
			[]want{{"recent days", "DATE", "PAST_REF", ""}}},
		{"previous years", "China, as in previous years, has lodged a non-action motion to block debate.", "1997-04-14",
			[]want{{"previous years", "DATE", "PAST_REF", ""}}},
		{"the past weeks", "There has been a surge in Taliban-blamed suicide attacks in the past weeks, with about 10 since late September.", "2005-12-16",
			[]want{{"the past weeks", "DATE", "PAST_REF", ""}, {"late September", "DATE", "2005-09", "END"}}},
		{"the last few months", "Long-term interest rates have fallen in the last few months.", "1998-02-06",
			[]want{{"the last few months", "DATE", "PAST_REF", ""}}},
		{"the past several quarters", "The company has relied on solid results overseas over the past several quarters.", "1989-10-30",
			[]want{{"the past several quarters", "DATE", "PAST_REF", ""}}},
		{"a counted stretch stays a duration", "The PKK has intensified attacks over the past two months.", "2006-11-20",
			[]want{{"the past two months", "DURATION", "P2M", ""}}},
		{"last the verb is no stretch", "Southern Somalia faces an emergency and the rainy season will still last several weeks.", "2006-11-29",
			[]want{{"last several weeks", "", "", ""}, {"several weeks", "DURATION", "PXW", ""}}},
		{"decades", "For decades, Cuban Americans in Miami were largely united.", "2000-02-24",
			[]want{{"decades", "DURATION", "PXDE", ""}}},
		{"counted decades stay years", "The US-led invasion two decades ago toppled Saddam.", "2024-08-21",
			[]want{{"two decades ago", "DATE", "2004", ""}}},
		// parts of day and zones
		{"weekday night", "President Fidel Castro declared Wednesday night that it is just matter of days before Elian returns.", "2000-04-05",
			[]want{{"Wednesday night", "TIME", "2000-04-05TNI", ""}}},
		{"GMT clock", "Just before 1300 GMT, he said the former Northern Ireland minister had arrived.", "2005-11-24",
			[]want{{"1300 GMT", "TIME", "2005-11-24T13:00Z", ""}}},
		{"GMT aside", "The blast in Nairobi occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a crowded building.", "1998-08-08",
			[]want{{"0735 GMT", "TIME", "1998-08-07T07:35Z", ""}}},
		{"local zone keeps the clock", "The offer expires at 5 p.m. EST, Nov. 6.", "1989-11-01",
			[]want{{"5 p.m. EST, Nov. 6", "TIME", "1989-11-06T17:00", ""}}},
		// "Earlier" opening a sentence
		{"Earlier alone", "Earlier, Sarimov vowed legal challenges to what he called a rigged vote.", "2005-11-07",
			[]want{{"Earlier", "DATE", "PAST_REF", ""}}},
		{"Earlier before a weekday", "Earlier Wednesday, Iran's foreign minister said talks would go on.", "2006-11-22",
			[]want{{"Wednesday", "DATE", "2006-11-22", ""}, {"Earlier", "", "", ""}}},
		{"Earlier as an adjective", "Earlier reports said the woman was sister of a senior aide.", "2006-11-22",
			[]want{{"Earlier", "", "", ""}}},
		// "current" on a noun is no time
		{"current account", "Moody's cut the rating on concerns about the country's current account deficit.", "1997-04-10",
			[]want{{"current", "", "", ""}}},
		{"current and former", "Beshir and 15 other current and former senior officials should be subjected to UN sanctions.", "2006-12-11",
			[]want{{"current", "", "", ""}}},
		{"the current year is a time", "Anheuser expects that to grow to 42.5% in the current year.", "1989-11-01",
			[]want{{"the current year", "DATE", "1989", ""}}},
		// an era named by "today's", "of tomorrow" is no time of the
		// timeline: TimeBank leaves all its cases untagged
		{"today's era", "Elian is for today's youth what Marti was.", "2000-01-07",
			[]want{{"today", "", "", ""}}},
		{"today's era after an adjective", "Intel's microprocessors are the chips of choice in many of today's personal computers.", "1989-10-27",
			[]want{{"today", "", "", ""}}},
		{"people of tomorrow", "If I were choosing the people of tomorrow, I would pick them.", "1989-11-02",
			[]want{{"tomorrow", "", "", ""}}},
		{"today's event is the day", "Today's vote in parliament was delayed.", "1989-11-02",
			[]want{{"Today", "DATE", "1989-11-02", ""}}},
		// anaphoric days
		{"the next day after a named day", "The massacre started on November 20 and finished early the next day.", "1997-04-18",
			[]want{{"November 20", "DATE", "1996-11-20", ""}, {"the next day", "DATE", "1996-11-21", ""}}},
		{"the following day after a coarser period", "Fuad Shukr was killed on 30 July. Tensions rose this year. The following day, Haniyeh was killed in Tehran.", "2024-08-21",
			[]want{{"The following day", "DATE", "2024-07-31", ""}}},
		{"the previous weekday counts from the day named", "London share prices closed sharply lower Friday. The index shed 47.3 points, down 4.5% from the previous Friday.", "1989-10-30",
			[]want{{"Friday", "DATE", "1989-10-27", ""}, {"the previous Friday", "DATE", "1989-10-20", ""}}},
		{"following as a preposition", "Calm has returned to Monrovia following Friday's demonstration.", "2005-11-14",
			[]want{{"Friday", "DATE", "2005-11-11", ""}}},
		{"the following day after a past month", "He was caught in June 1996. The following day he escaped.", "2024-08-21",
			[]want{{"The following day", "DATE", "1996-06-XX", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tx := Tag(c.text, c.dct)
			for _, w := range c.want {
				x := find(tx, w.text)
				if w.typ == "" {
					for _, y := range tx {
						if y.Text == w.text || len(y.Text) >= len(w.text) && y.Text[:len(w.text)] == w.text {
							t.Errorf("%q: %q tagged %s %s, want no expression", c.text, y.Text, y.Type, y.Value)
						}
					}
					continue
				}
				if x == nil {
					t.Fatalf("%q: no expression %q in %+v", c.text, w.text, tx)
				}
				if x.Type != w.typ || x.Value != w.value || x.Mod != w.mod {
					t.Errorf("%q: %q = %s %s %s, want %s %s %s", c.text, w.text, x.Type, x.Value, x.Mod, w.typ, w.value, w.mod)
				}
			}
		})
	}
}

// TestDatelineDay reads the filing day from a wire dateline: "today" in
// a story datelined Nov. 11 and published on the 12th is the 11th.
func TestDatelineDay(t *testing.T) {
	cases := []struct {
		text, dct, want string
	}{
		{"WASHINGTON, Nov. 11 (Xinhua)-- US President George W. Bush on Friday hailed the veterans.", "2005-11-12", "2005-11-11"},
		{"LONDON, Nov. 19 (Xinhua) - Newcastle United manager Graeme Souness has said today he would stay.", "2005-11-18", "2005-11-19"},
		{"ZHANJIANG, Guangdong, Nov. 15 (Xinhua) --The USS Juneau (LPD 10) arrived today.", "2006-11-15", "2006-11-15"},
		// no dateline: the DCT
		{"Iraq's Saddam Hussein, facing U.S. and Arab troops, today sought peace.", "1990-08-15", "1990-08-15"},
		// a date far from the DCT is no dateline of this story
		{"LONDON, Nov. 19 (Xinhua) - Newcastle United manager said today he would stay.", "2005-12-18", "2005-12-18"},
	}
	for _, c := range cases {
		tg := newTagger(c.text, c.dct)
		if got := tg.today.Format(time.DateOnly); got != c.want {
			t.Errorf("%q (DCT %s): today = %s, want %s", c.text, c.dct, got, c.want)
		}
	}
	tx := Tag("WASHINGTON, Nov. 11 (Xinhua)-- The president said earlier today he would go.", "2005-11-12")
	if x := find(tx, "earlier today"); x == nil || x.Value != "2005-11-11" {
		t.Errorf("earlier today under a Nov. 11 dateline: %+v", tx)
	}
}

// TestClockAndGamePeriodsAreNoDates: a 24-hour clock after a preposition
// ("shortly after 1100", "By 1100 (1600 GMT)", from BBC's Haiti and
// Michael Jackson coverage) is no year 1100, and a match's quarter or
// half (news-1997's basketball and football reports) is no calendar
// quarter; a year after a preposition and a company's quarter still are.
func TestClockAndGamePeriodsAreNoDates(t *testing.T) {
	dct := "2009-06-26"
	for _, c := range []struct {
		text, want string
	}{
		{"He stopped breathing shortly after 1100 and paramedics were called.", ""},
		{"By 1100 (1600 GMT) at least 1,500 bodies had been recovered.", "1600 GMT"},
		{"Leading the first quarter 17-14, Japan ran away 35-27 at the half break thanks to point guard Igarashi Kei, who scored eight points in a row in the second quarter.", ""},
		{"Uruguay opened the second half with a scorpion kick to goal.", ""},
		{"The city was founded in 1100 by the king.", "1100"},
		{"The company's profit rose 12 percent in the fourth quarter.", "the fourth quarter"},
	} {
		var got []string
		for _, x := range Tag(c.text, dct) {
			got = append(got, x.Text)
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: tagged %q, want %q", c.text, got, c.want)
		}
	}
}
