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
	loc, err := time.LoadLocation("America/Mexico_City")
	if err != nil {
		t.Fatal(err)
	}
	checkDateFile(t, realExtractor(t), loc, "headlines_date10.tsv", 200)
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
			if !slices.ContainsFunc(got, func(in model.Incident) bool { return in.Type == w.typ && dayOf(in) == w.day }) {
				var have []string
				for _, in := range got {
					have = append(have, string(in.Type)+" "+dayOf(in))
				}
				t.Errorf("%q: no %s on %s; got %v", tt.text, w.typ, w.day, have)
			}
		}
	}
}

// TestTakenDay checks that a day told right after a participle of an
// abduction ("abducted last week", "levantado el sábado", "privados de
// la libertad el domingo") is the taking's, not the day of a finding or
// a killing told with it. The texts are written for the test; published
// Monday 9 June 2031 (Sun 8, Sat 7, Mon 2).
func TestTakenDay(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2031, 6, 9, 10, 0, 0, 0, mexico)
	tests := []struct {
		lang, text string
		typ        model.IncidentType
		day        string // the first incident of typ's day, "-" for none
	}{
		{"en", "The bodies of two brothers abducted last week were found on Sunday on the outskirts of Nuevo Laredo, Tamaulipas, police said.", model.Homicide, "2031-06-08"},
		{"es", "FRESNILLO, Zac.— El cuerpo de un joven levantado el sábado fue localizado este domingo en un camino de terracería de Fresnillo.", model.Homicide, "2031-06-08"},
		{"es", "ZACATECAS, Zac.— Los cuerpos de dos hombres privados de la libertad el sábado fueron hallados este domingo en Guadalupe.", model.Homicide, "2031-06-08"},
		// The taking's own day still dates the taking.
		{"es", "FRESNILLO, Zac.— Un joven fue levantado el sábado por hombres armados en la colonia Centro de Fresnillo.", model.Kidnapping, "2031-06-07"},
	}
	for _, tt := range tests {
		r := model.Report{ID: "k", Kind: model.KindNews, Lang: tt.lang, Text: tt.text, Published: pub}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		day := "no incident"
		var have []string
		for _, in := range got {
			have = append(have, string(in.Type)+" "+dayOf(in))
			if in.Type == tt.typ && day == "no incident" {
				day = dayOf(in)
			}
		}
		if day != tt.day {
			t.Errorf("%q: %s on %s, want %s; got %v", tt.text, tt.typ, day, tt.day, have)
		}
	}
}
