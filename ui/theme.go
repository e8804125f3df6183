package ui

import (
	"charm.land/bubbles/v2/textinput"
	"image/color"

	"charm.land/lipgloss/v2"
	"github.com/annals/annals/model"
)

// Styles is every style the TUI draws with, built from one theme so light
// and dark terminals (and NO_COLOR) stay consistent. Each emphasis that
// carries meaning also has a non-colour attribute (bold, underline,
// reverse) so it survives a monochrome terminal.
type Styles struct {
	NoColor, Dark bool

	App, Dim, Bold, Title, Accent, Error, Warn lipgloss.Style

	Header, HeaderName, Chip, ChipKey lipgloss.Style

	SearchPrompt, SearchHint lipgloss.Style

	Strip, StripCursor, StripAxis lipgloss.Style

	Row, RowSelected, RowDate, RowSources, Separator, SeparatorYear lipgloss.Style
	ActorChip                                                       lipgloss.Style

	Match, Sentence, SentenceMatch, OtherEvent, Margin, MarginFocus lipgloss.Style
	// Differ marks the values on which an event's sources disagree.
	Differ lipgloss.Style

	Pane, PaneFocused, PaneTitle, Label lipgloss.Style

	Footer, Overlay, PickCursor, PickSelected lipgloss.Style

	types map[string]lipgloss.Style
}

// typeGlyphs are single-cell glyphs, one per event type, that keep types
// apart even without colour.
var typeGlyphs = map[string]string{
	model.EventAttack:       "▲",
	model.EventStrike:       "◆",
	model.EventKilling:      "✝",
	model.EventCasualties:   "✚",
	model.EventStatement:    "»",
	model.EventThreat:       "!",
	model.EventDiplomacy:    "◇",
	model.EventMeeting:      "○",
	model.EventNegotiation:  "≈",
	model.EventAnnouncement: "•",
	model.EventReport:       "≡",
	model.EventWithdrawal:   "←",
	model.EventClash:        "×",
	model.EventArrest:       "⊗",
	model.EventTrial:        "§",
	model.EventProtest:      "✦",
	model.EventElection:     "⊞",
	model.EventAgreement:    "✓",
	model.EventAccident:     "△",
	model.EventDisaster:     "≋",
	model.EventEconomy:      "$",
	model.EventSport:        "⚑",
	model.EventOther:        "·",
}

func glyph(t string) string {
	if g, ok := typeGlyphs[t]; ok {
		return g
	}
	return "·"
}

// NewStyles builds the styles for a dark or light background; noColor
// keeps only attributes (the NO_COLOR convention).
func NewStyles(dark, noColor bool) *Styles {
	ld := lipgloss.LightDark(dark)
	c := func(light, darkc string) color.Color {
		if noColor {
			return lipgloss.NoColor{}
		}
		return ld(lipgloss.Color(light), lipgloss.Color(darkc))
	}
	fg := c("#1f2328", "#d8dee9")
	dim := c("#6e7781", "#7b8496")
	accent := c("#0550ae", "#88c0d0")
	selBg := c("#dbe9f9", "#2e3a4f")
	hiBg := c("#fff3b0", "#5c4b12")
	sentBg := c("#e6f0ff", "#263349")
	chipBg := c("#e8e8f0", "#3b4252")
	warn := c("#9a6700", "#ebcb8b")
	errc := c("#cf222e", "#bf616a")

	s := &Styles{NoColor: noColor, Dark: dark}
	n := lipgloss.NewStyle
	s.App = n().Foreground(fg)
	s.Dim = n().Foreground(dim)
	s.Bold = n().Bold(true)
	s.Title = n().Bold(true).Foreground(accent)
	s.Accent = n().Foreground(accent)
	s.Error = n().Foreground(errc).Bold(true)
	s.Warn = n().Foreground(warn)

	s.Header = n().Foreground(fg)
	s.HeaderName = n().Bold(true).Foreground(accent)
	s.Chip = n().Background(chipBg).Foreground(fg)
	s.ChipKey = n().Background(chipBg).Foreground(dim)

	s.SearchPrompt = n().Bold(true).Foreground(accent)
	s.SearchHint = n().Foreground(dim).Italic(true)

	s.Strip = n().Foreground(accent)
	s.StripCursor = n().Foreground(warn).Bold(true)
	s.StripAxis = n().Foreground(dim)

	s.Row = n().Foreground(fg)
	s.RowSelected = n().Background(selBg).Bold(true)
	if noColor {
		s.RowSelected = n().Reverse(true)
	}
	s.RowDate = n().Foreground(dim)
	s.RowSources = n().Foreground(dim)
	s.Separator = n().Foreground(dim)
	s.SeparatorYear = n().Foreground(accent).Bold(true)
	s.ActorChip = n().Foreground(accent)

	s.Match = n().Background(hiBg).Bold(true).Underline(true)
	s.Sentence = n().Background(sentBg)
	if noColor {
		s.Sentence = n().Underline(true)
	}
	s.SentenceMatch = s.Match
	s.Differ = n().Foreground(warn).Bold(true).Underline(true)
	s.OtherEvent = n().Foreground(dim)
	s.Margin = n().Foreground(dim)
	s.MarginFocus = n().Foreground(warn).Bold(true)

	s.Pane = n().Border(lipgloss.NormalBorder()).BorderForeground(dim)
	s.PaneFocused = n().Border(lipgloss.ThickBorder()).BorderForeground(accent)
	s.PaneTitle = n().Bold(true)
	s.Label = n().Foreground(dim)

	s.Footer = n().Foreground(dim)
	s.Overlay = n().Border(lipgloss.RoundedBorder()).BorderForeground(accent).Padding(0, 1)
	s.PickCursor = n().Reverse(true)
	s.PickSelected = n().Foreground(accent).Bold(true)

	tc := map[string][2]string{
		model.EventAttack:       {"#cf222e", "#bf616a"},
		model.EventStrike:       {"#bc4c00", "#d08770"},
		model.EventKilling:      {"#a40e26", "#e06c75"},
		model.EventCasualties:   {"#8250df", "#b48ead"},
		model.EventStatement:    {"#0550ae", "#81a1c1"},
		model.EventThreat:       {"#9a6700", "#ebcb8b"},
		model.EventDiplomacy:    {"#116329", "#a3be8c"},
		model.EventMeeting:      {"#1a7f37", "#8fbcbb"},
		model.EventNegotiation:  {"#1a7f37", "#8fbcbb"},
		model.EventAnnouncement: {"#0969da", "#88c0d0"},
		model.EventReport:       {"#57606a", "#a0a8b8"},
		model.EventWithdrawal:   {"#6639ba", "#b48ead"},
		model.EventClash:        {"#cf222e", "#bf616a"},
		model.EventArrest:       {"#9a6700", "#ebcb8b"},
		model.EventTrial:        {"#57606a", "#a0a8b8"},
		model.EventProtest:      {"#bc4c00", "#d08770"},
		model.EventElection:     {"#0969da", "#88c0d0"},
		model.EventAgreement:    {"#116329", "#a3be8c"},
		model.EventAccident:     {"#8250df", "#b48ead"},
		model.EventDisaster:     {"#8250df", "#b48ead"},
		model.EventEconomy:      {"#1a7f37", "#8fbcbb"},
		model.EventSport:        {"#0969da", "#88c0d0"},
		model.EventOther:        {"#57606a", "#7b8496"},
	}
	s.types = map[string]lipgloss.Style{}
	for t, p := range tc {
		s.types[t] = n().Foreground(c(p[0], p[1]))
	}
	return s
}

// Type is the style of an event type's glyph.
func (s *Styles) Type(t string) lipgloss.Style {
	if st, ok := s.types[t]; ok {
		return st
	}
	return s.Dim
}

// inputStyles are the text inputs' styles, with a steady cursor: a
// blinking one redraws the screen twice a second for nothing.
func (s *Styles) inputStyles() textinput.Styles {
	is := textinput.DefaultStyles(s.Dark)
	is.Cursor.Blink = false
	return is
}
