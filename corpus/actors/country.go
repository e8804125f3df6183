package actors

import (
	"strings"
	"sync"
)

var (
	countryOnce sync.Once
	countryBy   map[string]string // lower-case state name, alias or capital → state
)

// CountryOf names the state a place belongs to when the built-in actor
// list knows it: a state by its name or an alias ("Republic of Iraq" →
// Iraq) or its capital ("Baghdad" → Iraq). It returns "" for any other
// place. Exports use it to fill a country column from an event's place.
func CountryOf(place string) string {
	countryOnce.Do(func() {
		countryBy = map[string]string{}
		entries, err := parseEntries(defaultYAML, "default_actors.yaml")
		if err != nil {
			return
		}
		for _, e := range entries {
			if e.Kind != "state" {
				continue
			}
			for _, n := range append(append([]string{e.Name}, e.Aliases...), e.Capitals...) {
				if k := strings.ToLower(n); countryBy[k] == "" {
					countryBy[k] = e.Name
				}
			}
		}
	})
	return countryBy[strings.ToLower(strings.TrimSpace(place))]
}
