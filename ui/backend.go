// Package ui is annals' terminal interface: the timeline with search as you
// type, actor/type/date filters, a reader that drills down to the exact
// source sentence, and sources read side by side. It is the only package
// that imports Bubble Tea, Lip Gloss and Bubbles.
package ui

import (
	"context"

	"github.com/annals/annals/index"
	"github.com/annals/annals/model"
)

// Backend is what the TUI needs from an index. *index.Index satisfies it;
// tests use an in-memory one so every view can be driven without bleve.
type Backend interface {
	Search(ctx context.Context, q index.Query) (*index.Result, error)
	Article(id string) (*model.Article, error)
	ArticleEvents(id string) ([]model.Event, error)
	Stats() index.Stats
	Actors() []model.Actor
}

var _ Backend = (*index.Index)(nil)
