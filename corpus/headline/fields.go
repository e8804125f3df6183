package headline

import (
	"strconv"
	"strings"

	"github.com/annals/annals/model"
)

// typeVerb gives, for the event types whose first actor is the one who
// acts (the speaker, the host, a party to talks), the verb a wire
// headline uses with that actor as subject, and the word that joins the
// other party. The violent and legal types are left out: their actor
// list does not tell the perpetrator from the victim reliably enough to
// write "X kills Y", so they are named by their type ("Attack involving
// X"), which asserts nothing false.
var typeVerb = map[string]struct{ verb, join string }{
	model.EventStatement:    {"makes a statement", ""},
	model.EventAnnouncement: {"makes an announcement", ""},
	model.EventReport:       {"issues a report", ""},
	model.EventMeeting:      {"holds a meeting", "with"},
	model.EventNegotiation:  {"holds talks", "with"},
	model.EventDiplomacy:    {"holds diplomatic contacts", "with"},
	model.EventAgreement:    {"reaches agreement", "with"},
}

// fromFields writes a headline from the event's fields when no source
// clause compresses to a complete phrase: a sentence with the agent as
// subject and a verb from the type ("Hamas holds talks with Palestinian
// Islamic Jihad in Cairo"), or else the type with the actors, place and
// toll ("Attack involving Kataib Hezbollah in Jordan, 3 killed").
func fromFields(e *model.Event) string {
	tv, known := typeVerb[e.Type]
	other := ""
	if len(e.Targets) > 0 && (len(e.Actors) == 0 || e.Targets[0] != e.Actors[0]) {
		other = e.Targets[0]
	} else if len(e.Actors) > 1 && e.Actors[1] != e.Actors[0] {
		other = e.Actors[1] // "the others involved": the counterpart
	}
	var b strings.Builder
	if known && len(e.Actors) > 0 {
		b.WriteString(e.Actors[0] + " " + tv.verb)
		if other != "" && tv.join != "" {
			// A saying names no other party: "makes a statement on
			// David Archer" would guess at what it was about.
			b.WriteString(" " + tv.join + " " + other)
		}
	} else {
		typ := e.Type
		if typ == "" || typ == model.EventOther {
			typ = "event"
		}
		b.WriteString(strings.ToUpper(typ[:1]) + typ[1:])
		if len(e.Actors) > 0 {
			b.WriteString(" involving " + e.Actors[0])
			if other != "" {
				b.WriteString(" and " + other)
			}
		}
	}
	if e.Place != "" && !strings.Contains(b.String(), e.Place) {
		b.WriteString(" in " + e.Place)
	}
	var toll []string
	if e.Figures.Killed > 0 {
		toll = append(toll, strconv.Itoa(e.Figures.Killed)+" killed")
	}
	if e.Figures.Wounded > 0 {
		toll = append(toll, strconv.Itoa(e.Figures.Wounded)+" wounded")
	}
	if len(toll) > 0 {
		b.WriteString(", " + strings.Join(toll, ", "))
	}
	s := b.String()
	for !fits(s) {
		// Drop whole trailing parts, never a cut word.
		i := strings.LastIndex(s, " in ")
		if j := strings.LastIndex(s, ", "); j > i {
			i = j
		}
		if i <= 0 {
			r := []rune(s)
			s = strings.TrimSpace(string(r[:MaxLen]))
			if k := strings.LastIndexByte(s, ' '); k > 0 {
				s = s[:k]
			}
			break
		}
		s = s[:i]
	}
	return s
}
