package duration

import (
	"testing"

	"github.com/factlint/factlint/check"
)

func ref(lo, hi float64) check.ClaimRef {
	return check.ClaimRef{Article: &check.Article{}, Claim: &check.Claim{Lo: lo, Hi: hi, Event: &check.Event{Noun: "talks"}}}
}

func TestConflict(t *testing.T) {
	h := 3600.0
	if _, _, bad := conflict([]check.ClaimRef{ref(4.85*h, 5.15*h)}, []check.ClaimRef{ref(4.25*h, 5.75*h)}); bad {
		t.Error("five-hour and roughly five hours should agree")
	}
	if _, _, bad := conflict([]check.ClaimRef{ref(2.25*h, 2.4999*h)}, []check.ClaimRef{ref(2.5001*h, 3*h)}); !bad {
		t.Error("nearly 2.5 hours and more than 2.5 hours should disagree")
	}
	// One agreeing pair is enough: the article may measure two sessions.
	if _, _, bad := conflict([]check.ClaimRef{ref(1*h, 1.1*h), ref(5*h, 5.1*h)}, []check.ClaimRef{ref(5*h, 5.1*h)}); bad {
		t.Error("an agreeing pair should silence the comparison")
	}
}
