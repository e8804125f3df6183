package events

import (
	"slices"
	"strings"

	"github.com/annals/annals/model"
)

// The wording merging compares: content words, normalized and hashed.

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
	// One agreement is a deal, an accord or a pact, reached, clinched
	// or sealed after talks someone brokered or mediated.
	"deal": "agreement", "deals": "agreement", "agreements": "agreement", "accord": "agreement",
	"accords": "agreement", "pact": "agreement", "reached": "reach", "clinched": "reach", "sealed": "reach",
	"brokered": "broker", "mediation": "broker", "mediated": "broker", "negotiations": "talks",
	"reopen": "reopen", "re-open": "reopen", "reopened": "reopen", "re-opened": "reopen", "reopening": "reopen",
	"re-opening": "reopen", "crossings": "crossing",
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
			// Its parts say what the whole says ("US-brokered" is a
			// US broker's), so the whole is not counted again.
			if w.cap && strings.Contains(l, "-") {
				for _, part := range strings.Split(l, "-") {
					syn, known := synonyms[part]
					if (len(part) > 2 || known) && !stopwords[part] {
						if known {
							part = syn
						}
						out = append(out, hashWord(part))
					}
				}
				continue
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
