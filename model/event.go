package model

// Event types, the closed set the timeline colours and filters by.
const (
	EventAttack       = "attack"
	EventStrike       = "strike"
	EventKilling      = "killing"
	EventCasualties   = "casualties"
	EventStatement    = "statement"
	EventThreat       = "threat"
	EventDiplomacy    = "diplomacy"
	EventMeeting      = "meeting"
	EventNegotiation  = "negotiation"
	EventAnnouncement = "announcement"
	EventReport       = "report"
	EventWithdrawal   = "withdrawal"
	EventOther        = "other"

	// Types added for what general news reports all day; the thirteen
	// above keep their meaning (other tools read them).
	EventArrest    = "arrest"    // arrests, detentions, raids that detain
	EventTrial     = "trial"     // charges, trials, verdicts, sentences
	EventProtest   = "protest"   // protests, strikes by workers, riots
	EventElection  = "election"  // elections, referendums, votes, results
	EventAgreement = "agreement" // agreements, ceasefires, deals signed
	EventAccident  = "accident"  // crashes, fires, explosions no one set off on purpose
	EventDisaster  = "disaster"  // earthquakes, floods, storms, epidemics
	EventEconomy   = "economy"   // market moves, company results, economic figures
	EventClash     = "clash"     // armed clashes between forces, battles
	EventSport     = "sport"     // matches, results, titles, records
)

// EventTypes lists every event type in display order.
var EventTypes = []string{
	EventAttack, EventStrike, EventKilling, EventCasualties, EventStatement,
	EventThreat, EventDiplomacy, EventMeeting, EventNegotiation,
	EventAnnouncement, EventReport, EventWithdrawal,
	EventClash, EventArrest, EventTrial, EventProtest, EventElection,
	EventAgreement, EventAccident, EventDisaster, EventEconomy, EventSport,
	EventOther,
}

// EventDate is when an event happened, as precisely as the text supports.
type EventDate struct {
	Value     string `json:"value"`          // TIMEX3 date value: 2024-08-05, 2024-W05, 2024-01, 2024
	Precision string `json:"precision"`      // see Precision* constants
	Text      string `json:"text,omitempty"` // the expression it came from ("on Sunday")
	Mod       string `json:"mod,omitempty"`
	// Inferred marks a date carried over from context (an undated sentence
	// continuing a dated narrative) or from an inferred publication date.
	Inferred bool `json:"inferred,omitempty"`
}

// Figures are the numbers an event report gives. Zero means not given.
type Figures struct {
	Killed  int `json:"killed,omitempty"`
	Wounded int `json:"wounded,omitempty"`
	// Count is a number of attacks, strikes or people involved that is not a toll.
	Count int `json:"count,omitempty"`
}

// IsZero reports whether no figure is given.
func (f Figures) IsZero() bool { return f == Figures{} }

// Source is one mention of an event in one article.
type Source struct {
	Article    string `json:"article"` // Article.ID
	File       string `json:"file"`
	Start      int    `json:"start"` // raw byte offsets into File
	End        int    `json:"end"`
	CleanStart int    `json:"clean_start"` // offsets into Article.Text, for the reader
	CleanEnd   int    `json:"clean_end"`
	Text       string `json:"text"`
	Outlet     string `json:"outlet,omitempty"`
	Published  string `json:"published,omitempty"`
}

// Event is one dated happening, with every article that reports it.
type Event struct {
	ID      string    `json:"id"`
	Date    EventDate `json:"date"`
	Type    string    `json:"type"`
	Actors  []string  `json:"actors"`            // canonical names of who acted (first) and the others involved
	Targets []string  `json:"targets,omitempty"` // who was acted on, where the sentence makes it clear
	Place   string    `json:"place,omitempty"`
	Figures Figures   `json:"figures"`
	Summary string    `json:"summary"`
	// Headline is a complete one-line account of the happening (at most
	// 90 characters, never cut with "…"), compressed from its best source.
	Headline string `json:"headline"`
	// SubType is ACLED's sub-event type ("Air/drone strike", "Arrests")
	// where the event is one ACLED codes; empty otherwise. ACLEDTypes
	// gives its event type and disorder type.
	SubType string `json:"sub_type,omitempty"`
	// Background marks an event every source of which mentions it long
	// after it happened (a look back), not as news.
	Background bool `json:"background,omitempty"`
	// Disagreements lists where the sources of the event differ: tolls,
	// dates, the claimed agent.
	Disagreements []Disagreement `json:"disagreements,omitempty"`
	Sources       []Source       `json:"sources"`
}

// Disagreement is one point on which the sources of an event differ.
type Disagreement struct {
	// Field is what differs: "killed", "wounded", "date" or "agent".
	Field  string          `json:"field"`
	Values []DisagreeValue `json:"values"`
}

// DisagreeValue is one value of a disputed field and the articles that
// give it.
type DisagreeValue struct {
	Value    string   `json:"value"`
	Articles []string `json:"articles"` // Article.IDs
}

// Timeline is the whole extracted corpus: articles, merged events in
// chronological order, and the actors with their counts.
type Timeline struct {
	Articles []*Article `json:"articles"`
	Events   []Event    `json:"events"`
	Actors   []Actor    `json:"actors"`
	Warnings []string   `json:"warnings,omitempty"`
}
