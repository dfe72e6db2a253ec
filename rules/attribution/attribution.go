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
	// Candidates share a content word: an inverted index, not every pair.
	index := map[string][]int{}
	for i, q := range quotes {
		for w := range check.ContentWords(q.Words) {
			index[w] = append(index[w], i)
		}
	}
	best := map[string]pair{}
	seen := map[[2]int]bool{}
	words := make([]string, 0, len(index))
	for w := range index {
		words = append(words, w)
	}
	sort.Strings(words)
	for _, w := range words {
		ids := index[w]
		for x := 0; x < len(ids); x++ {
			for y := x + 1; y < len(ids); y++ {
				i, j := ids[x], ids[y]
				if seen[[2]int{i, j}] {
					continue
				}
				seen[[2]int{i, j}] = true
				a, b := quotes[i], quotes[j]
				if a.Article == b.Article || a.SpeakerKey == b.SpeakerKey || !p.Story.SameStory(a.Article, b.Article) {
					continue
				}
				score, same := check.SameStatement(a.Words, b.Words)
				if !same {
					continue
				}
				if gives(p.Story, a.Article, b.SpeakerKey, a, b) || gives(p.Story, b.Article, a.SpeakerKey, a, b) {
					continue
				}
				if a.Article.Path > b.Article.Path {
					a, b = b, a
				}
				key := a.Article.Path + "\x00" + b.Article.Path + "\x00" + a.SpeakerKey + "\x00" + b.SpeakerKey
				if old, ok := best[key]; !ok || score > old.score || score == old.score && a.Start < old.a.Start {
					best[key] = pair{a, b, score}
				}
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
			Subject: fmt.Sprintf("who said %q", shared),
			Message: fmt.Sprintf("%s gives these words to %s, %s to %s", pr.a.Article.Name, pr.a.Speaker, pr.b.Article.Name, pr.b.Speaker),
			Evidence: []check.Evidence{
				check.EvidenceOf(pr.a, pr.a.Speaker, ""),
				check.EvidenceOf(pr.b, pr.b.Speaker, ""),
			},
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
