package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestHeadlinesDate10 scores testdata/headlines_date10.tsv, dated
// headlines written for branch date10 before its rules: parts of the day
// against the publication's time, weekdays near the publication day,
// publications late at night or before dawn and in other zones.
func TestHeadlinesDate10(t *testing.T) {
	e := realExtractor(t)
	loc, err := time.LoadLocation("America/Mexico_City")
	if err != nil {
		t.Fatal(err)
	}
	checkDateFile(t, e, loc, "headlines_date10.tsv", 200)
}

// TestEarlierClauseDay checks that a sentence telling two acts, the
// earlier in a clause opened by "luego de que", "después de que", "tras"
// or "after", dates each act by the time told on its own side. The texts
// are written for the test; published Thursday 5 June 2031 (Wed 4, Tue 3,
// Mon 2, Sun 1).
func TestEarlierClauseDay(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2031, 6, 5, 13, 0, 0, 0, mexico)
	type want struct {
		typ model.IncidentType
		day string
	}
	tests := []struct {
		lang, text string
		wants      []want
	}{
		{"es", "URUAPAN, Mich.— Las rutas de transporte urbano de Uruapan suspendieron el servicio este jueves, luego de que la noche del miércoles un chofer fuera asesinado a balazos en la colonia Centro.",
			[]want{{model.Disruption, "2031-06-05"}, {model.Homicide, "2031-06-04"}}},
		{"en", "MANZANILLO, Mexico — Road access to the port of Manzanillo reopened early Thursday after gunmen set three trucks on fire on the highway near the port late Wednesday, shipping agents said.",
			[]want{{model.Blockade, "2031-06-04"}}},
		{"en", "CULIACÁN, Sinaloa — Schools in Culiacán stayed closed on Wednesday after gunmen clashed with soldiers on Tuesday in the north of the city, leaving four dead.",
			[]want{{model.Disruption, "2031-06-04"}, {model.ArmedClash, "2031-06-03"}}},
		{"es", "LEÓN, Gto.— Policías municipales detuvieron este jueves a dos hombres, luego de que la noche del miércoles sujetos armados balearan a dos jóvenes afuera de una tienda en la colonia Centro.",
			[]want{{model.SecurityOperation, "2031-06-05"}}},
		{"es", "CELAYA, Gto.— Los comercios del centro de Celaya no abrieron este miércoles tras el ataque armado de la noche del martes contra un bar de la zona, que dejó cuatro muertos.",
			[]want{{model.ArmedAttack, "2031-06-03"}}},
		// A marker inside a time opens no clause.
		{"en", "TIJUANA, Mexico — Gunmen killed two men outside a bar in Tijuana on Wednesday shortly after midnight, police said.",
			[]want{{model.ArmedAttack, "2031-06-04"}}},
	}
	for _, tt := range tests {
		r := model.Report{ID: "c", Kind: model.KindNews, Lang: tt.lang, Text: tt.text, Published: pub}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		for _, w := range tt.wants {
			if !slices.ContainsFunc(got, func(in model.Incident) bool { return in.Type == w.typ && dayOf(in, mexico) == w.day }) {
				var have []string
				for _, in := range got {
					have = append(have, string(in.Type)+" "+dayOf(in, mexico))
				}
				t.Errorf("%q: no %s on %s; got %v", tt.text, w.typ, w.day, have)
			}
		}
	}
}
