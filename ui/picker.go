package ui

import (
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

// pickItem is one choice of a picker.
type pickItem struct {
	key      string // what is applied (actor name, type, article id)
	label    string
	count    int
	selected bool
}

// picker is a filterable list: typing filters fuzzily, space toggles (or
// enter picks, with single), tab switches any/all when allowed. Every
// printable key goes to the filter, so no single-letter binding fires
// while typing.
type picker struct {
	common
	title    string
	input    textinput.Model
	items    []pickItem
	shown    []int
	cursor   int
	offset   int
	single   bool
	anyAll   bool
	all      bool
	loading  bool
	showNums bool
	kind     overlay // what the picker was opened for, told back on close
	// aka lists other names an item answers to when filtering (an
	// actor's aliases: "brigades" finds Kataib Hezbollah).
	aka map[string][]string
}

func newPicker(c common, kind overlay, title string, items []pickItem) *picker {
	in := textinput.New()
	in.Prompt = "filter: "
	in.Placeholder = "type to filter"
	in.CharLimit = maxFilter
	in.SetStyles(c.st.inputStyles())
	in.Focus()
	p := &picker{common: c, kind: kind, title: title, input: in, items: items, showNums: true}
	p.refilter()
	return p
}

func (p *picker) SetSize(w, h int) {
	p.setSize(w, h)
	p.input.SetWidth(max(w-12, 1))
	p.follow()
}

// setItems replaces the choices, keeping selections by key.
func (p *picker) setItems(items []pickItem) {
	sel := map[string]bool{}
	for _, it := range p.items {
		if it.selected {
			sel[it.key] = true
		}
	}
	for i := range items {
		items[i].selected = items[i].selected || sel[items[i].key]
	}
	p.items = items
	p.loading = false
	p.refilter()
}

func (p *picker) refilter() {
	q := p.input.Value()
	type scored struct{ i, s int }
	var sc []scored
	for i, it := range p.items {
		best, found := fuzzyScore(q, it.label)
		for _, name := range p.aka[it.key] {
			// an alias match ranks a little below a label match
			if s, ok := fuzzyScore(q, name); ok && (!found || s-1 > best) {
				best, found = s-1, true
			}
		}
		if found {
			sc = append(sc, scored{i, best})
		}
	}
	if q != "" {
		sort.SliceStable(sc, func(a, b int) bool { return sc[a].s > sc[b].s })
	}
	p.shown = p.shown[:0]
	for _, s := range sc {
		p.shown = append(p.shown, s.i)
	}
	p.cursor = min(p.cursor, max(len(p.shown)-1, 0))
	p.follow()
}

func (p *picker) listH() int { return max(p.height-4, 1) }

func (p *picker) follow() {
	h := p.listH()
	if p.cursor < p.offset {
		p.offset = p.cursor
	}
	if p.cursor >= p.offset+h {
		p.offset = p.cursor - h + 1
	}
	p.offset = max(0, min(p.offset, len(p.shown)-h))
}

// selectedKeys lists the chosen keys in item order.
func (p *picker) selectedKeys() []string {
	var out []string
	for _, it := range p.items {
		if it.selected {
			out = append(out, it.key)
		}
	}
	return out
}

func (p *picker) current() *pickItem {
	if p.cursor < 0 || p.cursor >= len(p.shown) {
		return nil
	}
	return &p.items[p.shown[p.cursor]]
}

// pickedMsg is what a picker sends when it closes: the chosen keys (none
// and cancelled on esc); the root applies them to what it opened it for.
type pickedMsg struct {
	kind      overlay
	keys      []string
	all       bool
	cancelled bool
}

// Update handles a key; navigation keys that are not letters move, the
// rest edit the filter. Closing sends a pickedMsg.
func (p *picker) Update(msg tea.KeyPressMsg) tea.Cmd {
	k := p.keys
	switch {
	case msg.String() == "esc":
		return emit(pickedMsg{kind: p.kind, cancelled: true})
	case msg.String() == "enter":
		if p.single {
			if it := p.current(); it != nil {
				for i := range p.items {
					p.items[i].selected = false
				}
				it.selected = true
			}
		}
		return emit(pickedMsg{kind: p.kind, keys: p.selectedKeys(), all: p.all})
	case msg.String() == "space" && !p.single:
		if it := p.current(); it != nil {
			it.selected = !it.selected
		}
		return nil
	case key.Matches(msg, k.AnyAll) && p.anyAll:
		p.all = !p.all
		return nil
	case msg.String() == "up" || msg.String() == "ctrl+p" || msg.String() == "ctrl+k":
		p.cursor = max(p.cursor-1, 0)
	case msg.String() == "down" || msg.String() == "ctrl+n" || msg.String() == "ctrl+j":
		p.cursor = min(p.cursor+1, max(len(p.shown)-1, 0))
	case msg.String() == "pgup":
		p.cursor = max(p.cursor-p.listH(), 0)
	case msg.String() == "pgdown":
		p.cursor = min(p.cursor+p.listH(), max(len(p.shown)-1, 0))
	default:
		var cmd tea.Cmd
		before := p.input.Value()
		p.input, cmd = p.input.Update(msg)
		if p.input.Value() != before {
			p.refilter()
		}
		return cmd
	}
	p.follow()
	return nil
}

// emit is a command that delivers msg: how a component tells the root
// what the user asked for without reaching into it.
func emit(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }

func (p *picker) View() string {
	if p.width <= 0 || p.height <= 0 {
		return ""
	}
	st := p.st
	title := st.Title.Render(p.title)
	if p.anyAll {
		mode := "any of"
		if p.all {
			mode = "all of"
		}
		title += st.Dim.Render("  match ") + st.Bold.Render(mode) + st.Dim.Render(" (tab)")
	}
	if n := len(p.selectedKeys()); n > 0 && !p.single {
		title += st.Dim.Render("  " + itoa(n) + " selected")
	}
	out := []string{title, p.input.View()}
	if p.loading {
		out = append(out, st.Dim.Render("counting…"))
	} else {
		out = append(out, "")
	}
	h := p.listH()
	if len(p.shown) == 0 {
		out = append(out, st.Dim.Render("  nothing matches"))
	}
	for i := p.offset; i < len(p.shown) && i < p.offset+h; i++ {
		it := p.items[p.shown[i]]
		box := "[ ] "
		if p.single {
			box = ""
		} else if it.selected {
			box = "[x] "
		}
		num := ""
		if p.showNums {
			num = " " + itoa(it.count)
		}
		labelW := max(p.width-len(box)-len(num)-2, 1)
		line := box + fit(clean(it.label), labelW) + num
		switch {
		case i == p.cursor:
			line = st.PickCursor.Render("› " + line)
		case it.selected:
			line = "  " + st.PickSelected.Render(line)
		default:
			line = "  " + line
		}
		out = append(out, line)
	}
	return fitLines(out, p.width, p.height)
}

// joinLabel lists chosen values for a chip, shortened past three.
func joinLabel(vals []string, sep string) string {
	if len(vals) > 3 {
		return strings.Join(cleanAll(vals[:3]), sep) + " +" + itoa(len(vals)-3)
	}
	return strings.Join(cleanAll(vals), sep)
}
