// Package date reports the same event given different days by different
// articles.
//
// Each date is bound to the event it dates (the verb or noun it modifies:
// "talks ended on Tuesday", "the Kremlin said on Wednesday") and compared only
// with dates of the same kind of event (end, start, occurrence of the same
// family of event, with people in common). "Friday" agrees with "Friday,
// August 15"; "December" agrees with "December 2". Where one article dates
// the event and another only the statement reporting it, the finding says so
// and is a warning: the statement may have come a day later.
package date

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/factlint/factlint/check"
)

// Rule is the date rule.
var Rule = &check.Rule{
	Name:     "date",
	Doc:      strings.TrimSpace(doc),
	Severity: check.Error,
	Run:      run,
}

const doc = `
Reports the same event given different days by different articles.

Each date is bound to the event it dates (the verb or noun it modifies:
"talks ended on Tuesday", "the Kremlin said on Wednesday") and compared only
with dates of the same kind of event with people in common. "Friday" agrees
with "Friday, August 15"; "December" agrees with "December 2". Where one
article dates the event and another only the statement reporting it, the
finding says so and is a warning: the statement may have come a day later.`

func comparable(r check.ClaimRef) bool {
	return r.Event != nil && r.Value != "" && !strings.HasSuffix(r.Value, "_REF") && r.Value != "XXXX-XX-XX"
}

func run(p *check.Pass) {
	var dated []check.ClaimRef
	for _, r := range p.Story.Claims("date", "time") {
		if comparable(r) {
			dated = append(dated, r)
		}
	}
	// Same event, same kind: the direct comparison.
	direct := check.Bucket(dated, func(r check.ClaimRef) string {
		if r.Event.Kind == "statement" || r.Event.Noun == "" {
			return ""
		}
		return fmt.Sprintf("%d|%s", p.Story.Group(r.Article), r.Event.Key())
	})
	for _, g := range direct {
		// Articles that give the event the same date (and people) are one voice.
		same := check.Collapse(check.FirstPerArticle(g), func(r check.ClaimRef) string {
			return r.Value + "|" + strings.Join(r.Event.People, ",")
		})
		first := same.Reps
		var ev []check.ClaimRef
		for i := range first {
			for j := i + 1; j < len(first); j++ {
				a, b := first[i], first[j]
				if !Compatible(a.Value, b.Value) && check.ShareOrUnknown(a.Event, b.Event) {
					ev = addOnce(ev, a)
					ev = addOnce(ev, b)
				}
			}
		}
		if len(ev) < 2 {
			continue
		}
		var parts, key []string
		f := check.Finding{Subject: ev[0].Event.Describe()}
		for _, r := range ev {
			verb := " dates it "
			if len(same.Members[r.Claim]) > 1 {
				verb = " date it "
			}
			parts = append(parts, same.Who(r)+verb+Show(r))
			key = append(key, r.Article.Name, r.Text, r.Value)
			f.Evidence = append(f.Evidence, same.Evidence(r, r.Value, "")...)
		}
		f.Message = strings.Join(parts, ", ")
		p.Report(f, r0(ev).Event.Key()+"\x00"+strings.Join(key, "\x00"))
	}
	// A statement's date against the date of the event it reports.
	events := map[string][]check.ClaimRef{}
	for _, r := range dated {
		if r.Event.Kind != "statement" && r.Event.Noun != "" {
			k := fmt.Sprintf("%d|%s", p.Story.Group(r.Article), r.Event.Key())
			events[k] = append(events[k], r)
		}
	}
	eventSame := map[string]*check.Same{}
	for k, rs := range events {
		eventSame[k] = check.Collapse(check.FirstPerArticle(rs), func(r check.ClaimRef) string {
			return r.Value + "|" + strings.Join(r.Event.People, ",")
		})
	}
	// Statements that say the same (date, speaker, event) are one voice too.
	var stmts []check.ClaimRef
	for _, s := range dated {
		if rep := s.Event.Reported; s.Event.Kind == "statement" && rep != nil && !hasOwnDate(s.Article, rep) {
			stmts = append(stmts, s) // an article that dates the event itself is compared directly
		}
	}
	stmtSame := check.Collapse(stmts, func(r check.ClaimRef) string {
		return fmt.Sprintf("%d|%s|%s|%s|%s", p.Story.Group(r.Article), r.Event.Reported.Key(), r.Value, r.Event.Agent, strings.Join(r.Event.Reported.People, ","))
	})
	for _, s := range stmtSame.Reps {
		rep := s.Event.Reported
		k := fmt.Sprintf("%d|%s", p.Story.Group(s.Article), rep.Key())
		es := eventSame[k]
		if es == nil {
			continue
		}
		for _, e := range es.Reps {
			if e.Article == s.Article || Compatible(e.Value, s.Value) || !check.ShareOrUnknown(e.Event, rep) {
				continue
			}
			agent := s.Event.Agent
			if agent == "" {
				agent = "a source"
			}
			sev := check.Warning
			if before(s.Value, e.Value) {
				sev = check.Error // a statement cannot report an event before it happened
			}
			p.Report(check.Finding{
				Severity: sev,
				Subject:  e.Event.Describe(),
				Message: fmt.Sprintf("%s the %s %s; %s only %s's statement about it, %s",
					dates(es, e), strings.TrimPrefix(e.Event.Describe(), "the "), Show(e), dates(stmtSame, s), agent, Show(s)),
				Evidence: append(stmtSame.Evidence(s, s.Value, "date of "+agent+"'s statement"),
					es.Evidence(e, e.Value, "date of the "+strings.TrimPrefix(e.Event.Describe(), "the "))...),
			}, strings.Join([]string{rep.Key(), s.Article.Name, s.Text, s.Value, e.Article.Name, e.Text, e.Value}, "\x00"))
		}
	}
}

func r0(ev []check.ClaimRef) check.ClaimRef { return ev[0] }

// dates is Who with "dates" or "date".
func dates(s *check.Same, r check.ClaimRef) string {
	if len(s.Members[r.Claim]) > 1 {
		return s.Who(r) + " date"
	}
	return s.Who(r) + " dates"
}

func addOnce(list []check.ClaimRef, r check.ClaimRef) []check.ClaimRef {
	for _, x := range list {
		if x.Article == r.Article {
			return list
		}
	}
	return append(list, r)
}

func hasOwnDate(a *check.Article, e *check.Event) bool {
	for i := range a.Claims {
		c := &a.Claims[i]
		if (c.Kind == "date" || c.Kind == "time") && c.Event != nil && c.Event.Kind != "statement" && c.Event.Key() == e.Key() {
			return true
		}
	}
	return false
}

// Show writes a date claim for a message: its words, and the value when it
// says more ("Wednesday (2025-12-03)").
func Show(r check.ClaimRef) string {
	text := strings.Join(strings.Fields(r.Text), " ")
	if strings.Contains(r.Value, "X") || strings.EqualFold(text, r.Value) {
		return text
	}
	return text + " (" + r.Value + ")"
}

// Compatible reports whether two TIMEX3 date values can name the same day:
// equal where both are specified, a month containing its day, a weekday
// matching its date.
func Compatible(a, b string) bool {
	a, b = datePart(a), datePart(b)
	if wa, ok := weekdayOnly(a); ok {
		if wb, ok := weekdayOnly(b); ok {
			return wa == wb
		}
		return weekdayOf(b) == 0 || weekdayOf(b) == wa
	}
	if wb, ok := weekdayOnly(b); ok {
		return weekdayOf(a) == 0 || weekdayOf(a) == wb
	}
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] && a[i] != 'X' && b[i] != 'X' {
			return false
		}
	}
	return true
}

func datePart(v string) string {
	if i := strings.IndexByte(v, 'T'); i >= 0 {
		return v[:i]
	}
	return v
}

func weekdayOnly(v string) (int, bool) {
	if !strings.HasPrefix(v, "XXXX-WXX-") {
		return 0, false
	}
	n, err := strconv.Atoi(strings.TrimPrefix(v, "XXXX-WXX-"))
	return n, err == nil
}

// weekdayOf returns 1..7 for a full date, 0 otherwise.
func weekdayOf(v string) int {
	t, err := time.Parse("2006-01-02", v)
	if err != nil {
		return 0
	}
	wd := int(t.Weekday())
	if wd == 0 {
		wd = 7
	}
	return wd
}

// before reports whether full date a is strictly before full date b.
func before(a, b string) bool {
	ta, e1 := time.Parse("2006-01-02", datePart(a))
	tb, e2 := time.Parse("2006-01-02", datePart(b))
	return e1 == nil && e2 == nil && ta.Before(tb)
}
