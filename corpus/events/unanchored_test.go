package events

import (
	"testing"

	"github.com/annals/annals/model"
)

func TestUnanchoredFits(t *testing.T) {
	cases := []struct {
		v, date string
		want    bool
	}{
		{"XXXX-WXX-7", "1997-04-06", true},  // a Sunday
		{"XXXX-WXX-7", "1997-04-01", false}, // a Tuesday
		{"XXXX-WXX-7", "1997-W14", true},    // the week holding Sunday 6 April
		{"XXXX-WXX-7", "1997-04", false},    // a month says too little of a weekday
		{"XXXX-10-04", "1997-10-04", true},
		{"XXXX-10-04", "1997-10-05", false},
		{"XXXX-10-04", "1997-10", true},
		{"XXXX-10-04", "1997", false},
		{"XXXX-10", "1997-10-31", true},
		{"XXXX-10", "1997-11-01", false},
		{"XXXX", "1997-10-31", false},
		{"XXXX-SU", "1997-07", false},
	}
	for _, c := range cases {
		r, ok := model.ParseDateValue(c.date)
		if !ok {
			t.Fatalf("bad test date %s", c.date)
		}
		if got := unanchoredFits(c.v, toDayRange(r)); got != c.want {
			t.Errorf("unanchoredFits(%s, %s) = %v, want %v", c.v, c.date, got, c.want)
		}
	}
	pairs := []struct {
		a, b string
		want bool
	}{
		{"XXXX-WXX-7", "XXXX-WXX-7", true},
		{"XXXX-WXX-7", "XXXX-WXX-2", false},
		{"XXXX-10", "XXXX-10-04", true},
		{"XXXX-10-04", "XXXX-10", true},
		{"XXXX-10-04", "XXXX-10-05", false},
		{"XXXX-10-04", "XXXX-WXX-6", false},
		{"XXXX", "XXXX", false},
	}
	for _, p := range pairs {
		if got := unanchoredCompatible(p.a, p.b); got != p.want {
			t.Errorf("unanchoredCompatible(%s, %s) = %v, want %v", p.a, p.b, got, p.want)
		}
	}
}

// TestDayRange checks the compact ranges merging keeps against the
// model's, BC and leap days included.
func TestDayRange(t *testing.T) {
	vals := []string{"2024-02-29", "1969-12-31", "1970-01-01", "1997-W14", "2024-01", "1900", "BC0300", "2024-Q1", "199"}
	for _, a := range vals {
		ra, _ := model.ParseDateValue(a)
		da := toDayRange(ra)
		if got := dayTime(da.s); !got.Equal(ra.Start) {
			t.Errorf("%s: first day %v, want %v", a, got, ra.Start)
		}
		if got := dayTime(da.e); !got.Equal(ra.End) {
			t.Errorf("%s: end %v, want %v", a, got, ra.End)
		}
		for _, b := range vals {
			rb, _ := model.ParseDateValue(b)
			db := toDayRange(rb)
			if da.Compatible(db) != ra.Compatible(rb) || da.Overlaps(db) != ra.Overlaps(rb) {
				t.Errorf("%s ~ %s: compact ranges disagree with the model's", a, b)
			}
		}
	}
}
