// Package duration reports the same event given different lengths by
// different articles.
//
// Durations are compared as intervals, with hedges respected: "roughly five
// hours" is about 4¼ to 5¾ hours and agrees with "five-hour meeting"; "nearly
// three hours" is just under three and agrees with "two hours and 45
// minutes"; "nearly two and a half hours" disagrees with "more than two and a
// half hours". Vague lengths ("hours of negotiations") are not compared. Only
// durations of the same event (the same family of event noun: "five-hour
// meeting", "the discussions lasted") are compared.
package duration

import (
	"fmt"
	"strings"

	"github.com/factlint/factlint/check"
)

// Rule is the duration rule.
var Rule = &check.Rule{
	Name:     "duration",
	Doc:      strings.TrimSpace(doc),
	Severity: check.Error,
	Run:      run,
}

const doc = `
Reports the same event given different lengths by different articles.

Durations are compared as intervals, with hedges respected: "roughly five
hours" agrees with "five-hour meeting"; "nearly three hours" agrees with
"two hours and 45 minutes"; "nearly two and a half hours" disagrees with
"more than two and a half hours". Vague lengths ("hours of negotiations")
are not compared, and only durations of the same event are.`

func run(p *check.Pass) {
	var ds []check.ClaimRef
	for _, r := range p.Story.Claims("duration") {
		if r.Event != nil && r.Event.Noun != "" && r.Hi > 0 {
			ds = append(ds, r)
		}
	}
	for _, g := range check.Bucket(ds, func(r check.ClaimRef) string {
		return fmt.Sprintf("%d|%s", p.Story.Group(r.Article), r.Event.Noun)
	}) {
		byArt := map[*check.Article][]check.ClaimRef{}
		var order []*check.Article
		for _, r := range g {
			if byArt[r.Article] == nil {
				order = append(order, r.Article)
			}
			byArt[r.Article] = append(byArt[r.Article], r)
		}
		for i := range order {
			for j := i + 1; j < len(order); j++ {
				a, b, ok := conflict(byArt[order[i]], byArt[order[j]])
				if !ok {
					continue
				}
				p.Report(check.Finding{
					Subject: "length of the " + a.Event.Noun,
					Message: fmt.Sprintf("%s says %s, %s says %s", a.Article.Name, words(a), b.Article.Name, words(b)),
					Evidence: []check.Evidence{
						check.EvidenceOf(a, value(a), ""),
						check.EvidenceOf(b, value(b), ""),
					},
				}, strings.Join([]string{a.Event.Noun, a.Article.Name, a.Text, a.Value, a.Mod, b.Article.Name, b.Text, b.Value, b.Mod}, "\x00"))
			}
		}
	}
}

// conflict returns a disagreeing pair when no length one article gives
// overlaps any the other gives for the event.
func conflict(as, bs []check.ClaimRef) (check.ClaimRef, check.ClaimRef, bool) {
	for _, a := range as {
		for _, b := range bs {
			if a.Lo <= b.Hi && b.Lo <= a.Hi {
				return a, b, false
			}
		}
	}
	for _, a := range as {
		for _, b := range bs {
			if check.ShareOrUnknown(a.Event, b.Event) {
				return a, b, true
			}
		}
	}
	return check.ClaimRef{}, check.ClaimRef{}, false
}

func words(r check.ClaimRef) string { return "\"" + strings.Join(strings.Fields(r.Text), " ") + "\"" }

func value(r check.ClaimRef) string {
	if r.Mod != "" {
		return r.Value + " " + r.Mod
	}
	return r.Value
}
