package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestRecall30 covers recall30's rules: an earlier act of a kind told
// after a frame that counts the act told as one more of it ("Es el
// segundo hallazgo de la semana: el lunes, …", colonLapse), and people
// shot at together as a group, an armed attack (attackScene). Texts
// written for this test.
func TestRecall30(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2031, 6, 13, 9, 0, 0, 0, mexico) // a Friday
	tests := []struct {
		name, text string
		want       []model.IncidentType
	}{
		{name: "an ordinal frame, then a day",
			text: "TORREÓN, Coah.- El cuerpo de un hombre fue hallado la mañana de este jueves en un lote baldío de la colonia Aviación. Es el segundo hallazgo de la semana en la ciudad: el lunes por la tarde, trabajadores localizaron los cuerpos de dos hombres atados cerca de las vías del tren.",
			want: []model.IncidentType{model.Homicide, model.Homicide}},
		{name: "an ordinal frame, then a night of a day, a group shot",
			text: "TORREÓN, Coah.- Un hombre fue asesinado a balazos la noche de este jueves frente a un taller de la colonia Aviación. Es el segundo hecho violento en la colonia en una semana: la noche del domingo, sujetos armados dispararon contra un grupo de vecinos reunidos en una banqueta y mataron a dos.",
			want: []model.IncidentType{model.Homicide, model.ArmedAttack}},
		{name: "an ordinal frame, then last Saturday and another victim",
			text: "TORREÓN, Coah.- Un comerciante fue privado de la libertad por hombres armados la tarde de este jueves en la colonia Aviación. Es el segundo secuestro en la zona en una semana: el sábado pasado, otro comerciante fue subido por la fuerza a una camioneta.",
			want: []model.IncidentType{model.Kidnapping, model.Kidnapping}},
		{name: "a group of neighbours shot, two killed",
			text: "TORREÓN, Coah.- La noche del domingo, sujetos armados dispararon contra un grupo de vecinos reunidos en una banqueta de la colonia Aviación y mataron a dos.",
			want: []model.IncidentType{model.ArmedAttack}},
		{name: "a day later, in the same colonia",
			text: "TORREÓN, Coah.- El cuerpo de un hombre fue localizado la mañana del lunes en un terreno de la colonia Aviación. Un día después, en la misma colonia, fueron localizados los cuerpos de dos hombres envueltos en cobijas.",
			want: []model.IncidentType{model.Homicide, model.Homicide}},
		// Controls.
		{name: "the victim dies a day later",
			text: "TORREÓN, Coah.- Un joven fue atacado a balazos la noche del lunes cuando caminaba por la colonia Aviación. Un día después, el joven murió en el hospital a causa de las heridas.",
			want: []model.IncidentType{model.ArmedAttack}},
		{name: "an ordinal count with no act told",
			text: "TORREÓN, Coah.- Un hombre fue asesinado a balazos la noche de este jueves en la colonia Aviación. Es el tercer homicidio en la ciudad en lo que va de la semana, según el conteo de este medio.",
			want: []model.IncidentType{model.Homicide}},
		{name: "a frame with no ordinal, then the act told",
			text: "TORREÓN, Coah.- Un hombre fue asesinado a balazos la noche de este jueves en la colonia Aviación. Así lo confirmó la Fiscalía: el jueves, un hombre fue atacado a balazos por sujetos que huyeron en una motocicleta.",
			want: []model.IncidentType{model.Homicide}},
		{name: "one of a group killed is a homicide",
			text: "TORREÓN, Coah.- La noche de este jueves, sujetos armados dispararon contra un grupo de jóvenes en una esquina de la colonia Aviación y mataron a uno.",
			want: []model.IncidentType{model.Homicide}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "r30", Lang: "es", Kind: model.KindNews, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			if ts := actTypes(got); !slices.Equal(ts, tt.want) {
				t.Errorf("got %v, want %v", ts, tt.want)
			}
		})
	}
}

// TestDayLapse checks the days a sentence's opener puts between the act
// told before and its own (dayLapse), and that the act is dated by them.
func TestDayLapse(t *testing.T) {
	for _, tt := range []struct {
		f    string
		want int
	}{
		{"un dia despues, en la misma colonia, fueron localizados", 1},
		{"al dia siguiente, sujetos armados incendiaron", 1},
		{"a day later, gunmen killed", 1},
		{"dos dias antes, ", -2},
		{"the day before, ", -1},
		{"horas despues, un hombre", 0},
		{"un dia despues de que", 0},
		{"diez dias despues, ", 0},
	} {
		if got := dayLapse(tt.f); got != tt.want {
			t.Errorf("dayLapse(%q) = %d, want %d", tt.f, got, tt.want)
		}
	}
	e := realExtractor(t)
	r := model.Report{ID: "r30", Lang: "es", Kind: model.KindNews, Published: time.Date(2031, 6, 13, 9, 0, 0, 0, mexico),
		Text: "TORREÓN, Coah.- El cuerpo de un hombre fue localizado la mañana del lunes en un terreno de la colonia Aviación. Un día después, en la misma colonia, fueron localizados los cuerpos de dos hombres envueltos en cobijas."}
	got := e.Extract(r)
	if len(got) != 2 || got[1].Time == nil {
		t.Fatalf("got %v", actTypes(got))
	}
	if day := got[1].Time.In(mexico).Format(time.DateOnly); day != "2031-06-10" {
		t.Errorf("the act a day later is dated %s, want 2031-06-10", day)
	}
}
