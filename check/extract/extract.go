// Package extract analyses one article into claims: tokens, sentences, the
// people it mentions and the titles it gives them, quotes with their speakers,
// temporal expressions bound to the events they date, and counts. It runs once
// per article; rules read only what it produces.
package extract

import (
	"sort"

	"github.com/factlint/factlint/check"
)

type analysis struct {
	a          *check.Article
	spans      []qspan
	inQ        []bool
	mentionAt  []int    // by token index: 1 + the index of the mention starting there, or 0
	lex        []uint16 // by token index: the word's lexical classes (lex.go)
	sentStart  []int
	headlines  map[int]bool    // sentences set in title case
	gender     map[string]byte // by folded surname: what the article says of a person (gender.go)
	fullNames  map[string]bool // folded full names the body gives, for its headlines
	lowerWords map[string]bool // whether the article writes a word in lower case, by word asked
}

// Analyse fills an article's tokens, sentences, mentions and claims.
func Analyse(a *check.Article) {
	x := newAnalysis(a)
	x.mentions()
	x.quotes()
	x.temporal()
	x.numbers()
	x.bindEvents()
	sort.SliceStable(a.Claims, func(i, j int) bool {
		if a.Claims[i].Start != a.Claims[j].Start {
			return a.Claims[i].Start < a.Claims[j].Start
		}
		return a.Claims[i].Kind < a.Claims[j].Kind
	})
}

// newAnalysis reads an article's tokens, quotations, sentences and lexical
// classes: what every extractor stands on.
func newAnalysis(a *check.Article) *analysis {
	x := &analysis{a: a}
	a.Tokens = tokenize(a.Text)
	x.mentionAt = make([]int, len(a.Tokens)+1)
	// About one claim and one mention every twenty tokens: sized once rather
	// than grown by copying.
	if a.Claims == nil {
		a.Claims = make([]check.Claim, 0, len(a.Tokens)/20+4)
	}
	if a.Mentions == nil {
		a.Mentions = make([]check.Mention, 0, len(a.Tokens)/15+4)
	}
	para := paragraphs(a.Text, a.Tokens)
	x.spans, x.inQ = pairQuotes(a.Tokens, para)
	a.Sentences = sentences(a.Text, a.Tokens, x.inQ)
	for si, s := range a.Sentences {
		x.sentStart = append(x.sentStart, s.Start)
		for i := s.First; i < s.Last; i++ {
			a.Tokens[i].Sent = si
			a.Tokens[i].InQ = x.inQ[i]
		}
	}
	x.lexicon()
	return x
}

// sentOf returns the index of the sentence holding a byte offset.
func (x *analysis) sentOf(off int) int {
	i := sort.SearchInts(x.sentStart, off+1) - 1
	if i < 0 {
		return 0
	}
	return i
}

// tokAt returns the index of the token starting at or holding a byte offset.
func (x *analysis) tokAt(off int) int {
	toks := x.a.Tokens
	i := sort.Search(len(toks), func(i int) bool { return toks[i].End > off })
	if i >= len(toks) {
		return len(toks) - 1
	}
	return i
}

// isCue reports whether a token is a speech verb (in lower case: "States" is a name).
func isCue(t check.Token) bool { return cues[t.Lower] && !t.Upper }

// mentionNear returns 1 + the index of a mention starting at token i, or at
// i+1 when token i is a determiner.
func (x *analysis) mentionNear(i int) int {
	if m := x.mentionAt[i]; m > 0 {
		return m
	}
	if i+1 < len(x.a.Tokens) {
		switch x.a.Tokens[i].Lower {
		case "the", "a", "an":
			return x.mentionAt[i+1]
		}
	}
	return 0
}
