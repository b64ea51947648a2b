package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestCountedLeadItems checks the acts a lead counts ("Dos ataques ...
// se registraron la noche del jueves") told one by one after it, the
// first opening with "El primero", when the lead names no town of its
// own and the dateline's town places it (art17, family "merged into
// another act of the same report"): each item is an act of its own, not
// the lead's place told. The control is a lead that names its town in
// its own sentence: "El primer bloqueo se registró en El Colomo" after
// "Dos bloqueos ... en Manzanillo" is where in that town.
func TestCountedLeadItems(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 6, 18, 12, 0, 0, 0, mexico) // a Friday
	tests := []struct {
		name, text string
		want       []act
	}{
		{name: "dateline lead, the first item in the dateline town",
			text: "CELAYA, Gto.- Dos ataques contra policías se registraron la noche del jueves en el centro del estado.\n\nEl primero ocurrió alrededor de las 20:10 horas sobre el bulevar López Mateos, en Celaya, donde hombres armados dispararon contra una patrulla de la Policía Estatal; un agente murió.\n\nCerca de las 22:30 horas, en la cabecera municipal de Apaseo el Grande, un policía municipal fue herido de bala cuando sujetos en motocicleta le dispararon.",
			want: []act{{model.ArmedAttack, "Celaya"}, {model.ArmedAttack, "Apaseo el Grande"}}},
		// Control.
		{name: "lead in its own town, the first item a place of it",
			text: "Dos bloqueos con vehículos incendiados se registraron la noche del jueves en Manzanillo, Colima. El primero se registró alrededor de las 21:00 horas en El Colomo, donde hombres armados atravesaron un tráiler y le prendieron fuego.",
			want: []act{{model.Blockade, "Manzanillo"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "a17", Lang: "es", Kind: model.KindNews, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			checkActs(t, got, tt.want)
		})
	}
}

// TestCountedLeadDay checks that the first of the acts a lead counts,
// told by a clock time that names no day, is on the lead's day (art17):
// "marcaron la jornada del domingo ... El primero ocurrió poco después
// de las siete de la mañana", published on Monday at 07:30. The control
// is an item that names its own day.
func TestCountedLeadDay(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 6, 21, 7, 30, 0, 0, mexico) // a Monday
	lead := "CELAYA, Gto.- Dos enfrentamientos armados en municipios vecinos marcaron la jornada del domingo en el sur del estado.\n\n"
	tests := []struct {
		name, item, day string
	}{
		{name: "clock time only", item: "El primero ocurrió poco después de las siete de la mañana sobre la carretera federal 45, en el municipio de Celaya, donde civiles armados atacaron a elementos de la Guardia Nacional, que repelieron la agresión; tres atacantes murieron.", day: "2027-06-20"},
		// Control.
		{name: "its own day", item: "El primero ocurrió poco después de las siete de la mañana de este lunes sobre la carretera federal 45, en el municipio de Celaya, donde civiles armados atacaron a elementos de la Guardia Nacional, que repelieron la agresión; tres atacantes murieron.", day: "2027-06-21"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "a17", Lang: "es", Kind: model.KindNews, Text: lead + tt.item + "\n\nAlrededor de las 11:00 horas, en la comunidad de Rincón de Tamayo, municipio de Apaseo el Grande, dos grupos armados se enfrentaron a balazos.", Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			for _, in := range got {
				if in.Location.Municipality != "Celaya" {
					continue
				}
				if in.Time == nil || in.Time.In(mexico).Format("2006-01-02") != tt.day {
					t.Errorf("Celaya's time = %v, want the day %s", in.Time, tt.day)
				}
				return
			}
			t.Fatalf("no act in Celaya: %v", actTypes(got))
		})
	}
}
