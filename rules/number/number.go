// Package number reports the same counted thing given different counts by
// different articles.
//
// A count is keyed by its counted noun, what is said of it ("eight pieces
// stolen" is not "nine pieces taken") and, for ordinals, whose it is
// ("Witkoff's sixth trip to Moscow"). Hedges are respected: "more than 200
// people" agrees with "250 people". An article that itself gives two counts
// for the same key is not compared, since it is counting two things.
package number

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/factlint/factlint/check"
)

// Rule is the number rule.
var Rule = &check.Rule{
	Name:     "number",
	Doc:      strings.TrimSpace(doc),
	Severity: check.Error,
	Run:      run,
}

const doc = `
Reports the same counted thing given different counts by different articles.

A count is keyed by its counted noun, what is said of it ("eight pieces
stolen" is not "nine pieces taken") and, for ordinals, whose it is
("Witkoff's sixth trip to Moscow"). Hedges are respected: "more than 200
people" agrees with "250 people". An article that itself gives two counts
for one key is not compared on it.`

func run(p *check.Pass) {
	refs := p.Story.Claims("number")
	key := func(r check.ClaimRef) string {
		return fmt.Sprintf("%d|%s|%s|%v", p.Story.Group(r.Article), r.Unit, r.Qualifier, r.Ordinal)
	}
	// Keys an article counts more than once with different values are ambiguous there.
	ambiguous := map[string]bool{}
	firstVal := map[string]string{}
	for _, r := range refs {
		k := r.Article.Path + "\x00" + key(r)
		if v, ok := firstVal[k]; ok && v != r.Value {
			ambiguous[k] = true
		}
		firstVal[k] = r.Value
	}
	var usable []check.ClaimRef
	for _, r := range refs {
		if !ambiguous[r.Article.Path+"\x00"+key(r)] {
			usable = append(usable, r)
		}
	}
	for _, g := range check.Bucket(usable, key) {
		first := check.FirstPerArticle(g)
		for i := range first {
			for j := i + 1; j < len(first); j++ {
				a, b := first[i], first[j]
				if agree(a, b) {
					continue
				}
				what := a.Unit
				if a.Qualifier != "" {
					what += " (" + a.Qualifier + ")"
				}
				if a.Ordinal {
					what = "ordinal of " + what
				}
				p.Report(check.Finding{
					Subject:  what,
					Message:  fmt.Sprintf("%s says %q, %s says %q", a.Article.Name, a.Text, b.Article.Name, b.Text),
					Evidence: []check.Evidence{check.EvidenceOf(a, a.Value, ""), check.EvidenceOf(b, b.Value, "")},
				}, strings.Join([]string{key(a), a.Article.Name, a.Text, b.Article.Name, b.Text}, "\x00"))
			}
		}
	}
}

// agree reports whether two counts, with their hedges, can be the same.
func agree(a, b check.ClaimRef) bool {
	va, e1 := strconv.ParseFloat(a.Value, 64)
	vb, e2 := strconv.ParseFloat(b.Value, 64)
	if e1 != nil || e2 != nil {
		return a.Value == b.Value
	}
	la, ha := bounds(va, a.Mod)
	lb, hb := bounds(vb, b.Mod)
	return la <= hb && lb <= ha
}

func bounds(v float64, mod string) (float64, float64) {
	switch mod {
	case "APPROX":
		return v * 0.9, v * 1.1
	case "MORE_THAN":
		return v + 1e-9, v * 10
	case "EQUAL_OR_MORE":
		return v, v * 10
	case "LESS_THAN":
		return v * 0.5, v - 1e-9
	case "EQUAL_OR_LESS":
		return 0, v
	}
	return v, v
}
