package corpus

import "github.com/annals/annals/corpus/clean"

// htmlDocument is replaced by the trafilatura-based extractor.
func htmlDocument(raw []byte, title string) (clean.Result, meta, []string) {
	return clean.Document(raw, clean.Hints{Title: title}), meta{}, nil
}
