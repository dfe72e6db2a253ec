package title

import (
	"testing"

	"github.com/factlint/factlint/check"
)

func TestRolesCompatible(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"adviser", "adviser", true},
		{"spokesperson", "adviser", false},
		{"envoy", "negotiator", true}, // negotiator is generic
		{"minister:foreign", "minister:defence", false},
		{"minister:foreign", "minister", true},
		{"former:president", "senator", true},
		{"president", "prime minister", false},
	}
	for _, c := range cases {
		if got := check.RolesCompatible(c.a, c.b); got != c.want {
			t.Errorf("RolesCompatible(%s, %s) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	if !sameHead("president", "president") || sameHead("official", "president") {
		t.Error("sameHead")
	}
}
