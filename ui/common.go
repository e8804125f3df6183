package ui

// common is embedded by every component, as in soft-serve: its size and
// the shared styles and keys.
type common struct {
	width, height int
	st            *Styles
	keys          *KeyMap
}

func (c *common) setSize(w, h int) {
	c.width, c.height = max(w, 0), max(h, 0)
}
