package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestDiedOfFire checks a death told of a fire set ("murió ... luego de
// que desconocidos le prendieran fuego a la casa", "suman dos las
// víctimas del incendio provocado en una tienda"): the fire is the act
// and the dead its toll, an arson, not a killing; a share of the body
// burned ("quemaduras en el 70 por ciento del cuerpo") is no statistic
// (branch ftype30). Controls include a statistic's percentage.
// Controls: a man shot dead and his car then burned (a killing cue of
// its own), and bodies found burned (a body, not a death told).
func TestDiedOfFire(t *testing.T) {
	pub := time.Date(2044, 6, 2, 10, 0, 0, 0, mexico) // a Thursday
	checkActRows(t, "t30", pub, []actRow{
		{name: "a man died after his house was set on fire",
			text: "ZAMORA, Mich.- Un hombre de unos 40 años murió la noche del martes en su vivienda de la colonia El Porvenir, luego de que sujetos desconocidos le prendieran fuego a la casa.",
			want: []model.IncidentType{model.Arson}},
		{name: "the toll of a fire set, risen",
			text: "URUAPAN, Mich.- Un joven que resultó herido murió esta tarde en el hospital, con lo que suman dos las víctimas mortales del incendio provocado el domingo en una vivienda de la colonia Centro de Uruapan.",
			want: []model.IncidentType{model.Arson}},
		{name: "burns over a share of the body, a follow-up's death",
			text: "La mujer que había sido trasladada al Hospital Regional con quemaduras en el 70 por ciento del cuerpo murió este jueves, tres días después del incendio provocado en su casa de la colonia Jardinadas, en Zamora.",
			want: []model.IncidentType{model.Arson}},
		{name: "burns over 80% of the body",
			text: "ZAMORA, Mich.- Un hombre con quemaduras en el 80% del cuerpo murió este lunes en el hospital, luego de que desconocidos le prendieran fuego a su casa.",
			want: []model.IncidentType{model.Arson}},
		// Controls.
		{name: "a statistic's percentage",
			text: "Los homicidios en Zamora bajaron 12 por ciento en lo que va del año, informó el ayuntamiento.",
			want: nil},
		{name: "shot dead, then his car burned",
			text: "ZAMORA, Mich.- Un hombre fue asesinado a balazos la noche del martes en la colonia El Porvenir; después, los agresores prendieron fuego a su camioneta.",
			want: []model.IncidentType{model.Homicide}},
		{name: "bodies found burned",
			text: "ZAMORA, Mich.- Los cuerpos de dos hombres fueron localizados la mañana del martes dentro de una camioneta incendiada en la colonia El Porvenir.",
			want: []model.IncidentType{model.Homicide}},
	})
}

// TestDeniedCause checks a denial that gives the cause of what was heard
// ("atribuye el estruendo a la explosión de un transformador", "the loud
// bang came from an exploding transformer"): the act denied is the
// rumour's, not the cause's explosion (branch ftype30). Control: a denial
// of an explosion itself.
func TestDeniedCause(t *testing.T) {
	pub := time.Date(2044, 6, 4, 19, 0, 0, 0, mexico) // a Saturday
	e := realExtractor(t)
	for _, tt := range []struct {
		name, lang, text string
		want             model.IncidentType
	}{
		{"a clash denied, the bang a transformer", "es",
			"La Dirección de Seguridad Pública Municipal desmiente los reportes difundidos esta tarde en redes sociales sobre un enfrentamiento cerca de la plaza comercial del bulevar Revolución, en Torreón, y atribuye el estruendo a la explosión de un transformador.",
			model.ArmedClash},
		{"an attack denied, the bang a transformer", "es",
			"Autoridades de Irapuato negaron un ataque armado en la plaza principal y explicaron que el estruendo se debió a la explosión de un transformador de la CFE.",
			model.ArmedAttack},
		// Control.
		{"an explosion denied", "es",
			"La Secretaría de Seguridad desmiente los reportes difundidos esta tarde en redes sociales sobre la explosión de un artefacto en la plaza comercial del bulevar Revolución, en Torreón.",
			model.Explosive},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "t30d", Lang: tt.lang, Kind: model.KindNews, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			var types []model.IncidentType
			for _, in := range got {
				if in.Denial {
					types = append(types, in.Type)
				}
			}
			if len(types) != 1 || types[0] != tt.want {
				t.Errorf("denials %v, want [%s]", types, tt.want)
			}
		})
	}
}
