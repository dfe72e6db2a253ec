package check

import "testing"

// TestDominant checks that a bare surname goes to the person of that name
// the story names far more often, and to no one on a tie or a near one.
func TestDominant(t *testing.T) {
	cases := []struct {
		firsts map[string]int
		gender string
		want   string
	}{
		{map[string]int{"donald": 6, "ivanka": 2}, "", "donald trump"},
		{map[string]int{"donald": 5, "ivanka": 5}, "", ""},
		{map[string]int{"ivanka": 5, "donald": 5, "eric": 1}, "", ""},
		{map[string]int{"donald": 5, "ivanka": 2}, "", ""},
		{map[string]int{"donald": 6, "ivanka": 2}, "female", "ivanka trump"},
		{map[string]int{"donald": 1}, "", ""},
	}
	genders := map[string]string{"donald trump": "male", "ivanka trump": "female"}
	for _, c := range cases {
		for range 5 { // map order varies: the answer may not
			if got := dominant(c.firsts, "trump", c.gender, genders); got != c.want {
				t.Errorf("dominant(%v, %q) = %q, want %q", c.firsts, c.gender, got, c.want)
				break
			}
		}
	}
}
