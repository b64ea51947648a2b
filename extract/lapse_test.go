package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestSameKindLater checks that a shooting told hours after another one
// of the same town is an act of its own: after a lapse of hours ("About
// two hours later, ..."), at a clock time hours away from the first, or
// as the first of the acts a lead counted ("In the first attack, ...");
// the lead counting them then goes (countedOverviews). The texts are
// written for the test; the controls keep a death told later, a lapse of
// minutes and a second clock time within the hour as the first act's.
func TestSameKindLater(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 6, 16, 12, 0, 0, 0, mexico) // a Wednesday
	tests := []struct {
		name, lang, text string
		want             []act
	}{
		{name: "hours later, a second bar", lang: "en",
			text: "IRAPUATO, Mexico — Gunmen opened fire on customers at a bar in the Centro neighborhood late on Tuesday, killing three people. About two hours later, men on a motorcycle shot at patrons of another bar across town, wounding one.",
			want: []act{{model.ArmedAttack, "Irapuato"}, {model.ArmedAttack, "Irapuato"}}},
		{name: "horas después, otro ataque", lang: "es",
			text: "IRAPUATO, Gto.— Sujetos armados atacaron a balazos a dos hombres en la colonia Centro la noche del martes. Poco más de tres horas después, hombres armados dispararon contra un grupo de jóvenes en una cancha de la colonia Las Reinas.",
			want: []act{{model.ArmedAttack, "Irapuato"}, {model.ArmedAttack, "Irapuato"}}},
		{name: "a clock time hours away", lang: "es",
			text: "CULIACÁN, Sin.— Hacia las 22:30 horas del lunes, civiles armados se enfrentaron con soldados en la colonia Aguaruto. Al amanecer se confirmó el hallazgo de dos cuerpos en el lugar. Y alrededor de las 13:00 horas del martes, un policía fue atacado a balazos por dos sujetos en motocicleta cuando salía de su casa.",
			want: []act{{model.ArmedClash, "Culiacán"}, {model.ArmedAttack, "Culiacán"}}},
		{name: "the first of two attacks counted", lang: "en",
			text: "IRAPUATO, Mexico, June 15 (Meridian) - Gunmen attacked two bars in the city of Irapuato within hours of each other, killing five people, police said on Tuesday. In the first attack, late on Monday, armed men burst into a bar and opened fire on customers, killing three. About two hours later, early on Tuesday, men on a motorcycle shot at patrons of a second bar, killing two.",
			want: []act{{model.ArmedAttack, "Irapuato"}, {model.ArmedAttack, "Irapuato"}}},
		{name: "el primero de dos ataques", lang: "es",
			text: "IRAPUATO, Gto.— Dos ataques armados contra bares de Irapuato dejaron cinco muertos entre la noche del lunes y la madrugada de este martes. El primero ocurrió cerca de las 23:00 horas en un bar de la colonia Centro, donde sujetos armados mataron a tres hombres. Hacia la 1:30 de la madrugada, en el otro extremo de la ciudad, hombres armados dispararon desde la entrada de otro bar; ahí murieron dos hombres.",
			want: []act{{model.ArmedAttack, "Irapuato"}, {model.ArmedAttack, "Irapuato"}}},
		// Controls.
		{name: "a death told hours later is the attack's", lang: "en",
			text: "IRAPUATO, Mexico — Gunmen shot a man outside his home on Tuesday night. About two hours later, he died at a hospital.",
			want: []act{{model.ArmedAttack, "Irapuato"}}},
		{name: "minutes later, the same attack", lang: "es",
			text: "IRAPUATO, Gto.— Sujetos armados atacaron a balazos una patrulla en la colonia Centro la noche del martes. Minutos después, los agresores dispararon contra los policías que llegaron como refuerzo.",
			want: []act{{model.ArmedAttack, "Irapuato"}}},
		{name: "two clock times within the hour", lang: "es",
			text: "IRAPUATO, Gto.— A las 22:10 horas del martes, sujetos armados atacaron a balazos una patrulla en la colonia Centro. A las 22:40 horas, los agresores volvieron a disparar contra los agentes.",
			want: []act{{model.ArmedAttack, "Irapuato"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "lapse", Lang: tt.lang, Kind: model.KindNews, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			if acts := pointActs(got); !sameActs(acts, tt.want) {
				t.Errorf("acts %v, want %v", acts, tt.want)
			}
		})
	}
}

func TestLaterLapse(t *testing.T) {
	for f, want := range map[string]bool{
		"about two and a half hours later, men ":   true,
		"poco mas de una hora despues, otro ":      true,
		"dos horas mas tarde, ":                    true,
		"minutos despues, los agresores ":          false, // minutes: the act may go on
		"horas despues de que los hombres huyeran": false, // no comma: a clause, not an opener
		"later, ": false, // no lapse of hours
		"los vecinos dijeron que tres horas despues, ": false,
	} {
		if got := laterLapse(f); got != want {
			t.Errorf("laterLapse(%q) = %v, want %v", f, got, want)
		}
	}
}

// TestDiedOfWoundsDate checks that a follow-up telling a wounded victim's
// death dates the act by its own day, not the death's. The texts are
// written for the test; the control has no wound told before the death.
func TestDiedOfWoundsDate(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 6, 16, 12, 0, 0, 0, mexico) // a Wednesday
	tests := []struct {
		name, lang, text, day string
	}{
		{name: "herido el domingo, murió el martes", lang: "es",
			text: "IRAPUATO, Gto.— El policía municipal que resultó herido en el ataque armado del domingo en la colonia Centro murió la madrugada de este martes en el hospital, con lo que suman tres los agentes asesinados en esa agresión.",
			day:  "2027-06-13"},
		{name: "wounded on Sunday, died Tuesday", lang: "en",
			text: "IRAPUATO, Mexico — A police officer who was wounded when gunmen attacked his patrol on Sunday night died on Tuesday at a hospital, officials said.",
			day:  "2027-06-13"},
		// Control.
		{name: "a death with no wound told", lang: "es",
			text: "IRAPUATO, Gto.— Un hombre murió la madrugada de este martes tras ser atacado a balazos por dos sujetos en la colonia Centro.",
			day:  "2027-06-15"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "wounds", Lang: tt.lang, Kind: model.KindNews, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			if len(got) != 1 {
				t.Fatalf("%d incidents, want 1", len(got))
			}
			if day := got[0].Location.Date(*got[0].Time); day != tt.day {
				t.Errorf("day %s, want %s", day, tt.day)
			}
		})
	}
}

// TestChargedAct checks that a prosecutor's statement opening an
// investigation "por el delito de homicidio" for acts "ocurridos" at a
// time and place reports the act, where a charge alone names a topic.
// The texts are written for the test.
func TestChargedAct(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 6, 16, 12, 0, 0, 0, mexico)
	tests := []struct {
		name, text string
		want       []act
	}{
		{name: "hechos ocurridos, when and where",
			text: "La Fiscalía General del Estado informa que inició carpeta de investigación por el delito de homicidio calificado en agravio de Pedro 'N', de 41 años, por hechos ocurridos a las 20:30 horas del 14 de junio en la colonia Centro de Irapuato.",
			want: []act{{model.Homicide, "Irapuato"}}},
		// Control.
		{name: "a charge, no act told",
			text: "La Fiscalía General del Estado informa que un juez vinculó a proceso a Pedro 'N' por el delito de homicidio calificado en Irapuato.",
			want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "charge", Lang: "es", Kind: model.KindOfficial, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			if acts := pointActs(got); !sameActs(acts, tt.want) {
				t.Errorf("acts %v, want %v", acts, tt.want)
			}
		})
	}
	for f, want := range map[string]bool{
		" calificado, por hechos ocurridos a las 20:30 horas del 14 de junio": true,
		" calificado, hecho ocurrido":                                         false, // nothing told after it
		" calificado en agravio de pedro":                                     false,
	} {
		if got := chargedAct(f); got != want {
			t.Errorf("chargedAct(%q) = %v, want %v", f, got, want)
		}
	}
}
