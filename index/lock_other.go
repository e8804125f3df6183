//go:build !unix

package index

import "os"

// tryLock always succeeds where advisory locks are not available; bleve's
// own bolt lock still keeps two writers apart.
func tryLock(f *os.File) (bool, error) { return true, nil }

func unlock(f *os.File) {}

// isROFS: only permission errors are told apart here.
func isROFS(error) bool { return false }
