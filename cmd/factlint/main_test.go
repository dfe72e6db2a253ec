package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

const seeds = "../../fixtures/talks"

func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

type jsonOut struct {
	Articles []struct {
		Path   string
		Claims int
	}
	Findings []struct {
		Rule, Severity, Message, Fingerprint string
		Evidence                             []struct {
			Path, Text, Value string
			Line, Column      int
			Start, End        int
		}
		Diff string
	}
	Errors []struct{ Path, Message string }
}

func checkJSON(t *testing.T, args ...string) (int, jsonOut) {
	t.Helper()
	code, out, _ := runCLI(t, "", append([]string{"check", "--format", "json"}, args...)...)
	var r jsonOut
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	return code, r
}

// TestSeedStory is the "done when": the seed story's three findings
// and none of the false ones.
func TestSeedStory(t *testing.T) {
	code, r := checkJSON(t, seeds)
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	if len(r.Articles) != 5 {
		t.Fatalf("read %d articles, want 5", len(r.Articles))
	}
	has := func(rule string, files []string, texts ...string) bool {
		for _, f := range r.Findings {
			if f.Rule != rule {
				continue
			}
			var paths, shown string
			for _, e := range f.Evidence {
				paths += filepath.Base(e.Path) + " "
				shown += e.Text + " " + e.Value + " " + f.Diff + " "
			}
			ok := true
			for _, file := range files {
				ok = ok && strings.Contains(paths, file)
			}
			for _, s := range texts {
				ok = ok && strings.Contains(shown, s)
			}
			if ok {
				return true
			}
		}
		return false
	}
	if !has("attribution", []string{"000_", "001_"}, "Peskov", "Ushakov") {
		t.Error("no attribution finding covering 000 and 001 naming Peskov and Ushakov")
	}
	if !has("date", []string{"003_", "004_"}, "Tuesday", "Wednesday") {
		t.Error("no date finding covering 003 and 004 with Tuesday and Wednesday")
	}
	if !has("quote", []string{"001_", "004_"}, "substantive", "informed") {
		t.Error("no quote finding covering 001 and 004 showing substantive against informed")
	}
	for _, f := range r.Findings {
		var files []string
		for _, e := range f.Evidence {
			files = append(files, filepath.Base(e.Path)[:3])
		}
		joined := strings.Join(files, ",")
		switch {
		case f.Rule == "duration":
			t.Errorf("false duration finding: %s", f.Message)
		case f.Rule == "title":
			t.Errorf("false title finding: %s", f.Message)
		case strings.Contains(joined, "002"):
			t.Errorf("finding pairs 002 with another round of talks: %s %s", f.Rule, f.Message)
		}
	}
	if len(r.Findings) != 3 {
		t.Errorf("%d findings, want exactly the 3 known ones", len(r.Findings))
	}
	// Evidence positions point into the files as on disk.
	for _, f := range r.Findings {
		for _, e := range f.Evidence {
			data, err := os.ReadFile(filepath.Join(seeds, filepath.Base(e.Path)))
			if err != nil {
				t.Fatal(err)
			}
			if got := string(data[e.Start:e.End]); got != e.Text {
				t.Errorf("%s [%d:%d] is %q, evidence says %q", e.Path, e.Start, e.End, got, e.Text)
			}
		}
	}
}

func TestMissingPathStillChecksTheRest(t *testing.T) {
	code, r := checkJSON(t, seeds, "no-such-article.txt")
	if code != 2 {
		t.Errorf("exit status %d, want 2", code)
	}
	if len(r.Errors) != 1 || r.Errors[0].Path != "no-such-article.txt" {
		t.Errorf("errors = %+v, want one naming no-such-article.txt", r.Errors)
	}
	if len(r.Findings) != 3 {
		t.Errorf("%d findings, want the seed story still checked", len(r.Findings))
	}
	_, _, stderr := runCLI(t, "", "check", "no-such-article.txt")
	if !strings.Contains(stderr, "no-such-article.txt") {
		t.Errorf("stderr does not name the file: %q", stderr)
	}
}

func TestExitCodes(t *testing.T) {
	cases := []struct {
		name string
		args []string
		want int
	}{
		{"findings reach error", []string{"check", seeds}, 1},
		{"fail-level none", []string{"check", "--fail-level", "none", seeds}, 0},
		{"only warnings, fail at error", []string{"check", "--enable", "quote", seeds}, 0},
		{"only warnings, fail at warning", []string{"check", "--enable", "quote", "--fail-level", "warning", seeds}, 1},
		{"silent story", []string{"check", "../../fixtures/date-silent"}, 0},
		{"flags after paths", []string{"check", seeds, "--fail-level", "none"}, 0},
		{"no paths", []string{"check"}, 2},
		{"unknown format", []string{"check", "--format", "xml", seeds}, 2},
		{"unknown rule", []string{"check", "--disable", "nosuch", seeds}, 2},
		{"bad fail level", []string{"check", "--fail-level", "loud", seeds}, 2},
		{"bad published", []string{"check", "--published", "yesterday", seeds}, 2},
		{"unknown command", []string{"lint", seeds}, 2},
		{"empty directory", []string{"check", t.TempDir()}, 2},
		{"claims", []string{"claims", seeds}, 0},
		{"claims missing", []string{"claims", "nope.txt"}, 2},
		{"version", []string{"version"}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if code, _, stderr := runCLI(t, "", c.args...); code != c.want {
				t.Errorf("factlint %v: exit %d, want %d (stderr %q)", c.args, code, c.want, stderr)
			}
		})
	}
}

func TestStdin(t *testing.T) {
	code, out, _ := runCLI(t, "Title\n\nOn Tuesday, Dec. 3, 2025, the council met.\n", "check", "--format", "line", "-")
	if code != 1 || !strings.HasPrefix(out, "-:3:4:weekday:") {
		t.Errorf("exit %d, output %q; want a weekday finding on standard input", code, out)
	}
}

func TestRulesListsEveryRule(t *testing.T) {
	_, out, _ := runCLI(t, "", "rules")
	for _, name := range []string{"attribution", "quote", "date", "duration", "number", "title", "weekday"} {
		if !strings.Contains(out, "\n"+name+" (") && !strings.HasPrefix(out, name+" (") {
			t.Errorf("rules does not list %s", name)
		}
	}
}

func TestLineFormat(t *testing.T) {
	_, out, _ := runCLI(t, "", "check", "--format", "line", seeds)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines, want 3:\n%s", len(lines), out)
	}
	for _, l := range lines {
		if !lineFormat.MatchString(l) {
			t.Errorf("line %q is not path:line:col:rule:message", l)
		}
	}
}

var lineFormat = regexp.MustCompile(`^[^:]+:[1-9][0-9]*:[1-9][0-9]*:[a-z]+:\S.*$`)

func TestGitHubFormat(t *testing.T) {
	_, out, _ := runCLI(t, "", "check", "--format", "github", seeds)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines, want 3:\n%s", len(lines), out)
	}
	for _, l := range lines {
		if !(strings.HasPrefix(l, "::error file=") || strings.HasPrefix(l, "::warning file=") || strings.HasPrefix(l, "::notice file=")) || !strings.Contains(l, ",line=") {
			t.Errorf("not a workflow command: %q", l)
		}
	}
}

// TestGolden compares the table and JSON reports on the seed story with
// testdata/; run `go test ./cmd/factlint -update` to accept a change.
func TestGolden(t *testing.T) {
	for _, format := range []string{"table", "json"} {
		_, out, _ := runCLI(t, "", "check", "--format", format, seeds)
		golden := filepath.Join("testdata", "talks."+format)
		if *update {
			if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run with -update to create it)", err)
		}
		if out != string(want) {
			t.Errorf("--format %s differs from %s; run with -update if the change is right\n%s", format, golden, out)
		}
	}
}
