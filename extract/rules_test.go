package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/model"
)

func TestTypeRules(t *testing.T) {
	e := newFakeExtractor()
	pub := time.Date(2026, 2, 23, 9, 0, 0, 0, mexico)
	tests := []struct {
		text string
		want model.IncidentType // "" for no incident
	}{
		{"Sujetos armados prendieron fuego a un tractocamión sobre la carretera a la altura de Tapalpa.", model.Blockade},
		{"Un comando atacó un OXXO en Celaya y después le prendió fuego.", model.BusinessAttack},
		{"Tres delincuentes fueron abatidos por el Ejército durante un enfrentamiento en Culiacán.", model.ArmedClash},
		{"Elementos de la Guardia Nacional detuvieron a dos hombres en Uruapan.", model.SecurityOperation},
		{"Tres delincuentes fueron abatidos por militares en Culiacán.", model.SecurityOperation},
		{"Incendian una vivienda en Zapopan.", model.Arson},
		{"Asesinan a balazos a un hombre en Celaya.", model.Homicide}, // "a balazos" says how: the killing is the act
		{"Atacan a balazos a un hombre en Celaya.", model.ArmedAttack},
		{"Detienen a cinco hombres que participaron en una balacera en Zamora.", model.SecurityOperation},
		{"Con posesión de un arma de fuego, detienen a un hombre en Uruapan.", model.SecurityOperation},
		{"Hallan una granada en un parque de Culiacán.", model.SecurityOperation},
		{"Hay cinco detenidos por bloqueos y quema de autos en Uruapan.", model.SecurityOperation},
		{"Hallan cuerpos sin vida en una fosa clandestina en Tonalá, Jalisco.", model.Homicide},
		{"Detienen a presunto responsable del asesinato de un comerciante en Celaya.", model.SecurityOperation},
		{"Privan de la libertad a un joven en Uruapan; secuestradores exigen rescate.", model.Kidnapping},
		{"Explota coche bomba frente a la comandancia de Celaya.", model.Explosive},
		{"Aseguran explosivos en un inmueble de Uruapan.", model.SecurityOperation},
		{"Colocan narcomantas en puentes de Culiacán.", model.Intimidation},
		{"Suspenden clases en Zapopan por la violencia.", model.Disruption},
		{"Gunmen torched vehicles to block the highway near Tapalpa, Jalisco.", model.Blockade},
		{"Violence erupted in Tapalpa after the government said it killed the cartel's leader.", model.SecurityOperation},
		{"Este lunes el gobierno mató en Tapalpa al líder del cártel, según el reporte.", model.SecurityOperation},
		{"Autoridades desmienten la quema de vehículos en Uruapan.", ""},
		{"No se reportaron bloqueos en Celaya.", ""},
		{"Los grupos criminales podrían atacar en Culiacán.", ""},
		{"Cartel gunmen could trigger new blockades in Jalisco.", ""},
		{"En 2011 se registraron bloqueos en Zapopan.", ""},
		{"¿Habrá bloqueos en Zapopan?", ""},
		{"Bloqueo por obras de repavimentación en Zapopan.", ""},
		{"Choque entre dos autos deja un muerto en Celaya.", ""},
		// Vehicles burnt in a street are arson unless put across it.
		{"Un autobús fue incendiado en la avenida Juárez de Zapopan.", model.Arson},
		{"Sujetos atravesaron un autobús en la avenida Vallarta de Zapopan y le prendieron fuego.", model.Blockade},
		// Sport and advertising use violent words.
		{"El portero bloqueó tres disparos y la afición incendió las tribunas en Zapopan.", ""},
		{"Ofertas explosivas y financiamiento en seminuevos de Zapopan.", ""},
		// People shot in a bar: an armed attack; a bar set on fire: a business attack.
		{"Hombres armados incendiaron un bar en Celaya.", model.BusinessAttack},
		// A petrol station's "bombas" are its pumps; tire shops and
		// pharmacies are businesses.
		{"Sujetos armados rociaron gasolina a las bombas de una gasolinera de Celaya y les prendieron fuego.", model.BusinessAttack},
		{"Unos hombres llegaron a una gasolinera de Uruapan, le echaron gasolina a las bombas y le prendieron fuego.", model.BusinessAttack},
		{"Lanzaron dos bombas contra la comandancia de Celaya.", model.Explosive},
		{"Hombres armados incendiaron una llantera en Uruapan.", model.BusinessAttack},
		{"Gunmen shot up a pharmacy in Celaya.", model.BusinessAttack},
		// "Tras el enfrentamiento" and "por los bloqueos" refer to another act.
		{"Tras el enfrentamiento, los militares detuvieron a cuatro hombres en Uruapan.", model.SecurityOperation},
		{"La Fiscalía informó que suman 12 detenidos por los bloqueos del domingo en Zapopan.", model.SecurityOperation},
		{"Los agentes fueron emboscados por hombres armados en Uruapan.", model.ArmedAttack},
		{"Airlines cancelled flights after the airport in Zapopan suspended operations.", model.Disruption},
		// Future tense announces, it does not report.
		{"La Defensa desplegará 400 elementos en Culiacán para reforzar los operativos.", ""},
		{"The army is expected to launch raids in Culiacán next month.", ""},
		{"It's going to be a massacre at the Zapopan concert, the promoter joked.", ""},
		// Statistics are not acts.
		{"Los homicidios en Celaya bajaron 12 % respecto al mismo periodo del año pasado.", ""},
		{"Uruapan concentró la mitad de los asesinatos registrados en Michoacán.", ""},
		// Peaceful protests block roads without organized crime.
		{"Campesinos bloquearon la carretera en Celaya para exigir mejores precios del sorgo.", ""},
		{"Maestros de la CNTE bloquean la autopista en Zapopan en demanda de pagos atrasados.", ""},
		{"Truckers blocked the highway near Celaya demanding lower tolls.", ""},
		// Court hearings and anniversaries look back.
		{"Un juez de control vinculó a proceso al acusado del homicidio de un comerciante en Celaya.", ""},
		{"Familias recordaron en Uruapan el aniversario de la masacre de la plaza.", ""},
		{"El juez dictó sentencia por el ataque armado en Zapopan.", ""},
		// Entertainment uses violent words.
		{"La nueva película muestra una emboscada en Culiacán y una masacre en el estreno.", ""},
		{"In the novel, gunmen burn a bus on the highway to Zapopan.", ""},
		// Sport in words that are not exclusively sport's.
		{"Tigres executed the winner in stoppage time and killed off the derby in Zapopan.", ""},
		// A refusal is not a denial.
		{"Hombres armados balearon una tienda en Celaya porque el dueño se negó a pagar.", model.BusinessAttack},
		// A shop in front of which people are shot is a landmark.
		{"Dos hombres fueron asesinados frente a una tienda de abarrotes en Celaya.", model.Homicide},
		{"Hombres armados rafaguearon una tienda de abarrotes en Celaya.", model.BusinessAttack},
		{"Tras el ataque, el establecimiento suspendió operaciones en Celaya.", ""},
		{"Las escuelas de Celaya suspendieron operaciones este lunes.", model.Disruption},
		// A cause clause is not the act reported.
		{"Ante la circulación de mensajes intimidatorios, se suspenden las clases en Celaya.", model.Disruption},
		// Inflections and synonyms.
		{"Comando armado ejecuta a joven en la colonia Centro de Celaya.", model.Homicide},
		{"Riña en la colonia San Miguelito de Celaya deja un muerto.", model.Homicide},
		{"Gunmen ambushed a patrol in Celaya.", model.ArmedAttack},
		{"Grupos armados protagonizaron bloqueos en Zapopan.", model.Blockade},
		{"Sujetos armados ultimaron a un hombre en Celaya.", model.Homicide},
		{"Se registró una balasera entre policías y civiles armados en Uruapan.", model.ArmedClash},
		{"Gunmen took away two mechanics from a house in Celaya.", model.Kidnapping},
		{"Firefighters cleared the wreckage in Zapopan.", ""},
		{"Un artefacto explosivo estalló frente a la comandancia de Celaya.", model.Explosive},
		{"Una camioneta volcara y se incendiara en la carretera de Celaya.", ""},
	}
	for _, tt := range tests {
		got := e.Extract(model.Report{ID: "t", Kind: model.KindNews, Text: tt.text, Published: pub})
		var typ model.IncidentType
		for _, in := range got {
			if !in.Denial { // a denial is no incident (TestDenials)
				typ = in.Type
				break
			}
		}
		if typ != tt.want {
			t.Errorf("%q: type %q, want %q (%d incidents)", tt.text, typ, tt.want, len(got))
		}
	}
}

func TestActorRoles(t *testing.T) {
	e := newFakeExtractor()
	tests := []struct {
		text  string
		actor string
		role  model.ActorRole
	}{
		{"Hombres armados atacaron a elementos de la Guardia Nacional en Culiacán.", "Guardia Nacional", model.Target},
		{"Hombres armados atacaron a elementos de la Guardia Nacional en Culiacán.", "Grupo armado no identificado", model.Perpetrator},
		{"La Marina abatió a tres integrantes del CJNG en Tapalpa con apoyo de inteligencia de EE.UU.", "Inteligencia de Estados Unidos", model.Supporter},
		{"La Marina abatió a tres integrantes del CJNG en Tapalpa con apoyo de inteligencia de EE.UU.", "Secretaría de Marina", model.Perpetrator},
		{"Members of the Jalisco cartel attacked National Guard troops in Zapopan.", "Cártel Jalisco Nueva Generación", model.Perpetrator},
	}
	for _, tt := range tests {
		got := e.Extract(model.Report{ID: "t", Kind: model.KindNews, Text: tt.text})
		if len(got) == 0 {
			t.Errorf("%q: no incident", tt.text)
			continue
		}
		found := false
		for _, a := range got[0].Actors {
			if a.Name == tt.actor {
				found = true
				if a.Role != tt.role {
					t.Errorf("%q: %s role %s, want %s", tt.text, tt.actor, a.Role, tt.role)
				}
			}
		}
		if !found {
			t.Errorf("%q: actor %s missing in %+v", tt.text, tt.actor, got[0].Actors)
		}
	}
}

func TestHelpers(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want int
	}{{"252 bloqueos", 252}, {"mas de 1,200 bloqueos", 1200}, {"al menos 85 ataques", 85}, {"los bloqueos", -1}, {"19 vehiculos incendiados", -1}} {
		// the cue is the last word
		at := len(tt.s)
		for at > 0 && tt.s[at-1] != ' ' {
			at--
		}
		if got := numberBefore(tt.s, at, 0, 0); got != tt.want {
			t.Errorf("numberBefore(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
	for _, tt := range []struct {
		s    string
		want bool
	}{{"Guadalajara, Jal.- Hombres armados", true}, {"CULIACÁN (AP) — Gunmen", true}, {"Hombres armados quemaron autos.", false}} {
		if got := datelineEnd(tt.s) > 0; got != tt.want {
			t.Errorf("datelineEnd(%q) > 0 = %v", tt.s, got)
		}
	}
	for _, tt := range []struct {
		s    string
		want model.ActorRole
	}{
		{"hombres armados atacaron a elementos de la ", model.Target},
		{"un ataque de parte de ", model.Perpetrator},
		{"los policias fueron atacados por ", model.Perpetrator},
		{"dispararon contra una patrulla de la ", model.Target},
		{"en la colonia ", model.Perpetrator},
		{"la marina ", model.Perpetrator},
		{"state police fought a gun battle with a group of ", model.Perpetrator},
		{"six people were killed in a gun battle between ", model.Perpetrator},
		{"dispararon a ", model.Target},
	} {
		if got := actorRole(nil, tt.s, len(tt.s), 0, nil, model.StateForce); got != tt.want {
			t.Errorf("actorRole(%q) = %s, want %s", tt.s, got, tt.want)
		}
	}
	for _, tt := range []struct {
		s    string
		want model.ActorRole
	}{
		{"policias que patrullaban la colonia fueron atacados a balazos", model.Target},
		{"state police officers were ambushed near the town", model.Target},
		{"policias detuvieron a dos hombres que fueron atacados", model.Perpetrator},
		{"policias patrullaban. Luego fueron atacados", model.Perpetrator},
	} {
		if got := actorRole(nil, tt.s, 0, 0, nil, model.StateForce); got != tt.want {
			t.Errorf("actorRole(%q) = %s, want %s", tt.s, got, tt.want)
		}
	}
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Gunmen set up roadblocks hours after troops killed the leader", true},
		{"Bloquean calles horas después de que militares abatieran a un líder", true},
		{"Bloquean calles un día después de que asesinaran a un policía", true},
		{"Two men were killed after gunmen attacked a bar", false},
		{"Atacan un bar y matan a dos hombres horas antes del partido", false},
	} {
		fig := strings.LastIndexByte(tt.s, ' ') // the figure is the last word
		if got := lagged(fold.New(tt.s), 0, fig); got != tt.want {
			t.Errorf("lagged(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	hw := gazetteer.Place{Kind: gazetteer.Highway, Municipalities: []string{"14097", "14030"}}
	if got := stateOf(hw); got != "14" {
		t.Errorf("stateOf(highway in Jalisco) = %q", got)
	}
	hw.Municipalities = append(hw.Municipalities, "06001")
	if got := stateOf(hw); got != "" {
		t.Errorf("stateOf(highway across states) = %q", got)
	}
}

// TestReportRules checks behaviour that spans sentences, with the real
// gazetteer, time resolver and toll finder.
func TestReportRules(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 2, 23, 9, 30, 0, 0, mexico)
	type inc struct {
		typ      model.IncidentType
		muni     string
		killed   int // -1: nil
		detained int // -1: nil
		day      string
	}
	tests := []struct {
		name string
		kind model.ReportKind
		text string
		want []inc
		// noActor must not be an actor of any incident.
		noActor string
		// injured, when not zero, is the first incident's injured count.
		injured int
		// noneInjured: the first incident states that nobody was injured.
		noneInjured bool
	}{
		{name: "details join the incident", kind: model.KindNews,
			text: "Dos policías estatales murieron durante un enfrentamiento la madrugada de este lunes en Apatzingán, Michoacán. En el sitio se aseguraron tres camionetas. Vecinos dijeron que los disparos duraron una hora.",
			want: []inc{{model.ArmedClash, "16006", 2, -1, "2026-02-23"}}},
		{name: "an arrest after a clash is its own act", kind: model.KindNews,
			text: "Militares se enfrentaron con hombres armados este viernes en Buenavista, Michoacán.\n\nTras el enfrentamiento, los militares detuvieron a cuatro hombres.",
			want: []inc{{model.ArmedClash, "16012", -1, -1, "2026-02-20"}, {model.SecurityOperation, "16012", -1, 4, "2026-02-20"}}},
		{name: "an act dated to an earlier year is not today's", kind: model.KindNews,
			text: "Este lunes fue detenido en Celaya, Guanajuato, un exfuncionario por el ataque armado ocurrido en mayo de 2021.",
			want: []inc{{model.SecurityOperation, "11007", -1, -1, "2026-02-23"}}},
		{name: "a march recalling an old attack is no incident", kind: model.KindNews,
			text: "Este lunes familiares marcharon en Celaya, Guanajuato, por el ataque armado ocurrido en mayo de 2021."},
		{name: "a reference to the act just told joins it", kind: model.KindNews,
			text: "Drones con explosivos cayeron la madrugada de este lunes sobre viviendas de Aguililla, Michoacán. Los vecinos atribuyeron el ataque a un grupo criminal que disputa la zona.",
			want: []inc{{model.Explosive, "16002", -1, -1, "2026-02-23"}}},
		{name: "a detour's destination is not a place of the act", kind: model.KindNews,
			text: "Hombres armados atravesaron y quemaron un tráiler en la carretera de Apatzingán, Michoacán, este lunes y el tránsito fue desviado hacia Buenavista.",
			want: []inc{{model.Blockade, "16006", -1, -1, "2026-02-23"}}},
		{name: "a destination is not the place", kind: model.KindNews,
			text: "Tres agentes resultaron heridos este lunes en Apatzingán, Michoacán. Los agentes fueron atacados cuando patrullaban el camino a Aguililla y repelieron la agresión.",
			want: []inc{{model.ArmedClash, "16006", -1, -1, "2026-02-23"}}},
		{name: "people shot in a bar", kind: model.KindNews,
			text: "Dos hombres murieron este domingo en un ataque armado en un bar de Celaya, Guanajuato.",
			want: []inc{{model.ArmedAttack, "11007", 2, -1, "2026-02-22"}}},
		{name: "the far end of a route is not the place", kind: model.KindNews,
			text: "Two gunmen were killed on Sunday in a gunfight with National Guard troops on the Reynosa-Monterrey highway.",
			want: []inc{{model.ArmedClash, "28032", 2, -1, "2026-02-22"}}},
		{name: "a route written with a dash has its ends outside", kind: model.KindNews,
			text: "Hombres armados quemaron un tractocamión este domingo sobre la autopista Guadalajara – Colima, a la altura de Sayula, Jalisco.",
			want: []inc{{model.Blockade, "14082", -1, -1, "2026-02-22"}}},
		{name: "a route with an en dash and no spaces", kind: model.KindNews,
			text: "Two gunmen were killed on Sunday in a gunfight with National Guard troops on the Reynosa–Monterrey highway.",
			want: []inc{{model.ArmedClash, "28032", 2, -1, "2026-02-22"}}},
		{name: "an agency's state is not a second incident", kind: model.KindNews,
			text: "Pescadores localizaron este miércoles los cuerpos de dos hombres en Tonalá, Chiapas. La Fiscalía General del Estado de Chiapas inició una carpeta de investigación por homicidio.",
			want: []inc{{model.Homicide, "07097", 2, -1, "2026-02-18"}}},
		{name: "the lead's time frames later paragraphs", kind: model.KindNews,
			text: "Hombres armados incendiaron anoche una tienda en Celaya, Guanajuato.\n\nCasi a la misma hora, en Salamanca, un tráiler fue atravesado y quemado sobre la carretera federal 45.",
			want: []inc{{model.BusinessAttack, "11007", -1, -1, "2026-02-22"}, {model.Blockade, "11027", -1, -1, "2026-02-22"}}},
		{name: "news without a time has none", kind: model.KindNews,
			text: "Queman una farmacia en Irapuato, Guanajuato.",
			want: []inc{{model.BusinessAttack, "11017", -1, -1, "none"}}},
		{name: "an alert without a time is dated when sent", kind: model.KindAlertFeed,
			text: "BLOQUEO | Camión incendiado bloquea la autopista en Lagos de Moreno, Jalisco.",
			want: []inc{{model.Blockade, "14053", -1, -1, "2026-02-23"}}},
		{name: "each place takes the cues told with it", kind: model.KindTranscript,
			text: "buenas noches se reportan bloqueos con vehiculos incendiados en lagos de moreno y en la carretera guadalajara colima a la altura de sayula desde anoche en michoacan hombres armados atacaron a policias estatales en uruapan hay dos policias muertos y tres lesionados",
			want: []inc{{model.Blockade, "14053", -1, -1, "2026-02-22"}, {model.Blockade, "14082", -1, -1, "2026-02-22"}, {model.ArmedAttack, "16102", 2, -1, "2026-02-22"}}},
		{name: "a raid told in a subordinate clause", kind: model.KindNews,
			text: "Hombres armados incendiaron camiones para bloquear avenidas en Zapopan y Tonalá este domingo, luego de que fuerzas federales abatieran a un líder criminal en Tapalpa, Jalisco.",
			want: []inc{{model.Blockade, "14120", -1, -1, "2026-02-22"}, {model.Blockade, "14101", -1, -1, "2026-02-22"}, {model.SecurityOperation, "14086", -1, -1, "2026-02-22"}}},
		{name: "a breakdown by state replaces its total", kind: model.KindOfficial,
			text: "Como resultado de las acciones del 22 de febrero fueron detenidas 20 personas. En Sinaloa se detuvo a 12 personas; en Sonora se detuvo a 5 personas; en Durango, a 3.",
			want: []inc{{model.SecurityOperation, "", -1, 12, "2026-02-22"}, {model.SecurityOperation, "", -1, 5, "2026-02-22"}, {model.SecurityOperation, "", -1, 3, "2026-02-22"}}},
		{name: "an airport lies where it lies", kind: model.KindNews,
			text: "Las aerolíneas cancelaron los vuelos a Guadalajara este domingo después de que el aeropuerto suspendió operaciones.",
			want: []inc{{model.Disruption, "14097", -1, -1, "2026-02-22"}}},
		{name: "a suspension is dated when it takes effect", kind: model.KindOfficial,
			text: "La Secretaría de Educación informa que se suspenden las clases presenciales el martes 24 de febrero en Zapopan, Jalisco.",
			want: []inc{{model.Disruption, "14120", -1, -1, "2026-02-24"}}},
		{name: "a toll told later joins its incident", kind: model.KindNews,
			text:    "Militares abatieron a tres hombres armados este domingo en Tapalpa, Jalisco. El choque empezó al amanecer. Dos soldados resultaron heridos y fueron trasladados en helicóptero a Guadalajara.",
			want:    []inc{{model.SecurityOperation, "14086", 3, -1, "2026-02-22"}},
			injured: 2},
		{name: "a toll told at the same place joins its incident", kind: model.KindTranscript,
			text:    "en guadalajara queman un camion sobre la calzada independencia este domingo y dos policias municipales resultaron heridos en guadalajara al intentar retirarlo",
			want:    []inc{{model.Arson, "14039", -1, -1, "2026-02-22"}},
			injured: 2},
		{name: "no toll in the next paragraph closes the incident", kind: model.KindNews,
			text:        "Hombres armados rafaguearon la fachada de un bar de Zapopan la noche del domingo.\n\nLos empleados apagaron el fuego. No hubo personas lesionadas, informó Protección Civil de Jalisco.",
			want:        []inc{{model.BusinessAttack, "14120", -1, -1, "2026-02-22"}},
			noneInjured: true},
		{name: "no toll does not close a disruption", kind: model.KindNews,
			text: "El aeropuerto de Zapopan suspendió sus vuelos este domingo por los bloqueos.\n\nNo se reportaron muertos hasta la noche.",
			want: []inc{{model.Disruption, "14120", -1, -1, "2026-02-22"}}},
		{name: "the broadcaster's place is not the incident's", kind: model.KindTranscript,
			text: "seguimos aqui en cuernavaca y nos reportan que en este momento en temixco hay una balacera entre policias estatales y hombres armados",
			want: []inc{{model.ArmedClash, "17018", -1, -1, "2026-02-23"}}},
		{name: "an arrest in a second clause is its own act", kind: model.KindNews,
			text: "Policías estatales rescataron este domingo a tres jóvenes secuestrados en una casa de Zapopan y detuvieron a dos hombres que los vigilaban.",
			// The rescue leads, with the arrests; the kidnapping the
			// people were freed from follows (rescuedParticiple).
			want: []inc{{model.SecurityOperation, "14120", -1, 2, "2026-02-22"}, {model.Kidnapping, "14120", -1, -1, "2026-02-22"}}},
		{name: "a reporting agency is not an actor", kind: model.KindNews,
			text:    "Cinco hombres murieron el pasado viernes en un enfrentamiento en Culiacán, Sinaloa, confirmó la Fiscalía de Sinaloa.",
			want:    []inc{{model.ArmedClash, "25006", 5, -1, "2026-02-20"}},
			noActor: "Fiscalía estatal"},
	}
	for _, tt := range tests {
		r := model.Report{ID: "rr", Kind: tt.kind, Lang: "es", Text: tt.text, Published: pub}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		if len(got) != len(tt.want) {
			t.Errorf("%s: %d incidents, want %d: %+v", tt.name, len(got), len(tt.want), got)
			continue
		}
		if tt.noneInjured && countOf(got[0].Injured) != 0 {
			t.Errorf("%s: injured %d, want 0", tt.name, countOf(got[0].Injured))
		}
		if tt.injured != 0 && countOf(got[0].Injured) != tt.injured {
			t.Errorf("%s: injured %d, want %d", tt.name, countOf(got[0].Injured), tt.injured)
		}
		for i, w := range tt.want {
			g := got[i]
			if g.Type != w.typ || g.Location.MunicipalityCode != w.muni {
				t.Errorf("%s #%d: %s %s, want %s %s", tt.name, i, g.Type, g.Location.MunicipalityCode, w.typ, w.muni)
			}
			if n := countOf(g.Killed); n != w.killed {
				t.Errorf("%s #%d: killed %d, want %d", tt.name, i, n, w.killed)
			}
			if n := countOf(g.Detained); n != w.detained {
				t.Errorf("%s #%d: detained %d, want %d", tt.name, i, n, w.detained)
			}
			day := "none"
			if g.Time != nil {
				day = g.Location.Date(*g.Time)
			}
			if day != w.day {
				t.Errorf("%s #%d: day %s, want %s", tt.name, i, day, w.day)
			}
			for _, a := range g.Actors {
				if a.Name == tt.noActor {
					t.Errorf("%s #%d: actor %s should not be there", tt.name, i, a.Name)
				}
			}
		}
	}
}

func countOf(c *model.Count) int {
	if c == nil {
		return -1
	}
	return c.N
}

// TestAdvisoryContext checks that the situation an advisory describes is
// not reported as incidents of its own.
func TestAdvisoryContext(t *testing.T) {
	e := realExtractor(t)
	r := model.Report{ID: "adv", Kind: model.KindOfficial, Lang: "en", Title: "Security Alert: shelter in place in Sinaloa",
		Published: time.Date(2026, 2, 22, 14, 0, 0, 0, mexico),
		Text:      "The Consulate is aware of reports of road blockades and burning vehicles throughout Sinaloa. U.S. citizens in the state should shelter in place until further notice."}
	got := e.Extract(r)
	checkInvariants(t, r, got)
	if len(got) != 1 || got[0].Type != model.Advisory || got[0].Location.StateCode != "25" {
		t.Fatalf("got %+v, want one advisory in Sinaloa", got)
	}
}
