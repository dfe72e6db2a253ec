package engine

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/factlint/factlint/check"
)

// wantQuote is one quote claim a fixture article must yield.
type wantQuote struct {
	Article string `json:"article"`
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
	Direct  bool   `json:"direct"`
	Partial bool   `json:"partial"`
}

// TestQuoteFixtures checks every quote shape and speaker-resolution path in
// fixtures/quotes against claims.json: each expected quote must be claimed
// with its speaker, and any other quote claim is a failure too.
func TestQuoteFixtures(t *testing.T) {
	const dir = "../../fixtures/quotes"
	data, err := os.ReadFile(dir + "/claims.json")
	if err != nil {
		t.Fatal(err)
	}
	var want struct{ Quotes []wantQuote }
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	r := Analyse([]string{dir}, Options{})
	if len(r.Errors) > 0 {
		t.Fatalf("input errors: %v", r.Errors[0])
	}
	used := map[wantQuote]bool{}
	for _, a := range r.Articles {
		for _, c := range a.Claims {
			if c.Kind != "quote" {
				continue
			}
			got := wantQuote{Article: a.Name, Text: c.Text, Speaker: c.Speaker, Direct: c.Direct, Partial: c.Partial}
			found := false
			for _, w := range want.Quotes {
				if w == got {
					used[w], found = true, true
				}
			}
			if !found {
				t.Errorf("unexpected quote claim: %+v", got)
			}
		}
	}
	for _, w := range want.Quotes {
		if !used[w] {
			t.Errorf("missing quote claim: %+v", w)
		}
	}
}

// TestPeopleRegister checks that transliterations of one name are one
// person, and that unnamed sources and transcript roles are no one.
func TestPeopleRegister(t *testing.T) {
	r := Analyse([]string{"../../fixtures/quotes"}, Options{})
	var names []string
	for _, p := range r.Story.PeopleSorted() {
		names = append(names, p.Name)
		if strings.HasPrefix(check.FoldName(p.Name), "volodymyr zelensk") {
			if len(p.Articles) != 3 || len(p.Variants) != 3 {
				t.Errorf("Zelensky, Zelenskyy and Zelenskiy should be one person in a, b and c: %+v", p)
			}
		}
	}
	want := "Oleg Ivanov|Dmitry Peskov|Andrii Sybiha|Yuri Ushakov|Volodymyr Zelenskyy" // by surname
	got := strings.Join(names, "|")
	if got != want {
		t.Errorf("people %s, want %s", got, want)
	}
}

// TestSurnameByGender checks that a bare surname with an honorific goes to
// the person of that gender named in full: in an article about both
// Clintons, "Mrs. Clinton" is Hillary and "Mr. Clinton" is Bill.
func TestSurnameByGender(t *testing.T) {
	dir := t.TempDir()
	text := "---\npublished: 2016-10-01\n---\nThe Clintons campaign in Ohio\n\nHillary Clinton and Bill Clinton arrived in Ohio on Friday.\n\n" +
		"\"We will win this state,\" Mrs. Clinton said.\n\n\"She will win it,\" Mr. Clinton said.\n"
	if err := os.WriteFile(dir+"/a.md", []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	r := Analyse([]string{dir}, Options{})
	want := map[string]string{"We will win this state": "Hillary Clinton", "She will win it": "Bill Clinton"}
	for _, a := range r.Articles {
		for _, c := range a.Claims {
			if w, ok := want[c.Text]; ok && c.Kind == "quote" {
				if c.Speaker != w {
					t.Errorf("%q: speaker %q, want %q", c.Text, c.Speaker, w)
				}
				delete(want, c.Text)
			}
		}
	}
	for q := range want {
		t.Errorf("no quote claim %q", q)
	}
}

// TestSurnameInStory checks the register across articles: middle initials
// make no second person, a bare surname goes to whoever of that name the
// story names most, and a plural description is no one person.
func TestSurnameInStory(t *testing.T) {
	dir := t.TempDir()
	arts := map[string]string{
		"a.md": "Donald J. Trump spoke in Ohio on Friday. His daughter Ivanka Trump joined him.\n\n\"We will win,\" Trump said.\n",
		"b.md": "Donald Trump spoke in Ohio on Friday.\n\n\"We will win Ohio,\" Trump said.\n",
		"c.md": "Donald Trump held a rally on Friday. Israeli official Mark Regev was in the crowd.\n\nIsraeli officials said the visit was \"private.\"\n",
		"d.md": "The rally in Ohio drew a crowd.\n\n\"We will win the state,\" Trump said.\n",
	}
	for name, text := range arts {
		if err := os.WriteFile(dir+"/"+name, []byte("---\npublished: 2016-10-01\n---\n"+text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r := Analyse([]string{dir}, Options{})
	want := map[string]string{"We will win": "Donald J. Trump", "We will win Ohio": "Donald J. Trump",
		"We will win the state": "Donald J. Trump", "private.": "Israeli officials"}
	for _, a := range r.Articles {
		for _, c := range a.Claims {
			if w, ok := want[c.Text]; ok && c.Kind == "quote" {
				if c.Speaker != w {
					t.Errorf("%s %q: speaker %q, want %q", a.Name, c.Text, c.Speaker, w)
				}
				delete(want, c.Text)
			}
		}
	}
	for q := range want {
		t.Errorf("no quote claim %q", q)
	}
	trumps := 0
	for _, p := range r.Story.PeopleSorted() {
		if strings.HasSuffix(p.Name, "Trump") {
			trumps++
		}
	}
	if trumps != 2 {
		t.Errorf("%d people named Trump, want 2 (Donald J. Trump is Donald Trump, and Ivanka)", trumps)
	}
}
