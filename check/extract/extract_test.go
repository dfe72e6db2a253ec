package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/factlint/factlint/check"
)

func analyse(text, published string) *check.Article {
	a := &check.Article{Path: "t.txt", Raw: []byte(text), Text: []byte(text)}
	if published != "" {
		a.Published, _ = time.Parse("2006-01-02", published)
	}
	Analyse(a)
	return a
}

func find(a *check.Article, kind, text string) *check.Claim {
	for i := range a.Claims {
		if a.Claims[i].Kind == kind && a.Claims[i].Text == text {
			return &a.Claims[i]
		}
	}
	return nil
}

// quoteOf analyses text and finds its quote claim with the words given,
// reporting the claims it found when there is none.
func quoteOf(t *testing.T, text, quote string) (*check.Article, *check.Claim) {
	t.Helper()
	a := analyse(text, "")
	q := find(a, "quote", quote)
	if q == nil {
		var all []string
		for _, cl := range a.Claims {
			all = append(all, cl.Kind+":"+cl.Text)
		}
		t.Errorf("%q: no quote %q (got %s)", text, quote, strings.Join(all, ", "))
	}
	return a, q
}

// speakerText is the mention a quote claim is attributed to, as written;
// with resolve, what a pronoun stands for.
func speakerText(a *check.Article, q *check.Claim, resolve bool) string {
	if q.SpeakerRef == 0 {
		return ""
	}
	m := a.Mentions[q.SpeakerRef-1]
	if resolve && m.Ante > 0 {
		m = a.Mentions[m.Ante-1]
	}
	return m.Text
}

func TestTemporal(t *testing.T) {
	const pub = "2025-12-03" // a Wednesday
	cases := []struct {
		sentence, text, kind, value, mod string
	}{
		{"The talks ended on Tuesday.", "Tuesday", "date", "2025-12-02", ""},
		{"They will meet on Friday.", "Friday", "date", "2025-12-05", ""},
		{"The vote is set for Friday.", "Friday", "date", "2025-12-05", ""},
		{"The group could leave as soon as Friday, officials said.", "Friday", "date", "2025-12-05", ""},
		{"The agency extended its deadline until Friday.", "Friday", "date", "2025-12-05", ""},
		{"The shop stayed open until Monday.", "Monday", "date", "2025-12-01", ""},
		{"It happened on Tuesday, Dec. 2, 2025.", "Tuesday, Dec. 2, 2025", "date", "2025-12-02", ""},
		{"He spoke on December 2, 2025 in Moscow.", "December 2, 2025", "date", "2025-12-02", ""},
		{"He arrived on 2 December.", "2 December", "date", "2025-12-02", ""},
		{"Russia declared them annexed in 2022.", "2022", "date", "2022", ""},
		{"It began unraveling with a 1972 burglary of the committee.", "1972", "date", "1972", ""},
		{"It was popular in the '90s.", "'90s", "date", "199", ""},
		{"Prices will fall in the near future.", "the near future", "date", "FUTURE_REF", ""},
		{"The ruling decides Elian's future.", "future", "date", "FUTURE_REF", ""},
		{"Kenya prepared for future medical disasters.", "future", "date", "FUTURE_REF", ""},
		{"It was popular in the late 80s.", "late 80s", "date", "198", "END"},
		{"The firm was sold on New Year's Day.", "New Year's Day", "date", "2025-01-01", ""},
		{"The police arrived hours later.", "hours", "duration", "PTXH", ""},
		{"It will take a couple of days to assess the damage.", "a couple of days", "duration", "P2D", ""},
		{"The assessment will last two hours.", "two hours", "duration", "PT2H", ""},
		{"He served a year in prison.", "a year", "duration", "P1Y", ""},
		{"It was built in the 1990s.", "1990s", "date", "199", ""},
		{"Growth slowed in mid-2024.", "mid-2024", "date", "2024", "MID"},
		{"She left yesterday.", "yesterday", "date", "2025-12-02", ""},
		{"Prices rose last week.", "last week", "date", "2025-W48", ""},
		{"Sales fell this year.", "this year", "date", "2025", ""},
		{"He resigned two days ago.", "two days ago", "date", "2025-12-01", ""},
		{"They met at 9:30 a.m. in Paris.", "9:30 a.m.", "time", "2025-12-03T09:30", ""},
		{"The five-hour meeting ended.", "five-hour", "duration", "PT5H", ""},
		{"The talks lasted roughly five hours.", "five hours", "duration", "PT5H", "APPROX"}, // TimeML: the hedge is the mod, not the extent
		{"It took two hours and 45 minutes.", "two hours and 45 minutes", "duration", "PT2H45M", ""},
		{"It lasted nearly two and a half hours.", "two and a half hours", "duration", "PT2H30M", "LESS_THAN"},
		{"It lasted more than three hours over the last two days.", "last two days", "duration", "P2D", ""},
		{"The 40-year-old envoy arrived at 9 a.m. Tuesday.", "9 a.m. Tuesday", "time", "2025-12-02T09:00", ""},
		{"Last year's talks failed.", "Last year", "date", "2024", ""},
		{"The talks paused for Thanksgiving Day.", "Thanksgiving Day", "date", "2025-11-27", ""},
		{"The family will gather on Christmas Eve.", "Christmas Eve", "date", "2025-12-24", ""},
		{"Last Christmas was quiet.", "Last Christmas", "date", "2024-12-25", ""},
		{"The truce held over Easter.", "Easter", "date", "2025-04-20", ""},
		{"Results came on Election Day.", "Election Day", "date", "2025-11-04", ""},
		{"They met again later that year.", "later that year", "date", "XXXX", ""},
		{"It lasted more than three hours.", "more than three hours", "duration", "PT3H", "MORE_THAN"},
		{"Despite hours of negotiations, nothing changed.", "hours", "duration", "PTXH", ""},
		{"The summit is held every year.", "every year", "set", "P1Y", ""},
		{"The rescue took 5 1/2 hours.", "5 1/2 hours", "duration", "PT5H30M", ""},
		{"The siege lasted 4½ months.", "4½ months", "duration", "P4.5M", ""},
		{"The quake struck at 0737 GMT.", "0737 GMT", "time", "2025-12-03T07:37", ""},
		{"The report came at 1653 GMT.", "1653 GMT", "time", "2025-12-03T16:53", ""},
		{"He spoke at today's rally.", "today", "date", "2025-12-03", ""},
		{"Updated 12/19/2005 2:48:40 PM ET.", "12/19/2005 2:48:40 PM ET", "time", "2005-12-19T14:48:40", ""},
		{"Posted September 14, 2013 11:41am by the desk.", "September 14, 2013 11:41am", "time", "2013-09-14T11:41", ""},
		{"Updated 09 Sep 2013 11:25 GMT+02:00 by the desk.", "09 Sep 2013 11:25 GMT+02:00", "time", "2013-09-09T11:25", ""},
		{"Posted 11/28/05 by the desk.", "11/28/05", "date", "2005-11-28", ""},
		{"Posted 11/28/97 by the desk.", "11/28/97", "date", "1997-11-28", ""},
		{"It was signed on 22/03/2013 in London.", "22/03/2013", "date", "2013-03-22", ""},
		{"The vote will close at noon Friday.", "noon Friday", "time", "2025-12-05T12:00", ""},
		{"By 6.30am the fire was out.", "6.30am", "time", "2025-12-03T06:30", ""},
		{"He died last night, police said.", "last night", "time", "2025-12-02TNI", ""},
		{"He was shot late last night.", "late last night", "time", "2025-12-02TNI", "END"},
		{"They met at the weekend.", "the weekend", "date", "2025-W48-WE", ""},
		{"They will meet at the weekend.", "the weekend", "date", "2025-W49-WE", ""},
		{"Over the weekend, lawyers argued.", "the weekend", "duration", "P2D", ""},
		{"Threats had become routine over the past decade.", "past decade", "duration", "P10Y", ""},
		{"It is a decades-long feud.", "decades-long", "duration", "PXY", ""},
		{"It was a day-long meeting.", "day-long", "duration", "P1D", ""},
		{"He will stay two more weeks.", "two more weeks", "duration", "P2W", ""},
		{"In the coming years it will grow.", "coming years", "duration", "PXY", ""},
		{"He will leave at 4 in the morning.", "4 in the morning", "time", "2025-12-03T04:00", ""},
		{"The vote is due in late-November.", "late-November", "date", "2025-11", "END"},
		{"They meet early next week.", "early next week", "date", "2025-W50", "START"},
		{"Profit rose in the third quarter.", "the third quarter", "date", "2025-Q3", ""},
		{"Sales grew in the fourth quarter of 2024.", "the fourth quarter of 2024", "date", "2024-Q4", ""},
		{"Sales fell in the first half of the year.", "the first half of the year", "date", "2025-H1", ""},
		{"Earnings for fiscal 2024 were flat.", "fiscal 2024", "date", "2024", ""},
		{"Revenue fell in Q3 2024.", "Q3 2024", "date", "2024-Q3", ""},
		{"It happened in summer 2012.", "summer 2012", "date", "2012-SU", ""},
		{"The 19th century was long.", "19th century", "date", "18", ""},
		{"He meets them twice a week.", "twice a week", "set", "P1W", ""},
		{"The war belongs to the past.", "the past", "date", "PAST_REF", ""},
		{"The day before, he spoke.", "day", "date", "XXXX-XX-XX", ""},
		{"He was seen in the weeks before the shooting.", "weeks", "date", "XXXX-WXX", ""},
		{"He crossed the border days after the attack.", "days", "date", "XXXX-XX-XX", ""},
		{"Over the years he spoke often.", "years", "duration", "PXY", ""},
		{"Talks resume in the coming days.", "coming days", "duration", "PXD", ""},
		{"It happened many years ago.", "many years ago", "date", "PAST_REF", ""},
		{"Prices will rise by the end of the year.", "the end of the year", "date", "2025", "END"},
		{"Prices fell at the end of 2024.", "the end of 2024", "date", "2024", "END"},
		{"Prices rose at the beginning of the month.", "the beginning of the month", "date", "2025-12", "START"},
		{"Prices rose in mid-March.", "mid-March", "date", "2025-03", "MID"},
		{"It rose over the past few weeks.", "past few weeks", "duration", "PXW", ""},
		{"It lasted half an hour.", "half an hour", "duration", "PT30M", ""},
		{"It lasted just over an hour.", "over an hour", "duration", "PT1H", "MORE_THAN"},
		{"The trial is set for the week of March 6.", "the week of March 6", "date", "2026-W10", ""},
		{"It lasted an hour and a half.", "an hour and a half", "duration", "PT1H30M", ""},
		{"The flash lasted a second and a half.", "a second and a half", "duration", "PT1.5S", ""},
		{"It lasted a half-hour.", "a half-hour", "duration", "PT30M", ""},
		{"It began at 10 a.m. local time.", "10 a.m. local time", "time", "2025-12-03T10:00", ""},
		// Which way the sentence points decides a weekday or a month without a year.
		{"They said they would appeal the decision, announced Tuesday by the agency.", "Tuesday", "date", "2025-12-02", ""},
		{"The group might arrive as early as Friday.", "Friday", "date", "2025-12-05", ""},
		{"On Friday, the league plans to hold a news conference.", "Friday", "date", "2025-12-05", ""},
		{"On Friday, the government planned to pay the first claims.", "Friday", "date", "2025-11-28", ""},
		{"He was wounded in the blast next to the embassy on Friday.", "Friday", "date", "2025-11-28", ""},
		{"The case is heard in May in the appeals court.", "May", "date", "2026-05", ""},
		{"The case was heard in May in the appeals court.", "May", "date", "2025-05", ""},
		{"The ruling came in October.", "October", "date", "2025-10", ""},
		{"The plant opened half a century ago.", "half a century ago", "date", "1975", ""},
		{"The plant opened a century ago.", "a century ago", "date", "19", ""},
		{"In the morning they found two men.", "the morning", "time", "XXXX-XX-XXTMO", ""},
		{"The roads freeze in the winter.", "the winter", "date", "XXXX-WI", ""},
		{"It rained this past weekend.", "this past weekend", "date", "2025-W48-WE", ""},
		{"Protests happen on weekends.", "weekends", "set", "XXXX-WXX-WE", ""},
		{"He works on Sundays.", "Sundays", "set", "XXXX-WXX-7", ""},
		{"The coming year will be hard.", "The coming year", "date", "2026", ""},
	}
	for _, c := range cases {
		a := analyse(c.sentence, pub)
		got := find(a, c.kind, c.text)
		if got == nil {
			var all []string
			for _, cl := range a.Claims {
				all = append(all, cl.Kind+":"+cl.Text+"="+cl.Value)
			}
			t.Errorf("%q: no %s claim %q (got %s)", c.sentence, c.kind, c.text, strings.Join(all, ", "))
			continue
		}
		if got.Value != c.value || got.Mod != c.mod {
			t.Errorf("%q: %q = %s %s, want %s %s", c.sentence, c.text, got.Value, got.Mod, c.value, c.mod)
		}
	}
}

// TestNotTemporal lists words a temporal pattern must leave alone.
// TestHolidayWeek checks that a holiday's week already under way when the
// article is published is this year's, though the holiday is still ahead.
func TestHolidayWeek(t *testing.T) {
	a := analyse("Protesters prayed as Easter week began.", "2000-04-17")
	if c := find(a, "date", "Easter week"); c == nil || c.Value != "2000-W16" {
		t.Errorf("Easter week: %+v", c)
	}
	a = analyse("Protesters prayed during Easter week.", "2000-02-10")
	if c := find(a, "date", "Easter week"); c == nil || c.Value != "1999-W13" {
		t.Errorf("last Easter week: %+v", c)
	}
}

func TestNotTemporal(t *testing.T) {
	for _, text := range []string{
		"The blast came in the early hours of Sunday.", // no length of "hours"
		"The dial read 6.30 at the end.",               // a decimal, not a time
		"He scored 1052 points.",                       // four digits without a zone
		"The laptop sells for $1799.",                  // a price, not a year
		"He recently left the company.",                // vague, and unannotated in TempEval-3
		"He scored with 4:08 to go.",                   // a game clock
		"Police said he was in his early 30s.",         // an age
		"Bensu Elianita, a 22 year-old resident, spoke.",
		"Attackers used a \"zero day\" flaw.",
		"A weekend of bitter accusations followed.",
		"He scored late in the fourth quarter.", // a game's quarter, not a year's
		"They led at the end of the first half.",
		"Half the people left.",
		"He spoke on 60 Minutes on Sunday.", // a programme, not a length
		"We face a future in which weapons spread.",
		"Future Shock was a bestseller.",
		"They fled in the fall of the regime.",  // "the fall of" something is no season
		"The strikes went on for a second day.", // an ordinal, not a length
		"He aimed for an 11-year old girl.",     // an age
		"Microsoft patched a zero-day flaw.",    // a kind of flaw
		"She was shot to death on the night of the attack.",
	} {
		a := analyse(text, "2025-12-03")
		for _, c := range a.Claims {
			if c.Kind == "duration" || c.Kind == "time" || c.Kind == "date" && !strings.Contains(c.Text, "Sunday") {
				t.Errorf("%q: unexpected %s claim %q = %s", text, c.Kind, c.Text, c.Value)
			}
		}
	}
}

func TestLastWeekOfIsNoDuration(t *testing.T) {
	a := analyse("Talks resume in the last week of March.", "2025-12-03")
	for _, c := range a.Claims {
		if c.Kind == "duration" {
			t.Errorf("unexpected duration %q = %s", c.Text, c.Value)
		}
	}
}

func TestWeekdayWithoutPublication(t *testing.T) {
	a := analyse("The talks ended on Tuesday.", "")
	if c := find(a, "date", "Tuesday"); c == nil || c.Value != "XXXX-WXX-2" {
		t.Errorf("got %+v, want XXXX-WXX-2", c)
	}
}

func TestQuoteSpeakers(t *testing.T) {
	cases := []struct {
		text, quote, speaker string
	}{
		{"Kremlin spokesman Dmitry Peskov confirmed it. 'The conversation was constructive,' Peskov stated.", "The conversation was constructive", "Peskov"},
		{"The meeting was called \u201cuseful, constructive and substantive\u201d by top Kremlin adviser Yuri Ushakov.", "useful, constructive and substantive", "Yuri Ushakov"},
		{"Yuri Ushakov spoke. Ushakov said, \"We could agree with some things.\"", "We could agree with some things.", "Ushakov"},
		{"\"The process is difficult,\" said Finance Minister Paul Brandt.", "The process is difficult", "Paul Brandt"},
		{"A Kremlin spokesman also called the talks \"constructive.\"", "constructive.", "A Kremlin spokesman"},
		{"Vladimir Putin spoke. He added that Russia was ready, but warned, \"We are ready right now.\"", "We are ready right now.", "He"},
		{"Although the talks were described as \u201cuseful,\u201d nothing changed.", "useful", ""},
		{"The world watches these talks. \"Nobody knows where they will lead us now.\"", "Nobody knows where they will lead us now.", ""},
		{"\"We live in Satan's kingdom,\" my father often said.", "We live in Satan's kingdom", "my father"},
		{"\"Why didn't he pay his taxes?\" a narrator in the Clinton ad asks.", "Why didn't he pay his taxes?", "a narrator in the Clinton ad"},
		{"\"We have had problems with cyber intrusions,\" Barack Obama said. He did not suggest retaliation. \"Our goal is to start instituting some norms.\"", "Our goal is to start instituting some norms.", "Barack Obama"},
		{"\"We have had problems with cyber intrusions,\" Barack Obama said. Vladimir Putin did not answer. \"Our goal is to start instituting some norms.\"", "Our goal is to start instituting some norms.", ""},
		{"“Who would have believed that we would have received almost 14 million votes?” Donald Trump said, looking out on the crowd.", "Who would have believed that we would have received almost 14 million votes?", "Donald Trump"},
		{"She says Clinton Kaine represents the “same rigged system that he claims he’s going to change.” She adds, “What kind of genius loses a billion dollars in a single year?”", "same rigged system that he claims he’s going to change.", "She"},
		{"Donald Trump spoke in Ohio. Trump attacked Clinton for her vote, saying, \"She's trigger-happy and very unstable.\"", "She's trigger-happy and very unstable.", "Trump"},
		{"Hillary Clinton stressed her support of the raid that killed Osama bin Laden and said she had what the job needs: \"Steadiness and strength.\"", "Steadiness and strength.", "Hillary Clinton"},
		{"The rules were likened to \"burning the Constitution and the law\" - a charge that might have stung.", "burning the Constitution and the law", ""},
		{"Bernie Sanders spoke in July. \"The plan is sound,\" said Douglas Holtz-Eakin, an economist.", "The plan is sound", "Douglas Holtz-Eakin"},
		{"Bernie Sanders ran in the primaries. On July 6, 2015, Sanders made the following comment:\n\n\u201cFor young people who have dropped out of high school, the unemployment rate is 33 percent.\u201d", "For young people who have dropped out of high school, the unemployment rate is 33 percent.", "Sanders"},
		{"\"A state cannot avoid the conclusion that its process results in removal,\" said the ruling.", "A state cannot avoid the conclusion that its process results in removal", "the ruling"},
		{"\"The measure must be struck down,\" the letter said.", "The measure must be struck down", "the letter"},
		{"My mother mentioned the devil. I laughed and said, \"I don't believe in the devil.\"", "I don't believe in the devil.", "I"},
		{"She became upset. I had to change my answer: \"Of course I believe in the devil.\"", "Of course I believe in the devil.", "I"},
		{"\"I see many houses were damaged,\" said Bensu Elianita, a resident, adding, \"Many people were injured.\"", "Many people were injured.", "Bensu Elianita"},
		{"Andrew Wetzler, director of the council's endangered species program, was blunt:\n\n\"We will see them in court.\"", "We will see them in court.", "Andrew Wetzler"},
		{"With Democratic leaders increasingly worried, President Barack Obama is rolling out a new message: \"It's about me and my record.\"", "It's about me and my record.", "Barack Obama"},
		{"In an August speech, Donald Trump attacked \"the hateful ideology of radical Islam and its oppression of women.\"", "the hateful ideology of radical Islam and its oppression of women.", "Donald Trump"},
		{"Hillary Clinton is describing as \"unhinged\" a Donald Trump tweet about a former Miss Universe.", "unhinged", "Hillary Clinton"},
		{"Donald Trump spoke on Monday. The attacks \"on our embassy and our people\" continued for a week.", "on our embassy and our people", ""},
		{"The piece used one of the woman's quotes as its headline: \"Finally. Someone who thinks like me.\"", "Finally. Someone who thinks like me.", "The piece"},
		{"\"It is a disaster,\" Trump, 70, said of the deal.", "It is a disaster", "Trump"},
		{"\"The economy is rigged against working people,\" Sanders, I-Vt., said Tuesday.", "The economy is rigged against working people", "Sanders"},
		{"\"We will see,\" the 70-year-old real estate mogul said.", "We will see", "the 70-year-old real estate mogul"},
		{"\"The cable has failed often,\" said Mahmoud al-Goweiny, a board member.", "The cable has failed often", "Mahmoud al-Goweiny"},
		{"\"That's not true,\" Mike Pence, the Indiana governor, shot back.", "That's not true", "Mike Pence"},
		{"Mike Pence fired back: \"That is not what the senator said.\"", "That is not what the senator said.", "Mike Pence"},
		{"\"This is a victory for working families,\" the union's president, Lee Saunders, said.", "This is a victory for working families", "Lee Saunders"},
		{"\"We have no comment on internal polling,\" one Trump adviser, who requested anonymity, told Politico.", "We have no comment on internal polling", "one Trump adviser"},
		{"\"Clinton is a liar,\" Donald Trump charged.", "Clinton is a liar", "Donald Trump"},
		{"Actor Leonardo DiCaprio, who earned a nomination for his work in \"Revolutionary Road,\" said strike concerns are hitting \"everyone.\"", "everyone.", "Leonardo DiCaprio"},
		{"Donald Trump spoke.\n\nTRUMP: \"We are going to win this state.\"", "We are going to win this state.", "TRUMP"},
		{"Dmitry Peskov spoke on Friday. The magazine quoted him as saying: \"It was a terrible mistake.\"", "It was a terrible mistake.", "him"},
		{"The agency quoted Peskov as saying that \"no date has been set.\"", "no date has been set.", "Peskov"},
		{"\"They are not afraid of anything,\" said Gerard Benezat, the insurer of the jewellery store on the Rue de Castiglione.\n\n\"It has become almost routine.\"", "It has become almost routine.", "Gerard Benezat"},
		{"\"They were staying in the dark,\" a witness told CNN.\n\n\"You just knew it was going to turn bad.\"", "You just knew it was going to turn bad.", "a witness"},
		{"Sixers president Billy King fired the coach on Monday.\n\n\"Mo is family,\" King said.", "Mo is family", "King"},
		{"Sen. Bernie Sanders (Vt.), who lost the primaries to Clinton, identified exhaustion with bigotry as a reason. \"The younger people are sick of racism.\"", "The younger people are sick of racism.", "Bernie Sanders"},
		{"Bernie Sanders spoke in Ohio. The crowd cheered for minutes. \"We will win this state.\"", "We will win this state.", ""},
		{"Hillary Clinton noted the clot. After saying her right foot was \"so swollen I could barely get my shoe on,\" she was taken to hospital.", "so swollen I could barely get my shoe on", "she"},
		{"Donald Trump spoke in Chicago. Politifact then ruled that Trump’s statement that there have been “thousands of shootings” in Chicago is true.", "thousands of shootings", "Trump"},
		{"\"I am very sure it will be considered,\" Gabriela Shalev, Israel's ambassador to the UN, was quoted as saying.", "I am very sure it will be considered", "Gabriela Shalev"},
		{"\"It is not 100 percent on the coach,\" a source with knowledge of the 76ers' thinking said Saturday.", "It is not 100 percent on the coach", "a source with knowledge of the 76ers' thinking"},
		{"\"I actually have goosebumps,\" said the 29-year-old on the eve of the open.", "I actually have goosebumps", "the 29-year-old"},
		{"Donald Trump spoke in Ohio. Trump’s response: \"We will win this state.\"", "We will win this state.", "Trump"},
		{"The Clinton campaign’s reply: \"He is unfit to serve.\"", "He is unfit to serve.", "The Clinton campaign"},
		{"As Steven M. Rosenthal, a tax lawyer at the Tax Policy Center, recently put it, \"Did Trump lower his taxes through legal tax avoidance?\"", "Did Trump lower his taxes through legal tax avoidance?", "Steven M. Rosenthal"},
		{"Margarita Simonyan runs RT. As Ms. Simonyan put it in a statement in July, RT is \"providing a perspective you won't get from the mainstream press.\"", "providing a perspective you won't get from the mainstream press.", "Simonyan"},
		{"Sanders: Clinton needs to 'get away from all of this personality stuff' with Trump.\n\nBernie Sanders offered advice to Hillary Clinton on Friday.", "get away from all of this personality stuff", "Sanders"},
		{"Warren Jeffs prayed with the girl. When she says something, he responds, \"Do not talk while praying.\"", "Do not talk while praying.", "he"},
		{"In July, Gingrich cynically dismissed NATO member Estonia as being in the “suburbs of St. Petersburg” — a metaphor for the GOP’s abandonment of principle.", "suburbs of St. Petersburg", "Gingrich"},
		{"Steven Moffat spoke about the show.\n\n\"Peter Capaldi is in the Tardis.\"", "Peter Capaldi is in the Tardis.", ""},
		{"Below is the rest of the list:\n\n\"No entry for anyone without a badge.\"", "No entry for anyone without a badge.", ""},
		{"\"We have had problems with cyber intrusions,\" Barack Obama said after meeting Vladimir Putin. He did not suggest retaliation. \"Our goal is to start instituting some norms.\"", "Our goal is to start instituting some norms.", "Barack Obama"},
		// A name in apposition to a role speaks, not the role.
		{"The de facto Hamas prime minister in Gaza, Ismail Haniyeh, issued a statement from hiding, saying that \"the Gazans would win.\"", "the Gazans would win.", "Ismail Haniyeh"},
		// A word the article writes in lower case opens the sentence, not the name.
		{"Once the patch ships, users are safe. Typically Microsoft says it \"does not comment on exploits.\"", "does not comment on exploits.", "Microsoft"},
		{"Secretary of Commerce Gary Locke said the act had \"protected threatened species.\"", "protected threatened species.", "Gary Locke"},
		{"Democrat Hillary Clinton called the plan \"a disaster.\"", "a disaster.", "Hillary Clinton"},
		// A first line with a lower-case verb is no title-case headline.
		{"\"That person is dangerous,\" said Lt. Gregg Hastings of the Oregon State Police.\n\nLieutenant Hastings said he did not know of any grudges.", "That person is dangerous", "Gregg Hastings"},
		// What follows a preposition is no cue's subject: "Republican claims" is a noun.
		{"PolitiFact rated 32% of Republican claims as \"false\" or worse.", "false", ""},
		// A quotation paragraph goes on from the quotation, not from the report around it.
		{"Bettie Page posed for him.\n\n\"Who could take any of this seriously?\" she said years later, according to her official website.\n\n\"I never understood how anyone believed those poses were sexy.\"", "I never understood how anyone believed those poses were sexy.", "she"},
		{"\"A good wife follows the spirit of peace,\" Jeffs was heard saying. Warren Jeffs was on trial.", "A good wife follows the spirit of peace", "Jeffs"},
		// A quotation opening a sentence that ends in its attribution.
		{"\"I can confirm that a man was arrested\" in making the arrest, police spokesman Capt. Rod Beer said.", "I can confirm that a man was arrested", "Rod Beer"},
		{"\"Greece is a unique case\" because it \"has cheated with its statistics for years,\" EU Commissioner Olli Rehn said.", "Greece is a unique case", "Olli Rehn"},
		// A title's organisation and role come before the name that speaks.
		{"\"It appears to be a very daunting deal,\" said American Technology Research analyst Shaw Wu.", "It appears to be a very daunting deal", "Shaw Wu"},
		{"\"What we saw was a chance,\" said SeaMicro CEO and new AMD general manager Andrew Feldman.", "What we saw was a chance", "Andrew Feldman"},
		{"\"In the end, the violence we use is minimal,\" said 32-year-old protester Paris Kyriakides.", "In the end, the violence we use is minimal", "Paris Kyriakides"},
		{"\"Defendant became violent,\" the records state.", "Defendant became violent", "the records"},
		// A post signed the way social media signs it is its signer's.
		{"Trump attacked Clinton.\n\nHillary floated her as an \"angel\" without checking her past, which is terrible!\n\n— Donald J. Trump (@realDonaldTrump) September 30, 2016", "Hillary floated her as an \"angel\" without checking her past, which is terrible!", "Donald J. Trump"},
		{"For the man described by The New York Times Magazine as \"the last great Mafioso,\" it was the end.", "the last great Mafioso", "The New York Times Magazine"},
		{"Ban Ki-moon spoke. \"I am deeply dismayed,\" the Secretary-General said.", "I am deeply dismayed", "the Secretary-General"},
		{"H.R. Haldeman spoke to Nixon.\n\nHaldeman: \"Yes, sir. Mark Felt.\"", "Yes, sir. Mark Felt.", "Haldeman"},
		{"Another elderly man said simply, \"Maybe I can help.\"", "Maybe I can help.", "Another elderly man"},
		// A paragraph that announces a speaker gives them the quotation after it.
		{"Hillary Clinton responded on Twitter on Friday.\n\n\"This is not who we are.\"", "This is not who we are.", "Hillary Clinton"},
		{"Her images continued to be used around the world.\n\n\"Her popularity has continued to soar.\"", "Her popularity has continued to soar.", ""},
		// A quotation inside reported speech is the reporter's subject's.
		{"In recent weeks, Reid has gone after Trump as a \"human leech who will bleed the country.\"", "human leech who will bleed the country.", "Reid"},
		{"According to the LA Times, \"investigators have had a difficult time determining a motive.\"", "investigators have had a difficult time determining a motive.", "the LA Times"},
		{"Proxies are prohibited when voting \"to fill a vacancy on the National ticket,\" per the party's bylaws.", "to fill a vacancy on the National ticket", "the party's bylaws"},
		// A question's attribution is no sentence of its own.
		{"The boy arrived.\n\n\"What right does that man have?\" Juan Miguel Gonzalez said during a news conference.", "What right does that man have?", "Juan Miguel Gonzalez"},
	}
	for _, c := range cases {
		a, q := quoteOf(t, c.text, c.quote)
		if q == nil {
			continue
		}
		if got := speakerText(a, q, false); got != c.speaker {
			t.Errorf("%q: speaker %q, want %q", c.text, got, c.speaker)
		}
	}
}

func TestScareQuotes(t *testing.T) {
	for _, text := range []string{
		"The world watches these 'constructive' but inconclusive talks.",
		"He spoke on CNN's \"State of the Union\" on Sunday.",
		"In his 2002 book, \"Make Your Kid a Millionaire,\" Mr. McKinley suggested saving more.",
		"Al Sharpton took calls on his \"Keepin' It Real\" radio program on Sunday.",
		"The company grew fast.\n\n'Legend in the Coal Fields.'\n\nBankruptcy is like a chess game.", // a subheading
	} {
		a := analyse(text, "")
		for _, c := range a.Claims {
			if c.Kind == "quote" {
				t.Errorf("%q: a scare quote or title became a quote claim: %q", text, c.Text)
			}
		}
	}
}

// TestReportedFrames checks reported speech around its attribution: in the
// middle, at the end, and a participle after it.
func TestReportedFrames(t *testing.T) {
	cases := []struct{ text, quote, speaker, cue string }{
		{"Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999.", "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999", "Clarke", "said"},
		{"The country has changed, McConnell said in June 2012, citing the release of prisoners.", "The country has changed", "McConnell", "said"},
		{"The country has changed, McConnell said in June 2012, citing the release of prisoners.", "the release of prisoners", "McConnell", "citing"},
		{"In her 2003 book, Living History, Hillary Clinton noted the clot's existence.", "the clot's existence", "Hillary Clinton", "noted"},
		{"Elaine Kamarck argues that this issue will be moot.", "this issue will be moot", "Elaine Kamarck", "argues"},
		{"Through a spokeswoman, Governor Jim Justice declined to comment.", "to comment", "Jim Justice", "declined"},
		{"Donald Trump is telling a veterans group that the military is depleted.", "the military is depleted", "Donald Trump", "telling"},
		{"Mayor Kate Gallego is demanding that the campaign stop using the image.", "the campaign stop using the image", "Kate Gallego", "demanding"},
		{"Senator Bob Casey is promising lower taxes and more jobs.", "lower taxes and more jobs", "Bob Casey", "promising"},
		{"The State Department Refugee Processing Center said that most refugees are Sunni Muslims.", "most refugees are Sunni Muslims", "The State Department Refugee Processing Center", "said"},
		{"Senator Bob Casey questioned whether the nominee was prepared to face emergencies.", "whether the nominee was prepared to face emergencies", "Bob Casey", "questioned"},
		{"In his speech, Lindsey Graham urged Republicans to join the believers, and criticized the party's lack of environmental awareness.", "the party's lack of environmental awareness", "Lindsey Graham", "criticized"},
		{"Donald Trump has used the phrase often in his campaign, and criticized Obama for not doing so.", "Obama for not doing so", "Donald Trump", "criticized"},
		{"Francesca Grifo, director of Union of Concerned Scientists' Scientific Integrity Program, said the rule was one of many changes.", "the rule was one of many changes", "Francesca Grifo", "said"},
		{"The Union of Concerned Scientists said the rule was one of many changes.", "the rule was one of many changes", "The Union of Concerned Scientists", "said"},
		{"The senator said the voters' concerns were real.", "the voters' concerns were real", "The senator", "said"},
		{"Kall -- co-editor of Debating The Donald, a book on the debates -- said the candidate tended to make announcements there.", "the candidate tended to make announcements there", "Kall", "said"},
		{"Brian Williams spoke. The difference now, he told me on Friday, is that he anchors a news program.", "The difference now, he told me on Friday, is that he anchors a news program", "he", "told"},
		{"The relatives watched the video on Thursday, attorneys for the family said.", "The relatives watched the video on Thursday", "attorneys for the family", "said"},
		{"A spokesman for the Sierra Club said the rule was weak.", "the rule was weak", "A spokesman", "said"},
		{"Donald Trump spoke. He proposes doing away with the mandate to buy insurance, and plans to reduce the cost of insurance.", "to reduce the cost of insurance", "He", "plans"},
		{"Donald Trump spoke. He proposes doing away with the mandate to buy insurance, and plans to reduce the cost of insurance.", "doing away with the mandate to buy insurance", "He", "proposes"},
		{"Airport chief Ali Naghavi was quoted by IRNA as saying that operations had resumed.", "operations had resumed", "Ali Naghavi", "quoted as saying"},
		{"The victim was still alive when rescuers reached him, Helicopter Line pilot Jim Campbell told the Herald on Sunday.", "The victim was still alive when rescuers reached him", "Jim Campbell", "told"},
		{"He said the phrase was wrong, adding the agreements were handed out like candy.", "the agreements were handed out like candy", "He", "adding"},
		{"When attacks happen, Obama and Clinton call them \"lone wolves.\"", "them \"lone wolves.\"", "Clinton", "call"},
		{"The test was its biggest yet, North Korea said.", "The test was its biggest yet", "North Korea", "said"},
		{"Some Americans would see their taxes go up, according to an analysis by Lily Batchelder, a law professor at New York University.", "Some Americans would see their taxes go up", "Lily Batchelder", "according to"},
		{"It has not gone over well with families of 9/11 victims, many of whom say the president’s claims are unfounded.", "the president’s claims are unfounded", "many of whom", "say"},
		{"A group of doctors sent a letter to the university, calling for his dismissal.", "his dismissal", "A group of doctors", "calling for"},
		{"European leaders gathered Friday to discuss the torrent of challenges facing their continent.", "the torrent of challenges facing their continent", "European leaders", "to discuss"},
		{"Clinton has been unable to shake the controversy even after the FBI decided against recommending charges against her.", "recommending charges against her", "the FBI", "decided"},
		{"Mike Pence echoed statements by Donald Trump that those who question bias in policing demean law enforcement.", "statements by Donald Trump that those who question bias in policing demean law enforcement", "Mike Pence", "echoed"},
		{"Hillary Clinton spoke. Mrs. Clinton's plan would also cap the tax value of deductions.", "would also cap the tax value of deductions", "Clinton", "plan"},
		{"Hillary Clinton spoke. Under Mrs. Clinton's plan, taxpayers would pay their ordinary rate.", "taxpayers would pay their ordinary rate", "Clinton", "plan"},
		{"Donald Trump spoke. Alicia Machado answered. Trump tweeted in the early morning hours that Machado was a con and encouraged Americans to watch her old videos.", "Americans to watch her old videos", "Trump", "encouraged"},
		{"Hillary Clinton spoke. According to Yahoo News, Clinton spokesman Jesse Lehrich said she would sign the bill.", "Clinton spokesman Jesse Lehrich said she would sign the bill", "Yahoo News", "according to"},
		{"No one was injured in the fire, according to Fire Chief James Steele.", "No one was injured in the fire", "James Steele", "according to"},
		{"In a 2013 memo, the agency suggested that the program end because it had no safeguards.", "the program end because it had no safeguards", "the agency", "suggested"},
		{"Anthony LaSalle was arrested. According to the charges, police stopped his car, but LaSalle refused to comply, saying officers would need to kill him.", "officers would need to kill him", "LaSalle", "saying"},
		{"Tom Clarke runs the mine. In August, several environmental groups granted Mr. Clarke an extension, saying his capital was less than expected.", "his capital was less than expected", "several environmental groups", "saying"},
		{"When she says the prayers are over, he leaves the room.", "the prayers are over", "she", "says"},
		{"Although LaRue insisted he was not Deep Throat, the rumours went on.", "he was not Deep Throat", "LaRue", "insisted"},
		{"As Greg McDermott said Thursday, his son's points will be hard to replace.", "his son's points will be hard to replace", "Greg McDermott", "said"},
		{"The Pentagon said Friday, however, that there are no plans for U.S. forces to go ashore.", "there are no plans for U.S. forces to go ashore", "The Pentagon", "said"},
		{"\"This just isn't right,\" Warren said. \"You squeezed employees to the breaking point\" to drive up the stock price, she said.", "This just isn't right", "Warren", "said"},
		{"In July, Gingrich cynically dismissed NATO member Estonia as being in the “suburbs of St. Petersburg” — a metaphor for the GOP’s abandonment of principle.", "NATO member Estonia as being in the “suburbs of St. Petersburg”", "Gingrich", "dismissed"},
		{"Obama has a frosty relationship with McConnell, who in 2010 said the GOP's goal was to make Obama a one-term president.", "the GOP's goal was to make Obama a one-term president", "who", "said"},
		{"Sen. Ted Cruz (R-Tex) is endorsing Donald Trump's presidential campaign.", "Donald Trump's presidential campaign", "Ted Cruz", "endorsing"},
		{"Donald Trump spoke. He appeared to suggest that veterans who suffer from PTSD are not as strong as others.", "veterans who suffer from PTSD are not as strong as others", "He", "suggest"},
		{"Hillary Clinton spoke. On Monday night, Clinton leaned in heavy and often, painting Trump as a Romney caricature.", "Trump as a Romney caricature", "Clinton", "painting"},
		{"The FBI director chastised Clinton for use of the server.", "Clinton for use of the server", "The FBI director", "chastised"},
		{"Brian Nichols was tried. An angry Nichols was recorded saying he did not regret the murders.", "he did not regret the murders", "Nichols", "saying"},
		{"In the courtroom, Warren Jeffs delivered a 55-minute speech arguing that the raid on the church was illegal.", "a 55-minute speech arguing that the raid on the church was illegal", "Warren Jeffs", "delivered"},
		{"Both candidates face questions after video surfaced showing an ailing Hillary Clinton stumbling to a van.", "an ailing Hillary Clinton stumbling to a van", "video", "showing"},
		{"Reuters quoted a police spokesman as saying the fire was out.", "the fire was out", "a police spokesman", "quoted as saying"},
		{"Interfax, quoting a source in the ministry as saying that the talks had failed, reported the news.", "the talks had failed", "a source in the ministry", "quoted as saying"},
		{"A spokesman for Hillary Clinton said the plan was weak.", "the plan was weak", "A spokesman for Hillary Clinton", "said"},
		{"The King of Jordan said the talks would go on.", "the talks would go on", "The King of Jordan", "said"},
		{"A friend of Donald Trump said the plan was weak.", "the plan was weak", "A friend of Donald Trump", "said"},
		{"Phil Stirling said such cases can never be predicted, but added that he was confident.", "such cases can never be predicted", "Phil Stirling", "said"},
		{"Former President Bill Clinton criticized the Affordable Care Act as a \"crazy system\" during a campaign stop in Flint.", "the Affordable Care Act as a \"crazy system\"", "Bill Clinton", "criticized"},
		{"Adam Schiff said the meddling is designed to \"sow discord\" in American politics.", "the meddling is designed to \"sow discord\" in American politics", "Adam Schiff", "said"},
		{"The city of Phoenix objected. The city sent a cease-and-desist letter Thursday urging the campaign to stop using the image.", "a cease-and-desist letter Thursday urging the campaign to stop using the image", "The city", "sent"},
		{"Bernie Sanders offered some pointed advice to Hillary Clinton.", "some pointed advice to Hillary Clinton", "Bernie Sanders", "offered"},
		{"President Bush expressed frustration with the move.", "frustration with the move", "Bush", "expressed"},
		{"The latest opinion poll released Friday shows that Clinton leads Trump by five points.", "Clinton leads Trump by five points", "The latest opinion poll", "shows"},
		{"Video of the incident shows him with his hands in the air.", "him with his hands in the air", "Video", "shows"},
		{"Politifact checked Donald Trump’s claim that there have been thousands of shootings in Chicago.", "there have been thousands of shootings in Chicago", "Donald Trump", "claim"},
		{"Donald Trump has criticized trade deals such as the North American Free Trade Agreement and called for steep new tariffs.", "steep new tariffs", "Donald Trump", "called"},
		{"Demonstrators said they want justice, but pledged to remain civil.", "to remain civil", "they", "pledged"},
		{"Loretta Lynch spoke on Monday. \"We will get there together,\" she said at a news conference announcing that her department was suing North Carolina over the law.", "her department was suing North Carolina over the law", "she", "announcing"},
		{"In a statement announcing the pick, the Association of Flight Attendants called Clinton a \"champion\" for its members, citing her work after the attacks.", "her work after the attacks", "the Association of Flight Attendants", "citing"},
		{"Many Democrats are afraid that turnout may be low.", "turnout may be low", "Democrats", "afraid"},
		{"A Bloomberg poll shows that wealthy voters have left the party.", "wealthy voters have left the party", "A Bloomberg poll", "shows"},
		{"The Clinton campaign says the ad will air on cable.", "the ad will air on cable", "The Clinton campaign", "says"},
		{"For some, the losses would outstrip the gains, said Lily Batchelder.", "For some, the losses would outstrip the gains", "Lily Batchelder", "said"},
		{"The meeting went badly from there, said one GOP source in the room.", "The meeting went badly from there", "one GOP source", "said"},
		{"Clinton spokesman Jesse Lehrich said Friday that the plan would pass.", "the plan would pass", "Jesse Lehrich", "said"},
		{"Chris Christie described Hillary Clinton as a \"disgrace\" after she attacked police.", "Hillary Clinton as a \"disgrace\"", "Chris Christie", "described"},
		{"Donald Trump is telling veterans that the military is depleted and says he will expand it.", "the military is depleted", "Donald Trump", "telling"},
		{"Donald Trump is telling veterans that the military is depleted and says he will expand it.", "he will expand it", "Donald Trump", "says"},
		{"Yuri Ushakov told The Huffington Post on Thursday that talks would go on.", "talks would go on", "Yuri Ushakov", "told"},
		{"In a Facebook message posted Friday, Ted Cruz said he had \"areas of significant disagreement\" with Trump.", "he had \"areas of significant disagreement\" with Trump", "Ted Cruz", "said"},
		{"Politifact checked Donald Trump's claim that there have been thousands of shootings in Chicago.", "there have been thousands of shootings in Chicago", "Donald Trump", "claim"},
		{"On Tuesday they published the results by announcing that the statement was true.", "the statement was true", "they", "announcing"},
		{"Hillary Clinton unveiled her plans for national service on Friday.", "her plans for national service on Friday", "Hillary Clinton", "unveiled"},
		{"Ted Cruz backed Trump after months of insults.", "Trump after months of insults", "Ted Cruz", "backed"},
		{"Politifact then pointed out that one shooting may have more than one victim.", "one shooting may have more than one victim", "Politifact", "pointed"},
		{"The New York state attorney general is confirming that the foundation is not registered.", "the foundation is not registered", "The New York state attorney general", "confirming"},
		{"The Trump campaign did not immediately say whether it would respond.", "whether it would respond", "The Trump campaign", "say"},
		{"The GOP nominee Donald Trump complained about his microphone the morning after the debate.", "his microphone the morning after the debate", "Donald Trump", "complained"},
		{"Ted Cruz lashed out at critics of the deal.", "critics of the deal", "Ted Cruz", "lashed"},
		{"According to a 52-count civil complaint filed by the S.E.C., the developers engaged in a \"massive fraudulent scheme.\"", "the developers engaged in a \"massive fraudulent scheme.\"", "a 52-count civil complaint filed by the S.E.C.", "according to"},
		{"The main requirement is a \"lawful source of investment income,\" as a Homeland Security memo put it.", "The main requirement is a \"lawful source of investment income,\"", "a Homeland Security memo", "put it"},
		{"Rep. Adam Schiff, who said the meddling was designed to sow discord, spoke on Friday.", "the meddling was designed to sow discord", "who", "said"},
		{"Ted Cruz called Trump a \"liar\" and a \"bully\" in May.", "Trump a \"liar\" and a \"bully\" in May", "Ted Cruz", "called"},
		{"Hillary Clinton spoke. \"We are ready,\" Clinton spokesman Jesse Lehrich said.", "We are ready", "Jesse Lehrich", "said"},
		// When it was said is not what was said; nor is whom it was told to.
		{"The Hollywood Reporter said Friday he is the current candidate to direct the film.", "he is the current candidate to direct the film", "Hollywood Reporter", "said"},
		{"A Surrey Police spokeswoman said tonight: \"Police are at the scene.\"", "Police are at the scene.", "A Surrey Police spokeswoman", "said"},
		{"The president told African-Americans this weekend he would consider it an insult.", "he would consider it an insult", "The president", "told"},
		{"Police commissioner Raymond Kelly told the New York Times there was no sign of a crime.", "there was no sign of a crime", "Raymond Kelly", "told"},
		// A person "of" a place or body speaks, not the place.
		{"Bishop Henry Mansell of the Archdiocese of Buffalo said it was an act of madness.", "it was an act of madness", "Henry Mansell", "said"},
		{"In January, Gov. Earl Ray Tomblin of West Virginia lauded Mr. Clarke in his address.", "Mr. Clarke in his address", "Earl Ray Tomblin", "lauded"},
		{"The Chicago Police Department reported 2,521 shooting incidents in the city.", "2,521 shooting incidents in the city", "The Chicago Police Department", "reported"},
		{"In a meeting with the editorial board of the Washington Post Trump said that NATO costs too much.", "NATO costs too much", "Trump", "said"},
		{"Judge Eugene H. Nickerson of Federal District Court in Brooklyn ruled that Mr. Gigante was competent.", "Mr. Gigante was competent", "Eugene H. Nickerson", "ruled"},
		{"Doctors in Gaza said more than 40 people died.", "more than 40 people died", "Doctors in Gaza", "said"},
		{"Inspector Keith MacCaskill of the Winnipeg Police Service, a member of the task force, said he had never heard of the men.", "he had never heard of the men", "Keith MacCaskill", "said"},
		{"Kopp has been linked to a strand of hair found near where the sniper fired, law enforcement sources have said.", "Kopp has been linked to a strand of hair found near where the sniper fired", "law enforcement sources", "said"},
		{"For the most part, people on both sides of the issue expressed outrage at the shooting.", "outrage at the shooting", "people on both sides of the issue", "expressed"},
	}
	for _, c := range cases {
		a, q := quoteOf(t, c.text, c.quote)
		if q == nil {
			continue
		}
		if got := speakerText(a, q, false); got != c.speaker || q.Cue != c.cue {
			t.Errorf("%q: %q by %q (%s), want %q (%s)", c.text, c.quote, got, q.Cue, c.speaker, c.cue)
		}
	}
	// A verb after "and" in a clause of its own has no speaker from the
	// clause before.
	a := analyse("Mayor Bill de Blasio lingered at the edge as young people set up barricades and attacked government buildings.", "")
	if q := find(a, "quote", "government buildings"); q != nil {
		t.Errorf("conjoined verb in another clause: %+v", q)
	}
	// Sending what is not a document states nothing, nor does a document
	// that is only named.
	for _, text := range []string{"The Pentagon sent more troops to the region.", "The Kremlin later issued a written statement.", "Trump made the comments Friday in Michigan.", "Officers who watched the video showed restraint."} {
		for _, c := range analyse(text, "").Claims {
			if c.Kind == "quote" {
				t.Errorf("%q read as a statement: %q", text, c.Text)
			}
		}
	}
	// A plural possessive's apostrophe quotes nothing.
	if q := find(analyse("The senator said the voters' concerns were real.", ""), "quote", "the voters' concerns were real"); q == nil || q.Direct {
		t.Errorf("apostrophe read as a quotation: %+v", q)
	}
	// A verb's particle or preposition heads no speaker.
	for _, text := range []string{
		"Mr. Trump stopped short of calling the officer's actions racially motivated.",
		"The senator came away convinced that reforms were underway.",
	} {
		a := analyse(text, "")
		for _, m := range a.Mentions {
			if strings.HasSuffix(m.Text, " of") || strings.HasSuffix(m.Text, " away") {
				t.Errorf("%q: speaker %q", text, m.Text)
			}
		}
	}
	// A need is no statement, and when something was said is not what was said.
	for _, text := range []string{
		"Hillary Clinton needs to sell herself and tell more jokes.",
		"Donald Trump said Friday as he entered the talks.",
		"The senator said after the meeting broke up.",
		"Clinton called into Tom Joyner's radio program when she was home sick.",
		"Rep. Edward Markey called a hearing to review the regulations.",
		"Apple has also added to its arsenal of multitouch gestures.",
		"Dr. Fallon added a note of caution, should Clinton return to the trail.",
		"The EPA found a way through the Clean Air Act of 1970.",
		"About 30 young men showed up in the shadows across the street.",
		"Athletes who had too much to drink can call a toll-free number.",
		"The house was sold for a reported $30 million in 1967.",
		"Tara Reid launched a new fashion line called Mantra in December.",
		"It goes without saying that it is valuable to have McDermott around.",
		"Watergate figure Fred LaRue found dead in hotel room.",
		"The task stemmed from a shooting of a man who-according to prosecutors-Orozco tried to kill.",
		"Trump painted the house in bright colours.",
		"Indonesia's Meteorology and Geophysics Agency (BMG) recorded the quake at around 11 am (IST) as it began.",
		"Mrs McMeekin and Miss Jenkin were tragically found dead with head injuries.",
		"This year she follows a heavily criticised performance by Seth MacFarlane.",
		"The Israeli attack on the school killed 40 people.",
		"Adam \"Pacman\" Jones missed the game.",
		"Castro's remarks to a conference of economists were aimed at his critics.",
		"Police went after the suspect on foot.",
		"The reward comes on top of a $500,000 reward announced earlier by Attorney General Janet Reno.",
		"South Africa deplored the bomb blasts which killed scores of people.",
	} {
		for _, c := range analyse(text, "2016-10-01").Claims {
			if c.Kind == "quote" {
				t.Errorf("%q: quote claim %q", text, c.Text)
			}
		}
	}
	// Evidence that is a verb's object is not who speaks.
	for _, c := range analyse("Iranian television ran video from Qeshm showing minor damage to some buildings.", "").Claims {
		if c.Kind == "quote" && c.Cue == "showing" {
			t.Errorf("evidence as an object spoke: %q", c.Text)
		}
	}
	// A clause that sets the scene before `X said, "…"` is not said.
	for _, text := range []string{
		"Ivanka Trump spoke. When pressed on why the plan leaves out dads, the mother of three replied, \"It is meant to benefit the mother.\"",
		"Asked to describe the device that caused the explosion, O'Neill said, \"Not going to go into that.\"",
	} {
		for _, c := range analyse(text, "2016-10-01").Claims {
			if c.Kind == "quote" && !strings.HasPrefix(c.Text, "It is") && !strings.HasPrefix(c.Text, "Not going") {
				t.Errorf("%q: quote claim %q", text, c.Text)
			}
		}
	}
	if q := find(analyse("It was, the president said, \"a stone where men and women were torn from their families.\"", ""), "quote", "It was, the president said, \"a stone where men and women were torn from their families.\""); q == nil {
		t.Errorf("a parenthetical attribution inside a sentence a quotation ends was lost")
	}
	// Who reports a quotation does not say it: "quoted him as saying".
	a = analyse("Dmitry Peskov spoke. The magazine quoted him as saying the deal was dead.", "")
	for i := range a.Claims {
		if c := &a.Claims[i]; c.Kind == "quote" && speakerText(a, c, false) != "him" {
			t.Errorf("quoted as saying: %q said by %q", c.Text, speakerText(a, c, false))
		}
	}
	// A parenthetical attribution is not part of the words said.
	a = analyse("The museum, Mr. Obama said, would make visitors face hard truths.", "")
	if q := find(a, "quote", "The museum, Mr. Obama said, would make visitors face hard truths"); q == nil || strings.Contains(strings.Join(q.Words, " "), "obama") {
		t.Errorf("parenthetical attribution: %+v", q)
	}
}

// TestPronounGender checks that "he" and "she" pass over a person the
// article shows to be of the other gender, and that a person it says
// nothing about agrees with either.
func TestPronounGender(t *testing.T) {
	cases := []struct{ text, quote, speaker string }{
		{"Hillary Clinton met voters. Then Bill Smith arrived. She said the plan would work.", "the plan would work", "Hillary Clinton"},
		{"Mrs. Moore spoke first. Mr. Jones arrived later. He said the vote was fair.", "the vote was fair", "Mr. Jones"},
		{"Mr. Jones arrived later. Mrs. Moore spoke next. He said the vote was fair.", "the vote was fair", "Mr. Jones"},
		{"Pat Quinlan arrived. She said the vote was fair.", "the vote was fair", "Pat Quinlan"},
		// A name that modifies a noun is not who "he" stands for.
		{"Actor Leonardo DiCaprio earned a Golden Globe nomination. He said the strike hurt everyone.", "the strike hurt everyone", "Leonardo DiCaprio"},
		{"Tim Kaine spoke first. Then a Clinton aide arrived. He said the vote was fair.", "the vote was fair", "a Clinton aide"},
	}
	for _, c := range cases {
		a, q := quoteOf(t, c.text, c.quote)
		if q == nil {
			continue
		}
		if got := speakerText(a, q, true); got != c.speaker && "Mr. "+got != c.speaker {
			t.Errorf("%q: speaker %q, want %q", c.text, got, c.speaker)
		}
	}
}

// TestHeadlineAttribution reads the two ways a headline gives its source,
// on a title line that has been given a full stop.
func TestHeadlineAttribution(t *testing.T) {
	for _, c := range []struct{ text, quote, speaker string }{
		{"Pat Caddell: Democrat Voters Worried About Clinton's Health.\n\nPollster Pat Caddell spoke on Fox.", "Democrat Voters Worried About Clinton's Health", "Pat Caddell"},
		{"Trump Could Address Clean Energy, Lindsey Graham Says.\n\nSenator Lindsey Graham spoke on Monday.", "Trump Could Address Clean Energy", "Lindsey Graham"},
		{"Barack Obama Says Museum Will Tell of Suffering and Delight.\n\nPresident Barack Obama spoke.", "Museum Will Tell of Suffering and Delight", "Barack Obama"},
		{"Clinton Hid Past Health Problems From Public, Former White House Doctor Says\n\nA doctor spoke.", "Clinton Hid Past Health Problems From Public", "Former White House Doctor"},
		{"New Poll Shows Minor Post-Debate Bump For Clinton\n\nA poll came out.", "Minor Post-Debate Bump For Clinton", "New Poll"},
		{"Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton\n\nA poll came out.", "Wealthy Voters Abandon Republican Party for Hillary Clinton", "Poll"},
	} {
		a, q := quoteOf(t, c.text, c.quote)
		if q != nil && speakerText(a, q, false) != c.speaker {
			t.Errorf("%q: speaker %q, want %q", c.text, speakerText(a, q, false), c.speaker)
		}
	}
}

// TestPassiveIsNoStatement: after "was", a participle in -ed is passive and
// names no speaker; only a form in -ing is the subject speaking.
func TestPassiveIsNoStatement(t *testing.T) {
	for _, text := range []string{
		"The plan was described as reckless by critics.",
		"Senator Bob Casey was asked to resign from the panel.",
		"Mykhailo Podolyak provided detailed insight into the deadlock.", // an adjective, not a cue
		"Warren Jeffs Found Guilty on Sexual Assault Charges\n\nThe jury ruled on Friday.",
		"Death for Orozco\n\nPOSTED: 04/02/07, 9:00 PM PDT\n\nThe judge ruled.",
		"What Was Said — And Why It Matters\n\nThe talks ended.",
		"Capaldi: from spin doctor to the new Doctor Who\n\nPeter Capaldi will play the Doctor.",
		"The debate is whether any acceptable compromise can be found in Moscow.",
		"Ted Cruz talked with reporters for an hour.", // a hearer, not what was said
	} {
		for _, c := range analyse(text, "").Claims {
			if c.Kind == "quote" {
				t.Errorf("%q: unexpected quote %q", text, c.Text)
			}
		}
	}
}

func TestReportedSpeech(t *testing.T) {
	a := analyse("Yuri Ushakov spoke later. Ushakov suggested that these military advances helped shift the talks.", "")
	q := find(a, "quote", "these military advances helped shift the talks")
	if q == nil || q.Direct || q.Cue != "suggested" {
		t.Fatalf("reported speech not found: %+v", a.Claims)
	}
}

func TestSentences(t *testing.T) {
	a := analyse("Talks in the U.S. ended. Dr. Smith met Mr. J. Doe on Dec. 3 at noon. \"It went well. Very well,\" he said. Next. \"Who is he?\" Mr. Juan Gonzalez asked. \"Go!\" Police arrived.", "")
	var got []string
	for _, s := range a.Sentences {
		got = append(got, string(a.Raw[s.Start:s.End]))
	}
	want := []string{"Talks in the U.S. ended.", "Dr. Smith met Mr. J. Doe on Dec. 3 at noon.", "\"It went well. Very well,\" he said.", "Next.",
		"\"Who is he?\" Mr. Juan Gonzalez asked.", "\"Go!\"", "Police arrived."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences\n got %q\nwant %q", got, want)
	}
}

func TestTitlesAndCounts(t *testing.T) {
	a := analyse("Senior Kremlin aide Yuri Ushakov met Steve Witkoff, the US special envoy, for Witkoff's sixth trip to Moscow. Thieves stole eight pieces of jewellery and a 28-point plan.", "")
	if c := find(a, "title", "Senior Kremlin aide Yuri Ushakov"); c == nil || c.Role != "adviser" || c.Affil != "russia" {
		t.Errorf("title of Ushakov: %+v", c)
	}
	if c := find(a, "title", "Steve Witkoff, the US special envoy"); c == nil || c.Role != "envoy" || c.Affil != "us" {
		t.Errorf("appositive title of Witkoff: %+v", c)
	}
	if c := find(a, "number", "Witkoff's sixth trip to Moscow"); c == nil || c.Value != "6" || !c.Ordinal {
		t.Errorf("ordinal: %+v", c)
	}
	if c := find(a, "number", "eight pieces of jewellery"); c == nil || c.Value != "8" || c.Qualifier != "stolen" {
		t.Errorf("count: %+v", c)
	}
	if c := find(a, "number", "28-point plan"); c == nil || c.Value != "28" || c.Unit != "point plan" {
		t.Errorf("hyphenated count: %+v", c)
	}
}

// TestSurnameThatIsATitle checks that a surname which is also a title
// ("King") names its bearer once the article has given the full name, and
// stays a title before that.
func TestSurnameThatIsATitle(t *testing.T) {
	a, q := quoteOf(t, "Sixers president Billy King fired the coach on Monday.\n\n\"Mo is family,\" King said.", "Mo is family")
	if q == nil {
		return
	}
	if q.SpeakerRef == 0 || a.Mentions[q.SpeakerRef-1].Kind != check.PersonMention {
		t.Errorf("\"King said\" after \"Billy King\": speaker %+v, want a person", q)
	}
	a = analyse("The King said the talks would go on.", "")
	for _, m := range a.Mentions {
		if m.Kind == check.PersonMention {
			t.Errorf("\"The King\" with no King named: person mention %q", m.Text)
		}
	}
}

// TestTranscriptTurns reads turns labelled by a name in capitals, and by a
// name as written where the article has more than one such turn; a single
// "Name:" paragraph is a heading, not a turn.
func TestTranscriptTurns(t *testing.T) {
	debate := "Donald Trump and Hillary Clinton met in the second debate.\n\n" +
		"Trump: \"I will appoint a special prosecutor.\"\n\n" +
		"Clinton: It is awfully good that someone with his temperament is not in charge of the law.\n\n" +
		"Trump: Because you would be in jail.\n\n" +
		"PENCE: Well, look, we will see what happens."
	for _, c := range []struct{ quote, speaker string }{
		{"I will appoint a special prosecutor.", "Trump"},
		{"It is awfully good that someone with his temperament is not in charge of the law.", "Clinton"},
		{"Because you would be in jail.", "Trump"},
		{"Well, look, we will see what happens.", "PENCE"},
	} {
		a, q := quoteOf(t, debate, c.quote)
		if q != nil && speakerText(a, q, false) != c.speaker {
			t.Errorf("%q: speaker %q, want %q", c.quote, speakerText(a, q, false), c.speaker)
		}
	}
	a := analyse("Hugh Jackman will host the Oscars.\n\nHugh Jackman: an Oscar hit or miss for the academy?\n\nReaders can weigh in.", "")
	for _, c := range a.Claims {
		if c.Kind == "quote" {
			t.Errorf("a heading read as a turn: %q", c.Text)
		}
	}
}

// TestOnlyTheQuotation checks that where a quotation follows its
// attribution, the words before the cue are no part of what was said.
func TestOnlyTheQuotation(t *testing.T) {
	for _, text := range []string{
		"In a statement, Clinton said, \"We will win.\"",
		"Trump's spokesman, Jason Miller, said, \"We will win.\"",
		"Trump posted on Twitter: \"We will win.\"",
	} {
		n := 0
		for _, c := range analyse(text, "").Claims {
			if c.Kind == "quote" {
				n++
				if c.Text != "We will win." {
					t.Errorf("%q: quote claim %q", text, c.Text)
				}
			}
		}
		if n == 0 {
			t.Errorf("%q: no quote claim", text)
		}
	}
}

// TestNotPeople checks words that name no person and no speaker: a place
// whose name holds an organisation word, a preposition's object.
func TestNotPeople(t *testing.T) {
	for _, c := range []struct{ text, not string }{
		{"The plan will placate nervous Democrats on Capitol Hill.", "Hill"},
		{"He spoke to a conference of economists in Havana.", "of economists"},
		{"Rick McGuire of the Alpine Lakes Protection Society spoke.", "Alpine Lakes Protection Society"},
		{"Typically Microsoft patches bugs on Tuesdays.", "Typically Microsoft"},
		{"THE BORROWING Back when he wrote his book, Mr. McKinley said debt was a last resort.", "Back"},
	} {
		for _, m := range analyse(c.text, "").Mentions {
			if m.Text == c.not {
				t.Errorf("%q: mention %q (%v)", c.text, m.Text, m.Kind)
			}
		}
	}
}
