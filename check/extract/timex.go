package extract

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/factlint/factlint/check"
)

// durUnits maps a unit word to its TIMEX3 letter, whether it is a time (PT)
// unit, its length in seconds, and how many of the letter's unit it is
// (TimeML's annotators write a decade as P10Y, a fortnight as P2W).
var durUnits = map[string]struct {
	letter string
	time   bool
	secs   float64
	per    float64
}{
	"second": {"S", true, 1, 1}, "minute": {"M", true, 60, 1}, "hour": {"H", true, 3600, 1},
	"day": {"D", false, 86400, 1}, "week": {"W", false, 7 * 86400, 1}, "month": {"M", false, 30.44 * 86400, 1},
	"year": {"Y", false, 365.25 * 86400, 1}, "decade": {"Y", false, 3652.5 * 86400, 10},
	"century": {"Y", false, 36525 * 86400, 100}, "fortnight": {"W", false, 14 * 86400, 2},
}

func unitOf(w string) (string, bool) {
	w = strings.TrimSuffix(w, "'s")
	if _, ok := durUnits[w]; ok {
		return w, true
	}
	switch {
	case w == "centuries":
		return "century", true
	case strings.HasSuffix(w, "s"):
		u := strings.TrimSuffix(w, "s")
		if _, ok := durUnits[u]; ok {
			return u, true
		}
	case w == "hrs" || w == "hr":
		return "hour", true
	case w == "mins" || w == "min":
		return "minute", true
	case w == "secs" || w == "sec":
		return "second", true
	}
	return "", false
}

// hedges map the words before a quantity to a TIMEX3 mod.
var hedges = []struct {
	words []string
	mod   string
}{
	{[]string{"no", "more", "than"}, "EQUAL_OR_LESS"}, {[]string{"no", "less", "than"}, "EQUAL_OR_MORE"},
	{[]string{"more", "than"}, "MORE_THAN"}, {[]string{"less", "than"}, "LESS_THAN"},
	{[]string{"fewer", "than"}, "LESS_THAN"}, {[]string{"at", "least"}, "EQUAL_OR_MORE"},
	{[]string{"at", "most"}, "EQUAL_OR_LESS"}, {[]string{"up", "to"}, "EQUAL_OR_LESS"},
	{[]string{"just", "under"}, "LESS_THAN"}, {[]string{"just", "over"}, "MORE_THAN"},
	{[]string{"just", "shy", "of"}, "LESS_THAN"}, {[]string{"close", "to"}, "APPROX"},
	{[]string{"upwards", "of"}, "MORE_THAN"}, {[]string{"well", "over"}, "MORE_THAN"},
	{[]string{"nearly"}, "LESS_THAN"}, {[]string{"almost"}, "LESS_THAN"}, {[]string{"under"}, "LESS_THAN"},
	{[]string{"over"}, "MORE_THAN"}, {[]string{"about"}, "APPROX"}, {[]string{"around"}, "APPROX"},
	{[]string{"roughly"}, "APPROX"}, {[]string{"approximately"}, "APPROX"}, {[]string{"some"}, "APPROX"},
	{[]string{"nearly"}, "LESS_THAN"}, {[]string{"some"}, "APPROX"}, {[]string{"circa"}, "APPROX"},
	{[]string{"an", "estimated"}, "APPROX"}, {[]string{"barely"}, "LESS_THAN"},
}

// countedPlural reports whether a word after a number reads as the plural
// noun it counts ("2000 troops", "1,500 people").
func countedPlural(w string) bool {
	switch w {
	case "people", "children", "men", "women", "police", "staff", "personnel", "cattle":
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// extentless hedges are not part of a temporal expression's extent.
var extentless = setOf("about", "around", "roughly", "approximately", "nearly", "almost", "some", "just",
	"circa", "barely")

// spanWords before a duration place it in time and belong to its extent.
var spanWords = setOf("past", "last", "next", "coming", "first", "final")

// hedgeBefore finds a hedge ending just before token i; it returns the token
// where the hedge starts (i if none) and its mod.
func (x *analysis) hedgeBefore(i, first int) (int, string) {
	toks := x.a.Tokens
	for _, h := range hedges {
		n := len(h.words)
		if i-n < first {
			continue
		}
		ok := true
		for k, w := range h.words {
			if toks[i-n+k].Lower != w {
				ok = false
				break
			}
		}
		if ok {
			return i - n, h.mod
		}
	}
	return i, ""
}

// interval gives the range of seconds a duration can mean: a round figure
// as written allows a little rounding; hedges widen or cut it one way.
func interval(v float64, mod string) (float64, float64) {
	switch mod {
	case "APPROX":
		return v * 0.85, v * 1.15
	case "LESS_THAN":
		return v * 0.9, v * 0.9999
	case "MORE_THAN":
		return v * 1.0001, v * 1.2
	case "EQUAL_OR_LESS":
		return v * 0.8, v
	case "EQUAL_OR_MORE":
		return v, v * 1.25
	}
	return v * 0.97, v * 1.03
}

// temporal finds dates, times, durations and sets, with TIMEX3 values.
func (x *analysis) temporal() {
	toks := x.a.Tokens
	// The patterns read words without a possessive 's ("last year's" is
	// "last year"): drop it from the lower-case forms while they run.
	var possessives []int
	for i := range toks {
		if toks[i].Kind == check.Word && x.lex[i]&lexTimex != 0 && isPossessive(toks[i]) {
			possessives = append(possessives, i)
		}
	}
	saved := make([]string, len(possessives))
	for k, i := range possessives {
		saved[k] = toks[i].Lower
		toks[i].Lower = bare(toks[i].Lower)
	}
	defer func() {
		for k, i := range possessives {
			toks[i].Lower = saved[k]
		}
	}()
	for _, s := range x.a.Sentences {
		for i := s.First; i < s.Last; i++ {
			if toks[i].Kind == check.Punct || toks[i].Kind == check.QuoteMark {
				continue
			}
			if t, end, ok := x.timexAt(i, s); ok {
				c := t.claim()
				if c.Span.Start == 0 && c.Span.End == 0 {
					c.Span = check.Span{Start: toks[i].Start, End: toks[end-1].End}
				}
				if last := toks[end-1]; c.Span.End == last.End && (strings.HasSuffix(last.Text, "'s") || strings.HasSuffix(last.Text, "’s")) {
					c.Span.End -= possessiveLen(last) // "Wednesday's", "today's": the day, not its 's
				}
				c.Kind = strings.ToLower(c.Kind)
				c.Sent = toks[i].Sent
				c.Text = x.a.Snippet(c.Span)
				x.a.Claims = append(x.a.Claims, c)
				i = end - 1
			}
		}
	}
}

// timex is what a temporal pattern reads: the fields of a claim it sets,
// small enough to pass back from every pattern tried at every token.
type timex struct {
	Kind, Value, Mod string
	Span             check.Span
	Weekday          int
	Today, Explicit  bool
	Lo, Hi           float64
	Hedged           check.Span
}

func (t timex) claim() check.Claim {
	return check.Claim{Kind: t.Kind, Value: t.Value, Mod: t.Mod, Span: t.Span, Weekday: t.Weekday,
		Today: t.Today, Explicit: t.Explicit, Lo: t.Lo, Hi: t.Hi, Hedged: t.Hedged}
}

// timexPattern reads one family of temporal expressions at a token.
type timexPattern func(x *analysis, i int, s check.Sentence) (timex, int, bool)

// timexPatterns are tried in order at each token; the first that matches
// wins. Method expressions, built once, so that no closure is made per token.
var timexPatterns = []timexPattern{
	(*analysis).isoDate, (*analysis).durationAt, (*analysis).setAt, (*analysis).agoAt, (*analysis).relativeAt,
	(*analysis).weekdayAt, (*analysis).monthAt, (*analysis).yearAt, (*analysis).clockAt, (*analysis).refAt,
	(*analysis).anaphorAt, (*analysis).holidayAt, (*analysis).periodAt,
}

// timexStarts are the words a temporal expression can start with (besides
// a number): most tokens are none of them, and are passed over at the cost
// of one lookup instead of ten patterns.
var timexStarts = func() map[string]bool {
	m := setOf(strings.Fields(`a about after afternoon afternoons ago almost an annually approximately around at
	autumn barely centuries century circa coming couple currently daily day days decade decades dozen dozens
	each earlier early evening evenings every few fewer fiscal following fortnight fortnights future half hour
	hourly hours same that new christmas boxing valentine valentine's independence fourth halloween veterans
	armistice thanksgiving memorial labor mother mother's father father's election easter good
	hr hrs just last late lately later least less many mid midday midnight min mins minute minutes month monthly
	months more morning mornings most nearly next night nightly nights noon now nowadays over overnight past
	previous quarter quarterly recent recently right roughly sec second seconds secs several shy since some
	spring summer fall the this these those through throughout till today tomorrow tonight under until up
	upcoming upwards week weekend weekends weekly weeks well winter within year yearly years yesterday
	final latest twice once thrice q1 q2 q3 q4 end beginning start middle close
	mondays tuesdays wednesdays thursdays fridays saturdays sundays`)...)
	for _, table := range []map[string]int{weekdays, months, ordinalWords} {
		for w := range table {
			m[w] = true
		}
	}
	for w := range numberWords {
		m[w] = true
	}
	for w := range scaleWords {
		m[w] = true
	}
	for _, h := range hedges {
		m[h.words[0]] = true
	}
	return m
}()

// timexAt tries every temporal pattern at token i; the first that matches wins.
func (x *analysis) timexAt(i int, s check.Sentence) (timex, int, bool) {
	toks := x.a.Tokens
	if toks[i].Kind != check.Number && x.lex[i]&lexTimex == 0 {
		return timex{}, 0, false
	}
	if w := toks[i].Lower; (w == "the" || w == "a" || w == "an" || w == "that") && i+1 < len(toks) && toks[i+1].Kind != check.Number && x.lex[i+1]&lexTimex == 0 && toks[i+1].Lower != "couple" {
		return timex{}, 0, false // an article starts one only before a word that could
	}
	if toks[i].Lower == "the" {
		// Not in timexPatterns: it reads the period it names with them.
		if c, end, ok := x.edgeAt(i, s); ok {
			return c, end, true
		}
	}
	for _, f := range timexPatterns {
		if c, end, ok := f(x, i, s); ok {
			// "12/19/2005 2:48:40 PM ET": a day and the time on it are one time.
			if c.Kind == "date" && len(c.Value) == len("2006-01-02") && end < s.Last && toks[end].Kind == check.Number {
				if t, tend, ok := x.clockAt(end, s); ok && t.Kind == "time" {
					if _, clock, found := strings.Cut(t.Value, "T"); found {
						c.Kind, c.Value, end = "time", c.Value+"T"+clock, tend
						if c.Span.End != 0 {
							c.Span.End = toks[end-1].End
						}
					}
				}
			}
			return c, end, true
		}
	}
	return timex{}, 0, false
}

func (x *analysis) pub() (time.Time, bool) { return x.a.Published, x.a.HasPublished() }

// future reports whether the sentence looks ahead at token i ("will meet on
// Friday", "on Tuesday, the group plans to").
func (x *analysis) future(i int, s check.Sentence) bool { return x.tense(i, s) > 0 }

// futureCues are words that put what a date dates ahead of the writer.
var futureCues = setOf("will", "'ll", "shall", "would", "scheduled", "expected", "plans", "plan", "planned",
	"planning", "intends", "intend", "due", "upcoming", "going", "next", "coming", "starting", "soon", "might")

// pastCues are words that put it behind.
var pastCues = setOf("said", "says", "was", "were", "had", "did", "told", "ago")

// beForms make the participle after them passive or perfect ("will be
// released Tuesday"): the tense is read from the words before them.
var beForms = setOf("be", "been", "being", "is", "are", "am", "to", "get", "got")

// tense reads which way a sentence points at the date at token i: +1 ahead,
// -1 behind, 0 when it does not say. The nearest cue before the date
// decides; failing one, a cue after it in the same clause ("On Tuesday, the
// league plans to ..."). A verb in the past ("announced Tuesday") is a cue
// behind, unless it is passive or perfect.
func (x *analysis) tense(i int, s check.Sentence) int {
	toks := x.a.Tokens
	for k := i - 1; k >= s.First && k >= i-12; k-- {
		if t := x.cueAt(k, s); t != 0 {
			return t
		}
		// "as early as Tuesday", "as soon as Tuesday": looking ahead to the
		// earliest it could be.
		if (toks[k].Lower == "early" || toks[k].Lower == "soon") && k > s.First && toks[k-1].Lower == "as" && k+1 < i && toks[k+1].Lower == "as" {
			return 1
		}
		// A deadline put off to a day is ahead of the news that reports it:
		// "extended its deadline until 9 a.m. Tuesday", "postponed until
		// Tuesday".
		if (toks[k].Lower == "until" || toks[k].Lower == "till") && k+4 > i && x.deadlineIn(s) {
			return 1
		}
	}
	for k := i + 1; k < s.Last && k <= i+10; k++ {
		switch toks[k].Text {
		case ";", ":", "(", ")":
			return 0
		}
		if t := x.cueAt(k, s); t != 0 {
			return t
		}
	}
	return 0
}

// deadlineIn reports whether a sentence speaks of a deadline put off.
func (x *analysis) deadlineIn(s check.Sentence) bool {
	for _, t := range x.a.Tokens[s.First:s.Last] {
		if deadlineWords[t.Lower] {
			return true
		}
	}
	return false
}

// deadlineWords speak of a deadline set or put off.
var deadlineWords = setOf("deadline", "postponed", "extended", "delayed", "adjourned", "recessed", "given",
	"gave", "suspended")

// cueAt reads the tense cue at token k, or 0.
func (x *analysis) cueAt(k int, s check.Sentence) int {
	toks := x.a.Tokens
	w := toks[k].Lower
	switch {
	case toks[k].Kind != check.Word || toks[k].Upper && k > s.First:
		return 0
	case futureCues[w]:
		next := ""
		if k+1 < s.Last {
			next = toks[k+1].Lower
		}
		switch {
		case (w == "plan" || w == "plans") && next != "to":
			return 0 // "vacation plans", not "plans to"
		case w == "next" && next == "to":
			return 0 // "next to the embassy"
		case w == "planned" && !(k > s.First && beForms[toks[k-1].Lower]):
			return -1 // "the government planned to pay", but "is planned for"
		}
		return 1
	case w == "set" && k > s.First && beForms[toks[k-1].Lower] && k+1 < s.Last && (toks[k+1].Lower == "for" || toks[k+1].Lower == "to"):
		return 1 // "is set for Tuesday", "are set to meet"
	case pastCues[w]:
		return -1
	case len(w) > 4 && strings.HasSuffix(w, "ed") && !notPast[w] || irregularPast[w]:
		if k > s.First && beForms[toks[k-1].Lower] {
			return 0
		}
		return -1
	}
	return 0
}

// irregularPast are past forms news uses most that do not end in -ed.
var irregularPast = setOf("came", "went", "met", "began", "took", "gave", "made", "held", "left", "fell",
	"rose", "won", "lost", "spoke", "wrote", "saw", "found", "struck", "broke", "sent", "brought", "became",
	"ran", "fled", "led", "sought", "thought", "knew", "heard", "chose", "drew", "flew", "hit", "shot", "stood")

// notPast are words in -ed that are no verb in the past.
var notPast = setOf("indeed", "hundred", "speed", "breed", "proceed", "proceeds", "succeed", "exceed", "embed",
	"need", "seed", "feed", "greed", "steed", "creed", "bleed")

func ymd(t time.Time) string { return t.Format("2006-01-02") }

// weekdayDate resolves a weekday against the publication date: the latest on
// or before it, or the next after it when the sentence looks ahead.
func weekdayDate(pub time.Time, wd int, future bool) time.Time {
	cur := int(pub.Weekday())
	if cur == 0 {
		cur = 7
	}
	if future {
		d := (wd - cur + 7) % 7
		return pub.AddDate(0, 0, d)
	}
	d := (cur - wd + 7) % 7
	return pub.AddDate(0, 0, -d)
}

func (x *analysis) weekdayAt(i int, s check.Sentence) (timex, int, bool) {
	toks := x.a.Tokens
	t := toks[i]
	wd, ok := weekdays[bare(t.Lower)]
	if !ok || (len(t.Lower) <= 4 && !t.Upper) || t.Lower == "sun" || t.Lower == "wed" && !t.Upper {
		return timex{}, 0, false
	}
	if len(t.Lower) <= 4 && !(i+1 < s.Last && toks[i+1].Text == ".") {
		return timex{}, 0, false // "Sat" as a verb, "Mon" as a name
	}
	start, end := i, i+1
	if end < s.Last && toks[end].Text == "." && len(t.Lower) <= 4 {
		end++
	}
	c := timex{Kind: "date", Weekday: wd}
	// "Tuesday, Dec. 2, 2025" / "Tuesday (Dec. 2)": the written date decides.
	j := end
	if j < s.Last && (toks[j].Text == "," || toks[j].Text == "(") {
		j++
	}
	if j < s.Last {
		if dc, dend, ok := x.monthAt(j, s); ok && dc.Kind == "date" && len(dc.Value) == 10 {
			dc.Weekday = wd
			dc.Span.Start = toks[start].Start
			if dend < s.Last && toks[dend].Text == ")" {
				dc.Span.End = toks[dend].End
			}
			if dend < s.Last && toks[dend].Text == ")" {
				dend++
			}
			return dc, dend, true
		}
	}
	mod := ""
	// "today, Tuesday," / "Tuesday, today,": the writer says which day today is.
	if i >= s.First+2 && toks[i-1].Text == "," && toks[i-2].Lower == "today" || end+1 < s.Last && toks[end].Text == "," && toks[end+1].Lower == "today" || i > s.First && toks[i-1].Text == "(" && i >= s.First+2 && toks[i-2].Lower == "today" {
		c.Today = true
	}
	if i > s.First {
		switch toks[i-1].Lower {
		case "last", "next", "this", "past", "coming":
			mod = toks[i-1].Lower
			start = i - 1
		case "late":
			c.Mod = "END"
			start = i - 1
		case "early":
			c.Mod = "START"
			start = i - 1
		}
	}
	if pub, has := x.pub(); has {
		var d time.Time
		switch mod {
		case "last", "past":
			d = weekdayDate(pub.AddDate(0, 0, -1), wd, false)
			if d.Sub(pub) > -24*time.Hour*2 && mod == "last" {
				d = d.AddDate(0, 0, -7)
			}
		case "next":
			d = weekdayDate(pub.AddDate(0, 0, 7), wd, false)
		case "this", "coming":
			d = weekdayDate(pub, wd, mod == "coming" || x.future(i, s))
		default:
			d = weekdayDate(pub, wd, x.future(i, s))
		}
		c.Value = ymd(d)
	} else {
		c.Value = fmt.Sprintf("XXXX-WXX-%d", wd)
	}
	// Parts of the day: "Tuesday morning", "Tuesday night".
	if end < s.Last {
		if part, ok := dayParts[toks[end].Lower]; ok {
			c.Kind = "time"
			c.Value += "T" + part
			end++
		}
	}
	c.Span = check.Span{Start: toks[start].Start, End: toks[end-1].End}
	return c, end, true
}

// partMods are the TIMEX3 mods of "early", "mid" and "late".
var partMods = map[string]string{"early": "START", "mid": "MID", "late": "END"}

var dayParts = map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}

// monthAt reads "December 2, 2025", "Dec. 2", "2 December 2025",
// "December 2025", "December", "early December", "mid-2024" is yearAt's.
func (x *analysis) monthAt(i int, s check.Sentence) (timex, int, bool) {
	toks := x.a.Tokens
	var c timex
	c.Kind = "date"
	day := 0
	start := i
	j := i
	// "2 December" / "2nd of December"
	if toks[j].Kind == check.Number {
		if d := dayNum(toks[j].Lower); d > 0 && j+1 < s.Last {
			k := j + 1
			if toks[k].Lower == "of" && k+1 < s.Last {
				k++
			}
			if _, ok := months[bare(toks[k].Lower)]; ok && toks[k].Upper {
				day = d
				j = k
			}
		}
		if day == 0 {
			return c, 0, false
		}
	}
	mon, ok := months[bare(toks[j].Lower)]
	if !ok || !toks[j].Upper {
		return c, 0, false
	}
	short := len(toks[j].Lower) <= 4 && toks[j].Lower != "june" && toks[j].Lower != "july" && toks[j].Lower != "may"
	end := j + 1
	if end < s.Last && toks[end].Text == "." && short {
		end++
	}
	if day == 0 && end < s.Last && toks[end].Kind == check.Number {
		if d := dayNum(toks[end].Lower); d > 0 {
			day = d
			end++
		}
	}
	year := 0
	k := end
	if k < s.Last && toks[k].Text == "," {
		k++
	}
	if y, ok := yearToken(toks, k, s.Last); ok {
		year = y
		end = k + 1
	} else if day == 0 && end < s.Last && toks[end].Lower == "of" && end+1 < s.Last && len(toks[end+1].Lower) == 4 {
		if y, err := strconv.Atoi(toks[end+1].Lower); err == nil {
			year = y
			end += 2
		}
	}
	// A bare month name that could be a word ("May", "March") needs a day, a
	// year, or a preposition before it.
	if day == 0 && year == 0 {
		prev := ""
		if i > s.First {
			prev = toks[i-1].Lower
		}
		if prev == "-" && i-2 >= s.First && partMods[toks[i-2].Lower] != "" {
			prev = toks[i-2].Lower // "mid-March"
		}
		if (mon == 5 || mon == 3) && !(prev == "in" || prev == "since" || prev == "until" || prev == "early" || prev == "late" || prev == "mid" || prev == "last" || prev == "next" || prev == "this" || prev == "of" || prev == "by") {
			return c, 0, false
		}
		if short && end == j+1 {
			return c, 0, false
		}
	}
	// "early December", "late last month" are relativeAt's; here the modifiers.
	if i > s.First {
		switch toks[i-1].Lower {
		case "early":
			c.Mod, start = "START", i-1
		case "late":
			c.Mod, start = "END", i-1
		case "mid":
			c.Mod, start = "MID", i-1
		case "last", "next", "this":
			start = i - 1
			if pub, has := x.pub(); has && year == 0 {
				year = pub.Year()
				switch toks[i-1].Lower {
				case "last":
					if mon >= int(pub.Month()) {
						year--
					}
				case "next":
					if mon <= int(pub.Month()) {
						year++
					}
				}
			}
		}
		if mod, ok := partMods[toks[max(i-2, s.First)].Lower]; ok && start == i && toks[i-1].Text == "-" && i-2 >= s.First {
			c.Mod, start = mod, i-2 // "mid-December", "late-November"
		}
	}
	ys := "XXXX"
	if year > 0 {
		ys = fmt.Sprintf("%04d", year)
	} else if pub, has := x.pub(); has {
		y := pub.Year()
		// Without a year, the nearest such date: a month well after publication
		// in a past-tense sentence is last year's.
		tense := x.tense(i, s)
		future := tense > 0
		switch d := mon - int(pub.Month()); {
		case tense < 0 && (d > 0 || d == 0 && day > pub.Day()) && d > 1, tense == 0 && d > 6:
			y-- // "was heard in October", written in January
		case future && d < -1, tense == 0 && d < -6:
			y++ // "will be heard in May", or "is heard in May", written in December
		}
		ys = fmt.Sprintf("%04d", y)
	}
	c.Explicit = year > 0
	if day > 0 {
		c.Value = fmt.Sprintf("%s-%02d-%02d", ys, mon, day)
	} else {
		c.Value = fmt.Sprintf("%s-%02d", ys, mon)
	}
	c.Span = check.Span{Start: toks[start].Start, End: toks[end-1].End}
	return c, end, true
}

func dayNum(s string) int {
	d, err := strconv.Atoi(trimOrdinal(s))
	if err != nil || d < 1 || d > 31 {
		return 0
	}
	return d
}

var yearPreps = setOf("in", "since", "by", "of", "from", "until", "till", "before", "after", "during",
	"early", "late", "mid", "through", "throughout", "between", "and", "to", "for", "around", "circa",
	"fiscal", "year", "spring", "summer", "autumn", "fall", "winter", "the", "-", ",", "(")

var yearFollowers = setOf("and", "to", "or", "when", "as", "after", "before", "that", "the", "with", "was",
	"were", "is", "in", "on", "at", "for", "by", "he", "she", "they", "it", "but", "until", "through",
	"since", "election", "elections", "season", "budget", "campaign", "census", "olympics", "world",
	"summit", "crisis", "war", "law", "act", "report", "survey", "study", "levels", "level", "figures",
	"edition", "model", "annexation", "invasion", "deal", "agreement", "has", "had", "saw", "will")

// yearAt reads a year ("in 2022"), a decade ("the 1990s") or "mid-2024".
func (x *analysis) yearAt(i int, s check.Sentence) (timex, int, bool) {
	toks := x.a.Tokens
	t := toks[i]
	var c timex
	if t.Kind != check.Number {
		return c, 0, false
	}
	c.Kind = "date"
	start := i
	if i+1 < s.Last && timeZones[toks[i+1].Text] {
		return c, 0, false // "1653 GMT": a time
	}
	if i > s.First && toks[i-1].End == t.Start && currencySigns[toks[i-1].Text] {
		return c, 0, false // "$1799": a price
	}
	if len(t.Lower) == 5 && strings.HasSuffix(t.Lower, "s") {
		if y, err := strconv.Atoi(t.Lower[:4]); err == nil && y >= 1000 && y <= 2200 {
			if y%100 == 0 {
				c.Value = t.Lower[:2]
			} else {
				c.Value = t.Lower[:3]
			}
			c.Explicit = true
			return x.yearMods(c, start, i+1, s)
		}
	}
	if len(t.Lower) == 3 && strings.HasSuffix(t.Lower, "s") && i > s.First {
		// "the '90s", "the 80s": a decade of the last century, or of this
		// one for the '00s and '10s.
		d, err := strconv.Atoi(t.Lower[:2])
		p := toks[i-1]
		apostrophe := isApostrophe(p.Text) && p.End == t.Start
		age := i-2 >= s.First && possessiveDets[toks[i-2].Lower] // "in his early 30s": an age
		if err == nil && d%10 == 0 && !age && (apostrophe || p.Lower == "the" || p.Lower == "early" || p.Lower == "late" || p.Lower == "mid") {
			century := "19"
			if d < 20 {
				century = "20"
			}
			c.Value = century + t.Lower[:1]
			c.Explicit = true
			if apostrophe {
				start = i - 1
			}
			return x.yearMods(c, start, i+1, s)
		}
	}
	if len(t.Lower) != 4 {
		return c, 0, false
	}
	y, err := strconv.Atoi(t.Lower)
	if err != nil || y < 1000 || y > 2200 {
		return c, 0, false
	}
	prevOK := i > s.First && yearPreps[toks[i-1].Lower]
	next := ""
	if i+1 < s.Last {
		next = toks[i+1].Lower
	}
	nextOK := i+1 >= s.Last || toks[i+1].Kind == check.Punct || yearFollowers[next] || toks[i+1].Upper
	if !prevOK && !nextOK && !(y >= 1900 && y <= 2100 && i > s.First && determiners[toks[i-1].Lower] && next != "" && !countedPlural(next)) {
		return c, 0, false
	}
	if toks[i+min(1, s.Last-i-1)].Kind == check.Word && !nextOK && (y < 1900 || y > 2100) {
		return c, 0, false
	}
	if next != "" && !nextOK && toks[i+1].Kind == check.Word && !toks[i+1].Upper && (y < 1900 || y > 2100 || countedPlural(next)) {
		return c, 0, false // "2000 troops"; but "in 1992 intended", "the 1995 shooting"
	}
	c.Value = t.Lower
	c.Explicit = true
	return x.yearMods(c, start, i+1, s)
}

func (x *analysis) yearMods(c timex, start, end int, s check.Sentence) (timex, int, bool) {
	toks := x.a.Tokens
	i := start
	if i > s.First && toks[i-1].Text == "-" && i-2 >= s.First && toks[i-2].Lower == "mid" {
		c.Mod, start = "MID", i-2
	} else if i > s.First {
		switch toks[i-1].Lower {
		case "early":
			c.Mod, start = "START", i-1
		case "late":
			c.Mod, start = "END", i-1
		case "mid":
			c.Mod, start = "MID", i-1
		}
	}
	c.Span = check.Span{Start: toks[start].Start, End: toks[end-1].End}
	return c, end, true
}

// isoDate reads 2025-12-02 and 12/2/2025.
func (x *analysis) isoDate(i int, s check.Sentence) (timex, int, bool) {
	toks := x.a.Tokens
	var c timex
	if toks[i].Kind != check.Number || i+4 >= s.Last {
		return c, 0, false
	}
	adj := func(k int) bool { return toks[k].Start == toks[k-1].End }
	for k := i + 1; k <= i+4; k++ {
		if !adj(k) {
			return c, 0, false
		}
	}
	sep := toks[i+1].Text
	if toks[i+3].Text != sep || (sep != "-" && sep != "/") {
		return c, 0, false
	}
	a, _ := strconv.Atoi(toks[i].Lower)
	b, _ := strconv.Atoi(toks[i+2].Lower)
	d, _ := strconv.Atoi(toks[i+4].Lower)
	c.Kind = "date"
	c.Explicit = true
	switch {
	case sep == "-" && len(toks[i].Lower) == 4 && b >= 1 && b <= 12 && d >= 1 && d <= 31:
		c.Value = fmt.Sprintf("%04d-%02d-%02d", a, b, d)
	case sep == "/" && len(toks[i+4].Lower) == 4 && a >= 1 && a <= 12 && b >= 1 && b <= 31:
		c.Value = fmt.Sprintf("%04d-%02d-%02d", d, a, b)
	case sep == "/" && len(toks[i+4].Lower) == 4 && a > 12 && a <= 31 && b >= 1 && b <= 12:
		c.Value = fmt.Sprintf("%04d-%02d-%02d", d, b, a) // "22/03/2013": the day first, as Britain writes it
	case sep == "/" && len(toks[i+4].Lower) == 2 && a >= 1 && a <= 12 && b >= 1 && b <= 31 &&
		(i+5 >= s.Last || toks[i+5].Text != "/"):
		// "11/28/05": a two-digit year is of this century up to the
		// publication year's, else of the last.
		y := 2000 + d
		if pub, ok := x.pub(); ok && y > pub.Year() || !ok && d > 50 {
			y -= 100
		}
		c.Value = fmt.Sprintf("%04d-%02d-%02d", y, a, b)
	default:
		return c, 0, false
	}
	return c, i + 5, true
}

// relativeAt reads today, yesterday, last week, this year, earlier this month.
func (x *analysis) relativeAt(i int, s check.Sentence) (timex, int, bool) {
	toks := x.a.Tokens
	var c timex
	c.Kind = "date"
	pub, has := x.pub()
	w := toks[i].Lower
	switch w {
	case "today", "yesterday", "tomorrow", "tonight":
		off := map[string]int{"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}[w]
		if has {
			c.Value = ymd(pub.AddDate(0, 0, off))
		} else {
			c.Value = "XXXX-XX-XX"
		}
		if w == "tonight" {
			c.Kind = "time"
			c.Value += "TNI"
		}
		end := i + 1
		if w != "tonight" && end < s.Last {
			if part, ok := dayParts[toks[end].Lower]; ok {
				c.Kind = "time"
				c.Value += "T" + part
				end++
			}
		}
		if w == "today" && i+1 < s.Last && toks[i+1].Text == "'s" {
			return c, 0, false
		}
		return c, end, true
	case "this", "last", "next", "earlier", "later", "past", "previous", "coming", "early", "late":
	default:
		return c, 0, false
	}
	start, j := i, i
	mod := ""
	lastNight := j+2 < s.Last && toks[j+1].Lower == "last" && toks[j+2].Lower == "night"
	early := w == "early" || w == "late"
	// "early next week", "late last month": one phrase, and the mod says which part.
	lastNext := early && j+2 < s.Last && (toks[j+1].Lower == "next" || toks[j+1].Lower == "last") && calendarUnits[toks[j+2].Lower]
	if (w == "earlier" || w == "later" || early) && j+1 < s.Last && (toks[j+1].Lower == "this" || lastNight || lastNext) {
		if w == "earlier" || w == "early" {
			mod = "START"
		} else {
			mod = "END"
		}
		j++
		if w == "earlier" || w == "later" {
			start = j // "earlier this week": the week, with the mod; "early this week" is one phrase
		}
	}
	rel := toks[j].Lower
	if j+1 >= s.Last || rel == "early" || rel == "late" {
		return c, 0, false
	}
	if rel == "this" && toks[j+1].Lower == "past" && j+2 < s.Last && calendarUnits[toks[j+2].Lower] {
		rel = "last" // "this past weekend": the one just gone
		j++
	}
	unit := toks[j+1].Lower
	if part, ok := dayParts[unit]; ok && (rel == "this" || rel == "last" && unit == "night") {
		// "this morning"; "last night", the night before the day of publication.
		day := 0
		if rel == "last" {
			day = -1
		}
		if has {
			c.Value = ymd(pub.AddDate(0, 0, day)) + "T" + part
		} else {
			c.Value = "XXXX-XX-XXT" + part
		}
		c.Kind = "time"
		c.Mod = mod
		c.Span = check.Span{Start: toks[start].Start, End: toks[j+1].End}
		return c, j + 2, true
	}
	if rel == "coming" && start > s.First && toks[start-1].Lower == "the" && calendarUnits[unit] && unit != "weekend" {
		rel = "next" // "the coming year": the next one
		start--
	}
	if rel == "past" || rel == "previous" || rel == "coming" || rel == "earlier" || rel == "later" {
		return c, 0, false // "the past week" is a duration; others are vague
	}
	off := map[string]int{"this": 0, "last": -1, "next": 1}[rel]
	if !calendarUnits[unit] {
		return c, 0, false
	}
	if !has {
		c.Value = map[string]string{"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX",
			"quarter": "XXXX-QX", "decade": "XXX", "century": "XX"}[unit]
		if c.Value == "" {
			c.Value = "XXXX-" + seasons[unit]
		}
	} else {
		switch unit {
		case "week", "weekend":
			y, wk := pub.AddDate(0, 0, 7*off).ISOWeek()
			c.Value = fmt.Sprintf("%04d-W%02d", y, wk)
			if unit == "weekend" {
				c.Value += "-WE"
			}
		case "month":
			m := pub.AddDate(0, off, 1-pub.Day())
			c.Value = m.Format("2006-01")
		case "year":
			c.Value = strconv.Itoa(pub.Year() + off)
		case "quarter":
			q := (int(pub.Month())-1)/3 + off
			y := pub.Year()
			for q < 0 {
				q += 4
				y--
			}
			for q > 3 {
				q -= 4
				y++
			}
			c.Value = fmt.Sprintf("%04d-Q%d", y, q+1)
		case "decade":
			c.Value = strconv.Itoa(pub.Year()/10 + off)
		case "century":
			c.Value = strconv.Itoa(pub.Year()/100 + off)
		default:
			c.Value = fmt.Sprintf("%04d-%s", pub.Year()+off, seasons[unit])
		}
	}
	c.Mod = mod
	c.Span = check.Span{Start: toks[start].Start, End: toks[j+1].End}
	return c, j + 2, true
}

// calendarUnits are what "this", "last" and "next" can name.
var calendarUnits = setOf("week", "month", "year", "weekend", "quarter", "spring", "summer", "autumn", "fall",
	"winter", "decade", "century")

var seasons = map[string]string{"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

// agoAt reads "two days ago", "a year ago", "three weeks earlier".
func (x *analysis) agoAt(i int, s check.Sentence) (timex, int, bool) {
	toks := x.a.Tokens
	var c timex
	// "years ago", "months ago": somewhere in the past.
	if u, ok := unitOf(toks[i].Lower); ok && u != toks[i].Lower && i+1 < s.Last && toks[i+1].Lower == "ago" {
		c.Kind, c.Value = "date", "PAST_REF"
		start := i
		if i > s.First && (vagueCounts[toks[i-1].Lower] || toks[i-1].Lower == "some") {
			start = i - 1 // "many years ago", "a few weeks ago"
			if start > s.First && toks[start-1].Lower == "a" {
				start--
			}
		}
		c.Span = check.Span{Start: toks[start].Start, End: toks[i+1].End}
		return c, i + 2, true
	}
	n, next, ok := x.numberAt(i, s.Last)
	if toks[i].Lower == "half" && i+2 < s.Last && (toks[i+1].Lower == "a" || toks[i+1].Lower == "an") {
		n, next, ok = 0.5, i+2, true // "half a century ago"
	}
	if !ok || next+1 >= s.Last {
		return c, 0, false
	}
	unit, ok := unitOf(toks[next].Lower)
	if !ok || toks[next+1].Lower != "ago" {
		return c, 0, false
	}
	c.Kind = "date"
	pub, has := x.pub()
	k := int(n)
	switch unit {
	case "day":
		c.Value = "XXXX-XX-XX"
		if has {
			c.Value = ymd(pub.AddDate(0, 0, -k))
		}
	case "week":
		c.Value = "XXXX-WXX"
		if has {
			y, w := pub.AddDate(0, 0, -7*k).ISOWeek()
			c.Value = fmt.Sprintf("%04d-W%02d", y, w)
		}
	case "month":
		c.Value = "XXXX-XX"
		if has {
			c.Value = pub.AddDate(0, -k, 1-pub.Day()).Format("2006-01")
		}
	case "year":
		c.Value = "XXXX"
		if has {
			c.Value = strconv.Itoa(pub.Year() - k)
		}
	case "decade":
		c.Value = "XXX"
		if has {
			c.Value = strconv.Itoa(pub.Year()/10 - k)
			if float64(k) != n {
				c.Value = strconv.Itoa(pub.Year() - int(n*10)) // "half a decade ago"
			}
		}
	case "century":
		c.Value = "XX"
		if has {
			c.Value = strconv.Itoa((pub.Year() - int(n*100)) / 100) // "a century ago": the 1910s' century, "19"
			if float64(k) != n {
				c.Value = strconv.Itoa(pub.Year() - int(n*100)) // "half a century ago"
			}
		}
	default:
		c.Kind, c.Value = "time", "PAST_REF"
	}
	start, mod := x.hedgeBefore(i, s.First)
	if mod != "" {
		c.Mod = mod
	}
	c.Span = check.Span{Start: toks[start].Start, End: toks[next+1].End}
	return c, next + 2, true
}

// numberAt reads a cardinal at token i: digits, number words ("twenty-five",
// "two and a half", "a"), with a scale ("2.5 million"). It returns the value
// and the token after it.
func (x *analysis) numberAt(i, last int) (float64, int, bool) {
	toks := x.a.Tokens
	t := toks[i]
	var v float64
	j := i
	switch {
	case t.Kind == check.Number:
		s := strings.ReplaceAll(t.Lower, ",", "")
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return 0, i, false
		}
		v, j = f, i+1
	case t.Kind == check.Word:
		f, ok := numberWords[t.Lower]
		if !ok || t.Lower == "dozens" || t.Lower == "half" {
			return 0, i, false
		}
		v, j = f, i+1
		// "twenty-five", "twenty five"
		if f >= 20 && j+1 < last && toks[j].Text == "-" {
			if u, ok := numberWords[toks[j+1].Lower]; ok && u < 10 && u >= 1 {
				v += u
				j += 2
			}
		}
		if t.Lower == "a" || t.Lower == "an" {
			if j < last && toks[j].Lower == "couple" {
				v, j = 2, j+1
				if j < last && toks[j].Lower == "of" {
					j++
				}
			}
		}
		if t.Lower == "couple" {
			return 0, i, false
		}
	default:
		return 0, i, false
	}
	for j < last {
		if sc, ok := scaleWords[toks[j].Lower]; ok {
			v *= sc
			j++
			continue
		}
		break
	}
	// "two and a half"
	if j+2 < last && toks[j].Lower == "and" && (toks[j+1].Lower == "a" || toks[j+1].Lower == "one") && toks[j+2].Lower == "half" {
		v += 0.5
		j += 3
	}
	// "5 1/2", "4½": a whole number and a vulgar fraction.
	if t.Kind == check.Number && j < last {
		if f, k := fractionAt(toks, j, last); k > j {
			v += f
			j = k
		}
	}
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, i, false
	}
	return v, j, true
}

// vulgarFractions are the fraction characters news writes after a number.
var vulgarFractions = map[string]float64{"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1.0 / 3, "⅔": 2.0 / 3}

// fractionAt reads the fraction after a whole number at token j: "1/2" (as
// three tokens, the first set apart by a space) or "½". It returns the value
// and the token after it, or j when there is none.
func fractionAt(toks []check.Token, j, last int) (float64, int) {
	if f, ok := vulgarFractions[toks[j].Text]; ok {
		return f, j + 1
	}
	if j+2 >= last || toks[j].Kind != check.Number || toks[j+1].Text != "/" || toks[j+2].Kind != check.Number ||
		toks[j].Start == toks[j-1].End || toks[j+1].Start != toks[j].End || toks[j+2].Start != toks[j+1].End {
		return 0, j
	}
	num, e1 := strconv.Atoi(toks[j].Lower)
	den, e2 := strconv.Atoi(toks[j+2].Lower)
	if e1 != nil || e2 != nil || den < 2 || den > 8 || num < 1 || num >= den {
		return 0, j
	}
	return float64(num) / float64(den), j + 3
}

// halfAt reads "half a(n)" or "a half" (with its hyphen: "a half-hour") at
// token i, before a unit: the token after it, or i when there is none.
func halfAt(toks []check.Token, i, last int) int {
	if i+2 >= last {
		return i
	}
	a, b := toks[i].Lower, toks[i+1].Lower
	switch {
	case a == "half" && (b == "a" || b == "an"):
		return i + 2
	case (a == "a" || a == "one") && b == "half":
		if toks[i+2].Text == "-" {
			return i + 3
		}
		return i + 2
	}
	return i
}

// lengthExpected are the words after which "a year" is a length: "for a
// year", "lasted a day", "within an hour".
var lengthExpected = setOf("for", "about", "nearly", "almost", "than", "within", "lasted", "over", "after",
	"in", "took", "spent", "take", "takes", "taking", "last", "lasts", "lasting", "spend", "spends",
	"spending", "served", "serve", "serving", "waited")

// vagueCounts make a plural unit a vague length: "several days", "recent
// years", "the coming months".
var vagueCounts = setOf("several", "few", "many", "recent", "coming")

// durationAt reads "five hours", "five-hour", "roughly five hours", "two
// hours and 45 minutes", "four to seven minutes", "hours of", "a 40-year-old".
func (x *analysis) durationAt(i int, s check.Sentence) (timex, int, bool) {
	toks := x.a.Tokens
	var c timex
	start, mod := i, ""
	// Vague: "hours of negotiations", "for years", "several days".
	// "decades-long", "day-long": a length, however vague.
	if u, ok := unitOf(toks[i].Lower); ok && i+2 < s.Last && toks[i+1].Text == "-" && toks[i+2].Lower == "long" && toks[i+1].Start == toks[i].End {
		c.Kind = "duration"
		c.Value = durValue(1, u, toks[i].Lower != u)
		if toks[i].Lower == u {
			c.Lo, c.Hi = interval(durUnits[u].secs, "")
		}
		c.Span = check.Span{Start: toks[i].Start, End: toks[i+2].End}
		return c, i + 3, true
	}
	// "over the past decade", "in the last year": one unit, measured back.
	if w := toks[i].Lower; (w == "past" || w == "last") && i > s.First && toks[i-1].Lower == "the" && i+1 < s.Last {
		if u, ok := unitOf(toks[i+1].Lower); ok && u == toks[i+1].Lower && u != "second" && u != "minute" && !(i+2 < s.Last && toks[i+2].Lower == "of") {
			c.Kind = "duration"
			c.Value = durValue(1, u, false)
			c.Lo, c.Hi = interval(durUnits[u].secs, "")
			c.Span = check.Span{Start: toks[i].Start, End: toks[i+1].End}
			return c, i + 2, true
		}
	}
	if u, ok := unitOf(toks[i].Lower); ok && toks[i].Lower != u && u != "second" {
		if i > s.First && (toks[i-1].Lower == "early" || toks[i-1].Lower == "small" || toks[i-1].Lower == "wee") {
			return c, 0, false // "the early hours of Sunday" is a time of night, not a length
		}
		// "over the years", "in the months since".
		overThe := i-2 >= s.First && toks[i-1].Lower == "the" && (toks[i-2].Lower == "over" || toks[i-2].Lower == "in" || toks[i-2].Lower == "through" || toks[i-2].Lower == "during") && !(i+1 < s.Last && (toks[i+1].Kind == check.Number || toks[i+1].Lower == "of" || toks[i+1].Lower == "before" || toks[i+1].Lower == "after"))
		later := i+1 < s.Last && (toks[i+1].Lower == "later" || toks[i+1].Lower == "earlier") && !(i > s.First && toks[i-1].Lower == "the")
		vague := !(i+1 < s.Last && toks[i+1].Lower == "ago") && (overThe || later || i+1 < s.Last && toks[i+1].Lower == "of" || i > s.First && (toks[i-1].Lower == "for" || vagueCounts[toks[i-1].Lower] || toks[i-1].Lower == "within"))
		if vague {
			if i > s.First && vagueCounts[toks[i-1].Lower] {
				start = i - 1
				if start > s.First && toks[start-1].Lower == "a" {
					start--
				}
				if start > s.First && spanWords[toks[start-1].Lower] {
					start-- // "the past few weeks", "the next few days"
				}
			}
			c.Kind = "duration"
			c.Value = durValue(0, u, true)
			c.Span = check.Span{Start: toks[start].Start, End: toks[i].End}
			return c, i + 1, true
		}
	}
	n, j, ok := x.numberAt(i, s.Last)
	if h := halfAt(toks, i, s.Last); h > i {
		n, j, ok = 0.5, h, true // "half an hour", "a half-hour"
	}
	if !ok || j >= s.Last {
		return c, 0, false
	}
	hi := 0.0
	// Ranges: "four to seven minutes", "4-7 minutes".
	if j+1 < s.Last && (toks[j].Lower == "to" || toks[j].Lower == "or" || toks[j].Text == "-" || toks[j].Text == "–") {
		if m, k, ok := x.numberAt(j+1, s.Last); ok && k < s.Last && m > n {
			if _, isUnit := unitOf(toks[k].Lower); isUnit {
				hi, j = m, k
			}
		}
	}
	if j+1 < s.Last && (toks[j].Lower == "more" || toks[j].Lower == "additional" || toks[j].Lower == "further" || toks[j].Lower == "extra") {
		if _, ok := unitOf(toks[j+1].Lower); ok {
			j++ // "two more weeks"
		}
	}
	hyphen := false
	if j+1 < s.Last && toks[j].Text == "-" && toks[j].Start == toks[j-1].End {
		hyphen = true
		j++
	}
	unit, ok := unitOf(toks[j].Lower)
	if !ok || toks[j].Upper && toks[j].Text != strings.ToUpper(toks[j].Text) && j > s.First && !toks[i].Upper {
		return c, 0, false // "60 Minutes", the programme
	}
	if toks[j].Lower == "second" && j+1 < s.Last && toks[j+1].Kind == check.Word && !toks[j+1].Upper && !prepositions[toks[j+1].Lower] &&
		!conjunctions[toks[j+1].Lower] && !agoWords[toks[j+1].Lower] {
		return c, 0, false // "for a second day": an ordinal
	}
	if (toks[i].Lower == "a" || toks[i].Lower == "an") && n == 1 {
		// "a year" is a duration only where one is expected: "for a year",
		// "a day earlier"; "a couple of days" always is.
		after := ""
		if j+1 < s.Last {
			after = toks[j+1].Lower
		}
		if !(after == "earlier" || after == "later" || after == "before") && !(i > s.First && lengthExpected[toks[i-1].Lower]) {
			return c, 0, false
		}
	}
	if j+1 < s.Last && toks[j+1].Lower == "ago" {
		return c, 0, false
	}
	end := j + 1
	if end+2 < s.Last && toks[end].Lower == "and" && toks[end+1].Lower == "a" && toks[end+2].Lower == "half" {
		n += 0.5 // "an hour and a half"
		end += 3
	}
	secs := n * durUnits[unit].secs
	value := durValue(n, unit, false)
	// "two hours and 45 minutes"
	if end+2 < s.Last && toks[end].Lower == "and" {
		if m, k, ok := x.numberAt(end+1, s.Last); ok && k < s.Last {
			if u2, ok := unitOf(toks[k].Lower); ok && durUnits[u2].secs < durUnits[unit].secs {
				secs += m * durUnits[u2].secs
				value = durSeconds(secs, durUnits[unit].time || durUnits[u2].time)
				end = k + 1
			}
		}
	}
	// "40-year-old" is an age, not a duration anything lasted: TimeML leaves
	// it alone, and so does factlint (numbers too: see isAge).
	if end+1 < s.Last && toks[end].Text == "-" && toks[end+1].Lower == "old" && toks[end].Start == toks[end-1].End || hyphen && end < s.Last && toks[end].Lower == "old" {
		return c, 0, false // and "an 11-year old girl", "a 22 year-old resident": a hyphen left out
	}
	if n == 0 {
		return c, 0, false // "a zero-day vulnerability", a "zero day" flaw: a kind of flaw
	}
	start, mod = x.hedgeBefore(i, s.First)
	if start < i && extentless[toks[start].Lower] {
		// TimeML leaves "about" and "nearly" out of the extent, but keeps a
		// comparison ("just [over an hour]"); the mod keeps them all, and
		// Hedged the words a reader is shown.
		c.Hedged = check.Span{Start: toks[start].Start, End: toks[end-1].End}
		for start < i && extentless[toks[start].Lower] {
			start++
		}
	}
	if start == i && i > s.First && spanWords[toks[i-1].Lower] && !(toks[i].Lower == "a" || toks[i].Lower == "an") &&
		!(toks[i-1].Lower == "last" && i-1 > s.First && (auxiliaries[toks[i-2].Lower] || toks[i-2].Lower == "to")) {
		// "the past two months", "last three years": the words that place
		// the span; but not the verb in "will last two hours".
		start = i - 1
	}
	c.Kind = "duration"
	c.Value = value
	c.Mod = mod
	if hi > 0 {
		c.Lo, c.Hi = n*durUnits[unit].secs, hi*durUnits[unit].secs
		c.Value = durValue(0, unit, true)
	} else {
		c.Lo, c.Hi = interval(secs, mod)
	}
	c.Span = check.Span{Start: toks[start].Start, End: toks[end-1].End}
	return c, end, true
}

// durValue writes a TIMEX3 duration: PT5H, P2D, P2.5Y, or PTXH when vague.
func durValue(n float64, unit string, vague bool) string {
	u := durUnits[unit]
	num := "X"
	if !vague {
		if n != math.Trunc(n) && u.time && u.secs > 1 {
			return durSeconds(n*u.secs, u.time) // PT5H30M, as TimeML writes hours and a half
		}
		num = strconv.FormatFloat(n, 'f', -1, 64)
	}
	if u.time {
		return "PT" + num + u.letter
	}
	if !vague && u.per != 1 {
		num = strconv.FormatFloat(n*u.per, 'f', -1, 64)
	}
	return "P" + num + u.letter
}

// durSeconds writes a length of time in hours and minutes (PT2H45M), or in
// days, months or years when it is not a time of day's order.
func durSeconds(secs float64, timeUnit bool) string {
	if timeUnit || secs < 86400 {
		h := int(secs) / 3600
		m := (int(secs) % 3600) / 60
		sec := int(secs) % 60
		out := "PT"
		if h > 0 {
			out += strconv.Itoa(h) + "H"
		}
		if m > 0 {
			out += strconv.Itoa(m) + "M"
		}
		if sec > 0 || out == "PT" {
			out += strconv.Itoa(sec) + "S"
		}
		return out
	}
	if months := secs / durUnits["month"].secs; months < 24 && math.Abs(months-math.Round(months)) < 0.05 && secs >= durUnits["month"].secs {
		return fmt.Sprintf("P%dM", int(math.Round(months)))
	}
	days := secs / 86400
	return "P" + strconv.FormatFloat(math.Round(days*10)/10, 'f', -1, 64) + "D"
}

// setAt reads "every year", "each week", "weekly", "daily".
func (x *analysis) setAt(i int, s check.Sentence) (timex, int, bool) {
	toks := x.a.Tokens
	var c timex
	c.Kind = "set"
	switch toks[i].Lower {
	case "daily", "weekly", "monthly", "yearly", "annually", "hourly", "nightly", "quarterly":
		c.Value = map[string]string{"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y",
			"annually": "P1Y", "hourly": "PT1H", "nightly": "P1D", "quarterly": "P3M"}[toks[i].Lower]
		return c, i + 1, true
	case "twice", "once", "thrice":
		// "twice a week", "once a year": a set of times, as often as it says.
		if i+2 < s.Last && (toks[i+1].Lower == "a" || toks[i+1].Lower == "per" || toks[i+1].Lower == "every") {
			if u, ok := unitOf(toks[i+2].Lower); ok && u == toks[i+2].Lower {
				c.Value = durValue(1, u, false)
				return c, i + 3, true
			}
		}
		return c, 0, false
	case "weekends", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays":
		// "on weekends", "on Sundays": every one of them.
		if i == s.First || !(toks[i-1].Lower == "on" || toks[i-1].Lower == "at" || toks[i-1].Lower == "over") || toks[i].Lower != "weekends" && !toks[i].Upper {
			return c, 0, false
		}
		if wd, ok := weekdays[strings.TrimSuffix(toks[i].Lower, "s")]; ok {
			c.Value = fmt.Sprintf("XXXX-WXX-%d", wd)
		} else {
			c.Value = "XXXX-WXX-WE"
		}
		return c, i + 1, true
	case "every", "each":
		if i+1 >= s.Last {
			return c, 0, false
		}
		if wd, ok := weekdays[toks[i+1].Lower]; ok && toks[i+1].Upper {
			c.Value = fmt.Sprintf("XXXX-WXX-%d", wd)
			return c, i + 2, true
		}
		if u, ok := unitOf(toks[i+1].Lower); ok {
			c.Value = durValue(1, u, false)
			return c, i + 2, true
		}
		if n, j, ok := x.numberAt(i+1, s.Last); ok && j < s.Last {
			if u, ok := unitOf(toks[j].Lower); ok {
				c.Value = durValue(n, u, false)
				return c, j + 1, true
			}
		}
	}
	return c, 0, false
}

// currencySigns before a number make it a price.
var currencySigns = setOf("$", "£", "€", "¥")

// dayAfterClock reads the weekday a clock time is on, after it at token
// end ("9 a.m. Tuesday", "noon Friday"): that day's date and the token after
// it, else date and end as they were.
func (x *analysis) dayAfterClock(end int, s check.Sentence, date string) (string, int) {
	if end < s.Last && x.a.Tokens[end].Upper {
		if wd, wend, ok := x.weekdayAt(end, s); ok && len(wd.Value) == len("2006-01-02") {
			return wd.Value, wend
		}
	}
	return date, end
}

// timeZones are the zones a clock time is given in.
var timeZones = setOf("GMT", "UTC", "EST", "EDT", "CET", "CEST", "BST", "PST", "PDT", "CST", "CDT", "MST",
	"MDT", "ET", "PT", "MSK", "IST", "JST", "HKT", "AEST", "AEDT")

// clockPart reads "in the morning" (afternoon, evening) or "at night" at
// token k, after an hour: the part of the day named, or "".
func clockPart(toks []check.Token, k, last int) string {
	if k+1 < last && toks[k].Lower == "at" && toks[k+1].Lower == "night" {
		return "night"
	}
	if k+2 < last && toks[k].Lower == "in" && toks[k+1].Lower == "the" {
		switch p := toks[k+2].Lower; p {
		case "morning", "afternoon", "evening":
			return p
		}
	}
	return ""
}

// clockAt reads "9:30 a.m.", "16:40 GMT", "10 pm", "noon", "midnight".
func (x *analysis) clockAt(i int, s check.Sentence) (timex, int, bool) {
	toks := x.a.Tokens
	var c timex
	c.Kind = "time"
	date := "XXXX-XX-XX"
	if pub, has := x.pub(); has {
		date = ymd(pub)
	}
	t := toks[i]
	switch t.Lower {
	case "noon", "midday", "midnight":
		clock := "T12:00"
		if t.Lower == "midnight" {
			clock = "T24:00"
		}
		date, end := x.dayAfterClock(i+1, s, date) // "noon Friday"
		c.Value = date + clock
		return c, end, true
	}
	if t.Kind != check.Number {
		return c, 0, false
	}
	h, m := -1, 0
	num := t.Lower
	ampm := ""
	if strings.HasSuffix(num, "am") || strings.HasSuffix(num, "pm") {
		ampm = num[len(num)-2:]
		num = num[:len(num)-2]
	}
	end := i + 1
	if ampm == "" && end < s.Last {
		switch toks[end].Lower {
		case "a.m.", "am", "a.m":
			ampm, end = "am", end+1
		case "p.m.", "pm", "p.m":
			ampm, end = "pm", end+1
		case "o'clock":
			ampm, end = "oc", end+1
		}
	}
	zoned := end < s.Last && timeZones[toks[end].Text]
	sep := ":"
	if ampm == "am" || ampm == "pm" {
		sep = ":." // "6.30am", British; without am/pm, "6.30" is a decimal
	}
	sec := -1
	if k := strings.IndexAny(num, sep); k > 0 {
		rest := num[k+1:]
		if len(rest) == 5 && rest[2] == ':' {
			// "2:48:40 PM": seconds too, as a page's time stamp gives them
			v, err := strconv.Atoi(rest[3:])
			if err != nil || v > 59 {
				return c, 0, false
			}
			sec, rest = v, rest[:2]
		}
		a, e1 := strconv.Atoi(num[:k])
		b, e2 := strconv.Atoi(rest)
		if e1 != nil || e2 != nil || a > 24 || b > 59 || len(rest) != 2 {
			return c, 0, false
		}
		h, m = a, b
	} else if a, err := strconv.Atoi(num); err == nil && a >= 1 && a <= 12 && ampm != "" {
		h = a
	} else if part := clockPart(toks, end, s.Last); err == nil && a >= 1 && a <= 12 && part != "" {
		// "4 in the morning", "10 at night": the part of the day says which half.
		h, ampm = a, "am"
		if part != "morning" && !(part == "night" && a < 5) && a < 12 {
			ampm = "pm"
		}
		if part == "night" {
			end += 2
		} else {
			end += 3
		}
	} else if len(num) == 4 && zoned && err == nil && a/100 <= 23 && a%100 <= 59 {
		h, m = a/100, a%100 // "0737 GMT": the 24-hour clock, as wire copy writes it
		ampm = "24"
	} else {
		return c, 0, false
	}
	if ampm == "pm" && h < 12 {
		h += 12
	}
	if ampm == "am" && h == 12 {
		h = 0
	}
	if ampm == "" && end < s.Last && (toks[end].Lower == "left" || toks[end].Lower == "remaining" || end+1 < s.Last && toks[end].Lower == "to" && toks[end+1].Lower == "go") {
		return c, 0, false // "with 4:08 to go": a game clock, not the time of day
	}
	if end < s.Last && timeZones[toks[end].Text] {
		end++
		if end+1 < s.Last && (toks[end].Text == "+" || toks[end].Text == "-") && toks[end].Start == toks[end-1].End &&
			toks[end+1].Kind == check.Number && toks[end+1].Start == toks[end].End {
			end += 2 // "11:25 GMT+02:00": the zone's offset
		}
	} else if end+1 < s.Last && toks[end].Lower == "local" && toks[end+1].Lower == "time" {
		end += 2 // "10 a.m. local time"
	}
	date, end = x.dayAfterClock(end, s, date)
	c.Value = fmt.Sprintf("%sT%02d:%02d", date, h, m)
	if sec >= 0 {
		c.Value += fmt.Sprintf(":%02d", sec)
	}
	return c, end, true
}

// refAt reads the vague references TimeML values as PAST_REF / PRESENT_REF /
// FUTURE_REF: "now", "currently", "the past", "the future". Not "recently":
// TempEval-3's annotators leave it out, and no rule could compare it.
func (x *analysis) refAt(i int, s check.Sentence) (timex, int, bool) {
	toks := x.a.Tokens
	var c timex
	c.Kind = "date"
	switch toks[i].Lower {
	case "now", "currently", "nowadays":
		c.Value = "PRESENT_REF"
		return c, i + 1, true
	case "weekend":
		// "the weekend": the last one, or the next where the sentence looks
		// ahead. "Over the weekend" is measured, as TimeML's annotators read it.
		if i == s.First || toks[i-1].Lower != "the" {
			return c, 0, false
		}
		c.Span = check.Span{Start: toks[i-1].Start, End: toks[i].End}
		if i-1 > s.First && toks[i-2].Lower == "over" {
			c.Kind, c.Value = "duration", "P2D"
			c.Lo, c.Hi = interval(2*86400, "")
			return c, i + 1, true
		}
		c.Value = "XXXX-WXX-WE"
		if pub, has := x.pub(); has {
			d := weekdayDate(pub, 6, x.future(i, s)) // the Saturday
			y, wk := d.ISOWeek()
			c.Value = fmt.Sprintf("%04d-W%02d-WE", y, wk)
		}
		return c, i + 1, true
	case "past":
		// "the past", as a time: not "the past week", "the past two years".
		if i > s.First && toks[i-1].Lower == "the" && (i+1 >= s.Last || toks[i+1].Kind == check.Punct || toks[i+1].Lower == "and" || toks[i+1].Lower == "or") {
			c.Value = "PAST_REF"
			c.Span = check.Span{Start: toks[i-1].Start, End: toks[i].End}
			return c, i + 1, true
		}
	case "future":
		if i > s.First && toks[i-1].Lower == "the" {
			c.Value = "FUTURE_REF"
			c.Span = check.Span{Start: toks[i-1].Start, End: toks[i].End}
			return c, i + 1, true
		}
		// "the near future", "the foreseeable future".
		if i > s.First+1 && nearFuture[toks[i-1].Lower] && toks[i-2].Lower == "the" {
			c.Value = "FUTURE_REF"
			c.Span = check.Span{Start: toks[i-2].Start, End: toks[i].End}
			return c, i + 1, true
		}
		// "Elian's future", "future medical disasters", as TimeML's
		// annotators mark them.
		if !toks[i].Upper && !(i > s.First && (toks[i-1].Lower == "a" || nearFuture[toks[i-1].Lower])) {
			c.Value = "FUTURE_REF"
			return c, i + 1, true
		}
	}
	return c, 0, false
}

// agoWords tell a length from a point: "a second later".
var agoWords = setOf("later", "earlier", "ago", "before", "after", "longer")

// nearFuture say how far off "the future" is.
var nearFuture = setOf("near", "distant", "foreseeable", "immediate", "far")

// partSettings come before "the morning" or "the winter" that says when.
var partSettings = setOf("in", "during", "by", "through", "throughout", "until", "till", "overnight", "all", "that")

// anaphorUnits are what an anaphoric date names, with its unknown value.
var anaphorUnits = map[string]string{"day": "XXXX-XX-XX", "morning": "XXXX-XX-XXTMO", "afternoon": "XXXX-XX-XXTAF",
	"evening": "XXXX-XX-XXTEV", "night": "XXXX-XX-XXTNI", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE",
	"month": "XXXX-XX", "year": "XXXX"}

// anaphorAt reads dates told from another date in the text: "that day",
// "that same day", "earlier that day", "the next morning", "the following
// week", "later that year". Their day is not resolved here (the value has
// X's), so rules do not compare them, but they are dates all the same.
func (x *analysis) anaphorAt(i int, s check.Sentence) (timex, int, bool) {
	toks := x.a.Tokens
	var c timex
	c.Kind = "date"
	// "the day after the attack", "in the weeks before the vote", "days
	// after the shooting": a date told from an event; TimeML's annotators
	// mark the unit alone.
	if w := toks[i].Lower; i+1 < s.Last && (toks[i+1].Lower == "before" || toks[i+1].Lower == "after") {
		if u, ok := unitOf(w); ok && anaphorUnits[u] != "" && (i == s.First || toks[i-1].Lower == "the" || toks[i-1].Kind == check.Word && w != u && !vagueCounts[toks[i-1].Lower] && numberWords[toks[i-1].Lower] == 0) {
			c.Value = anaphorUnits[u]
			if strings.Contains(c.Value, "T") {
				c.Kind = "time"
			}
			return c, i + 1, true
		}
	}
	j := i
	if w := toks[j].Lower; (w == "earlier" || w == "later") && j+1 < s.Last && toks[j+1].Lower == "that" {
		j++
	}
	if j+1 >= s.Last {
		return c, 0, false
	}
	switch toks[j].Lower {
	case "that":
		j++
		if toks[j].Lower == "same" && j+1 < s.Last {
			j++
		}
	case "the":
		if j+2 >= s.Last {
			return c, 0, false
		}
		switch w := toks[j+1].Lower; {
		case w == "next" || w == "following" || w == "previous" || w == "same":
			j += 2
		case (dayParts[w] != "" && w != "overnight" || seasons[w] != "") && i > s.First && partSettings[toks[i-1].Lower] && toks[j+2].Lower != "of":
			// "in the morning", "during the night", "in the winter": a part
			// of a day or a year the text does not place.
			if season, ok := seasons[w]; ok {
				c.Value = "XXXX-" + season
			} else {
				c.Kind, c.Value = "time", "XXXX-XX-XXT"+dayParts[w]
			}
			return c, j + 2, true
		default:
			return c, 0, false
		}
	default:
		return c, 0, false
	}
	v, ok := anaphorUnits[toks[j].Lower]
	if !ok || toks[j].Lower == "weekend" && toks[i].Lower == "that" {
		return c, 0, false
	}
	if strings.HasSuffix(v, "TMO") || strings.HasSuffix(v, "TAF") || strings.HasSuffix(v, "TEV") || strings.HasSuffix(v, "TNI") {
		c.Kind = "time"
	}
	c.Value = v
	return c, j + 1, true
}
