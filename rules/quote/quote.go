// Package quote reports the same speaker quoted with different words.
//
// Two direct quotes by one person (resolved through the story's people
// register, so "Ushakov", "the Kremlin aide" and "Yuri Ushakov" are one
// speaker) that are the same statement but not the same words are a finding,
// with a word-level diff. A partial quote contained in the other is not a
// finding, nor are two different statements by the same person.
package quote

import (
	"fmt"
	"strings"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/factlint/factlint/check"
)

// Rule is the quote rule.
var Rule = &check.Rule{
	Name:     "quote",
	Doc:      strings.TrimSpace(doc),
	Severity: check.Warning,
	Run:      run,
}

const doc = `
Reports the same speaker quoted with different words.

Two direct quotes by one person (resolved through the story's people
register, so "Ushakov", "the Kremlin aide" and "Yuri Ushakov" are one
speaker) that are the same statement but not the same words are a finding,
shown with a word-level diff. A partial quote contained in the other is not
a finding, nor are two different statements by the same person.`

func run(p *check.Pass) {
	var direct []check.ClaimRef
	for _, r := range p.Story.Claims("quote") {
		if r.Direct && !r.Partial && r.SpeakerKey != "" {
			direct = append(direct, r)
		}
	}
	buckets := check.Bucket(direct, func(r check.ClaimRef) string {
		return fmt.Sprintf("%d|%s", p.Story.Group(r.Article), r.SpeakerKey)
	})
	for _, g := range buckets {
		// Articles quoting the same words are one voice: each distinct
		// wording is compared once.
		same := check.Collapse(g, func(r check.ClaimRef) string { return strings.Join(r.Words, " ") })
		reps := same.Reps
		content := make([]map[string]bool, len(reps))
		for i, r := range reps {
			content[i] = check.ContentWords(r.Words)
		}
		reported := map[[2]*check.Article]bool{}
		for i := 0; i < len(reps); i++ {
			for j := i + 1; j < len(reps); j++ {
				a, b := reps[i], reps[j]
				if a.Article == b.Article || reported[[2]*check.Article{a.Article, b.Article}] {
					continue
				}
				if _, ok := check.SameContent(content[i], content[j]); !ok {
					continue
				}
				if check.Contains(a.Words, b.Words) || check.Contains(b.Words, a.Words) {
					continue
				}
				reported[[2]*check.Article{a.Article, b.Article}] = true
				p.Report(check.Finding{
					Subject:  "words of " + a.Speaker,
					Message:  fmt.Sprintf("%s and %s quote %s differently", same.Who(a), same.Who(b), a.Speaker),
					Evidence: append(same.Evidence(a, a.Speaker, ""), same.Evidence(b, b.Speaker, "")...),
					Diff:     WordDiff(a.Text, b.Text),
				}, strings.Join([]string{a.SpeakerKey, a.Article.Name, a.Text, b.Article.Name, b.Text}, "\x00"))
			}
		}
	}
}

// WordDiff is a word-level diff of two quotes made with go-diff: each
// distinct word becomes one rune, the runes are diffed, then turned back.
func WordDiff(a, b string) []check.Edit {
	wa, wb := diffWords(a), diffWords(b)
	ids := map[string]rune{}
	var words []string
	enc := func(ws []string) []rune {
		out := make([]rune, len(ws))
		for i, w := range ws {
			r, ok := ids[w]
			if !ok {
				r = rune(0xE000 + len(words)) // private use area: never a real word rune
				ids[w] = r
				words = append(words, w)
			}
			out[i] = r
		}
		return out
	}
	ra, rb := enc(wa), enc(wb)
	dmp := diffmatchpatch.New()
	diffs := dmp.DiffMainRunes(ra, rb, false)
	var out []check.Edit
	for _, d := range diffs {
		var ws []string
		for _, r := range d.Text {
			ws = append(ws, words[r-0xE000])
		}
		op := 0
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			op = -1
		case diffmatchpatch.DiffInsert:
			op = 1
		}
		if len(out) > 0 {
			out = append(out, check.Edit{Text: " "})
		}
		out = append(out, check.Edit{Op: op, Text: strings.Join(ws, " ")})
	}
	return out
}

// diffWords splits a quote into words without the punctuation around them,
// so that "constructive," and "constructive" are one word.
func diffWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(normalise(s)) {
		w = strings.Trim(w, ",.;:!?\"'()[]")
		if w != "" && w != "..." {
			out = append(out, w)
		}
	}
	return out
}

// normalise straightens typographic quotes and apostrophes for the diff.
func normalise(s string) string {
	return strings.NewReplacer("“", "\"", "”", "\"", "‘", "'", "’", "'", "…", " ... ").Replace(s)
}
