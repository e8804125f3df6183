package ui

import (
	"context"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/annals/annals/index"
)

// Options configure the TUI.
type Options struct {
	// Corpus names the corpus in the header ("sample corpus", a folder).
	Corpus string
	// Backend, when set, is used as is; otherwise Open is called in the
	// background while the TUI shows its progress.
	Backend Backend
	Open    func(progress func(index.Progress), notice func(string)) (Backend, error)
	// Debounce is the pause after a keystroke before searching; 0 searches
	// at once (tests).
	Debounce time.Duration
	// NoColor draws with attributes only (NO_COLOR).
	NoColor bool
	// Watch lists the corpus's files and folders to follow; Reopen brings
	// the index up to date with them (closing the one it replaces) when
	// they change, passing the index's notices on. Without Reopen nothing
	// is followed.
	Watch  []string
	Reopen func(notice func(string)) (Backend, error)
	// ShowBackground opens with background mentions shown (B toggles).
	ShowBackground bool
}

type screen int

const (
	scrLoading screen = iota
	scrList
	scrReader
	scrSide
)

type overlay int

const (
	ovNone overlay = iota
	ovHelp
	ovActors
	ovTypes
	ovDate
	ovArticles
	ovDays
)

// Input bounds: no query a person types is longer, and a longer paste is
// cut (the footer says so) rather than slowing every key.
const (
	maxQuery     = 1000
	maxDateInput = 100
	maxFilter    = 200
)

// Minimum terminal size; below it a "too small" screen is drawn.
const (
	minW = 30
	minH = 8
)

// Model is the TUI's state. Searches and article loads run in tea.Cmds;
// Update only ever swaps results in.
type Model struct {
	common
	opts  Options
	be    Backend
	stats index.Stats
	scr   screen
	ov    overlay
	dark  bool

	progress index.Progress
	notices  []string
	fatal    error

	input  textinput.Model
	typing bool
	q      index.Query

	seq, dseq, lseq int
	cancel          context.CancelFunc
	searching       bool
	loadingMore     bool
	more            bool
	searchErr       string
	total           uint64
	took            time.Duration
	facActors       []index.FacetCount
	facTypes        []index.FacetCount
	haveFacets      bool // the counts of the current query are in
	monthFacets     []index.FacetCount
	jumpMonth       string
	jumpEnd         bool

	// raw is every hit loaded for the query, in the index's order; the
	// timeline shows them arranged (background hidden, coarse dates after).
	raw        []index.Hit
	showBg     bool
	tl         timeline
	dens       density
	det        detail
	showDetail bool

	rd         *reader
	readerFrom screen
	side       *sideView
	sideFrom   screen
	pick       *picker
	days       *keyDays
	dateIn     textinput.Model
	dateErr    string
	help       help.Model
	helpOff    int
	status     string
	// corpusEnd is "now" for relative dates, taken from the strip of an
	// unfiltered timeline: a filtered strip ends where the filter does.
	corpusEnd time.Time
	// placed says the first unfiltered timeline has been positioned: at
	// the start of the dense part when far-past or stray dates lead it.
	placed bool

	// layout, set by layout(): where the strip and list start on screen.
	stripY, listY, listX int

	// Live following (watch.go): send reaches the program from the
	// watcher; goSafe runs a goroutine whose panic restores the terminal.
	send         func(tea.Msg)
	goSafe       func(func())
	watch        *watcher
	updating     bool
	pendingPaths []string
	keepID       string          // the event under the cursor before an update
	newIDs       map[string]bool // events the last change reported
	newGen       int
	seekNew      bool
	// jumpDay is a day a key-days jump is loading pages to reach.
	jumpDay string
}

// New makes the model; with opts.Backend set it is ready to search at once.
func New(opts Options) *Model {
	m := &Model{opts: opts, dark: true}
	m.keys = DefaultKeyMap()
	m.st = NewStyles(true, opts.NoColor)
	m.input = textinput.New()
	m.input.Prompt = "/ "
	m.input.Placeholder = "search events — phrases, +must -not, actor:…"
	// A bound on every input: bubbles' textinput redoes its width and
	// overflow over the whole value on each key, so a paste arriving as
	// keys (no bracketed paste) cost O(n²) — 20 KB took 30 s of CPU.
	// Bounded, each key costs at most maxQuery runes: linear in the paste.
	m.input.CharLimit = maxQuery
	m.dateIn = textinput.New()
	m.dateIn.Prompt = "dates: "
	m.dateIn.Placeholder = "2024 · 2024-08 · 2024-08-05 · 2024-08..2024-10 · last 90 days"
	m.dateIn.CharLimit = maxDateInput
	m.help = help.New()
	m.showDetail = true
	m.showBg = opts.ShowBackground
	m.restyle()
	if opts.Backend != nil {
		m.setBackend(opts.Backend)
	}
	return m
}

func (m *Model) setBackend(be Backend) {
	m.be = be
	m.stats = be.Stats()
	m.scr = scrList
}

// restyle pushes the shared styles into every component after a theme change.
func (m *Model) restyle() {
	c := m.common
	m.tl.common = withSize(c, m.tl.common)
	m.tl.invalidate()
	m.dens.common = withSize(c, m.dens.common)
	m.det.common = withSize(c, m.det.common)
	m.help.Styles = help.DefaultStyles(m.dark)
	is := c.st.inputStyles()
	m.input.SetStyles(is)
	m.dateIn.SetStyles(is)
	if m.rd != nil {
		m.rd.st = c.st
		m.rd.pane.st = c.st
	}
	if m.side != nil {
		m.side.st = c.st
		for _, p := range m.side.panes {
			p.st = c.st
		}
	}
	if m.pick != nil {
		m.pick.st = c.st
		m.pick.input.SetStyles(is)
	}
	if m.days != nil {
		m.days.st = c.st
	}
}

func withSize(c, old common) common {
	c.width, c.height = old.width, old.height
	return c
}

// Init asks the terminal for its background (light/dark styles) and
// starts the first search when the backend is ready.
func (m *Model) Init() tea.Cmd {
	cmds := []tea.Cmd{tea.RequestBackgroundColor}
	if m.be != nil {
		cmds = append(cmds, m.startSearch())
	}
	return tea.Batch(cmds...)
}

// progressMsg, noticeMsg and readyMsg report the background index open.
type (
	progressMsg index.Progress
	noticeMsg   string
	readyMsg    struct {
		be  Backend
		err error
	}
)

// Update handles one message.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.layout()
		return m, nil
	case tea.BackgroundColorMsg:
		m.dark = msg.IsDark()
		m.st = NewStyles(m.dark, m.opts.NoColor)
		m.restyle()
		return m, nil
	case progressMsg:
		m.progress = index.Progress(msg)
		return m, nil
	case noticeMsg:
		m.notices = append(m.notices, string(msg))
		if len(m.notices) > 5 {
			m.notices = m.notices[len(m.notices)-5:]
		}
		return m, nil
	case readyMsg:
		if msg.err != nil {
			m.fatal = msg.err
			return m, nil
		}
		m.setBackend(msg.be)
		if n := len(m.notices); n > 0 {
			m.status = m.notices[n-1] // e.g. opened read-only: keep it in sight
		}
		m.layout()
		m.startWatch()
		return m, m.startSearch()
	case changedMsg:
		return m, m.onChanged(msg.paths)
	case reloadedMsg:
		return m, m.onReloaded(msg)
	case newEventsMsg:
		if msg.gen == m.newGen && len(msg.ids) > 0 {
			m.newIDs = msg.ids
			m.tl.newIDs = msg.ids
			m.tl.invalidate()
		}
		return m, nil
	case daysMsg:
		if m.days != nil {
			m.days.onDays(msg)
		}
		return m, nil
	case closeDaysMsg:
		if m.ov == ovDays {
			m.ov, m.days = ovNone, nil
		}
		return m, nil
	case jumpDayMsg:
		m.ov, m.days = ovNone, nil
		return m, m.jumpToDay(msg.date)
	case closeMsg:
		return m, m.onClose(msg)
	case openSideMsg:
		return m, m.openSide()
	case pickArticleMsg:
		return m, m.openArticlePicker()
	case readSourceMsg:
		m.lseq++
		m.readerFrom = scrSide
		return m, loadReader(m.be, m.lseq, msg.hit, msg.src)
	case pickedMsg:
		return m, m.onPicked(msg)
	case searchMsg:
		return m, m.onSearch(msg)
	case debounceMsg:
		if msg.seq == m.dseq {
			return m, m.startSearch()
		}
		return m, nil
	case facetsMsg:
		return m, m.onFacetsMain(msg)
	case facetMsg:
		m.onFacets(msg)
		return m, nil
	case readerMsg:
		if msg.seq != m.lseq {
			return m, nil
		}
		if msg.err != nil {
			m.status = "cannot open the source: " + msg.err.Error()
			return m, nil
		}
		m.rd = newReader(m.common, msg, m.tl.terms)
		m.scr = scrReader
		m.status = ""
		m.layout()
		return m, nil
	case sideMsg:
		if msg.seq != m.lseq {
			return m, nil
		}
		m.side = newSideView(m.common, msg, m.tl.terms)
		m.status = ""
		if m.scr != scrSide {
			m.sideFrom = m.scr
		}
		m.scr = scrSide
		m.layout()
		return m, nil
	case articlesMsg:
		m.onArticles(msg)
		if m.ov == ovArticles {
			return m, m.pick.input.Focus()
		}
		return m, nil
	case statusMsg:
		m.status = string(msg)
		return m, nil
	case tea.KeyPressMsg:
		return m, m.onKey(msg)
	case tea.MouseWheelMsg:
		return m, m.onWheel(msg)
	case tea.MouseClickMsg:
		return m, m.onClick(msg)
	case tea.PasteMsg:
		// A paste goes to whichever input has focus, never to bindings.
		var cmd tea.Cmd
		switch {
		case m.ov == ovDate:
			m.dateIn, cmd = m.dateIn.Update(msg)
		case m.pick != nil && m.ov != ovNone && m.ov != ovDays:
			m.pick.input, cmd = m.pick.input.Update(msg)
			m.pick.refilter()
		case m.typing:
			m.input, cmd = m.input.Update(msg)
			return m, tea.Batch(cmd, m.debounce())
		}
		return m, cmd
	}
	return m, nil
}

func (m *Model) onFacets(msg facetMsg) {
	if m.pick == nil || msg.err != nil || msg.res == nil {
		if m.pick != nil {
			m.pick.loading = false
		}
		return
	}
	switch {
	case msg.kind == "actors" && m.ov == ovActors:
		m.pick.setItems(facetItems(msg.res.Actors, m.q.Actors))
	case msg.kind == "types" && m.ov == ovTypes:
		m.pick.setItems(typeItems(msg.res.Types, m.q.Types))
	}
}

// tooSmall reports a terminal below the minimum size.
func (m *Model) tooSmall() bool { return m.width < minW || m.height < minH }
