package attribution

import "testing"

func TestSharedWords(t *testing.T) {
	got := sharedWords([]string{"the", "conversation", "was", "constructive"}, []string{"useful", "constructive", "and", "substantive"})
	if got != "constructive" {
		t.Errorf("sharedWords = %q, want constructive", got)
	}
}
