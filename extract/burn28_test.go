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
