package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/annals/annals/index"
	"github.com/annals/annals/model"
)

// sideMsg delivers the articles for side-by-side panes.
type sideMsg struct {
	seq   int
	event model.Event
	arts  []*model.Article
	foci  []model.Source // the sentence to focus in each, if any
	errs  []string
	title string
}

type sideReq struct {
	article string
	src     *model.Source
}

// loadSide fetches articles for the panes off the UI goroutine.
func loadSide(be Backend, seq int, e model.Event, title string, reqs []sideReq) tea.Cmd {
	if be == nil {
		return emit(statusMsg("the index is being updated; try again in a moment"))
	}
	return func() tea.Msg {
		msg := sideMsg{seq: seq, event: e, title: title}
		for _, r := range reqs {
			a, err := be.Article(r.article)
			if err == nil && a == nil {
				err = fmt.Errorf("not found")
			}
			if err != nil {
				msg.errs = append(msg.errs, r.article+": "+err.Error())
				continue
			}
			msg.arts = append(msg.arts, a)
			var s model.Source
			if r.src != nil {
				s = *r.src
			}
			msg.foci = append(msg.foci, s)
		}
		return msg
	}
}

// sideView reads several sources next to each other: as many panes as
// the width allows (at least two), tab moves focus and the window of
// panes follows it; each pane scrolls on its own.
type sideView struct {
	common
	event model.Event // the event whose sources are shown
	title string
	panes []*docPane
	foci  []span
	focus int
	first int
	note  string
}

const minPaneW = 48

func newSideView(c common, msg sideMsg, terms []string) *sideView {
	s := &sideView{common: c, event: msg.event, title: msg.title}
	for i, a := range msg.arts {
		p := newDocPane(c, a)
		p.matches = findTerms(a.Text, terms)
		// Within the event's sentence, the values the sources disagree
		// on are marked, so the panes show what differs at a glance.
		if f := sourceSpan(a, msg.foci[i]); f.end > 0 {
			for _, x := range differSpans(a.Text[f.start:f.end], msg.event.Disagreements) {
				p.differ = append(p.differ, span{x.start + f.start, x.end + f.start})
			}
		}
		s.panes = append(s.panes, p)
		s.foci = append(s.foci, sourceSpan(a, msg.foci[i]))
	}
	if len(msg.errs) > 0 {
		s.note = "not loaded: " + strings.Join(msg.errs, "; ")
	}
	return s
}

// visible is how many panes are shown at once.
func (s *sideView) visible() int {
	n := max(s.width/minPaneW, 2)
	return max(min(n, len(s.panes)), 1)
}

// paneW is the width of one pane; a lone source takes half the screen
// and leaves the other half to say how to bring a second one in.
func (s *sideView) paneW() int { return max(s.width/max(s.visible(), 2), 3) }

func (s *sideView) SetSize(w, h int) {
	s.setSize(w, h)
	for i, p := range s.panes {
		first := p.lines == nil
		p.SetSize(max(s.paneW()-2, 1), max(h-2-1, 1))
		if first {
			p.setFocus(s.foci[i])
		}
	}
	s.follow()
}

func (s *sideView) follow() {
	v := s.visible()
	if s.focus < s.first {
		s.first = s.focus
	}
	if s.focus >= s.first+v {
		s.first = s.focus - v + 1
	}
	s.first = max(0, min(s.first, len(s.panes)-v))
}

func (s *sideView) cycle(dir int) {
	if len(s.panes) == 0 {
		return
	}
	s.focus = (s.focus + dir + len(s.panes)) % len(s.panes)
	s.follow()
}

func (s *sideView) focused() *docPane {
	if s.focus < len(s.panes) {
		return s.panes[s.focus]
	}
	return nil
}

// paneAt maps a column to a pane index, -1 if none.
func (s *sideView) paneAt(x int) int {
	i := s.first + x/s.paneW()
	if x < 0 || i >= len(s.panes) || i >= s.first+s.visible() {
		return -1
	}
	return i
}

func (s *sideView) View() string {
	if s.width <= 0 || s.height <= 0 {
		return ""
	}
	st := s.st
	top := st.Title.Render(clean(s.title))
	if len(s.panes) > s.visible() {
		top += st.Dim.Render(fmt.Sprintf("  panes %d–%d of %d (tab)", s.first+1, s.first+s.visible(), len(s.panes)))
	}

	if len(s.event.Disagreements) > 0 {
		top += st.Warn.Render("  ≠ " + strings.Join(disagreeLines(s.event.Disagreements), "; "))
	}
	if s.note != "" {
		top += st.Warn.Render("  " + s.note)
	}
	if len(s.panes) == 0 {
		return fitLines([]string{top, st.Dim.Render("No source could be loaded.")}, s.width, s.height)
	}
	pw := s.paneW()
	var cols []string
	for i := s.first; i < s.first+s.visible() && i < len(s.panes); i++ {
		style := st.Pane
		if i == s.focus {
			style = st.PaneFocused
		}
		cols = append(cols, style.Render(s.panes[i].View()))
	}
	if len(s.panes) == 1 {
		hint := fitLines(wrapLines([]string{
			st.Bold.Render("Only one article reports this event."), "",
			"Press S to pick another article and read it beside this one.",
		}, max(pw-4, 1)), max(pw-4, 1), max(s.height-3, 1))
		cols = append(cols, st.Pane.Padding(0, 1).Render(hint))
	}
	body := lipgloss.JoinHorizontal(lipgloss.Top, cols...)
	lines := append([]string{top}, strings.Split(body, "\n")...)
	return fitLines(lines, s.width, s.height)
}

// Update handles the side-by-side view's keys: tab moves between panes,
// the movement keys scroll the focused one.
func (s *sideView) Update(msg tea.KeyPressMsg) tea.Cmd {
	k := s.keys
	switch {
	case key.Matches(msg, k.Back):
		return emit(closeMsg{from: scrSide})
	case key.Matches(msg, k.FocusNext):
		s.cycle(1)
		return nil
	case key.Matches(msg, k.FocusPrev):
		s.cycle(-1)
		return nil
	}
	p := s.focused()
	if p == nil || scrollKeys(k, p, msg) {
		return nil
	}
	switch {
	case key.Matches(msg, k.NextMatch):
		p.nextMatch(1)
	case key.Matches(msg, k.PrevMatch):
		p.nextMatch(-1)
	case key.Matches(msg, k.Copy):
		c := citation(p.art, p.focus)
		return tea.Batch(emit(statusMsg("copied: "+c)), tea.SetClipboard(c))
	case key.Matches(msg, k.OpenURL):
		if p.art.URL == "" {
			return emit(statusMsg("this article has no URL"))
		}
		return openURL(p.art.URL)
	case key.Matches(msg, k.PickArticle):
		return emit(pickArticleMsg{})
	case key.Matches(msg, k.Open):
		// Read the focused pane's article on its own, with its events.
		src := model.Source{Article: p.art.ID, CleanStart: p.focus.start, CleanEnd: p.focus.end}
		return emit(readSourceMsg{hit: index.Hit{Event: s.event}, src: src})
	}
	return nil
}
