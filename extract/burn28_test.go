package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestBurntByFlames checks burnings told by what the fire did rather than
// by who set it (branch douse28, the probe probe_burn28's family): "ardió",
// "consumida por las llamas", "gutted by fire", "engulfed in flames", "went
// up in flames" after a vehicle or a building was doused. Controls: a fire
// with a named accidental cause and no one who set it is no incident.
func TestBurntByFlames(t *testing.T) {
	pub := time.Date(2041, 3, 11, 8, 0, 0, 0, mexico) // a Monday
	A := []model.IncidentType{model.Arson}
	checkActRows(t, "t28d", pub, []actRow{
		{name: "le rociaron gasolina a un auto, que ardió",
			text:  "CELAYA, Gto.- La madrugada del domingo, desconocidos le rociaron gasolina a un automóvil estacionado en la colonia Alameda; el auto ardió hasta quedar inservible.",
			want:  A,
			munis: []string{"11007"}},
		{name: "una casa consumida por las llamas",
			text:  "ZAMORA, Mich.- Una casa de la colonia El Duero fue rociada con combustible la noche del domingo y quedó consumida por las llamas, informó la policía municipal.",
			want:  A,
			munis: []string{"16108"}},
		{name: "cars engulfed in flames",
			text:  "REYNOSA, Mexico - Unknown attackers poured gasoline over three pickup trucks parked on a street in Reynosa late Sunday, and the trucks were engulfed in flames, police said.",
			lang:  "en",
			want:  A,
			munis: []string{"28032"}},
		// Control.
		{name: "a fire with an accidental cause",
			text: "CULIACÁN, Sin.- Un cortocircuito provocó un incendio en una tienda de colchones de la colonia Centro el domingo; el local ardió durante dos horas hasta que los bomberos sofocaron las llamas. Protección Civil descartó que fuera intencional.",
			want: nil},
	})
}

// TestAcrossNamedRoad checks vehicles set on fire across a road named
// between "across" and the road's noun (acrossNamedRoad): a blockade.
// Controls: cars burnt "across the city" (no road after "across"), and
// cars burnt in a yard, are arson.
func TestAcrossNamedRoad(t *testing.T) {
	pub := time.Date(2041, 3, 11, 8, 0, 0, 0, mexico) // a Monday
	checkActRows(t, "t28a", pub, []actRow{
		{name: "set alight across a named road",
			text: "URUAPAN, Mexico - Gunmen set two trucks alight across the Uruapan–Paracho road near Capácuaro on Sunday, witnesses said.",
			lang: "en", want: []model.IncidentType{model.Blockade}, munis: []string{"16102"}},
		{name: "across a numbered highway",
			text: "CELAYA, Mexico - Armed men parked a bus across Federal Highway 45 and torched it on Sunday night, police said.",
			lang: "en", want: []model.IncidentType{model.Blockade}, munis: []string{"11007"}},
		// Controls.
		{name: "across the city",
			text: "CELAYA, Mexico - Unknown men torched parked cars in three neighbourhoods across the city of Celaya on Sunday night, police said.",
			lang: "en", want: []model.IncidentType{model.Arson}},
		{name: "in a yard",
			text: "CELAYA, Mexico - Unknown men torched two cars parked in the yard of a house in Celaya on Sunday night, police said.",
			lang: "en", want: []model.IncidentType{model.Arson}},
	})
}

// TestPersonSetOnFire checks a person doused and set on fire: an attack
// on a person, not an arson. Control: vehicles set on fire stay arson.
func TestPersonSetOnFire(t *testing.T) {
	pub := time.Date(2041, 3, 11, 8, 0, 0, 0, mexico) // a Monday
	checkActRows(t, "t28p", pub, []actRow{
		{name: "a man set on fire",
			text: "TIJUANA, Mexico - Two men poured gasoline over a taxi driver and set him on fire in the Zona Norte of Tijuana on Sunday evening, police said. He was taken to hospital with severe burns.",
			lang: "en", want: []model.IncidentType{model.ArmedAttack}, munis: []string{"02004"}},
		// Control.
		{name: "cars set on fire",
			text: "TIJUANA, Mexico - Two men poured gasoline over two parked taxis and set them on fire in the Zona Norte of Tijuana on Sunday evening, police said.",
			lang: "en", want: []model.IncidentType{model.Arson}},
	})
}
