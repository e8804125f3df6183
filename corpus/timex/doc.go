// Package timex finds TIMEX3 time expressions in news text and normalizes
// them to TempEval-3 values, resolving relative and anaphoric expressions
// against the document creation time (DCT). It also estimates publication
// dates of articles whose metadata gives none.
package timex
