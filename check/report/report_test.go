package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/factlint/factlint/check"
)

func sample() *check.Report {
	a := &check.Article{Path: "a,b.txt", Raw: []byte("Title\nIt ended on Tuesday.\n")}
	b := &check.Article{Path: "c.txt", Raw: []byte("Title\nIt ended on Thursday.\n")}
	return &check.Report{
		Articles: []*check.Article{a, b},
		Findings: []check.Finding{{
			Rule: "date", Severity: check.Error, Subject: "end of the talks", Message: "a dates it Tuesday,\nc Thursday",
			Evidence: []check.Evidence{
				{Article: a, Span: check.Span{Start: 18, End: 25}, Text: "Tuesday", Value: "XXXX-WXX-2"},
				{Article: b, Span: check.Span{Start: 18, End: 26}, Text: "Thursday", Value: "XXXX-WXX-4"},
			},
			Diff: []check.Edit{{Op: -1, Text: "old"}, {Text: " "}, {Op: 1, Text: "new"}},
		}},
		Errors: []*check.InputError{{Path: "gone.txt", Message: "no such file or directory"}},
	}
}

func TestSummary(t *testing.T) {
	if got := Summary(sample()); got != "1 finding (1 error) in 2 articles; 1 input could not be read" {
		t.Errorf("summary %q", got)
	}
}

func TestRenderers(t *testing.T) {
	for name, want := range map[string]string{
		"line":   "a,b.txt:2:13:date:a dates it Tuesday, c Thursday\n",
		"github": "::error file=a%2Cb.txt,line=2,col=13,title=factlint date::end of the talks: a dates it Tuesday,%0Ac Thursday\n::error file=gone.txt,title=factlint input::no such file or directory\n",
	} {
		var buf bytes.Buffer
		if err := Formats[name](&buf, sample(), Options{}); err != nil {
			t.Fatal(err)
		}
		if buf.String() != want {
			t.Errorf("%s:\n got %q\nwant %q", name, buf.String(), want)
		}
	}
	var buf bytes.Buffer
	if err := Table(&buf, sample(), Options{}); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"ERROR date  end of the talks", "a,b.txt:2", "Thursday", "diff: [-old-] {+new+}", "gone.txt", "1 finding (1 error)"} {
		if !strings.Contains(buf.String(), s) {
			t.Errorf("table lacks %q:\n%s", s, buf.String())
		}
	}
	if strings.Contains(buf.String(), "\x1b[") {
		t.Error("colour written when not asked for")
	}
	buf.Reset()
	_ = Table(&buf, sample(), Options{Color: true})
	if !strings.Contains(buf.String(), "\x1b[31;9mold") {
		t.Error("no coloured diff on a terminal")
	}
}
