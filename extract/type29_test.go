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
