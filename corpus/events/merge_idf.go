package events

import (
	"math"
	"slices"
)

// Two reports of one happening share its rare words ("Amman", "hotels",
// "Radisson") more than its common ones ("said", "people", "attack"). A
// plain share of shared words weighs them alike, so a report that tells
// the happening in a sentence of its own (a reaction's clause, a
// confession's aside) shares too few words with a cluster to join it.
// Merging therefore also weighs words by their inverse document
// frequency over the corpus's extracted events, as news clustering does
// (TF-IDF cosine over content words; here the share of the report's
// weight found in the cluster, since a cluster is a union of reports).
//
// Rare capitalized names shared, or the same day with rare words
// shared, were tried as evidence too and left out: on news-1997 about
// half of the merges either added were wrong (reactions of different
// governments to one execution, a UN official's warning and Greece's
// troops on the same day).
//
// Document frequencies live in a fixed table indexed by the word's hash
// (a count-min sketch of one row): a map over every word of a million
// events would cost more than merging itself, and a collision only makes
// a word look a little more common.

// dfBits sizes the document-frequency table (2^20 slots, 6 MB with
// weights): collisions are rare for the vocabulary of a news corpus.
const dfBits = 20

// idfTable holds the inverse document frequency of hashed words.
type idfTable struct {
	w []float32 // weight by slot
}

// newIDF counts, for every slot, how many items hold a word hashing to
// it (their content words and names), and turns the counts into weights
// log((N+1)/(df+1)) (0 for a word in every item).
func newIDF(items []item) *idfTable {
	df := make([]uint32, 1<<dfBits)
	const mask = 1<<dfBits - 1
	for i := range items {
		for _, w := range items[i].words {
			df[w&mask]++
		}
		for _, w := range items[i].names {
			// A name is also among the words unless stemmed: count
			// it once.
			if _, ok := slices.BinarySearch(items[i].words, w); !ok {
				df[w&mask]++
			}
		}
	}
	n := float64(len(items) + 1)
	t := &idfTable{w: make([]float32, 1<<dfBits)}
	for s, c := range df {
		t.w[s] = float32(math.Log(n / float64(c+1)))
	}
	return t
}

// weight is the inverse document frequency of a hashed word.
func (t *idfTable) weight(w uint64) float64 {
	return float64(t.w[w&(1<<dfBits-1)])
}
