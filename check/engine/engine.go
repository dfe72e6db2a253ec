// Package engine runs factlint's pipeline: load every input, analyse each
// article once (in parallel, bounded by the number of CPUs), build the story
// and run the rules. Its output does not depend on scheduling.
package engine

import (
	"io"
	"runtime"
	"sync"

	"github.com/factlint/factlint/check"
	"github.com/factlint/factlint/check/extract"
	"github.com/factlint/factlint/check/load"
)

// Options configure a run.
type Options struct {
	Stdin     io.Reader
	Published string // publication date for articles that state none
	Rules     []*check.Rule
	// Severity overrides the severity of a rule's findings, by rule name.
	Severity map[string]check.Severity
	// Exclude leaves out articles found by walking a directory.
	Exclude func(path string) bool
	// KnownRule validates rule names that articles switch off.
	KnownRule func(string) bool
	// Story is what the configuration adds to the people register.
	Story check.StoryOptions
	// Progress, when not nil, is kept up to date as the run goes.
	Progress *Progress
}

// Check loads and analyses the paths and runs the rules. Inputs that fail
// are in the report's Errors; every other input is still checked. Findings
// that articles switch off are counted in Suppressed, not reported.
func Check(paths []string, opt Options) *check.Report {
	r := Analyse(paths, opt)
	opt.Progress.comparing()
	r.Findings = check.Run(r.Story, opt.Rules)
	for i := range r.Findings {
		if s, ok := opt.Severity[r.Findings[i].Rule]; ok {
			r.Findings[i].Severity = s
		}
	}
	r.Findings, r.Suppressed = check.Filter(r.Findings, func(f check.Finding) bool { return !check.Suppressed(f) })
	opt.Progress.findings(len(r.Findings))
	return r
}

// Analyse loads and analyses the paths and builds the story, without rules.
func Analyse(paths []string, opt Options) *check.Report {
	files, errs := load.Paths(paths, opt.Exclude)
	opt.Progress.setArticles(len(files))
	r := &check.Report{Errors: errs}
	arts := make([]*check.Article, len(files))
	fileErrs := make([]*check.InputError, len(files))
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				arts[i], fileErrs[i] = analyseOne(files[i], opt)
				opt.Progress.analysed()
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	for i := range files {
		if fileErrs[i] != nil {
			r.Errors = append(r.Errors, fileErrs[i])
		} else if arts[i] != nil {
			r.Articles = append(r.Articles, arts[i])
		}
	}
	r.Story = check.NewStoryWith(r.Articles, opt.Story)
	return r
}

// analyseOne loads and analyses one file. A panic in analysis is turned into
// an error naming the file, so one bad article cannot stop the run.
func analyseOne(path string, opt Options) (a *check.Article, err *check.InputError) {
	defer func() {
		if p := recover(); p != nil {
			a, err = nil, &check.InputError{Path: path, Message: "internal error while analysing this article; please report it"}
		}
	}()
	a, err = load.File(path, load.Options{Stdin: opt.Stdin, Published: opt.Published, KnownRule: opt.KnownRule})
	if err != nil {
		return nil, err
	}
	extract.Analyse(a)
	// Past analysis, the story, rules and renderers read claims, mentions
	// and the raw bytes only: drop the tokens, sentences and masked text, a
	// large run's largest part.
	extract.Release(a)
	a.Sentences, a.Text = nil, nil
	// Claims and mentions grew by appending; keep them at their size.
	a.Claims = append(make([]check.Claim, 0, len(a.Claims)), a.Claims...)
	a.Mentions = append(make([]check.Mention, 0, len(a.Mentions)), a.Mentions...)
	return a, nil
}
