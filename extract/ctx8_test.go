package extract

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestDeadAfterClash checks that the dead of a clash told after "tras",
// "after", "following" or "después de" are the clash's toll: the sentence
// reports the clash (its type, its dead), not the arrests made after it,
// in Spanish and in English; an arrest told in a sentence of its own after
// the clash ("Al terminar el intercambio de disparos, detuvieron a dos")
// stays an operation with no dead. The texts are written for the test; the
// controls keep an arrest after a clash with no one dead an arrest.
func TestDeadAfterClash(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 6, 16, 12, 0, 0, 0, mexico)
	// tolled is an incident's type with its dead and detained (-1: not said).
	type tolled struct {
		typ              model.IncidentType
		killed, detained int
	}
	n := func(c *model.Count) int {
		if c == nil {
			return -1
		}
		return c.N
	}
	tests := []struct {
		name, lang, text string
		want             []tolled
	}{
		{name: "dead and arrested tras un enfrentamiento", lang: "es",
			text: "CAMARGO, Chih.- Cuatro presuntos sicarios murieron y tres más fueron detenidos la noche del lunes tras un enfrentamiento con policías estatales en un rancho de Camargo.",
			want: []tolled{{model.ArmedClash, 4, 3}}},
		{name: "perdieron la vida, después de un enfrentamiento", lang: "es",
			text: "Dos hombres armados perdieron la vida y cinco fueron detenidos después de un enfrentamiento con elementos del Ejército en la sindicatura de Costa Rica, en Culiacán, Sinaloa.",
			want: []tolled{{model.ArmedClash, 2, 5}}},
		{name: "killed and arrested after a clash", lang: "en",
			text: "Three suspected cartel gunmen were killed and two others were arrested after a clash with soldiers near Caborca, Sonora, on Monday, the army said.",
			want: []tolled{{model.ArmedClash, 3, 2}}},
		{name: "died following a shootout", lang: "en",
			text: "Two gunmen died following a shootout with state police in Fresnillo, Zacatecas, late on Monday.",
			want: []tolled{{model.ArmedClash, 2, -1}}},
		{name: "the arrest in a sentence of its own", lang: "es",
			text: "JIMÉNEZ, Chih.- Tres presuntos delincuentes murieron y dos más fueron detenidos la madrugada del lunes tras un enfrentamiento con la Guardia Nacional en la carretera federal 49, en Jiménez. Al terminar el intercambio de disparos, los agentes detuvieron a dos hombres que huían a pie.",
			want: []tolled{{model.ArmedClash, 3, 2}, {model.SecurityOperation, -1, 2}}},
		{name: "killed and wounded after a gun battle", lang: "en",
			text: "Four suspected gunmen were killed and a municipal police officer was wounded on Sunday after a gun battle in Matamoros, Tamaulipas, officials said.",
			want: []tolled{{model.ArmedClash, 4, -1}}},
		{name: "muertos y un herido tras un enfrentamiento", lang: "es",
			text: "Tres civiles armados murieron y un policía estatal resultó herido tras un enfrentamiento en Guadalupe, Zacatecas.",
			want: []tolled{{model.ArmedClash, 3, -1}}},
		// Controls: no one dead, the arrest is what the sentence reports.
		{name: "only arrested tras un enfrentamiento", lang: "es",
			text: "Dos hombres fueron detenidos tras un enfrentamiento con policías estatales en Fresnillo, Zacatecas.",
			want: []tolled{{model.SecurityOperation, -1, 2}}},
		{name: "only arrested after a shootout", lang: "en",
			text: "Two men were arrested after a shootout with state police in Fresnillo, Zacatecas, on Monday.",
			want: []tolled{{model.SecurityOperation, -1, 2}}},
		{name: "tras el enfrentamiento detuvieron", lang: "es",
			text: "Tras el enfrentamiento, los policías detuvieron a cuatro hombres en Fresnillo, Zacatecas.",
			want: []tolled{{model.SecurityOperation, -1, 4}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "ctx8", Lang: tt.lang, Kind: model.KindNews, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			var acts []tolled
			for _, in := range got {
				if !in.Tally && !in.Denial {
					acts = append(acts, tolled{in.Type, n(in.Counts.Killed), n(in.Counts.Detained)})
				}
			}
			key := func(a tolled) string { return fmt.Sprint(a) }
			less := func(a, b tolled) int {
				if key(a) < key(b) {
					return -1
				}
				if key(a) > key(b) {
					return 1
				}
				return 0
			}
			want := slices.Clone(tt.want)
			slices.SortFunc(acts, less)
			slices.SortFunc(want, less)
			if !slices.Equal(acts, want) {
				t.Errorf("acts %v, want %v", acts, want)
			}
		})
	}
}

// TestStateOpensClause checks that the toll told after a state's name
// that opens a clause ("in the state of Colima, two men were shot dead in
// Cuauhtémoc") goes to the town of that state named after it, not to the
// place named before the state. The texts are written for the test.
func TestStateOpensClause(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 6, 16, 12, 0, 0, 0, mexico)
	type killed struct {
		state string
		n     int
	}
	tests := []struct {
		name, lang, text string
		want             []killed
	}{
		{name: "two towns of one name, the second after its state", lang: "en",
			text: "Violence struck two towns called Ocampo on Monday. In Ocampo, Guanajuato, a farmer found the body of a man beside a dirt road at 8:15 a.m. More than 500 kilometres to the east, in the state of Tamaulipas, three men were shot dead on Monday evening in the municipality of Ocampo.",
			want: []killed{{"Guanajuato", 1}, {"Tamaulipas", 3}}},
		{name: "en el estado de", lang: "es",
			text: "En Ocampo, Guanajuato, un campesino halló el cuerpo de un hombre junto a un camino de terracería, y a más de 500 kilómetros, en el estado de Tamaulipas, tres hombres fueron asesinados a balazos en el municipio de Ocampo.",
			want: []killed{{"Guanajuato", 1}, {"Tamaulipas", 3}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "ctx8", Lang: tt.lang, Kind: model.KindNews, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			var acts []killed
			for _, in := range got {
				if !in.Tally && !in.Denial && in.Counts.Killed != nil {
					acts = append(acts, killed{in.Location.State, in.Counts.Killed.N})
				}
			}
			slices.SortFunc(acts, func(a, b killed) int {
				if a.state < b.state {
					return -1
				}
				if a.state > b.state {
					return 1
				}
				return a.n - b.n
			})
			if !slices.Equal(acts, tt.want) {
				t.Errorf("killed by state %v, want %v", acts, tt.want)
			}
		})
	}
}
