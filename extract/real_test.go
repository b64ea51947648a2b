package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

func realExtractor(t testing.TB) *Extractor {
	t.Helper()
	return NewWith(realDeps(t))
}

// realDeps returns the embedded gazetteer, the time resolver and the
// embedded relevance model as judge, as atalaya wires them, with no
// outlet prior: a test adds its own.
func realDeps(t testing.TB) Deps {
	t.Helper()
	d, err := EmbeddedDeps(nil)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestRealPipeline runs fixtures through the real gazetteer, time
// resolver and toll finder.
func TestRealPipeline(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 2, 23, 9, 30, 0, 0, mexico)
	tests := []struct {
		file string
		want []want
	}{
		{"es_bloqueos.txt", []want{
			{typ: model.Blockade, state: "14", muni: "14120", day: "2026-02-22"},
			{typ: model.Blockade, state: "14", muni: "14098", day: "2026-02-22"},
			{typ: model.Blockade, state: "14", muni: "14101", day: "2026-02-22"},
		}},
		{"en_clash.txt", []want{{typ: model.ArmedClash, state: "25", muni: "25006", killed: 4, atLeast: true, day: "2026-02-22"}}},
		{"oficial.txt", []want{{typ: model.SecurityOperation, state: "16", muni: "16102", actor: "Cárteles Unidos", role: model.Target}}},
		{"conteo.txt", []want{{typ: model.Blockade, precision: model.GeoCountry}}},
		{"negacion.txt", nil},
		{"obras.txt", nil},
		{"opinion.txt", nil},
		{"boilerplate.txt", nil},
	}
	for _, tt := range tests {
		r := model.Report{ID: "real", Kind: model.KindNews, Lang: "es", Published: pub, Text: loadReport(t, tt.file)}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		if len(got) != len(tt.want) {
			t.Errorf("%s: %d incidents, want %d", tt.file, len(got), len(tt.want))
			continue
		}
		for i, w := range tt.want {
			checkIncident(t, i, got[i], w)
		}
	}
}

func TestOutletState(t *testing.T) {
	e := realExtractor(t)
	tests := []struct{ source, want string }{
		{"El Diario de Coahuila", "05"},
		{"El Siglo de Torreón", "05"},
		{"Red Vecinal GDL", "14"},
		// The town after "de", even a name that may be a surname.
		{"El Heraldo de Juárez", "08"},
		{"Tribuna de San Luis", ""}, // no city of known size so named
		{"yucatan.com.mx", "31"},
		{"Noticias de Michoacán y Jalisco", ""},
		{"Reuters", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := e.outletState(tt.source); got != tt.want {
			t.Errorf("outletState(%q) = %q, want %q", tt.source, got, tt.want)
		}
	}
}

// TestOutletPrior checks that the outlet's home state tells homonyms apart
// when the text does not.
func TestOutletPrior(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 2, 23, 9, 30, 0, 0, mexico)
	text := "Hombres armados incendiaron dos camiones para bloquear la carretera en Tonalá la noche del domingo."
	for _, tt := range []struct{ source, muni string }{
		{"Diario del Sur de Chiapas", "07097"},
		{"Noticias de Jalisco", "14101"},
	} {
		r := model.Report{ID: "p", Source: tt.source, Kind: model.KindNews, Lang: "es", Published: pub, Text: text}
		got := e.Extract(r)
		if len(got) != 1 || got[0].Location.MunicipalityCode != tt.muni {
			var codes []string
			for _, g := range got {
				codes = append(codes, g.Location.MunicipalityCode)
			}
			t.Errorf("source %q: municipalities %v, want [%s]", tt.source, codes, tt.muni)
		}
	}
}

// TestPlaceLabel checks that an item's place label ("Municipio: X, Estado:
// Y.", as alert exports give) places the incident told after it.
func TestPlaceLabel(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 2, 23, 9, 30, 0, 0, mexico)
	for _, text := range []string{
		"Municipio: Irapuato, Estado: Guanajuato.\nHombres armados atacaron a balazos un bar de la zona centro.",
		"Hombres armados atacaron a balazos un bar de la zona centro.\n\nUbicación: Irapuato, Guanajuato.",
	} {
		r := model.Report{ID: "l", Kind: model.KindAlertFeed, Lang: "es", Published: pub, Text: text}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		if len(got) != 1 || got[0].Location.MunicipalityCode != "11017" || got[0].Location.Precision != model.GeoMunicipality {
			t.Errorf("%q: got %+v, want one incident in Irapuato (11017) at municipality precision", text, got)
		}
	}
}
