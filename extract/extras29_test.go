package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestOriginNoAct checks that a town the victims came from ("había salido
// de", "procedentes de", "originarias de") is not the place of a second
// act (branch extras29). Control: an act told in the town itself.
func TestOriginNoAct(t *testing.T) {
	pub := time.Date(2041, 3, 11, 8, 0, 0, 0, mexico) // a Monday
	checkActRows(t, "x29", pub, []actRow{
		{name: "a family that had left one town attacked in another",
			text:  "Una familia que había salido de Irapuato con rumbo a León fue atacada a balazos la noche del domingo en la comunidad de Sarabia, en Villagrán. El conductor murió en el lugar.",
			want:  []model.IncidentType{model.ArmedAttack},
			munis: []string{"11044"}},
		{name: "travellers from a town, killed in another",
			text:  "Dos hombres procedentes de Reynosa fueron asesinados a tiros la tarde del domingo en una brecha de Río Bravo, informó la Fiscalía.",
			want:  []model.IncidentType{model.Homicide},
			munis: []string{"28033"}},
		// Control.
		{name: "the act in the town named",
			text:  "Una familia fue atacada a balazos la noche del domingo en Irapuato. El conductor murió en el lugar.",
			want:  []model.IncidentType{model.ArmedAttack},
			munis: []string{"11017"}},
	})
}

// TestNationalCountBeside checks that a count of acts over the whole
// country or several states beside an act ("el domingo se registraron 80
// homicidios dolosos en todo el país", "dejó al menos 20 muertos en cinco
// estados") is a statistic, no act of its own (branch extras29).
func TestNationalCountBeside(t *testing.T) {
	pub := time.Date(2041, 3, 11, 8, 0, 0, 0, mexico) // a Monday
	checkActRows(t, "x29n", pub, []actRow{
		{name: "the daily national count after an act",
			text:  "Un hombre fue asesinado a balazos la noche del domingo en la colonia Centro, en Celaya. De acuerdo con el conteo diario del gabinete de seguridad, el domingo se registraron 80 homicidios dolosos en todo el país.",
			want:  []model.IncidentType{model.Homicide},
			munis: []string{"11007"}},
		{name: "a weekend's toll over several states after an act",
			text:  "Un hombre fue asesinado a balazos la noche del domingo en la colonia Centro, en Celaya. El fin de semana dejó al menos 20 muertos en cinco estados del centro del país.",
			want:  []model.IncidentType{model.Homicide},
			munis: []string{"11007"}},
		{name: "the daily national count after acts in two states",
			text:  "En Sonora, un enfrentamiento entre civiles armados y policías estatales dejó cuatro muertos la tarde del domingo en Cajeme. En tanto, en Michoacán, dos hombres fueron asesinados a balazos el sábado en Uruapan. De acuerdo con el conteo diario del gabinete de seguridad, el domingo se registraron 65 homicidios dolosos en todo el país.",
			want:  []model.IncidentType{model.ArmedClash, model.Homicide},
			munis: []string{"26018", "16102"}},
		{name: "a weekend's toll over states before the acts",
			text:  "El fin de semana dejó al menos doce muertos en tres estados del norte del país. El sábado, cuatro personas murieron en el ataque a un bar de Cajeme, Sonora. El domingo, un comando asesinó a tres hombres en Fresnillo, Zacatecas.",
			want:  []model.IncidentType{model.ArmedAttack, model.Homicide},
			munis: []string{"26018", "32010"}},
		{name: "nationwide, in English",
			text:  "CELAYA, Guanajuato - Gunmen shot dead a man on Sunday night in downtown Celaya, police said. Mexico recorded 80 homicides nationwide on Sunday, according to the daily government count.",
			want:  []model.IncidentType{model.Homicide},
			munis: []string{"11007"}},
	})
}

// TestCargoNoArrest checks that the lawful cargo the victims carried
// ("transportaban autopartes", "transportaba ganado") is no arrest beside
// the act (branch extras29). Control: drugs carried by those arrested.
func TestCargoNoArrest(t *testing.T) {
	pub := time.Date(2041, 3, 11, 8, 0, 0, 0, mexico) // a Monday
	checkActRows(t, "x29c", pub, []actRow{
		{name: "drivers who carried car parts",
			text:  "Dos choferes fueron asesinados a balazos la noche del domingo en la carretera federal 45, en Salamanca. Los hombres eran de Querétaro y transportaban autopartes hacia Guadalajara.",
			want:  []model.IncidentType{model.Homicide},
			munis: []string{"11027"}},
		{name: "a cattle truck's driver",
			text:  "Un chofer fue asesinado a balazos la noche del domingo en la carretera federal 45, en Salamanca. El hombre transportaba ganado hacia el rastro de Irapuato.",
			want:  []model.IncidentType{model.Homicide},
			munis: []string{"11027"}},
		// Control.
		{name: "drugs carried by those arrested",
			text:  "Un chofer fue asesinado a balazos la noche del domingo en Salamanca. El lunes, policías estatales detuvieron en Irapuato a dos hombres que transportaban 40 kilos de metanfetamina.",
			want:  []model.IncidentType{model.Homicide, model.SecurityOperation},
			munis: []string{"11027", "11017"}},
	})
}
