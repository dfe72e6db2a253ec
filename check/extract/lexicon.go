package extract

import (
	"strings"

	"github.com/factlint/factlint/check"
)

// setOf makes a membership set of words.
func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// cues are the verbs (in their news forms) that introduce what someone said.
var cues = setOf(
	"responds", "answers", "answered", "retorts", "counters", "concedes", "quips", "jokes", "recounts",
	"observes", "contends", "complains", "laments", "predicts", "pleads", "concludes",
	"said", "says", "say", "saying", "stated", "states", "stating", "told", "tells", "tell", "telling",
	"added", "adds", "adding", "noted", "notes", "noting", "stressed", "stresses", "stressing",
	"emphasized", "emphasised", "emphasizing", "emphasising", "emphasizes", "warned", "warns", "warning",
	"explained", "explains", "explaining", "remarked", "remarks", "declared", "declares", "announced",
	"announces", "insisted", "insists", "insisting", "argued", "argues", "arguing", "claimed", "claims",
	"suggested", "suggests", "confirmed", "confirms", "acknowledged", "acknowledges", "admitted", "admits",
	"asserted", "asserts", "maintained", "maintains", "replied", "replies", "responded", "wrote", "writes",
	"tweeted", "posted", "called", "calls", "calling", "described", "describes", "describing",
	"characterized", "characterised", "characterizes", "reiterated", "reiterates", "highlighted",
	"urged", "urges", "asked", "asks", "denied", "denies", "predicted", "promised", "vowed", "conceded",
	"complained", "observed", "commented", "recalled", "quipped", "cautioned", "countered", "contended",
	"believes", "believed", "thinks", "thought", "estimated", "reported", "reports", "disclosed",
	"revealed", "indicated", "indicates", "pointed", "alleged", "testified", "wrote", "hinted", "boasted",
	"echoed", "underlined", "underscored", "affirmed", "assured", "accused", "dismissed", "labeled",
	"labelled", "branded", "termed", "dubbed", "hailed", "continued", "continues", "chanted", "shouted",
	"yelled", "yells", "shouts", "screamed", "screams", "cried", "cries", "sang", "sings", "tweeting", "writing", "recounted", "recalls", "concluded", "announcing",
	"declaring", "asserting", "claiming", "contending", "acknowledging", "admitting", "conceding", "joked",
	"mused", "wondered", "lamented", "pleaded", "proclaimed", "retorted", "scoffed", "sighed", "snapped",
	"vowing", "pledged", "pledging", "predicting", "promising", "quoted", "read", "reads", "asking",
	"ask", "asks", "questioned", "questioning", "demanded", "demanding",
	"confirming", "revealing", "disclosing", "reporting", "suggesting", "indicating", "denying",
	"maintaining", "stating", "conceding", "recalling", "observing", "estimating",
)

// thatCues take a reported clause directly ("X said the talks ...").
var clauseCues = setOf("said", "says", "say", "saying", "told", "tells", "added", "adds", "noted", "stressed",
	"warned", "explained", "declared", "announced", "insisted", "argued", "claimed", "suggested",
	"confirmed", "acknowledged", "admitted", "asserted", "maintained", "believes", "believed", "thinks",
	"estimated", "reported", "emphasized", "emphasised", "stated", "reiterated", "highlighted", "predicted",
	"promised", "vowed", "conceded", "indicated", "alleged", "recalled", "cautioned", "countered",
	"contended", "disclosed", "revealed", "affirmed", "assured", "noting", "emphasizing", "stressing",
	"warning", "adding", "insisting", "arguing", "explaining",
	// thought, knowledge and findings: "Trump believes ...", "the poll shows ..."
	"believe", "know", "knows", "knew", "think", "feel", "feels", "felt", "fear", "fears", "feared",
	"worry", "worries", "worried", "expect", "expects", "expected", "hope", "hopes", "hoped",
	"show", "shows", "showed", "shown", "found", "finds", "suggest", "suggests", "mentioned",
	"understood", "realized", "realised", "learned", "concluded", "determined", "wrote", "writes",
	"tweeted", "argue", "claim", "insist", "insists", "contends", "maintain", "notes", "acknowledges",
	"admit", "recalled", "recalls", "complained", "conceded", "agreed", "agree", "agrees", "doubt",
	"doubts", "assumed", "assume", "warns", "predicts", "estimates", "reports", "announces", "declares",
	"testified", "observed", "remarked", "replied", "responded", "answered", "explains",
	"argues", "pledged", "pledges", "stresses", "emphasizes", "maintains", "asserts", "states",
	"hinted", "reiterates", "warn", "predict", "insisting", "telling")

// speakerHeads are nouns that head a description of who spoke, besides the
// roles check.RoleOf knows: "one GOP source", "attorneys for the family".
var speakerHeads = setOf("source", "sources", "official", "officials", "attorney", "attorneys", "lawyer",
	"lawyers", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "analyst", "analysts",
	"expert", "experts", "economist", "economists", "witness", "witnesses", "resident", "residents",
	"supporter", "supporters", "critic", "critics", "voter", "voters", "statement", "report", "study",
	"poll", "survey", "analysis", "campaign", "spokesperson", "representative", "representatives",
	"ruling", "letter", "memo", "complaint", "lawsuit", "indictment", "opinion", "filing", "email", "tweet",
	"editorial", "ad", "release", "records", "documents", "filings")

// viewFrames report a view of someone or something when what follows holds
// quoted words: "admires Putin as a \"strong leader\"".
var viewFrames = setOf("see", "view", "regard", "consider", // base forms, after a plural subject: "Critics see it as …"
	"admires", "admired", "regards", "regarded", "views", "viewed", "sees", "saw",
	"considers", "considered", "treats", "treated", "casts", "cast", "paints", "painted")

// afterCues report speech only in an attribution after a quotation, where
// they cannot mean anything else: `," Trump charged.`, `," she laughed.`
var afterCues = setOf("charged", "chimed", "interjected", "marveled", "marvelled", "gushed", "fumed",
	"deadpanned", "laughed", "ventured", "groused", "grumbled", "whispered", "murmured", "muttered",
	"bristled", "cracked", "crowed", "exclaimed", "griped", "howled", "jabbed", "pressed", "reasoned",
	"sniffed", "taunted", "teased", "thundered", "advised", "repeated", "protested", "offered", "smiled",
	"shrugged", "joked", "quipped", "recounted", "explained", "began", "continued", "went")

// afterCue reports whether a token is a cue in an attribution after a
// quotation.
func afterCue(t check.Token) bool { return isCue(t) || afterCues[t.Lower] && !t.Upper }

// docVerbs make a statement by way of a document (docNouns): "sent a
// letter", "released an ad".
var docVerbs = setOf("sent", "sends", "released", "releases", "issued", "issues", "published", "publishes",
	"filed", "files", "delivered", "delivers", "penned", "pens", "circulated", "aired", "airs")

// docNouns are documents a statement is made in.
var docNouns = setOf("letter", "letters", "statement", "statements", "memo", "memos", "ad", "ads",
	"advertisement", "video", "report", "complaint", "tweet", "tweets", "email", "emails", "lawsuit",
	"motion", "brief", "petition", "message", "note", "op-ed", "editorial", "column", "proposal",
	"plan", "analysis", "study", "manifesto", "ultimatum", "warning", "apology", "rebuttal", "response",
	"speech", "speeches", "address", "remarks", "testimony", "interview", "sermon", "lecture")

// stanceVerbs take a stance as their object (stanceNouns): "offered
// advice", "raised concerns", "voiced support", "made the case".
var stanceVerbs = setOf("offered", "offers", "offering", "gave", "gives", "giving", "expressed", "expresses",
	"expressing", "voiced", "voices", "voicing", "raised", "raises", "raising", "made", "makes", "making",
	"shared", "shares", "sharing", "lodged", "leveled", "levelled")

// stanceNouns are stances a speaker takes.
var stanceNouns = setOf("advice", "proof", "evidence", "apology", "apologies", "condolences", "praise",
	"criticism", "criticisms", "assurances", "assurance", "concerns", "concern", "doubts", "opposition",
	"objections", "objection", "support", "case", "argument", "arguments", "accusation", "accusations",
	"allegations", "allegation", "complaint", "complaints", "pledge", "promise", "promises", "remarks",
	"comments", "thoughts", "views", "reservations", "skepticism", "scepticism", "frustration", "outrage",
	"dismay", "regret", "sympathy", "gratitude", "appreciation", "optimism", "pessimism", "confidence")

// backCues report a retort with "back" after them: "shot back", "hit back".
var backCues = setOf("shot", "shoots", "fired", "fires", "hit", "hits", "pushed", "pushes", "wrote", "writes",
	"snapped", "struck", "strikes", "punched", "lashed")

// particles complete a cue before its that-clause: "pointed out that".
var particles = setOf("out", "clear", "plain", "up")

// possessiveDets begin a speaker described by whose they are: "my father".
var possessiveDets = setOf("my", "his", "her", "their", "our", "your", "its")

// determiners open a noun phrase.
var determiners = setOf("the", "a", "an", "this", "that", "these", "those", "my", "his", "her", "their",
	"our", "your", "its")

// asFrames portray someone only with "as": "painting Trump as a
// caricature", "is casting himself as a champion"; "painted the house" is
// no statement.
var asFrames = setOf("painting", "painted", "paints", "casting", "casts")

// phrasalCues report what someone said about, of, on, for or against
// something: "complained about his microphone", "spoke of a stone
// slaver's block", "railed against free-trade deals".
var phrasalCues = setOf("talked", "talks", "talking", "spoke", "speaks", "speaking", "complained",
	"complains", "complaining", "commented", "comments", "commenting", "wrote", "writes", "testified",
	"argued", "argues", "arguing", "warned", "warns", "warning", "cautioned", "asked", "asks", "asking",
	"railed", "rails", "railing", "campaigned", "campaigns", "campaigning", "pushed", "pushes", "pushing",
	"advocated", "advocates", "advocating", "responded", "responds", "responding", "pointed", "points",
	"referred", "refers", "referring", "objected", "objects", "agreed", "agrees", "disagreed",
	"disagrees", "sided", "sides", "focused", "focuses", "seized", "seizing", "joked", "jokes",
	"boasted", "boasts", "bragged", "brags", "lectured", "inquired", "vented", "fumed", "lashed",
	"hammered", "harped", "mused", "reflected", "reminisced", "weighed", "opined", "posted", "tweeted",
	"decided", "decides", "went", "gone", "goes", "going")

// phrasalPreps join a phrasal cue to what was said: "about", "of" and
// "against" any of them; the others only the verbs listed with them, for
// "spoke on CNN" and "talked with reporters" name no content.
var phrasalPreps = map[string]map[string]bool{
	"about": nil, "of": nil, "against": nil,
	"on": setOf("commented", "comments", "commenting", "weighed", "focused", "focuses", "seized", "seizing",
		"reflected", "harped", "lectured", "opined", "campaigned", "campaigns", "campaigning"),
	"for": setOf("pushed", "pushes", "pushing", "advocated", "advocates", "advocating", "campaigned",
		"campaigns", "campaigning", "argued", "argues", "arguing", "asked", "asks", "asking"),
	"to": setOf("responded", "responds", "responding", "pointed", "points", "referred", "refers", "referring",
		"objected", "objects"),
	"with": setOf("agreed", "agrees", "disagreed", "disagrees", "sided", "sides"),
	"over": setOf("fumed", "complained", "complains", "complaining", "vented"),
	// "has gone after Trump as a \"human leech\"": an attack in words, when
	// what follows casts its target "as" something (checked where it is read)
	"after": setOf("went", "gone", "goes", "going"),
	"at":    setOf("lashed", "joked", "jokes", "fumed"),
}

// phrasalOK reports whether cue w takes what was said after preposition p.
func phrasalOK(w, p string) bool {
	verbs, ok := phrasalPreps[p]
	return ok && (verbs == nil || verbs[w])
}

// relatives open a relative clause whose antecedent is the speaker: "the
// department, which reported …".
var relatives = setOf("who", "which")

// hearers are who a speaker tells, when the hearer is one word: "told
// reporters the talks failed".
var hearers = setOf("me", "him", "her", "us", "them", "you", "reporters", "journalists", "supporters",
	"listeners", "viewers", "readers", "voters", "lawmakers", "senators", "congress", "everyone")

// questionCues take a question as what was said: "asked whether ...".
var questionCues = setOf("asked", "asks", "asking", "questioned", "questions", "questioning", "wondered",
	"wonders", "wondering", "inquired", "queried")

// questionWords open an indirect question.
var questionWords = setOf("whether", "if", "how", "why", "what", "when", "who", "where")

// attitudes are adjectives of a view held, after "is" or "are": "Democrats
// are afraid that ...".
var attitudes = setOf("afraid", "concerned", "confident", "convinced", "worried", "sure", "certain",
	"hopeful", "optimistic", "pessimistic", "skeptical", "sceptical", "aware", "adamant", "fearful",
	"insistent", "unsure", "uncertain", "doubtful", "glad", "pleased", "disappointed", "angry", "upset")

// bareCues are cue forms that are also nouns ("the show", "a claim"); they
// are cues only after a plural or personal subject or an auxiliary.
var bareCues = setOf("show", "fear", "hope", "worry", "doubt", "claim", "feel", "know", "think", "believe",
	"expect", "agree", "argue", "assume", "insist", "maintain", "admit", "suggest", "plan", "want", "need",
	"wish", "vote", "aim", "promise", "vow", "pledge", "threaten", "refuse", "decline", "seek", "decide",
	"intend", "prefer", "say", "tell", "state", "report", "reports", "plans", "claims", "shows", "fears",
	"hopes", "needs", "votes", "calls", "call", "notes", "remarks", "states", "support", "oppose",
	"reject", "endorse", "backs", "supports", "champions", "challenges", "addresses",
	"disputes", "highlights", "demands", "proposes", "answers", "counters", "jokes", "quips", "see", "view",
	"regard", "consider", "describe", "criticize", "accuse", "urge", "condemn",
	"denounce", "dismiss", "cite", "deride")

// infinitiveCues report an intention or undertaking: "vowed to repeal",
// "wants to build", "declined to comment".
var infinitiveCues = setOf("want", "wants", "wanted", "plan", "plans", "planned", "planning", "hope",
	"hopes", "hoped", "hoping", "intend", "intends", "intended", "seek", "seeks", "sought", "seeking",
	"refuse", "refuses", "refused", "refusing", "decline", "declines", "declined", "declining", "agree",
	"agrees", "agreed", "decide", "decides", "decided", "pledge", "pledges", "pledged", "pledging",
	"promise", "promises", "promised", "promising", "vow", "vows", "vowed", "vowing", "threaten",
	"threatens", "threatened", "aim", "aims", "aimed", "offered", "offers", "proposed", "proposes",
	"urged", "urges", "asked", "asks", "called", "calls", "vote", "voted", "votes", "expect", "expects",
	"expected", "prefer", "prefers", "preferred", "wish", "wishes", "wished")

// nounCues report a position after the holder's name: "Peskov's view is that ...".
var nounCues = setOf("view", "position", "argument", "belief", "contention", "claim", "assessment",
	"message", "point", "conclusion", "answer", "response", "verdict", "stance", "hope", "fear", "bet",
	"statement", "assertion", "suggestion", "warning", "prediction", "insistence", "accusation",
	"allegation", "remark", "comment", "comments", "proposal", "idea", "reply", "retort", "reaction")

// reportBreaks, after a comma, start a clause the reporter adds to reported
// speech: "he said the talks failed, which surprised no one".
var reportBreaks = setOf("while", "whereas", "although", "though",
	"according", "including", "despite",
	"unlike", "citing", "noting", "adding", "saying", "arguing", "referring", "speaking")

// frameCues take what was said as their object or complement: "called the
// talks constructive", "described Putin as a strong leader", "urged Congress
// to act".
var frameCues = setOf("support", "oppose", "endorse", "chastised", "chastises", "painting", "painted", "paints", "casting", "casts", "echoed", "echoes", "echoing", "call", "describe", "criticize", "accuse", "urge", "condemn", "denounce", "dismiss",
	"reject", "cite", "deride", // base forms, after a plural subject: "Obama and Clinton call them \"lone wolves\""
	"called", "calls", "calling", "described", "describes", "describing", "labeled",
	"labelled", "branded", "termed", "dubbed", "hailed", "praised", "praises", "criticized", "criticised",
	"criticizes", "blasted", "accused", "accuses", "accusing", "attacked", "urged", "urges", "urging",
	"slammed", "mocked", "condemned", "denounced", "dismissed", "rejected", "lauded", "characterized",
	"characterised", "portrayed", "likened", "compared", "vowed", "pledged", "promised", "threatened",
	"demanded", "questioned", "defended", "endorsed", "cited", "citing", "proposed", "encouraged",
	"encouraging", "encourages", "exhorted", "rated", "rates", "blamed", "blames", "blaming", "scolded",
	"referenced", "referencing", "touted", "touting", "lambasted", "ridiculed", "derided", "decried",
	"applauded", "welcomed", "thanked", "congratulated", "reminded", "promising", "praising",
	"criticizing", "criticising", "attacking", "slamming", "blasting", "demanding", "questioning",
	"defending", "endorsing", "describing", "labeling", "proposing", "proposes", "demands",
	// stances taken in deeds as well as words, which news reports as
	// statements: "Clinton unveiled her plan", "Cruz backed Trump".
	"backed", "backs", "supported", "supports", "opposed", "opposes", "promoted", "promotes", "promoting",
	"unveiled", "unveils", "outlined", "outlines", "mocks", "mocking", "attacks", "cites",
	"endorses", "discussed", "discusses", "addressed", "addresses", "challenged", "challenges", "disputed",
	"disputes", "highlighted", "highlights", "touts", "slams", "blasts", "criticizes", "unleashed",
	"pushed", "pushes", "pushing", "championed", "champions", "denounces", "condemns", "rejects",
	"dismisses", "defends", "endorse", "support", "oppose", "reject")

// eventNouns name the talks-like events a story is about; they share one family.
var talksNouns = setOf("talks", "talk", "meeting", "meetings", "discussions", "discussion", "negotiations",
	"negotiation", "conversation", "conversations", "session", "summit", "consultations", "dialogue",
	"round", "exchange", "call", "visit", "trip", "encounter", "sit-down")

// otherEventNouns are events of their own family, named by the noun.
var otherEventNouns = setOf("attack", "attacks", "strike", "strikes", "heist", "robbery", "theft",
	"earthquake", "quake", "explosion", "blast", "shooting", "fire", "crash", "election", "vote",
	"trial", "hearing", "ceremony", "conference", "speech", "interview", "announcement", "raid",
	"arrest", "storm", "hurricane", "flood", "protest", "protests", "war", "ceasefire", "deal",
	"agreement", "concert", "match", "game", "race", "launch", "release", "visit", "festival", "fight",
	"invasion", "offensive", "operation", "outbreak", "accident", "collision", "murder", "killing",
	"death", "funeral", "wedding", "party", "show", "tournament", "final", "derby", "verdict", "ruling",
	"sentencing", "merger", "acquisition", "sale", "bombing", "kidnapping", "rescue", "evacuation")

// eventVerbs map verb forms to the phase of the event they report.
var eventVerbs = map[string]string{
	"ended": "end", "ends": "end", "end": "end", "concluded": "end", "concludes": "end",
	"finished": "end", "wrapped": "end", "closed": "end", "broke": "end",
	"began": "start", "begins": "start", "begin": "start", "started": "start", "starts": "start",
	"opened": "start", "opens": "start", "launched": "start", "kicked": "start", "resumed": "start",
	"met": "occur", "meet": "occur", "meets": "occur", "held": "occur", "took": "occur", "happened": "occur",
	"occurred": "occur", "visited": "occur", "arrived": "occur", "signed": "occur", "struck": "occur",
	"hit": "occur", "killed": "occur", "died": "occur", "arrested": "occur", "attacked": "occur",
	"stolen": "occur", "stole": "occur", "robbed": "occur", "fired": "occur", "elected": "occur",
	"won": "occur", "lost": "occur", "released": "occur", "landed": "occur", "crashed": "occur",
	"exploded": "occur", "collapsed": "occur", "charged": "occur", "sentenced": "occur", "convicted": "occur",
	"lasted": "measure", "lasting": "measure", "spent": "measure",
}

// orgSpeakers are organisations, and capitals standing for governments, that speak.
var orgSpeakers = setOf("kremlin", "white house", "pentagon", "state department", "moscow", "washington",
	"kyiv", "kiev", "beijing", "london", "paris", "berlin", "tehran", "ministry", "government",
	"administration", "police", "nato", "un", "united nations", "eu", "european union", "european commission",
	"foreign ministry", "defence ministry", "defense ministry", "army", "military", "prosecutors",
	"court", "fbi", "cia", "company", "spokesperson's office", "downing street", "elysee", "élysée",
	"bbc", "reuters", "ap", "afp", "guardian", "cnn", "tass", "interfax", "ria novosti")

// orgFirstWords are the first words of orgSpeakers, to rule a token out fast.
var orgFirstWords = func() map[string]bool {
	m := map[string]bool{}
	for phrase := range orgSpeakers {
		first, _, _ := strings.Cut(phrase, " ")
		m[first] = true
	}
	return m
}()

// notPersonWords never begin or make up a person's name.
var notPersonWords = setOf(
	"the", "a", "an", "in", "on", "at", "but", "and", "or", "as", "after", "before", "despite", "while",
	"although", "when", "if", "for", "from", "to", "with", "by", "of", "this", "that", "these", "those",
	"it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your",
	"what", "why", "how", "who", "where", "which", "there", "here", "yes", "no", "not", "meanwhile",
	"nonetheless", "however", "still", "yet", "so", "also", "then", "now", "today", "tomorrow",
	"yesterday", "ahead", "during", "since", "until", "under", "over", "between", "among", "following",
	"according", "final", "further", "ukrainian", "russian",
	"american", "european", "british", "chinese", "french", "german", "western", "eastern", "central",
	"northern", "southern", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"kremlin", "russia", "ukraine", "moscow", "washington", "kyiv", "kiev", "europe", "nato", "us", "u.s.",
	"usa", "uk", "u.k.", "eu", "un", "crimea", "donbas", "donetsk", "luhansk", "kherson", "zaporizhzhia",
	"florida", "switzerland", "america", "britain", "china", "france", "germany", "israel", "iran",
	"india", "japan", "turkey", "africa", "asia", "christmas", "easter", "god", "swiss", "ok", "tv",
	// countries and capitals, which speak as governments: "North Korea said"
	"korea", "syria", "iraq", "afghanistan", "pakistan", "mexico", "canada", "cuba", "venezuela", "egypt",
	"libya", "yemen", "saudi", "arabia", "qatar", "lebanon", "sudan", "somalia", "nigeria", "kenya",
	"ethiopia", "brazil", "argentina", "colombia", "spain", "italy", "greece", "poland", "hungary",
	"sweden", "norway", "denmark", "finland", "austria", "belgium", "netherlands", "australia",
	"indonesia", "philippines", "vietnam", "thailand", "malaysia", "taiwan", "palestine", "gaza",
	"tehran", "beijing", "baghdad", "damascus", "kabul", "pyongyang", "seoul", "tokyo", "brussels",
	"berlin", "ottawa", "cairo", "ankara", "riyadh",
	"breaking", "update", "updated", "read", "more", "related", "photo", "video", "advertisement",
	"references", "sky", "news", "cgtn", "bbc", "reuters", "guardian", "ap", "euronews", "white", "house",
	"state", "department", "president", "minister", "secretary", "senator", "governor", "mayor",
	"spokesperson", "spokesman", "chancellor", "peace", "talks", "plan", "party", "army", "federation",
	"republic", "kingdom", "united", "states", "nations", "union", "council", "court", "police",
	"ministry", "government", "city", "county", "street", "university", "college", "school",
	"this", "every", "each", "many", "some", "most", "all", "both", "several", "other", "another",
	"new", "old", "first", "last", "next", "early", "late", "mid", "north", "south", "east", "west",
	"special", "senior", "top", "key", "high", "low", "civil", "global", "international", "national",
	"federal", "foreign", "royal", "supreme", "prime", "vice", "deputy", "chief", "general", "mr",
	"mrs", "ms", "dr", "sir", "lord", "lady", "saint", "st", "fort", "mount", "lake", "river",
	"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
)

// orgWords, anywhere in a capitalised name, make it an organisation or place.
var orgWords = setOf("press", "news", "union", "party", "ministry", "council", "times", "post",
	"agency", "department", "house", "nations", "federation", "organization", "organisation",
	"committee", "court", "bank", "company", "inc", "corp", "university", "college", "school", "district", "society", "capitol",
	"institute", "association", "group", "army", "navy", "forces", "police", "office", "service",
	"commission", "parliament", "assembly", "congress", "senate", "street", "avenue", "square",
	"airport", "hospital", "center", "centre", "church", "club", "team", "journal", "herald",
	"tribune", "telegraph", "network", "channel", "foundation", "fund", "conference", "summit",
	"plan", "act", "treaty", "agreement", "war", "region", "republic", "kingdom", "states", "sea",
	"river", "ocean", "mountains", "island", "islands", "coast", "valley", "county", "city",
	"province", "bay", "gulf", "ltd", "llc", "plc", "co", "museum", "library", "stadium", "park",
	"hotel", "road", "bridge", "station", "media", "magazine", "daily", "weekly", "radio", "tv",
	"television", "broadcasting", "corporation", "industries", "holdings", "partners", "capital",
	"security", "guard", "brigade", "division", "battalion", "front", "movement", "alliance",
	"coalition", "cup", "league", "championship", "olympics", "games", "awards", "festival",
	"day", "week", "month", "year", "age", "era", "operation", "project", "program", "programme",
	"initiative", "report", "index", "exchange", "market", "markets", "stock", "airlines", "airways",
	"motors", "systems", "technologies", "labs", "studios", "records", "pictures", "entertainment",
	"euronews", "cgtn", "bbc", "reuters", "guardian", "ap", "afp", "cnn", "tass", "nbc", "cbs", "abc", "fox",
	"basin", "peninsula", "desert", "forest", "hills", "heights", "strait", "canal", "lake")

// titleWords may precede a name as part of a title ("Secretary of State").
var titleModifiers = setOf("senior", "top", "chief", "deputy", "former", "special", "key", "acting",
	"foreign", "prime", "vice", "longtime", "veteran", "presidential", "personal", "head", "lead",
	"principal", "assistant", "associate", "interim", "then", "outgoing", "incoming", "main", "leading",
	"defence", "defense", "interior", "finance", "economy", "justice", "health", "energy", "education",
	"trade", "home", "treasury", "press", "state", "of", "general", "parliamentary", "faction",
	"military", "diplomatic", "political", "national", "security", "economic", "regional", "local",
	"government", "opposition", "official", "white", "house", "kremlin")

// pronouns that can stand for a speaker.
var speakerPronouns = setOf("he", "she")

// prepositions before a mention make it an object, not a subject.
var prepositions = setOf("to", "of", "with", "by", "for", "from", "about", "against", "between", "among",
	"toward", "towards", "on", "at", "in", "into", "under", "over", "than", "like", "including", "and")

var weekdays = map[string]int{"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
	"saturday": 6, "sunday": 7, "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4,
	"fri": 5, "sat": 6, "sun": 7}

var months = map[string]int{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12}

var numberWords = map[string]float64{"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
	"ninety": 90, "a": 1, "an": 1, "dozen": 12, "dozens": 0, "half": 0.5, "couple": 2}

var scaleWords = map[string]float64{"hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9, "trillion": 1e12}

var ordinalWords = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "twentieth": 20, "thirtieth": 30, "fiftieth": 50, "hundredth": 100}
