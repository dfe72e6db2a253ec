package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/factlint/factlint/check"
	"github.com/factlint/factlint/check/extract"
	"github.com/factlint/factlint/check/load"
	"github.com/factlint/factlint/rules"
)

var lineFormat = regexp.MustCompile(`^[^\n]+:[1-9][0-9]*:[1-9][0-9]*:[a-z]+:[^\n]*$`)

// FuzzRenderers renders the findings and claims of two fuzzed articles in
// every format: nothing may panic, JSON and SARIF must parse, line and
// github output must keep their one-line shapes.
func FuzzRenderers(f *testing.F) {
	paths, _ := filepath.Glob("../../fixtures/*/*.txt")
	for i := 0; i+1 < len(paths); i += 2 {
		a, _ := os.ReadFile(paths[i])
		b, _ := os.ReadFile(paths[i+1])
		f.Add(a, b)
	}
	f.Add([]byte("T\n\n\"Yes,\" said Ann Lee on Tuesday.\n"), []byte("T\n\n\"Yes,\" said Bob Roe on Friday, Dec. 5, 2025.\n"))
	f.Fuzz(func(t *testing.T, x, y []byte) {
		var arts []*check.Article
		for i, data := range [][]byte{x, y} {
			a, err := load.Parse([]string{"a,x.txt", "b:y.md"}[i], data, load.Options{Published: "2025-12-03"})
			if err != nil {
				continue
			}
			extract.Analyse(a)
			arts = append(arts, a)
		}
		r := &check.Report{Articles: arts, Story: check.NewStory(arts), Errors: []*check.InputError{{Path: "bad\nname", Line: 3, Message: "bad: input"}}}
		r.Findings = check.Run(r.Story, rules.All)
		opt := Options{Rules: rules.All, Version: "fuzz", Color: true}
		for name, render := range Formats {
			var buf bytes.Buffer
			if name == "github" {
				opt.Summary = &bytes.Buffer{}
			}
			if err := render(&buf, r, opt); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			out := buf.String()
			switch name {
			case "json", "sarif":
				if !json.Valid(buf.Bytes()) {
					t.Fatalf("%s output is not JSON:\n%s", name, out)
				}
			case "line":
				for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
					if l != "" && !lineFormat.MatchString(l) {
						t.Fatalf("line output %q is not path:line:col:rule:message", l)
					}
				}
			case "github":
				for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
					if l != "" && !strings.HasPrefix(l, "::") {
						t.Fatalf("github output %q is not a workflow command", l)
					}
				}
			}
		}
		for _, render := range []Renderer{ClaimsJSON, ClaimsTable} {
			var buf bytes.Buffer
			if err := render(&buf, r, opt); err != nil {
				t.Fatal(err)
			}
		}
	})
}
