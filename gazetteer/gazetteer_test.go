package gazetteer

import (
	"math"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

var (
	loadOnce sync.Once
	testG    *Gazetteer
	testErr  error
)

// load returns the gazetteer shared by the tests (it is immutable).
func load(t testing.TB) *Gazetteer {
	t.Helper()
	loadOnce.Do(func() { testG, testErr = Load() })
	if testErr != nil {
		t.Fatal(testErr)
	}
	return testG
}

func TestLoadTime(t *testing.T) {
	start := time.Now()
	if _, err := Load(); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("Load took %v", d)
	}
}

func TestCounts(t *testing.T) {
	g := load(t)
	states := g.States()
	if len(states) != 32 {
		t.Fatalf("%d states, want 32", len(states))
	}
	for i, s := range states {
		if s.Kind != State || len(s.StateCode) != 2 || s.Population <= 0 {
			t.Errorf("state %d = %+v", i, s)
		}
		if s.Lat < 14 || s.Lat > 33 || s.Lon < -118 || s.Lon > -86 {
			t.Errorf("state %s point %v,%v outside Mexico", s.Name, s.Lat, s.Lon)
		}
	}
	munis := g.Municipalities()
	if len(munis) < 2450 || len(munis) > 2500 {
		t.Errorf("%d municipalities, want about 2,470", len(munis))
	}
	perState := map[string]int{}
	seen := map[string]bool{}
	withPoint := 0
	for _, m := range munis {
		if !regexp.MustCompile(`^\d{5}$`).MatchString(m.MunicipalityCode) {
			t.Errorf("municipality %q has code %q", m.Name, m.MunicipalityCode)
			continue
		}
		if seen[m.MunicipalityCode] {
			t.Errorf("duplicate municipality code %s", m.MunicipalityCode)
		}
		seen[m.MunicipalityCode] = true
		if m.StateCode != m.MunicipalityCode[:2] {
			t.Errorf("%s: state %s", m.MunicipalityCode, m.StateCode)
		}
		if _, ok := g.State(m.StateCode); !ok {
			t.Errorf("%s: no state %s", m.MunicipalityCode, m.StateCode)
		}
		perState[m.StateCode]++
		if m.Lat != 0 || m.Lon != 0 {
			withPoint++
		}
	}
	// Known counts (INEGI): CDMX has 16 alcaldías, Oaxaca 570
	// municipalities, Baja California Sur 5.
	for code, want := range map[string]int{"09": 16, "20": 570, "03": 5, "14": 125} {
		if perState[code] != want {
			t.Errorf("state %s: %d municipalities, want %d", code, perState[code], want)
		}
	}
	if withPoint < len(munis)*9/10 {
		t.Errorf("only %d of %d municipalities have a point", withPoint, len(munis))
	}
	t.Logf("%d places, %d municipalities, %d with a point", g.Len(), len(munis), withPoint)
	kinds := map[Kind]int{}
	for id := 0; id < g.Len(); id++ {
		p := g.Place(id)
		if p.ID != id {
			t.Fatalf("place %d has ID %d", id, p.ID)
		}
		kinds[p.Kind]++
		for _, c := range p.Municipalities {
			if _, ok := g.Municipality(c); !ok {
				t.Errorf("%s covers unknown municipality %s", p.Name, c)
			}
		}
		if p.MunicipalityCode != "" {
			if _, ok := g.Municipality(p.MunicipalityCode); !ok {
				t.Errorf("%s (%s) has unknown municipality %s", p.Name, p.Kind, p.MunicipalityCode)
			}
		}
	}
	for _, k := range []Kind{Country, Locality, MetroArea, Highway, Airport, Port, Prison, BorderCrossing} {
		if kinds[k] == 0 {
			t.Errorf("no place of kind %s", k)
		}
	}
	if kinds[Locality] < 5000 {
		t.Errorf("%d localities", kinds[Locality])
	}
}

func TestStateAndMunicipality(t *testing.T) {
	g := load(t)
	tests := []struct {
		code, name, state string
	}{
		{"14", "Jalisco", "14"},
		{"09", "Ciudad de México", "09"},
		{"05", "Coahuila", "05"},
		{"07", "Chiapas", "07"},
		{"14039", "Guadalajara", "14"},
		{"14098", "San Pedro Tlaquepaque", "14"},
		{"08037", "Juárez", "08"},     // Ciudad Juárez, Chihuahua
		{"05035", "Torreón", "05"},    // Coahuila: GeoNames numbers it 07
		{"07097", "Tonalá", "07"},     // Chiapas: GeoNames numbers it 05
		{"06007", "Manzanillo", "06"}, // Colima: GeoNames numbers it 08
		{"09007", "Iztapalapa", "09"},
		{"25006", "Culiacán", "25"},
	}
	for _, tt := range tests {
		var p Place
		var ok bool
		if len(tt.code) == 2 {
			p, ok = g.State(tt.code)
		} else {
			p, ok = g.Municipality(tt.code)
		}
		if !ok || p.Name != tt.name || p.StateCode != tt.state {
			t.Errorf("%s = %q (state %s, ok %v), want %q in %s", tt.code, p.Name, p.StateCode, ok, tt.name, tt.state)
		}
	}
	if _, ok := g.Municipality("99999"); ok {
		t.Error("Municipality(99999) found")
	}
	if _, ok := g.State("33"); ok {
		t.Error("State(33) found")
	}
}

// TestCapital checks the state capitals: each of the 31 states has one,
// a municipality of its own; Ciudad de México has none.
func TestCapital(t *testing.T) {
	g := load(t)
	for _, s := range g.States() {
		c, ok := g.Capital(s.StateCode)
		if s.StateCode == "09" {
			if ok {
				t.Errorf("Ciudad de México has capital %q", c.Name)
			}
			continue
		}
		if !ok || c.Kind != Municipality || c.StateCode != s.StateCode || c.Lat == 0 {
			t.Errorf("%s: capital %+v, %v", s.Name, c, ok)
		}
	}
	for code, want := range map[string]string{"25": "Culiacán", "20": "Oaxaca de Juárez", "08": "Chihuahua", "27": "Centro", "30": "Xalapa"} {
		if c, _ := g.Capital(code); c.Name != want {
			t.Errorf("Capital(%s) = %q, want %q", code, c.Name, want)
		}
	}
}

// TestMunicipalityPoints checks that a municipality's point lies near its
// state: within 300 km of the nearest point of another municipality of the
// same state (a point in the wrong state would stand far from its
// neighbours or across the country).
func TestMunicipalityPoints(t *testing.T) {
	g := load(t)
	byState := map[string][]Place{}
	for _, m := range g.Municipalities() {
		if m.Lat != 0 || m.Lon != 0 {
			byState[m.StateCode] = append(byState[m.StateCode], m)
		}
	}
	for st, ms := range byState {
		if len(ms) < 2 {
			continue
		}
		for _, m := range ms {
			near := math.Inf(1)
			for _, o := range ms {
				if o.ID != m.ID {
					near = min(near, km(m.Lat, m.Lon, o.Lat, o.Lon))
				}
			}
			if near > 300 {
				t.Errorf("%s (%s, state %s): point %.3f,%.3f is %.0f km from any other municipality of its state", m.Name, m.MunicipalityCode, st, m.Lat, m.Lon, near)
			}
		}
	}
}

func km(lat1, lon1, lat2, lon2 float64) float64 {
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * 6371 * math.Asin(math.Sqrt(a))
}

func TestSaintless(t *testing.T) {
	tests := []struct{ name, want string }{
		{"San Pedro Pochutla", "Pochutla"},
		{"Santa María Huatulco", "Huatulco"},
		{"San Juan Bautista Tuxtepec", "Tuxtepec"},
		{"Santiago Jamiltepec", "Jamiltepec"},
		{"Santo Domingo Tehuantepec", "Tehuantepec"},
		{"Santa Catarina", ""},
		{"San Nicolás de los Garza", ""},
		{"San Pedro y San Pablo Ayutla", ""},
		{"Guadalajara", ""},
	}
	for _, tt := range tests {
		got, ok := saintless(tt.name)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("saintless(%q) = %q, %v; want %q", tt.name, got, ok, tt.want)
		}
	}
}

func TestLookupState(t *testing.T) {
	g := load(t)
	tests := []struct{ in, want string }{
		{"Jalisco", "14"}, {"jalisco", "14"}, {"JAL", "14"}, {"Jal.", "14"}, {"14", "14"},
		{"Yalisco", "14"}, {"Edomex", "15"}, {"Estado de México", "15"}, {"State of Mexico", "15"},
		{"CDMX", "09"}, {"DF", "09"}, {"Mexico City", "09"}, {"Ciudad de Mexico", "09"},
		{"Michoacan", "16"}, {"Michoacán de Ocampo", "16"}, {"Guanajato", "11"}, {"NL", "19"},
		{"Nuevo Leon", "19"}, {"Q. Roo", "23"}, {"SLP", "24"}, {"Coahuila de Zaragoza", "05"},
		{"9", "09"}, {"veracruz", "30"}, {"estado de Sinaloa", "25"},
		{"", ""}, {"Texas", ""}, {"Guadalajara", ""}, {"Morales", ""},
	}
	for _, tt := range tests {
		p, ok := g.LookupState(tt.in)
		if got := p.StateCode; ok != (tt.want != "") || got != tt.want {
			t.Errorf("LookupState(%q) = %q (%s), %v; want %q", tt.in, got, p.Name, ok, tt.want)
		}
	}
}

// texts returns the mention texts.
func texts(ms []Mention) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Text
	}
	return out
}

func TestFind(t *testing.T) {
	g := load(t)
	tests := []struct {
		text string
		want []string // mention texts, in order
	}{
		{"Bloqueos en Tlaquepaque y Zapopan, Jalisco.", []string{"Tlaquepaque", "Zapopan", "Jalisco"}},
		{"quema de vehiculos en tlaquepaque jalisco", []string{"tlaquepaque", "jalisco"}},
		{"the sinaloa cartel and the cartel de sinaloa", nil},
		{"El Cártel Jalisco Nueva Generación atacó en Michoacan.", []string{"Michoacan"}},
		{"the Jalisco New Generation Cartel", nil},
		{"En Yalisco y en Guanajato hubo bloqueos.", []string{"Yalisco", "Guanajato"}},
		{"Balacera en la avenida Hidalgo y la calle Morelos de la colonia Juárez.", nil},
		{"Atacan a policías en Hidalgo del Parral.", []string{"Hidalgo del Parral"}},
		{"bloqueo en la autopista Guadalajara–Colima y en la carretera federal 15D", []string{"autopista Guadalajara–Colima", "carretera federal 15D"}},
		{"cerrada la Autopista Guadalajara - Colima", []string{"Autopista Guadalajara - Colima"}},
		{"Lo trasladaron al penal del Altiplano desde el AICM.", []string{"penal del Altiplano", "AICM"}},
		{"la zona metropolitana de Guadalajara y el Arco Norte", []string{"zona metropolitana de Guadalajara", "Arco Norte"}},
		{"Sucedió en Ciudad Juárez y en la CDMX.", []string{"Ciudad Juárez", "CDMX"}},
		{"no habrá paz ni progreso sin reforma en el pueblo", nil},
		{"El gobernador llamó a la unión y la libertad.", nil},
		{"Ataque en Uruapan; otro en Cancún.", []string{"Uruapan", "Cancún"}},
		// Two streets named after one plural street word ("las calles
		// Sinaloa y Jalisco") are both streets; two towns are not.
		{"en el cruce de las calles Sinaloa y Jalisco, en Cajeme", []string{"Cajeme"}},
		{"sobre las avenidas Benito Juárez y Colima hubo choques", nil},
		{"Hubo bloqueos en Sinaloa y Jalisco.", []string{"Sinaloa", "Jalisco"}},
		{"cerraron calles en Sinaloa y Jalisco", []string{"Sinaloa", "Jalisco"}},
		// A number word that counts something is no town (Catorce, SLP).
		{"Catorce bloqueos dejó la noche en Jalisco.", []string{"Jalisco"}},
		{"Balacera en Catorce, San Luis Potosí.", []string{"Catorce", "San Luis Potosí"}},
		// "the Rio Grande" is the river; the town takes no article, or
		// a noun of a town after it.
		{"He was shot in Matamoros, across the Rio Grande from Brownsville.", []string{"Matamoros"}},
		{"A blockade at the entrance to Rio Grande, Zacatecas.", []string{"Rio Grande", "Zacatecas"}},
		{"a village in the Río Grande municipality", []string{"Río Grande"}},
		{"Hombres armados en Tonalá.", []string{"Tonalá"}},
		{"GDL amaneció con bloqueos; en gdl no.", []string{"GDL"}},
		{"Miguel Hidalgo dijo que Benito Juárez fue presidente", []string{"Miguel Hidalgo", "Benito Juárez"}},
		{"Dijo que Pedro Hidalgo y Ana Victoria llegaron", nil},
		{"Colina y Pueblo no son lugares", nil},
		{"La Familia Michoacana y La Familia Michoacána", nil},
		{"El secretario Omar García Harfuch visitó la zona.", nil},
		{"Violence in Mexico grew; en México crece la violencia.", []string{"Mexico", "México"}},
		// An all-lowercase transcript cannot capitalize: a name that is
		// not ambiguous is taken after a place preposition.
		{"se reportan bloqueos a la altura de sayula desde anoche", []string{"sayula"}},
		{"Bloqueos a la altura de sayula, dijo la Policía.", nil},
		// (also when its turns, split by " / ", open with a speaker's label)
		{"hubo disparos en tomatlán anoche / PREGUNTA: hay detenidos / RESPUESTA: no", []string{"tomatlán"}},
		{"hubo disparos en tomatlán anoche / Pregunta: hay detenidos", nil},
		// Misheard state names in lower case, only after "estado de".
		{"les informamos que en el estado de yalisco hay bloqueos", []string{"yalisco"}},
		{"in the state of michoacann gunmen", []string{"michoacann"}},
		{"el estado de animo de la gente", nil},
		{"dijo que yalisco estaba tranquilo", nil},
		// A transcript spells names as they sound (z/s, ll/y, v/b, h):
		// after a place preposition, the spoken form of a town is the town,
		// and a longer spoken name wins over the exact short one.
		{"el enfrentamiento de ayer en apatsingan dejo doce muertos", []string{"apatsingan"}},
		{"cerrada la autopista a la altura de acatlan de juares", []string{"acatlan de juares"}},
		{"dijo que apatsingan estaba tranquilo", nil},
		// "villa" heard as "via"; a locality of several words heard too.
		{"hubo disparos en via de reyes esta mañana", []string{"via de reyes"}},
		{"un camion quemado a la altura de el sausal de rodrigues", []string{"el sausal de rodrigues"}},
		{"Enfrentamiento en Apatsingan, Michoacán.", []string{"Michoacán"}},
		// A town's one-word name heard as two words; a town's name that
		// is also a surname after "municipio de" is the town.
		{"hubo bloqueos en tlaque paque anoche", []string{"tlaque paque"}},
		{"quemaron un camion en el municipio de escobedo esta mañana", []string{"escobedo"}},
		{"en la casa de escobedo no hubo nada", nil},
		{"no habrá paz ni progreso sin reforma en el pueblo", nil},
		// j breathed as h ("hulimes" for Julimes); a station greets its
		// town ("buenas tardes ohinaga"), not any word after a greeting.
		{"hubo un bloqueo en la entrada de hulimes", []string{"hulimes"}},
		{"muy buenas tardes ohinaga les informamos", []string{"ohinaga"}},
		{"muy buenas tardes amigos les informamos", nil},
		// Two spellings of one town that sound alike ("Jacala de Ledezma"
		// and its alias "Jacala de Ledesma") are the town, not two towns
		// that a transcript's spelling cannot tell; a soft g sounds as j,
		// a hard c as k.
		{"reportan balazos en hacala de ledesma desde anoche", []string{"hacala de ledesma"}},
		{"reportan balazos en cosaotlan de carbajal desde anoche", []string{"cosaotlan de carbajal"}},
		{"un asalto en cabo san lukas desde anoche", []string{"cabo san lukas"}},
		{"quemaron dos camiones en el municipio de mujica", []string{"mujica"}},
		// A town's name that is also a word or a person's, after "en" or
		// "in", is the town when the newscast's other places lie in its
		// state; alone, or with places of another state, it is not.
		{"hubo un enfrentamiento en apatzingan tambien en buenavista quemaron un trailer", []string{"apatzingan", "buenavista"}},
		{"hubo balazos en culiacan y en guasave tambien en navolato quemaron un trailer", []string{"culiacan", "guasave", "navolato"}},
		{"tambien en buenavista quemaron un trailer", nil},
		{"hubo balazos en culiacan y la investigacion sigue en progreso", []string{"culiacan"}},
		{"hubo balazos en culiacan y en tijuana y en buenavista quemaron un trailer", []string{"culiacan", "tijuana"}},
		// Towns of two states that sound alike (Centla, Tabasco, and
		// Zentla, Veracruz; Coetzala, Veracruz, and Cohetzala, Puebla)
		// stay apart: neither is heard.
		// English transcripts place after "in", "of", "near"; a name of
		// several words heard split or run together ("nuevo la redo"); a
		// town's name that is also a person's, heard before its state's
		// name ("ayende nuevo leon"), is that state's town.
		{"a farming town north of culia khan officials say", []string{"culia khan"}},
		{"gunmen stormed a beach bar in mazz atlan early sunday", []string{"mazz atlan"}},
		{"the army arrested three men near kulia khan on sunday", []string{"kulia khan"}},
		{"disparos en la colonia la joya de nuevo la redo esta tarde", []string{"nuevo la redo"}},
		{"la jornada en lasaro cardenas michoacan esta madrugada", []string{"lasaro cardenas", "michoacan"}},
		{"en el municipio de ayende nuevo leon balearon una gasolinera", []string{"ayende", "nuevo leon"}},
		{"la jornada en lasaro cardenas esta madrugada", nil},
		{"in the state of the art one of the officers said", nil},
		{"reportan balazos en sentla desde anoche", nil},
		{"reportan balazos en koetsala desde anoche", nil},
		// A transcript's speakers' labels are its only capitals: its
		// speech is still lowercase (english71).
		{"VOCERO: lo del martes en la tarde en caborka fue un enfrentamiento\nREPORTERA: y en apatsingan", []string{"caborka", "apatsingan"}},
		{"SECRETARIO DE SEGURIDAD: ayer en apatsingan hubo un ataque con drones", []string{"apatsingan"}},
		{"VOCERO: lo del martes en caborka, dijo el Vocero", nil},
		{"", nil},
	}
	for _, tt := range tests {
		got := texts(g.Find(tt.text))
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Find(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestFindCandidates(t *testing.T) {
	g := load(t)
	ms := g.Find("Hubo disparos en Tonalá.")
	if len(ms) != 1 {
		t.Fatalf("got %d mentions", len(ms))
	}
	states := map[string]bool{}
	for _, c := range ms[0].Candidates {
		states[c.StateCode] = true
	}
	if !states["14"] || !states["07"] {
		t.Errorf("Tonalá candidates cover states %v, want at least Jalisco and Chiapas", states)
	}
	if ms[0].Candidates[0].MunicipalityCode != "14101" {
		t.Errorf("most likely Tonalá before context = %s, want the larger 14101", ms[0].Candidates[0].MunicipalityCode)
	}
	ms = g.Find("Marcha en Yalisco")
	if len(ms) != 1 || !ms[0].Fuzzy || ms[0].Candidates[0].StateCode != "14" || ms[0].Candidates[0].Kind != State {
		t.Errorf("Yalisco: %+v", ms)
	}
}

type want struct {
	text, name, code string // code: municipality code, or state code for states
}

func TestResolve(t *testing.T) {
	g := load(t)
	tests := []struct {
		text  string
		prior string
		want  []want
	}{
		{"Un ataque en Tonalá, Chiapas dejó tres muertos.", "",
			[]want{{"Tonalá", "Tonalá", "07097"}, {"Chiapas", "Chiapas", "07"}}},
		{"Un ataque en Tonalá (Veracruz) dejó tres muertos.", "",
			[]want{{"Tonalá", "Tonalá", "30204"}, {"Veracruz", "Veracruz", "30"}}},
		{"Bloqueos en Guadalajara, Zapopan y Tonalá.", "",
			[]want{{"Guadalajara", "Guadalajara", "14039"}, {"Zapopan", "Zapopan", "14120"}, {"Tonalá", "Tonalá", "14101"}}},
		{"Balacera en Tonalá; hay dos heridos.", "07",
			[]want{{"Tonalá", "Tonalá", "07097"}}},
		{"Enfrentamiento en Juárez, Nuevo León.", "",
			[]want{{"Juárez", "Juárez", "19031"}, {"Nuevo León", "Nuevo León", "19"}}},
		{"Asesinan a dos en Ciudad Juárez.", "",
			[]want{{"Ciudad Juárez", "Juárez", "08037"}}},
		{"La Paz, dijo el obispo, es posible. Victoria llegó tarde.", "", nil},
		{"Miguel Hidalgo dijo que Benito Juárez fue presidente.", "", nil},
		{"García dijo que García no sabía nada.", "", nil},
		// A town shortened by its leading saint.
		{"Asesinan a un hombre afuera de su taller en Pochutla", "",
			[]want{{"Pochutla", "San Pedro Pochutla", "20324"}}},
		{"Detienen a tres en Tuxtepec, Oaxaca.", "",
			[]want{{"Tuxtepec", "San Juan Bautista Tuxtepec", "20184"}, {"Oaxaca", "Oaxaca", "20"}}},
		// A town in lower case after "municipio de", in mixed-case text.
		{"Hieren a un hombre en el municipio de villa de Alvarez", "",
			[]want{{"villa de Alvarez", "Villa de Álvarez", "06010"}}},
		// "Municipal de": an office of the town.
		{"Atacan la comandancia municipal de Moctezuma", "",
			[]want{{"Moctezuma", "Moctezuma", "24022"}}},
		// "X de León" from a Guanajuato outlet: a neighbourhood of León,
		// unless a person's name ("Juan Pérez de León").
		{"Enfrentamiento en Villas de León deja un muerto", "11",
			[]want{{"León", "León", "11020"}}},
		{"Atacan a balazos a dos hombres en la San Felipe de León", "11",
			[]want{{"León", "León", "11020"}}},
		{"Declaró el testigo Juan Pérez de León ante el juez", "11", nil},
		// A hashtag's "#" does not hide the "en" before the name.
		{"LO EJECUTARON EN #GARCÍA", "",
			[]want{{"GARCÍA", "García", "19018"}}},
		{"#GARCÍA DIJO QUE NO SABÍA NADA", "", nil},
		{"Violence in Mexico is rising.", "", []want{{"Mexico", "México", ""}}},
		{"Detienen a dos en la alcaldía Miguel Hidalgo.", "",
			[]want{{"Miguel Hidalgo", "Miguel Hidalgo", "09016"}}},
		{"Detienen a tres en el municipio de La Paz, Baja California Sur.", "",
			[]want{{"La Paz", "La Paz", "03003"}, {"Baja California Sur", "Baja California Sur", "03"}}},
		{"Incendian una tienda en Hidalgo.", "",
			[]want{{"Hidalgo", "Hidalgo", "13"}}},
		// A municipality's name without its trailing qualifier.
		{"Balacera en Tepeji del Río deja dos muertos.", "",
			[]want{{"Tepeji del Río", "Tepeji del Río de Ocampo", "13063"}}},
		{"Secuestran a cuatro en Tlapa, Guerrero.", "",
			[]want{{"Tlapa", "Tlapa de Comonfort", "12066"}, {"Guerrero", "Guerrero", "12"}}},
		// A person's two names as the qualifier ("de Vázquez Pallares").
		{"Atacan con drones la cabecera de Coalcomán, Michoacán.", "",
			[]want{{"Coalcomán", "Coalcomán de Vázquez Pallares", "16015"}, {"Michoacán", "Michoacán", "16"}}},
		// Short forms that are ordinary words are not indexed.
		{"La Unión y el Paso del río.", "", nil},
		{"Marchan en Yalisco.", "",
			[]want{{"Yalisco", "Jalisco", "14"}}},
		// A town of unknown size needs no cue, unless it is inside a
		// longer name.
		{"Localizan narcolaboratorio en predio de Teuchitlán", "",
			[]want{{"Teuchitlán", "Teuchitlán", "14095"}}},
		{"Asesinan a tres en la colonia San Buenaventura, en Ixtapaluca.", "",
			[]want{{"Ixtapaluca", "Ixtapaluca", "15039"}}},
		{"Ultiman a dos en la colonia Plan de Ayala", "", nil},
		// A headline's label names the place; so do a town's offices and
		// streets, and the city after a colonia's name.
		{"León: hallan restos humanos en un canal", "",
			[]want{{"León", "León", "11020"}}},
		{"Detiene policía de Guadalupe a dos con droga", "19",
			[]want{{"Guadalupe", "Guadalupe", "19026"}}},
		{"Balean a un hombre en la colonia Obrera de León", "",
			[]want{{"León", "León", "11020"}}},
		{"Incendian camionetas en la colonia Jardines de Morelos", "", nil},
		// A URL slug as a title: lower case, words joined by dashes.
		{"Asesinan-a-un-comerciante-en-yautepec", "",
			[]want{{"yautepec", "Yautepec", "17029"}}},
		{"detiene-sspe-en-juarez-a-pareja-armada", "",
			[]want{{"juarez", "Juárez", "08037"}}},
		{"descansa-en-paz-el-joven-victoria", "", nil},
		// A community named before its town lies in it.
		{"Disparan contra un hombre en la comunidad de Jala en Coquimatlán", "",
			[]want{{"Coquimatlán", "Coquimatlán", "06004"}}},
		{"Aseguran laboratorios en Badiraguato, Cosalá y Elota", "",
			[]want{{"Badiraguato", "Badiraguato", "25003"}, {"Cosalá", "Cosalá", "25005"}, {"Elota", "Elota", "25008"}}},
		// A state's name is its capital's when the text says so or the
		// source is at home there, unless it qualifies a place or another
		// place of the state is named (since ucdp26 "Chihuahua capital" is
		// one name, the capital's: capitalNames).
		{"Detienen a narcomenudista en Chihuahua capital", "",
			[]want{{"Chihuahua capital", "Chihuahua", "08019"}}},
		{"Ejecutan a un hombre en Chihuahua", "08",
			[]want{{"Chihuahua", "Chihuahua", "08019"}}},
		{"Ejecutan a un hombre en Chihuahua", "",
			[]want{{"Chihuahua", "Chihuahua", "08"}}},
		{"Ejecutan a un hombre en el estado de Chihuahua", "08",
			[]want{{"Chihuahua", "Chihuahua", "08"}}},
		{"Ejecutan a un hombre en Cuauhtémoc, Chihuahua", "08",
			[]want{{"Cuauhtémoc", "Cuauhtémoc", "08017"}, {"Chihuahua", "Chihuahua", "08"}}},
		{"Balacera en Sinaloa", "25",
			[]want{{"Sinaloa", "Sinaloa", "25"}}},
		// A state's abbreviation after a place, as datelines write it.
		{"Balacera en Cuauhtémoc, Chih. deja tres muertos", "",
			[]want{{"Cuauhtémoc", "Cuauhtémoc", "08017"}}},
		{"Desaparece menor de 14 años en el municipio de Juárez, NL", "",
			[]want{{"Juárez", "Juárez", "19031"}}},
		{"Detienen a dos en Tonalá, Chis", "",
			[]want{{"Tonalá", "Tonalá", "07097"}}},
		{"Ejecutan a un hombre en Tonalá, Col. Centro", "14",
			[]want{{"Tonalá", "Tonalá", "14101"}}},
		// A municipality of the source's home state beats another state
		// of the same name, unless the text says "estado".
		{"Reportan enfrentamiento en Guerrero", "08",
			[]want{{"Guerrero", "Guerrero", "08031"}}},
		{"Reportan enfrentamiento en el estado de Guerrero", "08",
			[]want{{"Guerrero", "Guerrero", "12"}}},
		// ... or where no act is placed: a state as a subject is the
		// state; a headline's label is the town.
		{"Vive Guerrero una ola de violencia", "08",
			[]want{{"Guerrero", "Guerrero", "12"}}},
		{"Guerrero: reportan enfrentamiento", "08",
			[]want{{"Guerrero", "Guerrero", "08031"}}},
		// The centre of a state or a town is no place of its own.
		{"Aseguran un bar en Centro de Oaxaca", "",
			[]want{{"Oaxaca", "Oaxaca", "20"}}},
		// ("la ciudad de Colima" is the capital city.)
		{"Agresion-en-centro-de-la-ciudad-de-colima", "", []want{{"colima", "Colima", "06002"}}},
		// A neighbourhood named like a locality elsewhere.
		{"Balean a dos en la Colonia Guadalupe", "", nil},
		// A locality told without its settlement word ("Campestre
		// Flamboyanes").
		{"Arde un camión a la altura de Flamboyanes, Yucatán", "",
			[]want{{"Flamboyanes", "Campestre Flamboyanes", "31059"}, {"Yucatán", "Yucatán", "31"}}},
		// "Cd." for "Ciudad"; a label after ";" in a list of headlines.
		{"Eight Killed in CD Juarez", "",
			[]want{{"CD Juarez", "Juárez", "08037"}}},
		{"Gunmen kill five at a party;Juárez: Gunmen attack party", "",
			[]want{{"Juárez", "Juárez", "08037"}}},
		// Municipalities named like words stay words without a cue.
		{"Suma Tijuana 620 homicidios en el año", "",
			[]want{{"Tijuana", "Tijuana", "02004"}}},
		{"CASAS DE SEGURIDAD ASEGURADAS", "", nil},
		{"Mascota abandonada en la Isla", "", nil},
		{"Balean a un hombre en Armería", "",
			[]want{{"Armería", "Armería", "06001"}}},
		// A name that is a word still needs a cue or support.
		{"Victoria dijo: no hubo clases", "", nil},
		// A town's own name after a venue or its people: a city, or a
		// municipality of the outlet's state; not a neighbourhood's name
		// elsewhere.
		{"Balacera en la cantina de Tuxpan deja un herido", "30",
			[]want{{"Tuxpan", "Tuxpan", "30189"}}},
		{"Vecinos de Comonfort hallan un cuerpo en un canal", "11",
			[]want{{"Comonfort", "Comonfort", "11009"}}},
		{"Hallan a un hombre sin vida en un domicilio de Álamos", "22", nil},
		// The outlet's city after a lowercase word and "de"; a surname
		// after a capitalized one.
		{"Hieren a un joven en un taller mecánico de León", "11",
			[]want{{"León", "León", "11020"}}},
		{"Detienen a Ramiro Ponce de León por robo", "11", nil},
		// A state's name after "la capital de", "la ciudad de": its capital.
		{"Acribillan a un hombre en la capital de Zacatecas", "",
			[]want{{"Zacatecas", "Zacatecas", "32056"}}},
		{"Balean a dos en la ciudad de Chihuahua", "",
			[]want{{"Chihuahua", "Chihuahua", "08019"}}},
		{"Balean a dos en el estado de Chihuahua", "",
			[]want{{"Chihuahua", "Chihuahua", "08"}}},
		// After "el municipio de": the namesake town, even when it is not
		// the capital (Veracruz's is Xalapa).
		{"Queman un negocio en el municipio de Veracruz", "",
			[]want{{"Veracruz", "Veracruz", "30193"}}},
		{"Balean una tienda en el municipio de Colima", "",
			[]want{{"Colima", "Colima", "06002"}}},
		// The centre of a town named after "colonia Centro de".
		{"Asesinan a un hombre en la colonia Centro de Yautepec", "",
			[]want{{"Yautepec", "Yautepec", "17029"}}},
		// A village of another state than the outlet's, which the text
		// does not support: a neighbourhood at home, not that village;
		// unless the text names its state.
		{"Matan a una comerciante en Ocotepec", "17", nil},
		{"Matan a una comerciante en Ocotepec, Chiapas", "17",
			[]want{{"Ocotepec", "Ocotepec", "07060"}, {"Chiapas", "Chiapas", "07"}}},
		// The same for a small town whose name is its own: far from the
		// outlet's home, a neighbourhood there.
		{"Rafaguean domicilio en la colonia Riberas de Sacramento", "08", nil},
		{"Agreden a tiros a un hombre en Amatitlán", "17", nil},
		{"Agreden a tiros a un hombre en Amatitlán, Veracruz", "17",
			[]want{{"Amatitlán", "Amatitlán", "30012"}, {"Veracruz", "Veracruz", "30"}}},
		{"ACRIBILLAN A DOS EN #AMATITLÁN", "08",
			[]want{{"AMATITLÁN", "Amatitlán", "30012"}}},
		{"Agreden a tiros a un hombre en Amatitlán", "",
			[]want{{"Amatitlán", "Amatitlán", "30012"}}},
		// A name outside the outlet's state before a town of it that
		// closes the clause: a place inside that town.
		{"Hallan cadáver en la comunidad de Lagunillas, León", "11",
			[]want{{"León", "León", "11020"}}},
		// A capital named by its state's demonym, a city by its nickname.
		{"Asesinan a un hombre en la capital potosina", "",
			[]want{{"capital potosina", "San Luis Potosí", "24028"}}},
		{"Balean a dos en el puerto jarocho", "",
			[]want{{"puerto jarocho", "Veracruz", "30193"}}},
		{"Matan a un joven en la Perla Tapatía", "",
			[]want{{"Perla Tapatía", "Guadalajara", "14039"}}},
		// A slug's town after a venue and "de".
		{"balean-a-dos-en-un-bar-de-coquimatlan", "",
			[]want{{"coquimatlan", "Coquimatlán", "06004"}}},
		// In capitals, a person's name after "MUNICIPIO DE" is the town's.
		{"HALLAN A UN HOMBRE SIN VIDA EN EL MUNICIPIO DE ÁLVARO OBREGÓN", "16",
			[]want{{"ÁLVARO OBREGÓN", "Álvaro Obregón", "16003"}}},
		{"DETIENEN A MIGUEL HIDALGO PÉREZ EN UN CATEO", "16", nil},
		{"Hallan restos humanos en Villa de Álvarez", "26",
			[]want{{"Villa de Álvarez", "Villa de Álvarez", "06010"}}},
		{"Balean a un chofer en Ticul", "04",
			[]want{{"Ticul", "Ticul", "31089"}}},
		{"Matan a una comerciante en Ocotepec", "",
			[]want{{"Ocotepec", "Ocotepec", "07060"}}},
		// Homonym towns named together lie in the state they share.
		{"Queman un tráiler al norte de San Fernando, rumbo a Matamoros", "",
			[]want{{"San Fernando", "San Fernando", "28035"}, {"Matamoros", "Matamoros", "28022"}}},
		{"Bloqueos en San Fernando y Tonalá", "",
			[]want{{"San Fernando", "San Fernando", "07079"}, {"Tonalá", "Tonalá", "07097"}}},
		// A place "municipio de" a town: the homonym town it lies in.
		{"Balacera en Río Bravo, municipio de Allende", "",
			[]want{{"Río Bravo", "Río Bravo", "05003"}, {"Allende", "Allende", "05003"}}},
		{"Gunfire in Aquiles Serdán, in the municipality of Mazatán", "",
			[]want{{"Aquiles Serdán", "Aquiles Serdán", "07054"}, {"Mazatán", "Mazatán", "07054"}}},
		// The town after a neighbourhood, closing the clause.
		{"Atacan a un taxista en Lomas del Sur, León; muere en el hospital", "",
			[]want{{"León", "León", "11020"}}},
		// A state, then its country: not Morelos in the State of Mexico.
		{"Morelos, Mexico: gunmen warn thieves", "",
			[]want{{"Morelos", "Morelos", "17"}, {"Mexico", "México", ""}}},
		{"Balacera en Ecatepec, Méx.", "",
			[]want{{"Ecatepec", "Ecatepec de Morelos", "15033"}}},
		// A town, then the country written out in English: not a locality
		// of the State of Mexico named like the town.
		{"TEPALCATEPEC, Mexico (GPA) — Drones struck homes", "",
			[]want{{"TEPALCATEPEC", "Tepalcatepec", "16089"}, {"Mexico", "México", ""}}},
		{"Tepalcatepec, Mexico: drones strike homes", "",
			[]want{{"Tepalcatepec", "Tepalcatepec", "16089"}, {"Mexico", "México", ""}}},
		// (the abbreviation is the state)
		{"Balacera en Tenancingo, Méx.", "",
			[]want{{"Tenancingo", "Tenancingo", "15088"}}},
		// The centre of a town named after it, not Centro (Tabasco).
		{"ASESINAN A SUJETO EN CENTRO DE CIUDAD GUERRERO", "08",
			[]want{{"CIUDAD GUERRERO", "Ciudad Guerrero", "08031"}}},
		{"Retaliation massacre in Q Roo", "",
			[]want{{"Q Roo", "Quintana Roo", "23"}}},
		{"Rafaguean casas en la Valle del Tecnológico de #SLP", "",
			[]want{{"SLP", "San Luis Potosí", "24"}}},
		// Waters named after their place.
		{"Hallan cuerpo de mujer en laguna de Hidalgo", "",
			[]want{{"Hidalgo", "Hidalgo", "13"}}},
		// A small town of one state before a town of another that
		// closes the clause: a place inside the second; two cities stay
		// a list.
		{"CJNG massacred 18 sleeping rivals in La Huerta, Aguililla", "",
			[]want{{"Aguililla", "Aguililla", "16002"}}},
		{"Balean a dos en Tijuana, Culiacán", "",
			[]want{{"Tijuana", "Tijuana", "02004"}, {"Culiacán", "Culiacán", "25006"}}},
		// A headline's opening verb of counting or suffering, then the
		// place it counts for; not after another word.
		{"Registra Juárez 10 ejecutados", "",
			[]want{{"Juárez", "Juárez", "08037"}}},
		{"Padece Guerrero ola de asesinatos", "",
			[]want{{"Guerrero", "Guerrero", "12"}}},
		{"Violencia en Sonora; Acumula Juárez 300 muertos", "",
			[]want{{"Sonora", "Sonora", "26"}, {"Juárez", "Juárez", "08037"}}},
		{"El perito registra Juárez y Victoria como apellidos", "", nil},
		// The valley of Juárez (Chihuahua), in English, and its road.
		{"Corpse left in the Juárez Valley", "",
			[]want{{"Juárez Valley", "Valle de Juárez (Chihuahua)", ""}}},
		{"They find two bodies on one side of Juárez-Porvenir", "",
			[]want{{"Juárez-Porvenir", "Valle de Juárez (Chihuahua)", ""}}},
		{"Body found in Playas de Tijuana", "",
			[]want{{"Playas de Tijuana", "Playas de Tijuana", "02004"}}},
		// A nickname in quotes is no place; a town and its state with
		// no comma between them.
		{"La captura de \"El Durazno\" y la violencia en Acapulco", "",
			[]want{{"Acapulco", "Acapulco de Juárez", "12001"}}},
		{"Detienen a dos sujetos armados en BCS", "",
			[]want{{"BCS", "Baja California Sur", "03"}}},
		{"Balacera en Tonalá Chiapas deja dos muertos", "",
			[]want{{"Tonalá", "Tonalá", "07097"}, {"Chiapas", "Chiapas", "07"}}},
		// Districts of the big cities, also told with an article after
		// "en"; a district of known size is no village of the outlet's
		// town, a village of unknown size still is.
		{"Asesinan a un hombre en Tepito", "",
			[]want{{"Tepito", "Tepito", "09015"}}},
		{"Balean a un joven en la Roma Norte", "",
			[]want{{"Roma Norte", "Roma Norte", "09015"}}},
		{"Matan a un hombre en el Cerro del Cuatro", "",
			[]want{{"Cerro del Cuatro", "Cerro del Cuatro", "14098"}}},
		{"Ejecutan a un hombre en Tlatelolco", "19",
			[]want{{"Tlatelolco", "Tlatelolco", "09015"}}},
		{"Ejecutan a un hombre en Los Sabinos", "19", nil},
		{"Balacera en la Libertad deja dos heridos", "", nil},
		{"Balacera en la Cañada deja dos heridos", "", nil},
		// Baja California Sur and Nuevo León by their initials.
		{"Ejecutan a dos en BCS", "",
			[]want{{"BCS", "Baja California Sur", "03"}}},
		{"Balacera en Escobedo, N.L.", "",
			[]want{{"Escobedo", "General Escobedo", "19021"}, {"N.L.", "Nuevo León", "19"}}},
	}
	for _, tt := range tests {
		rs := g.Resolve(tt.text, g.Find(tt.text), tt.prior)
		var got []want
		for _, r := range rs {
			code := r.Place.MunicipalityCode
			if r.Place.Kind == State {
				code = r.Place.StateCode
			}
			got = append(got, want{r.Text, r.Place.Name, code})
			if r.Score <= 0 || r.Score > 1 {
				t.Errorf("%q: score %v", r.Text, r.Score)
			}
		}
		if len(got) != len(tt.want) {
			t.Errorf("Resolve(%q) = %v, want %v", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("Resolve(%q)[%d] = %v, want %v", tt.text, i, got[i], tt.want[i])
			}
		}
	}
}

func TestResolveScore(t *testing.T) {
	g := load(t)
	qualified := g.Resolve("Ataque en Tonalá, Chiapas.", g.Find("Ataque en Tonalá, Chiapas."), "")
	bare := g.Resolve("Ataque en Tonalá.", g.Find("Ataque en Tonalá."), "")
	if len(qualified) == 0 || len(bare) == 0 {
		t.Fatal("no resolution")
	}
	if qualified[0].Score <= bare[0].Score {
		t.Errorf("score with state %v <= score without %v", qualified[0].Score, bare[0].Score)
	}
}

func TestHighwaysAndAreas(t *testing.T) {
	g := load(t)
	tests := []struct {
		text  string
		kind  Kind
		munis []string // some municipality codes it must cover
	}{
		{"autopista Guadalajara-Colima", Highway, []string{"14097", "06002"}},
		{"Arco Norte", Highway, []string{"13076"}},
		{"zona metropolitana de Guadalajara", MetroArea, []string{"14039", "14120", "14098", "14101"}},
		{"área metropolitana de Monterrey", MetroArea, []string{"19039", "19026"}},
		{"autopista Mazatlán–Durango", Highway, []string{"25012", "10005"}},
	}
	for _, tt := range tests {
		ms := g.Find(tt.text)
		if len(ms) != 1 {
			t.Errorf("Find(%q) = %q", tt.text, texts(ms))
			continue
		}
		p := ms[0].Candidates[0]
		if p.Kind != tt.kind {
			t.Errorf("%q: kind %s, want %s", tt.text, p.Kind, tt.kind)
		}
		for _, c := range tt.munis {
			found := false
			for _, m := range p.Municipalities {
				found = found || m == c
			}
			if !found {
				t.Errorf("%q does not cover %s (covers %v)", tt.text, c, p.Municipalities)
			}
		}
	}
}

func TestReverse(t *testing.T) {
	g := load(t)
	tests := []struct {
		lat, lon    float64
		state, muni string
	}{
		{20.6767, -103.3475, "14", "14039"}, // Guadalajara centre
		{19.4326, -99.1332, "09", "09015"},  // Zócalo, Cuauhtémoc
		{19.6010, -99.0500, "15", "15033"},  // Ecatepec
		{25.6866, -100.3161, "19", "19039"}, // Monterrey
		{31.6900, -106.4200, "08", "08037"}, // Ciudad Juárez
		{24.8091, -107.3940, "25", "25006"}, // Culiacán
		{16.2340, -93.8990, "07", ""},       // near Tonalá, Chiapas
		{20.9674, -89.5926, "31", "31050"},  // Mérida
		{32.5149, -117.0382, "02", "02004"}, // Tijuana
	}
	for _, tt := range tests {
		s, m, ok := g.Reverse(tt.lat, tt.lon)
		if !ok || s.StateCode != tt.state || tt.muni != "" && m.MunicipalityCode != tt.muni {
			t.Errorf("Reverse(%v, %v) = %s %s (%s), %v; want %s %s", tt.lat, tt.lon, s.StateCode, m.MunicipalityCode, m.Name, ok, tt.state, tt.muni)
		}
	}
	for _, ll := range [][2]float64{{40.71, -74.0}, {29.76, -95.37}, {14.63, -90.51}, {0, 0}} {
		if s, _, ok := g.Reverse(ll[0], ll[1]); ok {
			t.Errorf("Reverse(%v) = %s, want not found", ll, s.Name)
		}
	}
}

func TestKindString(t *testing.T) {
	for k := Country; k <= BorderCrossing; k++ {
		got, ok := parseKind(k.String())
		if !ok || got != k {
			t.Errorf("parseKind(%q) = %v, %v", k.String(), got, ok)
		}
	}
	if Kind(200).String() != "unknown" {
		t.Error("Kind(200) should be unknown")
	}
}

func TestFindOnFixtures(t *testing.T) {
	g := load(t)
	for _, name := range []string{"testdata/news_es.txt", "testdata/news_en.txt"} {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		rs := g.Resolve(text, g.Find(text), "")
		got := map[string]bool{}
		for _, r := range rs {
			got[r.Place.Name] = true
			if r.Place.Kind == State {
				continue
			}
		}
		var must []string
		if strings.HasSuffix(name, "_es.txt") {
			must = []string{"Autopista Guadalajara–Colima", "Acatlán de Juárez", "Sayula", "San Pedro Tlaquepaque", "Tonalá", "El Salto", "Apatzingán", "Celaya", "Irapuato", "Culiacán", "Sinaloa", "Ciudad de México", "Autopista México–Querétaro"}
			for _, r := range rs {
				if r.Text == "Hidalgo" || r.Text == "Juárez" {
					t.Errorf("street name %q resolved to %s", r.Text, r.Place.Name)
				}
			}
		} else {
			must = []string{"Jalisco", "Michoacán", "Tapalpa", "Guadalajara", "Puerto Vallarta", "Reynosa", "Nuevo Laredo", "Tijuana", "Aeropuerto Internacional de Guadalajara"}
		}
		for _, n := range must {
			if !got[n] {
				t.Errorf("%s: %q not resolved; got %v", name, n, got)
			}
		}
	}
}

func checkMentions(t *testing.T, text string, ms []Mention) {
	t.Helper()
	prev := 0
	for _, m := range ms {
		if m.Start < prev || m.End <= m.Start || m.End > len(text) {
			t.Fatalf("bad span [%d,%d) after %d in %q", m.Start, m.End, prev, text)
		}
		if m.Text != text[m.Start:m.End] {
			t.Fatalf("Text %q != text[%d:%d] %q", m.Text, m.Start, m.End, text[m.Start:m.End])
		}
		if len(m.Candidates) == 0 {
			t.Fatalf("mention %q without candidates", m.Text)
		}
		prev = m.End
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Bloqueos en Tlaquepaque y Zapopan, Jalisco.",
		"autopista Guadalajara–Colima",
		"En Yalisco y Guanajato",
		"MICHOACÁN ß Ⅻ ǅ İstanbul Tonalá, Chiapas",
		"a\xffb Culiacán\u0301 CDMX",
		"",
		"asesinan-a-un-hombre-en-yautepec-\xff-en-juarez",
		"León: balean a dos;Juárez: matan a uno en Cuauhtémoc, Chih. y Tonalá (Jal.)",
		"Colinas de Plata, León, Rincón del Oro de Tijuana, Centro de Oaxaca",
		"en Chihuahua capital, Q",
		"en San Cristóbal Huichochitlán, San Antonio de los Cerritos y San Juan ",
		"EN LAS CALLES DE JUÁREZ; Sobre La Carretera Tuxpan-Tampico, centro de Jerez",
		"en San Juan \xff",
	} {
		f.Add(s)
	}
	g := load(f)
	f.Fuzz(func(t *testing.T, s string) {
		ms := g.Find(s)
		checkMentions(t, s, ms)
		for _, r := range g.Resolve(s, ms, "14") {
			if r.Score < 0 || r.Score > 1 || r.Place.Name == "" {
				t.Fatalf("bad resolution %+v", r)
			}
		}
	})
}

func benchText(b *testing.B) string {
	var sb strings.Builder
	for _, name := range []string{"testdata/news_es.txt", "testdata/news_en.txt"} {
		raw, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(raw)
	}
	one := sb.String()
	return strings.Repeat(one, (1<<20)/len(one)+1)
}

func BenchmarkFind(b *testing.B) {
	g := load(b)
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		g.Find(text)
	}
}

func BenchmarkFindResolve(b *testing.B) {
	g := load(b)
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		g.Resolve(text, g.Find(text), "")
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReverse(b *testing.B) {
	g := load(b)
	for b.Loop() {
		g.Reverse(20.6767, -103.3475)
	}
}

// TestResolveWeak checks that a weakly known prior still picks among
// homonyms but no longer reads a state's name as its namesake town in
// the prior's state.
func TestResolveWeak(t *testing.T) {
	g := load(t)
	tests := []struct {
		text, prior  string
		firm, weak   string // state code of the first place: Resolve, ResolveWeak
		firmK, weakK Kind
	}{
		{"Atacan a balazos a dos mujeres en Hidalgo; una muere", "19", "19", "13", Municipality, State},
		{"Balacera en Tonalá; hay dos heridos.", "07", "07", "07", Municipality, Municipality},
	}
	for _, tt := range tests {
		ms := g.Find(tt.text)
		for _, c := range []struct {
			rs   []Resolved
			st   string
			kind Kind
		}{{g.Resolve(tt.text, ms, tt.prior), tt.firm, tt.firmK}, {g.ResolveWeak(tt.text, ms, tt.prior), tt.weak, tt.weakK}} {
			if len(c.rs) == 0 {
				t.Errorf("%q: no place", tt.text)
				continue
			}
			if p := c.rs[0].Place; p.StateCode != c.st || p.Kind != c.kind {
				t.Errorf("%q (prior %s): %s %s/%s, want %s/%s", tt.text, tt.prior, p.Name, p.StateCode, p.Kind, c.st, c.kind)
			}
		}
	}
}
