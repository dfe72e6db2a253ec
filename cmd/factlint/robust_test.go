package main

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestBadInputs: every kind of bad input is an error naming the file (and
// its line where there is one), exit status 2, and the good articles beside
// it are still checked: the seed story's three findings come out each time.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	nested := strings.Repeat("<div>", 5000) + "Deep text." + strings.Repeat("</div>", 5000)
	cases := []struct {
		name, path, want string
	}{
		{"missing", filepath.Join(dir, "gone.txt"), "gone.txt: no such file or directory"},
		{"no articles", func() string { d := filepath.Join(dir, "empty-dir"); _ = os.Mkdir(d, 0o755); return d }(), "empty-dir: directory has no articles"},
		{"binary", write("bin.txt", []byte("Title\x00\x01\x02 data")), "bin.txt: binary file"},
		{"invalid utf-8", write("latin1.txt", []byte("Title\n\nCaf\xe9 talks.\n")), "latin1.txt:3: invalid UTF-8"},
		{"empty", write("empty.md", []byte(" \n\n")), "empty.md: empty file"},
		{"5 MB single line", write("line.txt", []byte("Title "+strings.Repeat("word ", 1<<20))), "line.txt:1: line of"},
		{"deeply nested html", write("nested.html", []byte("<html><body>"+nested+"</body></html>")), "nested.html:1: HTML elements nest more than 256 deep"},
		{"tag never closes", write("open.html", []byte("<html><body><p>Talks ended.</p>\n<a href='x\n")), "open.html:2: an HTML tag opened here never closes"},
		{"comment never closes", write("comment.htm", []byte("<p>Talks.</p>\n\n<!-- draft\n")), "comment.htm:3: an HTML comment opened here never closes"},
		{"front matter not yaml", write("fm.md", []byte("---\ntitle: [unclosed\n---\nText.\n")), "fm.md:"},
		{"front matter never closed", write("fm2.md", []byte("---\ntitle: x\nText.\n")), "fm2.md:1: front matter opened with --- is never closed"},
	}
	if runtime.GOOS == "linux" {
		// A file that exists and cannot be read: reading /proc/self/mem at
		// offset 0 fails with an I/O error, even as root.
		link := filepath.Join(dir, "unreadable.txt")
		if err := os.Symlink("/proc/self/mem", link); err == nil {
			cases = append(cases, struct{ name, path, want string }{"unreadable", link, "unreadable.txt: input/output error"})
		}
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, stderr := runCLI(t, "", "check", "--format", "line", seeds, c.path)
			if code != 2 {
				t.Errorf("exit %d, want 2", code)
			}
			if !strings.Contains(stderr, c.want) {
				t.Errorf("stderr %q does not say %q", stderr, c.want)
			}
			if n := len(strings.Split(strings.TrimSpace(out), "\n")); n != 3 {
				t.Errorf("%d findings on the good articles, want the seed story's 3:\n%s", n, out)
			}
		})
	}
}
