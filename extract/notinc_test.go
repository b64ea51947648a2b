package extract

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/report"
)

// violent counts the incidents of got that report violence that happened:
// neither denials nor tallies.
func violent(got []model.Incident) int {
	n := 0
	for _, in := range got {
		if in.Type.Violent() && in.Counted() {
			n++
		}
	}
	return n
}

// TestNoIncidentFixtures checks that the no-incident texts of
// testdata/noincident*.jsonl (opinion, analysis, diplomacy, legislation,
// reviews, sport, weather, roadworks, advertising, accidents, natural
// deaths, anniversaries, trials, explainers, drills) yield no violent
// incident.
func TestNoIncidentFixtures(t *testing.T) {
	e := realExtractor(t)
	files, _ := filepath.Glob(filepath.Join("testdata", "noincident*.jsonl"))
	if len(files) < 2 {
		t.Fatalf("fixtures: %v", files)
	}
	for _, path := range files {
		cases := readGold(t, path)
		for _, c := range cases {
			if len(c.Incidents) != 0 {
				t.Fatalf("%s:%d: a no-incident fixture with incidents", path, c.Line)
			}
			r, err := report.DecodeLine(c.Report, report.Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			if n := violent(got); n != 0 {
				t.Errorf("%s:%d %q: %d violent incidents: %+v", path, c.Line, r.Title, n, got)
			}
		}
	}
}

// TestNotIncidents checks sentence-level readings: negation, hypothesis,
// history, topics and genres drop the cues; the same words told as an
// act keep them.
func TestNotIncidents(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 3, 2, 10, 0, 0, 0, mexico)
	tests := []struct {
		lang, text string
		want       int // violent incidents
	}{
		// Negation: existential, over its clause.
		{"es", "No se reportaron bloqueos ni enfrentamientos en Celaya durante la noche.", 0},
		{"es", "La jornada transcurrió sin que se registraran bloqueos en Uruapan.", 0},
		{"es", "Saldo blanco en León: no se registraron robos a comercios ni riñas en las plazas comerciales.", 0},
		{"en", "There were no reports of shootings in Culiacán on Sunday.", 0},
		// An act already told stays outside the negation.
		{"es", "No hubo heridos tras el ataque armado contra policías en Celaya este lunes.", 1},
		// Headlines naming a kind of crime or a group, not an act.
		{"es", "Preocupan a empresarios las ejecuciones", 0},
		{"es", "Familias de desaparecidos piden audiencia al gobernador", 0},
		{"es", "Se disparan los robos a comercios en el centro", 0},
		// Hypotheses and futures.
		{"en", "Analysts said the cartel could trigger border strikes and blockades in Tamaulipas.", 0},
		{"es", "Grupos criminales podrían atacar instalaciones de gobierno en Zacatecas.", 0},
		{"es", "Se esperan ráfagas de viento de hasta 80 kilómetros por hora en Coahuila.", 0},
		// "may" before a verb is the modal; beside a number or after
		// "on", "in", "since" it is the month.
		{"en", "Gunmen may kill 5 in Celaya.", 0},
		// History and anniversaries.
		{"en", "In 2011, gunmen set fire to a casino in Monterrey, killing 52 people.", 0},
		{"es", "Hace diez años, un grupo armado emboscó a policías en Jalisco.", 0},
		{"es", "A once años de la desaparición de los estudiantes en Iguala, sus padres marcharon este viernes.", 0},
		{"es", "La Guardia Nacional recordó que en años anteriores sufrió ataques y emboscadas en Zacatecas.", 0},
		// Topics, charges, lists of kinds of crime, characterizations.
		{"es", "El Senado aprobó la reforma para castigar el delito de extorsión en todo el país.", 0},
		{"es", "La Fiscalía ofrece una recompensa por información sobre los desaparecidos de Lagos de Moreno.", 0},
		{"es", "Colectivos piden justicia por el asesinato del activista en Cuernavaca.", 0},
		{"en", "Violent crime, such as homicide, kidnapping, carjacking and robbery, is common in Colima.", 0},
		{"en", "The cartel is known for its attacks on security forces and its use of landmines in Michoacán.", 0},
		// Generic reference: a kind of act at a state, with no time or toll.
		{"es", "Los enfrentamientos en Michoacán y las masacres en Tamaulipas muestran que la estrategia fracasó.", 0},
		// Natural deaths, animals, cyberattacks.
		{"es", "El dengue dejó 12 muertos en Veracruz esta temporada.", 0},
		{"es", "Un cocodrilo atacó a un pescador en la laguna del Carpintero, en Tampico.", 0},
		{"en", "A ransomware attack knocked out the online services of a bank in Monterrey on Monday.", 0},
		// The same words as acts.
		{"es", "Hombres armados incendiaron dos camiones en Zapopan la noche del domingo.", 1},
		{"es", "Una balacera en Culiacán dejó tres muertos este lunes.", 1},
		{"es", "Los bloqueos en Zapopan y Tonalá continuaron este lunes.", 2},
		{"es", "Fue detenido por el delito de secuestro en Celaya un hombre de 30 años.", 0}, // the arrest is no violence
		// Statistics: counts over a period are tallies, rates and trends
		// no acts; an act told in another clause stays.
		{"es", "Van 74 asesinatos en septiembre en Tijuana.", 0},
		{"es", "Suman 14 policías asesinados en el año en Guanajuato.", 0},
		{"es", "Han asesinado a 120 mujeres en lo que va del 2026 en Chihuahua.", 0},
		{"es", "Inicia noviembre con 14 ejecutados en Tijuana.", 0},
		{"es", "Nueve homicidios en menos de 24 horas en Tijuana.", 0},
		{"es", "En 45 días del nuevo secretario, Tehuacán ya acumula ocho ejecutados.", 0},
		{"es", "Mataron a ocho personas durante el fin de semana en Celaya, según el conteo de la policía.", 0},
		{"es", "Tijuana registra un promedio de seis homicidios diarios.", 0},
		{"es", "Cada 60 horas se registra un asesinato en Tlaxcala.", 0},
		{"es", "Suben homicidios en Chihuahua capital, señala el fiscal.", 0},
		{"en", "Kidnappings declined in Tamaulipas, the governor said on Monday.", 0},
		{"es", "Hay 341 desaparecidos en Juárez, según el registro nacional.", 0},
		{"es", "Buscan a más de 200 personas desaparecidas en Sonora.", 0},
		{"es", "Buscan en Juárez a personas desaparecidas en Chihuahua y Sonora", 0},
		{"es", "Buscan a tres personas desaparecidas en Juárez", 1},
		{"es", "Asesinan a un policía en Celaya; suman 14 agentes asesinados en el año.", 1},
		{"es", "Sube a cuatro la cifra de muertos por el ataque armado en un bar de Irapuato este sábado.", 1},
		{"es", "Localizan a joven de 22 años desaparecida en Mérida desde el lunes.", 1},
		{"es", "Al día siguiente, hombres armados se llevaron a tres hombres en Chicomuselo.", 1},
		// Kinds of act as causes, figurative clashes, charges, lists
		// opened by "including".
		{"en", "Do not travel to Tamaulipas due to crime and kidnapping.", 0},
		{"en", "Thousands of people have fled their homes in Chiapas in recent years because of clashes between criminal groups.", 0},
		{"es", "Por temor a enfrentamientos, refuerzan la seguridad en Caborca.", 0},
		{"es", "Policías de Tuxtepec enfrentan cargos por extorsión.", 0},
		{"es", "Migrantes enfrentan inseguridad y corrupción al cruzar Chihuahua.", 0},
		{"en", "Organized crime activity, including gun battles, murder and kidnapping, is common in Ciudad Victoria.", 0},
		{"en", "Several people, including a child, were killed in a shootout in Irapuato on Sunday.", 1},
		{"es", "Presentan la estrategia nacional contra la extorsión en Monterrey.", 0},
		{"es", "Preocupan los menores procesados por homicidio en Celaya.", 0},
		// A march's grievances, whoever it is; a technical block.
		{"es", "Padres de los 43 normalistas desaparecidos en Iguala en 2014 marcharon este jueves en la Ciudad de México.", 0},
		{"es", "La estrategia incluye el bloqueo de líneas telefónicas usadas desde el penal de Puente Grande.", 0},
		// Disasters and animals kill; nobody commits a crime.
		{"es", "Las inundaciones dejaron tres muertos en Centro, Tabasco, este lunes.", 0},
		{"en", "A jaguar killed six calves on a ranch near Bacalar over the weekend.", 0},
		{"en", "The bull was killed at the end of the fight in Aguascalientes on Tuesday, as tradition demands.", 0},
		{"en", "Hunters shot a record number of white-tailed deer in Sonora this season.", 0},
		{"es", "Un trabajador murió este jueves en Sombrerete al ser aplastado por una roca en una mina.", 0},
		{"en", "A new taquería in Puebla promises an explosion of flavor with its chile-loaded tacos.", 0},
		{"es", "Para la noche de muertos, Pátzcuaro espera 200 mil visitantes que recorrerán las ofrendas dedicadas a los muertos.", 0},
		{"es", "Los migrantes denuncian extorsiones y abusos en su paso por Chiapas.", 0},
		{"en", "Michoacán avocado exporters say extortion by criminal groups adds costs to every shipment.", 0},
		{"es", "Comerciantes de Celaya denunciaron que hombres armados los extorsionaron este lunes.", 1},
		{"en", "The actor who played a Sinaloa drug lord won an award for a role full of shootouts.", 0},
		{"en", "Experts debated whether the use of explosive drones in Michoacán marks a new phase.", 0},
		{"en", "One in three Mexicans says they have witnessed a shooting in Jalisco, a survey found.", 0},
		{"en", "The candidates for mayor of Monterrey traded attacks over corruption during a debate on Tuesday night.", 0},
		{"es", "El exfutbolista murió este jueves en Guadalajara víctima de un ataque al corazón.", 0},
		{"es", "El ciclista lanzó un ataque demoledor en la subida al Nevado de Toluca y ganó la etapa.", 0},
		{"en", "The governor said on Friday that Zacatecas is no longer a war zone, pointing to fewer homicides.", 0},
		// Accounts, trends, clues and searches name kinds of act; a
		// manhunt is for a suspect, not for a missing person.
		{"es", "Narran migrantes secuestros en la carretera a Reynosa", 0},
		{"es", "Secuestran a cinco migrantes en la carretera a Reynosa", 1},
		{"es", "Regresan las extorsiones telefónicas a Morelia", 0},
		{"es", "Proliferan secuestros exprés en Toluca", 0},
		{"es", "Hallan pistas de desaparecidos en Jalisco", 0},
		{"es", "Siguen en la búsqueda de más cuerpos en un predio de Tlajomulco", 0},
		{"es", "Localizan tres cuerpos en un predio de Tlajomulco", 1},
		{"es", "Buscan a 'El Güero', prófugo, en la sierra de Chihuahua", 0},
		{"es", "Buscan a Ana, de 15 años, en Chihuahua", 1},
		{"es", "Tijuana, la capital del robo de autos, el secuestro y la desaparición de jóvenes", 0},
		// The impersonal present, scams as a kind, a kind of act in
		// apposition to what it is called; a victim told, or a verb,
		// still tells an act.
		{"es", "Se asesina a mansalva en este país, lamenta el obispo de Apatzingán", 0},
		{"es", "Alertan por extorsión telefónica en Morelia", 0},
		{"es", "Advierten sobre nueva modalidad de extorsión en Uruapan", 0},
		{"es", "Madre e hijos, víctimas de extorsión virtual en Charapan, están a salvo", 1},
		{"es", "Extorsionan a comerciantes del mercado de Uruapan", 1},
		{"es", "Homicidios, el pendiente del gobierno de Colima: especialistas", 0},
		{"es", "El secuestro, delito que más preocupa a los empresarios de Celaya", 0},
		// A singular act noun with a bare plural of victims names the
		// kind; a count or a quantifier tells acts.
		{"es", "El asesinato de periodistas no debe quedar impune, dice la ONU", 0},
		{"es", "Reportan la desaparición de otras tres personas en Poza Rica", 1},
		// Sport with a score.
		{"es", "Tigres fusiló 4-0 a Cruz Azul en San Nicolás de los Garza este sábado.", 0},
	}
	for _, tt := range tests {
		r := model.Report{ID: "n", Kind: model.KindNews, Lang: tt.lang, Text: tt.text, Published: pub}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		if n := violent(got); n != tt.want {
			t.Errorf("%q: %d violent incidents, want %d: %+v", tt.text, n, tt.want, got)
		}
	}
}

// TestDenials checks that a denial is kept as a record of the denied act,
// flagged, with the least severity, and that a plain negation or a denial
// about an act the report tells yields none.
func TestDenials(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 5, 17, 10, 0, 0, 0, mexico)
	tests := []struct {
		lang, title, text string
		typ               model.IncidentType // "" for no denial
		muni              string
		violent           int
	}{
		{"es", "", "Autoridades desmienten la quema de vehículos en Apatzingán.", model.Arson, "16006", 0},
		{"en", "", "Officials said reports of a blockade in Uruapan were false.", model.Blockade, "16102", 0},
		{"es", "", "No hay bloqueos, todo en calma, dijo el alcalde de Celaya ante los rumores que circulan en redes sociales.", model.Blockade, "11007", 0},
		{"en", "Cancún bomb scare was a hoax, police say", "A report of an explosive device at a shopping centre in Cancún was false, police said.", model.Explosive, "23005", 0},
		{"es", "", "No se reportaron bloqueos en Celaya durante la noche.", "", "", 0},
		{"es", "", "Hombres armados atacaron a policías en Celaya este lunes; la Fiscalía negó que el ataque estuviera ligado al cártel.", "", "", 1},
		// A toll of none after the act, in a report that speaks of
		// videos on social media: no act denied (english28).
		{"en", "", "Marines killed three gunmen in a shootout in Reynosa on Monday. No marines were injured. Residents shared videos of the gunfire on social media.", "", "", 1},
		{"es", "", "Marinos abatieron a tres hombres armados en un enfrentamiento en Reynosa este lunes. No hubo marinos heridos. Vecinos compartieron videos en redes sociales.", "", "", 1},
		// (An act negated beside the toll still is: "no hay bloqueos".)
		{"es", "", "No hay bloqueos ni heridos, todo en calma, dijo el alcalde de Celaya ante los rumores que circulan en redes sociales.", model.Blockade, "11007", 0},
	}
	for _, tt := range tests {
		r := model.Report{ID: "d", Kind: model.KindOfficial, Lang: tt.lang, Title: tt.title, Text: tt.text, Published: pub}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		var denials []model.Incident
		for _, in := range got {
			if in.Denial {
				denials = append(denials, in)
			}
		}
		if n := violent(got); n != tt.violent {
			t.Errorf("%q: %d violent incidents, want %d: %+v", tt.text, n, tt.violent, got)
		}
		if tt.typ == "" {
			if len(denials) != 0 {
				t.Errorf("%q: denials %+v, want none", tt.text, denials)
			}
			continue
		}
		if len(denials) != 1 {
			t.Errorf("%q: %d denials, want 1: %+v", tt.text, len(denials), got)
			continue
		}
		d := denials[0]
		if d.Type != tt.typ || d.Location.MunicipalityCode != tt.muni || d.Severity != 1 || d.Tally {
			t.Errorf("%q: denial %s at %q severity %d, want %s at %q severity 1", tt.text, d.Type, d.Location.MunicipalityCode, d.Severity, tt.typ, tt.muni)
		}
	}
}

// TestTallies checks that an aggregate statement is one record at state or
// country precision carrying the people it counts, and that acts told in
// several municipalities are one incident each.
func TestTallies(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 2, 23, 9, 0, 0, 0, mexico)
	tests := []struct {
		text      string
		tallies   int
		precision model.GeoPrecision
		state     string
		killed    int // -1: unknown
		detained  int
		others    int // incidents that are not tallies
	}{
		{"El Gabinete de Seguridad informó que se registraron 252 bloqueos en 20 estados.", 1, model.GeoCountry, "", -1, -1, 0},
		{"Las autoridades contabilizaron 85 bloqueos y 70 detenidos en 11 estados.", 1, model.GeoCountry, "", -1, 70, 0},
		{"Fueron asesinadas 34 personas durante el fin de semana en Guanajuato, según el conteo de la Fiscalía.", 1, model.GeoState, "11", 34, -1, 0},
		{"Al menos 40 vehículos fueron incendiados el domingo en seis municipios de Michoacán.", 1, model.GeoState, "16", -1, -1, 0},
		{"Hubo bloqueos en Zapopan, Tlaquepaque y Tonalá este domingo.", 0, 0, "", -1, -1, 3},
	}
	for _, tt := range tests {
		r := model.Report{ID: "y", Kind: model.KindOfficial, Lang: "es", Text: tt.text, Published: pub}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		var tallies []model.Incident
		others := 0
		for _, in := range got {
			if in.Tally {
				tallies = append(tallies, in)
			} else {
				others++
			}
		}
		if len(tallies) != tt.tallies || others != tt.others {
			t.Errorf("%q: %d tallies and %d others, want %d and %d: %+v", tt.text, len(tallies), others, tt.tallies, tt.others, got)
			continue
		}
		if tt.tallies == 0 {
			continue
		}
		y := tallies[0]
		if y.Location.Precision != tt.precision || y.Location.StateCode != tt.state || y.Location.MunicipalityCode != "" || y.Denial {
			t.Errorf("%q: tally at %+v, want precision %d state %q", tt.text, y.Location, tt.precision, tt.state)
		}
		if got, want := countOf(y.Killed), tt.killed; got != want {
			t.Errorf("%q: killed %d, want %d", tt.text, got, want)
		}
		if got, want := countOf(y.Detained), tt.detained; got != want {
			t.Errorf("%q: detained %d, want %d", tt.text, got, want)
		}
	}
}

// TestOverview checks issue 3.3 across sentences: an overview of acts in
// a few municipalities followed by one sentence per municipality gives one
// incident per municipality, all of the overview's type, and none for the
// overview itself.
func TestOverview(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 5, 26, 8, 0, 0, 0, mexico)
	text := "La noche del lunes, hombres armados bloquearon calles con vehículos en llamas en tres municipios de Tamaulipas. " +
		"En Reynosa, quemaron un tráiler sobre el bulevar Hidalgo. " +
		"En Matamoros, atravesaron dos camionetas en la carretera a Ciudad Victoria. " +
		"En San Fernando, un autobús fue incendiado frente a la plaza principal."
	r := model.Report{ID: "o", Kind: model.KindNews, Lang: "es", Text: text, Published: pub}
	got := e.Extract(r)
	checkInvariants(t, r, got)
	want := map[string]bool{"28032": true, "28022": true, "28035": true}
	if len(got) != len(want) {
		t.Fatalf("%d incidents, want %d: %+v", len(got), len(want), got)
	}
	for _, in := range got {
		if !want[in.Location.MunicipalityCode] || in.Type != model.Blockade || in.Tally {
			t.Errorf("incident %s at %q (%s), want a blockade in Reynosa, Matamoros or San Fernando", in.Type, in.Location.MunicipalityCode, in.Location.Municipality)
		}
		delete(want, in.Location.MunicipalityCode)
	}
}

// TestUnseenBatches keeps the development batches of ../testdata/notinc
// (written unseen, then used for development; unseen5 and unseen10 are
// kept for a final first-seen score and are not read here) at their figures: at least 95%
// of the no-incident texts yield no violent incident, and every report
// with incidents yields at least one that counts.
func TestUnseenBatches(t *testing.T) {
	e := realExtractor(t)
	for _, name := range []string{"unseen4", "unseen6", "unseen7", "unseen8", "unseen9", "unseen11", "unseen13", "work11", "work12", "work13", "work13b", "work13c", "work15a", "work15b", "work15e"} {
		path := filepath.Join("..", "testdata", "notinc", name+".jsonl")
		cases := readGold(t, path)
		none, clean, withInc, found := 0, 0, 0, 0
		for _, c := range cases {
			r, err := report.DecodeLine(c.Report, report.Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			if len(c.Incidents) == 0 {
				none++
				if violent(got) == 0 {
					clean++
				} else {
					t.Logf("%s:%d %q: %d violent incidents", path, c.Line, r.Title, violent(got))
				}
				continue
			}
			withInc++
			for _, in := range got {
				if in.Counted() {
					found++
					break
				}
			}
		}
		if clean*100 < none*95 {
			t.Errorf("%s: %d/%d no-incident texts clean, want at least 95%%", name, clean, none)
		}
		if found != withInc {
			t.Errorf("%s: %d/%d reports with incidents yield one", name, found, withInc)
		}
	}
}
