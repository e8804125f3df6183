package html

import (
	"encoding/json"
	stdhtml "html"
	"regexp"
	"strings"
	"time"

	"github.com/annals/annals/model"
)

// pageMeta is what a page says about itself in its markup.
type pageMeta struct {
	ogTitle, twTitle, docTitle, h1 string
	h1s                            []*hnode
	date, dateConf                 string
	author, url, site              string
}

// dateKeys are the meta names and properties that carry the publication
// date, most specific first; the number is their rank (lower wins).
var dateKeys = map[string]int{
	"article:published_time": 0, "og:published_time": 0, "datepublished": 0, "article:published": 0,
	"parsely-pub-date": 1, "sailthru.date": 1, "publish-date": 1, "publish_date": 1, "pubdate": 1,
	"dc.date.issued": 1, "dcterms.issued": 1, "dc.date": 2, "dcterms.date": 2, "date": 2,
}

// readMeta gathers title, date, author, URL and site name from <meta>,
// <link>, <title>, JSON-LD and <time> elements.
func readMeta(root *hnode) pageMeta {
	var m pageMeta
	dateRank := 99
	setDate := func(v string, rank int) {
		if rank >= dateRank {
			return
		}
		if d, ok := normDate(v); ok {
			m.date, dateRank = d, rank
		}
	}
	var timeInArticle string
	root.walk(func(n *hnode) bool {
		switch n.tag {
		case "meta":
			key := strings.ToLower(firstNonEmpty(n.attr("property"), n.attr("name"), n.attr("itemprop")))
			val := strings.TrimSpace(stdhtml.UnescapeString(n.attr("content")))
			if val == "" {
				return true
			}
			if r, ok := metaDateRank(n); ok {
				setDate(val, r)
			}
			switch key {
			case "og:title":
				m.ogTitle = firstNonEmpty(m.ogTitle, val)
			case "twitter:title":
				m.twTitle = firstNonEmpty(m.twTitle, val)
			case "author", "article:author", "sailthru.author", "parsely-author", "dc.creator":
				if !strings.Contains(val, "://") {
					m.author = firstNonEmpty(m.author, val)
				}
			case "og:url":
				m.url = firstNonEmpty(m.url, val)
			case "og:site_name", "application-name":
				m.site = firstNonEmpty(m.site, val)
			}
		case "link":
			rel := strings.ToLower(n.attr("rel"))
			if rel == "canonical" && n.attr("href") != "" {
				m.url = stdhtml.UnescapeString(n.attr("href")) // the canonical link wins over og:url
			}
		case "title":
			if m.docTitle == "" && !n.within("svg") {
				m.docTitle = collapseSpace(stdhtml.UnescapeString(n.data))
			}
		case "h1":
			if m.h1 == "" {
				m.h1 = n.text()
			}
			m.h1s = append(m.h1s, n)
		case "a":
			if strings.EqualFold(n.attr("rel"), "author") && m.author == "" {
				m.author = n.text()
			}
		case "script":
			if strings.Contains(strings.ToLower(n.attr("type")), "ld+json") {
				readJSONLD(n.data, &m, setDate)
			}
		case "time":
			if hasItemprop(n, "datePublished") || n.attr("pubdate") != "" || hasAttr(n, "pubdate") {
				setDate(firstNonEmpty(n.attr("datetime"), n.text()), 1)
			} else if timeInArticle == "" && n.within("article") {
				timeInArticle = firstNonEmpty(n.attr("datetime"), n.text())
			}
		default:
			if hasItemprop(n, "datePublished") && n.tag != "" {
				setDate(firstNonEmpty(n.attr("content"), n.attr("datetime"), n.text()), 1)
			}
		}
		return true
	})
	if timeInArticle != "" {
		setDate(timeInArticle, 3)
	}
	switch {
	case dateRank <= 1:
		m.dateConf = model.ConfidenceHigh
	case dateRank <= 3:
		m.dateConf = model.ConfidenceMedium
	}
	m.author = strings.TrimSpace(bylinePrefixRE.ReplaceAllString(m.author, ""))
	return m
}

// metaDateRank is the best rank of the date keys a <meta> carries: its
// property, name and each word of its itemprop all count
// (property="article:published" itemprop="datePublished dateCreated").
func metaDateRank(n *hnode) (int, bool) {
	best, found := 99, false
	keys := []string{n.attr("property"), n.attr("name")}
	keys = append(keys, strings.Fields(n.attr("itemprop"))...)
	for _, k := range keys {
		if r, ok := dateKeys[strings.ToLower(strings.TrimSpace(k))]; ok && r < best {
			best, found = r, true
		}
	}
	return best, found
}

// hasItemprop reports whether one of the words of n's itemprop is prop.
func hasItemprop(n *hnode, prop string) bool {
	for _, w := range strings.Fields(n.attr("itemprop")) {
		if strings.EqualFold(w, prop) {
			return true
		}
	}
	return false
}

func hasAttr(n *hnode, key string) bool {
	for _, a := range n.attrs {
		if a.Key == key {
			return true
		}
	}
	return false
}

var bylinePrefixRE = regexp.MustCompile(`^(?i:by)\s+`)

// readJSONLD takes datePublished, author, publisher and URL from a
// JSON-LD block: an object, a list, or a "@graph"; the article-like
// object (one with a datePublished) wins.
func readJSONLD(data string, m *pageMeta, setDate func(string, int)) {
	data = strings.TrimSpace(data)
	data = strings.TrimSuffix(strings.TrimPrefix(data, "<!--"), "-->")
	var v any
	if json.Unmarshal([]byte(data), &v) != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 6 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
			d, _ := x["datePublished"].(string)
			if d == "" {
				return
			}
			setDate(d, 0)
			if m.author == "" {
				m.author = ldName(x["author"])
			}
			if m.site == "" {
				m.site = ldName(x["publisher"])
			}
			if u, _ := x["url"].(string); m.url == "" && u != "" {
				m.url = u
			}
			if h, _ := x["headline"].(string); m.ogTitle == "" && h != "" {
				m.ogTitle = h
			}
		}
	}
	visit(v, 0)
}

// ldName reads a JSON-LD person or organization: a name, an object with
// a name, or a list of them (joined with " and ").
func ldName(v any) string {
	switch x := v.(type) {
	case string:
		if strings.Contains(x, "://") {
			return ""
		}
		return x
	case map[string]any:
		s, _ := x["name"].(string)
		return s
	case []any:
		var names []string
		for _, e := range x {
			if s := ldName(e); s != "" {
				names = append(names, s)
			}
		}
		return strings.Join(names, " and ")
	}
	return ""
}

var dateLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00", "2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02",
	"2006/01/02", "20060102", time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"January 2, 2006", "Jan 2, 2006", "Jan 2 2006", "Jan. 2, 2006", "2 January 2006", "2 Jan 2006", "Monday, January 2, 2006",
}

var jsDateRE = regexp.MustCompile(`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2} \d{4})\b`)

// normDate reads a date in the forms pages use and gives YYYY-MM-DD as
// the publisher wrote it (no time zone conversion: the local date is the
// one the article carries). Anything else is rejected.
func normDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) > 10 && s[4] == '-' && s[7] == '-' && (s[10] == 'T' || s[10] == ' ') {
		// ISO with a time: the date part is all that counts, and the
		// time part comes in more shapes than layouts can list.
		s = s[:10]
	}
	if m := jsDateRE.FindStringSubmatch(s); m != nil {
		// JavaScript's Date.toString(): "Tue Nov 19 2019 03:05:46
		// GMT+0000 (Coordinated Universal Time)"; the zone name is optional.
		s = m[1]
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			if y := t.Year(); y < 1900 || y > 2100 {
				return "", false
			}
			return t.Format("2006-01-02"), true
		}
	}
	return "", false
}

// pageTitle picks the headline: og:title, twitter:title, the document
// title without its " | Site" part, the first <h1>; the <h1> is
// preferred to a document title that merely contains it.
func pageTitle(m *pageMeta) string {
	if t := firstNonEmpty(m.ogTitle, m.twTitle); t != "" {
		return stripSite(t, m.site, true)
	}
	if m.docTitle != "" {
		t := stripSite(m.docTitle, m.site, false)
		if m.site == "" && len(t) < len(m.docTitle) && strings.HasPrefix(m.docTitle, t) {
			// "Headline | Capital Post": the part cut off names the site.
			m.site = strings.TrimSpace(titleSepRE.ReplaceAllString(m.docTitle[len(t):], ""))
		}
		if m.h1 != "" && strings.Contains(t, m.h1) {
			return m.h1
		}
		return t
	}
	return m.h1
}

var titleSepRE = regexp.MustCompile(`\s+(?:\||-|–|—|::|·|•|»)\s+`)

// stripSite cuts a site name off a title: "Headline | Site",
// "Headline - Site", or "Site | Headline" when the site is known. A
// strict caller (og:title, usually clean) only cuts the known site name.
func stripSite(t, site string, strict bool) string {
	t = collapseSpace(t)
	locs := titleSepRE.FindAllStringIndex(t, -1)
	if len(locs) == 0 {
		return t
	}
	first, last := locs[0], locs[len(locs)-1]
	if site != "" && strings.EqualFold(strings.TrimSpace(t[:first[0]]), site) {
		return strings.TrimSpace(t[first[1]:])
	}
	head, tail := strings.TrimSpace(t[:last[0]]), strings.TrimSpace(t[last[1]:])
	if strict {
		if site != "" && strings.EqualFold(tail, site) {
			return head
		}
		return t
	}
	// The tail is a site name: short, and shorter than the headline.
	if len(head) >= 15 && len(tail) <= 40 && len(tail) < len(head) {
		return head
	}
	return t
}

func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
