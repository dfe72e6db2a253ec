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
	"sort"
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
		// Articles that give the event the same lengths are one voice.
		var firsts []check.ClaimRef
		sig := map[*check.Claim]string{}
		for _, a := range order {
			var parts []string
			for _, r := range byArt[a] {
				parts = append(parts, fmt.Sprintf("%s|%s|%g|%g|%s", r.Value, r.Mod, r.Lo, r.Hi, strings.Join(r.Event.People, ",")))
			}
			sort.Strings(parts)
			sig[byArt[a][0].Claim] = strings.Join(parts, ";")
			firsts = append(firsts, byArt[a][0])
		}
		same := check.Collapse(firsts, func(r check.ClaimRef) string { return sig[r.Claim] })
		reps := same.Reps
		for i := range reps {
			for j := i + 1; j < len(reps); j++ {
				a, b, ok := conflict(byArt[reps[i].Article], byArt[reps[j].Article])
				if !ok {
					continue
				}
				sa, sb := sameAs(same, reps[i], a), sameAs(same, reps[j], b)
				p.Report(check.Finding{
					Subject:  "length of the " + a.Event.Noun,
					Message:  fmt.Sprintf("%s %s, %s %s", sa.Says(a), words(a), sb.Says(b), words(b)),
					Evidence: append(hedgedAll(sa, a), hedgedAll(sb, b)...),
				}, strings.Join([]string{a.Event.Noun, a.Article.Name, a.Text, a.Value, a.Mod, b.Article.Name, b.Text, b.Value, b.Mod}, "\x00"))
			}
		}
	}
}

// hedgedAll is the evidence of c and the claims that say the same, hedges included.
func hedgedAll(s *check.Same, c check.ClaimRef) []check.Evidence {
	var out []check.Evidence
	for _, m := range s.Members[c.Claim] {
		if len(out) == check.MaxEvidence {
			break
		}
		out = append(out, hedged(m))
	}
	if len(out) == 0 {
		out = append(out, hedged(c))
	}
	return out
}

// sameAs speaks for claim c of the article that rep stands for, with the
// claims at the same place in the articles that say the same.
func sameAs(same *check.Same, rep, c check.ClaimRef) *check.Same {
	out := &check.Same{Reps: []check.ClaimRef{c}, Members: map[*check.Claim][]check.ClaimRef{}}
	for _, m := range same.Members[rep.Claim] {
		for i := range m.Article.Claims {
			mc := &m.Article.Claims[i]
			if mc.Kind == c.Kind && mc.Value == c.Value && mc.Mod == c.Mod && mc.Event != nil && mc.Event.Noun == c.Event.Noun {
				out.Members[c.Claim] = append(out.Members[c.Claim], check.ClaimRef{Article: m.Article, Claim: mc})
				break
			}
		}
	}
	return out
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

func words(r check.ClaimRef) string {
	return "\"" + strings.Join(strings.Fields(hedged(r).Text), " ") + "\""
}

// hedged is a duration claim's evidence, with the hedge that its extent
// leaves out but a reader must see ("nearly two and a half hours").
func hedged(r check.ClaimRef) check.Evidence {
	e := check.EvidenceOf(r, value(r), "")
	if r.Hedged.End > 0 {
		e.Span = r.Hedged
		e.Text = r.Article.Snippet(r.Hedged)
	}
	return e
}

func value(r check.ClaimRef) string {
	if r.Mod != "" {
		return r.Value + " " + r.Mod
	}
	return r.Value
}
