package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestFrames checks the frames of pretence.go and the drill, death and
// rescue readings beside them: an act played, staged or faked; an act
// aimed at a policy; an act done with words or told in a market; a death
// or a rescue with no one who caused it; a course or a drill. Each frame
// has a case that is an act, worded close to it, which must stay one.
func TestFrames(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2028, 8, 2, 9, 0, 0, 0, mexico)
	tests := []struct {
		lang, title, text string
		want              int // violent incidents
	}{
		// Pretence: a word of pretence in the act's clause.
		{"es", "", "Actores escenificaron el martes en la plaza de Celaya el asesinato de un revolucionario ante cientos de turistas.", 0},
		{"es", "", "Vecinos de Irapuato escucharon disparos de salva durante la filmación de una película el domingo.", 0},
		{"en", "", "A man in Tepic faked his own kidnapping on Monday to get money from his parents, police said.", 0},
		{"en", "", "Gunmen kidnapped a businessman in Tepic on Monday, police said.", 1},
		{"en", "", "The new racing game lets players ram patrol cars and shoot at pursuing helicopters across a fictional Baja California.", 0},
		{"es", "", "Sicarios asesinaron a dos jugadores de un equipo de futbol amateur en Celaya el domingo.", 1},
		{"es", "", "Un hombre fingió ser cliente y mató a balazos al dueño de una farmacia en Celaya el martes por la noche.", 1},
		// A policy, a law or a budget as what an act is aimed at.
		{"en", "", "Business groups launched a fierce attack on the state's new payroll tax on Monday in Monterrey.", 0},
		{"es", "", "Diputados del PRI dispararon el jueves contra la iniciativa de seguridad del gobernador de Jalisco.", 0},
		{"en", "", "Gunmen launched an attack on the state police headquarters in Monterrey on Monday.", 1},
		{"es", "", "Sujetos armados dispararon el jueves contra el autor de la iniciativa de seguridad en Zapopan.", 1},
		// Words for bullets, a market's losses, an adjective of a domain.
		{"es", "", "El senador ametralló con preguntas al fiscal de Chihuahua durante la comparecencia del martes.", 0},
		{"en", "", "Brokers in Mexico City spoke of a bloodbath in mining shares on Tuesday.", 0},
		{"es", "", "La sesión del Cabildo de Toluca terminó en un enfrentamiento verbal entre regidores el lunes.", 0},
		{"es", "", "La sesión del Cabildo de Toluca terminó en un enfrentamiento a balazos entre escoltas el lunes.", 1},
		// A fall that is no arrest.
		{"es", "", "Las exportaciones de aguacate de Uruapan cayeron 12% en julio, informó la asociación de productores.", 0},
		// A death or a rescue with no one who caused it.
		{"en", "", "A retired bullfighter died on Sunday at his home in Aguascalientes at the age of 92, his family said.", 0},
		{"es", "", "Guardavidas rescataron a seis bañistas arrastrados por el oleaje en Playa Bagdad, Matamoros, el domingo.", 0},
		{"es", "", "Policías estatales rescataron a seis personas secuestradas en una casa de Matamoros el domingo.", 1},
		// A course or a drill.
		{"es", "", "Veinte agentes de Pachuca fueron capacitados en negociación, primeros auxilios y liberación de secuestrados.", 0},
		{"en", "", "Soldiers in Mazatlán rehearsed on Friday an exercise simulating an attack by gunmen on a hotel.", 0},
	}
	for _, tt := range tests {
		r := model.Report{ID: "f", Kind: model.KindNews, Lang: tt.lang, Title: tt.title, Text: tt.text, Published: pub}
		got := e.Extract(r)
		if n := violent(got); n != tt.want {
			t.Errorf("%q: %d violent incidents; want %d: %+v", tt.text, n, tt.want, got)
		}
	}
}
