package baseline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factlint/factlint/check"
)

func TestWriteRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "b.json")
	fs := []check.Finding{{Rule: "quote", Fingerprint: "bbb", Subject: "s"}, {Rule: "date", Fingerprint: "aaa"}}
	if err := Write(path, fs); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if strings.Index(string(data), "date") > strings.Index(string(data), "quote") {
		t.Errorf("entries not sorted:\n%s", data)
	}
	b, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if !b.Has(fs[0]) || !b.Has(fs[1]) || b.Has(check.Finding{Rule: "title", Fingerprint: "aaa"}) {
		t.Errorf("baseline %v", b)
	}
}

func TestReadErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	_ = os.WriteFile(bad, []byte("{not json"), 0o644)
	old := filepath.Join(dir, "old.json")
	_ = os.WriteFile(old, []byte(`{"version": 7, "findings": []}`), 0o644)
	for path, want := range map[string]string{
		bad:                             "not a factlint baseline",
		old:                             "version 7",
		filepath.Join(dir, "gone.json"): "no such baseline file",
	} {
		if _, err := Read(path); err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), path) {
			t.Errorf("Read(%s) = %v, want %q naming the file", path, err, want)
		}
	}
}
