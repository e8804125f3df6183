package model

import "strings"

// Actor kinds.
const (
	KindState        = "state"
	KindArmedGroup   = "armed_group"
	KindOrganization = "organization"
	KindMedia        = "media"
	KindPerson       = "person"
	KindOther        = "other"
)

// Actor is one real-world actor with every name it goes by.
type Actor struct {
	Name     string   `json:"name"` // canonical name
	Kind     string   `json:"kind"`
	Aliases  []string `json:"aliases,omitempty"` // surface forms seen or known
	Mentions int      `json:"mentions"`
	// Discovered marks an actor found in the text rather than in an actor file.
	Discovered bool `json:"discovered,omitempty"`
}

// ActorMention is one place in a text that names an actor.
type ActorMention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Actor string `json:"actor"` // canonical name
	Kind  string `json:"kind"`
	// Role is the office a person mention shows ("prime minister of
	// Iraq"), from a title next to the name or a bare title reference; it
	// lets corpus-level unification tie "the Iraqi Prime Minister" to the
	// named holder of the office seen in another article.
	Role string `json:"role,omitempty"`
}

// nameFolder drops apostrophes of every kind ("Kata'ib", "Kata’ib" and
// "Kataib" meet) and makes typographic double quotes plain.
var nameFolder = strings.NewReplacer(
	"'", "", "’", "", "‘", "", "ʼ", "", "′", "", "`", "", "´", "",
	"“", `"`, "”", `"`, "„", `"`, "«", `"`, "»", `"`,
)

// FoldName is an actor name as compared when a user types one: lower
// case, apostrophes dropped, quotes plain, runs of space single.
func FoldName(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(nameFolder.Replace(s)), " "))
}
