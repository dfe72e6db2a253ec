package check

import "sort"

// Bucket groups claims by key and returns the groups, in key order, that hold
// claims from more than one article. A claim with an empty key is left out.
// Comparing only within a bucket keeps the work proportional to the claims.
func Bucket(refs []ClaimRef, key func(ClaimRef) string) [][]ClaimRef {
	by := map[string][]ClaimRef{}
	for _, r := range refs {
		if k := key(r); k != "" {
			by[k] = append(by[k], r)
		}
	}
	keys := make([]string, 0, len(by))
	for k, g := range by {
		if spansArticles(g) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	out := make([][]ClaimRef, len(keys))
	for i, k := range keys {
		out[i] = by[k]
	}
	return out
}

func spansArticles(g []ClaimRef) bool {
	for _, r := range g[1:] {
		if r.Article != g[0].Article {
			return true
		}
	}
	return false
}

// FirstPerArticle keeps each article's first claim of a group, in article order.
func FirstPerArticle(g []ClaimRef) []ClaimRef {
	seen := map[*Article]bool{}
	var out []ClaimRef
	for _, r := range g {
		if !seen[r.Article] {
			seen[r.Article] = true
			out = append(out, r)
		}
	}
	return out
}

// ShareOrUnknown reports whether two events may involve the same people:
// they name someone in common, or one of them names no one.
func ShareOrUnknown(a, b *Event) bool {
	if a == nil || b == nil || len(a.People) == 0 || len(b.People) == 0 {
		return true
	}
	set := map[string]bool{}
	for _, p := range a.People {
		set[p] = true
	}
	for _, p := range b.People {
		if set[p] {
			return true
		}
	}
	return false
}

// EvidenceOf makes a finding's evidence from a claim.
func EvidenceOf(r ClaimRef, value, note string) Evidence {
	return Evidence{Article: r.Article, Span: r.Span, Text: r.Text, Value: value, Note: note}
}
