package extract

import "testing"

// TestParticipleShort checks what participleActs' first pass assumes: no
// word of fewer than three bytes opens a participle frame, alone or with
// the word after it. It tries every such word.
func TestParticipleShort(t *testing.T) {
	var ws []string
	for a := range 256 {
		ws = append(ws, string([]byte{byte(a)}))
		for b := range 256 {
			ws = append(ws, string([]byte{byte(a), byte(b)}))
		}
	}
	ws = append(ws, "")
	for _, w := range ws {
		if typ, _, _, _ := participleFrame([]string{w}); typ != "" || participleNeedsNext(w) {
			t.Errorf("%q opens a participle frame", w)
		}
	}
}
