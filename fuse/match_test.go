package fuse

import (
	"slices"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

var mexicoTZ = func() *time.Location {
	loc, err := time.LoadLocation("America/Mexico_City")
	if err != nil {
		return time.FixedZone("CST", -6*3600)
	}
	return loc
}()

// place is a municipality seat for the tests below.
type place struct {
	state, stateName, code, name string
	lat, lon                     float64
}

var (
	apatzingan  = place{"16", "Michoacán", "16006", "Apatzingán", 19.089, -102.357}
	tlajomulco  = place{"14", "Jalisco", "14097", "Tlajomulco de Zúñiga", 20.474, -103.447}
	guadalajara = place{"14", "Jalisco", "14039", "Guadalajara", 20.677, -103.347}
	jalisco     = place{state: "14", stateName: "Jalisco"}
	country     = place{}
)

// item builds a test item: an incident of report rep at p (municipality
// precision when p names a municipality, else state or country) at time at
// with precision prec ("" and a zero at: no time), published at pub.
func item(id, rep, source string, typ model.IncidentType, p place, at time.Time, prec model.TimePrecision, pub time.Time, text string) Item {
	in := model.Incident{ID: id, ReportID: rep, Type: typ, Confidence: 0.8,
		Location: model.Location{StateCode: p.state, State: p.stateName, MunicipalityCode: p.code, Municipality: p.name},
		Evidence: []model.Span{{ReportID: rep, Text: text}}}
	switch {
	case p.code != "":
		lat, lon := p.lat, p.lon
		in.Location.Lat, in.Location.Lon, in.Location.Precision = &lat, &lon, model.GeoMunicipality
	case p.state != "":
		in.Location.Precision = model.GeoState
	default:
		in.Location.Precision = model.GeoCountry
	}
	if !at.IsZero() {
		t := at
		in.Time, in.TimePrecision = &t, prec
	}
	return Item{Incident: in, Source: source, Kind: model.KindNews, Published: pub, Sketch: NewSketch(text, "")}
}

// midnight returns the start of t's date on p's clock, as extraction
// stores a time told to the day at p (model.Location.Day).
func (p place) midnight(t time.Time) time.Time {
	l := model.Location{StateCode: p.state, MunicipalityCode: p.code}
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, l.Zone())
}

func sameEvent(events map[string]model.Event, a, b string) bool {
	for _, ev := range events {
		ia, ib := false, false
		for _, id := range ev.IncidentIDs {
			ia = ia || id == a
			ib = ib || id == b
		}
		if ia || ib {
			return ia && ib
		}
	}
	return false
}

// TestUntimedReachesYesterday: a report that dates nothing tells of its
// publication day or the day before; a follow-up published the next
// evening still reaches an ambush of 06:40 the day before, one published
// three days later does not.
func TestUntimedReachesYesterday(t *testing.T) {
	sat := time.Date(2026, 10, 17, 0, 0, 0, 0, mexicoTZ)
	clash := item("a-0", "a", "Agencia", model.ArmedClash, apatzingan, sat.Add(6*time.Hour+40*time.Minute), model.TimeMinute,
		sat.Add(11*time.Hour), "Un convoy de la Guardia Nacional fue emboscado en Apatzingán a las 06:40 horas.")
	next := item("b-0", "b", "Diario", model.ArmedClash, apatzingan, time.Time{}, "",
		sat.Add(44*time.Hour), "Las escuelas no abrirán tras el enfrentamiento que dejó 13 muertos en Apatzingán.")
	late := item("c-0", "c", "Semanario", model.ArmedClash, apatzingan, time.Time{}, "",
		sat.Add(80*time.Hour), "El enfrentamiento que dejó 13 muertos en Apatzingán sigue sin detenidos.")
	events := fuseAll(t, DefaultConfig(), []Item{clash, next, late})
	if !sameEvent(events, "a-0", "b-0") {
		t.Errorf("the untimed report of the next evening is not in the ambush's event")
	}
	if sameEvent(events, "a-0", "c-0") {
		t.Errorf("an untimed report three days later joined the ambush's event")
	}
}

// TestPriorIsNoClaim: a place that came only from an outlet's home does
// not outrank the place a report states, and contradicts nothing.
func TestPriorIsNoClaim(t *testing.T) {
	sat := time.Date(2026, 10, 17, 0, 0, 0, 0, mexicoTZ)
	at := sat.Add(6*time.Hour + 40*time.Minute)
	stated := item("a-0", "a", "Agencia", model.ArmedClash, tlajomulco, at, model.TimeMinute, sat.Add(9*time.Hour),
		"Un enfrentamiento entre civiles armados y la Guardia Nacional en Tlajomulco dejó cuatro muertos esta madrugada.")
	stated.Incident.Location.Basis = model.BasisText
	// The prior puts the other report in its outlet's home town, another
	// municipality of the state: a guess, so it must neither keep the
	// reports apart nor become the event's place.
	guessed := item("b-0", "b", "Diario", model.ArmedClash, guadalajara, at, model.TimeMinute, sat.Add(10*time.Hour),
		"Un enfrentamiento entre civiles armados y la Guardia Nacional dejó cuatro muertos esta madrugada.")
	guessed.Incident.Location.Basis = model.BasisOutletPrior
	events := fuseAll(t, DefaultConfig(), []Item{stated, guessed})
	if !sameEvent(events, "a-0", "b-0") {
		t.Fatal("the two reports of one clash were not fused")
	}
	for _, ev := range events {
		if !slices.Contains(ev.IncidentIDs, "a-0") {
			continue
		}
		if ev.Location.MunicipalityCode != "14097" || ev.Location.Basis != model.BasisText {
			t.Errorf("event place = %+v, want Tlajomulco as stated", ev.Location)
		}
		for _, c := range ev.Contradictions {
			if c.Field == "state" || c.Field == "municipality" {
				t.Errorf("a prior-only place made a contradiction: %+v", c)
			}
		}
	}
}

// TestUntimedTakesLatest: a headline that dates nothing, published late
// on Saturday, tells Saturday night's shop attack, not Friday night's in
// the same town (two acts a day apart that must stay apart).
func TestUntimedTakesLatest(t *testing.T) {
	fri := time.Date(2026, 10, 16, 0, 0, 0, 0, mexicoTZ)
	sat := fri.AddDate(0, 0, 1)
	first := item("a-0", "a", "Diario", model.BusinessAttack, apatzingan, fri.Add(21*time.Hour+30*time.Minute), model.TimeMinute,
		fri.Add(23*time.Hour), "Sujetos armados incendiaron una ferretería en Apatzingán a las 21:30 horas.")
	second := item("b-0", "b", "Noticias", model.BusinessAttack, apatzingan, sat.Add(22*time.Hour+10*time.Minute), model.TimeMinute,
		sat.Add(23*time.Hour), "Hombres armados balearon una farmacia en Apatzingán a las 22:10 horas.")
	headline := item("c-0", "c", "Portal", model.BusinessAttack, apatzingan, time.Time{}, "",
		sat.Add(23*time.Hour+50*time.Minute), "Atacan otro negocio en Apatzingán")
	events := fuseAll(t, DefaultConfig(), []Item{first, second, headline})
	if sameEvent(events, "a-0", "b-0") {
		t.Fatal("the attacks of two nights were fused")
	}
	if !sameEvent(events, "b-0", "c-0") {
		t.Errorf("the untimed headline of Saturday night is not in Saturday's event")
	}
}

// TestDeniedShooting: an official denial of a "balacera" read as a clash
// contradicts the shooting a crowd feed reported as an attack at the same
// place and day.
func TestDeniedShooting(t *testing.T) {
	day := time.Date(2026, 10, 17, 0, 0, 0, 0, mexicoTZ)
	claim := item("a-0", "a", "Alertas", model.ArmedAttack, tlajomulco, day.Add(14*time.Hour+5*time.Minute), model.TimeMinute,
		day.Add(14*time.Hour+5*time.Minute), "Reportan balacera en una plaza comercial de Tlajomulco.")
	denial := item("b-0", "b", "Comisaría", model.ArmedClash, tlajomulco, time.Time{}, "",
		day.Add(15*time.Hour), "Es falsa la supuesta balacera en una plaza comercial de Tlajomulco: fue un cortocircuito.")
	denial.Incident.Denial = true
	events := fuseAll(t, DefaultConfig(), []Item{claim, denial})
	found := false
	for _, ev := range events {
		if !slices.Contains(ev.IncidentIDs, "a-0") {
			continue
		}
		for _, c := range ev.Contradictions {
			if c.Field != "occurred" {
				continue
			}
			for _, v := range c.Values {
				found = found || v.Value == "no" && slices.Contains(v.ReportIDs, "b")
			}
		}
	}
	if !found {
		t.Errorf("the denial does not contradict the claimed shooting: %+v", events)
	}
}

// TestAreaPoint: a place that is an area with a point and no municipality
// (the extractor's "Monterrey metropolitan area") compares by its point:
// two such reports are one advisory, and so is the one placed in the
// municipality around that point; a town 30 km off is not.
func TestAreaPoint(t *testing.T) {
	fri := time.Date(2028, 3, 3, 0, 0, 0, 0, mexicoTZ)
	monterrey := place{"19", "Nuevo León", "19039", "Monterrey", 25.684, -100.317}
	area := func(id string, lat, lon float64) Item {
		it := item(id, id[:1], "Desk "+id[:1], model.Advisory, place{state: "19", stateName: "Nuevo León"}, fri, model.TimeDay,
			fri.Add(12*time.Hour), "Staff in the metropolitan area told to shelter in place.")
		it.Incident.Location.Lat, it.Incident.Location.Lon, it.Incident.Location.Precision = &lat, &lon, model.GeoMunicipality
		return it
	}
	seat := item("a-0", "a", "Consulate", model.Advisory, monterrey, fri.Add(8*time.Hour+15*time.Minute), model.TimeMinute,
		fri.Add(8*time.Hour+20*time.Minute), "Shelter in place in Monterrey.")
	near := area("b-0", 25.704, -100.281)
	again := area("c-0", 25.704, -100.281)
	far := area("d-0", 25.95, -100.0) // about 40 km north-east
	events := fuseAll(t, DefaultConfig(), []Item{seat, near, again, far})
	if !sameEvent(events, "b-0", "c-0") || !sameEvent(events, "a-0", "b-0") {
		t.Errorf("the advisory for the metropolitan area and for Monterrey are not one event: %+v", events)
	}
	if sameEvent(events, "a-0", "d-0") {
		t.Errorf("an area 40 km off joined the Monterrey advisory")
	}
}

// TestUntimedTakesLatestOverPoint: a headline that dates nothing, published
// half an hour after a shop is shot at, tells that attack, though the
// burning of another shop in the same town the evening before was placed
// by an alert feed on a point of the town (a point scores a little higher
// than the municipality both reports give): a day's gap must outweigh it.
func TestUntimedTakesLatestOverPoint(t *testing.T) {
	tue := time.Date(2027, 9, 14, 0, 0, 0, 0, mexicoTZ)
	wed := tue.AddDate(0, 0, 1)
	alert := item("a-0", "a", "Alerts", model.BusinessAttack, apatzingan, tue.Add(20*time.Hour+44*time.Minute), model.TimeMinute,
		tue.Add(20*time.Hour+44*time.Minute), "ALERT | Apatzingán: armed men set fire to a hardware store in the centre.")
	lat, lon := 19.092, -102.351
	alert.Incident.Location.Lat, alert.Incident.Location.Lon, alert.Incident.Location.Precision = &lat, &lon, model.GeoPoint
	alert.Kind = model.KindAlertFeed
	burning := item("b-0", "b", "Diario", model.BusinessAttack, apatzingan, tue.Add(20*time.Hour+30*time.Minute), model.TimeMinute,
		tue.Add(22*time.Hour), "Sujetos armados prendieron fuego a una ferretería del centro de Apatzingán a las 20:30 horas.")
	shots := item("c-0", "c", "Noticias", model.BusinessAttack, apatzingan, wed.Add(19*time.Hour+45*time.Minute), model.TimeMinute,
		wed.Add(21*time.Hour+30*time.Minute), "A las 19:45 horas dos sujetos en motocicleta dispararon contra la cortina metálica de un local de la colonia Morelos.")
	headline := item("d-0", "d", "Portal", model.BusinessAttack, apatzingan, time.Time{}, "",
		wed.Add(20*time.Hour+20*time.Minute), "Atacan a balazos carnicería en Apatzingán")
	events := fuseAll(t, DefaultConfig(), []Item{alert, burning, shots, headline})
	if !sameEvent(events, "a-0", "b-0") {
		t.Fatal("the alert and the report of Tuesday's burning were not fused")
	}
	if sameEvent(events, "b-0", "c-0") {
		t.Fatal("the attacks of two evenings were fused")
	}
	if !sameEvent(events, "c-0", "d-0") {
		t.Errorf("the untimed headline of Wednesday evening is not in Wednesday's event")
	}
}

// TestAttackIsHomicide: "hallan a hombre baleado" read as an attack and
// the body found that morning told as a homicide are one act; an attack
// on a patrol the same afternoon in the same town is another.
func TestAttackIsHomicide(t *testing.T) {
	sat := time.Date(2028, 3, 4, 0, 0, 0, 0, mexicoTZ)
	found := item("a-0", "a", "Fiscalía", model.Homicide, apatzingan, sat.Add(7*time.Hour+30*time.Minute), model.TimeMinute,
		sat.Add(10*time.Hour), "A las 07:30 horas vecinos reportaron el hallazgo de un hombre sin vida con heridas de bala en un terreno baldío.")
	found.Kind = model.KindOfficial
	daily := item("b-0", "b", "Noticias", model.Homicide, apatzingan, sat, model.TimeDay,
		sat.Add(12*time.Hour), "Un hombre de unos 35 años fue localizado sin vida esta mañana en un terreno baldío de la colonia Tierra Caliente.")
	headline := item("c-0", "c", "Portal", model.ArmedAttack, apatzingan, time.Time{}, "",
		sat.Add(9*time.Hour+15*time.Minute), "Hallan a hombre baleado en baldío de Apatzingán")
	patrol := item("d-0", "d", "Diario", model.ArmedAttack, apatzingan, sat.Add(13*time.Hour), model.TimeMinute,
		sat.Add(15*time.Hour), "A las 13:00 horas sujetos armados dispararon contra una patrulla de la policía municipal en la avenida Constitución.")
	events := fuseAll(t, DefaultConfig(), []Item{found, daily, headline, patrol})
	if !sameEvent(events, "a-0", "b-0") {
		t.Fatal("the two reports of the body found were not fused")
	}
	if !sameEvent(events, "a-0", "c-0") {
		t.Errorf("the headline of the man found shot is not in the homicide's event")
	}
	if sameEvent(events, "a-0", "d-0") {
		t.Errorf("the afternoon's attack on a patrol joined the morning's homicide")
	}
}

// TestTallyNightAndMorning: a count of blockades "between Sunday night and
// early Monday" is dated Sunday by one report and Monday by another: one
// tally. A count three days later is another.
func TestTallyNightAndMorning(t *testing.T) {
	sun := time.Date(2027, 3, 7, 0, 0, 0, 0, mexicoTZ)
	guanajuato := place{state: "11", stateName: "Guanajuato"}
	tally := func(id string, day time.Time, text string) Item {
		it := item(id, id[:1], "Desk "+id[:1], model.Blockade, guanajuato, day, model.TimeDay, day.Add(30*time.Hour), text)
		it.Incident.Tally = true
		return it
	}
	wire := tally("a-0", sun, "Gunmen set vehicles on fire to block roads at 19 points in nine Guanajuato municipalities between Sunday night and early Monday.")
	state := tally("b-0", sun.AddDate(0, 0, 1), "Desde la noche del domingo y hasta las 07:00 horas de este lunes se atendieron 19 bloqueos en nueve municipios.")
	later := tally("c-0", sun.AddDate(0, 0, 3), "Suman cinco bloqueos este miércoles en tres municipios de Guanajuato.")
	events := fuseAll(t, DefaultConfig(), []Item{wire, state, later})
	if !sameEvent(events, "a-0", "b-0") {
		t.Errorf("the tally dated by its night and the one dated by its morning are two events")
	}
	if sameEvent(events, "a-0", "c-0") || sameEvent(events, "b-0", "c-0") {
		t.Errorf("Wednesday's tally joined Sunday night's")
	}
}

func TestCompatible(t *testing.T) {
	for _, c := range []struct {
		a, b model.IncidentType
		want float64
	}{
		{model.Arson, model.Arson, 1},
		{"", "", 1},
		{"riot", "riot", 1},
		{model.Arson, model.Blockade, 0.7},
		{model.Blockade, model.Arson, 0.7},
		{model.BusinessAttack, model.Blockade, 0.7},
		{model.Homicide, model.ArmedAttack, 0.7},
		{model.SecurityOperation, model.ArmedClash, 0.6},
		{model.Homicide, model.ArmedClash, 0.5},
		{model.BusinessAttack, model.ArmedAttack, 0.5},
		{model.Explosive, model.ArmedClash, 0.4},
		{model.Homicide, model.BusinessAttack, 0.4},
		{model.Disruption, model.Blockade, 0.4},
		{model.Disruption, model.Arson, 0},
		{model.Homicide, model.SecurityOperation, 0},
		{model.Kidnapping, model.Homicide, 0},
		{model.Arson, "riot", 0},
		{"", model.Arson, 0},
	} {
		if got := compatible(c.a, c.b); got != c.want {
			t.Errorf("compatible(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	for i, ty := range model.IncidentTypes() {
		if got := typeIndex(ty); got != i {
			t.Errorf("typeIndex(%q) = %d, want %d", ty, got, i)
		}
	}
	// Not types: the empty string, a word of a type's length and first
	// letter, a type's prefix, capitals, a name longer than any.
	for _, ty := range []model.IncidentType{"", "b", "blockage", "homicidio", "arso", "Arson", "security_operations_x", "zzzzz", "_rson"} {
		if got := typeIndex(ty); got != -1 {
			t.Errorf("typeIndex(%q) = %d, want -1", ty, got)
		}
	}
}

func TestFamily(t *testing.T) {
	for _, c := range []struct {
		t    model.IncidentType
		want int
	}{
		{model.ArmedClash, 1}, {model.ArmedAttack, 1}, {model.Homicide, 1}, {model.SecurityOperation, 1}, {model.Explosive, 1},
		{model.Blockade, 2}, {model.Arson, 2}, {model.BusinessAttack, 2},
		{model.Kidnapping, 0}, {model.Intimidation, 0}, {model.Disruption, 0}, {model.Advisory, 0}, {model.Policy, 0},
		{"", 0}, {"riot", 0},
	} {
		if got := family(c.t); got != c.want {
			t.Errorf("family(%q) = %d, want %d", c.t, got, c.want)
		}
	}
}

// TestTypesOf holds the table scoreCluster reads by the types' places to
// what compatible, kinship and kinFamilies answer of the types
// themselves, for every two types of the taxonomy and types outside it.
func TestTypesOf(t *testing.T) {
	all := model.IncidentTypes()
	types := append(all[:], "", "riot", "Arson")
	for _, a := range types {
		for _, b := range types {
			want := typePair{compatible(a, b), kinship(a, b), kinFamilies(a, b)}
			if got := typesOf(a, int8(typeIndex(a)), b, int8(typeIndex(b))); got != want {
				t.Errorf("typesOf(%q, %q) = %+v, want %+v", a, b, got, want)
			}
		}
	}
	// The table tells kin apart: a killing and a kidnapping are kin, not
	// compatible; a killing and an attack compatible.
	for _, c := range []struct {
		a, b model.IncidentType
		want typePair
	}{
		{model.Homicide, model.Kidnapping, typePair{0, kinFamily, true}},
		{model.Homicide, model.ArmedAttack, typePair{0.7, 0.7, true}},
		{model.Homicide, model.Homicide, typePair{1, 1, true}},
		{model.Disruption, model.Arson, typePair{}},
		{"riot", "riot", typePair{compatible: 1, kinship: 1}},
	} {
		if got := typesOf(c.a, int8(typeIndex(c.a)), c.b, int8(typeIndex(c.b))); got != c.want {
			t.Errorf("typesOf(%q, %q) = %+v, want %+v", c.a, c.b, got, c.want)
		}
	}
}

// TestIntervalSeconds holds the seconds the interval tests compare
// (member.lo and hi, cluster.lo and hi) to the times they stand for, for
// items of each kind of interval newMember makes.
func TestIntervalSeconds(t *testing.T) {
	f := New(DefaultConfig(), func(Fused) error { return nil })
	at := time.Date(2026, 3, 6, 23, 30, 0, 0, mexicoTZ)
	pub := at.Add(3 * time.Hour)
	tally := item("t", "rt", "s", model.Blockade, jalisco, at, model.TimeDay, pub, "nueve bloqueos en el estado")
	tally.Incident.Tally = true
	back := item("b", "rb", "s", model.Homicide, apatzingan, apatzingan.midnight(at), model.TimeDay, pub,
		"Road access reopened early Saturday after gunmen set two trucks on fire on Friday evening")
	for _, it := range []Item{
		item("m", "rm", "s", model.Homicide, apatzingan, at, model.TimeMinute, pub, "a las 23:30 horas"),
		item("h", "rh", "s", model.Homicide, apatzingan, at, model.TimeHour, pub, "hacia las 23 horas"),
		item("d", "rd", "s", model.Homicide, apatzingan, apatzingan.midnight(at), model.TimeDay, pub, "el viernes"),
		item("n", "rn", "s", model.Homicide, apatzingan, at, model.TimeDay, pub, "anoche"),
		item("w", "rw", "s", model.Homicide, apatzingan, at, model.TimeWeek, pub, "esta semana"),
		item("u", "ru", "s", model.Homicide, apatzingan, time.Time{}, "", pub, "sin fecha"),
		item("f", "rf", "s", model.Homicide, apatzingan, at, model.TimeMinute, pub, "localizaron a las 23:30 horas tres cuerpos tras un enfrentamiento"),
		tally, back,
	} {
		m := f.newMember(it)
		if m.lo != m.start.Unix() || m.hi != m.end.Unix() || m.start.Nanosecond() != 0 || m.end.Nanosecond() != 0 {
			t.Errorf("%s: lo %d hi %d for %v – %v", it.Incident.ID, m.lo, m.hi, m.start, m.end)
		}
		c := &cluster{}
		c.reset([]*member{m})
		if c.lo != ownStart(m).Unix() || c.hi != m.end.Unix() || !c.meets(m) || !overlaps(m, m) {
			t.Errorf("%s: event lo %d hi %d for %v – %v", it.Incident.ID, c.lo, c.hi, ownStart(m), m.end)
		}
	}
}

// TestTypeVote holds typeVote to the vote by a map of every type voted
// (the weight of each summed in the members' order, the taxonomy's types
// compared in its order, ties within 1e-12 to the first).
func TestTypeVote(t *testing.T) {
	byMap := func(ms []*member) model.IncidentType {
		votes := map[model.IncidentType]float64{}
		for _, m := range ms {
			votes[m.it.Incident.Type] += m.weight
		}
		var won model.IncidentType
		for _, t := range model.IncidentTypes() {
			if v, ok := votes[t]; ok && (won == "" || v > votes[won]+1e-12) {
				won = t
			}
		}
		return won
	}
	mk := func(typ model.IncidentType, w float64) *member {
		return &member{it: Item{Incident: model.Incident{Type: typ}}, weight: w, ti: int8(typeIndex(typ))}
	}
	for _, c := range []struct {
		name string
		ms   []*member
		want model.IncidentType
	}{
		{"one", []*member{mk(model.Arson, 0.8)}, model.Arson},
		{"most weight", []*member{mk(model.Arson, 0.8), mk(model.Blockade, 0.5), mk(model.Blockade, 0.5)}, model.Blockade},
		{"a tie to the taxonomy's order", []*member{mk(model.Homicide, 0.5), mk(model.Blockade, 0.5)}, model.Blockade},
		{"within 1e-12", []*member{mk(model.Homicide, 0.5+1e-13), mk(model.Blockade, 0.5)}, model.Blockade},
		{"beyond 1e-12", []*member{mk(model.Homicide, 0.5+1e-9), mk(model.Blockade, 0.5)}, model.Homicide},
		{"a vote of no weight", []*member{mk(model.Policy, 0)}, model.Policy},
		{"a type outside the taxonomy", []*member{mk("riot", 2), mk(model.Arson, 0.1)}, model.Arson},
		{"none of the taxonomy", []*member{mk("riot", 2)}, ""},
	} {
		var v typeVote
		for _, m := range c.ms {
			v.add(m)
		}
		if got, ref := v.winner(), byMap(c.ms); got != c.want || got != ref {
			t.Errorf("%s: winner %q, by a map %q, want %q", c.name, got, ref, c.want)
		}
	}
}
