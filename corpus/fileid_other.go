//go:build !unix

package corpus

import "os"

// fileID is unavailable off unix; loops are then caught by the depth limit
// of the operating system's own path resolution.
type fileID struct{ dev, ino uint64 }

func idOf(os.FileInfo) (fileID, bool) { return fileID{}, false }
