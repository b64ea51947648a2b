package explain

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/extract"
	"github.com/atalaya/atalaya/internal/tripwire"
	"github.com/atalaya/atalaya/model"
)

// TestExplainPanic holds that a report whose reading panics is listed
// with an error naming it (its text left out of the error), that the
// reports around it are explained, and that Failed counts it.
func TestExplainPanic(t *testing.T) {
	pub := time.Date(2026, 2, 20, 10, 0, 0, 0, model.MexicoCity())
	items := []Item{
		{Line: 1, Report: model.Report{ID: "a", Source: "el-sol", Kind: model.KindNews, Lang: "es", Published: pub,
			Text: "Hombres armados asesinaron a dos hombres en Celaya, Guanajuato, la noche del jueves."}},
		{Line: 2, Report: model.Report{ID: "b", Source: "la-voz", Kind: model.KindNews, Lang: "es", Published: pub,
			Text: "Un " + tripwire.Marker + " en Salamanca, Guanajuato: asesinaron a tres hombres en un bar."}},
		{Line: 3, Report: model.Report{ID: "c", Source: "el-sol", Kind: model.KindNews, Lang: "es", Published: pub,
			Text: "Incendiaron dos camiones en Uruapan, Michoacán, tras la detención de un líder."}},
	}
	rd := tripwire.Accounter[extract.Account]{Real: realExtractor(t)}
	es, err := Explain(context.Background(), items, rd)
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 3 || len(es[0].Incidents) == 0 || len(es[2].Incidents) == 0 || es[0].Error != "" || es[2].Error != "" {
		t.Fatalf("entries %+v, want three, the first and the last explained", es)
	}
	if e := es[1].Error; !strings.Contains(e, "extracting report b") || !strings.Contains(e, tripwire.Panic) || strings.Contains(e, "Salamanca") {
		t.Errorf("error %q, want one naming report b and the panic, not its text", e)
	}
	if n := Failed(es); n != 1 {
		t.Errorf("Failed = %d, want 1", n)
	}
	var out bytes.Buffer
	if err := WriteText(&out, es); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), `   error "extracting report b`) || strings.Count(out.String(), "== ") != 3 {
		t.Errorf("text output lacks the error or an entry:\n%s", out.String())
	}
}
