package headline_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/annals/annals/corpus/headline"
	"github.com/annals/annals/model"
)

// realText reads the shared corpora once, so that every sentence the
// tests below quote is checked to be real text, not made up for a rule.
func realText(t *testing.T) string {
	t.Helper()
	var b strings.Builder
	for _, p := range []string{filepath.Join(shared, "corpus", "news-1997.jsonl")} {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Skipf("%s not present", p)
		}
		b.Write(data)
	}
	seeds, _ := filepath.Glob(filepath.Join(shared, "corpus", "seed", "*.txt"))
	for _, p := range seeds {
		data, _ := os.ReadFile(p)
		b.Write(data)
	}
	return b.String()
}

// TestSubjectKept checks that a compression keeps the sentence's own
// subject: not a relative clause for it ("which was postponed twice"),
// not a pronoun where the speaker is named, not a scene-setting phrase
// or a subordinate clause instead of the main clause.
func TestSubjectKept(t *testing.T) {
	corpus := realText(t)
	cases := []struct {
		src         string
		speaker     bool
		start, keep string
		drop        []string
	}{
		// A scene-setting opener ("Last month's") was taken for the
		// whole subject, leaving the relative clause in its place; the
		// sentence fits whole, so it stays whole.
		{"Last month's shutdown, which was postponed twice, has been without incident.", false,
			"Last month's shutdown", "has been without incident", nil},
		// A participle phrase opener, then the speaker for "they".
		{"Using a combination of ground-based and orbiting telescopes, astronomers reported on Tuesday that they have discovered the possible birth of a tiny solar system around a failed star.", false,
			"Astronomers have discovered", "tiny solar system", []string{"Using", "they", "Tuesday"}},
		// A participle phrase between subject and auxiliary.
		{"Some 50,000 Kurds calling for a peaceful resolution to the bloody battle with Ankara for an independent Kurdish homeland, were expected Saturday in Dusseldorf, western Germany", false,
			"Some 50,000 Kurds were expected", "Dusseldorf", []string{"calling", "Saturday"}},
		// A description, then the name: the name is the subject.
		{"Visiting former Malaysian prime minister, Mahathir Mohamad, said on Tuesday world safety has worsened judging by the increasing number of bombings and terrorist cases across the globe.", true,
			"Mahathir Mohamad said", "world safety has worsened", []string{"Visiting", "Tuesday"}},
		// ", a report revealed" is an attribution like ", officials said".
		{"South Africa, the world's largest gold producer, suffers losses as huge as 2 billion rand ( 278 million U.S. dollars) each year due to gold theft from mines, a report revealed on Thursday.", false,
			"South Africa suffers losses", "gold theft", []string{"revealed", "Thursday"}},
		// "last Saturday" goes whole, not leaving "blasted off last from".
		{"Discovery and its seven-member crew blasted off last Saturday from Cape Canaveral, Florida, in the first nighttime liftoff in four years.", false,
			"Discovery", "blasted off from Cape Canaveral", []string{"last", "Saturday"}},
		// The main clause, not the opening subordinate one.
		{"While the European Union is looking at 2020 before 10 percent of vehicles there will use alternative fuel, in Armenia up to 30 percent of cars already run on clean compressed gas", false,
			"In Armenia", "30 percent of cars already run on clean compressed gas", []string{"While"}},
		// A role phrase goes before the quotation loses its object.
		{"\"We are keeping our promise as the South African Department of Health to increasing access to HIV/AIDS prevention, care and treatment services,\" she said on Wednesday.", true,
			"We are keeping our promise", "to increasing access", []string{"Department", "said"}},
		// A name with a particle ("al-Nujaba") after its description.
		{"An armed faction of the Islamic Resistance in Iraq, Harakat al-Nujaba, said in a statement Monday that the United States should “learn the lesson and leave today… For every day that passes, they will pay a heavy price", true,
			"Harakat al-Nujaba said", "the United States should", []string{"faction", "Monday"}},
		// A wire dateline and an attribution after the clause go.
		{"BEIJING, Nov. 4 (Xinhua)--- Africa and China need to expand trade and increase investment in order to boost their common economic growth, said Algerian President Abdelaziz Bouteflika Saturday.", true,
			"Africa and China need to expand trade", "increase investment", []string{"BEIJING", "said"}},
		// A prepositional aside between subject and auxiliary goes.
		{"Effective Tuesday, the central bank, under the supervision of the finance ministry, had ordered financial institutions to hold 30 percent of foreign inflows, except those related to exports.", false,
			"The central bank had ordered financial institutions", "30 percent", []string{"Effective", "supervision"}},
		// A known verb ("sprang") keeps the clause before "when".
		{"Japan sprang a surprise at the Confederations Cup last June when they battled to a 2-2 draw against Brazil before fading in the group round.", false,
			"Japan sprang a surprise", "Confederations Cup", []string{"when"}},
	}
	for _, c := range cases {
		if !strings.Contains(corpus, c.src) && !strings.Contains(corpus, strings.ReplaceAll(c.src, `"`, `\"`)) {
			t.Errorf("not a sentence of the shared corpora: %q", c.src)
			continue
		}
		h, ok := headline.Compress(c.src, c.speaker)
		if !ok {
			t.Errorf("no headline for %q", c.src)
			continue
		}
		if utf8.RuneCountInString(h) > headline.MaxLen {
			t.Errorf("%q: %d runes", h, utf8.RuneCountInString(h))
		}
		if !strings.HasPrefix(h, c.start) || !strings.Contains(h, c.keep) {
			t.Errorf("Compress(%q)\n = %q, want it to start %q and keep %q", c.src, h, c.start, c.keep)
		}
		for _, d := range c.drop {
			if strings.Contains(" "+h+" ", " "+d+" ") || strings.HasPrefix(h, d) {
				t.Errorf("Compress(%q)\n = %q, want %q dropped", c.src, h, d)
			}
		}
	}
}

// TestHeadlessSourceLoses checks that a source clause with no subject of
// its own (the tail of a split sentence) yields to another source of the
// event that has one, whatever their order.
func TestHeadlessSourceLoses(t *testing.T) {
	corpus := realText(t)
	tail := "have once again flared following a secession of attacks earlier this year."
	whole := "Tensions between the US and Iraqi militias, who have been targeting US personnel in Iraq and Syria since October, have once again flared following a secession of attacks earlier this year."
	for _, s := range []string{tail, whole} {
		if !strings.Contains(corpus, s) {
			t.Fatalf("not in the shared corpora: %q", s)
		}
	}
	e := model.Event{Type: model.EventAttack, Date: model.EventDate{Text: "earlier this year"},
		Sources: []model.Source{{Text: tail}, {Text: whole}}}
	h := headline.Make(&e)
	if !strings.HasPrefix(h, "Tensions between the US and Iraqi militias") || !strings.Contains(h, "flared") {
		t.Errorf("Make = %q, want the clause with its subject", h)
	}
}

// TestNounHeadline checks that a verbless source naming an event still
// to come reads as that event's name, without the date the row shows.
func TestNounHeadline(t *testing.T) {
	src := "and the coming Dec. 15 vote on a new national government."
	if !strings.Contains(realText(t), src) {
		t.Fatalf("not in news-1997: %q", src)
	}
	e := model.Event{Type: model.EventOther, Date: model.EventDate{Text: "Dec. 15"}, Sources: []model.Source{{Text: src}}}
	if h := headline.Make(&e); h != "Vote on a new national government" {
		t.Errorf("Make = %q", h)
	}
}

// TestFieldsSentence checks the headline built from the fields: a verb
// for the types whose first actor is the one acting (a meeting's host),
// none for violence, where the actor order tells no perpetrator.
func TestFieldsSentence(t *testing.T) {
	noise := strings.Repeat("x", 300)
	meet := model.Event{Type: model.EventMeeting, Actors: []string{"Alberto Fujimori", "Juan Luis Cipriani"}, Sources: []model.Source{{Text: noise}}}
	if h := headline.Make(&meet); h != "Alberto Fujimori holds a meeting with Juan Luis Cipriani" {
		t.Errorf("meeting: %q", h)
	}
	kill := model.Event{Type: model.EventKilling, Actors: []string{"Saeb Erekat", "Yasser Arafat"}, Place: "Ramallah",
		Figures: model.Figures{Killed: 1}, Sources: []model.Source{{Text: noise}}}
	h := headline.Make(&kill)
	if strings.Contains(h, "kills") || !strings.Contains(h, "Saeb Erekat") || !strings.Contains(h, "1 killed") {
		t.Errorf("killing: %q, want the type named, no verb asserting who killed", h)
	}
	say := model.Event{Type: model.EventStatement, Actors: []string{"UNESCO", "David Archer"}, Sources: []model.Source{{Text: noise}}}
	if h := headline.Make(&say); h != "UNESCO makes a statement" {
		t.Errorf("statement: %q, want no guess at what it was about", h)
	}
}
