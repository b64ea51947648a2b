package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestOriginNoAct checks that a town the victims came from ("había salido
// de", "procedentes de", "originarias de") is not the place of a second
// act (branch extras29). Control: an act told in the town itself.
func TestOriginNoAct(t *testing.T) {
	pub := time.Date(2041, 3, 11, 8, 0, 0, 0, mexico) // a Monday
	checkActRows(t, "x29", pub, []actRow{
		{name: "a family that had left one town attacked in another",
			text:  "Una familia que había salido de Irapuato con rumbo a León fue atacada a balazos la noche del domingo en la comunidad de Sarabia, en Villagrán. El conductor murió en el lugar.",
			want:  []model.IncidentType{model.ArmedAttack},
			munis: []string{"11044"}},
		{name: "travellers from a town, killed in another",
			text:  "Dos hombres procedentes de Reynosa fueron asesinados a tiros la tarde del domingo en una brecha de Río Bravo, informó la Fiscalía.",
			want:  []model.IncidentType{model.Homicide},
			munis: []string{"28033"}},
		// Control.
		{name: "the act in the town named",
			text:  "Una familia fue atacada a balazos la noche del domingo en Irapuato. El conductor murió en el lugar.",
			want:  []model.IncidentType{model.ArmedAttack},
			munis: []string{"11017"}},
	})
}

// TestStoppedNoArrest checks that a vehicle or traffic stopped, told by
// the participle ("habían detenido el camión", "la circulación hacia
// Salamanca quedó detenida", "un tráiler averiado detenido en el
// acotamiento"), is no arrest beside the act (branch extras29). Controls:
// a driver arrested, people arrested after the traffic was stopped.
func TestStoppedNoArrest(t *testing.T) {
	pub := time.Date(2041, 3, 11, 8, 0, 0, 0, mexico) // a Monday
	checkActRows(t, "x29s", pub, []actRow{
		{name: "a bus stopped before it was burnt",
			text:  "Hombres armados incendiaron un autobús de pasajeros la noche del domingo en la carretera a Valle de Santiago, en Salamanca. Según los pasajeros, los sujetos habían detenido el camión metros antes y les ordenaron bajar.",
			want:  []model.IncidentType{model.Blockade},
			munis: []string{"11027"}},
		{name: "traffic toward a town stopped",
			text:  "Hombres armados atravesaron y quemaron dos tractocamiones la tarde del domingo en la autopista, a la altura de Irapuato. La circulación hacia Salamanca quedó detenida durante cuatro horas.",
			want:  []model.IncidentType{model.Blockade},
			munis: []string{"11017"}},
		{name: "a broken-down trailer on the shoulder",
			text:  "Un hombre fue asesinado a balazos la noche del domingo en la carretera Irapuato-Salamanca, en Irapuato. Policías que acudieron al lugar encontraron un tráiler averiado detenido en el acotamiento.",
			want:  []model.IncidentType{model.Homicide},
			munis: []string{"11017"}},
		// Controls.
		{name: "the driver arrested",
			text:  "Un hombre fue asesinado a balazos la noche del domingo en Irapuato. Horas después, el conductor de un tráiler fue detenido en Salamanca como presunto responsable.",
			want:  []model.IncidentType{model.Homicide, model.SecurityOperation},
			munis: []string{"11017", "11027"}},
	})
}
