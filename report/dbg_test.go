package report

import (
	"os"
	"testing"
)

func FuzzDbgHTML(f *testing.F) {
	addFixtures(f, ".html")
	f.Add([]byte("<p>hola<div><p>mundo</table>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		os.WriteFile("/tmp/rep_cur.bin", data, 0o644)
		fuzzParse(t, "page.html", data)
	})
}
