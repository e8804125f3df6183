package events

import (
	"cmp"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/annals/annals/model"
)

// noHint stands for the hint of an event whose extraction has none.
var noHint Hint

// Merge thresholds: the score an extracted event needs to join a cluster.
// Dated events need more evidence than back-references, which carry no
// date to disagree with but are only ever compared with violent events.
const (
	joinDated   = 0.55
	joinUndated = 0.5
	// sameArticle is the score a dated event needs to join a cluster that
	// already holds a dated event of its own article: articles do retell
	// a happening ("since October … since mid-October"), but two dated
	// sentences of one article are usually two happenings.
	sameArticle = 0.8
	// nearDayWording is the share of its content words a day-dated
	// report must share with a cluster dated the day before or after to
	// join it: outlets do disagree on the day ("late Saturday" /
	// "Sunday", a time zone, a mistake), but different happenings of
	// adjacent days are common, so the report must be told in mostly
	// the same words (and pass the usual score on two kinds of evidence).
	// Only violent happenings: on news-1997, 8 of 10 other pairs that
	// passed were a day's recurring report (markets, a news agenda, a
	// toll "risen to 40" then "to 41") or a summit's successive days.
	nearDayWording = 0.6
	// keyScan caps how many clusters one index key offers, so a common
	// word or actor cannot make merging quadratic.
	keyScan = 100
	// refile is how far back a key's list is searched for the cluster
	// being filed, to file it once.
	refile = 8
)

// recentRef is how many days before its article a happening may have
// ended for a back-reference to prefer it over older ones: a quarter,
// the span within which news still names a happening by its toll
// without a date.
const recentRef = 92

// oldRef is how much more a back-reference must score to join a
// happening older than recentRef.
const oldRef = 0.25

// nearTie is how close two candidates' scores are for the nearer in
// time to win (place): a difference of one shared word in ten.
const nearTie = 0.05

// nearer reports whether cluster a lies nearer in time than b to the
// item: to its own date if it has one, else to its article's
// publication date (what a back-reference happened shortly before).
func (m *merger) nearer(it *item, a, b *cluster) bool {
	var at int32
	switch {
	case it.dated && !it.rng.IsZero():
		at = it.rng.s
	case it.hasDCT:
		at = it.dct
	default:
		return false
	}
	return distance(a.rng, at) < distance(b.rng, at)
}

// distance is how many days day d lies outside range r (0 inside it);
// an unset range is farthest.
func distance(r dayRange, d int32) int32 {
	switch {
	case r.IsZero():
		return 1 << 30
	case d < r.s:
		return r.s - d
	case d >= r.e:
		return d - r.e + 1
	}
	return 0
}

// coarse reports whether an item is dated no finer than a quarter ("this
// year", "in 2003"): such a date says little about which happening it is.
func coarse(it *item) bool {
	return it.dated && it.rng.days() > 93
}

// debugMerge prints every merge decision to stderr (ANNALS_DEBUG_MERGE=1).
var debugMerge = os.Getenv("ANNALS_DEBUG_MERGE") != ""

// heapProfile, when set (ANNALS_MERGE_HEAP=file), is where Merge writes
// a profile of the live heap once every event is placed, its peak.
var heapProfile = os.Getenv("ANNALS_MERGE_HEAP")

// item is one extracted event with the features merging compares.
type item struct {
	// ev is the extracted event, in the caller's extraction (its actors
	// rewritten to corpus names): a copy per item would cost more than
	// the extractions' own headers.
	ev *model.Event
	// hint is the event's hint, in the caller's extraction; soft and
	// undated start as its Soft and Undated and change as merging dates
	// the event.
	hint *Hint
	// dateOv is a date merging inferred for it (after a happening, on or
	// before a reaction), nil if none; see date.
	dateOv *model.EventDate
	rng    dayRange
	fam    string
	words  []uint64 // hashed content words, sorted, distinct
	names  []uint64 // capitalized words of its wording, hashed, for blocking
	dct    int32    // publication day (dayNumber), if hasDCT
	// scheduled is the scheduled happening its wording names
	// ("election"), for upcoming mentions to find it.
	scheduled string
	sk        sketch // its dated sentence's wording, to recognize copies
	art       int32  // index of its article
	// soft and undated start as the hint's Soft and Undated and change
	// as merging dates the event; dated: an explicit calendar date;
	// hasDCT: its article's publication date is known (dct).
	soft, undated, dated, hasDCT bool
}

// cluster is one merged event under construction.
type cluster struct {
	items    []int
	rep      int // item giving the summary and the date (most precise explicit)
	dateFrom int // item giving the date, when finer than the rep's
	rng      dayRange
	fam      string
	words    []uint64 // hashed content words of its items, sorted, distinct (a map per cluster costs ten times more)
	actors   []string // distinct; slices, not maps: a cluster holds a few, and there are a million clusters
	places   []string // distinct, lower case
	killed   int
	wounded  int
	// altKilled is a second death toll a report of it gives (a disputed
	// or updated count, see tollsClose), 0 if none.
	altKilled int
	datedIn   []int32  // articles with an explicitly dated item here
	by        int      // 1 + the item with the earliest fresh reaction bound (Hint.By), 0 if none
	soft      bool     // dated only softly
	ongoing   bool     // a campaign told from its start
	pool      []uint32 // wording sketches of its items (see sameWording)
	// dead marks a cluster folded into another (alias) by a bridging
	// report (merge_bridge.go); it holds no reports.
	dead  bool
	alias int32
}

// Merge builds the corpus timeline from per-article extractions (ex[i]
// belongs to arts[i]): actors are unified across articles, reports of one
// happening become one event with every report as a source, publication
// dates contradicted by the corpus are flagged, and events come out in
// chronological order. It rewrites ex in place: mentions and event actors
// take their corpus-level names.
func (x *Extractor) Merge(arts []*model.Article, ex []Extraction) *model.Timeline {
	tl := &model.Timeline{Articles: arts}
	if len(ex) != len(arts) {
		tl.Warnings = append(tl.Warnings, fmt.Sprintf("events: %d extractions for %d articles; merged the first %d", len(ex), len(arts), min(len(ex), len(arts))))
	}
	n := min(len(ex), len(arts))
	rename, actorList := x.unify(ex[:n])
	tl.Actors = actorList

	// Sized up front: items are the largest thing merging holds, and a
	// growing slice would briefly hold two copies.
	total := 0
	off := make([]int, n) // index of each article's first item
	for ai := 0; ai < n; ai++ {
		off[ai] = total
		total += len(ex[ai].Events)
	}
	items := make([]item, total)
	// Articles' items are independent: built on every core.
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var sc scratch
			for {
				ai := int(next.Add(1)) - 1
				if ai >= n {
					return
				}
				buildItems(items[off[ai]:off[ai]+len(ex[ai].Events)], ai, arts[ai], &ex[ai], rename[ai], &sc)
			}
		}()
	}
	wg.Wait()

	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	rank := func(it *item) int {
		switch {
		case it.dated && !it.soft:
			return 0
		case it.dated:
			return 1
		}
		return 2
	}
	slices.SortStableFunc(order, func(p, q int) int {
		a, b := &items[p], &items[q]
		if ra, rb := rank(a), rank(b); ra != rb {
			return ra - rb
		}
		if a.dated && b.dated {
			if da, db := a.rng.days(), b.rng.days(); da != db {
				return cmp.Compare(da, db)
			}
			if a.rng.s != b.rng.s {
				return cmp.Compare(a.rng.s, b.rng.s)
			}
			// Richer reports first, so thinner ones join them.
			return cmp.Compare(len(b.words), len(a.words))
		}
		return 0
	})

	m := &merger{items: items, index: map[uint64][]int32{}, joined: make([]int32, len(items)), idf: newIDF(items)}
	var afters, undated, upcoming []int
	for _, i := range order {
		switch {
		case items[i].hint.Upcoming:
			upcoming = append(upcoming, i)
		case items[i].undated && (items[i].hint.After > 0 || items[i].fam != "violence"):
			afters = append(afters, i)
		case items[i].undated:
			undated = append(undated, i)
		default:
			m.place(i)
		}
	}
	// Back-references join in rounds: one that joins adds the place and
	// wording that let a terser one ("the strike that killed the U.S.
	// troops in Jordan") find the same event.
	for round := 0; round < 3 && len(undated) > 0; round++ {
		var left []int
		for _, i := range undated {
			if !m.place(i) {
				left = append(left, i)
			}
		}
		if len(left) == len(undated) {
			break
		}
		undated = left
	}
	m.placeBounded(undated)
	// ex is not used past this point, so the caller's extractions can be
	// collected while merging runs (items hold what it needs).
	m.placeAfters(afters)
	m.placeUpcoming(upcoming)
	if debugMerge || heapProfile != "" {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		fmt.Fprintf(os.Stderr, "merge: %d items, %d clusters, %d keys, heap %d MB\n", len(items), len(m.clusters), len(m.index), ms.HeapAlloc>>20)
		if f, err := os.Create(heapProfile); err == nil {
			pprof.WriteHeapProfile(f)
			f.Close()
		}
	}
	m.release()
	tl.Events = m.events()
	tl.Warnings = append(tl.Warnings, dateCheck(arts, m)...)
	sortEvents(tl.Events)
	finish(tl.Events)
	return tl
}

// release drops what only placing needed (the blocking index, wording),
// so the collector can take it back before the events are built: the
// peak of merging is otherwise placing's structures plus the output.
func (m *merger) release() {
	m.index, m.seen, m.kbuf, m.fbuf, m.idf = nil, nil, nil, nil, nil
	for _, c := range m.clusters {
		c.words, c.pool = nil, nil
	}
	for i := range m.items {
		m.items[i].words, m.items[i].names = nil, nil
	}
}

// scratch holds one item builder's reusable buffers: building allocated
// several times what the items keep.
type scratch struct {
	words  []uint64
	toks   []word // the dated sentence's words
	more   []word // another source's or sentence's words
	hashes []uint64
	shing  []uint32
}

// buildItems fills out (one item per event of article a, index ai) with
// the features merging compares.
func buildItems(out []item, ai int, a *model.Article, x *Extraction, ren map[string]string, sc *scratch) {
	pub, err := time.Parse("2006-01-02", a.Published)
	dct := dayNumber(pub)
	for ei := range x.Events {
		ev := &x.Events[ei]
		ev.Actors = renameAll(ev.Actors, ren)
		ev.Targets = renameAll(ev.Targets, ren)
		h := &noHint
		if ei < len(x.Hints) {
			h = &x.Hints[ei]
		}
		it := item{art: int32(ai), ev: ev, hint: h, soft: h.Soft, undated: h.Undated, fam: family(ev.Type), dct: dct, hasDCT: err == nil}
		if !h.Undated {
			it.rng, it.dated = parseDays(ev.Date.Value)
		}
		if len(ev.Sources) == 0 {
			out[ei] = it // nothing to compare (a damaged stored extraction)
			continue
		}
		// One tokenization of the dated sentence serves its
		// wording, names and sketch.
		sc.toks = tokenizeInto(sc.toks, ev.Sources[0].Text)
		toks := sc.toks
		it.words = contentWords(sc, ev.Sources, toks, h.Skip)
		it.scheduled = scheduledIn(ev.Sources[0].Text, toks)
		it.names = names(ev.Sources[0], toks, h.Skip)
		it.sk = wordingSketch(sc, toks, h.Sentence)
		out[ei] = it
	}
}

// unify runs the recognizer's corpus-level actor unification and returns,
// per article, how each in-article canonical name was renamed.
func (x *Extractor) unify(ex []Extraction) ([]map[string]string, []model.Actor) {
	per := make([][]model.ActorMention, len(ex))
	for i := range ex {
		per[i] = ex[i].Mentions
	}
	if x.rec == nil {
		return make([]map[string]string, len(ex)), nil
	}
	out, list := x.rec.Unify(per)
	rename := make([]map[string]string, len(ex))
	for i := range ex {
		if i >= len(out) || len(out[i]) != len(per[i]) {
			continue
		}
		for j, m := range out[i] {
			if old := per[i][j].Actor; old != m.Actor && old != "" {
				if rename[i] == nil {
					rename[i] = map[string]string{}
				}
				rename[i][old] = m.Actor
			}
		}
		ex[i].Mentions = out[i]
	}
	return rename, list
}

func renameAll(names []string, ren map[string]string) []string {
	if len(ren) == 0 {
		return names
	}
	out := make([]string, 0, len(names))
	for _, n := range names {
		if r, ok := ren[n]; ok {
			n = r
		}
		if !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

type merger struct {
	items    []item
	clusters []*cluster
	// index maps a blocking key (a hash, see keys) to the clusters filed
	// under it, the latest last. Only the last keyScan are ever read, so
	// a list is cut back to them when it grows a quarter past that.
	index  map[uint64][]int32
	joined []int32 // item → 1 + its cluster, 0 while it has none
	// seen marks the clusters already scored for the item being placed:
	// seen[ci] == stamp.
	seen  []uint32
	stamp uint32
	kbuf  []uint64 // keys of the item being placed, reused
	fbuf  []uint64 // its features, reused
	idf   *idfTable
	// folded counts clusters folded into others; cbuf holds a key's
	// candidates with folded ones resolved.
	folded int
	cbuf   []int32
}

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

// place puts one item into the best compatible cluster or a new one. It
// reports false for a back-reference that found no event to join.
func (m *merger) place(i int) bool {
	it := &m.items[i]
	withYear := it.dated && !it.soft
	best, bestScore := -1, 0.0
	// A back-reference ("the drone attack that killed three …") names a
	// happening that is news: among the clusters it may join, one that
	// ended within recentRef of its article wins over an older one,
	// however richer the older (a yearly repeat, a replicated corpus).
	recent, recentScore := -1, 0.0
	// The other clusters this report would have joined on its own: it
	// bridges them with the one it joins (merge_bridge.go).
	var also []int
	bestThr := 0.0
	backRef := it.undated && it.hasDCT && !yearUnknown(it)
	m.fresh()
	for _, k := range m.keys(it, false) {
		for _, ci := range m.candidates(k) {
			if !m.first(ci) {
				continue
			}
			c := m.clusters[ci]
			if !m.compatible(it, c) {
				if debugMerge {
					fmt.Fprintf(os.Stderr, "incompatible [%s %s soft=%v] %.60q -> [%s] %.60q\n", it.date().Value, it.ev.Type, it.soft, it.ev.Summary, m.items[c.rep].date().Value, m.items[c.rep].ev.Summary)
				}
				continue
			}
			s, ev, figs := m.score(it, c)
			if (it.undated || it.soft || coarse(it) || yearUnknown(it)) && ev < 2 {
				s = min(s, joinUndated-0.01)
			}
			// Tolls alone do not tie a back-reference to a happening:
			// "three men died in attacks north of Baghdad" (three
			// killed, four wounded) is not a traffic accident in China
			// with the same figures. Something else must agree too.
			if it.undated && ev-figs < 1 {
				s = min(s, joinUndated-0.01)
			}
			if debugMerge {
				fmt.Fprintf(os.Stderr, "merge? %.2f [%s %s] %.60q -> [%s] %.60q\n", s, it.date().Value, it.ev.Type, it.ev.Summary, m.items[c.rep].date().Value, m.items[c.rep].ev.Summary)
			}
			// Each candidate is held to its own threshold, so a cluster
			// this article already dates cannot shadow a weaker but
			// eligible one.
			thr := joinDated
			if !withYear {
				thr = joinUndated
			}
			if slices.Contains(c.datedIn, it.art) {
				thr = sameArticle
			}
			// Another day than the cluster's: only a report agreeing on
			// most else is the same happening told with a disputed day
			// (recorded as a disagreement); one article never does.
			if withYear && !c.rng.Compatible(it.rng) {
				if r, plain := overlap(it.words, c.words); ev < 2 || r < nearDayWording || plain < 4 ||
					slices.Contains(c.datedIn, it.art) {
					continue
				}
			}
			// Of candidates scoring alike, the nearest in time: a
			// corpus holding a happening and its repeat a year later
			// (an anniversary attack, a yearly summit, a replicated
			// corpus) must link a report to its own, not the oldest.
			// An older happening needs more evidence: a back-reference
			// by its toll alone ("the gas explosion, which killed four
			// miners") fits many happenings of the past year.
			if backRef && distance(c.rng, it.dct) > recentRef {
				thr += oldRef
			}
			if s >= thr+bridgeMargin && withYear && it.rng.days() <= 31 && c.rng.Compatible(it.rng) {
				also = append(also, int(ci))
			}
			if s >= thr && (s > bestScore+nearTie || s > bestScore-nearTie && best >= 0 && m.nearer(it, c, m.clusters[best])) {
				best, bestScore, bestThr = int(ci), s, thr
			}
			if backRef && s >= thr && distance(c.rng, it.dct) <= recentRef &&
				(s > recentScore+nearTie || s > recentScore-nearTie && recent >= 0 && m.nearer(it, c, m.clusters[recent])) {
				recent, recentScore = int(ci), s
			}
		}
	}
	if recent >= 0 {
		best = recent
	}
	if best >= 0 {
		m.add(best, i)
		for _, o := range also {
			if o != best && bestScore >= bestThr+bridgeMargin && m.bridgeable(m.clusters[best], m.clusters[o]) {
				if debugMerge {
					fmt.Fprintf(os.Stderr, "bridge %.60q -> %.60q\n", m.items[m.clusters[o].rep].ev.Summary, m.items[m.clusters[best].rep].ev.Summary)
				}
				m.fold(best, o)
			}
		}
		return true
	}
	if it.undated && (it.dated || !strings.Contains(it.date().Value, "X")) {
		return false // a back-reference to nothing the corpus dates
	}
	c := &cluster{rep: i, rng: it.rng, fam: it.fam, soft: it.soft}
	m.clusters = append(m.clusters, c)
	m.add(len(m.clusters)-1, i)
	return true
}

// compatible says whether an item may join a cluster at all: same kind of
// happening, dates that can name the same time, and never two explicitly
// dated events of one article (an article tells one happening once; its
// other dated sentences are other happenings).
func (m *merger) compatible(it *item, c *cluster) bool {
	if c.fam != it.fam && !(it.hint.Ongoing && c.ongoing) {
		return false
	}
	switch {
	case it.dated && !it.soft:
		if c.soft {
			return false
		}
		// "13 miners were killed this year" in a November article is not
		// a December bombing: a vague date does not reach past the
		// article's own publication. A forecast ("will grow 2.75 percent
		// next year") does, but joins only a copy of itself.
		if coarse(it) && it.hasDCT && c.rng.s > it.dct+1 &&
			!(it.rng.s > it.dct && sameWording(&it.sk, c.pool)) {
			return false
		}
		return c.rng.Compatible(it.rng) || it.fam == "violence" && nearDay(it.rng, c.rng)
	default:
		// An undated campaign mention ("months of tit-for-tat attacks")
		// is violence; other campaigns ("forces there since 2014") are not it.
		if c.fam != it.fam {
			return false
		}
		// Two soft dates ("recent …") are one happening only when one
		// sentence is a copy of the other (a wire story two outlets carry).
		if c.soft {
			return it.dated && it.soft && c.rng.Compatible(it.rng) && sameWording(&it.sk, c.pool)
		}
		// A date whose year is unknown ("Sunday" in an undated article)
		// still says which day or month it was: it may only join a
		// cluster that date can name (and, in place, only on two kinds
		// of evidence).
		if yearUnknown(it) {
			if c.rng.IsZero() {
				return unanchoredCompatible(it.date().Value, m.items[c.dateFrom].date().Value)
			}
			return unanchoredFits(it.date().Value, c.rng)
		}
		// A back-reference or a "recent" happening lies before the
		// article's publication date, and not years before.
		if it.hasDCT && !c.rng.IsZero() {
			if c.rng.s > it.dct+1 {
				return false
			}
			if it.soft && c.rng.e < it.dct-90 {
				return false
			}
			// A campaign started long ago may still be told as running.
			if c.rng.e < dayNumber(dayTime(it.dct).AddDate(-1, 0, 0)) && !(it.hint.Ongoing && c.ongoing) {
				return false
			}
		}
		return it.fam == "violence" || it.soft
	}
}

func (m *merger) add(ci, i int) {
	c := m.clusters[ci]
	it := &m.items[i]
	c.items = append(c.items, i)
	m.joined[i] = int32(ci + 1)
	// A placed item's words live on in its cluster's only: nothing
	// scores a placed item again.
	c.words = unionSorted(c.words, it.words)
	it.words = nil
	c.pool = addPool(c.pool, &it.sk)
	for _, a := range it.ev.Actors {
		if !slices.Contains(c.actors, a) {
			c.actors = append(c.actors, a)
		}
	}
	if p := strings.ToLower(it.ev.Place); p != "" && !slices.Contains(c.places, p) {
		c.places = append(c.places, p)
	}
	if k := it.ev.Figures.Killed; c.killed == 0 {
		c.killed = k
	} else if k > 0 && k != c.killed && c.altKilled == 0 {
		c.altKilled = k
	}
	if c.wounded == 0 {
		c.wounded = it.ev.Figures.Wounded
	}
	if it.dated && !it.soft {
		if !slices.Contains(c.datedIn, it.art) {
			c.datedIn = append(c.datedIn, it.art)
		}
	}
	if len(c.items) == 1 {
		c.ongoing = it.hint.Ongoing
	}
	if _, ok := freshBound(it); ok && (c.by == 0 || it.hint.By < m.items[c.by-1].hint.By) {
		c.by = i + 1
	}
	// "recent strikes" in a dated article can pin a happening a later
	// retrospective only places in a month: take the finer date, flagged
	// as inferred.
	if len(c.items) > 1 && it.dated && it.soft && c.rng.Overlaps(it.rng) &&
		it.rng.days() < c.rng.days() {
		c.rng = it.rng
		c.dateFrom = i
	}
	if len(c.items) == 1 {
		c.dateFrom = i
	}
	// A cluster is found under every member's keys, not only its first
	// one's: "since October 18 … attacks" names Iraq, a later report of
	// the same campaign only the United States. Each item adds its keys
	// once, so the index stays linear in the number of items.
	for _, k := range m.keys(it, true) {
		l := m.index[k]
		// Reports of one happening repeat its keys: a cluster filed
		// among the last few under a key is not filed again.
		if slices.Contains(l[max(0, len(l)-refile):], int32(ci)) {
			continue
		}
		// A hot key's list is cut back to what lookups read into an
		// exact-size array: hundreds of thousands of them would
		// otherwise each hold up to twice that.
		if len(l) >= keyScan+keyScan/4 {
			cut := make([]int32, keyScan, keyScan+keyScan/4+1)
			copy(cut, l[len(l)-keyScan:])
			l = cut
		}
		m.index[k] = append(l, int32(ci))
	}
	// Only a cluster's representative is asked for its names again
	// (placeUpcoming).
	if i != c.rep {
		it.names = nil
	}
}

// unionSorted returns the sorted distinct union of two sorted distinct
// slices, reusing a when b adds nothing and b when a is empty (neither
// is ever changed in place).
func unionSorted(a, b []uint64) []uint64 {
	if len(a) == 0 {
		return b
	}
	n := 0
	for _, w := range b {
		if _, ok := slices.BinarySearch(a, w); !ok {
			n++
		}
	}
	if n == 0 {
		return a
	}
	out := make([]uint64, 0, len(a)+n)
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			out = append(out, a[i])
			i++
		case a[i] > b[j]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// score measures how likely an item reports the same happening as a
// cluster: equal tolls, the same place, shared actors and shared wording;
// conflicting tolls count against. It also counts the independent kinds
// of evidence that agree (ev), since a back-reference with no date must not
// join on one coincidence (two different attacks that each killed four),
// and how many of them are figures (figs).
func (m *merger) score(it *item, c *cluster) (s float64, ev, figs int) {
	// A copy of a sentence already here (a wire story several outlets
	// carry) is the same report: dates were checked compatible before.
	if sameWording(&it.sk, c.pool) {
		s += joinDated
		ev += 2
	}
	if it.hint.Ongoing && c.ongoing {
		s += 0.3
	}
	f := it.ev.Figures
	switch {
	case f.Killed > 0 && (c.killed == f.Killed || c.altKilled == f.Killed):
		s += 0.5
		ev++
		figs++
	case f.Killed > 0 && c.killed > 0 && tollsClose(f.Killed, c.killed):
		s -= 0.1
	case f.Killed > 0 && c.killed > 0:
		s -= 0.5
	}
	switch {
	case f.Wounded > 0 && c.wounded == f.Wounded:
		s += 0.2
		ev++
		figs++
	case f.Wounded > 0 && c.wounded > 0 && tollsClose(f.Wounded, c.wounded):
	case f.Wounded > 0 && c.wounded > 0:
		s -= 0.2
	}
	if p := strings.ToLower(it.ev.Place); p != "" && slices.Contains(c.places, p) {
		s += 0.25
		ev++
	} else if p != "" {
		for _, q := range c.places {
			if strings.Contains(q, p) || strings.Contains(p, q) {
				s += 0.15
				ev++
				break
			}
		}
	}
	if len(it.ev.Actors) > 0 && len(c.actors) > 0 {
		shared := 0
		for _, a := range it.ev.Actors {
			if slices.Contains(c.actors, a) {
				shared++
			}
		}
		s += 0.3 * float64(shared) / float64(min(len(it.ev.Actors), len(c.actors)))
		if shared > 0 {
			ev++
		}
	}
	// Wording: the plain share of shared words, or the share of the
	// report's IDF weight, whichever says more (merge_idf.go).
	if r, plain := overlap(it.words, c.words); r > 0 {
		r = max(r, m.idf.coverage(it.words, c.words))
		s += 0.6 * r
		if r >= 0.35 && plain >= 2 {
			ev++
		}
	}
	return s, ev, figs
}

// overlap is the share of the smaller of two sorted word sets that the
// other holds, and how many shared words are not toll words (which are
// compared as figures); 0 when either has fewer than two words.
func overlap(a, b []uint64) (float64, int) {
	if len(a) < 2 || len(b) < 2 {
		return 0, 0
	}
	shared, plain := 0, 0
	for _, w := range a {
		if _, ok := slices.BinarySearch(b, w); ok {
			shared++
			if !tollHashes[w] {
				plain++
			}
		}
	}
	return float64(shared) / float64(min(len(a), len(b))), plain
}

// events turns clusters into timeline events.
func (m *merger) events() []model.Event {
	out := make([]model.Event, 0, len(m.clusters)-m.folded)
	for _, c := range m.clusters {
		if c.dead {
			continue
		}
		ev := m.items[c.rep].event()
		ev.Sources = nil
		if c.dateFrom != c.rep {
			ev.Date = *m.items[c.dateFrom].date()
			ev.Date.Inferred = true
		}
		// Most clusters hold one report: it is the event as extracted.
		if len(c.items) == 1 {
			ev.Sources = m.items[c.items[0]].ev.Sources
			if ev.Actors == nil {
				ev.Actors = []string{}
			}
			out = append(out, ev)
			continue
		}
		// Small slices, not maps: a cluster names a few actors and places.
		ev.Actors = slices.Clone(ev.Actors)
		ev.Targets = slices.Clone(ev.Targets)
		var places []string
		var votes []int
		members := append([]int(nil), c.items...)
		sort.SliceStable(members, func(p, q int) bool {
			a, b := m.items[members[p]].ev.Sources[0], m.items[members[q]].ev.Sources[0]
			if a.Published != b.Published {
				return a.Published < b.Published
			}
			if a.File != b.File {
				return a.File < b.File
			}
			return a.CleanStart < b.CleanStart
		})
		for _, i := range members {
			it := &m.items[i]
			ev.Sources = append(ev.Sources, it.ev.Sources...)
			for _, a := range it.ev.Actors {
				if !slices.Contains(ev.Actors, a) {
					ev.Actors = append(ev.Actors, a)
				}
			}
			for _, a := range it.ev.Targets {
				if !slices.Contains(ev.Targets, a) {
					ev.Targets = append(ev.Targets, a)
				}
			}
			if p := it.ev.Place; p != "" {
				if k := slices.Index(places, p); k >= 0 {
					votes[k]++
				} else {
					places = append(places, p)
					votes = append(votes, 1)
				}
			}
			if ev.Figures.Killed == 0 {
				ev.Figures.Killed = it.ev.Figures.Killed
			}
			if ev.Figures.Wounded == 0 {
				ev.Figures.Wounded = it.ev.Figures.Wounded
			}
			if ev.Figures.Count == 0 {
				ev.Figures.Count = it.ev.Figures.Count
			}
		}
		// The place most reports name; the representative's on a tie,
		// else the first in alphabetical order.
		vote := func(p string) int {
			if k := slices.Index(places, p); k >= 0 {
				return votes[k]
			}
			return 0
		}
		best := vote(ev.Place)
		for _, p := range slices.Sorted(slices.Values(places)) {
			if v := vote(p); v > best {
				ev.Place, best = p, v
			}
		}
		if ds, day := m.disagreements(members); len(ds) > 0 {
			ev.Disagreements = ds
			// The day most articles give, told in the words of the
			// report giving it.
			if day >= 0 {
				ev.Date = *m.items[day].date()
				ev.Summary = m.items[day].ev.Summary
			}
			// The toll most articles give stands for the event; the
			// others are listed beside it.
			for _, d := range ds {
				switch d.Field {
				case "killed":
					ev.Figures.Killed, _ = strconv.Atoi(d.Values[0].Value)
				case "wounded":
					ev.Figures.Wounded, _ = strconv.Atoi(d.Values[0].Value)
				}
			}
		}
		if ev.Actors == nil {
			ev.Actors = []string{}
		}
		out = append(out, ev)
	}
	return out
}

// sortEvents orders events chronologically: by the start of their date
// range, a month before the days in it, undated values last.
func sortEvents(evs []model.Event) {
	type key struct {
		r  dayRange
		ok bool
	}
	// Sorted as positions, then moved once: comparing through a map of
	// IDs and swapping whole events cost more than merging itself.
	ks := make([]key, len(evs))
	idx := make([]int32, len(evs))
	for i, e := range evs {
		r, ok := parseDays(e.Date.Value)
		ks[i] = key{r, ok}
		idx[i] = int32(i)
	}
	slices.SortStableFunc(idx, func(p, q int32) int {
		a, b := &ks[p], &ks[q]
		if a.ok != b.ok {
			if a.ok {
				return -1
			}
			return 1
		}
		if a.r.s != b.r.s {
			return cmp.Compare(a.r.s, b.r.s)
		}
		if a.r.e != b.r.e {
			return cmp.Compare(b.r.e, a.r.e) // a month before the days in it
		}
		sa, sb := &evs[p].Sources[0], &evs[q].Sources[0]
		if c := strings.Compare(sa.File, sb.File); c != 0 {
			return c
		}
		return cmp.Compare(sa.CleanStart, sb.CleanStart)
	})
	// Apply the permutation in place, one cycle at a time.
	done := make([]bool, len(evs))
	for i := range idx {
		if done[i] {
			continue
		}
		tmp := evs[i]
		j := i
		for {
			done[j] = true
			k := int(idx[j])
			if k == i {
				evs[j] = tmp
				break
			}
			evs[j] = evs[k]
			j = k
		}
	}
}

// synonyms fold the words outlets use interchangeably for one happening,
// so wording similarity sees "three U.S. troops" and "three American
// soldiers" alike.
var synonyms = map[string]string{
	"soldiers": "troop", "troops": "troop", "personnel": "troop", "servicemen": "troop", "soldier": "troop",
	"american": "us", "u.s": "us", "u.s.": "us", "america": "us", "killing": "kill", "killed": "kill",
	"kills": "kill", "lives": "kill", "deaths": "kill", "dead": "kill", "strike": "attack", "strikes": "attack",
	"attacks": "attack", "attacked": "attack", "airstrike": "attack", "airstrikes": "attack", "assault": "attack",
	"drones": "drone", "wounded": "wound", "wounding": "wound", "injured": "wound",
	// The crude stem below keeps seven letters: "withdrew" and
	// "withdrawal" would not meet.
	"withdrew": "withdraw", "withdrawal": "withdraw", "withdrawn": "withdraw", "withdraws": "withdraw",
	"withdrawing": "withdraw", "pullout": "withdraw",
}

// tollHashes are words that say nothing beyond the figures themselves.
var tollHashes = map[uint64]bool{}

func init() {
	for w := range setOf("kill wound people attack troop killed dead") {
		tollHashes[hashWord(w)] = true
	}
}

// hashWord is 64-bit FNV-1a: collisions between a handful of words of
// two reports are negligible.
func hashWord(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// contentWords are the normalized non-stopwords of an item's sources,
// leaving out the spans that tell another happening, hashed so a
// million items stay small.
func contentWords(sc *scratch, srcs []model.Source, first []word, skip [][2]int) []uint64 {
	out := sc.words[:0]
	for si, s := range srcs {
		toks := first
		if si > 0 {
			sc.more = tokenizeInto(sc.more, s.Text)
			toks = sc.more
		}
		for _, w := range toks {
			off := s.CleanStart + w.start
			skipped := false
			for _, sk := range skip {
				skipped = skipped || off >= sk[0] && off < sk[1]
			}
			if skipped {
				continue
			}
			l := strings.TrimSuffix(w.lower, "'s")
			if stopwords[l] || len(l) < 2 {
				continue
			}
			// "Israel-Hamas war" is a war of Israel's too.
			if w.cap && strings.Contains(l, "-") {
				for _, part := range strings.Split(l, "-") {
					if len(part) > 2 && !stopwords[part] {
						out = append(out, hashWord(part))
					}
				}
			}
			if _, ok := parseNumber(l); ok {
				continue // figures are compared as figures
			}
			if syn, ok := synonyms[l]; ok {
				l = syn
			}
			// A crude stem: "retaliation" and "retaliatory" meet.
			if len(l) > 7 && !strings.ContainsAny(l, "0123456789") {
				l = l[:7]
			}
			out = append(out, hashWord(l))
		}
	}
	slices.Sort(out)
	// An exact-size copy: items keep their words until they are placed.
	sc.words = out
	return slices.Clone(slices.Compact(out))
}

// placeAfters dates the happenings that follow another one ("Following
// the strike, the committee warned …"): between the day after the
// happening followed and the article's publication date, at the finest
// unit holding that span (a week, a month, a year). Chains (a protest
// after strikes that followed an attack) resolve in article order over a
// few passes. Happenings that cannot be bounded are dropped.
func (m *merger) placeAfters(afters []int) {
	// Index items by article and position to find the happening followed.
	first := map[int32]int{}
	for i := range m.items {
		if _, ok := first[m.items[i].art]; !ok {
			first[m.items[i].art] = i
		}
	}
	done := map[int]bool{}
	for pass := 0; pass < 3; pass++ {
		for _, i := range afters {
			it := &m.items[i]
			if done[i] || it.hint.After == 0 || !it.hasDCT {
				continue
			}
			ref := first[it.art] + it.hint.After - 1
			if ref < 0 || ref >= len(m.items) || m.items[ref].art != it.art {
				continue
			}
			if m.joined[ref] == 0 {
				continue
			}
			c := m.clusters[m.joined[ref]-1]
			lo := dayTime(c.rng.s + 1)
			hi := dayTime(it.dct)
			if c.rng.IsZero() || hi.Before(lo) {
				continue
			}
			v := tightest(lo, hi)
			if v == "" {
				continue
			}
			done[i] = true
			it.setDate(model.EventDate{Value: v, Precision: model.PrecisionOf(v), Inferred: true,
				Text: "after " + m.items[c.dateFrom].date().Value})
			it.rng, it.dated = parseDays(v)
			it.soft = true
			// It may be a happening the corpus already has ("the air
			// assault" = the strikes reported as recent).
			if ci := m.bestOverlapping(i); ci >= 0 && it.fam == "violence" {
				m.add(ci, i)
				continue
			}
			nc := &cluster{rep: i, dateFrom: i, rng: it.rng, fam: it.fam, soft: true}
			m.clusters = append(m.clusters, nc)
			m.add(len(m.clusters)-1, i)
		}
	}
}

// reactionFresh is how close to its article's publication a dated
// reaction must be for the happening it reacts to to be dated to the
// reaction's day: an article published a day or two after "on Sunday …
// blamed … for the attack" reports that attack as that day's news.
const reactionFresh = 3 * 24 * time.Hour

// freshBound returns the reaction day bounding an undated happening
// (Hint.By) when that reaction is fresh news in its article.
func freshBound(it *item) (time.Time, bool) {
	if it.hint.By == "" || !it.hasDCT {
		return time.Time{}, false
	}
	by, err := time.Parse("2006-01-02", it.hint.By)
	if dct := dayTime(it.dct); err != nil || by.After(dct) || dct.Sub(by) > reactionFresh {
		return time.Time{}, false
	}
	return by, true
}

// placeBounded dates happenings by the reactions to them. An undated
// happening that a dated reaction in the same article refers to happened
// on or before that reaction; when the reaction is fresh news (published
// within reactionFresh), news convention reports the happening and the
// first reactions together, so it is dated to the earliest reaction's day,
// flagged inferred, with the reaction's date expression as evidence:
//   - a cluster dated only coarsely by other articles ("In January") that
//     holds that day takes it;
//   - a bounded back-reference that joined nothing becomes an event of
//     its own on that day, which the other undated reports may then join.
//
// Bounds that are not fresh, or fall outside the cluster's date, change
// nothing.
func (m *merger) placeBounded(left []int) {
	var rest []int
	for _, i := range left {
		it := &m.items[i]
		if _, ok := freshBound(it); !ok {
			rest = append(rest, i)
			continue
		}
		it.setDate(boundDate(it))
		it.rng, it.dated = parseDays(it.hint.By)
		it.undated = false
		m.place(i)
	}
	for _, i := range rest {
		m.place(i)
	}
	for _, c := range m.clusters {
		if c.by == 0 || c.dead {
			continue
		}
		it := &m.items[c.by-1]
		day, _ := parseDays(it.hint.By)
		if c.rng.days() <= 1 || !c.rng.Contains(day) {
			continue
		}
		it.setDate(boundDate(it))
		c.rng = day
		c.dateFrom = c.by - 1
	}
}

func boundDate(it *item) model.EventDate {
	text := "on or before " + it.hint.By
	if it.hint.ByText != "" {
		text = "on or before " + it.hint.ByText
	}
	return model.EventDate{Value: it.hint.By, Precision: model.PrecisionDay, Text: text, Inferred: true}
}

// scheduledIn returns the first scheduled-happening noun of a text,
// singular, or "".
func scheduledIn(text string, toks []word) string {
	// Most texts name none; skip tokenizing them.
	hit := false
	for _, stem := range []string{"lection", "vote", "eferendum", "ummit", "nauguration", "polls"} {
		hit = hit || strings.Contains(text, stem)
	}
	if !hit {
		return ""
	}
	for _, w := range toks {
		if scheduledNouns[w.lower] {
			return strings.TrimSuffix(w.lower, "s")
		}
	}
	return ""
}

func sharesName(a, b []uint64) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// placeUpcoming joins each mention of a scheduled happening told as still
// to come to the nearest event naming the same happening, dated after
// the mention's publication and within a year of it, that shares other
// wording ("US elections" ~ "U.S. presidential election"). Mentions that
// find none are dropped: the timeline cannot date them.
func (m *merger) placeUpcoming(upcoming []int) {
	for _, i := range upcoming {
		it := &m.items[i]
		if it.scheduled == "" || !it.hasDCT {
			continue
		}
		best, bestShared := -1, 0
		for _, k := range m.keys(it, false) {
			for _, ci := range m.candidates(k) {
				c := m.clusters[ci]
				rep := &m.items[c.rep]
				if rep.scheduled != it.scheduled || c.rng.IsZero() || c.rng.s <= it.dct || c.rng.s > dayNumber(dayTime(it.dct).AddDate(1, 0, 0)) {
					continue
				}
				// The same happening of the same polity: a name besides
				// the noun ("US elections" ~ "U.S. presidential
				// election"), so "the coming parliament elections" does
				// not join someone's local elections.
				if !sharesName(it.names, rep.names) {
					continue
				}
				shared := 0
				for _, w := range it.words {
					if _, ok := slices.BinarySearch(c.words, w); ok {
						shared++
					}
				}
				if shared < 2 {
					continue
				}
				if best < 0 || shared > bestShared || shared == bestShared && c.rng.s < m.clusters[best].rng.s {
					best, bestShared = int(ci), shared
				}
			}
		}
		if debugMerge {
			fmt.Fprintf(os.Stderr, "upcoming %.60q -> %d\n", it.ev.Summary, best)
		}
		if best >= 0 {
			m.add(best, i)
		}
	}
}

// bestOverlapping returns the cluster an after-dated item joins (only
// violent happenings: a statement is too specific to its speaker for the
// loose bounds of an after-date): same type family, a date range overlapping its bounds, enough shared
// evidence; -1 when none.
func (m *merger) bestOverlapping(i int) int {
	it := &m.items[i]
	best, bestScore := -1, joinUndated
	m.fresh()
	for _, k := range m.keys(it, false) {
		for _, ci := range m.candidates(k) {
			c := m.clusters[ci]
			if m.seen[ci] == m.stamp || c.fam != it.fam || c.rng.IsZero() || !c.rng.Overlaps(it.rng) {
				continue
			}
			m.seen[ci] = m.stamp
			if s, ev, figs := m.score(it, c); s >= bestScore && ev >= 2 && ev > figs {
				best, bestScore = int(ci), s
			}
		}
	}
	return best
}

// tightest returns the TIMEX3 value of the smallest ISO week, month or
// year holding both days, or "".
func tightest(lo, hi time.Time) string {
	y1, w1 := lo.ISOWeek()
	y2, w2 := hi.ISOWeek()
	switch {
	case y1 == y2 && w1 == w2:
		return fmt.Sprintf("%d-W%02d", y1, w1)
	case lo.Year() == hi.Year() && lo.Month() == hi.Month():
		return lo.Format("2006-01")
	case lo.Year() == hi.Year():
		return lo.Format("2006")
	}
	return ""
}

// names are the distinct capitalized words of a source (tokenized as toks), hashed (not stopwords,
// months or weekdays), the rare words that tie reports of one happening.
func names(src model.Source, toks []word, skip [][2]int) []uint64 {
	var out []uint64
	for i, w := range toks {
		// "US" in capitals is the country, not the pronoun.
		country := src.Text[w.start:w.end] == "US"
		if !country && (!w.cap || i == 0 || len(w.lower) < 3 || stopwords[w.lower] || monthNames[w.lower] || weekdays[w.lower]) {
			continue
		}
		off := src.CleanStart + w.start
		skipped := false
		for _, sk := range skip {
			skipped = skipped || off >= sk[0] && off < sk[1]
		}
		l := strings.TrimSuffix(w.lower, "'s")
		if syn, ok := synonyms[l]; ok {
			l = syn // "U.S." and "US" are one name
		}
		if h := hashWord(l); !skipped && !slices.Contains(out, h) {
			out = append(out, h)
		}
	}
	return out
}

// date is the item's date: the one merging inferred, or its own.
func (it *item) date() *model.EventDate {
	if it.dateOv != nil {
		return it.dateOv
	}
	return &it.ev.Date
}

func (it *item) setDate(d model.EventDate) { it.dateOv = &d }

// event is a copy of the item's event with its date.
func (it *item) event() model.Event {
	e := *it.ev
	e.Date = *it.date()
	return e
}
