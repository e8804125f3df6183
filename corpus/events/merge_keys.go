package events

import (
	"strings"
)

// Blocking: the keys an item is looked up and a cluster filed under, so
// each report is scored against a bounded number of clusters.

// Blocking keys are 64-bit hashes of (type family, time bucket, feature):
// strings for a million items and several million keys cost more memory
// than the rest of merging. Each part is hashed with a tag of its own,
// so "a:" actors, "p:" places and "n:" names never meet.
func hashTagged(tag byte, s string) uint64 {
	h := uint64(14695981039346656037)
	h ^= uint64(tag)
	h *= 1099511628211
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// hashTaggedLower is hashTagged of strings.ToLower(s) for ASCII s,
// without the copy.
func hashTaggedLower(tag byte, s string) uint64 {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return hashTagged(tag, strings.ToLower(s))
		}
	}
	h := uint64(14695981039346656037)
	h ^= uint64(tag)
	h *= 1099511628211
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// combine folds v into the hash h (a splitmix64 finalizer over their mix).
func combine(h, v uint64) uint64 {
	z := h*0x9e3779b97f4a7c15 ^ v
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// feats appends the blocking features of an item to out: its actors,
// place, tolls, the names in its wording, its scheduled happening and
// the smallest shingles of its sentence. Two reports of one happening
// share at least one of them.
func feats(out []uint64, it *item) []uint64 {
	for _, a := range it.ev.Actors {
		out = append(out, hashTagged('a', a))
	}
	if it.ev.Place != "" {
		out = append(out, hashTaggedLower('p', it.ev.Place))
	}
	if it.ev.Figures.Killed > 0 {
		out = append(out, combine('k', uint64(it.ev.Figures.Killed)))
	}
	if it.ev.Figures.Wounded > 0 {
		out = append(out, combine('w', uint64(it.ev.Figures.Wounded)))
	}
	for _, n := range it.names {
		out = append(out, combine('n', n))
	}
	if it.scheduled != "" {
		out = append(out, hashTagged('h', it.scheduled))
	}
	// A copy of the sentence shares its smallest shingles.
	if it.sk.size() >= minWords-2 {
		out = append(out, combine('c', uint64(it.sk[0])), combine('c', uint64(it.sk[1])))
	}
	return out
}

// anyBucket is the time block of items only bounded by their article's
// date; every cluster is filed under it too.
const anyBucket = 1

// buckets are the time blocks an item is looked up in (lookup) or a new
// cluster is filed under (index): months for dates of a month or finer,
// years for coarser ones, anyBucket for items only bounded by their
// article's date. Compatible dates (a day in its month, a month in its
// year) always share a bucket. Months are year*100+month, years
// 1e7+year (years run negative for BC).
func buckets(out []int64, it *item, index bool) []int64 {
	if !it.dated || it.soft {
		return append(out, anyBucket)
	}
	fine := it.rng.days() <= 31
	start := it.rng.first()
	if fine {
		first := int64(start.Year())*100 + int64(start.Month())
		out = append(out, first)
		l := dayTime(it.rng.e - 1)
		if last := int64(l.Year())*100 + int64(l.Month()); last != first {
			out = append(out, last)
		}
		// A day at a month's edge is looked up in the next or previous
		// month too: the adjacent day a source may give (nearDay).
		if !index && it.rng.days() == 1 && it.fam == "violence" {
			for _, d := range [2]int32{it.rng.s - 1, it.rng.s + 1} {
				t := dayTime(d)
				if mo := int64(t.Year())*100 + int64(t.Month()); mo != first {
					out = append(out, mo)
				}
			}
		}
	}
	if !fine || index {
		out = append(out, 10_000_000+int64(start.Year()))
	}
	if index {
		out = append(out, anyBucket)
	}
	return out
}

var ongoingFam = hashTagged('f', "ongoing")

// keys crosses an item's type family (or "ongoing" for campaigns, which
// are matched across types) with its buckets and features, into m.kbuf.
func (m *merger) keys(it *item, index bool) []uint64 {
	var fams [2]uint64
	nf := 1
	fams[0] = hashTagged('f', it.fam)
	// A campaign is looked up among campaigns of any type and among
	// happenings of its own type ("since Israel withdrew from Gaza in
	// September" is the withdrawal another article tells as news).
	if it.hint.Ongoing {
		fams[0], fams[1] = ongoingFam, fams[0]
		nf = 2
	}
	var bs [4]int64
	bk := buckets(bs[:0], it, index)
	m.fbuf = feats(m.fbuf[:0], it)
	out := m.kbuf[:0]
	for _, f := range fams[:nf] {
		for _, b := range bk {
			fb := combine(f, uint64(b))
			for _, ft := range m.fbuf {
				out = append(out, combine(fb, ft))
			}
		}
	}
	m.kbuf = out
	return out
}

// candidates returns the clusters filed under key k that lookups read,
// folded clusters replaced by the cluster holding their reports.
func (m *merger) candidates(k uint64) []int32 {
	list := m.index[k]
	if len(list) > keyScan {
		list = list[len(list)-keyScan:]
	}
	if m.folded == 0 {
		return list
	}
	m.cbuf = m.cbuf[:0]
	for _, ci := range list {
		m.cbuf = append(m.cbuf, m.live(ci))
	}
	return m.cbuf
}

// fresh starts a new round of candidate marking (one item's lookup).
func (m *merger) fresh() {
	m.stamp++
	if len(m.seen) < len(m.clusters) {
		m.seen = append(m.seen, make([]uint32, len(m.clusters)-len(m.seen)+len(m.clusters)/4+16)...)
	}
}

// first reports whether cluster ci is met for the first time this round.
func (m *merger) first(ci int32) bool {
	if m.seen[ci] == m.stamp {
		return false
	}
	m.seen[ci] = m.stamp
	return true
}
