package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestActCountWords checks a count of acts told in words ("siete
// bloqueos", "nine roadblocks") over a state: a tally, as "7 bloqueos"
// is (art17, family "round-up count": gold tallies with no incident
// found). The controls are a count of victims in words ("tres
// cuerpos": one act's), two acts ("dos ataques", fewer than a tally's
// three), and acts counted in one town ("tres bloqueos en Zapopan": one
// place, one act each).
func TestActCountWords(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 6, 18, 12, 0, 0, 0, mexico) // a Friday
	tests := []struct {
		name, lang, text string
		tally            bool
	}{
		{name: "blockades in words over a state", lang: "es",
			text: "Al menos siete bloqueos con vehículos incendiados se registraron la noche del jueves en Jalisco, informó la Coordinación de Seguridad.", tally: true},
		{name: "roadblocks in words across a state", lang: "en",
			text: "Authorities reported nine roadblocks across Guanajuato on Thursday night.", tally: true},
		{name: "attacks in words over a state", lang: "es",
			text: "Cinco ataques contra policías se registraron la noche del jueves en Zacatecas, de acuerdo con la Secretaría de Seguridad.", tally: true},
		// Controls.
		{name: "victims in words", lang: "es",
			text: "Tres cuerpos fueron localizados la mañana de este jueves en un camino de terracería de Zapopan, Jalisco.", tally: false},
		{name: "two attacks", lang: "es",
			text: "Dos ataques contra policías se registraron la noche del jueves en Zacatecas, de acuerdo con la Secretaría de Seguridad.", tally: false},
		{name: "blockades in words in one town", lang: "es",
			text: "Tres bloqueos con vehículos incendiados se registraron la noche del jueves en Zapopan, Jalisco.", tally: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "a17", Lang: tt.lang, Kind: model.KindNews, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			if len(got) == 0 {
				t.Fatal("no incident")
			}
			tally := false
			for _, in := range got {
				tally = tally || in.Tally
			}
			if tally != tt.tally {
				t.Errorf("tally = %v, want %v (%v)", tally, tt.tally, actTypes(got))
			}
		})
	}
}
