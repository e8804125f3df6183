// Package index keeps the extracted timeline in a persistent Bleve index
// under the user's cache directory, brings it up to date when the corpus
// changes, and answers the searches of the CLI and the TUI. It is the only
// package that imports bleve.
package index

import (
	"time"

	"github.com/annals/annals/model"
)

// Query is one search over the events of a corpus.
type Query struct {
	// Text is a query in bleve's query-string syntax (phrases, +/-,
	// field:value, fuzzy~). Empty matches every event.
	Text string
	// Actors filters to events involving these canonical actors: any of
	// them, or all of them with AllActors.
	Actors    []string
	AllActors bool
	// Types filters to these event types (any).
	Types []string
	// From and To bound the event date, inclusive: YYYY, YYYY-MM or
	// YYYY-MM-DD; empty is open.
	From, To string
	// Size is the page size; 0 means a default.
	Size int
	// After is the Sort key of the last hit of the previous page
	// (search_after paging in chronological order).
	After []string
	// Facets asks for actor, type and month counts over all matches.
	Facets bool
	// FacetSize bounds the actor facet; 0 means 200. Types and months
	// are always complete.
	FacetSize int
	// Kind selects what is searched: events (the default, ""), articles
	// (KindArticles) or both (KindAll). Filters on actors and types apply
	// to events only; the date range applies to article publication dates.
	Kind string
}

// Kinds of search, for Query.Kind, and of hit, for Hit.Kind.
const (
	KindEvents   = "event"
	KindArticles = "article"
	KindAll      = "all"
)

// Highlight is one matched span in a hit, as byte offsets into
// Event.Summary (Source == -1) or into Event.Sources[Source].Text.
type Highlight struct {
	Source int `json:"source"`
	Start  int `json:"start"`
	End    int `json:"end"`
}

// Hit is one matching event, with what the list and detail views need.
type Hit struct {
	// Kind is KindEvents or KindArticles; Event or Article is set accordingly.
	Kind       string
	Event      model.Event
	Article    *ArticleRow
	Sort       []string // chronological sort key, for Query.After
	Highlights []Highlight
	// Fragments are matched text with ANSI emphasis, for the CLI.
	Fragments []string
}

// ArticleRow is what a list needs to draw an article hit.
type ArticleRow struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet,omitempty"`
	Published string `json:"published,omitempty"`
	File      string `json:"file"`
	URL       string `json:"url,omitempty"`
	Events    int    `json:"events"`
}

// FacetCount is one bucket of a facet.
type FacetCount struct {
	Term  string
	Count int
}

// Result is one page of a search.
type Result struct {
	Total  uint64
	Hits   []Hit
	Actors []FacetCount // by count, descending
	Types  []FacetCount
	Months []FacetCount // "2024-08" → events, chronological
	Took   time.Duration
}

// Stats describes an open index.
type Stats struct {
	Dir       string
	Articles  int
	Events    int
	Actors    int
	SizeBytes int64
	// ReadOnly says another annals process held the index, so changes to
	// the corpus could not be written (see Stale). Every open index is
	// searched read-only; this only reports that it could not be updated.
	ReadOnly bool
	// First and Last bound the corpus's event dates (YYYY-MM-DD).
	First, Last string
	// Built is when the index was last built or updated; Took how long
	// Open spent bringing it up to date (0 when nothing changed).
	Built time.Time
	Took  time.Duration
	// Extracted counts the articles extracted by this Open (0 on an
	// unchanged corpus); Added, Changed and Removed count files.
	Extracted               int
	Added, Changed, Removed int
	// Stale says the corpus changed but the index could not be updated
	// (another process is updating it, or its directory is read-only);
	// the index is served as it was.
	Stale bool
	// Warnings are the loader's and the extractor's messages.
	Warnings []string
	// FileWarnings are the part of Warnings about reading the corpus's
	// files (one unreadable, one not an article): given on every start,
	// since the index goes on without them.
	FileWarnings []string
}
