// Package changes finds the articles changed since a git revision, for
// `factlint check --changed-since REV`: files that differ between REV and the
// working tree, and files git does not track yet.
package changes

import (
	"bytes"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
)

// Since returns the absolute paths of files changed since rev in the git
// repository that holds dir.
func Since(dir, rev string) (map[string]bool, error) {
	if strings.HasPrefix(rev, "-") {
		return nil, fmt.Errorf("--changed-since %q: a revision cannot start with -", rev)
	}
	top, err := git(dir, "rev-parse", "--show-toplevel")
	if err != nil {
		return nil, err
	}
	root := strings.TrimSpace(top)
	if _, err := git(dir, "rev-parse", "--verify", "--quiet", rev+"^{commit}"); err != nil {
		return nil, fmt.Errorf("--changed-since: %q is not a revision in %s", rev, root)
	}
	changed, err := git(dir, "diff", "--name-only", "-z", rev, "--")
	if err != nil {
		return nil, err
	}
	untracked, err := git(dir, "ls-files", "--others", "--exclude-standard", "-z")
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, list := range []string{changed, untracked} {
		for _, name := range strings.Split(list, "\x00") {
			if name != "" {
				out[filepath.Join(root, filepath.FromSlash(name))] = true
			}
		}
	}
	return out, nil
}

func git(dir string, args ...string) (string, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return "", fmt.Errorf("--changed-since: git %s: %s", args[0], msg)
	}
	return stdout.String(), nil
}

// Touches reports whether any of paths, as given on the command line, is in
// the changed set.
func Touches(changed map[string]bool, paths ...string) bool {
	for _, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			continue
		}
		if real, err := filepath.EvalSymlinks(abs); err == nil {
			abs = real
		}
		if changed[abs] {
			return true
		}
	}
	return false
}
