package main

import (
	"runtime"
	"testing"
)

// TestDeterministic: the same input gives the same bytes whatever
// GOMAXPROCS is, run after run, in every format.
func TestDeterministic(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, format := range []string{"json", "sarif", "line", "github", "table"} {
		var first string
		for _, procs := range []int{1, 2, 4, 1, 2} {
			runtime.GOMAXPROCS(procs)
			_, out, _ := runCLI(t, "", "check", "--format", format, "../../fixtures")
			if first == "" {
				first = out
				if len(out) < 100 {
					t.Fatalf("%s: suspiciously little output: %q", format, out)
				}
				continue
			}
			if out != first {
				t.Fatalf("--format %s with GOMAXPROCS=%d differs from the first run", format, procs)
			}
		}
	}
	runtime.GOMAXPROCS(2)
	_, a, _ := runCLI(t, "", "claims", "--format", "json", "../../fixtures")
	runtime.GOMAXPROCS(1)
	_, b, _ := runCLI(t, "", "claims", "--format", "json", "../../fixtures")
	if a != b {
		t.Fatal("claims differ between GOMAXPROCS=2 and 1")
	}
}
