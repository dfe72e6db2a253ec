// Package attribution reports the same words or statement given to different
// speakers in different articles of a story.
//
// Two quotes are the same statement when their content words match (case,
// quotation marks, punctuation, ellipses and degree words such as "extremely"
// aside; a short quote's words must all appear in the other). It is a finding
// when one article gives the statement to one person and another article to
// someone else, and neither article also gives it to the other person: an
// article that quotes both the adviser and the spokesman calling the talks
// "constructive" contradicts neither. Organisations ("the Kremlin") and
// unresolved descriptions are not compared with people.
package attribution

import (
	"fmt"
	"sort"
	"strings"

	"github.com/factlint/factlint/check"
)

// Rule is the attribution rule.
var Rule = &check.Rule{
	Name:     "attribution",
	Doc:      strings.TrimSpace(doc),
	Severity: check.Error,
	Run:      run,
}

const doc = `
Reports the same words or statement given to different speakers.

Two quotes are the same statement when their content words match (case,
quotation marks, punctuation, ellipses and degree words such as "extremely"
aside; a short quote's words must all appear in the other). It is a finding
when one article gives the statement to one person and another article to
someone else, and neither article also gives it to the other person.
Organisations ("the Kremlin") and unresolved descriptions are not compared
with people.`

type pair struct {
	a, b  check.ClaimRef
	score float64
}

func run(p *check.Pass) {
	var quotes []check.ClaimRef
	for _, r := range p.Story.Claims("quote") {
		if r.SpeakerKey != "" {
			quotes = append(quotes, r)
		}
	}
	for _, g := range check.Bucket(quotes, func(r check.ClaimRef) string { return fmt.Sprint(p.Story.Group(r.Article)) }) {
		runStory(p, g)
	}
}

// runStory compares the quotes of one story.
func runStory(p *check.Pass, quotes []check.ClaimRef) {
	// The same words given to the same speaker by several articles are one
	// voice; each distinct statement is compared once.
	same := check.Collapse(quotes, func(r check.ClaimRef) string {
		return r.SpeakerKey + "|" + strings.Join(r.Words, " ")
	})
	reps := same.Reps
	content := make([]map[string]bool, len(reps))
	// Candidates share a content word: an inverted index, not every pair.
	index := map[string][]int{}
	for i, q := range reps {
		content[i] = check.ContentWords(q.Words)
		for w := range content[i] {
			index[w] = append(index[w], i)
		}
	}
	best := map[string]pair{}
	// For each statement, count the content words it shares with every
	// later one through the index; only pairs that share words are met.
	shared := make([]int, len(reps))
	var touched []int
	for i, a := range reps {
		touched = touched[:0]
		for w := range content[i] {
			for _, j := range index[w] {
				if j <= i {
					continue
				}
				if shared[j] == 0 {
					touched = append(touched, j)
				}
				shared[j]++
			}
		}
		sort.Ints(touched)
		for _, j := range touched {
			n := shared[j]
			shared[j] = 0
			b := reps[j]
			if a.SpeakerKey == b.SpeakerKey || a.Article == b.Article {
				continue
			}
			score, ok := check.SameCount(n, len(content[i]), len(content[j]))
			if !ok {
				continue
			}
			x, y := a, b
			if gives(p.Story, x.Article, y.SpeakerKey, x, y) || gives(p.Story, y.Article, x.SpeakerKey, x, y) {
				continue
			}
			if x.Article.Path > y.Article.Path {
				x, y = y, x
			}
			key := x.Article.Path + "\x00" + y.Article.Path + "\x00" + x.SpeakerKey + "\x00" + y.SpeakerKey
			// The best pair for two articles and speakers; ties go to the
			// earliest quotes, so the choice does not depend on order.
			if old, ok := best[key]; !ok || score > old.score || score == old.score && (x.Start < old.a.Start || x.Start == old.a.Start && y.Start < old.b.Start) {
				best[key] = pair{x, y, score}
			}
		}
	}
	keys := make([]string, 0, len(best))
	for k := range best {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		pr := best[k]
		shared := sharedWords(pr.a.Words, pr.b.Words)
		p.Report(check.Finding{
			Subject:  fmt.Sprintf("who said %q", shared),
			Message:  fmt.Sprintf("%s gives these words to %s, %s to %s", same.Who(pr.a), pr.a.Speaker, same.Who(pr.b), pr.b.Speaker),
			Evidence: append(same.Evidence(pr.a, pr.a.Speaker, ""), same.Evidence(pr.b, pr.b.Speaker, "")...),
		}, strings.Join([]string{pr.a.Article.Name, pr.a.Text, pr.a.SpeakerKey, pr.b.Article.Name, pr.b.Text, pr.b.SpeakerKey}, "\x00"))
	}
}

// gives reports whether article art also attributes either quote's statement to speaker.
func gives(s *check.Story, art *check.Article, speaker string, a, b check.ClaimRef) bool {
	for i := range art.Claims {
		c := &art.Claims[i]
		if c.Kind != "quote" || c.SpeakerKey != speaker {
			continue
		}
		if _, ok := check.SameStatement(c.Words, a.Words); ok {
			return true
		}
		if _, ok := check.SameStatement(c.Words, b.Words); ok {
			return true
		}
	}
	return false
}

// sharedWords names the statement by the content words both quotes use.
func sharedWords(a, b []string) string {
	cb := check.ContentWords(b)
	var out []string
	seen := map[string]bool{}
	for _, w := range a {
		s := check.Stem(w)
		if cb[s] && !seen[s] && len(check.ContentWords([]string{w})) > 0 {
			seen[s] = true
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}
