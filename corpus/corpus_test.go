package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"testing"
	"time"
)

func TestGenerate(t *testing.T) {
	start := time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)
	var a, b bytes.Buffer
	if err := Generate(&a, 200, 7, start); err != nil {
		t.Fatal(err)
	}
	if err := Generate(&b, 200, 7, start); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("same seed gave different corpora")
	}
	sc := bufio.NewScanner(&a)
	sc.Buffer(nil, 1<<20)
	n, es := 0, 0
	for sc.Scan() {
		var l Line
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("line %d: %v", n+1, err)
		}
		if len(l.Text) < 3000 || len(l.Text) > 5500 {
			t.Errorf("line %d: text is %d bytes, want 3–5 KB", n+1, len(l.Text))
		}
		if _, err := time.Parse(time.RFC3339, l.Published); err != nil {
			t.Errorf("line %d: published %q: %v", n+1, l.Published, err)
		}
		if l.Lang == "es" {
			es++
		}
		n++
	}
	if n != 200 {
		t.Fatalf("got %d lines, want 200", n)
	}
	if es < 100 || es == n {
		t.Errorf("%d of %d reports in Spanish; want a mix, mostly Spanish", es, n)
	}
}
