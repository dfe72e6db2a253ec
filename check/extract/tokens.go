package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/factlint/factlint/check"
)

// tokenize splits an article's prose into words, numbers, punctuation and
// quotation marks. Hyphens and dashes are tokens of their own ("five-hour" is
// five, -, hour), so that compounds and ranges read the same way everywhere;
// apostrophes inside a word stay in it ("Ukraine's", "doesn't").
func tokenize(text []byte) []check.Token {
	toks := tokenBuffer(len(text)/5 + 8) // about one token per five bytes of prose
	i := 0
	for i < len(text) {
		r, n := decode(text, i)
		switch {
		case r == ' ' || r == '\n' || r == '\t' || r == '\r' || r >= utf8.RuneSelf && unicode.IsSpace(r) || r == '\u00a0' || r == '\v' || r == '\f':
			i += n
		case '0' <= r && r <= '9':
			end := scanNumber(text, i)
			toks = append(toks, mkTok(text, i, end, check.Number))
			i = end
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			// Digits of other scripts read as words: numbers are ASCII here.
			end := max(scanWord(text, i), i+n)
			toks = append(toks, mkTok(text, i, end, check.Word))
			i = end
		case (r == '\'' || r == '`') && i+1 < len(text) && text[i+1] == byte(r):
			// '' and `` stand for double quotation marks in some wire copy.
			toks = append(toks, mkTok(text, i, i+2, check.QuoteMark))
			i += 2
		case isQuoteRune(r):
			toks = append(toks, mkTok(text, i, i+n, check.QuoteMark))
			i += n
		case r == '.' && i+2 < len(text) && text[i+1] == '.' && text[i+2] == '.':
			toks = append(toks, mkTok(text, i, i+3, check.Punct))
			i += 3
		default:
			toks = append(toks, mkTok(text, i, i+n, check.Punct))
			i += n
		}
	}
	return toks
}

func mkTok(text []byte, s, e int, k check.TokenKind) check.Token {
	// The token's text shares the article's bytes instead of copying them:
	// an article's text does not change once it is loaded, and a copy per
	// token was a tenth of analysis. (Strings made from it keep that text
	// alive; it is the size of the file.)
	t := unsafe.String(&text[s], e-s)
	lower := strings.ToLower(strings.ReplaceAll(t, "’", "'"))
	first, _ := utf8.DecodeRuneInString(t)
	return check.Token{Span: check.Span{Start: s, End: e}, Text: t, Lower: lower, Kind: k, Upper: unicode.IsUpper(first)}
}

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '‘', '’', '\'', '«', '»', '‹', '›', '‚':
		return true
	}
	return false
}

// tokenPool keeps token arrays for the next article: tokens are the
// largest thing analysis allocates, and are dropped as soon as it is done.
var tokenPool sync.Pool

func tokenBuffer(n int) []check.Token {
	if b, ok := tokenPool.Get().(*[]check.Token); ok && cap(*b) >= n {
		return (*b)[:0]
	}
	return make([]check.Token, 0, n)
}

// Release gives an analysed article's tokens back for the next article to
// use, and drops them from the article: call it only when nothing will read
// them again (the engine does, once the article is analysed).
func Release(a *check.Article) {
	if a.Tokens != nil {
		b := a.Tokens[:0]
		tokenPool.Put(&b)
	}
	a.Tokens = nil
}

// decode reads the rune at text[i], without a call for ASCII.
func decode(text []byte, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRune(text[i:])
}

// scanWord reads letters, digits, inner apostrophes, and the dots of
// abbreviations made of single letters (U.S., a.m.).
func scanWord(text []byte, i int) int {
	start := i
	for i < len(text) {
		if c := text[i]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			i++ // the common case, without decoding
			continue
		}
		r, n := decode(text, i)
		if r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)) {
			i += n
			continue
		}
		if (r == '\'' || r == '’') && i+n < len(text) {
			r2, _ := utf8.DecodeRune(text[i+n:])
			if unicode.IsLetter(r2) {
				i += n
				continue
			}
		}
		if r == '.' && singleLetterRun(text[start:i]) {
			// U.S. / a.m.: absorb the dot when a letter follows, or when this
			// closes a run like "U.S" or "a.m".
			if i+1 < len(text) {
				r2, _ := utf8.DecodeRune(text[i+1:])
				if unicode.IsLetter(r2) && (i+2 >= len(text) || text[i+2] == '.') {
					i++
					continue
				}
			}
			if strings.Contains(string(text[start:i]), ".") {
				i++
			}
		}
		break
	}
	return i
}

// singleLetterRun reports whether b is letters separated by dots, one each: "U", "U.S".
func singleLetterRun(b []byte) bool {
	s := string(b)
	for _, part := range strings.Split(s, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
	}
	return true
}

// scanNumber reads digits with inner separators: 1,000 / 2.5 / 16:40 / 1990s / 28th.
func scanNumber(text []byte, i int) int {
	for i < len(text) {
		c := text[i]
		switch {
		case c >= '0' && c <= '9':
			i++
		case (c == ',' || c == '.' || c == ':') && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9':
			i++
		default:
			// Suffixes: 1990s, 28th, 1st, 2nd, 3rd, 10am.
			for _, suf := range []string{"st", "nd", "rd", "th", "s", "am", "pm"} {
				if hasWordAt(text, i, suf) {
					return i + len(suf)
				}
			}
			return i
		}
	}
	return i
}

func hasWordAt(text []byte, i int, w string) bool {
	if i+len(w) > len(text) || strings.ToLower(string(text[i:i+len(w)])) != w {
		return false
	}
	if i+len(w) == len(text) {
		return true
	}
	r, _ := utf8.DecodeRune(text[i+len(w):])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// abbreviations end with a dot that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "sen": true,
	"rep": true, "gov": true, "st": true, "jr": true, "sr": true, "lt": true, "col": true,
	"capt": true, "sgt": true, "maj": true, "adm": true, "cmdr": true, "rev": true, "hon": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "no": true, "vs": true,
	"etc": true, "inc": true, "corp": true, "co": true, "ltd": true, "mt": true, "ft": true,
	"approx": true, "est": true, "dept": true, "univ": true, "assn": true, "bros": true,
	"pres": true, "supt": true, "insp": true, "det": true, "cpl": true, "pvt": true,
}

// sentences splits tokens into sentences: at line breaks, and at . ! ? …
// that close a sentence (not after an abbreviation or an initial, and not
// inside a quotation unless the quotation closes with it).
func sentences(text []byte, toks []check.Token, inQuote []bool) []check.Sentence {
	var out []check.Sentence
	para := 0
	start := 0
	flush := func(end int) {
		if end > start {
			out = append(out, check.Sentence{
				Span:  check.Span{Start: toks[start].Start, End: toks[end-1].End},
				First: start, Last: end, Para: para,
			})
		}
		start = end
	}
	for i := range toks {
		if i > start && hasNewline(text[toks[i-1].End:toks[i].Start]) {
			flush(i)
			para++
		}
		t := toks[i]
		if t.Kind != check.Punct || !(t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == "…" || t.Text == "...") {
			continue
		}
		if inQuote[i] && !(i+1 < len(toks) && toks[i+1].Start == t.End && closesQuote(toks, i+1)) {
			continue // a stop inside a quotation that goes on
		}
		if t.Text == "." && i > 0 && toks[i-1].Kind == check.Word && toks[i-1].End == t.Start {
			prev := toks[i-1].Lower
			if abbreviations[prev] || (utf8.RuneCountInString(prev) == 1 && toks[i-1].Upper) {
				continue
			}
		}
		// Closing quotes and brackets after the stop belong to this sentence.
		j := i + 1
		for j < len(toks) && toks[j].Start == toks[j-1].End && (closesQuote(toks, j) || toks[j].Text == ")" || toks[j].Text == "]") {
			j++
		}
		if j < len(toks) {
			next := toks[j]
			if hasNewline(text[toks[j-1].End:next.Start]) {
				continue // the line break splits there
			}
			if next.Kind == check.Word && !next.Upper {
				continue
			}
			if next.Kind == check.Punct && (next.Text == "," || next.Text == ";" || next.Text == ")") {
				continue // "McConnell, R-Ky., said": no sentence opens with a comma
			}
			if t.Text != "." && j > i+1 && attributionAfter(toks, j) {
				continue // `"What right does that man have?" Juan Miguel Gonzalez said.`
			}
			if t.Text == "..." || t.Text == "…" {
				if next.Kind == check.Word && !next.Upper {
					continue
				}
			}
		}
		flush(j)
	}
	flush(len(toks))
	return out
}

// attributionVerbs close a quotation's sentence after its speaker's name.
var attributionVerbs = setOf("said", "says", "asked", "asks", "added", "adds", "told", "tells", "shouted",
	"replied", "wrote", "declared", "exclaimed", "recalled", "insisted", "explained", "continued")

// attributionAfter reports whether a name and a verb of saying start at
// token j: the attribution of the question or exclamation before it.
func attributionAfter(toks []check.Token, j int) bool {
	for k := j; k < len(toks) && k < j+6; k++ {
		t := toks[k]
		switch {
		case t.Kind == check.Word && attributionVerbs[t.Lower]:
			return k > j
		case t.Kind == check.Word && t.Upper, t.Text == "." && k > j && toks[k-1].End == t.Start && k+1 < len(toks) && toks[k+1].Upper:
		default:
			return false
		}
	}
	return false
}

func closesQuote(toks []check.Token, j int) bool {
	if toks[j].Kind != check.QuoteMark {
		return false
	}
	switch toks[j].Text {
	case "”", "’", "»", "›":
		return true
	case "\"", "'", "''":
		return j+1 >= len(toks) || toks[j+1].Start > toks[j].End || toks[j+1].Kind == check.Punct
	}
	return false
}

func hasNewline(b []byte) bool {
	for _, c := range b {
		if c == '\n' {
			return true
		}
	}
	return false
}
