package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestWireCapitalsAndSuburbs checks the town of English headlines that
// name it by its state ("the Sinaloan capital", "the Zacatecas state
// capital", "the capital of Sinaloa") or as a suburb of a city ("the
// Monterrey suburb of Escobedo": the suburb, not the city, as
// TestWirePlaces has it for Mexico City's), with controls where the city
// stands or another form already read the town.
func TestWireCapitalsAndSuburbs(t *testing.T) {
	muni := func(g model.Incident) string { return g.Location.MunicipalityCode }
	checkFirstActs(t, time.Date(2019, 8, 14, 12, 0, 0, 0, mexico), "municipality", muni, []wireRow{
		{"Four killed in the Sinaloan capital", "25006"},
		{"Two killed in the Potosino capital", "24028"},
		{"Police officer killed in the Zacatecas state capital", "32056"},
		{"Reporter shot dead in Sinaloa's capital", "25006"},
		{"Two shot dead in the capital of Sinaloa", "25006"},
		{"Commander killed in the Mexico state capital", "15106"},
		{"Gunmen kill two in the Monterrey suburb of Escobedo", "19021"},
		{"Four killed in the Guadalajara suburb of Zapopan", "14120"},
		{"Four killed at a party in the Guadalajara suburb of Tlaquepaque", "14098"},
		// controls
		{"Two killed in the capital of Zacatecas, Zacatecas", "32056"},
		{"Gunmen kill two in Monterrey", "19039"},
		{"Gunmen kill two in Escobedo, north of Monterrey", "19021"},
		{"Two killed in Tlaquepaque, a Guadalajara suburb", "14098"},
		{"Gunmen kill 5 in Mexico's capital", ""},
	})
}
