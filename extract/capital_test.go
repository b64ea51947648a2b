package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestSaidCapital: a report that names one state and speaks of "la capital
// del estado" without naming it, or of the town's own police by the name
// the capital shares with the state, places its acts in the capital's
// municipality; on the way to the capital, with the state's police, or
// with another state named, the act stays in the state.
func TestSaidCapital(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2028, 3, 4, 10, 0, 0, 0, mexico)
	tests := []struct {
		name, text  string
		title       string
		state, muni string // the first incident's state and municipality codes ("" for none)
	}{
		{name: "capital del estado", text: "La Fiscalía General del Estado de Zacatecas informa que inició una carpeta de investigación por un hecho ocurrido en la capital del estado: a las 21:05 horas del viernes, dos hombres fueron privados de la vida por disparos de arma de fuego en la colonia Las Palmas.",
			state: "32", muni: "32056"},
		{name: "oriente de la capital", text: "Dos hombres fueron asesinados a balazos la noche del viernes en una colonia al oriente de la capital, informó la Fiscalía del Estado de Zacatecas.",
			state: "32", muni: "32056"},
		{name: "on the way to the capital", text: "Hombres armados incendiaron un tractocamión en la autopista de Zacatecas con dirección a la capital la noche del viernes y bloquearon la circulación.",
			state: "32", muni: ""},
		{name: "the town's police", title: "Balean tienda en la San Manuel; empleado herido", text: "Un empleado resultó herido luego de que dos sujetos armados dispararon contra una tienda de conveniencia ubicada en la colonia San Manuel, a las 21:15 horas de este domingo. Según testigos, los agresores llegaron en motocicleta y huyeron sin llevarse nada. El trabajador recibió un impacto en una pierna y fue atendido por paramédicos. La zona fue acordonada por la Policía Municipal de Puebla.",
			state: "21", muni: "21114"},
		{name: "the state's police", title: "Balean tienda en la San Manuel; empleado herido", text: "Un empleado resultó herido luego de que dos sujetos armados dispararon contra una tienda de conveniencia ubicada en la colonia San Manuel, a las 21:15 horas de este domingo. Según testigos, los agresores llegaron en motocicleta y huyeron sin llevarse nada. El trabajador recibió un impacto en una pierna y fue atendido por paramédicos. La zona fue acordonada por la Policía Estatal de Puebla.",
			state: "21"},
		{name: "another state named", text: "La Fiscalía de Zacatecas informó que dos hombres fueron asesinados a balazos la noche del viernes en la capital del estado; los agresores huyeron hacia Aguascalientes.",
			state: "32", muni: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "t", Lang: "es", Kind: model.KindNews, Published: pub, Title: tt.title, Text: tt.text}
			ins := e.Extract(r)
			if len(ins) == 0 {
				t.Fatal("no incident")
			}
			in := ins[0]
			if in.Location.StateCode != tt.state {
				t.Errorf("state %q (%s), want %s", in.Location.StateCode, in.Location.State, tt.state)
			}
			if in.Location.MunicipalityCode != tt.muni {
				t.Errorf("municipality %q (%s), want %q", in.Location.MunicipalityCode, in.Location.Municipality, tt.muni)
			}
		})
	}
}

// TestCapitalSecondClause: a sentence whose first clause names a town and
// whose second, after ", y" or "; así como", places another act in "la
// capital" tells two acts, the second in the capital; a capital named
// in the same clause as the town (where the wounded were taken) is not.
func TestCapitalSecondClause(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2028, 3, 4, 10, 0, 0, 0, mexico)
	tests := []struct {
		text  string
		munis []string // the incidents' municipality codes, in order
	}{
		{"La noche del viernes un hombre fue asesinado en la colonia Centro de Fresnillo, y una mujer fue asesinada en la colonia Las Palmas de la capital del estado de Zacatecas.", []string{"32010", "32056"}},
		{"La Fiscalía de Zacatecas inició carpetas por el homicidio de un hombre en la colonia Centro de Fresnillo; así como por el homicidio de una mujer en la colonia Las Palmas de la capital, hechos del viernes.", []string{"32010", "32056"}},
		{"La noche del viernes un hombre fue baleado en la colonia Centro de Fresnillo, Zacatecas, y trasladado a un hospital de la capital.", []string{"32010"}},
	}
	for _, tt := range tests {
		ins := e.Extract(model.Report{ID: "t", Lang: "es", Kind: model.KindNews, Published: pub, Text: tt.text})
		var got []string
		for _, in := range ins {
			got = append(got, in.Location.MunicipalityCode)
		}
		if !slices.Equal(got, tt.munis) {
			t.Errorf("%q: municipalities %v, want %v", tt.text, got, tt.munis)
		}
	}
}

// TestCapitalIndex: the words that place something in the state's capital
// without naming it, a statement's "esta ciudad capital" among them; not
// the way to it.
func TestCapitalIndex(t *testing.T) {
	tests := []struct {
		f    string
		want int
	}{
		{"en la colonia centro de la capital", 24},
		{"en la colonia la albarrada de esta ciudad capital", 30},
		{"con direccion a la capital", -1},
		{"en la ciudad de colima", -1},
	}
	for _, tt := range tests {
		if got := capitalIndex(tt.f); got != tt.want {
			t.Errorf("capitalIndex(%q) = %d, want %d", tt.f, got, tt.want)
		}
	}
}
