package extract

import (
	"sort"
	"strings"
	"unicode"

	"github.com/factlint/factlint/check"
)

// adverbs that may stand between a speaker and the cue ("Rubio later said").
var cueAdverbs = setOf("also", "later", "then", "previously", "has", "had", "have", "again", "once",
	"repeatedly", "separately", "recently", "earlier", "further", "publicly", "privately", "reportedly",
	"himself", "herself", "would", "will", "quickly", "openly", "flatly", "firmly", "bluntly", "often",
	"always", "frequently", "sometimes", "usually", "simply", "just", "finally", "still", "even",
	"not", "never", "did", "does", "do", "may", "might", "could", "can", "should", "must", "didn't",
	"doesn't", "hasn't", "haven't", "wouldn't", "won't", "can't", "isn't", "immediately")

// reportWords are the words a case of reported below can start at (the
// generic "VERB that" case aside).
var reportWords = func() map[string]bool {
	m := setOf("according", "as", "quoting", "quotes", "discuss", "debate", "plan", "proposal", "plans", "proposals")
	for _, set := range []map[string]bool{cues, clauseCues, frameCues, infinitiveCues, nounCues, phrasalCues,
		questionCues, attitudes, viewFrames, docVerbs, stanceVerbs, evidenceCues} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()

// quotePart is one quotation with its words and its attribution.
type quotePart struct {
	q          qspan
	first, end int // the quoted words
	ref        int
	cue        string
	at         int // token where the attribution was found, -1 if none
}

// quotes makes a claim of every quotation and of reported speech.
//
// The parts of one quotation become one claim: a quotation interrupted by
// its attribution (`"A," Peskov said. "B."`), and one that runs over several
// paragraphs, each opening with a quotation mark and only the last closing.
// The claim's text joins the quoted parts with " … ".
func (x *analysis) quotes() {
	toks := x.a.Tokens
	var parts []quotePart
	for _, q := range x.spans {
		if q.Depth != 0 {
			continue
		}
		first, end := q.Open+1, q.End
		for end > first && (toks[end-1].Text == "," || toks[end-1].Text == ":" || toks[end-1].Text == ";") {
			end--
		}
		if end <= first || !hasWord(toks[first:end]) {
			continue
		}
		ref, cue, at := x.speakerOf(q)
		parts = append(parts, quotePart{q: q, first: first, end: end, ref: ref, cue: cue, at: at})
	}
	sort.Slice(parts, func(i, j int) bool { return parts[i].first < parts[j].first })
	var groups [][]quotePart
	for _, p := range parts {
		if n := len(groups); n > 0 && x.continues(groups[n-1], p) {
			groups[n-1] = append(groups[n-1], p)
			continue
		}
		groups = append(groups, []quotePart{p})
	}
	for _, g := range groups {
		first, end := g[0].first, g[len(g)-1].end
		c := check.Claim{
			Kind:   "quote",
			Span:   check.Span{Start: toks[first].Start, End: toks[end-1].End},
			Direct: true,
			Sent:   toks[g[0].q.Open].Sent,
		}
		var texts []string
		for _, p := range g {
			texts = append(texts, x.a.Snippet(check.Span{Start: toks[p.first].Start, End: toks[p.end-1].End}))
			c.Words = append(c.Words, wordsOf(toks[p.first:p.end])...)
			if c.SpeakerRef == 0 && c.Cue == "" {
				c.SpeakerRef, c.Cue = p.ref, p.cue
			}
		}
		if x.transcriptLabel(first, false) > 0 {
			continue // a quoted transcript: its speaker's words are claimed by transcript
		}
		if c.SpeakerRef == 0 && c.Cue == "" && (len(c.Words) <= 3 || titleCase(toks[first:end])) {
			continue // a scare quote or a title ("he", "State of the Union"), not someone's words
		}
		if len(g) == 1 && titleCase(toks[first:end]) && len(c.Words) <= 6 && (x.titlePlace(g[0].q.Open) || x.titleBeside(end)) {
			continue // a title where a name goes: `on MSNBC's "Morning Joe"`
		}
		if len(g) == 1 && len(c.Words) <= 3 && titleCase(toks[first:end]) && x.nickname(g[0].q) {
			continue // a nickname inside a name: Adam "Pacman" Jones
		}
		if c.SpeakerRef == 0 && c.Cue == "" && len(g) == 1 && len(c.Words) <= 8 && x.subhead(g[0]) {
			continue // a subheading set in quotation marks: 'Legend in the Coal Fields.'
		}
		c.Text = strings.Join(texts, " … ")
		x.a.Claims = append(x.a.Claims, c)
	}
	x.transcript()
	x.signedPosts()
	for si := range x.a.Sentences {
		x.reported(si)
	}
	x.continuedParagraphs()
	x.paragraphSpeakers()
	x.enclosedQuotations()
}

// enclosedQuotations gives a quotation with no attribution of its own the
// speaker of the reported speech that holds it: in `Reid has gone after
// Trump as a "human leech"`, the words are Reid's.
func (x *analysis) enclosedQuotations() {
	claims := x.a.Claims
	x.unattributed(func(c *check.Claim, open int) {
		var best *check.Claim
		for k := range claims {
			d := &claims[k]
			if d != c && d.Kind == "quote" && d.SpeakerRef > 0 && (!d.Direct || d.Partial) {
				if d.Start <= c.Start && c.End <= d.End && (d.Start < c.Start || d.End > c.End) && (best == nil || d.End-d.Start < best.End-best.Start) {
					best = d
				}
			}
		}
		if best != nil {
			c.SpeakerRef, c.Cue = best.SpeakerRef, best.Cue
		}
	})
}

// signedPosts reads posts embedded in an article, signed the way social
// media signs them: the post's words, then "— Donald J. Trump
// (@realDonaldTrump) September 30, 2016", after them or on the next line.
// The words are the signer's, quoted verbatim whether or not quotation
// marks hold them.
func (x *analysis) signedPosts() {
	toks := x.a.Tokens
	for _, s := range x.a.Sentences {
		d := -1 // the signing dash
		for k := s.First; k < s.Last; k++ {
			if isDash(toks[k]) && k+3 < s.Last {
				d = k
			}
		}
		if d < 0 {
			continue
		}
		// The signer's name, then "(@handle)".
		h := d + 1
		for h < s.Last && h < d+7 && toks[h].Text != "(" {
			h++
		}
		if h == d+1 || h+2 >= s.Last || toks[h].Text != "(" || toks[h+1].Text != "@" {
			continue
		}
		// The post: before the dash in its paragraph, or, when the
		// signature opens its paragraph, the whole paragraph before.
		first, end := -1, d
		if p := x.paraStart(d); p < d {
			first = p
		} else if d > 0 && x.para(d-1) == x.para(d)-1 {
			first = x.paraStart(d - 1)
			end = d
		}
		for end > first && first >= 0 && (toks[end-1].Kind == check.Punct || toks[end-1].Kind == check.QuoteMark) && toks[end-1].Text != "!" && toks[end-1].Text != "?" {
			end--
		}
		if first < 0 || end-first < 3 || x.inQ[first] && x.spanClosingAt(end) != nil {
			continue // nothing to sign, or a quotation its own attribution covers
		}
		ref := x.mentionAt[d+1]
		if ref == 0 {
			ref = x.npMention(d+1, h) // "Apple Music (@AppleMusic)"
		}
		direct := false
		for k := first; k < end; k++ {
			if toks[k].Kind == check.QuoteMark {
				direct = true
			}
		}
		c := check.Claim{Kind: "quote", Span: check.Span{Start: toks[first].Start, End: toks[end-1].End},
			Cue: "posted", SpeakerRef: ref, Sent: toks[first].Sent, Direct: direct, Partial: direct}
		c.Text = x.a.Snippet(c.Span)
		c.Words = wordsOf(toks[first:end])
		x.a.Claims = append(x.a.Claims, c)
	}
}

// paraStart returns the first token of token k's paragraph.
func (x *analysis) paraStart(k int) int {
	p := x.para(k)
	for k > 0 && x.para(k-1) == p {
		k--
	}
	return k
}

// paragraphSpeakers gives a quotation with no attribution the speaker of
// the statement before it in its paragraph, when no one else is named in
// between: `"We've had problems," Obama said. He did not suggest
// retaliation. "Our goal is …"` is Obama's.
func (x *analysis) paragraphSpeakers() {
	toks := x.a.Tokens
	claims := x.a.Claims
	x.unattributed(func(c *check.Claim, open int) {
		p := x.para(open)
		var prev *check.Claim
		for k := range claims {
			d := &claims[k]
			if d.Kind == "quote" && d.SpeakerRef != 0 && d.End <= toks[open].Start && x.para(x.tokAt(d.End-1)) == p && (prev == nil || d.End > prev.End) {
				prev = d
			}
		}
		if prev == nil {
			// No statement before it, but a sentence whose subject is a
			// person: `Sen. Bernie Sanders, who lost the primaries to
			// Clinton, identified young voters' exhaustion with bigotry as
			// a reason. "The younger people are sick and tired of it."`
			if m := x.sentenceSubjectBefore(open); m > 0 {
				c.SpeakerRef = m
			}
			return
		}
		speaker := x.a.Mentions[prev.SpeakerRef-1]
		if speaker.Kind != check.PersonMention && speaker.Kind != check.PronounMention {
			return
		}
		// Names in the attribution after the statement are not speakers
		// (`," Obama said after meeting Vladimir Putin.`): look from the
		// end of its sentence.
		from := prev.End
		if speaker.Start >= prev.End {
			from = toks[x.a.Sentences[x.sentOf(speaker.Start)].Last-1].End
		}
		if !x.otherPersonBetween(prev.SpeakerRef, from, toks[open].Start) {
			c.SpeakerRef = prev.SpeakerRef
		}
	})
}

// sentenceSubjectBefore returns the subject of the sentence before a quotation
// that opens its own sentence at token open, in the same paragraph, when
// that subject is a person and no other person stands as a subject in
// between; else 0.
func (x *analysis) sentenceSubjectBefore(open int) int {
	toks := x.a.Tokens
	si := toks[open].Sent
	if si == 0 || x.a.Sentences[si].First != open || x.a.Sentences[si-1].Para != x.a.Sentences[si].Para {
		return 0
	}
	s := x.a.Sentences[si-1]
	for k := s.First; k < s.Last; k++ {
		m := x.verbSubject(k, s.Last)
		if m <= 0 {
			continue
		}
		mm := x.a.Mentions[m-1]
		if mm.Kind != check.PersonMention && !(mm.Kind == check.PronounMention && mm.Ante > 0) {
			return 0
		}
		for _, o := range x.a.Mentions {
			if o.Start > mm.End && o.End <= toks[open].Start && o.Kind == check.PersonMention && !o.Object && !o.Possessive && !sameName(o.Text, mm.Text) {
				return 0
			}
		}
		return m
	}
	return 0
}

// sameName reports whether two mentions' texts name one person: "Bernie
// Sanders" and "Sanders".
func sameName(a, b string) bool { return a == b || strings.HasSuffix(a, b) || strings.HasSuffix(b, a) }

// unattributed calls f with each direct quotation that has neither speaker
// nor cue, and the token of its opening mark.
func (x *analysis) unattributed(f func(c *check.Claim, open int)) {
	for ci := range x.a.Claims {
		c := &x.a.Claims[ci]
		if c.Kind != "quote" || !c.Direct || c.Partial || c.SpeakerRef != 0 || c.Cue != "" {
			continue
		}
		if open := x.tokAt(c.Start) - 1; open >= 0 && x.a.Tokens[open].Kind == check.QuoteMark {
			f(c, open)
		}
	}
}

// otherPersonBetween reports whether a person other than the speaker of
// mention ref is named in the bytes [from, to).
func (x *analysis) otherPersonBetween(ref, from, to int) bool {
	key := x.a.Mentions[ref-1].Text
	if a := x.a.Mentions[ref-1].Ante; a > 0 {
		key = x.a.Mentions[a-1].Text
	}
	for _, m := range x.a.Mentions {
		if m.Start >= from && m.End <= to && m.Kind == check.PersonMention && m.Text != key && !strings.HasSuffix(key, m.Text) {
			return true
		}
	}
	return false
}

// transcript reads interview transcripts, where a paragraph opens with its
// speaker's name in capitals and a colon ("PENCE: Well, look, ..."): the
// rest of the paragraph is that speaker's words.
func (x *analysis) transcript() {
	toks := x.a.Tokens
	// A name as written labels a turn ("Clinton: It is awfully good …")
	// only where there are turns: one such paragraph is a heading
	// ("Hugh Jackman: an Oscar hit or miss?").
	named := 0
	for si, s := range x.a.Sentences {
		if (si == 0 || x.a.Sentences[si-1].Para != s.Para) && x.transcriptLabel(s.First, true) > 0 && x.transcriptLabel(s.First, false) == 0 {
			named++
		}
	}
	names := named >= 2
	for si, s := range x.a.Sentences {
		if si > 0 && x.a.Sentences[si-1].Para == s.Para {
			continue
		}
		first := s.First
		quoted := toks[first].Kind == check.QuoteMark
		if quoted {
			first++ // a quoted transcript
		}
		// A title line may open with its source's name as written:
		// "Sanders: Clinton needs to 'get away from all of this personality stuff'".
		k := x.transcriptLabel(first, names)
		if k == 0 && x.titleLine(s) && !quoted {
			k = x.surnameLabel(first)
		}
		if k == 0 || k+1 >= s.Last {
			continue
		}
		end := si
		for end+1 < len(x.a.Sentences) && x.a.Sentences[end+1].Para == s.Para {
			end++
		}
		last := x.a.Sentences[end].Last
		if last-(k+1) < 3 || !x.wordsBeyondTime(k+1, last) {
			continue // "POSTED: 04/02/07, 9:00 PM PDT" is a time stamp
		}
		m := check.Mention{Span: check.Span{Start: toks[first].Start, End: toks[k-1].End}, Kind: check.PersonMention}
		if transcriptRoles[toks[first].Lower] {
			m.Kind = check.DescriptionMention // "QUESTION:", "MODERATOR:"
		}
		m.Text = x.a.Snippet(m.Span)
		x.a.Mentions = append(x.a.Mentions, m)
		x.mentionAt[first] = len(x.a.Mentions)
		if !quoted && toks[k+1].Kind == check.QuoteMark {
			// `TRUMP: "We will win."`: the quotation is already a direct
			// claim; the label is its speaker.
			for ci := range x.a.Claims {
				c := &x.a.Claims[ci]
				if c.Kind == "quote" && c.Direct && c.SpeakerRef == 0 && c.Cue == "" && c.Start > toks[k].Start && c.Start <= toks[k+1].End+1 {
					c.SpeakerRef, c.Cue = len(x.a.Mentions), ":"
				}
			}
			continue
		}
		c := check.Claim{Kind: "quote", Span: check.Span{Start: toks[k+1].Start, End: toks[last-1].End},
			Cue: ":", SpeakerRef: len(x.a.Mentions), Sent: si, Direct: quoted}
		c.Text = x.a.Snippet(c.Span)
		c.Words = wordsOf(toks[k+1 : last])
		for ci := range x.a.Claims {
			// Quotations inside the turn are its speaker's too.
			if d := &x.a.Claims[ci]; d.Kind == "quote" && d.Direct && d.SpeakerRef == 0 && d.Cue == "" && d.Start >= c.Start && d.End <= c.End {
				d.SpeakerRef, d.Cue = c.SpeakerRef, ":"
			}
		}
		x.a.Claims = append(x.a.Claims, c)
	}
}

// transcriptLabel returns the index of the colon after a speaker's name in
// capitals that starts at token i ("PENCE:"), or, when names is set, after
// a person's name as written ("Clinton:"); else 0.
func (x *analysis) transcriptLabel(i int, names bool) int {
	toks := x.a.Tokens
	k := i
	for k < len(toks) && k < i+3 && toks[k].Kind == check.Word && allCaps(toks[k].Text) {
		k++
	}
	if m := x.mentionAt[i]; names && k == i && m > 0 && x.a.Mentions[m-1].Kind == check.PersonMention && !x.inQ[i] && !x.headlines[toks[i].Sent] {
		k = x.skipMention(i, m, len(toks)) // a name as written: "Clinton: It is awfully good …"
	}
	if k == i || k >= len(toks) || toks[k].Text != ":" || i > 0 && x.para(i-1) == x.para(i) && toks[i-1].Kind != check.QuoteMark {
		return 0
	}
	return k
}

// surnameLabel returns the index of the colon after a surname alone that
// opens a title line and that the body gives in full, before a clause
// ("Sanders: Clinton needs to …"); else 0.
func (x *analysis) surnameLabel(i int) int {
	toks := x.a.Tokens
	if i+3 >= len(toks) || x.mentionAt[i] != 0 || !toks[i].Upper || toks[i].Kind != check.Word || toks[i+1].Text != ":" || !x.surnameOfPerson(toks[i].Text) {
		return 0
	}
	s := x.a.Sentences[toks[i].Sent]
	if !x.finiteBetween(i+2, s.Last) {
		return 0
	}
	return i + 1
}

// surnameOfPerson reports whether w is the last word of a person's name
// the article gives.
func (x *analysis) surnameOfPerson(w string) bool {
	for _, m := range x.a.Mentions {
		if m.Kind == check.PersonMention && len(m.Text) > len(w) && strings.HasSuffix(m.Text, " "+w) {
			return true
		}
	}
	return false
}

// transcriptRoles label a transcript's turns by role, not by name.
var transcriptRoles = setOf("q", "question", "a", "answer", "reporter", "reporters", "audience", "crowd",
	"moderator", "host", "narrator", "announcer", "voice", "unidentified", "interviewer", "anchor")

// allCaps reports whether a word is written in capitals, two letters or more.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// continues reports whether quotation p goes on the quotation whose parts
// are g: it opens the paragraph after an unclosed one, or it follows, in the
// same paragraph and unattributed, the attribution that interrupts g
// (`"A," Peskov said. "B."`) or only punctuation.
func (x *analysis) continues(g []quotePart, p quotePart) bool {
	toks := x.a.Tokens
	prev := g[len(g)-1]
	if prev.q.Close < 0 {
		// Only a quotation that opens the next paragraph continues it.
		return prev.q.End == p.q.Open && x.para(p.q.Open) == x.para(prev.q.Open)+1 && toks[prev.q.Open].Text == toks[p.q.Open].Text
	}
	if x.para(p.q.Open) != x.para(prev.q.Close) {
		return false
	}
	// The attribution between the parts, if any, is the group's.
	ref, at := 0, -1
	for _, q := range g {
		if q.at > prev.q.Close && q.at < p.q.Open {
			ref, at = q.ref, q.at
		}
	}
	// p is unattributed, or attributed by that same cue (`"A," she wrote, "B."`).
	if (p.ref != 0 || p.cue != "") && !(at >= 0 && p.at == at && p.ref == ref) {
		return false
	}
	words := 0
	for i := prev.q.Close + 1; i < p.q.Open; i++ {
		if x.inQ[i] {
			return false
		}
		if toks[i].Kind == check.Word {
			words++
		}
	}
	if words == 0 {
		return p.q.Open > prev.q.Close+1 // `"A" … "B"`, but not `"A" "B"`
	}
	// The words between are the attribution, and the next part opens no
	// later than the sentence after it, as a quotation that ends its
	// sentence: `"You squeezed employees to the breaking point" to drive up
	// the stock price, she said` is a statement of its own.
	return at >= 0 && toks[p.q.Open].Sent <= toks[at].Sent+1 && (p.q.Close < 0 || x.endsSentence(p.q.Close))
}

// endsSentence reports whether only punctuation follows token k in its
// sentence, or only an attribution after a comma.
func (x *analysis) endsSentence(k int) bool {
	toks := x.a.Tokens
	s := x.a.Sentences[toks[k].Sent]
	j := k + 1
	for j < s.Last && (toks[j].Kind == check.Punct || toks[j].Kind == check.QuoteMark) && toks[j].Text != "," {
		j++
	}
	if j >= s.Last {
		return true
	}
	if toks[j].Text == "," || toks[k-1].Text == "," {
		return true // `"B," she added` or `"B", she added`
	}
	return false
}

// continuedParagraphs applies the news convention that a paragraph made of
// nothing but an unattributed quotation goes on from the statement that
// ended the paragraph before it (`Obama said the economy had turned.` /
// `"We've come a long way."`): it takes that statement's speaker when the
// speaker is a named person or a pronoun standing for one, or anyone at
// all when that statement was itself a quotation (`"…," a witness told
// CNN.` / `"You just knew it."`).
func (x *analysis) continuedParagraphs() {
	toks := x.a.Tokens
	claims := x.a.Claims
	x.unattributed(func(c *check.Claim, open int) {
		end := x.tokAt(c.End-1) + 1
		p := x.para(open)
		if open > 0 && x.para(open-1) == p {
			return // the paragraph holds more than the quotation
		}
		for end < len(toks) && x.para(end) == p && (toks[end].Kind == check.Punct || toks[end].Kind == check.QuoteMark) {
			end++
		}
		if end < len(toks) && x.para(end) == p || p == 0 {
			return
		}
		// The statement that ends the paragraph before, within ten tokens.
		var prev *check.Claim
		for k := range claims {
			d := &claims[k]
			if d.Kind == "quote" && d.End <= toks[open].Start && x.para(x.tokAt(d.Start)) <= p-1 && x.para(x.tokAt(d.End-1)) == p-1 && (prev == nil || d.End > prev.End) {
				prev = d
			}
		}
		if prev == nil {
			// No statement ends the paragraph before, but its last sentence
			// may announce one: "Hillary Clinton responded on Twitter on
			// Friday." / "This is not who we are."
			if m := x.leadIn(open - 1); m > 0 {
				c.SpeakerRef = m
			}
			return
		}
		// A report that wraps the quotation (`"…?" she said, according to
		// her website`) is not who goes on speaking: the quotation's speaker is.
		for k := range claims {
			d := &claims[k]
			if d != prev && d.Kind == "quote" && d.Direct && d.SpeakerRef > 0 && d.Start >= prev.Start && d.End <= prev.End && x.tokAt(d.Start) <= x.tokAt(prev.Start)+1 {
				prev = d
			}
		}
		if prev.SpeakerRef == 0 {
			return
		}
		tail := 0
		for k := x.tokAt(prev.End-1) + 1; k < open && x.para(k) == p-1; k++ {
			tail++
		}
		// An attribution after the statement may run longer: `"Right now!"
		// Williams, a critic of NYPD policy, said before Kelly appeared.`
		sp := x.a.Mentions[prev.SpeakerRef-1]
		if kind := sp.Kind; (tail <= 10 || prev.Cue != "" && sp.Start >= prev.End && tail <= 25) && (kind == check.PersonMention || kind == check.PronounMention || prev.Direct) {
			c.SpeakerRef = prev.SpeakerRef
		}
	})
}

// leadIn returns the speaker a paragraph's last sentence announces, the
// sentence ending at token k: one whose verb says someone spoke, with nothing
// after it that was said ("Clinton responded on Twitter on Friday."). 0 when
// it announces no one.
func (x *analysis) leadIn(k int) int {
	toks := x.a.Tokens
	if k < 0 {
		return 0
	}
	s := x.a.Sentences[toks[k].Sent]
	for _, c := range x.a.Claims {
		if c.Kind == "quote" && c.Start >= s.Start && c.Start < s.End {
			return 0 // the sentence says something of its own
		}
	}
	for c := s.First; c < s.Last; c++ {
		t := toks[c]
		if x.inQ[c] || t.Kind != check.Word || t.Upper || !leadInCues[t.Lower] {
			continue
		}
		if c > s.First && isBe(toks[c-1].Lower) || c+1 < s.Last && toks[c+1].Lower == "to" && (t.Lower == "added" || t.Lower == "posted") {
			return 0 // a passive ("was asked about it"), or no speech ("added to the list")
		}
		m := x.subjectOf(c, s.First)
		if m == 0 || x.a.Mentions[m-1].Kind == check.PronounMention && x.a.Mentions[m-1].Ante == 0 {
			return 0
		}
		return m
	}
	return 0
}

// leadInCues announce what someone said in the paragraph after them.
var leadInCues = setOf("responded", "replied", "answered", "tweeted", "wrote", "posted", "added", "explained",
	"recalled", "told", "said", "says", "commented", "remarked", "reflected", "declared")

// para returns the paragraph of token i.
func (x *analysis) para(i int) int { return x.a.Sentences[x.a.Tokens[i].Sent].Para }

// nickname reports whether quotation q stands between a given name and a
// surname: Adam "Pacman" Jones.
func (x *analysis) nickname(q qspan) bool {
	toks := x.a.Tokens
	o, c := q.Open, q.Close
	if o < 1 || c < 0 || c+1 >= len(toks) {
		return false
	}
	before, after := toks[o-1], toks[c+1]
	return before.Kind == check.Word && before.Upper && !notPersonWords[before.Lower] && before.Sent == after.Sent &&
		after.Kind == check.Word && after.Upper && !isCue(after) && after.Start > toks[c].End && before.End < toks[o].Start
}

// titlePlace reports whether the words before an opening quotation mark
// at token open are where a title stands: after a preposition, a
// possessive or an article.
func (x *analysis) titlePlace(open int) bool {
	if open == 0 {
		return false
	}
	toks := x.a.Tokens
	p := toks[open-1]
	if p.Text == "," && open > 1 {
		p = toks[open-2] // "In his 2002 book, ''Make Your Kid a Millionaire,''"
	}
	return p.Kind == check.Word && (prepositions[p.Lower] || isPossessive(p) || p.Lower == "the" || p.Lower == "a" || worksNamed[p.Lower])
}

// worksNamed are the kinds of work whose title stands in quotation marks
// beside them: "his book, \"...\"", "the \"...\" radio program".
var worksNamed = setOf("book", "film", "movie", "show", "program", "programme", "song", "album", "article",
	"column", "essay", "documentary", "series", "novel", "memoir", "play", "podcast", "headline", "episode")

// titleBeside reports whether the quotation whose words end at token end is
// followed by the kind of work it names: the \"Keepin' It Real\" radio program.
func (x *analysis) titleBeside(end int) bool {
	toks := x.a.Tokens
	for k := end; k < len(toks) && k < end+4; k++ {
		if toks[k].Kind == check.QuoteMark || toks[k].Text == "," {
			continue
		}
		if worksNamed[toks[k].Lower] || k+1 < len(toks) && worksNamed[toks[k+1].Lower] && toks[k].Kind == check.Word && !toks[k].Upper {
			return true
		}
		return false
	}
	return false
}

// subhead reports whether quotation p is a paragraph of its own set in
// title case, its full stop aside: a subheading, not someone's words.
func (x *analysis) subhead(p quotePart) bool {
	toks := x.a.Tokens
	q := p.q
	if q.Close < 0 || q.Open > 0 && x.para(q.Open-1) == x.para(q.Open) {
		return false
	}
	k := q.Close + 1
	for k < len(toks) && x.para(k) == x.para(q.Open) && toks[k].Kind == check.Punct {
		k++
	}
	if k < len(toks) && x.para(k) == x.para(q.Open) {
		return false
	}
	end := p.end
	if end > p.first && toks[end-1].Text == "." {
		end--
	}
	// Headline style capitalises every word but the small function words:
	// "Peter Capaldi is in the Tardis." is a sentence.
	for _, t := range toks[p.first:end] {
		if t.Kind == check.Word && !t.Upper && !headlineSmall[t.Lower] {
			return false
		}
	}
	return titleCase(toks[p.first:end])
}

// headlineSmall are the words a headline leaves in lower case.
var headlineSmall = setOf("a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for",
	"by", "as", "vs")

// titleCase reports whether quoted words are set as a title: every word
// capitalised but the short ones, and no full stop.
func titleCase(toks []check.Token) bool {
	for _, t := range toks {
		switch {
		case t.Kind == check.Punct && (t.Text == "." || t.Text == "!" || t.Text == "?"):
			return false
		case t.Kind == check.Word && !t.Upper && len(t.Lower) > 3:
			return false
		}
	}
	return true
}

func hasWord(toks []check.Token) bool {
	for _, t := range toks {
		if t.Kind == check.Word {
			return true
		}
	}
	return false
}

// wordsOf returns the lower-cased words and numbers of tokens, in order,
// leaving out an editor's bracketed insertions ("it [the meeting] was useful").
func wordsOf(toks []check.Token) []string {
	var out []string
	inserted := false
	for _, t := range toks {
		switch {
		case t.Text == "[":
			inserted = true
		case t.Text == "]":
			inserted = false
		case inserted:
		case t.Kind == check.Word || t.Kind == check.Number:
			out = append(out, t.Lower)
		}
	}
	return out
}

// speakerOf finds who a quotation is attributed to, and by which cue.
func (x *analysis) speakerOf(q qspan) (ref int, cue string, at int) {
	toks := x.a.Tokens
	s := x.a.Sentences[toks[q.Open].Sent]
	if q.Close >= 0 {
		cs := toks[q.Close].Sent
		last := x.a.Sentences[cs].Last
		if m, cue, at := x.speakerAfter(q.Close+1, last); at >= 0 {
			return m, cue, at
		}
		if q.Close+1 == last && cs+1 < len(x.a.Sentences) && x.a.Sentences[cs+1].Para == x.a.Sentences[cs].Para {
			// The quotation closed its sentence; the next is its attribution
			// only when that is all it is: `"... now." Peskov said.` or
			// `"... now." ― Pamela Padilla`.
			next := x.a.Sentences[cs+1]
			end := next.Last
			for end > next.First && toks[end-1].Kind == check.Punct {
				end--
			}
			// `"... votes?" Trump said, looking out on the crowd.` too: the
			// attribution and a clause of its own after a comma.
			if m, cue, at := x.speakerAfter(next.First, next.Last); at >= 0 && (cue == "" || isCue(toks[end-1]) || at+2 < end && toks[at+1].Text == "," && toks[at+2].Kind != check.QuoteMark && at < next.First+6) {
				return m, cue, at
			}
		}
	}
	// Before: the nearest cue earlier in the sentence, outside quotations.
	for c := q.Open - 1; c >= s.First; c-- {
		if x.inQ[c] || toks[c].Kind != check.Word {
			continue
		}
		if toks[c].Lower == "according" && c+1 < q.Open && toks[c+1].Lower == "to" {
			if m := x.mentionAfter(c+2, q.Open); m > 0 {
				return m, "according to", c
			}
			// A source no list knows: `According to the LA Times, "…"`.
			if e := x.npAfter(c+2, q.Open); e > c+2 && e < q.Open && toks[e].Text == "," {
				return x.npMention(c+2, e), "according to", c
			}
		}
		if c == s.First && toks[c].Upper && cues[toks[c].Lower] {
			// Inverted at the start: `Said Ellis: "..."`.
			if m := x.mentionAfterTitle(c+1, q.Open); m > 0 {
				return m, toks[c].Lower, c
			}
		}
		if toks[c].Lower == "on" && c > s.First && (toks[c-1].Lower == "went" || toks[c-1].Lower == "goes") {
			// "Sybiha went on: ..."
			return x.subjectOf(c-1, s.First), "went on", c
		}
		if nounCues[toks[c].Lower] && c > s.First && isPossessive(toks[c-1]) && toks[c+1].Lower == "that" && q.Open-c <= 8 {
			// `Trump's statement that there have been "thousands of shootings"`.
			if m := x.possessor(c, s.First); m > 0 {
				return m, toks[c].Lower, c
			}
		}
		if toks[c].Lower == "put" && c+1 < q.Open && toks[c+1].Lower == "it" {
			// `As Ms. Simonyan put it in a statement, RT is "providing …"`.
			for a := c - 1; a >= s.First && a >= c-30; a-- {
				if toks[a].Lower == "as" {
					if m := x.mentionAfterTitle(a+1, c); m > 0 {
						return m, "put it", c
					}
					break
				}
			}
		}
		if toks[c].Lower == "back" && c > s.First && backCues[toks[c-1].Lower] {
			return x.subjectOf(c-1, s.First), toks[c-1].Lower + " back", c - 1 // `Pence shot back: "…"`
		}
		if !isCue(toks[c]) && !x.frameOf(c, q.Open, s.First) || c > s.First && toks[c-1].Text == "-" {
			continue // not a cue, or "so-called"
		}
		cue = toks[c].Lower
		if m := x.quotedAs(c, s.First); m > 0 {
			return m, "quoted as saying", c // `Reuters quoted him as saying: "..."`
		}
		// "described by the Kremlin as ..."
		if c+1 < q.Open && toks[c+1].Lower == "by" {
			if m := x.mentionAfter(c+2, q.Open); m > 0 {
				return m, cue, c
			}
			// An agent no list knows: "described by The New York Times Magazine as".
			e := c + 2
			if e < q.Open && toks[e].Lower == "the" {
				e++
			}
			for e < q.Open && toks[e].Kind == check.Word && toks[e].Upper && !x.inQ[e] {
				e++
			}
			if e > c+2 && toks[e-1].Upper {
				return x.npMention(c+2, e), cue, c
			}
		}
		if !progressive(toks[c]) && (c > s.First && isBe(toks[c-1].Lower) || c > s.First+1 && isBe(toks[c-2].Lower) && cueAdverbs[toks[c-1].Lower]) {
			// Passive: the agent follows "by", after the quotation if not before it.
			if q.Close >= 0 {
				j := q.Close + 1
				for j < s.Last && (toks[j].Text == "," || toks[j].Kind == check.QuoteMark || toks[j].Text == ".") {
					j++
				}
				if j < s.Last && toks[j].Lower == "by" {
					if m := x.mentionAfter(j+1, min(j+10, s.Last)); m > 0 {
						return m, cue, c
					}
				}
			}
			return 0, cue, c
		}
		if progressive(toks[c]) && (c == s.First || c == s.First+1 && (subordinators[toks[c-1].Lower] || toks[c-1].Lower == "upon")) {
			// An opening participle clause: `After saying her foot was "so
			// swollen," she was whisked off`: the main clause's subject.
			if m := x.mainSubjectAfter(q, s); m > 0 {
				return m, cue, c
			}
		}
		if progressive(toks[c]) && c > s.First+1 && toks[c-1].Text == "," || c > s.First+1 && (toks[c-1].Lower == "and" || toks[c-1].Lower == "but") {
			// `Trump attacked Clinton, saying, "..."`, `Clinton stressed her
			// support of the raid and said: "..."`: the clause's speaker.
			if m := x.clauseSpeaker(s.First, c-1); m > 0 {
				return m, cue, c
			}
		}
		return x.subjectOf(c, s.First), cue, c
	}
	// A quotation after a colon takes the cue of the words before it, in
	// its sentence or the one before: `Padilla wrote:` / `"..."`.
	if q.Open > 0 && toks[q.Open-1].Text == ":" {
		ps := x.a.Sentences[toks[q.Open-1].Sent]
		for c := q.Open - 2; c >= ps.First; c-- {
			if !x.inQ[c] && isCue(toks[c]) {
				return x.subjectOf(c, ps.First), toks[c].Lower, c
			}
		}
		// A name alone before the colon: `Haldeman: "Yes, sir."`.
		if q.Open-1 > ps.First {
			if m := x.mentionEndingAt(q.Open-1, ps.First); m > 0 && x.tokAt(x.a.Mentions[m-1].Start) == ps.First && x.a.Mentions[m-1].Kind != check.PronounMention {
				return m, ":", q.Open - 1
			}
		}
		// A position named before the colon: `Trump’s response: "…"`.
		if k := q.Open - 2; k > ps.First && nounCues[toks[k].Lower] && isPossessive(toks[k-1]) {
			st := x.npBefore(k, ps.First)
			if m := x.mentionWithin(k - 1); m > 0 && (st < 0 || st == x.tokAt(x.a.Mentions[m-1].Start)) {
				return m, toks[k].Lower, k
			}
			if st >= 0 {
				return x.npMention(st, k), toks[k].Lower, k // "The Clinton campaign’s reply:"
			}
		}
		// No cue: the clause that announces the quotation is its subject's
		// (`Sanders made the following comment:`): the subject nearest the
		// colon, as a clause before may have another (`With Democrats
		// worried, Obama is rolling out a new message:`). A subject is a
		// mention a verb follows, so `Trump attacked Clinton:` is Trump's.
		for k := q.Open - 2; k >= ps.First; k-- {
			if m := x.verbSubject(k, q.Open-1); m > 0 {
				return m, ":", q.Open - 1
			}
		}
		// A noun phrase opening the sentence, then its verb: `The piece
		// used one of her quotes as its headline:`.
		if e := x.npHeadAfter(ps.First, q.Open); e > ps.First && e < q.Open && finiteVerb(toks[e]) && toks[ps.First].Kind == check.Word && determiners[toks[ps.First].Lower] {
			return x.npMention(ps.First, e), ":", q.Open - 1
		}
	}
	// A passive without a cue before: `was called "..." by X` is handled above;
	// `"...," according to X`.
	if q.Close >= 0 {
		j := q.Close + 1
		for j < s.Last && (toks[j].Text == "," || toks[j].Kind == check.QuoteMark) {
			j++
		}
		if j+2 < s.Last && toks[j].Lower == "according" && toks[j+1].Lower == "to" {
			if m := x.mentionAfter(j+2, s.Last); m > 0 {
				return m, "according to", j
			}
		}
		if j+1 < s.Last && toks[j].Lower == "per" {
			// `… “to fill a vacancy on the National ticket,” per the party’s bylaws.`
			if m := x.mentionAfter(j+1, min(j+4, s.Last)); m > 0 {
				return m, "per", j
			}
			if e := x.npAfter(j+1, s.Last); e > j+1 {
				return x.npMention(j+1, e), "per", j
			}
		}
	}
	// A quotation that opens a sentence ending in its attribution, with
	// more between: `"I can confirm …" in making the arrest, police
	// spokesman Rod Beer said.`
	if q.Close >= 0 && q.Open == s.First && toks[q.Close].Sent == toks[q.Open].Sent {
		last := s.Last
		for last > q.Close+1 && toks[last-1].Kind == check.Punct {
			last--
		}
		for k := last - 1; k > q.Close; k-- {
			if toks[k].Text == "," || toks[k].Kind == check.QuoteMark && toks[k-1].Text == "," {
				if m, cue, at := x.speakerAfter(k+1, s.Last); at >= 0 && cue != "" && last-at <= 4 {
					return m, cue, at
				}
				break
			}
			if x.inQ[k] || toks[k].Kind == check.QuoteMark {
				break
			}
		}
	}
	return 0, "", -1
}

// speakerAfter reads the attribution that follows a quotation, from token i:
// `," Peskov said`, `," said Peskov`, `," the IMF said`, `" ― Pamela Padilla`.
func (x *analysis) speakerAfter(i, last int) (int, string, int) {
	toks := x.a.Tokens
	for i < last && (toks[i].Text == "," || toks[i].Kind == check.QuoteMark) {
		i++
	}
	if i >= last || x.inQ[i] {
		return 0, "", -1
	}
	if m := x.mentionAfterTitle(i, last); m > 0 {
		j := x.skipAside(x.skipMention(i, m, last), last)
		for j < last && cueAdverbs[toks[j].Lower] {
			j++
		}
		if j+1 < last && isBe(toks[j].Lower) && toks[j+1].Lower == "quoted" {
			return m, "quoted as saying", j + 1 // `," he was quoted as saying.`
		}
		if j+2 < last && isBe(toks[j].Lower) && toks[j+1].Lower == "heard" && (toks[j+2].Lower == "saying" || toks[j+2].Lower == "to") {
			return m, "heard saying", j + 1 // `," Jeffs was heard saying.`
		}
		if j < last && afterCue(toks[j]) {
			return m, toks[j].Lower, j
		}
		if x.stateCue(j, last) {
			return m, toks[j].Lower, j // `," the agency states.`
		}
		if j+1 < last && backCues[toks[j].Lower] && toks[j+1].Lower == "back" {
			return m, toks[j].Lower + " back", j // `," Pence shot back.`
		}
	}
	if afterCue(toks[i]) && i+1 < last {
		if m := x.mentionAfterTitle(i+1, last); m > 0 {
			return m, toks[i].Lower, i
		}
		if e := x.npAfter(i+1, last); e > 0 {
			if m := x.mentionEndingAt(e, i+1); m > 0 && x.a.Mentions[m-1].Kind == check.PersonMention && x.a.Mentions[m-1].Given != "" {
				return m, toks[i].Lower, i // "said SeaMicro CEO and new AMD general manager Andrew Feldman"
			}
			return x.npMention(i+1, e), toks[i].Lower, i
		}
		// `," said the 29-year-old on the eve of the open`: a speaker's
		// noun phrase, then when or where.
		if e := x.npHeadAfter(i+1, last); e > i+1 && x.speakerClosing(i+1, last) > 0 {
			return x.mentionAt[i+1], toks[i].Lower, i
		}
	}
	if isDash(toks[i]) && i+1 < last {
		if m := x.mentionNear(i + 1); m > 0 {
			return m, "", i
		}
		// `" ― the group's founder`; but not `" - a charge that stung`,
		// the writer's own gloss.
		if e := x.npAfter(i+1, last); e > 0 && !glossIn(toks[i+1:e]) {
			return x.npMention(i+1, e), "", i
		}
	}
	// A speaker that is no known name: `," the IMF said`, `," my father
	// often said`, `," a narrator in the Clinton ad asks`.
	// "a source with knowledge of …" may run longer before its cue.
	long := i+2 < last && determiners[toks[i].Lower] && (speakerHeads[toks[i+1].Lower] || roleHeads[toks[i+1].Lower]) && roleLinks[toks[i+2].Lower]
	for c := i + 1; c < last && (c <= i+9 || long && c <= i+12); c++ {
		if !afterCue(toks[c]) && !x.stateCue(c, last) {
			continue
		}
		e := c
		for e > i && cueAdverbs[toks[e-1].Lower] {
			e--
		}
		if e > i+2 && toks[e-1].Text == "," {
			// An aside before the cue: `," the union's president, Lee
			// Saunders, said`, `," one Trump adviser, who requested
			// anonymity, told Politico`. A name in it is the speaker's.
			k := e - 2
			for k > i && toks[k].Text != "," {
				k--
			}
			if k > i {
				if m := x.mentionAfterTitle(k+1, e-1); m > 0 && x.a.Mentions[m-1].Kind == check.PersonMention && x.a.Mentions[m-1].End == toks[e-2].End {
					return m, toks[c].Lower, c
				}
				if st := x.npBefore(k, i); st == i {
					return x.npMention(i, k), toks[c].Lower, c
				}
			}
			break
		}
		if m := x.mentionEndingAt(e, i); m > 0 && e > i {
			return m, toks[c].Lower, c // `," Clinton spokesman Jesse Lehrich said`
		}
		st := x.npBefore(e, i)
		if st == i+1 && possessiveDets[toks[i].Lower] {
			st = i // "my father"
		}
		if st > i+1 && prepositions[toks[st-1].Lower] && x.npBefore(st-1, i) == i {
			st = i // "a narrator in the Clinton ad"
		}
		if e > i && st == i {
			return x.npMention(i, e), toks[c].Lower, c
		}
		if e > i+2 && long && !x.finiteBetween(i+2, e) {
			// `," a source with knowledge of the 76ers' thinking said`: a
			// speaker and what qualifies it, however long.
			return x.npMention(i, e), toks[c].Lower, c
		}
		break
	}
	return 0, "", -1
}

// subjectOf finds the speaker of the cue at token c: a mention that ends
// just before it (adverbs and auxiliaries aside), else the noun phrase
// there, else the nearest suitable mention earlier in the sentence.
func (x *analysis) subjectOf(c, first int) int {
	toks := x.a.Tokens
	e := c
	for e > first && x.beforeCue(e-1, c) {
		e-- // "Trump on Friday said", "Peskov later told", "who in 2010 said", "Gingrich cynically dismissed"
	}
	if e > first+2 && toks[e-1].Text == ")" {
		// A party and state: "Sen. Ted Cruz (R-Tex) is endorsing".
		for k := e - 2; k > first && k >= e-8; k-- {
			if toks[k].Text == "(" {
				if x.mentionEndingAt(k, first) > 0 {
					e = k // only after a name: not "the Agency (BMG) said"
				}
				break
			}
		}
	}
	aside, from := e > first && toks[e-1].Text == ",", e-2
	if !aside && e > first+2 && toks[e-2].Text == "," && x.quoteDelim(e-1) {
		// The aside ends with a title whose quotation marks hold its comma:
		// `DiCaprio, who earned a nomination for "Revolutionary Road," said`.
		if q := x.spanClosingAt(e - 1); q != nil && q.Open > first && toks[q.Open-1].Kind == check.Word && q.End-q.Open <= 8 {
			aside, from = true, q.Open-1
		}
	}
	if aside {
		// An appositive between: "China, Pyongyang's only ally, said".
		for k := from; k > first && k > from-23; k-- {
			if x.inQ[k] || x.quoteDelim(k) {
				break
			}
			if toks[k].Text == "," {
				if m := x.mentionEndingAt(k, first); m > 0 {
					return m
				}
				if m := x.mentionAt[k+1]; m > 0 && x.a.Mentions[m-1].Kind == check.PersonMention && x.a.Mentions[m-1].End == toks[from].End {
					return m // "The de facto Hamas prime minister in Gaza, Ismail Haniyeh, issued": the name, not the role
				}
				if st := x.npBefore(k, first); st >= 0 && (!x.hasMention(st, k) || x.orgGoesOn(st, k)) {
					if m := x.personCovering(st); m > 0 {
						return m // "Inspector Keith MacCaskill of the Winnipeg Police Service, a …, said"
					}
					return x.npMention(st, k)
				} else if st >= 0 && x.headAfterMention(st, k) {
					return x.npWhole(st, k)
				}
				break
			}
		}
	}
	if d := e - 1; d > first+2 && x.spacedDash(d) {
		// An aside between dashes: "Kall -- co-editor of a book on Trump's
		// debates -- said".
		for d > first && isDash(toks[d-1]) {
			d-- // "--" is two tokens
		}
		for k := d - 1; k > first && k > d-40; k-- {
			if x.inQ[k] || x.quoteDelim(k) {
				break
			}
			if x.spacedDash(k) {
				for k > first && isDash(toks[k-1]) {
					k--
				}
				if m := x.mentionEndingAt(k, first); m > 0 {
					return m
				}
				break
			}
		}
	}
	if e > first+4 && (toks[e-1].Lower == "whom" || toks[e-1].Lower == "which") && toks[e-2].Lower == "of" && quantifiers[toks[e-3].Lower] && toks[e-4].Text == "," {
		// "family members of 9/11 victims, many of whom say …": some of
		// those the clause before named.
		return x.npWhole(e-3, e)
	}
	if e > first+1 && relatives[toks[e-1].Lower] {
		// "the Chicago Police Department, which reported …", "Schiff, who
		// said …": the relative pronoun speaks, standing for its antecedent.
		r := e - 1
		a := r
		if a > first+1 && toks[a-1].Text == "," {
			a--
		}
		ante := x.mentionEndingAt(a, first)
		if st := x.npBefore(a, first); ante == 0 && st >= 0 && (!x.hasMention(st, a) || x.orgGoesOn(st, a)) {
			ante = x.npMention(st, a)
		}
		if ante > 0 {
			return x.relativeMention(r, ante)
		}
	}
	if e > first {
		if m := x.mentionEndingAt(e, first); m > 0 {
			if e == c && x.a.Mentions[m-1].Possessive {
				return 0 // "Castro's remarks to a conference": a noun, not a verb
			}
			if o := x.ofOwner(x.tokAt(x.a.Mentions[m-1].Start), first); o > 0 {
				return o // "Bishop Henry Mansell of the Archdiocese of Buffalo said"
			}
			if w := x.roleOfMention(m, first); w > 0 {
				return w // "A spokesman for Hillary Clinton said": the spokesman speaks
			}
			return m
		}
		if st := x.npBefore(e, first); st >= 0 && (!x.hasMention(st, e) || x.orgGoesOn(st, e)) {
			if o := x.ofOwner(st, first); o > 0 {
				return o // "Rick McGuire of the Alpine Lakes Protection Society said"
			}
			if m := x.personCovering(st); m > 0 {
				return m
			}
			if st > first+1 && placePreps[toks[st-1].Lower] {
				// "Rioting youths in the Greek capital attacked": the youths, where they were
				if h := x.npBefore(st-1, first); h >= 0 && h < st-1 && !x.hasMention(h, st-1) {
					return x.npMention(h, e)
				}
			}
			return x.npMention(st, e)
		} else if st >= 0 && x.headAfterMention(st, e) {
			return x.npWhole(st, e)
		}
	}
	return x.subjectBefore(c, first)
}

// personCovering returns the person mention that token k lies inside, not
// at its start: a noun phrase read back from a cue may begin mid-name. 0 when
// there is none.
func (x *analysis) personCovering(k int) int {
	toks := x.a.Tokens
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if m := x.mentionAt[j]; m > 0 {
			if mm := x.a.Mentions[m-1]; mm.Kind == check.PersonMention && mm.End >= toks[k].End {
				return m
			}
			return 0
		}
	}
	return 0
}

// placePreps say where a speaker is: "witnesses at the camp".
var placePreps = setOf("in", "at", "on", "from", "near", "across", "outside", "inside")

// ofOwner returns the person named before "of" and the organisation or
// place whose name starts at token k: in "Henry Mansell of the
// Archdiocese of Buffalo", Henry Mansell. 0 when there is none.
func (x *analysis) ofOwner(k, first int) int {
	toks := x.a.Tokens
	for j := k; j > first+1 && j > k-8; j-- {
		p := toks[j-1]
		switch {
		case p.Lower == "of":
			if m := x.mentionEndingAt(j-1, first); m > 0 && x.a.Mentions[m-1].Kind == check.PersonMention && !x.a.Mentions[m-1].Possessive {
				return m
			}
		case p.Lower == "the" || p.Lower == "in" || p.Kind == check.Word && p.Upper:
			// "Judge Eugene Nickerson of Federal District Court in Brooklyn ruled"
		default:
			return 0
		}
	}
	return 0
}

// speakerClosing returns the speaker that closes a sentence from token i,
// after an inverted cue: a mention with its title, or a noun phrase whose
// head is a speaker's ("one GOP source in the room"), then nothing but
// when or where it was said. 0 when there is none.
func (x *analysis) speakerClosing(i, last int) int {
	toks := x.a.Tokens
	if i >= last {
		return 0
	}
	if m := x.mentionAfterTitle(i, last); m > 0 {
		k := x.skipMention(x.tokAt(x.a.Mentions[m-1].Start), m, last)
		if k >= last || toks[k].Text == "," || x.saidTail(k, last) {
			return m
		}
		return 0
	}
	// A description: up to its head, a role or group noun, and the rest a
	// place or a time ("in the room", "on Friday").
	for k := i; k < last && k < i+6; k++ {
		t := toks[k]
		if t.Kind != check.Word && t.Kind != check.Number && t.Text != "-" || x.inQ[k] {
			return 0
		}
		age := t.Lower == "old" && k > i && toks[k-1].Text == "-" // "the 29-year-old"
		if _, role := check.RoleOf(bare(strings.TrimSuffix(t.Lower, "s"))); role || speakerHeads[t.Lower] || age {
			if k+1 >= last || toks[k+1].Text == "," || x.saidTail(k+1, last) {
				return x.npMention(i, k+1)
			}
			return 0
		}
	}
	return 0
}

// npHeadAfter returns the end of a noun phrase that starts at token i: up
// to the first word that cannot be in it (a preposition, a participle, a
// verb, punctuation), at most eight tokens; -1 if it has no head.
func (x *analysis) npHeadAfter(i, last int) int {
	toks := x.a.Tokens
	j := i
	for j < last && j < i+8 {
		t := toks[j]
		if x.inQ[j] || t.Kind == check.QuoteMark || t.Kind == check.Punct && t.Text != "-" || t.Kind == check.Word && (prepositions[t.Lower] || npStop[t.Lower] && j > i || cues[t.Lower] || verbLike(t) || t.Lower == "put") {
			break
		}
		j++
	}
	if j == i || !npHead(toks[j-1]) {
		return -1
	}
	return j
}

// relativeMention records the relative pronoun at token r as a mention
// standing for mention ante, as a personal pronoun stands for its name.
func (x *analysis) relativeMention(r, ante int) int {
	if m := x.mentionAt[r]; m > 0 {
		return m
	}
	t := x.a.Tokens[r]
	x.a.Mentions = append(x.a.Mentions, check.Mention{Span: t.Span, Kind: check.PronounMention, Text: t.Text, Ante: ante})
	x.mentionAt[r] = len(x.a.Mentions)
	return len(x.a.Mentions)
}

// headAfterMention reports whether the noun phrase [st, e) names someone
// by a common noun after a name: "The Clinton campaign", "A Bloomberg
// poll", where the name only says whose.
func (x *analysis) headAfterMention(st, e int) bool {
	toks := x.a.Tokens
	head := toks[e-1]
	if head.Upper || head.Kind != check.Word || isPossessive(head) || x.inQ[e-1] || !npHead(head) {
		return false
	}
	for k := st; k < e; k++ {
		if m := x.mentionAt[k]; m > 0 {
			mm := x.a.Mentions[m-1]
			return mm.Kind != check.PronounMention && mm.End < head.Start
		}
	}
	return false
}

// npWhole records tokens [from, to) as a speaker mention of its own, over a
// mention that starts inside it ("Clinton" in "The Clinton campaign"),
// which keeps its place at its token.
func (x *analysis) npWhole(from, to int) int {
	toks := x.a.Tokens
	m := check.Mention{Span: check.Span{Start: toks[from].Start, End: toks[to-1].End}, Kind: check.DescriptionMention}
	m.Text = x.a.Snippet(m.Span)
	x.a.Mentions = append(x.a.Mentions, m)
	return len(x.a.Mentions)
}

// orgGoesOn reports whether the noun phrase [st, e) is an organisation
// mentioned at st that goes on in capitals: "The State Department Refugee
// Processing Center", where only "The State Department" was recognised.
func (x *analysis) orgGoesOn(st, e int) bool {
	toks := x.a.Tokens
	m := x.mentionAt[st]
	if m == 0 && toks[st].Lower == "the" && st+1 < e {
		m = x.mentionAt[st+1] // recorded at its name, after "the"
	}
	if m == 0 || x.a.Mentions[m-1].Kind != check.OrgMention {
		return false
	}
	for k := x.tokAt(x.a.Mentions[m-1].End-1) + 1; k < e; k++ {
		if !toks[k].Upper || x.mentionAt[k] > 0 {
			return false
		}
	}
	return true
}

// mentionEndingAt returns 1 + the index of a mention whose last token is
// just before token e, or 0.
func (x *analysis) mentionEndingAt(e, first int) int {
	end := x.a.Tokens[e-1].End
	for k := e - 1; k >= first && k >= e-8; k-- {
		if m := x.mentionAt[k]; m > 0 {
			mm := x.a.Mentions[m-1]
			if mm.End == end || mm.Possessive && mm.End+2 >= end && mm.End < end {
				return m
			}
			return 0
		}
	}
	return 0
}

// hasMention reports whether a mention starts in tokens [from, to).
func (x *analysis) hasMention(from, to int) bool {
	for k := from; k < to; k++ {
		if x.mentionAt[k] > 0 {
			return true
		}
	}
	return false
}

func isBe(w string) bool {
	switch w {
	case "was", "were", "been", "be", "is", "are", "being":
		return true
	}
	return false
}

// skipMention returns the token after the mention m that starts at or just after i.
func (x *analysis) skipMention(i, m, last int) int {
	end := x.a.Mentions[m-1].End
	for i < last && x.a.Tokens[i].Start < end {
		i++
	}
	// "Peskov's" was cut short of its 's; step over the rest of the token.
	return i
}

// mentionAfterTitle finds a mention at token i, or after the words of a
// title that start there ("Finance Minister Paul Brandt", "IMF chief
// economist Maury Obstfeld", "panel Chairman Rep. Jason Chaffetz").
func (x *analysis) mentionAfterTitle(i, last int) int {
	if m := x.mentionNear(i); m > 0 {
		return x.titledName(m, last)
	}
	toks := x.a.Tokens
	for j := i; j < last && j < i+10; j++ {
		if m := x.mentionAt[j]; m > 0 && j > i {
			return x.titledName(m, last)
		}
		t := toks[j]
		switch {
		case titleTok(toks, j), t.Lower == "the", t.Lower == "a":
		case t.Kind == check.Word && !cues[t.Lower] && !npStop[t.Lower] && !x.inQ[j]:
		case t.Kind == check.Number && !x.inQ[j]: // "9/11 widow Terry Strada"
		case (t.Text == "-" || t.Text == "/") && j > i:
		default:
			return 0
		}
	}
	return 0
}

// stateCue reports whether token j is "state" or "states" ending an
// attribution (`," the records state.`), not a noun ("state media").
func (x *analysis) stateCue(j, last int) bool {
	toks := x.a.Tokens
	return j < last && (toks[j].Lower == "state" || toks[j].Lower == "states") && !toks[j].Upper &&
		(j+1 >= last || toks[j+1].Kind == check.Punct)
}

// titledName returns the person a mention and a role after it give a title
// to: in "American Technology Research analyst Shaw Wu" or "SeaMicro CEO
// and new AMD general manager Andrew Feldman", the name at the end; else m.
func (x *analysis) titledName(m, last int) int {
	toks := x.a.Tokens
	mm := x.a.Mentions[m-1]
	if mm.Kind == check.PronounMention {
		return m
	}
	role := false
	for j := x.tokAt(mm.End-1) + 1; j < last && j < x.tokAt(mm.End-1)+10; j++ {
		t := toks[j]
		if n := x.mentionAt[j]; n > 0 && role {
			if nn := x.a.Mentions[n-1]; nn.Kind == check.PersonMention && nn.Given != "" {
				return n
			}
			return m
		}
		switch {
		case t.Kind != check.Word || x.inQ[j]:
			return m
		case isTitleWord(t) || roleHeads[t.Lower]:
			role = true
		case t.Lower == "and" || t.Lower == "new" || t.Upper:
		default:
			return m
		}
	}
	return m
}

// mentionAfter finds the first mention starting in tokens [from, to).
func (x *analysis) mentionAfter(from, to int) int {
	for i := from; i < to && i < len(x.a.Tokens); i++ {
		if x.inQ[i] {
			continue
		}
		if m := x.mentionAt[i]; m > 0 {
			return m
		}
	}
	return 0
}

// subjectBefore finds the speaker of a cue at token c: the nearest mention
// before it in the sentence that is not inside a quotation, preferring one
// that is neither possessive nor the object of a preposition.
func (x *analysis) subjectBefore(c, first int) int {
	fallback := 0
	for i := c - 1; i >= first; i-- {
		if x.inQ[i] {
			continue
		}
		m := x.mentionAt[i]
		if m == 0 {
			continue
		}
		mm := x.a.Mentions[m-1]
		if mm.Possessive || mm.Object {
			if fallback == 0 {
				fallback = m
			}
			continue
		}
		return m
	}
	return fallback
}

// articles make the word after them a noun: "the attacks on our embassy".
var articles = setOf("the", "a", "an", "these", "those")

// dayWords say on which day something was said.
var dayWords = setOf("today", "tonight", "yesterday")

// reported finds reported speech in a sentence: "X said (that) ...",
// "According to X, ...", "As X put it: ...", "..., X said."
func (x *analysis) reported(si int) {
	toks := x.a.Tokens
	s := x.a.Sentences[si]
	last := s.Last
	for last > s.First && toks[last-1].Kind == check.Punct {
		last--
	}
	resume := s.First // the token after the last reported claim
	lastRef := 0      // its speaker, who may go on: "called X useful but said ..."
	// A statement inside an opening clause ends with it: "When she says
	// something, he responds, …" reports "something".
	openEnd := -1
	if x.opensWithSetting(s) {
		openEnd = x.nextComma(s.First, last)
	}
	var add func(from, to, ref int, cue string)
	add = func(from, to, ref int, cue string) {
		if openEnd > 0 && from > s.First && from < openEnd && to > openEnd {
			to = openEnd
		}
		idiom := from < to && !x.inQ[from] && notReport(cue, toks[from:to])
		if idiom && (cue == "found" || cue == "finds" || cue == "finding") {
			return // "found" where: it claims none of the words after it ("hair found near where …, sources said")
		}
		resume, lastRef = max(resume, to), ref
		if idiom || from >= to && (cue == "told" || cue == "tells") {
			// "called into the show", "added a note of caution", "found a
			// way". After "told" only its hearer: what was said comes first
			// ("The victim was alive, Jim Campbell told the Herald on Sunday").
			if ref > 0 && (cue == "told" || cue == "tells") {
				ms := x.tokAt(x.a.Mentions[ref-1].Start)
				for k := ms - 1; k > s.First && k >= ms-5 && toks[k].Kind == check.Word && !x.inQ[k] && !verbLike(toks[k]); k-- {
					ms = k // the speaker's title: "Helicopter Line pilot Jim Campbell"
				}
				if ms > s.First+3 && ms < from && toks[ms-1].Text == "," {
					add(s.First, ms-1, ref, cue)
				}
			}
			return
		}
		for from < to && (toks[from].Text == "," || toks[from].Text == ":" || toks[from].Lower == "that" ||
			(weekdayTok(toks[from]) || asides[toks[from].Lower] || mannerAdverb(toks[from])) && from+1 < to && toks[from+1].Text == "," ||
			(weekdayTok(toks[from]) || dayWords[toks[from].Lower]) && from+1 < to && (toks[from+1].Text == ":" || toks[from+1].Lower == "that" || npPronouns[toks[from+1].Lower] || speakerPronouns[toks[from+1].Lower])) {
			from++ // and when it was said, or an aside: "As McDermott said Thursday, …", "said Friday, however, that", "said Friday he is", "said tonight:"
		}
		if from < to && prepositions[toks[from].Lower] {
			// "posted on Twitter: "…"": where it was said, then what
			for k := from + 1; k < to && k < from+7 && !x.inQ[k] && toks[k].Kind != check.QuoteMark; k++ {
				if toks[k].Text == ":" {
					from = k + 1
					break
				}
			}
		}
		for to > from && (toks[to-1].Text == "," || toks[to-1].Kind == check.Punct && toks[to-1].Text != ")") {
			to--
		}
		if to-from < 3 && !(to-from == 2 && toks[from].Lower == "to") && !(frameCues[cue] && to > from && x.mentionAt[from] > 0) && !strings.HasSuffix(cue, " for") || ref == 0 {
			return // but "declined to comment" is an answer, and "attacked Machado" a stance
		}
		if prepositions[toks[from].Lower] && toks[from].Lower != "to" && to-from <= 6 {
			return // "said in a statement", before the quotation itself
		}
		if !x.wordsBeyondTime(from, to) {
			return // "PUBLISHED: WEDNESDAY, MARCH 13, 2013, 2:29 PM" says only when
		}
		if to-from <= 8 && !frameCues[cue] && (toks[from].Lower == "after" || toks[from].Lower == "before" || toks[from].Lower == "as" || weekdayTok(toks[from])) {
			return // when it was said: "said after the meeting broke up", "said Friday as he entered the talks"
		}
		// Quoted words are claims of their own; reported speech that holds
		// some is a partial quotation, and one that is all quoted is no more
		// than the quotation.
		quoted, plain := false, false
		for i := from; i < to; i++ {
			switch {
			case x.inQ[i]:
				quoted = true // not an apostrophe: "the voters' concerns"
			case toks[i].Kind == check.Word:
				plain = true
			}
		}
		if quoted && !plain {
			return
		}
		c := check.Claim{Kind: "quote", Span: check.Span{Start: toks[from].Start, End: toks[to-1].End},
			Cue: cue, SpeakerRef: ref, Sent: si, Direct: quoted, Partial: quoted}
		c.Text = x.a.Snippet(c.Span)
		c.Words = wordsOf(toks[from:to])
		x.a.Claims = append(x.a.Claims, c)
	}
	if x.headlines[si] {
		// Headlines: "Pence: Gennifer Flowers Won't Be at Debate", "Obama
		// Says Museum Will Tell of Suffering", "…, Lindsey Graham Says".
		for k := s.First + 1; k < last; k++ {
			w := toks[k].Lower
			if w != ":" && w != "says" && w != "said" && !(evidenceCues[w] && strings.HasSuffix(w, "s")) {
				continue
			}
			m := x.mentionEndingAt(k, s.First)
			if m == 0 && w == ":" && k-s.First <= 2 && k+3 < last && speakerHeads[toks[k-1].Lower] && x.sourceWords(s.First, k) {
				m = x.npMention(s.First, k) // "Poll: Clinton and Trump in dead heat", "Politifact: …"
			}
			if m == 0 && w != ":" {
				// "…, Former White House Doctor Says", "New Poll Shows …":
				// a source that is no known name.
				st := s.First
				for c := k - 1; c > s.First; c-- {
					if toks[c].Text == "," {
						st = c + 1
						break
					}
				}
				if k-st >= 1 && k-st <= 5 && (st == s.First) == (k+1 < last) && !x.finiteBetween(st, k) && x.sourceWords(st, k) {
					m = x.npMention(st, k)
				}
			}
			if m == 0 {
				continue
			}
			ms := x.tokAt(x.a.Mentions[m-1].Start)
			switch {
			case w == ":" && ms == s.First:
				add(k+1, last, m, w)
			case w != ":" && k+1 >= last && ms > s.First+1 && toks[ms-1].Text == ",":
				add(s.First, ms-1, m, w)
			case w != ":" && ms == s.First:
				add(k+1, last, m, w)
			}
			break
		}
		return
	}
	// cueSubject is the speaker of the cue at token i. A participle after a
	// setting, not a speaker (`she said at a news conference announcing
	// that …`, `In a statement announcing the pick, the union called …`),
	// is said by the clause's speaker: the last one, the one before the
	// setting, or the subject after it.
	cueSubject := func(i int) int {
		m := x.adjacentSubject(i, s.First)
		if m > 0 && progressive(toks[i]) && x.a.Mentions[m-1].Kind == check.DescriptionMention {
			// "Jeffs delivered a 55-minute speech arguing that …": a
			// document someone made says what they say.
			ms := x.tokAt(x.a.Mentions[m-1].Start)
			if h := toks[i-1]; docNouns[h.Lower] && ms > s.First && verbLike(toks[ms-1]) {
				for k := ms - 2; k >= s.First && k >= ms-6; k-- {
					if v := x.verbSubject(k, ms); v > 0 {
						return v
					}
				}
			}
		}
		if m == 0 || !progressive(toks[i]) || x.a.Mentions[m-1].Kind != check.DescriptionMention {
			return m
		}
		ms := x.tokAt(x.a.Mentions[m-1].Start)
		if ms == s.First || !settings[toks[ms-1].Lower] {
			return m // "a telegram sent by a group of agents asking that …" is theirs
		}
		if lastRef != 0 {
			return lastRef
		}
		if h := x.clauseSpeaker(s.First, ms-1); h > 0 {
			return h
		}
		if c := x.nextComma(i, last); c > 0 {
			for k := c + 1; k < last && k < c+8; k++ {
				if h := x.verbSubject(k, last); h > 0 {
					return h
				}
			}
		}
		return m
	}
	// subjectReport records the report from token from as said by the
	// subject of the cue at token i, and returns where the scan goes on.
	subjectReport := func(i, from int, cue string) int {
		if m := cueSubject(i); m > 0 {
			add(from, x.relativeEnd(m, from, x.reportEnd(from, last)), m, cue)
			return max(i, resume-1)
		}
		return i
	}
	for i := s.First; i < last; i++ {
		t := toks[i]
		if x.inQ[i] || t.Kind != check.Word {
			continue
		}
		if x.lex[i]&lexReport == 0 && !(i+1 < last && toks[i+1].Lower == "that") {
			continue // most words start nothing reported: one lookup to pass them by
		}
		if evidenceCues[t.Lower] && !t.Upper && i+1 < last && !x.inQ[i+1] {
			// "The latest Reuters/Ipsos poll released Friday shows that …",
			// "Video of the incident shows him with his hands in the air": a
			// finding, said by the evidence it is read from.
			if m := x.evidenceSubject(i, s.First); m > 0 {
				add(i+1, x.reportEnd(i+1, last), m, t.Lower) // add skips the "that"
				i = max(i, resume-1)
				continue
			}
		}
		if bareCues[t.Lower] && !x.verbAfterSubject(i, s.First) && !(nounCues[t.Lower] && i > s.First && isPossessive(toks[i-1])) {
			continue
		}
		if asFrames[t.Lower] && !x.asWithin(i+2, min(i+9, last)) {
			continue
		}
		if i > s.First && (toks[i-1].Lower == "a" || toks[i-1].Lower == "an" || toks[i-1].Lower == "the") && strings.HasSuffix(t.Lower, "ed") {
			continue // "sold for a reported $30 million": an adjective
		}
		if i > s.First && (toks[i-1].Lower == "both" || possessiveDets[toks[i-1].Lower] || articles[toks[i-1].Lower] && !strings.HasSuffix(t.Lower, "ed")) ||
			i+1 < last && (toks[i+1].Lower == "which" || toks[i+1].Lower == "who") && strings.HasSuffix(t.Lower, "s") {
			continue // nouns: "people on both sides of", "his comments", "the bomb blasts which killed"
		}
		if strings.HasSuffix(t.Lower, "ed") && i+2 < last && !x.inQ[i+1] {
			if k := x.whenSaid(i+1, last); k > i+1 && k < last && toks[k].Lower == "by" {
				continue // a passive: "a reward announced earlier by Attorney General Janet Reno"
			}
		}
		if t.Lower == "saying" && i > s.First && toks[i-1].Lower == "without" {
			continue // "It goes without saying that …"
		}
		if (t.Lower == "called" || t.Lower == "dubbed") && i > s.First && i+1 < last && toks[i+1].Upper && !x.inQ[i+1] &&
			toks[i-1].Kind == check.Word && !toks[i-1].Upper && !isBe(toks[i-1].Lower) && !cueAdverbs[toks[i-1].Lower] && !mannerAdverb(toks[i-1]) && x.mentionAt[i-1] == 0 && !personalPronoun(toks[i-1]) {
			continue // "a new fashion line called Mantra": a name given, not a statement
		}
		if p := i - 1; p > s.First && mannerAdverb(toks[p]) {
			for p > s.First && mannerAdverb(toks[p]) {
				p--
			}
			if isBe(toks[p].Lower) && !progressive(t) || determiners[toks[p].Lower] || quantifiers[toks[p].Lower] || prepositions[toks[p].Lower] {
				continue // "were tragically found", "a heavily criticised performance", "in all currently supported versions"
			}
		}
		if w := t.Lower; w == "quoted" || w == "quoting" || w == "quotes" {
			// "Reuters quoted a police spokesman as saying the fire was out":
			// the words are the spokesman's.
			if k := x.asSayingAfter(i, last); k > 0 {
				if m := x.quotedAs(k, s.First); m > 0 {
					end := x.reportEnd(k+1, last)
					if c := x.nextComma(k+1, end); c > 0 && i > s.First && toks[i-1].Text == "," {
						end = c // an aside: "Interfax, quoting a source as saying …, reported"
					}
					add(k+1, end, m, "quoted as saying")
					i = max(k, resume-1)
					continue
				}
			}
		}
		switch {
		case (t.Lower == "said" || t.Lower == "says") && i > s.First+3 && toks[i-1].Text == "," && !x.inQ[i-1] && toks[i-2].Kind != check.QuoteMark && x.speakerClosing(i+1, last) > 0:
			// "…, said Lily Batchelder." / "…, said one GOP source in the
			// room.": the cue and its speaker after what they said.
			add(s.First, i-1, x.speakerClosing(i+1, last), t.Lower)
			i = max(i, resume-1)
			continue
		case strings.HasSuffix(t.Lower, "ing") && !t.Upper && i > s.First+2 && toks[i-1].Text == "," && (clauseCues[t.Lower] || frameCues[t.Lower] || cues[t.Lower]):
			// "..., McConnell said, citing the release of prisoners", "she
			// said, adding that ...": a further statement by the speaker of
			// the clause before the comma.
			m := lastRef
			if c := x.conjunctClauseSubject(i-1, s.First); c > 0 {
				m = c // "…, but LaSalle refused to comply, saying …": the last clause's subject
			}
			if m == 0 {
				m = x.clauseSpeaker(s.First, i-1)
			}
			if m == 0 {
				continue
			}
			j := i + 1
			if j < last && toks[j].Lower == "that" {
				j++
			}
			cue := t.Lower
			if j < last && toks[j].Lower == "for" && strings.HasPrefix(t.Lower, "call") {
				j, cue = j+1, cue+" for" // "…, calling for his dismissal"
			}
			if clauseCues[t.Lower] {
				add(j, x.reportEnd(j, last), m, cue)
			} else {
				add(j, x.clauseEnd(j, last), m, cue)
			}
			i = max(i, resume-1)
			continue
		case nounCues[t.Lower] && i > s.First && i+2 < last && isPossessive(toks[i-1]) && (isBe(toks[i+1].Lower) || toks[i+1].Lower == "that"):
			// "Peskov's view is that the talks failed", "Trump's claim
			// that there have been thousands of shootings".
			m := x.possessor(i, s.First)
			if m == 0 {
				continue
			}
			from := i + 2
			if toks[i+1].Lower == "that" {
				from = i + 1
			}
			add(from, x.reportEnd(from, last), m, t.Lower)
			i = max(i, resume-1)
			continue
		case t.Lower == "according" && i+1 < last && toks[i+1].Lower == "to":
			if i > s.First && toks[i-1].Text == "-" && toks[i-1].End == t.Start {
				continue // "who-according to prosecutors-Orozco tried to kill": an aside run together
			}
			m := x.mentionAfter(i+2, min(i+10, last))
			if m > 0 {
				// "According to Yahoo News, Clinton spokesman …": the source is
				// what "to" names, not a name past its comma.
				for k := i + 2; k < x.tokAt(x.a.Mentions[m-1].Start); k++ {
					if toks[k].Text == "," || isDash(toks[k]) || relatives[toks[k].Lower] || toks[k].Lower == "that" {
						m = 0
						break
					}
				}
			}
			if m == 0 {
				// "according to federal statistics", "according to a new poll"
				if e := x.npAfter(i+2, last); e > 0 {
					m = x.npMention(i+2, e)
				} else if e := x.npHeadAfter(i+2, last); e > 0 && i == s.First {
					// "According to a 52-count civil complaint filed by …,":
					// the source is the noun phrase's head, before what follows it.
					m = x.npMention(i+2, e)
				}
			}
			if m == 0 {
				continue
			}
			comma := x.nextComma(i+2, last)
			switch {
			case i > s.First+3 && toks[i-1].Text == "," && (comma < 0 || !x.finiteBetween(comma+1, last)):
				// "…, according to an analysis by Lily Batchelder, a law
				// professor": what came before, past the source's appositive.
				add(s.First, i-1, m, "according to")
			case comma > 0:
				add(comma+1, x.reportEnd(comma+1, last), m, "according to")
			case i > s.First+3:
				add(s.First, i, m, "according to")
			}
			i = max(i, resume-1)
			continue
		case t.Lower == "as" && i+1 < last:
			m := x.mentionNear(i + 1)
			if m == 0 {
				if mt := x.mentionAfterTitle(i+1, min(i+5, last)); mt > 0 && titleStart(toks, x.tokAt(x.a.Mentions[mt-1].Start), i+1) == i+1 {
					m = mt // "As Ms. Simonyan put it"
				}
			}
			afterComma := i > s.First+3 && (toks[i-1].Text == "," || toks[i-1].Kind == check.QuoteMark && toks[i-2].Text == ",")
			if m == 0 && afterComma {
				// "…, as a Homeland Security memo put it."
				if e := x.npHeadAfter(i+1, last); e > 0 && e+1 < last && toks[e].Lower == "put" && toks[e+1].Lower == "it" && e+2 >= last {
					m = x.npMention(i+1, e)
				}
			}
			if m == 0 {
				continue
			}
			j := x.skipAside(x.skipMention(i+1, m, last), last) // "As Steven M. Rosenthal, a tax lawyer, recently put it"
			for j < last && cueAdverbs[toks[j].Lower] {
				j++
			}
			if j+1 < last && toks[j].Lower == "put" && toks[j+1].Lower == "it" {
				from := j + 2
				if from < last && !x.inQ[from] && settings[toks[from].Lower] {
					if c := x.nextComma(from, last); c > 0 {
						from = c // "As Ms. Simonyan put it in a statement in July, RT is …"
					}
				}
				if j+2 >= last && afterComma {
					add(s.First, i, m, "put it") // what came before it
				} else {
					add(from, last, m, "put it")
				}
				i = max(i, resume-1)
				continue
			}
			if j < last && clauseCues[toks[j].Lower] && j+1 < last && (toks[j+1].Text == "," || toks[j+1].Text == ":") {
				add(j+2, last, m, toks[j].Lower)
				i = max(i, resume-1)
				continue
			}
		case !t.Upper && i+3 < last && particles[toks[i+1].Lower] && toks[i+2].Lower == "that" && (cues[t.Lower] || verbLike(t)) && !x.inQ[i+1]:
			// "pointed out that …", "made clear that …".
			if !(i > s.First && isBe(toks[i-1].Lower) && !progressive(t)) {
				i = subjectReport(i, i+3, t.Lower)
			}
			continue
		case !t.Upper && i+2 < last && toks[i+1].Lower == "that" && !clauseCues[t.Lower] && (verbLike(t) || cues[t.Lower]) && !x.inQ[i+1]:
			// Any verb with a that-clause reports a view or a finding:
			// "the report concludes that ...", "Democrats fear that ...",
			// "the city is demanding that ...".
			if i > s.First && isBe(toks[i-1].Lower) && !progressive(t) {
				continue
			}
			if progressive(t) && i > s.First+1 && prepositions[toks[i-1].Lower] {
				// "published the results by announcing that …": the
				// clause's speaker announces.
				if m := x.clauseSpeaker(s.First, i-1); m > 0 {
					add(i+2, x.reportEnd(i+2, last), m, t.Lower)
					i = max(i, resume-1)
				}
				continue
			}
			i = subjectReport(i, i+2, t.Lower)
			continue
		case planNouns[t.Lower] && i > s.First && isPossessive(toks[i-1]) && i+2 < last && !x.inQ[i] &&
			(modals[toks[i+1].Lower] || toks[i+1].Text == "," && toks[s.First].Lower == "under" && i-s.First <= 5):
			// "Mrs. Clinton's plan would also cap deductions", "Under Mrs.
			// Clinton's plan, taxpayers would pay …": what the plan's owner
			// proposes.
			if m := x.possessor(i, s.First); m > 0 {
				add(i+1, x.reportEnd(i+1, last), m, t.Lower) // add skips the comma
				i = max(i, resume-1)
			}
			continue
		case (t.Lower == "discuss" || t.Lower == "debate") && i > s.First+1 && toks[i-1].Lower == "to" && i+2 < last && !x.inQ[i+1] && !infinitiveCues[toks[i-2].Lower]:
			// "European leaders gathered Friday to discuss the challenges":
			// what the clause's subject met to talk over.
			if m := x.clauseSpeaker(s.First, i-1); m > 0 {
				add(i+1, x.clauseEnd(i+1, last), m, "to "+t.Lower)
				i = max(i, resume-1)
			}
			continue
		case phrasalCues[t.Lower] && !t.Upper && i+2 < last && !x.inQ[i+1] && (phrasalOK(t.Lower, toks[i+1].Lower) || (toks[i+1].Lower == "in" || toks[i+1].Lower == "out") && i+3 < last && phrasalOK(t.Lower, toks[i+2].Lower)):
			// "complained about his microphone", "weighed in on the race",
			// "lashed out at critics".
			if i > s.First && isBe(toks[i-1].Lower) && !progressive(t) {
				continue
			}
			if toks[i+1].Lower == "after" && !(x.asWithin(i+2, min(i+8, last)) && x.quotedIn(i+2, last)) {
				continue // "went after the suspect": a chase, not words
			}
			j := i + 2
			if toks[i+1].Lower == "in" || toks[i+1].Lower == "out" {
				j = i + 3
			}
			if m := cueSubject(i); m > 0 {
				add(j, x.frameEnd(j, x.clauseEnd(j, last)), m, t.Lower)
				i = max(i, resume-1)
			}
			continue
		case !t.Upper && (stanceVerbs[t.Lower] && x.stanceAfter(i+1, last) > 0 || docVerbs[t.Lower] && x.documentSays(i+1, last)):
			// A stance put as the object of a verb ("Sanders offered some
			// pointed advice to Clinton", "raised concerns about the deal"),
			// or a statement made in a document that says what it holds
			// ("the campaign released an ad showing Trump …"; "issued a
			// statement." alone says nothing to compare).
			if i > s.First && isBe(toks[i-1].Lower) && !progressive(t) {
				continue
			}
			if m := cueSubject(i); m > 0 {
				add(i+1, x.relativeEnd(m, i+1, x.clauseEnd(i+1, last)), m, t.Lower)
				i = max(i, resume-1)
			}
			continue
		case questionCues[t.Lower] && !t.Upper && i+2 < last && questionWords[toks[i+1].Lower] && !x.inQ[i+1]:
			// "questioned whether Obama was prepared", "asked how Clinton
			// could inspire young people".
			if !(i > s.First && isBe(toks[i-1].Lower) && !progressive(t)) {
				i = subjectReport(i, i+1, t.Lower)
			}
			continue
		case attitudes[t.Lower] && !t.Upper && i > s.First && isBe(toks[i-1].Lower) && i+2 < last && toks[i+1].Lower == "that" && !x.inQ[i+1]:
			// "Many Democrats are afraid that ...": a view held.
			i = subjectReport(i, i+2, t.Lower)
			continue
		case infinitiveCues[t.Lower] && !t.Upper && i+1 < last && toks[i+1].Lower == "to" && !x.inQ[i+1]:
			// "Trump vowed to repeal the law": the undertaking, from "to".
			if i > s.First && (isBe(toks[i-1].Lower) && !progressive(t) || toks[i-1].Text == "-") {
				continue
			}
			if m := cueSubject(i); m > 0 {
				add(i+1, x.relativeEnd(m, i+1, x.clauseEnd(i+1, last)), m, t.Lower)
				i = max(i, resume-1)
			}
			continue
		case (frameCues[t.Lower] || (cues[t.Lower] && !clauseCues[t.Lower] || viewFrames[t.Lower]) && x.quotedIn(i+1, x.clauseEnd(i+1, last))) && !t.Upper:
			// "called the talks constructive", "described Putin as a
			// \"strong leader\"", "urged Congress to act": what follows the
			// cue, to the end of its clause, is what the subject said.
			if i > s.First && (isBe(toks[i-1].Lower) && !progressive(t) || toks[i-1].Text == "-") || i+1 < last && toks[i+1].Lower == "by" {
				continue
			}
			m := cueSubject(i)
			if m == 0 {
				continue
			}
			j := i + 1
			if j < last && (toks[j].Lower == "for" || toks[j].Lower == "on") && (t.Lower == "called" || t.Lower == "calls" || t.Lower == "calling") {
				j++ // "called for", "called on"
			}
			if j < last && (toks[j].Text == "," || toks[j].Text == ":") {
				continue
			}
			if k := x.whenSaid(j, last); k > j && k < last && toks[k].Text == "," {
				continue // "a Facebook message posted Friday, Cruz said …": a participle, not a statement
			}
			end := x.frameEnd(j, x.clauseEnd(j, last))
			if c := x.nextComma(j, end); c > 0 && progressive(t) && settings[toks[s.First].Lower] && !x.finiteBetween(s.First, i) {
				end = c // "In a statement announcing the pick, the union called …": the opening phrase ends at its comma
			}
			add(j, x.relativeEnd(m, j, end), m, t.Lower)
			i = max(i, resume-1)
			continue
		case clauseCues[t.Lower] && !t.Upper:
			if i+1 < last && toks[i+1].Lower == "by" || i > s.First && isBe(toks[i-1].Lower) && !progressive(t) {
				continue // passive: "can be found", "was told"
			}
			m := x.subjectOf(i, s.First)
			if m == 0 {
				continue
			}
			mm := x.a.Mentions[m-1]
			j := i + 1
			if t.Lower == "told" || t.Lower == "tells" || t.Lower == "telling" {
				// "told reporters (that)": skip the hearer, up to "that", a
				// comma, a colon or a quotation; with none, one word.
				k := j
				for k < last && k < i+8 && toks[k].Lower != "that" && toks[k].Text != "," && toks[k].Text != ":" {
					k++
				}
				if k < last && k < i+8 {
					j = k
				} else if m := x.mentionAt[j]; m > 0 {
					j = x.skipMention(j, m, last) // "told The Huffington Post"
				} else if j < last && hearers[toks[j].Lower] {
					j++ // "told him the talks failed"
				} else if e := x.npAfter(j, last); e > 0 {
					j = e // "told the RT America audience."
				} else {
					if j+1 < last && toks[j].Lower == "the" && toks[j+1].Upper {
						j++ // "told the New York Times there was …"
					}
					k := j
					for k < last && toks[k].Upper && toks[k].Kind == check.Word && !x.inQ[k] {
						k++
					}
					j = max(k, min(j+1, last))
					for j+1 < last && toks[j].Text == "-" && toks[j].Start == toks[j-1].End {
						j += 2 // "told African-Americans"
					}
					if k := x.whenSaid(j, last); k > j {
						j = k // "told African-Americans this weekend he would …"
					}
				}
			} else if k := x.whenSaid(j, last); k > j && k < last && toks[k].Lower == "that" {
				j = k // "said Friday that", "said on Tuesday that": when, not what
			}
			if ms := x.tokAt(mm.Start); ms > s.First && (toks[ms-1].Kind == check.QuoteMark || toks[ms-1].Text == "," && ms-1 > s.First && toks[ms-2].Kind == check.QuoteMark) {
				continue // `"...," she said`: the cue of the quotation before it
			}
			// A parenthetical attribution: "Lenox was a juggernaut, Mr.
			// Clarke said, until it went bankrupt." The sentence around it
			// is what was said.
			// "The difference now, he told me on Friday, is that …": a hearer
			// and when may follow the cue.
			k := i + 1
			if k < last && (hearers[toks[k].Lower] || x.mentionAt[k] > 0 && toks[k].Upper) {
				if mk := x.mentionAt[k]; mk > 0 {
					k = x.skipMention(k, mk, last)
				} else {
					k++
				}
			}
			k = x.whenSaid(k, last)
			if ms := titleStart(toks, x.tokAt(mm.Start), s.First); ms > s.First+1 && toks[ms-1].Text == "," && k < last && toks[k].Text == "," && x.subjectAdjacent(m, i) &&
				!(k+1 < last && toks[k+1].Kind == check.QuoteMark && x.quoteRunsTo(k+1, last) && (x.opensWithSetting(s) || !x.finiteBetween(s.First, ms-1))) {
				// (not `In a statement, Clinton said, "…"` nor `Trump's spokesman, Jason
				// Miller, said, "…"`: no clause before, only the quotation after)
				n := len(x.a.Claims)
				add(s.First, last, m, t.Lower)
				if len(x.a.Claims) > n {
					// Its words are the sentence's, less the attribution.
					c := &x.a.Claims[n]
					c.Words = append(wordsOf(toks[s.First:ms-1]), wordsOf(toks[k+1:last])...)
				}
				i = max(i, resume-1)
				continue
			}
			// Speaker at the end: "..., the Kremlin said (on Wednesday)",
			// and maybe a clause of its own after a comma (", citing ...").
			if ms := titleStart(toks, x.tokAt(mm.Start), s.First); ms < i && i > s.First+3 && ms > s.First && toks[ms-1].Text == "," && x.saidTail(i+1, last) {
				comma := ms - 1
				if comma > s.First && toks[comma-1].Kind != check.QuoteMark && !(x.opensWithSetting(s) && i+2 < last && toks[i+1].Text == "," && toks[i+2].Kind == check.QuoteMark) {
					add(s.First, comma, m, t.Lower)
				}
				i = max(i, resume-1)
				continue
			}
			if j < last && (toks[j].Text == "," || toks[j].Text == ":" || toks[j].Kind == check.QuoteMark && x.quoteRunsTo(j, last)) {
				continue // a direct quotation follows
			}
			// The speaker must be the cue's subject: only adverbs between,
			// or a conjunction after the same speaker's last statement.
			if lastRef != 0 && i > s.First && (toks[i-1].Lower == "and" || toks[i-1].Lower == "but") {
				m = lastRef
			} else if !x.subjectAdjacent(m, i) && !(strings.HasSuffix(t.Lower, "ing") && toks[i-1].Text == ",") {
				continue
			}
			add(j, x.relativeEnd(m, j, x.reportEnd(j, last)), m, t.Lower)
			i = max(i, resume-1)
			continue
		}
	}
}

// saidTail reports whether tokens [from, last) after a cue say no more than
// when, where or how it was said ("on Wednesday", "in a statement", "in
// June 2012"), up to the end of the sentence or a comma.
func (x *analysis) saidTail(from, last int) bool {
	toks := x.a.Tokens
	if from >= last || toks[from].Text == "," || toks[from].Text == "(" {
		return true
	}
	if !prepositions[toks[from].Lower] && !temporalWord(toks[from]) {
		return false // an object: "Clinton noted the clot's existence"
	}
	for k := from; k < last; k++ {
		if toks[k].Text == "," {
			return true
		}
		if k-from >= 8 || x.inQ[k] {
			return false
		}
	}
	return true
}

// clauseSpeaker finds who speaks in the clause that ends at token end: the
// subject of the last cue in it (`"...," he said`), or the noun phrase that
// opens the sentence ("The committee is filing a complaint").
func (x *analysis) clauseSpeaker(first, end int) int {
	toks := x.a.Tokens
	for k := end - 1; k >= first && k >= end-6; k-- {
		if clauseCues[toks[k].Lower] && !toks[k].Upper {
			if m := x.subjectOf(k, first); m > 0 {
				return m
			}
			break
		}
	}
	if m := x.mentionAt[first]; m > 0 && x.a.Mentions[m-1].Kind != check.PronounMention || m > 0 && x.a.Mentions[m-1].Ante > 0 {
		return m
	}
	// A noun phrase that is the clause's subject, after a setting: "In
	// August, several environmental groups granted Mr. Clarke an extension,
	// saying …".
	st := first
	if settings[toks[st].Lower] || temporalWord(toks[st]) {
		if c := x.nextComma(st, end); c > 0 && c < st+6 {
			st = c + 1
		}
	}
	if st < end && x.mentionAt[st] == 0 && toks[st].Kind == check.Word && (determiners[toks[st].Lower] || quantifiers[toks[st].Lower] || !toks[st].Upper) {
		if e := x.npHeadAfter(st, end); e > st && e < end && finiteVerb(toks[e]) && !isBe(toks[e].Lower) && !auxiliaries[toks[e].Lower] && !x.hasMention(st, e) {
			return x.npMention(st, e)
		}
	}
	// The first mention that can be the clause's subject: "On Tuesday they
	// published the results, announcing that …".
	for k := first; k < end; k++ {
		if m := x.mentionAt[k]; m > 0 {
			if mm := x.a.Mentions[m-1]; !mm.Object && !mm.Possessive {
				return m
			}
		}
		if personalPronoun(toks[k]) && !x.inQ[k] {
			return x.npMention(k, k+1)
		}
	}
	return 0
}

// frameEnd returns where the words a frame cue reports end, given the end
// of its clause: after the quotation that completes it, when the clause
// goes on past it ("described Clinton as a \"disgrace\" after she ...").
func (x *analysis) frameEnd(from, end int) int {
	toks := x.a.Tokens
	for k := from; k < end; k++ {
		if toks[k].Kind != check.QuoteMark || !x.inQ[k-1] || x.inQ[k] {
			continue
		}
		// k closes a quotation: a new clause after it is the reporter's.
		r := k + 1
		if r < end && toks[r].Text == "," {
			r++
		}
		if r < end && (clauseOpeners[toks[r].Lower] || toks[r].Lower == "during" || toks[r].Lower == "at" || temporalWord(toks[r]) && toks[r].Kind == check.Word) {
			return k + 1 // "… as a \"crazy system\" during a campaign stop"
		}
	}
	return end
}

// clauseOpeners start a clause of the reporter's after a quoted complement:
// `described Clinton as a "disgrace" after she ...`.
var clauseOpeners = setOf("after", "before", "because", "when", "while", "but", "although", "though",
	"since", "despite", "as", "until", "even", "whereas", "amid", "following")

// whenSaid returns the token after a time phrase at token j ("Friday",
// "on Tuesday", "last week", "in a statement Friday"), or j when none.
func (x *analysis) whenSaid(j, last int) int {
	toks := x.a.Tokens
	k := j
	for k < last && k < j+6 && (temporalWord(toks[k]) || toks[k].Lower == "on" || x.lex[k]&lexTimex != 0 && toks[k].Lower != "that") {
		k++
	}
	return k
}

// glossIn reports whether the words after a dash are a clause of the
// writer's (a relative or a verb), not a speaker's name or title.
func glossIn(toks []check.Token) bool {
	for i, t := range toks {
		switch t.Lower {
		case "that", "which", "who", "might", "may", "would", "could", "was", "is", "were", "are", "has", "have", "had":
			return true
		}
		if i <= 1 && glossHeads[t.Lower] {
			return true // "― a metaphor for the GOP's abandonment of principle"
		}
	}
	return false
}

// asWithin reports whether "as" stands in tokens [from, to) outside quotations.
func (x *analysis) asWithin(from, to int) bool {
	for k := from; k < to; k++ {
		if x.a.Tokens[k].Lower == "as" && !x.inQ[k] {
			return true
		}
	}
	return false
}

// raisingVerbs pass their subject to the cue after "to": "appeared to
// suggest", "seemed to say", "went on to argue".
var raisingVerbs = setOf("appeared", "appears", "appear", "seemed", "seems", "seem", "tried", "tries", "try",
	"sought", "seeks", "went", "continued", "continues", "began", "begins", "managed", "refused")

// mannerAdverb reports whether t is an adverb of manner in -ly that may
// stand between a subject and its cue ("cynically dismissed").
func mannerAdverb(t check.Token) bool {
	return t.Kind == check.Word && !t.Upper && len(t.Lower) > 4 && strings.HasSuffix(t.Lower, "ly") && !lyNouns[t.Lower]
}

// glossHeads head the writer's own comment on a quotation after a dash.
var glossHeads = setOf("metaphor", "reference", "nod", "allusion", "phrase", "remark", "comment", "claim",
	"charge", "line", "jab", "dig", "swipe", "echo", "sign", "statement", "assertion", "view", "notion", "idea")

// progressive reports whether a cue after "is" or "was" is active: "is
// telling", "was demanding", but not "was called".
func progressive(t check.Token) bool { return strings.HasSuffix(t.Lower, "ing") }

// titleStart returns where the title before the mention at token ms starts
// ("Mr. Clarke", "Rep. Gwen Moore"): ms itself when there is none.
func titleStart(toks []check.Token, ms, first int) int {
	for ms > first && titleTok(toks, ms-1) {
		ms--
	}
	return ms
}

// verbAfterSubject reports whether a cue form that is also a noun, at token
// i, reads as a verb: after a personal pronoun, a plural noun, a name or an
// auxiliary.
func (x *analysis) verbAfterSubject(i, first int) bool {
	if i+1 < len(x.a.Tokens) && x.a.Tokens[i+1].Lower == "that" && strings.HasSuffix(x.a.Tokens[i].Lower, "s") {
		return true // "the poll shows that"
	}
	if i == first {
		return false
	}
	p := x.a.Tokens[i-1]
	w := p.Lower
	if w == "to" && i > first+1 && raisingVerbs[x.a.Tokens[i-2].Lower] {
		return true // "he appeared to suggest that"
	}
	if conjunctions[w] && i > first+1 && x.a.Tokens[i-2].Text == "," && i+1 < len(x.a.Tokens) && (x.a.Tokens[i+1].Lower == "to" || x.a.Tokens[i+1].Lower == "that") {
		return true // "…, and plans to reduce costs": a second verb of the clause's subject
	}
	switch w {
	case "i", "we", "they", "you", "who", "whom", "people", "would", "will", "do", "does", "did", "don't",
		"doesn't", "didn't", "can", "could", "may", "might", "must", "should", "also", "not", "still",
		"never", "immediately", "publicly", "privately", "repeatedly", "often", "always":
		return true
	case "he", "she", "it":
		return strings.HasSuffix(x.a.Tokens[i].Lower, "s")
	}
	if x.mentionAt[x.tokAt(p.Start)] > 0 || p.Upper && !isPossessive(p) && !determiners[w] {
		return true
	}
	return p.Kind == check.Word && strings.HasSuffix(w, "s") && !isPossessive(p) && !strings.HasSuffix(w, "ss")
}

// verbLike reports whether a lower-case word has the form of a past-tense
// verb ("concluded", "feared"); present forms in -s are too often plural
// nouns before a relative "that".
func verbLike(t check.Token) bool {
	w := t.Lower
	if t.Kind != check.Word || npStop[w] || notHeads[w] || len(w) < 4 || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ness") {
		return false
	}
	return strings.HasSuffix(w, "ed")
}

// quotedIn reports whether tokens [from, to) hold quoted words.
func (x *analysis) quotedIn(from, to int) bool {
	for k := from; k < to; k++ {
		if x.inQ[k] {
			return true
		}
	}
	return false
}

// quoteRunsTo reports whether the quotation opening at token open runs to
// the end of the sentence (last): then it is the statement, not a partial
// quotation inside reported speech.
func (x *analysis) quoteRunsTo(open, last int) bool {
	for _, q := range x.spans {
		if q.Open == open {
			return q.Close < 0 || q.Close >= last-1
		}
	}
	return true
}

// quotedAs returns the speaker of "saying" at token c in "X quoted Y as
// saying": Y, whom the report quotes, not X, who reports it. 0 otherwise.
func (x *analysis) quotedAs(c, first int) int {
	toks := x.a.Tokens
	if toks[c].Lower != "saying" || c < first+3 || toks[c-1].Lower != "as" {
		return 0
	}
	for k := c - 2; k > first && k >= c-10; k-- {
		if x.inQ[k] || toks[k].Kind != check.Word {
			return 0
		}
		if w := toks[k].Lower; w == "quoted" || w == "quoting" || w == "quotes" {
			if k > first && isBe(toks[k-1].Lower) && (k+1 == c-1 || toks[k+1].Lower == "by") {
				// "Naghavi was quoted by IRNA as saying": the subject speaks.
				return x.subjectOf(k-1, first)
			}
			if k+1 == c-1 {
				return 0
			}
			if m := x.mentionAt[k+1]; m > 0 {
				return m
			}
			if objectPronouns[toks[k+1].Lower] && k+2 == c-1 {
				x.pronoun(k + 1)
				return x.mentionAt[k+1]
			}
			return x.npMention(k+1, c-1) // "quoted a police spokesman as saying"
		}
	}
	return 0
}

// asSayingAfter returns the token of "saying" in "as saying" within a few
// words after token i, or 0.
func (x *analysis) asSayingAfter(i, last int) int {
	for k := i + 2; k < last && k <= i+10; k++ {
		if x.a.Tokens[k].Lower == "saying" && x.a.Tokens[k-1].Lower == "as" {
			return k
		}
	}
	return 0
}

// roleOfMention returns, for a mention that follows a role and a link
// ("a spokesman for Hillary Clinton", "The King of Jordan", "a friend of
// Donald Trump"), a mention of the whole noun phrase, whose head is the
// role; 0 when the mention is no such object.
func (x *analysis) roleOfMention(m, first int) int {
	toks := x.a.Tokens
	mm := x.a.Mentions[m-1]
	ms := x.tokAt(mm.Start)
	if ms < first+2 || !roleLinks[toks[ms-1].Lower] || toks[ms-1].Lower == "in" {
		return 0
	}
	h := toks[ms-2]
	if !roleHeads[h.Lower] && !speakerHeads[h.Lower] && !relationHeads[h.Lower] && !titleWords[h.Lower] {
		return 0
	}
	st := x.npBefore(ms-1, first)
	if st < 0 {
		return 0
	}
	return x.npWhole(st, x.tokAt(mm.End-1)+1)
}

// relationHeads name someone by whom they stand to: "a friend of Donald Trump".
var relationHeads = setOf("friend", "friends", "ally", "allies", "wife", "husband", "son", "daughter",
	"brother", "sister", "father", "mother", "cousin", "nephew", "niece", "uncle", "aunt", "neighbor",
	"neighbour", "colleague", "associate", "classmate", "partner", "widow")

// notReport reports whether a cue and the words after it are an idiom that
// says nothing: "called into a radio show", "called an emergency meeting",
// "added a note of caution", "found a way", "showed up", "told Huffington
// Post on Thursday" (a hearer and no more).
func notReport(cue string, words []check.Token) bool {
	w := words[0].Lower
	switch cue {
	case "call", "called", "calls", "calling":
		if w == "in" || w == "into" || w == "off" || w == "up" {
			return true
		}
		if w == "a" || w == "an" {
			for _, t := range words[1:min(len(words), 6)] {
				if convened[t.Lower] {
					return true
				}
			}
		}
	case "added", "adds", "adding":
		if w == "to" {
			return true // "added to the confusion"
		}
		if !determiners[w] || w == "that" {
			return false
		}
		// "added a note of caution", but "adding the agreements were handed out"
		for _, t := range words[1:] {
			if t.Text == "," || t.Text == ";" {
				break
			}
			if finiteVerb(t) {
				return false
			}
		}
		return true
	case "found", "finds", "finding":
		return w == "a" && len(words) > 1 && words[1].Lower == "way" || w == "ways" || strings.HasSuffix(w, "self") || strings.HasSuffix(w, "selves") ||
			foundStates[w] || placePreps[w] || w == "near" || w == "behind" || w == "under" // "found dead in hotel", "hair found near where"
	case "showed", "shows", "show", "showing":
		return w == "up"
	case "told", "tells":
		for _, t := range words {
			if t.Kind == check.Word && !t.Upper && !prepositions[t.Lower] && !determiners[t.Lower] && !temporalWord(t) {
				return false
			}
		}
		return true
	}
	return false
}

// foundStates are how someone was found, not what was found: "found dead".
var foundStates = setOf("dead", "alive", "guilty", "innocent", "unconscious", "unresponsive", "liable", "responsible")

// convened are what one calls without saying anything: "called a vote".
var convened = setOf("meeting", "meetings", "session", "vote", "election", "elections", "strike", "halt",
	"timeout", "conference", "summit", "recess", "hearing", "number", "taxi", "cab")

// wordsBeyondTime reports whether tokens [from, to) hold a word that is
// not a date, a time or a number.
func (x *analysis) wordsBeyondTime(from, to int) bool {
	for _, t := range x.a.Tokens[from:to] {
		if t.Kind == check.Word && !temporalWord(t) && !dayPeriod[t.Lower] {
			if _, mo := months[t.Lower]; !mo {
				return true
			}
		}
	}
	return false
}

// asides stand between a cue and what was said: "said, however, that".
var asides = setOf("however", "though", "meanwhile", "moreover", "nonetheless", "nevertheless", "too", "also")

// dayPeriod are the words of a clock time: "2:29 PM".
var dayPeriod = setOf("am", "pm", "a.m", "p.m", "a.m.", "p.m.", "edt", "est", "gmt", "utc", "pdt", "pst", "et")

// weekdayTok reports whether t names a day of the week.
func weekdayTok(t check.Token) bool {
	_, ok := weekdays[t.Lower]
	return ok && t.Upper
}

// objectPronouns stand for the person a report quotes: "quoted him as saying".
var objectPronouns = setOf("him", "her")

// mainSubjectAfter returns the subject of the main clause that follows an
// opening participle clause ending with quotation q: the first mention a
// verb follows after the comma that closes the clause; else 0.
func (x *analysis) mainSubjectAfter(q qspan, s check.Sentence) int {
	toks := x.a.Tokens
	k := q.Close + 1
	if q.Close < 0 || k >= s.Last {
		return 0
	}
	if toks[q.Close-1].Text != "," && toks[k].Text != "," {
		if k = x.nextComma(k, s.Last); k < 0 {
			return 0
		}
	}
	for j := k; j < s.Last && j < k+4; j++ {
		if m := x.verbSubject(j, s.Last); m > 0 {
			return m
		}
	}
	return 0
}

// sourceWords reports whether tokens [from, to) can name a source in a
// headline: words, none a verb "to be", a question word or a pronoun ("What
// Was Said" names no one).
func (x *analysis) sourceWords(from, to int) bool {
	for _, t := range x.a.Tokens[from:to] {
		if t.Kind != check.Word && t.Text != "-" || isBe(t.Lower) || questionWords[t.Lower] || npPronouns[t.Lower] {
			return false
		}
	}
	return true
}

// planNouns are what a person proposes: "Clinton's plan would …".
var planNouns = setOf("plan", "plans", "proposal", "proposals")

// modals begin what a plan would do.
var modals = setOf("would", "will", "could", "might", "should", "can", "may")

// opensWithSetting reports whether sentence s opens with a clause that
// sets the scene, not a statement: "When pressed on why …,", "Asked about
// the blast,", "As a phone rang,", "Lamenting their luck,". Before `X
// said, "…"` it is no part of what was said.
func (x *analysis) opensWithSetting(s check.Sentence) bool {
	t := x.a.Tokens[s.First]
	w := t.Lower
	if w == "so" && s.First+1 < s.Last {
		w = x.a.Tokens[s.First+1].Lower
	}
	if w == "as" {
		// "As Greg McDermott said Thursday, his son's …" attributes what
		// follows; "As a phone rang, …" only sets the scene.
		for k := s.First + 1; k < s.Last && k <= s.First+6; k++ {
			if x.a.Tokens[k].Text == "," {
				break
			}
			if isCue(x.a.Tokens[k]) || x.a.Tokens[k].Lower == "put" {
				return false
			}
		}
	}
	return subordinators[w] && w != "that" && w != "which" && w != "who" || questionWords[w] ||
		t.Kind == check.Word && t.Upper && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) && !x.inQ[s.First] && x.mentionAt[s.First] == 0 &&
			s.First+1 < s.Last && !x.a.Tokens[s.First+1].Upper // "Asked about", not "Retired Lt. Gen. Michael Flynn"
}

// quantifiers pick out some of a group: "many of whom".
var quantifiers = setOf("many", "most", "some", "several", "all", "both", "few", "none", "one", "two",
	"three", "half", "each", "either", "neither", "dozens", "hundreds", "thousands")

// possessor returns the mention whose possessive stands just before token
// i, the owner of a view or plan ("Peskov's view", "Donald Trump’s claim",
// "Mrs. Clinton's plan"), or 0.
func (x *analysis) possessor(i, first int) int {
	if m := x.mentionEndingAt(i, first); m > 0 {
		return m
	}
	if m := x.mentionAt[i-1]; m > 0 {
		return m
	}
	return x.mentionWithin(i - 1) // a curly apostrophe: "Donald Trump’s claim"
}

// spanClosingAt returns the quotation whose closing mark is token k, or nil.
func (x *analysis) spanClosingAt(k int) *qspan {
	for i := range x.spans {
		if x.spans[i].Close == k {
			return &x.spans[i]
		}
	}
	return nil
}

// adjacentSubject is the speaker of the cue at token i when it is the
// cue's own subject (subjectAdjacent), else 0.
func (x *analysis) adjacentSubject(i, first int) int {
	if m := x.subjectOf(i, first); m > 0 && x.subjectAdjacent(m, i) {
		return m
	}
	// The second of two verbs joined by a conjunction shares the first's
	// subject: "Graham urged Republicans to act, and criticized the party's
	// lack of awareness".
	k := i - 1
	for k > first && cueAdverbs[x.a.Tokens[k].Lower] {
		k--
	}
	if k <= first+1 || !conjunctions[x.a.Tokens[k].Lower] {
		return 0
	}
	// The nearest subject before, in the same clause: not past a word that
	// opens another ("as young people set up barricades and attacked …").
	for j := k - 1; j >= first; j-- {
		if t := x.a.Tokens[j]; subordinators[t.Lower] && !x.inQ[j] && !(t.Lower == "as" && j > first && x.a.Tokens[j-1].Lower == "such") {
			return 0 // but "such as" opens no clause
		}
		if m := x.verbSubject(j, k); m > 0 {
			if j > first+1 && x.a.Tokens[j-1].Lower == "that" {
				// The subject of what was said, not of the saying: "Trump
				// tweeted that Machado was a con and encouraged Americans
				// to …" is Trump's encouragement.
				if r := x.cueSubjectBefore(j-1, first); r > 0 {
					return r
				}
			}
			return m
		}
	}
	return 0
}

// conjunctClauseSubject returns the person or pronoun that is the subject
// of a clause opened by "but" or "and" that ends at token end; else 0.
func (x *analysis) conjunctClauseSubject(end, first int) int {
	toks := x.a.Tokens
	for j := end - 1; j > first && j >= end-10; j-- {
		if toks[j].Text == "," || toks[j].Text == ";" || x.inQ[j] {
			return 0
		}
		if !conjunctions[toks[j].Lower] {
			continue
		}
		if m := x.verbSubject(j+1, end); m > 0 {
			if k := x.a.Mentions[m-1].Kind; k == check.PersonMention || k == check.PronounMention {
				return m
			}
		}
		return 0
	}
	return 0
}

// cueSubjectBefore returns the subject of the cue nearest before token k
// in [first, k), when it has one; else 0.
func (x *analysis) cueSubjectBefore(k, first int) int {
	for c := k - 1; c >= first && c >= k-8; c-- {
		if isCue(x.a.Tokens[c]) && !x.inQ[c] {
			return x.subjectOf(c, first)
		}
	}
	return 0
}

// subjectAdjacent reports whether mention m is the subject of the cue at
// token i: nothing but adverbs, auxiliaries and commas between them.
func (x *analysis) subjectAdjacent(m, i int) bool {
	toks := x.a.Tokens
	mm := x.a.Mentions[m-1]
	k := x.skipAside(x.skipMention(x.tokAt(mm.Start), m, i), i+1)
	k = x.dashAsideEnd(k, i+1)
	if k < i && toks[k].Lower == "of" {
		// "Gov. Earl Ray Tomblin of West Virginia lauded": where they are from
		j := k + 1
		for j < i && (toks[j].Lower == "the" || toks[j].Lower == "of" || toks[j].Lower == "in" || toks[j].Kind == check.Word && toks[j].Upper) {
			j++
		}
		if j > k+1 && toks[j-1].Upper {
			k = x.skipAside(j, i+1) // and an aside after it: ", a Canadian member of the task force, said"
		}
	}
	if k < i && toks[k].Text == "(" {
		for j := k + 1; j < i && j < k+8; j++ {
			if toks[j].Text == ")" {
				k = j + 1 // "Sen. Ted Cruz (R-Tex) is endorsing"
				break
			}
		}
	}
	for k < i && (x.beforeCue(k, i) || toks[k].Text == "," || toks[k].Lower == "on") {
		k++
	}
	return k == i
}

// beforeCue reports whether token k may stand between a speaker and the
// cue at token c: an adverb ("later", "cynically"), a form of "to be", a
// time ("on Friday", "in 2010"), a verb that hands on its subject
// ("appeared to suggest") or a passive ("was recorded saying").
func (x *analysis) beforeCue(k, c int) bool {
	toks := x.a.Tokens
	t := toks[k]
	switch {
	case cueAdverbs[t.Lower] || isBe(t.Lower) || temporalWord(t) || mannerAdverb(t):
		return true
	case (t.Lower == "on" || t.Lower == "in") && k+1 < c && temporalWord(toks[k+1]):
		return true
	case raisingVerbs[t.Lower] && k+2 == c && toks[k+1].Lower == "to",
		t.Lower == "to" && k+1 == c && k > 0 && raisingVerbs[toks[k-1].Lower]:
		return true
	}
	return verbLike(t) && k+1 == c && progressive(toks[c]) && k > 0 && isBe(toks[k-1].Lower)
}

// reportEnd returns where reported speech that starts at token from ends:
// before a clause that the reporter adds (", which ...", ", arguing ...",
// " and warned ...", "; ..."), or at the end of the sentence.
func (x *analysis) reportEnd(from, last int) int {
	toks := x.a.Tokens
	for k := from + 3; k < last; k++ {
		if x.inQ[k] {
			continue
		}
		t := toks[k]
		switch {
		case t.Text == ";" || t.Text == "—" || t.Text == "–" || t.Text == "--" || t.Text == "―":
			return k
		case t.Text == "," && k+1 < last && reportBreaks[toks[k+1].Lower]:
			return k
		case t.Text == "," && k+1 < last && (cues[toks[k+1].Lower] || infinitiveCues[toks[k+1].Lower]) && strings.HasSuffix(toks[k+1].Lower, "ing"):
			return k // ", arguing that ...": the reporter's next clause
		case conjunctions[t.Lower] && k+1 < last && !toks[k+1].Upper && (cues[toks[k+1].Lower] || frameCues[toks[k+1].Lower] || infinitiveCues[toks[k+1].Lower]) && (strings.HasSuffix(toks[k+1].Lower, "ed") || clauseCues[toks[k+1].Lower] && strings.HasSuffix(toks[k+1].Lower, "s") || strings.HasSuffix(toks[k+1].Lower, "s") && k+2 < last && (toks[k+2].Lower == "to" || toks[k+2].Lower == "that" || determiners[toks[k+2].Lower])):
			return k // " and warned ...", " and says ...", " and plans to ...", " yet refuses to ...": a second statement
		}
	}
	return last
}

// clauseEnd returns where the clause that starts at token from ends: at a
// semicolon or dash, or at a comma outside quotations once it has words.
func (x *analysis) clauseEnd(from, last int) int {
	toks := x.a.Tokens
	for k := from; k < last; k++ {
		if x.inQ[k] {
			continue
		}
		switch toks[k].Text {
		case ";", "—", "–", "―":
			return k
		case ",":
			if k-from >= 3 {
				return k
			}
		case "and", "but":
			if k+1 < last && k-from >= 2 && (cues[toks[k+1].Lower] || frameCues[toks[k+1].Lower]) {
				return k // "called the talks useful but said ...": a second statement
			}
		}
	}
	return last
}

func (x *analysis) nextComma(from, to int) int {
	for i := from; i < to; i++ {
		if x.a.Tokens[i].Text == "," {
			return i
		}
	}
	return 0
}

// skipAside steps over what may stand between a speaker's name and the cue:
// a party label in brackets ("Rep. Gwen Moore (D-Wis.) said"), a short "of"
// or "for" phrase ("Mr. Morgan of the Sierra Club said", "a spokesman for
// the club said") and appositives set off by
// commas ("Scott Pruitt, the attorney general of Oklahoma, said"). It
// returns i when there is none of these before a cue.
func (x *analysis) skipAside(i, last int) int {
	toks := x.a.Tokens
	start := i
	if i < last && toks[i].Text == "(" {
		for j := i + 1; j < last && j < i+10; j++ {
			if toks[j].Text == ")" {
				i = j + 1
				break
			}
		}
	}
	cueAt := func(k int) bool {
		for k < last && cueAdverbs[toks[k].Lower] {
			k++
		}
		return k < last && (isCue(toks[k]) || k+1 < last && backCues[toks[k].Lower] && toks[k+1].Lower == "back" ||
			k+1 < last && isBe(toks[k].Lower) && toks[k+1].Lower == "quoted")
	}
	if i < last && roleLinks[toks[i].Lower] {
		for j := i + 1; j < last && j < i+7; j++ {
			if toks[j].Kind != check.Word || x.inQ[j] {
				break
			}
			if cueAt(j + 1) {
				return j + 1
			}
		}
	}
	// Up to three appositives: "Flynn, a top Trump surrogate, said".
	for n := 0; n < 3 && i < last && toks[i].Text == ","; n++ {
		next := -1
		for j := i + 1; j < last && j < i+25; j++ {
			if x.inQ[j] || x.quoteDelim(j) {
				break
			}
			if toks[j].Text == "," {
				next = j
				break
			}
		}
		if next < 0 {
			break
		}
		if cueAt(next + 1) {
			return next + 1
		}
		i = next
	}
	if i != start && cueAt(i) {
		return i
	}
	return start
}
