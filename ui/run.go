package ui

import (
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/annals/annals/index"
)

// Run starts the TUI and blocks until the user quits. When opts.Backend is
// nil, opts.Open runs in the background and its progress is shown, so a
// first build never looks like a frozen screen.
//
// The terminal is restored on any panic: Bubble Tea recovers those in
// Update, View and commands; Run recovers the ones in its own goroutines
// (the index open, the folder watcher) and turns them into an error the
// caller prints after the terminal is back.
func Run(opts Options) (err error) {
	if os.Getenv("NO_COLOR") != "" {
		opts.NoColor = true
	}
	if opts.Debounce == 0 {
		opts.Debounce = 60 * time.Millisecond
	}
	m := New(opts)
	p := tea.NewProgram(m)
	var (
		pmu      sync.Mutex
		panicked error
	)
	// fail records a background panic and stops the program, which
	// restores the terminal as it exits.
	fail := func(r any) {
		pmu.Lock()
		if panicked == nil {
			panicked = fmt.Errorf("internal error: %v\n%s", r, debug.Stack())
		}
		pmu.Unlock()
		p.Kill()
	}
	m.goSafe = func(f func()) {
		go func() {
			defer func() {
				if r := recover(); r != nil {
					fail(r)
				}
			}()
			f()
		}()
	}
	if opts.Backend == nil && opts.Open != nil {
		m.goSafe(func() {
			be, err := openSafe(opts.Open, throttle(p), func(s string) { p.Send(noticeMsg(s)) })
			p.Send(readyMsg{be: be, err: err})
		})
	}
	if opts.Watch != nil {
		m.send = p.Send
	}
	_, err = p.Run()
	if m.cancel != nil {
		m.cancel()
	}
	m.stopWatch()
	pmu.Lock()
	defer pmu.Unlock()
	switch {
	case panicked != nil:
		return panicked
	case errors.Is(err, tea.ErrProgramPanic):
		return errors.New("internal error (the trace is above); the terminal was restored")
	case errors.Is(err, tea.ErrProgramKilled):
		return nil
	}
	return err
}

// openSafe runs open and turns a panic in it (a damaged index that its
// library cannot read) into an error the loading screen shows, so the
// user reads what failed instead of a trace over a raw-mode terminal.
func openSafe(open func(func(index.Progress), func(string)) (Backend, error), progress func(index.Progress), notice func(string)) (be Backend, err error) {
	defer func() {
		if r := recover(); r != nil {
			be, err = nil, fmt.Errorf("opening the index failed: %v", r)
		}
	}()
	return open(progress, notice)
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
