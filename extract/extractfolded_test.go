package extract

import (
	"reflect"
	"testing"
	"time"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/model"
)

// TestExtractFolded checks that a caller's fold of the text gives what
// Extract gives, and that a fold of another text is not used.
func TestExtractFolded(t *testing.T) {
	e := realExtractor(t)
	mexico, err := time.LoadLocation("America/Mexico_City")
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2026, 3, 4, 10, 0, 0, 0, mexico)
	for _, tc := range []struct {
		name, title, text, fold string
	}{
		{"own fold", "Ataque en Culiacán", "Hombres armados asesinaron a tres personas la noche del martes en la colonia Centro de Culiacán, Sinaloa, informó la Fiscalía.", ""},
		{"fold of another text", "Ataque en Culiacán", "Hombres armados asesinaron a tres personas la noche del martes en la colonia Centro de Culiacán, Sinaloa, informó la Fiscalía.", "Un enfrentamiento en Reynosa, Tamaulipas, dejó dos muertos."},
		{"slug", "", "ejecutan-a-dos-en-la-colonia-centro-de-zacatecas", ""},
		{"english", "Gunmen kill four in Tijuana", "Gunmen killed four men on Sunday night in Tijuana, Baja California, state prosecutors said.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := model.Report{ID: "f1", Kind: model.KindNews, Title: tc.title, Text: tc.text, Published: pub, Lang: "es"}
			want := e.Extract(r)
			src := tc.text
			if tc.fold != "" {
				src = tc.fold
			}
			got := e.ExtractFolded(r, fold.New(src))
			if !reflect.DeepEqual(got, want) {
				t.Errorf("ExtractFolded = %+v\nExtract = %+v", got, want)
			}
			if tc.fold == "" && len(want) == 0 {
				t.Errorf("no incident: the case tests nothing")
			}
		})
	}
}
