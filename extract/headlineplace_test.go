package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// placeRow is one headline of testdata/headlines/*.tsv that tells an act:
// the state and municipality codes the writer gave ("" where the headline
// does not let a reader know them) and the text.
type placeRow struct {
	line        int
	state, muni string
	text        string
}

// readPlaceRows reads the rows of a headline set (five columns, see
// testdata/headlines/README.md) that tell an act.
func readPlaceRows(t *testing.T, path string) []placeRow {
	t.Helper()
	var out []placeRow
	for _, r := range readTSV(t, path, 5) {
		c := r.cols
		if c[0] == "-" {
			continue
		}
		p := placeRow{line: r.line, text: c[4]}
		if c[1] != "-" {
			p.state = c[1]
		}
		if c[2] != "-" {
			p.muni = c[2]
		}
		out = append(out, p)
	}
	return out
}

// placeScore counts, over a headline set's acts that are found, the state
// and the municipality right where the writer gave them.
type placeScore struct {
	acts, found          int
	states, statesRight  int
	munis, munisRight    int
	misses, missingPlace []string
}

// scorePlaces reads each act of rows with e and scores the place of the
// first act found.
func scorePlaces(e *Extractor, lang string, rows []placeRow) placeScore {
	loc, _ := time.LoadLocation("America/Mexico_City")
	pub := time.Date(2026, 11, 30, 0, 0, 0, 0, loc)
	var s placeScore
	for _, row := range rows {
		s.acts++
		r := model.Report{ID: "h", Kind: model.KindNews, Lang: lang, Text: row.text, Published: pub}
		in, ok := actOf(e.Extract(r))
		if !ok {
			continue
		}
		s.found++
		l := in.Location
		read := fmt.Sprintf("read %q -> %s/%s", l.Place, orDash(l.StateCode), orDash(l.MunicipalityCode))
		if row.state != "" {
			s.states++
			if l.StateCode == row.state {
				s.statesRight++
			} else {
				s.misses = append(s.misses, fmt.Sprintf("%d state %s: %s %q", row.line, row.state, read, row.text))
			}
		} else if l.StateCode != "" {
			s.missingPlace = append(s.missingPlace, fmt.Sprintf("%d no state: %s %q", row.line, read, row.text))
		}
		if row.muni != "" {
			s.munis++
			if l.MunicipalityCode == row.muni {
				s.munisRight++
			} else if l.StateCode == row.state {
				s.misses = append(s.misses, fmt.Sprintf("%d muni %s: %s %q", row.line, row.muni, read, row.text))
			}
		}
	}
	return s
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// TestHeadlinePlaces scores the place of the acts found in the blind
// headline sets (testdata/headlines: es1, es2, en1; never sealed1): state
// right where the writer gave one, municipality right where the writer
// gave one. Each miss is logged with the place read; the test fails when
// a share falls below the floor the branch geo7 reached.
func TestHeadlinePlaces(t *testing.T) {
	e := realExtractor(t)
	sets := []struct {
		file, lang          string
		stateFloor, muFloor float64
	}{
		// geo7: es1 state 126 -> 127/131, municipality 113 -> 114/115;
		// es2 130 -> 135/136, 123 -> 126/126; en1 100 -> 102/103,
		// 94 -> 97/99.
		{"es1.tsv", "es", 0.96, 0.99},
		{"es2.tsv", "es", 0.99, 0.99},
		{"en1.tsv", "en", 0.99, 0.97},
	}
	for _, set := range sets {
		path := filepath.Join("..", "testdata", "headlines", set.file)
		if _, err := os.Stat(path); err != nil {
			t.Logf("%s absent: skipped", path)
			continue
		}
		s := scorePlaces(e, set.lang, readPlaceRows(t, path))
		for _, m := range s.misses {
			t.Logf("%s:%s", set.file, m)
		}
		for _, m := range s.missingPlace {
			t.Logf("%s:%s", set.file, m)
		}
		t.Logf("%s: acts found %d/%d; state %d/%d; municipality %d/%d", set.file,
			s.found, s.acts, s.statesRight, s.states, s.munisRight, s.munis)
		if float64(s.statesRight) < set.stateFloor*float64(s.states) {
			t.Errorf("%s: state %d/%d, want at least %.0f%%", set.file, s.statesRight, s.states, 100*set.stateFloor)
		}
		if float64(s.munisRight) < set.muFloor*float64(s.munis) {
			t.Errorf("%s: municipality %d/%d, want at least %.0f%%", set.file, s.munisRight, s.munis, 100*set.muFloor)
		}
	}
}

// TestGeo7Places reads headlines written for the branch geo7, one or more
// for each class of place the blind headline sets read wrong, none of
// them a headline of those sets: the state and municipality ("" where the
// headline names none) of the first act found.
func TestGeo7Places(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		lang, text, state, muni string
	}{
		// Traffic stopped is no arrest ("" state: no act).
		{"es", "La circulación seguía detenida en el tramo de Sayula", "", ""},
		// A locality's other name in GeoNames (the table's "+" names).
		{"es", "Asesinan a un hombre en Villa Ahumada", "08", "08001"},
		{"es", "Balacera en Villa Constitución deja un muerto", "03", "03001"},
		{"es", "Catean narcolaboratorio en Villa Insurgentes", "03", "03001"},
		{"en", "Gunmen kill three in Villa Ahumada, Chihuahua", "08", "08001"},
		// A region told by its state's adjective.
		{"es", "Emboscada en la sierra sinaloense deja dos muertos", "25", ""},
		{"es", "Enfrentamiento en la costa michoacana", "16", ""},
		{"es", "Queman tráileres en el norte veracruzano", "30", ""},
		{"es", "Asesinan a maestro en la Mixteca poblana", "21", ""},
		{"es", "Drones atacan comunidades de la sierra guerrerense", "12", ""},
		// An adjective of origin is no place of the act.
		{"es", "Un michoacano fue asesinado en Tijuana", "02", "02004"},
		// Mexico City's boroughs: "alcaldía", "borough".
		{"es", "Balacera en la alcaldía Benito Juárez deja un herido", "09", "09014"},
		{"es", "Asesinan a joven en la alcaldía Venustiano Carranza", "09", "09017"},
		{"en", "Gunmen kill man in Miguel Hidalgo borough", "09", "09016"},
		// A town hall elsewhere, its state named; no cue, the larger town.
		{"es", "Atacan a balazos a policía frente a la alcaldía de Cuauhtémoc, Chihuahua", "08", "08017"},
		{"es", "Asesinan a hombre en Benito Juárez", "23", "23005"},
		// A state's name that is its capital's, labelling a headline
		// about a colonia: the city; a town named, the town.
		{"es", "Chihuahua: balean a joven en la colonia Dale", "08", "08019"},
		{"es", "Durango: asesinan a mujer en el fraccionamiento Huizache", "10", "10005"},
		{"es", "Chihuahua: asesinan a tres en Parral", "08", "08032"},
		// A road: where the act was "a la altura de"; of homonym towns
		// at a road's end, the one near the other end; a town shortened
		// to a homonym's name, in the state the text names.
		{"es", "Reportan quema de tráileres en la autopista a la altura de Sayula", "14", "14082"},
		{"es", "Localizan cuerpo en la carretera Tuxpan-Poza Rica", "30", "30189"},
		{"es", "Asesinan a dos en el tramo Tuxpan–Tampico", "30", "30189"},
		{"es", "Matan a hombre en Tuxpan, Jalisco", "14", "14108"},
		{"en", "Gunmen set fire to trucks on the Oaxaca–Puerto Ángel highway at Ejutla", "20", "20028"},
		{"es", "Asaltan camión en Ejutla, Oaxaca", "20", "20028"},
		// A big city's district after "colonia" is the place, unless
		// the text names the town it is a colonia of.
		{"es", "Asesinan a comerciante en la colonia Roma Norte", "09", "09015"},
		{"es", "Balean a joven en la colonia Ajusco, alcaldía Coyoacán", "09", "09003"},
		// A name in use shortened is no nickname of a city ("Perla de
		// Occidente" is Guadalajara; "Perla" a person).
		{"es", "Secuestran a Perla, de 17 años, en Poza Rica", "30", "30131"},
	}
	for _, tt := range tests {
		r := model.Report{ID: "h", Kind: model.KindNews, Lang: tt.lang, Text: tt.text, Published: pub}
		in, ok := actOf(e.Extract(r))
		if !ok && tt.state != "" {
			t.Errorf("%q: no act", tt.text)
			continue
		}
		if ok && tt.state == "" {
			t.Errorf("%q: act %s, want none", tt.text, in.Type)
			continue
		}
		if !ok {
			continue
		}
		if l := in.Location; l.StateCode != tt.state || l.MunicipalityCode != tt.muni {
			t.Errorf("%q: %s/%s (%q), want %s/%s", tt.text, l.StateCode, l.MunicipalityCode, l.Place, tt.state, tt.muni)
		}
	}
}
