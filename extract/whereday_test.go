package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestWhereDay checks an earlier act named as a landmark in a clause of
// place that opens with its own day ("a unas cuadras del lugar donde el
// sábado por la noche un enfrentamiento dejó tres muertos", "a few blocks
// from where on Saturday night a gunfight left three dead") after an
// attack told on another day: two acts, the attack keeping its type and
// its toll, not an attack answered (read53, family "an earlier act told
// as the place of this one"). The control, a clause on the attack's own
// day, keeps one act.
func TestWhereDay(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2041, 3, 5, 8, 0, 0, 0, mexico) // a Tuesday
	tests := []struct {
		name, lang, text string
		want             []model.IncidentType
	}{
		{name: "donde el sábado", lang: "es",
			text: "HERMOSILLO, Son.- Ayer, alrededor de las 13:00 horas, sujetos armados dispararon contra la fachada de una vivienda de la colonia Pitic y huyeron. No hubo lesionados. La casa está a unas cuadras del lugar donde el sábado por la noche un enfrentamiento entre civiles armados dejó tres muertos.",
			want: []model.IncidentType{model.ArmedAttack, model.ArmedClash}},
		{name: "where on Saturday", lang: "en",
			text: "HERMOSILLO, Mexico — Gunmen fired on the front of a house in the Pitic neighborhood at about 1 p.m. Monday and fled. No one was hurt. The house is a few blocks from where on Saturday night a gunfight between armed men left three dead.",
			want: []model.IncidentType{model.ArmedAttack, model.ArmedClash}},
		// Control.
		{name: "the same day", lang: "es",
			text: "HERMOSILLO, Son.- El sábado por la noche, sujetos armados dispararon contra la fachada de una vivienda de la colonia Pitic y huyeron. La casa está en la calle donde el sábado por la noche un enfrentamiento entre civiles armados dejó tres muertos.",
			want: []model.IncidentType{model.ArmedClash}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractActs(t, e, "r53w", model.KindNews, tt.lang, tt.text, pub, tt.want)
			if len(got) == 2 && got[0].Killed != nil && got[0].Killed.N > 0 {
				t.Errorf("the attack took the earlier act's toll: killed %d", got[0].Killed.N)
			}
		})
	}
}
