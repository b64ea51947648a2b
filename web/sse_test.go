package web

import (
	"os/exec"
	"testing"
)

// TestSSEParser runs the tests of the page's server-sent-events parser
// (static/sse.js, in testdata/sse_test.js) in node: the line ends of the
// format, comments, ids, retry times and streams cut anywhere. Without
// node on PATH it skips.
func TestSSEParser(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("no node on PATH: the test of the page's stream parser runs it in node")
	}
	out, err := exec.Command(node, "testdata/sse_test.js").CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	t.Logf("%s", out)
}
