// Package baseline records the findings a desk has accepted, so that CI
// fails only on new ones. A baseline file holds each finding's rule and
// fingerprint; fingerprints hash what the finding is about (the claims'
// words and values and the people involved), never positions, so they
// survive edits elsewhere in the articles.
package baseline

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"

	"github.com/factlint/factlint/check"
)

// Entry is one accepted finding.
type Entry struct {
	Rule        string `json:"rule"`
	Fingerprint string `json:"fingerprint"`
	Subject     string `json:"subject"` // for people reading the file
}

// File is a baseline file's content.
type File struct {
	Version  int     `json:"version"`
	Findings []Entry `json:"findings"`
}

// Baseline is a set of accepted findings.
type Baseline map[string]bool

func keyOf(rule, fingerprint string) string { return rule + "\x00" + fingerprint }

// Write records findings in a baseline file at path, sorted, so that the
// file changes only when the findings do.
func Write(path string, findings []check.Finding) error {
	f := File{Version: 1, Findings: []Entry{}}
	for _, x := range findings {
		f.Findings = append(f.Findings, Entry{Rule: x.Rule, Fingerprint: x.Fingerprint, Subject: x.Subject})
	}
	sort.Slice(f.Findings, func(i, j int) bool {
		a, b := f.Findings[i], f.Findings[j]
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Fingerprint < b.Fingerprint
	})
	data, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}

// Read loads a baseline file.
func Read(path string) (Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		msg := err.Error()
		if errors.Is(err, fs.ErrNotExist) {
			msg = "no such baseline file (write one with --write-baseline)"
		}
		return nil, &check.InputError{Path: path, Message: msg}
	}
	var f File
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, &check.InputError{Path: path, Message: fmt.Sprintf("not a factlint baseline: %v", err)}
	}
	if f.Version != 1 {
		return nil, &check.InputError{Path: path, Message: fmt.Sprintf("baseline version %d is not supported (want 1)", f.Version)}
	}
	b := Baseline{}
	for _, e := range f.Findings {
		b[keyOf(e.Rule, e.Fingerprint)] = true
	}
	return b, nil
}

// Has reports whether a finding is in the baseline.
func (b Baseline) Has(f check.Finding) bool { return b[keyOf(f.Rule, f.Fingerprint)] }
