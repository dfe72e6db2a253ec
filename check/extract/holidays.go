package extract

import (
	"fmt"
	"time"

	"github.com/factlint/factlint/check"
)

// holiday is a named day: a fixed date, or the n-th weekday of a month
// (n < 0 counts from the end), or Easter and days counted from it.
type holiday struct {
	words    []string // lower case, as written
	month    time.Month
	day      int          // a fixed date
	weekday  time.Weekday // or the n-th such weekday
	nth      int
	easter   int // or days after Easter (0 for Easter Sunday)
	isEaster bool
}

// holidays are the days news names without a date. Where a country keeps a
// day on another date, the United States' date is used: the wire copy
// factlint is measured on is American; a desk elsewhere writes dates.
var holidays = []holiday{
	{words: []string{"new", "year's", "day"}, month: time.January, day: 1},
	{words: []string{"new", "year's", "eve"}, month: time.December, day: 31},
	{words: []string{"christmas", "day"}, month: time.December, day: 25},
	{words: []string{"christmas", "eve"}, month: time.December, day: 24},
	{words: []string{"christmas"}, month: time.December, day: 25},
	{words: []string{"boxing", "day"}, month: time.December, day: 26},
	{words: []string{"valentine's", "day"}, month: time.February, day: 14},
	{words: []string{"independence", "day"}, month: time.July, day: 4},
	{words: []string{"fourth", "of", "july"}, month: time.July, day: 4},
	{words: []string{"halloween"}, month: time.October, day: 31},
	{words: []string{"veterans", "day"}, month: time.November, day: 11},
	{words: []string{"armistice", "day"}, month: time.November, day: 11},
	{words: []string{"thanksgiving", "day"}, month: time.November, weekday: time.Thursday, nth: 4},
	{words: []string{"thanksgiving"}, month: time.November, weekday: time.Thursday, nth: 4},
	{words: []string{"memorial", "day"}, month: time.May, weekday: time.Monday, nth: -1},
	{words: []string{"labor", "day"}, month: time.September, weekday: time.Monday, nth: 1},
	{words: []string{"mother's", "day"}, month: time.May, weekday: time.Sunday, nth: 2},
	{words: []string{"father's", "day"}, month: time.June, weekday: time.Sunday, nth: 3},
	{words: []string{"election", "day"}, month: time.November, weekday: time.Tuesday, nth: 0},
	{words: []string{"easter", "sunday"}, isEaster: true},
	{words: []string{"easter", "monday"}, isEaster: true, easter: 1},
	{words: []string{"good", "friday"}, isEaster: true, easter: -2},
	{words: []string{"easter"}, isEaster: true},
}

// date is the holiday's date in year y.
func (h holiday) date(y int) time.Time {
	switch {
	case h.isEaster:
		return easter(y).AddDate(0, 0, h.easter)
	case h.day > 0:
		return time.Date(y, h.month, h.day, 0, 0, 0, 0, time.UTC)
	case h.nth == 0: // Election Day: the Tuesday after the first Monday
		d := time.Date(y, h.month, 2, 0, 0, 0, 0, time.UTC)
		for d.Weekday() != time.Tuesday {
			d = d.AddDate(0, 0, 1)
		}
		return d
	case h.nth > 0:
		d := time.Date(y, h.month, 1, 0, 0, 0, 0, time.UTC)
		for d.Weekday() != h.weekday {
			d = d.AddDate(0, 0, 1)
		}
		return d.AddDate(0, 0, 7*(h.nth-1))
	default: // the last such weekday
		d := time.Date(y, h.month+1, 0, 0, 0, 0, 0, time.UTC)
		for d.Weekday() != h.weekday {
			d = d.AddDate(0, 0, -1)
		}
		return d
	}
}

// easter is Easter Sunday of year y (the Gregorian computus).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// holidayAt reads a named day ("Thanksgiving Day", "last Christmas",
// "Easter week") and dates it: the last one on or before the publication
// date, or the next when the sentence looks ahead ("last" and "next" say
// which).
func (x *analysis) holidayAt(i int, s check.Sentence) (timex, int, bool) {
	toks := x.a.Tokens
	var c timex
	if !toks[i].Upper && toks[i].Lower != "last" && toks[i].Lower != "next" && toks[i].Lower != "this" {
		return c, 0, false
	}
	start, j := i, i
	rel := ""
	switch toks[i].Lower {
	case "last", "next", "this":
		rel, j = toks[i].Lower, i+1
	}
	for _, h := range holidays {
		k := j
		ok := true
		for _, w := range h.words {
			// bare on both sides: temporal drops a possessive while it reads ("Year's").
			if k >= s.Last || toks[k].Lower != w && bare(toks[k].Lower) != bare(w) || !toks[k].Upper && w != "of" {
				ok = false
				break
			}
			k++
		}
		if !ok {
			continue
		}
		c.Kind = "date"
		pub, has := x.pub()
		if !has {
			c.Value = "XXXX-" + h.date(2001).Format("01-02")
		} else {
			d := h.date(pub.Year())
			ahead := rel == "next" || rel != "last" && x.future(start, s)
			// "Easter week began": a week already under way at publication.
			week := k < s.Last && (toks[k].Lower == "week" || toks[k].Lower == "weekend")
			switch {
			case ahead && d.Before(pub):
				d = h.date(pub.Year() + 1)
			case !ahead && d.After(pub) && !(week && d.Sub(pub) < 7*24*time.Hour):
				d = h.date(pub.Year() - 1)
			}
			if rel == "last" && !d.Before(pub) {
				d = h.date(pub.Year() - 1)
			}
			c.Value = ymd(d)
		}
		// "Easter week", "Thanksgiving weekend": the week around it.
		if k < s.Last && (toks[k].Lower == "week" || toks[k].Lower == "weekend") && has {
			d, _ := time.Parse("2006-01-02", c.Value)
			y, w := d.ISOWeek()
			c.Value = fmt.Sprintf("%04d-W%02d", y, w)
			if toks[k].Lower == "weekend" {
				c.Value += "-WE"
			}
			k++
		}
		c.Span = check.Span{Start: toks[start].Start, End: toks[k-1].End}
		return c, k, true
	}
	return c, 0, false
}
