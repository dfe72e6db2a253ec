package extract

import (
	"strconv"
	"strings"

	"github.com/factlint/factlint/check"
)

// participles said of a counted thing: "pieces stolen", "people killed".
var irregularParticiples = setOf("stolen", "taken", "killed", "injured", "wounded", "missing", "dead",
	"hurt", "held", "seen", "given", "sold", "built", "found", "shot", "arrested", "detained", "rescued",
	"evacuated", "displaced", "recovered", "affected", "charged", "fired", "launched", "destroyed")

// isAge reports whether the number at token i is an age: "40-year-old",
// "six-month-old".
func (x *analysis) isAge(i, last int) bool {
	toks := x.a.Tokens
	return i+4 < last && toks[i+1].Text == "-" && toks[i+3].Text == "-" && toks[i+4].Lower == "old"
}

// numberStarts are the words a count or an ordinal can be written with.
var numberStarts = func() map[string]bool {
	m := map[string]bool{}
	for w := range numberWords {
		m[w] = true
	}
	for w := range ordinalWords {
		m[w] = true
	}
	return m
}()

// numbers makes claims of counts and ordinals with their counted noun, leaving
// alone what a temporal claim already covers (years, "five-hour").
func (x *analysis) numbers() {
	toks := x.a.Tokens
	taken := make([]bool, len(toks)+1)
	for _, c := range x.a.Claims {
		if c.Kind == "date" || c.Kind == "time" || c.Kind == "duration" || c.Kind == "set" {
			for k := x.tokAt(c.Start); k < len(toks) && toks[k].Start < c.End; k++ {
				taken[k] = true
			}
		}
	}
	for _, s := range x.a.Sentences {
		for i := s.First; i < s.Last; i++ {
			if taken[i] || toks[i].Kind != check.Number && x.lex[i]&lexNumber == 0 {
				continue
			}
			if toks[i].Lower == "one" && i > s.First && toks[i-1].Lower == "the" {
				continue // "on the one hand"
			}
			if x.isAge(i, s.Last) {
				continue // "a 40-year-old man"
			}
			if o, ok := ordinalWords[toks[i].Lower]; ok && o > 1 {
				x.ordinal(i, o, s)
				continue
			}
			if toks[i].Kind == check.Number && strings.HasSuffix(toks[i].Lower, "th") || strings.HasSuffix(toks[i].Lower, "st") && toks[i].Kind == check.Number {
				if d := dayNum(toks[i].Lower); d > 0 {
					x.ordinal(i, d, s)
				}
				continue
			}
			if toks[i].Lower == "a" || toks[i].Lower == "an" || toks[i].Lower == "one" && toks[i].Upper {
				continue // "a" counts only in durations
			}
			n, j, ok := x.numberAt(i, s.Last)
			if !ok || j >= s.Last || taken[j] {
				continue
			}
			if toks[i].Kind == check.Number && strings.Contains(toks[i].Lower, ":") {
				continue
			}
			start, mod := x.hedgeBefore(i, s.First)
			unit, qual, end := x.countedNoun(j, s)
			if unit == "" {
				i = j - 1
				continue
			}
			if qual == "" && start > s.First {
				qual = participle(toks[start-1].Lower)
			}
			if i > s.First && (toks[i-1].Text == "$" || toks[i-1].Text == "£" || toks[i-1].Text == "€") {
				start = min(start, i-1)
			}
			c := check.Claim{
				Kind: "number", Span: check.Span{Start: toks[start].Start, End: toks[end-1].End},
				Value: strconv.FormatFloat(n, 'f', -1, 64), Mod: mod, Unit: unit, Qualifier: qual, Sent: toks[i].Sent,
			}
			c.Text = x.a.Snippet(c.Span)
			x.a.Claims = append(x.a.Claims, c)
			i = end - 1
		}
	}
}

// countedNoun reads the noun counted after a number at token j: "pieces",
// "-point plan", "pieces of jewellery", and what is said of it ("stolen").
func (x *analysis) countedNoun(j int, s check.Sentence) (unit, qual string, end int) {
	toks := x.a.Tokens
	k := j
	if k < s.Last && toks[k].Text == "-" {
		k++
	}
	if k < s.Last && toks[k].Text == "%" {
		return "percent", "", k + 1
	}
	if k >= s.Last || toks[k].Kind != check.Word || toks[k].Upper && toks[k].Lower != "percent" {
		return "", "", j
	}
	w := toks[k].Lower
	if prepositions[w] || w == "and" || w == "or" || w == "a" || w == "the" || cues[w] || w == "of" || isBe(w) || w == "per" || w == "who" || w == "which" || w == "that" || w == "times" {
		return "", "", j
	}
	parts := []string{check.Stem(w)}
	end = k + 1
	// "28-point plan": the noun after a hyphenated unit.
	if k > j && end < s.Last && toks[end].Kind == check.Word && !toks[end].Upper && !prepositions[toks[end].Lower] && !isBe(toks[end].Lower) {
		parts = append(parts, check.Stem(toks[end].Lower))
		end++
	}
	// "pieces of jewellery"
	if end+1 < s.Last && toks[end].Lower == "of" && toks[end+1].Kind == check.Word && !toks[end+1].Upper && !stopwordLike(toks[end+1].Lower) {
		parts = append(parts, "of", check.Stem(toks[end+1].Lower))
		end += 2
	}
	// What is said of them: "eight pieces stolen", "nine pieces were taken".
	q := end
	if q < s.Last && isBe(toks[q].Lower) {
		q++
		if q < s.Last && (toks[q].Lower == "reportedly" || toks[q].Lower == "also") {
			q++
		}
	}
	if q < s.Last {
		qual = participle(toks[q].Lower)
	}
	return strings.Join(parts, " "), qual, end
}

// pastToParticiple names what a verb before a count says of it in the form
// a participle after it would: "stole eight pieces" = "eight pieces stolen".
var pastToParticiple = map[string]string{"stole": "stolen", "took": "taken", "saw": "seen", "gave": "given",
	"sold": "sold", "found": "found", "shot": "shot", "held": "held", "built": "built", "hurt": "hurt"}

func participle(w string) string {
	if p, ok := pastToParticiple[w]; ok {
		return p
	}
	if irregularParticiples[w] || strings.HasSuffix(w, "ed") && len(w) > 4 {
		return w
	}
	return ""
}

func stopwordLike(w string) bool {
	switch w {
	case "the", "a", "an", "his", "her", "their", "its", "our", "these", "those", "them", "us", "which", "what":
		return true
	}
	return false
}

// ordinal records "sixth trip" / "Witkoff's sixth trip to Moscow".
func (x *analysis) ordinal(i, n int, s check.Sentence) {
	toks := x.a.Tokens
	if i+1 >= s.Last || toks[i+1].Kind != check.Word || toks[i+1].Upper || prepositions[toks[i+1].Lower] || toks[i+1].Lower == "and" || isBe(toks[i+1].Lower) {
		return
	}
	if toks[i].Lower == "second" && (i+1 < s.Last && (toks[i+1].Lower == "time" || toks[i+1].Lower == "thought")) {
		return
	}
	if _, isUnit := unitOf(toks[i+1].Lower); isUnit && toks[i].Lower == "second" {
		return
	}
	start := i
	qual := ""
	if i > s.First && isPossessive(toks[i-1]) {
		start = i - 1
		qual = check.FoldName(bare(toks[i-1].Lower))
	}
	end := i + 2
	if end+1 < s.Last && (toks[end].Lower == "to" || toks[end].Lower == "in" || toks[end].Lower == "of") && toks[end+1].Upper {
		qual += " " + toks[end].Lower + " " + check.FoldName(bare(toks[end+1].Lower))
		end += 2
	}
	c := check.Claim{Kind: "number", Span: check.Span{Start: toks[start].Start, End: toks[end-1].End},
		Value: strconv.Itoa(n), Unit: check.Stem(toks[i+1].Lower), Qualifier: strings.TrimSpace(qual), Ordinal: true, Sent: toks[i].Sent}
	c.Text = x.a.Snippet(c.Span)
	x.a.Claims = append(x.a.Claims, c)
}
