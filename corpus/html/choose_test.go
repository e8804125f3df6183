package html

import (
	"strings"
	"testing"
)

// TestChooseKeepsEveryParagraph: pages on which the hand-written
// content choice lost text — a Japanese article (paragraphs of few
// "words" by the shingle measure), an article whose text sits in a
// "paywall" container, a <main> holding the text beside a larger teaser
// <article> — keep every paragraph of the article and leave out the
// furniture, and each block's offsets are the page's bytes.
func TestChooseKeepsEveryParagraph(t *testing.T) {
	nav := `<nav><ul><li><a href="/">ホーム</a></li><li><a href="/a">World</a></li><li><a href="/b">Business</a></li></ul></nav>`
	foot := `<footer><p>Copyright 2019 Example Media. All rights reserved. Terms of use and privacy policy apply.</p></footer>`
	ja := []string{
		"東京都は十九日、新しい防災計画を発表した。",
		"計画では、地震や台風に備えて避難所を増やし、食料や水の備蓄を二倍にする。",
		"知事は記者会見で「都民の命を守るため、できることはすべてやる」と述べた。",
		"専門家は、計画の実現には多くの予算が必要だと指摘している。",
		"都は来年度の予算案に関連費用を盛り込む方針だ。",
	}
	en := []string{
		"The city council voted on Tuesday to double the number of emergency shelters before the winter storms arrive.",
		"Officials said the plan would cost about 40 million dollars over three years and would be paid from reserves.",
		"Opposition members called the vote rushed, saying residents had not been consulted about the new sites.",
		"The mayor said work on the first shelters would begin next month in the northern districts of the city.",
	}
	para := func(ps []string) string { return "<p>" + strings.Join(ps, "</p>\n<p>") + "</p>" }
	teasers := strings.Repeat(`<article class="teaser"><h2><a href="/x">Another story about something else entirely</a></h2><p>A short teaser that points at another page of the site, with a few words.</p></article>`, 3)
	pages := map[string]struct {
		html string
		want []string
	}{
		"japanese": {`<html><head><title>防災計画</title></head><body>` + nav + `<article><h1>東京都、新しい防災計画</h1>` + para(ja) + `</article>` + foot + `</body></html>`, ja},
		"paywall":  {`<html><body>` + nav + `<div class="content paywall"><div class="paywall-inner">` + para(en) + `</div></div>` + foot + `</body></html>`, en},
		"main":     {`<html><body>` + nav + `<main><h1>Council doubles shelters</h1>` + para(en) + `</main><aside>` + teasers + `</aside>` + foot + `</body></html>`, en},
	}
	for name, pg := range pages {
		raw := []byte(pg.html)
		p := Extract(raw, "")
		var got []string
		for _, b := range p.Blocks {
			var sb strings.Builder
			for _, pc := range b.Pieces {
				sb.WriteString(pc.Text)
				if string(raw[pc.RawStart:pc.RawEnd]) != pc.Text && pc.Text != " " {
					t.Errorf("%s: piece %q at %d-%d reads %q", name, pc.Text, pc.RawStart, pc.RawEnd, raw[pc.RawStart:pc.RawEnd])
				}
			}
			got = append(got, sb.String())
		}
		all := strings.Join(got, "\n")
		for _, w := range pg.want {
			if !strings.Contains(all, w) {
				t.Errorf("%s: lost %q; blocks:\n%s", name, w, all)
			}
		}
		for _, junk := range []string{"Copyright", "Business", "Another story", "short teaser"} {
			if strings.Contains(all, junk) {
				t.Errorf("%s: furniture %q kept:\n%s", name, junk, all)
			}
		}
	}
}
