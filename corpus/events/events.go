// Package events turns articles into dated events and merges the reports
// of one real happening across articles into one timeline entry.
//
// The pipeline has two stages so the expensive, independent part runs in
// parallel and the corpus-level part stays near-linear:
//
//   - Extractor.Article works on one article alone: time expressions
//     (corpus/timex), actor mentions (corpus/actors), and one event per
//     body clause that reports a dated happening, each with one Source.
//   - Extractor.Merge works on the whole corpus: actor unification,
//     cross-article merging of reports of one happening, the corpus-level
//     publication-date check, chronological order and actor counts.
//
// # What becomes an event
//
// A body sentence with a calendar date (not a duration, a set or a vague
// "recently") gives an event dated by it. A sentence with several dates is
// split at the clause boundary after each, so "Shukr in Beirut on 30 July
// and Haniyeh in Tehran on 31 July" gives two events and "Ottri on
// Thursday sent a cable, condemning the bombings … Wednesday night" keeps
// the verb with its day; one day told as a time and a day ("at 11:30 p.m.
// (0830 GMT) on Tuesday") is one date. A reporting verb splits the
// sentence into the statement and what it reports: a date in the main
// clause ("X said on Tuesday that …") dates a statement event; a date
// inside the reported content dates the reported happening as an event of
// its own; a reported happening without a date of its own gets none.
//
// Some dates in a sentence are not its happening's. A description of the
// speaker set off by commas ("Cunningham, in Congress since 1991,
// announced in July …") dates nothing of the statement. A happening named
// after "since" owns its date ("killed since the rebel group took up arms
// in 1984" is a row for 1984's taking up of arms, not a killing in 1984).
// A plan's or forecast's target ("clear all mines by 2010", "expected to
// reach 60 billion dollars in 2010": a month, quarter or year after
// publication) is no happening; its announcement is, dated by its own
// date, and a scheduled happening ("a referendum in May", "will meet
// Kabila Friday") keeps its date.
//
// Photo captions count only when they recall a dated happening ("…
// where US-led troops in 2017 had helped Iraqis …"): the relative clause
// holding the date is the event; the photo's own present-tense clause is
// not, and a caption never continues the body's narrative.
//
// # Undated sentences
//
// A timeline row needs a date, and a reader checks each row against its
// sources, so an undated sentence never gets a guessed date of its own:
//
//   - If it continues the dated event before it (same paragraph, or it
//     opens by pointing back: "He warned …", "The ministry said …", a
//     quotation after a statement), it becomes one more source of that
//     event — the reader sees the elaboration next to the dated sentence.
//   - If it names a violent happening by its toll or as a back-reference
//     ("the drone strike that killed the US soldiers"), it is kept as an
//     undated mention that joins the event dated elsewhere in the corpus
//     when enough evidence agrees (toll, place, actors, wording), and is
//     dropped otherwise.
//   - If it says it followed a happening ("Following the strike, …", "in
//     response to the U.S. strikes", or the next sentence says so: "This
//     decision was made … following the strike"), it is dated between that
//     happening and the publication date, at the finest week, month or
//     year holding that span, and flagged inferred.
//   - "Recent X" dates X to the publication week, flagged inferred; it
//     yields to an explicit date of the same happening found elsewhere.
//   - If a dated reaction in the same article refers to it ("Iraqi
//     authorities on Monday condemned the drone attack that killed …", or
//     a bare "the attack" in "Biden said on Sunday as he blamed … for the
//     attack"), it happened on or before the earliest such reaction. When
//     that reaction is fresh news (at most three days before publication)
//     news convention reports the happening with its first reactions, so
//     it is dated to the reaction's day, flagged inferred, with "on or
//     before Sunday" as the date's text: a coarser date from another
//     article ("In January") that holds the day is narrowed to it, and
//     with no other report it becomes an event of its own. Older
//     reactions only bound the date and change nothing.
//   - A campaign told as ended ("months of attacks …, which only
//     subsided after Iran intervened in February") is split: the date
//     belongs to the end, a row of its own; the campaign mention joins
//     the campaign dated elsewhere ("since October 18").
//   - A scheduled happening told as still to come ("The US elections
//     are approaching") joins that happening when another article dates
//     it after this one's publication, within a year; it is dropped
//     otherwise.
//   - "After the start of the Israel-Hamas war" places a happening
//     relative to another: it is a mention of that war, and its actors
//     and words are not this event's.
//   - Anything else stays out of the timeline (it is still searchable as
//     text).
//
// # Merging
//
// Events merge when their type families agree (violence, speech,
// diplomacy…; campaigns told "since October" across types), their dates
// are compatible (a day in its week, month or year), and the evidence
// score — equal tolls, same place, shared actors, shared wording — passes
// a threshold; conflicting tolls count against. Two explicitly dated
// events of one article merge only on a much higher score. The merged
// event takes the most precise date. Candidates are looked up through
// blocking keys (type family × month or year × actor, place, toll, name
// or wording shingle), each capped, so Merge stays near-linear in the
// number of events.
//
// A copy of a sentence (a wire story several outlets carry, a background
// paragraph an outlet repeats, a light rewrite) on a compatible date is
// the same report: a bottom-k sketch of the sentence's three-word
// shingles, with its numbers mixed in so a template filled with other
// figures does not match, finds it and counts as strong evidence, even
// for "recent" dates and forecasts that otherwise never merge.
//
// A date whose year is unknown (an article without a publication date:
// "on Sunday" is XXXX-WXX-7, "October 4" XXXX-10-04) joins only an
// event whose date it can name — the same weekday, the same month and
// day — and only on two kinds of evidence; never a Tuesday, never 5
// October.
// ANNALS_DEBUG_MERGE=1 prints every merge decision to stderr.
package events

import (
	"runtime"
	"sync"

	"github.com/annals/annals/corpus/actors"
	"github.com/annals/annals/model"
)

// Options configures extraction.
type Options struct {
	// ActorsFile is an optional YAML actor file adding to or overriding
	// the embedded default actors.
	ActorsFile string
}

// Extraction is what one article yields before corpus-level merging.
// Offsets of Mentions and Timexes index the article's cleaned Text.
type Extraction struct {
	Events   []model.Event
	Mentions []model.ActorMention
	Timexes  []model.Timex
	// Hints says, for each event (same index), how Merge may use it. Keep
	// it with Events when storing an Extraction.
	Hints []Hint
}

// Hint carries what Merge needs to know about one extracted event beyond
// the model.Event itself.
type Hint struct {
	// Undated marks a mention with no date of its own (a back-reference
	// such as "the drone strike that killed the US soldiers"): it joins an
	// event dated elsewhere or is dropped.
	Undated bool `json:"undated,omitempty"`
	// Soft marks a date only bounded by the text ("recent strikes" = just
	// before publication): it yields to an explicit date of the same
	// happening.
	Soft bool `json:"soft,omitempty"`
	// After, when not 0, is 1 + the index (in the same Extraction) of the
	// happening this one follows ("Following the strike, …", "in response
	// to the U.S. strikes"): an event with no date of its own is dated
	// between that happening and the article's publication date.
	After int `json:"after,omitempty"`
	// Skip lists clean-text spans of the source that belong to another
	// happening (a back-reference inside the sentence), left out when
	// comparing wording.
	Skip [][2]int `json:"skip,omitempty"`
	// Ongoing marks a happening told as a campaign from a start date
	// ("attacking US forces since October", "began launching attacks on
	// October 18", "between October 2023 and January"): reports of one
	// campaign share little wording beyond it.
	Ongoing bool `json:"ongoing,omitempty"`
	// By, for an undated violent happening, is the day (YYYY-MM-DD) of the
	// earliest dated reaction to it in the same article ("Iraqi
	// authorities on Monday condemned the drone attack …"): it happened on
	// or before that day.
	By string `json:"by,omitempty"`
	// ByText is the reaction's date expression ("Sunday"), kept as the
	// evidence of a date inferred from By.
	ByText string `json:"by_text,omitempty"`
	// Upcoming marks an undated mention of a scheduled happening told as
	// still to come ("The US elections are approaching"): it joins that
	// happening dated after the article's publication, or is dropped.
	Upcoming bool `json:"upcoming,omitempty"`
	// Sentence is the whole sentence of a source clause under six words
	// ("French Open title in 1989"), which alone is too short to tell a
	// copy of it in another article from a coincidence.
	Sentence string `json:"sentence,omitempty"`
}

// Extractor extracts events from articles. It is safe for concurrent use
// by several goroutines once built.
type Extractor struct {
	opts Options
	rec  *actors.Recognizer
}

// NewExtractor builds an extractor, loading the actor file if one is given.
func NewExtractor(opts Options) (*Extractor, error) {
	rec, err := actors.New(opts.ActorsFile)
	if err != nil {
		return nil, err
	}
	return &Extractor{opts: opts, rec: rec}, nil
}

// Build extracts every article in parallel and merges the result.
func Build(arts []*model.Article, opts Options) (*model.Timeline, error) {
	x, err := NewExtractor(opts)
	if err != nil {
		return nil, err
	}
	return x.Merge(arts, x.All(arts)), nil
}

// All extracts every article on all cores, in the order given.
func (x *Extractor) All(arts []*model.Article) []Extraction {
	ex := make([]Extraction, len(arts))
	var wg sync.WaitGroup
	next := make(chan int, runtime.GOMAXPROCS(0))
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				ex[i] = x.Article(arts[i])
			}
		}()
	}
	for i := range arts {
		next <- i
	}
	close(next)
	wg.Wait()
	return ex
}
