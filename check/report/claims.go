package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/factlint/factlint/check"
)

type jsonClaim struct {
	Kind         string       `json:"kind"`
	Start        int          `json:"start"`
	End          int          `json:"end"`
	Line         int          `json:"line"`
	Column       int          `json:"column"`
	Text         string       `json:"text"`
	Value        string       `json:"value,omitempty"`
	Mod          string       `json:"mod,omitempty"`
	Direct       *bool        `json:"direct,omitempty"`
	Partial      bool         `json:"partial,omitempty"`
	Cue          string       `json:"cue,omitempty"`
	Speaker      *string      `json:"speaker,omitempty"`
	SpeakerStart *int         `json:"speaker_start,omitempty"`
	SpeakerEnd   *int         `json:"speaker_end,omitempty"`
	Unit         string       `json:"unit,omitempty"`
	Qualifier    string       `json:"qualifier,omitempty"`
	Person       string       `json:"person,omitempty"`
	Role         string       `json:"role,omitempty"`
	Event        *check.Event `json:"event,omitempty"`
}

type jsonClaimsArticle struct {
	Path      string      `json:"path"`
	Title     string      `json:"title"`
	Published string      `json:"published,omitempty"`
	Claims    []jsonClaim `json:"claims"`
}

type jsonPerson struct {
	Key      string   `json:"key"`
	Name     string   `json:"name"`
	Variants []string `json:"variants"`
	Titles   []string `json:"titles,omitempty"`
	Articles []string `json:"articles"`
}

type jsonClaims struct {
	Version  int                 `json:"version"`
	Articles []jsonClaimsArticle `json:"articles"`
	People   []jsonPerson        `json:"people"`
	Errors   []jsonError         `json:"errors"`
}

func claimJSON(a *check.Article, c *check.Claim) jsonClaim {
	line, col := a.Position(c.Start)
	jc := jsonClaim{Kind: c.Kind, Start: c.Start, End: c.End, Line: line, Column: col, Text: c.Text,
		Value: c.Value, Mod: c.Mod, Unit: c.Unit, Qualifier: c.Qualifier, Person: c.Person, Role: c.Role, Event: c.Event}
	if c.Kind == "quote" {
		direct := c.Direct
		speaker := c.Speaker
		jc.Direct, jc.Speaker, jc.Cue, jc.Partial = &direct, &speaker, c.Cue, c.Partial
		if c.SpeakerRef > 0 {
			s, e := c.SpeakerSpan.Start, c.SpeakerSpan.End
			jc.SpeakerStart, jc.SpeakerEnd = &s, &e
		}
	}
	return jc
}

// ClaimsJSON writes every article's claims and the story's people register.
func ClaimsJSON(w io.Writer, r *check.Report, _ Options) error {
	out := jsonClaims{Version: 1, Articles: []jsonClaimsArticle{}, People: []jsonPerson{}, Errors: []jsonError{}}
	for _, a := range r.Articles {
		ja := jsonClaimsArticle{Path: a.Path, Title: a.Title, Published: Published(a), Claims: []jsonClaim{}}
		for i := range a.Claims {
			ja.Claims = append(ja.Claims, claimJSON(a, &a.Claims[i]))
		}
		out.Articles = append(out.Articles, ja)
	}
	if r.Story != nil {
		for _, p := range r.Story.PeopleSorted() {
			jp := jsonPerson{Key: p.Key, Name: p.Name, Variants: p.Variants}
			for _, t := range p.Titles {
				jp.Titles = append(jp.Titles, t.Article.Name+": "+t.Claim.Value)
			}
			for _, a := range p.Articles {
				jp.Articles = append(jp.Articles, a.Path)
			}
			out.People = append(out.People, jp)
		}
	}
	for _, e := range r.Errors {
		out.Errors = append(out.Errors, jsonError{Path: e.Path, Line: e.Line, Message: e.Message})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// ClaimsTable writes a table of claims per article, then the people register.
func ClaimsTable(w io.Writer, r *check.Report, _ Options) error {
	for i, a := range r.Articles {
		if i > 0 {
			fmt.Fprintln(w)
		}
		pub := Published(a)
		if pub == "" {
			pub = "publication date unknown"
		}
		fmt.Fprintf(w, "%s  %s (%s)\n", a.Path, a.Title, pub)
		t := newTable(w, "LINE", "KIND", "TEXT", "VALUE", "DETAIL")
		for k := range a.Claims {
			c := &a.Claims[k]
			line, col := a.Position(c.Start)
			if err := t.Append([]string{fmt.Sprintf("%d:%d", line, col), c.Kind, oneLine(c.Text), c.Value, detail(c)}); err != nil {
				return err
			}
		}
		if err := t.Render(); err != nil {
			return err
		}
	}
	if r.Story != nil && len(r.Story.People) > 0 {
		fmt.Fprintln(w, "\nPeople")
		t := newTable(w, "NAME", "VARIANTS", "TITLES", "ARTICLES")
		for _, p := range r.Story.PeopleSorted() {
			var titles, arts []string
			for _, ti := range p.Titles {
				titles = append(titles, ti.Article.Name+": "+ti.Claim.Value)
			}
			for _, a := range p.Articles {
				arts = append(arts, a.Name)
			}
			if err := t.Append([]string{p.Name, strings.Join(p.Variants, ", "), strings.Join(titles, "; "), strings.Join(arts, " ")}); err != nil {
				return err
			}
		}
		if err := t.Render(); err != nil {
			return err
		}
	}
	for _, e := range r.Errors {
		fmt.Fprintf(w, "error: %s\n", e.Error())
	}
	return nil
}

func detail(c *check.Claim) string {
	var parts []string
	if c.Mod != "" {
		parts = append(parts, "mod "+c.Mod)
	}
	switch c.Kind {
	case "quote":
		kind := "reported"
		switch {
		case c.Partial:
			kind = "reported, partly quoted"
		case c.Direct:
			kind = "direct"
		}
		sp := c.Speaker
		if sp == "" {
			sp = "(no speaker)"
		}
		parts = append(parts, kind+", "+sp)
		if c.Cue != "" {
			parts = append(parts, "cue "+c.Cue)
		}
	case "number":
		parts = append(parts, "of "+c.Unit)
		if c.Qualifier != "" {
			parts = append(parts, c.Qualifier)
		}
	case "title":
		parts = append(parts, c.Person+" as "+c.Role)
	}
	if c.Event != nil {
		parts = append(parts, "event: "+c.Event.Describe())
	}
	return strings.Join(parts, "; ")
}

// Rules writes each rule's name, default severity and documentation.
func Rules(w io.Writer, rules []*check.Rule) error {
	for i, r := range rules {
		if i > 0 {
			fmt.Fprintln(w)
		}
		if _, err := fmt.Fprintf(w, "%s (%s)\n", r.Name, r.Severity); err != nil {
			return err
		}
		for _, line := range strings.Split(strings.TrimSpace(r.Doc), "\n") {
			fmt.Fprintf(w, "    %s\n", line)
		}
	}
	return nil
}
