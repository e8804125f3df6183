package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/annals/annals/index"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// TestProgram runs the model under a real tea.Program (teatest): input
// goes through the key parser, commands through the runtime.
func TestProgram(t *testing.T) {
	m := New(Options{Corpus: "fixture", Backend: fixture(), NoColor: true, Debounce: 10 * time.Millisecond})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(120, 40),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("12 events")) },
		teatest.WithDuration(5*time.Second))
	tm.Type("/Eilat")
	// The renderer redraws only what changed, so wait for the query and
	// a highlighted match rather than whole lines.
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("Eilat")) },
		teatest.WithDuration(5*time.Second))
	time.Sleep(100 * time.Millisecond) // let the debounced search land
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	tm.Type("q")
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Model)
	if fm.input.Value() != "Eilat" || fm.total != 2 {
		t.Fatalf("final: query %q, %d events", fm.input.Value(), fm.total)
	}
}

// TestRealIndexFlow runs the flow against the real index of the
// sample corpus: search "drone", filter to Kataib Hezbollah, drill down,
// side by side; every frame within the terminal.
func TestRealIndexFlow(t *testing.T) {
	if _, err := os.Stat("../../shared/corpus/seed"); err != nil {
		t.Skip("../shared absent")
	}
	if testing.Short() {
		t.Skip("builds an index")
	}
	ix, err := index.Open(nil, index.Options{Dir: filepath.Join(t.TempDir(), "idx")})
	if err != nil {
		t.Skipf("index not available: %v", err)
	}
	defer ix.Close()
	m := New(Options{Corpus: "sample corpus", Backend: ix, NoColor: true})
	m.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
	drain(m, m.Init())
	all := m.total
	press(m, "/")
	typeText(m, "drone")
	press(m, "enter")
	if m.total == 0 || m.total >= all {
		t.Fatalf("drone: %d of %d events", m.total, all)
	}
	press(m, "a")
	typeText(m, "kataib")
	if it := m.pick.current(); it == nil || it.key != "Kataib Hezbollah" {
		t.Fatalf("actor picker: %+v", it)
	}
	press(m, "space", "enter")
	if m.total == 0 {
		t.Fatal("drone + Kataib Hezbollah: no events")
	}
	for _, h := range m.tl.hits {
		found := false
		for _, a := range h.Event.Actors {
			found = found || a == "Kataib Hezbollah"
		}
		if !found {
			t.Errorf("event %s does not involve Kataib Hezbollah: %v", h.Event.ID, h.Event.Actors)
		}
	}
	checkFrame(t, m)
	press(m, "enter")
	if m.scr != scrReader {
		t.Fatalf("no reader: %s", m.status)
	}
	p := m.rd.pane
	if !p.focus.valid(len(p.art.Text)) {
		t.Fatal("the reader has no sentence in focus")
	}
	if s := p.art.Text[p.focus.start:p.focus.end]; !strings.Contains(strings.ToLower(s), "drone") &&
		!strings.Contains(s, "Kata") {
		t.Errorf("focused sentence mentions neither drone nor the actor: %q", s)
	}
	checkFrame(t, m)
	press(m, "s")
	if m.scr != scrSide || len(m.side.panes) == 0 {
		t.Fatal("no side by side")
	}
	checkFrame(t, m)
}
