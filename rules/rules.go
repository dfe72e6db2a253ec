// Package rules lists factlint's rule modules.
package rules

import (
	"github.com/factlint/factlint/check"
	"github.com/factlint/factlint/rules/attribution"
	"github.com/factlint/factlint/rules/date"
	"github.com/factlint/factlint/rules/duration"
	"github.com/factlint/factlint/rules/number"
	"github.com/factlint/factlint/rules/quote"
	"github.com/factlint/factlint/rules/title"
	"github.com/factlint/factlint/rules/weekday"
)

// All is every rule module, in the order `factlint rules` lists them.
var All = []*check.Rule{
	attribution.Rule,
	quote.Rule,
	date.Rule,
	duration.Rule,
	number.Rule,
	title.Rule,
	weekday.Rule,
}

// Lookup returns the rule of a name, or nil.
func Lookup(name string) *check.Rule {
	for _, r := range All {
		if r.Name == name {
			return r
		}
	}
	return nil
}
