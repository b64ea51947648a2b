package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestInvertedSubjectAfterLapse checks a second act of one kind told after
// a lapse opener by an inverted passive, its new subject after the verb
// ("Dos horas después, en el kilómetro 25 de la misma carretera, fue
// localizado el cadáver de otro hombre"; absorb28's probe, line 6): another
// act, where the act's own people named again, a thing found or a victim
// counted by an ordinal stay the act told before.
func TestInvertedSubjectAfterLapse(t *testing.T) {
	pub := time.Date(2041, 3, 9, 21, 0, 0, 0, mexico) // a Saturday evening
	checkActRows(t, "a28", pub, []actRow{
		{name: "a body found at another road point, the body noun the cue",
			text: "SALAMANCA, Gto.- Un hombre fue asesinado a balazos la mañana de este sábado en el kilómetro 12 de la carretera federal 43, cuando circulaba en su motocicleta. Dos horas después, en el kilómetro 25 de la misma carretera, fue localizado el cadáver de otro hombre con impactos de bala junto a una camioneta.",
			want: []model.IncidentType{model.Homicide, model.Homicide}},
		{name: "the manner between the participle and the subject",
			text: "SALAMANCA, Gto.- Un hombre fue asesinado a balazos la mañana de este sábado en el kilómetro 12 de la carretera federal 43. Dos horas después, en el kilómetro 25 de la misma carretera, fue asesinado a balazos otro hombre que viajaba en una camioneta.",
			want: []model.IncidentType{model.Homicide, model.Homicide}},
		{name: "bodies counted after the participle",
			text: "CULIACÁN, Sin.- Un joven fue asesinado a tiros la mañana de este sábado en la colonia Infonavit Humaya. Horas más tarde, en la colonia Tierra Blanca, fueron localizados los cuerpos de dos hombres envueltos en cobijas.",
			want: []model.IncidentType{model.Homicide, model.Homicide}},
		{name: "the cue opens the clause",
			text: "CELAYA, Gto.- Un taxista fue ultimado a balazos la mañana de este sábado en la colonia Las Américas. Ya entrada la noche, fue privado de la vida un comerciante en la comunidad de Rincón de Tamayo.",
			want: []model.IncidentType{model.Homicide, model.Homicide}},
		{name: "a second kidnapping",
			text: "ACAPULCO, Gro.- Sujetos armados privaron de la libertad a un comerciante en la colonia Progreso la mañana de este sábado. Horas después, en la colonia La Laja, fue privado de la libertad otro hombre por un comando armado.",
			want: []model.IncidentType{model.Kidnapping, model.Kidnapping}},
		// Controls: one act.
		{name: "the victim declared dead",
			text: "SALAMANCA, Gto.- Un hombre fue baleado la mañana de este sábado en la colonia Bellavista. Horas después, en el hospital general, fue declarado muerto el lesionado.",
			want: []model.IncidentType{model.ArmedAttack}},
		{name: "another of the wounded declared dead",
			text: "CELAYA, Gto.- Dos hombres fueron heridos a balazos la mañana de este sábado en la colonia Centro. Horas después, en el hospital, fue declarado muerto otro de los lesionados.",
			want: []model.IncidentType{model.ArmedAttack}},
		{name: "the body identified",
			text: "CULIACÁN, Sin.- Un joven fue asesinado a tiros la mañana de este sábado en la colonia Infonavit Humaya. Horas después, en las instalaciones del Servicio Médico Forense, fue identificado el cuerpo del joven por sus familiares.",
			want: []model.IncidentType{model.Homicide}},
		{name: "a thing found",
			text: "CULIACÁN, Sin.- Un joven fue asesinado a tiros la mañana de este sábado en la colonia Infonavit Humaya. Horas más tarde, fue localizado el vehículo en el que huyeron los agresores.",
			want: []model.IncidentType{model.Homicide}},
	})
}

// TestAuxOnly checks the words before a cue that leave its subject to
// follow the verb.
func TestAuxOnly(t *testing.T) {
	tests := []struct {
		p    string
		want bool
	}{
		{"", true},
		{"fue ", true},
		{"fueron localizados los ", true},
		{"was ", true},
		{"un hombre fue ", false},
		{"el comerciante fue ", false},
		{"se encontro el ", true},
		{"se ", true},
		{"junto con el fue ", false},
	}
	for _, tt := range tests {
		if got := auxOnly(tt.p); got != tt.want {
			t.Errorf("auxOnly(%q) = %v, want %v", tt.p, got, tt.want)
		}
	}
}

// TestOtherAfterCue checks "otro" told after the verb of an act of the
// type just told, the clause before the cue only an auxiliary or an
// impersonal "se" ("Asimismo, en Tlaquepaque, se encontró el cadáver de
// otro hombre"; absorb28's probe, line 12): in a place of its own,
// another act, as "otro hombre fue hallado" is; with none ("En el mismo
// ataque", "Ahí mismo"), "otro de los lesionados" and a clause with its
// own subject ("junto con él") stay the act told.
func TestOtherAfterCue(t *testing.T) {
	pub := time.Date(2041, 3, 9, 21, 0, 0, 0, mexico) // a Saturday evening
	checkActRows(t, "a28", pub, []actRow{
		{name: "a body found in another town, impersonal se",
			text:  "ZAPOPAN, Jal.- El cuerpo de un hombre fue localizado la mañana de este sábado en un lote baldío cercano a la avenida Periférico. Asimismo, en Tlaquepaque, se encontró el cadáver de otro hombre envuelto en cobijas.",
			want:  []model.IncidentType{model.Homicide, model.Homicide},
			munis: []string{"14120", "14098"}},
		{name: "a killing in another town, the manner before otro",
			text:  "ZAPOPAN, Jal.- Un hombre fue asesinado a balazos la mañana de este sábado afuera de su domicilio. En Tlaquepaque, fue asesinado a balazos otro hombre que viajaba en una camioneta.",
			want:  []model.IncidentType{model.Homicide, model.Homicide},
			munis: []string{"14120", "14098"}},
		// Controls: one act.
		{name: "another of the wounded",
			text: "ZAPOPAN, Jal.- Dos hombres resultaron heridos en un ataque armado la mañana de este sábado en la colonia Centro. Más tarde murió otro de los lesionados en el hospital.",
			want: []model.IncidentType{model.ArmedAttack}},
		{name: "in the same attack",
			text: "CELAYA, Gto.- Hombres armados dispararon contra un hombre la noche del sábado en la colonia Centro y lo dejaron herido. En el mismo ataque, hirieron a otro hombre que pasaba por el lugar.",
			want: []model.IncidentType{model.ArmedAttack}},
		{name: "right there",
			text: "CELAYA, Gto.- Un hombre fue asesinado a balazos la noche del sábado en la colonia Centro. Ahí mismo, fue asesinado otro hombre que lo acompañaba.",
			want: []model.IncidentType{model.Homicide}},
		{name: "taken with him",
			text: "CELAYA, Gto.- Un comerciante fue privado de la libertad la noche del sábado en la colonia Centro. Junto con él fue privado de la libertad otro hombre, su empleado.",
			want: []model.IncidentType{model.Kidnapping}},
	})
}
