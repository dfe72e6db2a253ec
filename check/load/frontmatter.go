package load

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

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
	// YAML counts a lone \r as a line break; the file's lines are \n's.
	last := bytes.Count(src, []byte("\n")) + 2
	node, ok := simpleFrontMatter(src)
	if !ok {
		node = yaml.Node{}
		if err := yaml.Unmarshal(src, &node); err != nil {
			return yamlError(a, err, last)
		}
	}
	if err := decodeNode(a, node, known); err != nil {
		err.Line = min(err.Line, last)
		return err
	}
	return nil
}

// yamlError turns a YAML parser's error into one with the file's line.
// last is the line of the front matter's closing "---", where an error at
// the end of the YAML is reported.
func yamlError(a *check.Article, err error, last int) *Error {
	line := 2
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		n, _ := strconv.Atoi(m[1])
		line = min(n+1, last) // the opening --- is line 1
		msg = strings.TrimSpace(yamlLine.ReplaceAllString(msg, ""))
		msg = strings.TrimPrefix(msg, ": ")
	}
	return &Error{Path: a.Path, Line: line, Message: "front matter is not valid YAML: " + msg}
}

// decodeNode reads the front matter's keys from its YAML document.
func decodeNode(a *check.Article, node yaml.Node, known func(string) bool) *Error {
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

// simpleFrontMatter reads front matter made only of "key: value" lines
// with plain or simply quoted values, as news systems write it, without the
// YAML parser: the parser costs as much as analysing a short article. Any
// other YAML (lists, mappings, escapes, comments, anchors, repeated keys)
// returns false, for the parser to read.
func simpleFrontMatter(src []byte) (yaml.Node, bool) {
	root := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: 1, Column: 1}
	seen := map[string]bool{}
	for n, line := range strings.Split(string(src), "\n") {
		line = strings.TrimRight(line, " \t\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		colon := strings.Index(line, ":")
		if colon <= 0 || !isPlainKey(line[:colon]) || seen[line[:colon]] {
			return yaml.Node{}, false
		}
		key, rest := line[:colon], line[colon+1:]
		if rest != "" && rest[0] != ' ' {
			return yaml.Node{}, false // "a:b" is one plain scalar, not a key
		}
		val := strings.TrimSpace(rest)
		if strings.IndexFunc(line, func(r rune) bool { return r < 0x20 || r == 0x7f || r == 0xfeff || r == utf8.RuneError }) >= 0 {
			return yaml.Node{}, false // control characters: the parser's rules
		}
		value := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Line: n + 1, Column: colon + 3, Value: val}
		switch {
		case val == "":
			value.Tag = "!!null"
		case len(val) >= 2 && val[0] == '"' && val[len(val)-1] == '"' && !strings.ContainsAny(val[1:len(val)-1], "\"\\"):
			value.Value, value.Style = val[1:len(val)-1], yaml.DoubleQuotedStyle
		case len(val) >= 2 && val[0] == '\'' && val[len(val)-1] == '\'' && !strings.Contains(val[1:len(val)-1], "'"):
			value.Value, value.Style = val[1:len(val)-1], yaml.SingleQuotedStyle
		case strings.ContainsRune("[]{}&*!|>'\"%@`#,?:-", rune(val[0])) || strings.Contains(val, ": ") || strings.Contains(val, " #") || strings.HasSuffix(val, ":"):
			return yaml.Node{}, false
		}
		seen[key] = true
		root.Content = append(root.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Line: n + 1, Column: 1, Value: key}, value)
	}
	if len(root.Content) == 0 {
		return yaml.Node{}, false
	}
	return yaml.Node{Kind: yaml.DocumentNode, Line: 1, Column: 1, Content: []*yaml.Node{root}}, true
}

func isPlainKey(k string) bool {
	for _, r := range k {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return false
		}
	}
	return true
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
