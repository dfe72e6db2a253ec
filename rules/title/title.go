// Package title reports a person given conflicting titles or roles by
// different articles.
//
// Roles are normalised before they are compared: synonyms agree (aide =
// adviser, spokesman = spokesperson), modifiers do not matter ("top Kremlin
// adviser" = "senior Kremlin aide"), and generic roles (official, negotiator,
// head) sit beside any other. Two specific roles that differ ("spokesman"
// and "adviser", "foreign minister" and "defence minister"), or two
// affiliations that differ ("Russian" and "Ukrainian"), are a finding. A
// former role never contradicts a present one.
package title

import (
	"fmt"
	"strings"

	"github.com/factlint/factlint/check"
)

// Rule is the title rule.
var Rule = &check.Rule{
	Name:     "title",
	Doc:      strings.TrimSpace(doc),
	Severity: check.Warning,
	Run:      run,
}

const doc = `
Reports a person given conflicting titles or roles by different articles.

Roles are normalised first: synonyms agree (aide = adviser, spokesman =
spokesperson), modifiers do not matter ("top Kremlin adviser" = "senior
Kremlin aide"), and generic roles (official, negotiator, head) sit beside any
other. Two specific roles that differ ("spokesman" and "adviser", "foreign
minister" and "defence minister"), or two affiliations that differ
("Russian" and "Ukrainian"), are a finding. A former role contradicts nothing.`

func run(p *check.Pass) {
	for _, person := range p.Story.PeopleSorted() {
		// Titles by story, and articles giving the same title as one voice.
		var refs []check.ClaimRef
		for _, t := range person.Titles {
			refs = append(refs, check.ClaimRef{Article: t.Article, Claim: t.Claim})
		}
		byGroup := check.Bucket(refs, func(r check.ClaimRef) string { return fmt.Sprint(p.Story.Group(r.Article)) })
		for _, g := range byGroup {
			same := check.Collapse(check.FirstPerArticleBy(g, func(r check.ClaimRef) string { return r.Role + "|" + r.Affil + "|" + r.Value }),
				func(r check.ClaimRef) string { return r.Role + "|" + r.Affil + "|" + strings.ToLower(r.Value) })
			ts := same.Reps
			for i := range ts {
				for j := i + 1; j < len(ts); j++ {
					a, b := ts[i], ts[j]
					if a.Article == b.Article {
						continue
					}
					why := ""
					switch {
					case !check.RolesCompatible(a.Role, b.Role):
						why = fmt.Sprintf("%s %s %s, %s them %s", same.Who(a), verb(same, a, "calls", "call"), person.Name+" "+article(a.Value), verb2(same, b, "calls", "call"), article(b.Value))
					case a.Affil != "" && b.Affil != "" && a.Affil != b.Affil && sameHead(a.Role, b.Role):
						why = fmt.Sprintf("%s %s %s, %s them %s", same.Who(a), verb(same, a, "makes", "make"), person.Name+" "+article(a.Value), verb2(same, b, "makes", "make"), article(b.Value))
					default:
						continue
					}
					p.Report(check.Finding{
						Subject:  "title of " + person.Name,
						Message:  why,
						Evidence: append(same.Evidence(a, role(a.Claim), ""), same.Evidence(b, role(b.Claim), "")...),
					}, strings.Join([]string{person.Key, a.Article.Name, a.Value, b.Article.Name, b.Value}, "\x00"))
				}
			}
		}
	}
}

func verb(s *check.Same, r check.ClaimRef, one, many string) string {
	if len(s.Members[r.Claim]) > 1 {
		return many
	}
	return one
}

// verb2 is the second side of a message: "004 calls", "004 and 3 others call".
func verb2(s *check.Same, r check.ClaimRef, one, many string) string {
	return s.Who(r) + " " + verb(s, r, one, many)
}

func sameHead(a, b string) bool {
	return check.RolesCompatible(a, b) && !check.IsGenericRole(a) && !check.IsGenericRole(b)
}

func role(c *check.Claim) string {
	if c.Affil != "" {
		return c.Role + " (" + c.Affil + ")"
	}
	return c.Role
}

func article(v string) string { return "\"" + v + "\"" }
