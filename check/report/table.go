package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/factlint/factlint/check"
)

// cellWidth bounds the text column so a finding stays readable in a terminal.
const cellWidth = 60

func newTable(w io.Writer, header ...any) *tablewriter.Table {
	t := tablewriter.NewTable(w,
		tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{Symbols: tw.NewSymbols(tw.StyleLight)})),
		tablewriter.WithRowAutoWrap(tw.WrapNormal),
		tablewriter.WithRowMaxWidth(cellWidth),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignment(tw.AlignLeft),
		tablewriter.WithTrimSpace(tw.On),
	)
	t.Header(header...)
	return t
}

func paint(on bool, code, s string) string {
	if !on {
		return s
	}
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}

var severityColor = map[check.Severity]string{check.Error: "1;31", check.Warning: "1;33", check.Info: "1;36"}

// Table writes a block per finding (rule, severity, subject and message, then
// one row per article with file:line, the exact text and the normalised
// value), input errors, and a closing summary.
func Table(w io.Writer, r *check.Report, opt Options) error {
	for i, f := range r.Findings {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s %s  %s\n", paint(opt.Color, severityColor[f.Severity], strings.ToUpper(f.Severity.String())),
			paint(opt.Color, "1", f.Rule), f.Subject)
		fmt.Fprintf(w, "  %s\n", f.Message)
		t := newTable(w, "ARTICLE", "TEXT", "VALUE")
		for _, e := range f.Evidence {
			line, _ := location(e)
			value := e.Value
			if e.Note != "" {
				value = strings.TrimSpace(value + " (" + e.Note + ")")
			}
			if err := t.Append([]string{fmt.Sprintf("%s:%d", e.Article.Path, line), oneLine(e.Text), value}); err != nil {
				return err
			}
		}
		if err := t.Render(); err != nil {
			return err
		}
		if len(f.Diff) > 0 {
			d := PlainDiff(f.Diff)
			if opt.Color {
				d = ColorDiff(f.Diff)
			}
			fmt.Fprintf(w, "  diff: %s\n", d)
		}
	}
	if len(r.Errors) > 0 {
		if len(r.Findings) > 0 {
			fmt.Fprintln(w)
		}
		t := newTable(w, "INPUT", "ERROR")
		for _, e := range r.Errors {
			where := e.Path
			if e.Line > 0 {
				where = fmt.Sprintf("%s:%d", e.Path, e.Line)
			}
			if err := t.Append([]string{where, e.Message}); err != nil {
				return err
			}
		}
		if err := t.Render(); err != nil {
			return err
		}
	}
	if len(r.Findings) > 0 || len(r.Errors) > 0 {
		fmt.Fprintln(w)
	}
	_, err := fmt.Fprintln(w, Summary(r))
	return err
}

// Summary is the closing line: "3 findings (2 errors, 1 warning) in 5 articles".
func Summary(r *check.Report) string {
	count := map[check.Severity]int{}
	for _, f := range r.Findings {
		count[f.Severity]++
	}
	var parts []string
	for _, s := range []check.Severity{check.Error, check.Warning, check.Info} {
		if n := count[s]; n > 0 {
			parts = append(parts, plural(n, s.String()))
		}
	}
	out := plural(len(r.Findings), "finding")
	if len(parts) > 0 {
		out += " (" + strings.Join(parts, ", ") + ")"
	}
	out += " in " + plural(len(r.Articles), "article")
	if len(r.Errors) > 0 {
		out += "; " + plural(len(r.Errors), "input") + " could not be read"
	}
	for _, h := range Hidden(r) {
		out += "; " + h
	}
	return out
}

// Hidden says, one phrase each, how many findings were left out and why.
func Hidden(r *check.Report) []string {
	var out []string
	if r.Suppressed > 0 {
		out = append(out, plural(r.Suppressed, "finding")+" switched off in the articles")
	}
	if r.Baselined > 0 {
		out = append(out, plural(r.Baselined, "finding")+" hidden by the baseline")
	}
	if r.Unchanged > 0 {
		out = append(out, plural(r.Unchanged, "finding")+" only in unchanged articles")
	}
	return out
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}
