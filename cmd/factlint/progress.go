package main

import (
	"fmt"
	"io"
	"time"

	"github.com/factlint/factlint/check/engine"
)

// showProgress draws a progress line on w (a terminal's standard error)
// while a run goes, once it has taken longer than delay: articles analysed
// out of those found, then the comparison, and the findings so far. It
// returns a function that stops the display and erases the line.
func showProgress(w io.Writer, p *engine.Progress, delay time.Duration) (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		timer := time.NewTimer(delay)
		defer timer.Stop()
		select {
		case <-done:
			return
		case <-timer.C:
		}
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			fmt.Fprint(w, "\r\x1b[K"+progressLine(p))
			select {
			case <-done:
				fmt.Fprint(w, "\r\x1b[K")
				return
			case <-tick.C:
			}
		}
	}()
	return func() {
		close(done)
		<-finished
	}
}

// progressLine is what the progress display shows for p.
func progressLine(p *engine.Progress) string {
	total, done := p.Articles.Load(), p.Analysed.Load()
	if p.Comparing.Load() {
		return fmt.Sprintf("factlint: %d articles analysed; comparing claims, %d findings so far", done, p.Findings.Load())
	}
	const width = 30
	filled := 0
	if total > 0 {
		filled = int(int64(width) * done / total)
	}
	bar := make([]byte, width)
	for i := range bar {
		bar[i] = ' '
		if i < filled {
			bar[i] = '='
		}
	}
	return fmt.Sprintf("factlint: [%s] %d/%d articles analysed, %d findings so far", bar, done, total, p.Findings.Load())
}
