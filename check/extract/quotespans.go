package extract

import "github.com/factlint/factlint/check"

// qspan is a quotation: its opening and closing marks (token indices). Close
// is -1 when the quotation runs to the end of its paragraph unclosed.
type qspan struct {
	Open, Close int
	Depth       int // 0 for a quotation, 1 inside another
	End         int // token index after the last content token
}

func paragraphs(text []byte, toks []check.Token) []int {
	para := make([]int, len(toks))
	p := 0
	for i := range toks {
		if i > 0 && hasNewline(text[toks[i-1].End:toks[i].Start]) {
			p++
		}
		para[i] = p
	}
	return para
}

const (
	dbl = iota
	sgl
)

// pairQuotes matches quotation marks within each paragraph and reports the
// quotations, and for each token whether it lies inside a top-level one.
// Straight marks open or close by what touches them; an apostrophe touched by
// letters on both sides was already kept inside its word by the tokenizer.
func pairQuotes(toks []check.Token, para []int) ([]qspan, []bool) {
	var spans []qspan
	inQ := make([]bool, len(toks))
	type open struct{ tok, kind int }
	var stack []open
	top := func(kind int) int {
		for k := len(stack) - 1; k >= 0; k-- {
			if stack[k].kind == kind {
				return k
			}
		}
		return -1
	}
	closeAt := func(k, i int) {
		// Unmatched marks above the one closed were apostrophes or typos.
		o := stack[k]
		stack = stack[:k]
		spans = append(spans, qspan{Open: o.tok, Close: i, Depth: depthOf(stack), End: i})
	}
	endPara := func(end int) {
		for k := len(stack) - 1; k >= 0; k-- {
			if stack[k].kind == dbl {
				spans = append(spans, qspan{Open: stack[k].tok, Close: -1, Depth: depthOf(stack[:k]), End: end})
			}
		}
		stack = stack[:0]
	}
	for i, t := range toks {
		if i > 0 && para[i] != para[i-1] {
			endPara(i)
		}
		if t.Kind != check.QuoteMark {
			continue
		}
		prevAdj := i > 0 && toks[i-1].End == t.Start && para[i-1] == para[i]
		nextAdj := i+1 < len(toks) && toks[i+1].Start == t.End && para[i+1] == para[i]
		prevOpener := i > 0 && (toks[i-1].Text == "(" || toks[i-1].Text == "[" || toks[i-1].Text == "—" || toks[i-1].Text == "–" || toks[i-1].Kind == check.QuoteMark)
		nextWordy := nextAdj && (toks[i+1].Kind == check.Word || toks[i+1].Kind == check.Number || toks[i+1].Kind == check.QuoteMark || toks[i+1].Text == "…" || toks[i+1].Text == "...")
		switch t.Text {
		case "“", "„", "«", "``":
			stack = append(stack, open{i, dbl})
		case "‹", "‚":
			stack = append(stack, open{i, sgl})
		case "”", "»":
			if k := top(dbl); k >= 0 {
				closeAt(k, i)
			} else if t.Text == "”" && (!prevAdj || prevOpener) && nextWordy {
				stack = append(stack, open{i, dbl}) // a right mark typed as an opener
			}
		case "›":
			if k := top(sgl); k >= 0 {
				closeAt(k, i)
			}
		case "\"", "''":
			k := top(dbl)
			switch {
			case k >= 0 && (prevAdj && !prevOpener || !nextAdj):
				closeAt(k, i)
			case nextAdj:
				stack = append(stack, open{i, dbl})
			case k >= 0:
				closeAt(k, i)
			default:
				stack = append(stack, open{i, dbl})
			}
		case "‘":
			stack = append(stack, open{i, sgl})
		case "'", "’":
			k := top(sgl)
			nextStops := !nextAdj || toks[i+1].Kind == check.Punct || toks[i+1].Kind == check.QuoteMark
			switch {
			case k >= 0 && prevAdj && !prevOpener && nextStops:
				closeAt(k, i)
			case (!prevAdj || prevOpener) && nextWordy && t.Text == "'":
				stack = append(stack, open{i, sgl})
			case (!prevAdj || prevOpener) && nextWordy && t.Text == "’" && k < 0:
				// A right single mark used as an opener, as some outlets type it.
				stack = append(stack, open{i, sgl})
			}
		}
	}
	endPara(len(toks))
	for _, s := range spans {
		if s.Depth != 0 {
			continue
		}
		for j := s.Open + 1; j < s.End; j++ {
			inQ[j] = true
		}
	}
	return spans, inQ
}

func depthOf[T any](stack []T) int {
	if len(stack) > 0 {
		return 1
	}
	return 0
}
