package quote

import (
	"testing"

	"github.com/factlint/factlint/check"
)

func TestWordDiff(t *testing.T) {
	got := check.PlainDiff(WordDiff("useful, constructive and substantive", "extremely useful, constructive, and informed"))
	want := "{+extremely+} useful constructive and [-substantive-] {+informed+}"
	if got != want {
		t.Errorf("diff %q, want %q", got, want)
	}
}
