package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/factlint/factlint/check"
)

// PlainDiff writes a word diff as [-removed-]{+added+}.
func PlainDiff(d []check.Edit) string { return check.PlainDiff(d) }

// ColorDiff writes a word diff with removed words red and struck, added green.
func ColorDiff(d []check.Edit) string {
	return check.FormatDiff(d, "\x1b[31;9m", "\x1b[0m", "\x1b[32;4m", "\x1b[0m")
}

func location(e check.Evidence) (int, int) { return e.Article.Position(e.Start) }

// Line writes one finding a line, at its first evidence:
// path:line:column:rule:message.
func Line(w io.Writer, r *check.Report, _ Options) error {
	for _, f := range r.Findings {
		if len(f.Evidence) == 0 {
			continue
		}
		e := f.Evidence[0]
		line, col := location(e)
		if _, err := fmt.Fprintf(w, "%s:%d:%d:%s:%s\n", e.Article.Path, line, col, f.Rule, oneLine(f.Message)); err != nil {
			return err
		}
	}
	return nil
}

// AnnotationLimit is how many annotations of one level GitHub shows for a
// step; it drops the rest.
const AnnotationLimit = 10

// GitHub writes GitHub Actions workflow commands, one annotation a finding
// at its first evidence. GitHub shows only AnnotationLimit annotations of
// each level per step: the findings past that go, as a Markdown table, to
// opt.Summary (the job summary, $GITHUB_STEP_SUMMARY) when it is set, and a
// notice says how many there are either way.
func GitHub(w io.Writer, r *check.Report, opt Options) error {
	shown := map[string]int{}
	var rest []check.Finding
	for _, f := range r.Findings {
		if len(f.Evidence) == 0 {
			continue
		}
		level := githubLevel(f.Severity)
		if shown[level] == AnnotationLimit {
			rest = append(rest, f)
			continue
		}
		shown[level]++
		e := f.Evidence[0]
		line, col := location(e)
		endLine, endCol := e.Article.Position(e.End)
		if _, err := fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=factlint %s::%s\n", level,
			escapeProperty(e.Article.Path), line, col, endLine, endCol, f.Rule, escapeData(githubMessage(f))); err != nil {
			return err
		}
	}
	for _, e := range r.Errors {
		if _, err := fmt.Fprintf(w, "::error file=%s,line=%d,title=factlint input::%s\n", escapeProperty(e.Path), max(e.Line, 1), escapeData(e.Message)); err != nil {
			return err
		}
	}
	if len(rest) == 0 {
		return nil
	}
	where := "run factlint with --format table to see them"
	if opt.Summary != nil {
		where = "they are listed in the job summary"
		if err := summaryTable(opt.Summary, rest); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintf(w, "::notice title=factlint::%d more findings than GitHub shows as annotations; %s\n", len(rest), where)
	return err
}

func githubLevel(s check.Severity) string { return levelWord(s, "notice") }

// levelWord names a severity as SARIF and GitHub do: error, warning, and
// their own word (info) for the rest.
func levelWord(s check.Severity, info string) string {
	switch s {
	case check.Error:
		return "error"
	case check.Warning:
		return "warning"
	}
	return info
}

// githubMessage is a finding's annotation text: subject, message and the
// other articles' evidence, which an annotation on one line cannot point at.
func githubMessage(f check.Finding) string {
	msg := f.Subject + ": " + f.Message
	if len(f.Diff) > 0 {
		msg += "\n" + PlainDiff(f.Diff)
	}
	for _, e := range f.Evidence[1:] {
		line, _ := location(e)
		msg += fmt.Sprintf("\nsee %s:%d %q", e.Article.Path, line, e.Text)
	}
	return msg
}

// summaryTable writes findings as a Markdown table for the job summary.
func summaryTable(w io.Writer, fs []check.Finding) error {
	var b strings.Builder
	b.WriteString("### factlint: findings not shown as annotations\n\n| Severity | Rule | Where | Finding |\n|---|---|---|---|\n")
	cell := func(s string) string { return strings.ReplaceAll(oneLine(s), "|", "\\|") }
	for _, f := range fs {
		e := f.Evidence[0]
		line, col := location(e)
		fmt.Fprintf(&b, "| %s | %s | `%s:%d:%d` | %s |\n", f.Severity, f.Rule, cell(e.Article.Path), line, col, cell(f.Subject+": "+f.Message))
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// escapeData and escapeProperty follow the workflow-command escaping rules.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
