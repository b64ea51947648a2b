package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestLapseActs checks a sentence that opens with a lapse from the act
// told before it ("Horas antes, ...", "Ya entrada la noche, ...", "El
// mismo jueves, pero en otra colonia, ...") and whose clause has new
// people as its subject ("dos jóvenes fueron asesinados", "un taxista
// fue sacado") — another act of the same day, not the first act's detail
// (art19, family "a second act of the same kind in its own sentence").
// The controls keep one act: a toll told later ("Horas después, uno de
// los heridos murió"), a definite subject that names the act's people
// again ("el comerciante"), a lapse of minutes, and a second mention with
// no lapse.
func TestLapseActs(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2031, 5, 10, 9, 0, 0, 0, mexico) // a Saturday
	tests := []struct {
		name, text string
		want       int
	}{
		{name: "hours before, new victims",
			text: "LEÓN, Gto.- Tres personas murieron la noche del viernes en un ataque armado contra una cantina de la colonia Las Joyas, donde dos sujetos dispararon contra los clientes.\n\nHoras antes, hacia las 14:10 horas, dos jóvenes fueron asesinados a balazos en una vulcanizadora de la colonia San Felipe.",
			want: 2},
		{name: "later that night, gunmen",
			text: "SALAMANCA, Gto.- Por la mañana del viernes, un hombre fue asesinado a balazos cuando salía de su casa en la colonia Bellavista. Ya entrada la noche, hombres armados dispararon contra los clientes de una fonda de la colonia El Pirul; ahí murieron dos mujeres.",
			want: 2},
		{name: "same day, another colonia",
			text: "MEXICALI, B.C.- Un comerciante fue privado de la libertad la tarde del viernes en la colonia Pueblo Nuevo por hombres armados.\n\nEl mismo viernes, pero en la colonia Xochimilco, un taxista de 52 años fue sacado a la fuerza de su vehículo por sujetos que lo subieron a una camioneta.",
			want: 2},
		{name: "hours later, the morning after",
			text: "En Zamora, Michoacán, dos personas fueron asesinadas la noche del jueves cuando hombres armados dispararon contra una reunión en la colonia El Duero. Horas después, la mañana del viernes, un repartidor fue ultimado a tiros en la colonia Jardinadas.",
			want: 2},
		{name: "a burning hours before a kidnapping",
			text: "ZAMORA, Mich.- Un taxista fue privado de la libertad por hombres armados la noche del viernes en la colonia Jacinto López.\n\nHoras antes, desconocidos quemaron dos taxis en un sitio de la colonia Centro.",
			want: 2},
		{name: "a follow-up's toll, then an act named by its noun an hour later (follow29)",
			text: "SALAMANCA, Gto.- El hombre que resultó herido en el ataque armado contra un billar de la colonia Centro, la noche del jueves, murió este viernes en el Hospital General, con lo que suman tres los muertos. En el ataque contra un taller mecánico de la colonia Bellavista, ocurrido una hora después, murieron dos trabajadores.",
			want: 2},
		{name: "a second attack named by its noun, registered hours earlier (follow29)",
			text: "CELAYA, Gto.- Uno de los heridos del ataque armado contra una fiesta de la colonia Las Flores, la noche del jueves, murió este viernes, con lo que suman cinco los muertos. En la agresión contra un puesto de tacos de la colonia Girasoles, registrada dos horas antes, murió el dueño del negocio.",
			want: 2},
		// Controls.
		{name: "the act named again with its hour (follow29)",
			text: "SALAMANCA, Gto.- Murió en el hospital el tercer cliente herido en el billar de la colonia Centro, con lo que suman tres los muertos. El ataque, ocurrido alrededor de las 21:30 horas del jueves, fue perpetrado por dos hombres armados.",
			want: 1},
		{name: "a wounded man dies hours later",
			text: "LEÓN, Gto.- Tres personas murieron la noche del viernes en un ataque armado contra una cantina de la colonia Las Joyas, donde dos sujetos dispararon contra los clientes.\n\nHoras después, uno de los heridos fue asesinado a balazos en el hospital por sujetos que ingresaron al área de urgencias.",
			want: 1},
		{name: "the victim named again",
			text: "MEXICALI, B.C.- Un comerciante fue privado de la libertad la tarde del viernes en la colonia Pueblo Nuevo por hombres armados.\n\nHoras antes, el comerciante fue sacado a la fuerza de su negocio por sujetos que lo subieron a una camioneta.",
			want: 1},
		{name: "minutes later",
			text: "LEÓN, Gto.- Un hombre fue asesinado a balazos la noche del viernes en la colonia Las Joyas.\n\nMinutos después, un policía fue herido a balazos por los mismos agresores cuando intentaba detenerlos.",
			want: 1},
		{name: "the act told again",
			text: "LEÓN, Gto.- Un hombre fue asesinado a balazos la noche del viernes en la colonia Las Joyas.\n\nAlrededor de las 22:00 horas, un hombre fue atacado a balazos por sujetos que viajaban en una motocicleta.",
			want: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "a19", Lang: "es", Kind: model.KindNews, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			if len(got) != tt.want {
				t.Errorf("%d incidents %v, want %d", len(got), actTypes(got), tt.want)
			}
		})
	}
}
