package extract

import (
	"strings"

	"github.com/factlint/factlint/check"
)

// The shape of a clause around a cue: whose verb it is, where asides set off
// by commas or dashes end, and which quotation marks are apostrophes. The
// speaker and reported-speech readers in quotes.go ask these.

// subordinators open a clause inside a sentence.
var subordinators = setOf("as", "when", "because", "while", "after", "before", "since", "if", "that",
	"which", "who", "whom", "where", "although", "though", "until", "unless", "whether")

// verbSubject returns the mention at token k, or a personal pronoun there
// made one, when it is a verb's subject: a finite verb follows it before
// token end, after an appositive or adverbs at most. 0 if it is not.
func (x *analysis) verbSubject(k, end int) int {
	toks := x.a.Tokens
	if x.inQ[k] {
		return 0
	}
	m := x.mentionAt[k]
	if m == 0 && personalPronoun(toks[k]) {
		m = -1
	}
	if m == 0 || m > 0 && (x.a.Mentions[m-1].Object || x.a.Mentions[m-1].Possessive) {
		return 0
	}
	j := k + 1
	if m > 0 {
		j = x.skipMention(k, m, end)
	}
	if j < end && toks[j].Text == "(" {
		// A party and state: "Sen. Bernie Sanders (Vt.) identified".
		for k := j + 1; k < end && k < j+8; k++ {
			if toks[k].Text == ")" {
				j = k + 1
				break
			}
		}
	}
	if j < end && toks[j].Text == "," {
		// An appositive: `Andrew Wetzler, director of the program, was blunt:`.
		if c := x.nextComma(j+1, end); c > 0 {
			j = c + 1
		}
	}
	for j < end && cueAdverbs[toks[j].Lower] && !finiteVerb(toks[j]) {
		j++ // "Obama also made"
	}
	if j >= end {
		return 0
	}
	// After "they", "we", "I" or "you" a verb has no ending to show it:
	// "they want justice".
	bare := m < 0 && toks[j].Kind == check.Word && !toks[j].Upper && !prepositions[toks[j].Lower] &&
		!conjunctions[toks[j].Lower] && !determiners[toks[j].Lower] && !npStop[toks[j].Lower]
	if !finiteVerb(toks[j]) && !bare {
		return 0
	}
	if m < 0 {
		m = x.npMention(k, k+1)
	}
	return m
}

// conjunctions join two verbs of one subject.
var conjunctions = setOf("and", "but", "yet")

// settings are prepositions that place a statement: "at a news
// conference", "in a statement", "during a speech".
var settings = setOf("at", "in", "during", "on", "with", "after", "before", "through", "via", "from", "over")

// dashAsideEnd returns the token after an aside set off by dashes that
// starts at token j ("-- co-editor of a book --"), or j when there is none.
func (x *analysis) dashAsideEnd(j, last int) int {
	toks := x.a.Tokens
	if j >= last || !x.spacedDash(j) {
		return j
	}
	k := j
	for k < last && isDash(toks[k]) {
		k++
	}
	for ; k < last && k < j+40; k++ {
		if x.inQ[k] || x.quoteDelim(k) {
			return j
		}
		if x.spacedDash(k) {
			for k < last && isDash(toks[k]) {
				k++
			}
			return k
		}
	}
	return j
}

// relativeEnd returns where reported speech from token j ends when its
// speaker m is a relative pronoun set off by a comma: where the relative
// clause closes ("Schiff, who said the meddling was designed to sow
// discord, spoke", "relatives, who asked officials to show them the
// video, watched it"); else end.
func (x *analysis) relativeEnd(m, j, end int) int {
	toks := x.a.Tokens
	ms := x.tokAt(x.a.Mentions[m-1].Start)
	if !relatives[toks[ms].Lower] || ms == 0 || toks[ms-1].Text != "," {
		return end
	}
	if c := x.nextComma(j, end); c > j+2 {
		return c
	}
	return end
}

// spacedDash reports whether token k is a dash that sets words apart, not
// a hyphen inside a word ("co-editor").
func (x *analysis) spacedDash(k int) bool {
	toks := x.a.Tokens
	if !isDash(toks[k]) {
		return false
	}
	if toks[k].Text != "-" {
		return true
	}
	return k == 0 || k+1 >= len(toks) || toks[k-1].End != toks[k].Start || toks[k+1].Start != toks[k].End
}

// quoteDelim reports whether token j is a quotation mark that opens or
// closes a quotation, not an apostrophe ("the Democrats' plan").
func (x *analysis) quoteDelim(j int) bool {
	if x.a.Tokens[j].Kind != check.QuoteMark {
		return false
	}
	before := j > 0 && x.inQ[j-1]
	after := j+1 < len(x.inQ) && x.inQ[j+1]
	return before != after || !isApostrophe(x.a.Tokens[j].Text)
}

func isApostrophe(s string) bool { return s == "'" || s == "’" }

// finiteBetween reports whether a finite verb stands in tokens [from, to).
func (x *analysis) finiteBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if finiteVerb(x.a.Tokens[k]) && !x.inQ[k] {
			return true
		}
	}
	return false
}

// finiteVerb reports whether a word has the form of a verb that a subject
// goes with: a form of "be", an auxiliary, a past or a present in -s.
func finiteVerb(t check.Token) bool {
	w := t.Lower
	if t.Kind != check.Word || t.Upper {
		return false
	}
	return isBe(w) || auxiliaries[w] || verbLike(t) || irregularPast[w] ||
		len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "ous")
}

// auxiliaries go before a verb, after its subject.
var auxiliaries = setOf("has", "had", "have", "will", "would", "can", "could", "did", "does", "do", "must",
	"should", "may", "might", "shall")

// frameOf reports whether token c is a frame cue, in the form of a verb,
// that takes the quotation opening at token open as its complement: no
// more than eight words between, and no punctuation ("attacked \"the
// hateful ideology\"", "called the talks \"constructive\""). A form in -s
// must read as a verb: "the attacks" are no cue.
func (x *analysis) frameOf(c, open, first int) bool {
	t := x.a.Tokens[c]
	if !frameCues[t.Lower] || t.Upper || open-c > 9 {
		return false
	}
	if !strings.HasSuffix(t.Lower, "ed") && !progressive(t) && !x.verbAfterSubject(c, first) {
		return false
	}
	for k := c + 1; k < open; k++ {
		if t := x.a.Tokens[k]; t.Kind != check.Word && t.Text != "-" || x.inQ[k] {
			return false
		}
	}
	return true
}

// personalPronoun reports whether a token is a pronoun that can speak
// without a name: "we", "they", "you", and the writer's "I".
func personalPronoun(t check.Token) bool {
	return t.Kind == check.Word && npPronouns[t.Lower] && t.Lower != "it" && (!t.Upper || t.Text == "I")
}

// documentAfter returns the end of a noun phrase from token i, at most six
// words, whose head names a document ("a cease-and-desist letter", "an ad"),
// or 0.
func (x *analysis) documentAfter(i, last int) int {
	toks := x.a.Tokens
	for k := i; k < last && k < i+8; k++ {
		t := toks[k]
		if x.inQ[k] || t.Kind == check.Punct && t.Text != "-" || t.Kind == check.QuoteMark {
			return 0
		}
		if docNouns[t.Lower] {
			return k + 1
		}
		hyphened := k > i && toks[k-1].Text == "-" && toks[k-1].End == t.Start // "cease-and-desist"
		if t.Kind == check.Word && !hyphened && (prepositions[t.Lower] || npStop[t.Lower] && !determiners[t.Lower]) {
			return 0
		}
	}
	return 0
}

// stanceAfter returns the end of a noun phrase from token i, at most six
// words, whose head names a stance taken (stanceNouns: "some pointed
// advice", "concerns"), or 0.
func (x *analysis) stanceAfter(i, last int) int {
	toks := x.a.Tokens
	if i < last && anaphoric[toks[i].Lower] {
		return 0 // "made the comments Friday": a stance told before, not here
	}
	for k := i; k < last && k < i+7; k++ {
		t := toks[k]
		if x.inQ[k] || t.Kind != check.Word {
			return 0
		}
		if stanceNouns[t.Lower] {
			return k + 1
		}
		if prepositions[t.Lower] || npStop[t.Lower] && !determiners[t.Lower] || possessiveDets[t.Lower] && k > i {
			return 0
		}
	}
	return 0
}

// evidenceSubject returns a mention of the evidence that is the subject of
// the finding cue at token i ("poll", "video", "documents"): the nearest
// such noun before it in its clause, with the noun phrase it heads, past a
// participle or relative clause that describes it. 0 when there is none.
func (x *analysis) evidenceSubject(i, first int) int {
	toks := x.a.Tokens
	for k := i - 1; k >= first && k > i-16; k-- {
		t := toks[k]
		if x.inQ[k] || t.Kind == check.QuoteMark || t.Text == ";" || t.Text == ":" {
			return 0
		}
		if t.Kind == check.Word && (conjunctions[t.Lower] || t.Lower == "that" && k == i-1) {
			return 0
		}
		if evidenceNouns[t.Lower] && !(k+1 < i && toks[k+1].Lower == "of" && k+2 == i) {
			st := x.npBefore(k+1, first)
			if st < 0 {
				st = k
			}
			for j := k; j > st; j-- {
				if w := toks[j-1]; finiteVerb(w) || prepositions[w.Lower] || w.Lower == "despite" {
					st = j // "television ran [video]", "despite [a Walmart video]"
					break
				}
			}
			if st > first && (finiteVerb(toks[st-1]) || progressive(toks[st-1]) || toks[st-1].Lower == "despite") {
				return 0 // the object of a verb: "officers who saw the video showed restraint"
			}
			if st > first && settings[toks[st-1].Lower] && k+1 < i && toks[k+1].Text == "," {
				return 0 // a setting: "In a 2013 memo, the agency suggested": the agency speaks
			}
			return x.npMention(st, k+1)
		}
	}
	return 0
}

// evidenceCues report a finding read from evidence.
var evidenceCues = setOf("shows", "show", "showed", "showing", "reveals", "revealed", "finds", "found", "suggests",
	"suggested", "indicates", "indicated", "confirms", "confirmed")

// evidenceNouns are evidence a finding is read from.
var evidenceNouns = setOf("poll", "polls", "survey", "surveys", "analysis", "study", "studies", "report",
	"reports", "data", "video", "videos", "footage", "documents", "records", "figures", "numbers",
	"research", "average", "averages", "results", "statistics", "audit", "review", "investigation",
	"autopsy", "tests", "photos", "images", "recording", "recordings", "transcript", "filings", "memo")

// anaphoric determiners point back to what was told before.
var anaphoric = setOf("the", "this", "that", "these", "those")

// documentSays reports whether a document named from token i goes on to
// say what it holds: a participle, "that" or a colon after it, soon ("a
// letter on Thursday to Senate leaders opposing …", "an ad showing …").
func (x *analysis) documentSays(i, last int) bool {
	e := x.documentAfter(i, last)
	if e == 0 {
		return false
	}
	for k := e; k < last && k < e+10; k++ {
		t := x.a.Tokens[k]
		if x.inQ[k] || t.Text == ":" || t.Lower == "that" || progressive(t) && !t.Upper {
			return true
		}
		if t.Text == "." || t.Text == ";" {
			return false
		}
	}
	return false
}

// mentionWithin returns the mention whose last word is token k, its
// possessive ending aside ("Donald Trump’s"), or 0.
func (x *analysis) mentionWithin(k int) int {
	t := x.a.Tokens[k]
	for j := k; j >= 0 && j > k-6; j-- {
		if m := x.mentionAt[j]; m > 0 {
			mm := x.a.Mentions[m-1]
			if mm.End > t.Start && mm.End <= t.End {
				return m
			}
			return 0
		}
	}
	return 0
}
