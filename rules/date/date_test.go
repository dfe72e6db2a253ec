package date

import "testing"

func TestCompatible(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"2025-12-02", "2025-12-02", true},
		{"2025-12-02", "2025-12-03", false},
		{"XXXX-WXX-2", "XXXX-WXX-2", true},
		{"XXXX-WXX-2", "XXXX-WXX-3", false},
		{"XXXX-WXX-5", "2025-08-15", true}, // "Friday" and "Friday, August 15"
		{"XXXX-WXX-4", "2025-08-15", false},
		{"2025-12", "2025-12-02", true},
		{"2025", "2024-12-02", false},
		{"2025-12-02TMO", "2025-12-02", true},
		{"XXXX-12-02", "2025-12-02", true},
	}
	for _, c := range cases {
		if got := Compatible(c.a, c.b); got != c.want {
			t.Errorf("Compatible(%s, %s) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
