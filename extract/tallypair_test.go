package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestTallyPair checks a sentence right after a tally that names two of
// the acts it counts, in one town, by their ordinals inside the sentence
// (art24: fusion51's "Entre ellos, los dos de la carretera federal 85 …:
// el primero a las 06:10 horas … y el segundo a las 18:45 horas"), in both
// languages, each act dated by its own clause; and controls that name no
// act: no town, no ordinal pair, a plan, acts of past years.
func TestTallyPair(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2041, 3, 6, 9, 0, 0, 0, mexico) // a Wednesday
	tests := []struct {
		name, text, lang string
		want             []model.IncidentType // the acts other than the tally
		hours            []int
	}{
		{name: "el primero y el segundo",
			text:  "La Vocería de Seguridad informa que durante el martes 5 de marzo se registraron en Tamaulipas seis bloqueos carreteros con vehículos incendiados en tres municipios. Entre ellos, los dos de la carretera federal 101, en el municipio de San Fernando: el primero a las 07:20 horas, en el kilómetro 12, y el segundo a las 20:05 horas, en el kilómetro 30. No se reportaron personas lesionadas.",
			want:  []model.IncidentType{model.Blockade, model.Blockade},
			hours: []int{7, 20}},
		{name: "the first and the second",
			text:  "Tamaulipas security officials said six roadblocks with burning vehicles were reported across three municipalities on Tuesday. Among them were two on Federal Highway 101 in the municipality of San Fernando: the first at 7:20 a.m., at kilometer 12, and the second at 8:05 p.m., at kilometer 30.",
			lang:  "en",
			want:  []model.IncidentType{model.Blockade, model.Blockade},
			hours: []int{7, 20}},
		// Controls: the tally alone.
		{name: "no town",
			text: "La Vocería de Seguridad informa que durante el martes 5 de marzo se registraron en Tamaulipas seis bloqueos carreteros con vehículos incendiados en tres municipios. Entre ellos, el primero a las 07:20 horas y el segundo a las 20:05 horas, ambos en carreteras federales.",
			want: nil},
		{name: "no ordinal pair",
			text: "La Vocería de Seguridad informa que durante el martes 5 de marzo se registraron en Tamaulipas seis bloqueos carreteros con vehículos incendiados en tres municipios. Entre ellos destacan los de la carretera federal 101, en el municipio de San Fernando, liberados por la tarde.",
			want: nil},
		{name: "past years",
			text: "La Vocería de Seguridad informa que durante el martes 5 de marzo se registraron en Tamaulipas seis bloqueos carreteros con vehículos incendiados en tres municipios. Entre ellos no figuran los de 2019 en el municipio de San Fernando: el primero en enero de 2019, y el segundo en marzo de 2019.",
			want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractActs(t, e, "t24", model.KindOfficial, tt.lang, tt.text, pub, tt.want)
			var acts []model.Incident
			for _, in := range got {
				if !in.Tally && !in.Denial {
					acts = append(acts, in)
				}
			}
			for k, h := range tt.hours {
				if acts[k].Time == nil || acts[k].Time.In(mexico).Hour() != h {
					t.Errorf("act %d time %v, want hour %d", k+1, acts[k].Time, h)
				}
				if acts[k].Location.MunicipalityCode == "" {
					t.Errorf("act %d placed at %+v, want a town", k+1, acts[k].Location)
				}
			}
		})
	}
}
