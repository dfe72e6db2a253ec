package check

import "strings"

// quoteStopwords carry no content when two quotes are compared; degree
// adverbs are among them, since "extremely useful" and "useful" say one thing.
var quoteStopwords = wordSet(`a an the and or but nor so yet of to in on at by for with from as into about
over than then that this these those it its it's is are was were be been being am has have had do does
did will would shall should can could may might must we our us you your he him his she her they them
their i me my there here what which who whom whose when where why how all any some such no not very
extremely really quite rather too also just even still only up down out off if while both each much
many more most other another again ever now s 's n't highly truly fully absolutely totally completely
utterly indeed that's there's what's here's we're they're you're i'm i've we've they've he's she's
isn't aren't wasn't weren't don't doesn't didn't won't can't couldn't wouldn't shouldn't`)

// EventNouns name the talks themselves; in a quote they say what is being
// characterised, not what is said of it ("the conversation was constructive").
var EventNouns = wordSet(`talks talk meeting meetings discussions discussion negotiations negotiation
conversation conversations session summit consultations dialogue round encounter`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// variants fold spellings and near-synonyms that translations and house
// styles swap for one another ("farther" / "further", "towards" / "toward").
var variants = map[string]string{
	"farther": "further", "towards": "toward", "whilst": "while", "amongst": "among",
	"learnt": "learned", "spelt": "spelled", "burnt": "burned", "dreamt": "dreamed",
	"okay": "ok", "upon": "on", "nor": "or", "shall": "will", "cannot": "can",
}

// Stem folds a word's common inflections so that "proposals" meets
// "proposal", and British spellings so that "colour" meets "color".
func Stem(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if v, ok := variants[w]; ok {
		w = v
	}
	if len(w) > 5 && strings.HasSuffix(w, "our") {
		w = w[:len(w)-3] + "or" // colour, behaviour, neighbour
	}
	if len(w) > 6 {
		for _, suf := range [][2]string{{"ised", "ized"}, {"ise", "ize"}, {"ising", "izing"}, {"isation", "ization"}, {"tre", "ter"}} {
			if strings.HasSuffix(w, suf[0]) {
				w = w[:len(w)-len(suf[0])] + suf[1]
				break
			}
		}
	}
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		return w[:len(w)-1]
	}
	return w
}

// ContentWords returns the stemmed content words of a quote's words.
func ContentWords(words []string) map[string]bool {
	out := map[string]bool{}
	for _, w := range words {
		if quoteStopwords[w] || EventNouns[w] {
			continue
		}
		out[Stem(w)] = true
	}
	return out
}

// SameStatement reports whether two quotes' words say the same thing: the
// shorter quote's content words (at most two) all appear in the longer, or
// most of them do and the two share a good part of their words overall.
func SameStatement(a, b []string) (float64, bool) {
	return SameContent(ContentWords(a), ContentWords(b))
}

// SameContent is SameStatement on content words already computed, for
// rules that compare one quote with many.
func SameContent(ca, cb map[string]bool) (float64, bool) {
	if len(ca) == 0 || len(cb) == 0 {
		return 0, false
	}
	inter := 0
	for w := range ca {
		if cb[w] {
			inter++
		}
	}
	return SameCount(inter, len(ca), len(cb))
}

// SameCount is SameContent from the sizes of two quotes' content-word sets
// and the number of words they share, for rules that count shared words
// through an index instead of comparing sets.
func SameCount(inter, la, lb int) (float64, bool) {
	if la == 0 || lb == 0 {
		return 0, false
	}
	small := min(la, lb)
	overlap := float64(inter) / float64(small)
	dice := 2 * float64(inter) / float64(la+lb)
	if small <= 2 {
		return overlap, inter == small && dice >= 0.3
	}
	return overlap, overlap >= 0.6 && dice >= 0.4
}

// Contains reports whether the word sequence short appears, in order and
// without gaps, inside long: a partial quotation of the same words.
func Contains(long, short []string) bool {
	if len(short) == 0 || len(short) > len(long) {
		return false
	}
outer:
	for i := 0; i+len(short) <= len(long); i++ {
		for j := range short {
			if long[i+j] != short[j] {
				continue outer
			}
		}
		return true
	}
	return false
}
