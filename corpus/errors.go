package corpus

import (
	"errors"
	"io/fs"
	"syscall"
)

// describeErr turns a file system error into the reason a user can act on,
// without repeating the path the warning already names.
func describeErr(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or folder"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied (cannot read)"
	case errors.Is(err, syscall.ELOOP):
		return "symlink loop (too many levels of symbolic links)"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
