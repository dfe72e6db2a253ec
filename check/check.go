// Package check is factlint's engine: the article, claim and finding types, the
// rule type, and the story-level work that every rule shares (the people
// register, story clusters, speaker resolution) before the rules run.
//
// The pipeline is load -> analyse (claims, once per article) -> rules -> report.
// Loading lives in check/load, analysis in check/extract, rendering in
// check/report; this package holds what they all speak.
package check

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// Severity is how serious a finding is.
type Severity int

// The severities, most serious last so that comparisons read naturally.
const (
	Info Severity = iota + 1
	Warning
	Error
)

// String returns the contract's name of the severity.
func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "none"
}

// MarshalJSON writes the severity as its name.
func (s Severity) MarshalJSON() ([]byte, error) { return json.Marshal(s.String()) }

// ParseSeverity reads "error", "warning" or "info".
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "error":
		return Error, nil
	case "warning":
		return Warning, nil
	case "info":
		return Info, nil
	}
	return 0, fmt.Errorf("unknown severity %q (want error, warning or info)", s)
}

// Span is a half-open range of byte offsets into an article's file as on disk.
type Span struct {
	Start, End int
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Overlaps reports whether two spans share a byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Article is one input file and everything analysis learned about it.
type Article struct {
	Path string // as given on the command line, or "-" for standard input
	Name string // short label for messages, set by the story ("003")

	// Raw is the file as on disk. Text has the same length, with everything that
	// is not prose (front matter, markup, tags, a byte-order mark) blanked to
	// spaces, so that every offset into Text is an offset into Raw.
	Raw  []byte
	Text []byte

	Title     string
	TitleSpan Span
	Published time.Time // zero when unknown
	Outlet    string
	URL       string
	Author    string

	// Suppressed are the regions an editor switched rules off in, with
	// <!-- factlint off --> and <!-- factlint RULE off --> comments; Disabled
	// the rules the front matter turns off for the whole article.
	Suppressed []Suppression
	Disabled   []string

	// Sentences and Tokens are extraction's working state; the engine drops
	// them (and Text) once an article is analysed.
	Sentences []Sentence
	Tokens    []Token
	Mentions  []Mention
	Claims    []Claim

	lineStarts []int
}

// Suppression is a region of an article where a rule (every rule when Rule
// is empty) reports nothing.
type Suppression struct {
	Span
	Rule string
}

// HasPublished reports whether the publication date is known.
func (a *Article) HasPublished() bool { return !a.Published.IsZero() }

// Snippet returns the raw text of a span.
func (a *Article) Snippet(s Span) string {
	if s.Start < 0 || s.End > len(a.Raw) || s.Start > s.End {
		return ""
	}
	return string(a.Raw[s.Start:s.End])
}

// Position returns the 1-based line and column (in code points) of a byte offset.
func (a *Article) Position(off int) (line, col int) {
	if a.lineStarts == nil {
		a.lineStarts = []int{0}
		for i, b := range a.Raw {
			if b == '\n' {
				a.lineStarts = append(a.lineStarts, i+1)
			}
		}
	}
	lo, hi := 0, len(a.lineStarts)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if a.lineStarts[mid] <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	start := a.lineStarts[lo]
	if off > len(a.Raw) {
		off = len(a.Raw)
	}
	return lo + 1, utf8.RuneCount(a.Raw[start:off]) + 1
}

// Token is a word, number or punctuation mark of an article's prose.
type Token struct {
	Span
	Text  string // as written
	Lower string // lower-cased, typographic apostrophes straightened
	Kind  TokenKind
	Sent  int  // index of the sentence holding it
	InQ   bool // inside quotation marks
	Upper bool // starts with an upper-case letter
}

// TokenKind says what a token is.
type TokenKind uint8

// Token kinds.
const (
	Word TokenKind = iota + 1
	Number
	Punct
	QuoteMark
)

// Sentence is a sentence of an article: its span and its token range.
type Sentence struct {
	Span
	First, Last int // tokens [First, Last)
	Para        int // paragraph number, from 0
}

// MentionKind says what kind of thing a mention names.
type MentionKind uint8

// Mention kinds.
const (
	PersonMention      MentionKind = iota + 1 // a name: "Dmitry Peskov", "Peskov"
	OrgMention                                // an organisation used as a speaker: "the Kremlin"
	PronounMention                            // "he", "she"
	DescriptionMention                        // an unnamed role: "a Kremlin spokesman"
)

// Mention is a reference to a person, organisation or role in an article.
type Mention struct {
	Span
	Kind       MentionKind
	Text       string
	Key        string // register key of the person, once resolved ("peskov")
	Given      string // given name as written, when the mention has one
	Role       string // for descriptions: the normalised role ("spokesperson")
	Affil      string // for descriptions: the normalised affiliation ("russia")
	Gender     string // "female" or "male" when an honorific or given name shows it ("Mrs. Clinton")
	Possessive bool   // "Arakhamia's"
	Plural     bool   // a description of many, who are no one person: "officials", not "one of his lawyers"
	Object     bool   // follows a preposition: "adviser to X"
	Ante       int    // pronouns: 1 + index of the antecedent mention, 0 if none
}

// Event is what a date, time, duration or statement is about.
type Event struct {
	Trigger string   `json:"trigger,omitempty"` // the verb or noun as written ("ended")
	Kind    string   `json:"kind,omitempty"`    // end, start, occur, statement, measure
	Noun    string   `json:"noun,omitempty"`    // the event's family noun ("talks")
	Agent   string   `json:"agent,omitempty"`   // for a statement: who made it
	People  []string `json:"people,omitempty"`  // register keys of the participants
	Refs    []int    `json:"-"`                 // mentions of the participants, resolved by the story
	// Reported is, for a statement, the event the statement is about.
	Reported *Event `json:"reported,omitempty"`
}

// Describe renders an event for messages: "end of the talks".
func (e *Event) Describe() string {
	if e == nil {
		return "the same event"
	}
	noun := e.Noun
	if noun == "" {
		noun = e.Trigger
	}
	switch e.Kind {
	case "end":
		return "end of the " + noun
	case "start":
		return "start of the " + noun
	case "statement":
		if e.Agent != "" {
			return e.Agent + "'s statement"
		}
		return "the statement"
	case "":
		return "the " + noun
	}
	return "the " + noun + " (" + e.Kind + ")"
}

// Key is the bucket key of an event: same key, same kind of event.
func (e *Event) Key() string {
	if e == nil {
		return ""
	}
	return e.Kind + "|" + e.Noun
}

// Claim is one checkable statement extracted from an article.
type Claim struct {
	Kind string // date, time, duration, set, quote, number, title
	Span
	Text  string
	Value string
	Mod   string

	// Quotes.
	Direct      bool // the words, or some of them, are quoted
	Partial     bool // reported speech holding a partial quotation: called the talks "constructive"
	Cue         string
	Speaker     string // resolved display name, or the description / organisation
	SpeakerSpan Span
	SpeakerKey  string      // register key of a resolved person
	SpeakerKind MentionKind // what the speaker mention is
	SpeakerRef  int         // 1 + index of the speaker mention, 0 if none
	Words       []string    // normalised words of the quote, in order

	// Numbers.
	Unit      string
	Qualifier string // what is said of the counted thing ("stolen")
	Ordinal   bool

	// Titles.
	Person    string
	PersonKey string
	PersonRef int    // 1 + index of the person's mention
	Role      string // normalised role ("adviser")
	Affil     string // normalised affiliation ("russia")

	// Temporal claims.
	Event    *Event
	Weekday  int  // 1..7 (Monday..Sunday) when a weekday is written, else 0
	Today    bool // the text says the weekday is today ("today, Tuesday")
	Explicit bool // the value is written out in full, not resolved from context
	Lo, Hi   float64
	// Hedged, for a duration whose hedge TimeML leaves out of the extent
	// ("nearly two and a half hours"), spans the words with the hedge: what
	// a reader is shown. Zero when there is no such hedge.
	Hedged Span

	Sent int // sentence index
}

// Evidence is one article's side of a finding.
type Evidence struct {
	Article *Article
	Span
	Text  string
	Value string
	Note  string // what this article says, in words ("dates the end of the talks")
}

// Edit is one piece of a word-level diff.
type Edit struct {
	Op   int // -1 only in the first text, 0 in both, +1 only in the second
	Text string
}

// Finding is a disagreement between articles (or, for weekday, inside one).
type Finding struct {
	Rule        string
	Severity    Severity
	Subject     string
	Message     string
	Fingerprint string
	Evidence    []Evidence
	Diff        []Edit // quote findings: the words of the first evidence against the second
	key         string // what the fingerprint hashes, set by the rule through Pass
}

// InputError is an input that could not be read or parsed.
type InputError struct {
	Path    string
	Line    int // 0 when the problem has no line
	Message string
}

func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Message)
	}
	return e.Path + ": " + e.Message
}

// Report is the outcome of a run: what was read, what was found, what failed.
type Report struct {
	Articles []*Article
	Findings []Finding
	Errors   []*InputError
	Story    *Story

	// Findings left out, and why: suppressed by comments or front matter,
	// known from the baseline, or with no evidence in a changed article.
	Suppressed, Baselined, Unchanged int
}

// PlainDiff writes a word diff as [-removed-]{+added+}.
func PlainDiff(d []Edit) string { return FormatDiff(d, "[-", "-]", "{+", "+}") }

// FormatDiff writes a word diff with removed words between del and
// delEnd, added words between add and addEnd.
func FormatDiff(d []Edit, del, delEnd, add, addEnd string) string {
	var b strings.Builder
	for _, e := range d {
		switch e.Op {
		case -1:
			b.WriteString(del + e.Text + delEnd)
		case 1:
			b.WriteString(add + e.Text + addEnd)
		default:
			b.WriteString(e.Text)
		}
	}
	return b.String()
}
