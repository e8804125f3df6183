package events

import (
	"strings"
	"testing"
)

// A verb of telling names its hearer before "that"; the hearer and the
// day are the statement's, what follows "that" is what was told
// (news-1997 AFP_ENG_20061201.0325 gave a row "ABC television Thursday").
// A relative "that" after a noun of happening stays out of it.
func TestReportingPastTheHearer(t *testing.T) {
	cases := []struct {
		text, main, content string
	}{
		{"Maliki told ABC television Thursday that Iraqi forces will be ready to take charge of security in June 2007.",
			"Maliki told ABC television Thursday that", "Iraqi forces will be ready to take charge of security in June 2007."},
		{"The minister told visiting US officials on Sunday that the base would stay open.",
			"The minister told visiting US officials on Sunday that", "the base would stay open."},
	}
	for _, c := range cases {
		r := findReporting(c.text, tokenize(c.text))
		if !r.ok {
			t.Errorf("%q: no reporting verb found", c.text)
			continue
		}
		if m := c.text[r.main.start:r.main.end]; strings.TrimSpace(m) != strings.TrimSpace(c.main) {
			t.Errorf("%q: main %q, want %q", c.text, m, c.main)
		}
		if got := c.text[r.content.start:r.content.end]; strings.TrimSpace(got) != strings.TrimSpace(c.content) {
			t.Errorf("%q: content %q, want %q", c.text, got, c.content)
		}
	}
	// A comma before "that" ends the hearer: the "that" is another clause's.
	s := "The spokesman told reporters, in a briefing that ran late, the talks had stalled."
	if r := findReporting(s, tokenize(s)); !r.ok || strings.Contains(s[r.main.start:r.main.end], "that") {
		t.Errorf("%q: a relative 'that' taken as the reported content: %+v", s, r)
	}
}
