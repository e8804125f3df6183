//go:build unix

package corpus

import (
	"os"
	"syscall"
)

// fileID identifies a folder by device and inode, so a symlink loop is
// seen however it is spelled.
type fileID struct{ dev, ino uint64 }

func idOf(st os.FileInfo) (fileID, bool) {
	s, ok := st.Sys().(*syscall.Stat_t)
	if !ok {
		return fileID{}, false
	}
	return fileID{uint64(s.Dev), uint64(s.Ino)}, true //nolint:unconvert // Dev is int32 on some platforms
}
