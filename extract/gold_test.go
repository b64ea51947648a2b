package extract

import (
	"bufio"
	"os"
	"testing"

	"github.com/atalaya/atalaya/eval"
)

// readGold reads the gold file at path (testdata/gold/README.md).
func readGold(t testing.TB, path string) []eval.Case {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases, err := eval.ReadGold(bufio.NewReader(f))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return cases
}
