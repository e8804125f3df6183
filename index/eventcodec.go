package index

import (
	"encoding/binary"
	"errors"

	"github.com/annals/annals/model"
)

// Events are stored in a small binary form rather than JSON: a search
// decodes every event of its page, and decoding their JSON was the
// largest part of a search's time. The form follows model.Event field by
// field; TestEventCodecCoversModel fails when the model gains a field,
// so that the codec follows it (and FormatVersion changes).

// appendEvent writes e. A source whose text repeats an earlier source's
// (wire copies, reprints) stores the number of that source instead.
func appendEvent(b []byte, e *model.Event) []byte {
	str := func(s string) {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	num := func(n int) { b = binary.AppendVarint(b, int64(n)) }
	strs := func(ss []string) {
		b = binary.AppendUvarint(b, uint64(len(ss)))
		for _, s := range ss {
			str(s)
		}
	}
	// A list JSON shows even when empty keeps nil apart from empty.
	maybeStrs := func(ss []string) {
		b = binary.AppendUvarint(b, nilCount(len(ss), ss == nil))
		for _, s := range ss {
			str(s)
		}
	}
	str(e.ID)
	str(e.Date.Value)
	str(e.Date.Precision)
	str(e.Date.Text)
	str(e.Date.Mod)
	if e.Date.Inferred {
		b = append(b, 1)
	} else {
		b = append(b, 0)
	}
	str(e.Type)
	maybeStrs(e.Actors)
	strs(e.Targets)
	str(e.Place)
	num(e.Figures.Killed)
	num(e.Figures.Wounded)
	num(e.Figures.Count)
	str(e.Summary)
	str(e.Headline)
	str(e.SubType)
	if e.Background {
		b = append(b, 1)
	} else {
		b = append(b, 0)
	}
	b = binary.AppendUvarint(b, uint64(len(e.Disagreements)))
	for _, d := range e.Disagreements {
		str(d.Field)
		b = binary.AppendUvarint(b, uint64(len(d.Values)))
		for _, v := range d.Values {
			str(v.Value)
			strs(v.Articles)
		}
	}
	_, same := distinctTexts(e.Sources)
	b = binary.AppendUvarint(b, nilCount(len(e.Sources), e.Sources == nil))
	for j, s := range e.Sources {
		str(s.Article)
		str(s.File)
		num(s.Start)
		num(s.End)
		num(s.CleanStart)
		num(s.CleanEnd)
		k := 0
		if same != nil {
			k = same[j]
		}
		num(k)
		if k == 0 {
			str(s.Text)
		}
		str(s.Outlet)
		str(s.Published)
	}
	return b
}

// nilCount writes a list's length as 0 for nil, 1 + n otherwise.
func nilCount(n int, isNil bool) uint64 {
	if isNil {
		return 0
	}
	return uint64(n) + 1
}

var errStoredEvent = errors.New("stored event: damaged")

// readEvent reads what appendEvent wrote.
func readEvent(b []byte, e *model.Event) (err error) {
	bad := false
	// One copy of the whole for every string of the event to share (b
	// is always what is left of it).
	whole := string(b)
	str := func() string {
		n, k := binary.Uvarint(b)
		if k <= 0 || n > uint64(len(b)-k) {
			bad, b = true, nil
			return ""
		}
		at := len(whole) - len(b) + k
		b = b[k+int(n):]
		return whole[at : at+int(n)]
	}
	num := func() int {
		n, k := binary.Varint(b)
		if k <= 0 {
			bad, b = true, nil
			return 0
		}
		b = b[k:]
		return int(n)
	}
	count := func() int {
		n, k := binary.Uvarint(b)
		if k <= 0 || n > uint64(len(b)) { // every element takes a byte at least
			bad, b = true, nil
			return 0
		}
		b = b[k:]
		return int(n)
	}
	strs := func() []string {
		n := count()
		if n == 0 {
			return nil
		}
		ss := make([]string, n)
		for i := range ss {
			ss[i] = str()
		}
		return ss
	}
	maybeStrs := func() []string {
		n := count()
		if n == 0 {
			return nil
		}
		ss := make([]string, n-1)
		for i := range ss {
			ss[i] = str()
		}
		return ss
	}
	e.ID = str()
	e.Date.Value = str()
	e.Date.Precision = str()
	e.Date.Text = str()
	e.Date.Mod = str()
	if len(b) == 0 {
		return errStoredEvent
	}
	e.Date.Inferred, b = b[0] == 1, b[1:]
	e.Type = str()
	e.Actors = maybeStrs()
	e.Targets = strs()
	e.Place = str()
	e.Figures.Killed = num()
	e.Figures.Wounded = num()
	e.Figures.Count = num()
	e.Summary = str()
	e.Headline = str()
	e.SubType = str()
	if len(b) == 0 {
		return errStoredEvent
	}
	e.Background, b = b[0] == 1, b[1:]
	if n := count(); n > 0 {
		e.Disagreements = make([]model.Disagreement, n)
		for i := range e.Disagreements {
			d := &e.Disagreements[i]
			d.Field = str()
			if m := count(); m > 0 {
				d.Values = make([]model.DisagreeValue, m)
				for k := range d.Values {
					d.Values[k].Value = str()
					d.Values[k].Articles = strs()
				}
			}
		}
	}
	if n := count(); n > 0 {
		e.Sources = make([]model.Source, n-1)
	}
	for j := range e.Sources {
		s := &e.Sources[j]
		s.Article = str()
		s.File = str()
		s.Start = num()
		s.End = num()
		s.CleanStart = num()
		s.CleanEnd = num()
		if k := num(); k == 0 {
			s.Text = str()
		} else if k <= j {
			s.Text = e.Sources[k-1].Text
		} else {
			bad = true
		}
		s.Outlet = str()
		s.Published = str()
		if bad {
			break
		}
	}
	if bad || len(b) != 0 {
		return errStoredEvent
	}
	return nil
}
