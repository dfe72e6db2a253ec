package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factlint/factlint/check"
)

var testRules = []*check.Rule{{Name: "date", Severity: check.Error}, {Name: "quote", Severity: check.Warning}}

func TestParse(t *testing.T) {
	c, err := Parse("/desk/.factlint.yaml", []byte(`
rules:
  date: off
  quote: info
fail-level: warning
people:
  Dmitry Peskov: [Peskov, "Kremlin spokesman"]
titles:
  - [aide, adviser]
baseline: base.json
exclude: ["drafts/**", "*.tmp.md"]
`), testRules)
	if err != nil {
		t.Fatal(err)
	}
	if c.Rules["date"] != Off || c.Rules["quote"] != check.Info || c.FailLevel != "warning" {
		t.Errorf("rules %v, fail-level %q", c.Rules, c.FailLevel)
	}
	if got := c.People["Dmitry Peskov"]; len(got) != 2 || got[1] != "Kremlin spokesman" {
		t.Errorf("people %v", c.People)
	}
	if len(c.Titles) != 1 || c.Titles[0][1] != "adviser" {
		t.Errorf("titles %v", c.Titles)
	}
	if c.BaselinePath() != filepath.Join("/desk", "base.json") {
		t.Errorf("baseline path %q", c.BaselinePath())
	}
	for path, want := range map[string]bool{
		"/desk/drafts/a.md": true, "/desk/drafts/x/b.txt": true, "/desk/story/a.md": false,
		"/desk/a.tmp.md": true, "/elsewhere/drafts/a.md": false,
	} {
		if got := c.Excluded(path); got != want {
			t.Errorf("Excluded(%s) = %v, want %v", path, got, want)
		}
	}
}

func TestParseEmptyIsDefault(t *testing.T) {
	c, err := Parse("x.yaml", []byte("# nothing yet\n"), testRules)
	if err != nil || c.Rules["date"] != check.Error || c.FailLevel != "error" {
		t.Errorf("%+v, %v", c, err)
	}
}

func TestParseErrorsHaveLines(t *testing.T) {
	for src, want := range map[string]string{
		"rules:\n  date: sometimes\n":   "x.yaml:2:",
		"rules:\n  nosuch: off\n":       "x.yaml:2: unknown rule",
		"titles:\n  - [aide]\n":         "x.yaml:2: titles: a group needs two",
		"people: [a]\n":                 "x.yaml:1: people must map",
		"[1, 2]\n":                      "x.yaml:1: the configuration must be a mapping",
		"baseline: [a, b]\n":            "x.yaml:1: baseline must be a file name",
		"rules:\n\tdate: off\n":         "x.yaml",
		"exclude:\n  - \"[unclosed\"\n": "not a valid glob",
	} {
		_, err := Parse("x.yaml", []byte(src), testRules)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: error %v, want %q", src, err, want)
		}
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if got := Find(deep); got != "" && strings.HasPrefix(got, root) {
		t.Errorf("found %q where there is none", got)
	}
	conf := filepath.Join(root, "a", ".factlint.yaml")
	if err := os.WriteFile(conf, []byte("rules: {}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := Find(deep); got != conf {
		t.Errorf("Find = %q, want %q", got, conf)
	}
}

func TestYAMLRoundTrip(t *testing.T) {
	c := Default(testRules)
	c.Rules["date"] = Off
	out, err := c.YAML()
	if err != nil {
		t.Fatal(err)
	}
	back, err := Parse("printed.yaml", out, testRules)
	if err != nil {
		t.Fatalf("printed configuration does not parse: %v\n%s", err, out)
	}
	if back.Rules["date"] != Off || back.Rules["quote"] != check.Warning {
		t.Errorf("round trip lost rules: %v\n%s", back.Rules, out)
	}
}
