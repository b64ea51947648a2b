package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestTranscriptItemTime checks the part of the day of an act a newscast
// tells before moving to another act with a discourse marker ("y ojo que
// ya en la tarde de ayer ...", "y también en la mañana de ayer ..."): the
// act keeps its own clause's time, not the next item's (other30); a later
// clause that agrees with it may still make it precise ("como a las once
// de la noche" after "anoche").
func TestTranscriptItemTime(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2031, 6, 7, 7, 30, 0, 0, mexico)
	tests := []struct {
		name, text string
		hour       int
		prec       model.TimePrecision
	}{
		{name: "anoche, then the afternoon's act",
			text: "arrancamos con irapuato anoche como a las once en una cantina de la calle hidalgo unos sujetos armados entraron y dispararon hay tres muertos y ojo que ya en la tarde de ayer en la colonia las flores balearon a un hombre en un autolavado",
			hour: 22, prec: model.TimeDay},
		{name: "anoche, then the morning's act in one run",
			text: "y nos vamos a uruapan donde anoche en la carretera a taretan a la altura de jucutacato unos armados bajaron a los pasajeros de un autobus y le prendieron fuego y atravesaron el camion y tambien en la manana de ayer quemaron un trailer en la salida a paracho",
			hour: 22, prec: model.TimeDay},
		{name: "control: a later clause that agrees makes it precise",
			text: "buenos dias en fresnillo anoche hay dos muertos en un bar de la colonia centro que atacaron a balazos y ojo que eso fue como a las once de la noche cuando el bar estaba lleno",
			hour: 23, prec: model.TimeHour},
		{name: "control: a clause with no time of its own takes the next one's",
			text: "buenos dias en celaya unos sujetos dispararon contra un comerciante en el mercado morelos y quedo herido y ojo que eso fue en la manana de ayer segun la policia municipal",
			hour: 9, prec: model.TimeDay},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := e.Extract(model.Report{ID: "o30", Lang: "es", Kind: model.KindTranscript, Text: tt.text, Published: pub})
			if len(got) == 0 || got[0].Time == nil {
				t.Fatalf("no timed incident: %+v", got)
			}
			at := got[0].Time.In(got[0].Location.Zone())
			if at.Day() != 6 || at.Hour() != tt.hour || got[0].TimePrecision != tt.prec {
				t.Errorf("time %s/%s, want the 6th at %d:00/%s", at.Format(time.RFC3339), got[0].TimePrecision, tt.hour, tt.prec)
			}
		})
	}
}
