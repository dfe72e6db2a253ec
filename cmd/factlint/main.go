// Command factlint checks news articles about the same story against each
// other and reports where they disagree.
//
//	factlint check  [flags] PATH...   check articles against each other
//	factlint claims [flags] PATH...   print the claims extracted from each article
//	factlint rules                    list the rule modules with their documentation
//	factlint config [--config FILE]   print the effective configuration
//	factlint version
//
// Exit status of check: 0 when no finding reaches --fail-level, 1 when one
// does, 2 on a usage error or when an input could not be read.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sort"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/factlint/factlint/check"
	"github.com/factlint/factlint/check/baseline"
	"github.com/factlint/factlint/check/changes"
	"github.com/factlint/factlint/check/config"
	"github.com/factlint/factlint/check/engine"
	"github.com/factlint/factlint/check/load"
	"github.com/factlint/factlint/check/report"
	"github.com/factlint/factlint/rules"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

const usage = `factlint checks news articles about the same story against each other.

usage:
  factlint check  [flags] PATH...   check articles against each other
  factlint claims [flags] PATH...   print the claims extracted from each article
  factlint rules                    list the rule modules with their documentation
  factlint config [--config FILE]   print the effective configuration
  factlint version

PATH is a file, a directory (searched for .txt .md .markdown .html .htm) or -
for standard input. Run "factlint check -h" for the flags.
`

func main() {
	// A run's live heap is small next to what analysis allocates and drops
	// article by article: collecting half as often saves about a fifth of
	// the CPU time for about a fifth more peak memory (bench/run.sh). GOGC
	// in the environment still decides.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(200)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// run is the whole command, with its streams, so tests can call it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "check", "claims":
		return runCheck(args[0], args[1:], stdin, stdout, stderr)
	case "config":
		return runConfig(args[1:], stdout, stderr)
	case "rules":
		if err := report.Rules(stdout, rules.All); err != nil {
			fmt.Fprintln(stderr, "factlint:", err)
			return 2
		}
		return 0
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, "factlint", version)
		return 0
	case "help", "-h", "--help", "-help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "factlint: unknown command %q\n\n%s", args[0], usage)
	return 2
}

type options struct {
	format, published, config, failLevel, enable, disable string
	baseline, writeBaseline, changedSince                 string
	quiet                                                 bool
	paths                                                 []string
	set                                                   map[string]bool // flags given on the command line
}

// parseFlags accepts flags before and after paths, as linters usually do.
func parseFlags(cmd string, args []string, stderr io.Writer) (*options, error) {
	o := &options{set: map[string]bool{}}
	fs := flag.NewFlagSet("factlint "+cmd, flag.ContinueOnError)
	fs.SetOutput(stderr)
	formats := "table|json|line|sarif|github"
	if cmd == "claims" {
		formats = "table|json"
	}
	fs.StringVar(&o.format, "format", "table", "output format: "+formats)
	fs.StringVar(&o.published, "published", "", "publication date (YYYY-MM-DD) for articles that state none")
	fs.StringVar(&o.config, "config", "", "configuration file (default: .factlint.yaml here or in a parent directory)")
	fs.BoolVar(&o.quiet, "quiet", false, "print nothing on standard error but errors")
	if cmd == "check" {
		fs.StringVar(&o.failLevel, "fail-level", "error", "lowest severity that makes the exit status 1: error|warning|info|none")
		fs.StringVar(&o.enable, "enable", "", "run only these rules (comma-separated)")
		fs.StringVar(&o.disable, "disable", "", "do not run these rules (comma-separated)")
		fs.StringVar(&o.baseline, "baseline", "", "hide the findings recorded in this baseline file")
		fs.StringVar(&o.writeBaseline, "write-baseline", "", "record today's findings in this baseline file")
		fs.StringVar(&o.changedSince, "changed-since", "", "report only findings with evidence in articles changed since this git revision")
	}
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		o.paths = append(o.paths, rest[0])
		args = rest[1:]
	}
	fs.Visit(func(f *flag.Flag) { o.set[f.Name] = true })
	if len(o.paths) == 0 {
		return nil, usageError{"no PATH given: name files, directories or - for standard input"}
	}
	if o.published != "" {
		if _, err := load.ParseDate(o.published); err != nil {
			return nil, usageError{"--published: " + err.Error()}
		}
	}
	if o.baseline != "" && o.writeBaseline != "" {
		return nil, usageError{"--baseline and --write-baseline do not go together: write the baseline, then check against it"}
	}
	return o, nil
}

// loadConfig reads the configuration named by --config, or the one found
// from the working directory, or the defaults when there is none.
func loadConfig(path string) (*config.Config, error) {
	if path == "" {
		path = config.Find(".")
	}
	if path == "" {
		return config.Default(rules.All), nil
	}
	return config.Load(path, rules.All)
}

// runConfig prints the effective configuration.
func runConfig(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("factlint config", flag.ContinueOnError)
	fs.SetOutput(stderr)
	path := fs.String("config", "", "configuration file (default: .factlint.yaml here or in a parent directory)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "factlint config: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	c, err := loadConfig(*path)
	if err != nil {
		fmt.Fprintln(stderr, "factlint:", err)
		return 2
	}
	out, err := c.YAML()
	if err != nil {
		fmt.Fprintln(stderr, "factlint:", err)
		return 2
	}
	_, _ = stdout.Write(out)
	return 0
}

// selectRules picks the rules to run: those the configuration leaves on,
// then --enable (only these, even if the configuration has them off) and
// --disable. It returns the severities the configuration gives them.
func selectRules(o *options, c *config.Config) ([]*check.Rule, map[string]check.Severity, error) {
	split := func(s string) ([]string, error) {
		var out []string
		for _, n := range strings.Split(s, ",") {
			n = strings.TrimSpace(n)
			if n == "" {
				continue
			}
			if rules.Lookup(n) == nil {
				var names []string
				for _, r := range rules.All {
					names = append(names, r.Name)
				}
				return nil, usageError{fmt.Sprintf("unknown rule %q (rules: %s)", n, strings.Join(names, ", "))}
			}
			out = append(out, n)
		}
		return out, nil
	}
	enable, err := split(o.enable)
	if err != nil {
		return nil, nil, err
	}
	disable, err := split(o.disable)
	if err != nil {
		return nil, nil, err
	}
	var out []*check.Rule
	sev := map[string]check.Severity{}
	for _, r := range rules.All {
		configured := c.Rules[r.Name]
		on := configured != config.Off
		if len(enable) > 0 {
			on = contains(enable, r.Name)
		}
		if !on || contains(disable, r.Name) {
			continue
		}
		out = append(out, r)
		if configured != config.Off && configured != r.Severity {
			sev[r.Name] = configured
		}
	}
	return out, sev, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func failLevel(s string) (check.Severity, error) {
	if s == "none" {
		return check.Error + 1, nil
	}
	sev, err := check.ParseSeverity(s)
	if err != nil {
		return 0, usageError{"--fail-level: " + err.Error() + " or none"}
	}
	return sev, nil
}

func runCheck(cmd string, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	o, err := parseFlags(cmd, args, stderr)
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			var ue usageError
			if errors.As(err, &ue) {
				fmt.Fprintln(stderr, "factlint:", err)
			}
			return 2
		}
		return 0
	}
	conf, err := loadConfig(o.config)
	if err != nil {
		fmt.Fprintln(stderr, "factlint:", err)
		return 2
	}
	opt := report.Options{Color: isTerminal(stdout), Version: version}
	eopt := engine.Options{
		Stdin: stdin, Published: o.published, Exclude: conf.Excluded,
		KnownRule: func(n string) bool { return rules.Lookup(n) != nil },
		Story:     check.StoryOptions{People: conf.People, Titles: conf.Titles},
	}
	if cmd == "claims" {
		render := map[string]report.Renderer{"table": report.ClaimsTable, "json": report.ClaimsJSON}[o.format]
		if render == nil {
			fmt.Fprintf(stderr, "factlint: --format %q: claims prints table or json\n", o.format)
			return 2
		}
		r := engine.Analyse(o.paths, eopt)
		printErrors(stderr, r.Errors)
		if err := render(stdout, r, opt); err != nil {
			fmt.Fprintln(stderr, "factlint:", err)
			return 2
		}
		if len(r.Errors) > 0 {
			return 2
		}
		return 0
	}
	render := report.Formats[o.format]
	if render == nil {
		names := make([]string, 0, len(report.Formats))
		for n := range report.Formats {
			names = append(names, n)
		}
		sort.Strings(names)
		fmt.Fprintf(stderr, "factlint: --format %q is not one of %s\n", o.format, strings.Join(names, ", "))
		return 2
	}
	fail := conf.FailLevel
	if o.set["fail-level"] {
		fail = o.failLevel
	}
	level, err := failLevel(fail)
	if err != nil {
		fmt.Fprintln(stderr, "factlint:", err)
		return 2
	}
	eopt.Rules, eopt.Severity, err = selectRules(o, conf)
	if err != nil {
		fmt.Fprintln(stderr, "factlint:", err)
		return 2
	}
	opt.Rules = eopt.Rules
	baselinePath := o.baseline
	if baselinePath == "" && o.writeBaseline == "" {
		baselinePath = conf.BaselinePath()
	}
	var base baseline.Baseline
	if baselinePath != "" {
		if base, err = baseline.Read(baselinePath); err != nil {
			fmt.Fprintln(stderr, "factlint:", err)
			return 2
		}
	}
	var changed map[string]bool
	if o.changedSince != "" {
		if changed, err = changes.Since(".", o.changedSince); err != nil {
			fmt.Fprintln(stderr, "factlint:", err)
			return 2
		}
	}

	if !o.quiet && isTerminal(stderr) {
		eopt.Progress = &engine.Progress{}
		stop := showProgress(stderr, eopt.Progress, time.Second)
		r := engine.Check(o.paths, eopt)
		stop()
		return finishCheck(o, r, base, changed, level, render, opt, stdout, stderr)
	}
	r := engine.Check(o.paths, eopt)
	return finishCheck(o, r, base, changed, level, render, opt, stdout, stderr)
}

// finishCheck filters, renders and judges a run's report.
func finishCheck(o *options, r *check.Report, base baseline.Baseline, changed map[string]bool,
	level check.Severity, render report.Renderer, opt report.Options, stdout, stderr io.Writer) int {
	if base != nil {
		r.Findings, r.Baselined = check.Filter(r.Findings, func(f check.Finding) bool { return !base.Has(f) })
	}
	if changed != nil {
		r.Findings, r.Unchanged = check.Filter(r.Findings, func(f check.Finding) bool {
			for _, e := range f.Evidence {
				if changes.Touches(changed, e.Article.Path) {
					return true
				}
			}
			return false
		})
	}
	printErrors(stderr, r.Errors)
	if o.format == "github" {
		if path := os.Getenv("GITHUB_STEP_SUMMARY"); path != "" {
			f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
			if err != nil {
				fmt.Fprintln(stderr, "factlint: GITHUB_STEP_SUMMARY:", err)
				return 2
			}
			defer f.Close()
			opt.Summary = f
		}
	}
	if err := render(stdout, r, opt); err != nil {
		fmt.Fprintln(stderr, "factlint:", err)
		return 2
	}
	if o.format != "table" && !o.quiet {
		for _, h := range report.Hidden(r) {
			fmt.Fprintln(stderr, "factlint:", h)
		}
	}
	if o.writeBaseline != "" {
		if err := baseline.Write(o.writeBaseline, r.Findings); err != nil {
			fmt.Fprintln(stderr, "factlint:", err)
			return 2
		}
		if !o.quiet {
			fmt.Fprintf(stderr, "factlint: wrote %d findings to the baseline %s\n", len(r.Findings), o.writeBaseline)
		}
	}
	if len(r.Errors) > 0 {
		return 2
	}
	if o.writeBaseline != "" {
		return 0 // the findings are accepted as of now
	}
	for _, f := range r.Findings {
		if f.Severity >= level {
			return 1
		}
	}
	return 0
}

func printErrors(w io.Writer, errs []*check.InputError) {
	for _, e := range errs {
		fmt.Fprintln(w, "factlint:", e.Error())
	}
}

// isTerminal reports whether colour makes sense on w: a terminal, and the
// user has not asked for none (NO_COLOR).
func isTerminal(w io.Writer) bool {
	if os.Getenv("NO_COLOR") != "" {
		return false
	}
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
