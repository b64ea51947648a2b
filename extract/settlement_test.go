package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestSettlementName: a cue word written as the name of a settlement
// after its kind ("el ejido Granada") is a place, not an act; the same
// word in lowercase is the act ("lanzaron una granada").
func TestSettlementName(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2029, 1, 9, 18, 20, 0, 0, mexico)
	tests := []struct {
		text string
		want model.IncidentType
	}{
		{"Los cuerpos de dos hombres con huellas de violencia fueron localizados esta tarde en un canal de riego del ejido Granada, en Francisco I. Madero, Coahuila.", model.Homicide},
		{"Sujetos armados lanzaron una granada contra la fachada de una vivienda en Francisco I. Madero, Coahuila, esta tarde.", model.Explosive},
	}
	for _, tt := range tests {
		r := model.Report{ID: "t", Lang: "es", Kind: model.KindNews, Published: pub, Text: tt.text}
		ins := e.Extract(r)
		if len(ins) != 1 {
			t.Fatalf("%q: %d incidents, want 1", tt.text, len(ins))
		}
		if ins[0].Type != tt.want {
			t.Errorf("%q: %s, want %s", tt.text, ins[0].Type, tt.want)
		}
	}
}
