package corpus

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html/charset"

	"github.com/annals/annals/model"
)

var tagRE = regexp.MustCompile(`<[^>]*>`)

func TestHTMLArticle(t *testing.T) {
	arts, warns := Load([]string{"testdata/article.html"}, Options{})
	if len(arts) != 1 || len(warns) != 0 {
		t.Fatalf("arts %d warns %v", len(arts), warns)
	}
	a := arts[0]
	if a.Title != "Militias pause attacks after strikes" || a.Outlet != "Example News" || a.Byline != "Jane Doe" ||
		a.Published != "2024-02-05" || a.PublishedSource != model.SourceHTMLMeta || a.Dateline != "BAGHDAD" ||
		a.URL != "https://news.example.com/2024/02/05/militias-pause" {
		t.Errorf("metadata: %q %q %q %s %s %q %q", a.Title, a.Outlet, a.Byline, a.Published, a.PublishedSource, a.Dateline, a.URL)
	}
	for _, junk := range []string{"Subscribe", "Most read", "dataLayer", "getElementById", "All rights reserved", "display:none"} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("page chrome %q kept", junk)
		}
	}
	var kinds []string
	for _, s := range a.Sentences {
		kinds = append(kinds, s.Kind)
		// Offsets land on the page source: strip tags, decode entities.
		raw := html.UnescapeString(tagRE.ReplaceAllString(string(a.Raw[s.Start:s.End]), ""))
		if squash(raw) != squash(s.Text) {
			t.Errorf("raw %q vs clean %q", raw, s.Text)
		}
	}
	want := "title byline caption dateline body body body heading body body body"
	if strings.Join(kinds, " ") != want {
		t.Errorf("kinds %v, want %s", kinds, want)
	}
	if s := a.Sentences[5]; string(a.Raw[s.Start:s.End]) != "The group&rsquo;s spokesman told reporters in Baghdad that the decision was taken &ldquo;to spare the Iraqi government embarrassment&rdquo;." {
		t.Errorf("entity span %q", a.Raw[s.Start:s.End])
	}
}

func TestHTMLWithoutText(t *testing.T) {
	dir := t.TempDir()
	p := write(t, filepath.Join(dir, "menu.html"), []byte(`<!DOCTYPE html><html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><script>var x = 1;</script></body></html>`))
	goodFile(t, dir)
	arts, warns := Load([]string{dir}, Options{})
	if len(arts) != 1 || len(warns) != 1 || warns[0].File != p {
		t.Fatalf("arts %d warns %v", len(arts), warns)
	}
}

func TestHTMLLegacyEncoding(t *testing.T) {
	b, err := os.ReadFile("testdata/article.html")
	if err != nil {
		t.Fatal(err)
	}
	page := strings.Replace(strings.Replace(string(b), `charset="utf-8"`, `charset="windows-1252"`, 1), "Pentagon said", "Pentagon s\xe9id", 1)
	p := write(t, filepath.Join(t.TempDir(), "latin.html"), []byte(page))
	arts, warns := Load([]string{p}, Options{})
	if len(arts) != 1 || len(warns) != 0 {
		t.Fatalf("arts %d warns %v", len(arts), warns)
	}
	for _, s := range arts[0].Sentences {
		if strings.Contains(s.Text, "Pentagon séid") {
			if !strings.HasSuffix(string(arts[0].Raw[s.Start:s.End]), "Pentagon s\xe9id.") {
				t.Errorf("raw span %q", arts[0].Raw[s.Start:s.End])
			}
			return
		}
	}
	t.Errorf("legacy-encoded paragraph not found: %q", arts[0].Text)
}

// spanText is what a reader sees in raw[start:end] of a page: tags
// removed, bytes read in the page's charset, entities decoded, white
// space collapsed.
func spanText(t *testing.T, raw []byte, cs string) string {
	t.Helper()
	b := tagRE.ReplaceAll(raw, nil)
	if cs != "" {
		enc, _ := charset.Lookup(cs)
		var err error
		if b, err = enc.NewDecoder().Bytes(b); err != nil {
			t.Fatal(err)
		}
	}
	s := strings.ReplaceAll(html.UnescapeString(string(b)), "\u00a0", " ")
	return strings.Join(strings.Fields(s), " ")
}

type pageWant struct {
	file, title, outlet, byline, url, published, conf string
	cs                                                string
	first, last                                       string   // first and last body sentences
	has                                               []string // in the text
	hasNot                                            []string // page furniture
}

func TestHTMLPages(t *testing.T) {
	pages := []pageWant{{
		file:  "news.html",
		title: "Drone strike hits fuel depot near Erbil, officials say", outlet: "The Daily Ledger",
		byline: "Sara Haddad and Tom Reyes", url: "https://ledger.example.org/world/2023/10/14/erbil-depot",
		published: "2023-10-14", conf: model.ConfidenceHigh, // JSON-LD @graph, in the page's own time zone
		first:  "A drone struck a fuel depot on the outskirts of Erbil late on Friday, setting fire to several storage tanks and wounding two guards, local officials said.",
		last:   "“These are messages, not military operations,” said Hiwa Osman, a commentator based in Erbil.",
		has:    []string{"Pattern of attacks", "the region’s civil defence", "blamed “outlaw groups” operating"},
		hasNot: []string{"cookies", "Skip to content", "Subscribe", "Share on", "Advertisement", "Related", "Kurds and Baghdad", "Morning Briefing", "newsletter", "Comments", "Great reporting", "Most read", "All rights reserved", "Middle East", "INITIAL_STATE", "Politics"},
	}, {
		file:  "metadate.html",
		title: "Opposition boycotts vote on new electoral law", outlet: "Capital Post", byline: "Leila Nasser",
		url:       "https://capitalpost.example.com/politics/electoral-law-vote",
		published: "2021-06-02", conf: model.ConfidenceHigh, // parsely-pub-date outranks dc.date
		first:  "Opposition parties boycotted a parliamentary vote on a new electoral law on Wednesday, saying the changes would entrench the ruling coalition and sideline smaller parties.",
		last:   "Critics said the bill was rushed through in under a week and called on the president not to sign it.",
		has:    []string{`was "legal and final"`},
		hasNot: []string{"Home", "Sport", "Subscribe now", "Markets rally", "Contact"},
	}, {
		file:   "nodate.html",
		title:  "Notes from the border crossing",
		first:  "Trucks queue for kilometres at the crossing, their drivers sleeping in cabs while they wait for permits that can take days to arrive.",
		last:   "A customs officer, who asked not to be named, said the new inspection rules were written without any thought for how many lorries use the route.",
		has:    []string{"across the frontier, and some have stopped making the trip altogether. Officials on both sides"},
		hasNot: []string{"home", "archive", "Powered by"},
	}, {
		file:  "latin1.html",
		title: "Café owners protest new tax", outlet: "Le Courrier du Sud",
		published: "2022-03-03", conf: model.ConfidenceMedium, cs: "windows-1252",
		first:  "Hundreds of café owners marched through Marseille on Thursday, saying a new municipal levy on terraces would “finish off” businesses still recovering from the pandemic.",
		last:   "City hall said the levy would raise €4 million a year for street cleaning & lighting.",
		has:    []string{"The chargé d’affaires of the trade association, Renée Fabre, called the tax « injuste » and said members had lost 30 % of their income since 2020 — more than"},
		hasNot: []string{"Accueil", "Région", "©"},
	}}
	for _, w := range pages {
		t.Run(w.file, func(t *testing.T) {
			arts, warns := Load([]string{filepath.Join("testdata/html", w.file)}, Options{})
			if len(arts) != 1 || len(warns) != 0 {
				t.Fatalf("arts %d warns %v", len(arts), warns)
			}
			a := arts[0]
			if a.Title != w.title || a.Outlet != w.outlet || a.Byline != w.byline || a.URL != w.url {
				t.Errorf("metadata: title %q outlet %q byline %q url %q", a.Title, a.Outlet, a.Byline, a.URL)
			}
			if w.published != "" && (a.Published != w.published || a.PublishedSource != model.SourceHTMLMeta || a.Confidence != w.conf) {
				t.Errorf("date %q %s %s, want %s %s", a.Published, a.PublishedSource, a.Confidence, w.published, w.conf)
			}
			if w.published == "" && a.PublishedSource == model.SourceHTMLMeta {
				t.Errorf("a date from nowhere: %q", a.Published)
			}
			for _, s := range w.has {
				if !strings.Contains(a.Text, s) {
					t.Errorf("text lacks %q", s)
				}
			}
			for _, s := range w.hasNot {
				if strings.Contains(a.Text, s) {
					t.Errorf("page furniture %q kept", s)
				}
			}
			var body []model.Sentence
			for _, s := range a.Sentences {
				if got := spanText(t, a.Raw[s.Start:s.End], w.cs); got != s.Text {
					t.Errorf("raw span %q reads %q, sentence is %q", a.Raw[s.Start:s.End], got, s.Text)
				}
				if s.Kind == model.BlockBody {
					body = append(body, s)
				}
			}
			if len(body) < 2 || body[0].Text != w.first || body[len(body)-1].Text != w.last {
				t.Errorf("%d body sentences; first %q last %q", len(body), body[0].Text, body[len(body)-1].Text)
			}
		})
	}
}

func TestHTMLBrokenMarkup(t *testing.T) {
	// Unclosed paragraphs, stray end tags, deep nesting: text still
	// comes out in order and offsets stay on the page.
	page := "<html><body><div><p>First paragraph of the report on the talks in Cairo, which resumed on Monday.<p>Second paragraph, unclosed, with a stray</span> end tag and <b>bold <i>text</b> that is crossed.</i>" +
		strings.Repeat("<div>", 2000) + "<p>A deep paragraph that sits inside two thousand nested div elements here.</p>" + strings.Repeat("</div>", 2000) + "</div></body></html>"
	p := write(t, filepath.Join(t.TempDir(), "broken.html"), []byte(page))
	arts, warns := Load([]string{p}, Options{})
	if len(arts) != 1 || len(warns) != 0 {
		t.Fatalf("arts %d warns %v", len(arts), warns)
	}
	var got []string
	for _, s := range arts[0].Sentences {
		got = append(got, s.Text)
		if r := spanText(t, arts[0].Raw[s.Start:s.End], ""); r != s.Text {
			t.Errorf("raw %q vs %q", r, s.Text)
		}
	}
	if len(got) != 3 || !strings.HasPrefix(got[1], "Second paragraph") || !strings.Contains(got[1], "bold text that is crossed.") || !strings.HasPrefix(got[2], "A deep paragraph") {
		t.Errorf("sentences %q", got)
	}
}

func TestCutTitle(t *testing.T) {
	long := "The UN deputy special representative for Iraq has warned that the country is being drawn into a regional war."
	if got := cutTitle(long, 80); got != "The UN deputy special representative for Iraq has warned that the country is…" {
		t.Errorf("cutTitle: %q", got)
	}
	if got := cutTitle("Talks resumed in Cairo on Monday.", 80); got != "Talks resumed in Cairo on Monday." {
		t.Errorf("short title cut: %q", got)
	}
	if got := cutTitle(strings.Repeat("é", 60), 80); !strings.HasSuffix(got, "é…") || !utf8.ValidString(got) {
		t.Errorf("unbroken text cut inside a rune: %q", got)
	}
}

func TestHTMLInlineChrome(t *testing.T) {
	page := `<html><body><article>
<h1><span class="kicker">Climate</span><span class="visually-hidden">:</span><span>Drilling until it gets hot</span></h1>
<p>If you do not want to miss another article on rail travel, sign up for my free <a class="newsletter-link" href="/nl">newsletter</a> today, the editors wrote on Monday.</p>
<p>The second paragraph of the article says that engineers began drilling the well in the spring of last year.</p>
</article></body></html>`
	p := write(t, filepath.Join(t.TempDir(), "inline.html"), []byte(page))
	arts, warns := Load([]string{p}, Options{})
	if len(arts) != 1 || len(warns) != 0 {
		t.Fatalf("arts %d warns %v", len(arts), warns)
	}
	a := arts[0]
	if !strings.Contains(a.Text, "sign up for my free newsletter today") {
		t.Errorf("a link inside a sentence was dropped: %q", a.Text)
	}
	if !strings.Contains(a.Text, "Climate Drilling until") {
		t.Errorf("hidden text glued two words: %q", a.Text)
	}
}
