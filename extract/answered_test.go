package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestForcesAnswered holds probes, written for this test, of attacks on
// forces told with and without the forces' answer (gold README, attacks
// on forces): a patrol that "came under fire" was attacked; one whose
// agents "respondieron al fuego", "returned fire" or "shot back", or whose
// attackers fell in the clause after a semicolon, fought a clash.
func TestForcesAnswered(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2041, 6, 2, 9, 0, 0, 0, mexico)
	A, C := model.ArmedAttack, model.ArmedClash
	tests := []struct {
		name string
		kind model.ReportKind
		text string
		want model.IncidentType // the first act's type
	}{
		{"came under fire, no answer", model.KindNews, "A municipal police patrol came under fire from gunmen near Tlacolula, Oaxaca, on Saturday night, officials said.", A},
		{"came under fire, alert", model.KindAlertFeed, "A state police patrol reportedly came under fire on the road north of Tlaltenango, Zacatecas.", A},
		{"came under fire, officers wounded after semicolon", model.KindNews, "At 9:15 p.m., state police came under fire in San Isidro, a community in Tlaltenango, Zacatecas; two officers were wounded.", A},
		{"came under fire, did not return fire", model.KindNews, "Soldiers came under fire near Guasave, Sinaloa, on Sunday but did not return fire, the army said.", A},
		{"came under fire and returned fire", model.KindNews, "Soldiers came under fire from gunmen near Guasave, Sinaloa, on Sunday and returned fire, the army said.", C},
		{"attacked and shot back", model.KindNews, "Gunmen attacked a Navy patrol in Nuevo Laredo, Tamaulipas, on Monday morning, and the marines shot back, officials said.", C},
		{"came under fire, gunmen killed after semicolon", model.KindNews, "At 9:15 p.m., state police came under fire in San Isidro, a community in Tlaltenango, Zacatecas; two suspected gunmen were killed.", C},
		{"respondieron al fuego", model.KindNews, "Hombres armados atacaron a una patrulla de la Policía Estatal cerca de Villanueva, Zacatecas, la tarde del domingo, y los agentes respondieron al fuego.", C},
		{"respondieron a la agresión", model.KindOfficial, "Elementos de la Guardia Nacional fueron agredidos con armas de fuego en Tepetongo, Zacatecas, a las 18:10 horas de este domingo y respondieron a la agresión.", C},
		{"vecinos respondieron, no force", model.KindNews, "Hombres armados dispararon contra una vivienda de la colonia Centro de Villanueva, Zacatecas, la tarde del domingo, y los vecinos respondieron a la agresión con piedras.", A},
	}
	for _, tt := range tests {
		got := actTypes(e.Extract(model.Report{ID: "t", Kind: tt.kind, Text: tt.text, Published: pub}))
		if len(got) == 0 || got[0] != tt.want {
			t.Errorf("%s: %q: types %v, want first %v", tt.name, tt.text, got, tt.want)
		}
	}
}
