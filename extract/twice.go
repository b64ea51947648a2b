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
		if b.apart || b.tally || b.denial || b.fromTitle || b.lagged || b.split || len(b.sents) == 0 {
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
		a := &ds[j]
		if again && slices.ContainsFunc(ds[j+1:k], func(d draft) bool { return len(d.sents) > 0 && d.firstSent > a.lastSent }) {
			continue // an act told between them
		}
		if a.tally || a.denial || a.fromTitle || a.split || b.firstSent <= a.firstSent || b.firstSent > a.lastSent+reach(a, b) || !onePlace(a, b) || !again && !e.sameDays(c, a, b) || c.pluralCue(a) {
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
	for _, h := range c.sents[d.firstSent].cues {
		if h.start == d.cuePos && h.fEnd <= len(c.text.Folded) {
			return hasAnyPrefix(c.text.Folded[h.fStart:h.fEnd], heardStems...)
		}
	}
	return false
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
// circulación ... seguía suspendida").
func reach(a, b *draft) int {
	if b.typ == model.Disruption && vehiclesAct(a.typ) {
		return 5
	}
	return 3
}
