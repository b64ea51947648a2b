package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestExtractNeighborhood: each act of a report carries the colonia its
// own sentence names, and an act whose sentence names none carries none.
func TestExtractNeighborhood(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2029, 3, 14, 9, 0, 0, 0, mexico)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"one act", "CULIACÁN, Sin.— Un hombre fue asesinado a balazos la noche del martes en la colonia Las Quintas, al oriente de la ciudad.",
			[]string{"Las Quintas"}},
		{"an English report", "A man was shot dead on Tuesday night in the Lomas del Valle neighborhood of Celaya, Guanajuato.",
			[]string{"Lomas del Valle"}},
		{"no colonia", "Un hombre fue asesinado a balazos la noche del martes en Culiacán, Sinaloa.",
			[]string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lang := "es"
			if tt.name == "an English report" {
				lang = "en"
			}
			r := model.Report{ID: "t", Lang: lang, Kind: model.KindNews, Published: pub, Text: tt.text}
			ins := e.Extract(r)
			if len(ins) != len(tt.want) {
				t.Fatalf("%d incidents, want %d", len(ins), len(tt.want))
			}
			for i, w := range tt.want {
				if got := ins[i].Location.Neighborhood; got != w {
					t.Errorf("incident %d in colonia %q, want %q", i+1, got, w)
				}
			}
		})
	}
}
