package model

// DateSource says where an article's publication date came from. The
// values are part of the JSON contract of `annals articles --json`.
type DateSource string

// The places a publication date can come from, most trusted first.
const (
	SourceManifest    DateSource = "manifest"
	SourceFrontMatter DateSource = "front-matter"
	SourceHTMLMeta    DateSource = "html-meta"
	SourceJSONL       DateSource = "jsonl"
	SourceDateline    DateSource = "dateline"
	SourceHeader      DateSource = "header"
	SourceInferred    DateSource = "inferred"
	SourceNone        DateSource = "none"
)

// Confidence levels for a publication date, as the sample manifest spells them.
const (
	ConfidenceHigh   = "high"
	ConfidenceMedium = "medium"
	ConfidenceLow    = "low"
)

// DateCandidate is a possible publication date seen in or around an
// article, kept with its origin so later stages can confirm or reject it
// (a page's display date is not always the publication date).
type DateCandidate struct {
	Date     string     `json:"date"` // YYYY-MM-DD
	Source   DateSource `json:"source"`
	Evidence string     `json:"evidence,omitempty"` // the text it was read from
	Start    int        `json:"start,omitempty"`    // raw byte offsets of the evidence, if any
	End      int        `json:"end,omitempty"`
}

// DateInference is what the text alone says about when an article was
// written, for articles whose metadata gives no date.
type DateInference struct {
	Date       string   `json:"date,omitempty"` // YYYY-MM-DD, or "" when the text does not fix one
	Confidence string   `json:"confidence"`     // high / medium / low
	Evidence   []string `json:"evidence,omitempty"`
	// Partial describes what is known when no full date is, e.g.
	// "between XXXX-10-04 and XXXX-11-05, year unknown".
	Partial string `json:"partial,omitempty"`
	// Prior marks a date borrowed from other articles of the same folder:
	// offered, never taken as evidence from the text.
	Prior bool `json:"prior,omitempty"`
}

// Sentence is one sentence of an article's cleaned text. Start/End are
// byte offsets into the raw file so a highlight lands on the original
// bytes; CleanStart/CleanEnd index Article.Text.
type Sentence struct {
	Start      int    `json:"start"`
	End        int    `json:"end"`
	CleanStart int    `json:"clean_start"`
	CleanEnd   int    `json:"clean_end"`
	Text       string `json:"text"`
	// Para is the index of the paragraph (block) the sentence belongs to.
	Para int `json:"para"`
	// Kind is what the block is: body text, or a title, byline, dateline or
	// caption kept apart from it (see the Block* constants).
	Kind string `json:"kind,omitempty"`
}

// Kinds of text block. Only body sentences carry events; the others are
// kept so nothing in the file is silently lost.
const (
	BlockBody     = "body"
	BlockTitle    = "title"
	BlockByline   = "byline"
	BlockDateline = "dateline"
	BlockCaption  = "caption"
	BlockHeading  = "heading" // a section heading inside the article
)

// Repair records one mojibake run turned back into the text it meant.
type Repair struct {
	Start int    `json:"start"` // raw byte offsets of the broken run
	End   int    `json:"end"`
	From  string `json:"from"`
	To    string `json:"to"`
}

// Article is one news article after loading and cleaning.
type Article struct {
	ID     string `json:"id"`   // short, stable: derived from path and content
	Path   string `json:"file"` // as given on the command line, or "seed/<name>" for the embedded corpus
	Title  string `json:"title"`
	Outlet string `json:"outlet,omitempty"`
	Byline string `json:"byline,omitempty"`
	URL    string `json:"url,omitempty"`

	Published       string          `json:"published,omitempty"` // YYYY-MM-DD or ""
	PublishedSource DateSource      `json:"published_source"`
	Confidence      string          `json:"confidence,omitempty"`
	DateCandidates  []DateCandidate `json:"date_candidates,omitempty"`
	Inference       *DateInference  `json:"inference,omitempty"`

	Dateline string   `json:"dateline,omitempty"` // "BAGHDAD (Reuters)"
	Captions []string `json:"captions,omitempty"` // photo captions and credits kept apart from the text

	Raw       []byte     `json:"-"`
	Text      string     `json:"-"` // cleaned body text
	Map       OffsetMap  `json:"-"` // cleaned-text offsets → raw offsets
	Sentences []Sentence `json:"-"`
	Repairs   []Repair   `json:"repairs,omitempty"`
	Warnings  []string   `json:"warnings,omitempty"`

	// ModTime and Size describe the source file, for incremental indexing.
	ModTime int64 `json:"-"` // unix nanoseconds
	Size    int64 `json:"-"`
}

// RawSpan maps a span of Article.Text to the raw file.
func (a *Article) RawSpan(cleanStart, cleanEnd int) (int, int) {
	return a.Map.RawSpan(cleanStart, cleanEnd)
}
