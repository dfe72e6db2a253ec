package check

// Suppressed reports whether an editor has switched finding f off: any of
// its evidence lies in a region of its article where f's rule is off, or in
// an article whose front matter disables the rule. A finding compares
// articles, so one article opting out is enough to drop it.
func Suppressed(f Finding) bool {
	for _, e := range f.Evidence {
		a := e.Article
		if a == nil {
			continue
		}
		for _, r := range a.Disabled {
			if r == f.Rule {
				return true
			}
		}
		for _, s := range a.Suppressed {
			if (s.Rule == "" || s.Rule == f.Rule) && e.Start >= s.Start && e.Start < s.End {
				return true
			}
		}
	}
	return false
}

// Filter keeps the findings for which keep returns true and returns how many
// it dropped.
func Filter(fs []Finding, keep func(Finding) bool) ([]Finding, int) {
	out := fs[:0:0]
	for _, f := range fs {
		if keep(f) {
			out = append(out, f)
		}
	}
	return out, len(fs) - len(out)
}
