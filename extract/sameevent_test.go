package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestOneActOneIncident: what several reports of one act tell in passing
// (the blasts heard during a clash, the clash's toll in the next sentence)
// must not turn it into another type or a second incident, or fusion
// cannot bring the reports together.
func TestOneActOneIncident(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 10, 17, 13, 0, 0, 0, mexico)
	tests := []struct {
		name   string
		text   string
		want   model.IncidentType
		n      int // incidents
		killed int // of the first; -1 for none
		tally  bool
	}{
		{"blasts heard in a clash", "Vecinos de Uruapan relataron que se escucharon ráfagas y explosiones donde sicarios se enfrentaron con la Guardia Nacional.",
			model.ArmedClash, 1, -1, false},
		{"a device in a clash is an explosive attack", "Sicarios lanzaron granadas y se enfrentaron con la Guardia Nacional en Uruapan.",
			model.Explosive, 1, -1, false},
		{"a blast alone", "Una explosión sacudió la comandancia de Celaya esta mañana.",
			model.Explosive, 1, -1, false},
		{"the toll of the clash before", "Sicarios se enfrentaron con la Guardia Nacional en Uruapan este sábado. Según fuentes de seguridad, el saldo es de 16 muertos y cuatro heridos.",
			model.ArmedClash, 1, 16, false},
		{"explosives dropped from drones", "Explosives dropped from drones wounded two women in Uruapan on Sunday morning.",
			model.Explosive, 1, -1, false},
		{"explosives seized", "Soldiers seized explosives and rifles in a house in Uruapan on Sunday.",
			model.SecurityOperation, 1, -1, false},
		{"a state's count of the dead is a tally", "Disputas entre cárteles dejan 32 muertos en Jalisco.",
			model.Homicide, 1, 32, true},
		{"a wave's count of the dead is a tally", "A wave of violence in Jalisco leaves at least 22 dead.",
			model.Homicide, 1, 22, true},
		{"an aggregate count of the dead is a tally", "Suman 34 muertos durante el fin de semana en Guanajuato, según el conteo oficial.",
			model.Homicide, 1, 34, true},
	}
	for _, tt := range tests {
		got := e.Extract(model.Report{ID: "t", Kind: model.KindNews, Text: tt.text, Published: pub})
		if len(got) != tt.n {
			t.Errorf("%s: %d incidents, want %d: %+v", tt.name, len(got), tt.n, got)
			continue
		}
		in := got[0]
		if in.Type != tt.want || in.Tally != tt.tally {
			t.Errorf("%s: type %s tally %v, want %s tally %v", tt.name, in.Type, in.Tally, tt.want, tt.tally)
		}
		k := -1
		if in.Killed != nil {
			k = in.Killed.N
		}
		if k != tt.killed {
			t.Errorf("%s: killed %d, want %d", tt.name, k, tt.killed)
		}
	}
}

// TestTimeOfOneAct: a statement's date ("said on Saturday") does not date
// the acts of later sentences, and a title's "este lunes" is read as the
// text reads the same words.
func TestTimeOfOneAct(t *testing.T) {
	e := realExtractor(t)
	tests := []struct {
		name  string
		pub   time.Time
		title string
		text  string
		typ   model.IncidentType
		day   string // of the incident of type typ; "" for no time
	}{
		{"said on", time.Date(2026, 10, 17, 12, 0, 0, 0, mexico), "",
			"Seven people were killed in two gunfights late Friday in Sinaloa, the state prosecutor's office said on Saturday.\n\nFour men died in a clash between gunmen in Navolato.",
			model.ArmedClash, "2026-10-16"},
		{"informó", time.Date(2026, 10, 17, 12, 0, 0, 0, mexico), "",
			"Dos hombres fueron asesinados la noche del viernes en Celaya, informó este sábado la Fiscalía.\n\nEn Uruapan, sicarios incendiaron un autobús en la carretera.",
			model.Blockade, "2026-10-16"},
		{"a statement's day when nothing else is told", time.Date(2026, 10, 19, 12, 0, 0, 0, mexico), "",
			"El gobernador informó este sábado que hubo 60 bloqueos en el estado.\n\nEn Uruapan, sicarios incendiaron un autobús en la carretera.",
			model.Blockade, "2026-10-17"},
		{"the act's own day", time.Date(2026, 10, 17, 12, 0, 0, 0, mexico), "",
			"Sicarios incendiaron un autobús en la carretera de Uruapan este sábado.",
			model.Blockade, "2026-10-17"},
		{"title read as the text", time.Date(2026, 10, 18, 20, 0, 0, 0, mexico), "Sin clases en Uruapan este lunes",
			"Las escuelas de Uruapan no abrirán este lunes por la inseguridad, anunció la Secretaría de Educación.",
			model.Disruption, "2026-10-19"},
	}
	for _, tt := range tests {
		got := e.Extract(model.Report{ID: "t", Kind: model.KindNews, Title: tt.title, Text: tt.text, Published: tt.pub})
		found := false
		for _, in := range got {
			if in.Type != tt.typ || in.Location.Precision > model.GeoMunicipality {
				continue
			}
			found = true
			day := ""
			if in.Time != nil {
				day = in.Location.Date(*in.Time)
			}
			if day != tt.day {
				t.Errorf("%s: %s on %q, want %q", tt.name, in.Type, day, tt.day)
			}
		}
		if !found {
			t.Errorf("%s: no %s placed in a town among %d incidents", tt.name, tt.typ, len(got))
		}
	}
}

// TestNewscastItems: a radio transcript tells its items on end with no
// punctuation; each item is an incident of its own, with its own place,
// and a town spelled as it sounds is the town.
func TestNewscastItems(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 10, 18, 7, 30, 0, 0, mexico)
	type inc struct {
		typ  model.IncidentType
		muni string // "" for none
	}
	tests := []struct {
		name string
		text string
		want []inc
	}{
		{"three items",
			"buenos dias son las siete y media la secretaria de seguridad reporto treinta bloqueos en doce estados desde el viernes en la noche casi todos ya liberados en michoacan el enfrentamiento de ayer en apatsingan entre la guardia nacional y un grupo armado dejo ocho muertos y en celaya guanajuato anoche un comando entro a un bar del centro murieron tres personas",
			// A comando entering a bar and people dying: gunmen shooting
			// people inside a bar are an armed attack (gold README).
			[]inc{{model.Blockade, ""}, {model.ArmedClash, "16006"}, {model.ArmedAttack, "11007"}}},
		{"a burning bus by its sound-spelled town",
			"nos avisan que ahorita mismo esta cerrada la autopista a la altura de acatlan de juares hay un autobus quemandose en medio de la carretera",
			[]inc{{model.Blockade, "14002"}}},
		{"places of one item stay together",
			"buenas noches les informamos que en jalisco continuan los bloqueos en zapopan sobre avenida acueducto queman un camion y en guadalajara en la calzada independencia tambien hay un vehiculo el cartel estaria detras de estos hechos segun la fiscalia dos policias resultaron heridos al intentar retirar el vehiculo les pedimos precaucion",
			[]inc{{model.Blockade, "14120"}, {model.Blockade, "14039"}}},
		{"'y otra cosa' starts another item; a locality heard",
			"buenos dias seguimos con la informacion de esta mañana en la carretera a la altura de el sausal de rodrigues atravesaron un trailer y le prendieron fuego ya se libero un carril nos dicen los compañeros que estan ahi y otra cosa que nos esta llegando en tecate unos sujetos armados llegaron a una tienda y le prendieron fuego los empleados salieron corriendo no hay heridos segun proteccion civil les seguimos informando",
			[]inc{{model.Blockade, "02001"}, {model.BusinessAttack, "02003"}}},
		{"'nos vamos a' moves to another place's item",
			"buenas tardes arrancamos en manzanillo colima donde anoche dos sujetos en moto dispararon contra los clientes de una cenaduria en la colonia centro y murieron dos personas la fiscalia ya tiene abierta una carpeta de investigacion nos vamos a zamora michoacan donde esta madrugada unos sujetos quemaron una ferreteria en la colonia jardinadas sin lesionados reportan los bomberos",
			[]inc{{model.ArmedAttack, "06007"}, {model.BusinessAttack, "16108"}}},
		{"'y en' a state, then its town and time further on",
			"comenzamos en culiacan donde anoche un grupo armado entro a un bar de la colonia las quintas y disparo contra los clientes murieron tres personas y otras dos resultaron heridas la fiscalia ya investiga los hechos y en guerrero en el puerto de zihuatanejo esta madrugada incendiaron una farmacia de la colonia centro sin lesionados",
			[]inc{{model.ArmedAttack, "25006"}, {model.BusinessAttack, "12038"}}},
	}
	for _, tt := range tests {
		got := e.Extract(model.Report{ID: "t", Kind: model.KindTranscript, Text: tt.text, Published: pub})
		var have []inc
		for _, in := range got {
			have = append(have, inc{in.Type, in.Location.MunicipalityCode})
		}
		if len(have) != len(tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, have, tt.want)
			continue
		}
		for i := range have {
			if have[i] != tt.want[i] {
				t.Errorf("%s: incident %d is %v, want %v", tt.name, i, have[i], tt.want[i])
			}
		}
	}
}

// TestWhereAlongTheRoad: a route's ends are no incident place when a town
// along it is named; the locality of the town the text names beats its
// homonyms; a burning vehicle at a kilometre point blocks the road.
func TestWhereAlongTheRoad(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 10, 17, 8, 30, 0, 0, mexico)
	tests := []struct {
		name string
		text string
		typ  model.IncidentType
		muni []string // the incidents' municipality codes
	}{
		{"a town along the road",
			"Gunmen hijacked a truck and set it on fire across the Guadalajara-Colima toll road on Friday night near Santa Cruz de las Flores, in the municipality of Tlajomulco, police said.",
			model.Blockade, []string{"14097"}},
		{"the road alone stands for its first end",
			"Two gunmen were killed on Sunday in a gunfight with soldiers on the Reynosa-Monterrey highway, officials said.",
			model.ArmedClash, []string{"28032"}},
		{"a kilometre point is a road",
			"Otro grupo atravesó un autobús en el kilómetro 55, en Acatlán de Juárez, y lo incendió.",
			model.Blockade, []string{"14002"}},
	}
	for _, tt := range tests {
		got := e.Extract(model.Report{ID: "t", Kind: model.KindNews, Text: tt.text, Published: pub})
		var munis []string
		for _, in := range got {
			if in.Type != tt.typ {
				t.Errorf("%s: %s, want %s", tt.name, in.Type, tt.typ)
			}
			munis = append(munis, in.Location.MunicipalityCode)
		}
		if strings.Join(munis, ",") != strings.Join(tt.muni, ",") {
			t.Errorf("%s: municipalities %v, want %v", tt.name, munis, tt.muni)
		}
	}
}

// TestAnotherAct: "otro vehículo", "another bus" after an act of the same
// type and place is a second act, not a detail of the first; "más
// temprano" dates it that day, not at the hour told before it.
func TestAnotherAct(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 10, 17, 0, 50, 0, 0, mexico)
	tests := []struct {
		name string
		text string
		want []string // time and precision of each incident
	}{
		{"another, earlier",
			"Un bloqueo en Tlajomulco se registró a las 22:40 horas de este viernes. Más temprano, otro vehículo había sido quemado en la autopista a Colima, en el mismo municipio.",
			[]string{"2026-10-16 22:40 minute", "2026-10-16 00:00 day"}},
		{"a detail of the same act",
			"Un bloqueo en Tlajomulco se registró a las 22:40 horas de este viernes. El vehículo fue quemado sobre la autopista.",
			[]string{"2026-10-16 22:40 minute"}},
		{"another weekend, one act told twice",
			"Another Uruapan weekend: 15 murdered on Saturday.\nAnother Uruapan weekend: 15 murdered on Saturday.",
			[]string{"2026-10-17 00:00 day"}},
		{"in other words",
			"Hombres armados incendiaron un camión en la autopista en Tlajomulco a las 22:40 horas de este viernes. Por otro lado, el camión quemado fue retirado.",
			[]string{"2026-10-16 22:40 minute"}},
	}
	for _, tt := range tests {
		got := e.Extract(model.Report{ID: "t", Kind: model.KindNews, Text: tt.text, Published: pub})
		var have []string
		for _, in := range got {
			s := "none"
			if in.Time != nil {
				s = in.Time.In(mexico).Format("2006-01-02 15:04") + " " + string(in.TimePrecision)
			}
			have = append(have, s)
		}
		if strings.Join(have, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: %q, want %q", tt.name, have, tt.want)
		}
	}
}

// TestListedActs: a counted generic noun ("dos hechos") tells acts of the
// kind the report told last, and each place of a list takes its own time.
func TestListedActs(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 10, 17, 9, 0, 0, 0, mexico)
	tests := []struct {
		name string
		text string
		want []string // type, municipality and time of each incident
	}{
		{"two listed acts, times before places",
			"Se atendieron bloqueos en Zapopan durante la noche.\n\nEn la autopista se registraron dos hechos: a las 20:05 horas en el km 22, municipio de Tlajomulco de Zúñiga, y a las 21:10 horas en el km 55, municipio de Acatlán de Juárez.",
			[]string{"blockade 14120 none", "blockade 14097 20:05", "blockade 14002 21:10"}},
		{"times after places",
			"Hubo bloqueos en Zapopan a las 20:00 horas y en Tonalá a las 21:00 horas de este viernes.",
			[]string{"blockade 14120 20:00", "blockade 14101 21:00"}},
		{"an uncounted generic noun is no act",
			"Se atendieron bloqueos en Zapopan durante la noche.\n\nLos hechos en Tonalá son investigados.",
			[]string{"blockade 14120 none"}},
	}
	for _, tt := range tests {
		got := e.Extract(model.Report{ID: "t", Kind: model.KindOfficial, Text: tt.text, Published: pub})
		var have []string
		for _, in := range got {
			at := "none"
			if in.Time != nil && in.TimePrecision == model.TimeMinute {
				at = in.Time.In(mexico).Format("15:04")
			}
			have = append(have, string(in.Type)+" "+in.Location.MunicipalityCode+" "+at)
		}
		if strings.Join(have, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: %q, want %q", tt.name, have, tt.want)
		}
	}
}

// TestOfficialDenial: an official "no hay bloqueos" that asks people not to
// spread unverified information denies the blockade it was told of.
func TestOfficialDenial(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 10, 17, 17, 45, 0, 0, mexico)
	for _, tt := range []struct {
		text   string
		denial bool
		n      int
	}{
		{"La Secretaría de Seguridad informa que no hay bloqueos en Zamora. La circulación es normal.\n\nPedimos a la ciudadanía no difundir información no verificada.", true, 1},
		{"La Secretaría de Seguridad informa que no hay bloqueos en Zamora. La circulación es normal.", false, 0},
	} {
		got := e.Extract(model.Report{ID: "t", Kind: model.KindOfficial, Text: tt.text, Published: pub})
		if len(got) != tt.n || tt.n > 0 && (got[0].Denial != tt.denial || got[0].Type != model.Blockade || got[0].Location.MunicipalityCode != "16108") {
			t.Errorf("%q: %+v, want %d record(s), denial %v of a blockade in Zamora", tt.text, got, tt.n, tt.denial)
		}
	}
}

// TestTallyUnderDenyingTitle checks that a title that reports a tally and
// denies one act keeps the tally beside the denial. The report is
// written for the test.
func TestTallyUnderDenyingTitle(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 9, 14, 19, 0, 0, 0, mexico)
	got := e.Extract(model.Report{ID: "t", Kind: model.KindNews, Lang: "en", Published: pub,
		Title: "Guerrero reports eleven roadblocks, denies blockade in Chilpancingo",
		Text: "Officials in the southern state of Guerrero said on Tuesday that eleven roadblocks had been set up in seven municipalities since the morning.\n\n" +
			"They dismissed as false social media posts about a blockade on the Chilpancingo bypass."})
	var tally, denial bool
	for _, in := range got {
		tally = tally || in.Tally && in.Type == model.Blockade && in.Location.StateCode == "12"
		denial = denial || in.Denial && in.Location.MunicipalityCode == "12029"
	}
	if !tally || !denial || len(got) != 2 {
		t.Errorf("got %+v, want a Guerrero tally of blockades and a denial in Chilpancingo", got)
	}
}
