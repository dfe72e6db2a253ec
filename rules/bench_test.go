package rules_test

import (
	"fmt"
	"testing"

	"github.com/factlint/factlint/check"
	"github.com/factlint/factlint/check/engine"
	"github.com/factlint/factlint/rules"
)

// corpus analyses the fixture articles once and repeats them, as a day's
// copy repeats stories, to n articles.
func corpus(b *testing.B, n int) []*check.Article {
	r := engine.Analyse([]string{"../fixtures"}, engine.Options{})
	if len(r.Articles) == 0 {
		b.Fatal("no fixture articles")
	}
	var out []*check.Article
	for i := 0; len(out) < n; i++ {
		a := *r.Articles[i%len(r.Articles)]
		a.Path = fmt.Sprintf("%s#%d", a.Path, i)
		a.Claims = append([]check.Claim(nil), a.Claims...)
		a.Mentions = append([]check.Mention(nil), a.Mentions...)
		out = append(out, &a)
	}
	return out
}

// BenchmarkStory measures building the story (people register, speakers,
// clusters) of 500 articles.
func BenchmarkStory(b *testing.B) {
	arts := corpus(b, 500)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		check.NewStory(arts)
	}
}

// BenchmarkRules measures each rule over the story of 500 articles.
func BenchmarkRules(b *testing.B) {
	story := check.NewStory(corpus(b, 500))
	for _, r := range rules.All {
		b.Run(r.Name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				check.Run(story, []*check.Rule{r})
			}
		})
	}
}
