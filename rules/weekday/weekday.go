// Package weekday reports, inside one article, a weekday that contradicts the
// date it stands with ("Tuesday, Dec. 3, 2025", when December 3, 2025 is a
// Wednesday) or the publication date ("today, Tuesday" in an article
// published on a Wednesday).
package weekday

import (
	"fmt"
	"strings"
	"time"

	"github.com/factlint/factlint/check"
)

// Rule is the weekday rule.
var Rule = &check.Rule{
	Name:     "weekday",
	Doc:      strings.TrimSpace(doc),
	Severity: check.Error,
	Run:      run,
}

const doc = `
Reports a weekday that contradicts its date, inside one article.

A weekday written with a date ("Tuesday, Dec. 3, 2025", when December 3, 2025
is a Wednesday) or said to be today ("today, Tuesday" in an article
published on a Wednesday) must name the right day.`

var names = []string{"", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

func weekdayOf(t time.Time) int {
	wd := int(t.Weekday())
	if wd == 0 {
		return 7
	}
	return wd
}

func run(p *check.Pass) {
	for _, r := range p.Story.Claims("date", "time") {
		if r.Weekday == 0 {
			continue
		}
		if d, err := time.Parse("2006-01-02", r.Value[:min(10, len(r.Value))]); err == nil && len(r.Value) >= 10 && !strings.HasPrefix(r.Value, "XXXX") {
			if got := weekdayOf(d); got != r.Weekday && !r.Today {
				p.Report(check.Finding{
					Subject:  "weekday of " + d.Format("January 2, 2006"),
					Message:  fmt.Sprintf("%s says %s, but %s is a %s", r.Article.Name, names[r.Weekday], d.Format("January 2, 2006"), names[got]),
					Evidence: []check.Evidence{check.EvidenceOf(r, r.Value, names[got])},
				}, strings.Join([]string{r.Article.Name, r.Text, r.Value}, "\x00"))
				continue
			}
		}
		if r.Today && r.Article.HasPublished() {
			if got := weekdayOf(r.Article.Published); got != r.Weekday {
				pub := r.Article.Published.Format("January 2, 2006")
				p.Report(check.Finding{
					Subject:  "today's weekday",
					Message:  fmt.Sprintf("%s says today is %s, but it was published on %s, a %s", r.Article.Name, names[r.Weekday], pub, names[got]),
					Evidence: []check.Evidence{check.EvidenceOf(r, r.Value, "published "+r.Article.Published.Format("2006-01-02"))},
				}, strings.Join([]string{r.Article.Name, r.Text, "today"}, "\x00"))
			}
		}
	}
}
