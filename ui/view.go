package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// Widths and heights of the main screen's parts.
const (
	wideW       = 100 // from here the detail sits right of the list
	tallH       = 30  // from here, on narrow terminals, below it
	headerLines = 2   // header + search bar
	footerLines = 1
)

// bodyH is the height between header and footer.
func (m *Model) bodyH() int { return max(m.height-headerLines-footerLines, 0) }

func (m *Model) stripShown() bool { return m.height >= 14 && len(m.dens.months) > 0 }

// layout sizes every component for the current terminal. Components do
// their own clamping, so it is safe to call at any size.
func (m *Model) layout() {
	w, h := m.width, m.bodyH()
	y := headerLines
	m.stripY = -1
	if m.stripShown() {
		m.stripY = y
		m.dens.SetSize(w, densityH)
		y += densityH
		h -= densityH
	}
	m.listY, m.listX = y, 0
	switch {
	case w >= wideW && m.showDetail:
		lw := w * 58 / 100
		m.tl.SetSize(lw, h)
		m.det.SetSize(w-lw-3, h)
	case m.height >= tallH && m.showDetail:
		lh := h * 55 / 100
		m.tl.SetSize(w, lh)
		m.det.SetSize(w, h-lh-1)
	default:
		m.tl.SetSize(w, h)
		m.det.SetSize(w, h)
	}
	m.help.SetWidth(w)
	m.input.SetWidth(max(w-30, 10))
	m.dateIn.SetWidth(max(w-12, 10))
	if m.rd != nil {
		m.rd.SetSize(w, max(m.height-footerLines, 1))
	}
	if m.side != nil {
		m.side.SetSize(w, max(m.height-footerLines, 1))
	}
	if m.pick != nil {
		m.pick.SetSize(w, max(m.height-footerLines-1, 1))
	}
	if m.days != nil {
		m.days.SetSize(w, max(m.height-footerLines, 1))
	}
}

// detailBehind says the detail replaces the list (narrow and short).
func (m *Model) detailBehind() bool {
	return m.width < wideW && m.height < tallH
}

// View draws the whole screen, exactly width×height.
func (m *Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "annals"
	if m.scr == scrLoading && m.progress.Total > 0 && m.fatal == nil {
		v.ProgressBar = tea.NewProgressBar(tea.ProgressBarDefault, min(100, m.progress.Done*100/m.progress.Total))
	}
	return v
}

func (m *Model) render() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if m.tooSmall() {
		return fitLines([]string{
			m.st.Error.Render("Terminal too small"),
			fmt.Sprintf("need %d×%d,", minW, minH),
			fmt.Sprintf("have %d×%d", m.width, m.height),
			m.st.Dim.Render("q quits"),
		}, m.width, m.height)
	}
	if m.scr == scrLoading {
		return m.loadingView()
	}
	if m.ov == ovHelp {
		return m.helpView()
	}
	var body string
	var hk helpKeys
	switch {
	case m.ov == ovActors || m.ov == ovTypes || m.ov == ovArticles:
		hk = m.keys.pickerHelp(m.ov == ovActors)
		body = m.pick.View()
		return body + "\n" + m.footer(hk)
	case m.ov == ovDays && m.days != nil:
		return m.days.View() + "\n" + m.footer(m.keys.daysHelp())
	case m.scr == scrReader && m.rd != nil:
		return m.rd.View() + "\n" + m.footer(m.keys.readerHelp())
	case m.scr == scrSide && m.side != nil:
		return m.side.View() + "\n" + m.footer(m.keys.sideHelp())
	}
	hk = m.keys.listHelp()
	bar := m.searchBar()
	if m.ov == ovDate {
		bar = fit(m.dateIn.View(), m.width)
	}
	parts := []string{m.header(), bar}
	if m.stripShown() {
		parts = append(parts, m.dens.View())
	}
	h := m.tl.height
	switch {
	case m.width >= wideW && m.showDetail:
		// Both sides are exactly sized, so a line-by-line join is enough
		// (and much cheaper than measuring them again).
		left, right := strings.Split(m.tl.View(), "\n"), strings.Split(m.det.View(), "\n")
		bar := m.st.Dim.Render(" │ ")
		for i := 0; i < h; i++ {
			var l, r string
			if i < len(left) {
				l = left[i]
			}
			if i < len(right) {
				r = right[i]
			}
			parts = append(parts, l+bar+r)
		}
	case m.height >= tallH && m.showDetail:
		parts = append(parts, m.tl.View(), m.st.Dim.Render(strings.Repeat("─", m.width)), m.det.View())
	case m.detailBehind() && !m.showDetail:
		parts = append(parts, m.det.View())
	default:
		parts = append(parts, m.tl.View())
	}
	switch {
	case m.ov == ovDate:
		parts = append(parts, m.dateFooter())
	case m.typing && m.status == "":
		parts = append(parts, fit(m.st.Dim.Render(`enter keep · esc clear · ↑/↓ move · words, "phrases", +must -not, field:value, fuzzy~`), m.width))
	default:
		parts = append(parts, m.footer(hk))
	}
	return fitLines(strings.Split(strings.Join(parts, "\n"), "\n"), m.width, m.height)
}

// header: corpus, counts, active filters as chips.
func (m *Model) header() string {
	st := m.st
	s := m.stats
	name := m.opts.Corpus
	if name == "" {
		name = "corpus"
	}
	line := st.HeaderName.Render("annals") + " " + st.Bold.Render(clean(name)) +
		st.Dim.Render(" · "+plural(s.Articles, "article", "articles")+" · "+plural(s.Events, "event", "events"))
	if s.ReadOnly {
		line += st.Warn.Render(" · read-only")
	}
	for _, c := range m.chips() {
		line += " " + c
	}
	return fit(line, m.width)
}

func (m *Model) chip(k, v string) string {
	if m.st.NoColor {
		return "[" + k + ": " + v + "]"
	}
	return m.st.ChipKey.Render(" "+k+": ") + m.st.Chip.Render(v+" ")
}

// chips lists the active filters, each as a chip.
func (m *Model) chips() []string {
	var out []string
	q := m.q
	if t := m.input.Value(); t != "" && !m.typing {
		out = append(out, m.chip("search", clean(t)))
	}
	if len(q.Actors) > 0 {
		sep := " | "
		if q.AllActors {
			sep = " & "
		}
		out = append(out, m.chip("actors", joinLabel(q.Actors, sep)))
	}
	if len(q.Types) > 0 {
		out = append(out, m.chip("type", joinLabel(q.Types, " | ")))
	}
	if r := rangeLabel(q.From, q.To); r != "" {
		out = append(out, m.chip("date", r))
	}
	if m.showBg {
		out = append(out, m.chip("background", "shown"))
	}
	if n := len(m.newIDs); n > 0 {
		out = append(out, m.chip("new", plural(n, "event", "events")+" · n"))
	}
	if m.updating {
		out = append(out, m.chip("updating", "…"))
	}
	return out
}

func (m *Model) searchBar() string {
	st := m.st
	right := ""
	switch {
	case m.searchErr != "":
		right = st.Error.Render(clean(m.searchErr))
	case m.searching:
		right = st.Dim.Render("searching…")
	default:
		right = st.Dim.Render(plural(int(min(m.total, 1<<62)), "event", "events"))
		if n := len(m.raw) - len(m.tl.hits); n > 0 && !m.showBg {
			more := ""
			if m.more {
				more = "+"
			}
			right += st.Dim.Render(" · " + itoa(n) + more + " background hidden (B)")
		}
		if m.took > 0 {
			right += st.Dim.Render(fmt.Sprintf(" · %dms", m.took.Milliseconds()))
		}
	}
	var left string
	if m.typing || m.input.Value() != "" {
		left = m.input.View()
	} else {
		left = st.SearchPrompt.Render("/") + st.SearchHint.Render(" search   a actors · t types · d dates · ? help")
	}
	rw := ansiW(right)
	if rw+12 > m.width {
		return fit(left, m.width)
	}
	return fit(left, m.width-rw-1) + " " + right
}

func (m *Model) footer(hk helpKeys) string {
	if m.status != "" {
		return fit(m.st.Accent.Render(clean(m.status)), m.width)
	}
	return fit(m.help.ShortHelpView(hk.ShortHelp()), m.width)
}

// dateFooter explains the date prompt, or says what is wrong with it.
func (m *Model) dateFooter() string {
	if m.dateErr != "" {
		return fit(m.st.Error.Render(clean(m.dateErr)), m.width)
	}
	return fit(m.st.Dim.Render("enter apply · esc cancel · empty clears · relative spans count back from the corpus's last event"), m.width)
}

func (m *Model) helpView() string {
	var hk helpKeys
	switch m.scr {
	case scrReader:
		hk = m.keys.readerHelp()
	case scrSide:
		hk = m.keys.sideHelp()
	default:
		hk = m.keys.listHelp()
	}
	st := m.st
	lines := []string{st.Title.Render("annals — keys"), ""}
	lines = append(lines, m.packHelp(hk.FullHelp())...)
	lines = append(lines, "",
		st.Bold.Render("Timeline rows")+st.Dim.Render(": date as precise as known (2024-08-05, Aug 2024, 2024-W43, 2024; ~ = inferred), type, headline, actors, ×N articles reporting it; ≠ the sources disagree (the detail shows how), ◷ background (a look back, hidden until B), + new since the corpus changed (n goes to it). The detail shows every source's sentence; enter reads it in its article."),
		st.Bold.Render("Key days")+st.Dim.Render(": D lists the days that mattered most for the current search and filters, each with its leading headlines; enter shows the day in the timeline."),
		st.Bold.Render("Search")+st.Dim.Render(`: words, "phrases", +must -not, field:value, fuzzy~. Enter keeps the query, esc clears it.`),
		st.Bold.Render("Filters")+st.Dim.Render(": a actors (space toggles, tab any/all), t types, d dates (2024, 2024-08, 2024-08..2024-10, last 90 days; events dated inside come first, coarser dates that only overlap are listed after), A/x clear."),
		st.Bold.Render("Reader")+st.Dim.Render(": enter on an event; [ ] other events of the article, n N matches, o URL, y copy citation, S read another beside."),
		st.Bold.Render("Side by side")+st.Dim.Render(": s on an event (or in the reader); tab moves between sources, each pane scrolls on its own, S adds an article, enter reads one."),
		st.Bold.Render("Types")+st.Dim.Render(": "+typeLegend()),
		"", st.Dim.Render("? or esc closes this help"))
	lines = wrapLines(lines, m.width)
	if len(lines) > m.height {
		lines[0] += st.Dim.Render("   (j/k scroll)")
		m.helpOff = max(0, min(m.helpOff, len(lines)-m.height))
		lines = lines[m.helpOff:]
	} else {
		m.helpOff = 0
	}
	return fitLines(lines, m.width, m.height)
}

// packHelp lays the help's groups out in as many rows as the width
// needs, where bubbles/help would cut the groups that do not fit.
func (m *Model) packHelp(groups [][]key.Binding) []string {
	var out, row []string
	rowW := 0
	flush := func() {
		if len(row) > 0 {
			out = append(out, strings.Split(lipgloss.JoinHorizontal(lipgloss.Top, row...), "\n")...)
			out = append(out, "")
		}
		row, rowW = nil, 0
	}
	h := m.help
	h.SetWidth(0) // no cutting: packing handles the width
	for _, g := range groups {
		col := h.FullHelpView([][]key.Binding{g})
		w := lipgloss.Width(col) + 4
		if rowW > 0 && rowW+w > m.width {
			flush()
		}
		row = append(row, lipgloss.NewStyle().PaddingRight(4).Render(col))
		rowW += w
	}
	flush()
	return out
}

func typeLegend() string {
	var b []string
	for _, t := range typeOrder() {
		b = append(b, glyph(t)+" "+t)
	}
	return strings.Join(b, "  ")
}

// wrapLines soft-wraps styled lines to width.
func wrapLines(lines []string, w int) []string {
	var out []string
	for _, l := range lines {
		if ansiW(l) <= w {
			out = append(out, l)
			continue
		}
		out = append(out, strings.Split(lipgloss.Wrap(l, max(w, 1), " "), "\n")...)
	}
	return out
}

func (m *Model) loadingView() string {
	st := m.st
	lines := []string{st.HeaderName.Render("annals") + " " + st.Bold.Render(clean(m.opts.Corpus)), ""}
	if m.fatal != nil {
		lines = append(lines, st.Error.Render("Cannot open the corpus:"), clean(m.fatal.Error()), "", st.Dim.Render("q quits"))
		return fitLines(wrapLines(lines, m.width), m.width, m.height)
	}
	p := m.progress
	if p.Stage == "" {
		lines = append(lines, "Opening the index…")
	} else {
		lines = append(lines, "Building the index: "+stageLabel(p.Stage)+"…")
	}
	if p.Total > 0 {
		bw := max(min(m.width-20, 60), 5)
		done := min(p.Done*bw/p.Total, bw)
		lines = append(lines, st.Accent.Render(strings.Repeat("█", done))+st.Dim.Render(strings.Repeat("░", bw-done))+
			fmt.Sprintf(" %d/%d", p.Done, p.Total))
	}
	lines = append(lines, "", st.Dim.Render("The first start on a corpus extracts its events; later starts open at once."))
	for _, n := range m.notices {
		lines = append(lines, st.Warn.Render(clean(n)))
	}
	lines = append(lines, st.Dim.Render("ctrl+c quits"))
	return fitLines(wrapLines(lines, m.width), m.width, m.height)
}

func (m *Model) onWheel(msg tea.MouseWheelMsg) tea.Cmd {
	d := 0
	switch msg.Button {
	case tea.MouseWheelUp:
		d = -3
	case tea.MouseWheelDown:
		d = 3
	default:
		return nil
	}
	switch {
	case m.ov != ovNone:
		return nil
	case m.scr == scrReader && m.rd != nil:
		m.rd.pane.scroll(d)
	case m.scr == scrSide && m.side != nil:
		if i := m.side.paneAt(msg.X); i >= 0 {
			m.side.panes[i].scroll(d)
		}
	case m.scr == scrList:
		if m.width >= wideW && m.showDetail && msg.X > m.tl.width {
			m.det.scroll(d)
			return nil
		}
		m.tl.move(d)
		return m.afterMove()
	}
	return nil
}

func (m *Model) onClick(msg tea.MouseClickMsg) tea.Cmd {
	if msg.Button != tea.MouseLeft || m.ov != ovNone {
		return nil
	}
	switch m.scr {
	case scrSide:
		if m.side != nil {
			if i := m.side.paneAt(msg.X); i >= 0 {
				m.side.focus = i
			}
		}
	case scrList:
		if m.stripY >= 0 && msg.Y == m.stripY {
			if k := m.dens.monthAt(msg.X); k != "" {
				return m.jumpTo(k)
			}
			return nil
		}
		y := msg.Y - m.listY
		if y >= 0 && y < m.tl.height && msg.X < m.tl.width {
			if i := m.tl.rowAt(y); i >= 0 {
				if i == m.tl.cursor {
					return m.openReader()
				}
				m.tl.cursor = i
				m.tl.follow()
				return m.afterMove()
			}
		}
	}
	return nil
}

// stageLabel says what a build stage does, in the user's terms.
func stageLabel(s string) string {
	switch s {
	case "scan":
		return "finding articles"
	case "load":
		return "reading and cleaning articles"
	case "extract":
		return "extracting dates, actors and events"
	case "merge":
		return "merging events across articles"
	case "index":
		return "indexing events"
	}
	return clean(s)
}
