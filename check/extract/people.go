package extract

import (
	"strings"

	"github.com/factlint/factlint/check"
)

// nameParticles may sit inside a name: "Ursula von der Leyen".
var nameParticles = setOf("de", "van", "von", "der", "den", "bin", "al", "da", "di", "du", "la", "le", "del", "dos", "ibn", "ben")

func bare(w string) string { return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s") }

// possessiveLen is the length in bytes of a possessive ending: 's, ’s, s' or s’.
func possessiveLen(t check.Token) int {
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(t.Text, suf) {
			return len(suf)
		}
	}
	return 0
}

func isPossessive(t check.Token) bool {
	return strings.HasSuffix(t.Lower, "'s") || strings.HasSuffix(t.Text, "s'")
}

// honorifics stand before a name, usually with a dot: "Mr. Clarke", "Rep. Moore".
var honorifics = setOf("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rep", "reps", "sen", "sens", "gov",
	"gen", "lt", "col", "capt", "sgt", "maj", "adm", "cmdr", "rev", "hon", "sir", "dame", "lord", "lady",
	"pres", "supt", "insp", "det", "cpl", "pvt", "atty", "amb", "msgr", "fr")

// titleTok reports whether token j can stand in a title before a name: a
// title word, an honorific, or the dot after an honorific.
func titleTok(toks []check.Token, j int) bool {
	t := toks[j]
	if t.Kind == check.Word {
		return isTitleWord(t) || honorifics[t.Lower] && t.Upper
	}
	return honorificDot(toks, j)
}

// honorificDot reports whether token j is the dot of an abbreviated honorific.
func honorificDot(toks []check.Token, j int) bool {
	return toks[j].Text == "." && j > 0 && toks[j-1].End == toks[j].Start && honorifics[toks[j-1].Lower] && toks[j-1].Upper
}

// isTitleWord reports whether a word can be part of a title before a name:
// a role, a modifier of one, or an affiliation.
func isTitleWord(t check.Token) bool {
	return titleWords[bare(t.Lower)]
}

// roleHeads are role words and their plurals ("officials"), which can
// make a description on their own.
var roleHeads = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range check.RoleWords() {
		m[w], m[w+"s"] = true, true
	}
	return m
}()

// titleWords is every single word that isTitleWord accepts, in one set,
// since it is asked of nearly every token.
var titleWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range titleModifiers {
		m[w] = true
	}
	for _, w := range check.RoleWords() {
		m[w] = true
	}
	for _, w := range check.AffiliationWords() {
		m[w] = true
		if strings.HasSuffix(w, "an") || strings.HasSuffix(w, "i") {
			m[w+"s"] = true // "Americans", "Israelis"
		}
	}
	return m
}()

// mentions finds the people, organisations, pronouns and unnamed roles an
// article refers to, and the titles it gives people.
func (x *analysis) mentions() {
	toks := x.a.Tokens
	surnames := map[string]bool{}
	// Headlines are in title case, where every word looks like a name: read
	// them after the body, accepting only names the body gives.
	var body, heads []check.Sentence
	for _, s := range x.a.Sentences {
		if x.headline(s) {
			heads = append(heads, s)
		} else {
			body = append(body, s)
		}
	}
	x.headlines = map[int]bool{}
	for _, s := range heads {
		x.headlines[toks[s.First].Sent] = true
	}
	for _, s := range append(body, heads...) {
		for i := s.First; i < s.Last; i++ {
			t := toks[i]
			if t.Kind != check.Word {
				continue
			}
			if x.lex[i]&lexOrgFirst != 0 || t.Lower == "the" && x.lex[i+1]&lexOrgFirst != 0 {
				if n := x.orgAt(i, s); n > 0 {
					i += n - 1
					continue
				}
			}
			if t.Upper && (t.Lower == "a" || t.Lower == "an" || t.Lower == "the") {
				if n := x.description(i, s); n > 0 {
					i += n - 1 // "A Reuters correspondent" opening a sentence
					continue
				}
			}
			if t.Upper {
				j := x.nameRun(i, s.Last)
				if j > i && x.person(i, j, s, surnames) {
					i = j - 1
					continue
				}
				if x.orgOf(i, j) || x.orgRun(i, j) {
					i = j - 1 // "the Association of Flight Attendants", "Capitol Hill" name no person
					continue
				}
			}
			if speakerPronouns[t.Lower] {
				x.pronoun(i)
				continue
			}
			if x.lex[i]&lexDescription == 0 {
				continue
			}
			if n := x.description(i, s); n > 0 {
				i += n - 1
			}
		}
	}
}

// bodyName returns where a name in a headline's run [k, j) starts: at the
// longest full name the body gives that the run ends with, else at its
// surname, since title case leaves no other sign of where a name begins.
func (x *analysis) bodyName(k, j int) int {
	toks := x.a.Tokens
	if x.fullNames == nil {
		// Built when a headline first asks, from the names the body gave
		// in full, with every tail of two words or more: "Pollster Pat
		// Caddell" gives "Pat Caddell".
		x.fullNames = map[string]bool{}
		for _, m := range x.a.Mentions {
			if m.Kind != check.PersonMention || m.Given == "" || x.headlines[toks[x.tokAt(m.Start)].Sent] {
				continue
			}
			f := strings.Fields(m.Text)
			for n := 0; n+1 < len(f); n++ {
				x.fullNames[check.FoldName(strings.Join(f[n:], " "))] = true
			}
		}
	}
	for r := k; r < j-1; r++ {
		if x.fullNames[check.FoldName(x.a.Snippet(check.Span{Start: toks[r].Start, End: toks[j-1].End}))] {
			return r
		}
	}
	r := j - 1
	for r >= k+2 && toks[r-1].Text == "-" {
		r -= 2 // "Holtz-Eakin"
	}
	return r
}

// commonWord reports whether a capitalised word opening a sentence is a
// common word, not a given name: the article writes it in lower case
// elsewhere, or it is an adverb ("Currently"), and no list knows it as a
// given name ("Bill", "Mark").
func (x *analysis) commonWord(t check.Token) bool {
	w := t.Lower
	if t.Kind != check.Word || len(w) < 2 || maleNames[w] || femaleNames[w] {
		return false
	}
	if len(w) >= 7 && strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ley") || closedWords[w] {
		return true
	}
	// Asked of few words an article: a scan for each, remembered, costs
	// less than a set of every word it writes.
	if seen, ok := x.lowerWords[w]; ok {
		return seen
	}
	if x.lowerWords == nil {
		x.lowerWords = map[string]bool{}
	}
	seen := false
	for _, u := range x.a.Tokens {
		if len(u.Lower) == len(w) && !u.Upper && u.Lower == w && u.Kind == check.Word {
			seen = true
			break
		}
	}
	x.lowerWords[w] = seen
	return seen
}

// roleEnds are roles that end no name: "SeaMicro CEO", "Fox News president".
var roleEnds = setOf("ceo", "cfo", "cto", "coo", "president", "chairman", "chairwoman", "spokesman",
	"spokeswoman", "spokesperson", "analyst", "director", "secretary", "minister")

// closedWords open sentences and are never given names, however short the
// article that would show them in lower case.
var closedWords = setOf("beyond", "either", "neither", "whether", "unlike", "like", "did", "does", "do",
	"let", "only", "even", "once", "just", "against", "despite", "unless", "though", "because", "whereas",
	"can", "could", "should", "would", "may", "might", "must", "is", "was", "are", "were", "has",
	"have", "had", "thanks", "given", "asked", "behind", "inside", "outside", "without", "within", "toward",
	"towards", "upon", "onto", "into", "across", "around", "near", "why", "perhaps", "maybe", "indeed")

// nameDescriptors stand before a name, capitalised, without being a title
// factlint compares: "Democrat Hillary Clinton", "Actor Leonardo DiCaprio".
var nameDescriptors = setOf("democrat", "republican", "libertarian", "candidate", "nominee", "activist",
	"actor", "actress", "admiral", "speaker", "rival", "singer", "rapper", "comedian", "author", "writer",
	"filmmaker", "producer", "host", "anchor", "businessman", "businesswoman", "billionaire", "tycoon",
	"lieutenant", "sergeant", "corporal", "trooper", "pastor", "reverend", "bishop", "rabbi", "imam",
	"cardinal", "archbishop")

// portfolioWords name a department after "Secretary of": the words of a
// title, not of the name that follows it.
var portfolioWords = setOf("commerce", "labor", "labour", "homeland", "security", "transportation",
	"housing", "veterans", "affairs", "state", "defense", "defence", "energy", "interior", "treasury",
	"agriculture", "education", "health", "human", "services", "justice", "urban", "development")

// nameRun returns the end of a run of capitalised words starting at i.
func (x *analysis) nameRun(i, last int) int {
	toks := x.a.Tokens
	j := i
	for j < last {
		t := toks[j]
		switch {
		case t.Kind == check.Word && t.Upper && j > i && headlineCues[t.Lower]:
			return j // "Lindsey Graham Says": a headline's cue ends the name
		case t.Kind == check.Word && t.Upper:
			j++
			if isPossessive(t) {
				return j
			}
		case honorificDot(toks, j) && j+1 < last && toks[j+1].Upper:
			j++ // "Mr. Clarke"
		case t.Text == "." && j > i && len(toks[j-1].Text) == 1 && toks[j-1].Upper && toks[j-1].End == t.Start && j+1 < last && toks[j+1].Upper:
			j++ // a middle initial: "Elijah E. Cummings"
		case t.Kind == check.Word && nameParticles[t.Lower] && j+1 < last && toks[j+1].Upper && j > i:
			j++
		case t.Kind == check.Word && nameParticles[t.Lower] && j > i && j+2 < last && toks[j+1].Text == "-" && toks[j+1].Start == t.End && toks[j+2].Upper:
			j++ // "Mahmoud al-Goweiny"
		case t.Kind == check.Word && t.Lower == "of" && j > i && j+1 < last && toks[j+1].Upper && (isTitleWord(toks[j-1]) || orgWords[bare(toks[j-1].Lower)]):
			j++ // "Secretary of State", "the Association of Flight Attendants"
		case t.Text == "-" && j > i && j+1 < last && toks[j+1].Upper && toks[j+1].Start == t.End && toks[j-1].End == t.Start:
			j++ // "Jean-Pierre"
		default:
			return j
		}
	}
	return j
}

// orgRun reports whether the run of capitalised words [i, j) holds a word
// that makes it an organisation or a place ("Capitol Hill", "Bible Church").
func (x *analysis) orgRun(i, j int) bool {
	for _, t := range x.a.Tokens[i:j] {
		if orgWords[bare(t.Lower)] {
			return j-i > 1
		}
	}
	return false
}

// orgOf reports whether the run of capitalised words [i, j) names an
// organisation by its kind and "of": "Association of Flight Attendants",
// "City of Palmer", "Union of Concerned Scientists".
func (x *analysis) orgOf(i, j int) bool {
	toks := x.a.Tokens
	for k := i + 1; k+1 < j; k++ {
		if toks[k].Lower == "of" && orgWords[bare(toks[k-1].Lower)] {
			return true
		}
	}
	return false
}

// headline reports whether a sentence is set in title case.
func (x *analysis) headline(s check.Sentence) bool {
	words, caps := 0, 0
	for _, t := range x.a.Tokens[s.First:s.Last] {
		if t.Kind == check.Word && !t.InQ {
			words++
			if t.Upper {
				caps++
			} else if len(t.Lower) >= 4 && !titleCaseLower[t.Lower] {
				return false // title case would capitalise it: `…," said Lt. Gregg Hastings of the Oregon State Police.`
			}
		}
	}
	end := x.a.Tokens[s.Last-1]
	for k := s.Last - 1; k > s.First && x.a.Tokens[k].Kind == check.QuoteMark; k-- {
		end = x.a.Tokens[k-1]
	}
	if (end.Text == "." || end.Text == "!" || end.Text == "?") && !x.titleLine(s) {
		return false // headlines do not end with a full stop, unless a title line was given one
	}
	return words >= 3 && caps*10 >= words*6
}

// titleCaseLower are the longer words title case may leave in lower case.
var titleCaseLower = setOf("with", "from", "into", "over", "than", "that", "about", "upon", "onto",
	"after", "before", "under", "versus", "amid", "near", "past", "via", "without", "within")

// headlineCues are the verbs a headline gives its source with, in capitals.
var headlineCues = setOf("says", "said", "tells", "warns", "urges", "insists", "claims", "admits", "vows")

// titleLine reports whether a sentence is an article's first paragraph,
// alone, with more after it: its title line.
func (x *analysis) titleLine(s check.Sentence) bool {
	ss := x.a.Sentences
	return s.Para == 0 && len(ss) > 1 && ss[0].First == s.First && ss[1].Para > 0
}

// person reads a run of capitalised words [i, j): a title, then a name. It
// reports whether it recorded a mention.
func (x *analysis) person(i, j int, s check.Sentence, surnames map[string]bool) bool {
	toks := x.a.Tokens
	k := i
	for k < j && (titleTok(toks, k) || notPersonWords[bare(toks[k].Lower)] || nameDescriptors[toks[k].Lower] || toks[k].Text == "-" || k == s.First && cues[toks[k].Lower]) {
		k++
	}
	if k >= j && j-1 >= i && titleTok(toks, j-1) && surnames[check.FoldName(bare(toks[j-1].Text))] {
		k = j - 1 // a surname that is also a title, once the article has named its bearer: "Billy King" … "King said"
	}
	if k >= j {
		return false
	}
	// An organisation or a title before the name: "Senate Majority Leader
	// Mitch McConnell", "White House Press Secretary Josh Earnest".
	for r := j - 2; r >= k; r-- {
		w := bare(toks[r].Lower)
		if _, role := check.RoleOf(w); role || orgWords[w] {
			if w == "capitol" && r == i && r+2 == j {
				return false // "Capitol Hill": a place, not an organisation's man
			}
			k = r + 1
			break
		}
	}
	if x.orgOf(i, k+1) {
		// "Union of Concerned Scientists": the words after "of" finish the
		// organisation's name, unless a role follows it ("Department of
		// State spokesman John Kirby", where k is past the role).
		role := false
		for r := i; r < k; r++ {
			if _, ok := check.RoleOf(bare(toks[r].Lower)); ok {
				role = true
			}
		}
		if !role {
			return false
		}
	}
	switch {
	case x.headlines[toks[i].Sent]:
		k = x.bodyName(k, j) // "Worried About Hillary Clinton": title case capitalises every word
	case k == s.First || k > s.First && toks[k-1].Kind == check.QuoteMark && toks[k-1].End == toks[k].Start:
		for k < j-1 && x.commonWord(toks[k]) && toks[k+1].Start > toks[k].End {
			k++ // "Typically Microsoft", "Unlike Apple": a word the article writes in lower case
		}
	case k > i && toks[k-1].Lower == "of":
		for k < j-1 && portfolioWords[toks[k].Lower] {
			k++ // "Secretary of Commerce Gary Locke"
		}
	}
	name := toks[k:j]
	for n, t := range name {
		if t.Text == "." && n > 0 && len(name[n-1].Text) == 1 {
			continue // the dot of a middle initial
		}
		if t.Text == "-" && n > 0 && n+1 < len(name) && name[n-1].End == t.Start && t.End == name[n+1].Start {
			continue // a double-barrelled name: "Holtz-Eakin", "Jean-Pierre"
		}
		w := bare(t.Lower)
		if orgWords[w] || (notPersonWords[w] && !nameParticles[w]) || t.Kind != check.Word || w == "of" {
			return false
		}
	}
	// The surname starts at sur: hyphens join it into one ("Holtz-Eakin"),
	// and a generational suffix follows it ("Joseph R. Biden Jr.").
	sur := len(name) - 1
	if sur >= 2 && check.Generational(name[sur].Lower) {
		sur--
	}
	surEnd := name[sur]
	for sur >= 2 && name[sur-1].Text == "-" {
		sur -= 2
	}
	words := 0 // tokens, but a hyphen joins two into one, and an initial's dot is no word
	for _, t := range name {
		if t.Text != "-" && t.Text != "." {
			words++
		}
	}
	if words > 4 {
		return false
	}
	lead := k // where the name starts, before words taken off it below
	if sur > 0 && k == s.First && strings.HasSuffix(name[0].Lower, "ing") {
		name = name[1:] // "Injecting Clinton into ...": a verb opening the sentence, not a given name
		k++
		sur--
		words--
	}
	caps := 0
	for _, t := range name {
		if allCaps(t.Text) || t.Text == "-" {
			caps++
		}
	}
	if caps == len(name) {
		return false // "HAS INVESTIGATED HIM", "AMA": a heading or an acronym, not a name
	}
	for sur > 0 && len(name[0].Text) >= 4 && allCaps(name[0].Text) && !strings.Contains(name[0].Text, ".") {
		name = name[1:] // "BORROWING Back": a subheading run into the sentence after it
		k++
		sur--
		words--
		if sur == 0 {
			return false // nothing is left but one word of the sentence
		}
	}
	last := name[len(name)-1]
	if roleEnds[last.Lower] {
		return false // "SeaMicro CEO": a title, with no name after it here
	}
	surname := bare(strings.ToLower(x.a.Snippet(check.Span{Start: name[sur].Start, End: surEnd.End})))
	if sur == 0 {
		w := surname
		if closedWords[w] {
			return false // "Let's say": no name, however it is cued
		}
		if strings.HasSuffix(w, "ians") || strings.HasSuffix(w, "ans") || strings.HasSuffix(w, "ese") {
			return false // demonyms: "Ukrainians"
		}
		if _, role := check.RoleOf(strings.TrimSuffix(w, "s")); role && strings.HasSuffix(w, "s") {
			return false // "Officials said"
		}
		if k == s.First && strings.HasSuffix(w, "s") && !surnames[check.FoldName(w)] {
			return false // "Critics said", "Sources say": a plural opening the sentence
		}
		titled := lead > i || k == lead && x.titleBefore(k, s) > 0
		cued := j+1 < s.Last && isBe(toks[j].Lower) && (toks[j+1].Lower == "quoted" || toks[j+1].Lower == "heard") ||
			j < s.Last && (isCue(toks[j]) || (j+1 < s.Last && isCue(toks[j+1]) && (toks[j].Lower == "also" || toks[j].Lower == "later" || toks[j].Lower == "then")))
		if a := x.skipAside(j, s.Last); !cued && a > j && a < s.Last && isCue(toks[a]) {
			cued = true // "Sanders, I-Vt., said", "Trump, 70, said"
		}
		if a := x.dashAsideEnd(j, s.Last); !cued && a > j && a < s.Last && isCue(toks[a]) {
			cued = true // "Kall -- co-editor of a book on Trump's debates -- said"
		}
		according := k >= 2 && toks[k-1].Lower == "to" && toks[k-2].Lower == "according"
		if !titled && !cued && !according && !surnames[check.FoldName(w)] {
			return false
		}
	}
	if x.headlines[x.a.Tokens[i].Sent] && !surnames[check.FoldName(surname)] {
		return false
	}
	m := check.Mention{
		Span:       check.Span{Start: name[0].Start, End: last.End},
		Kind:       check.PersonMention,
		Possessive: isPossessive(last),
	}
	if m.Possessive {
		m.Span.End -= possessiveLen(last)
	}
	m.Text = x.a.Snippet(m.Span)
	if sur > 0 {
		m.Given = x.a.Snippet(check.Span{Start: name[0].Start, End: name[sur-1].End})
		surnames[check.FoldName(surname)] = true
	}
	if g := x.genderAt(x.tokAt(name[0].Start), m.Given); g != genderUnknown {
		if x.gender == nil {
			x.gender = map[string]byte{}
		}
		x.gender[personKey(m.Text)] = g
		m.Gender = genderNames[g]
	}
	if k > s.First && prepositions[toks[k-1].Lower] && k == i {
		m.Object = true
	}
	if k > s.First+1 && toks[k-1].Lower == "to" && toks[k-2].Lower == "according" {
		m.Object = false
	}
	if k == i && k > s.First && nameModifierDets[toks[k-1].Lower] && !m.Possessive && x.nounAfterName(j, s.Last) {
		m.Object = true // a name that modifies a noun is no clause's subject: "a Trump aide", "a Golden Globe nomination"
	}
	idx := len(x.a.Mentions)
	x.a.Mentions = append(x.a.Mentions, m)
	x.mentionAt[k] = idx + 1
	x.titles(idx, k, j, s)
	return true
}

// orgAt recognises an organisation speaker at i ("the Kremlin", "White
// House"). mentions calls it only where lexOrgFirst says one may start.
func (x *analysis) orgAt(i int, s check.Sentence) int {
	toks := x.a.Tokens
	start := i
	if toks[i].Lower == "the" {
		i++
	}
	if i >= s.Last {
		return 0
	}
	for n := 3; n >= 1; n-- {
		if i+n > s.Last {
			continue
		}
		var parts []string
		ok := true
		for _, t := range toks[i : i+n] {
			if t.Kind != check.Word {
				ok = false
				break
			}
			parts = append(parts, bare(t.Lower))
		}
		if !ok {
			continue
		}
		phrase := strings.Join(parts, " ")
		if !orgSpeakers[phrase] {
			continue
		}
		if i+n < s.Last {
			if _, role := check.RoleOf(strings.TrimSuffix(toks[i+n].Lower, "s")); role && !toks[i+n].Upper {
				return 0 // "Kremlin spokesman": an affiliation, not a speaker
			}
		}
		// Lower-case common nouns ("government", "police") need "the".
		if !toks[i].Upper && start == i {
			return 0
		}
		if !toks[i].Upper && (phrase == "company" || phrase == "court" || phrase == "army" || phrase == "military") {
			return 0
		}
		if start == i && i+n < s.Last && toks[i+n].Kind == check.Word && toks[i+n].Upper &&
			(isTitleWord(toks[i+n]) && !orgWords[toks[i+n].Lower] || phrase == "paris" && x.lex[i+n]&lexTimex == 0) {
			return 0 // "Moscow Mayor Sergei Sobyanin", "Paris Kyriakides": more name than capital
		}
		m := check.Mention{Span: check.Span{Start: toks[start].Start, End: toks[i+n-1].End}, Kind: check.OrgMention}
		m.Possessive = isPossessive(toks[i+n-1])
		if m.Possessive {
			m.Span.End -= possessiveLen(toks[i+n-1])
		}
		m.Text = x.a.Snippet(m.Span)
		x.a.Mentions = append(x.a.Mentions, m)
		x.mentionAt[i] = len(x.a.Mentions)
		return i + n - start
	}
	return 0
}

// pronoun records "he" / "she" with its antecedent: the nearest person
// mentioned before it in the last few sentences, preferring one that is not
// possessive or the object of a preposition.
func (x *analysis) pronoun(i int) {
	t := x.a.Tokens[i]
	m := check.Mention{Span: t.Span, Kind: check.PronounMention, Text: t.Text}
	sent := t.Sent
	best, fallback := 0, 0
	for k := len(x.a.Mentions) - 1; k >= 0; k-- {
		c := x.a.Mentions[k]
		if c.Kind != check.PersonMention && c.Kind != check.DescriptionMention {
			if c.Kind == check.PronounMention && c.Ante > 0 && best == 0 && x.sentOf(c.Start) >= sent-1 && samePronoun(c.Text, t.Text) {
				best = c.Ante
				break
			}
			continue
		}
		if c.Start >= t.Start {
			continue // a pronoun read late, as "quoted him as saying" is, looks back only
		}
		if x.sentOf(c.Start) < sent-3 {
			break
		}
		if x.a.Tokens[x.tokAt(c.Start)].InQ || !agrees(t.Text, x.mentionGender(c)) {
			continue
		}
		if fallback == 0 {
			fallback = k + 1
		}
		if !c.Possessive && !c.Object {
			best = k + 1
			break
		}
	}
	if best == 0 {
		best = fallback
	}
	m.Ante = best
	x.a.Mentions = append(x.a.Mentions, m)
	x.mentionAt[i] = len(x.a.Mentions)
}

// description recognises an unnamed role: "a Kremlin spokesman", "the aide",
// "Russian officials". A role followed by a name is a title, not a description.
func (x *analysis) description(i int, s check.Sentence) int {
	toks := x.a.Tokens
	t := toks[i]
	det := t.Lower == "a" || t.Lower == "an" || t.Lower == "the"
	if !det && !titleWords[bare(t.Lower)] && !roleHeads[t.Lower] || prepositions[t.Lower] {
		return 0 // neither a determiner nor a title word nor a role: the common case; nor "[of] economists"
	}
	j := i
	if det {
		j++
	}
	k := j
	for k < s.Last && toks[k].Kind == check.Word && isTitleWord(toks[k]) {
		if _, ok := check.RoleOf(bare(toks[k].Lower)); ok && !titleModifiers[toks[k].Lower] {
			break
		}
		k++
	}
	if k >= s.Last || toks[k].Kind != check.Word {
		return 0
	}
	served := ""
	if det && k == j && toks[k].Upper && !isPossessive(toks[k]) && k+1 < s.Last && !toks[k+1].Upper && toks[k+1].Kind == check.Word {
		if _, ok := check.RoleOf(toks[k+1].Lower); ok {
			served = toks[k].Lower
			k++ // a name before the role says whom it serves: "a Clinton aide"
		}
	}
	w := toks[k].Lower
	if k+2 < s.Last && toks[k+1].Text == "-" && toks[k+1].Start == toks[k].End && toks[k+2].Start == toks[k+1].End && toks[k+2].Kind == check.Word {
		if _, ok := check.RoleOf(w + "-" + toks[k+2].Lower); ok || toks[k+2].Lower == "general" {
			k += 2 // "the Secretary-General", "the vice-president": one role, read by its first word
		}
	}
	plural := false
	role, ok := check.RoleOf(w)
	if !ok && strings.HasSuffix(w, "s") {
		role, ok = check.RoleOf(strings.TrimSuffix(w, "s"))
		plural = ok
	}
	if !ok || (!det && !plural) || (!det && k == j) {
		return 0
	}
	if k+1 < s.Last && toks[k+1].Upper && toks[k+1].Kind == check.Word {
		return 0 // "spokesman Dmitry Peskov": a title
	}
	if k+1 < s.Last && toks[k+1].Lower == "of" || k+1 < s.Last && toks[k+1].Lower == "to" {
		return 0 // "the head of ...": not a speaker description on its own
	}
	r, affil, _ := parseRole(toks[j : k+1])
	if r == "" {
		r = role
	}
	if affil == "" && served != "" {
		affil = check.NamedAffil(served) // "a Reuters correspondent": no list need know Reuters
	}
	m := check.Mention{Span: check.Span{Start: t.Start, End: toks[k].End}, Kind: check.DescriptionMention, Role: r, Affil: affil}
	m.Text = x.a.Snippet(m.Span)
	if i > s.First && prepositions[toks[i-1].Lower] {
		m.Object = true
	}
	if plural || strings.HasSuffix(w, "men") {
		// "Israeli officials", "spokesmen"; but "one of his key lawyers" is one.
		o := i - 1
		if o > s.First && (possessiveDets[toks[o].Lower] || toks[o].Lower == "the") {
			o--
		}
		m.Plural = !(o > s.First && toks[o].Lower == "of" && toks[o-1].Lower == "one")
	}
	x.a.Mentions = append(x.a.Mentions, m)
	x.mentionAt[i] = len(x.a.Mentions)
	return k + 1 - i
}

// titleBefore returns where a title ending at token k begins, or -1 when
// the words before k are not a title with a role in it.
func (x *analysis) titleBefore(k int, s check.Sentence) int {
	toks := x.a.Tokens
	t := k
	for t > s.First {
		p := toks[t-1]
		if !titleTok(toks, t-1) || isPossessive(p) {
			break
		}
		t--
	}
	for t < k && (toks[t].Lower == "of" || toks[t].Lower == "state" && !toks[t].Upper) {
		t++
	}
	if t == k {
		return 0
	}
	if o := t - 1; o >= s.First && toks[o].Kind == check.Word && toks[o].Upper && !isPossessive(toks[o]) && !toks[t].Upper &&
		(o == s.First || determiners[toks[o-1].Lower] || toks[o-1].Text == ",") && !temporalWord(toks[o]) {
		t = o // whom the role serves, a name no list knows: "Interfax correspondent Oleg Ivanov"
	}
	for _, p := range toks[t:k] {
		if _, ok := check.RoleOf(bare(p.Lower)); ok && !titleModifiers[p.Lower] || p.Lower == "president" || p.Lower == "minister" {
			return k - t
		}
	}
	return 0
}

// titles records the title given to the person mention idx (tokens [k, j)):
// a title before the name ("senior Kremlin aide Yuri Ushakov") or an
// appositive after it ("David Arakhamia, the head of ...").
func (x *analysis) titles(idx, k, j int, s check.Sentence) {
	toks := x.a.Tokens
	if n := x.titleBefore(k, s); n > 0 {
		span := check.Span{Start: toks[k-n].Start, End: x.a.Mentions[idx].End}
		role, affil, _ := parseRole(toks[k-n : k])
		if role != "" {
			x.addTitle(span, x.a.Snippet(check.Span{Start: toks[k-n].Start, End: toks[k-1].End}), role, affil, idx, s)
		}
	}
	// Appositive: NAME, [det] ... ROLE ... [,.;]
	if j+1 >= s.Last || toks[j].Text != "," || isPossessive(toks[j-1]) {
		return
	}
	a := j + 1
	end := a
	for end < s.Last && end-a < 14 {
		w := toks[end].Text
		if w == "," || w == "." || w == ";" || w == ")" || w == "—" || w == "–" || toks[end].Kind == check.QuoteMark {
			break
		}
		if toks[end].Lower == "and" && end > a {
			break
		}
		if isCue(toks[end]) && end > a {
			return // the role is the subject of a cue, not an appositive: "in South Charleston, an EDS spokesman said"
		}
		end++
	}
	if end == a {
		return
	}
	first := toks[a]
	if !(first.Lower == "a" || first.Lower == "an" || first.Lower == "the" || isTitleWord(first) || first.Upper) {
		return
	}
	phrase := toks[a:end]
	// After a possessive name ("Trump's senior negotiator") the role is what follows it.
	roleFrom := 0
	for p, t := range phrase {
		if isPossessive(t) && t.Upper {
			roleFrom = p + 1
		}
	}
	role, affil, ok := parseRole(phrase[roleFrom:])
	if !ok {
		return
	}
	if affil == "" {
		_, affil, _ = parseRole(phrase)
	}
	if phrase[0].Lower == "the" || phrase[0].Lower == "a" || phrase[0].Lower == "an" {
		phrase = phrase[1:]
	}
	if len(phrase) == 0 {
		return
	}
	span := check.Span{Start: x.a.Mentions[idx].Start, End: toks[end-1].End}
	x.addTitle(span, x.a.Snippet(check.Span{Start: phrase[0].Start, End: toks[end-1].End}), role, affil, idx, s)
}

func (x *analysis) addTitle(span check.Span, value, role, affil string, idx int, s check.Sentence) {
	m := x.a.Mentions[idx]
	x.a.Claims = append(x.a.Claims, check.Claim{
		Kind: "title", Span: span, Text: x.a.Snippet(span), Value: value,
		Person: m.Text, PersonRef: idx + 1, Role: role, Affil: affil, Sent: x.sentOf(span.Start),
	})
}

// parseRole reads the role and affiliation of a title's words:
// "senior Kremlin aide" -> adviser, russia; "Deputy Foreign Minister" ->
// deputy minister:foreign; "US Secretary of State" -> secretary of state, us.
func parseRole(toks []check.Token) (role, affil string, ok bool) {
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = bare(t.Lower)
	}
	head, headAt := "", -1
	for i := 0; i < len(words); i++ {
		var r string
		n := 0
		for size := 3; size >= 1 && n == 0; size-- {
			if i+size > len(words) {
				continue
			}
			if got, found := check.RoleOf(strings.Join(words[i:i+size], " ")); found {
				if size == 1 && (words[i] == "chief" || words[i] == "deputy" || words[i] == "head") && i+1 < len(words) {
					if _, next := check.RoleOf(words[i+1]); next {
						continue // "chief executive", "deputy minister": the head comes later
					}
				}
				r, n = got, size
			}
		}
		if n == 0 {
			if head != "" && !titleModifiers[words[i]] {
				if _, isAffil := check.AffiliationOf(words[i]); !isAffil {
					break
				}
			}
			continue
		}
		head, headAt = r, i
		i += n - 1
		if words[i] == "of" || (i+1 < len(words) && (words[i+1] == "of" || words[i+1] == "to")) {
			break
		}
	}
	if head == "" {
		return "", "", false
	}
	if head == "minister" || head == "secretary" {
		if headAt > 0 {
			if p, ok := check.PortfolioOf(words[headAt-1]); ok {
				head += ":" + p
			}
		}
	}
	for _, w := range words[:headAt] {
		switch w {
		case "deputy", "vice":
			if !strings.HasPrefix(head, "vice") {
				head = "deputy " + head
			}
		case "former", "ex":
			head = "former:" + head
		}
	}
	for i := 0; i < len(words); i++ {
		if i+1 < len(words) {
			if a, ok := check.AffiliationOf(words[i] + " " + words[i+1]); ok {
				affil = a
				break
			}
		}
		if a, ok := check.AffiliationOf(words[i]); ok {
			affil = a
			break
		}
	}
	return head, affil, true
}

// nameModifierDets are the articles before a name that modifies a noun.
var nameModifierDets = setOf("a", "an", "another", "the")

// nounAfterName reports whether the word at token j, right after a name,
// is a lower-case noun that the name modifies, not a verb or a clause's
// next word ("the Trump campaign", not "the Trump who" or "a Trump said").
func (x *analysis) nounAfterName(j, last int) bool {
	if j >= last {
		return false
	}
	t := x.a.Tokens[j]
	w := t.Lower
	return t.Kind == check.Word && !t.Upper && !x.inQ[j] && !cues[w] && !verbLike(t) && !prepositions[w] &&
		!conjunctions[w] && !relatives[w] && !auxiliaries[w] && !isBe(w) && !determiners[w] && w != "or" && w != "that"
}
