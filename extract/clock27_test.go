package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestLoneClockDay checks an act whose day is told in one place and its
// clock, with no day of its own, later in its sentences, too far for
// `when` to join it to that day (when.Expr.Lone): the act is at that
// clock on its own day, not on the publication day `when` put the clock
// on; a clock in the small hours after a night is the next day's.
// The traps keep the day: a clock that would fall after the publication,
// and a clock of one act of a series a lead sums up. Published Saturday
// 18 September 2027, 08:30.
func TestLoneClockDay(t *testing.T) {
	e := realExtractor(t)
	sat := time.Date(2027, 9, 18, 8, 30, 0, 0, mexico)
	tests := []struct {
		name, lang, text string
		typ              model.IncidentType
		want             string // the act's time, "2006-01-02 15:04 precision"
	}{
		{"anoche, then its clock", "es",
			"CELAYA, Gto.- Una tienda de conveniencia de la colonia Los Olivos fue incendiada anoche por sujetos que llegaron en motocicleta. Vecinos de la zona relataron que escucharon gritos y vieron a varios hombres correr hacia una camioneta blanca que se alejó a toda velocidad por la avenida principal, mientras otros llamaban al número de emergencias para pedir ayuda a las autoridades municipales y estatales. El ataque ocurrió a las 22:10 horas, cuando en el local se encontraban dos empleados y un cliente.",
			model.BusinessAttack, "2027-09-17 22:10 minute"},
		{"late Thursday, then its clock", "en",
			"FRESNILLO, Mexico — Gunmen ambushed a municipal police patrol in Fresnillo late Thursday, killing two officers. Residents said they heard shouting and saw several men run toward a white pickup truck that sped off along the main avenue, while others called the emergency number to ask municipal and state authorities for help. The attack took place at around 11:40 p.m., according to state police.",
			model.ArmedAttack, "2027-09-16 23:40 minute"},
		{"el pasado jueves, then a part of the day and its clock", "es",
			"Hombres armados atacaron el pasado jueves a dos policías municipales en Zamora. Vecinos de la zona relataron que escucharon gritos y vieron a varios hombres correr hacia una camioneta blanca que se alejó a toda velocidad por la avenida principal, mientras otros llamaban al número de emergencias para pedir ayuda a las autoridades municipales y estatales. De acuerdo con testigos, por la noche, alrededor de las 22:40 horas, los agentes fueron emboscados.",
			model.ArmedAttack, "2027-09-16 22:40 minute"},
		{"anoche, then the small hours", "es",
			"URUAPAN, Mich.- Un hombre fue asesinado a balazos anoche en la colonia Centro de Uruapan. Vecinos de la zona relataron que escucharon gritos y vieron a varios hombres correr hacia una camioneta blanca que se alejó a toda velocidad por la avenida principal, mientras otros llamaban al número de emergencias para pedir ayuda a las autoridades municipales y estatales. El ataque ocurrió a la 01:30 horas, según vecinos.",
			model.Homicide, "2027-09-18 01:30 minute"},
		// The traps.
		{"a clock after the publication", "es",
			"CELAYA, Gto.- Un hombre fue asesinado a balazos esta mañana en la colonia Centro de Celaya. Vecinos de la zona relataron que escucharon gritos y vieron a varios hombres correr hacia una camioneta blanca que se alejó a toda velocidad por la avenida principal, mientras otros llamaban al número de emergencias para pedir ayuda a las autoridades municipales y estatales. El ataque ocurrió a las 10:30 horas.",
			model.Homicide, "2027-09-18 day"},
		{"one act of a series", "es",
			"TIJUANA, B.C.- Dos unidades del transporte público fueron incendiadas la noche de este viernes en distintos puntos de la ciudad. El primer hecho se reportó alrededor de las 19:30 horas en la colonia Camino Verde. Cerca de las 21:10 horas, en la colonia Sánchez Taboada, otro camión fue rociado con combustible y quemado.",
			model.Arson, "2027-09-17 day"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "t", Lang: tt.lang, Kind: model.KindNews, Published: sat, Text: tt.text}
			var got []string
			for _, in := range e.Extract(r) {
				if in.Type != tt.typ || in.Time == nil {
					continue
				}
				s := in.Time.In(mexico).Format("2006-01-02 15:04") + " " + string(in.TimePrecision)
				if in.TimePrecision != model.TimeMinute && in.TimePrecision != model.TimeHour {
					s = dayOf(in) + " " + string(in.TimePrecision)
				}
				got = append(got, s)
			}
			if len(got) == 0 || got[0] != tt.want {
				t.Errorf("%s at %q, want %q", tt.typ, got, tt.want)
			}
		})
	}
}
