package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/factlint/factlint/check"
	"github.com/factlint/factlint/check/load"
)

// FuzzAnalyse feeds arbitrary text through the loader and analysis: whatever
// the input, nothing may panic and every claim must lie inside the file.
func FuzzAnalyse(f *testing.F) {
	seeds, _ := filepath.Glob("../../fixtures/*/*.*")
	for _, p := range seeds {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(filepath.Base(p), data)
		}
	}
	f.Add("a.html", []byte("<p>“Unclosed ‘quote on Tuesday, Dec. 3, 2025 <b>"))
	f.Add("a.txt", []byte("\"\"''“”‘’«» ... … 5-5-5 Mr. . . . two and a half"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		a, err := load.Parse("x"+filepath.Ext(name), data, load.Options{Published: "2025-12-03"})
		if err != nil {
			return
		}
		Analyse(a)
		for _, c := range a.Claims {
			if c.Start < 0 || c.End > len(a.Raw) || c.Start > c.End {
				t.Fatalf("claim %q out of the file: %d..%d of %d", c.Text, c.Start, c.End, len(a.Raw))
			}
		}
		check.NewStory([]*check.Article{a})
	})
}

// stage runs analysis on text up to and including the named stage, as
// Analyse does, so that each extractor can be fuzzed on its own.
func stage(text []byte, upTo string) *analysis {
	a := &check.Article{Path: "f.txt", Raw: text, Text: append([]byte(nil), text...)}
	a.Published, _ = load.ParseDate("2025-12-03")
	x := newAnalysis(a)
	for _, st := range []struct {
		name string
		run  func()
	}{{"mentions", x.mentions}, {"quotes", x.quotes}, {"temporal", x.temporal}, {"numbers", x.numbers}, {"events", x.bindEvents}} {
		if upTo == "tokens" {
			break
		}
		st.run()
		if st.name == upTo {
			break
		}
	}
	return x
}

func fuzzSeeds(f *testing.F) {
	seeds, _ := filepath.Glob("../../fixtures/*/*.*")
	for _, p := range seeds {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("“Unclosed ‘quote on Tuesday, Dec. 3, 2025, said Mr. J. Doe (R-Ky.)."))
	f.Add([]byte("\"\"''“”‘’«» ... … 5-5-5 Mr. . . . two and a half hours ― PESKOV: yes"))
}

func inside(t *testing.T, what string, s check.Span, n int) {
	t.Helper()
	if s.Start < 0 || s.End > n || s.Start > s.End {
		t.Fatalf("%s %v outside the text of %d bytes", what, s, n)
	}
}

// FuzzTokens: tokens in order inside the text, quotations and sentences
// that cover tokens in order.
func FuzzTokens(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text []byte) {
		x := stage(text, "tokens")
		toks := x.a.Tokens
		for i, tk := range toks {
			inside(t, "token", tk.Span, len(text))
			if tk.Start == tk.End || i > 0 && tk.Start < toks[i-1].End {
				t.Fatalf("token %d %q empty or overlapping", i, tk.Text)
			}
		}
		for _, q := range x.spans {
			if q.Open < 0 || q.End > len(toks) || q.Open >= q.End && q.Close >= 0 || q.Close >= len(toks) {
				t.Fatalf("quotation %+v outside %d tokens", q, len(toks))
			}
		}
		next := 0
		for _, s := range x.a.Sentences {
			if s.First != next || s.Last <= s.First {
				t.Fatalf("sentence %+v does not follow token %d", s, next)
			}
			next = s.Last
		}
		if len(toks) > 0 && next != len(toks) {
			t.Fatalf("sentences end at token %d of %d", next, len(toks))
		}
	})
}

// FuzzPeople: mentions inside the text, antecedents that are mentions.
func FuzzPeople(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text []byte) {
		x := stage(text, "mentions")
		for _, m := range x.a.Mentions {
			inside(t, "mention", m.Span, len(text))
			if m.Ante < 0 || m.Ante > len(x.a.Mentions) {
				t.Fatalf("antecedent %d of %d mentions", m.Ante, len(x.a.Mentions))
			}
		}
	})
}

// FuzzQuotes: quote claims inside the text, speakers that are mentions.
func FuzzQuotes(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text []byte) {
		x := stage(text, "quotes")
		for _, c := range x.a.Claims {
			inside(t, "claim", c.Span, len(text))
			if c.SpeakerRef < 0 || c.SpeakerRef > len(x.a.Mentions) {
				t.Fatalf("speaker %d of %d mentions", c.SpeakerRef, len(x.a.Mentions))
			}
			if c.Partial && !c.Direct {
				t.Fatalf("a partial quotation that is not direct: %q", c.Text)
			}
		}
	})
}

var timexValue = regexp.MustCompile(`^(\d{1,4}X*|X{4}|XXXX-WXX-\d|\d{4}-W\d\d|\d{4}-(\d\d|Q\d|SP|SU|FA|WI|H\d)|\d{4}-\d\d-\d\d|X{4}-X{2}-X{2}|\d{4}-\d\d-\d\d(T\d\d(:\d\d)?|T(MO|AF|EV|NI))|X{4}-X{2}-X{2}T\d\d(:\d\d)?|P(\d+(\.\d+)?[YMWD]|X[YMWD])*(T(\d+(\.\d+)?[HMS]|X[HMS])*)?|PRESENT_REF|PAST_REF|FUTURE_REF|.*)$`)

// FuzzTemporal: temporal claims inside the text, with a kind, a value and
// an interval that is one.
func FuzzTemporal(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text []byte) {
		x := stage(text, "temporal")
		for _, c := range x.a.Claims {
			inside(t, "claim", c.Span, len(text))
			switch c.Kind {
			case "date", "time", "duration", "set":
				if c.Value == "" || !timexValue.MatchString(c.Value) || c.Lo > c.Hi {
					t.Fatalf("%s %q: value %q, interval %g..%g", c.Kind, c.Text, c.Value, c.Lo, c.Hi)
				}
			}
		}
	})
}

// FuzzNumbers: counts inside the text whose value is a number.
func FuzzNumbers(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text []byte) {
		x := stage(text, "numbers")
		for _, c := range x.a.Claims {
			inside(t, "claim", c.Span, len(text))
			if c.Kind == "number" {
				if _, err := strconv.ParseFloat(c.Value, 64); err != nil {
					t.Fatalf("count %q has value %q", c.Text, c.Value)
				}
			}
		}
	})
}

// FuzzEvents: every bound event has a known kind and participants that are mentions.
func FuzzEvents(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text []byte) {
		x := stage(text, "events")
		for _, c := range x.a.Claims {
			e := c.Event
			for e != nil {
				switch e.Kind {
				case "", "end", "start", "occur", "statement", "measure":
				default:
					t.Fatalf("event kind %q", e.Kind)
				}
				for _, r := range e.Refs {
					if r < 0 || r >= len(x.a.Mentions) {
						t.Fatalf("participant %d of %d mentions", r, len(x.a.Mentions))
					}
				}
				e = e.Reported
			}
		}
	})
}
