package timex

import "github.com/annals/annals/model"

// Tag returns the time expressions in text, in order. dct is the document
// creation time as YYYY-MM-DD, or "" when unknown: relative expressions then
// keep unresolved values (XXXX-10-04) rather than borrowing today's date.
// Offsets are byte offsets into text.
func Tag(text string, dct string) []model.Timex {
	return nil
}
