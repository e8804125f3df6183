package ui

import "charm.land/bubbles/v2/key"

// KeyMap is the one set of bindings: Update matches against it and the
// help (short footer and full `?` screen) is generated from it, so what is
// documented is what works.
type KeyMap struct {
	Up, Down, Top, Bottom, HalfDown, HalfUp, PageDown, PageUp key.Binding
	PrevMonth, NextMonth                                      key.Binding
	Search, Actors, ClearActors, Types, Dates, ClearAll       key.Binding
	Open, Side, Detail, DetailDown, DetailUp                  key.Binding
	Back, Quit, ForceQuit, Help                               key.Binding
	PrevEvent, NextEvent, NextMatch, PrevMatch                key.Binding
	OpenURL, Copy, PickArticle, FocusNext, FocusPrev          key.Binding
	Toggle, AnyAll, Apply, Cancel                             key.Binding
	KeyDays, Background, NextNew                              key.Binding
}

// DefaultKeyMap returns annals' key bindings.
func DefaultKeyMap() *KeyMap {
	b := func(keys []string, k, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, desc))
	}
	return &KeyMap{
		Up:          b([]string{"k", "up"}, "k/↑", "up"),
		Down:        b([]string{"j", "down"}, "j/↓", "down"),
		Top:         b([]string{"g", "home"}, "g", "first"),
		Bottom:      b([]string{"G", "end"}, "G", "last"),
		HalfDown:    b([]string{"ctrl+d"}, "ctrl+d", "half page down"),
		HalfUp:      b([]string{"ctrl+u"}, "ctrl+u", "half page up"),
		PageDown:    b([]string{"pgdown", "f", "ctrl+f"}, "pgdn", "page down"),
		PageUp:      b([]string{"pgup", "b", "ctrl+b"}, "pgup", "page up"),
		PrevMonth:   b([]string{"{", "H"}, "{", "previous month"),
		NextMonth:   b([]string{"}", "L"}, "}", "next month"),
		Search:      b([]string{"/"}, "/", "search"),
		Actors:      b([]string{"a"}, "a", "actors"),
		ClearActors: b([]string{"A"}, "A", "clear actors"),
		Types:       b([]string{"t"}, "t", "types"),
		Dates:       b([]string{"d"}, "d", "dates"),
		ClearAll:    b([]string{"x"}, "x", "clear all filters"),
		Open:        b([]string{"enter"}, "enter", "read source"),
		Side:        b([]string{"s"}, "s", "side by side"),
		Detail:      b([]string{"i"}, "i", "detail"),
		DetailDown:  b([]string{"J", "shift+down"}, "J", "scroll detail down"),
		DetailUp:    b([]string{"K", "shift+up"}, "K", "scroll detail up"),
		Back:        b([]string{"esc", "q"}, "esc/q", "back"),
		Quit:        b([]string{"q"}, "q", "quit"),
		ForceQuit:   b([]string{"ctrl+c"}, "ctrl+c", "quit now"),
		Help:        b([]string{"?"}, "?", "help"),
		PrevEvent:   b([]string{"["}, "[", "previous event in article"),
		NextEvent:   b([]string{"]"}, "]", "next event in article"),
		NextMatch:   b([]string{"n"}, "n", "next match"),
		PrevMatch:   b([]string{"N"}, "N", "previous match"),
		OpenURL:     b([]string{"o"}, "o", "open URL"),
		Copy:        b([]string{"y"}, "y", "copy citation"),
		PickArticle: b([]string{"S"}, "S", "read another article beside"),
		FocusNext:   b([]string{"tab"}, "tab", "next pane"),
		FocusPrev:   b([]string{"shift+tab"}, "shift+tab", "previous pane"),
		Toggle:      b([]string{"space"}, "space", "toggle"),
		AnyAll:      b([]string{"tab"}, "tab", "any/all"),
		Apply:       b([]string{"enter"}, "enter", "apply"),
		Cancel:      b([]string{"esc"}, "esc", "cancel"),
		KeyDays:     b([]string{"D"}, "D", "key days"),
		Background:  b([]string{"B"}, "B", "background on/off"),
		NextNew:     b([]string{"n"}, "n", "next new event"),
	}
}

// helpKeys adapts a screen's bindings to bubbles/help.
type helpKeys struct{ short, full [][]key.Binding }

func (h helpKeys) ShortHelp() []key.Binding {
	var out []key.Binding
	for _, g := range h.short {
		out = append(out, g...)
	}
	return out
}
func (h helpKeys) FullHelp() [][]key.Binding { return h.full }

func (k *KeyMap) moveKeys() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Top, k.Bottom, k.HalfDown, k.HalfUp, k.PageDown, k.PageUp}
}

// listHelp, readerHelp, sideHelp and pickerHelp are the help of each screen.
func (k *KeyMap) listHelp() helpKeys {
	return helpKeys{
		// Help first: on a narrow footer the tail is cut, and ? leads to all.
		short: [][]key.Binding{{k.Help, k.Search, k.Actors, k.Types, k.Dates, k.KeyDays, k.Open, k.Side, k.Background, k.Detail, k.Quit}},
		full: [][]key.Binding{
			k.moveKeys(),
			{k.PrevMonth, k.NextMonth, k.KeyDays, k.NextNew, k.Detail, k.DetailDown, k.DetailUp, k.Open, k.Side},
			{k.Search, k.Actors, k.ClearActors, k.Types, k.Dates, k.Background, k.ClearAll},
			{k.Help, k.Quit, k.ForceQuit},
		},
	}
}

func (k *KeyMap) readerHelp() helpKeys {
	return helpKeys{
		// Help and the way back first: a narrow footer cuts the tail.
		short: [][]key.Binding{{k.Help, k.Back, k.PrevEvent, k.NextEvent, k.NextMatch, k.PrevMatch, k.OpenURL, k.Copy, k.PickArticle}},
		full: [][]key.Binding{
			k.moveKeys(),
			{k.PrevEvent, k.NextEvent, k.NextMatch, k.PrevMatch},
			{k.OpenURL, k.Copy, k.PickArticle, k.Side},
			{k.Back, k.Help, k.ForceQuit},
		},
	}
}

func (k *KeyMap) sideHelp() helpKeys {
	return helpKeys{
		short: [][]key.Binding{{k.Help, k.Back, k.FocusNext, k.NextMatch, k.Open, k.Copy, k.PickArticle}},
		full: [][]key.Binding{
			k.moveKeys(),
			{k.FocusNext, k.FocusPrev, k.NextMatch, k.PrevMatch},
			{k.Open, k.OpenURL, k.Copy, k.PickArticle},
			{k.Back, k.Help, k.ForceQuit},
		},
	}
}

func (k *KeyMap) daysHelp() helpKeys {
	show := key.NewBinding(key.WithKeys(k.Open.Keys()...), key.WithHelp(k.Open.Help().Key, "show the day"))
	g := []key.Binding{k.Up, k.Down, show, k.Back}
	return helpKeys{short: [][]key.Binding{g}, full: [][]key.Binding{g}}
}

func (k *KeyMap) pickerHelp(anyAll bool) helpKeys {
	g := []key.Binding{k.Toggle, k.Apply, k.Cancel}
	if anyAll {
		g = append(g, k.AnyAll)
	}
	return helpKeys{short: [][]key.Binding{g}, full: [][]key.Binding{g}}
}
