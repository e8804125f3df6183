package main

import (
	"io"
	"testing"

	"github.com/annals/annals/corpus/actors"
	"github.com/annals/annals/model"
)

// --actor takes a canonical name or any alias, ignoring case, as a user
// types it; the actor list comes from the real recognizer's Unify.
func TestResolveActorsByAliasAndCase(t *testing.T) {
	rec, err := actors.New("")
	if err != nil {
		t.Fatal(err)
	}
	text := "In January, Kata’ib Hezbollah (aka the Hezbollah Brigades) launched drones. The US said it would respond."
	_, known := rec.Unify([][]model.ActorMention{rec.Tag(text)})
	for in, want := range map[string]string{
		"Kataib Hezbollah":   "Kataib Hezbollah",
		"kataib hezbollah":   "Kataib Hezbollah",
		"Hezbollah Brigades": "Kataib Hezbollah",
		"us":                 "United States",
	} {
		got := resolveActors(known, []string{in}, io.Discard)
		if len(got) != 1 || got[0] != want {
			t.Errorf("--actor %q resolved to %v, want %s", in, got, want)
		}
	}
	if got := resolveActors(known, []string{"Nobody At All"}, io.Discard); got[0] != "Nobody At All" {
		t.Errorf("an unknown actor should be kept as given, got %v", got)
	}
}
