package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestPassiveRescueAfterClause checks a rescue told passively after a
// relative clause about its victim ("X, el ganadero que fue privado de la
// libertad el jueves en A, fue rescatado ayer en B"; "a teacher who had
// been abducted last Friday in A was found alive Sunday in B"): the
// kidnapping is read at its own town and day, the rescue as a security
// operation at the rescue's town and day (mainRescue), where both were
// read as kidnappings. The texts are written for the test; the control is
// a release by the captors after a ransom, which ends the kidnapping and
// is no operation.
func TestPassiveRescueAfterClause(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2041, 3, 11, 9, 0, 0, 0, mexico) // a Monday
	type want struct {
		typ       model.IncidentType
		muni, day string
	}
	tests := []struct {
		name, lang, text string
		want             []want
	}{
		{name: "apposition, fue rescatado ayer", lang: "es",
			text: "CELAYA, Gto.- Juan Pérez, el comerciante que fue privado de la libertad el jueves en Salvatierra, fue rescatado ayer por la tarde en una bodega de Cortazar por elementos de la Guardia Nacional, que detuvieron a tres de sus captores.",
			want: []want{{model.Kidnapping, "11028", "2041-03-07"}, {model.SecurityOperation, "11011", "2041-03-10"}}},
		{name: "había sido secuestrada, fue liberada", lang: "es",
			text: "MORELIA, Mich.- Ana López, la estudiante que había sido secuestrada el sábado en Uruapan, fue liberada el domingo en una casa de Zamora por agentes de la Fiscalía.",
			want: []want{{model.Kidnapping, "16102", "2041-03-09"}, {model.SecurityOperation, "16108", "2041-03-10"}}},
		{name: "no comma before fue liberado", lang: "es",
			text: "TAPACHULA, Chis.- Un empresario que fue secuestrado el martes en Huixtla fue liberado este domingo por la Marina en un domicilio de Tapachula.",
			want: []want{{model.Kidnapping, "07040", "2041-03-05"}, {model.SecurityOperation, "07089", "2041-03-10"}}},
		{name: "localizado con vida", lang: "es",
			text: "OAXACA, Oax.- El maestro Pedro Ruiz, quien fue privado de su libertad el viernes en Tuxtepec, fue localizado con vida este domingo en Loma Bonita por la policía estatal.",
			want: []want{{model.Kidnapping, "20184", "2041-03-08"}, {model.SecurityOperation, "20044", "2041-03-10"}}},
		{name: "was found alive", lang: "en",
			text: "MONTERREY, N.L.- A teacher who had been abducted last Friday in Apodaca was found alive Sunday in Escobedo by state police.",
			want: []want{{model.Kidnapping, "19006", "2041-03-08"}, {model.SecurityOperation, "19021", "2041-03-10"}}},
		// Control.
		{name: "released by the captors after a ransom", lang: "es",
			text: "TAXCO, Gro.- Un empresario de Taxco que había sido secuestrado el pasado sábado fue liberado por sus captores la noche del domingo, luego de que su familia pagara un rescate.",
			want: []want{{model.Kidnapping, "12055", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var types []model.IncidentType
			for _, w := range tt.want {
				types = append(types, w.typ)
			}
			got := extractActs(t, e, "rescued", model.KindNews, tt.lang, tt.text, pub, types)
			for k, w := range tt.want {
				if got[k].Location.MunicipalityCode != w.muni {
					t.Errorf("%s at %q (%s), want %s", got[k].Type, got[k].Location.Municipality, got[k].Location.MunicipalityCode, w.muni)
				}
				if w.day == "" {
					continue
				}
				if got[k].Time == nil {
					t.Errorf("%s has no time, want %s", got[k].Type, w.day)
				} else if day := got[k].Location.Date(*got[k].Time); day != w.day {
					t.Errorf("%s on %s, want %s", got[k].Type, day, w.day)
				}
			}
		})
	}
}

// TestVictimRecovering checks that a victim recovering ("El otro se
// recupera", "se recuperan en el hospital regional", "se recupera
// favorablemente") is no operation, though the lexicon's "recupera" is
// one (recovering), while the police recovering stolen goods stays one.
// The texts are written for the test.
func TestVictimRecovering(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2041, 3, 11, 9, 0, 0, 0, mexico) // a Monday
	tests := []struct {
		name, text string
		want       []model.IncidentType
	}{
		{name: "se recuperan en el hospital, after a mine",
			text: "APATZINGÁN, Mich.- Uno de los tres jornaleros heridos por la explosión de una mina el lunes en El Aguaje, Aguililla, murió este miércoles. Los otros dos se recuperan en el hospital regional.",
			want: []model.IncidentType{model.Explosive}},
		{name: "se recupera favorablemente",
			text: "CELAYA, Gto.- El agente que resultó herido en el ataque del viernes se recupera favorablemente, informó la Secretaría de Seguridad.",
			want: []model.IncidentType{model.ArmedAttack}},
		// Controls: goods recovered.
		{name: "recupera un vehículo",
			text: "CELAYA, Gto.- En un operativo en la colonia Las Insurgentes, la Policía Municipal recupera un vehículo con reporte de robo y detiene a dos hombres.",
			want: []model.IncidentType{model.SecurityOperation}},
		{name: "recupera tres camionetas",
			text: "ZAMORA, Mich.- La policía recupera tres camionetas robadas en un predio de la colonia Jacinto López.",
			want: []model.IncidentType{model.SecurityOperation}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			extractActs(t, e, "recovering", model.KindNews, "es", tt.text, pub, tt.want)
		})
	}
}
