package clean

import (
	"regexp"
	"sync"
)

// lazyRE is a regular expression compiled on first use. The package's
// expressions cost ~1.7 MB and 10–40 ms to compile, which every annals
// process paid at start-up (package init) although a search or a TUI
// opening an existing index never cleans a document.
type lazyRE struct {
	once sync.Once
	expr string
	re   *regexp.Regexp
}

// lazy returns an expression compiled, with regexp.MustCompile, the first
// time it is used; a bad expression still panics, on that first use (the
// package's tests use every one of them).
func lazy(expr string) *lazyRE { return &lazyRE{expr: expr} }

// get compiles the expression once and returns it.
func (l *lazyRE) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.expr) })
	return l.re
}

// MatchString is regexp.Regexp.MatchString.
func (l *lazyRE) MatchString(s string) bool { return l.get().MatchString(s) }

// FindStringSubmatch is regexp.Regexp.FindStringSubmatch.
func (l *lazyRE) FindStringSubmatch(s string) []string { return l.get().FindStringSubmatch(s) }

// FindStringSubmatchIndex is regexp.Regexp.FindStringSubmatchIndex.
func (l *lazyRE) FindStringSubmatchIndex(s string) []int {
	return l.get().FindStringSubmatchIndex(s)
}

// FindStringIndex is regexp.Regexp.FindStringIndex.
func (l *lazyRE) FindStringIndex(s string) []int { return l.get().FindStringIndex(s) }

// FindAllStringIndex is regexp.Regexp.FindAllStringIndex.
func (l *lazyRE) FindAllStringIndex(s string, n int) [][]int {
	return l.get().FindAllStringIndex(s, n)
}
