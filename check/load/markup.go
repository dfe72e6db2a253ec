package load

import (
	"bytes"
	"fmt"
	"html"
	"strings"
)

// blockTags end a paragraph: their tag becomes a line break in the prose.
var blockTags = map[string]bool{
	"p": true, "br": true, "div": true, "li": true, "ul": true, "ol": true, "h1": true,
	"h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "tr": true, "td": true,
	"th": true, "table": true, "blockquote": true, "section": true, "article": true,
	"header": true, "footer": true, "hr": true, "title": true, "figcaption": true,
	"pre": true, "dd": true, "dt": true, "main": true, "aside": true, "nav": true,
}

// hiddenTags hold no prose: their content is blanked with them.
var hiddenTags = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "svg": true}

// MaxHTMLDepth is how deeply elements may nest in an HTML article; deeper
// is not a news page but a generated or hostile one.
const MaxHTMLDepth = 256

// htmlError is HTML that is not an article's: its offset and what is wrong.
type htmlError struct {
	at  int
	msg string
}

// voidTags never have content or an end tag; optionalEnd ones often go
// without their end tag. Neither counts toward nesting.
var voidTags = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true,
	"hr": true, "img": true, "input": true, "link": true, "meta": true, "param": true, "source": true,
	"track": true, "wbr": true, "!doctype": true}
var optionalEnd = map[string]bool{"p": true, "li": true, "dt": true, "dd": true, "tr": true, "td": true,
	"th": true, "option": true, "optgroup": true, "thead": true, "tbody": true, "tfoot": true,
	"colgroup": true, "rt": true, "rp": true}

// maskHTML blanks tags, comments and invisible elements, turns block tags into
// line breaks and entities into their characters (padded to keep offsets). It
// scans rather than builds a tree, so that every byte is looked at a bounded
// number of times. It returns the document's <title> or first <h1>, or what
// makes it no article: a comment or tag that never closes, or elements
// nested deeper than MaxHTMLDepth.
func maskHTML(b []byte, from int) (string, *htmlError) {
	title, h1 := "", ""
	depth := 0
	i := from
	for i < len(b) {
		switch b[i] {
		case '<':
			if bytes.HasPrefix(b[i:], []byte("<!--")) {
				end := bytes.Index(b[i+4:], []byte("-->"))
				if end < 0 {
					return "", &htmlError{i, "an HTML comment opened here never closes"}
				}
				stop := i + 4 + end + 3
				blank(b, i, stop)
				i = stop
				continue
			}
			if i+1 < len(b) && !(isTagStart(b[i+1])) {
				i++ // a "<" in prose: "x < y"
				continue
			}
			end := bytes.IndexByte(b[i:], '>')
			if end < 0 {
				return "", &htmlError{i, "an HTML tag opened here never closes"}
			}
			stop := i + end + 1
			name, closing := tagName(b[i+1 : stop-1])
			selfClosing := bytes.HasSuffix(bytes.TrimSpace(b[i+1:stop-1]), []byte("/"))
			switch {
			case voidTags[name] || optionalEnd[name] || selfClosing:
			case closing:
				depth = max(0, depth-1)
			default:
				depth++
				if depth > MaxHTMLDepth {
					return "", &htmlError{i, fmt.Sprintf("HTML elements nest more than %d deep here", MaxHTMLDepth)}
				}
			}
			blank(b, i, stop)
			if blockTags[name] {
				b[i] = '\n'
			}
			if !closing && (hiddenTags[name] || name == "title" || name == "h1") {
				closeTag := []byte("</" + name)
				j := indexFold(b[stop:], closeTag)
				inner := len(b)
				if j >= 0 {
					inner = stop + j
				}
				if name == "title" || name == "h1" {
					text := strings.Join(strings.Fields(html.UnescapeString(stripTags(string(b[stop:inner])))), " ")
					if name == "title" && title == "" {
						title = text
					}
					if name == "h1" && h1 == "" {
						h1 = text
					}
				}
				if hiddenTags[name] || name == "title" {
					blank(b, stop, inner)
					i = inner
					depth = max(0, depth-1) // its end tag is passed over with it
					if j >= 0 {
						depth++ // and read again next
					}
					continue
				}
			}
			i = stop
		case '&':
			end := bytes.IndexByte(b[i:min(i+12, len(b))], ';')
			if end > 1 {
				ent := string(b[i : i+end+1])
				dec := html.UnescapeString(ent)
				if dec != ent && len(dec) <= len(ent) {
					if dec == "\u00a0" {
						dec = " "
					}
					blank(b, i, i+len(ent))
					copy(b[i:], dec)
					i += len(ent)
					continue
				}
			}
			i++
		default:
			i++
		}
	}
	return pick(title, h1), nil
}

// isTagStart reports whether a byte after "<" starts a tag: a letter, "/"
// or "!".
func isTagStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '!' || c == '?'
}

func pick(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func tagName(inner []byte) (string, bool) {
	s := strings.TrimSpace(string(inner))
	closing := strings.HasPrefix(s, "/")
	s = strings.TrimPrefix(s, "/")
	end := strings.IndexAny(s, " \t\r\n/>")
	if end >= 0 {
		s = s[:end]
	}
	return strings.ToLower(s), closing
}

// indexFold finds sub (lower-case ASCII) in b, ignoring case, without
// copying b: it is called for every title, heading and script.
func indexFold(b, sub []byte) int {
	for i := 0; i+len(sub) <= len(b); i++ {
		j := bytes.IndexByte(b[i:], sub[0])
		if j < 0 {
			return -1
		}
		i += j
		if i+len(sub) <= len(b) && bytes.EqualFold(b[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

func stripTags(s string) string {
	var out strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>':
			in = false
		case !in:
			out.WriteRune(r)
		}
	}
	return out.String()
}

// maskMarkdown blanks Markdown markup line by line: headings' #, list and
// quote markers, emphasis, code, link targets, images, HTML comments and tags.
func maskMarkdown(b []byte, from int) {
	inFence := false
	i := from
	for i < len(b) {
		end := bytes.IndexByte(b[i:], '\n')
		if end < 0 {
			end = len(b)
		} else {
			end += i
		}
		line := b[i:end]
		trim := bytes.TrimLeft(line, " \t")
		lead := len(line) - len(trim)
		switch {
		case bytes.HasPrefix(trim, []byte("```")) || bytes.HasPrefix(trim, []byte("~~~")):
			inFence = !inFence
			blank(b, i, end)
		case inFence:
			blank(b, i, end)
		case isRefDef(trim):
			blank(b, i, end)
		default:
			maskMarkdownLine(b, i+lead, end)
		}
		i = end + 1
	}
	// HTML comments and tags may span lines: mask them over the whole text.
	maskInlineHTML(b, from)
}

func isRefDef(t []byte) bool {
	if len(t) == 0 || t[0] != '[' {
		return false
	}
	j := bytes.Index(t, []byte("]:"))
	return j > 0
}

func maskMarkdownLine(b []byte, start, end int) {
	p := start
	// Block markers.
	for p < end && (b[p] == '#' || b[p] == '>') {
		b[p] = ' '
		p++
	}
	if p+1 < end && (b[p] == '-' || b[p] == '*' || b[p] == '+') && (b[p+1] == ' ' || b[p+1] == '\t') {
		b[p] = ' '
	}
	q := p
	for q < end && b[q] >= '0' && b[q] <= '9' {
		q++
	}
	if q > p && q+1 < end && (b[q] == '.' || b[q] == ')') && b[q+1] == ' ' {
		blank(b, p, q+1)
	}
	// A horizontal rule or setext underline.
	if t := bytes.TrimSpace(b[start:end]); len(t) >= 3 && bytes.Trim(t, "-=*_ ") == nil {
		blank(b, start, end)
		return
	}
	for k := start; k < end; k++ {
		switch b[k] {
		case '*', '`':
			b[k] = ' '
		case '_':
			prevAlnum := k > start && isAlnum(b[k-1])
			nextAlnum := k+1 < end && isAlnum(b[k+1])
			if !(prevAlnum && nextAlnum) {
				b[k] = ' '
			}
		case '!':
			if k+1 < end && b[k+1] == '[' {
				if close := linkEnd(b, k+1, end); close > 0 {
					blank(b, k, close)
					k = close - 1
				}
			}
		case '[':
			if close := bytes.IndexByte(b[k:end], ']'); close > 0 {
				c := k + close
				b[k] = ' '
				b[c] = ' '
				if c+1 < end && b[c+1] == '(' {
					if paren := bytes.IndexByte(b[c+1:end], ')'); paren > 0 {
						blank(b, c+1, c+1+paren+1)
						k = c + paren + 1
					}
				}
			}
		}
	}
}

// linkEnd returns the end of "[text](url)" starting at the bracket, or 0.
func linkEnd(b []byte, k, end int) int {
	close := bytes.IndexByte(b[k:end], ']')
	if close < 0 {
		return 0
	}
	c := k + close
	if c+1 < end && b[c+1] == '(' {
		if paren := bytes.IndexByte(b[c+1:end], ')'); paren > 0 {
			return c + 1 + paren + 1
		}
	}
	return c + 1
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// maskInlineHTML blanks HTML comments and tags in Markdown.
func maskInlineHTML(b []byte, from int) {
	for i := from; i < len(b); i++ {
		if b[i] != '<' {
			continue
		}
		if bytes.HasPrefix(b[i:], []byte("<!--")) {
			end := bytes.Index(b[i+4:], []byte("-->"))
			stop := len(b)
			if end >= 0 {
				stop = i + 4 + end + 3
			}
			blank(b, i, stop)
			i = stop - 1
			continue
		}
		if i+1 < len(b) && (isLetter(b[i+1]) || b[i+1] == '/') {
			end := bytes.IndexByte(b[i:], '>')
			nl := bytes.IndexByte(b[i:], '\n')
			if end > 0 && (nl < 0 || end < nl) {
				blank(b, i, i+end+1)
				i += end
			}
		}
	}
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
