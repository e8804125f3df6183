// Package actors recognizes named actors (states, armed groups,
// organizations, media, persons) in news text and gives every mention one
// canonical actor, within an article and across a corpus.
//
// Names come from an embedded actor file (default_actors.yaml) matched
// with an Aho-Corasick automaton, plus discovery of capitalized names in
// actor positions ("X said", "spokesman for X", "Prime Minister X").
// Context rules keep places, patrons and descriptors out: "in Iraq",
// "Iran-backed" and "US officials" are not mentions, "Baghdad has
// appealed", "Israeli airstrikes" and "the Iraqi government" are.
package actors

// Recognizer tags actor mentions. It is built once (the gazetteer
// automaton is compiled in New) and is safe for concurrent use.
type Recognizer struct {
	gaz *gazetteer
}

// New builds a Recognizer from the embedded default actor file plus, when
// extraFile is not empty, a user YAML file (a list of {name, kind,
// aliases, capitals, demonyms}) whose entries add to the defaults; an
// entry with a default's name replaces it.
func New(extraFile string) (*Recognizer, error) {
	g, err := loadGazetteer(extraFile)
	if err != nil {
		return nil, err
	}
	return &Recognizer{gaz: g}, nil
}

// known reports whether name is a canonical name or alias in the actor
// files, and its canonical form.
func (r *Recognizer) known(name string) (*entry, bool) {
	e, ok := r.gaz.byName[lower(name)]
	return e, ok
}
