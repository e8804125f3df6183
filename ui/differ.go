package ui

import (
	"strconv"
	"strings"

	"github.com/annals/annals/model"
)

// Where sources disagree: the spans of a text that carry one of an
// event's disputed values (a toll, a date, a claimed agent), so the
// detail and the side-by-side panes can show the reader what differs.

// numberWords spells the tolls an article writes out ("three killed").
var numberWords = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}

// differSpans finds the disputed values of ds in text, whole words only
// and in any case; a number is found as digits and as a word.
func differSpans(text string, ds []model.Disagreement) []span {
	if len(ds) == 0 || text == "" {
		return nil
	}
	var forms []string
	for _, d := range ds {
		for _, v := range d.Values {
			forms = append(forms, valueForms(d.Field, v.Value)...)
		}
	}
	return findForms(text, forms)
}

// valueForms is how a disputed value can be written in a sentence.
func valueForms(field, v string) []string {
	v = strings.TrimSpace(v)
	if v == "" {
		return nil
	}
	out := []string{v}
	if n, err := strconv.Atoi(v); err == nil && n >= 0 && n < len(numberWords) {
		out = append(out, numberWords[n])
	}
	if field == "date" {
		// A day as articles write it: "28 January", "January 28".
		if r, ok := model.ParseDateValue(v); ok && r.Precision == model.PrecisionDay {
			out = append(out, r.Start.Format("2 January"), r.Start.Format("January 2"), r.Start.Format("Monday"))
		}
	}
	return out
}

// findForms finds each form in text as a whole word, ASCII case folded,
// sorted and without overlaps.
func findForms(text string, forms []string) []span {
	low := asciiLower(text)
	var out []span
	for _, f := range forms {
		f = asciiLower(f)
		if f == "" {
			continue
		}
		for i := 0; i < len(low); {
			j := strings.Index(low[i:], f)
			if j < 0 {
				break
			}
			a, b := i+j, i+j+len(f)
			if (a == 0 || !isWordByte(low[a-1])) && (b == len(low) || !isWordByte(low[b])) {
				out = append(out, span{a, b})
			}
			i = b
		}
	}
	return mergeSpans(out)
}

// mergeSpans sorts spans and joins overlapping ones.
func mergeSpans(s []span) []span {
	if len(s) < 2 {
		return s
	}
	for i := 1; i < len(s); i++ { // insertion sort: a handful of spans
		for j := i; j > 0 && s[j].start < s[j-1].start; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	out := s[:1]
	for _, x := range s[1:] {
		last := &out[len(out)-1]
		if x.start <= last.end {
			last.end = max(last.end, x.end)
			continue
		}
		out = append(out, x)
	}
	return out
}

// disagreeLines says, one line a field, what the sources give:
// "killed: 3 (2 articles) · 2 (1 article)".
func disagreeLines(ds []model.Disagreement) []string {
	var out []string
	for _, d := range ds {
		var vs []string
		for _, v := range d.Values {
			vs = append(vs, clean(v.Value)+" ("+plural(len(v.Articles), "article", "articles")+")")
		}
		out = append(out, clean(d.Field)+": "+strings.Join(vs, " · "))
	}
	return out
}
