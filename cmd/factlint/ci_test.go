package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/factlint/factlint/rules"
)

// copySeeds copies the seed story into dir, each article renamed with ext
// and wrapped in before and after.
func copySeeds(t *testing.T, dir, ext, before, after string) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(seeds, "*.txt"))
	if err != nil || len(files) != 5 {
		t.Fatalf("seed story: %v (%d files)", err, len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".txt") + ext
		if err := os.WriteFile(filepath.Join(dir, name), []byte(before+string(data)+after), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func rulesOf(r jsonOut) map[string]int {
	out := map[string]int{}
	for _, f := range r.Findings {
		out[f.Rule]++
	}
	return out
}

// TestSARIFOnSeeds: SARIF 2.1.0 whose results each carry a location with a
// line, related locations, a partial fingerprint and a level, with every
// rule listed on the driver.
func TestSARIFOnSeeds(t *testing.T) {
	code, out, stderr := runCLI(t, "", "check", "--format", "sarif", seeds)
	if code != 1 {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	var log struct {
		Schema  string `json:"$schema"`
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string
					Rules []struct {
						ID              string
						FullDescription struct{ Text string }
					}
				}
			}
			Results []struct {
				RuleID    string
				Level     string
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine int }
					}
				}
				RelatedLocations    []json.RawMessage
				PartialFingerprints map[string]string
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	parsed, err := sarif.FromString(out)
	if err == nil {
		err = parsed.Validate()
	}
	if err != nil {
		t.Errorf("not valid against the SARIF 2.1.0 schema: %v", err)
	}
	if log.Version != "2.1.0" || !strings.Contains(log.Schema, "2.1.0") || len(log.Runs) != 1 {
		t.Fatalf("not a SARIF 2.1.0 log of one run: version %q schema %q", log.Version, log.Schema)
	}
	run := log.Runs[0]
	if run.Tool.Driver.Name != "factlint" || len(run.Tool.Driver.Rules) != len(rules.All) {
		t.Errorf("driver %q lists %d rules, want factlint with %d", run.Tool.Driver.Name, len(run.Tool.Driver.Rules), len(rules.All))
	}
	for i, r := range run.Tool.Driver.Rules {
		if r.ID != rules.All[i].Name || r.FullDescription.Text == "" {
			t.Errorf("driver rule %d: %q without its documentation", i, r.ID)
		}
	}
	if len(run.Results) != 3 {
		t.Fatalf("%d results, want 3", len(run.Results))
	}
	for _, r := range run.Results {
		if len(r.Locations) == 0 || r.Locations[0].PhysicalLocation.Region.StartLine < 1 || r.Locations[0].PhysicalLocation.ArtifactLocation.URI == "" {
			t.Errorf("%s: no location with a line", r.RuleID)
		}
		if len(r.RelatedLocations) == 0 && len(r.Locations) < 2 {
			t.Errorf("%s: no related location", r.RuleID)
		}
		if r.PartialFingerprints["factlint/v1"] == "" {
			t.Errorf("%s: no partial fingerprint", r.RuleID)
		}
		if r.Level != "error" && r.Level != "warning" && r.Level != "note" {
			t.Errorf("%s: level %q", r.RuleID, r.Level)
		}
	}
}

// TestConfigRuleOff: a .factlint.yaml with rules: {date: off}, found from
// the working directory, removes the date findings and keeps the rest.
func TestConfigRuleOff(t *testing.T) {
	dir := t.TempDir()
	copySeeds(t, dir, ".txt", "", "")
	writeFile(t, filepath.Join(dir, ".factlint.yaml"), "rules: {date: off}\n")
	t.Chdir(dir)
	code, r := checkJSON(t, ".")
	got := rulesOf(r)
	if got["date"] != 0 || got["attribution"] != 1 || got["quote"] != 1 || code != 1 {
		t.Errorf("exit %d, findings by rule %v; want attribution and quote, no date", code, got)
	}
	// The same file named with --config from elsewhere.
	t.Chdir(t.TempDir())
	if _, r := checkJSON(t, "--config", filepath.Join(dir, ".factlint.yaml"), dir); rulesOf(r)["date"] != 0 || len(r.Findings) != 2 {
		t.Errorf("--config: findings by rule %v", rulesOf(r))
	}
}

func TestConfigSeveritiesAndFailLevel(t *testing.T) {
	dir := t.TempDir()
	conf := filepath.Join(dir, "c.yaml")
	writeFile(t, conf, "rules:\n  attribution: warning\nfail-level: warning\n")
	code, r := checkJSON(t, "--config", conf, seeds)
	for _, f := range r.Findings {
		if f.Rule == "attribution" && f.Severity != "warning" {
			t.Errorf("attribution finding is %s, configured warning", f.Severity)
		}
	}
	if code != 1 {
		t.Errorf("exit %d; fail-level warning with warnings should fail", code)
	}
	if code, _, _ := runCLI(t, "", "check", "--config", conf, "--fail-level", "none", seeds); code != 0 {
		t.Errorf("--fail-level on the command line should win over the file: exit %d", code)
	}
}

func TestConfigErrors(t *testing.T) {
	dir := t.TempDir()
	for name, c := range map[string]struct{ content, want string }{
		"unknown rule":  {"rules:\n  dates: off\n", "bad.yaml:2: unknown rule \"dates\""},
		"bad severity":  {"rules:\n  date: loud\n", "bad.yaml:2: rule date: \"loud\""},
		"unknown key":   {"rule: {}\n", "bad.yaml:1: unknown key \"rule\""},
		"not yaml":      {"rules: [\n", "bad.yaml"},
		"bad people":    {"people:\n  Peskov: [spokesman]\n", "bad.yaml:2: people: \"Peskov\" should be a full name"},
		"bad glob":      {"exclude: [\"a[\"]\n", "is not a valid glob"},
		"bad faillevel": {"fail-level: loud\n", "bad.yaml:1: fail-level"},
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, "bad.yaml")
			writeFile(t, path, c.content)
			code, _, stderr := runCLI(t, "", "check", "--config", path, seeds)
			if code != 2 || !strings.Contains(stderr, c.want) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", code, stderr, c.want)
			}
		})
	}
	if code, _, stderr := runCLI(t, "", "check", "--config", filepath.Join(dir, "none.yaml"), seeds); code != 2 || !strings.Contains(stderr, "none.yaml") {
		t.Errorf("missing config: exit %d, stderr %q", code, stderr)
	}
}

func TestConfigCommand(t *testing.T) {
	dir := t.TempDir()
	conf := filepath.Join(dir, ".factlint.yaml")
	writeFile(t, conf, "rules: {title: off}\npeople:\n  Dmitry Peskov: [Peskov, Kremlin spokesman]\nexclude: [drafts/**]\n")
	code, out, _ := runCLI(t, "", "config", "--config", conf)
	for _, s := range []string{"# from " + conf, "title: off", "date: error", "quote: warning", "fail-level: error", "Dmitry Peskov:", "- Kremlin spokesman", "- drafts/**"} {
		if !strings.Contains(out, s) {
			t.Errorf("config output lacks %q:\n%s", s, out)
		}
	}
	if code != 0 {
		t.Errorf("exit %d", code)
	}
	t.Chdir(t.TempDir())
	if _, out, _ := runCLI(t, "", "config"); !strings.Contains(out, "no configuration file found") || !strings.Contains(out, "title: warning") {
		t.Errorf("defaults:\n%s", out)
	}
}

// TestBaseline: --write-baseline then --baseline exits 0 with no findings,
// and fingerprints survive edits that leave the claims alone.
func TestBaseline(t *testing.T) {
	dir := t.TempDir()
	copySeeds(t, dir, ".txt", "", "")
	base := filepath.Join(dir, "baseline.json")
	code, _, stderr := runCLI(t, "", "check", "--write-baseline", base, dir)
	if code != 0 || !strings.Contains(stderr, "wrote 3 findings") {
		t.Fatalf("--write-baseline: exit %d, stderr %q", code, stderr)
	}
	code, r := checkJSON(t, "--baseline", base, dir)
	if code != 0 || len(r.Findings) != 0 {
		t.Errorf("--baseline: exit %d with %d findings, want 0 and none", code, len(r.Findings))
	}
	_, out, _ := runCLI(t, "", "check", "--baseline", base, dir)
	if !strings.Contains(out, "3 findings hidden by the baseline") {
		t.Errorf("table does not say what the baseline hid:\n%s", out)
	}
	// An edit elsewhere in an article moves every offset but no claim.
	f := filepath.Join(dir, "003_dba6870402cb91d6.txt")
	data, _ := os.ReadFile(f)
	writeFile(t, f, "\n\n"+string(data)+"\nA paragraph added at the end about something else.\n")
	if code, r := checkJSON(t, "--baseline", base, dir); code != 0 || len(r.Findings) != 0 {
		t.Errorf("after an edit: exit %d with %d findings", code, len(r.Findings))
	}
	// The baseline named in the configuration.
	writeFile(t, filepath.Join(dir, ".factlint.yaml"), "baseline: baseline.json\n")
	if code, r := checkJSON(t, "--config", filepath.Join(dir, ".factlint.yaml"), dir); code != 0 || len(r.Findings) != 0 {
		t.Errorf("baseline from the configuration: exit %d with %d findings", code, len(r.Findings))
	}
	if code, _, stderr := runCLI(t, "", "check", "--baseline", filepath.Join(dir, "nope.json"), dir); code != 2 || !strings.Contains(stderr, "nope.json") {
		t.Errorf("missing baseline: exit %d, stderr %q", code, stderr)
	}
}

// TestSuppressionComments: Markdown copies of the articles wrapped in
// <!-- factlint off --> ... <!-- factlint on --> give no findings.
func TestSuppressionComments(t *testing.T) {
	dir := t.TempDir()
	copySeeds(t, dir, ".md", "<!-- factlint off -->\n", "\n<!-- factlint on -->\n")
	code, r := checkJSON(t, dir)
	if code != 0 || len(r.Findings) != 0 {
		t.Errorf("exit %d with %d findings, want 0 and none", code, len(r.Findings))
	}
	// One rule off in one article: only that rule's finding goes.
	dir = t.TempDir()
	copySeeds(t, dir, ".md", "", "")
	f := filepath.Join(dir, "003_dba6870402cb91d6.md")
	data, _ := os.ReadFile(f)
	writeFile(t, f, "<!-- factlint date off -->\n"+string(data))
	if _, r := checkJSON(t, dir); rulesOf(r)["date"] != 0 || len(r.Findings) != 2 {
		t.Errorf("date off in 003: findings by rule %v", rulesOf(r))
	}
	// HTML takes the same comments.
	dir = t.TempDir()
	copySeeds(t, dir, ".html", "<html><body><!-- factlint off --><pre>\n", "\n</pre><!-- factlint on --></body></html>\n")
	if code, r := checkJSON(t, dir); code != 0 || len(r.Findings) != 0 {
		t.Errorf("html: exit %d with %d findings", code, len(r.Findings))
	}
}

func TestFrontMatterDisable(t *testing.T) {
	dir := t.TempDir()
	copySeeds(t, dir, ".md", "", "")
	f := filepath.Join(dir, "001_932499db8d5cc655.md")
	data, _ := os.ReadFile(f)
	writeFile(t, f, "---\nfactlint: {disable: [attribution, quote]}\n---\n"+string(data))
	if _, r := checkJSON(t, dir); len(r.Findings) != 1 || rulesOf(r)["date"] != 1 {
		t.Errorf("findings by rule %v, want only the date finding", rulesOf(r))
	}
	writeFile(t, f, "---\nfactlint: {disable: [atribution]}\n---\n"+string(data))
	code, r := checkJSON(t, dir)
	if code != 2 || len(r.Errors) != 1 || !strings.Contains(r.Errors[0].Message, "atribution") {
		t.Errorf("unknown rule in front matter: exit %d, errors %+v", code, r.Errors)
	}
}

func TestBadSuppressionComment(t *testing.T) {
	dir := t.TempDir()
	copySeeds(t, dir, ".md", "", "")
	f := filepath.Join(dir, "000_51a7af47abdd21cc.md")
	data, _ := os.ReadFile(f)
	writeFile(t, f, "Title\n\n<!-- factlint dat off -->\n"+string(data))
	code, _, stderr := runCLI(t, "", "check", dir)
	if code != 2 || !strings.Contains(stderr, "000_51a7af47abdd21cc.md:3:") {
		t.Errorf("exit %d, stderr %q; want the file and line", code, stderr)
	}
}

func TestExclude(t *testing.T) {
	dir := t.TempDir()
	copySeeds(t, dir, ".txt", "", "")
	if err := os.Mkdir(filepath.Join(dir, "drafts"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "drafts", "x.txt"), "Draft\n\nThe talks ended on Monday, Yuri Ushakov said.\n")
	writeFile(t, filepath.Join(dir, ".factlint.yaml"), "exclude: [\"drafts/**\", \"004_*\"]\n")
	_, r := checkJSON(t, "--config", filepath.Join(dir, ".factlint.yaml"), dir)
	for _, a := range r.Articles {
		if strings.Contains(a.Path, "drafts") || strings.Contains(a.Path, "004_") {
			t.Errorf("excluded article read: %s", a.Path)
		}
	}
	if len(r.Articles) != 4 {
		t.Errorf("%d articles, want 4", len(r.Articles))
	}
}

// TestPeopleAliases: a configured alias makes an unnamed source one person.
func TestPeopleAliases(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), "Talks end\n\nThe talks in Moscow with Yuri Ushakov ended. \"The conversation was constructive,\" the Kremlin's man said.\n")
	writeFile(t, filepath.Join(dir, "b.txt"), "Talks end\n\nYuri Ushakov met the envoy. \"The conversation was constructive,\" Dmitry Peskov said.\n")
	conf := filepath.Join(dir, "c.yaml")
	writeFile(t, conf, "people:\n  Yuri Ushakov: [\"Kremlin's man\"]\n")
	_, r := checkJSON(t, "--config", conf, dir)
	if rulesOf(r)["attribution"] != 1 {
		t.Errorf("findings by rule %v; the alias should make the speaker Yuri Ushakov, against Peskov", rulesOf(r))
	}
}

// TestChangedSince reports only findings with evidence in articles changed
// since a revision, while still reading every article.
func TestChangedSince(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	copySeeds(t, dir, ".txt", "", "")
	git := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false"}, args...)...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git("init", "-q")
	git("add", ".")
	git("commit", "-q", "-m", "seeds")
	f := filepath.Join(dir, "003_dba6870402cb91d6.txt")
	data, _ := os.ReadFile(f)
	writeFile(t, f, string(data)+"\nUpdated.\n")
	t.Chdir(dir)
	code, r := checkJSON(t, "--changed-since", "HEAD", ".")
	if len(r.Articles) != 5 || len(r.Findings) != 1 || rulesOf(r)["date"] != 1 {
		t.Errorf("exit %d, %d articles, findings by rule %v; want all read and only the date finding (003 changed)", code, len(r.Articles), rulesOf(r))
	}
	if code, _, stderr := runCLI(t, "", "check", "--changed-since", "no-such-rev", "."); code != 2 || !strings.Contains(stderr, "no-such-rev") {
		t.Errorf("bad revision: exit %d, stderr %q", code, stderr)
	}
}

// TestGitHubStepSummary: findings past GitHub's annotation limit go to the
// job summary.
func TestGitHubStepSummary(t *testing.T) {
	summary := filepath.Join(t.TempDir(), "summary.md")
	t.Setenv("GITHUB_STEP_SUMMARY", summary)
	if code, _, _ := runCLI(t, "", "check", "--format", "github", seeds); code != 1 {
		t.Errorf("exit %d", code)
	}
	// Three findings fit: the summary stays empty.
	if data, err := os.ReadFile(summary); err == nil && len(data) > 0 {
		t.Errorf("summary written for findings that fit:\n%s", data)
	}
}

// TestTitleSynonyms: a configured group of role words is one post.
func TestTitleSynonyms(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), "Envoy visits\n\nUS ambassador Steve Witkoff arrived in Moscow on Tuesday.\n")
	writeFile(t, filepath.Join(dir, "b.txt"), "Envoy in Moscow\n\nUS envoy Steve Witkoff arrived in Moscow on Tuesday.\n")
	if _, r := checkJSON(t, dir); rulesOf(r)["title"] != 1 {
		t.Fatalf("findings by rule %v; want a title finding without the configuration", rulesOf(r))
	}
	conf := filepath.Join(dir, "c.yaml")
	writeFile(t, conf, "titles:\n  - [envoy, ambassador]\n")
	if _, r := checkJSON(t, "--config", conf, dir); len(r.Findings) != 0 {
		t.Errorf("findings by rule %v; envoy and ambassador are configured as one post", rulesOf(r))
	}
}
