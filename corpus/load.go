package corpus

import (
	"os"
	"strings"
	"sync"

	"github.com/annals/annals/corpus/seed"
	"github.com/annals/annals/model"
)

// manifestCache reads each folder's manifest.json once.
type manifestCache struct {
	mu sync.Mutex
	m  map[string]*manifestOnce
}

type manifestOnce struct {
	once sync.Once
}

func newManifestCache() *manifestCache { return &manifestCache{m: map[string]*manifestOnce{}} }

// loadFile is a placeholder: one article per file, each line a sentence.
func loadFile(f File, _ *manifestCache) ([]*model.Article, []Warning) {
	var raw []byte
	var err error
	if f.Embedded {
		raw, err = seed.FS.ReadFile(strings.TrimPrefix(f.Path, "seed/"))
	} else {
		raw, err = os.ReadFile(f.Path)
	}
	if err != nil {
		return nil, []Warning{{File: f.Path, Msg: describeErr(err)}}
	}
	a := &model.Article{Path: f.Path, Raw: raw, Text: string(raw), PublishedSource: model.SourceNone}
	a.Map.Add(0, 0, len(raw), len(raw))
	off := 0
	for _, line := range strings.SplitAfter(a.Text, "\n") {
		t := strings.TrimSpace(line)
		if t != "" {
			if a.Title == "" {
				a.Title = t
			}
			a.Sentences = append(a.Sentences, model.Sentence{Start: off, End: off + len(line), CleanStart: off, CleanEnd: off + len(line), Text: t, Kind: model.BlockBody})
		}
		off += len(line)
	}
	a.ID = articleID(f.Path, raw)
	return []*model.Article{a}, nil
}
