package quote

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/check"
)

func plain(d []check.Edit) string {
	var b strings.Builder
	for _, e := range d {
		switch e.Op {
		case -1:
			b.WriteString("[-" + e.Text + "-]")
		case 1:
			b.WriteString("{+" + e.Text + "+}")
		default:
			b.WriteString(e.Text)
		}
	}
	return b.String()
}

func TestWordDiff(t *testing.T) {
	got := plain(WordDiff("useful, constructive and substantive", "extremely useful, constructive, and informed"))
	want := "{+extremely+} useful constructive and [-substantive-] {+informed+}"
	if got != want {
		t.Errorf("diff %q, want %q", got, want)
	}
}
