package extract

import (
	"slices"
	"strings"
	"time"

	"github.com/atalaya/atalaya/model"
)

// oneActTwice folds into one the drafts of a report that tell one act
// twice, in sentences close together: a killing and the shooting that
// caused it ("Dos hombres fueron asesinados a balazos la tarde de este
// jueves ... sujetos armados les dispararon en repetidas ocasiones"; "Cuatro
// personas perdieron la vida ... durante un ataque armado ... Tres hombres
// murieron en el lugar"), and the forces' arrival at the scene of the act
// just told ("Al lugar arribaron elementos de la Guardia Nacional"). The
// later draft joins the nearest earlier act when nothing marks it as
// another (draft.apart), no act stands between them, their places and days
// agree and it tells no other victims; the act keeps the type it was first
// told by and its toll told once, or, when only the later sentence names
// its town, that sentence's place and type. A response that arrests or kills is an act of its own.
//
// An arrest told again by a sentence that opens on it ("La detención se
// llevó a cabo la noche del sábado ...") joins the arrest told before it,
// of any day, when the arrested counts agree and no act is told between
// them; a blockade or a burning keeps its road closed ("la circulación
// hacia Zacatecas seguía suspendida", up to five sentences after it) and
// its drivers pulled out with no one hurt ("los conductores fueron bajados
// a punta de pistola").
func (e *Extractor) oneActTwice(c *reportCtx, ds []draft) []draft {
	drop := false
	for k := range ds {
		b := &ds[k]
		// A sentence's second town where the wounded were taken ("The
		// two wounded were taken to hospitals in Celaya and Salamanca")
		// splits no act.
		if b.apart || b.tally && !heard(c, b) || b.denial || b.fromTitle || b.lagged || b.split && !(gunAct(b.typ) && hospitalPlace(c, b)) || len(b.sents) == 0 {
			continue
		}
		// "La detención se llevó a cabo la noche del sábado ...": the
		// arrest told before, not the act it ends told beside it.
		again := b.typ == model.SecurityOperation && arrestAgain(c, b)
		j := k - 1
		for j >= 0 && (len(ds[j].sents) == 0 || again && ds[j].typ != model.SecurityOperation || !ds[j].typ.Violent() && ds[j].typ != model.SecurityOperation) {
			j--
		}
		if j < 0 {
			continue
		}
		// "Al amanecer, ... localizaron los cuerpos": the act named again
		// by a definite noun, past the gunfire heard or a count told
		// between, or past another act told in the act's sentence.
		named := namedAgain(c, b)
		subject := !named && gunAct(b.typ) && subjectPerson(c, b) != ""
		if (named || subject) && (ds[j].tally || !gunAct(ds[j].typ)) {
			for i := j - 1; i >= 0 && ds[i].lastSent >= ds[j].firstSent-1; i-- {
				if len(ds[i].sents) > 0 && !ds[i].tally && gunAct(ds[i].typ) {
					j = i
					break
				}
			}
		}
		// "A gun battle in Caborca, two men shot dead in Ciudad Obregón
		// and torched cars in Guaymas marked the weekend. ... five men were
		// killed in the firefight": a lead that named several acts told
		// the one named again, of its type and place.
		lead := false
		if named && (ds[j].typ != b.typ || !onePlace(&ds[j], b)) {
			if i := leadAct(ds[:k], b); i >= 0 {
				j, lead = i, true
			}
		}
		a := &ds[j]
		// "The wounded were taken to a hospital in nearby Apatzingan":
		// the act's wounded, placed by their hospital.
		hosp := gunAct(b.typ) && gunAct(a.typ) && hospitalPlace(c, b) && a.place.place.StateCode == b.place.place.StateCode
		if again && slices.ContainsFunc(ds[j+1:k], func(d draft) bool { return len(d.sents) > 0 && d.firstSent > a.lastSent }) {
			continue // an act told between them
		}
		if a.tally || a.denial || a.fromTitle || a.split && !lead || b.firstSent <= a.firstSent || b.firstSent > a.lastSent+reach(a, b, named || subject) || !onePlace(a, b) && !(named && sameTown(a, b)) && !hosp || !again && !hosp && !e.sameDays(c, a, b) || c.pluralCue(a) && !(named && shotsCue(c, a)) {
			continue
		}
		s := &c.sents[b.firstSent]
		if pre := c.plain.Sub(s.start, max(s.start, b.cuePos)).Folded; anotherAct(pre) || laterLapse(pre) || earlier(pre) || ordinalIn(pre) || placeOpener(pre) {
			continue // "Horas más tarde, ...", "En el primero, ...", "It was the second deadly shooting ...: on Monday morning ...", "En la comunidad de Aldama, ..."
		}
		switch {
		case again && arrestTold(c, a) && !otherDetained(a, b):
			foldDraft(a, b, true, false)
		case b.typ == model.Disruption && vehiclesAct(a.typ) && roadClosed(c, b):
			// "Bomberos sofocaron el fuego ..., aunque la circulación
			// hacia Zacatecas seguía suspendida": the blockade's road.
			foldDraft(a, b, false, false)
		case b.typ == model.ArmedAttack && vehiclesAct(a.typ) && !hurt(b.figures) && driversOut(c, b):
			// "En ambos casos los conductores fueron bajados a punta de
			// pistola": the drivers of the vehicles burned.
			foldDraft(a, b, true, false)
		case hosp && !forcesJoin(a, b):
			b.place, b.placeFrom = placeRef{}, fromNone // the hospital's town, not the act's
			foldDraft(a, b, true, false)
		case (named || subject && samePeople(c, a, subjectPerson(c, b))) && gunAct(a.typ) && !otherToll(a, b) && !forcesJoin(a, b) && !finerTown(a, b):
			// "Jalisco state prosecutors said the dead were all Mexican
			// men", "El hombre, de unos 35 años, quedó tendido junto a su
			// bicicleta": the act told before, its type kept. A later
			// sentence that names a town the act has not ("The officers
			// were on patrol ... in Costa Rica" after a lead's firefight
			// placed in the state) may tell another act of the lead.
			foldDraft(a, b, true, false)
		case causeAndToll(a.typ, b.typ) && !otherToll(a, b) && !forcesJoin(a, b):
			foldDraft(a, b, true, true)
		case b.typ == model.SecurityOperation && a.typ.Violent() && a.typ != model.SecurityOperation && response(c, b):
		case heard(c, b) && a.typ.Violent() && a.typ != model.Advisory && !heard(c, a) && !e.hoursApart(c, a, s, 2*time.Hour):
			// "Usuarios reportan ... tráileres atravesados y en llamas ...
			// Se escuchan detonaciones.": the gunfire of the act told.
			foldDraft(a, b, len(s.times) == 0, false)
		case heard(c, a) && b.typ.Violent() && b.typ != model.Advisory && b.typ != model.SecurityOperation && !e.hoursApart(c, a, s, 2*time.Hour):
			// "Vecinos reportaron detonaciones ... Un hombre fue hallado
			// sin vida": the act the gunfire was.
			foldDraft(b, a, len(c.sents[a.firstSent].times) == 0, false)
			a.sents = nil // dropped below
			drop = true
			continue
		default:
			continue
		}
		b.sents = nil // dropped below
		drop = true
	}
	if !drop {
		return ds
	}
	return slices.DeleteFunc(ds, func(d draft) bool { return len(d.sents) == 0 })
}

// leadAct returns the index in ds of the act that draft b, named again,
// tells again when the nearest act before it is of another type or
// place (a lead that named several acts in several towns, an act told
// before others): the latest act of b's type, or both shootings or
// attacks on a business (gunAct: "el ataque al bar del sábado" after the
// shooting at that bar), at b's place, within reach; -1 when none is.
func leadAct(ds []draft, b *draft) int {
	for i := len(ds) - 1; i >= 0; i-- {
		d := &ds[i]
		if len(d.sents) > 0 && !d.tally && !d.denial && (d.typ == b.typ || gunAct(d.typ) && gunAct(b.typ)) && onePlace(d, b) && b.firstSent > d.firstSent && b.firstSent <= d.lastSent+reach(d, b, true) {
			return i
		}
	}
	return -1
}

// foldDraft moves the actors and the counts of kinds it lacks of draft gone
// into draft keep, and its sentences too when sents is set (gunfire heard
// "durante la noche" would blur the clock of the act heard: its sentence
// is left out). When keep has no town and gone names one,
// keep takes gone's place, and its type too when byPlace is set ("Anoche,
// dos agentes murieron ... Los hechos ocurrieron en la comunidad de Roque,
// en el municipio de Celaya, donde ... les dispararon": the sentence that
// places the act tells it).
func foldDraft(keep, gone *draft, sents, byPlace bool) {
	if sents {
		for _, i := range gone.sents {
			if !slices.Contains(keep.sents, i) {
				keep.sents = append(keep.sents, i)
			}
		}
		slices.Sort(keep.sents)
		keep.firstSent, keep.lastSent = min(keep.firstSent, gone.firstSent), max(keep.lastSent, gone.lastSent)
	}
	keep.addActors(gone.actors)
	for _, f := range gone.figures {
		if !slices.ContainsFunc(keep.figures, func(g figure) bool { return g.kind == f.kind }) {
			keep.figures = append(keep.figures, f)
		}
	}
	if keep.place.place.MunicipalityCode == "" && gone.place.place.MunicipalityCode != "" {
		if byPlace {
			keep.typ, keep.weight, keep.cuePos = gone.typ, gone.weight, gone.cuePos
		}
		keep.place, keep.placeFrom, keep.highway = gone.place, gone.placeFrom, gone.highway
	}
}

// heardStems are the folded stems of gunfire heard or reported
// (detonaciones, disparos, gunshots).
var heardStems = []string{"detonacion", "disparo", "gunshot", "gunfire", "shots"}

// shotsCue reports whether the cue that decided draft d is the shots or
// the charges of one act ("sprayed customers with bullets", "disparos",
// "Explosives dropped from drones wounded a man"): a plural cue that does
// not tell several acts.
func shotsCue(c *reportCtx, d *draft) bool {
	w := c.cueWord(d)
	return shootingNouns.in(w) || hasAnyPrefix(w, "bala", "bullet", "plomazo", "explosiv")
}

// heard reports whether draft d is gunfire heard or reported and nothing
// more: an armed attack decided by a gunfire noun, with no one killed or
// wounded.
func heard(c *reportCtx, d *draft) bool {
	if d.typ != model.ArmedAttack {
		return false
	}
	for _, f := range d.figures {
		if f.n > 0 && (f.kind == "killed" || f.kind == "injured") {
			return false
		}
	}
	return hasAnyPrefix(c.cueWord(d), heardStems...)
}

// causeAndToll reports whether acts of types a and b may be one act told
// by its toll and by its shooting: a homicide and an armed attack, clash
// or attack on a business, in either order.
func causeAndToll(a, b model.IncidentType) bool {
	shot := func(t model.IncidentType) bool {
		return t == model.ArmedAttack || t == model.ArmedClash || t == model.BusinessAttack
	}
	return a == model.Homicide && shot(b) || b == model.Homicide && shot(a)
}

// onePlace reports whether drafts a and b may be placed at one act: one of
// them has no place, or their states and municipalities agree where both
// name one, and they are not two places of a town each named in its own
// sentence.
func onePlace(a, b *draft) bool {
	if a.placeFrom == fromNone || b.placeFrom == fromNone {
		return true
	}
	pa, pb := a.place.place, b.place.place
	if pa.StateCode != pb.StateCode || pa.StateCode == "" {
		return false
	}
	if pa.MunicipalityCode != "" && pb.MunicipalityCode != "" && pa.MunicipalityCode != pb.MunicipalityCode {
		return false
	}
	// "Tres hombres fueron asesinados ... en Irapuato. En la comunidad de
	// Aldama, sujetos armados atacaron a una familia": a town and a
	// locality each named by its own sentence are two places.
	return a.placeFrom != fromSentence || b.placeFrom != fromSentence || pa.MunicipalityCode == "" || pb.MunicipalityCode == "" || pa.ID == pb.ID
}

// sameTown reports whether drafts a and b are placed in one state and, where
// both name one, one municipality: two localities of a town may be one
// act's when the later names the act again ("varios de los cuerpos
// quedaron sobre el tramo carretero Comalapa–Ciudad Cuauhtémoc").
func sameTown(a, b *draft) bool {
	pa, pb := a.place.place, b.place.place
	return pa.StateCode != "" && pa.StateCode == pb.StateCode && (pa.MunicipalityCode == "" || pb.MunicipalityCode == "" || pa.MunicipalityCode == pb.MunicipalityCode)
}

// hospitalWords are folded nouns of a hospital or a morgue ("semefo",
// "Servicio Médico Forense", "anfiteatro"), and carriedWords
// folded stems of the wounded or the dead taken there or dying there.
var (
	hospitalWords = newNeedles(slices.Concat(hospitalNouns, []string{"cruz roja", "cruz verde", "semefo", "medico forense", "morgue", "anfiteatro"})...)
	carriedWords  = newNeedles("traslad", "llevad", "ingresad", "atendid", "murio", "fallecio", "perdio la vida", "taken", "transferred", "rushed", "died", "treated")
)

// hospitalPlace reports whether draft d is placed by a town its sentence
// names as where a hospital is, the wounded or the dead taken there or
// dying there ("trasladados a un nosocomio en Apatzingán", "died Sunday at
// a hospital in the state capital, Hermosillo"): the place the wounded
// were taken to, not the act's ("atacaron el Hospital General de
// Apatzingán" is an act there).
func hospitalPlace(c *reportCtx, d *draft) bool {
	return d.placeFrom == fromSentence && hospitalTown(c, &c.sents[d.firstSent], d.place)
}

// hospitalTown reports whether place p of sentence s is named as where a
// hospital is, the wounded or the dead taken there or dying there
// (hospitalPlace).
func hospitalTown(c *reportCtx, s *sentInfo, p placeRef) bool {
	if p.start <= s.start || p.start > s.end {
		return false
	}
	before := c.plain.Sub(max(s.start, p.start-48), p.start).Folded
	return hospitalWords.in(before) && carriedWords.in(c.text.Folded[s.fStart:s.fEnd])
}

// withoutHospitals returns the places of sentence s, a shooting or a
// killing, but those named as a hospital's town, when another is left:
// "Uno de los heridos en el ataque armado contra un bar de Narciso
// Mendoza murió ... en el hospital general de Cuernavaca, con lo que
// suman seis las víctimas de la agresión ocurrida la noche del sábado"
// tells one act, at the bar, and its toll and day (README: follow-ups).
func withoutHospitals(c *reportCtx, s *sentInfo, places []placeRef) []placeRef {
	if len(places) < 2 || !gunAct(s.typ) || !hospitalWords.in(c.text.Folded[s.fStart:s.fEnd]) {
		return places
	}
	return placesBut(places, func(p placeRef) bool { return hospitalTown(c, s, p) })
}

// placesBut returns places without those drop reports, when that leaves
// some but not all; otherwise places as they are.
func placesBut(places []placeRef, drop func(placeRef) bool) []placeRef {
	var out []placeRef
	for k, p := range places {
		if !drop(p) {
			out = append(out, places[k])
		}
	}
	if len(out) == 0 || len(out) == len(places) {
		return places
	}
	return out
}

// finerTown reports whether draft b names a municipality draft a has not.
func finerTown(a, b *draft) bool {
	mb := b.place.place.MunicipalityCode
	return mb != "" && a.place.place.MunicipalityCode != mb
}

// forcesJoin reports whether draft b, a clash, names a state force that
// draft a, told before it, does not: forces that fought back after a
// killing told without them ("Sujetos armados mataron a dos hombres ...
// Elementos de la Guardia Nacional que realizaban un operativo en Celaya
// fueron atacados a balazos y repelieron la agresión") are in an act of
// their own.
func forcesJoin(a, b *draft) bool {
	if b.typ != model.ArmedClash {
		return false
	}
	return forceAmong(b.actors) && !forceAmong(a.actors)
}

// otherToll reports whether draft b counts people of a kind otherwise than
// draft a does: other victims, unless b is the homicide that tells part of
// a's toll again ("Tres hombres murieron en el lugar y una mujer falleció"
// after four killed in an attack).
func otherToll(a, b *draft) bool {
	for _, g := range b.figures {
		if g.tentative || g.n <= 0 {
			continue
		}
		for _, f := range a.figures {
			if f.kind == g.kind && !f.tentative && f.n > 0 && g.n != f.n && !(b.typ == model.Homicide && g.n < f.n) {
				return true
			}
		}
	}
	return false
}

// ordinalIn reports whether folded words f hold an ordinal of a series
// ("el primero", "the second"): the sentence counts acts, it does not tell
// the one before again.
func ordinalIn(f string) bool {
	if !cueNeedles[cueOrdinals].in(f) {
		return false // each ordinal below holds one
	}
	for w := range strings.FieldsSeq(f) {
		switch strings.Trim(w, ",.;:") {
		case "primer", "primero", "primera", "segundo", "segunda", "tercer", "tercero", "tercera", "first", "second", "third":
			return true
		}
	}
	return false
}

// killStems are folded stems of words that tell a kill or a seizure by the
// forces: a response that has them, or an arrest (arrestIn), is an act of
// its own.
var killStems = newNeedles("abati", "asegur", "seiz", "killed", "mataron")

// noneArrested are folded phrases that tell a response arrested no one
// ("desplegó un operativo en la zona sin que se reportaran detenidos").
var noneArrested = newNeedles("sin que se report", "sin detenid", "sin reportar detenid", "no hubo detenid", "no hay detenid", "sin que hubiera detenid", "no arrests", "without arrests", "no one was arrested", "no one was detained")

// response reports whether draft d, an operation, is the forces' arrival
// or deployment at the scene and nothing more: no one arrested or killed
// is counted or told in its sentences.
func response(c *reportCtx, d *draft) bool {
	for _, f := range d.figures {
		if f.n > 0 && (f.kind == "detained" || f.kind == "killed") {
			return false
		}
	}
	for _, i := range d.sents {
		s := &c.sents[i]
		if f := c.text.Folded[s.fStart:s.fEnd]; arrestIn(f) && !noneArrested.in(f) || killStems.in(f) {
			return false
		}
	}
	return true
}

// lapseAfter reports whether folded clause f, opened by an after marker
// (afterMarkers), tells a lapse between the acts ("horas después de que",
// "minutes after"): two acts, not one told twice.
func lapseAfter(f string) bool {
	return hasAnyPrefix(f, "minutos despues", "horas despues", "minutes after", "hours after")
}

// placeOpener reports whether folded words pre, a sentence's words before
// its cue, open with a place of a town ("En la comunidad de Aldama, ...",
// "In the Costa Azul neighborhood, ..."): the sentence moves to another
// place, where another act happened.
func placeOpener(pre string) bool {
	k := 0
	for w := range strings.FieldsSeq(pre) {
		switch {
		case k == 0 && w != "en" && w != "in", k == 5:
			return false
		}
		switch strings.Trim(w, ",") {
		case "comunidad", "colonia", "fraccionamiento", "poblado", "ejido", "localidad", "municipio", "rancheria", "barrio", "sindicatura",
			"neighborhood", "neighbourhood", "community", "town", "village", "municipality":
			return k > 0
		}
		k++
	}
	return false
}

// arrestOpeners are folded openings of a sentence that tells again an
// arrest told before ("La detención se llevó a cabo ...", "The arrest took
// place ...").
var arrestOpeners = []string{"la detencion", "la captura", "la aprehension", "el arresto", "los detenidos", "las detenidas", "los capturados", "el detenido", "la detenida", "el capturado",
	"the arrest", "the detention", "the capture", "the detainees", "the suspects were", "the suspect was", "the men were arrested", "the man was arrested"}

// arrestAgain reports whether draft d, an operation, opens by naming an
// arrest already told, with a definite article: the arrest told again.
func arrestAgain(c *reportCtx, d *draft) bool {
	s := &c.sents[d.firstSent]
	f := strings.TrimLeft(c.text.Folded[s.fStart:s.fEnd], " \"'«“-—")
	if !hasAnyPrefix(f, arrestOpeners...) {
		return false
	}
	// "La detención de otros cinco integrantes ...": more arrested.
	k := 0
	for w := range strings.FieldsSeq(f) {
		if k++; k > 6 {
			break
		}
		switch strings.Trim(w, ",.;:") {
		case "otro", "otros", "otra", "otras", "mas", "another", "other", "others", "more":
			return false
		}
	}
	return true
}

// arrestTold reports whether the sentences of draft d, an operation, tell
// an arrest.
func arrestTold(c *reportCtx, d *draft) bool {
	if d.typ != model.SecurityOperation {
		return false
	}
	for _, i := range d.sents {
		s := &c.sents[i]
		if f := c.text.Folded[s.fStart:s.fEnd]; arrestIn(f) && !noneArrested.in(f) {
			return true
		}
	}
	return false
}

// otherDetained reports whether drafts a and b count the arrested
// otherwise: two arrests, not one told twice.
func otherDetained(a, b *draft) bool {
	for _, g := range b.figures {
		if g.kind != "detained" || g.tentative || g.n <= 0 {
			continue
		}
		for _, f := range a.figures {
			if f.kind == "detained" && !f.tentative && f.n > 0 && f.n != g.n {
				return true
			}
		}
	}
	return false
}

// vehiclesAct reports whether acts of type t burn or stop vehicles on a
// road: a blockade or an arson.
func vehiclesAct(t model.IncidentType) bool {
	return t == model.Blockade || t == model.Arson
}

// closureRoad and closedWords are folded stems of a road's traffic and of
// its closure ("la circulación ... seguía suspendida", "traffic stopped
// in both directions").
var (
	closureRoad = newNeedles("circulacion", "vialidad", "trafico", "transito", "carretera", "autopista", "traffic", "highway", "road")
	closedWords = newNeedles("suspend", "cerrad", "cerrar", "cierre", "interrump", "closed", "stopped", "halted", "shut")
	driverWords = newNeedles("conductor", "chofer", "operador", "pasajer", "automovilista", "driver", "passenger", "motorist")
	pulledWords = newNeedles("bajad", "bajaron", "descend", "despoj", "forced", "pulled", "ordered")
)

// roadClosed reports whether the sentences of draft d tell a road closed
// and nothing else: the closure of a blockade's road.
func roadClosed(c *reportCtx, d *draft) bool {
	for _, i := range d.sents {
		s := &c.sents[i]
		if f := c.text.Folded[s.fStart:s.fEnd]; !closureRoad.in(f) || !closedWords.in(f) {
			return false
		}
	}
	return true
}

// driversOut reports whether draft d's sentences tell drivers or
// passengers pulled out of their vehicles.
func driversOut(c *reportCtx, d *draft) bool {
	for _, i := range d.sents {
		s := &c.sents[i]
		if f := c.text.Folded[s.fStart:s.fEnd]; driverWords.in(f) && pulledWords.in(f) {
			return true
		}
	}
	return false
}

// reach is how many sentences after draft a the draft b that tells a's act
// again may open: three, five for a blockade's road closed, told at the
// end of the act's paragraph ("Bomberos sofocaron el fuego ..., aunque la
// circulación ... seguía suspendida"), and for an act named again
// (namedAgain), told after a witness's words.
func reach(a, b *draft, named bool) int {
	if b.typ == model.Disruption && vehiclesAct(a.typ) || named {
		return 5
	}
	return 3
}

// gunAct reports whether acts of type t are a shooting, a killing, a
// blast or an attack on a business: acts a later sentence may name again
// by their dead or by the attack ("los cuerpos", "the attack").
func gunAct(t model.IncidentType) bool {
	return shooting(t) || t == model.BusinessAttack
}

// namedAgain reports whether draft d, a shooting or a killing, was opened
// by a noun after a definite article ("localizaron los cuerpos", "the dead
// were all Mexican men", "The attack, shortly after 1 p.m., ...", "el
// cuerpo fue llevado al Semefo"), not followed by new people ("los
// cuerpos de dos mujeres", "the bodies of three men"): the act told
// before, named again.
func namedAgain(c *reportCtx, d *draft) bool {
	s := &c.sents[d.firstSent]
	if !gunAct(d.typ) || s.cuePos != d.cuePos {
		return false
	}
	w := c.cueWord(d)
	if !s.anaphoric && !hasAnyPrefix(w, "el ", "la ", "los ", "las ", "the ") {
		return false
	}
	// the words after the cue
	var buf [3]string
	k := strings.Index(c.text.Folded[s.fStart:s.fEnd], w)
	if k < 0 {
		return true
	}
	ws := appendFields(buf[:0], c.text.Folded[s.fStart+k+len(w):s.fEnd], 2)
	return len(ws) < 2 || ws[0] != "de" && ws[0] != "of" || !indefiniteSubject(ws[1])
}

// personNounsEn are folded English nouns of a person a report names a
// victim by ("the 46-year-old driver").
var personNounsEn = []string{"man", "men", "woman", "women", "victim", "victims", "driver", "drivers", "officer", "officers", "soldier", "soldiers",
	"boy", "girl", "teenager", "owner", "worker", "workers", "mechanic", "student", "students", "journalist", "policeman", "agent", "agents"}

// genericPeople are the folded nouns of a person that name anyone already
// told ("el hombre", "the victim"); another noun names the people of an
// act only when that act's sentences name them too.
var genericPeople = []string{"hombre", "hombres", "mujer", "mujeres", "joven", "jovenes", "victima", "victimas", "man", "men", "woman", "women", "victim", "victims"}

// subjectPerson returns the folded noun of a person that draft d's
// sentence opens on after a definite article, before its cue, past an
// attribution and a modifier or two (definiteSubject reads a sentence's
// first two words only) ("El hombre,
// de unos 35 años, quedó tendido", "The 46-year-old driver was shot", "De
// acuerdo con el Grupo de Coordinación, los soldados ... fueron
// atacados"); "" when it opens otherwise.
func subjectPerson(c *reportCtx, d *draft) string {
	s := &c.sents[d.firstSent]
	pre := strings.TrimLeft(c.plain.Sub(s.start, max(s.start, d.cuePos)).Folded, " \"'«“-—")
	if hasAnyPrefix(pre, "de acuerdo con ", "segun ", "according to ") {
		if _, after, ok := strings.Cut(pre, ", "); ok {
			pre = after
		}
	}
	var buf [8]string
	ws := appendFields(buf[:0], pre, 5)
	if len(ws) < 2 {
		return ""
	}
	switch ws[0] {
	case "el", "la", "los", "las", "the":
	default:
		return ""
	}
	for _, w := range ws[1:min(len(ws), 4)] {
		w = strings.Trim(w, ",.;:")
		if slices.Contains(personNouns, w) || slices.Contains(personNounsEn, w) || w == "victima" || w == "victimas" {
			return w
		}
		if w == "de" || w == "of" {
			break
		}
	}
	return ""
}

// samePeople reports whether noun, the person a later sentence names with a
// definite article, names the people of draft a: a generic noun ("el
// hombre", "the victim"), or one a's sentences use ("a minibus driver"
// then "The 46-year-old driver").
func samePeople(c *reportCtx, a *draft, noun string) bool {
	if slices.Contains(genericPeople, noun) {
		return true
	}
	stem := strings.TrimSuffix(noun, "s")
	for _, i := range a.sents {
		s := &c.sents[i]
		if strings.Contains(c.text.Folded[s.fStart:s.fEnd], stem) {
			return true
		}
	}
	return false
}
