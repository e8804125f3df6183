package corpus

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/annals/annals/corpus/seed"
)

// articleExts are the file name endings loaded when walking a folder.
var articleExts = map[string]bool{
	".txt": true, ".md": true, ".markdown": true,
	".html": true, ".htm": true, ".jsonl": true,
}

// manifestName is the sidecar file that gives metadata to its folder.
const manifestName = "manifest.json"

// Scan lists the article files under paths without parsing them. Folders
// are walked recursively (following symlinks, reporting loops); "-" is
// stdin; no paths means the embedded sample corpus. manifest.json files
// are metadata and are not listed.
func Scan(paths []string) ([]File, []Warning) {
	if len(paths) == 0 {
		return scanSeed()
	}
	var files []File
	var warns []Warning
	seen := map[string]bool{}
	add := func(f File) {
		if !seen[f.Path] {
			seen[f.Path] = true
			files = append(files, f)
		}
	}
	for _, p := range paths {
		if p == "-" {
			add(File{Path: "-"})
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			warns = append(warns, Warning{File: p, Msg: describeErr(err)})
			continue
		}
		if !st.IsDir() {
			if filepath.Base(p) == manifestName {
				warns = append(warns, Warning{File: p, Msg: "manifest.json is metadata for its folder, not an article; give the folder instead"})
				continue
			}
			if !st.Mode().IsRegular() {
				// Reading a FIFO or a device could block forever.
				warns = append(warns, Warning{File: p, Msg: "not a regular file (" + st.Mode().Type().String() + "), skipped"})
				continue
			}
			if err := readable(p); err != nil {
				warns = append(warns, Warning{File: p, Msg: describeErr(err) + ", skipped"})
				continue
			}
			add(fileOf(p, st))
			continue
		}
		n := len(files)
		w := &walker{visited: map[fileID]bool{}}
		w.walk(p, st, func(f File) { add(f) })
		warns = append(warns, w.warns...)
		if len(files) == n {
			warns = append(warns, Warning{File: p, Msg: "no articles found (looked for .txt, .md, .html, .htm, .jsonl)"})
		}
	}
	return files, warns
}

func scanSeed() ([]File, []Warning) {
	entries, err := fs.ReadDir(seed.FS, ".")
	if err != nil {
		return nil, []Warning{{File: "seed", Msg: err.Error()}}
	}
	var files []File
	for _, e := range entries {
		if e.IsDir() || e.Name() == manifestName || !articleExts[strings.ToLower(path.Ext(e.Name()))] {
			continue
		}
		var size int64
		if info, err := e.Info(); err == nil {
			size = info.Size()
		}
		files = append(files, File{Path: "seed/" + e.Name(), Size: size, Embedded: true})
	}
	return files, nil
}

func fileOf(p string, st os.FileInfo) File {
	return File{Path: p, Size: st.Size(), ModTime: st.ModTime().UnixNano()}
}

// walker walks a folder tree following symlinks; visited holds the
// folders on the way down so a link back up is reported, not followed.
type walker struct {
	visited map[fileID]bool
	warns   []Warning
}

func (w *walker) walk(dir string, st os.FileInfo, add func(File)) {
	id, ok := idOf(st)
	if ok {
		if w.visited[id] {
			w.warns = append(w.warns, Warning{File: dir, Msg: "symlink loop: folder already visited, skipped"})
			return
		}
		w.visited[id] = true
		defer delete(w.visited, id)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		w.warns = append(w.warns, Warning{File: dir, Msg: describeErr(err)})
		return
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue // hidden files and folders (.git, editor swap files)
		}
		p := filepath.Join(dir, name)
		est, err := os.Stat(p) // follows symlinks
		if err != nil {
			if e.Type()&fs.ModeSymlink != 0 || articleExts[strings.ToLower(filepath.Ext(name))] {
				w.warns = append(w.warns, Warning{File: p, Msg: describeErr(err)})
			}
			continue
		}
		if est.IsDir() {
			w.walk(p, est, add)
			continue
		}
		if name == manifestName || !articleExts[strings.ToLower(filepath.Ext(name))] || !est.Mode().IsRegular() {
			continue
		}
		if err := readable(p); err != nil {
			w.warns = append(w.warns, Warning{File: p, Msg: describeErr(err) + ", skipped"})
			continue
		}
		add(fileOf(p, est))
	}
}

// readable opens a file and reads its first byte, so a file that cannot
// be read (no permission, an I/O error) is a warning here and never
// reaches whatever reads the listed files later (the loader, the index's
// change check): one bad file must not stop the corpus.
func readable(p string) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	defer f.Close()
	var b [1]byte
	if _, err := f.Read(b[:]); err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	return nil
}
