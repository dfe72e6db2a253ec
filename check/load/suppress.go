package load

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/factlint/factlint/check"
)

// suppressions reads the comments that switch rules off and on in a
// Markdown or HTML article:
//
//	<!-- factlint off -->         every rule off, until
//	<!-- factlint on -->          every rule on again
//	<!-- factlint date off -->    one rule (or several: date,title) off
//	<!-- factlint date on -->
//
// A region left open runs to the end of the article. An unknown rule or a
// comment that starts "factlint" but says neither off nor on is an error
// with its line, so that a typo does not silently switch nothing off.
func suppressions(a *check.Article, from int, known func(string) bool) *Error {
	raw := a.Raw
	open := map[string]int{} // rule ("" for all) -> where it went off
	var order []string
	i := from
	for {
		j := bytes.Index(raw[i:], []byte("<!--"))
		if j < 0 {
			break
		}
		start := i + j
		k := bytes.Index(raw[start+4:], []byte("-->"))
		if k < 0 {
			break
		}
		end := start + 4 + k + 3
		i = end
		fields := strings.Fields(string(raw[start+4 : end-3]))
		if len(fields) == 0 || fields[0] != "factlint" {
			continue
		}
		line, _ := a.Position(start)
		if len(fields) < 2 || len(fields) > 3 || (fields[len(fields)-1] != "off" && fields[len(fields)-1] != "on") {
			return &Error{Path: a.Path, Line: line, Message: "factlint comment must be <!-- factlint off -->, <!-- factlint on --> or <!-- factlint RULE off|on -->"}
		}
		rules := []string{""}
		if len(fields) == 3 {
			rules = strings.Split(fields[1], ",")
			for _, r := range rules {
				if known != nil && !known(r) {
					return &Error{Path: a.Path, Line: line, Message: fmt.Sprintf("factlint comment names unknown rule %q", r)}
				}
			}
		}
		for _, r := range rules {
			at, isOff := open[r]
			switch {
			case fields[len(fields)-1] == "off" && !isOff:
				open[r] = end
				order = append(order, r)
			case fields[len(fields)-1] == "on" && isOff:
				a.Suppressed = append(a.Suppressed, check.Suppression{Span: check.Span{Start: at, End: start}, Rule: r})
				delete(open, r)
			}
		}
	}
	for _, r := range order {
		if at, ok := open[r]; ok {
			a.Suppressed = append(a.Suppressed, check.Suppression{Span: check.Span{Start: at, End: len(raw)}, Rule: r})
			delete(open, r)
		}
	}
	return nil
}
