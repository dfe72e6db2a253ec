package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/factlint/factlint/check"
	"github.com/factlint/factlint/check/load"
)

// FuzzAnalyse feeds arbitrary text through the loader and analysis: whatever
// the input, nothing may panic and every claim must lie inside the file.
func FuzzAnalyse(f *testing.F) {
	seeds, _ := filepath.Glob("../../fixtures/*/*.*")
	for _, p := range seeds {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(filepath.Base(p), data)
		}
	}
	f.Add("a.html", []byte("<p>“Unclosed ‘quote on Tuesday, Dec. 3, 2025 <b>"))
	f.Add("a.txt", []byte("\"\"''“”‘’«» ... … 5-5-5 Mr. . . . two and a half"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		a, err := load.Parse("x"+filepath.Ext(name), data, load.Options{Published: "2025-12-03"})
		if err != nil {
			return
		}
		Analyse(a)
		for _, c := range a.Claims {
			if c.Start < 0 || c.End > len(a.Raw) || c.Start > c.End {
				t.Fatalf("claim %q out of the file: %d..%d of %d", c.Text, c.Start, c.End, len(a.Raw))
			}
		}
		check.NewStory([]*check.Article{a})
	})
}
