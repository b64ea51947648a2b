package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestDiedOfFire checks a death told of a fire set ("murió ... luego de
// que desconocidos le prendieran fuego a la casa", "suman dos las
// víctimas del incendio provocado en una tienda"): the fire is the act
// and the dead its toll, an arson, not a killing (branch ftype30).
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
		// Controls.
		{name: "shot dead, then his car burned",
			text: "ZAMORA, Mich.- Un hombre fue asesinado a balazos la noche del martes en la colonia El Porvenir; después, los agresores prendieron fuego a su camioneta.",
			want: []model.IncidentType{model.Homicide}},
		{name: "bodies found burned",
			text: "ZAMORA, Mich.- Los cuerpos de dos hombres fueron localizados la mañana del martes dentro de una camioneta incendiada en la colonia El Porvenir.",
			want: []model.IncidentType{model.Homicide}},
	})
}
