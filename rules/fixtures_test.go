package rules_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/factlint/factlint/check"
	"github.com/factlint/factlint/check/engine"
	"github.com/factlint/factlint/rules"
)

// expectation is one finding a fixture story must produce: its rule, the
// articles its evidence covers, and strings its evidence must show.
type expectation struct {
	Rule     string   `json:"rule"`
	Severity string   `json:"severity"`
	Articles []string `json:"articles"`
	Text     []string `json:"text"`
}

// TestFixtures runs every story under fixtures/ and, like analysistest,
// fails on a missing expected finding and on an unexpected one.
func TestFixtures(t *testing.T) {
	dirs, err := filepath.Glob("../fixtures/*/expected.json")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no fixtures found: %v", err)
	}
	covered := map[string][2]bool{} // rule -> [flagged somewhere, silent story exists]
	for _, exp := range dirs {
		dir := filepath.Dir(exp)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			var want struct{ Findings []expectation }
			data, err := os.ReadFile(exp)
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(data, &want); err != nil {
				t.Fatalf("%s: %v", exp, err)
			}
			r := engine.Check([]string{dir}, engine.Options{Rules: rules.All})
			if len(r.Errors) > 0 {
				t.Fatalf("input errors: %v", r.Errors[0])
			}
			used := make([]bool, len(r.Findings))
			for _, w := range want.Findings {
				c := covered[w.Rule]
				c[0] = true
				covered[w.Rule] = c
				found := false
				for i, f := range r.Findings {
					if !used[i] && matches(f, w) {
						used[i], found = true, true
						break
					}
				}
				if !found {
					t.Errorf("missing finding: %s on %v showing %q", w.Rule, w.Articles, w.Text)
				}
			}
			for i, f := range r.Findings {
				if !used[i] {
					t.Errorf("unexpected finding: %s", describe(f))
				}
			}
			if strings.HasSuffix(dir, "-silent") {
				rule := strings.TrimSuffix(filepath.Base(dir), "-silent")
				c := covered[rule]
				c[1] = true
				covered[rule] = c
			}
		})
	}
	for _, r := range rules.All {
		if c := covered[r.Name]; !c[0] || !c[1] {
			t.Errorf("rule %s needs a fixture it flags and a %s-silent fixture it leaves alone", r.Name, r.Name)
		}
	}
}

func matches(f check.Finding, w expectation) bool {
	if f.Rule != w.Rule || (w.Severity != "" && f.Severity.String() != w.Severity) {
		return false
	}
	var names []string
	var shown strings.Builder
	for _, e := range f.Evidence {
		names = append(names, e.Article.Name)
		shown.WriteString(e.Text + "\x00" + e.Value + "\x00")
	}
	sort.Strings(names)
	want := append([]string(nil), w.Articles...)
	sort.Strings(want)
	if strings.Join(names, ",") != strings.Join(want, ",") {
		return false
	}
	for _, s := range w.Text {
		if !strings.Contains(shown.String(), s) {
			return false
		}
	}
	return true
}

func describe(f check.Finding) string {
	var ev []string
	for _, e := range f.Evidence {
		ev = append(ev, fmt.Sprintf("%s %q=%s", e.Article.Name, e.Text, e.Value))
	}
	return fmt.Sprintf("%s %s: %s [%s]", f.Rule, f.Severity, f.Message, strings.Join(ev, "; "))
}
