package report

import (
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/factlint/factlint/check"
)

// InformationURI is where factlint's documentation lives.
const InformationURI = "https://github.com/factlint/factlint"

// sarifLevel maps a severity to a SARIF result level.
func sarifLevel(s check.Severity) string { return levelWord(s, "note") }

// artifactURI is a path as SARIF wants it: relative paths with forward
// slashes (GitHub resolves them against the checkout), absolute ones as file URIs.
func artifactURI(path string) string {
	if path == "-" {
		return "stdin"
	}
	if filepath.IsAbs(path) {
		return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
	}
	return strings.TrimPrefix(filepath.ToSlash(filepath.Clean(path)), "./")
}

func sarifLocation(e check.Evidence, id int) *sarif.Location {
	line, col := e.Article.Position(e.Start)
	endLine, endCol := e.Article.Position(e.End)
	region := sarif.NewRegion().WithStartLine(line).WithStartColumn(col).WithEndLine(endLine).WithEndColumn(endCol).
		WithSnippet(sarif.NewArtifactContent().WithText(e.Text))
	loc := sarif.NewLocationWithPhysicalLocation(sarif.NewPhysicalLocation().
		WithArtifactLocation(sarif.NewSimpleArtifactLocation(artifactURI(e.Article.Path))).
		WithRegion(region))
	if id > 0 {
		loc.WithID(id)
	}
	note := e.Value
	if e.Note != "" {
		note = strings.TrimSpace(e.Value + " (" + e.Note + ")")
	}
	if note != "" {
		loc.WithMessage(sarif.NewTextMessage(note))
	}
	return loc
}

// SARIF writes a SARIF 2.1.0 log for GitHub code scanning and other SARIF
// consumers: the driver lists every rule with its documentation; each result
// has its rule, its level, its first evidence as its location, the other
// articles' evidence as related locations, and its fingerprint as a
// partial fingerprint, so that code scanning follows it across commits.
func SARIF(w io.Writer, r *check.Report, opt Options) error {
	run := sarif.NewRunWithInformationURI("factlint", InformationURI)
	if opt.Version != "" {
		run.Tool.Driver.WithVersion(opt.Version)
	}
	rules := opt.Rules
	if len(rules) == 0 {
		rules = rulesOf(r.Findings)
	}
	for _, rule := range rules {
		run.AddRule(rule.Name).
			WithName(rule.Name).
			WithDescription(rule.Summary()).
			WithFullDescription(sarif.NewMultiformatMessageString().WithText(strings.TrimSpace(rule.Doc))).
			WithHelp(sarif.NewMultiformatMessageString().WithText(strings.TrimSpace(rule.Doc))).
			WithHelpURI(InformationURI + "#rules").
			WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(sarifLevel(rule.Severity)))
	}
	for _, f := range r.Findings {
		if run.GetRuleIndex(f.Rule) < 0 {
			run.AddRule(f.Rule).WithName(f.Rule)
		}
		msg := f.Subject + ": " + f.Message
		if len(f.Diff) > 0 {
			msg += " (" + PlainDiff(f.Diff) + ")"
		}
		res := run.CreateResultForRule(f.Rule).
			WithLevel(sarifLevel(f.Severity)).
			WithMessage(sarif.NewTextMessage(msg)).
			WithPartialFingerprints(map[string]string{"factlint/v1": f.Fingerprint})
		for i, e := range f.Evidence {
			if i == 0 {
				res.AddLocation(sarifLocation(e, 0))
			} else {
				res.AddRelatedLocation(sarifLocation(e, i))
			}
		}
	}
	log := sarif.NewReport()
	log.AddRun(run)
	return log.PrettyWrite(w)
}

// rulesOf lists the rules that findings come from, when the caller gave none.
func rulesOf(fs []check.Finding) []*check.Rule {
	var out []*check.Rule
	seen := map[string]bool{}
	for _, f := range fs {
		if !seen[f.Rule] {
			seen[f.Rule] = true
			out = append(out, &check.Rule{Name: f.Rule, Severity: f.Severity})
		}
	}
	return out
}
