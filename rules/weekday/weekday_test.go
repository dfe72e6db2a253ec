package weekday

import (
	"testing"
	"time"
)

func TestWeekdayOf(t *testing.T) {
	for date, want := range map[string]int{"2025-12-03": 3, "2025-12-07": 7, "2025-12-01": 1} {
		d, _ := time.Parse("2006-01-02", date)
		if got := weekdayOf(d); got != want {
			t.Errorf("weekdayOf(%s) = %d, want %d", date, got, want)
		}
	}
}
