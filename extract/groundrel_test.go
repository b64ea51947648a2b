package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestGroundActRelative checks the act an arrest report names as its
// ground and dates in a relative clause ("el ataque en el que murieron
// dos policías el pasado jueves") or in a sentence of its own after the
// arrest ("Los detenidos son investigados por su probable participación
// en el ataque armado registrado el pasado sábado ...") — an act of its
// own (art19, family "past acts in relative clauses"). The controls: a
// charge with no day, an act months before, and an act the report told
// first in a sentence of its own (named again, not another).
func TestGroundActRelative(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2031, 5, 11, 13, 0, 0, 0, mexico) // a Sunday
	arrest := "TEPIC, Nay.- Agentes ministeriales detuvieron la tarde de este domingo a tres hombres en un domicilio de la colonia Lomas Verdes, donde se aseguraron dos armas largas.\n\n"
	tests := []struct {
		name, text string
		want       []act
	}{
		{name: "relative clause dates the act",
			text: "CUERNAVACA, Mor.- Agentes de la Fiscalía detuvieron este domingo a dos hombres señalados como probables participantes en el ataque en el que murieron dos policías estatales el pasado viernes en la colonia Antonio Barona.",
			want: []act{{model.SecurityOperation, "Cuernavaca"}, {model.ArmedAttack, "Cuernavaca"}}},
		{name: "the ground in a sentence after the arrest",
			text: arrest + "Los detenidos son investigados por su probable participación en el ataque armado registrado el pasado sábado en una cantina de la zona centro, donde sujetos armados dispararon contra los presentes y cuatro personas perdieron la vida.",
			want: []act{{model.SecurityOperation, "Tepic"}, {model.ArmedAttack, "Tepic"}}},
		// recall59: the plural of the people held, the act's place before
		// its relative clause, the act's day right after its noun.
		{name: "held ones related to the act",
			text: arrest + "Los detenidos estarían relacionados con el homicidio de un taxista ocurrido el viernes en la colonia Centro.",
			want: []act{{model.SecurityOperation, "Tepic"}, {model.Homicide, "Tepic"}}},
		{name: "the act's place before its relative clause",
			text: "TEPIC, Nay.- Agentes ministeriales detuvieron este domingo a dos hombres señalados como probables participantes en el ataque armado contra un taller mecánico de la colonia Lomas Verdes, donde la noche del viernes fueron asesinados tres trabajadores.",
			want: []act{{model.SecurityOperation, "Tepic"}, {model.ArmedAttack, "Tepic"}}},
		{name: "the act's day after its noun",
			text: arrest + "Según la Fiscalía, los detenidos participaron en el ataque del viernes contra policías estatales en esa misma colonia.",
			want: []act{{model.SecurityOperation, "Tepic"}, {model.ArmedAttack, "Tepic"}}},
		{name: "an act ten days before",
			text: arrest + "Los detenidos estarían relacionados con el ataque armado registrado el pasado 1 de mayo en una cantina de la zona centro, donde murieron dos personas.",
			want: []act{{model.SecurityOperation, "Tepic"}, {model.ArmedAttack, "Tepic"}}},
		// Controls.
		{name: "acts in the plural, held for",
			text: arrest + "La Fiscalía informó que suman doce los detenidos por los bloqueos del viernes en la zona metropolitana.",
			want: []act{{model.SecurityOperation, "Tepic"}}},
		{name: "a charge",
			text: arrest + "Los detenidos son investigados por los delitos de homicidio y portación de armas de uso exclusivo.",
			want: []act{{model.SecurityOperation, "Tepic"}}},
		{name: "an act months before",
			text: arrest + "Los detenidos son investigados por su probable participación en el homicidio de un comerciante ocurrido el 3 de enero de 2031.",
			want: []act{{model.SecurityOperation, "Tepic"}}},
		{name: "the act told first",
			text: "TEPIC, Nay.- Hombres armados dispararon la noche del sábado contra los clientes de una cantina de la zona centro; cuatro personas perdieron la vida.\n\nAgentes ministeriales detuvieron la tarde de este domingo a tres hombres en un domicilio de la colonia Lomas Verdes.\n\nLos detenidos son investigados por su probable participación en el ataque armado registrado el pasado sábado en la cantina.",
			want: []act{{model.ArmedAttack, "Tepic"}, {model.SecurityOperation, "Tepic"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "a19", Lang: "es", Kind: model.KindNews, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			checkActs(t, got, tt.want)
		})
	}
}
