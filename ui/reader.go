package ui

import (
	"fmt"
	"net/url"
	"os/exec"
	"runtime"
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/annals/annals/index"
	"github.com/annals/annals/model"
)

// readerMsg delivers an article loaded for the reader.
type readerMsg struct {
	seq    int
	hit    index.Hit
	src    model.Source // the source to show: its article and sentence
	art    *model.Article
	events []model.Event
	err    error
}

// loadReader fetches an article and its events off the UI goroutine.
func loadReader(be Backend, seq int, h index.Hit, src model.Source) tea.Cmd {
	if be == nil {
		return emit(statusMsg("the index is being updated; try again in a moment"))
	}
	return func() tea.Msg {
		id := src.Article
		if id == "" {
			return readerMsg{seq: seq, err: fmt.Errorf("the event has no source")}
		}
		art, err := be.Article(id)
		if err == nil && art == nil {
			err = fmt.Errorf("article %s not found", id)
		}
		var evs []model.Event
		if err == nil {
			evs, _ = be.ArticleEvents(id) // the margin is a bonus; reading still works
		}
		return readerMsg{seq: seq, hit: h, src: src, art: art, events: evs, err: err}
	}
}

// reader shows one source article with the event's sentence in focus.
type reader struct {
	common
	hit    index.Hit
	src    model.Source
	pane   *docPane
	events []model.Event
	spans  []span // the sentence of each event in this article
	cur    int    // index into events, -1 if the event is not among them
}

func newReader(c common, msg readerMsg, terms []string) *reader {
	r := &reader{common: c, hit: msg.hit, src: msg.src, cur: -1}
	r.pane = newDocPane(c, msg.art)
	type ev struct {
		e model.Event
		s span
	}
	var evs []ev
	for _, e := range msg.events {
		for _, s := range e.Sources {
			if s.Article == msg.art.ID {
				if sp := sourceSpan(msg.art, s); sp.end > 0 {
					evs = append(evs, ev{e, sp})
				}
				break
			}
		}
	}
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].s.start < evs[j].s.start })
	for i, x := range evs {
		r.events = append(r.events, x.e)
		r.spans = append(r.spans, x.s)
		if x.e.ID == msg.hit.Event.ID {
			r.cur = i
		}
	}
	r.pane.events = r.spans
	for _, e := range r.events {
		r.pane.evTypes = append(r.pane.evTypes, e.Type)
	}
	r.pane.matches = findTerms(msg.art.Text, terms)
	return r
}

func (r *reader) SetSize(w, h int) {
	r.setSize(w, h)
	first := r.pane.lines == nil
	r.pane.SetSize(w, max(h-1, 1))
	if first {
		r.pane.setFocus(sourceSpan(r.pane.art, r.src))
	}
}

// step moves to the previous/next event of the article.
func (r *reader) step(dir int) {
	if len(r.events) == 0 {
		return
	}
	if r.cur < 0 {
		// Start from the event nearest the focused sentence.
		r.cur = sort.Search(len(r.spans), func(i int) bool { return r.spans[i].start >= r.pane.focus.start })
		if dir < 0 {
			r.cur--
		}
	} else {
		r.cur += dir
	}
	r.cur = max(0, min(r.cur, len(r.events)-1))
	r.pane.setFocus(r.spans[r.cur])
}

// event is the event now in focus.
func (r *reader) event() *model.Event {
	if r.cur >= 0 && r.cur < len(r.events) {
		return &r.events[r.cur]
	}
	return &r.hit.Event
}

func (r *reader) status() string {
	e := r.event()
	s := glyph(e.Type) + " " + fmtDate(e.Date) + " " + clean(headline(e))
	if len(r.events) > 0 && r.cur >= 0 {
		s = "event " + itoa(r.cur+1) + "/" + itoa(len(r.events)) + " · " + s
	}
	if n := len(r.pane.matches); n > 0 {
		if r.pane.match >= 0 {
			s = "match " + itoa(r.pane.match+1) + "/" + itoa(n) + " · " + s
		} else {
			s = plural(n, "match", "matches") + " (n) · " + s
		}
	}
	return s
}

func (r *reader) View() string {
	if r.width <= 0 || r.height <= 0 {
		return ""
	}
	return r.pane.View() + "\n" + fit(r.st.Accent.Render(trunc(r.status(), r.width)), r.width)
}

// citation is what `y` copies: enough to find the sentence again.
func citation(a *model.Article, s span) string {
	var parts []string
	if a.Outlet != "" {
		parts = append(parts, a.Outlet)
	}
	if a.Title != "" {
		parts = append(parts, `"`+a.Title+`"`)
	}
	if a.Published != "" {
		parts = append(parts, a.Published)
	}
	if a.URL != "" {
		parts = append(parts, a.URL)
	} else {
		parts = append(parts, a.Path)
	}
	c := strings.Join(parts, ", ") + "."
	if s.valid(len(a.Text)) {
		c += ` "` + strings.TrimSpace(a.Text[s.start:s.end]) + `"`
	}
	return clean(c)
}

// openURL opens http(s) links with the desktop's opener; other schemes
// are refused so an article cannot make annals run something.
func openURL(raw string) tea.Cmd {
	return func() tea.Msg {
		u, err := url.Parse(raw)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
			return statusMsg("not an http(s) URL: " + clean(raw))
		}
		name := "xdg-open"
		switch runtime.GOOS {
		case "darwin":
			name = "open"
		case "windows":
			name = "explorer"
		}
		if err := exec.Command(name, u.String()).Start(); err != nil {
			return statusMsg("cannot open " + clean(raw) + ": " + err.Error())
		}
		return statusMsg("opened " + clean(raw))
	}
}

// statusMsg is a one-line message for the footer.
type statusMsg string

// Messages a screen sends the root: go back from a screen, open the
// side-by-side view of the event in focus, pick an article to read
// beside, read one source on its own.
type (
	closeMsg       struct{ from screen }
	openSideMsg    struct{}
	pickArticleMsg struct{}
	readSourceMsg  struct {
		hit index.Hit
		src model.Source
	}
)

// scrollKeys moves a document pane by the shared movement keys; it
// reports whether the key was one of them.
func scrollKeys(k *KeyMap, p *docPane, msg tea.KeyPressMsg) bool {
	switch {
	case key.Matches(msg, k.Up):
		p.scroll(-1)
	case key.Matches(msg, k.Down):
		p.scroll(1)
	case key.Matches(msg, k.HalfDown):
		p.scroll(p.textHeight() / 2)
	case key.Matches(msg, k.HalfUp):
		p.scroll(-p.textHeight() / 2)
	case key.Matches(msg, k.PageDown):
		p.scroll(p.textHeight())
	case key.Matches(msg, k.PageUp):
		p.scroll(-p.textHeight())
	case key.Matches(msg, k.Top):
		p.top()
	case key.Matches(msg, k.Bottom):
		p.bottom()
	default:
		return false
	}
	return true
}

// Update handles the reader's keys; what concerns other screens goes to
// the root as a message.
func (r *reader) Update(msg tea.KeyPressMsg) tea.Cmd {
	k := r.keys
	p := r.pane
	if scrollKeys(k, p, msg) {
		return nil
	}
	switch {
	case key.Matches(msg, k.Back):
		return emit(closeMsg{from: scrReader})
	case key.Matches(msg, k.PrevEvent):
		r.step(-1)
	case key.Matches(msg, k.NextEvent):
		r.step(1)
	case key.Matches(msg, k.NextMatch, k.PrevMatch):
		dir := 1
		if key.Matches(msg, k.PrevMatch) {
			dir = -1
		}
		if !p.nextMatch(dir) {
			return emit(statusMsg("no search matches in this article"))
		}
	case key.Matches(msg, k.OpenURL):
		if p.art.URL == "" {
			return emit(statusMsg("this article has no URL (" + clean(p.art.Path) + ")"))
		}
		return openURL(p.art.URL)
	case key.Matches(msg, k.Copy):
		c := citation(p.art, p.focus)
		return tea.Batch(emit(statusMsg("copied: "+c)), tea.SetClipboard(c))
	case key.Matches(msg, k.Side):
		return emit(openSideMsg{})
	case key.Matches(msg, k.PickArticle):
		return emit(pickArticleMsg{})
	}
	return nil
}
