package load

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/factlint/factlint/check"
)

// frontMatter reads YAML front matter starting at body, if the file opens
// with a "---" line, into the article; it returns where the prose begins.
func frontMatter(a *check.Article, body int, known func(string) bool) (int, *Error) {
	data := a.Raw[body:]
	first, rest, ok := cutLine(data)
	if !ok || strings.TrimRight(string(first), " \t\r") != "---" {
		return body, nil
	}
	off := body + len(first) + 1
	start := off
	for len(rest) > 0 {
		line, more, hasNL := cutLine(rest)
		t := strings.TrimRight(string(line), " \t\r")
		if t == "---" || t == "..." {
			end := off + len(line)
			if hasNL {
				end++
			}
			if err := decodeFrontMatter(a, a.Raw[start:off], known); err != nil {
				return 0, err
			}
			return end, nil
		}
		off += len(line)
		if hasNL {
			off++
		}
		rest = more
	}
	return 0, &Error{Path: a.Path, Line: 1, Message: "front matter opened with --- is never closed"}
}

func cutLine(b []byte) (line, rest []byte, nl bool) {
	if len(b) == 0 {
		return nil, nil, false
	}
	i := bytes.IndexByte(b, '\n')
	if i < 0 {
		return b, nil, false
	}
	return b[:i], b[i+1:], true
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

func decodeFrontMatter(a *check.Article, src []byte, known func(string) bool) *Error {
	var node yaml.Node
	if err := yaml.Unmarshal(src, &node); err != nil {
		line := 2
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			n, _ := strconv.Atoi(m[1])
			line = n + 1 // the opening --- is line 1
			msg = strings.TrimSpace(yamlLine.ReplaceAllString(msg, ""))
			msg = strings.TrimPrefix(msg, ": ")
		}
		return &Error{Path: a.Path, Line: line, Message: "front matter is not valid YAML: " + msg}
	}
	if len(node.Content) == 0 {
		return nil
	}
	root := node.Content[0]
	if root.Kind != yaml.MappingNode {
		return &Error{Path: a.Path, Line: root.Line + 1, Message: "front matter must be a YAML mapping of keys to values"}
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		line := v.Line + 1
		str := func() (string, *Error) {
			if v.Kind != yaml.ScalarNode {
				return "", &Error{Path: a.Path, Line: line, Message: fmt.Sprintf("front matter %q must be a single value", k.Value)}
			}
			return v.Value, nil
		}
		var err *Error
		switch strings.ToLower(k.Value) {
		case "title":
			a.Title, err = str()
		case "outlet":
			a.Outlet, err = str()
		case "url":
			a.URL, err = str()
		case "author":
			if v.Kind == yaml.SequenceNode {
				var names []string
				for _, n := range v.Content {
					names = append(names, n.Value)
				}
				a.Author = strings.Join(names, ", ")
			} else {
				a.Author, err = str()
			}
		case "factlint":
			err = factlintSettings(a, v, known)
		case "published", "date":
			var s string
			if s, err = str(); err == nil && s != "" {
				t, perr := ParseDate(s)
				if perr != nil {
					err = &Error{Path: a.Path, Line: line, Message: "front matter published: " + perr.Error()}
				} else {
					a.Published = t
				}
			}
		}
		if err != nil {
			return err
		}
	}
	a.Title = strings.Join(strings.Fields(a.Title), " ")
	return nil
}

// ParseDate reads a publication date: YYYY-MM-DD or RFC 3339. The date is the
// one written, whatever the time zone, since articles date in their own zone.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a date (want YYYY-MM-DD or RFC 3339)", s)
}

// factlintSettings reads an article's own settings from its front matter:
// factlint: {disable: [rule, ...]}.
func factlintSettings(a *check.Article, v *yaml.Node, known func(string) bool) *Error {
	bad := func(n *yaml.Node, msg string) *Error {
		return &Error{Path: a.Path, Line: n.Line + 1, Message: "front matter factlint: " + msg}
	}
	if v.Kind != yaml.MappingNode {
		return bad(v, "must be a mapping such as {disable: [date]}")
	}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, val := v.Content[i], v.Content[i+1]
		if k.Value != "disable" {
			return bad(k, fmt.Sprintf("unknown key %q (known: disable)", k.Value))
		}
		items := []*yaml.Node{val}
		if val.Kind == yaml.SequenceNode {
			items = val.Content
		}
		for _, n := range items {
			if n.Kind != yaml.ScalarNode {
				return bad(n, "disable takes rule names")
			}
			if known != nil && !known(n.Value) {
				return bad(n, fmt.Sprintf("unknown rule %q", n.Value))
			}
			a.Disabled = append(a.Disabled, n.Value)
		}
	}
	return nil
}
