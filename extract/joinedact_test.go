package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestJoinedActs checks a sentence that tells two acts of different kinds
// at one place, the second in a clause opened by a join and a lapse or by
// "mientras que", each with a subject of its own (recall59, joinedact.go).
// Controls: a raid's steps told by one subject, a clause whose subject is
// the first act's, and two acts of one family.
func TestJoinedActs(t *testing.T) {
	pub := time.Date(2031, 5, 11, 13, 0, 0, 0, mexico) // a Sunday
	checkActRows(t, "j59", pub, []actRow{
		{name: "a lapse and a new subject",
			text:  "URUAPAN, Mich.- El viernes por la mañana fue privado de la libertad un comerciante en la colonia Centro, y esa misma noche un joven fue asesinado a balazos a unas cuadras de ahí.",
			want:  []model.IncidentType{model.Homicide, model.Kidnapping}, // (the draft the sentence made, typed by its later act, first)
			munis: []string{"16102", "16102"}},
		{name: "a part of the day and attackers",
			text: "ZAMORA, Mich.- Una tienda de abarrotes fue incendiada la madrugada del sábado en la colonia Jardinadas, y por la tarde hombres armados privaron de la libertad a dos jóvenes en la misma colonia.",
			want: []model.IncidentType{model.BusinessAttack, model.Kidnapping}},
		{name: "mientras que and a new subject",
			text: "ZAMORA, Mich.- Un hombre fue asesinado a balazos el sábado en la colonia Jardinadas, mientras que en la colonia Centro un grupo armado privó de la libertad a dos jóvenes.",
			want: []model.IncidentType{model.Homicide, model.Kidnapping}},
		// Controls.
		{name: "a raid's steps",
			text: "VALPARAÍSO, Zac.- Los pobladores relataron que el sábado hombres armados llegaron en cuatro camionetas, dispararon al aire y después incendiaron las casas.",
			want: []model.IncidentType{model.ArmedAttack}},
		{name: "the first act's subject",
			text: "ZAMORA, Mich.- Una tienda de abarrotes fue incendiada la madrugada del sábado en la colonia Jardinadas, y por la tarde el dueño fue privado de la libertad.",
			want: []model.IncidentType{model.BusinessAttack}},
	})
}

// TestJoinedActPart checks the hour of the part of the day each act of a
// joined sentence takes (day precision): the later act the lapse's ("y
// esa misma noche", "y por la tarde"), the first its own ("por la
// mañana", "la madrugada").
func TestJoinedActPart(t *testing.T) {
	pub := time.Date(2031, 5, 11, 13, 0, 0, 0, mexico) // a Sunday
	e := realExtractor(t)
	for _, tt := range []struct {
		text  string
		want  []model.IncidentType
		hours []int
	}{
		{"URUAPAN, Mich.- El viernes por la mañana fue privado de la libertad un comerciante en la colonia Centro, y esa misma noche un joven fue asesinado a balazos a unas cuadras de ahí.",
			[]model.IncidentType{model.Homicide, model.Kidnapping}, []int{21, 9}},
		{"ZAMORA, Mich.- Una tienda de abarrotes fue incendiada la madrugada del sábado en la colonia Jardinadas, y por la tarde hombres armados privaron de la libertad a dos jóvenes en la misma colonia.",
			[]model.IncidentType{model.BusinessAttack, model.Kidnapping}, []int{3, 16}},
	} {
		got := extractActs(t, e, "jp", model.KindNews, "es", tt.text, pub, tt.want)
		for i, in := range got {
			if in.Time == nil || in.TimePrecision != model.TimeDay {
				t.Errorf("%q: %s time %v/%s, want a day", tt.text, in.Type, in.Time, in.TimePrecision)
				continue
			}
			if h := in.Time.In(in.Location.Zone()).Hour(); h != tt.hours[i] {
				t.Errorf("%q: %s at %d:00, want %d:00", tt.text, in.Type, h, tt.hours[i])
			}
		}
	}
}
