// Package model holds annals' domain types — articles, sentences, time
// expressions, actors, events — and the pure logic on them (offset mapping,
// TIMEX3 value arithmetic). It does no I/O, so every other package can lean
// on it without pulling in files, indexes or terminals.
package model
