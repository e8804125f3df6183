package events

import (
	"cmp"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/annals/annals/model"
)

// sameDayKind is what a day-dated report gains toward a cluster of its
// own day and its own narrow type (see sameDayKinds): about two shared
// words in ten.
const sameDayKind = 0.1

// sameDayKinds are the types a day rarely holds twice in one story:
// speech, reports, announcements, market moves and the unclassified
// happen many times a day and gain nothing from sharing it.
var sameDayKinds = setOf("attack strike killing clash withdrawal agreement arrest trial protest election accident disaster")

// otherParties reports whether two actor lists each name someone the
// other lacks: Japan agreeing with US envoys and Japan agreeing with
// South Korea on one Monday are two agreements.
func otherParties(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	aOnly := slices.ContainsFunc(a, func(x string) bool { return !slices.Contains(b, x) })
	bOnly := slices.ContainsFunc(b, func(x string) bool { return !slices.Contains(a, x) })
	return aOnly && bOnly
}

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
	// The same day and the same narrow kind of happening (not merely its
	// family) is evidence of its own for a dated report: outlets tell
	// one agreement or one bombing on its day, while talk, reports and
	// market moves fill every day (no bonus for them).
	if it.dated && !it.soft && it.rng.days() == 1 && c.rng == it.rng && !c.soft &&
		it.ev.Type == m.items[c.rep].ev.Type && sameDayKinds[it.ev.Type] && !otherParties(it.ev.Actors, c.actors) {
		s += sameDayKind
	}
	// Wording: the plain share of shared words, or the share of the
	// report's IDF weight, whichever says more (merge_idf.go).
	if r, plain := m.wording(it.words, c.words); r > 0 {
		s += 0.6 * r
		if r >= 0.35 && plain >= 2 {
			ev++
		}
	}
	return s, ev, figs
}

// wording is overlap, or the share of a's IDF weight that b holds when
// that is larger (merge_idf.go), in one pass over a.
func (m *merger) wording(a, b []uint64) (float64, int) {
	if len(a) < 2 || len(b) < 2 {
		return 0, 0
	}
	shared, plain := 0, 0
	var all, got float64
	for _, w := range a {
		x := m.idf.weight(w)
		all += x
		if _, ok := slices.BinarySearch(b, w); ok {
			shared++
			got += x
			if !tollHashes[w] {
				plain++
			}
		}
	}
	r := float64(shared) / float64(min(len(a), len(b)))
	if all > 0 {
		r = max(r, got/all)
	}
	return r, plain
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
