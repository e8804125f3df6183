package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// newTest makes a model on be at w×h and runs its first search.
func newTest(tb testing.TB, be Backend, w, h int) *Model {
	tb.Helper()
	m := New(Options{Corpus: "fixture", Backend: be, NoColor: true})
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	drain(m, m.Init())
	return m
}

// drain runs commands synchronously, feeding back the messages the model
// makes for itself; terminal requests (clipboard, background colour…)
// are dropped.
func drain(m *Model, cmd tea.Cmd) {
	queue := []tea.Cmd{cmd}
	for n := 0; len(queue) > 0 && n < 10000; n++ {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		switch msg := c().(type) {
		case tea.BatchMsg:
			queue = append(queue, msg...)
		case searchMsg, debounceMsg, facetMsg, readerMsg, sideMsg, statusMsg, readyMsg, progressMsg, articlesMsg,
			pickedMsg, closeMsg, openSideMsg, pickArticleMsg, readSourceMsg, daysMsg, jumpDayMsg, closeDaysMsg,
			changedMsg, reloadedMsg, newEventsMsg, facetsMsg:
			_, next := m.Update(msg)
			queue = append(queue, next)
		}
	}
}

// keyMsg builds a key press from its String() form.
func keyMsg(k string) tea.KeyPressMsg {
	special := map[string]rune{
		"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "up": tea.KeyUp,
		"down": tea.KeyDown, "pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown, "backspace": tea.KeyBackspace,
		"home": tea.KeyHome, "end": tea.KeyEnd, "left": tea.KeyLeft, "right": tea.KeyRight,
	}
	if r, ok := special[k]; ok {
		return tea.KeyPressMsg{Code: r}
	}
	if k == "space" {
		return tea.KeyPressMsg{Code: ' ', Text: " "}
	}
	if k == "shift+tab" {
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	}
	if strings.HasPrefix(k, "ctrl+") {
		return tea.KeyPressMsg{Code: rune(k[5]), Mod: tea.ModCtrl}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// press sends keys one by one ("j", "enter", "ctrl+d"…).
func press(m *Model, keys ...string) {
	for _, k := range keys {
		_, cmd := m.Update(keyMsg(k))
		drain(m, cmd)
	}
}

// typeText types s a rune at a time.
func typeText(m *Model, s string) {
	for _, r := range s {
		if r == ' ' {
			press(m, "space")
			continue
		}
		press(m, string(r))
	}
}

// frame is the screen as plain text.
func frame(m *Model) string { return ansi.Strip(m.View().Content) }

// checkFrame asserts the frame is exactly the terminal's size.
func checkFrame(tb testing.TB, m *Model) string {
	tb.Helper()
	c := m.View().Content
	if c == "" {
		return ""
	}
	lines := strings.Split(c, "\n")
	if len(lines) > m.height {
		tb.Errorf("%dx%d: %d lines, more than the terminal", m.width, m.height, len(lines))
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > m.width {
			tb.Errorf("%dx%d: line %d is %d wide: %q", m.width, m.height, i, w, ansi.Strip(l))
			break
		}
	}
	return ansi.Strip(c)
}
