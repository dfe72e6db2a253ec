// Package config reads factlint's configuration file, .factlint.yaml:
//
//	rules:                 # each rule off, or the severity of its findings
//	  date: off
//	  quote: error
//	fail-level: warning    # lowest severity that fails the run
//	people:                # names and descriptions that are one person
//	  Dmitry Peskov: [Peskov, "Kremlin spokesman"]
//	titles:                # role words that mean the same post
//	  - [aide, adviser, counsellor]
//	baseline: .factlint-baseline.json
//	exclude:               # globs of articles not to read
//	  - "drafts/**"
//
// The file is found by searching up from the working directory, or named
// with --config. Relative paths in it (baseline, exclude) are relative to the
// directory that holds it. A mistake is an error with the file and line.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"gopkg.in/yaml.v3"

	"github.com/factlint/factlint/check"
)

// FileNames are the names searched for, in order, in each directory.
var FileNames = []string{".factlint.yaml", ".factlint.yml"}

// Config is a configuration: what the file says, over the defaults.
type Config struct {
	Path      string                    // the file read; "" when none
	Rules     map[string]check.Severity // severity per rule; 0 means off
	FailLevel string                    // error, warning, info or none
	People    map[string][]string       // a person's name -> names and descriptions that mean them
	Titles    [][]string                // groups of role words for one post
	Baseline  string                    // baseline file, relative to Dir
	Exclude   []string                  // globs of articles not to read, relative to Dir
}

// Off is the Rules value of a rule switched off.
const Off check.Severity = 0

// Dir is the directory relative paths in the configuration start from: the
// file's directory, or the working directory when there is no file.
func (c *Config) Dir() string {
	if c.Path == "" {
		return "."
	}
	return filepath.Dir(c.Path)
}

// Default is the configuration with no file: every rule at its own severity.
func Default(rules []*check.Rule) *Config {
	c := &Config{Rules: map[string]check.Severity{}, FailLevel: "error", People: map[string][]string{}}
	for _, r := range rules {
		c.Rules[r.Name] = r.Severity
	}
	return c
}

// Find searches dir and its parents for a configuration file and returns its
// path, or "" when there is none.
func Find(dir string) string {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		for _, n := range FileNames {
			p := filepath.Join(dir, n)
			if info, err := os.Stat(p); err == nil && !info.IsDir() {
				return p
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Load reads the configuration file at path over the defaults for rules.
func Load(path string, rules []*check.Rule) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		msg := err.Error()
		if errors.Is(err, fs.ErrNotExist) {
			msg = "no such file"
		}
		return nil, &check.InputError{Path: path, Message: msg}
	}
	return Parse(path, data, rules)
}

var yamlLine = regexp.MustCompile(`line (\d+): `)

// Parse reads a configuration file's bytes over the defaults for rules.
func Parse(path string, data []byte, rules []*check.Rule) (*Config, error) {
	c := Default(rules)
	c.Path = path
	bad := func(n *yaml.Node, format string, args ...any) error {
		return &check.InputError{Path: path, Line: n.Line, Message: fmt.Sprintf(format, args...)}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		msg, line := strings.TrimPrefix(err.Error(), "yaml: "), 0
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			line, _ = strconv.Atoi(m[1])
			msg = yamlLine.ReplaceAllString(msg, "")
		}
		return nil, &check.InputError{Path: path, Line: line, Message: "not valid YAML: " + msg}
	}
	if len(doc.Content) == 0 {
		return c, nil // an empty file: the defaults
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, bad(root, "the configuration must be a mapping of keys (rules, fail-level, people, titles, baseline, exclude)")
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		var err error
		switch k.Value {
		case "rules":
			err = c.parseRules(v, bad)
		case "fail-level":
			if v.Kind != yaml.ScalarNode {
				return nil, bad(v, "fail-level must be error, warning, info or none")
			}
			if _, perr := check.ParseSeverity(v.Value); perr != nil && v.Value != "none" {
				return nil, bad(v, "fail-level %q must be error, warning, info or none", v.Value)
			}
			c.FailLevel = v.Value
		case "people":
			err = c.parsePeople(v, bad)
		case "titles":
			err = c.parseTitles(v, bad)
		case "baseline":
			if v.Kind != yaml.ScalarNode {
				return nil, bad(v, "baseline must be a file name")
			}
			c.Baseline = v.Value
		case "exclude":
			c.Exclude, err = stringList(v, bad, "exclude")
			for _, g := range c.Exclude {
				if err == nil && !doublestar.ValidatePattern(filepath.ToSlash(g)) {
					err = bad(v, "exclude pattern %q is not a valid glob", g)
				}
			}
		default:
			return nil, bad(k, "unknown key %q (known: rules, fail-level, people, titles, baseline, exclude)", k.Value)
		}
		if err != nil {
			return nil, err
		}
	}
	return c, nil
}

type badFunc func(n *yaml.Node, format string, args ...any) error

func (c *Config) parseRules(v *yaml.Node, bad badFunc) error {
	if v.Kind != yaml.MappingNode {
		return bad(v, "rules must map each rule to off, error, warning or info")
	}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, s := v.Content[i], v.Content[i+1]
		if _, ok := c.Rules[k.Value]; !ok {
			return bad(k, "unknown rule %q (rules: %s)", k.Value, strings.Join(c.RuleNames(), ", "))
		}
		// YAML 1.1 reads a bare off as false; both mean the rule is off.
		if s.Kind == yaml.ScalarNode && (s.Value == "off" || s.Value == "false") {
			c.Rules[k.Value] = Off
			continue
		}
		sev, err := check.ParseSeverity(s.Value)
		if s.Kind != yaml.ScalarNode || err != nil {
			return bad(s, "rule %s: %q must be off, error, warning or info", k.Value, s.Value)
		}
		c.Rules[k.Value] = sev
	}
	return nil
}

func (c *Config) parsePeople(v *yaml.Node, bad badFunc) error {
	if v.Kind != yaml.MappingNode {
		return bad(v, "people must map a person's name to the names that mean them")
	}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, list := v.Content[i], v.Content[i+1]
		if len(strings.Fields(k.Value)) < 2 {
			return bad(k, "people: %q should be a full name (given name and surname)", k.Value)
		}
		aliases, err := stringList(list, bad, "people: "+k.Value)
		if err != nil {
			return err
		}
		c.People[k.Value] = aliases
	}
	return nil
}

func (c *Config) parseTitles(v *yaml.Node, bad badFunc) error {
	if v.Kind != yaml.SequenceNode {
		return bad(v, "titles must be a list of groups, such as [[aide, adviser]]")
	}
	for _, g := range v.Content {
		words, err := stringList(g, bad, "titles")
		if err != nil {
			return err
		}
		if len(words) < 2 {
			return bad(g, "titles: a group needs two or more words")
		}
		c.Titles = append(c.Titles, words)
	}
	return nil
}

// stringList reads a list of strings, or one string as a list of one.
func stringList(v *yaml.Node, bad badFunc, what string) ([]string, error) {
	items := []*yaml.Node{v}
	if v.Kind == yaml.SequenceNode {
		items = v.Content
	}
	var out []string
	for _, n := range items {
		if n.Kind != yaml.ScalarNode || n.Value == "" {
			return nil, bad(n, "%s: expected a list of words or names", what)
		}
		out = append(out, n.Value)
	}
	return out, nil
}

// RuleNames are the configured rules' names, sorted.
func (c *Config) RuleNames() []string {
	names := make([]string, 0, len(c.Rules))
	for n := range c.Rules {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Excluded reports whether an article path matches an exclude glob, taken
// relative to the configuration's directory.
func (c *Config) Excluded(path string) bool {
	if len(c.Exclude) == 0 {
		return false
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	base, err := filepath.Abs(c.Dir())
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(base, abs)
	if err != nil {
		return false
	}
	rel = filepath.ToSlash(rel)
	for _, g := range c.Exclude {
		if ok, _ := doublestar.Match(filepath.ToSlash(g), rel); ok {
			return true
		}
	}
	return false
}

// BaselinePath is the baseline file, relative to the working directory.
func (c *Config) BaselinePath() string {
	if c.Baseline == "" || filepath.IsAbs(c.Baseline) {
		return c.Baseline
	}
	return filepath.Join(c.Dir(), c.Baseline)
}

// effective is the configuration as printed by `factlint config`.
type effective struct {
	Rules     yaml.Node           `yaml:"rules"`
	FailLevel string              `yaml:"fail-level"`
	People    map[string][]string `yaml:"people"`
	Titles    [][]string          `yaml:"titles"`
	Baseline  string              `yaml:"baseline"`
	Exclude   []string            `yaml:"exclude"`
}

// YAML renders the effective configuration as a configuration file, rules
// in name order, with a comment saying where it came from.
func (c *Config) YAML() ([]byte, error) {
	e := effective{FailLevel: c.FailLevel, People: c.People, Titles: c.Titles, Baseline: c.Baseline, Exclude: c.Exclude}
	if e.Titles == nil {
		e.Titles = [][]string{}
	}
	if e.Exclude == nil {
		e.Exclude = []string{}
	}
	e.Rules.Kind = yaml.MappingNode
	for _, n := range c.RuleNames() {
		val := "off"
		if s := c.Rules[n]; s != Off {
			val = s.String()
		}
		e.Rules.Content = append(e.Rules.Content,
			&yaml.Node{Kind: yaml.ScalarNode, Value: n},
			&yaml.Node{Kind: yaml.ScalarNode, Value: val})
	}
	var b bytes.Buffer
	b.WriteString("# no configuration file found: the defaults\n")
	if c.Path != "" {
		b.Reset()
		b.WriteString("# from " + c.Path + "\n")
	}
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(e); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
