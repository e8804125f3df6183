package timex

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/annals/annals/model"
)

// InferPublished estimates a publication date from the text for articles
// whose metadata gives none (no date, or only a header candidate). It fills
// Article.Inference and, when the text supports a full date, sets
// Published, PublishedSource=inferred and Confidence. A header date (a
// page's display date) is kept, at low confidence, only where the text
// does not contradict it. Without a full date the inference says what the
// text bounds ("between XXXX-10-04 and XXXX-11-05, year unknown") and may
// offer the year other articles of the same folder support, marked Prior.
// It never uses world knowledge or today's date.
func InferPublished(arts []*model.Article) {
	type result struct {
		a    *model.Article
		year int // the latest year the article's own text names as past
	}
	var results []result
	// the latest year each folder's articles are dated with or name
	latest := map[string]map[*model.Article]int{}
	note := func(a *model.Article, y int) {
		dir := filepath.Dir(a.Path)
		if latest[dir] == nil {
			latest[dir] = map[*model.Article]int{}
		}
		if y > latest[dir][a] {
			latest[dir][a] = y
		}
	}
	for _, a := range arts {
		if a == nil {
			continue
		}
		if !needsInference(a) {
			note(a, yearOf(a.Published))
			continue
		}
		ev := gather(a)
		ev.decide(a)
		y := yearOf(a.Published)
		if lo, _ := ev.lowerBound(); y == 0 {
			y = yearOf(lo)
		}
		note(a, y)
		results = append(results, result{a, y})
	}
	for _, r := range results {
		if r.a.Published != "" || r.a.Inference == nil {
			continue
		}
		prior, from := 0, 0
		for o, y := range latest[filepath.Dir(r.a.Path)] {
			if o == r.a || y == 0 {
				continue
			}
			from++
			if y > prior {
				prior = y
			}
		}
		if prior == 0 || prior <= r.year {
			continue
		}
		inf := r.a.Inference
		inf.Prior = true
		inf.Evidence = append(inf.Evidence, fmt.Sprintf("prior, not from this text: %d other article(s) of this folder are dated or name years, up to %d", from, prior))
		if inf.Partial != "" {
			inf.Partial += fmt.Sprintf("; %d offered as a low-confidence prior from the folder", prior)
		}
	}
}

// needsInference: no trusted date (none, or only a header candidate).
func needsInference(a *model.Article) bool {
	switch a.PublishedSource {
	case model.SourceNone, "", model.SourceHeader, model.SourceInferred:
		return true
	}
	return a.Published == ""
}

func yearOf(v string) int {
	if len(v) >= 4 && allDigits(v[:4]) {
		y, _ := strconv.Atoi(v[:4])
		return y
	}
	return 0
}

// mention is one time expression with the tense of its clause.
type mention struct {
	model.Timex
	tense int
}

// evidence is what an article's text says about its date.
type evidence struct {
	ms       []mention
	header   *model.DateCandidate
	fullPast []mention // explicit YYYY-MM-DD, not future
	fullFut  []mention
	monthYr  []mention // YYYY-MM (explicit, or a range member given its year)
	years    []mention // YYYY
	weekdays []mention // XXXX-WXX-n, past or present
	mdPast   []mention // XXXX-MM-DD
	mdFut    []mention
	months   []mention // XXXX-MM, past
	rel      []mention // this week, last week, earlier this year...
}

func gather(a *model.Article) *evidence {
	text := a.Text
	if text == "" {
		text = string(a.Raw)
	}
	ev := &evidence{}
	for i := range a.DateCandidates {
		if a.DateCandidates[i].Source == model.SourceHeader {
			ev.header = &a.DateCandidates[i]
			break
		}
	}
	tg := newTagger(text, "")
	tg.wantTense = true
	tg.run()
	for i, x := range tg.out {
		m := mention{x, tg.tenses[i]}
		if ev.header != nil && x.Text == ev.header.Evidence && x.Value == ev.header.Date {
			continue // the header itself is not evidence for itself
		}
		v := x.Value
		switch {
		case isFullDay(v):
			if m.tense > 0 {
				ev.fullFut = append(ev.fullFut, m)
			} else {
				ev.fullPast = append(ev.fullPast, m)
			}
		case len(v) == 4 && allDigits(v):
			if m.tense <= 0 {
				ev.years = append(ev.years, m)
			}
		case len(v) == 7 && allDigits(v[:4]) && v[4] == '-':
			if m.tense <= 0 {
				ev.monthYr = append(ev.monthYr, m)
			}
		case strings.HasPrefix(v, "XXXX-WXX-") && len(v) == 10:
			if m.tense <= 0 {
				ev.weekdays = append(ev.weekdays, m)
			}
		case strings.HasPrefix(v, "XXXX-") && len(v) == 10 && allDigits(v[5:7]) && allDigits(v[8:]):
			if m.tense > 0 {
				ev.mdFut = append(ev.mdFut, m)
			} else {
				ev.mdPast = append(ev.mdPast, m)
			}
		case strings.HasPrefix(v, "XXXX-") && len(v) == 7 && allDigits(v[5:]):
			if m.tense <= 0 {
				ev.months = append(ev.months, m)
			}
		case v == "XXXX-WXX" || v == "XXXX" || v == "XXXX-XX":
			ev.rel = append(ev.rel, m)
		}
		ev.ms = append(ev.ms, m)
	}
	return ev
}

func isFullDay(v string) bool {
	_, err := time.Parse("2006-01-02", v)
	return err == nil
}

// leadWeekday is the weekday the text points to as the day of writing.
// Past-tense weekdays name days of the week before the writing, so the
// weekdays named are placed in the tightest window of a week and the
// last of them is the day of writing (or the day before it). names lists
// the weekdays named, with counts, as evidence.
func (ev *evidence) leadWeekday() (wd int, names []string) {
	if len(ev.weekdays) == 0 {
		return 0, nil
	}
	seen := map[int]int{}
	var order []int
	for _, m := range ev.weekdays {
		d := int(m.Value[9] - '0')
		if seen[d] == 0 {
			order = append(order, d)
		}
		seen[d]++
	}
	best, bestSpan := 0, 8
	for _, e := range order {
		span := 0
		for _, s := range order {
			if d := (e - s + 7) % 7; d > span {
				span = d
			}
		}
		if span < bestSpan {
			best, bestSpan = e, span
		}
	}
	for _, d := range order {
		n := time.Weekday(d % 7).String()
		if seen[d] > 1 {
			n += fmt.Sprintf(" ×%d", seen[d])
		}
		names = append(names, n)
	}
	return best, names
}

// decide fills a.Inference (and a.Published when a full date is supported).
func (ev *evidence) decide(a *model.Article) {
	inf := &model.DateInference{Confidence: model.ConfidenceLow}
	a.Inference = inf
	wd, wdNames := ev.leadWeekday()
	var lead string
	if wd > 0 {
		lead = fmt.Sprintf("a %s (weekday mentions: %s)", time.Weekday(wd%7), strings.Join(wdNames, ", "))
	}

	// 1. A full date the text names is the day of writing only when the
	// weekdays it names agree (it falls on the day of writing or the day
	// before) and nothing dated later is spoken of as past: most full
	// dates in news are history ("June 4, 1989").
	if d, m, ok := ev.latestFull(); ok && (wd > 0 || namesWeekday(m.Text)) {
		dw := isoWeekday(d)
		// The date's own weekday stands in only when the text names no
		// other: a page header "Saturday, May 4, 2024" must not vouch
		// for itself against a text written on a Monday.
		if wd == 0 {
			wd = dw
		}
		lo, _ := ev.lowerBound()
		agrees := dw == wd || dw%7+1 == wd
		// a date written with its weekday reads as the day of writing; a
		// bare one whose weekday merely agrees does not (two days in
		// seven agree by chance)
		current := namesWeekday(m.Text)
		if current && agrees && (len(lo) < 4 || lo <= m.Value) {
			for isoWeekday(d) != wd {
				d = d.AddDate(0, 0, 1)
			}
			inf.Evidence = append(inf.Evidence,
				fmt.Sprintf("latest full date named in the past: %q = %s", m.Text, m.Value),
				"written on "+lead+", which agrees with it")
			for _, f := range ev.fullFut {
				if fd, _ := time.Parse("2006-01-02", f.Value); fd.Before(d) {
					inf.Evidence = append(inf.Evidence, fmt.Sprintf("but %q (%s) is spoken of as future", f.Text, f.Value))
					inf.Confidence = model.ConfidenceLow
				}
			}
			ev.rejectHeader(a, inf, d)
			if inf.Confidence != model.ConfidenceLow || len(ev.fullFut) == 0 {
				inf.Confidence = model.ConfidenceMedium
			}
			inf.Date = fmtDay(d)
			a.Published, a.PublishedSource, a.Confidence = inf.Date, model.SourceInferred, inf.Confidence
			return
		}
	}

	// 2. No full date: what the text bounds.
	lo, loText := ev.lowerBound()
	hi, hiText := ev.upperBound(lo)
	if loText != "" {
		inf.Evidence = append(inf.Evidence, "after "+loText)
	}
	yl, ylText := ev.yearlessBound()
	if yl == lo || len(lo) >= 7 && len(yl) >= 7 && lo[4:] >= yl[4:] {
		yl = "" // "2024-01" already says "after XXXX-01"
	} else if ylText != "" {
		inf.Evidence = append(inf.Evidence, "after "+ylText)
	}
	if hiText != "" {
		inf.Evidence = append(inf.Evidence, "before "+hiText)
	}
	if lead != "" {
		inf.Evidence = append(inf.Evidence, "written on "+lead+" or the day after")
	}
	for _, m := range ev.rel {
		inf.Evidence = append(inf.Evidence, fmt.Sprintf("%q (relative to the unknown date)", m.Text))
	}
	var parts []string
	switch {
	case lo != "" && hi != "":
		parts = append(parts, "between "+lo+" and "+hi)
	case lo != "":
		parts = append(parts, "on or after "+lo)
	case hi != "":
		parts = append(parts, "before "+hi)
	}
	if yl != "" {
		parts = append(parts, "after "+yl)
	}
	if wd > 0 {
		parts = append(parts, "a "+time.Weekday(wd%7).String()+" or the day after")
	}
	if !strings.HasPrefix(lo, "1") && !strings.HasPrefix(lo, "2") {
		parts = append(parts, "year unknown")
	}

	// 3. A header date stands only if nothing above contradicts it.
	if ev.header != nil {
		if ok, why := ev.headerFits(wd, lo, hi); ok {
			inf.Evidence = append(inf.Evidence, fmt.Sprintf("header date %q (%s) is not contradicted by the text", ev.header.Evidence, ev.header.Date)+why)
			inf.Date = ev.header.Date
			a.Published, a.PublishedSource, a.Confidence = ev.header.Date, model.SourceHeader, model.ConfidenceLow
			return
		} else {
			inf.Evidence = append(inf.Evidence, fmt.Sprintf("header date %q (%s) rejected: %s", ev.header.Evidence, ev.header.Date, why))
		}
	}
	if a.PublishedSource == model.SourceHeader || a.PublishedSource == model.SourceInferred {
		a.Published, a.PublishedSource, a.Confidence = "", model.SourceNone, ""
	}
	if len(parts) > 0 && (lo != "" || hi != "" || wd > 0) {
		inf.Partial = strings.Join(parts, ", ")
	}
	if len(inf.Evidence) == 0 {
		inf.Evidence = []string{"the text names no date"}
	}
}

// namesWeekday reports whether a date expression is written with its
// weekday ("Monday, Jan. 29, 2024").
func namesWeekday(text string) bool {
	w := strings.ToLower(text)
	for name := range weekdays {
		if strings.HasPrefix(w, name) {
			return true
		}
	}
	return false
}

// rejectHeader notes a header candidate that disagrees with a date the
// text supports.
func (ev *evidence) rejectHeader(a *model.Article, inf *model.DateInference, d time.Time) {
	if ev.header == nil || ev.header.Date == fmtDay(d) {
		return
	}
	inf.Evidence = append(inf.Evidence, fmt.Sprintf("header date %q (%s) set aside: the text supports %s", ev.header.Evidence, ev.header.Date, fmtDay(d)))
}

// headerFits checks a header date against the text: past full dates after
// it, a lead weekday that is neither its day nor the day before, a past
// month-year after it or future dates before it contradict it.
func (ev *evidence) headerFits(wd int, lo, hi string) (bool, string) {
	h, err := time.Parse("2006-01-02", ev.header.Date)
	if err != nil {
		return false, "not a date"
	}
	if wd > 0 {
		hw := isoWeekday(h)
		if hw != wd && hw != wd%7+1 {
			return false, fmt.Sprintf("the text's weekday mentions point to a %s as the day of writing, the header is a %s", time.Weekday(wd%7), h.Weekday())
		}
	}
	if len(lo) >= 7 && allDigits(lo[:4]) && lo[:7] > ev.header.Date[:7] {
		return false, "the text speaks of " + lo + " as past"
	}
	if len(hi) >= 7 && allDigits(hi[:4]) && hi[:7] < ev.header.Date[:7] {
		return false, "the text speaks of " + hi + " as future"
	}
	if wd > 0 {
		return true, "; its weekday agrees with the weekday mentions"
	}
	return true, ""
}

// lowerBound is the latest past date the text names: a month-year with
// its year when there is one, else the latest day-precision month-day of
// the most recent cluster, else a month.
func (ev *evidence) lowerBound() (string, string) {
	var best *mention
	for _, list := range [][]mention{ev.fullPast, ev.monthYr, ev.years} {
		for i := range list {
			if m := &list[i]; best == nil || m.Value > best.Value && !strings.HasPrefix(best.Value, m.Value) {
				best = m
			}
		}
	}
	if best != nil {
		return best.Value, fmt.Sprintf("%q = %s, named in the past", best.Text, best.Value)
	}
	return ev.yearlessBound()
}

// yearlessBound is the latest past month-day of the most recent cluster,
// else a month, named without a year.
func (ev *evidence) yearlessBound() (string, string) {
	if m, ok := latestInCluster(ev.mdPast); ok {
		return m.Value, fmt.Sprintf("%q = %s, named in the past", m.Text, m.Value)
	}
	if m, ok := latestInCluster(ev.months); ok {
		return m.Value, fmt.Sprintf("%q = %s, named in the past", m.Text, m.Value)
	}
	return "", ""
}

// latestFull is the latest full date named in the past.
func (ev *evidence) latestFull() (time.Time, mention, bool) {
	if len(ev.fullPast) == 0 {
		return time.Time{}, mention{}, false
	}
	m := ev.fullPast[0]
	for _, o := range ev.fullPast[1:] {
		if o.Value > m.Value {
			m = o
		}
	}
	d, err := time.Parse("2006-01-02", m.Value)
	return d, m, err == nil
}

// upperBound is the earliest future month-day after lo (on the calendar
// circle when the year is unknown).
func (ev *evidence) upperBound(lo string) (string, string) {
	if len(ev.mdFut) == 0 {
		return "", ""
	}
	from := dayOfYear(lo)
	var best *mention
	bestD := 1000
	for i := range ev.mdFut {
		m := &ev.mdFut[i]
		d := (dayOfYear(m.Value) - from + 366) % 366
		if d < bestD {
			best, bestD = m, d
		}
	}
	return best.Value, fmt.Sprintf("%q = %s, spoken of as future", best.Text, best.Value)
}

// dayOfYear places a (possibly year-less) month-day or month on a
// 366-day circle; 0 when v has none.
func dayOfYear(v string) int {
	if len(v) < 7 {
		return 0
	}
	m, err := strconv.Atoi(v[5:7])
	if err != nil {
		return 0
	}
	d := 1
	if len(v) >= 10 {
		d, _ = strconv.Atoi(v[8:10])
	}
	return int(time.Date(2000, time.Month(m), d, 0, 0, 0, 0, time.UTC).YearDay())
}

// latestInCluster picks, among year-less past dates, the one with the most
// others in the 60 days before it (the cluster of recent events a news
// story reports), the later one on ties.
func latestInCluster(ms []mention) (mention, bool) {
	if len(ms) == 0 {
		return mention{}, false
	}
	type sc struct {
		m      mention
		n, doy int
	}
	var best *sc
	for _, m := range ms {
		doy := dayOfYear(m.Value)
		n := 0
		for _, o := range ms {
			d := (doy - dayOfYear(o.Value) + 366) % 366
			if d <= 60 {
				n++
			}
		}
		c := sc{m, n, doy}
		if best == nil || c.n > best.n || c.n == best.n && c.doy > best.doy {
			best = &c
		}
	}
	return best.m, true
}
