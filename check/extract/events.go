package extract

import (
	"strings"

	"github.com/factlint/factlint/check"
)

// family returns the event family of a noun: "talks" for every word of the
// talks (meeting, discussions, negotiations), else the noun itself.
func family(w string) string { return families[w] }

// families maps every event noun to its family, in one lookup.
var families = func() map[string]string {
	m := map[string]string{}
	for w := range otherEventNouns {
		m[w] = check.Stem(w)
	}
	for w := range talksNouns {
		m[w] = "talks"
	}
	return m
}()

// bindEvents ties every date, time and duration to the event it dates or
// measures: the verb or noun it modifies, the family of that event, and the
// people taking part (everyone the article names around that family's nouns).
func (x *analysis) bindEvents() {
	toks := x.a.Tokens
	// Participants by family: people named in sentences that name the family.
	famPeople := map[string][]int{}
	for si, s := range x.a.Sentences {
		fams := map[string]bool{}
		for i := s.First; i < s.Last; i++ {
			if x.lex[i]&lexFamily == 0 {
				continue
			}
			if f := family(toks[i].Lower); f != "" && !x.inQ[i] {
				fams[f] = true
			}
		}
		if len(fams) == 0 {
			continue
		}
		for mi, m := range x.a.Mentions {
			if m.Kind == check.PersonMention && x.sentOf(m.Start) == si {
				for f := range fams {
					famPeople[f] = append(famPeople[f], mi)
				}
			}
		}
	}
	for ci := range x.a.Claims {
		c := &x.a.Claims[ci]
		switch c.Kind {
		case "date", "time", "duration":
		default:
			continue
		}
		s := x.a.Sentences[c.Sent]
		first, last := x.tokAt(c.Start), x.tokAt(c.End-1)+1
		var e *check.Event
		if c.Kind == "duration" {
			e = x.measured(first, last, s)
		} else {
			e = x.dated(first, last, s)
		}
		if e == nil {
			continue
		}
		if e.Noun != "" {
			e.Refs = famPeople[e.Noun]
		}
		if e.Kind == "statement" {
			e.Refs = x.sentencePeople(c.Sent)
			if e.Reported != nil && e.Reported.Noun != "" {
				e.Reported.Refs = famPeople[e.Reported.Noun]
			}
		}
		c.Event = e
	}
}

func (x *analysis) sentencePeople(si int) []int {
	var out []int
	for mi, m := range x.a.Mentions {
		if m.Kind == check.PersonMention && x.sentOf(m.Start) == si {
			out = append(out, mi)
		}
	}
	return out
}

// measured finds what a duration measures: "five-hour meeting", "the
// discussions lasted roughly five hours", "after five hours of talks".
func (x *analysis) measured(first, last int, s check.Sentence) *check.Event {
	toks := x.a.Tokens
	for k := last; k < s.Last && k < last+3; k++ {
		if f := family(toks[k].Lower); f != "" {
			return &check.Event{Trigger: toks[k].Text, Kind: "measure", Noun: f}
		}
		if toks[k].Lower == "of" {
			continue
		}
		if toks[k].Kind != check.Word || !(strings.HasSuffix(toks[k].Lower, "-") || toks[k].Lower == "long") {
			if k > last {
				break
			}
		}
	}
	for k := first - 1; k >= s.First && k >= first-8; k-- {
		if kind, ok := eventVerbs[toks[k].Lower]; ok && (kind == "measure" || toks[k].Lower == "took") {
			if n := x.nounBefore(k, s); n != "" {
				return &check.Event{Trigger: toks[k].Text, Kind: "measure", Noun: n}
			}
			return &check.Event{Trigger: toks[k].Text, Kind: "measure"}
		}
		if toks[k].Text == "." || toks[k].Text == ";" {
			break
		}
	}
	return nil
}

// nounBefore returns the family of the event noun that is the subject of the
// verb at token k: the first event noun of the sentence before it that is not
// the object of a preposition or a verb ("talks ... to end the war ended"),
// else the nearest.
func (x *analysis) nounBefore(k int, s check.Sentence) string {
	toks := x.a.Tokens
	nearest := ""
	for j := s.First; j < k; j++ {
		if x.inQ[j] {
			continue
		}
		f := family(toks[j].Lower)
		if f == "" {
			continue
		}
		nearest = f
		p := j - 1
		for p >= s.First && (toks[p].Lower == "the" || toks[p].Lower == "a" || toks[p].Lower == "an" || toks[p].Lower == "this" || toks[p].Lower == "its" || toks[p].Lower == "their") {
			p--
		}
		if p >= s.First {
			if _, verb := eventVerbs[toks[p].Lower]; verb || prepositions[toks[p].Lower] || isCue(toks[p]) {
				continue
			}
		}
		return f
	}
	return nearest
}

// dated finds what a date or time dates: the nearest verb before it in the
// sentence ("ended on Tuesday", "said on Wednesday"), or the noun it follows
// or precedes ("the meeting on Friday", "Friday's meeting").
func (x *analysis) dated(first, last int, s check.Sentence) *check.Event {
	toks := x.a.Tokens
	if last < s.Last && isPossessive(toks[last-1]) {
		if last < s.Last {
			if f := family(toks[last].Lower); f != "" {
				return &check.Event{Trigger: toks[last].Text, Kind: "occur", Noun: f}
			}
		}
	}
	for k := first - 1; k >= s.First && k >= first-10; k-- {
		t := toks[k]
		if x.inQ[k] {
			continue
		}
		if t.Text == ";" {
			break
		}
		if isCue(t) && !x.passiveCue(k, s) {
			e := &check.Event{Trigger: t.Text, Kind: "statement"}
			if m := x.subjectBefore(k, s.First); m > 0 {
				e.Agent = strings.TrimPrefix(strings.TrimPrefix(x.a.Mentions[m-1].Text, "the "), "The ")
			}
			e.Reported = x.reportedEvent(k, s)
			return e
		}
		if kind, ok := eventVerbs[t.Lower]; ok {
			if t.Lower == "took" && !(k+1 < len(toks) && toks[k+1].Lower == "place") {
				continue
			}
			e := &check.Event{Trigger: t.Text, Kind: kind, Noun: x.nounBefore(k, s)}
			if e.Noun == "" {
				e.Noun = check.Stem(t.Lower)
			}
			if kind == "measure" {
				e.Kind = "occur"
			}
			return e
		}
		if f := family(t.Lower); f != "" && k >= first-3 {
			return &check.Event{Trigger: t.Text, Kind: "occur", Noun: f}
		}
	}
	return nil
}

func (x *analysis) passiveCue(k int, s check.Sentence) bool {
	return k > s.First && isBe(x.a.Tokens[k-1].Lower)
}

// reportedEvent finds, in the words before a statement verb, the event the
// statement reports: "A meeting ... concluded without agreement, the Kremlin said".
func (x *analysis) reportedEvent(k int, s check.Sentence) *check.Event {
	toks := x.a.Tokens
	for j := k - 1; j >= s.First; j-- {
		if x.inQ[j] {
			continue
		}
		if kind, ok := eventVerbs[toks[j].Lower]; ok && kind != "measure" {
			if toks[j].Lower == "took" && !(j+1 < len(toks) && toks[j+1].Lower == "place") {
				continue
			}
			n := x.nounBefore(j, s)
			if n == "" {
				continue
			}
			return &check.Event{Trigger: toks[j].Text, Kind: kind, Noun: n}
		}
	}
	return nil
}
