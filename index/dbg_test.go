package index
import ("testing";"context";"path/filepath";"github.com/blevesearch/bleve/v2")
func BenchmarkDbg(b *testing.B) {
	ps, _ := filepath.Glob("/tmp/bench100k/annals-index/bleve-*")
	bix, err := bleve.OpenUsing(ps[0], map[string]any{"read_only": true})
	if err != nil { b.Fatal(err) }
	ix := &Index{bix: bix}
	defer bix.Close()
	for _, q := range []Query{{Text: "bank", Size: 20},{Text: "bank", Size: 20, Facets:true},{Actors: []string{"United States"}, Size: 20}} {
	b.Run(q.Text, func(b *testing.B){
	for i := 0; i < b.N; i++ { ix.Search(context.Background(), q) }})
	}
}
