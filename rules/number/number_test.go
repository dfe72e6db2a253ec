package number

import (
	"testing"

	"github.com/factlint/factlint/check"
)

func TestAgree(t *testing.T) {
	mk := func(v, mod string) check.ClaimRef {
		return check.ClaimRef{Claim: &check.Claim{Value: v, Mod: mod}}
	}
	cases := []struct {
		a, b check.ClaimRef
		want bool
	}{
		{mk("8", ""), mk("9", ""), false},
		{mk("8", ""), mk("8", ""), true},
		{mk("200", "MORE_THAN"), mk("250", ""), true},
		{mk("200", "MORE_THAN"), mk("150", ""), false},
		{mk("100", "APPROX"), mk("105", ""), true},
		{mk("10", "EQUAL_OR_LESS"), mk("12", ""), false},
	}
	for _, c := range cases {
		if got := agree(c.a, c.b); got != c.want {
			t.Errorf("agree(%s %s, %s %s) = %v, want %v", c.a.Value, c.a.Mod, c.b.Value, c.b.Mod, got, c.want)
		}
	}
}
