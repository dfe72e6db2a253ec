package load

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

func TestParse(t *testing.T) {
	cases := []struct {
		name, path, data string
		title, published string
		prose            string // a word that must stay in Text at the same offset as in Raw
		hidden           string // text that must be blanked out of Text
	}{
		{"plain title is the first line", "a.txt", "\n\nHeadline here\nBody text.\n", "Headline here", "", "Body", ""},
		{"bom", "a.txt", "\xef\xbb\xbfHeadline\nBody.\n", "Headline", "", "Body", ""},
		{"crlf", "a.txt", "Headline\r\nBody on Tuesday.\r\n", "Headline", "", "Tuesday", ""},
		{"front matter", "a.md", "---\ntitle: Given title\npublished: 2025-12-03\nextra: [1, 2]\n---\nFirst line\n", "Given title", "2025-12-03", "First", "Given title"},
		{"rfc3339", "a.md", "---\npublished: 2025-12-03T23:30:00+03:00\n---\nText\n", "Text", "2025-12-03", "Text", ""},
		{"markdown", "a.md", "# Heading\n\nSome **bold** and [a link](http://x.example/y) here.\n<!-- a comment -->\n", "Heading", "", "link", "http"},
		{"html", "a.html", "<html><head><title>Page title</title><script>var x = 1;</script></head><body><p>Talks ended on <b>Tuesday</b> &amp; more.</p></body></html>", "Page title", "", "Tuesday", "var x"},
		{"unbalanced html", "a.htm", "<div><p>Unclosed <b>bold <i>text</div> and x < y <a href='x'>link", "", "", "Unclosed", "href"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := Parse(c.path, []byte(c.data), Options{})
			if err != nil {
				t.Fatalf("error: %v", err)
			}
			if len(a.Text) != len(a.Raw) {
				t.Fatalf("Text is %d bytes, Raw %d: offsets would not point into the file", len(a.Text), len(a.Raw))
			}
			if c.title != "" && a.Title != c.title {
				t.Errorf("title %q, want %q", a.Title, c.title)
			}
			if got := Published(a.Published.IsZero(), a.Published.Format("2006-01-02")); got != c.published {
				t.Errorf("published %q, want %q", got, c.published)
			}
			if i := strings.Index(c.data, c.prose); i < 0 || string(a.Text[i:i+len(c.prose)]) != c.prose {
				t.Errorf("%q is not prose at its offset; Text = %q", c.prose, a.Text)
			}
			if c.hidden != "" && strings.Contains(string(a.Text), c.hidden) {
				t.Errorf("%q should be blanked; Text = %q", c.hidden, a.Text)
			}
		})
	}
}

func Published(zero bool, s string) string {
	if zero {
		return ""
	}
	return s
}

func TestParseErrors(t *testing.T) {
	cases := []struct {
		name, path, data string
		line             int
		msg              string
	}{
		{"empty", "a.txt", "", 0, "empty file"},
		{"blank", "a.txt", " \n\t\n", 0, "empty file"},
		{"binary", "a.txt", "ab\x00cd", 0, "binary"},
		{"invalid utf-8", "a.txt", "line one\nline \xff two\n", 2, "invalid UTF-8"},
		{"front matter not yaml", "a.md", "---\ntitle: [unclosed\n---\nText\n", 2, "not valid YAML"},
		{"front matter not closed", "a.md", "---\ntitle: x\nText\n", 1, "never closed"},
		{"bad date", "a.md", "---\npublished: soon\n---\nText\n", 2, "not a date"},
		{"only front matter", "a.md", "---\ntitle: x\n---\n", 0, "no article text"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse(c.path, []byte(c.data), Options{})
			if err == nil {
				t.Fatal("no error")
			}
			if err.Path != c.path || err.Line != c.line || !strings.Contains(err.Message, c.msg) {
				t.Errorf("error %v (line %d), want line %d and %q", err, err.Line, c.line, c.msg)
			}
		})
	}
}

func TestPaths(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"b.txt", "a.md", "skip.json", "sub/c.html", ".hidden/d.txt"} {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	empty := t.TempDir()
	files, errs := Paths([]string{dir, "missing.txt", empty, "-"}, nil)
	var names []string
	for _, f := range files {
		names = append(names, strings.TrimPrefix(f, dir+"/"))
	}
	if got := strings.Join(names, " "); got != "a.md b.txt sub/c.html -" {
		t.Errorf("files %q", got)
	}
	if len(errs) != 2 || errs[0].Path != "missing.txt" || errs[1].Path != empty {
		t.Errorf("errors %v, want missing.txt and the empty directory", errs)
	}
}

func TestSuppressionRegions(t *testing.T) {
	src := "Title\n\nA.\n<!-- factlint off -->\nB.\n<!-- factlint on -->\nC.\n<!-- factlint date,title off -->\nD.\n"
	a, err := Parse("a.md", []byte(src), Options{KnownRule: func(r string) bool { return r == "date" || r == "title" }})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range a.Suppressed {
		got = append(got, s.Rule+"="+strings.TrimSpace(string(a.Text[s.Start:s.End])))
	}
	want := "=B.|date=D.|title=D."
	if strings.Join(got, "|") != want {
		t.Errorf("regions %q, want %q", strings.Join(got, "|"), want)
	}
	if strings.Contains(string(a.Text), "factlint") {
		t.Error("the comments are not blanked from the prose")
	}
	// Plain text has no comments: the same words are prose.
	if b, _ := Parse("a.txt", []byte(src), Options{}); len(b.Suppressed) != 0 {
		t.Errorf("plain text suppressed %v", b.Suppressed)
	}
	for _, bad := range []string{"<!-- factlint sometimes -->", "<!-- factlint nosuch off -->", "<!-- factlint a b c off -->"} {
		_, err := Parse("b.md", []byte("Title\n\n"+bad+"\nText.\n"), Options{KnownRule: func(r string) bool { return r == "date" }})
		if err == nil || err.Line != 3 {
			t.Errorf("%s: error %v, want one on line 3", bad, err)
		}
	}
}

func TestSymlinkedDirectory(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real")
	if err := os.Mkdir(real, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(real, "a.txt"), []byte("Title\n\nText.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link")
	if err := os.Symlink(real, link); err != nil {
		t.Skip("no symlinks here:", err)
	}
	files, errs := Paths([]string{link}, nil)
	if len(errs) != 0 || len(files) != 1 || !strings.HasPrefix(files[0], link) {
		t.Errorf("files %v, errors %v; want the article under the link", files, errs)
	}
}

// TestSimpleFrontMatterAgreesWithYAML: the fast path reads what the YAML
// parser reads, and leaves to it what it cannot.
func TestSimpleFrontMatterAgreesWithYAML(t *testing.T) {
	for _, src := range []string{
		"title: Talks end\npublished: 2025-12-03\n",
		"title: \"Talks: the end\"\noutlet: 'Wire A'\n",
		"title:\nauthor: Ann Lee\n",
		"url: https://example.com/a?b=c\n",
	} {
		fast, ok := simpleFrontMatter([]byte(src))
		if !ok {
			t.Errorf("%q: fast path declined", src)
			continue
		}
		var slow yaml.Node
		if err := yaml.Unmarshal([]byte(src), &slow); err != nil {
			t.Fatal(err)
		}
		fr, sr := fast.Content[0], slow.Content[0]
		if len(fr.Content) != len(sr.Content) {
			t.Fatalf("%q: %d nodes, parser %d", src, len(fr.Content), len(sr.Content))
		}
		for i := range fr.Content {
			f, s := fr.Content[i], sr.Content[i]
			if f.Value != s.Value || f.Line != s.Line || f.Kind != s.Kind {
				t.Errorf("%q: node %d = %q line %d, parser %q line %d", src, i, f.Value, f.Line, s.Value, s.Line)
			}
		}
	}
	for _, src := range []string{
		"tags: [a, b]\n", "title: \"a \\\"b\\\"\"\n", "title: a # comment\n", "a:\n  b: c\n",
		"title: x\ntitle: y\n", "- item\n", "title: &x y\n", "key:value\n",
	} {
		if _, ok := simpleFrontMatter([]byte(src)); ok {
			t.Errorf("%q: fast path took YAML it should leave to the parser", src)
		}
	}
}
