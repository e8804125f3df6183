package html

import "testing"

func TestNormDate(t *testing.T) {
	for in, want := range map[string]string{
		"2024-02-05T23:30:00-05:00": "2024-02-05", "2024-02-05 08:30:00": "2024-02-05", "2024-02-05T08:30:00.000Z": "2024-02-05",
		"20240205": "2024-02-05", "Mon, 05 Feb 2024 08:30:00 +0000": "2024-02-05", "February 5, 2024": "2024-02-05",
		"5 February 2024": "2024-02-05", "2024/02/05": "2024-02-05",
		"yesterday": "", "2024-13-05": "", "0001-01-01": "", "": "", "{{pubdate}}": "",
	} {
		if got, _ := normDate(in); got != want {
			t.Errorf("normDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestStripSite(t *testing.T) {
	for _, c := range []struct{ in, site, want string }{
		{"Militias pause attacks after strikes | Example News", "", "Militias pause attacks after strikes"},
		{"Example News | Militias pause attacks after strikes", "Example News", "Militias pause attacks after strikes"},
		{"Iraq - US talks", "", "Iraq - US talks"}, // too short a head to be a headline
		{"Talks resume - and stall - in Baghdad as deadline nears - Example News", "", "Talks resume - and stall - in Baghdad as deadline nears"},
	} {
		if got := stripSite(c.in, c.site, false); got != c.want {
			t.Errorf("stripSite(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := stripSite("Talks resume - in Baghdad", "", true); got != "Talks resume - in Baghdad" {
		t.Errorf("strict stripSite cut an unknown tail: %q", got)
	}
}

// TestPageDates: the two forms once missed — a meta whose property is
// "article:published" and whose itemprop holds datePublished among other
// words, and a JSON-LD date in JavaScript's Date string form — and the
// ones read before.
func TestPageDates(t *testing.T) {
	for page, want := range map[string]string{
		`<meta data-rh="true" property="article:published" itemprop="datePublished dateCreated" content="2019-11-19T11:00:09.000Z">`:                           "2019-11-19",
		`<meta property="article:published" content="2019-11-18" itemprop="datePublished">`:                                                                    "2019-11-18",
		`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"Tue Nov 19 2019 03:05:46 GMT+0000 (Coordinated Universal Time)"}</script>`: "2019-11-19",
		`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"Wed Nov 20 2019 23:05:46 GMT-0500"}</script>`:                              "2019-11-20",
		`<meta property="article:published_time" content="2024-02-05T08:30:00Z">`:                                                                              "2024-02-05",
		`<span itemprop="author datePublished" content="2021-06-02">June 2</span>`:                                                                             "2021-06-02",
		`<time itemprop="dateCreated datePublished" datetime="2020-03-04">March 4</time>`:                                                                      "2020-03-04",
		`<meta property="og:title" content="Not a date">`:                                                                                                      "",
	} {
		raw := []byte("<html><head>" + page + "</head><body><p>Text.</p></body></html>")
		if got := Extract(raw, "").Published; got != want {
			t.Errorf("%s: date %q, want %q", page, got, want)
		}
	}
}
