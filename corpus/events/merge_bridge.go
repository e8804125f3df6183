package events

import (
	"slices"
)

// Merging places reports one at a time, so the first reports of a
// happening can start two clusters that neither joins ("which has been
// closed since the historic withdrawal … in September" and "Israel
// withdrew from Gaza in September" score 0.47 together), and a third
// report that joins one of them matches the other as well (0.96 and
// 0.66). Such a report bridges them: the two clusters are one happening
// and become one. Only an explicitly dated report bridges, only when it
// would have joined either on its own, and only clusters that could be
// one happening (same kind, dates one within the other and no coarser
// than a month, no article dating a happening in both). On news-1997,
// bridges of year-dated clusters were mostly wrong ("China is the EU's
// second largest trading partner" and China's export figures).

// bridgeMargin is how far above its threshold a report must score with
// each of two clusters to bridge them: bridging on bare threshold
// scores folded, on news-1997, about half wrong (Ethiopia's concern and
// Somalia's government, a visa accord and a deployment).
const bridgeMargin = 0.15

// bridgeable reports whether cluster b may be folded into cluster a.
func (m *merger) bridgeable(a, b *cluster) bool {
	if a == b || a.dead || b.dead || a.fam != b.fam || a.soft || b.soft || !a.rng.Compatible(b.rng) ||
		a.rng.days() > 31 || b.rng.days() > 31 {
		return false
	}
	for _, x := range b.datedIn {
		if slices.Contains(a.datedIn, x) {
			return false
		}
	}
	return true
}

// fold moves every report of cluster bi into cluster ai; bi is left
// dead, pointing at ai, so the index's entries for it lead to ai.
func (m *merger) fold(ai, bi int) {
	a, b := m.clusters[ai], m.clusters[bi]
	for _, i := range b.items {
		a.items = append(a.items, i)
		m.joined[i] = int32(ai + 1)
	}
	a.words = unionSorted(a.words, b.words)
	for _, h := range b.pool {
		if len(a.pool) < poolCap && !slices.Contains(a.pool, h) {
			a.pool = append(a.pool, h)
		}
	}
	for _, x := range b.actors {
		if !slices.Contains(a.actors, x) {
			a.actors = append(a.actors, x)
		}
	}
	for _, x := range b.places {
		if !slices.Contains(a.places, x) {
			a.places = append(a.places, x)
		}
	}
	a.datedIn = append(a.datedIn, b.datedIn...)
	if a.killed == 0 {
		a.killed = b.killed
	} else if b.killed > 0 && b.killed != a.killed && a.altKilled == 0 {
		a.altKilled = b.killed
	}
	if a.wounded == 0 {
		a.wounded = b.wounded
	}
	if b.by != 0 && (a.by == 0 || m.items[b.by-1].hint.By < m.items[a.by-1].hint.By) {
		a.by = b.by
	}
	// The finer date of the two, from the report giving it.
	if b.rng.days() < a.rng.days() {
		a.rng, a.rep, a.dateFrom = b.rng, b.rep, b.dateFrom
	}
	*b = cluster{dead: true, alias: int32(ai), rep: b.rep}
	m.folded++
}

// live follows folded clusters to the cluster holding their reports.
func (m *merger) live(ci int32) int32 {
	for m.clusters[ci].dead {
		ci = m.clusters[ci].alias
	}
	return ci
}
