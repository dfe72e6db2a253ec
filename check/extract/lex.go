package extract

import (
	"strings"

	"github.com/factlint/factlint/check"
)

// Lexical classes of a word, looked up once per token so that the passes
// over an article pass most words by with a bit test instead of a lookup
// in each of their word lists.
const (
	lexOrgFirst    uint16 = 1 << iota // may start an organisation speaker ("Kremlin", "White House")
	lexDescription                    // may start an unnamed role: a determiner, a title word, a role
	lexTimex                          // may start a temporal expression
	lexNumber                         // a number word or an ordinal
	lexReport                         // a cue of reported speech
	lexFamily                         // names an event family ("talks", "attack")
)

var lexTable = func() map[string]uint16 {
	m := map[string]uint16{}
	add := func(words map[string]bool, bit uint16) {
		for w := range words {
			m[w] |= bit
		}
	}
	add(orgFirstWords, lexOrgFirst)
	add(titleWords, lexDescription)
	add(roleHeads, lexDescription)
	add(setOf("a", "an", "the"), lexDescription)
	add(timexStarts, lexTimex)
	add(numberStarts, lexNumber)
	add(reportWords, lexReport)
	for w := range families {
		m[w] |= lexFamily
	}
	return m
}()

// lexicon classes every token of the article.
func (x *analysis) lexicon() {
	toks := x.a.Tokens
	x.lex = make([]uint16, len(toks)+1)
	for i := range toks {
		if toks[i].Kind != check.Word {
			continue
		}
		w := toks[i].Lower
		c := lexTable[w]
		if strings.HasSuffix(w, "'s") {
			c |= lexTable[bare(w)] // "Friday's", "Kremlin's"
		}
		x.lex[i] = c
	}
}
