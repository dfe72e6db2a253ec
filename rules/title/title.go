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
		ts := person.Titles
		reported := map[[2]*check.Article]bool{}
		for i := range ts {
			for j := i + 1; j < len(ts); j++ {
				a, b := ts[i], ts[j]
				if a.Article == b.Article || reported[[2]*check.Article{a.Article, b.Article}] || !p.Story.SameStory(a.Article, b.Article) {
					continue
				}
				why := ""
				switch {
				case !check.RolesCompatible(a.Claim.Role, b.Claim.Role):
					why = fmt.Sprintf("%s calls %s %s, %s calls them %s", a.Article.Name, person.Name, article(a.Claim.Value), b.Article.Name, article(b.Claim.Value))
				case a.Claim.Affil != "" && b.Claim.Affil != "" && a.Claim.Affil != b.Claim.Affil && sameHead(a.Claim.Role, b.Claim.Role):
					why = fmt.Sprintf("%s makes %s %s, %s makes them %s", a.Article.Name, person.Name, article(a.Claim.Value), b.Article.Name, article(b.Claim.Value))
				default:
					continue
				}
				reported[[2]*check.Article{a.Article, b.Article}] = true
				ra := check.ClaimRef{Article: a.Article, Claim: a.Claim}
				rb := check.ClaimRef{Article: b.Article, Claim: b.Claim}
				p.Report(check.Finding{
					Subject:  "title of " + person.Name,
					Message:  why,
					Evidence: []check.Evidence{check.EvidenceOf(ra, role(a.Claim), ""), check.EvidenceOf(rb, role(b.Claim), "")},
				}, strings.Join([]string{person.Key, a.Article.Name, a.Claim.Value, b.Article.Name, b.Claim.Value}, "\x00"))
			}
		}
	}
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
