package events

import (
	"slices"
	"sort"

	"github.com/annals/annals/model"
)

// A wording sketch recognizes copies of one sentence across articles:
// wire copies carried by several outlets, a background paragraph an
// outlet repeats, lightly edited rewrites ("said Tuesday" / "said on
// Tuesday"). It keeps the sketchSize smallest hashes of the sentence's
// three-word shingles (a bottom-k sketch): two sentences sharing most of
// their shingles share most of these, and the smallest ones double as
// blocking keys, so a copy is found even when it names no actor, place or
// toll.
const sketchSize = 6

// sketch is a bottom-k set of shingle hashes, ascending; 0 marks an unused
// slot (hashes are never 0).
type sketch [sketchSize]uint32

// wordingSketch sketches an event's source text (tokenized as ws): every word kept
// (stopwords too), lower case, straight apostrophes. Its numbers, in
// order, are mixed into every shingle: a template filled with other
// figures ("mortgages averaged 5.76 percent" a week after "5.72 percent")
// is another happening, so it shares nothing.
//
// A clause too short to tell a copy from a coincidence ("French Open
// title in 1989") is sketched by the sentence holding it (sentence, ""
// when unknown), with the clause's own words mixed in: a copy must carry
// the same clause in much the same sentence.
func wordingSketch(sc *scratch, ws []word, sentence string) sketch {
	var sk sketch
	mix := uint64(0)
	if len(ws) < minWords {
		for _, w := range ws {
			mix = mix*1099511628211 + hashWord(w.lower)
		}
		sc.more = tokenizeInto(sc.more, sentence)
		ws = sc.more
		if len(ws) < minWords {
			return sk
		}
	}
	hs := slices.Grow(sc.hashes[:0], len(ws))[:len(ws)]
	sc.hashes = hs
	nums := mix
	for i, w := range ws {
		hs[i] = hashWord(w.lower)
		if w.lower[0] >= '0' && w.lower[0] <= '9' {
			nums = nums*1099511628211 + hs[i]
		}
	}
	all := sc.shing[:0]
	for i := 0; i+2 < len(hs); i++ {
		h := (hs[i]*31 + hs[i+1]*1099511628211 + hs[i+2]*7) ^ nums
		h32 := uint32(h>>32) ^ uint32(h)
		if h32 == 0 {
			h32 = 1
		}
		all = append(all, h32)
	}
	sc.shing = all
	slices.Sort(all)
	all = slices.Compact(all)
	copy(sk[:], all)
	return sk
}

// minWords is the shortest sentence sketched: "compared with the
// previous year" recurs in unrelated stories.
const minWords = 6

// size is the number of shingles a sketch holds.
func (s *sketch) size() int {
	n := 0
	for _, h := range s {
		if h != 0 {
			n++
		}
	}
	return n
}

// sameWording reports whether a sentence sketched as s is a copy of one
// already in a cluster (whose sketches are pooled in pool): at least two
// thirds of its smallest shingles recur there.
func sameWording(s *sketch, pool []uint32) bool {
	n, shared := 0, 0
	for _, h := range s {
		if h == 0 {
			continue
		}
		n++
		if slices.Contains(pool, h) {
			shared++
		}
	}
	return n >= minWords-2 && 3*shared >= 2*n
}

// poolCap bounds the shingles a cluster pools: a few distinct wordings are
// enough to recognize the next copy, and a cluster of many reports must not
// grow a long list.
const poolCap = 4 * sketchSize

// addPool adds a sketch's shingles to a cluster's pool, up to poolCap.
func addPool(pool []uint32, s *sketch) []uint32 {
	for _, h := range s {
		if h != 0 && len(pool) < poolCap && !slices.Contains(pool, h) {
			pool = append(pool, h)
		}
	}
	return pool
}

// sentenceIn returns the text of the sentence holding a clean-text
// offset, or "".
func sentenceIn(ss []model.Sentence, off int) string {
	i := sort.Search(len(ss), func(i int) bool { return ss[i].CleanEnd > off })
	if i < len(ss) && ss[i].CleanStart <= off {
		return ss[i].Text
	}
	return ""
}
