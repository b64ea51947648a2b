package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestRescueTown checks a rescue whose relative clause tells the
// kidnapping on a day of its own but names no town ("que había sido
// privado de su libertad el pasado viernes en la colonia Las Granjas",
// "who had been kidnapped Friday night in the state capital"): the
// kidnapping is read in the rescue's town, beside the rescue (read53,
// family "a kidnapping told inside its rescue"). The controls read no
// kidnapping: a clause with no day of its own, and a rescue in a town
// whose clause names no act.
func TestRescueTown(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2041, 3, 5, 9, 0, 0, 0, mexico) // a Tuesday
	tests := []struct {
		name, lang, text string
		want             []model.IncidentType
	}{
		{name: "colonia and day in the clause", lang: "es",
			text: "Agentes de la Policía Estatal ingresaron este lunes a una vivienda de la colonia Villas del Sol, en la ciudad de Hermosillo, donde rescataron a un comerciante de 40 años que había sido privado de su libertad el pasado viernes 1 de marzo en la colonia Las Granjas.",
			want: []model.IncidentType{model.Kidnapping, model.SecurityOperation}},
		{name: "the state capital, en", lang: "en",
			text: "HERMOSILLO, Mexico — Sonora state police on Monday freed a 30-year-old woman who had been kidnapped by armed men Friday night in the state capital, and arrested two suspects at the house where she was held.",
			want: []model.IncidentType{model.Kidnapping, model.SecurityOperation}},
		// Controls.
		{name: "no day in the clause", lang: "es",
			text: "Agentes de la Policía Estatal ingresaron este lunes a una vivienda de la colonia Villas del Sol, en la ciudad de Hermosillo, donde rescataron a un comerciante de 40 años que había sido privado de su libertad.",
			want: []model.IncidentType{model.SecurityOperation}},
		{name: "no day in the clause, en", lang: "en",
			text: "HERMOSILLO, Mexico — Sonora state police on Monday freed a 30-year-old woman who had been kidnapped by armed men, and arrested two suspects at the house where she was held.",
			want: []model.IncidentType{model.SecurityOperation}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractActs(t, e, "r53k", model.KindNews, tt.lang, tt.text, pub, tt.want)
			for _, in := range got {
				if in.Type == model.Kidnapping && in.Location.MunicipalityCode != "26030" {
					t.Errorf("%s at %q (%s), want Hermosillo", in.Type, in.Location.Municipality, in.Location.MunicipalityCode)
				}
			}
		})
	}
}
