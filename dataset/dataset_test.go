package dataset

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/report"
)

var loadGazetteer = sync.OnceValues(gazetteer.Load)

func testNamer(t testing.TB) *namer {
	t.Helper()
	g, err := loadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	return newNamer(g)
}

func readFixture(t *testing.T, name string, read func(context.Context, *os.File) (Set, error)) map[string]Item {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata/shared/data", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := read(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	items := make(map[string]Item)
	for _, it := range s.Items {
		items[it.ID] = it
	}
	return items
}

func TestReadPPD(t *testing.T) {
	n := testNamer(t)
	f, err := os.Open("testdata/shared/data/monitor_ppd_2022.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := ReadPPD(context.Background(), f, n)
	if err != nil {
		t.Fatal(err)
	}
	// Row 2 has no title.
	if s.Rows != 9 || s.Skipped != 1 || len(s.Items) != 8 {
		t.Fatalf("rows %d, skipped %d, items %d; want 9, 1, 8", s.Rows, s.Skipped, len(s.Items))
	}
	items := make(map[string]Item)
	for _, it := range s.Items {
		items[it.ID] = it
	}

	// The report line: the headline is the whole text.
	r, err := report.DecodeLine(items["1"].Line, report.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Text != "Asesinan a dos hombres ayer en Celaya" || r.Title != "" || r.Source != "Diario de Prueba" ||
		r.URL != "https://ejemplo.mx/nota-1" || r.Kind != model.KindNews || r.Published.Format("2006-01-02") != "2022-07-10" {
		t.Errorf("report %+v", r)
	}

	celaya, _ := n.g.Municipality("11007")
	two := 2
	lat, lon := celaya.Lat, celaya.Lon
	want := map[string]Gold{
		"1": {StateCode: "11", MunicipalityCode: "11007", Lat: &lat, Lon: &lon, Killed: &two, Date: "2022-07-09",
			Types:      []model.IncidentType{model.Homicide, model.ArmedAttack},
			NamesPlace: true, NamesMunicipality: true, GivesKilled: true, DatesEvent: true},
		"3": {StateCode: "11", Killed: ptr(0), NoIncident: true, NamesPlace: true},
		"4": {StateCode: "14", MunicipalityCode: "14120", Killed: ptr(1), TypeAmbiguous: true,
			NamesPlace: true, NamesMunicipality: true, GivesKilled: false},
		"5": {StateCode: "25", MunicipalityCode: "25006", Killed: ptr(0), Types: []model.IncidentType{model.SecurityOperation},
			NamesPlace: true, NamesMunicipality: true},
		"6": {StateCode: "32", MunicipalityCode: "32010", Killed: ptr(0), Types: []model.IncidentType{model.Intimidation},
			NamesPlace: true, NamesMunicipality: true},
		"7": {StateCode: "16", Killed: ptr(5), Types: []model.IncidentType{model.ArmedClash}, GivesKilled: true},
		"8": {StateCode: "28", Killed: ptr(0)},
		"9": {StateCode: "25", Killed: ptr(1), TypeAmbiguous: true, NamesPlace: true},
	}
	for id, w := range want {
		g := items[id].Gold
		// Coordinates are checked for row 1 only: they come from the gazetteer.
		if id != "1" {
			g.Lat, g.Lon = nil, nil
		}
		if !reflect.DeepEqual(g, w) {
			t.Errorf("row %s gold\n got %s\nwant %s", id, show(g), show(w))
		}
	}
	if items["1"].Split != SplitOf("https://ejemplo.mx/nota-1") {
		t.Errorf("row 1 split %s, want the split of its URL", items["1"].Split)
	}
}

func ptr(n int) *int { return &n }

func show(g Gold) string {
	b, _ := json.Marshal(g)
	return string(b)
}

func TestReadUCDP(t *testing.T) {
	n := testNamer(t)
	f, err := os.Open("testdata/shared/data/ucdp_ged_mexico_1989_2020.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := ReadUCDP(context.Background(), f, n)
	if err != nil {
		t.Fatal(err)
	}
	// Rows 2 (where_prec 4), 3 (date_prec 3) and 4 (no headline) are left out.
	if s.Rows != 6 || s.Skipped != 3 || len(s.Items) != 3 {
		t.Fatalf("rows %d, skipped %d, items %d; want 6, 3, 3", s.Rows, s.Skipped, len(s.Items))
	}
	items := make(map[string]Item)
	for _, it := range s.Items {
		items[it.ID] = it
	}
	lat := func(v float64) *float64 { return &v }
	want := map[string]Gold{
		"900001": {StateCode: "25", Lat: lat(24.8), Lon: lat(-107.39), Killed: ptr(4), Date: "2015-03-01",
			NamesPlace: true, NamesMunicipality: true, GivesKilled: true},
		"900005": {StateCode: "09", Lat: lat(19.43), Lon: lat(-99.13), Killed: ptr(2), Date: "2012-05-06",
			NamesPlace: true, GivesKilled: true, DatesEvent: true},
		// The headline's date is the memo's publication day: it does not date the event.
		"900006": {StateCode: "13", Lat: lat(19.84), Lon: lat(-98.98), Killed: ptr(1), Date: "2007-06-13"},
	}
	for id, w := range want {
		if g := items[id].Gold; !reflect.DeepEqual(g, w) {
			t.Errorf("row %s gold\n got %s\nwant %s", id, show(g), show(w))
		}
	}
	r, err := report.DecodeLine(items["900005"].Line, report.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Text != "Two bodies found in Mexico City\nPolice find two bodies on Sunday" || r.Source != "Agencia A" ||
		r.Published.Format("2006-01-02") != "2012-05-07" {
		t.Errorf("multi-source row: text %q, source %q, published %s", r.Text, r.Source, r.Published)
	}
}

func TestUCDPState(t *testing.T) {
	tests := []struct{ adm1, want string }{
		{"Nuevo León state", "19"},
		{"Nuevo Leon state", "19"},
		{"México state", "15"},
		{"Distrito Federal", "09"},
		{"Ciudad de México", "09"},
		{"Baja California state", "02"},
		{"Baja California Sur state", "03"},
		{"Veracruz de Ignacio de la Llave state", "30"},
		{"Texas state", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := UCDPState(tt.adm1); got != tt.want {
			t.Errorf("UCDPState(%q) = %q, want %q", tt.adm1, got, tt.want)
		}
	}
}

func TestPPDType(t *testing.T) {
	c := func(n int) count { return count{n: n, ok: true} }
	tests := []struct {
		name      string
		row       ppdRow
		want      []model.IncidentType
		ambiguous bool
	}{
		{"bodies only", ppdRow{Bodies: c(1), Killed: c(1)}, []model.IncidentType{model.Homicide}, false},
		{"lethal shooting", ppdRow{Killed: c(2), Attack: "Arma de fuego"}, []model.IncidentType{model.Homicide, model.ArmedAttack}, false},
		{"wounding", ppdRow{Injured: c(1), Attack: "agresión"}, []model.IncidentType{model.ArmedAttack}, false},
		{"clash by authority", ppdRow{MilitaryActivity: "Enfrentamiento"}, []model.IncidentType{model.ArmedClash}, false},
		{"robbery", ppdRow{Attack: "robo"}, nil, false},
		{"robbery with a death", ppdRow{Attack: "robo", Killed: c(1)}, []model.IncidentType{model.Homicide, model.ArmedAttack}, false},
		{"robbery, body found", ppdRow{Attack: "robo", Killed: c(1), Bodies: c(1)}, []model.IncidentType{model.Homicide}, false},
		{"a killing", ppdRow{Killed: c(1)}, []model.IncidentType{model.Homicide, model.ArmedAttack}, false},
		{"kidnapping", ppdRow{Deprivation: c(1)}, []model.IncidentType{model.Kidnapping}, false},
		{"seizure", ppdRow{CivilActivity: "Decomisos"}, []model.IncidentType{model.SecurityOperation}, false},
		{"message", ppdRow{Narcomessage: c(1)}, []model.IncidentType{model.Intimidation}, false},
		{"message with bodies", ppdRow{Narcomessage: c(1), Bodies: c(1)}, []model.IncidentType{model.Homicide}, false},
		{"message and arrest", ppdRow{Narcomessage: c(1), Detained: c(1)}, nil, true},
		{"killing and arrest", ppdRow{Killed: c(1), Detained: c(2)}, nil, true},
		{"kidnapping and killing", ppdRow{Killed: c(1), Deprivation: c(1)}, nil, true},
		{"vehicle set on fire", ppdRow{Attack: "incendio de auto"}, []model.IncidentType{model.ArmedAttack, model.Arson, model.BusinessAttack, model.Blockade}, false},
		{"bomb thrown", ppdRow{Attack: "bomba casera"}, []model.IncidentType{model.ArmedAttack, model.Explosive}, false},
		{"bomb threat", ppdRow{Attack: "amenaza de bomba"}, []model.IncidentType{model.ArmedAttack}, false},
		{"nothing", ppdRow{}, nil, false},
	}
	for _, tt := range tests {
		got, amb := ppdType(tt.row)
		if !reflect.DeepEqual(got, tt.want) || amb != tt.ambiguous {
			t.Errorf("%s: %v ambiguous %v, want %v ambiguous %v", tt.name, got, amb, tt.want, tt.ambiguous)
		}
	}
}

func TestGivesKilled(t *testing.T) {
	tests := []struct {
		headline string
		killed   int
		want     bool
	}{
		{"Asesinan a dos hombres en Celaya", 2, true},
		{"Encuentran a dos ejecutados", 2, true},
		{"Hallan cuerpo de una mujer", 1, true},
		{"Seven headless bodies found in Sinaloa", 7, true},
		{"Guadalajara bar attack death toll rises to seven", 7, true},
		{"17 inmates die in prison riot", 17, true},
		{"Treinta y dos muertos en una semana", 32, true},
		{"Thirty-two killed in a week", 32, true},
		{"Asesinan a dos hombres en Celaya", 3, false},             // another number
		{"Detienen a dos por robo", 2, false},                      // no death
		{"Matan a 14 policías en Sinaloa en una semana", 1, false}, // "una" too far from the death word
		{"Matamoros: dos detenidos", 2, false},                     // "Matamoros" is no death word
	}
	for _, tt := range tests {
		if got := givesKilled(words(tt.headline), tt.killed); got != tt.want {
			t.Errorf("givesKilled(%q, %d) = %v, want %v", tt.headline, tt.killed, got, tt.want)
		}
	}
}

func TestDatesEvent(t *testing.T) {
	tests := []struct {
		headline, published string
		want                bool
	}{
		{"Balean a hombre ayer en León", "2022-07-10", true},
		{"Durante la madrugada del lunes atacan un bar", "2022-07-10", true},
		{"Gunmen kill four on Sunday", "2022-07-10", true},
		{"El ataque del 5 de agosto en Celaya", "2022-08-10", true},
		{"Attack of Aug. 5 in Celaya", "2022-08-10", true},
		{"Security Memo: June 18, 2007", "2007-06-18", false},     // the article's own date
		{"Security Memo: June 18, 2007", "", false},               // a digest's issue date
		{"Security update 16 February 2018", "2018-02-17", false}, // published the next day
		{"Killing of 12 August in Celaya", "", true},
		// Names: a market, a colonia, a saint's town, a neighbourhood.
		{"Ataque en el Tianguis de los Lunes de Celaya", "2022-07-10", false},
		{"Balean a joven en la colonia 20 de Noviembre", "2022-07-10", false},
		{"Ejecutan a hombre en la 2 de Octubre", "2022-07-10", false},
		{"Hallan cuerpo en Santo Domingo", "2022-07-10", false},
		{"A man is killed in the 5 de Mayo neighborhood", "2022-07-10", false},
		// Periods: since, between, ranges.
		{"Buscan a joven desaparecido desde el viernes", "2022-07-10", false},
		{"Tijuana: 12 dead since Sunday", "2022-07-10", false},
		{"Seis asesinatos entre el viernes y el sábado", "2022-07-10", false},
		{"Detienen a 90 del 2 al 8 de julio", "2022-07-10", false},
		{"Security developments, Jul. 2-Jul. 8", "2022-07-10", false},
		{"Balean a hombre el viernes en la colonia 5 de Mayo", "2022-07-10", true},
		{"Balean a hombre en León", "2022-07-10", false},
		{"Hoyos en la calle", "2022-07-10", false},
	}
	for _, tt := range tests {
		if got := datesEvent(words(tt.headline), tt.published); got != tt.want {
			t.Errorf("datesEvent(%q, %q) = %v, want %v", tt.headline, tt.published, got, tt.want)
		}
	}
}

func TestNumberWords(t *testing.T) {
	tests := []struct {
		n    int
		want []string
	}{
		{1, []string{"1", "un", "una", "uno", "one"}},
		{2, []string{"2", "dos", "two"}},
		{21, []string{"21", "veintiuno", "twenty one"}},
		{40, []string{"40", "cuarenta", "forty"}},
		{45, []string{"45", "cuarenta y cinco", "forty five"}},
		{100, []string{"100", "cien", "one hundred", "a hundred"}},
		{250, []string{"250"}},
		{0, nil},
	}
	for _, tt := range tests {
		if got := numberWords(tt.n); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("numberWords(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestNames(t *testing.T) {
	n := testNamer(t)
	tests := []struct {
		headline, state, muni string
		extra                 []string
		place, municipality   bool
	}{
		{"Asesinan a hombre en Ciudad Juárez", "08", "08037", nil, true, true},   // an alias
		{"Atacan bar en Dolores Hidalgo", "11", "11014", nil, true, true},        // the first words
		{"Hallan cuerpo en Villahermosa", "27", "27004", nil, true, true},        // the seat, an alias
		{"Balacera en el centro de la ciudad", "27", "27004", nil, false, false}, // "Centro" is a word
		{"Asesinan a hombre en la colonia Las Flores", "25", "25006", []string{placeName("colonia Las Flores, junto al mercado")}, true, true},
		{"Violencia en Michoacán", "16", "16053", nil, true, false},
		{"Balean a joven en su casa", "14", "14039", nil, false, false},
		{"Two killed in Mexico City", "09", "", nil, true, false},
	}
	for _, tt := range tests {
		h := words(tt.headline)
		muni := n.municipalityNamed(h, tt.muni, tt.extra...)
		place := muni || n.stateNamed(h, tt.state)
		if muni != tt.municipality || place != tt.place {
			t.Errorf("%q: names municipality %v, a place %v; want %v, %v", tt.headline, muni, place, tt.municipality, tt.place)
		}
	}
}

func TestSplitOf(t *testing.T) {
	if SplitOf("https://ejemplo.mx/a") != SplitOf("https://ejemplo.mx/a") {
		t.Fatal("SplitOf is not deterministic")
	}
	dev := 0
	for i := range 2000 {
		if SplitOf(fmt.Sprintf("https://ejemplo.mx/nota-%d", i)) == Dev {
			dev++
		}
	}
	if dev < 900 || dev > 1100 {
		t.Errorf("%d of 2000 keys in dev, want about half", dev)
	}
}

func TestLoad(t *testing.T) {
	g, err := loadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	sets, err := Load(context.Background(), "testdata/shared", g)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range sets {
		names = append(names, fmt.Sprintf("%s:%d", s.Name, len(s.Items)))
	}
	if want := []string{"ppd:8", "ucdp:3", "news_dev:1", "seeds:1"}; !reflect.DeepEqual(names, want) {
		t.Fatalf("sets %v, want %v", names, want)
	}
	nd := sets[2].Items[0]
	if nd.Group != "jalisco_aug2022" || nd.Line != nil {
		t.Errorf("news_dev item %+v", nd)
	}
	rs, err := nd.Reports(report.Options{})
	if err != nil || len(rs) != 1 || rs[0].Title != "Queman dos autobuses en una carretera de Jalisco" ||
		rs[0].Published.Format("2006-01-02") != "2022-08-12" || rs[0].Lang != "es" {
		t.Errorf("news_dev report %+v, %v", rs, err)
	}
	rs, err = sets[3].Items[0].Reports(report.Options{})
	if err != nil || len(rs) != 1 || rs[0].Title != "Una columna de opinión" {
		t.Errorf("seed report %+v, %v", rs, err)
	}

	if _, err := Load(context.Background(), t.TempDir(), g); !errors.Is(err, ErrAbsent) {
		t.Errorf("Load of an empty folder: %v, want ErrAbsent", err)
	}
}
