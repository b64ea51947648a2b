package fuse

import (
	"math"
	"slices"
	"strings"
	"time"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/model"
)

// compatible returns how well two types can describe the same act: 1 for
// equal types, less for two faces of one act, 0 when they cannot.
func compatible(a, b model.IncidentType) float64 {
	if a == b {
		return 1
	}
	i, j := typeIndex(a), typeIndex(b)
	if i < 0 || j < 0 {
		return 0
	}
	return compatibility[i][j]
}

// typePair is what compatible, kinship and kinFamilies answer of two
// types.
type typePair struct {
	compatible, kinship float64
	kin                 bool // kinFamilies
}

// typePairs holds the typePair of every two types of the taxonomy, by
// their typeIndex: scoreCluster reads it by the places members and events
// keep (member.ti, cluster.ti) rather than look their types up, for
// every candidate event and several of its members.
var typePairs = func() (t [nTypes][nTypes]typePair) {
	for i, a := range taxonomy {
		for j, b := range taxonomy {
			t[i][j] = typePairOf(a, b)
		}
	}
	return t
}()

// typePairOf computes the typePair of a and b.
func typePairOf(a, b model.IncidentType) typePair {
	return typePair{compatible(a, b), kinship(a, b), kinFamilies(a, b)}
}

// typesOf returns the typePair of a and b, whose places in the taxonomy
// are i and j (typeIndex): from typePairs, or computed when either is
// outside it.
func typesOf(a model.IncidentType, i int8, b model.IncidentType, j int8) typePair {
	if i < 0 || j < 0 {
		return typePairOf(a, b)
	}
	return typePairs[i][j]
}

// nTypes is the number of types of the taxonomy (model.IncidentTypes).
const nTypes = 13

// typeIndex returns the place of t in model.IncidentTypes, or -1.
//
// It is asked several times of every pair compared, so it reads a table
// by t's length and first letter (which tell the taxonomy's types apart)
// and compares t with the one type found there, rather than comparing t
// with the names one by one (or building model.IncidentTypes' array).
func typeIndex(t model.IncidentType) int {
	if len(t) == 0 || len(t) >= len(typeSlots) || t[0] < 'a' || t[0] > 'z' {
		return -1
	}
	s := &typeSlots[len(t)][t[0]-'a']
	if s.typ == "" || t != s.typ {
		return -1
	}
	return int(s.i)
}

// taxonomy is model.IncidentTypes, which builds the array each call.
var taxonomy = model.IncidentTypes()

// typeSlot is a type and its place in model.IncidentTypes.
type typeSlot struct {
	typ model.IncidentType
	i   int8
}

// typeSlots is typeIndex's table: by a type's length and first letter,
// the type there and its place (an empty type: none).
var typeSlots = func() (s [24][26]typeSlot) {
	for i, t := range model.IncidentTypes() {
		if s[len(t)][t[0]-'a'].typ != "" {
			panic("fuse: two types of one length and first letter: " + t)
		}
		s[len(t)][t[0]-'a'] = typeSlot{typ: t, i: int8(i)}
	}
	return s
}()

// compatibility is compatible for two different types, by typeIndex: 0
// but for the pairs that can describe one act.
var compatibility = func() (t [nTypes][nTypes]float64) {
	for _, p := range [...]struct {
		a, b model.IncidentType
		c    float64
	}{
		// A wave of burnings is told as any of the three.
		{model.Arson, model.Blockade, 0.7}, {model.Arson, model.BusinessAttack, 0.7}, {model.Blockade, model.BusinessAttack, 0.7},
		{model.ArmedAttack, model.ArmedClash, 0.7}, {model.ArmedAttack, model.Homicide, 0.7},
		{model.ArmedClash, model.SecurityOperation, 0.6}, // "abatidos en un enfrentamiento" is both
		{model.ArmedClash, model.Homicide, 0.5},
		{model.ArmedAttack, model.BusinessAttack, 0.5}, // gunmen attack a shop or a petrol station
		{model.ArmedAttack, model.Explosive, 0.4}, {model.ArmedClash, model.Explosive, 0.4},
		{model.ArmedAttack, model.SecurityOperation, 0.4}, {model.BusinessAttack, model.Homicide, 0.4},
		{model.Blockade, model.Disruption, 0.4}, // a road closed by a blockade
	} {
		i, j := typeIndex(p.a), typeIndex(p.b)
		t[i][j], t[j][i] = p.c, p.c
	}
	return t
}()

// pair says whether x (a member) and m (a newcomer) can be one event, and
// how strongly they look like one; tc is the compatibility of m's type with
// the event's. needs says that they can only if their evidence tells one
// act (a slip: tellsOneAct). When parts is not nil, pair leaves in it
// the comparisons it made, for the pair model's features (dearFeatures).
func (f *Fuser) pair(x, m *member, tc float64, parts *pairParts) (score float64, ok, needs bool) {
	a, b := &x.it.Incident, &m.it.Incident
	if a.Tally != b.Tally {
		return 0, false, false
	}
	if !overlaps(x, m) {
		return 0, false, false
	}
	night, apart := nightsApart(x, m)
	if apart {
		return 0, false, false
	}
	back, apart := backApart(x, m)
	if apart {
		return 0, false, false
	}
	if x.arrestOnly() && violent(b) || m.arrestOnly() && violent(a) || kmApart(x, m) {
		// An arrest after a clash, or two kilometre points of a road:
		// two acts.
		return 0, false, false
	}
	if x.suspends() != m.suspends() {
		// A service suspended (classes, a crossing), beside the
		// shooting or the blockade it followed: two acts.
		return 0, false, false
	}
	if hoursApart(x, m) || targetsApart(x, m) {
		// What both reports tell differs: the hour, or the premises
		// or the force the act struck.
		return 0, false, false
	}
	// The places first: they part most of the candidates, before the
	// texts are compared.
	gs, ok, homonym, needs := f.geo(x, m)
	if parts != nil {
		parts.geo, parts.geoOK, parts.homonym, parts.geoSlip, parts.geoDone = gs, ok, homonym, needs, true
	}
	if !ok || coloniasApart(x, m) {
		// Different places, or colonias of one town that differ.
		return 0, false, false
	}
	nearDup := x.it.Sketch.Copy(&m.it.Sketch, f.cfg.NearDuplicate)
	text := jaccard(x.tokens, m.tokens)
	if parts != nil {
		parts.nearDup, parts.text, parts.textDone = nearDup, text, true
	}
	if homonym && !nearDup && text < f.cfg.HomonymText {
		return 0, false, false
	}
	ts := timeAgreement(x, m)
	tc = sameAct(x, m, memberType(x, m, tc))
	as := actorAgreement(a.Actors, b.Actors)
	s := 0.35*tc + 0.25*gs + 0.25*ts + 0.15*math.Min(1, 2*text) + 0.05*as
	if nearDup {
		s += 0.2
	}
	return s, true, needs || back || night
}

// pairParts are the comparisons of a pair that pair made before it
// refused or scored it: geo's (when geoDone) and the texts' (when
// textDone).
type pairParts struct {
	geo                     float64
	geoOK, homonym, geoSlip bool
	geoDone                 bool
	nearDup                 bool
	text                    float64
	textDone                bool
}

// nightsApart reports whether x and m meet only through a night told as
// a day (night: a slip the evidence must overrule), or not even so
// (apart).
func nightsApart(x, m *member) (night, apart bool) {
	if (x.night != 0 || m.night != 0) && !x.precise && !m.precise && (!nightStart(x).Before(nightEnd(m)) || !nightStart(m).Before(nightEnd(x))) {
		// A night runs past midnight only for a time told to the
		// hour or the minute: two nights told as days are two days,
		// unless one is the evening and the other the small hours
		// after it, which is one night if the evidence tells one act.
		if !oneNight(x, m) && !oneNight(m, x) {
			return false, true
		}
		return true, false
	}
	if daytimeAgainstNight(x, m) || daytimeAgainstNight(m, x) {
		return false, true
	}
	return false, false
}

// daytimeAgainstNight reports whether x is a night told as a day
// ("anoche", "la noche del sábado") and m a time told to the hour or the
// minute in the daytime of that same day, before daytimeUntil ("hacia
// las 13:30 horas"), both acts of violence: the night's act is not the
// afternoon's (place22:
// two acts of one town one day, the bar at night and the car wash at
// midday). Nor is it an act before nightUntil that day, in its small
// hours or at the end of the evening before ("a las 00:15 horas del
// viernes", "cerca de la medianoche del jueves" beside "la noche del
// viernes"), which is the night before's (gate22: one town on two
// consecutive nights) — unless x may be the day before's (member.back).
func daytimeAgainstNight(x, m *member) bool {
	if x.night != 1 || x.precise || !m.precise || x.day.IsZero() || m.day.IsZero() {
		return false
	}
	if a, b := &x.it.Incident, &m.it.Incident; !a.Type.Violent() || !b.Type.Violent() {
		return false // an arrest is dated by the night of the blockades that followed it
	}
	if m.key.Before(x.day.Add(nightUntil)) {
		return !x.back
	}
	if !x.day.Equal(m.day) {
		return false
	}
	if m.key.In(m.it.Incident.Location.Zone()).Hour() < daytimeUntil {
		return true
	}
	if !momentary(&x.it.Incident) || !momentary(&m.it.Incident) || m.key.In(m.it.Incident.Location.Zone()).Hour() >= eveningUntil {
		return false
	}
	// The evening before eveningUntil is the day's while the sun is
	// up: after sunset ("anoche" for a shooting at 18:30 in January)
	// it may be the night's.
	l := &m.it.Incident.Location
	return l.Lat != nil && l.Lon != nil && m.key.Before(sunset(m.day, *l.Lat, *l.Lon))
}

// sunset returns the time the sun sets on the calendar day that starts at
// day, at latitude lat and longitude lon (degrees), to a few minutes (the
// declination and the equation of time of the day of the year, the sun's
// disc and refraction at the horizon).
func sunset(day time.Time, lat, lon float64) time.Time {
	n := float64(day.YearDay())
	rad := math.Pi / 180
	decl := 23.44 * rad * math.Sin(2*math.Pi*(284+n)/365)
	cosH := (math.Sin(-0.833*rad) - math.Sin(lat*rad)*math.Sin(decl)) / (math.Cos(lat*rad) * math.Cos(decl))
	h := math.Acos(max(-1, min(1, cosH))) / rad // the hour angle at sunset, degrees
	b := 2 * math.Pi * (n - 81) / 364
	eot := 9.87*math.Sin(2*b) - 7.53*math.Cos(b) - 1.5*math.Sin(b) // minutes
	noon := 720 - 4*lon - eot                                      // minutes after midnight UTC
	y, mo, d := day.Date()
	return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC).Add(time.Duration((noon + 4*h) * float64(time.Minute)))
}

// momentary reports whether in is an act of a moment that outlets tell
// at its own part of the day: a shooting, a killing, a clash, an attack
// on a business, an explosion. A wave of burnings runs from the evening
// into the night, and outlets that tell it as a night stretch that
// night over its evening ("gunmen set vehicles ablaze ... on Friday
// night" for a bus burnt at 17:18; "anoche" for a shuttle bus burnt at
// 18:30 in January); a kidnapping at 18:00 is the start of what the
// night's "found dead" ends.
func momentary(in *model.Incident) bool {
	switch in.Type {
	case model.ArmedAttack, model.Homicide, model.ArmedClash, model.BusinessAttack, model.Explosive:
		return true
	}
	return false
}

// daytimeUntil is the hour before which a clock time is the day's, not
// its night's; eveningUntil the same, before sunset, for two acts of a
// moment (momentary): an evening clock in daylight is still
// the day's ("cerca de las
// 17:30 horas, en un autolavado" beside "la noche del viernes ... en un
// bar").
const (
	daytimeUntil = 17
	eveningUntil = 19
)

// backApart reports whether x and m meet only through a reach back to
// the day before (back: a slip the evidence must overrule), and whether
// their tolls then part them (apart).
func backApart(x, m *member) (back, apart bool) {
	a, b := &x.it.Incident, &m.it.Incident
	back = (x.back || m.back) && (!ownStart(x).Before(nightEnd(m)) || !ownStart(m).Before(nightEnd(x)))
	// The day before only for the same act: not another toll, unless
	// the later report raises it.
	return back, back && a.Killed != nil && b.Killed != nil && a.Killed.N != b.Killed.N && !tollRaised(x, m)
}

// timeAgreement returns how well the times of x and m agree, 0–1: the
// minutes apart of two precise times, less for a week or an untimed
// report.
func timeAgreement(x, m *member) float64 {
	a, b := &x.it.Incident, &m.it.Incident
	gap := x.key.Sub(m.key)
	if gap < 0 {
		gap = -gap
	}
	ts := 0.6 // same day, or a precise time within a day
	switch {
	case x.precise && m.precise:
		// Sources disagree by minutes on one act; an hour apart is
		// another act.
		ts = math.Max(0.3, math.Min(1, 1-(gap.Minutes()-15)/75*0.7))
	case a.TimePrecision == model.TimeWeek || b.TimePrecision == model.TimeWeek:
		ts = 0.4
	case a.Time == nil || b.Time == nil:
		// A report that dates nothing most likely tells the latest of
		// the acts its day window holds: the closer to its
		// publication, the likelier ("incendian casa de empeño" at
		// midnight is tonight's, not last night's).
		ts = 0.45 - 0.3*math.Min(1, gap.Hours()/24)
	}
	return ts
}

// oneNight reports whether x is a night told as its evening's day ("la
// noche del jueves", "late Thursday") and m the small hours of the next
// day told as a day ("la madrugada de este viernes", "early on Friday"):
// one night that two outlets date by either of its days.
func oneNight(x, m *member) bool {
	return x.night == 1 && m.night == 2 && nightEnd(x).Equal(nightStart(m))
}

// tollRaised reports whether of x and m the one that gives more killed
// comes later and its evidence tells a toll raised ("suman seis las
// personas asesinadas", "elevó a 14 el número de muertos", "raising the
// death toll to six"): a follow-up of the act the other reported.
func tollRaised(x, m *member) bool {
	a, b := x.it.Incident.Killed, m.it.Incident.Killed
	if a == nil || b == nil || a.N == b.N {
		return false
	}
	if a.N < b.N {
		x, m = m, x
	}
	return x.key.After(m.key) && raiseWords.any(x.plainText())
}

// raiseWords tell, in a folded plain text (plainText), that a toll was
// raised.
var raiseWords = wordPhrases(" suman ", " suma ", " elevo a ", " eleva a ", " se elevo ", " ascendio a ", " asciende a ",
	" aumento a ", " death toll to ", " toll rose ", " toll has risen ", " toll rises ", " toll climbed ")

// hourApart is how far apart two times told to the minute may be and
// still be one act: sources disagree by minutes, and an alert is dated
// when it went out, not when the act began. hourRounded is added when
// one is told to the hour, which rounds it ("poco después de las 21:00
// horas").
const (
	hourApart   = 75 * time.Minute
	hourRounded = 30 * time.Minute
)

// hoursApart reports whether x and m both tell the time of the act to
// the minute or the hour, and those times are further apart than one
// act's reports put it (hourApart): two acts ("alrededor de las 21:00
// horas" and "around 11 p.m.").
func hoursApart(x, m *member) bool {
	if !x.precise || !m.precise {
		return false
	}
	limit := hourApart
	if x.it.Incident.TimePrecision == model.TimeHour || m.it.Incident.TimePrecision == model.TimeHour {
		limit += hourRounded
	}
	gap := x.key.Sub(m.key)
	return gap > limit || gap < -limit
}

// premisesApart reports whether x and m are attacks on businesses that
// name premises of no kind in common (a bar; a pharmacy and a store), or
// shootings and killings inside premises, or at gatherings or courts, of
// no kind in common (a bar and a car wash; guests of a party and young
// men at a basketball court): two acts. Vehicles are left out (the gunmen's car is no
// premises), and so are burnings, whose reports name what burned in many
// ways. For a shooting only the premises people are shot inside count
// (indoors): a store or a petrol station is as often the landmark a
// killing in the street is told by ("frente a una tienda de abarrotes").
func premisesApart(x, m *member) bool {
	a, b := x.it.Incident.Type, m.it.Incident.Type
	kinds := shops
	switch {
	case a == model.BusinessAttack && b == model.BusinessAttack:
	case shotAt(a) && (shotAt(b) || b == model.BusinessAttack), shotAt(b) && a == model.BusinessAttack:
		kinds = indoors
	default:
		return false
	}
	ox, om := x.objects()&kinds, m.objects()&kinds
	return ox != 0 && om != 0 && ox&om == 0
}

// targetsApart reports whether x and m name what the act struck, and
// differently: premises (premisesApart) or forces (forcesApart).
func targetsApart(x, m *member) bool {
	return premisesApart(x, m) || forcesApart(x.it.Incident.Type, x.forces, m.it.Incident.Type, m.forces)
}

// forcesApart reports whether acts of types ta and tb, striking the
// classes of forces fa and fb (forcesStruck), are shootings or killings
// of forces that each name the force struck and no force in common:
// municipal police, state police, or the federal troops (army, navy and
// Guardia Nacional, which outlets confuse, are one). A patrol of the
// municipal police attacked in the morning and state officers killed in
// the evening in one town are two acts. A clash is left out: its
// reports name the forces on either side of it.
func forcesApart(ta model.IncidentType, fa uint8, tb model.IncidentType, fb uint8) bool {
	return shotAt(ta) && shotAt(tb) && fa != 0 && fb != 0 && fa&fb == 0
}

// Classes of the forces an act strikes (forcesStruck).
const (
	forceMunicipal uint8 = 1 << iota
	forceState
	forceFederal
)

// forcesStruck returns the classes of the state forces among actors
// that are a target.
func forcesStruck(actors []model.Actor) uint8 {
	var out uint8
	for _, x := range actors {
		if x.Role != model.Target || x.Kind != model.StateForce {
			continue
		}
		n := fold.String(x.Name)
		switch {
		case strings.Contains(n, "municipal"):
			out |= forceMunicipal
		case strings.Contains(n, "estatal") || strings.Contains(n, "fuerza civil"):
			out |= forceState
		case strings.Contains(n, "defensa") || strings.Contains(n, "marina") || strings.Contains(n, "guardia nacional") || strings.Contains(n, "ejercito"):
			out |= forceFederal
		}
	}
	return out
}

// shotAt reports whether t is a shooting or a killing of people.
func shotAt(t model.IncidentType) bool {
	return t == model.ArmedAttack || t == model.Homicide
}

// sameFace is the type agreement of two faces of one act whose details
// agree (sameAct).
const sameFace = 0.85

// faceStep is how much each detail two faces of one act agree on raises
// their type agreement (sameAct); kinFamily is the kinship of two types of
// one family that compatible keeps apart (a killing and an operation, an
// explosive and a killing), which only agreeing details can raise.
const (
	faceStep  = 0.2
	kinFamily = 0.3
	// kinFaces is how many details two types of one family that
	// compatible keeps apart must agree on to be weighed as faces of
	// one act rather than as a slip (scoreCluster).
	kinFaces = 2
)

// kinship returns how near two different types are as names of one act
// before anything else is compared: compatible's value, or kinFamily for
// two types of one family that compatible keeps apart (extraction reads
// "abatidos" as a killing and the soldiers' patrol as an operation), and
// for an attack on a business and a shooting of any kind (gunmen attack a
// bar and the police fight them there), for a kidnapping and a killing
// (the kidnapped found dead: foundDead), and for a burning and a killing
// (a man dies in his house set on fire; the prosecutors tell the body
// found in it, shot, as a homicide).
func kinship(a, b model.IncidentType) float64 {
	if c := compatible(a, b); c > 0 {
		return c
	}
	if kinFamilies(a, b) {
		return kinFamily
	}
	return 0
}

// kinFamilies reports whether a and b are of one family, an attack on a
// business and a shooting, a kidnapping and a killing, or a burning and
// a killing (kinship).
func kinFamilies(a, b model.IncidentType) bool {
	fa, fb := family(a), family(b)
	return fa != 0 && fa == fb || a == model.BusinessAttack && fb == 1 || b == model.BusinessAttack && fa == 1 ||
		kinPair(a, b, model.Kidnapping, model.Homicide) || kinPair(a, b, model.Arson, model.Homicide)
}

// kinPair reports whether a and b are x and y, in either order.
func kinPair(a, b, x, y model.IncidentType) bool {
	return a == x && b == y || a == y && b == x
}

// sameAct returns the type agreement tc of x and m, raised when they are
// two faces of one act that outlets (or extraction) name differently (an
// ambush one calls a clash, a shooting at a bar another tells as a
// homicide, burned trucks told as a blockade and as arson) by how much
// of what they tell agrees (faces): from their kinship, faceStep a
// detail, up to sameFace. Two tolls that differ raise nothing; two
// burnings whose vehicles and premises differ are lowered to apartFace.
func sameAct(x, m *member, tc float64) float64 {
	a, b := &x.it.Incident, &m.it.Incident
	fa, fb := family(a.Type), family(b.Type)
	if a.Type == b.Type && fa == 2 && a.Type != model.Blockade && !a.Tally && vehiclesAndBuilding(x.objects(), m.objects()) {
		// Trucks set on fire across a road and a house set on
		// fire, both called arson: two burnings. (A blockade's
		// buildings are often where it stood: "a la altura de la
		// gasolinera".)
		return math.Min(tc, apartFace)
	}
	if a.Type == b.Type || tc >= sameFace {
		return tc
	}
	if fa == 2 && fb == 2 && a.Tally && b.Tally {
		// A count of a wave's blockades, burnings and attacks on
		// businesses is told under any of their names ("14 bloqueos"
		// read as arson): one count.
		return math.Max(tc, sameFace)
	}
	if fa == 2 && fb == 2 {
		if ox, om := x.objects(), m.objects(); ox != 0 && om != 0 && ox&om == 0 {
			// Trucks set on fire and a store set on fire are two
			// burnings, whatever each was called.
			return math.Min(tc, apartFace)
		}
	}
	blast := (a.Type == model.Explosive) != (b.Type == model.Explosive)
	if a.Killed != nil && b.Killed != nil && a.Killed.N != b.Killed.N ||
		!sameDead(a, b) && !foundDead(a, b) && x.vics&m.vics == 0 && fa != 2 && fb != 2 && !blast {
		return tc // nothing that could agree (the common case, asked first)
	}
	kin := kinship(a.Type, b.Type)
	if kin == 0 || response(a) || response(b) {
		return tc
	}
	if blast && !sameToll(a, b) && x.vics&m.vics == 0 && x.objects()&m.objects()&weapons == 0 &&
		(a.Type != model.BusinessAttack && b.Type != model.BusinessAttack || x.objects()&m.objects()&shops == 0) {
		// An explosion and a shooting that agree on no toll and no
		// victims are faces of one attack only when both name its
		// drone or bomb; an explosion and an attack on a business,
		// when both name the premises (a device thrown at a bar that
		// an outlet tells as an attack on it).
		return tc
	}
	n := faces(x, m)
	if n == 0 {
		return tc
	}
	return math.Max(tc, math.Min(sameFace, kin+faceStep*float64(n)))
}

// foundBefore is how long before a finding the act found may have been
// (member.foundAfter).
const foundBefore = 6 * time.Hour

// foundAfter reports whether m's evidence tells that its time is that of
// a finding after the act ("localizaron a las 07:00 horas seis cuerpos
// sin vida, tras un enfrentamiento"; "the bodies were found at 7 a.m.
// after a gun battle"): a discovery and an act before it.
func (m *member) foundAfter() bool {
	// Most evidence names no finding: asked before folding.
	if !slices.ContainsFunc(m.it.Incident.Evidence, func(sp model.Span) bool { return foundMarks.any(sp.Text) }) {
		return false
	}
	p := m.plainText()
	return foundWords.any(p) && afterWords.any(p)
}

// foundMarks are parts of the words that tell a finding, looked for in
// evidence before it is folded; foundWords are those words, and
// afterWords the words that put an act before it, in a folded plain text
// (plainText).
var (
	foundMarks = wordPhrases("ocaliz", "allaron", "allo", "allado", "ncontr", "ound", "iscover")
	foundWords = wordPhrases(" localizaron ", " localizo ", " hallaron ", " hallo ", " encontraron ", " encontro ",
		" fueron localizados ", " fueron hallados ", " found ", " discovered ")
	afterWords = wordPhrases(" tras ", " despues de ", " luego de ", " after ")
)

// relativeSpread is how far from its key a time told from another act's
// may be (member.relative); relativeMost is the furthest when the text
// counts the hours ("came about ten hours after someone hurled an
// explosive device"): a lag of a day or more is a follow-up's, not a
// clock time lent by another act of one night.
const (
	relativeSpread = 3 * time.Hour
	relativeMost   = 12 * time.Hour
)

// relative returns how far from its key m's time may be when its
// evidence tells it from another act's ("about an hour later", "una hora
// antes", "poco más de una hora después", "minutes later", "casi tres
// horas después de que", "about ten hours after"), or 0: an amount of
// hours or minutes followed, within three words, by later, earlier,
// after or before. The time may be the other act's, given to this one
// by extraction: relativeSpread either way, or the hours counted and
// one more, up to relativeMost.
func (m *member) relative() time.Duration {
	// Most evidence tells no time from another: asked before folding.
	if !slices.ContainsFunc(m.it.Incident.Evidence, func(sp model.Span) bool { return relativeMarks.any(sp.Text) }) {
		return 0
	}
	ws := strings.Fields(m.plainText())
	for i, w := range ws {
		hours := false
		switch w {
		case "hora", "horas", "hour", "hours":
			hours = true
		case "minutos", "minutes":
		default:
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+3; j++ {
			switch ws[j] {
			case "despues", "antes", "later", "earlier", "after", "before":
			case "tarde":
				if ws[j-1] != "mas" {
					continue
				}
			default:
				continue
			}
			spread := relativeSpread
			if n, ok := number(ws[max(i-1, 0)]); ok && hours && i > 0 {
				spread = min(max(spread, time.Duration(n+1)*time.Hour), relativeMost)
			}
			return spread
		}
	}
	return 0
}

// relativeMarks are parts of the words that tell a time from another
// act's (member.relative), looked for in evidence before it is folded.
var relativeMarks = wordPhrases("despu", "tarde", "antes", "later", "earlier", "after", "before")

// premises reports whether acts of type t destroy or attack things
// (burnings, attacks on businesses): the vehicles and premises their
// reports name tell which act they are.
func premises(t model.IncidentType) bool { return family(t) == 2 }

// response reports whether in is an operation that killed nobody (a
// patrol deployed, a zone cordoned off, arrests): the authorities'
// response to an act, an act of its own, never one of its faces. An
// operation is a face of a shooting only when forces fought ("abatieron
// a tres").
func response(in *model.Incident) bool {
	return in.Type == model.SecurityOperation && (in.Killed == nil || in.Killed.N == 0)
}

// faces counts the details of one act that the evidence of x and m both
// tell: the same toll, even of one dead, or as many killed as kidnapped
// (sameDead, foundDead), twice for a massacre's; as many detained or
// kidnapped, two or more; a vehicle or premises of one kind (a
// bar, trucks); victims of one kind (police officers, soldiers, a
// family); two anchors in common (the town and the toll, "cinco
// personas" and "five people", a bar's name); precise times within
// half an hour; the same locality.
func faces(x, m *member) int {
	a, b := &x.it.Incident, &m.it.Incident
	n := 0
	if sameDead(a, b) || foundDead(a, b) {
		// The same toll, even of one dead; or as many killed as the
		// other report tells kidnapped.
		n++
		if a.Killed != nil && a.Killed.N >= massacre {
			// A massacre's toll is rare enough to tell the act.
			n++
		}
	}
	if x.victims()&m.victims() != 0 {
		n++
	}
	if sameCount(a.Detained, b.Detained) || sameCount(a.Kidnapped, b.Kidnapped) {
		// "Two killed and five detained", "cinco trabajadores
		// privados de la libertad": as many taken by both.
		n++
	}
	if (premises(a.Type) || premises(b.Type)) && x.objects()&m.objects() != 0 {
		n++
	}
	if (a.Type == model.Explosive) != (b.Type == model.Explosive) && x.objects()&m.objects()&weapons != 0 {
		// A drone or a bomb named by both: the attack one outlet
		// tells as an explosion; and then the same wounded, nobody
		// killed.
		n++
		if (a.Killed == nil || a.Killed.N == 0) && (b.Killed == nil || b.Killed.N == 0) &&
			a.Injured != nil && b.Injured != nil && a.Injured.N == b.Injured.N && a.Injured.N >= 2 {
			n++
		}
	}
	if n == 0 || shared(x.anchors(), m.anchors()) < 2 {
		// What agrees must be told by both in words: two acts of a
		// town that share a toll by chance seldom share two names or
		// numbers.
		return 0
	}
	n++
	if x.precise && m.precise {
		if gap := x.key.Sub(m.key); gap <= 30*time.Minute && gap >= -30*time.Minute {
			n++
		}
	}
	if x.locality != "" && x.locality == m.locality {
		n++
	}
	return n
}

// sameCount reports whether two counts are given and equal, of two or
// more (one arrest or one kidnapped is too common to tell an act).
func sameCount(a, b *model.Count) bool {
	return a != nil && b != nil && a.N == b.N && a.N >= 2
}

// massacre is the toll from which two reports that give it alike count
// it as two details of one act (faces): few acts of a place and night
// leave as many dead.
const massacre = 5

// sameDead reports whether a and b give the same toll of one dead or
// more, and no two counts of wounded that differ.
func sameDead(a, b *model.Incident) bool {
	return a.Killed != nil && b.Killed != nil && a.Killed.N == b.Killed.N && a.Killed.N > 0 &&
		(a.Injured == nil || b.Injured == nil || a.Injured.N == b.Injured.N)
}

// foundDead reports whether one of a and b is a kidnapping and the other
// a killing of as many as it tells kidnapped ("los cuatro trabajadores
// privados de la libertad fueron localizados sin vida"): the kidnapped
// found dead, one act told as either.
func foundDead(a, b *model.Incident) bool {
	if b.Type == model.Kidnapping {
		a, b = b, a
	}
	if a.Type != model.Kidnapping || b.Type != model.Homicide || b.Killed == nil || b.Killed.N == 0 {
		return false
	}
	return a.Kidnapped != nil && a.Kidnapped.N == b.Killed.N || a.Killed != nil && a.Killed.N == b.Killed.N
}

// apartFace is the type agreement of two burnings named differently whose
// vehicles or premises differ (sameAct).
const apartFace = 0.4

// sameToll reports whether a and b give the same toll of two dead or
// more, or of one dead and the same wounded.
func sameToll(a, b *model.Incident) bool {
	if a.Killed == nil || b.Killed == nil || a.Killed.N != b.Killed.N || a.Killed.N == 0 {
		return false
	}
	return a.Killed.N >= 2 || a.Injured != nil && b.Injured != nil && a.Injured.N == b.Injured.N && a.Injured.N > 0
}

// objects returns the kinds of vehicles and premises m's evidence names,
// one bit a kind (objectWords), computed once.
func (m *member) objects() uint16 {
	if !m.objDone {
		m.objs, m.objDone = objectWords.in(m.plainText()), true
	}
	return m.objs
}

// victims returns the kinds of victims m's evidence names, one bit a kind
// (victimWords; read with its words, evidenceTokens).
func (m *member) victims() uint8 { return m.vics }

// Kinds of victims.
const (
	vicPolice uint8 = 1 << iota
	vicSoldier
	vicGuard
	vicMarine
	vicFamily
	vicWoman
	vicChild
)

// victimWords are the folded words that name each kind of victim, in
// either language.
var victimWords = [...]struct {
	words string
	kind  uint8
}{
	{"policias agentes policemen policeman officers patrulla patrullas patrol patrolmen", vicPolice},
	{"soldados militares soldiers troops", vicSoldier},
	{"guardia guardias guard guardsmen guardsman", vicGuard},
	{"marinos marines", vicMarine},
	{"familia familias family families", vicFamily},
	{"mujer mujeres woman women", vicWoman},
	{"menor menores nino ninos nina ninas child children", vicChild},
}

// Kinds of the things a burning destroys.
const (
	objTruck uint16 = 1 << iota
	objBus
	objCar
	objStore
	objStation
	objBar
	objHouse
	objDrone // the means of an explosive attack: a drone, a bomb, a grenade
	objBomb
	objWash // a car wash
	objWorkshop
	objEatery // a restaurant, a taquería, a food stall
	objParty  // a party or a gathering: guests shot at a birthday, a wake
	objCourt  // a sports court or field: young men shot at a basketball court
)

// shops are the premises an attack on a business strikes (objectWords).
const shops = objStore | objStation | objBar | objWash | objWorkshop | objEatery

// indoors are the premises people are shot inside (premisesApart), and
// the gatherings and courts they are shot at: guests at a party are not
// young men at a basketball court, nor customers of a workshop.
const indoors = objBar | objWash | objWorkshop | objEatery | objParty | objCourt

// heavy are the vehicles a blockade burns across a road (objectWords),
// and buildings the premises a burning strikes.
const (
	heavy     = objTruck | objBus
	buildings = shops | objHouse
)

// vehiclesAndBuilding reports whether of two burnings' things (objects)
// one names only trucks or buses and the other only buildings: two
// burnings, whatever each is called (trucks set across a road, a house
// set on fire). Things of one class that differ (a truck and a bus, a
// house and a store) part nothing, since outlets name one burning's
// things loosely; nor does a car, which is as often the gunmen's
// ("llegaron a bordo de un automóvil") as the one burned.
func vehiclesAndBuilding(a, b uint16) bool {
	only := func(o, class uint16) bool { return o != 0 && o&^class == 0 }
	return only(a, heavy) && only(b, buildings) || only(a, buildings) && only(b, heavy)
}

// weapons are the means of an explosive attack (objectWords) that two
// faces of it name alike (faces).
const weapons = objDrone | objBomb

// objectWords name the kinds of vehicles and premises in either language
// (folded plain text, see plainText).
var objectWords = newPhrases([]phrase{
	{" tractocamion", objTruck}, {" trailer", objTruck}, {" camion de carga", objTruck}, {" camiones de carga", objTruck},
	{" truck", objTruck}, {" pipa", objTruck}, {" tanker", objTruck},
	{" autobus", objBus}, {" bus ", objBus}, {" buses ", objBus}, {" camion de pasajeros", objBus}, {" camiones de pasajeros", objBus},
	{" camion urbano", objBus}, {" camiones urbanos", objBus}, {" transporte publico", objBus}, {" unidad de transporte", objBus},
	{" unidades de transporte", objBus}, {" microbus", objBus}, {" city bus", objBus},
	{" automovil", objCar}, {" auto ", objCar}, {" autos ", objCar}, {" carro", objCar}, {" car ", objCar}, {" cars ", objCar}, {" vehiculo particular", objCar},
	{" tienda", objStore}, {" store ", objStore}, {" stores ", objStore}, {" oxxo", objStore}, {" minisuper", objStore}, {" shop ", objStore},
	{" gasolinera", objStation}, {" gas station", objStation}, {" filling station", objStation}, {" gasolineria", objStation},
	{" estacion de servicio", objStation}, {" estaciones de servicio", objStation}, {" petrol station", objStation}, {" service station", objStation},
	{" bar ", objBar}, {" bares ", objBar}, {" bars ", objBar}, {" cantina", objBar}, {" antro", objBar}, {" nightclub", objBar}, {" centro nocturno", objBar},
	{" dron ", objDrone}, {" drones ", objDrone}, {" drone ", objDrone}, {" drons ", objDrone},
	{" explosivo", objBomb}, {" explosive", objBomb}, {" granada", objBomb}, {" grenade", objBomb}, {" coche bomba", objBomb},
	{" car bomb", objBomb}, {" carro bomba", objBomb}, {" bomb ", objBomb}, {" bombs ", objBomb}, {" artefacto", objBomb},
	// A pawn shop is a store ("una casa de empeño" is no house).
	{" casa de empeno", objStore}, {" casas de empeno", objStore}, {" pawnshop", objStore}, {" pawn shop", objStore},
	// A pharmacy is a store: an outlet may call it either.
	{" farmacia", objStore}, {" pharmacy", objStore}, {" pharmacies", objStore}, {" drugstore", objStore}, {" botica", objStore},
	{" autolavado", objWash}, {" lavado de autos", objWash}, {" car wash", objWash}, {" carwash", objWash},
	{" taller mecanico", objWorkshop}, {" taller de ", objWorkshop}, {" workshop", objWorkshop}, {" repair shop", objWorkshop},
	{" restaurante", objEatery}, {" restaurant", objEatery}, {" taqueria", objEatery}, {" puesto de comida", objEatery},
	{" puesto de tacos", objEatery}, {" fonda ", objEatery}, {" food stall", objEatery}, {" marisqueria", objEatery},
	{" fiesta", objParty}, {" festejo", objParty}, {" cumpleanos", objParty}, {" reunion familiar", objParty},
	{" velorio", objParty}, {" birthday party", objParty}, {" a party at", objParty}, {" a party in", objParty}, {" the party at", objParty}, {" family party", objParty},
	{" house party", objParty}, {" private party", objParty}, {" wake for", objParty}, {" funeral", objParty},
	{" cancha", objCourt}, {" basketball court", objCourt}, {" soccer field", objCourt}, {" football field", objCourt},
	{" sports field", objCourt}, {" unidad deportiva", objCourt},
	{" vivienda", objHouse}, {" casa ", objHouse}, {" domicilio", objHouse}, {" home ", objHouse}, {" house ", objHouse},
})

// nightStart and nightEnd return m's interval before a night's reach
// (member.night).
func nightStart(m *member) time.Time {
	if m.night == 2 {
		return m.start.Add(nightBefore)
	}
	return m.start
}

func nightEnd(m *member) time.Time {
	if m.night == 1 {
		return m.end.Add(-nightUntil)
	}
	return m.end
}

// ownStart returns the start of m's interval before a reach back to the
// day before (member.back).
func ownStart(m *member) time.Time {
	if m.back {
		return m.start.AddDate(0, 0, 1)
	}
	return m.start
}

// ofTheState reports whether m's evidence counts over "the state" without
// naming it ("del estado", "de la entidad", "in the state"), and over no
// several states or the country.
func ofTheState(m *member) bool {
	p := m.plainText()
	for _, w := range [...]string{" estados ", " states ", " pais ", " country ", " nacional ", " nationwide "} {
		if strings.Contains(p, w) {
			return false
		}
	}
	for _, w := range [...]string{" del estado ", " de la entidad ", " en el estado ", " en la entidad ", " in the state ", " statewide ", " across the state "} {
		if strings.Contains(p, w) {
			return true
		}
	}
	return false
}

// suspends reports whether m tells in its evidence that a service was
// suspended or halted by an authority or its operator, the response to an
// act, never one of its faces (computed once): a disruption that tells a
// service (classes, customs processing at a bridge, a crossing, flights,
// bus routes, taxis) halted, by a verb, a noun or a negation ("se
// suspenden las clases", "la suspensión de clases", "las escuelas no
// abrieron", "no circulan taxis", "schools were shut"), not a road that
// the act itself closed ("la circulación quedó suspendida"); or a report of a type that names an act
// of violence, with no toll, that tells only that classes or activities
// were suspended ("se suspenden las actividades presenciales en los
// planteles", "classes were suspended"), which extraction read as the act.
func (m *member) suspends() bool {
	if m.susp == 0 {
		m.susp = 1
		if m.suspendsNow() {
			m.susp = 2
		}
	}
	return m.susp == 2
}

// suspendsNow computes suspends.
func (m *member) suspendsNow() bool {
	in := &m.it.Incident
	if in.Type == model.Advisory || in.Type == model.Policy ||
		in.Killed != nil && in.Killed.N > 0 || in.Injured != nil && in.Injured.N > 0 {
		return false
	}
	if in.Type == model.Disruption {
		// Few reports are disruptions: no marks asked first.
		p := m.plainText()
		return haltWords.any(p) && serviceWords.any(p)
	}
	// Most evidence tells no suspension: asked before folding.
	if !slices.ContainsFunc(in.Evidence, func(sp model.Span) bool { return suspendMarks.any(sp.Text) }) {
		return false
	}
	return suspendWords.any(m.plainText())
}

// suspendMarks are parts of the words that tell a suspension, looked for
// in evidence before it is folded; suspendWords tell it in a folded plain
// text (plainText). haltWords tell in a folded plain text that something
// stopped, and serviceWords name a service that an authority or an
// operator runs, not a road: both tell a disruption that suspends.
var (
	suspendMarks = wordPhrases("uspend", "uspensi")
	suspendWords = wordPhrases(" se suspenden ", " suspenden las clases ", " se suspendieron ", " suspendieron las clases ",
		" suspension de clases ", " suspension de actividades ", " suspension de las clases ", " classes were suspended ",
		" suspended classes ", " classes are suspended ", " classes will be suspended ")
	haltWords = wordPhrases(" suspend", " suspension", " halted ", " halt ", " cancel", " called off ",
		" cerrad", " cerraron ", " cierre ", " closed ", " closure", " shut ", " interrump", " paro ",
		" no abriran ", " no abrieron ", " no abrio ", " no hay clases ", " no hubo clases ", " sin clases ", " no circulan ")
	serviceWords = wordPhrases(" clases ", " classes ", " escuelas ", " schools ", " planteles ", " teaching ",
		" vuelos ", " flights ", " aeropuerto", " airport",
		" processing ", " aduana", " customs ", " cruce comercial ", " cruce de vehiculos ", " cruce de carga ", " crossing ", " crossings ",
		" servicio ", " service ", " rutas ", " routes ", " transporte ", " transport ", " taxis ", " urvans ", " combis ")
)

// arrestOnly reports whether m is an operation that only arrested people
// (detentions, nobody killed): "troops arrested five suspects linked to
// the attack" is an act of its own beside the clash it followed. So is an
// operation whose evidence tells that it arrested people for an earlier
// act, whose toll extraction may have given it ("detuvo a seis personas
// por su probable participación en la agresión ..., en la que perdieron
// la vida cuatro elementos").
func (m *member) arrestOnly() bool {
	in := &m.it.Incident
	if in.Type != model.SecurityOperation || in.Detained == nil || in.Detained.N == 0 {
		return false
	}
	if in.Killed != nil && in.Killed.N == 0 {
		return true
	}
	p := m.plainText()
	if arrestForWords.any(p) {
		return true
	}
	if in.Killed == nil {
		// No toll read: an arrest only, unless the evidence tells
		// that the forces killed ("neutralized four armed civilians
		// and arrested one more").
		return !killWords.any(p)
	}
	return false
}

// arrestForWords tell, in a folded plain text (plainText), that arrests
// were made for an act told beside them.
var arrestForWords = wordPhrases(" participacion en ", " in connection with ", " suspected of taking part ",
	" for their alleged role ", " for their role ")

// killWords tell, in a folded plain text (plainText), that forces killed
// people in an operation.
var killWords = wordPhrases(" abatio ", " abatieron ", " abatidos ", " abatido ", " neutralizo ", " neutralizaron ", " neutralized ",
	" killed ", " shot dead ")

// violent reports whether in is a shooting or a killing that arrested
// nobody (the clash an arrest-only operation may follow).
func violent(in *model.Incident) bool {
	switch in.Type {
	case model.ArmedClash, model.ArmedAttack, model.Homicide:
		return in.Detained == nil || in.Detained.N == 0
	}
	return false
}

// oneActTwice reports whether x and m, two incidents of one report, tell
// one act twice (an extraction's duplicate: "gunmen killed two police
// officers in Jiutepec" and "attackers opened fire on a patrol car,
// killing two officers and wounding a third" read as a homicide and an
// attack): the same municipality, compatible types, overlapping times,
// no different kilometre points, and the same toll of two dead or more,
// or of one dead and the same wounded.
func oneActTwice(x, m *member) bool {
	a, b := &x.it.Incident, &m.it.Incident
	if a.Tally || b.Tally || a.Denial || b.Denial || a.Location.MunicipalityCode == "" ||
		a.Location.MunicipalityCode != b.Location.MunicipalityCode || compatible(a.Type, b.Type) < 0.7 ||
		!overlaps(x, m) {
		return false
	}
	if a.Killed == nil || b.Killed == nil || a.Killed.N != b.Killed.N || a.Killed.N == 0 {
		return false
	}
	if a.Injured != nil && b.Injured != nil && a.Injured.N != b.Injured.N {
		return false
	}
	if a.Killed.N < 2 && (a.Injured == nil || b.Injured == nil || a.Injured.N == 0) {
		return false
	}
	return !kmApart(x, m)
}

// misplacedTwin reports whether x, a member of c from m's report, is m's
// sentence read a second time in another town of its state (the town
// the troops were heading to: "personal que se trasladaba a reforzar la
// seguridad en el municipio de Jerez fue agredido ... municipio de
// Tepetongo"), which joined c by a slip, while every other report of c
// places a member in m's town: m is the reading of c's act, and x's
// place kept it out.
func misplacedTwin(c *cluster, x, m *member) bool {
	a, b := &x.it.Incident, &m.it.Incident
	if !sameReading(x, m) || len(a.Evidence) == 0 || len(b.Evidence) == 0 ||
		a.Evidence[0].Text != b.Evidence[0].Text || a.Location.StateCode != b.Location.StateCode ||
		a.Location.MunicipalityCode == "" || b.Location.MunicipalityCode == "" || a.Location.MunicipalityCode == b.Location.MunicipalityCode {
		return false
	}
	town := b.Location.MunicipalityCode
	others := 0
	for _, y := range c.members {
		r := y.it.Incident.ReportID
		if r == b.ReportID {
			continue
		}
		if y.it.Incident.Location.MunicipalityCode != town && !slices.ContainsFunc(c.members, func(z *member) bool {
			return z.it.Incident.ReportID == r && z.it.Incident.Location.MunicipalityCode == town
		}) {
			return false // a report that places the act elsewhere only
		}
		others++
	}
	return others > 0
}

// geo compares places: score 0–1, whether they can be one place, whether
// that rests on same-named municipalities of different states, and whether
// it rests on a slip (two points of one municipality too far apart for
// one place) that the evidence must overrule.
func (f *Fuser) geo(x, m *member) (score float64, ok, homonym, slip bool) {
	a, b := &x.it.Incident.Location, &m.it.Incident.Location
	pa, pb := x.prec, m.prec
	if x.it.Incident.Tally && pa != pb && (pa == model.GeoState && pb >= model.GeoCountry && ofTheState(m) || pb == model.GeoState && pa >= model.GeoCountry && ofTheState(x)) {
		// A tally of "the state" that names it not ("nueve bloqueos
		// en seis municipios del estado") and a state's: one count if
		// the evidence tells it. A national one ("252 bloqueos en 20
		// estados") is not a state's.
		return 0.2, true, false, true
	}
	if pa == model.GeoUnknown || pb == model.GeoUnknown {
		return 0.2, pa == pb, false, false
	}
	if (priorOnly(x) || priorOnly(m)) && !x.it.Incident.Tally && !m.it.Incident.Tally {
		// A place guessed from the outlet's home may be anywhere in its
		// state: it neither places the act nor keeps it apart.
		return 0.3, a.StateCode == b.StateCode, false, false
	}
	if pa >= model.GeoState || pb >= model.GeoState || x.it.Incident.Tally {
		if pa != pb {
			if namesTownOf(x, m) || namesTownOf(m, x) {
				// A report placed only in the state whose evidence
				// names the other's town ("bloquean la autopista en
				// Acatlán de Juárez"): the town is its place, rather
				// than that of another report of the state.
				return 0.6, true, false, false
			}
			return 0, false, false, false
		}
		if pa == model.GeoCountry {
			return 0.3, true, false, false
		}
		if pa == model.GeoState {
			return 0.4, a.StateCode == b.StateCode, false, false
		}
		// two municipality- or point-level tallies
		return 0.6, a.MunicipalityCode != "" && a.MunicipalityCode == b.MunicipalityCode, false, false
	}
	if x.datelined || m.datelined {
		// "CULIACÁN, Sin.- ... en la colonia Tierra Blanca", read as a
		// town of another state: the dateline's town is the place.
		if townOf(x) == townOf(m) {
			return 0.5, true, false, false
		}
		return 0, false, false, false
	}
	if pa <= model.GeoMunicipality && pb <= model.GeoMunicipality && (datelineOf(m, x) || datelineOf(x, m)) {
		// "TEPALCATEPEC, Mich.- ... en la comunidad de El Ceñidor, en
		// este municipio", the locality placed in another town of the
		// state: the dateline's town may be the place.
		return 0.5, true, false, false
	}
	if metroAround(x, m) || metroAround(m, x) {
		// "Gunmen opened fire inside a bar in Guadalajara" against the
		// bar of Zapopan's colonia Nuevo México: the core city a wire
		// names stands for its metropolitan zone: one place if the
		// evidence tells one act, or both give one toll of two dead
		// or more in words both use (no slip then).
		return 0.3, true, false, !sameToll(&x.it.Incident, &m.it.Incident) || faces(x, m) < 2 || hoursOff(x, m)
	}
	if a.StateCode != "" && b.StateCode != "" && a.StateCode != b.StateCode && !f.zoneAcross(x, m) && !f.zoneAcross(m, x) {
		if x.muniName != "" && x.muniName == m.muniName {
			return 0.5, true, true, false
		}
		return 0, false, false, false
	}
	sameMuni := a.MunicipalityCode != "" && a.MunicipalityCode == b.MunicipalityCode
	diffMuni := a.MunicipalityCode != "" && b.MunicipalityCode != "" && a.MunicipalityCode != b.MunicipalityCode
	if diffMuni && tollLinked(x, m) {
		// "Three gunmen were killed ... on a highway north of the state
		// capital of Zacatecas" and "tres civiles armados abatidos en
		// el kilómetro 32, municipio de Calera": neighbouring towns a
		// report links, one toll: one place, the towns a contradiction.
		return 0.3, true, false, false
	}
	if diffMuni && a.StateCode == b.StateCode && !x.it.Incident.Tally &&
		(namesPlaceOf(x, m) || namesPlaceOf(m, x) || sameKm(x, m) && (roadEndOnly(x) || roadEndOnly(m)) ||
			(nearTownOf(x, m) || nearTownOf(m, x)) && x.hasGeo && m.hasGeo && model.DistanceKm(x.lat, x.lon, m.lat, m.lon) <= nearKm && tellsOneAct(x, m)) {
		// Two towns of one state, one of them named by the other's
		// evidence too, or one read from a road's end by a report that
		// gives the other's kilometre point: one place if the evidence
		// tells one act. So is a town a report places the act only
		// near, beside the other, when these two tell one act (not
		// another member).
		return 0.3, true, false, true
	}
	switch {
	case pa == model.GeoMunicipality && pb == model.GeoMunicipality:
		if sameMuni || a.MunicipalityCode == "" && b.MunicipalityCode == "" && x.muniName != "" && x.muniName == m.muniName {
			return 0.7, true, false, false
		}
		return 0, false, false, false
	case pa == model.GeoMunicipality || pb == model.GeoMunicipality:
		if sameMuni {
			return 0.8, true, false, false
		}
		if diffMuni {
			return 0, false, false, false
		}
		if x.hasGeo && m.hasGeo {
			d := model.DistanceKm(x.lat, x.lon, m.lat, m.lon)
			if d <= f.cfg.UnplacedPointKm {
				return 0.5, true, false, false
			}
			if inArea(x, m, d) {
				return 0.3, true, false, true
			}
		}
		return 0, false, false, false
	}
	// two points
	d := model.DistanceKm(x.lat, x.lon, m.lat, m.lon)
	limit := f.cfg.PointKm
	if x.locality != "" && x.locality == m.locality {
		limit = f.cfg.LocalityKm
	}
	if x.area || m.area {
		// "in the Villahermosa metropolitan area" against the alert's
		// point in one of its colonias: the area's point stands for
		// its towns, as a point without a municipality does beside a
		// town.
		limit = f.cfg.UnplacedPointKm
	}
	if sameMuni && limit < f.cfg.LocalityKm {
		// One of two points in one municipality is often its seat, which
		// stands for the municipality.
		limit = f.cfg.LocalityKm
	}
	if sameMuni && d > limit && d <= slipKm && (namesLocalityOf(m, x) || namesLocalityOf(x, m)) {
		// One report places the act at a landmark of the text and
		// names the other's locality as its place ("near La Mira, a
		// few miles from the port"): one place.
		return 0.5, true, false, false
	}
	if sameMuni && d > limit && d <= slipKm {
		// One of two points of one municipality misplaced (a locality
		// misread): one place only if the evidence tells one act.
		return 0.3, true, false, true
	}
	if d > limit && inArea(x, m, d) {
		return 0.3, true, false, true
	}
	if d > limit || diffMuni && d > 2 {
		return 0, false, false, false
	}
	return 1 - 0.5*d/limit, true, false, false
}

// zoneAcross reports whether a is placed at a metropolitan area's point
// (member.area, not a region) and t in a town of a zone that spans a
// state line (gazetteer.MetroStates), a's state among the zone's and a's
// point within UnplacedPointKm of t's: "in the Torreón metropolitan
// area" (Coahuila) against an act in Lerdo or Gómez Palacio, Durango, or
// "la zona conurbada de Tampico" (Tamaulipas) against one in Pueblo Viejo,
// Veracruz, across the Pánuco. The states then do not keep them apart;
// the area's point against the town's decides, as within one state.
func (f *Fuser) zoneAcross(a, t *member) bool {
	if !a.area || a.region || !t.hasGeo || t.metro == "" || !a.hasGeo {
		return false
	}
	return slices.Contains(gazetteer.MetroStates(t.metro), a.it.Incident.Location.StateCode) &&
		model.DistanceKm(a.lat, a.lon, t.lat, t.lon) <= f.cfg.UnplacedPointKm
}

// areaKm is how far from a region's point its towns may lie: the Sierra
// Tarahumara's Guadalupe y Calvo lies 159 km from its point, the Costa
// Grande's Petatlán 117 km, Tierra Caliente's Múgica 36 km (a
// metropolitan zone's towns lie within UnplacedPointKm of its point).
const areaKm = 160

// inArea reports whether one of x and m is placed at a region's point
// (area) and the other, of the same state, d km away, may lie in that
// region beyond UnplacedPointKm: "in the Sierra Tarahumara mountains of
// northern Chihuahua state" against "en la comunidad de Baborigame,
// municipio de Guadalupe y Calvo". One place only if the evidence tells
// one act (a slip), and only where one event needs it.
func inArea(x, m *member, d float64) bool {
	a, b := &x.it.Incident.Location, &m.it.Incident.Location
	return (x.region || m.region) && x.area != m.area && a.StateCode != "" && a.StateCode == b.StateCode && d <= areaKm
}

// reach is how far from the point of the area m (member.area) its towns
// may lie: areaKm for a region, UnplacedPointKm for a metropolitan area.
func (f *Fuser) reach(m *member) float64 {
	if m.region {
		return areaKm
	}
	return f.cfg.UnplacedPointKm
}

// metroWords name, in a folded place enclosed in spaces, a metropolitan
// area as such ("metropolitan area of Toluca", "zona metropolitana de
// Guadalajara", "Greater Monterrey", "ZMG", "la Comarca Lagunera"), whose
// towns lie within UnplacedPointKm of its point, unlike a region's.
var metroWords = wordPhrases("metropolit", " metro ", " greater ", "conurbad", " zmg ", " amg ", " amm ", " zmvm ",
	" valle de mexico ", " valle de toluca ", " lagunera ")

// nearKm is how far apart the seats of two municipalities may be for an
// act told near one of them to be in the other (nearOwnTown).
const nearKm = 25

// nearTownOf reports whether n's evidence places the act only near n's
// town (nearOwnTown) and o's evidence names that town nowhere, or only
// as a road's end ("tramo Zacatecas–Fresnillo", bearing.go): o, which
// would tell the town apart from its own place, may tell n's act.
func nearTownOf(n, o *member) bool {
	return nearOwnTown(n) && (!hasWord(o.plainText(), n.muniName) || namedAsRoadEnd(o, n.muniName))
}

// nearOwnTown reports whether m's evidence places the act only near its
// municipality's town ("near the town of Huejotzingo", "cerca de
// Huejotzingo", "a las afueras de"): the act may be in a hamlet of the
// neighbouring municipality, which other reports name (computed once).
func nearOwnTown(m *member) bool {
	if m.nearTown == 0 {
		m.nearTown = 1
		if nearOwnTownNow(m) {
			m.nearTown = 2
		}
	}
	return m.nearTown == 2
}

// nearOwnTownNow computes nearOwnTown.
func nearOwnTownNow(m *member) bool {
	return m.muniName != "" && mentions(m, m.muniName, func(before, _ string) bool {
		b := strings.TrimRight(before, " ")
		for _, w := range [...]string{" near", " near the town of", " near the city of", " close to", " outside",
			" outskirts of", " in the vicinity of", " cerca de", " afueras de", " inmediaciones de", " cercanias de"} {
			if strings.HasSuffix(b, w) {
				return true
			}
		}
		return bearingOf(b) // bearing.go
	})
}

// namesTownOf reports whether s, placed only in its state, names in its
// evidence the municipality of t, placed finer in that state (neither a
// tally), other than as a road's end. A town named as its state (Durango,
// Zacatecas) is the state s was placed in ("clash in the Durango
// sierra"), not the capital's event.
func namesTownOf(s, t *member) bool {
	return s.prec == model.GeoState && t.prec <= model.GeoMunicipality && t.prec != model.GeoUnknown &&
		!s.it.Incident.Tally && !t.it.Incident.Tally && t.muniName != "" &&
		s.it.Incident.Location.StateCode == t.it.Incident.Location.StateCode && s.namesTown(t) &&
		t.muniName != s.stateName
}

// namesTown reports whether m's evidence names t's folded town name
// (muniName) other than as a road's end (names). A state-only member is
// asked of the town of every event of its state that it meets, and the
// towns repeat: the answers are kept by the town's number (member.muni);
// a member not numbered yet is answered afresh.
func (m *member) namesTown(t *member) bool {
	if int(t.muni) < len(m.towns) && m.towns[t.muni] != 0 {
		return m.towns[t.muni] == 2
	}
	yes := (hasWord(m.plainText(), t.muniName) || m.spoken()) && names(m, t.muniName) // the plain text first: most name no town
	if t.muni == 0 {
		return yes
	}
	if int(t.muni) >= len(m.towns) {
		m.towns = append(m.towns, make([]int8, int(t.muni)+1-len(m.towns))...)
	}
	m.towns[t.muni] = 1
	if yes {
		m.towns[t.muni] = 2
	}
	return yes
}

// metroAround reports whether c is placed only at the core city of a
// metropolitan zone (gazetteer.MetroZone) — its municipality, with no
// locality, colonia or "municipio de" of its own — and s in another
// municipality of that zone (of its state or the next), both acts of
// violence (violent): the city a wire names may be its zone, and the act
// in one of its suburbs. Two reports that each name their own municipality
// finer than the city ("la colonia Americana de Guadalajara", "Zapopan")
// stay two places, and so do the burnings of a wave, which strikes several
// towns of a zone in one night.
func metroAround(c, s *member) bool {
	if c.prec != model.GeoMunicipality || s.prec == model.GeoUnknown || s.prec > model.GeoMunicipality ||
		c.colonia != "" || c.locality != "" || !violent(&c.it.Incident) || !violent(&s.it.Incident) {
		return false
	}
	cc, sc := c.it.Incident.Location.MunicipalityCode, s.it.Incident.Location.MunicipalityCode
	if cc == "" || sc == "" || cc == sc {
		return false
	}
	return c.metro == cc && s.metro == cc && !namesOwnMunicipality(c)
}

// namesOwnMunicipality reports whether m's evidence names its town as a
// municipality ("en el municipio de Reynosa", "the municipality of
// Guadalupe") or a neighbourhood in it ("Otilio Montaño, a neighbourhood
// of Cuernavaca"), not as a city that may stand for its metropolitan zone.
func namesOwnMunicipality(m *member) bool {
	return m.muniName != "" && mentions(m, m.muniName, func(before, _ string) bool {
		b := strings.TrimRight(before, " ")
		for _, w := range [...]string{" municipio de", " municipality of", " alcaldia", " cabecera municipal de",
			" neighbourhood of", " neighborhood of", " district of"} {
			if strings.HasSuffix(b, w) {
				return true
			}
		}
		return false
	})
}

// townOf returns the folded name of m's town: its dateline's when it is
// datelined (member.datelined), else its municipality's.
func townOf(m *member) string {
	if m.datelined {
		return m.dateline
	}
	return m.muniName
}

// actorAgreement is 1 when the incidents share an actor, -1 when both name
// their perpetrators and these are different armed groups, 0 otherwise.
func actorAgreement(a, b []model.Actor) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	for _, x := range a {
		for _, y := range b {
			if x.Name == y.Name {
				return 1
			}
		}
	}
	armed := func(as []model.Actor) bool {
		for _, x := range as {
			if x.Role == model.Perpetrator && (x.Kind == model.Cartel || x.Kind == model.Faction) {
				return true
			}
		}
		return false
	}
	if armed(a) && armed(b) {
		return -1
	}
	return 0
}

// boundClock reports whether m's evidence tells its clock as a bound of
// an act under way, not its moment: the time it began ("desde las 07:00
// horas", "since 6 a.m.") or by which it was seen ("By 7 a.m., videos
// showed ... burning trailers", "para las 8"). The act runs hours on
// either side (member.start): a blockade told "by 7 a.m." is the one an
// alert reports at 9:02.
func (m *member) boundClock() bool {
	// Most evidence tells no clock: asked before folding.
	if !slices.ContainsFunc(m.it.Incident.Evidence, func(sp model.Span) bool { return strings.ContainsAny(sp.Text, "0123456789") }) {
		return false
	}
	ws := strings.Fields(m.plainText())
	for i, w := range ws {
		j := i + 1
		switch {
		case w == "by" || w == "since":
		case (w == "desde" || w == "para") && j < len(ws) && ws[j] == "las":
			j++
		default:
			continue
		}
		for n := 0; j < len(ws) && n < 3 && approx(ws[j]); n++ {
			j++ // "by about", "desde alrededor de las"
		}
		if j < len(ws) && ws[j][0] >= '0' && ws[j][0] <= '9' {
			return true
		}
	}
	return false
}

// approx reports whether w may stand between a bound and its clock
// (boundClock).
func approx(w string) bool {
	switch w {
	case "about", "around", "alrededor", "de", "las", "eso":
		return true
	}
	return false
}
