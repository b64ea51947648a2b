package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestSameKindJoinedAct checks a second act of the first's own kind told
// in a second clause of one sentence after a join, a time and a new
// subject, or a later item of an ordinal list at its own place
// (second29's probe, lines 1 and 6): another act. Controls: the clause
// tells the first act's victim dying, the first act's aftermath, an
// ordinal list of one act's victims, or names the second victim of one
// act.
func TestSameKindJoinedAct(t *testing.T) {
	pub := time.Date(2041, 3, 11, 8, 0, 0, 0, mexico) // a Monday
	checkActRows(t, "s29j", pub, []actRow{
		{name: "y por la noche un joven fue ultimado",
			text: "SALAMANCA, Gto.- Un hombre fue asesinado a balazos la mañana del domingo afuera de una tienda de la colonia Bellavista, y por la noche un joven fue ultimado a tiros en la comunidad de Valtierrilla, informó la policía municipal.",
			want: []model.IncidentType{model.Homicide, model.Homicide}},
		{name: "y esa misma noche unos sujetos asesinaron",
			text: "CELAYA, Gto.- Dos hermanos fueron asesinados la tarde del sábado en un taller de la colonia Las Insurgentes, y esa misma noche unos sujetos armados asesinaron a un taxista en la colonia Del Bosque.",
			want: []model.IncidentType{model.Homicide, model.Homicide}},
		{name: "and shortly afterwards a tractor-trailer was set alight",
			lang: "en",
			text: "COLIMA, Mexico (Wire) - A delivery truck was set on fire across the road out of Villa de Alvarez on Friday night, and shortly afterwards a tractor-trailer was set alight across the same road near the town's northern exit, state police said.",
			want: []model.IncidentType{model.Blockade, model.Blockade}},
		{name: "y esa misma noche, in another town (split on main too: each act at its town)",
			text:  "ZAMORA, Mich.- Dos hombres fueron asesinados a balazos la mañana del sábado en un taller de Zamora, y esa misma noche un joven fue asesinado a tiros en el centro de Jacona, informó la Fiscalía.",
			want:  []model.IncidentType{model.Homicide, model.Homicide},
			munis: []string{"16108", "16043"}},
		{name: "an ordinal list's later item at its own place",
			text: "IRAPUATO, Gto.- Dos ataques armados dejaron tres muertos en Irapuato este domingo: el primero ocurrió en la colonia Centro, donde fue asesinado un vendedor; el segundo en la colonia San Juan de Retana, donde murieron dos jóvenes, y el tercero en la comunidad de Aldama, donde un hombre fue ultimado frente a su casa.",
			want: []model.IncidentType{model.Homicide, model.Homicide, model.Homicide}},
		// Controls: one act.
		{name: "an ordinal list of one act's victims",
			text: "IRAPUATO, Gto.- Dos hombres fueron atacados a balazos la noche del domingo en la colonia Centro: el primero quedó sin vida en el lugar, y el segundo en el Hospital General, donde murió horas después.",
			want: []model.IncidentType{model.Homicide}},
		{name: "the victim identified in the morning",
			lang: "en",
			text: "TIJUANA, Mexico (Wire) - Gunmen shot dead a man outside his home in the east of Tijuana on Sunday night, and in the morning his family identified him at the city morgue, police said.",
			want: []model.IncidentType{model.Homicide}},
		{name: "the wounded man died at night",
			text: "SALAMANCA, Gto.- Hombres armados atacaron a balazos a un hombre la tarde del domingo en la colonia Bellavista, y por la noche el lesionado murió en el Hospital General, informó la Fiscalía.",
			want: []model.IncidentType{model.ArmedAttack}},
		{name: "the burnt bus removed in the afternoon",
			text: "URUAPAN, Mich.- Un grupo armado quemó un autobús de pasajeros en la salida a Charapan la mañana del domingo, y por la tarde elementos de la Guardia Civil retiraron la unidad calcinada.",
			want: []model.IncidentType{model.Blockade}},
		{name: "the second victim named",
			text: "CUERNAVACA, Mor.- Fueron asesinados a balazos Juan Pérez Gómez, de 34 años, en la puerta de su domicilio en la colonia Antonio Barona, y su hermano Luis, de 29 años, cuando intentaba huir por la calle, la noche del sábado.",
			want: []model.IncidentType{model.Homicide}},
	})
}
