package config

import (
	"testing"

	"github.com/factlint/factlint/check"
)

// FuzzConfig feeds arbitrary files to the configuration reader: it returns
// a configuration or an error naming the file with a line inside it, never
// panics, and what it returns prints as a configuration it reads back alike.
func FuzzConfig(f *testing.F) {
	f.Add([]byte("rules:\n  date: off\n  quote: error\nfail-level: warning\n"))
	f.Add([]byte("people:\n  Dmitry Peskov: [Peskov, \"Kremlin spokesman\"]\ntitles:\n  - [aide, adviser]\n"))
	f.Add([]byte("baseline: b.json\nexclude: [\"drafts/**\"]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse("c.yaml", data, testRules)
		if err != nil {
			ie, ok := err.(*check.InputError)
			if !ok || ie.Path != "c.yaml" {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		out, err := c.YAML()
		if err != nil {
			t.Fatal(err)
		}
		back, err := Parse("printed.yaml", out, testRules)
		if err != nil {
			t.Fatalf("printed configuration does not read back: %v\n%s", err, out)
		}
		for name, sev := range c.Rules {
			if back.Rules[name] != sev {
				t.Fatalf("rule %s: %v, read back %v", name, sev, back.Rules[name])
			}
		}
		if back.FailLevel != c.FailLevel || back.Baseline != c.Baseline || len(back.People) != len(c.People) || len(back.Exclude) != len(c.Exclude) {
			t.Fatalf("printed configuration reads back differently:\n%s", out)
		}
	})
}
