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
	var b strings.Builder
	for _, e := range d {
		switch e.Op {
		case -1:
			b.WriteString("\x1b[31;9m" + e.Text + "\x1b[0m")
		case 1:
			b.WriteString("\x1b[32;4m" + e.Text + "\x1b[0m")
		default:
			b.WriteString(e.Text)
		}
	}
	return b.String()
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

// GitHub writes GitHub Actions workflow commands, one annotation a finding.
func GitHub(w io.Writer, r *check.Report, _ Options) error {
	for _, f := range r.Findings {
		if len(f.Evidence) == 0 {
			continue
		}
		e := f.Evidence[0]
		line, col := location(e)
		level := map[check.Severity]string{check.Error: "error", check.Warning: "warning", check.Info: "notice"}[f.Severity]
		if _, err := fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d,title=factlint %s::%s\n", level,
			escapeProperty(e.Article.Path), line, col, f.Rule, escapeData(f.Subject+": "+f.Message)); err != nil {
			return err
		}
	}
	for _, e := range r.Errors {
		if _, err := fmt.Fprintf(w, "::error file=%s,title=factlint input::%s\n", escapeProperty(e.Path), escapeData(e.Message)); err != nil {
			return err
		}
	}
	return nil
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// escapeData and escapeProperty follow the workflow-command escaping rules.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
