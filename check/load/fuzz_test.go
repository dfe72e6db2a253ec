package load

import (
	"os"
	"path/filepath"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/factlint/factlint/check"
)

// FuzzParse feeds arbitrary bytes, as each kind of file, through the loader:
// it must return an article or an error naming the file, never panic, and
// an article's text must keep every offset of the file.
func FuzzParse(f *testing.F) {
	for _, ext := range []string{".txt", ".md", ".html"} {
		f.Add(ext, []byte("Title\n\nText."))
	}
	seedFiles(f, func(name string, data []byte) { f.Add(filepath.Ext(name), data) })
	f.Fuzz(func(t *testing.T, ext string, data []byte) {
		switch ext {
		case ".txt", ".md", ".markdown", ".html", ".htm":
		default:
			ext = ".txt"
		}
		a, err := Parse("f"+ext, data, Options{KnownRule: func(r string) bool { return r == "date" }})
		if err != nil {
			if err.Path != "f"+ext {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		if len(a.Text) != len(a.Raw) {
			t.Fatalf("text is %d bytes, the file %d", len(a.Text), len(a.Raw))
		}
		for _, s := range a.Suppressed {
			if s.Start < 0 || s.End > len(a.Raw) || s.Start > s.End {
				t.Fatalf("suppressed region %v outside the file", s.Span)
			}
		}
	})
}

// FuzzFrontMatter feeds arbitrary front matter to its reader: the fast path
// and the YAML parser must agree, and errors must have a line in the file.
func FuzzFrontMatter(f *testing.F) {
	f.Add([]byte("title: Talks end\npublished: 2025-12-03\n"))
	f.Add([]byte("title: \"A: b\"\nfactlint: {disable: [date]}\n"))
	f.Fuzz(func(t *testing.T, fm []byte) {
		data := append(append([]byte("---\n"), fm...), "\n---\nText.\n"...)
		a, err := Parse("f.md", data, Options{})
		if err != nil {
			lines := 1
			for _, c := range data {
				if c == '\n' {
					lines++
				}
			}
			if err.Line < 0 || err.Line > lines {
				t.Fatalf("error on line %d of a %d-line file: %v", err.Line, lines, err)
			}
			return
		}
		_ = a
		// Whatever the fast path reads, the YAML parser reads the same way.
		if fast, ok := simpleFrontMatter(fm); ok {
			var slow yaml.Node
			if yaml.Unmarshal(fm, &slow) != nil {
				t.Fatalf("the fast path read front matter the parser rejects: %q", fm)
			}
			b1, b2 := &check.Article{Path: "f.md"}, &check.Article{Path: "f.md"}
			e1, e2 := decodeNode(b1, fast, nil), decodeNode(b2, slow, nil)
			if (e1 == nil) != (e2 == nil) || b1.Title != b2.Title || b1.Outlet != b2.Outlet || !b1.Published.Equal(b2.Published) {
				t.Fatalf("fast path and parser differ on %q: %+v %v / %+v %v", fm, b1.Title, e1, b2.Title, e2)
			}
		}
	})
}

// seedFiles adds every fixture article to a fuzz corpus.
func seedFiles(f *testing.F, add func(name string, data []byte)) {
	paths, _ := filepath.Glob("../../fixtures/*/*.*")
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			add(p, data)
		}
	}
}
