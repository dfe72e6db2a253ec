package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factlint/factlint/check"
	"github.com/factlint/factlint/check/load"
)

// BenchmarkAnalyse measures extraction throughput in words per second over
// the articles in fixtures/ (tokens, sentences, people, quotes, temporal
// expressions, counts and event binding: everything Analyse does).
func BenchmarkAnalyse(b *testing.B) {
	var texts [][]byte
	words := 0
	err := filepath.WalkDir("../../fixtures", func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !(strings.HasSuffix(path, ".txt") || strings.HasSuffix(path, ".md")) {
			return err
		}
		a, ierr := load.File(path, load.Options{})
		if ierr != nil {
			return ierr
		}
		texts = append(texts, a.Text)
		words += len(strings.Fields(string(a.Text)))
		return nil
	})
	if err != nil || len(texts) == 0 {
		b.Fatalf("no fixture articles: %v", err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			Analyse(&check.Article{Text: t, Raw: t})
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
