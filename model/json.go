package model

import "encoding/json"

// The export JSON is a contract other tools read: every key the issues
// list is present, with null where the value is unknown, rather than
// left out.

// MarshalJSON writes an article with "outlet" always and "published" as
// null when the date is unknown, as `annals articles --json` does.
func (a Article) MarshalJSON() ([]byte, error) {
	type plain Article
	var pub *string
	if a.Published != "" {
		pub = &a.Published
	}
	return json.Marshal(struct {
		plain
		Outlet    string  `json:"outlet"`
		Published *string `json:"published"`
	}{plain(a), a.Outlet, pub})
}

// MarshalJSON writes an event with "place" as null when none is known
// and empty lists as [].
func (e Event) MarshalJSON() ([]byte, error) {
	type plain Event
	var place *string
	if e.Place != "" {
		place = &e.Place
	}
	if e.Actors == nil {
		e.Actors = []string{}
	}
	if e.Sources == nil {
		e.Sources = []Source{}
	}
	return json.Marshal(struct {
		plain
		Place *string `json:"place"`
	}{plain(e), place})
}
