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
