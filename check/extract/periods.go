package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/factlint/factlint/check"
)

// financeCues are words that make "the third quarter" a part of a year, not
// of a game.
var financeCues = setOf("profit", "profits", "revenue", "revenues", "earnings", "sales", "growth", "gdp",
	"economy", "results", "loss", "losses", "income", "shares", "percent", "%", "output", "deficit",
	"quarterly", "fiscal", "forecast", "forecasts", "demand", "exports", "imports", "inflation", "spending")

// periodAt reads parts of a year and periods longer than one: "the third
// quarter", "the first half of 2012", "Q3 2012", "fiscal 2012", "summer
// 2012", "the 19th century".
func (x *analysis) periodAt(i int, s check.Sentence) (timex, int, bool) {
	toks := x.a.Tokens
	c := timex{Kind: "date"}
	w := toks[i].Lower
	switch {
	case w == "fiscal":
		// "fiscal 2012", "fiscal year 2012": the year as its own.
		j := i + 1
		if j < s.Last && toks[j].Lower == "year" {
			j++
		}
		if y, ok := yearToken(toks, j, s.Last); ok {
			c.Value, c.Explicit = strconv.Itoa(y), true
			return c, j + 1, true
		}
		return c, 0, false
	case seasons[w] != "":
		// "summer 2012", "the summer of 2012".
		j := i + 1
		if j < s.Last && toks[j].Lower == "of" {
			j++
		}
		if y, ok := yearToken(toks, j, s.Last); ok {
			c.Value, c.Explicit = fmt.Sprintf("%04d-%s", y, seasons[w]), true
			return c, j + 1, true
		}
		return c, 0, false
	case len(w) == 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4' && toks[i].Upper:
		// "Q3", "Q3 2012".
		q := int(w[1] - '0')
		if y, ok := yearToken(toks, i+1, s.Last); ok {
			c.Value, c.Explicit = fmt.Sprintf("%04d-Q%d", y, q), true
			return c, i + 2, true
		}
		c.Value = x.partOfYear("Q", q, 4, i, s)
		return c, i + 1, true
	}
	j := i
	if w == "the" {
		j++
	}
	if j+1 >= s.Last {
		return c, 0, false
	}
	n, ok := ordinalWords[toks[j].Lower]
	if !ok && toks[j].Kind == check.Number {
		n = ordinalNumber(toks[j].Lower)
		ok = n > 0
	}
	if toks[j].Lower == "final" {
		n, ok = -1, true
	}
	if !ok {
		return c, 0, false
	}
	unit := toks[j+1].Lower
	end := j + 2
	switch unit {
	case "century":
		if n < 1 || n > 30 {
			return c, 0, false
		}
		// "the 19th century" is 18xx; TimeML leaves the article out, as with decades.
		c.Value = fmt.Sprintf("%02d", n-1)
		c.Span = check.Span{Start: toks[j].Start, End: toks[j+1].End}
		return c, end, true
	case "quarter", "half":
	default:
		return c, 0, false
	}
	letter, count := "Q", 4
	if unit == "half" {
		letter, count = "H", 2
	}
	if n == -1 {
		n = count
	}
	if n < 1 || n > count {
		return c, 0, false
	}
	// "of 2012", "of the year", "of this year", "of last year", "of fiscal 2012".
	year, hasYear := 0, false
	if end+1 < s.Last && toks[end].Lower == "of" {
		k := end + 1
		if toks[k].Lower == "fiscal" && k+1 < s.Last {
			k++
		}
		if y, ok := yearToken(toks, k, s.Last); ok {
			year, hasYear, end = y, true, k+1
		} else if k+1 < s.Last && toks[k+1].Lower == "year" {
			off, ok := map[string]int{"the": 0, "this": 0, "last": -1, "next": 1}[toks[k].Lower]
			if ok {
				if pub, has := x.pub(); has {
					year, hasYear = pub.Year()+off, true
				}
				end = k + 2
			}
		}
	}
	// Without a year, a half or a quarter is one of a year only where the
	// sentence is about money: "the fourth quarter" of a game is not.
	if !hasYear && end-i < 4 && !x.financial(s) {
		return c, 0, false
	}
	if unit == "half" && !hasYear && end == j+2 {
		return c, 0, false // "the first half", alone, is too often a match's
	}
	if hasYear {
		c.Value = fmt.Sprintf("%04d-%s%d", year, letter, n)
		c.Explicit = true
	} else if end > j+2 {
		c.Value = fmt.Sprintf("XXXX-%s%d", letter, n) // "of the year", unpublished
	} else {
		c.Value = x.partOfYear(letter, n, count, i, s)
	}
	c.Span = check.Span{Start: toks[i].Start, End: toks[end-1].End}
	return c, end, true
}

// partOfYear values the n-th quarter (or half) of the year an undated
// sentence is about: this year's, or last year's when it has not begun by
// publication and the sentence does not look ahead.
func (x *analysis) partOfYear(letter string, n, count, i int, s check.Sentence) string {
	pub, has := x.pub()
	if !has {
		return fmt.Sprintf("XXXX-%s%d", letter, n)
	}
	y := pub.Year()
	cur := (int(pub.Month())-1)/(12/count) + 1
	if n > cur && x.tense(i, s) <= 0 {
		y--
	}
	return fmt.Sprintf("%04d-%s%d", y, letter, n)
}

// financial reports whether a sentence speaks of money or the economy.
func (x *analysis) financial(s check.Sentence) bool {
	for k := s.First; k < s.Last; k++ {
		if financeCues[x.a.Tokens[k].Lower] {
			return true
		}
	}
	return false
}

// yearToken reads a four-digit year at token k.
func yearToken(toks []check.Token, k, last int) (int, bool) {
	if k >= last || toks[k].Kind != check.Number || len(toks[k].Lower) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(toks[k].Lower)
	return y, err == nil && y >= 1000 && y <= 2200
}

// ordinalNumber reads "19th", "21st", "3rd": the number, or 0.
func ordinalNumber(w string) int {
	t := trimOrdinal(w)
	if t == w {
		return 0
	}
	n, err := strconv.Atoi(t)
	if err != nil {
		return 0
	}
	return n
}

// trimOrdinal drops the suffix of a number written as an ordinal: "19th" is
// "19"; a word without one is returned as it is.
func trimOrdinal(w string) string {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(w, suf) {
			return strings.TrimSuffix(w, suf)
		}
	}
	return w
}

// edgeWords name a part of a period, with its TIMEX3 mod.
var edgeWords = map[string]string{"end": "END", "close": "END", "beginning": "START", "start": "START",
	"middle": "MID"}

// edgeAt reads "the end of the year", "the beginning of March", "the middle
// of next week": the period named, with the part as its mod.
func (x *analysis) edgeAt(i int, s check.Sentence) (timex, int, bool) {
	toks := x.a.Tokens
	var c timex
	if toks[i].Lower != "the" || i+3 >= s.Last || toks[i+2].Lower != "of" {
		return c, 0, false
	}
	mod, ok := edgeWords[toks[i+1].Lower]
	if unit := toks[i+1].Lower; unit == "week" || unit == "weekend" || unit == "month" {
		return x.weekOf(i, unit, s) // "the week of March 6", "the month of May"
	}
	if !ok {
		return c, 0, false
	}
	k := i + 3
	if toks[k].Lower == "the" && k+1 < s.Last && edgeWords[toks[k+1].Lower] != "" {
		return c, 0, false // "the end of the end of ...": one part at a time
	}
	// "the end of the year": the one the article is in.
	if toks[k].Lower == "the" && k+1 < s.Last {
		if v, ok := x.currentUnit(toks[k+1].Lower); ok {
			c.Kind, c.Value, c.Mod = "date", v, mod
			c.Span = check.Span{Start: toks[i].Start, End: toks[k+1].End}
			return c, k + 2, true
		}
	}
	inner, end, ok := x.timexAt(k, s)
	if !ok || inner.Kind != "date" || inner.Mod != "" {
		return c, 0, false
	}
	inner.Mod = mod
	inner.Span = check.Span{Start: toks[i].Start, End: toks[end-1].End}
	return inner, end, true
}

// currentUnit values "the year", "the month" or "the week" as the one of
// publication.
func (x *analysis) currentUnit(unit string) (string, bool) {
	pub, has := x.pub()
	switch unit {
	case "year":
		if !has {
			return "XXXX", true
		}
		return strconv.Itoa(pub.Year()), true
	case "month":
		if !has {
			return "XXXX-XX", true
		}
		return pub.Format("2006-01"), true
	case "week":
		if !has {
			return "XXXX-WXX", true
		}
		y, w := pub.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w), true
	}
	return "", false
}

// weekOf reads "the week of March 6", "the weekend of Oct. 3" and "the month
// of May": the week (or month) the date named falls in.
func (x *analysis) weekOf(i int, unit string, s check.Sentence) (timex, int, bool) {
	toks := x.a.Tokens
	inner, end, ok := x.timexAt(i+3, s)
	if !ok || inner.Kind != "date" || inner.Mod != "" {
		return timex{}, 0, false
	}
	c := timex{Kind: "date", Span: check.Span{Start: toks[i].Start, End: toks[end-1].End}}
	switch {
	case unit == "month" && len(inner.Value) == len("2006-01"):
		c.Value = inner.Value
	case unit != "month" && len(inner.Value) == len("2006-01-02") && !strings.HasPrefix(inner.Value, "X"):
		d, err := time.Parse("2006-01-02", inner.Value)
		if err != nil {
			return timex{}, 0, false
		}
		y, w := d.ISOWeek()
		c.Value = fmt.Sprintf("%04d-W%02d", y, w)
		if unit == "weekend" {
			c.Value += "-WE"
		}
	default:
		return timex{}, 0, false
	}
	return c, end, true
}
