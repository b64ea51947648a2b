package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestRetoldOverviews checks a lead that sums up a weekend or a day of
// several acts ("Un comerciante asesinado y dos camiones incendiados
// marcaron el fin de semana") whose acts the report then tells one by
// one, another act told between: the lead is no act of its own
// (retoldOverviews, and a summary cue with a town in a long text). Traps:
// a lead that is the report's only telling of its act, and a summary
// sentence that tells the act itself, stay acts.
func TestRetoldOverviews(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2041, 3, 5, 9, 0, 0, 0, mexico) // a Tuesday
	tests := []struct {
		name, text, lang string
		want             []model.IncidentType
		munis            []string
	}{
		{name: "un fin de semana resumido, luego sus actos",
			text:  "URUAPAN, Mich.- Un comerciante asesinado y dos camiones incendiados marcaron el fin de semana en la región. El sábado, hombres armados incendiaron dos camiones en la carretera a Paracho. El domingo a las 20:00 horas fue asesinado a balazos un comerciante en la colonia Centro de Uruapan.",
			want:  []model.IncidentType{model.Blockade, model.Homicide},
			munis: []string{"16102", "16102"}},
		{name: "a weekend summed up, then its acts",
			text:  "MONTERREY, N.L. — A murdered shopkeeper and two missing brothers capped a violent weekend in the Monterrey area. On Saturday, two brothers went missing after leaving a party in Apodaca, relatives said. On Sunday at about 9 p.m., a shopkeeper was shot dead inside his store in the Mitras Centro neighborhood of Monterrey.",
			lang:  "en",
			want:  []model.IncidentType{model.Kidnapping, model.Homicide},
			munis: []string{"19006", "19039"}},
		{name: "otra jornada violenta en un pueblo, luego sus actos",
			text:  "CIUDAD JUÁREZ, Chih.- El lunes fue otra jornada violenta en Ciudad Juárez. Por la mañana, un hombre fue asesinado a balazos en la colonia Anapra. Por la tarde, agentes municipales detuvieron a tres hombres con armas largas en la colonia Galeana.",
			want:  []model.IncidentType{model.Homicide, model.SecurityOperation},
			munis: []string{"08037", "08037"}},
		// Traps: the lead tells its act.
		{name: "the lead is the only telling of its killing",
			text:  "CELAYA, Gto.- Un taxista asesinado marcó el fin de semana en Celaya. El sábado, dos hombres fueron detenidos en Villagrán con armas largas.",
			want:  []model.IncidentType{model.Homicide, model.SecurityOperation},
			munis: []string{"11007", "11044"}},
		{name: "una noche violenta que cuenta su ataque",
			text:  "CELAYA, Gto.- Una noche violenta se vivió en Celaya, donde hombres armados atacaron a balazos un bar de la colonia Centro y dejaron tres heridos. Vecinos reportaron decenas de disparos.",
			want:  []model.IncidentType{model.ArmedAttack},
			munis: []string{"11007"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractActs(t, e, "o26", model.KindNews, tt.lang, tt.text, pub, tt.want)
			checkMunis(t, got, tt.munis)
		})
	}
}
