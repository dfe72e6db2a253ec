package main

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/factlint/factlint/check/engine"
)

// syncBuffer is a bytes.Buffer safe to write from the display goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestProgressLine(t *testing.T) {
	p := &engine.Progress{}
	p.Articles.Store(200)
	p.Analysed.Store(50)
	if got := progressLine(p); !strings.Contains(got, "[=======                       ] 50/200 articles analysed, 0 findings so far") {
		t.Errorf("progress line %q", got)
	}
	p.Comparing.Store(true)
	p.Findings.Store(7)
	if got := progressLine(p); !strings.Contains(got, "200") && !strings.Contains(got, "comparing claims, 7 findings so far") {
		t.Errorf("progress line %q", got)
	}
}

// TestProgressWaits: a run shorter than the delay draws nothing; a longer
// one draws, then erases its line.
func TestProgressWaits(t *testing.T) {
	var quick syncBuffer
	stop := showProgress(&quick, &engine.Progress{}, time.Hour)
	stop()
	if quick.String() != "" {
		t.Errorf("a quick run drew %q", quick.String())
	}
	var slow syncBuffer
	p := &engine.Progress{}
	p.Articles.Store(3)
	stop = showProgress(&slow, p, time.Millisecond)
	time.Sleep(150 * time.Millisecond)
	stop()
	out := slow.String()
	if !strings.Contains(out, "0/3 articles analysed") || !strings.HasSuffix(out, "\r\x1b[K") {
		t.Errorf("a slow run drew %q", out)
	}
}

// TestNoProgressOffTerminal: standard error that is not a terminal (as in
// CI, or in these tests) gets no progress line, and --quiet none either.
func TestNoProgressOffTerminal(t *testing.T) {
	_, _, stderr := runCLI(t, "", "check", "--format", "json", seeds)
	if strings.Contains(stderr, "articles analysed") {
		t.Errorf("progress on a non-terminal: %q", stderr)
	}
}
