package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// FoldName folds a name for comparison: lower case, diacritics removed and the
// common transliteration variants of a final -y merged (Zelensky, Zelenskyy,
// Zelenskiy), so that one person has one key whatever the outlet's spelling.
func FoldName(s string) string {
	ascii, plain := true, true // plain: lower-case ASCII with nothing to drop
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii, plain = false, false
			break
		}
		if 'A' <= c && c <= 'Z' || c == '\'' || c == '.' || c == ',' {
			plain = false
		}
	}
	out := s
	if !plain {
		if !ascii {
			s = norm.NFD.String(s) // split accents off their letters, to drop them
		}
		var b strings.Builder
		for _, r := range s {
			if unicode.Is(unicode.Mn, r) {
				continue
			}
			switch r {
			case '’', '‘', '\'', '.', ',':
				continue
			}
			b.WriteRune(unicode.ToLower(r))
		}
		out = b.String()
	}
	for _, suf := range [][2]string{{"yy", "y"}, {"iy", "y"}, {"ij", "y"}, {"yi", "y"}} {
		if strings.HasSuffix(out, suf[0]) && len(out) > 4 {
			out = strings.TrimSuffix(out, suf[0]) + suf[1]
		}
	}
	return out
}

// roles maps a role word (or two-word role) to its canonical role; synonyms
// share one (aide = adviser, spokesman = spokesperson).
var roles = map[string]string{
	"spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokesperson": "spokesperson",
	"spokesmen": "spokesperson", "press secretary": "spokesperson",
	"aide": "adviser", "adviser": "adviser", "advisor": "adviser", "counsellor": "adviser",
	"counselor": "adviser", "assistant": "adviser",
	"envoy": "envoy", "emissary": "envoy", "negotiator": "negotiator",
	"president": "president", "vice president": "vice president", "vice-president": "vice president",
	"prime minister": "prime minister", "premier": "prime minister",
	"minister": "minister", "secretary of state": "secretary of state", "secretary": "secretary",
	"chancellor": "chancellor", "king": "king", "queen": "queen", "prince": "prince", "pope": "pope",
	"governor": "governor", "mayor": "mayor", "senator": "senator", "congressman": "representative",
	"congresswoman": "representative", "lawmaker": "lawmaker", "ambassador": "ambassador",
	"councilman": "council member", "councilwoman": "council member", "councilmember": "council member",
	"alderman": "council member", "assemblyman": "assembly member", "assemblywoman": "assembly member",
	"legislator": "lawmaker", "delegate": "delegate", "justice": "judge", "magistrate": "judge",
	"general": "general", "colonel": "colonel", "commander": "commander", "director": "director",
	"chairman": "chair", "chairwoman": "chair", "chair": "chair", "chairperson": "chair",
	"ceo": "chief executive", "chief executive": "chief executive", "executive": "executive",
	"official": "official", "leader": "leader", "head": "head", "member": "member",
	"diplomat": "diplomat", "representative": "representative", "judge": "judge",
	"prosecutor": "prosecutor", "attorney": "attorney", "lawyer": "lawyer", "sheriff": "sheriff",
	"detective": "detective", "officer": "officer", "coach": "coach", "manager": "manager",
	"professor": "professor", "analyst": "analyst", "economist": "economist", "founder": "founder",
	"correspondent": "correspondent", "reporter": "reporter", "editor": "editor",
	"commissioner": "commissioner", "inspector": "inspector", "captain": "captain",
	"deputy": "deputy", "chief": "chief", "superintendent": "superintendent",
	// abbreviated titles: "Rep. Gwen Moore", "Sen. Tim Kaine", "Gov. Mike Pence"
	"rep": "representative", "reps": "representative", "sen": "senator", "sens": "senator",
	"gov": "governor", "gen": "general", "col": "colonel", "capt": "captain",
	"supt": "superintendent", "insp": "inspector", "det": "detective", "prof": "professor",
	"amb": "ambassador", "atty": "attorney",
}

// genericRoles are roles that sit beside any other without contradiction: a
// special envoy is also a negotiator and an official.
var genericRoles = map[string]bool{
	"official": true, "leader": true, "head": true, "member": true, "negotiator": true,
	"diplomat": true, "representative": true, "executive": true, "chief": true, "deputy": true,
	"officer": true, "lawmaker": true, "commander": true,
}

// portfolios qualify a minister or secretary: "foreign minister".
var portfolios = map[string]string{
	"foreign": "foreign", "defence": "defence", "defense": "defence", "interior": "interior",
	"finance": "finance", "economy": "economy", "justice": "justice", "health": "health",
	"energy": "energy", "education": "education", "trade": "trade", "home": "home",
	"treasury": "treasury", "agriculture": "agriculture", "transport": "transport",
}

// affiliations maps an organisation, country or demonym to one canonical name.
var affiliations = map[string]string{
	"kremlin": "russia", "russian": "russia", "russia": "russia", "moscow": "russia",
	"us": "us", "u.s.": "us", "american": "us", "america": "us", "washington": "us",
	"white house": "us", "united states": "us", "ukrainian": "ukraine", "ukraine": "ukraine",
	"kyiv": "ukraine", "kiev": "ukraine", "british": "uk", "uk": "uk", "u.k.": "uk",
	"britain": "uk", "european": "eu", "eu": "eu", "chinese": "china", "china": "china",
	"beijing": "china", "french": "france", "france": "france", "german": "germany",
	"germany": "germany", "israeli": "israel", "israel": "israel", "iranian": "iran",
	"iran": "iran", "nato": "nato", "turkish": "turkey", "turkey": "turkey",
	"indian": "india", "india": "india", "japanese": "japan", "japan": "japan",
}

// Generational reports whether a word is a generational suffix, which
// follows a surname and is no surname itself: "Joseph R. Biden Jr.".
func Generational(word string) bool {
	switch strings.ToLower(word) {
	case "jr", "sr", "ii", "iii", "iv":
		return true
	}
	return false
}

// RoleOf returns the canonical role of a role word ("aide" -> "adviser").
func RoleOf(word string) (string, bool) {
	if r, ok := roles[word]; ok {
		return r, true // the usual case: already lower case
	}
	r, ok := roles[strings.ToLower(word)]
	return r, ok
}

// RoleWords are the role words and phrases RoleOf knows, in no order.
func RoleWords() []string {
	out := make([]string, 0, len(roles))
	for w := range roles {
		out = append(out, w)
	}
	return out
}

// AffiliationWords are the names AffiliationOf knows, in no order.
func AffiliationWords() []string {
	out := make([]string, 0, len(affiliations))
	for w := range affiliations {
		out = append(out, w)
	}
	return out
}

// IsGenericRole reports whether a canonical role is compatible with any other.
func IsGenericRole(role string) bool { return genericRoles[role] }

// PortfolioOf returns the portfolio a word names ("defense" -> "defence").
func PortfolioOf(word string) (string, bool) {
	p, ok := portfolios[strings.ToLower(word)]
	return p, ok
}

// namedAffil marks an affiliation that no list knows, kept as its name.
const namedAffil = "name:"

// NamedAffil is the affiliation of a description whose role is modified by
// a name no list knows ("a Reuters correspondent"): it matches only a title
// that names the same ("Reuters correspondent Jane Doe").
func NamedAffil(name string) string { return namedAffil + strings.ToLower(name) }

// AffiliationOf returns the canonical affiliation of a word or two-word name.
func AffiliationOf(word string) (string, bool) {
	w := strings.ToLower(word)
	if a, ok := affiliations[w]; ok {
		return a, true
	}
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if a, ok := affiliations[w]; ok {
		return a, true
	}
	// A plural demonym: "Americans", "Israelis" (but not "Frances").
	if stem := strings.TrimSuffix(w, "s"); stem != w && (strings.HasSuffix(stem, "an") || strings.HasSuffix(stem, "i")) {
		a, ok := affiliations[stem]
		return a, ok
	}
	return "", false
}

// RolesCompatible reports whether two normalised roles (as "role" or
// "minister:foreign") can describe the same person at the same time.
func RolesCompatible(a, b string) bool {
	if a == "" || b == "" || a == b {
		return true
	}
	// A former role says nothing about the present one.
	if strings.HasPrefix(a, "former:") || strings.HasPrefix(b, "former:") {
		return true
	}
	ha, pa, _ := strings.Cut(a, ":")
	hb, pb, _ := strings.Cut(b, ":")
	if IsGenericRole(ha) || IsGenericRole(hb) {
		return true
	}
	if ha == hb {
		return pa == "" || pb == "" || pa == pb
	}
	return false
}
