package check

import "testing"

func TestSameStatement(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"the conversation was constructive", "useful constructive and substantive", true},
		{"useful constructive and substantive", "extremely useful constructive and informed", true},
		{"there can be no compromise on matters of principle", "no compromise option has yet been found", false},
		{"we will rebuild this bridge stronger than before", "traffic will return to normal by summer", false},
		// a small translation variant of one remark
		{"no further that's for sure", "not farther apart that's for sure", true},
		{"we realise the colour of the deal", "we realize the color of the deal", true},
	}
	for _, c := range cases {
		if _, got := SameStatement(fields(c.a), fields(c.b)); got != c.want {
			t.Errorf("SameStatement(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func fields(s string) []string {
	var out []string
	word := ""
	for _, r := range s + " " {
		if r == ' ' {
			if word != "" {
				out = append(out, word)
			}
			word = ""
			continue
		}
		word += string(r)
	}
	return out
}

func TestFoldName(t *testing.T) {
	for _, v := range []string{"Zelensky", "Zelenskyy", "Zelenskiy"} {
		if got := FoldName(v); got != "zelensky" {
			t.Errorf("FoldName(%s) = %s", v, got)
		}
	}
	if FoldName("Nuñez") != FoldName("Nunez") {
		t.Error("diacritics not folded")
	}
}
