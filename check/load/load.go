// Package load reads articles from files, directories and standard input:
// it checks that each is text, reads its front matter and blanks what is not
// prose (front matter, Markdown markup, HTML tags), keeping every byte offset
// pointing into the file as on disk.
package load

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/factlint/factlint/check"
)

// Extensions are the file name endings read when walking a directory.
var Extensions = []string{".txt", ".md", ".markdown", ".html", ".htm"}

// Error is an input that could not be read or parsed.
type Error = check.InputError

// Options change how articles are read.
type Options struct {
	Stdin io.Reader // read for the path "-"
	// Published is the publication date for articles whose front matter gives none.
	Published string
	// KnownRule validates the rule names that articles switch off; nil
	// accepts any name.
	KnownRule func(string) bool
}

// Paths expands the command line's paths into files: a file as given, a
// directory walked for article files in sorted order, "-" as standard input.
// exclude, when not nil, leaves out files and directories met in a walk.
func Paths(paths []string, exclude func(string) bool) ([]string, []*Error) {
	var files []string
	var errs []*Error
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			files = append(files, p)
		}
	}
	for _, p := range paths {
		if p == "-" {
			add(p)
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, &Error{Path: p, Message: describe(err)})
			continue
		}
		if !info.IsDir() {
			add(p)
			continue
		}
		var found []string
		root := p
		if li, err := os.Lstat(p); err == nil && li.Mode()&fs.ModeSymlink != 0 {
			root = p + string(filepath.Separator) // walk the directory a link points to
		}
		walkErr := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &Error{Path: path, Message: describe(err)})
				if d != nil && d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if path != root && (strings.HasPrefix(d.Name(), ".") || exclude != nil && exclude(path)) {
					return filepath.SkipDir
				}
				return nil
			}
			if isArticleName(path) && (exclude == nil || !exclude(path)) {
				found = append(found, path)
			}
			return nil
		})
		if walkErr != nil {
			errs = append(errs, &Error{Path: p, Message: describe(walkErr)})
		}
		if len(found) == 0 {
			errs = append(errs, &Error{Path: p, Message: "directory has no articles (" + strings.Join(Extensions, " ") + ")"})
		}
		sort.Strings(found)
		for _, f := range found {
			add(f)
		}
	}
	return files, errs
}

func isArticleName(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	return false
}

func describe(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// File reads one article from disk (or standard input for "-").
func File(path string, opt Options) (*check.Article, *Error) {
	var data []byte
	var err error
	if path == "-" {
		if opt.Stdin == nil {
			return nil, &Error{Path: path, Message: "no standard input"}
		}
		data, err = io.ReadAll(opt.Stdin)
	} else {
		data, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, &Error{Path: path, Message: describe(err)}
	}
	return Parse(path, data, opt)
}

// Parse makes an article of a file's bytes. The format follows the file name:
// .html and .htm are HTML, .md and .markdown Markdown, anything else plain text.
func Parse(path string, data []byte, opt Options) (*check.Article, *Error) {
	if e := validate(path, data); e != nil {
		return nil, e
	}
	a := &check.Article{Path: path, Raw: data, Text: make([]byte, len(data))}
	copy(a.Text, data)
	body := 0
	if bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		blank(a.Text, 0, 3)
		body = 3
	}
	fmEnd, e := frontMatter(a, body, opt.KnownRule)
	if e != nil {
		return nil, e
	}
	if fmEnd > body {
		blank(a.Text, body, fmEnd)
	}
	ext := strings.ToLower(filepath.Ext(path))
	switch ext {
	case ".html", ".htm":
		title, herr := maskHTML(a.Text, fmEnd)
		if herr != nil {
			line, _ := a.Position(herr.at)
			return nil, &Error{Path: path, Line: line, Message: herr.msg}
		}
		if a.Title == "" {
			a.Title = title
		}
	case ".md", ".markdown":
		maskMarkdown(a.Text, fmEnd)
	}
	if ext == ".html" || ext == ".htm" || ext == ".md" || ext == ".markdown" {
		if e := suppressions(a, fmEnd, opt.KnownRule); e != nil {
			return nil, e
		}
	}
	if a.Published.IsZero() && opt.Published != "" {
		t, err := ParseDate(opt.Published)
		if err != nil {
			return nil, &Error{Path: path, Message: "--published: " + err.Error()}
		}
		a.Published = t
	}
	if len(bytes.TrimSpace(a.Text)) == 0 {
		return nil, &Error{Path: path, Message: "no article text (only front matter or markup)"}
	}
	setTitleSpan(a, fmEnd)
	return a, nil
}

// MaxSize is the largest file read as an article, and MaxLine the longest
// line: news is prose in paragraphs, and anything past these is data, a
// dump or an attack, which would only cost time and memory.
const (
	MaxSize = 16 << 20
	MaxLine = 1 << 20
)

// validate rejects what is not a UTF-8 text article.
func validate(path string, data []byte) *Error {
	if len(bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))) == 0 {
		return &Error{Path: path, Message: "empty file"}
	}
	if len(data) > MaxSize {
		return &Error{Path: path, Message: fmt.Sprintf("file of %d MB is larger than an article can be (%d MB)", len(data)>>20, MaxSize>>20)}
	}
	for line, rest := 1, data; len(rest) > 0; line++ {
		n := bytes.IndexByte(rest, '\n')
		if n < 0 {
			n = len(rest)
		}
		if n > MaxLine {
			return &Error{Path: path, Line: line, Message: fmt.Sprintf("line of %d KB is longer than a paragraph can be (%d KB): not prose", n>>10, MaxLine>>10)}
		}
		rest = rest[min(n+1, len(rest)):]
	}
	probe := data
	if len(probe) > 8000 {
		probe = probe[:8000]
	}
	if bytes.IndexByte(probe, 0) >= 0 {
		return &Error{Path: path, Message: "binary file (contains NUL bytes)"}
	}
	if !utf8.Valid(data) {
		line := 1
		for i := 0; i < len(data); {
			r, n := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && n <= 1 {
				return &Error{Path: path, Line: line, Message: fmt.Sprintf("invalid UTF-8 at byte %d", i)}
			}
			if r == '\n' {
				line++
			}
			i += n
		}
	}
	return nil
}

// blank replaces bytes [from, to) with spaces, keeping line breaks.
func blank(b []byte, from, to int) {
	if to > len(b) {
		to = len(b)
	}
	for i := from; i < to; i++ {
		if b[i] != '\n' && b[i] != '\r' {
			b[i] = ' '
		}
	}
}

// setTitleSpan finds the title: front matter's, else the first non-empty line.
func setTitleSpan(a *check.Article, from int) {
	if a.Title != "" {
		return
	}
	text := a.Text
	i := from
	for i < len(text) {
		j := bytes.IndexByte(text[i:], '\n')
		end := len(text)
		if j >= 0 {
			end = i + j
		}
		line := bytes.TrimSpace(text[i:end])
		if len(line) > 0 {
			s := i + bytes.Index(text[i:end], line)
			a.TitleSpan = check.Span{Start: s, End: s + len(line)}
			a.Title = strings.Join(strings.Fields(string(line)), " ")
			return
		}
		i = end + 1
	}
}
