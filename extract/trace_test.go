package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestBulletTrace checks that "bullet" naming a trace of a shooting
// ("bullet casings", "bullet-riddled vehicles") after an act adds no
// act of its own, and that bullets fired still tell one.
func TestBulletTrace(t *testing.T) {
	pub := time.Date(2027, 6, 9, 10, 0, 0, 0, mexico)
	checkActRows(t, "bt", pub, []actRow{
		{"casings counted after a shootout", "Three people were killed in a shootout between armed groups in the El Florido neighborhood of Tijuana on Tuesday night. Police found more than 50 bullet casings.", "en",
			[]model.IncidentType{model.ArmedClash}, []string{"02004"}},
		{"bullet-riddled vehicles at the scene", "Five men were killed on Tuesday in a gunfight between rival groups in Guachochi, Chihuahua. Investigators found shell casings and two bullet-riddled vehicles at the scene, the Chihuahua attorney general's office said.", "en",
			[]model.IncidentType{model.ArmedClash}, []string{"08027"}},
		{"bullet holes in a house", "Gunmen shot dead a man in Celaya on Monday night. Neighbours said the front of the house had bullet holes.", "en",
			[]model.IncidentType{model.Homicide}, []string{"11007"}},
		// (Bullets fired are the act.)
		{"bullets fired at a house", "Gunmen fired bullets at a house in Celaya on Monday night, wounding a woman.", "en",
			[]model.IncidentType{model.ArmedAttack}, []string{"11007"}},
	})
}
