package model

import "testing"

func TestParseDateValue(t *testing.T) {
	cases := []struct {
		v, prec, start, end string
	}{
		{"2024-08-05", PrecisionDay, "2024-08-05", "2024-08-06"},
		{"2024-10", PrecisionMonth, "2024-10-01", "2024-11-01"},
		{"2024", PrecisionYear, "2024-01-01", "2025-01-01"},
		{"2024-W05", PrecisionWeek, "2024-01-29", "2024-02-05"},
		{"2020-W53", PrecisionWeek, "2020-12-28", "2021-01-04"},
		{"2024-Q3", PrecisionQuarter, "2024-07-01", "2024-10-01"},
		{"2024-SU", PrecisionSeason, "2024-06-01", "2024-09-01"},
		{"199X", PrecisionDecade, "1990-01-01", "2000-01-01"},
		{"2025-07-16T06:00", PrecisionDay, "2025-07-16", "2025-07-17"},
		{"1997-W13-WE", PrecisionWeek, "1997-03-29", "1997-03-31"},
		{"19", PrecisionCentury, "1900-01-01", "2000-01-01"},
	}
	for _, c := range cases {
		r, ok := ParseDateValue(c.v)
		if !ok {
			t.Errorf("%s: not parsed", c.v)
			continue
		}
		if r.Precision != c.prec || r.Start.Format("2006-01-02") != c.start || r.End.Format("2006-01-02") != c.end {
			t.Errorf("%s: got %s %s..%s, want %s %s..%s", c.v, r.Precision,
				r.Start.Format("2006-01-02"), r.End.Format("2006-01-02"), c.prec, c.start, c.end)
		}
	}
	if r, ok := ParseDateValue("BC1354"); !ok || r.Start.Year() != -1353 || r.Precision != PrecisionYear {
		t.Errorf("BC1354: got %v %v, want astronomical year -1353", r, ok)
	}
	// "11th Century B.C." is tagged BC10, the 1000s BC: 1099 to 1000 BC
	if r, ok := ParseDateValue("BC10"); !ok || r.Start.Year() != -1098 || r.End.Year() != -998 || r.Precision != PrecisionCentury {
		t.Errorf("BC10: got %v %v, want astronomical -1098..-999", r, ok)
	}
	for _, v := range []string{"PAST_REF", "XXXX-10-04", "P2M", "", "2024-13", "2024-02-30", "2024-W60"} {
		if _, ok := ParseDateValue(v); ok {
			t.Errorf("%q: parsed, want no calendar anchor", v)
		}
	}
}

func TestCompatibleValues(t *testing.T) {
	if !CompatibleValues("2024-01-28", "2024-01") || !CompatibleValues("2024-W05", "2024-01-30") {
		t.Error("a day must be compatible with its month and week")
	}
	if CompatibleValues("2024-01-28", "2024-W05") { // Sunday 28th closes W04
		t.Error("2024-01-28 is in W04, not W05")
	}
	if CompatibleValues("2024-08", "2023-08") {
		t.Error("different years are not compatible")
	}
}

func TestOffsetMap(t *testing.T) {
	// raw: "ab" + "Ă©"(3 bytes: C4 82 C2 A9 is 4) → clean "é" (2 bytes) + "cd"
	var m OffsetMap
	m.Add(0, 0, 2, 2)
	m.Add(2, 2, 2, 4)
	m.Add(4, 6, 2, 2)
	if got := m.ToRaw(5); got != 7 {
		t.Errorf("ToRaw(5) = %d, want 7", got)
	}
	if s, e := m.RawSpan(1, 4); s != 1 || e != 6 {
		t.Errorf("RawSpan(1,4) = %d,%d want 1,6", s, e)
	}
	if s, e := m.RawSpan(0, 6); s != 0 || e != 8 {
		t.Errorf("RawSpan(0,6) = %d,%d want 0,8", s, e)
	}
	m2 := OffsetMap{}
	m2.Add(0, 0, 3, 3)
	m2.Add(3, 3, 4, 4)
	if len(m2.Segments) != 1 {
		t.Errorf("contiguous copies should coalesce, got %d segments", len(m2.Segments))
	}
}
