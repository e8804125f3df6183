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
//
// A listed name is also found where news writes it otherwise: a state's
// long name ("the Hashemite Kingdom of Jordan") and hostile epithets
// ("the Zionist regime"), a group in another transliteration ("Kataib
// Sayyed al-Shuhada", "Harakat al-Nujabaa": see translitKey), by its
// short form ("Quds" for the Quds Force, where the article names it in
// full or a member noun follows), and with its country before or after
// it ("Iraqi Islamic Resistance" / "Islamic Resistance in Iraq", also
// across articles in Unify). A capital is no mention inside another name
// ("Hertha Berlin", "Imperial College London"); a company is named by a
// trade word ("Dana Oil", "Tata Steel"); a state organ named in full
// ("the Joint Operations Command") is the article's state.
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
