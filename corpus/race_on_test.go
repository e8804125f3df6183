//go:build race

package corpus

// raceEnabled lets heavy tests shrink under the race detector, which
// slows this code some tenfold.
const raceEnabled = true
