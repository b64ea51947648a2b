package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestTitleRoads: a title's town named only as where a road leads ("en
// la salida a Tixtla") is not the act's place when the dateline names
// another town: the road leaves the dateline's town. Near misses name
// the town as the act's ("la salida de Tixtla", "en Tixtla"). The
// sentences are written for the test.
func TestTitleRoads(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2039, 1, 13, 12, 0, 0, 0, mexico)
	tests := []struct {
		name, title, text string
		muni              string // the first incident's municipality code
	}{
		{name: "the exit to a town in the title, under a dateline",
			title: "Queman un taxi y una camioneta en la salida a Tixtla",
			text:  "Chilpancingo, Gro.- Pasadas las 20:00 horas de este miércoles, hombres armados atravesaron un taxi y una camioneta en el bulevar que conduce a Tixtla y les prendieron fuego.",
			muni:  "12029"},
		{name: "the road that leads to a town in the title, under a dateline",
			title: "Incendian tráiler en la carretera que conduce a Cuautla",
			text:  "CUERNAVACA, Mor.- La noche del martes sujetos armados incendiaron un tráiler sobre la carretera que conduce a Cuautla, a la altura de la colonia Buenavista.",
			muni:  "17007"},
		{name: "near miss: the exit of the town in the title",
			title: "Queman un taxi y una camioneta en la salida de Tixtla",
			text:  "Chilpancingo, Gro.- Pasadas las 20:00 horas de este miércoles, hombres armados atravesaron un taxi y una camioneta en la salida de Tixtla y les prendieron fuego.",
			muni:  "12061"},
		{name: "near miss: the town itself in the title",
			title: "Queman un taxi y una camioneta en Tixtla",
			text:  "Chilpancingo, Gro.- Pasadas las 20:00 horas de este miércoles, hombres armados atravesaron un taxi y una camioneta en el centro de Tixtla y les prendieron fuego.",
			muni:  "12061"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "t", Lang: "es", Kind: model.KindNews, Published: pub, Title: tt.title, Text: tt.text}
			ins := e.Extract(r)
			if len(ins) == 0 {
				t.Fatal("no incident")
			}
			if got := ins[0].Location.MunicipalityCode; got != tt.muni {
				t.Errorf("municipality %q (%s), want %q", got, ins[0].Location.Municipality, tt.muni)
			}
		})
	}
}
