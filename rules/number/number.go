// Package number reports the same counted thing given different counts by
// different articles.
//
// A count is keyed by its counted noun, what is said of it ("eight pieces
// stolen" is not "nine pieces taken") and, for ordinals, whose it is
// ("Witkoff's sixth trip to Moscow"). Hedges are respected: "more than 200
// people" agrees with "250 people". An article that itself gives two counts
// for the same key is not compared, since it is counting two things. Only
// counts of something specific are compared: years, percentages, measures
// and bare nouns with nothing said of them are not.
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

Only counts of something specific are compared: said of what ("people
killed", "pieces stolen") or a counted phrase of its own ("pieces of
jewellery"); not years, percentages, measures or "others".

A count is keyed by its counted noun, what is said of it ("eight pieces
stolen" is not "nine pieces taken") and, for ordinals, whose it is
("Witkoff's sixth trip to Moscow"). Hedges are respected: "more than 200
people" agrees with "250 people". An article that itself gives two counts
for one key is not compared on it.`

func run(p *check.Pass) {
	var refs []check.ClaimRef
	for _, r := range p.Story.Claims("number") {
		if countable(r) {
			refs = append(refs, r)
		}
	}
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
		same := check.Collapse(check.FirstPerArticle(g), func(r check.ClaimRef) string { return r.Value + "|" + r.Mod })
		reps := same.Reps
		for i := range reps {
			for j := i + 1; j < len(reps); j++ {
				a, b := reps[i], reps[j]
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
					Message:  fmt.Sprintf("%s %q, %s %q", same.Says(a), a.Text, same.Says(b), b.Text),
					Evidence: append(same.Evidence(a, a.Value, ""), same.Evidence(b, b.Value, "")...),
				}, strings.Join([]string{key(a), a.Article.Name, a.Text, b.Article.Name, b.Text}, "\x00"))
			}
		}
	}
}

// vagueUnits are counted nouns too general to compare across articles
// without knowing what they count: "20 percent", "three years", "two others".
var vagueUnits = map[string]bool{
	"percent": true, "%": true, "per cent": true, "year": true, "month": true, "week": true, "day": true,
	"hour": true, "minute": true, "second": true, "time": true, "decade": true, "century": true,
	"mile": true, "kilometer": true, "kilometre": true, "km": true, "meter": true, "metre": true,
	"foot": true, "feet": true, "inch": true, "yard": true, "pound": true, "kilogram": true, "kg": true,
	"ton": true, "tonne": true, "dollar": true, "euro": true, "cent": true, "point": true, "p": true,
	"pm": true, "am": true, "other": true, "more": true, "less": true, "one": true, "degree": true,
	"thing": true, "way": true, "part": true, "step": true, "page": true, "chapter": true, "item": true,
}

// countable reports whether a number claim counts something specific enough
// to compare: said of what (a qualifier: "killed", "stolen"; for an ordinal,
// whose: "Witkoff's sixth trip"), or a counted phrase of its own ("pieces of
// jewellery"), written as a count (a plural noun, or a hyphenated modifier
// such as "28-point plan"), and not a year or a vague unit.
func countable(r check.ClaimRef) bool {
	unit := strings.ToLower(r.Unit)
	head := unit
	if f := strings.Fields(unit); len(f) > 0 {
		head = f[0]
	}
	if unit == "" || vagueUnits[unit] || vagueUnits[head] {
		return false
	}
	if r.Qualifier == "" && (len(strings.Fields(unit)) < 2 || r.Ordinal) {
		return false
	}
	v, err := strconv.ParseFloat(r.Value, 64)
	if err == nil && v > 1 && !r.Ordinal && !strings.Contains(r.Text, "-") {
		// "2011 release", "a 1998 law": a number before a singular noun names, not counts.
		words := strings.Fields(r.Text)
		plural := false
		for _, w := range words[1:] {
			w = strings.ToLower(strings.Trim(w, ",.;:"))
			if strings.HasSuffix(w, "s") || w == "people" || w == "children" || w == "men" || w == "women" || w == "police" {
				plural = true
				break
			}
		}
		if !plural {
			return false
		}
	}
	return true
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
