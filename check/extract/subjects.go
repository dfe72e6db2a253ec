package extract

import (
	"strings"

	"github.com/factlint/factlint/check"
)

// Speakers that are not names: "the IMF said", "Protesters chanted", "a
// source said", "they said". When no person, organisation or role mention
// stands where a speaker must be, the noun phrase there becomes a mention of
// its own, kept as written and never resolved to a person.

// npStop are words that end a noun phrase read backwards from a cue, or
// cannot be its head.
var npStop = setOf("that", "which", "who", "whom", "whose", "and", "but", "or", "nor", "because", "as",
	"if", "when", "while", "although", "though", "since", "after", "before", "until", "so", "than",
	"where", "what", "why", "how", "not", "never", "also", "is", "are", "was", "were", "be", "been",
	"being", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "may",
	"might", "must", "should", "shall", "to", "in", "on", "at", "for", "with", "from", "by", "about",
	"into", "over", "under", "this", "these", "those", "there", "here", "then", "now", "just", "even",
	"only", "still", "yet", "he", "she", "him", "her", "his", "its", "their", "them", "us", "me", "my",
	"our", "your", "it's", "let", "once", "however", "though", "meanwhile", "instead", "according")

// roleLinks join a role to whom it serves: "attorneys for the family".
var roleLinks = setOf("for", "at", "with", "from", "of", "in")

// lyNouns end in -ly but are nouns, not adverbs: "the family said".
var lyNouns = setOf("family", "assembly", "ally", "rally", "supply", "monopoly", "anomaly", "reply",
	"tally", "bully", "fly", "melancholy", "panoply", "homily", "lily")

// particleWords complete a verb and end no noun phrase: "came away".
var particleWords = setOf("away", "out", "up", "off", "down", "back", "short", "clear", "apart")

// npPronouns are pronoun speakers kept with no antecedent.
var npPronouns = setOf("they", "we", "i", "you", "it")

// notHeads are words that cannot end a noun phrase that speaks: times,
// quantifiers and adverbs.
var notHeads = setOf("today", "yesterday", "tomorrow", "tonight", "week", "weeks", "month", "months",
	"year", "years", "day", "days", "morning", "afternoon", "evening", "night", "time", "ago", "later",
	"earlier", "every", "long",
	"often", "together", "despite", "again", "too", "very", "much", "more", "less", "almost", "already",
	"always", "ever", "once", "twice", "first", "last", "next", "soon", "recently", "now", "then",
	"previously", "late", "early", "mid", "repeatedly", "privately", "publicly", "also")

// temporalWord reports whether a token names a time: "Tuesday", "March", "2016".
func temporalWord(t check.Token) bool {
	_, wd := weekdays[t.Lower]
	_, mo := months[t.Lower]
	return wd || mo && t.Upper || t.Kind == check.Number || notHeads[t.Lower]
}

// npHead reports whether token t can end a noun phrase that speaks.
func npHead(t check.Token) bool {
	if t.Kind != check.Word {
		return false
	}
	if npPronouns[t.Lower] {
		return true
	}
	if npStop[t.Lower] || cues[t.Lower] || eventVerbs[t.Lower] != "" || notHeads[t.Lower] || temporalWord(t) ||
		prepositions[t.Lower] || particleWords[t.Lower] || !t.Upper && (t.Lower == "a" || t.Lower == "an" || t.Lower == "the") {
		return false // nor "stopped short of", "came away"
	}
	if strings.HasSuffix(t.Lower, "n't") || !t.Upper && !speakerHeads[t.Lower] && (strings.HasSuffix(t.Lower, "ly") && !lyNouns[t.Lower] || strings.HasSuffix(t.Lower, "ing")) {
		return false
	}
	return true
}

// npBefore returns the start of a noun phrase that ends just before token
// end, reading back at most six tokens inside [first, end), or -1.
func (x *analysis) npBefore(end, first int) int {
	toks := x.a.Tokens
	if end <= first || !npHead(toks[end-1]) || x.inQ[end-1] {
		return -1
	}
	if npPronouns[toks[end-1].Lower] {
		return end - 1
	}
	start := end - 1
	// A phrase cut short before a preposition is that preposition's object,
	// no one's subject: "32% [of Republican] claims".
	cut := func() int {
		if prepositions[toks[start].Lower] {
			return -1
		}
		return start
	}
	words := 1 // six at most; a hyphen and what it joins count as one ("the 70-year-old mogul")
	for k := end - 2; k >= first && words < 6 && k >= end-12; k-- {
		t := toks[k]
		if t.Text != "-" && (k+1 >= end || toks[k+1].Text != "-" || toks[k+1].Start != t.End) {
			words++
		}
		switch {
		case x.inQ[k] || t.Kind == check.QuoteMark:
			return cut()
		case roleLinks[t.Lower] && k > first && (roleHeads[toks[k-1].Lower] || speakerHeads[toks[k-1].Lower]):
			start = k // "attorneys for the family", "a spokesman for the club"
		case t.Kind == check.Word && (npStop[t.Lower] || cues[t.Lower] && !t.Upper || npPronouns[t.Lower]):
			return cut()
		case verbLike(t) && !t.Upper && k > first && !determiners[toks[k-1].Lower] && !mannerAdverb(toks[k-1]) && !x.inQ[k-1]:
			return cut() // a verb, not "the unnamed officer": "Jeffs delivered [a 55-minute speech]"
		case t.Kind == check.Word, t.Kind == check.Number, t.Text == "-" && k > first, t.Text == "&", honorificDot(toks, k):
			start = k
		default:
			return cut()
		}
	}
	for start < end-1 && prepositions[toks[start].Lower] {
		start++ // cut off at the word limit: "[of] the Union of Concerned Scientists"
	}
	return start
}

// npAfter returns the end of a noun phrase that starts at token i and ends
// at a comma, a full stop or the end of [i, last), at most ten tokens.
func (x *analysis) npAfter(i, last int) int {
	toks := x.a.Tokens
	j := i
	for j < last && j < i+10 {
		t := toks[j]
		if x.inQ[j] || t.Kind == check.QuoteMark || t.Kind == check.Punct && t.Text != "-" && t.Text != "&" && !honorificDot(toks, j) {
			break
		}
		if t.Kind == check.Word && cues[t.Lower] && !t.Upper {
			break
		}
		j++
	}
	if j == i || !npHead(toks[j-1]) {
		return -1
	}
	if j < last && toks[j].Kind == check.Word {
		return -1 // the phrase runs on: not a bare speaker
	}
	return j
}

// npMention records tokens [from, to) as a speaker mention and returns 1 +
// its index. A capitalised phrase is an organisation or outlet; a pronoun
// stays a pronoun with no antecedent; anything else is a description.
func (x *analysis) npMention(from, to int) int {
	toks := x.a.Tokens
	if m := x.mentionAt[from]; m > 0 {
		if mm := &x.a.Mentions[m-1]; mm.Kind == check.OrgMention && mm.End < toks[to-1].End && toks[to-1].Upper && !isPossessive(toks[to-1]) {
			// "The State Department Refugee Processing Center": the
			// organisation named at its start is only the first part.
			mm.Span.End = toks[to-1].End
			mm.Text = x.a.Snippet(mm.Span)
		}
		return m
	}
	head := toks[to-1]
	m := check.Mention{Span: check.Span{Start: toks[from].Start, End: head.End}, Kind: check.DescriptionMention}
	switch {
	case to-from == 1 && npPronouns[head.Lower]:
		m.Kind = check.PronounMention
		if head.Lower == "it" || head.Lower == "they" {
			m.Ante = x.groupAntecedent(from, head.Lower == "they")
		}
	case head.Upper:
		m.Kind = check.OrgMention
	}
	if isPossessive(head) {
		m.Span.End -= possessiveLen(head)
	}
	m.Text = x.a.Snippet(m.Span)
	x.a.Mentions = append(x.a.Mentions, m)
	x.mentionAt[from] = len(x.a.Mentions)
	return len(x.a.Mentions)
}

// isDash reports whether a token is a dash that can introduce a speaker
// after a quotation: `"..." ― Pamela Padilla`.
func isDash(t check.Token) bool {
	switch t.Text {
	case "—", "–", "―", "-", "--":
		return true
	}
	return false
}

// groupAntecedent finds what "it" or "they" at token i stands for as a
// speaker: the nearest organisation (or, for "they", plural description)
// mentioned in this sentence or the two before it. 0 when there is none.
func (x *analysis) groupAntecedent(i int, plural bool) int {
	toks := x.a.Tokens
	sent := toks[i].Sent
	best := 0
	for k, c := range x.a.Mentions {
		if c.Start >= toks[i].Start || x.sentOf(c.Start) < sent-2 || toks[x.tokAt(c.Start)].InQ {
			continue
		}
		ok := c.Kind == check.OrgMention && !plural ||
			c.Kind == check.DescriptionMention && plural && strings.HasSuffix(c.Text, "s")
		if ok && (best == 0 || c.Start > x.a.Mentions[best-1].Start) {
			best = k + 1
		}
	}
	return best
}
