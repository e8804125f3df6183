package actors

import (
	"strings"
	"testing"
)

// BenchmarkTagOneBigText tags 400 articles joined into one text: its MB/s
// should match BenchmarkTag's, showing no quadratic step in Tag.
func BenchmarkTagOneBigText(b *testing.B) {
	arts := loadNews(b, 400)
	var sb strings.Builder
	for _, a := range arts {
		sb.WriteString(a.Text)
		sb.WriteString("\n\n")
	}
	text := sb.String()
	r := mustNew(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.Tag(text)
	}
}
