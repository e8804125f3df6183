package ui

import (
	"strings"

	"github.com/annals/annals/index"
	"github.com/annals/annals/model"
)

// detail shows the selected event in full: date and precision, type,
// actors, figures, place and every source's sentence with the matches
// highlighted, so a line can be checked against its sources at a glance.
type detail struct {
	common
	hit    *index.Hit
	terms  []string
	offset int
}

func (d *detail) SetSize(w, h int) { d.setSize(w, h) }

func (d *detail) setHit(h *index.Hit) {
	if h == nil || d.hit == nil || h.Event.ID != d.hit.Event.ID {
		d.offset = 0
	}
	d.hit = h
}

func (d *detail) lines() []string {
	st := d.st
	w := d.width
	if d.hit == nil {
		return []string{st.Dim.Render("No event selected.")}
	}
	e := &d.hit.Event
	var out []string
	label := func(k, v string) {
		if v == "" {
			return
		}
		out = append(out, trunc(st.Label.Render(k+" ")+v, w))
	}
	date := fmtDate(e.Date)
	prec := e.Date.Precision
	if prec == "" {
		prec = model.PrecisionOf(e.Date.Value)
	}
	how := prec
	if e.Date.Inferred {
		how += ", inferred"
	}
	if e.Date.Text != "" {
		how += `, "` + clean(e.Date.Text) + `"`
	}
	out = append(out, trunc(st.Type(e.Type).Render(glyph(e.Type)+" "+e.Type)+"  "+st.Bold.Render(clean(date))+st.Dim.Render(" ("+how+")"), w))
	if e.Headline != "" {
		// The headline leads; the sentences it was made from are below.
		h := clean(e.Headline)
		for _, l := range wrapText(h, max(w, 1)) {
			out = append(out, paint(h, l.start, l.end, span{}, findTerms(h, d.terms), st.Bold, st.Match, &st.Bold))
		}
	} else {
		for _, l := range wrapText(e.Summary, max(w, 1)) {
			out = append(out, paint(e.Summary, l.start, l.end, span{}, d.summaryHL(), st.Bold, st.Match, &st.Bold))
		}
	}
	if e.Background {
		out = append(out, trunc(st.Dim.Render("◷ background: its sources mention it long after it happened"), w))
	}
	if len(e.Disagreements) > 0 {
		out = append(out, trunc(st.Warn.Render("≠ the sources disagree"), w))
		for _, l := range disagreeLines(e.Disagreements) {
			for _, wl := range wrapText(l, max(w-2, 1)) {
				out = append(out, "  "+st.Warn.Render(l[wl.start:wl.end]))
			}
		}
	}
	label("Actors ", strings.Join(cleanAll(e.Actors), ", "))
	label("Targets", strings.Join(cleanAll(e.Targets), ", "))
	label("Place  ", clean(e.Place))
	if !e.Figures.IsZero() {
		var f []string
		if e.Figures.Killed > 0 {
			f = append(f, itoa(e.Figures.Killed)+" killed")
		}
		if e.Figures.Wounded > 0 {
			f = append(f, itoa(e.Figures.Wounded)+" wounded")
		}
		if e.Figures.Count > 0 {
			f = append(f, "count "+itoa(e.Figures.Count))
		}
		label("Figures", strings.Join(f, ", "))
	}
	out = append(out, "")
	rule := "── " + plural(len(e.Sources), "source", "sources") + " "
	if n := articleCount(e); n > 1 && n < len(e.Sources) {
		rule = "── " + plural(len(e.Sources), "source", "sources") + " in " + itoa(n) + " articles "
	}
	out = append(out, st.Dim.Render(trunc(rule+strings.Repeat("─", max(w-ansiW(rule), 0)), w)))
	for i, s := range e.Sources {
		head := []string{}
		if s.Outlet != "" {
			head = append(head, st.Bold.Render(clean(s.Outlet)))
		}
		if s.Published != "" {
			head = append(head, clean(s.Published))
		}
		// The file's name is what tells sources apart: keep the end of
		// the path when the line is too long.
		lead := strings.Join(head, " · ")
		if lead != "" {
			lead += " · "
		}
		out = append(out, lead+st.Dim.Render(truncLeft(clean(s.File), max(w-ansiW(lead), 8))))
		hl := d.sourceHL(i)
		diff := differSpans(s.Text, e.Disagreements)
		for _, l := range wrapText(s.Text, max(w-2, 1)) {
			out = append(out, "  "+paintMarks(s.Text, l.start, l.end, span{}, hl, diff, st.Row, st.Match, st.Differ, nil))
		}
	}
	return out
}

func (d *detail) summaryHL() []span {
	var hl []span
	for _, x := range d.hit.Highlights {
		if x.Source == -1 {
			hl = append(hl, span{x.Start, x.End})
		}
	}
	if len(hl) == 0 {
		hl = findTerms(d.hit.Event.Summary, d.terms)
	}
	return hl
}

func (d *detail) sourceHL(i int) []span {
	var hl []span
	for _, x := range d.hit.Highlights {
		if x.Source == i {
			hl = append(hl, span{x.Start, x.End})
		}
	}
	if len(hl) == 0 {
		hl = findTerms(d.hit.Event.Sources[i].Text, d.terms)
	}
	return hl
}

func (d *detail) scroll(n int) {
	d.offset = max(0, min(d.offset+n, len(d.lines())-d.height))
}

func (d *detail) View() string {
	if d.width <= 0 || d.height <= 0 {
		return ""
	}
	l := d.lines()
	off := max(0, min(d.offset, len(l)-d.height))
	return fitLines(l[off:], d.width, d.height)
}
