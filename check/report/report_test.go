package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

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
		"github": "::error file=a%2Cb.txt,line=2,col=13,endLine=2,endColumn=20,title=factlint date::end of the talks: a dates it Tuesday,%0Ac Thursday%0A[-old-] {+new+}%0Asee c.txt:2 \"Thursday\"\n::error file=gone.txt,line=1,title=factlint input::no such file or directory\n",
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

func TestSARIF(t *testing.T) {
	var buf bytes.Buffer
	rules := []*check.Rule{{Name: "date", Doc: "Reports different days.\n\nMore.", Severity: check.Error}, {Name: "title", Doc: "Titles.", Severity: check.Warning}}
	if err := SARIF(&buf, sample(), Options{Rules: rules, Version: "1.2.3"}); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name    string `json:"name"`
					Version string `json:"version"`
					Rules   []struct {
						ID               string `json:"id"`
						ShortDescription struct{ Text string }
						FullDescription  struct{ Text string }
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				Level     string `json:"level"`
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine, StartColumn int }
					}
				} `json:"locations"`
				RelatedLocations    []struct{ ID int } `json:"relatedLocations"`
				PartialFingerprints map[string]string  `json:"partialFingerprints"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, buf.String())
	}
	// Valid against the SARIF 2.1.0 schema, as the library checks it.
	parsed, err := sarif.FromBytes(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if err := parsed.Validate(); err != nil {
		t.Errorf("not valid SARIF 2.1.0: %v", err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("version %q, %d runs", log.Version, len(log.Runs))
	}
	run := log.Runs[0]
	if d := run.Tool.Driver; d.Name != "factlint" || d.Version != "1.2.3" || len(d.Rules) != 2 || d.Rules[0].ShortDescription.Text != "Reports different days." || !strings.Contains(d.Rules[0].FullDescription.Text, "More.") {
		t.Errorf("driver: %+v", d)
	}
	if len(run.Results) != 1 {
		t.Fatalf("%d results", len(run.Results))
	}
	res := run.Results[0]
	loc := res.Locations[0].PhysicalLocation
	if res.RuleID != "date" || res.Level != "error" || loc.ArtifactLocation.URI != "a,b.txt" || loc.Region.StartLine != 2 || loc.Region.StartColumn != 13 ||
		len(res.RelatedLocations) != 1 || res.PartialFingerprints["factlint/v1"] != sample().Findings[0].Fingerprint {
		t.Errorf("result: %+v", res)
	}
}

func TestGitHubOverflow(t *testing.T) {
	r := sample()
	one := r.Findings[0]
	r.Findings = nil
	for i := 0; i < AnnotationLimit+3; i++ {
		r.Findings = append(r.Findings, one)
	}
	var out, summary bytes.Buffer
	if err := GitHub(&out, r, Options{Summary: &summary}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out.String(), "::error file=a%2Cb.txt"); n != AnnotationLimit {
		t.Errorf("%d error annotations, want %d", n, AnnotationLimit)
	}
	if !strings.Contains(out.String(), "::notice title=factlint::3 more findings") {
		t.Errorf("no notice of the rest:\n%s", out.String())
	}
	if n := strings.Count(summary.String(), "| error | date |"); n != 3 {
		t.Errorf("summary holds %d rows, want 3:\n%s", n, summary.String())
	}
}
