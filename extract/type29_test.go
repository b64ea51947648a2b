package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestVictimsFound checks the victims named by their finding ("las
// víctimas halladas el martes") as the bodies found (branch type29): the
// earlier disappearance the sentence tells of them ("habían sido
// reportadas como desaparecidas") is no kidnapping of its own. Controls:
// a disappearance told alone, and a sentence that names the bodies found
// with a cue of its own.
func TestVictimsFound(t *testing.T) {
	pub := time.Date(2044, 3, 16, 10, 0, 0, 0, mexico) // a Wednesday
	checkActRows(t, "t29", pub, []actRow{
		{name: "the victims found had been reported missing",
			text:  "Las dos víctimas halladas el martes en la comunidad de Zóquite, en Guadalupe, Zacatecas, eran originarias de Fresnillo y habían sido reportadas como desaparecidas.",
			want:  []model.IncidentType{model.Homicide},
			munis: []string{"32017"}},
		{name: "one victim found, told by the Fiscalía",
			text: "URUAPAN, Mich.- La Fiscalía informó que la víctima localizada el lunes en un paraje de la colonia Toreo había sido reportada como desaparecida desde el viernes.",
			want: []model.IncidentType{model.Homicide}},
		// Controls.
		{name: "a disappearance told alone",
			text: "URUAPAN, Mich.- Familiares de un comerciante de la colonia Centro pidieron ayuda para localizarlo; desapareció el lunes por la tarde.",
			want: []model.IncidentType{model.Kidnapping}},
		{name: "the bodies found with a cue of their own",
			text: "GUADALUPE, Zac.- Los dos hombres cuyos cuerpos fueron localizados el martes en la comunidad de Zóquite habían sido reportados como desaparecidos desde el domingo.",
			want: []model.IncidentType{model.Homicide}},
	})
}

// TestSuspectsFell checks an attack on the forces in which attackers died
// too, the attackers named as the suspects a force's statement calls them
// ("presuntos integrantes de un grupo delictivo", "suspected members of a
// criminal group") or told after "tras el ataque contra una patrulla":
// the forces answered, an armed_clash (gold README, attacks on forces;
// branch type29). Controls: only the forces' dead, suspects arrested,
// suspects dead in an operation with no attack told, and dead suspects
// with no force named.
func TestSuspectsFell(t *testing.T) {
	pub := time.Date(2044, 3, 19, 10, 0, 0, 0, mexico) // a Saturday
	checkActRows(t, "t29s", pub, []actRow{
		{name: "police and suspects dead after an ambush",
			text: "ZITÁCUARO, Mich.- Dos policías estatales y cuatro presuntos delincuentes murieron la noche del viernes luego de que un grupo armado emboscó a una patrulla en la carretera Zitácuaro–Huetamo.",
			want: []model.IncidentType{model.ArmedClash}},
		{name: "members of a cell dead after the attack on soldiers",
			text: "COALCOMÁN, Mich.- Un militar y tres presuntos integrantes de una célula delictiva perdieron la vida tras la agresión armada contra elementos del Ejército la tarde del viernes en Coalcomán.",
			want: []model.IncidentType{model.ArmedClash}},
		{name: "suspected members of a criminal group died",
			lang: "en",
			text: "COALCOMAN, Mexico (Meridian) — Two soldiers and four suspected members of a criminal group died on Friday after an army convoy was attacked near Coalcomán, in Michoacán state.",
			want: []model.IncidentType{model.ArmedClash}},
		{name: "hitmen dead after the attack on a patrol",
			text: "APATZINGÁN, Mich.- Un soldado y dos presuntos sicarios murieron tras el ataque contra una patrulla del Ejército la mañana del viernes en la comunidad de El Alcalde.",
			want: []model.IncidentType{model.ArmedClash}},
		// Controls.
		{name: "only the forces died",
			text: "APATZINGÁN, Mich.- Dos soldados murieron tras el ataque contra una patrulla del Ejército la mañana del viernes en la comunidad de El Alcalde.",
			want: []model.IncidentType{model.ArmedAttack}},
		{name: "suspects killed in an operation",
			text: "COALCOMÁN, Mich.- Elementos del Ejército abatieron a cuatro presuntos integrantes de un grupo criminal durante un operativo la tarde del viernes en Coalcomán.",
			want: []model.IncidentType{model.SecurityOperation}},
		{name: "dead suspects and no force",
			text: "ZITÁCUARO, Mich.- Tres presuntos integrantes de un grupo delictivo fueron asesinados en una emboscada la noche del viernes en la carretera Zitácuaro–Huetamo.",
			want: []model.IncidentType{model.Homicide}},
	})
}
