// Package report renders findings and claims: table, json, line, github and
// sarif formats. Every renderer is a pure function of the report it is given.
package report

import (
	"encoding/json"
	"io"

	"github.com/factlint/factlint/check"
)

// Renderer writes a report in one format.
type Renderer func(w io.Writer, r *check.Report, opt Options) error

// Options are what a renderer may vary on besides the report.
type Options struct {
	Color   bool          // use ANSI colour (a terminal)
	Rules   []*check.Rule // the rules run, listed by formats that document them (sarif)
	Version string        // factlint's version, for formats that name the tool
	// Summary receives what does not fit in annotations (github): the
	// file named by $GITHUB_STEP_SUMMARY, or nil.
	Summary io.Writer
}

// Formats are the renderers of `check --format`.
var Formats = map[string]Renderer{
	"table":  Table,
	"json":   JSON,
	"line":   Line,
	"github": GitHub,
	"sarif":  SARIF,
}

type jsonArticle struct {
	Path      string `json:"path"`
	Title     string `json:"title"`
	Published string `json:"published,omitempty"`
	Claims    int    `json:"claims"`
}

type jsonEvidence struct {
	Path   string `json:"path"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Text   string `json:"text"`
	Value  string `json:"value"`
	Note   string `json:"note,omitempty"`
}

type jsonFinding struct {
	Rule        string         `json:"rule"`
	Severity    check.Severity `json:"severity"`
	Subject     string         `json:"subject"`
	Message     string         `json:"message"`
	Fingerprint string         `json:"fingerprint"`
	Evidence    []jsonEvidence `json:"evidence"`
	Diff        string         `json:"diff,omitempty"`
}

type jsonError struct {
	Path    string `json:"path"`
	Line    int    `json:"line,omitempty"`
	Message string `json:"message"`
}

type jsonReport struct {
	Version  int           `json:"version"`
	Articles []jsonArticle `json:"articles"`
	Findings []jsonFinding `json:"findings"`
	Errors   []jsonError   `json:"errors"`
}

// Published formats an article's publication date, or "" when unknown.
func Published(a *check.Article) string {
	if !a.HasPublished() {
		return ""
	}
	return a.Published.Format("2006-01-02")
}

func evidenceJSON(e check.Evidence) jsonEvidence {
	line, col := e.Article.Position(e.Start)
	return jsonEvidence{Path: e.Article.Path, Line: line, Column: col, Start: e.Start, End: e.End,
		Text: e.Text, Value: e.Value, Note: e.Note}
}

// JSON writes the contract's `check --format json` document.
func JSON(w io.Writer, r *check.Report, _ Options) error {
	out := jsonReport{Version: 1, Articles: []jsonArticle{}, Findings: []jsonFinding{}, Errors: []jsonError{}}
	for _, a := range r.Articles {
		out.Articles = append(out.Articles, jsonArticle{Path: a.Path, Title: a.Title, Published: Published(a), Claims: len(a.Claims)})
	}
	for _, f := range r.Findings {
		jf := jsonFinding{Rule: f.Rule, Severity: f.Severity, Subject: f.Subject, Message: f.Message,
			Fingerprint: f.Fingerprint, Evidence: []jsonEvidence{}}
		for _, e := range f.Evidence {
			jf.Evidence = append(jf.Evidence, evidenceJSON(e))
		}
		if len(f.Diff) > 0 {
			jf.Diff = PlainDiff(f.Diff)
		}
		out.Findings = append(out.Findings, jf)
	}
	for _, e := range r.Errors {
		out.Errors = append(out.Errors, jsonError{Path: e.Path, Line: e.Line, Message: e.Message})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
