package events

import (
	"github.com/annals/annals/corpus/headline"
	"github.com/annals/annals/model"
)

// finish gives each merged event what is read off it as a whole: its
// headline (corpus/headline) and whether it is background, mentioned by
// every source long after it happened (isBackground).
func finish(evs []model.Event) {
	for i := range evs {
		evs[i].Headline = headline.Make(&evs[i])
		evs[i].Background = isBackground(&evs[i])
	}
}
