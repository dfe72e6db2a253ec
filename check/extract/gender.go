package extract

import (
	"strings"

	"github.com/factlint/factlint/check"
)

// A pronoun's antecedent agrees with it: "he" does not stand for Hillary
// Clinton. factlint learns a person's gender only from what the article
// writes (an honorific, a gendered title, a common given name) and leaves it
// unknown otherwise; an unknown person agrees with either pronoun.

const (
	genderUnknown byte = iota
	genderFemale
	genderMale
)

// femaleNames and maleNames are given names common in English-language news,
// unambiguous enough to decide a pronoun.
var femaleNames = setOf(strings.Fields(`mary patricia jennifer linda elizabeth barbara susan jessica
	sarah karen nancy lisa margaret betty sandra ashley dorothy kimberly emily donna michelle carol
	amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen
	anna brenda pamela nicole samantha katherine christine debra rachel catherine carolyn janet ruth
	maria heather diane virginia julie joyce victoria kelly christina joan evelyn lauren judith olivia
	martha cheryl megan andrea hannah jacqueline ann gloria kathryn alice teresa sara janice
	doris madison julia grace judy abigail marie denise beverly amber theresa marilyn danielle diana
	brittany natalie sophia rose isabella alexis kayla charlotte hillary melania ivanka chelsea
	nancy elaine elise kellyanne huma kamala condoleezza michele tulsi nikki sheryl oprah beyonce
	angela theresa ursula kristalina christine jacinda liz ilhan alexandria ayanna rashida tammy
	dianne kirsten tina susana hope maxine debbie donna nina eleanor ruth sonia elena amy mazie
	jeanne loretta gretchen katie lesley megyn savannah jill jane janet madeleine yulia
	svetlana natalia olga irina tatiana marine ségolène anne annalena sanna giorgia yoshiko
	regina rosa carmen monica gail tara ellen lindsay paula lois esther jenna heidi vanessa valerie
	wendy veronica yvonne rita roberta sylvia connie caroline audrey kristen kristin kate kathy claire
	fiona emma sophie lucy`)...)

var maleNames = setOf(strings.Fields(`james john robert michael william david richard joseph thomas
	charles christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin
	brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen
	larry justin scott brandon benjamin samuel gregory frank alexander raymond patrick jack dennis
	jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold
	keith christian roger noah gerald carl sean austin arthur lawrence jesse dylan bryan joe
	billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent
	russell elijah louis bobby philip johnny barack bernie mitt mike ted marco jeb rand newt reince
	chuck harry mitch bill hunter vladimir dmitry sergei sergey yuri volodymyr emmanuel
	olaf boris rishi keir xi recep benjamin narendra justin jair nicolas viktor abdel mohammed
	muhammad ali ahmed hassan hussein omar ivan dmitri alexei alexey mikhail nikolai igor oleg
	andriy andrii rustem kirill pavel rudy jim tom tim tony nick steve dan ben rob bob
	hugh ian neil nigel gordon tony jeremy david dominic ricardo carlos luis jorge miguel pedro fidel
	raul manuel francisco antonio javier fernando alejandro sergio hugo enrique diego pablo rafael`)...)

// genderAt reads the gender of a name that starts at token k: its
// honorific ("Mrs.", "Mr.") or its given name.
func (x *analysis) genderAt(k int, given string) byte {
	toks := x.a.Tokens
	h := k - 1
	if h >= 0 && toks[h].Text == "." {
		h--
	}
	if h >= 0 {
		switch toks[h].Lower {
		case "mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess", "congresswoman",
			"spokeswoman", "chairwoman", "businesswoman", "sister", "mother", "wife", "daughter":
			return genderFemale
		case "mr", "sir", "lord", "king", "prince", "congressman", "spokesman", "businessman",
			"brother", "father", "husband", "son":
			return genderMale
		}
	}
	f := strings.Fields(given)
	if len(f) == 0 {
		return genderUnknown
	}
	first := strings.ToLower(f[0])
	if len(f) > 1 && strings.HasSuffix(first, ".") {
		first = strings.ToLower(f[1]) // "W. Mark Felt": the initial says nothing
	}
	switch {
	case femaleNames[first] && !maleNames[first]:
		return genderFemale
	case maleNames[first] && !femaleNames[first]:
		return genderMale
	}
	return genderUnknown
}

// descriptionGender reads the gender a role says: "the spokeswoman".
func descriptionGender(text string) byte {
	w := strings.ToLower(text)
	switch {
	case strings.Contains(w, "woman") || strings.Contains(w, "women") || strings.Contains(w, "mother") ||
		strings.Contains(w, "actress") || strings.Contains(w, "first lady"):
		return genderFemale
	case strings.HasSuffix(w, "man") || strings.Contains(w, "father"):
		return genderMale
	}
	return genderUnknown
}

// mentionGender is the gender known for mention m: a person's by their
// register key, a description's by its role.
func (x *analysis) mentionGender(m check.Mention) byte {
	switch m.Kind {
	case check.PersonMention:
		return x.gender[personKey(m.Text)]
	case check.DescriptionMention:
		return descriptionGender(m.Text)
	}
	return genderUnknown
}

// personKey is the folded surname a person's gender is kept under.
func personKey(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return check.FoldName(bare(strings.ToLower(f[len(f)-1])))
}

// agrees reports whether a pronoun can stand for a mention of gender g.
func agrees(pronoun string, g byte) bool {
	switch strings.ToLower(pronoun) {
	case "he", "him", "his":
		return g != genderFemale
	case "she", "her", "hers":
		return g != genderMale
	}
	return true
}

// genderNames name the genders for check.Mention.Gender.
var genderNames = map[byte]string{genderFemale: "female", genderMale: "male"}

// samePronoun reports whether two pronouns can stand for one person: "he"
// and "his" can, "he" and "she" cannot.
func samePronoun(a, b string) bool {
	return agrees(a, pronounGender(b)) && agrees(b, pronounGender(a))
}

func pronounGender(p string) byte {
	switch strings.ToLower(p) {
	case "he", "him", "his":
		return genderMale
	case "she", "her", "hers":
		return genderFemale
	}
	return genderUnknown
}
