package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestJoinedClauses (gate22): a sentence that tells two acts in two towns,
// the second joined to the first by ", y", "; " or ", mientras que" with
// its own time and cue ("un bar de Orizaba fue incendiado la noche del
// martes, y la madrugada del miércoles un taxista fue privado de la
// libertad en Córdoba"), gives each town its own clause's type and day,
// whichever side of its town the clause tells them; a list of towns of
// one act ("en Orizaba y en Córdoba") keeps one type and day. The texts
// are written for the test.
func TestJoinedClauses(t *testing.T) {
	e := realExtractor(t)
	fri := time.Date(2027, 9, 17, 10, 0, 0, 0, mexico) // a Friday
	type want struct {
		typ model.IncidentType
		day string
	}
	tests := []struct {
		name, text string
		want       map[string]want // by municipality
	}{
		{"the second act after its time, its town last",
			"En el centro de Veracruz, un bar de Orizaba fue incendiado por sujetos armados la noche del martes, y la madrugada del miércoles un taxista fue privado de la libertad en Córdoba, sin que haya detenidos.",
			map[string]want{"Orizaba": {model.BusinessAttack, "2027-09-14"}, "Córdoba": {model.Kidnapping, "2027-09-15"}}},
		{"each town first",
			"En Orizaba, sujetos armados incendiaron un bar la noche del martes, y en Córdoba un taxista fue privado de la libertad la madrugada del miércoles.",
			map[string]want{"Orizaba": {model.BusinessAttack, "2027-09-14"}, "Córdoba": {model.Kidnapping, "2027-09-15"}}},
		{"joined by mientras que",
			"Un bar de Orizaba fue incendiado por sujetos armados la noche del martes, mientras que el miércoles por la mañana un taxista fue privado de la libertad en Córdoba.",
			map[string]want{"Orizaba": {model.BusinessAttack, "2027-09-14"}, "Córdoba": {model.Kidnapping, "2027-09-15"}}},
		// A second clause that tells no time of its own shares the
		// sentence's.
		{"the second clause untimed",
			"Un bar de Orizaba fue incendiado por sujetos armados la noche del martes, y en Córdoba un taxista fue privado de la libertad, según reportes de la policía.",
			map[string]want{"Orizaba": {model.BusinessAttack, "2027-09-14"}, "Córdoba": {model.Kidnapping, "2027-09-14"}}},
		// The trap: one act told in two towns.
		{"one act, two towns",
			"Sujetos armados incendiaron dos bares la noche del martes en Orizaba y en Córdoba.",
			map[string]want{"Orizaba": {model.BusinessAttack, "2027-09-14"}, "Córdoba": {model.BusinessAttack, "2027-09-14"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "t", Lang: "es", Kind: model.KindNews, Published: fri, Text: tt.text}
			got := map[string]want{}
			for _, in := range e.Extract(r) {
				got[in.Location.Municipality] = want{in.Type, dayOf(in)}
			}
			for muni, w := range tt.want {
				if got[muni] != w {
					t.Errorf("%s: %v, want %v (all: %v)", muni, got[muni], w, got)
				}
			}
		})
	}
}
