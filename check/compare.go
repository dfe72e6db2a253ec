package check

import (
	"fmt"
	"sort"
)

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

// Same collapses the claims of different articles that say the same thing
// (the same key) into the first of them, so that a rule compares each
// distinct thing said once, not every pair of articles: a story carried by
// a hundred articles costs what its few versions cost. Members maps each
// representative to every claim it stands for, itself first.
type Same struct {
	Reps    []ClaimRef
	Members map[*Claim][]ClaimRef
}

// Collapse makes a Same of refs, keyed by key, keeping first-seen order.
func Collapse(refs []ClaimRef, key func(ClaimRef) string) *Same {
	s := &Same{Members: map[*Claim][]ClaimRef{}}
	rep := map[string]*Claim{}
	for _, r := range refs {
		k := key(r)
		if c, ok := rep[k]; ok {
			s.Members[c] = append(s.Members[c], r)
			continue
		}
		rep[k] = r.Claim
		s.Reps = append(s.Reps, r)
		s.Members[r.Claim] = []ClaimRef{r}
	}
	return s
}

// Who names the articles that say what rep says: "003", or "003 and 4
// others" when more articles say the same.
func (s *Same) Who(rep ClaimRef) string {
	n := len(s.Members[rep.Claim])
	switch {
	case n <= 1:
		return rep.Article.Name
	case n == 2:
		return rep.Article.Name + " and " + s.Members[rep.Claim][1].Article.Name
	}
	return fmt.Sprintf("%s and %d others", rep.Article.Name, n-1)
}

// MaxEvidence bounds how many articles' evidence one side of a finding
// lists; Who still counts them all.
const MaxEvidence = 5

// Evidence is the evidence of rep and of up to MaxEvidence-1 of the
// articles that say the same, all with one value and note.
func (s *Same) Evidence(rep ClaimRef, value, note string) []Evidence {
	var out []Evidence
	for _, r := range s.Members[rep.Claim] {
		if len(out) == MaxEvidence {
			break
		}
		out = append(out, EvidenceOf(r, value, note))
	}
	if len(out) == 0 {
		out = append(out, EvidenceOf(rep, value, note))
	}
	return out
}

// Says is Who with its verb: "003 says", "003 and 4 others say".
func (s *Same) Says(rep ClaimRef) string {
	if len(s.Members[rep.Claim]) > 1 {
		return s.Who(rep) + " say"
	}
	return s.Who(rep) + " says"
}

// FirstPerArticleBy keeps, of each article, the first claim for each key:
// an article that gives a person two different titles keeps both.
func FirstPerArticleBy(g []ClaimRef, key func(ClaimRef) string) []ClaimRef {
	type ak struct {
		a *Article
		k string
	}
	seen := map[ak]bool{}
	var out []ClaimRef
	for _, r := range g {
		k := ak{r.Article, key(r)}
		if !seen[k] {
			seen[k] = true
			out = append(out, r)
		}
	}
	return out
}
