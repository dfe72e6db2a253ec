package check

import (
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

// Person is one entry of the story's people register.
type Person struct {
	Key      string   // folded surname, or given name and surname when two share one
	Name     string   // the fullest form written anywhere in the story
	Variants []string // every form written
	Titles   []TitleRef
	Articles []*Article
}

// TitleRef is a title or role given to a person in one article.
type TitleRef struct {
	Article *Article
	Claim   *Claim
}

// Story is the set of articles checked together, with what rules share.
type Story struct {
	Articles []*Article
	People   map[string]*Person
	group    map[*Article]int
	opt      StoryOptions
	aliases  map[string]string     // folded alias -> canonical full name
	roles    map[string][]TitleRef // titles by role, built when first needed
	sorted   []string              // People's keys in order, once the register is built
}

// StoryOptions are what a desk's configuration adds to the register.
type StoryOptions struct {
	// People maps a person's full name to other names and descriptions that
	// mean them in this story ("Dmitry Peskov": "Peskov", "Kremlin spokesman").
	People map[string][]string
	// Titles are groups of role words that name one post ("aide", "adviser").
	Titles [][]string
}

// ClaimRef is a claim together with its article.
type ClaimRef struct {
	Article *Article
	*Claim
}

// NewStory names the articles, builds the people register, resolves speakers,
// titles and event participants to it, and groups articles into stories.
func NewStory(arts []*Article) *Story { return NewStoryWith(arts, StoryOptions{}) }

// NewStoryWith is NewStory with a desk's people aliases and title synonyms.
func NewStoryWith(arts []*Article, opt StoryOptions) *Story {
	s := &Story{Articles: arts, People: map[string]*Person{}, group: map[*Article]int{}, opt: opt}
	nameArticles(arts)
	s.canonicalRoles()
	s.register()
	s.applyAliases()
	order := map[*Article]int{}
	for i, a := range arts {
		order[a] = i
	}
	for _, p := range s.People {
		sort.Slice(p.Articles, func(i, j int) bool { return order[p.Articles[i]] < order[p.Articles[j]] })
	}
	s.resolve()
	s.cluster()
	return s
}

// canonicalRoles gives every role in a configured synonym group the group's
// first role, in title claims and in descriptions alike.
func (s *Story) canonicalRoles() {
	canon := map[string]string{}
	for _, g := range s.opt.Titles {
		first := ""
		for _, w := range g {
			r, ok := RoleOf(w)
			if !ok {
				r = strings.ToLower(w)
			}
			if first == "" {
				first = r
			}
			canon[r] = first
		}
	}
	if len(canon) == 0 {
		return
	}
	fold := func(role string) string {
		head, rest, cut := strings.Cut(role, ":")
		prefix := ""
		if strings.HasPrefix(head, "former:") {
			prefix, head = "former:", strings.TrimPrefix(head, "former:")
		}
		if c, ok := canon[head]; ok {
			head = c
		}
		if cut {
			return prefix + head + ":" + rest
		}
		return prefix + head
	}
	for _, a := range s.Articles {
		for i := range a.Claims {
			if c := &a.Claims[i]; c.Kind == "title" {
				c.Role = fold(c.Role)
			}
		}
		for i := range a.Mentions {
			if m := &a.Mentions[i]; m.Kind == DescriptionMention {
				m.Role = fold(m.Role)
			}
		}
	}
}

// applyAliases puts the names and descriptions a desk configured for a
// person under that person's register entry.
func (s *Story) applyAliases() {
	if len(s.opt.People) == 0 {
		return
	}
	s.aliases = map[string]string{}
	names := make([]string, 0, len(s.opt.People))
	for name := range s.opt.People {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		s.aliases[FoldName(name)] = name
		for _, al := range s.opt.People[name] {
			s.aliases[FoldName(stripDeterminer(al))] = name
		}
	}
	keyOf := map[string]string{} // canonical name -> register key
	for _, a := range s.Articles {
		for i := range a.Mentions {
			m := &a.Mentions[i]
			if m.Kind != PersonMention && m.Kind != DescriptionMention {
				continue
			}
			name, ok := s.aliases[FoldName(stripDeterminer(m.Text))]
			if !ok {
				continue
			}
			key, ok := keyOf[name]
			if !ok {
				key = FoldName(surnameOf(name))
				if p := s.People[key]; p != nil && FoldName(p.Name) != FoldName(name) && len(strings.Fields(p.Name)) > 1 {
					key = FoldName(name) // the surname belongs to someone else here
				}
				keyOf[name] = key
			}
			m.Key = key
			s.addPerson(key, name, a)
			if m.Kind == PersonMention && !strings.EqualFold(m.Text, name) {
				s.addPerson(key, m.Text, a)
			}
		}
	}
}

// stripDeterminer drops a leading "a", "an" or "the".
func stripDeterminer(s string) string {
	f := strings.Fields(s)
	if len(f) > 1 {
		switch strings.ToLower(f[0]) {
		case "a", "an", "the":
			return strings.Join(f[1:], " ")
		}
	}
	return s
}

// Claims returns every claim of one kind, article by article.
func (s *Story) Claims(kinds ...string) []ClaimRef {
	var out []ClaimRef
	for _, a := range s.Articles {
		for i := range a.Claims {
			c := &a.Claims[i]
			for _, k := range kinds {
				if c.Kind == k {
					out = append(out, ClaimRef{a, c})
					break
				}
			}
		}
	}
	return out
}

// SameStory reports whether two articles are about the same story: linked,
// directly or through others, by people they both name.
func (s *Story) SameStory(a, b *Article) bool { return s.group[a] == s.group[b] }

// Group returns the story number of an article.
func (s *Story) Group(a *Article) int { return s.group[a] }

// PersonName returns the display name of a register key.
func (s *Story) PersonName(key string) string {
	if p := s.People[key]; p != nil {
		return p.Name
	}
	return key
}

// nameArticles gives each article a short label: the part of its file name
// before the first "_" when that is unique ("003"), else the base name.
func nameArticles(arts []*Article) {
	count := map[string]int{}
	short := make([]string, len(arts))
	for i, a := range arts {
		base := filepath.Base(a.Path)
		base = strings.TrimSuffix(base, filepath.Ext(base))
		if a.Path == "-" {
			base = "stdin"
		}
		short[i] = base
		if j := strings.IndexByte(base, '_'); j > 0 {
			short[i] = base[:j]
		}
		count[short[i]]++
	}
	for i, a := range arts {
		if count[short[i]] == 1 {
			a.Name = short[i]
			continue
		}
		base := filepath.Base(a.Path)
		a.Name = strings.TrimSuffix(base, filepath.Ext(base))
	}
}

func surnameOf(text string) string {
	f := strings.Fields(text)
	if len(f) == 0 {
		return ""
	}
	last := len(f) - 1
	if last >= 2 && Generational(strings.TrimSuffix(f[last], ".")) {
		last-- // "Biden Jr." is Biden
	}
	return strings.TrimSuffix(strings.TrimSuffix(f[last], "'s"), "’s")
}

// firstGiven is the folded first given name: middle names and initials say
// nothing a first name does not ("Donald J. Trump" is "Donald Trump").
func firstGiven(given string) string {
	f, _, _ := strings.Cut(strings.TrimSpace(given), " ")
	return FoldName(f)
}

// register collects every person named in full, keyed by folded surname; two
// people with one surname and different first names get first-name keys
// (middle names and initials aside: "Donald J. Trump" is "Donald Trump"). A
// bare surname is the person of that gender, when it shows one; else the one
// of that name the article names in full who appears in most articles of the
// story; else, with no one of that name named in the article, the one the
// story names in three times as many articles as anyone else of it; else no
// one.
func (s *Story) register() {
	givens := map[string]map[string]int{} // surname -> first given name -> articles naming them
	genders := map[string]string{}        // given-name key -> gender, where some article shows it
	for _, a := range s.Articles {
		seen := map[string]bool{}
		for _, m := range a.Mentions {
			if m.Kind != PersonMention || m.Given == "" {
				continue
			}
			sur, first := FoldName(surnameOf(m.Text)), firstGiven(m.Given)
			if givens[sur] == nil {
				givens[sur] = map[string]int{}
			}
			if !seen[first+" "+sur] {
				seen[first+" "+sur] = true
				givens[sur][first]++
			}
			if m.Gender != "" {
				genders[first+" "+sur] = m.Gender
			}
		}
	}
	for _, a := range s.Articles {
		full := map[string]string{} // surname -> key of the person named in full here most often in the story
		fullN := map[string]int{}   // surname -> the articles naming full[surname]
		// surname and gender -> key, so "Mrs. Clinton" is not Bill Clinton
		gendered := map[string]string{}
		for i := range a.Mentions {
			m := &a.Mentions[i]
			if m.Kind != PersonMention || m.Given == "" {
				continue
			}
			sur := FoldName(surnameOf(m.Text))
			key := sur
			if len(givens[sur]) > 1 {
				key = firstGiven(m.Given) + " " + sur
			}
			m.Key = key
			// "Donald Trump … his ex-wife, Ivana Trump … Trump said": a bare
			// surname is whoever of that name the story names most.
			if n := givens[sur][firstGiven(m.Given)]; full[sur] == "" || n > fullN[sur] {
				full[sur], fullN[sur] = key, n
			}
			if m.Gender != "" {
				gendered[sur+"|"+m.Gender] = key
			}
			s.addPerson(key, m.Text, a)
		}
		for i := range a.Mentions {
			m := &a.Mentions[i]
			if m.Kind != PersonMention || m.Given != "" {
				continue
			}
			sur := FoldName(surnameOf(m.Text))
			switch {
			case m.Gender != "" && gendered[sur+"|"+m.Gender] != "":
				m.Key = gendered[sur+"|"+m.Gender]
			case full[sur] != "":
				m.Key = full[sur]
			case len(givens[sur]) > 1:
				// Two people of this surname, neither named here: the one the
				// story is about, when it names them far more often.
				m.Key = dominant(givens[sur], sur, m.Gender, genders)
			default:
				m.Key = sur
			}
			if m.Key != "" {
				s.addPerson(m.Key, surnameOf(m.Text), a)
			}
		}
	}
}

// dominant returns the key of the person of surname sur whom the story
// names in at least three times as many articles as anyone else of that
// surname (and of the gender a mention shows, when it shows one), or "".
func dominant(firsts map[string]int, sur, gender string, genders map[string]string) string {
	best, bestN, second := "", 0, 0
	for first, n := range firsts {
		if g := genders[first+" "+sur]; gender != "" && g != "" && g != gender {
			continue
		}
		if n > bestN {
			best, bestN, second = first, n, bestN
		} else if n > second {
			second = n // a tie included: then no one dominates
		}
	}
	if bestN < 2 || bestN < 3*second {
		return ""
	}
	return best + " " + sur
}

func (s *Story) addPerson(key, text string, a *Article) {
	text = strings.TrimSuffix(strings.TrimSuffix(text, "'s"), "’s")
	p := s.People[key]
	if p == nil {
		p = &Person{Key: key, Name: text}
		s.People[key] = p
	}
	if len(strings.Fields(text)) > len(strings.Fields(p.Name)) {
		p.Name = text
	}
	if !contains(p.Variants, text) {
		p.Variants = append(p.Variants, text)
		sort.Strings(p.Variants)
	}
	for _, b := range p.Articles {
		if b == a {
			return
		}
	}
	p.Articles = append(p.Articles, a)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// resolve ties titles, descriptions, pronouns, speakers and event participants
// to the register.
func (s *Story) resolve() {
	// Titles first: they are what descriptions resolve through.
	for _, a := range s.Articles {
		for i := range a.Claims {
			c := &a.Claims[i]
			if c.Kind != "title" || c.PersonRef == 0 {
				continue
			}
			m := a.Mentions[c.PersonRef-1]
			c.PersonKey = m.Key
			if m.Key != "" {
				c.Person = s.PersonName(m.Key)
				p := s.People[m.Key]
				p.Titles = append(p.Titles, TitleRef{a, c})
			}
		}
	}
	for _, a := range s.Articles {
		for i := range a.Mentions {
			m := &a.Mentions[i]
			if m.Kind == DescriptionMention && m.Key == "" && !m.Plural {
				m.Key = s.byRole(a, m.Role, m.Affil) // not "Israeli leaders": many are no one person
			}
		}
		for i := range a.Mentions {
			m := &a.Mentions[i]
			if m.Kind == PronounMention && m.Ante > 0 {
				m.Key = a.Mentions[m.Ante-1].Key
			}
		}
		for i := range a.Claims {
			c := &a.Claims[i]
			if c.Kind == "quote" && c.SpeakerRef > 0 {
				s.setSpeaker(a, c)
			}
			if c.Event != nil {
				s.setPeople(a, c.Event)
			}
		}
	}
}

func (s *Story) setSpeaker(a *Article, c *Claim) {
	m := a.Mentions[c.SpeakerRef-1]
	c.SpeakerSpan = m.Span
	c.SpeakerKind = m.Kind
	src := m
	if m.Kind == PronounMention && m.Ante > 0 {
		src = a.Mentions[m.Ante-1]
	}
	switch {
	case m.Key != "":
		c.SpeakerKey = m.Key
		c.Speaker = s.PersonName(m.Key)
	case src.Kind == OrgMention:
		c.Speaker = strings.TrimPrefix(strings.TrimPrefix(src.Text, "the "), "The ")
		c.SpeakerKind = OrgMention
	case src.Kind == DescriptionMention:
		c.Speaker = src.Text
		c.SpeakerKind = DescriptionMention
	}
}

func (s *Story) setPeople(a *Article, e *Event) {
	seen := map[string]bool{}
	e.People = e.People[:0]
	for _, r := range e.Refs {
		if k := a.Mentions[r].Key; k != "" && !seen[k] {
			seen[k] = true
			e.People = append(e.People, k)
		}
	}
	sort.Strings(e.People)
	if e.Reported != nil {
		s.setPeople(a, e.Reported)
	}
}

// byRole finds the person an unnamed role refers to: the one this article
// gives that role, else the only one the story gives it.
func (s *Story) byRole(a *Article, role, affil string) string {
	if role == "" {
		return ""
	}
	// An affiliation known only by name ("a Reuters correspondent") must
	// stand in the title too: "EDS spokesman Bill Ritz".
	named, isNamed := strings.CutPrefix(affil, namedAffil)
	match := func(c *Claim) bool {
		if c.PersonKey == "" || c.Role != role {
			return false
		}
		if isNamed {
			return c.Affil == "" && slices.Contains(strings.Fields(strings.ToLower(c.Value)), named)
		}
		return affil == "" || c.Affil == "" || affil == c.Affil
	}
	for i := range a.Claims {
		if c := &a.Claims[i]; c.Kind == "title" && match(c) {
			return c.PersonKey
		}
	}
	if s.roles == nil {
		// Index titles by role once: descriptions are many, people too.
		s.roles = map[string][]TitleRef{}
		for _, key := range s.sortedPeople() {
			for _, t := range s.People[key].Titles {
				s.roles[t.Claim.Role] = append(s.roles[t.Claim.Role], t)
			}
		}
	}
	found := ""
	for _, t := range s.roles[role] {
		if match(t.Claim) && (affil != "" || t.Claim.Affil == "") {
			if found != "" && found != t.Claim.PersonKey {
				return ""
			}
			found = t.Claim.PersonKey
		}
	}
	return found
}

func (s *Story) sortedPeople() []string {
	if s.sorted != nil && len(s.sorted) == len(s.People) {
		return s.sorted
	}
	keys := make([]string, 0, len(s.People))
	for k := range s.People {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	s.sorted = keys
	return keys
}

// PeopleSorted returns the register in key order.
func (s *Story) PeopleSorted() []*Person {
	var out []*Person
	for _, k := range s.sortedPeople() {
		out = append(out, s.People[k])
	}
	return out
}

// cluster groups articles that name a person in common (named in full in at
// least one of them), so that two stories in one folder stay apart.
func (s *Story) cluster() {
	parent := make([]int, len(s.Articles))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	idx := map[*Article]int{}
	for i, a := range s.Articles {
		idx[a] = i
	}
	// Articles link through the people they name in full. In a large run (a
	// day's wire copy, more than smallRun articles) only through the people
	// an article is about: named again, or named in its title, since a name
	// dropped once in passing ("as Barack Obama once said") says nothing of
	// the story; and never through the few people named in stories of every
	// kind, which would make one story of everything.
	const smallRun = 50
	need := 1
	if len(s.Articles) > smallRun {
		need = 2
	}
	hub := max(20, len(s.Articles)/20)
	central := map[string][]int{} // person key -> articles about them
	for i, a := range s.Articles {
		count := map[string]int{}
		for _, m := range a.Mentions {
			if m.Kind == PersonMention && m.Key != "" {
				count[m.Key]++
				if a.TitleSpan.End > 0 && m.Start < a.TitleSpan.End {
					count[m.Key]++
				}
			}
		}
		for key, n := range count {
			if n >= need {
				central[key] = append(central[key], i)
			}
		}
	}
	for _, key := range s.sortedPeople() {
		p := s.People[key]
		arts := central[key]
		if len(strings.Fields(p.Name)) < 2 || len(arts) < 2 || len(p.Articles) > hub {
			continue // a bare surname is too weak a link; a hub too common
		}
		for _, a := range arts[1:] {
			x, y := find(arts[0]), find(a)
			if x != y {
				if x < y {
					parent[y] = x
				} else {
					parent[x] = y
				}
			}
		}
	}
	for i, a := range s.Articles {
		s.group[a] = find(i)
	}
}
