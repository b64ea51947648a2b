package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/model"
)

// TestIncidentPlace checks where the first incident of a headline is
// placed: slugs, towns after venues, destinations, tallies whose own
// clause names no place. The headlines are written for the test.
func TestIncidentPlace(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2024, 8, 14, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		text   string
		source string
		state  string // INEGI code of the first incident's state
		muni   string // and of its municipality; "" for none
	}{
		// A URL slug: the gazetteer reads the lowercase town after "en-".
		{"balean-a-un-taxista-en-zacatepec", "", "17", "17031"},
		// Where someone comes from is not where it happened.
		{"Era de Sinaloa: acribillan a un policía en Caborca", "", "26", "26017"},
		{"Detienen a narcomenudista en Cajeme; es originario de Jalisco", "", "26", "26018"},
		// (also with an article before the place, in English after
		// "tourist from", and the state that qualifies the town of origin)
		{"ZAMORA, Mich.- Una mujer originaria de la Ciudad de México fue herida de bala anoche en un bar", "", "16", "16108"},
		{"Un joven originario del Estado de México fue asesinado anoche en la colonia Centro de Tecomán", "", "06", "06009"},
		{"A tourist from Mexico City was wounded in a shooting in Mazatlán", "", "25", "25012"},
		{"Gunmen wound two visitors from Monterrey, Nuevo León, at a beach club in Tulum", "", "23", "23009"},
		// Nor is where the crime someone is accused of or wanted for
		// happened, when the text names where the arrest was.
		{"Mujer acusada de extorsión agravada en Guerrero fue detenida en Coatzacoalcos", "", "30", "30039"},
		{"Detienen en Tepic a hombre acusado de homicidio en Jalisco", "", "18", "18017"},
		{"Era buscada por presunto homicidio en Zacatecas y cae en Juárez, Chihuahua", "", "08", "08037"},
		// (arrested there, or named alone: the place stays)
		{"Detienen a hombre acusado de homicidio en Tepic", "", "18", "18017"},
		{"hieren-a-balazos-a-un-joven-en-jojutla/", "", "17", "17012"},
		// The town a neighbourhood named as such lies in.
		{"Asesinan a un comerciante en la colonia Centro de Yautepec", "", "17", "17029"},
		// A destination is not where the incident happened.
		{"Trasladan a los detenidos al puerto de Lázaro Cárdenas tras la balacera en Apatzingán", "", "16", "16006"},
		{"Cocaine shipment bound for the port of Lázaro Cárdenas seized in Manzanillo", "", "06", "06007"},
		{"Balacera en el puerto de Lázaro Cárdenas deja dos heridos", "", "16", "16052"},
		// A headline's one town is where the victim was taken: the
		// nearest hospital, in the town where it happened.
		{"Repartidor baleado muere en hospital de Guasave", "", "25", "25011"},
		// A headline whose town is in its second clause: the first
		// clause's incident is in that town too.
		{"Atacan a balazos a una pareja; el hombre muere en Uruapan", "", "16", "16102"},
		{"Asesinan a un joven en la colonia Centro; ocurrió en Morelia, Michoacán", "", "16", "16053"},
		// A headline on a road between two towns: where the stretch starts.
		{"Hallan un cuerpo en la carretera Salamanca-Valle de Santiago", "", "11", "11027"},
		// A tally whose clause names no place: the report's one town,
		// or its one state.
		{"Violence goes on in Culiacán; 12 murdered over the weekend", "", "25", "25006"},
		{"Violence goes on in Culiacán and Navolato; 12 murdered over the weekend", "", "25", ""},
		// A neighbourhood the gazetteer does not know, from an outlet
		// whose name says its town: that town.
		{"Balean a un hombre en Lomas del Pedregal", "El Diario de Cuautla", "17", "17006"},
		{"Hieren a un joven en la Villas del Mirador", "El Sol de Tehuacán", "21", "21156"},
		// A state's name is the state.
		{"Balean a un hombre en Lomas del Pedregal", "Diario de Morelos", "", ""},
		// A headline placing its incident in a state and naming one town
		// of it elsewhere: the town.
		{"Sigue el huachicol en la CDMX; encuentran dos tomas clandestinas en Iztacalco", "", "09", "09006"},
		// "En" and a state's own name, where the capital bears it: the
		// capital; a state named otherwise, or whose capital has another
		// name, or among other states, stays the state.
		{"Asesinan a un hombre en Chihuahua", "", "08", "08019"},
		{"mujer-es-baleada-en-oaxaca", "", "20", "20067"},
		{"Asesinan a un hombre en el estado de Chihuahua", "", "08", ""},
		{"Balacera deja un muerto por calles de Chihuahua", "", "08", "08019"},
		{"Hallan un cuerpo en Sahuaros, Chihuahua", "", "08", ""},
		{"Asesinan a un hombre en Sinaloa", "", "25", ""},
		{"Detienen en Durango a un hombre buscado en Coahuila", "", "10", ""},
		// A neighbourhood named like a village or town elsewhere, from a
		// local outlet: its town (here the capital of its state).
		{"Detienen a un hombre en la colonia Emiliano Zapata", "El Heraldo de Chihuahua", "08", "08019"},
		{"Asesinan a un taxista en la colonia el Mezquital", "NTR Zacatecas", "32", "32056"},
		// English possessive: "Mexico's La Paz".
		{"Gunmen kill three in Mexico's La Paz", "", "03", "03003"},
	}
	for _, tt := range tests {
		r := model.Report{ID: "p", Kind: model.KindNews, Source: tt.source, Text: tt.text, Published: pub}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		if len(got) == 0 {
			t.Errorf("%q: no incident", tt.text)
			continue
		}
		l := got[0].Location
		if l.StateCode != tt.state || l.MunicipalityCode != tt.muni {
			t.Errorf("%q: placed in %s/%s (%q), want %s/%s", tt.text, l.StateCode, l.MunicipalityCode, l.Place, tt.state, tt.muni)
		}
	}
}

func TestMovedTo(t *testing.T) {
	tests := []struct {
		before string
		want   bool
	}{
		{"Trasladan a los detenidos al puerto de ", true},
		{"los llevaron a ", true},
		{"a shipment bound for the port of ", true},
		{"they were flown to ", true},
		{"Balacera en el puerto de ", false},
		{"Llevan a cabo un operativo en ", false},
		{"Matan a un hombre y hieren a otro en ", false},
		{"Trasladan a los heridos; hay balacera en ", false},
	}
	for _, tt := range tests {
		if got := movedTo(fold.String(tt.before)); got != tt.want {
			t.Errorf("movedTo(%q) = %v, want %v", tt.before, got, tt.want)
		}
	}
}

// TestDestinationLast checks movedTo's first test, read from the end,
// against the split it saves: on the 80 bytes before every word of the
// folded fixtures it is false only where the words, past the place's kind
// and article, do not end on a destination.
func TestDestinationLast(t *testing.T) {
	for _, tt := range []struct {
		before string
		want   bool
	}{
		{"trasladan a los detenidos al puerto de ", true},
		{"bound for the port of ", true},
		{"llevaron a ", true},
		{"balacera en el puerto de ", false},
		{"el puerto de ", false},
		{"", false},
		{"viajaban\u00a0a ", true}, // not ASCII: movedTo decides
	} {
		if got := destinationLast(tt.before); got != tt.want {
			t.Errorf("destinationLast(%q) = %v, want %v", tt.before, got, tt.want)
		}
	}
	ends := 0
	for _, s := range fixtureTexts(t, "testdata/*.[tj]s[vo]*") { // the .txt, .tsv and .jsonl fixtures
		f := fold.String(s)
		for i := 1; i < len(f); i++ {
			if isWord(f[i-1]) || !isWord(f[i]) {
				continue
			}
			before := f[max(0, i-80):i]
			ws := strings.Fields(before)
			for len(ws) > 0 && placeKindWord(ws[len(ws)-1]) {
				ws = ws[:len(ws)-1]
			}
			want := len(ws) > 0 && towardWord(ws[len(ws)-1])
			if want {
				ends++
			}
			if got := destinationLast(before); got != want && (want || isASCIIText(before)) {
				t.Errorf("destinationLast(%q) = %v, want %v", before, got, want)
			}
		}
	}
	if ends < 100 {
		t.Fatalf("%d windows end on a destination: the fixtures test little", ends)
	}
}

func TestInTown(t *testing.T) {
	tests := []struct {
		text string
		at   int
		want bool
	}{
		{"por calles de Chihuahua", 14, true},
		{"en pleno centro de Colima", 19, true},
		{"el epicentro de Colima", 16, false},
		{"en el estado de Colima", 16, false},
		{"de Colima", 3, false},
	}
	for _, tt := range tests {
		if got := inTown(tt.text, tt.at); got != tt.want {
			t.Errorf("inTown(%q, %d) = %v, want %v", tt.text, tt.at, got, tt.want)
		}
	}
}

func TestAfterEn(t *testing.T) {
	tests := []struct {
		text string
		at   int
		want bool
	}{
		{"Balacera en Chihuahua", 12, true},
		{"balacera-en-chihuahua", 12, true},
		{"Shooting in Chihuahua", 12, true},
		{"EN Chihuahua", 3, true},
		{"Balacera tren Chihuahua", 14, false}, // "en" inside a word
		{"Balacera de Chihuahua", 12, false},
		{"en", 2, false},
	}
	for _, tt := range tests {
		if got := afterEn(tt.text, tt.at); got != tt.want {
			t.Errorf("afterEn(%q, %d) = %v, want %v", tt.text, tt.at, got, tt.want)
		}
	}
}

// TestTitleHomonymDateline checks that a title naming a town bare is read
// in the state of the dateline under it. The reports are written for the
// test; San Fernando is a municipality of both Chiapas and Tamaulipas.
func TestTitleHomonymDateline(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 3, 8, 22, 0, 0, 0, time.FixedZone("", -6*3600))
	tests := []struct {
		title, text string
		state, muni string // INEGI codes of the first incident's place
	}{
		{"Queman dos autobuses en San Fernando",
			"SAN FERNANDO, Tamps.- Hombres armados incendiaron dos autobuses este lunes por la tarde en la salida sur de la ciudad.",
			"28", "28035"},
		{"Queman dos autobuses en San Fernando",
			"SAN FERNANDO, Chis.- Hombres armados incendiaron dos autobuses este lunes por la tarde en la salida sur de la ciudad.",
			"07", "07079"},
		{"Gunmen torch two buses in San Fernando",
			"SAN FERNANDO, Tamaulipas — Armed men set two buses on fire on Monday evening on the southern edge of town, state police said.",
			"28", "28035"},
	}
	for _, tt := range tests {
		ins := e.Extract(model.Report{ID: "t", Title: tt.title, Text: tt.text, Kind: model.KindNews, Published: pub})
		if len(ins) == 0 {
			t.Errorf("%q: no incident", tt.text)
			continue
		}
		if l := ins[0].Location; l.StateCode != tt.state || l.MunicipalityCode != tt.muni {
			t.Errorf("%q: place %s/%s, want %s/%s", tt.text, l.StateCode, l.MunicipalityCode, tt.state, tt.muni)
		}
	}
}

// TestAnotherActWords checks the words before a cue that make it another act.
func TestAnotherActWords(t *testing.T) {
	tests := []struct {
		before string // the words before a sentence's cue
		want   bool
	}{
		{"Más temprano, otro vehículo había sido ", true},
		{"Por otro lado, un ", false},
		{"Una hora después, a las 19:20 horas, se reportó un segundo ", true},
		{"Minutes later a second ", true},
		{"On Sunday night, another store of the same chain was ", true},
		{"después de que otra tienda de la misma cadena fuera ", true},
		{"La tienda fue atacada por segunda ", false},
		{"Es el segundo día de ", false},
		{"It was the third time gunmen ", false},
		{"El ", false},
		{"El robo ocurrió un día después de que dos sujetos ", true},
		{"The raid came two days after gunmen ", true},
		{"Horas después de que hombres armados ", false},
		{"Un día antes, hombres armados ", false},
		{"Un día después de que hombres armados quemaron un autobús, la policía ", false},
	}
	for _, tt := range tests {
		if got := anotherAct(fold.String(tt.before)); got != tt.want {
			t.Errorf("anotherAct(%q) = %v, want %v", tt.before, got, tt.want)
		}
	}
}

// TestSecondActApart checks that "un segundo bloqueo" in a report's next
// paragraph is an incident of its own, at its own time. The report is
// written for the test.
func TestSecondActApart(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 3, 8, 22, 0, 0, 0, time.FixedZone("", -6*3600))
	text := "SAN FERNANDO, Tamps.- Hombres armados incendiaron un autobús en la carretera federal 101 a las 18:10 horas de este lunes.\n\n" +
		"A las 19:20 horas se reportó un segundo bloqueo en el kilómetro 184, rumbo a Matamoros."
	ins := e.Extract(model.Report{ID: "t", Text: text, Kind: model.KindNews, Published: pub})
	if len(ins) != 2 {
		t.Fatalf("%d incidents, want 2: %+v", len(ins), ins)
	}
	if ins[1].Type != model.Blockade || ins[1].Time == nil || ins[1].Time.Hour() != 19 {
		t.Errorf("second incident %s at %v, want a blockade at 19:20", ins[1].Type, ins[1].Time)
	}
}

// TestStoppedVehicle checks that a vehicle stopped on the road is no
// arrest: gunmen who stop a truck and burn it block the road. The
// sentences are written for the test.
func TestStoppedVehicle(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 3, 8, 8, 0, 0, 0, time.FixedZone("", -6*3600))
	tests := []struct {
		text string
		want model.IncidentType
	}{
		{"Un grupo de hombres armados detuvo un tractocamión en la carretera Salamanca–Valle de Santiago y le prendió fuego en medio de la carretera.", model.Blockade},
		{"Sujetos armados detuvieron el autobús en la carretera a Celaya y lo incendiaron.", model.Blockade},
		{"Policías estatales detuvieron a un hombre que manejaba un tractocamión robado en Salamanca.", model.SecurityOperation},
		{"La Guardia Nacional detuvo a dos hombres en Celaya.", model.SecurityOperation},
	}
	for _, tt := range tests {
		ins := e.Extract(model.Report{ID: "t", Text: tt.text, Kind: model.KindNews, Published: pub})
		if len(ins) == 0 || ins[0].Type != tt.want {
			t.Errorf("%q: %v, want %s", tt.text, ins, tt.want)
		}
	}
}

// TestPastYearAndUnderFire checks two English phrasings: what a town "has
// seen" over the past year is background, no act; troops who "came under
// fire" and killed their attackers fought a clash. The sentences are
// written for the test.
func TestPastYearAndUnderFire(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 3, 8, 11, 0, 0, 0, time.FixedZone("", -6*3600))
	tests := []struct {
		text string
		want []model.IncidentType
	}{
		{"Two gunmen were killed late Sunday when National Guard troops came under fire in Iguala, Guerrero.", []model.IncidentType{model.ArmedClash}},
		{"Two gunmen were killed late Sunday when soldiers came under fire in Iguala, Guerrero.\n\nIguala has seen repeated clashes between criminal groups over the past year.", []model.IncidentType{model.ArmedClash}},
		{"Zamora has seen repeated clashes between criminal groups.", nil},
		// Burning vehicles "to block roads": the roads were blocked.
		{"Gunmen set vehicles on fire to block roads in Celaya, Guanajuato, on Sunday night.", []model.IncidentType{model.Blockade}},
	}
	for _, tt := range tests {
		var got []model.IncidentType
		for _, in := range e.Extract(model.Report{ID: "t", Text: tt.text, Kind: model.KindNews, Lang: "en", Published: pub}) {
			got = append(got, in.Type)
		}
		if len(got) != len(tt.want) || len(got) > 0 && got[0] != tt.want[0] {
			t.Errorf("%q: %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestAgencyOf(t *testing.T) {
	tests := []struct {
		before string // the text right before a state's name
		want   bool
	}{
		{"luego de que la Secretaría de Educación de ", true},
		{"said the Security Ministry of ", true},
		{"Hombres armados quemaron un camión en el norte de ", false},
		{"Secretaría de Educación; en ", false},
		{"de ", false},
	}
	for _, tt := range tests {
		if got := agencyOf(tt.before); got != tt.want {
			t.Errorf("agencyOf(%q) = %v, want %v", tt.before, got, tt.want)
		}
	}
}

// TestSchoolsClosedInTown checks that schools closed "en la ciudad" by a
// state ministry are a disruption in the dateline's town, not across the
// state the ministry serves. The report is written for the test.
func TestSchoolsClosedInTown(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 3, 8, 12, 0, 0, 0, time.FixedZone("", -6*3600))
	text := "REYNOSA, Tamps.- Las escuelas permanecieron cerradas este lunes en la ciudad, luego de que la Secretaría de Educación de Tamaulipas suspendiera las clases por motivos de seguridad."
	ins := e.Extract(model.Report{ID: "t", Text: text, Kind: model.KindNews, Published: pub})
	if len(ins) != 1 || ins[0].Type != model.Disruption || ins[0].Location.MunicipalityCode != "28032" {
		t.Errorf("got %+v, want one disruption in Reynosa (28032)", ins)
	}
}

// TestOtherActsInOneReport checks reports that tell two acts in one town:
// a shop attacked beside a blockade, and an act told as what happened a
// day before the news. Each gives two incidents, with the types and days
// given. The reports are written for the test.
func TestOtherActsInOneReport(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 9, 16, 9, 0, 0, 0, time.FixedZone("", -6*3600))
	tests := []struct {
		name string
		text string
		want [2]model.IncidentType
		days [2]int // day of the month of each incident
	}{
		{"shop beside a blockade",
			"A las 17:00 horas de este miércoles, hombres armados incendiaron un camión de carga sobre la carretera Tehuacán-Orizaba, a la altura de Chapulco, y cerraron la circulación.\n\n" +
				"Casi a la misma hora, en un hecho que la policía no vincula con el bloqueo, dos sujetos dispararon contra una farmacia de la colonia Centro y le arrojaron una bomba molotov.",
			[2]model.IncidentType{model.Blockade, model.BusinessAttack}, [2]int{15, 15}},
		{"a day before",
			"TEHUACÁN, Pue.- Un empleado resultó herido la noche del miércoles cuando dos hombres dispararon contra una farmacia de la colonia Centro.\n\n" +
				"El ataque ocurrió un día después de que sujetos armados incendiaran una llantera en la misma ciudad.",
			[2]model.IncidentType{model.BusinessAttack, model.BusinessAttack}, [2]int{15, 14}},
		{"two days before",
			"TEHUACÁN, Pue.- Hombres armados incendiaron una tienda de abarrotes la noche del miércoles en la colonia Centro.\n\n" +
				"El ataque ocurrió dos días después de que otro grupo baleara una farmacia en la misma ciudad.",
			[2]model.IncidentType{model.BusinessAttack, model.BusinessAttack}, [2]int{15, 13}},
	}
	for _, tt := range tests {
		ins := e.Extract(model.Report{ID: "t", Text: tt.text, Kind: model.KindNews, Published: pub})
		if len(ins) != 2 {
			t.Errorf("%s: %d incidents, want 2: %+v", tt.name, len(ins), ins)
			continue
		}
		for k, in := range ins {
			if in.Type != tt.want[k] || in.Time == nil || in.Time.Day() != tt.days[k] {
				t.Errorf("%s: incident %d is %s at %v, want %s on day %d", tt.name, k, in.Type, in.Time, tt.want[k], tt.days[k])
			}
		}
	}
}

// TestTitleStateOverDateline checks that a title naming only a state whose
// capital bears its name ("en Durango") gives way to the dateline's town
// of that state; a dateline in the capital keeps it. The reports are
// written for the test.
func TestTitleStateOverDateline(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 9, 13, 20, 0, 0, 0, time.FixedZone("", -6*3600))
	tests := []struct {
		title, text string
		want        string // municipality code
	}{
		{"Detienen a tres hombres armados en Durango",
			"GÓMEZ PALACIO, Dgo.- Policías estatales detuvieron a tres hombres armados la tarde de este lunes en la colonia Las Rosas.", "10007"},
		{"Detienen a tres hombres armados en la sierra de Durango",
			"GÓMEZ PALACIO, Dgo.- Policías estatales detuvieron a tres hombres armados la tarde de este lunes en la colonia Las Rosas.", "10007"},
		{"Detienen a tres hombres armados en Durango",
			"DURANGO, Dgo.- Policías estatales detuvieron a tres hombres armados la tarde de este lunes en la colonia Las Rosas.", "10005"},
	}
	for _, tt := range tests {
		ins := e.Extract(model.Report{ID: "t", Title: tt.title, Text: tt.text, Kind: model.KindNews, Published: pub})
		if len(ins) != 1 || ins[0].Location.MunicipalityCode != tt.want {
			t.Errorf("%q: got %+v, want one incident in %s", tt.title, ins, tt.want)
		}
	}
}

// TestLaggedClauseKeepsMainDay checks that an act told before a lagging
// clause ("..., un día después de que ...") keeps its own day. The report
// is written for the test.
func TestLaggedClauseKeepsMainDay(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 9, 16, 9, 0, 0, 0, time.FixedZone("", -6*3600))
	text := "TEHUACÁN, Pue.- La noche del miércoles hubo recorridos de vigilancia en la colonia Centro. Policías estatales detuvieron a tres hombres, un día después de que sujetos armados incendiaran una llantera."
	arrest := false
	for _, in := range e.Extract(model.Report{ID: "t", Text: text, Kind: model.KindNews, Published: pub}) {
		if in.Type == model.SecurityOperation {
			arrest = true
			if in.Time == nil || in.Time.Day() != 15 {
				t.Errorf("arrest at %v, want on the 15th", in.Time)
			}
		}
	}
	if !arrest {
		t.Error("no arrest")
	}
}

// TestBearingIsNoPlace checks that a town named as a bearing ("al norte de
// Monterrey") is no place of the act when the sentence names the town it
// happened in, and is kept when it is the only one. The sentences are
// written for the test.
func TestBearingIsNoPlace(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 9, 13, 20, 0, 0, 0, time.FixedZone("", -6*3600))
	tests := []struct {
		text string
		want []string // municipality codes
	}{
		{"Tres hombres murieron en un enfrentamiento con policías estatales en el libramiento de Apodaca, al norte de Monterrey.", []string{"19006"}},
		{"Gunmen fought state police on a highway in Apodaca, north of Monterrey, leaving three dead.", []string{"19006"}},
		{"Hombres armados incendiaron un tráiler para bloquear la carretera al sur de Ciudad Valles.", []string{"24013"}},
		// the edge or outskirts of a city are bearings too
		{"In Tonala, on the eastern edge of Guadalajara, gunmen set a convenience store on fire on Saturday.", []string{"14101"}},
		{"Hombres armados incendiaron una tienda en Tlaquepaque, a las afueras de Guadalajara, este sábado.", []string{"14098"}},
	}
	for _, tt := range tests {
		var got []string
		for _, in := range e.Extract(model.Report{ID: "t", Text: tt.text, Kind: model.KindNews, Published: pub}) {
			got = append(got, in.Location.MunicipalityCode)
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("%q: places %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestStatePoint checks the point of an incident known only to its state:
// the state's capital, as ACLED and UCDP code such events (Xalapa for
// Veracruz, not the port or the state's middle), with state precision; a
// town keeps its own point.
func TestStatePoint(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2019, 8, 14, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		text      string
		prec      model.GeoPrecision
		lat, lon  float64 // the expected point, within 10 km
		stateCode string
	}{
		{"Criminal gangs kill 11 in Mexico's Veracruz state", model.GeoState, 19.53, -96.92, "30"},
		{"Asesinan a cinco en el estado de Chihuahua", model.GeoState, 28.64, -106.08, "08"},
		{"Asesinan a cinco en Parral, Chihuahua", model.GeoMunicipality, 26.93, -105.66, "08"},
		{"Gunmen kill five in Ciudad Mier", model.GeoMunicipality, 26.43, -99.15, "28"},
	}
	for _, tt := range tests {
		got := e.Extract(model.Report{ID: "t", Kind: model.KindNews, Text: tt.text, Published: pub})
		if len(got) == 0 {
			t.Errorf("%q: no incident", tt.text)
			continue
		}
		l := got[0].Location
		if l.StateCode != tt.stateCode || l.Precision != tt.prec || l.Lat == nil || l.Lon == nil {
			t.Errorf("%q: state %s precision %d point %v, want %s, %d and a point", tt.text, l.StateCode, l.Precision, l.Lat != nil, tt.stateCode, tt.prec)
			continue
		}
		if d := model.DistanceKm(*l.Lat, *l.Lon, tt.lat, tt.lon); d > 10 {
			t.Errorf("%q: point %.3f,%.3f is %.0f km from %.2f,%.2f", tt.text, *l.Lat, *l.Lon, d, tt.lat, tt.lon)
		}
	}
}
