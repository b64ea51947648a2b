package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestLaterDeathInHospital checks that a follow-up telling that a victim
// of an earlier act died in a hospital gives that act — its type and its
// day — and not a killing on the day of the death, with no wound told
// (woundedDeath, diedOfWounds), in Spanish and English, one or several
// dead. The texts are written for the test; the controls tell a death in
// a hospital after a clause, not a named act (dated the day of the death),
// and a killing with no hospital.
func TestLaterDeathInHospital(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 6, 17, 9, 0, 0, 0, mexico) // a Thursday
	tests := []struct {
		name, lang, text string
		typ              model.IncidentType
		day              string
	}{
		{name: "tercer agente, en un hospital, tras la emboscada", lang: "es",
			text: "URUAPAN, Mich.- Un tercer agente de la Guardia Civil murió la noche del miércoles en un hospital de Morelia, a donde fue trasladado tras la emboscada del lunes en la salida a Paracho.",
			typ:  model.ArmedAttack, day: "2027-06-14"},
		{name: "dos murieron en el nosocomio, ataque ocurrido el viernes", lang: "es",
			text: "CELAYA, Gto.- Dos de las víctimas del ataque armado a un billar de la colonia Las Insurgentes murieron este martes en el nosocomio, con lo que suman cinco los muertos del ataque ocurrido la noche del viernes.",
			typ:  model.ArmedAttack, day: "2027-06-11"},
		{name: "died in hospital on Tuesday, Sunday's ambush", lang: "en",
			text: "URUAPAN, Mexico - A fourth soldier wounded in Sunday's ambush on the road to Paracho died in hospital on Tuesday, bringing the death toll to four, the army said.",
			typ:  model.ArmedAttack, day: "2027-06-13"},
		// Controls.
		{name: "una muerte en el hospital tras una cláusula, sin acto nombrado", lang: "es",
			text: "URUAPAN, Mich.- Un hombre murió la noche del miércoles en el hospital regional luego de ser baleado por desconocidos en la colonia Centro.",
			typ:  model.ArmedAttack, day: "2027-06-16"},
		{name: "asesinado el miércoles, sin hospital", lang: "es",
			text: "URUAPAN, Mich.- Un hombre fue asesinado a balazos la noche del miércoles en la colonia Centro.",
			typ:  model.Homicide, day: "2027-06-16"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "later-death", Lang: tt.lang, Kind: model.KindNews, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			if len(got) != 1 {
				t.Fatalf("%d incidents, want 1: %+v", len(got), got)
			}
			if got[0].Type != tt.typ {
				t.Errorf("type %s, want %s", got[0].Type, tt.typ)
			}
			if got[0].Time == nil {
				t.Fatalf("no time, want %s", tt.day)
			}
			if day := got[0].Location.Date(*got[0].Time); day != tt.day {
				t.Errorf("day %s, want %s", day, tt.day)
			}
		})
	}
}
