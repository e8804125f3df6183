package index

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// writerLock keeps two annals processes from building or updating the
// same index at once. Readers do not take it: they open bleve read-only.
type writerLock struct{ f *os.File }

const lockName = "build.lock"

// lockWriter waits up to wait for the writer lock. On timeout it returns
// nil and the pid written by the holder, for the message.
func lockWriter(dir string, wait time.Duration) (*writerLock, string, error) {
	f, err := openLock(filepath.Join(dir, lockName))
	if err != nil {
		return nil, "", err
	}
	deadline := time.Now().Add(wait)
	for {
		ok, err := tryLock(f)
		if err != nil {
			f.Close()
			return nil, "", err
		}
		if ok {
			f.Truncate(0)
			f.WriteAt([]byte(strconv.Itoa(os.Getpid())), 0)
			return &writerLock{f}, "", nil
		}
		if time.Now().After(deadline) {
			b := make([]byte, 32)
			n, _ := f.ReadAt(b, 0)
			f.Close()
			return nil, strings.TrimSpace(string(b[:n])), nil
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// openLock opens the lock file; tests swap it to play a read-only index
// (they run as root, whom file modes do not stop).
var openLock = func(p string) (*os.File, error) {
	return os.OpenFile(p, os.O_RDWR|os.O_CREATE, 0o644)
}

// isReadOnly tells whether err says the index cannot be written: a
// directory or file without write permission, or a read-only mount.
func isReadOnly(err error) bool {
	return errors.Is(err, fs.ErrPermission) || isROFS(err)
}

func (l *writerLock) release() {
	if l == nil {
		return
	}
	l.f.Truncate(0)
	unlock(l.f)
	l.f.Close()
}

func holder(pid string) string {
	if pid == "" {
		return "another annals process"
	}
	return fmt.Sprintf("another annals process (pid %s)", pid)
}
