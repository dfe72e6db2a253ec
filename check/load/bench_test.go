package load

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParse measures loading (validation, front matter, masking) over
// the fixture articles, in bytes per second.
func BenchmarkParse(b *testing.B) {
	paths, _ := filepath.Glob("../../fixtures/*/*.*")
	var names []string
	var files [][]byte
	size := 0
	for _, p := range paths {
		if !isArticleName(p) {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		names, files = append(names, p), append(files, data)
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, data := range files {
			if _, err := Parse(names[k], data, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
