package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestLaggedAct: a sentence that tells an act and, in a clause, an earlier
// one a day or two before ("un día después de que ...") gives both, the
// earlier dated by the lag; an act weeks before is background.
func TestLaggedAct(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 10, 19, 22, 10, 0, 0, mexico)
	tests := []struct {
		name, text string
		days       []string // the incidents' days, in order
	}{
		{"a day before, same colonia",
			"Un hombre fue asesinado a tiros a las 20:15 horas de este lunes frente a su vivienda en la colonia San Miguel, en Celaya, apenas un día después de que dos hombres fueron ultimados en la misma colonia.",
			[]string{"2026-10-19", "2026-10-18"}},
		{"two days before",
			"Dos jóvenes fueron asesinados a balazos la noche de este lunes en la colonia Centro de Irapuato, dos días después de que un comerciante fue ejecutado a unas calles de ahí.",
			[]string{"2026-10-19", "2026-10-17"}},
		{"weeks before is background",
			"Un hombre fue asesinado a tiros la noche de este lunes en la colonia San Miguel, en Celaya, tres semanas después de que dos hombres fueron ultimados en la misma colonia.",
			[]string{"2026-10-19"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "t", Lang: "es", Kind: model.KindNews, Published: pub, Text: tt.text}
			ins := e.Extract(r)
			var days []string
			for _, in := range ins {
				if in.Type != model.Homicide {
					t.Errorf("incident of type %s", in.Type)
					continue
				}
				days = append(days, dayOf(in))
			}
			if len(days) != len(tt.days) {
				t.Fatalf("days %v, want %v", days, tt.days)
			}
			for k := range days {
				if days[k] != tt.days[k] {
					t.Errorf("incident %d on %s, want %s", k, days[k], tt.days[k])
				}
			}
		})
	}
}

// TestLagClauseActs: a clause that tells an act hours before one the
// sentence names again and says took place ("The shooting came about an
// hour after ...") is another act, on the named act's day; so is the act
// a noun tells a day or two before ("un día después del hallazgo de ...").
// A death hours after an attack is the attack's toll.
func TestLagClauseActs(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2029, 4, 9, 10, 0, 0, 0, mexico)
	tests := []struct {
		name, lang, text string
		want             []string // "type day" of each incident, in order
	}{
		{"hours after, English", "en",
			"GUAYMAS, Sonora — Gunmen opened fire on a taxi driver on Saturday night in the port of Guaymas, wounding him in the legs. The shooting came about an hour after a teenager was shot dead outside a grocery store in the Centro neighborhood.",
			[]string{"armed_attack 2029-04-07", "homicide 2029-04-07"}},
		{"horas después, Spanish", "es",
			"NAVOJOA, Son.- Sujetos armados dispararon contra un taxista la noche del sábado en la colonia Juárez; el chofer resultó herido. El ataque ocurrió unas dos horas después de que un joven fue asesinado a balazos frente a una tienda de la colonia Centro.",
			[]string{"armed_attack 2029-04-07", "homicide 2029-04-07"}},
		{"a day after a finding", "es",
			"SALAMANCA, Gto.- Tres hombres fueron asesinados a balazos la noche de este domingo en la colonia Bellavista, apenas un día después del hallazgo de dos cuerpos en la comunidad de Valtierrilla.",
			[]string{"homicide 2029-04-08", "homicide 2029-04-07"}},
		{"a death hours after the attack is its toll", "es",
			"NAVOJOA, Son.- Sujetos armados dispararon contra un taxista la noche del sábado en la colonia Juárez. El chofer murió horas después de que fue trasladado al hospital.",
			[]string{"armed_attack 2029-04-07"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "t", Lang: tt.lang, Kind: model.KindNews, Published: pub, Text: tt.text}
			var got []string
			for _, in := range e.Extract(r) {
				got = append(got, string(in.Type)+" "+dayOf(in))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
