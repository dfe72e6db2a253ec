package check

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"
)

// Rule is a rule module: a documented value, like analysis.Analyzer.
type Rule struct {
	Name     string   // the name used in output, config and --enable / --disable
	Doc      string   // the package documentation: first line a summary
	Severity Severity // the default severity of its findings
	Run      func(*Pass)
}

// Summary is the first sentence of the rule's documentation.
func (r *Rule) Summary() string {
	doc := strings.TrimSpace(r.Doc)
	if i := strings.Index(doc, "\n\n"); i >= 0 {
		doc = doc[:i]
	}
	return strings.Join(strings.Fields(doc), " ")
}

// Pass is what a rule sees: the analysed story, and a way to report.
type Pass struct {
	Rule     *Rule
	Story    *Story
	findings []Finding
}

// Report records a finding. key identifies what the finding is about (the
// claims' texts and values, never their positions) and becomes its fingerprint;
// a zero Severity takes the rule's default.
func (p *Pass) Report(f Finding, key string) {
	if f.Rule == "" {
		f.Rule = p.Rule.Name
	}
	if f.Severity == 0 {
		f.Severity = p.Rule.Severity
	}
	f.key = key
	p.findings = append(p.findings, f)
}

// Run runs the rules over a story. The findings come back sorted and
// fingerprinted, the same bytes for the same input.
func Run(story *Story, rules []*Rule) []Finding {
	var all []Finding
	for _, r := range rules {
		p := &Pass{Rule: r, Story: story}
		r.Run(p)
		all = append(all, p.findings...)
	}
	for i := range all {
		all[i].Fingerprint = fingerprint(all[i])
	}
	SortFindings(all)
	return dedupe(all)
}

func fingerprint(f Finding) string {
	h := sha256.New()
	h.Write([]byte(f.Rule))
	h.Write([]byte{0})
	key := f.key
	if key == "" {
		key = f.Subject + "\x00" + f.Message
	}
	h.Write([]byte(key))
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// SortFindings orders findings by the position of their first evidence, then
// rule and message, so that output does not depend on scheduling.
func SortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		ka, kb := sortKey(a), sortKey(b)
		if ka.path != kb.path {
			return ka.path < kb.path
		}
		if ka.start != kb.start {
			return ka.start < kb.start
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		if a.Message != b.Message {
			return a.Message < b.Message
		}
		return a.Fingerprint < b.Fingerprint
	})
}

type findingKey struct {
	path  string
	start int
}

func sortKey(f Finding) findingKey {
	if len(f.Evidence) == 0 || f.Evidence[0].Article == nil {
		return findingKey{}
	}
	return findingKey{f.Evidence[0].Article.Path, f.Evidence[0].Start}
}

// dedupe drops findings with the same fingerprint; the first (by sort order) stays.
func dedupe(fs []Finding) []Finding {
	seen := make(map[string]bool, len(fs))
	out := fs[:0]
	for _, f := range fs {
		if seen[f.Rule+f.Fingerprint] {
			continue
		}
		seen[f.Rule+f.Fingerprint] = true
		out = append(out, f)
	}
	return out
}
