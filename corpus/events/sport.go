package events

import "github.com/annals/annals/model"

// Sport: matches, results, titles and records, which a general newswire
// reports every day and which had no type of their own (on news-1997 they
// were about a fifth of the rows typed other).

// sportCues name a sport or its competitions: one is enough.
var sportCues = setOf(`tournament tournaments championship championships semifinal semifinals
semi-final semi-finals quarterfinal quarterfinals quarter-final quarter-finals olympic olympics
medal medals marathon fifa uefa nba tennis football soccer basketball golf cricket rugby hockey
volleyball badminton striker midfielder goalkeeper batsman bowler wimbledon grand-slam
world-cup formula one-day test-match freestyle backstroke breaststroke asiad`)

// sportHints are words sport shares with other news ("won", "team",
// "record"): two different ones make a clause sport.
var sportHints = setOf(`match matches cup final finals league title titles beat beating defeated
won win wins victory scored score goal goals game games champion champions team teams players
player season coach race round seed seeded innings wickets runs points draw drew lap laps
gold silver bronze record lost qualifier`)

// sportType types a clause no trigger typed: sport when it names a sport
// or a competition, or tells a result in two of sport's words ("beat
// … in the final"); otherwise other.
func sportType(ws []word) string {
	var seen [2]string
	n := 0
	for _, w := range ws {
		if sportCues[w.lower] {
			return model.EventSport
		}
		if sportHints[w.lower] && w.lower != seen[0] && w.lower != seen[1] {
			if n == 1 {
				return model.EventSport
			}
			seen[n] = w.lower
			n++
		}
	}
	return model.EventOther
}
