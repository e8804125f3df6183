package ui

import (
	"os"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/annals/annals/index"
)

// Run starts the TUI and blocks until the user quits. When opts.Backend is
// nil, opts.Open runs in the background and its progress is shown, so a
// first build never looks like a frozen screen.
func Run(opts Options) error {
	if os.Getenv("NO_COLOR") != "" {
		opts.NoColor = true
	}
	if opts.Debounce == 0 {
		opts.Debounce = 60 * time.Millisecond
	}
	m := New(opts)
	p := tea.NewProgram(m)
	if opts.Backend == nil && opts.Open != nil {
		go func() {
			be, err := opts.Open(throttle(p), func(s string) { p.Send(noticeMsg(s)) })
			p.Send(readyMsg{be: be, err: err})
		}()
	}
	_, err := p.Run()
	if m.cancel != nil {
		m.cancel()
	}
	return err
}

// throttle forwards build progress at most every 50 ms (and always the
// end of a stage), so a build calling back per article cannot flood the
// UI with messages.
func throttle(p *tea.Program) func(index.Progress) {
	var mu sync.Mutex
	var last time.Time
	return func(pr index.Progress) {
		mu.Lock()
		now := time.Now()
		send := now.Sub(last) >= 50*time.Millisecond || pr.Done == pr.Total
		if send {
			last = now
		}
		mu.Unlock()
		if send {
			p.Send(progressMsg(pr))
		}
	}
}
