package extract

import (
	"slices"
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

// TestInheritedRangeClock checks an act of a list that inherits its time
// from a lead that tells a span of clock times ("entre las 19:00 y las
// 23:45 horas ... se atendieron cinco bloqueos. En Zamora ..."): that
// day, not the span's end to the minute (other30); control: an act that
// inherits one clock time keeps it.
func TestInheritedRangeClock(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2031, 11, 15, 10, 0, 0, 0, mexico)
	tests := []struct {
		name, text string
		prec       model.TimePrecision
	}{
		{name: "a span's end",
			text: "La Secretaría de Seguridad Pública informa que entre las 19:00 y las 23:45 horas del viernes 14 de noviembre se atendieron cinco bloqueos carreteros en la región, en los que personas armadas atravesaron e incendiaron vehículos. En Zamora, sobre la carretera a Jacona, fue incendiado un autobús de pasajeros. No se reportan personas lesionadas.",
			prec: model.TimeDay},
		{name: "control: one clock time",
			text: "La Secretaría de Seguridad Pública informa que a las 23:45 horas del viernes 14 de noviembre personas armadas atravesaron e incendiaron vehículos en la región. En Zamora, sobre la carretera a Jacona, fue incendiado un autobús de pasajeros. No se reportan personas lesionadas.",
			prec: model.TimeMinute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := e.Extract(model.Report{ID: "o30", Lang: "es", Kind: model.KindOfficial, Text: tt.text, Published: pub})
			i := slices.IndexFunc(got, func(in model.Incident) bool { return in.Location.MunicipalityCode == "16108" })
			if i < 0 || got[i].Time == nil {
				t.Fatalf("no timed incident in Zamora: %+v", got)
			}
			if at := got[i].Time.In(got[i].Location.Zone()); at.Day() != 14 || got[i].TimePrecision != tt.prec {
				t.Errorf("time %s/%s, want the 14th/%s", at.Format(time.RFC3339), got[i].TimePrecision, tt.prec)
			}
		})
	}
}
