package ui

import "github.com/annals/annals/model"

// clean makes text from an article safe to print on one line (see
// model.SafeLine, the one sanitizer the CLI shares). Every string that
// reaches the screen from the corpus goes through it.
func clean(s string) string { return model.SafeLine(s) }
