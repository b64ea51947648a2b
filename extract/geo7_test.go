package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestGeo7Places reads headlines written for the branch geo7, one or more
// for each class of place the blind headline sets read wrong, none of
// them a headline of those sets: the state and municipality ("" where the
// headline names none) of the first act found.
func TestGeo7Places(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		lang, text, state, muni string
	}{
		// Traffic stopped is no arrest ("" state: no act).
		{"es", "La circulación seguía detenida en el tramo de Sayula", "", ""},
		// A locality's other name in GeoNames (the table's "+" names).
		{"es", "Asesinan a un hombre en Villa Ahumada", "08", "08001"},
		{"es", "Balacera en Villa Constitución deja un muerto", "03", "03001"},
		{"es", "Catean narcolaboratorio en Villa Insurgentes", "03", "03001"},
		{"en", "Gunmen kill three in Villa Ahumada, Chihuahua", "08", "08001"},
		// A region told by its state's adjective.
		{"es", "Emboscada en la sierra sinaloense deja dos muertos", "25", ""},
		{"es", "Enfrentamiento en la costa michoacana", "16", ""},
		{"es", "Queman tráileres en el norte veracruzano", "30", ""},
		{"es", "Asesinan a maestro en la Mixteca poblana", "21", ""},
		{"es", "Drones atacan comunidades de la sierra guerrerense", "12", ""},
		// An adjective of origin is no place of the act.
		{"es", "Un michoacano fue asesinado en Tijuana", "02", "02004"},
		// Mexico City's boroughs: "alcaldía", "borough".
		{"es", "Balacera en la alcaldía Benito Juárez deja un herido", "09", "09014"},
		{"es", "Asesinan a joven en la alcaldía Venustiano Carranza", "09", "09017"},
		{"en", "Gunmen kill man in Miguel Hidalgo borough", "09", "09016"},
		// A town hall elsewhere, its state named; no cue, the larger town.
		{"es", "Atacan a balazos a policía frente a la alcaldía de Cuauhtémoc, Chihuahua", "08", "08017"},
		{"es", "Asesinan a hombre en Benito Juárez", "23", "23005"},
		// A state's name that is its capital's, labelling a headline
		// about a colonia: the city; a town named, the town.
		{"es", "Chihuahua: balean a joven en la colonia Dale", "08", "08019"},
		{"es", "Durango: asesinan a mujer en el fraccionamiento Huizache", "10", "10005"},
		{"es", "Chihuahua: asesinan a tres en Parral", "08", "08032"},
		// A road: where the act was "a la altura de"; of homonym towns
		// at a road's end, the one near the other end; a town shortened
		// to a homonym's name, in the state the text names.
		{"es", "Reportan quema de tráileres en la autopista a la altura de Sayula", "14", "14082"},
		{"es", "Localizan cuerpo en la carretera Tuxpan-Poza Rica", "30", "30189"},
		{"es", "Asesinan a dos en el tramo Tuxpan–Tampico", "30", "30189"},
		{"es", "Matan a hombre en Tuxpan, Jalisco", "14", "14108"},
		{"en", "Gunmen set fire to trucks on the Oaxaca–Puerto Ángel highway at Ejutla", "20", "20028"},
		{"es", "Asaltan camión en Ejutla, Oaxaca", "20", "20028"},
		// A big city's district after "colonia" is the place, unless
		// the text names the town it is a colonia of.
		{"es", "Asesinan a comerciante en la colonia Roma Norte", "09", "09015"},
		{"es", "Balean a joven en la colonia Ajusco, alcaldía Coyoacán", "09", "09003"},
		// A name in use shortened is no nickname of a city ("Perla de
		// Occidente" is Guadalajara; "Perla" a person).
		{"es", "Secuestran a Perla, de 17 años, en Poza Rica", "30", "30131"},
	}
	for _, tt := range tests {
		r := model.Report{ID: "h", Kind: model.KindNews, Lang: tt.lang, Text: tt.text, Published: pub}
		in, ok := actOf(e.Extract(r))
		if !ok && tt.state != "" {
			t.Errorf("%q: no act", tt.text)
			continue
		}
		if ok && tt.state == "" {
			t.Errorf("%q: act %s, want none", tt.text, in.Type)
			continue
		}
		if !ok {
			continue
		}
		if l := in.Location; l.StateCode != tt.state || l.MunicipalityCode != tt.muni {
			t.Errorf("%q: %s/%s (%q), want %s/%s", tt.text, l.StateCode, l.MunicipalityCode, l.Place, tt.state, tt.muni)
		}
	}
}
