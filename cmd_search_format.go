package main

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/annals/annals/corpus/export"
	"github.com/annals/annals/index"
	"github.com/annals/annals/model"
)

// sameLengthSafe makes text safe to print without moving a byte: each
// control character, C1 control, bidi override or invalid byte becomes
// as many '?' as it had bytes, so highlight offsets into the original
// text still land on the same words.
func sameLengthSafe(s string) string {
	var b []byte
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		bad := (r < 0x20 && r != '\t' && r != '\n') || r == 0x7f ||
			(r >= 0x80 && r < 0xa0) || (r == utf8.RuneError && size == 1) ||
			(r >= 0x200b && r <= 0x200f) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
		if bad {
			if b == nil {
				b = []byte(s)
			}
			for k := i; k < i+size; k++ {
				b[k] = '?'
			}
		}
		i += size
	}
	if b == nil {
		return s
	}
	return string(b)
}

// shortDate is an event date in a listing: ISO forms where they read at a
// glance (2024-08-05, 2024-W05, 2024-08), the readable form otherwise
// (a season, a quarter, a decade, a year before 1000: "AD 505", "1354 BC").
func shortDate(d model.EventDate) string {
	if d.Value == "" {
		return "undated"
	}
	r, ok := model.ParseDateValue(d.Value)
	if !ok {
		return export.DisplayDate(model.EventDate{Value: d.Value, Precision: d.Precision})
	}
	if y := r.Start.Year(); y >= 1000 {
		switch d.Precision {
		case model.PrecisionDay, model.PrecisionWeek, model.PrecisionMonth, model.PrecisionYear:
			if len(d.Value) <= 10 && !strings.ContainsAny(d.Value[4:], "ABCDEFGHIJKLMNOPQRSTUVYZ") {
				return d.Value
			}
		}
	}
	return export.DisplayDate(model.EventDate{Value: d.Value, Precision: d.Precision, Mod: d.Mod})
}

// splitByRange puts the hits dated inside a --from/--to range first and
// those whose coarser date merely overlaps it (a year for a one-month
// filter) after, as the TUI's date filter lists them.
func splitByRange(hits []index.Hit, from, to string) (inside, coarser []index.Hit) {
	if from == "" && to == "" {
		return hits, nil
	}
	lo, hi, ok := rangeBounds(from, to)
	if !ok {
		return hits, nil
	}
	for _, h := range hits {
		r, ok := model.ParseDateValue(h.Event.Date.Value)
		if ok && (r.Start.Before(lo) || r.End.After(hi)) {
			coarser = append(coarser, h)
			continue
		}
		inside = append(inside, h)
	}
	return inside, coarser
}

// rangeBounds is the span a --from/--to pair covers (to inclusive: its
// period's end); an open end is unbounded.
func rangeBounds(from, to string) (lo, hi time.Time, ok bool) {
	lo = time.Date(-100000, 1, 1, 0, 0, 0, 0, time.UTC)
	hi = time.Date(100000, 1, 1, 0, 0, 0, 0, time.UTC)
	if from != "" {
		r, good := model.ParseDateValue(from)
		if !good {
			return lo, hi, false
		}
		lo = r.Start
	}
	if to != "" {
		r, good := model.ParseDateValue(to)
		if !good {
			return lo, hi, false
		}
		hi = r.End
	}
	return lo, hi, true
}

func rangeName(from, to string) string {
	switch {
	case from != "" && to != "":
		return from + ".." + to
	case from != "":
		return "from " + from
	}
	return "to " + to
}
