package engine

import "sync/atomic"

// Progress counts a run's work as it happens, for a progress display to
// read from another goroutine. The zero value is ready; a nil *Progress
// counts nothing.
type Progress struct {
	Articles  atomic.Int64 // articles found to read
	Analysed  atomic.Int64 // articles read and analysed (or failed)
	Comparing atomic.Bool  // all articles analysed; rules running
	Findings  atomic.Int64 // findings so far
	Done      atomic.Bool  // the run is over
}

func (p *Progress) setArticles(n int) {
	if p != nil {
		p.Articles.Store(int64(n))
	}
}

func (p *Progress) analysed() {
	if p != nil {
		p.Analysed.Add(1)
	}
}

func (p *Progress) comparing() {
	if p != nil {
		p.Comparing.Store(true)
	}
}

func (p *Progress) findings(n int) {
	if p != nil {
		p.Findings.Store(int64(n))
	}
}
