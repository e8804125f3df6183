package model

import "sort"

// Segment says that Clean[CleanStart:CleanStart+CleanLen] came from
// Raw[RawStart:RawStart+RawLen]. Copied text has equal lengths; a repaired
// or normalized run may not, and then offsets inside it snap to its ends.
type Segment struct {
	CleanStart, RawStart int
	CleanLen, RawLen     int
}

// OffsetMap maps byte offsets of cleaned text back to the raw file. Its
// segments are sorted by CleanStart and do not overlap.
type OffsetMap struct {
	Segments []Segment
}

// Add appends a segment; consecutive copied segments are coalesced so a
// mostly untouched file costs a handful of segments.
func (m *OffsetMap) Add(cleanStart, rawStart, cleanLen, rawLen int) {
	if cleanLen == 0 && rawLen == 0 {
		return
	}
	if n := len(m.Segments); n > 0 {
		last := &m.Segments[n-1]
		if last.CleanLen == last.RawLen && cleanLen == rawLen &&
			last.CleanStart+last.CleanLen == cleanStart && last.RawStart+last.RawLen == rawStart {
			last.CleanLen += cleanLen
			last.RawLen += rawLen
			return
		}
	}
	m.Segments = append(m.Segments, Segment{cleanStart, rawStart, cleanLen, rawLen})
}

// ToRaw maps one cleaned-text offset to a raw offset. An offset inside a
// run whose length changed maps to the run's start; past the end it maps
// to the end of the last segment. With no segments, the identity.
func (m OffsetMap) ToRaw(clean int) int {
	s := m.Segments
	if len(s) == 0 {
		return clean
	}
	i := sort.Search(len(s), func(i int) bool { return s[i].CleanStart+s[i].CleanLen > clean })
	if i == len(s) {
		last := s[len(s)-1]
		return last.RawStart + last.RawLen
	}
	seg := s[i]
	if clean <= seg.CleanStart {
		return seg.RawStart
	}
	if seg.CleanLen == seg.RawLen {
		return seg.RawStart + (clean - seg.CleanStart)
	}
	return seg.RawStart
}

// RawSpan maps a cleaned span [start,end) to the raw span that covers it.
// The end is mapped as the end of the byte before it, so a span ending in
// a repaired run covers the whole run.
func (m OffsetMap) RawSpan(start, end int) (int, int) {
	if end <= start {
		r := m.ToRaw(start)
		return r, r
	}
	rs := m.ToRaw(start)
	s := m.Segments
	if len(s) == 0 {
		return start, end
	}
	last := end - 1
	i := sort.Search(len(s), func(i int) bool { return s[i].CleanStart+s[i].CleanLen > last })
	if i == len(s) {
		l := s[len(s)-1]
		return rs, l.RawStart + l.RawLen
	}
	seg := s[i]
	if last < seg.CleanStart {
		return rs, seg.RawStart
	}
	if seg.CleanLen == seg.RawLen {
		return rs, seg.RawStart + (last - seg.CleanStart) + 1
	}
	return rs, seg.RawStart + seg.RawLen
}
