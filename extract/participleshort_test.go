package extract

import (
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strconv"
	"testing"
)

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

// TestParticipleWords checks what classify's cue check before
// participleActs assumes: every word of participleFrame's and
// participleNeedsNext's cases is in participleWords. It reads the cases
// from passive.go, so a case added there without the word fails here.
func TestParticipleWords(t *testing.T) {
	file, err := parser.ParseFile(token.NewFileSet(), "passive.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range file.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || fn.Name.Name != "participleFrame" && fn.Name.Name != "participleNeedsNext" {
			continue
		}
		for _, st := range fn.Body.List {
			sw, ok := st.(*ast.SwitchStmt)
			if !ok {
				continue
			}
			for _, cc := range sw.Body.List {
				for _, e := range cc.(*ast.CaseClause).List {
					lit, ok := e.(*ast.BasicLit)
					if !ok {
						continue
					}
					w, _ := strconv.Unquote(lit.Value)
					n++
					if !slices.Contains(participleWords, w) {
						t.Errorf("%s: case %q is not in participleWords", fn.Name.Name, w)
					}
				}
			}
		}
	}
	if n < len(participleWords) {
		t.Errorf("read %d cases, fewer than the %d participleWords", n, len(participleWords))
	}
}
