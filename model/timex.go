package model

// Timex is one TIMEX3 time expression. Offsets are bytes into whatever
// text was tagged (the raw input for `annals tag`, Article.Text inside the
// pipeline).
type Timex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`            // DATE, TIME, DURATION, SET
	Value string `json:"value"`           // TIMEX3 value: 2024-08-05, 2024-W43, P2M, PAST_REF, XXXX-10-04
	Mod   string `json:"mod"`             // always present: `annals tag` consumers read the key
	Quant string `json:"quant,omitempty"` // SET: EVERY
	Freq  string `json:"freq,omitempty"`
	// Anchored says the value was resolved against the document date or an
	// earlier expression rather than read off the text in full.
	Anchored bool `json:"anchored,omitempty"`
}

// TIMEX3 types.
const (
	TimexDate     = "DATE"
	TimexTime     = "TIME"
	TimexDuration = "DURATION"
	TimexSet      = "SET"
)
