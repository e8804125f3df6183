package clean

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

type kt struct{ kind, text string }

func blocksOf(r Result) []kt {
	var out []kt
	for _, b := range r.Blocks {
		out = append(out, kt{b.Kind, b.Text})
	}
	return out
}

func TestRules(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []kt
	}{
		{"menu words and repeated headline",
			"close\nclose\n\nTalks stall in Cairo\n\nTalks stall in Cairo\n\nBy Ann Lee and Bo Chan\n\nNegotiators left Cairo on Sunday without a deal on a ceasefire in Gaza.\n",
			[]kt{{"title", "Talks stall in Cairo"}, {"byline", "By Ann Lee and Bo Chan"}, {"body", "Negotiators left Cairo on Sunday without a deal on a ceasefire in Gaza."}}},
		{"menu word glued to the last sentence",
			"Negotiators left Cairo on Sunday without a deal on a ceasefire in Gaza. Talks resume this week.close",
			[]kt{{"body", "Negotiators left Cairo on Sunday without a deal on a ceasefire in Gaza. Talks resume this week."}}},
		{"glued label that is not a menu word is kept",
			"He said the deal was done.Really",
			[]kt{{"heading", "He said the deal was done.Really"}}},
		{"script after the article and the label before it",
			"Officials said the base was hit by three drones overnight, wounding two.\nOutlet Store\n`; document.getElementById(\"x\").innerHTML = cont; var d = document.getElementById(\"y\"); if (d !== null) { d.style.border = \"0\"; }\n",
			[]kt{{"body", "Officials said the base was hit by three drones overnight, wounding two."}}},
		{"image file name first",
			"shangri la 326122 1280\n\nMilitia Signals De-escalation\n\nA militia official said on Sunday the group would halt its attacks for now.\n\nScroll to Top\n",
			[]kt{{"title", "Militia Signals De-escalation"}, {"body", "A militia official said on Sunday the group would halt its attacks for now."}}},
		{"header date, place label, caption without credit, dateline",
			"Saturday, May 4, 2024\n\nBaghdad\n\nIraq urges de-escalation\n\nAn Iraqi soldier walks at the air base, where troops in 2017 had helped plan the fight against the Islamic State\n\nBaghdad – Iraqi authorities on Monday condemned the drone attack in Jordan.\n",
			[]kt{{"dateline", "Saturday, May 4, 2024"}, {"dateline", "Baghdad"}, {"title", "Iraq urges de-escalation"},
				{"caption", "An Iraqi soldier walks at the air base, where troops in 2017 had helped plan the fight against the Islamic State"},
				{"dateline", "Baghdad"}, {"body", "Iraqi authorities on Monday condemned the drone attack in Jordan."}}},
		{"photo credit caption first, headings between paragraphs, tail label",
			"Militias have attacked US forces since October [Getty]\nThe UN envoy warned on Monday that the country risks being drawn into war.\nAttacks in recent years\nThe US has kept forces in the country since 2014 to fight the Islamic State.\nRelated Stories\n",
			[]kt{{"caption", "Militias have attacked US forces since October [Getty]"}, {"body", "The UN envoy warned on Monday that the country risks being drawn into war."},
				{"heading", "Attacks in recent years"}, {"body", "The US has kept forces in the country since 2014 to fight the Islamic State."}}},
		{"wire dateline with outlet and credit line",
			"BAGHDAD (Reuters) – Iraq is trying not to be drawn into the regional conflict, sources say.\n\n(Reporting by Ahmed Rasheed; Editing by Daniel Wallis)\n",
			[]kt{{"dateline", "BAGHDAD (Reuters)"}, {"body", "Iraq is trying not to be drawn into the regional conflict, sources say."}, {"byline", "(Reporting by Ahmed Rasheed; Editing by Daniel Wallis)"}}},
		{"dateline with a date and a quote opening the text",
			"WASHINGTON, Feb. 3, 2024 (AP) — “We will respond,” the president said after three soldiers were killed.\n",
			[]kt{{"dateline", "WASHINGTON, Feb. 3, 2024 (AP)"}, {"body", "“We will respond,” the president said after three soldiers were killed."}}},
		{"datelines of a round-up's later items, '--' without a space",
			"Philippine stock prices Monday closed flat as the market consolidated after recent gains.\n\nSEOUL -- The benchmark Korea Composite Stock Price Index dropped 10.2 points on Monday.\n\nZHANJIANG, Guangdong, Nov. 15 --The USS Juneau arrived at Zhanjiang on Wednesday for a port call.\n",
			[]kt{{"body", "Philippine stock prices Monday closed flat as the market consolidated after recent gains."},
				{"dateline", "SEOUL"}, {"body", "The benchmark Korea Composite Stock Price Index dropped 10.2 points on Monday."},
				{"dateline", "ZHANJIANG, Guangdong, Nov. 15"}, {"body", "The USS Juneau arrived at Zhanjiang on Wednesday for a port call."}}},
		{"wire datelines opening later paragraphs, with a note before one",
			"Swine flu spreads in Asia as cases rise in Mexico and the United States.\n\nApril 24 (Reuters) - A deadly strain of swine flu never seen before has broken out in Mexico.\n\n(For full coverage of the flu outbreak, click (nFLU)) HONG KONG, May 2 (Reuters) - Travellers quarantined in a Hong Kong hotel were tested.\n",
			[]kt{{"body", "Swine flu spreads in Asia as cases rise in Mexico and the United States."},
				{"dateline", "April 24 (Reuters) -"}, {"body", "A deadly strain of swine flu never seen before has broken out in Mexico."},
				{"dateline", "(For full coverage of the flu outbreak, click (nFLU)) HONG KONG, May 2 (Reuters) -"}, {"body", "Travellers quarantined in a Hong Kong hotel were tested."}}},
		{"hyphenated name is not a dateline",
			"Al-Mosawi went on to say that the sites were empty - Iraqi officials agreed with him on that.\n",
			[]kt{{"body", "Al-Mosawi went on to say that the sites were empty - Iraqi officials agreed with him on that."}}},
		{"stray word fragment after the last sentence",
			"Iraq is experiencing relative stability, with revenues funding a service-based agenda. constructions.\n",
			[]kt{{"body", "Iraq is experiencing relative stability, with revenues funding a service-based agenda."}}},
		{"attribution and abbreviations before a final lower-case word are kept",
			"\"We will not leave,\" he said.\n\nTrade reached 2.1 billion U.S. dollars.\n\nHe must return to prison by 7:00 p.m. every evening.\n",
			[]kt{{"body", "\"We will not leave,\" he said."}, {"body", "Trade reached 2.1 billion U.S. dollars."}, {"body", "He must return to prison by 7:00 p.m. every evening."}}},
		{"a results list with parentheses and semicolons is prose, not code",
			"China won nine titles on Wednesday: the 20km walk (Yu Chaohong); the 400m (Li Jie); the long jump (Wang Ying); the shot put (Li Meiju); the relay (China); the 1500m (Li Na).\n",
			[]kt{{"body", "China won nine titles on Wednesday: the 20km walk (Yu Chaohong); the 400m (Li Jie); the long jump (Wang Ying); the shot put (Li Meiju); the relay (China); the 1500m (Li Na)."}}},
		{"a lead paragraph that lost its final stop is body, a table row at the end is kept",
			"At least eight people, including a five-year-old girl, have been killed by unidentified men in Guatemala City over the weekend, police said on Monday\n\nThe police gave no motive for the killings.\n\nToluca 2 Cruz Azul 1\n",
			[]kt{{"body", "At least eight people, including a five-year-old girl, have been killed by unidentified men in Guatemala City over the weekend, police said on Monday"},
				{"body", "The police gave no motive for the killings."}, {"heading", "Toluca 2 Cruz Azul 1"}}},
		{"links and calls to action between paragraphs",
			"Officials met in Baghdad on Monday to discuss the withdrawal.\n\nRead more: Iraq and US begin talks on troop exit\n\nSign up for our daily newsletter\n\nFollow The Daily on Twitter\n\nRelated to the talks, a delegation will visit Washington next week, they said.\n",
			[]kt{{"body", "Officials met in Baghdad on Monday to discuss the withdrawal."}, {"body", "Related to the talks, a delegation will visit Washington next week, they said."}}},
		{"Windows line ends, a byte-order mark and no-break spaces",
			"\ufeffTalks stall in Cairo\r\n\r\nNegotiators\u00a0left Cairo on Sunday\twithout a deal on a ceasefire.\r\n",
			[]kt{{"title", "Talks stall in Cairo"}, {"body", "Negotiators left Cairo on Sunday without a deal on a ceasefire."}}},
		{"hard-wrapped prose is joined, white space collapsed",
			"The ministry said in a statement late on Monday that it had summoned\nthe ambassador over the strikes, which it called a violation of the\ncountry's   sovereignty and a threat to regional stability.\n",
			[]kt{{"body", "The ministry said in a statement late on Monday that it had summoned the ambassador over the strikes, which it called a violation of the country's sovereignty and a threat to regional stability."}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := blocksOf(Document([]byte(c.in), Hints{}))
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("\n got %q\nwant %q", got, c.want)
			}
		})
	}
}

func TestMojibake(t *testing.T) {
	cases := []struct{ in, want string }{
		{"the U.S. embassy’s chargĂ© d’affaires", "the U.S. embassy’s chargé d’affaires"}, // Windows-1250
		{"the embassyâ€™s chargÃ© dâ€™affaires", "the embassy’s chargé d’affaires"},       // Windows-1252
		{"SÃ£o Paulo and ZÃ¼rich â€” both", "São Paulo and Zürich — both"},
		// Genuine accented text is left alone.
		{"Café in Zürich, naïve São Paulo, Ærø, Łódź", "Café in Zürich, naïve São Paulo, Ærø, Łódź"},
		{"Ă and © apart: Ă ©", "Ă and © apart: Ă ©"},
	}
	for _, c := range cases {
		r := Document([]byte(c.in), Hints{})
		if len(r.Blocks) != 1 || r.Blocks[0].Text != c.want {
			t.Errorf("%q → %q, want %q", c.in, blocksOf(r), c.want)
		}
		for _, e := range r.Repairs {
			if e.End <= e.Start || e.End > len(c.in) {
				t.Errorf("repair %+v out of range", e)
			}
		}
		if c.in == c.want && len(r.Repairs) != 0 {
			t.Errorf("%q: repaired clean text: %+v", c.in, r.Repairs)
		}
	}
}

func TestHintTitle(t *testing.T) {
	in := "World News\n\nIraq Signals De-escalation\n\nA militia official said on Sunday the group would halt attacks.\n"
	r := Document([]byte(in), Hints{Title: "Iraq signals de-escalation"})
	if r.Title != "Iraq Signals De-escalation" || r.Blocks[0].Kind != KindHeading {
		t.Errorf("title %q, blocks %q", r.Title, blocksOf(r))
	}
}

func TestParseDateLine(t *testing.T) {
	for in, want := range map[string]string{
		"Saturday, May 4, 2024":          "2024-05-04",
		"4 May 2024":                     "2024-05-04",
		"Updated: Feb. 3, 2024 10:32 AM": "2024-02-03",
		"Published 2024-01-29T08:00Z":    "2024-01-29",
		"May 4":                          "",
		"Feb 30, 2024":                   "",
		"Iraq said on May 4, 2024 that":  "",
	} {
		got, _ := ParseDateLine(in)
		if got != want {
			t.Errorf("ParseDateLine(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPiecesMapToRaw checks on the seed articles that every copied piece
// is the raw bytes it names and pieces move forward through the file.
func TestPiecesMapToRaw(t *testing.T) {
	files, _ := filepath.Glob("../seed/*.txt")
	if len(files) == 0 {
		t.Skip("no seed files")
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkPieces(t, raw, Document(raw, Hints{}))
	}
}

func checkPieces(t *testing.T, raw []byte, r Result) {
	t.Helper()
	prev := 0
	for _, b := range r.Blocks {
		if b.Text != joinPieces(b.Pieces) || strings.TrimSpace(b.Text) != b.Text || b.Text == "" {
			t.Fatalf("block text %q does not match its pieces", b.Text)
		}
		for _, p := range b.Pieces {
			if p.RawStart < prev || p.RawEnd < p.RawStart || p.RawEnd > len(raw) {
				t.Fatalf("piece %+v out of order (prev end %d, len %d)", p, prev, len(raw))
			}
			if p.Copied && string(raw[p.RawStart:p.RawEnd]) != p.Text {
				t.Fatalf("copied piece %+v differs from raw %q", p, raw[p.RawStart:p.RawEnd])
			}
			prev = p.RawEnd
		}
	}
}

func FuzzDocument(f *testing.F) {
	files, _ := filepath.Glob("../seed/*.txt")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b[:min(len(b), 2000)])
		}
	}
	f.Add([]byte("BAGHDAD (Reuters) – Text.\n\nchargĂ© dâ€™affaires\xff\xfe\r\n\r\nclose"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		checkPieces(t, raw, Document(raw, Hints{Title: "Text"}))
	})
}

func TestMarkdownHeadings(t *testing.T) {
	in := "# Talks stall in Cairo\n\nNegotiators left Cairo on Sunday without a deal on a ceasefire.\n\n## What comes next ##\n\nMediators will return to the city next week to try again.\n"
	got := blocksOf(Document([]byte(in), Hints{Markdown: true}))
	want := []kt{{"title", "Talks stall in Cairo"}, {"body", "Negotiators left Cairo on Sunday without a deal on a ceasefire."},
		{"heading", "What comes next"}, {"body", "Mediators will return to the city next week to try again."}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("\n got %q\nwant %q", got, want)
	}
}

// Terminal escape sequences pasted into an article go whole, payload and
// all; the pieces around them still map to the exact raw bytes.
func TestEscapeSequencesDropped(t *testing.T) {
	raw := []byte("Hostile \x1b]0;PWNED\x07 title\n\nThe army said on Monday \x1b[31mred\x1b[0m it withdrew.\n")
	r := Document(raw, Hints{})
	var all []string
	for _, b := range r.Blocks {
		all = append(all, b.Text)
	}
	text := strings.Join(all, "\n") + r.Title
	if strings.Contains(text, "PWNED") || strings.Contains(text, "[31m") || strings.Contains(text, "\x1b") {
		t.Errorf("escape sequence left in %q", text)
	}
	if !strings.Contains(text, "on Monday red it withdrew") {
		t.Errorf("text around the sequences lost: %q", text)
	}
	checkPieces(t, raw, r)
}
