package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

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
