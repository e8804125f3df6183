package events

import (
	"time"

	"github.com/annals/annals/model"
)

// Articles mention old happenings in passing ("In 2006, two spills from
// corroded pipes …"): such a mention is background to the story, not its
// news, and a reader wants to hide it or see it marked. An event is
// background when every one of its sources was published long after the
// event's date ended.
//
// How long is "long" comes from news-1997 (5,441 explicitly day-dated
// events, lag = publication day − event day of the first source): 69%
// are published the same or the next day, 6% two or three days later, 4%
// four to seven days later; past a week the distribution turns into a
// flat tail (1.7% at 8–14 days, 1.7% at 15–30, 1.7% at 31–90, 1.8% at
// 91–365), the look-backs. Two weeks sits past the end of the news
// reports' curve (weeklies, a late wire) and short of where the tail
// holds the anniversaries and "last month" recalls.
const backgroundLag = 14

// backgroundCoarse caps how much a coarse date's own length adds to the
// lag: "in March" is still news in an April article about March's
// figures, "in 2009" in a January 2010 one, but not years later.
const backgroundCoarse = 365

// isBackground reports whether every source of e was published more
// than backgroundLag days (plus the date's own length, for a month or a
// year, up to backgroundCoarse) after the end of e's date. An event with
// an undated source, or no date, is not background: nothing says its
// report is late.
func isBackground(e *model.Event) bool {
	r, ok := model.ParseDateValue(e.Date.Value)
	if !ok || r.IsZero() || len(e.Sources) == 0 {
		return false
	}
	span := int(r.End.Sub(r.Start) / (24 * time.Hour))
	limit := r.End.AddDate(0, 0, backgroundLag+min(max(span-1, 0), backgroundCoarse))
	for i := range e.Sources {
		p, err := time.Parse("2006-01-02", e.Sources[i].Published)
		if err != nil || p.Before(limit) {
			return false
		}
	}
	return true
}
