package extract

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/toll"
)

// placeSource says where an incident's place came from.
type placeSource uint8

const (
	fromNone      placeSource = iota
	fromSentence              // named in the incident's own sentence
	fromParagraph             // inherited from an earlier sentence of the paragraph
	fromTitle                 // inherited from the title
	fromReport                // the report's dominant place
	fromFeed                  // the feed's own geolocation
)

// draft is an incident being assembled.
type draft struct {
	// local: a tally counted over a period by a local outlet ("mataron a
	// 8 durante el fin de semana"), or told by a headline ("Hallan 11
	// cadáveres en Palma Real": a count of one neighbourhood, not of the
	// country); with no place told, the outlet's home state is its place,
	// as for an incident.
	local  bool
	typ    model.IncidentType
	weight float64
	// clause, when set, is the original span of the first sentence whose
	// times are the draft's (a relative clause's kidnapping, and the
	// rescue before it).
	clause              [2]int
	sents               []int
	firstSent, lastSent int
	place               placeRef
	placeFrom           placeSource
	highway             string
	actors              []model.Actor
	figures             []figure
	cuePos              int
	tally               bool
	// denial: the sentences deny the incident ("desmienten la quema de
	// vehículos"): a record that contradicts a claim, not an incident.
	denial    bool
	fromTitle bool
	// split is set when one sentence named several places: figures then go
	// to the place they are closest to.
	split bool
	// lagged: the act a clause tells as days before the sentence's own
	// ("un día después de que ..."): dated by the sentence's time less the
	// lag (laggedAct).
	lagged bool
	// apart: the sentence that opened the draft tells another act than
	// the one before it ("otro", "horas después", another day): never
	// folded into it as the same act told twice (oneActTwice).
	apart bool
	// another: the second of two acts of one kind that one sentence
	// tells, the other group's (otherGroupClauseAt): never a twin of the
	// first (finish).
	another bool
	// partHour: the hour of the part of the day that the lapse joining a
	// sentence's later act names ("y esa misma noche un joven fue
	// asesinado": 21), which its day takes; 0 when none (joinedActs).
	partHour int8
}

func (d *draft) addSent(i int, s *sentInfo) {
	d.sents = append(d.sents, i)
	d.lastSent = i
	d.figures = append(d.figures, s.figures...)
	d.addActors(s.actors)
}

func (d *draft) addActors(as []model.Actor) {
	for _, a := range as {
		dup := false
		for _, b := range d.actors {
			if a.Name == b.Name {
				dup = true
				break
			}
		}
		if !dup {
			d.actors = append(d.actors, a)
		}
	}
}

// mergeKey identifies a place for merging: a state by its code, a town by
// its municipality's, any other place by its ID. Keys compare with ==.
type mergeKey struct {
	kind byte // 's' state, 'm' municipality, 'p' place
	code string
	id   int
}

// placeKey identifies a place for merging.
func placeKey(p placeRef) mergeKey {
	if p.place.ID < 0 {
		return mergeKey{kind: 's', code: p.place.StateCode}
	}
	if p.place.MunicipalityCode != "" && rank(p.place.Kind) <= 2 {
		return mergeKey{kind: 'm', code: p.place.MunicipalityCode}
	}
	return mergeKey{kind: 'p', id: p.place.ID}
}

// threatsBefore are the folded pluperfects of threats received or made
// before the act a report tells: its background, not an act of their own.
var threatsBefore = newNeedles("habia recibido amenazas", "habian recibido amenazas", "habia sido amenazad", "habian sido amenazad", "habia recibido varias amenazas",
	"habian recibido varias amenazas", "had received threats", "had been threatened")

// emit turns sentence i into drafts, merging it with earlier drafts about
// the same incident.
func (e *Extractor) emit(c *reportCtx, i int, out []draft) []draft {
	s := &c.sents[i]
	places := selectPlaces(s.places)
	if c.feed == nil && len(places) == 1 && places[0].place.Kind == gazetteer.Country {
		places = nil // "Mexico" says nothing about where
	}
	places = cityOfDateline(c, s, places)    // roundup.go
	places = withoutHospitals(c, s, places)  // twice.go
	places = withoutIssuerSeat(c, s, places) // issuer.go
	if n := len(out); n > 0 && len(places) == 0 && !out[n-1].tally && !out[n-1].split && out[n-1].lastSent >= i-2 && out[n-1].lastSent < i && !e.dayShift(c, &out[n-1], s) && repelled(&out[n-1], s) {
		// "Los elementos repelieron la agresión": the attack just told
		// met fire and is a clash; the sentence tells no act of its own.
		// Not a clash of another day ("a unas cuadras del lugar donde el
		// sábado por la noche un enfrentamiento dejó tres muertos").
		out[n-1].addSent(i, s)
		return out
	}
	if n := len(out); n > 0 && !s.retold && (s.anaphoric || s.typ == out[n-1].typ) && len(places) > 0 && placeTold(c, &out[n-1], i, s) {
		// "The clash took place in Pueblo Yaqui": where the act just
		// told, placed only in its state, happened.
		return out
	}
	if n := len(out); n > 0 && s.typ == model.Arson && !s.business && (out[n-1].typ == model.Blockade && !out[n-1].tally && !out[n-1].denial && (out[n-1].lastSent >= i-2 || partOpens(c.plain.Sub(s.start, max(s.start, s.cuePos)).Folded)) && out[n-1].lastSent < i && anotherAct(c.plain.Sub(s.start, max(s.start, s.cuePos)).Folded) || lagBurning(c, out, i, s)) {
		// "The first blockade went up at km 28 ... About an hour later a
		// second group of vehicles was torched farther north": another
		// of the blockades, told by its burning; so, further on, is the
		// burning a chronicle of the day opens with a part of the day
		// ("Por la mañana, otro tráiler había sido incendiado a la
		// altura de El Huizache": chronicle.go), and a road vehicle burnt
		// minutes after ("Unos 40 minutos después, un tractocamión fue
		// incendiado sobre el Periférico", "Within an hour, gunmen
		// hijacked buses and set them alight on Avenida López Mateos").
		s.typ = model.Blockade
	}
	if d := tallyDetail(out, i, s, places); d != nil && !opensWithDay(c, s) {
		// "Jalisco, Michoacán y Guanajuato concentran la mayor parte de
		// los cierres, muchos con vehículos incendiados": the tally's
		// acts described, not acts of their own.
		d.addSent(i, s)
		return out
	}
	if n := len(out); n > 0 && !out[n-1].tally && out[n-1].lastSent < i {
		// "Es el segundo ataque contra una sucursal de la cadena este
		// mes", "It was the third such attack", "It was the second
		// double killing in the state this month", "Second homicide in
		// the city today.": the act just told, counted in a series, not
		// another act. A count in a period adds nothing to the act (its
		// "today" would date the act by the day only). Not when the
		// count frames a clause after a colon that tells the act counted
		// ("Fue el segundo bloqueo del día: durante la madrugada, otro
		// grupo quemó …", colonLapse).
		switch k := c.seriesCount(s); {
		case k == seriesNone || colonLapse(c.plain.Sub(s.start, s.end).Folded, out[n-1].typ, s.typ):
		case k == seriesJoins:
			out[n-1].addSent(i, s)
			return out
		case k == seriesCounts:
			return out
		}
	}
	if n := len(out); n > 0 && !out[n-1].tally && out[n-1].typ.Violent() && out[n-1].lastSent < i && countedFromAct(c, s) {
		return out // "Con este doble homicidio suman 14 asesinatos en lo que va de diciembre": a statistic
	}
	if n := len(out); n > 0 && s.typ == model.Intimidation && len(s.times) == 0 && len(s.figures) == 0 && motiveOf(c, out, i, places) {
		// "Extraoficialmente se supo que el establecimiento había
		// recibido amenazas por cobro de piso", "no descartó que se
		// trate de un intento de extorsión contra la cadena", "the owner
		// had been pressured to pay extortion": extortion told a few
		// sentences after an attack on a business, with no time of its
		// own and no other town, is the attack's motive.
		return out
	}
	if n := len(out); n > 0 && s.typ == model.Intimidation && len(places) == 0 && len(s.times) == 0 && (len(s.figures) == 0 || threatsBefore.in(c.text.Folded[s.fStart:s.fEnd])) {
		// "el encargado había recibido amenazas para pagar cuota", "dos
		// hombres amenazaron a la encargada para que saliera del local":
		// threats told right after an act, with no place or time of
		// their own, are its scene or its motive; threats received
		// before it ("la familia, que días antes había recibido
		// amenazas, logró salir ilesa") are, whatever toll the sentence
		// gives.
		if last := &out[n-1]; !last.tally && last.typ.Violent() && last.typ != model.Intimidation && last.lastSent >= i-1 && last.lastSent < i && c.sents[last.lastSent].para == s.para {
			last.addSent(i, s)
			return out
		}
	}
	if d := closureOf(c, out, i, s, places); d != nil {
		// "La circulación estuvo suspendida tres horas": the road the
		// blockade just told closed.
		d.addSent(i, s)
		return out
	}
	if stateSummary(c, s, places) || stateWave(c, s, places) {
		s.tally, s.periodTally = true, true // "Sinaloa reports bloody weekend" (entoll.go)
	}
	if warToll(c, s) {
		s.tally, s.periodTally = true, true // "Mexico drug war death toll reaches 60,000" (wartoll.go)
	}
	roadsOver := s.roadsTally && roadsOverState(s, places)
	if s.roadsTally && !roadsOver {
		s.tally = false // "bloquearon tres avenidas" of one town: one act (roadstally.go)
	}
	if !e.anchored(c, i, s, places, out) {
		return out
	}
	if td, ok := splitTally(c, i, s, places); ok {
		// The act first, as the sentence tells it, then its tally.
		return append(e.emit(c, i, out), td)
	}
	if !s.tally && countedOver(c.text.Folded, s, places) {
		// "nueve bloqueos en los municipios de Cajeme, Navojoa, Etchojoa
		// y Huatabampo": more acts than the places named, a tally of the
		// area, not one act in each.
		s.tally, s.tallyUnit = true, true
	}
	if !s.tally && (s.typ == model.Arson || s.typ == model.Blockade) && pointsOver(&c.cues, c.text.Folded, s, places) {
		// "seven vehicles were torched at four points in Culiacán and
		// neighboring Navolato": the points are the blockades of a wave
		// over the area (roadstally.go).
		s.tally, s.tallyUnit, s.typ = true, true, model.Blockade
	}
	if s.tally && !s.periodTally && c.feed == nil && len(c.r.Text) <= headlineLen && verbBeforeCue(c.text.Folded, s, runningVerb) {
		// "Tijuana reaches 899 violent deaths", "Acumula Celaya 40
		// homicidios": a running total, a count over the period up to
		// now, in one town too.
		s.periodTally = true
	}
	if enStateToll(c, s, places) {
		s.tally = false // "Mexico: 12 killed in Guerrero" (entoll.go)
	}
	if s.tally && s.victimToll && !s.periodTally && !stateTotal(s.places) {
		s.tally = false // "el saldo es de 16 muertos", not "deja 32 muertos en Chihuahua"
	}
	if s.tally && !s.tallyUnit && !s.periodTally && !roadsOver && len(places) == 1 && rank(places[0].place.Kind) <= 2 && places[0].start < exampleStart(c, s) {
		// "3 bloqueos en Zapopan": several, one place; not "22 roadblocks
		// across Guanajuato, including one in Celaya", whose town is
		// one of the tally's acts (tallyExample).
		s.tally = false
	}
	if s.tally && !s.tallyUnit && !s.periodTally && !s.aggregate && !countsActs(c.text.Folded, s) && !countVerb(c.text.Folded, s) && fewTowns(places) {
		// "7 executed in Uruapan and Zamora", "4 killed in Cancun,
		// Playa del Carmen": people counted over two or three towns of
		// one state, as "Asesinan a 7 en Uruapan y Zamora" tells it, are
		// told town by town, not a tally of the state; over two or three
		// states ("9 die in Zacatecas and Jalisco"), state by state.
		// A verb of counting ("Suman 5 muertos en Celaya y Salamanca")
		// keeps the tally. A count of acts
		// ("4 homicidios en Minatitlán y Cosoleacaque") stays a tally.
		s.tally = false
	}
	if s.tally && s.wordCount > 0 && len(places) >= s.wordCount {
		s.tally = false // "tres bloqueos en Culiacán, Navolato y Elota": one in each (actcount.go)
	}
	if !s.tally && s.aggregate && townList(places) && maxFigure(s.figures) > len(places) {
		// "suman 19 personas detenidas ... en los municipios de
		// Culiacán, Navolato y Elota", "seven victims were killed in
		// separate incidents in León, Celaya, Salamanca and Silao":
		// people counted over a period or over separate acts in three
		// or more towns of one state, a tally of the state, not one act
		// in each town.
		s.tally = true
	}
	if !s.tally && s.aggregate && s.typ.Violent() && victims(s.figures) >= 10 && (stateTotal(s.places) || stateTotal(places) || len(places) == 0 && theStateWords.in(c.text.Folded[s.fStart:s.fEnd])) {
		// "Thirty-four people were murdered in Guanajuato on Saturday and
		// Sunday"; "14 personas en Sinaloa, según el conteo: nueve en
		// Culiacán, tres en Navolato..." (the parts of the total);
		// "GUANAJUATO, Gto.- Un total de 21 personas fueron asesinadas en
		// el estado entre el viernes y el domingo" (the dateline's state).
		s.tally = true
	}
	if !s.tally && s.typ == model.SecurityOperation && detainees(s.figures) >= 10 && sinceDay(c.text.Folded[s.fStart:s.fEnd]) && (stateTotal(s.places) || stateTotal(places)) {
		// "Federal and state forces have arrested 19 people in Sinaloa
		// since Tuesday": the arrests of a state counted over the days
		// since, as "suman 19 personas detenidas desde el martes".
		s.tally = true
	}
	afterTally := false
	if s.tally && !s.tallyUnit && !s.tallyCountry {
		if h, at, ok := tallyAfterAct(c, s); ok {
			s.tally, afterTally = false, true
			s.typ, s.weight, s.cuePos = h.typ, h.weight, h.start
			var figs []figure
			for _, f := range s.figures {
				if f.start >= at {
					figs = append(figs, f)
				}
			}
			s.figures = figs
		}
	}
	if s.tally && statisticBeside(c, s, out) {
		return out
	}
	if s.tally {
		d := draft{typ: s.typ, weight: s.weight, sents: []int{i}, firstSent: i, lastSent: i, tally: true, cuePos: s.cuePos, figures: append(s.figures, cueCounts(c.text.Folded, s)...)}
		d.local = (s.periodTally || len(c.sents) <= 2) && !s.tallyCountry && !s.tallyUnit
		d.addActors(s.actors)
		states := map[string]bool{}
		var st placeRef
		for _, p := range s.places {
			if p.place.StateCode != "" {
				states[p.place.StateCode] = true
				st = p
			}
		}
		if len(states) > 1 && s.tallyUnit && !s.tallyCountry {
			// "siete bloqueos en cinco municipios de Nuevo León ..., la
			// mayoría en la carretera que une Monterrey con la ciudad
			// fronteriza de Nuevo Laredo": the one state named as a state
			// holds the municipalities counted; a town of another state
			// is a road's end or a landmark.
			var named []placeRef
			for _, p := range s.places {
				if p.place.Kind == gazetteer.State && !slices.ContainsFunc(named, func(q placeRef) bool { return q.place.StateCode == p.place.StateCode }) {
					named = append(named, p)
				}
			}
			if len(named) == 1 {
				states = map[string]bool{named[0].place.StateCode: true}
				st = named[0]
			}
		}
		if len(states) > 1 && !s.tallyUnit && !s.tallyCountry {
			if p, ok := colonLead(c.r.Text, s); ok {
				// "Juarez: 10 executions on Saturday, 4 killed in
				// Alamos bar": the lead names where the count is.
				states = map[string]bool{p.place.StateCode: true}
				st = p
			}
		}
		from := fromSentence
		if p, ok := stateOfDateline(c, s); ok && len(states) == 0 && !s.tallyCountry {
			states[p.place.StateCode], st = true, p // "MONTERREY, NL.- ... en seis municipios del estado" (tally.go)
		}
		if len(states) == 0 && !s.tallyCountry {
			// "Violence goes on in Tijuana; 4 executed": the tally's
			// sentence names no place, the report names one state.
			st = reportState(c, states)
			from = fromReport
		}
		if len(states) == 1 && !s.tallyCountry {
			d.place = placeRef{text: st.text, place: gazetteer.Place{ID: -1, Kind: gazetteer.State, StateCode: st.place.StateCode}, score: st.score}
			if st.place.Kind == gazetteer.State {
				d.place = st
			}
			ps := s.places
			if from == fromReport {
				ps = c.refs
			}
			if m, ok := oneTown(ps); ok && !s.tallyUnit {
				// "Bloody weekend in TJ: 9 murdered" (and "Playas de
				// Tijuana" beside it): a count for one town.
				d.place = m
			}
			d.placeFrom = from
		} else if !d.local || len(states) > 0 {
			d.place = placeRef{place: gazetteer.Place{ID: -2, Kind: gazetteer.Country}}
			d.placeFrom = fromSentence
		}
		// A following tally sentence of the same type adds to this one.
		if n := len(out); n > 0 && out[n-1].tally && out[n-1].typ == s.typ && out[n-1].lastSent >= i-1 {
			out[n-1].addSent(i, s)
			return out
		}
		if t := remainderOf(c, out, s, d); t != nil {
			t.addSent(i, s)
			return out
		}
		return append(out, d)
	}
	if c.feed != nil {
		places = nil
	}
	another := afterTally || s.series || anotherAct(c.plain.Sub(s.start, max(s.start, s.cuePos)).Folded) || lagOf(lagDaysIn(&c.cues, c.text.Folded, s.fStart, s.fEnd))
	if n := len(out); !another && n > 0 && !out[n-1].tally && out[n-1].lastSent < i && s.typ == out[n-1].typ && len(places) > 0 && !namesPlace(places, &out[n-1]) && auxOnly(lastClause(c.plain.Sub(s.start, max(s.start, s.cuePos)).Folded)) && otherAfterCue(c, s) {
		// "Asimismo, en Tlaquepaque, se encontró el cadáver de otro
		// hombre", "En Tlaquepaque, fue asesinado a balazos otro
		// hombre": "otro" told after the verb in a place of its own, as
		// anotherAct reads it before ("Ahí mismo, fue asesinado otro
		// hombre que lo acompañaba" is the act told).
		another = true
	}
	if n := len(out); !another && n > 0 && !out[n-1].tally && out[n-1].lastSent < i && daysBefore(c.text.Folded[s.fStart:s.fEnd]) > 0 {
		// "La víspera, un comando armado había disparado contra ...":
		// an earlier day's act (sequel.go).
		another = true
	}
	if n := len(out); !another && n > 0 && !out[n-1].tally && out[n-1].lastSent < i && out[n-1].typ.Violent() && s.typ.Violent() && c.lapsedAct(s) {
		// "En el ataque contra la fiesta familiar de la colonia …,
		// ocurrido dos horas y media después, murieron cuatro personas":
		// an act named by a definite noun whose clause sets it hours from
		// the one told is another act (lapseact.go, follow29).
		another = true
	}
	if n := len(out); !another && n > 0 && !out[n-1].tally && out[n-1].lastSent < i && laterAct(c.plain.Sub(s.start, max(s.start, s.cuePos)).Folded, out[n-1].typ, s.typ) {
		// "Horas más tarde, desconocidos incendiaron una camioneta"
		// after a shooting: another act, later that day.
		another = true
	}
	if n := len(out); !another && n > 0 && !out[n-1].tally && out[n-1].lastSent < i && shooting(out[n-1].typ) && s.typ != model.Homicide && shooting(s.typ) && !s.anaphoric &&
		(laterLapse(c.plain.Sub(s.start, max(s.start, s.cuePos)).Folded) || e.hoursApart(c, &out[n-1], s, 3*time.Hour)) {
		// "About two and a half hours later, men on a motorcycle shot at
		// patrons of a second bar", "Y alrededor de las 13:00 horas, un
		// agente fue asesinado a balazos" after a shooting told at 22:40:
		// a shooting hours after the one told, another act (a death told
		// later is the first act's toll).
		another = true
	}
	if n := len(out); !another && n > 0 && e.burningApart(c, &out[n-1], i, s, places) {
		// "A las 14:10 horas, en la misma vía, a la altura de la colonia
		// Puerta del Sol, fue atravesado e incendiado un autobús" after a
		// tractor-trailer burnt there at 07:25: a burning hours after
		// the one told, at another point of the town, is another act.
		another = true
	}
	if n := len(out); !another && n > 0 && out[n-1].lastSent < i && out[n-1].typ.Violent() && (len(places) == 0 || out[n-1].place.place.MunicipalityCode == "" || out[n-1].placeFrom != fromSentence) && firstOfCounted(c.text.Folded, &out[n-1], c, c.plain.Sub(s.start, max(s.start, s.cuePos)).Folded) {
		// "Gunmen attacked two bars ... In the first attack, late on
		// Thursday, ...": the first of the acts the lead counted, told on
		// its own (countedOverviews drops the lead). One placed in a
		// town of the lead's ("El primer bloqueo se registró en El
		// Colomo" after "Dos bloqueos ... Manzanillo") is the lead's
		// place told; not when the lead's town is only the dateline's
		// ("CULIACÁN.- Dos ataques ... El primero ocurrió ... en
		// Culiacán": art17, countedlead_test.go).
		another = true
		s.countedLead = out[n-1].firstSent + 1
		if s.typ == model.Homicide && shooting(out[n-1].typ) {
			s.typ = out[n-1].typ // told by its toll: one of the attacks
		}
	}
	if n := len(out); another && !afterTally && !s.series && n > 0 && out[n-1].typ == s.typ && !out[n-1].tally && out[n-1].lastSent >= i-2 && (ordinalVictim(c.plain.Sub(s.start, max(s.start, s.cuePos)).Folded) || ordinalWounded(c.plain.Sub(s.start, s.end).Folded)) {
		// "Gunmen killed two officers ... a third officer was wounded":
		// one more victim of the act just told, not a third act.
		another = false
	}
	if n := len(out); n > 0 && !another && !out[n-1].tally && out[n-1].lastSent < i && e.foldedAct(c, &out[n-1], s, len(places) > 0) {
		// "Cerca de las 19:10 horas, ..., otro grupo disparó contra una
		// gasolinera y arrojó una bomba molotov", "Apenas ayer, un
		// comando quemó una tienda en Ciudad Renacimiento": another act
		// in a sentence of its own (foldedacts.go).
		another = true
	}
	if n := len(out); n > 0 && !another && (!s.anaphoric || subjectAfterCue(c, s)) && !out[n-1].tally && out[n-1].lastSent < i && s.cuePos > s.start && lapseAct(c.plain.Sub(s.start, s.cuePos).Folded, c.text.Folded[c.sents[out[n-1].firstSent].fStart:c.sents[out[n-1].firstSent].fEnd], func() bool { return subjectAfterCue(c, s) }, out[n-1].typ, s.typ) {
		// "Horas antes, hacia las 14:10 horas, dos jóvenes fueron
		// asesinados": new people, hours from the act told before, are
		// another act (lapseact.go).
		another = true
	}
	if n := len(out); n > 0 && !another && !out[n-1].tally && out[n-1].lastSent < i && colonLapse(c.plain.Sub(s.start, s.end).Folded, out[n-1].typ, s.typ) {
		// "Fue el segundo bloqueo del día en esa vía: durante la
		// madrugada, otro grupo quemó un tráiler": the same, in the
		// clause after a frame's colon, whose definite "el segundo
		// bloqueo" names the new act, not the one told (lapseact.go).
		another = true
	}
	if n := len(out); n > 0 && !another && !out[n-1].tally && out[n-1].lastSent < i && out[n-1].typ.Violent() && s.typ.Violent() && s.cuePos > s.start && alsoInvestigated(c.plain.Sub(s.start, s.cuePos).Folded) {
		// "La Fiscalía investiga igualmente el homicidio de dos hombres
		// … en un autolavado": what an authority also investigates is
		// another act (recall29.go).
		another = true
	}
	if n := len(out); n > 0 && !another && out[n-1].lastSent < i && chronicleStep(c, &out[n-1], s) {
		// "Around noon, gunmen doused a used-car lot … and set it
		// ablaze" after a man shot dead in the morning: a chronicle's
		// next act (chronicle.go).
		another = true
	}
	if n := len(out); n > 0 && !another && len(places) == 0 && e.dayShift(c, &out[n-1], s) {
		// "On Friday night, two young men ... were shot dead. On
		// Saturday morning, residents ... found the body of a man": a
		// sentence opening with another day than the one before tells
		// another act.
		another = true
	}
	if !another {
		if k := retoldAct(c, out, i, s, places); k >= 0 {
			// "Bomberos de Centro controlaron el incendio" after a shop
			// set on fire in Centro; "El comerciante fue privado de la
			// libertad cuando cerraba su negocio" after the rescue of "un
			// comerciante ... que había sido secuestrado": the act told
			// before, named again, not another.
			out[k].addSent(i, s)
			return out
		}
	}
	if len(places) == 0 {
		// Follow-up sentence: merge with the previous incident of the same
		// type when it is close, unless it tells another act.
		if n := len(out); n > 0 && !another {
			last := &out[n-1]
			consequence := s.typ == model.Homicide && last.lastSent == i-1 && c.sents[last.lastSent].para == s.para && consequenceOf(last.typ)
			if last.tally && last.typ == s.typ && last.lastSent >= i-2 && len(s.figures) == 0 && !opensWithDay(c, s) {
				// "Most blockades were cleared within hours." ("On
				// Thursday night, armed men forced ..." is one of the
				// acts counted, told on its own: roundup.go.)
				last.addSent(i, s)
				return out
			}
			if !last.tally && (last.typ == s.typ && last.lastSent >= i-2 || consequence) && !last.fromTitle {
				if consequence && last.typ == model.BusinessAttack && c.sents[last.firstSent].venueShooting && victims(s.figures) > 0 {
					// "sujetos dispararon desde la entrada del bar ...;
					// ahí murieron dos hombres": people shot in a bar,
					// an armed attack (classify's venueShooting).
					last.typ = model.ArmedAttack
				}
				if !last.split {
					last.addSent(i, s)
					return out
				}
				// one sentence, several places: the follow-up supports
				// them all, but its figures cannot be divided.
				first := last.firstSent
				for k := n - 1; k >= 0 && out[k].split && out[k].firstSent == first; k-- {
					out[k].sents = append(out[k].sents, i)
					out[k].lastSent = i
					out[k].addActors(s.actors)
				}
				return out
			}
		}
		if n := len(out); n > 0 && !another && s.anaphoric && !out[n-1].tally && out[n-1].lastSent >= i-3 && out[n-1].lastSent < i && len(s.figures) == 0 {
			// "Los pobladores atribuyeron el ataque a un grupo armado":
			// the act just told, named again.
			last := &out[n-1]
			last.addSent(i, s)
			return out
		}
		if n := len(out); n > 0 && !another && e.supports(c, &out[n-1], i, s) {
			// A detail of the incident just told ("en el lugar quedaron
			// casquillos", "one guardsman was wounded"), not a new act.
			last := &out[n-1]
			first := last.firstSent
			if !last.split {
				last.addSent(i, s)
				return out
			}
			for k := n - 1; k >= 0 && out[k].split && out[k].firstSent == first; k-- {
				out[k].sents = append(out[k].sents, i)
				out[k].lastSent = i
			}
			return out
		}
		d := draft{typ: s.typ, weight: s.weight, sents: []int{i}, firstSent: i, lastSent: i, cuePos: s.cuePos, figures: s.figures, apart: another}
		d.addActors(s.actors)
		switch p, src := e.inherit(c, i, out); src {
		case fromNone:
		default:
			d.place, d.placeFrom = p, src
		}
		if c.feed != nil {
			d.placeFrom = fromFeed
		}
		return append(out, d)
	}
	hw := highwayOf(s.places)
	var opClause [2]int
	figs := s.figures
	var kid *draft // a kidnapping a relative clause tells, after the rescue
	if k, cue, state, ok := relativeKidnap(c, s, places); ok {
		// "rescued a grocer who was abducted from his shop in Tuxtepec on
		// Wednesday": the kidnapping the relative clause tells, in its
		// place, beside the rescue. The people kidnapped are counted on
		// the kidnapping, the arrests on the rescue.
		lo, hi := relativeClause(c, s, cue)
		opClause = [2]int{s.start, lo}
		if mainRescue(c.text.Folded, s, cue) >= 0 {
			opClause = [2]int{hi, s.end} // the rescue told after the clause
		}
		var kidFigs []figure
		figs = nil
		for _, fg := range s.figures {
			if fg.kind == "kidnapped" {
				kidFigs = append(kidFigs, fg)
			} else {
				figs = append(figs, fg)
			}
		}
		kd := draft{typ: model.Kidnapping, weight: cue.weight, sents: []int{i}, firstSent: i, lastSent: i, cuePos: cue.start, place: places[k], placeFrom: fromSentence, highway: hw, clause: [2]int{lo, hi}, figures: kidFigs}
		for _, a := range s.actors {
			if a.Kind != model.StateForce { // the forces are the rescue's
				kd.addActors([]model.Actor{a})
			}
		}
		// A past act comes first, as it happened; the victims' state
		// follows the rescue that ended it, which is the news.
		if state {
			kid = &kd
		} else {
			out = append(out, kd)
		}
		if places[k].start < lo || places[k].end > hi {
			// the rescue's town, shared (rescueTown): the rescue is there too
		} else {
			places = slices.Delete(slices.Clone(places), k, k+1)
		}
		if len(places) == 0 {
			d := draft{typ: model.SecurityOperation, weight: s.weight, sents: []int{i}, firstSent: i, lastSent: i, cuePos: s.cuePos, figures: figs, clause: opClause}
			d.addActors(s.actors)
			seen := out
			if state {
				seen = append(slices.Clip(out), kd)
			}
			if p, src := e.inherit(c, i, seen); src != fromNone {
				d.place, d.placeFrom = p, src
			}
			if state {
				return append(out, d, kd)
			}
			return append(out, d)
		}
	}
	var leadType model.IncidentType
	if opClause[1] == 0 && kid == nil {
		if d, t, ok := e.leadClause(c, i, s, places, out); ok {
			d.split = true // one sentence, two places: no after clause to split again
			// "Sujetos armados incendiaron dos vehículos ..., en tanto
			// que en Río Bravo fue atacada a balazos una patrulla": the
			// first act where the context places it.
			out = append(out, d)
			leadType = t
			var rest []figure
			for _, f := range figs {
				if f.start >= d.clause[1] {
					rest = append(rest, f)
				}
			}
			figs = rest
		}
	}
	types := placeTypes(c.r.Text, s, places)
	if leadType != "" && len(places) == 1 {
		types[0] = leadType
	}
	if opClause[1] > 0 {
		for k := range types {
			types[k] = model.SecurityOperation // the rescue's places
		}
	}
	if s.typ == model.Disruption {
		places = e.airports(c, s, places)
	}
	for pk, p := range places {
		typ := types[pk]
		// merge with an earlier incident of the same type and place,
		// unless the sentence tells another one ("otro vehículo")
		merged := false
		key := placeKey(p)
		for k := range out {
			if another && out[k].lastSent < i {
				continue
			}
			o := &out[k]
			if !o.tally && o.typ == typ && o.placeFrom != fromNone && placeKey(o.place) == key && (o.placeFrom == fromSentence || !conflicting(o.figures, s.figures)) {
				if o.lastSent != i {
					o.addSent(i, s)
				}
				merged = true
				break
			}
		}
		if merged {
			continue
		}
		// A previous incident of the same type with an inherited place
		// and a sentence close by takes this place.
		if n := len(out); n > 0 && len(places) == 1 && !another {
			last := &out[n-1]
			// So does one told of a whole state just before ("Four
			// gunmen were killed in a clash in southern Sonora. The
			// clash took place in Pueblo Yaqui"): the town is where in
			// that state, and the toll stays with the one act.
			inState := last.placeFrom == fromSentence && last.place.place.Kind == gazetteer.State && p.place.StateCode == last.place.place.StateCode && rank(p.place.Kind) <= 2 && len(c.sents[i].figures) == 0
			if !last.tally && last.typ == typ && (last.placeFrom > fromSentence || inState) && last.lastSent >= i-1 && !last.fromTitle && !conflicting(last.figures, s.figures) {
				last.addSent(i, s)
				last.place, last.placeFrom, last.highway = p, fromSentence, hw
				continue
			}
		}
		d := draft{typ: typ, weight: s.weight, sents: []int{i}, firstSent: i, lastSent: i, cuePos: s.cuePos, place: p, placeFrom: fromSentence, highway: hw, split: len(places) > 1 || leadType != "", clause: opClause, apart: another}
		d.addActors(s.actors)
		if len(places) > 1 {
			d.figures = nearestFigures(c.r.Text, figs, places, p)
			// "arrested three in Salamanca over an attack on a bar in
			// Irapuato that killed five": the bar's place, typed by its
			// words (placeTypes), with its dead.
			d.typ = guestsShot(d.typ, s.venue, d.figures)
		} else {
			d.figures = figs
		}
		out = append(out, d)
	}
	if kid != nil {
		out = append(out, *kid)
	}
	if d, ok := laggedAct(c, i, s, out); ok {
		out = append(out, d)
	}
	return out
}

// laggedAct returns the earlier act a sentence of one place tells in a
// clause after its own ("Un hombre fue asesinado ... en la colonia Las
// Joyas, apenas un día después de que dos hombres fueron ultimados en la
// misma colonia"): when the sentence told one act, a draft of the
// clause's cue at the same place, dated
// the lag's days before the sentence's time (lagged). Only a lag of a day
// or two: an act weeks before is background.
func laggedAct(c *reportCtx, i int, s *sentInfo, out []draft) (draft, bool) {
	if s.tally {
		return draft{}, false
	}
	var own *draft // the one draft the sentence told
	for k := range out {
		if slices.Contains(out[k].sents, i) {
			if own != nil || out[k].split || out[k].tally {
				return draft{}, false
			}
			own = &out[k]
		}
	}
	if own == nil {
		return draft{}, false
	}
	n, at := lagDaysIn(&c.cues, c.text.Folded, s.fStart, s.fEnd)
	if n <= 0 || n > 2 {
		return draft{}, false
	}
	lag := c.text.Orig(s.fStart + at)
	if s.cuePos >= lag {
		return draft{}, false // the sentence's own act is the lagged one
	}
	for _, h := range s.cues {
		if h.start <= lag || !h.typ.Violent() {
			continue
		}
		return lagDraft(i, h, own), true
	}
	// "dos días después del ataque armado contra una familia": the act
	// named after the lag's article was set aside as one the sentence
	// refers to (afterRef); it is the earlier act unless the report told
	// one of its family before.
	for _, h := range s.refCues {
		if h.start <= lag || !h.typ.Violent() || toldBefore(out, i, h.typ) {
			continue
		}
		return lagDraft(i, h, own), true
	}
	return draft{}, false
}

// lagDraft is the draft of the act of cue h that sentence i tells as a lag
// before own's, placed where own is (laggedAct).
func lagDraft(i int, h cueHit, own *draft) draft {
	return draft{typ: h.typ, weight: h.weight, sents: []int{i}, firstSent: i, lastSent: i, cuePos: h.start,
		place: own.place, placeFrom: own.placeFrom, highway: own.highway, lagged: true}
}

// airports moves a disruption told of a city's airport ("flights to
// Guadalajara were cancelled after the airport suspended operations") to
// the airport itself, which may lie in another municipality (Guadalajara's
// is in Tlajomulco de Zúñiga).
func (e *Extractor) airports(c *reportCtx, s *sentInfo, places []placeRef) []placeRef {
	f := c.text.Folded[s.fStart:s.fEnd]
	if e.geo == nil || !strings.Contains(f, "aeropuerto") && !strings.Contains(f, "airport") {
		return places
	}
	out := places
	for k, p := range places {
		if p.place.Kind != gazetteer.Municipality {
			continue
		}
		for _, r := range e.geo.places("aeropuerto de "+p.place.Name, "") {
			if r.place.Kind == gazetteer.Airport && r.place.StateCode == p.place.StateCode {
				if &out[0] == &places[0] {
					out = append([]placeRef(nil), places...)
				}
				r.start, r.end, r.text = p.start, p.end, p.text
				out[k] = r
				break
			}
		}
	}
	return out
}

// anotherAct reports whether the folded words f before a sentence's cue say it
// tells another act than the one before ("Más temprano, otro vehículo había
// sido quemado", "another bus was torched"), not a detail of it.
func anotherAct(f string) bool {
	if dayLag(f) || hourLag(f) || otherCaseOpener(f) || alsoInOpener(f) {
		return true
	}
	// Each word read below holds one of these.
	if !anotherWords.in(f) {
		return false
	}
	if countedAgain(strings.Fields(f)) {
		return true
	}
	if k := strings.LastIndexAny(f, ":;,"); k >= 0 {
		f = f[k+1:] // the cue's own clause: not "Another weekend: 15 murdered"
	}
	ws := strings.Fields(f)
	if len(ws) > 8 {
		ws = ws[len(ws)-8:] // "another store of the same chain was burned"
	}
	for k, w := range ws {
		switch w {
		case "otro", "otra", "otros", "otras", "another":
			if k > 0 && (ws[k-1] == "por" || ws[k-1] == "entre" || ws[k-1] == "tras" || ws[k-1] == "el" || ws[k-1] == "la" || ws[k-1] == "on") {
				continue // "por otro lado", "entre otros", "el otro", "on another"
			}
			return true
		case "segundo", "segunda", "tercer", "tercero", "tercera", "second", "third":
			// "se reportó un segundo bloqueo", "a second blockade": an
			// act counted after the one before; not "por segunda vez",
			// "el segundo día", "a second time".
			if k > 0 && (ws[k-1] == "por" || ws[k-1] == "for") || k+1 < len(ws) && ordinalOf(ws[k+1]) {
				continue
			}
			return true
		}
	}
	return false
}

// otherCaseOpener reports whether folded words f open with a phrase that
// sets what follows apart as another case ("En otro hecho, en Iguala,",
// "En un hecho distinto,", "In a separate incident,"): news of several
// acts marks the next one so, whatever its toll or place.
func otherCaseOpener(f string) bool {
	f = trimLeftSet(f, " \"'«“-—")
	if len(f) < 3 || f[0] != 'e' && f[0] != 'i' || f[1] != 'n' || !asciiSpace(f[2]) {
		return false // (a cheap test of the first word, "en" or "in", first)
	}
	head, _, ok := strings.Cut(f, ",")
	if !ok {
		return false
	}
	var buf [6]string
	ws := appendFields(buf[:0], head, 6)
	if len(ws) < 3 || len(ws) > 5 || ws[0] != "en" && ws[0] != "in" {
		return false
	}
	noun := false
	other := false
	for _, w := range ws[1:] {
		switch w {
		case "hecho", "hechos", "caso", "suceso", "incidente", "evento", "ataque", "incident", "attack", "case", "shooting":
			noun = true
		case "otro", "otra", "distinto", "distinta", "diferente", "aparte", "separado", "separate", "another", "unrelated", "different":
			other = true
		case "un", "una", "a", "por":
		default:
			return false
		}
	}
	return noun && other
}

// anotherWords are what each word anotherAct reads holds.
var anotherWords = newNeedles("otr", "another", "segund", "tercer", "second", "third")

// burning reports whether acts of type t set something on fire.
func burning(t model.IncidentType) bool {
	return t == model.Arson || t == model.BusinessAttack || t == model.Blockade
}

// retoldAct returns the index among out of the act that sentence i
// tells again, or -1: a sentence with no time and no toll of its own
// (but its one victim),
// placed nowhere or only in that act's municipality, that names it with a
// definite article ("el incendio" after a shop set on fire: a fire is what
// any burning leaves) or names its victim so ("El comerciante fue privado
// de la libertad cuando ..." after "un comerciante ... secuestrado").
func retoldAct(c *reportCtx, out []draft, i int, s *sentInfo, places []placeRef) int {
	if len(s.times) > 0 || !s.typ.Violent() {
		return -1
	}
	one := true // the sentence counts no one, or its one victim
	for _, fg := range s.figures {
		one = one && fg.n <= 1
	}
	if !one {
		return -1
	}
	f := c.text.Folded
	fire := (len(s.figures) == 0 || onlyNone(s.figures)) && burning(s.typ) && (s.anaphoric && fireNoun(c.plain.Sub(s.cuePos, min(s.cuePos+16, s.end)).Folded) || putOutWords.in(f[s.fStart:s.fEnd]))
	if k := firesRetold(c, out, i, places); fire && k >= 0 {
		return k
	}
	if fire && len(places) > 0 && !slices.ContainsFunc(places, func(p placeRef) bool { return !crewTown(c, s, p) }) {
		places = nil // "bomberos de Chilpancingo sofocaron el fuego": the crew's town, not the fire's
	}
	for k := len(out) - 1; k >= 0; k-- {
		d := &out[k]
		if d.tally || d.denial || d.split || d.lastSent >= i || d.lastSent < i-3 {
			continue
		}
		if mu := d.place.place.MunicipalityCode; len(places) > 0 {
			if mu == "" {
				if fire && s.typ != d.typ && burning(d.typ) {
					return k // "Bomberos de Cajeme controlaron el incendio" after a burning placed in no town
				}
				continue
			}
			other := false
			for _, p := range places {
				other = other || p.place.MunicipalityCode != mu
			}
			if other {
				continue
			}
		}
		if fire && s.typ != d.typ && burning(d.typ) {
			return k
		}
		if s.typ != d.typ {
			continue
		}
		if n := definiteSubject(f[s.fStart:s.fEnd]); n != "" {
			for _, j := range d.sents {
				t := " " + f[c.sents[j].fStart:c.sents[j].fEnd]
				if strings.Contains(t, " un "+n) || strings.Contains(t, " una "+n) || strings.Contains(t, " a "+n) || strings.Contains(t, " an "+n) {
					return k
				}
			}
		}
	}
	return -1
}

// firesRetold returns the index among out of the last of the burnings told
// in the paragraph of sentence i, or the three sentences before it, when
// each of the places a sentence naming their fires gives is the town of
// one of them ("Bomberos de Guadalajara y de Zapopan controlaron los
// incendios" after a pharmacy firebombed in Guadalajara and a tyre shop
// set on fire in Zapopan), or -1.
func firesRetold(c *reportCtx, out []draft, i int, places []placeRef) int {
	if len(places) < 2 {
		return -1 // one place: retoldAct's own test
	}
	last := -1
	for _, p := range places {
		found := false
		for k := len(out) - 1; k >= 0; k-- {
			d := &out[k]
			if d.tally || d.denial || d.lastSent >= i || d.lastSent < i-3 && c.sents[d.lastSent].para != c.sents[i].para || !burning(d.typ) {
				continue
			}
			if mu := d.place.place.MunicipalityCode; mu != "" && mu == p.place.MunicipalityCode {
				found, last = true, max(last, k)
				break
			}
		}
		if !found {
			return -1
		}
	}
	return last
}

// putOutWords tell a fire put out (folded): the fire of a burning told
// before, not another act ("hasta que bomberos sofocaron el fuego y una
// grúa retiró los restos calcinados").
var putOutWords = newNeedles("sofocaron el fuego", "sofocaron el incendio", "sofocaron las llamas", "sofocaron los incendios", "controlaron el fuego", "controlaron el incendio", "apagaron el fuego", "apagaron las llamas", "extinguieron el fuego", "extinguished the", "put out the", "put out a fire", "brought the fire under control")

// motiveOf reports whether intimidation sentence i, with no time or toll
// of its own, follows an attack on a business told in one of the three
// sentences before it and names no town but that act's (its state at
// most): extortion named as the attack's motive.
func motiveOf(c *reportCtx, out []draft, i int, places []placeRef) bool {
	last := &out[len(out)-1]
	if last.tally || last.denial || last.typ != model.BusinessAttack || last.lastSent >= i || last.lastSent < i-3 {
		return false
	}
	for _, p := range places {
		if p.place.StateCode != last.place.place.StateCode || p.place.MunicipalityCode != "" && p.place.MunicipalityCode != last.place.place.MunicipalityCode {
			return false
		}
	}
	return true
}

// crewHeads, right before a town's name (folded), name it as the home of
// the crew that came to put a fire out.
var crewHeads = []string{"bomberos de", "bomberos del municipio de", "bomberos municipales de", "firefighters from", "firefighters of", "firefighters in", "proteccion civil de"}

// crewTown reports whether place p of sentence s is named as the town of
// the firefighters who put a fire out ("bomberos de Chilpancingo
// sofocaron el fuego", "firefighters from Cajeme"), whose station need
// not be where the fire was.
func crewTown(c *reportCtx, s *sentInfo, p placeRef) bool {
	if p.start <= s.start || p.start > s.end {
		return false
	}
	before := strings.TrimRight(c.plain.Sub(max(s.start, p.start-32), p.start).Folded, " ")
	for _, h := range crewHeads {
		if strings.HasSuffix(before, h) {
			return true
		}
	}
	return false
}

// fireNoun reports whether folded text f opens with a noun for a fire.
func fireNoun(f string) bool {
	for _, w := range []string{"incendio", "fuego", "llamas", "siniestro", "fire", "blaze", "flames"} {
		if strings.HasPrefix(f, w) {
			return true
		}
	}
	return false
}

// definiteSubject returns the noun of a definite subject that opens folded
// sentence f ("El comerciante fue ...", "The woman was ..."), or "".
func definiteSubject(f string) string {
	ws := strings.Fields(f)
	if len(ws) < 3 {
		return ""
	}
	switch ws[0] {
	case "el", "la", "the", "dicho", "dicha":
	default:
		return ""
	}
	n := strings.TrimRight(ws[1], ",.;:")
	if len(n) < 4 || n != ws[1] {
		return ""
	}
	return n + " "
}

// ordinalVictim reports whether folded words f, those before a cue,
// count a person with an ordinal ("a third officer was", "un tercer
// agente"): a victim counted among others, not an act.
func ordinalVictim(f string) bool {
	ws := strings.Fields(f)
	for k := max(0, len(ws)-6); k+1 < len(ws); k++ {
		switch ws[k] {
		case "segundo", "segunda", "tercer", "tercero", "tercera", "second", "third":
			if personNoun(ws[k+1]) {
				return true
			}
		}
	}
	return false
}

// personNoun reports whether folded word w names a person an act hits
// ("un tercer agente", "a second officer"), whom an ordinal counts among
// the victims of one act.
func personNoun(w string) bool {
	switch w {
	case "agente", "elemento", "policia", "militar", "soldado", "guardia", "marino", "hombre", "mujer", "persona", "joven", "menor", "lesionado", "herido", "civil",
		"officer", "policeman", "agent", "soldier", "guardsman", "marine", "trooper", "man", "woman", "person", "civilian", "victim", "bystander":
		return true
	}
	return false
}

// ordinalOfSeries reports whether folded words f, those before a
// sentence's cue, end by counting the act in a series with a copula and an
// ordinal: "Es el segundo", "Se trata del tercer", "It was the second
// (such)", "This is the third". "El segundo ataque ocurrió en ..." opens a
// sentence with its subject and tells another act (countedAgain).
func ordinalOfSeries(f string) bool {
	var buf [4]string
	ws := tailFields(buf[:0], f, 4)
	n := len(ws)
	if n > 0 && (ws[n-1] == "such" || ws[n-1] == "similar") {
		n--
	}
	if n < 3 {
		return false
	}
	switch ws[n-1] {
	case "segundo", "segunda", "tercer", "tercero", "tercera", "cuarto", "cuarta", "quinto", "quinta", "sexto", "sexta",
		"second", "third", "fourth", "fifth", "sixth":
	default:
		return false
	}
	switch ws[n-2] {
	case "el", "la", "del", "de", "the":
	default:
		return false
	}
	switch ws[n-3] {
	case "es", "fue", "seria", "sera", "era", "trata", "tratase", "suma", "marca", "is", "was", "marks", "marked", "be", "it's":
		return true
	}
	return false
}

// Readings of a sentence that counts its act in a series (seriesCount).
const (
	seriesNone   = iota // no count of a series
	seriesJoins         // the count joins the act just told ("Es el segundo ataque")
	seriesCounts        // the count only counts it, in a period ("Second homicide in the city today.")
)

// seriesCount reads sentence s as counting its act, of a series, by an
// ordinal before its cue: after a verb ("Es el segundo ataque", "It was
// the third such attack"; ordinalOfSeries) with no toll of its own, it
// joins the act just told; with only the toll of a multiple ("It was the
// second double killing in the state this month"), or opening a fragment
// that counts in a period ("Second homicide in the city today."), it
// counts it.
func (c *reportCtx) seriesCount(s *sentInfo) int {
	if s.cuePos <= s.end && !c.cues.any(cueOrdinals, c.text.Folded, s.fStart, s.fEnd) {
		return seriesNone // every count of a series has an ordinal before the cue
	}
	before := c.plain.Sub(s.start, max(s.start, s.cuePos)).Folded
	var buf [4]string
	ws := tailFields(buf[:0], before, 4)
	cue := c.plain.Sub(max(s.start, s.cuePos), s.end).Folded
	if k := strings.IndexByte(cue, ' '); k > 0 {
		cue = cue[:k]
	}
	switch n := len(ws); {
	case multiples[cue] && ordinalOfSeries(before): // "Es el segundo doble homicidio"
		return seriesCounts
	case n > 0 && multiples[ws[n-1]]:
		if ordinalOfSeries(before[:len(strings.TrimRight(before, " "))-len(ws[n-1])]) {
			return seriesCounts
		}
	case len(s.figures) > 0:
	case n == 1 && ordinalWord(ws[0]):
		if containsAny(c.text.Folded[s.fStart:s.fEnd], periodWords...) {
			return seriesCounts
		}
	case ordinalOfSeries(before):
		return seriesJoins
	}
	return seriesNone
}

// ordinalStems are the stems of the ordinals the rules read
// (ordinalOfSeries, ordinalWord, ordinalIn), folded: a sentence or a
// lead without one counts no act of a series (cueOrdinals).
var ordinalStems = []string{"prim", "segund", "tercer", "cuart", "quint", "sext", "first", "second", "third", "fourth", "fifth", "sixth"}

// multiples count the victims of an act by a multiple of one ("doble
// homicidio", "triple killing").
var multiples = map[string]bool{"doble": true, "triple": true, "double": true, "multiple": true, "multiples": true}

// periodWords close the period a count of acts runs over ("today", "en
// lo que va del mes").
var periodWords = []string{" today", " this week", " this month", " this year", " so far", " hoy", " del dia", " en el dia",
	" en la jornada", " esta semana", " este mes", " este ano", " en lo que va"}

// ordinalWord reports whether w is an ordinal of a series' later act.
func ordinalWord(w string) bool {
	switch w {
	case "segundo", "segunda", "tercer", "tercero", "tercera", "cuarto", "cuarta", "quinto", "quinta",
		"second", "third", "fourth", "fifth":
		return true
	}
	return false
}

// countedAgain reports whether folded words ws open with a definite
// ordinal ("El segundo, ...") or count a second or third place or act
// with an indefinite article ("se reportó un segundo punto,
// ..., donde ardía una pipa", "a second site"), in any clause: the
// sentence tells another act than the one before.
func countedAgain(ws []string) bool {
	if len(ws) >= 2 && (ws[0] == "el" || ws[0] == "la" || ws[0] == "the") {
		// "The second, at kilometer 184, was reported at 7:20 p.m.": a
		// sentence opened by an ordinal tells the next of acts counted
		// before, not "El segundo día", "the second time".
		switch strings.Trim(ws[1], ".,;:") {
		case "segundo", "segunda", "tercer", "tercero", "tercera", "second", "third":
			if len(ws) == 2 || !ordinalOf(strings.Trim(ws[2], ".,;:")) {
				return true
			}
		}
	}
	for k := 0; k+2 < len(ws); k++ {
		switch ws[k] {
		case "un", "una", "a":
		default:
			continue
		}
		switch ws[k+1] {
		case "segundo", "segunda", "tercer", "tercero", "tercera", "second", "third":
			switch strings.Trim(ws[k+2], ".,;:") {
			case "punto", "sitio", "bloqueo", "ataque", "hecho", "incidente", "incendio", "enfrentamiento", "evento",
				"point", "site", "spot", "location", "blockade", "attack", "incident", "fire", "clash":
				return true // not "un tercero falleció", "a second man"
			}
		}
	}
	return false
}

// lagOpeners open the act a lag is counted from (lagDays).
var lagOpeners = []string{"despues de que ", "luego de que ", "after ", "despues del ", "despues de la ", "luego del ", "luego de la "}

// lagOpenerNeedles are lagOpeners, made to be searched for together.
var lagOpenerNeedles = newNeedles(lagOpeners...)

// lagDaysIn is lagDays(f[lo:hi]), with found where the cue lists' phrases
// occur in f, or nil.
func lagDaysIn(found *cueHits, f string, lo, hi int) (int, int) {
	if !found.any(cueLag, f, lo, hi) {
		return 0, 0
	}
	return lagUnits(f[lo:hi])
}

// dayLag reports whether folded f, the words before a cue, puts the cue's
// act a day or more before the act the sentence tells ("El ataque ocurrió
// un día después de que sujetos armados incendiaran", "two days after
// gunmen burned"): another act, on another day, whatever its place. An
// hour's lag ("horas después de que") may be the same act told again.
func dayLag(f string) bool {
	return lagOf(lagDays(f))
}

// hourUnits are the folded words of a lapse of hours or minutes.
var hourUnits = []string{"hora", "horas", "minutos", "hour", "hours", "minutes"}

// hourLag reports whether folded f, the words before a cue, tells the cue's
// act as one hours or minutes before an act the sentence names again and
// says took place ("The attack came about two hours after a man was shot
// dead", "El ataque ocurrió unas dos horas después de que un hombre fue
// asesinado"): another act than the one named, whatever its place. A
// lapse alone ("murió horas después de que fue atacado") may tell the same
// act's toll.
func hourLag(f string) bool {
	if !containsAny(f, " hora", " hour", " minut") {
		return false
	}
	for _, opener := range [...]string{" after ", " despues de que ", " luego de que "} {
		k := strings.LastIndex(f, opener)
		if k < 0 {
			continue
		}
		ws := strings.Fields(f[:k])
		if len(ws) < 3 || !slices.Contains(hourUnits, ws[len(ws)-1]) {
			continue
		}
		head := strings.Join(ws[:len(ws)-1], " ")
		return tookPlaceWords.in(head)
	}
	return false
}

// lagOf reports whether lagDays found a lag of n days.
func lagOf(n, _ int) bool {
	return n > 0
}

// lagDays returns the number of days dayLag finds in f (a week is seven;
// "días" with no number, one), or 0, and the offset in f of the words
// telling the lag.
func lagDays(f string) (int, int) {
	if !lagOpenerNeedles.in(f) {
		return 0, 0 // no lag follows a unit
	}
	return lagUnits(f)
}

// lagUnits is lagDays of an f that holds one of lagOpeners.
func lagUnits(f string) (int, int) {
	if !unitBeforeOpener(f) {
		return 0, 0 // the loop below would find none
	}
	for _, unit := range lagUnitWords {
		for k := indexSpaced(f, unit); k >= 0; {
			rest := f[k+len(unit):]
			if hasAnyPrefix(rest, lagOpeners...) {
				n := 1
				ws := strings.Fields(f[:k])
				if len(ws) > 0 {
					if v, ok := smallNumber(ws[len(ws)-1]); ok {
						n, ws = v, ws[:len(ws)-1]
					}
				}
				if len(ws) == 0 {
					// "Un día después de que quemaron un bus, la policía
					// detuvo a tres": the act told is the later one.
					return 0, 0
				}
				if strings.HasPrefix(unit, " semana") || strings.HasPrefix(unit, " week") {
					n *= 7
				}
				return n, k
			}
			m := indexSpaced(rest, unit)
			if m < 0 {
				break
			}
			k += len(unit) + m
		}
	}
	return 0, 0
}

// lagUnitWords are the units of a lag, each between spaces.
var lagUnitWords = []string{" dia ", " dias ", " day ", " days ", " semana ", " semanas ", " week ", " weeks "}

// unitBeforeOpener reports whether one of lagUnitWords ends right where
// one of lagOpeners begins in f: the lags lagUnits looks for. f holds
// few openers and many spaces, so finding the openers first reads f
// fewer times than finding the units.
func unitBeforeOpener(f string) bool {
	for _, o := range lagOpeners {
		for p := range overlapping(f, o) {
			for _, u := range lagUnitWords {
				if strings.HasSuffix(f[:p], u) {
					return true
				}
			}
		}
	}
	return false
}

// relativeKidnap finds, in a sentence of a security operation ("rescued a
// grocer", "liberaron a un comerciante"), a kidnapping told in a relative
// clause about its victim ("who was abducted from his shop in Tuxtepec",
// "que fue privado de la libertad el miércoles en Salvatierra", "que
// permanecían secuestrados en una casa de Tapachula") with a place of its
// own: it returns that place's index and the clause's cue, and whether
// the clause tells the victims' state rather than a past act.
func relativeKidnap(c *reportCtx, s *sentInfo, places []placeRef) (k int, cue cueHit, state, ok bool) {
	if s.tally || len(places) < 1 {
		return 0, cueHit{}, false, false
	}
	f := c.text.Folded
	for _, h := range s.cues {
		if h.typ != model.Kidnapping {
			continue
		}
		if s.typ != model.SecurityOperation && s.typ != model.Kidnapping && mainRescue(f, s, h) < 0 {
			continue // another act's sentence, unless a passive rescue follows the clause
		}
		lead := f[max(s.fStart, h.fStart-24):h.fStart]
		// The victims' state ("que permanecían secuestrados en una casa de
		// Tapachula") or a past act ("que fue privado de la libertad").
		state := hasAnySuffix(lead, " que permanecia ", " que permanecian ", " que estaba ", " que estaban ", " que se encontraba ", " que se encontraban ",
			" who was being ", " who were being ", " who was being held ", " who were being held ", " who were held ", " who was held ")
		state = state || rescuedParticiple(f, s, h)
		if !state && !hasAnySuffix(lead, pastRelatives...) {
			continue
		}
		lo, hi := relativeClause(c, s, h)
		rescue := mainRescue(f, s, h) >= 0 // the operation, told outside the clause
		for _, o := range s.cues {
			rescue = rescue || o.typ == model.SecurityOperation && (o.start < lo || o.start >= hi)
		}
		if !rescue {
			continue
		}
		for k, p := range places {
			if p.start >= lo && p.end <= hi && rank(p.place.Kind) <= 2 {
				return k, h, state, true
			}
		}
		if k, ok := rescueTown(s, places, lo, hi); ok && !state {
			return k, h, false, true
		}
	}
	return 0, cueHit{}, false, false
}

// rescueTown returns the index of the one town of places, told outside
// the relative clause lo..hi, when the clause tells a past kidnapping on
// a day of its own but names no town ("rescataron a un joven que había
// sido privado de su libertad el pasado viernes 18 de enero en la colonia
// Cerro de la Cruz", "freed a man who had been kidnapped by armed men
// Friday night in the state capital"): the kidnapping took place in the
// town of the rescue, which the kidnapping and the rescue then share.
func rescueTown(s *sentInfo, places []placeRef, lo, hi int) (int, bool) {
	dated := false
	for _, t := range s.times {
		dated = dated || t.start >= lo && t.end <= hi && !t.bare && !t.historic && !t.upcoming && !t.t.IsZero()
	}
	if !dated {
		return 0, false
	}
	town := -1
	for k, p := range places {
		if p.start >= lo && p.end <= hi {
			return 0, false // a place of the clause's own, not a town
		}
		if rank(p.place.Kind) <= 2 {
			if town >= 0 && placeKey(places[town]) != placeKey(p) {
				return 0, false
			}
			town = k
		}
	}
	return town, town >= 0
}

// rescuedParticiple reports whether the kidnapping cue h is a participle
// of the people a rescue verb just named ("rescataron a tres jóvenes
// secuestrados", "liberan a comerciante privado de la libertad"): the
// state they were freed from, as in a relative clause.
func rescuedParticiple(f string, s *sentInfo, h cueHit) bool {
	w := f[h.fStart:h.fEnd]
	if !hasAnySuffix(w, "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas") && !strings.HasPrefix(w, "privad") {
		return false
	}
	for _, o := range s.cues {
		if o.typ != model.SecurityOperation || o.fEnd > h.fStart || h.fStart-o.fEnd > 40 {
			continue
		}
		if !hasAnyPrefix(f[o.fStart:o.fEnd], "rescat", "liber") {
			continue
		}
		between := f[o.fEnd:h.fStart]
		if strings.ContainsAny(between, ",;:.") || len(strings.Fields(between)) > 4 {
			continue
		}
		return true
	}
	return false
}

// relativeClause returns the original span of the relative clause whose
// cue is h: from the cue to ", y", ", and", ";", the passive main verb
// of a rescue told after it (mainRescue) or the sentence's end.
func relativeClause(c *reportCtx, s *sentInfo, h cueHit) (lo, hi int) {
	f := c.text.Folded
	end := s.fEnd
	for _, m := range []string{", y ", ", and ", "; "} {
		if k := strings.Index(f[h.fEnd:s.fEnd], m); k >= 0 && h.fEnd+k < end {
			end = h.fEnd + k
		}
	}
	if k := mainRescue(f, s, h); k >= 0 && k < end {
		end = k
	}
	return c.text.Span(h.fStart, end)
}

// rescueAux are the auxiliaries of a passive rescue ("fue rescatado",
// "fueron liberadas", "was found alive").
var rescueAux = []string{" fue ", " fueron ", " was ", " were "}

// rescueParticiples begin the participles of a passive rescue, each
// word a prefix ("rescatad" of "rescatado", "rescatadas"); those of
// finding ask for "con vida" or "alive" after them (foundAlive).
var rescueParticiples = []string{"rescatad", "liberad", "rescued", "freed"}

// mainRescue returns the folded offset where the main clause of a
// sentence resumes after the relative clause of the kidnapping cue h,
// when it resumes with a passive rescue of the clause's subject
// ("Ramiro Ovando, el ganadero que fue privado de la libertad el jueves
// en Río Viejo, fue rescatado ayer en Ocuapan"; "a teacher who had been
// abducted Friday in Apodaca was found alive Sunday in Escobedo"): the
// auxiliary (with the comma before it) right before a rescue participle
// or one adverb before it. It returns -1 when the sentence tells no such
// rescue.
func mainRescue(f string, s *sentInfo, h cueHit) int {
	at := mainPassive(f, s, h, passiveRescue)
	if at < 0 || containsAny(f[at:s.fEnd], captorsRelease...) {
		return -1
	}
	return at
}

// mainPassive returns the folded offset where the main clause of sentence
// s resumes after the relative clause of cue h with a passive whose
// participle is tells (its first words, or those after one adverb): the
// auxiliary, with the comma before it; -1 when there is none.
func mainPassive(f string, s *sentInfo, h cueHit, tells func(ws []string) bool) int {
	rest := f[h.fEnd:s.fEnd]
	best := -1
	for _, a := range rescueAux {
		for k := range overlapping(rest, a) {
			if best >= 0 && k >= best {
				break
			}
			ws := strings.Fields(rest[k+len(a):])
			if len(ws) > 3 {
				ws = ws[:3]
			}
			if !tells(ws) && (len(ws) < 2 || !tells(ws[1:])) {
				continue
			}
			best = k
			break
		}
	}
	if best < 0 {
		return -1
	}
	if best > 0 && rest[best-1] == ',' {
		best--
	}
	return h.fEnd + best
}

// captorsRelease are the words of a release by the kidnappers
// themselves ("fue liberado por sus captores luego de que su familia
// pagara un rescate", "was freed by his kidnappers after a ransom was
// paid"): the end of the kidnapping, no operation. Captors named
// otherwise ("detuvieron a tres de sus captores") are the rescue's.
var captorsRelease = []string{"por sus captores", "por su captor", "por sus secuestradores", "por sus plagiarios",
	"by his captors", "by her captors", "by their captors", "by his kidnappers", "by her kidnappers", "by their kidnappers", "by the kidnappers",
	"ransom", "pagar", "pago "}

// passiveRescue reports whether the words ws begin with the participle of
// a rescue ("rescatado", "liberadas", "freed") or of a finding alive
// ("localizado con vida", "found alive").
func passiveRescue(ws []string) bool {
	if len(ws) == 0 {
		return false
	}
	w := strings.TrimRight(ws[0], ",.;:")
	if hasAnyPrefix(w, rescueParticiples...) {
		return true
	}
	if !hasAnyPrefix(w, "localizad", "hallad", "encontrad", "found", "located") || len(ws) < 2 {
		return false
	}
	n := strings.TrimRight(ws[1], ",.;:")
	return n == "alive" || n == "con" && len(ws) > 2 && strings.HasPrefix(ws[2], "vida")
}

// countedOver reports whether sentence s counts its acts by a number of
// at least three before a plural noun of acts ("nueve bloqueos", "seven
// roadblocks") and names fewer municipalities or towns than that, two or
// more: a count over an area, whose acts are not told one in each place.
func countedOver(f string, s *sentInfo, places []placeRef) bool {
	if !severalTowns(places) {
		return false
	}
	for _, h := range s.cues {
		if h.start != s.cuePos {
			continue
		}
		w := f[h.fStart:h.fEnd]
		if strings.Contains(w, " ") || !actsPlural(w) {
			return false
		}
		n := numberBeforeIn(f, h.fStart, s.fStart, 1, true)
		return n >= 3 && n > len(places)
	}
	return false
}

// actsPlural reports whether folded w is a plural noun of acts: of a kind
// of crime (crimePlural), or of blockades, burnings, blasts or clashes.
func actsPlural(w string) bool {
	return strings.HasSuffix(w, "s") && (crimePlural(w) || hasAnyPrefix(w, "bloqueo", "narcobloqueo", "roadblock", "blockade", "incendio", "quema", "explosion", "enfrentamiento", "balacera"))
}

// severalTowns reports whether places are two or more, each a
// municipality or finer: the places a count over an area names
// (countedOver, pointsOver).
func severalTowns(places []placeRef) bool {
	if len(places) < 2 {
		return false
	}
	for _, p := range places {
		if rank(p.place.Kind) > 2 {
			return false
		}
	}
	return true
}

// placeTold reports whether sentence i (s) tells where the act of d, the
// last incident, happened ("El choque ocurrió en Pueblo Yaqui, una
// comunidad a 17 kilómetros de Ciudad Obregón", "The clash took place
// in ..."): it opens with a definite noun and a verb of occurring, comes
// right after d, and names a place finer than d's or inside it. It then
// joins d and gives it that place.
func placeTold(c *reportCtx, d *draft, i int, s *sentInfo) bool {
	if d.tally || d.split || d.lastSent >= i || d.lastSent < i-2 {
		return false
	}
	f := c.text.Folded[s.fStart:s.fEnd]
	// A wire's lead names neither town nor day; a later paragraph tells
	// them: "The attack took place late Sunday in Acapulco".
	when := occurredWhen(strings.TrimSpace(f))
	if c.sents[d.lastSent].para != s.para && d.lastSent != i-1 && !when {
		return false
	}
	switch {
	case s.typ == "" || s.typ == d.typ:
	case (s.typ == model.ArmedAttack || s.typ == model.ArmedClash) && (d.typ == model.ArmedAttack || d.typ == model.ArmedClash):
	case when && s.typ == model.BusinessAttack && d.typ == model.ArmedAttack:
	default:
		return false
	}
	if !when && !occurredAt(f) {
		return false
	}
	var p placeRef
	found := false
	for _, r := range s.places {
		if rank(r.place.Kind) <= 2 {
			p, found = r, true
			break
		}
	}
	if !found {
		return false
	}
	// (A wire's dateline is where it was filed: "MEXICO CITY (Wire) —"
	// does not keep the act told later in Acapulco out.)
	if st := stateOf(d.place.place); d.placeFrom != fromNone && st != "" && st != stateOf(p.place) && (!when || d.placeFrom == fromSentence) {
		return false
	}
	coarse := d.placeFrom == fromNone || d.placeFrom != fromSentence || rank(d.place.place.Kind) > 2 || within(p.place, d.place.place)
	if !coarse {
		return false
	}
	d.addSent(i, s)
	d.place, d.placeFrom = p, fromSentence
	return true
}

// occurredAt reports whether folded sentence f opens by naming an act
// with a definite article and saying where it occurred ("el choque
// ocurrió en", "la agresión se registró en", "the clash took place in").
// A time of a few words may stand between the verb and the place: "The
// attack took place late Sunday in Acapulco", as English wires bury the
// act's town and day after a lead that gave neither (occurredWhen).
func occurredAt(f string) bool {
	f = strings.TrimSpace(f)
	if !hasAnyPrefix(f, "el ", "la ", "los ", "las ", "dicho ", "dicha ", "este ", "esta ", "the ", "this ", "he ", "she ") {
		return false
	}
	head := f[:min(len(f), 64)]
	for _, v := range []string{" ocurrio en ", " ocurrieron en ", " sucedio en ", " se registro en ", " se registraron en ", " tuvo lugar en ", " se suscito en ", " se desato en ", " se produjo en ",
		" took place in ", " happened in ", " occurred in ", " unfolded in ", " broke out in ",
		// the victim found or freed: where the rescue just told happened
		" fue localizado en ", " fue localizada en ", " fue hallado en ", " fue hallada en ", " fue rescatado en ", " fue rescatada en ", " fue liberado en ", " fue liberada en ",
		" was found in ", " was found at ", " was rescued in ", " was freed in "} {
		k := indexSpaced(head, v)
		if k < 0 {
			continue
		}
		// the subject: a few words, no clause
		if w := head[:k]; !strings.ContainsAny(w, ",;:") && len(strings.Fields(w)) <= 4 {
			return true
		}
	}
	return occurredWhen(f)
}

// occurredWhen reports whether folded English sentence f opens by naming
// an act with a definite article, says it occurred, and tells when before
// where: "the attack took place late sunday in acapulco", "the shootout
// occurred shortly before midnight in the town of". The words between
// the verb and "in" are a time (whenWord), none of them a lag to
// another act ("the attack came two days after a clash in").
func occurredWhen(f string) bool {
	if !hasAnyPrefix(f, "the ", "this ") {
		return false
	}
	head := f[:min(len(f), 100)]
	for _, v := range [...]string{" took place ", " happened ", " occurred ", " unfolded ", " broke out "} {
		k := indexSpaced(head, v)
		if k < 0 {
			continue
		}
		if w := head[:k]; strings.ContainsAny(w, ",;:") || len(strings.Fields(w)) > 4 {
			return false
		}
		rest := head[k+len(v):]
		in := indexSpaced(" "+rest, " in ")
		if in < 0 {
			return false
		}
		gap := strings.Fields(rest[:max(in-1, 0)])
		if len(gap) == 0 || len(gap) > 5 || strings.ContainsAny(rest[:max(in-1, 0)], ",;:") {
			return false
		}
		timed := false
		for j, g := range gap {
			switch {
			case whenWord(g):
				timed = true
			case g == "after" || g == "before":
				// "shortly before midnight" is a time; "after a clash" a lag
				if j+1 == len(gap) || !whenWord(gap[j+1]) {
					return false
				}
			case lagWord(g):
				return false
			}
		}
		return timed
	}
	return false
}

// whenWord reports whether folded English word w tells a time of day or a
// day (occurredWhen).
func whenWord(w string) bool {
	switch w {
	case "late", "early", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
		"night", "morning", "afternoon", "evening", "midnight", "dawn", "noon", "p.m.", "a.m.", "yesterday", "today", "overnight":
		return true
	}
	return false
}

// lagWord reports whether folded English word w, between an act's verb of
// occurring and its place, opens a clause or a lag from another act
// (occurredWhen).
func lagWord(w string) bool {
	switch w {
	case "since", "when", "while", "days", "weeks", "months", "years", "that", "as", "which", "who":
		return true
	}
	return false
}

// lagOfAct reports whether the lag lagDays finds at folded offset at of
// sentence f dates the act of the sentence's cue: the cue stands (cueAfter)
// in the lagging clause, or the clause before it names the act just told
// again ("El ataque ocurrió un día después de que ...").
func lagOfAct(f string, at int, cueAfter bool) bool {
	if cueAfter {
		return true
	}
	return tookPlaceWords.in(f[:at])
}

// tookPlaceWords say that an act took place (hourLag, lagOfAct): " came"
// is spaced, as "became" tells no act.
var tookPlaceWords = newNeedles("ocurrio", "sucedio", "se registro", "se dio", "happened", "occurred", "took place", " came")

// smallNumber reads a folded word counting a few days or weeks.
func smallNumber(w string) (int, bool) {
	for n, ws := range [][]string{{"un", "una", "a", "one"}, {"dos", "two"}, {"tres", "three"}, {"cuatro", "four"}, {"cinco", "five"}, {"seis", "six"}, {"siete", "seven"}} {
		if slices.Contains(ws, w) {
			return n + 1, true
		}
	}
	if v, err := strconv.Atoi(w); err == nil && v > 0 && v < 60 {
		return v, true
	}
	return 0, false
}

// ordinalOf reports whether an ordinal before word w counts something else
// than acts: a time, a day, a rank.
func ordinalOf(w string) bool {
	switch w {
	case "vez", "time", "dia", "day", "noche", "night", "semana", "week", "ano", "year", "jornada", "piso", "floor", "lugar", "place", "grado", "degree":
		return true
	}
	return false
}

// earlier reports whether a sentence tells its act as before the time
// told before it ("Más temprano", "Earlier", "horas antes").
func earlier(f string) bool {
	return earlierWords.in(f)
}

// earlierWords tell an act as before the one told before (earlier).
var earlierWords = newNeedles("mas temprano", "horas antes", "poco antes", "minutos antes", "earlier", "hours before", "hours earlier")

// conflicting reports whether two sets of figures count the same kind
// differently: a total and one of its parts, or two separate events.
func conflicting(a, b []figure) bool {
	for _, x := range a {
		for _, y := range b {
			if x.kind == y.kind && x.n > 0 && y.n > 0 && x.n != y.n {
				return true
			}
		}
	}
	return false
}

// placeTypes gives each place of a sentence the type of the cues told
// between it and the place before ("bloqueos en Lagos de Moreno ... en
// Michoacán hombres armados atacaron a policías en Uruapan" is a blockade
// and an armed attack). A place with no cue of its own shares the type of
// the place before it ("bloqueos en Zapopan, Tlaquepaque y Tonalá"); the
// first place may take the cues after it. One place: the sentence's type.
func placeTypes(text string, s *sentInfo, places []placeRef) []model.IncidentType {
	types := make([]model.IncidentType, len(places))
	for k := range types {
		types[k] = s.typ
	}
	if len(places) < 2 || s.tally {
		return types
	}
	if len(s.cues) < 2 {
		acrossPlaces(text, s, places, types) // (acttype18.go)
		return types
	}
	from := s.start
	for k, p := range places {
		seg := func(lo, hi int) (model.IncidentType, bool) {
			var cs []cueHit
			for _, c := range s.cues {
				if c.start >= lo && c.start < hi {
					cs = append(cs, c)
				}
			}
			if len(cs) == 0 {
				return "", false
			}
			// "incendiaron una farmacia en Salamanca y, horas después, en
			// Villagrán, dos hombres fueron asesinados": a later place's
			// clause after every business word attacks none.
			t, _, _ := decide(cs, s.business && (k == 0 || businessFrom(s, lo)), s.road, s.seize)
			return clauseType(text, lo, hi, t, s), true // (acttype18.go)
		}
		next := s.end
		if k+1 < len(places) {
			next = places[k+1].start
		}
		var t model.IncidentType
		ok := false
		if lo, hi, joined := joinedClause(text, s, places, k); joined {
			// "un bar de Orizaba fue incendiado la noche del martes, y
			// la madrugada del miércoles un taxista fue privado de la
			// libertad en Córdoba": each place's act is its clause's.
			t, ok = seg(lo, hi)
		}
		if ok {
		} else if placeFirst(text, s.start, p.start) || nestedFirst(text, s.start, p.start) {
			// "y en Guadalajara quemaron un camión": the cues follow;
			// "y en navolato en villa juárez balearon" (acttype18.go).
			t, ok = seg(p.end, next)
			if !ok && acrossClause(text, p.end, next) {
				t, ok = model.Blockade, true // "y en compostela un tráiler atravesado y quemado" (acttype18.go)
			}
		}
		if !ok {
			// "dejó un enfrentamiento en Los Altos, un asesinato en
			// Tlaquepaque": a list item's own cue, after the last comma,
			// when it holds one (the item before named no town).
			t, ok = seg(listItemFrom(text, from, p.start), p.start)
			if !ok {
				t, ok = seg(from, p.start)
			}
		}
		if !ok && k == 0 {
			t, ok = seg(p.end, next)
		}
		switch {
		case ok && t == model.Arson && s.typ == model.Blockade:
			types[k] = model.Blockade // burning vehicles amid blockades
		case ok:
			types[k] = t
		case k > 0:
			types[k] = types[k-1]
		}
		from = p.end
	}
	return types
}

// listItemFrom returns the original offset after the last ", " in
// text[from:to], the words before a place (placeTypes), when the items of
// a list are told each by its act and its place and the one before names
// a place the gazetteer does not know; from when there is no comma.
func listItemFrom(text string, from, to int) int {
	if from < 0 || to > len(text) || from >= to {
		return from // a place carried from before the sentence (feedLabel)
	}
	if k := strings.LastIndex(text[from:to], ", "); k >= 0 {
		return from + k + 2
	}
	return from
}

// businessFrom reports whether sentence s names a business it attacks
// (sentInfo.bizAt) at or after original offset lo, or gives no offsets.
func businessFrom(s *sentInfo, lo int) bool {
	if len(s.bizAt) == 0 {
		return true
	}
	for _, at := range s.bizAt {
		if at >= lo {
			return true
		}
	}
	return false
}

// placeFirst reports whether the place at original offset at opens its
// clause ("En Zapopan, ...", "; en Tonalá ...", "y en Guadalajara ..."),
// so that the words after it tell what happened there. A place before lo
// (one carried from an alert feed's label, feedLabel) opens none.
func placeFirst(text string, lo, at int) bool {
	if at < lo {
		return false
	}
	w := trimIntro(text[lo:at]) // "en el vecino municipio de Tixtla", "in nearby Jacona"
	for _, m := range []string{"en ", "in "} {
		if len(w) < len(m) || !strings.EqualFold(w[len(w)-len(m):], m) {
			continue
		}
		rest := strings.TrimRight(w[:len(w)-len(m)], " ")
		if rest == "" {
			return true
		}
		switch {
		case strings.HasSuffix(rest, ","), strings.HasSuffix(rest, ";"), strings.HasSuffix(rest, ":"):
			return true
		case strings.HasSuffix(rest, " y"), strings.HasSuffix(rest, " and"), strings.HasSuffix(rest, " mientras que"), strings.HasSuffix(rest, " while"), strings.HasSuffix(rest, " en tanto que"), strings.HasSuffix(rest, " whereas"),
			strings.HasSuffix(rest, " tambien"), strings.HasSuffix(rest, " también"), strings.HasSuffix(rest, " also"), strings.HasSuffix(rest, " and over"):
			// (a transcript's run-on "... un grupo armado tambien en
			// uruapan quemaron un trailer", "and over in matamoros")
			return true
		}
	}
	return false
}

// anchored reports whether sentence i is concrete enough to report an
// incident of its own (or to join one): analysis and background prose uses
// the same words as news ("killings have reached...") but names no place,
// time or toll. A sentence anchors with a place of its own and a firm cue,
// or with a time or a toll; a lead sentence (the first three) of a news
// item, official statement or alert anchors with a firm cue; a sentence
// that continues the previous incident of the same type always does.
func (e *Extractor) anchored(c *reportCtx, i int, s *sentInfo, places []placeRef, out []draft) bool {
	if s.tally {
		return s.weight >= 0.6 || s.tallyUnit || countedActs(c, s, places) || keptCount(c, s, places) || periodCount(c, s, places) || waveTally(c, s, places) || stateWave(c, s, places) // "27 agresiones ... en cinco estados"
	}
	if s.typ == model.Advisory && c.titleType == model.Advisory {
		return true // "U.S. citizens should shelter in place" under an alert title
	}
	if s.reference && c.feed == nil && len(c.r.Text) <= headlineLen && c.arrestBeside(i) {
		// "Andaba prófugo por asesinato de un hombre; ya fue detenido":
		// the crime is what the arrest is for, even with its toll.
		return false
	}
	if s.holdup && c.feed == nil && len(c.r.Text) <= headlineLen && c.arrestBeside(i) {
		// "Asalta una tienda; es detenido": in a headline the arrest
		// is the news, the hold-up its circumstance.
		return false
	}
	if s.weight < headlineWeight && len(s.figures) == 0 && c.feed == nil && s.typ == model.ArmedAttack && summaryCue(c.text.Folded, s) && c.firmerBeside(i) {
		// "¡Madrugada de terror en Tepic! Hallan a un comerciante
		// asesinado", "Tres hechos de violencia se registraron en
		// Jalisco...": the summary gives way to the acts told beside it;
		// in a long text too, with its town ("El miércoles fue otra
		// jornada violenta en Ciudad Juárez. Por la mañana, un hombre
		// fue asesinado ..."), whose acts the report then tells.
		return false
	}
	hasTime := false
	for _, t := range s.times {
		hasTime = hasTime || !t.historic
	}
	if hasTime || len(s.figures) > 0 {
		return true
	}
	if c.feed == nil && len(c.r.Text) <= headlineLen && dayLater(c, i) {
		// "Noche de terror en Cerritos; ocurrió el domingo": a
		// headline's later clause gives the day of its act.
		return true
	}
	if len(places) > 0 && c.feed == nil && len(c.r.Text) <= headlineLen && tollNext(c, i) {
		// "Bloody Weekend in Guanajuato; Death Toll at least 22": a
		// headline's second part gives the toll of its first.
		return true
	}
	if s.examples && c.feed == nil {
		return false // "in places like Uruapan every grower pays"
	}
	if s.reference && c.feed == nil && (i > 0 || s.fEnd-s.fStart > 120) {
		// "sales have fallen since the clashes began"; a short lead may
		// name its act as a cause ("Conmoción por la desaparición de ...")
		return false
	}
	if s.kinds >= 3 && s.listed && vague(s) && c.feed == nil {
		return false // "violent crime, such as homicide, kidnapping and carjacking"
	}
	if c.feed == nil && len(c.r.Text) <= headlineLen && kindOnly(c.text, c.r.Text, s) && categoryCue(c.text.Folded, s) && !goingOn(c.text.Folded[s.fStart:s.fEnd]) {
		// "Homicidios en Salamanca: la cifra que no baja", "Secuestros
		// en Cuautla: comerciantes piden más vigilancia": a headline
		// whose only act word is the name of a category of crime, with
		// nothing that tells, counts or continues acts, is about the
		// category in that town, not an act there.
		return false
	}
	if (s.generic || kindOnly(c.text, c.r.Text, s)) && c.feed == nil {
		// A kind of act named by a bare plural ("Homicidios en
		// Guanajuato, el reto del fiscal") anchors, like a generic one,
		// only with a town.
		fine := false
		for _, p := range places {
			fine = fine || rank(p.place.Kind) <= 2 && !e.stateNamesake(p.place)
		}
		if !fine {
			// "los enfrentamientos en Michoacán muestran que...";
			// "Masacres en Guanajuato se originan en ...": a capital
			// named as its state is no finer than the state
			return false
		}
	}
	if len(places) > 0 && s.weight < headlineWeight && countedActs(c, s, places) {
		return true // "Noche violenta deja dos ataques en Mariano Matamoros"
	}
	if len(places) > 0 && s.weight < headlineWeight && c.feed == nil && len(c.sents) == 1 && bareSummary(c, s, places) {
		return true // "Noche de terror en Cerritos", "¡Terror en Berriozábal!"
	}
	if len(places) > 0 {
		return s.weight >= 0.6 || c.feed != nil
	}
	if c.feed != nil {
		return true
	}
	if n := len(out); n > 0 && out[n-1].typ == s.typ && out[n-1].lastSent >= i-2 {
		return true
	}
	if n := len(out); n > 0 && len(places) == 0 && e.supports(c, &out[n-1], i, s) {
		return true // a detail of the act just told ("los agresores abrieron fuego")
	}
	if s.reference && len(s.cues) == 1 && c.feed == nil && len(c.r.Text) <= headlineLen && kindLabel(c.text.Folded, s) {
		// "Desaparición forzada: la ONU revisará el caso", "Femicide:
		// what the new law changes": the name of a category of crime as
		// the label of a headline that tells no act, place, time or toll
		// is its topic.
		return false
	}
	if n := len(out); n > 0 && s.weight >= headlineWeight && !s.reference && !s.generic && s.cuePos > s.start && partOpens(c.plain.Sub(s.start, s.cuePos).Folded) {
		// "A media mañana, un comando armado irrumpió en una
		// refaccionaria …" after the day's first act: a chronicle's
		// next act, dated by the day told (chronicle.go).
		return true
	}
	if len(c.r.Text) <= headlineLen && len(c.sents) <= 2 && c.r.Kind != model.KindTranscript {
		// A headline is all lead: its verb tells the act ("Agreden a
		// un hombre", "Cae sujeto con droga") even with no place.
		return s.weight >= headlineWeight && (s.weight >= 0.7 || s.typ == model.Kidnapping || !pluralCue(c.text.Folded, s)) && !kindOnly(c.text, c.r.Text, s)
	}
	return s.weight >= 0.7 && i < 3 && c.r.Kind != model.KindTranscript
}

// summaryCue reports whether the cue that decided sentence s sums up a
// violent day or several acts ("jornada violenta", "hechos de sangre",
// "bloody weekend") rather than telling one act.
func summaryCue(f string, s *sentInfo) bool {
	for _, h := range s.cues {
		if h.start != s.cuePos {
			continue
		}
		return summaryWords.in(f[h.fStart:h.fEnd])
	}
	return false
}

// summaryWords are the folded words that make a cue a summary of the
// night's or the day's violence (summaryCue).
var summaryWords = newNeedles("violent", "sangrient", "de terror", "de horror", "of terror", "of horror", "rojo", "roja", "negro", "bloody", "deadly", "black", "hechos", "eventos", "violencia", "violence", "red sunrise", "red dawn", "bloodshed", "slaughter")

// countedActs reports whether a headline counts a few acts of violence
// in a town with no period over them ("Noche violenta deja dos ataques en
// Mariano Matamoros", "Tres ataques en dos horas en Salvatierra"): several
// acts told as the news of one place and time, as "3 bloqueos en Zapopan"
// is, where "En octubre, cuatro ataques en Acayucan" or "suman cinco
// ataques" count over a period.
func countedActs(c *reportCtx, s *sentInfo, places []placeRef) bool {
	if c.feed != nil || len(c.r.Text) > headlineLen || s.periodTally || s.aggregate || s.tallyUnit || !townIn(places) {
		return false
	}
	f := c.text.Folded
	for _, h := range s.cues {
		if !h.typ.Violent() {
			continue
		}
		w := f[h.fStart:h.fEnd]
		if !strings.HasSuffix(w, "s") || strings.IndexByte(w, ' ') >= 0 {
			continue // a plural act noun: "ataques", "balaceras", "ejecuciones"
		}
		if n := numberBeforeIn(f, h.fStart, s.fStart, 0, true); n >= 2 && n <= 5 {
			return true
		}
	}
	return false
}

// keptCount reports whether a headline's tally is kept by a verb of
// counting before its cue, with a place: "Acumula Chihuahua 10 muertes",
// "Tijuana reaches 899 violent deaths", "Empalme and Guaymas register 3
// violent deaths this weekend". With no place ("November records 74
// violent deaths") it stays unanchored.
func keptCount(c *reportCtx, s *sentInfo, places []placeRef) bool {
	if c.feed != nil || len(c.r.Text) > headlineLen || len(places) == 0 {
		return false
	}
	return countVerb(c.text.Folded, s)
}

// periodCount reports whether a headline counts acts over a period it
// names in a place it names, ten or more ("Sinaloa: 142 deaths in
// August": a tally of the state's month, where "142 deaths" alone is
// prose), or a few in hours or days ("tres ataques en dos horas"). A few
// over a month ("En octubre, cuatro ataques a negocios en Uruapan") are a
// statistic.
func periodCount(c *reportCtx, s *sentInfo, places []placeRef) bool {
	if !s.periodTally || c.feed != nil || len(c.r.Text) > headlineLen || len(places) == 0 {
		return false
	}
	f := c.text.Folded
	for _, h := range s.cues {
		if h.start == s.cuePos && numberBeforeIn(f, h.fStart, s.fStart, 1, true) >= 10 {
			return true
		}
	}
	return lapseUnits.in(f[s.fStart:s.fEnd])
}

// lapseUnits are the units of a lapse of hours or days (periodCount).
var lapseUnits = newNeedles(" horas", " hours", " dias", " days")

// countVerb reports whether a verb of counting ("suman", "registra",
// "reaches") stands before the deciding cue of sentence s.
func countVerb(f string, s *sentInfo) bool {
	return verbBeforeCue(f, s, func(w string) bool {
		switch w {
		case "registra", "registran", "contabiliza", "contabilizan", "register", "registers", "registered", "records",
			"recorded":
			return true
		}
		return runningVerb(w)
	})
}

// runningVerb reports whether w is a verb of a running total ("acumula",
// "reaches", "tops"): the count it governs is of acts over a period, the
// one up to now, even when the headline names none.
func runningVerb(w string) bool {
	switch w {
	case "acumula", "acumulan", "rebasa", "reaches", "tops", "totals", "surpasses":
		// not "suman", "alcanza", "reached": "suman 5 muertos tras el
		// ataque", "the toll reached 12" tell one act's toll
		return true
	}
	return false
}

// verbBeforeCue reports whether a word before the deciding cue of sentence
// s, trimmed of punctuation, satisfies is.
func verbBeforeCue(f string, s *sentInfo, is func(string) bool) bool {
	end := -1
	for _, h := range s.cues {
		if h.start == s.cuePos {
			end = h.fStart
		}
	}
	if end < s.fStart {
		return false
	}
	for w := range strings.FieldsSeq(f[s.fStart:end]) {
		if is(strings.Trim(w, ",:;")) {
			return true
		}
	}
	return false
}

// bareSummary reports whether a headline is only a violent day, a cry
// of terror or a wave of violence and the town it befell ("Noche de
// terror en Cerritos", "Vive Cajeme otra violenta jornada", "No cesa la
// ola de violencia en Cuautla"): with nothing else to say, it reports
// the violence there. Besides the cue and the town it may hold only
// articles, prepositions and words of continuing ("sigue", "otra", "no
// cesa"); a cause, a consequence or a speaker ("atribuyen la ola de
// violencia a...", "...mantiene preocupados a empresarios") makes it
// a report about violence, not of it.
func bareSummary(c *reportCtx, s *sentInfo, places []placeRef) bool {
	return townIn(places) && bareHeadline(c, s, places)
}

// bareHeadline reports whether a short headline holds, besides the
// deciding cue of s (a violent day, a cry of terror or a wave of
// violence) and its places, only the words bareSummary allows.
func bareHeadline(c *reportCtx, s *sentInfo, places []placeRef) bool {
	if len(c.r.Text) > 80 {
		return false
	}
	var cue *cueHit
	for k := range s.cues {
		if s.cues[k].start == s.cuePos {
			cue = &s.cues[k]
		}
	}
	if cue == nil || !summaryCue(c.text.Folded, s) && !bareCue(c.text.Folded[cue.fStart:cue.fEnd]) && !unstoppedCue(c.text.Folded[cue.fStart:cue.fEnd]) {
		return false
	}
	f := []byte(c.text.Folded)
	blank := func(lo, hi int) {
		for k := max(lo, 0); k < min(hi, len(f)); k++ {
			f[k] = ' '
		}
	}
	blank(cue.fStart, cue.fEnd)
	if unstoppedCue(c.text.Folded[cue.fStart:cue.fEnd]) {
		blank(s.fStart, cue.fStart) // what did not stop the violence ("Pandemic does not stop violence in Tijuana")
	}
	// the places and the state that qualifies them ("Rio Grande,
	// Zacatecas")
	for _, p := range append(slices.Clip(places), s.places...) {
		// Place spans are offsets of the original text: blank the folded
		// bytes that map into them.
		for k := range f {
			if o := c.text.Orig(k); o >= p.start && o < p.end {
				f[k] = ' '
			}
		}
	}
	for _, w := range strings.FieldsFunc(string(f), func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9')
	}) {
		switch w {
		case "en", "de", "del", "la", "el", "los", "las", "un", "una", "otra", "otro", "nueva", "nuevo",
			"sigue", "siguen", "continua", "continuan", "no", "cesa", "cesan", "para", "vive", "viven",
			"se", "vivio", "tiene", "tuvo", "registra", "amanece", "mas", "y", "video",
			// the same in English: "Bloody night in Celaya", "Another
			// violent weekend in Tijuana".
			"in", "of", "the", "a", "an", "another", "continues", "again", "more", "and", "arrecia",
			// a wave that strikes the place ("Pega a Guanajuato ola de
			// narcoviolencia", "Wave of violence hits Celaya")
			"pega", "azota", "sacude", "hits", "hit", "by", "rocks", "grips":
			continue
		}
		return false
	}
	return true
}

// bareCue reports whether a folded cue is one of the bare cries of
// terror or waves of violence (bareSummary).
func bareCue(w string) bool {
	return bareCries.in(w)
}

// bareCries are the cries of terror and waves of violence (bareCue).
var bareCries = newNeedles("terror", "panico", "ola de violencia", "ola violenta", "violencia salvaje", "muertes", "ola de narcoviolencia", "racha violenta", "racha de violencia", "wave of violence", "wave of narco violence", "spate of violence")

// townIn reports whether one of places is a municipality or finer.
func townIn(places []placeRef) bool {
	for _, p := range places {
		if rank(p.place.Kind) <= 2 {
			return true
		}
	}
	return false
}

// firmerBeside reports whether a sentence of the report other than i
// tells a violent act with a cue firm enough to anchor a headline.
func (c *reportCtx) firmerBeside(i int) bool {
	for k := range c.sents {
		if s := &c.sents[k]; k != i && s.typ.Violent() && s.weight >= headlineWeight && !s.reference {
			return true
		}
	}
	return false
}

// arrestBeside reports whether a sentence of the report other than i
// tells an arrest (a security operation that is no reference itself).
func (c *reportCtx) arrestBeside(i int) bool {
	for k := range c.sents {
		if s := &c.sents[k]; k != i && s.typ == model.SecurityOperation && !s.reference {
			return true
		}
	}
	return false
}

// headlineWeight is the least cue weight that anchors a headline.
const headlineWeight = 0.6

// pluralCue reports whether the cue that decided sentence s is one plural
// noun or adjective ("ejecuciones", "desaparecidos"): in a headline with
// no place, time or toll it names a kind of crime ("Preocupan las
// ejecuciones"), where a verb ("ejecutan", "cae") tells an act.
func pluralCue(f string, s *sentInfo) bool {
	for _, h := range s.cues {
		if h.start != s.cuePos {
			continue
		}
		w := f[h.fStart:h.fEnd]
		if strings.Contains(w, " ") {
			return false
		}
		return strings.HasSuffix(w, "os") || strings.HasSuffix(w, "as") || strings.HasSuffix(w, "es")
	}
	return false
}

// supports reports whether sentence i, which names no place and has a type
// other than last's, only adds detail to the incident last told a sentence
// or two before: a seizure at the scene, a wounded guard, the hour of the
// attack. An arrest, a disruption, an advisory or a policy item is an act
// of its own, and so is anything dated to another day.
func (e *Extractor) supports(c *reportCtx, last *draft, i int, s *sentInfo) bool {
	if last.tally || last.fromTitle || last.lastSent < i-2 || last.lastSent >= i {
		return false
	}
	switch last.typ {
	case model.Disruption, model.Advisory, model.Policy, model.Intimidation:
		return false
	}
	switch s.typ {
	case model.Disruption, model.Advisory, model.Policy, model.Intimidation, model.Kidnapping:
		return false
	case model.SecurityOperation:
		if arrestIn(c.text.Folded[s.fStart:s.fEnd]) {
			return false
		}
	}
	for _, f := range s.figures {
		if f.kind == "detained" && f.n > 0 {
			return false
		}
	}
	if last.typ == model.Blockade || last.typ == model.Arson {
		switch s.typ {
		case model.ArmedClash, model.ArmedAttack, model.Homicide, model.Explosive:
			return false // shooting after a blockade is an act of its own
		}
	}
	if s.typ == model.Blockade && (len(s.times) > 0 || perpetrated(s.actors)) {
		switch last.typ {
		case model.ArmedClash, model.ArmedAttack, model.Homicide, model.Explosive, model.SecurityOperation:
			return false // gunmen setting vehicles across a road after a shooting, or at an hour of their own: an act of its own
		}
	}
	if last.typ == model.Blockade && s.typ == model.BusinessAttack {
		return false // a shop attacked beside a blockade: another target
	}
	var days []string
	for _, k := range last.sents {
		for _, t := range c.sents[k].times {
			if !t.historic && !t.t.IsZero() {
				days = append(days, t.t.In(e.loc).Format(time.DateOnly))
			}
		}
	}
	for _, t := range s.times {
		if t.historic || t.t.IsZero() || len(days) == 0 {
			continue
		}
		same := false
		for _, d := range days {
			same = same || d == t.t.In(e.loc).Format(time.DateOnly)
		}
		if !same {
			return false
		}
	}
	return true
}

// arrestIn reports whether folded text f tells of an arrest.
func arrestIn(f string) bool {
	return arrestStems.in(f)
}

// arrestStems are the folded stems of an arrest (arrestIn).
var arrestStems = newNeedles("deten", "detien", "detuv", "arrest", "captur", "aprehend", "detain")

// consequenceOf reports whether deaths told in the sentence after an
// incident of type t are its toll rather than a new homicide.
func consequenceOf(t model.IncidentType) bool {
	switch t {
	case model.ArmedClash, model.ArmedAttack, model.Explosive, model.BusinessAttack, model.Blockade, model.Arson, model.Homicide:
		return true
	}
	return false
}

// nearestFigures keeps the figures of a sentence that belong to place p
// rather than to the sentence's other places: the place right after the
// figure ("tres muertos en Celaya", "seis en Sonora, cuatro en
// Chihuahua"), else the last place named before it ("en Cuautla atacaron
// un bar y dejaron tres muertos; también en Yautepec asesinaron a un
// taxista"), else the closest ("Un policía murió en Xalisco, después del
// ataque en Tepic"). When parts of a kind are told by place, a figure of
// that kind tied to no place is their total and goes to none. A figure
// after a clause join (actJoins) that the next place follows is that
// place's ("Un policía murió en León el viernes, mientras que el sábado
// cuatro personas fueron asesinadas en un bar de Celaya").
func nearestFigures(text string, figs []figure, places []placeRef, p placeRef) []figure {
	placed := func(f figure) int {
		for k, q := range places {
			if d := q.start - f.end; d > 0 && d <= 4 {
				return k
			}
		}
		return -1
	}
	var out []figure
	for _, f := range figs {
		best := placed(f)
		if best < 0 {
			total := false
			for _, g := range figs {
				if g.kind == f.kind && g.n < f.n && placed(g) >= 0 {
					total = true
				}
			}
			if total {
				continue
			}
			bestD := 1 << 30
			for k, q := range places {
				if q.at() <= f.start && f.start-q.at() < bestD {
					best, bestD = k, f.start-q.at()
				}
			}
			if best >= 0 && best+1 < len(places) && places[best+1].start > f.end && actJoinIn(text, places[best].end, f.start) >= 0 {
				best++ // the next clause's
			}
			if best < 0 {
				for k, q := range places {
					if d := q.at() - f.start; d < bestD {
						best, bestD = k, d
					}
				}
			}
		}
		if best >= 0 && places[best].start == p.start {
			out = append(out, f)
		}
	}
	return out
}

// inheritPlace finds a place for sentence i from its context: the
// dateline's town when the sentence says "esta ciudad" (datelineCity), its
// paragraph, the title, a place label of the item ("Municipio: Irapuato, Estado:
// Guanajuato.", as alert exports give), the incident told just before (a follow-up in a new
// paragraph), the dateline, the report's dominant place.
func (e *Extractor) inheritPlace(c *reportCtx, i int, out []draft) (placeRef, placeSource) {
	if t, ok := datelineCity(c, &c.sents[i]); ok {
		return t, fromTitle
	}
	para := c.sents[i].para
	for j := i - 1; j >= 0 && c.sents[j].para == para; j-- {
		if ps := selectPlaces(c.sents[j].places); len(ps) == 1 {
			return ps[0], fromParagraph
		} else if len(ps) > 1 {
			break
		}
	}
	if p, ok := c.titlePlace(); ok {
		return p, fromTitle
	}
	if p, ok := c.labelPlace(); ok {
		return p, fromTitle
	}
	if n := len(out); n > 0 && out[n-1].placeFrom == fromSentence && !out[n-1].tally && !out[n-1].split && out[n-1].lastSent >= i-3 {
		return out[n-1].place, fromParagraph
	}
	if len(c.dateline) > 0 {
		if ps := selectPlaces(c.dateline); len(ps) > 0 {
			return ps[0], fromTitle
		}
	}
	if p, ok := c.dominant(); ok {
		return p, fromReport
	}
	return placeRef{}, fromNone
}

// oneTown returns the municipality-level place of ps when every place of
// ps with a municipality lies in that one municipality and none is a
// state or wider; ok false otherwise.
func oneTown(ps []placeRef) (placeRef, bool) {
	var town placeRef
	for _, p := range ps {
		switch {
		case p.place.MunicipalityCode == "":
			return placeRef{}, false
		case town.place.MunicipalityCode == "":
			town = p
		case p.place.MunicipalityCode != town.place.MunicipalityCode:
			return placeRef{}, false
		case p.place.Kind == gazetteer.Municipality:
			town = p
		}
	}
	return town, town.place.MunicipalityCode != ""
}

// townList reports whether ps are three or more municipalities or their
// towns, all of one state, each of another municipality.
func townList(ps []placeRef) bool {
	if len(ps) < 3 {
		return false
	}
	for k, p := range ps {
		if rank(p.place.Kind) > 2 || p.place.MunicipalityCode == "" || p.place.StateCode != ps[0].place.StateCode {
			return false
		}
		for _, q := range ps[:k] {
			if q.place.MunicipalityCode == p.place.MunicipalityCode {
				return false
			}
		}
	}
	return true
}

// maxFigure returns the largest count of people of fs, of any kind.
func maxFigure(fs []figure) int {
	n := 0
	for _, f := range fs {
		n = max(n, f.n)
	}
	return n
}

// fewTowns reports whether ps are two or three towns or localities of
// different municipalities, all of one state, or two or three states.
func fewTowns(ps []placeRef) bool {
	if len(ps) < 2 || len(ps) > 3 {
		return false
	}
	if !slices.ContainsFunc(ps, func(p placeRef) bool { return p.place.Kind != gazetteer.State }) {
		return true // "9 die in Zacatecas and Jalisco"
	}
	for _, p := range ps {
		if rank(p.place.Kind) > 2 || p.place.MunicipalityCode == "" || p.place.StateCode != ps[0].place.StateCode {
			return false
		}
	}
	return true
}

// countsActs reports whether the deciding cue of sentence s is the noun
// of an act ("homicidios", "murders", "ataques"), so that a number before
// it counts acts, not people.
func countsActs(f string, s *sentInfo) bool {
	for _, h := range s.cues {
		if h.start != s.cuePos {
			continue
		}
		if actNoun(strings.TrimSuffix(f[h.fStart:h.fEnd], "s")) { // (actcount.go)
			return true
		}
	}
	return false
}

// finish turns drafts into incidents.
func (e *Extractor) finish(c *reportCtx, ds []draft) []model.Incident {
	if len(ds) == 0 {
		return nil
	}
	rid := c.r.ID
	if rid == "" {
		rid = c.r.PublicID()
	}
	out := make([]model.Incident, 0, len(ds))
	for k := range ds {
		d := &ds[k]
		inc := model.Incident{
			ID:       rid + "-" + strconv.Itoa(k+1),
			ReportID: c.r.ID,
			Type:     d.typ,
			Actors:   specific(d.actors),
			Tally:    d.tally,
			Denial:   d.denial,
		}
		if c.feed != nil && !d.tally {
			inc.Location = *c.feed
			inc.Location.Lat, inc.Location.Lon = ptr(*c.feed.Lat), ptr(*c.feed.Lon)
			inc.Location.Basis = model.BasisFeed
		} else {
			place := d.place
			if t, ok := c.headlineTown(place); ok && !d.tally {
				place = t
			} else if m, ok := e.namedCapital(c, place); ok && !d.tally {
				place = m
			} else if m, ok := e.saidCapital(c, place); ok && !d.tally {
				place = m
			} else if m, ok := e.datelineOverState(c, place); ok && !d.tally {
				place = m
			} else if m, ok := colonyInDateline(c, place); ok && !d.tally {
				place = m
			} else if m, ok := e.neighbourhoodInDateline(c, d, place, d.place); ok {
				place = m
			} else if m, ok := namedActTown(c, d, place, len(ds) == 1); ok {
				place = m
			} else if l, ok := c.headlineLocality(place); ok && len(ds) == 1 && !d.tally {
				// (of a report of one act: the headline's place is its)
				place = l
			}
			inc.Location = e.location(place, d.highway)
			if d.placeFrom != fromNone {
				inc.Location.Basis = model.BasisText
				if c.home != "" && !d.tally && (d.typ.Violent() || d.typ == model.SecurityOperation) && len(c.sents) <= 2 && place.place.Kind == gazetteer.State && inc.Location.StateCode == c.home && inc.Location.MunicipalityCode == "" {
					// A headline that names only the source's home
					// state ("Seguridad en Jalisco: asesinan a una
					// pareja en la colonia Miravalle"): its home town,
					// as for a text that names no place. An article,
					// a closure or a warning naming the state speaks
					// of the state (so only an act of violence or of
					// the forces, in a headline of two sentences at
					// most).
					if muni := e.homeTown(c, d); muni != "" {
						written := inc.Location.Place
						inc.Location = e.homeLocation(c.home, muni)
						inc.Location.Place = written
					}
				}
			} else if c.home != "" && d.tally && d.local {
				// A local count with no place ("van 74 asesinatos en
				// septiembre"): the source's home state, and its home
				// town when the source is known to write of one (a
				// capital is no guess for a count).
				inc.Location = e.homeLocation(c.home, e.learnedTown(c))
			} else if j, ok := c.jurisdiction(); ok && !d.tally && j.place.StateCode != c.home {
				// The text names a state only as the jurisdiction of
				// an agency or a force ("exfuncionarios de la Fiscalía
				// de Guerrero"): that state, rather than the home of
				// a source at home elsewhere.
				if m, ok := e.saidCapital(c, j); ok {
					// "acordonada por la Policía Municipal de Puebla":
					// the body of the town, not of the state.
					j = m
				}
				inc.Location = e.location(j, "")
				inc.Location.Basis = model.BasisText
			} else if c.home != "" && !d.tally {
				// The text names no known place: the source's home
				// state, or its home town when one is known.
				inc.Location = e.homeLocation(c.home, e.homeTown(c, d))
			}
		}
		timeFound := e.setTime(c, d, &inc)
		if n := len(out); !timeFound && n > 0 && out[n-1].Time != nil && d.firstSent >= 0 && hourLag(c.plain.Sub(c.sents[d.firstSent].start, max(c.sents[d.firstSent].start, d.cuePos)).Folded) {
			// "The attack came about two hours after a man was shot
			// dead": the day of the act named again, told just before.
			day := out[n-1].Location.Day(*out[n-1].Time)
			t := inc.Location.OnClock(day, day.Location())
			inc.Time, inc.TimePrecision = &t, model.TimeDay
		}
		if n := len(out); d.apart && d.firstSent >= 0 && n > 0 && out[n-1].Time != nil && !sentenceDated(c, d.firstSent) {
			if lag := dayLapse(c.plain.Sub(c.sents[d.firstSent].start, max(c.sents[d.firstSent].start, d.cuePos)).Folded); lag != 0 {
				// "Un día después, en la misma colonia, fueron
				// localizados los cuerpos de dos mujeres": the day of the
				// act told before, moved by the lapse (recall30).
				day := out[n-1].Location.Day(*out[n-1].Time).AddDate(0, 0, lag)
				t := inc.Location.OnClock(day, day.Location())
				inc.Time, inc.TimePrecision = &t, model.TimeDay
			}
		}
		setCounts(d.figures, &inc.Counts)
		if c.bulletin && d.typ == model.Kidnapping && !d.tally {
			bulletinKidnapping(&inc)
		}
		inc.Severity = severity(d, &inc)
		if d.denial {
			inc.Severity = 1 // nothing happened
		}
		inc.Confidence = confidence(c, d, timeFound)
		inc.Evidence = slices.Grow(inc.Evidence, len(d.sents)) // one array, not one a growth
		for _, i := range d.sents {
			s := c.sents[i]
			inc.Evidence = append(inc.Evidence, model.Span{ReportID: c.r.ID, Start: s.start, End: s.end, Text: c.r.Text[s.start:s.end]})
		}
		if k := twin(out, &inc); k >= 0 && !d.another {
			// One sentence split by two names that end in the same place
			// ("carretera Chihuahua–Ciudad Juárez, a la altura de Villa
			// Ahumada" with no town known): one incident, with the counts
			// the split gave either part.
			o := &out[k]
			for _, p := range [][2]**model.Count{{&o.Killed, &inc.Killed}, {&o.Injured, &inc.Injured}, {&o.Detained, &inc.Detained}, {&o.Kidnapped, &inc.Kidnapped}} {
				if *p[0] == nil {
					*p[0] = *p[1]
				}
			}
			continue
		}
		out = append(out, inc)
	}
	return out
}

// sentenceDated reports whether sentence i tells a time of its own that
// dates an act (not of past years).
func sentenceDated(c *reportCtx, i int) bool {
	for _, t := range c.sents[i].times {
		if !t.historic && !t.t.IsZero() {
			return true
		}
	}
	return false
}

// twin returns the index of an incident of out with inc's type, place and
// first evidence sentence, about the same time, or -1.
func twin(out []model.Incident, inc *model.Incident) int {
	if inc.Tally || inc.Denial || len(inc.Evidence) == 0 {
		return -1
	}
	for k := range out {
		o := &out[k]
		if o.Tally || o.Denial || o.Type != inc.Type || len(o.Evidence) == 0 || o.Evidence[0] != inc.Evidence[0] {
			continue
		}
		if o.Time != nil && inc.Time != nil && o.Time.Sub(*inc.Time).Abs() >= 20*time.Hour {
			continue // an act told as a day before the other (laggedAct)
		}
		if o.Location.StateCode == inc.Location.StateCode && o.Location.MunicipalityCode == inc.Location.MunicipalityCode && o.Location.Locality == inc.Location.Locality {
			return k
		}
	}
	return -1
}

func ptr(f float64) *float64 { return &f }

// specific drops a generic force ("Policía", "Fuerzas federales") when the
// incident names a specific one of the same rank: "policías" beside
// "Policía Estatal" is that corporation, not another actor.
func specific(as []model.Actor) []model.Actor {
	has := func(names ...string) bool {
		for _, a := range as {
			if slices.Contains(names, a.Name) {
				return true
			}
		}
		return false
	}
	police := has("Policía Estatal", "Policía Municipal", "Policía Ministerial", "Policía Federal")
	federal := has("Secretaría de la Defensa Nacional", "Guardia Nacional", "Secretaría de Marina")
	if !police && !federal {
		return as
	}
	out := as[:0:0]
	for _, a := range as {
		if police && a.Name == "Policía" || federal && a.Name == "Fuerzas federales" {
			continue
		}
		out = append(out, a)
	}
	return out
}

// routeStart returns the town a highway's name starts from, when the name
// joins two towns with a dash ("carretera Nuevo Laredo-Monterrey") and
// the highway covers the first one.
func (e *Extractor) routeStart(p placeRef) (placeRef, bool) {
	k := strings.IndexAny(p.text, "-\u2013\u2014")
	if k <= 0 || e.geo == nil {
		return placeRef{}, false
	}
	head := p.text[:k]
	for _, w := range []string{"carretera ", "autopista ", "supercarretera ", "maxipista ", "federal ", "libre ", "de cuota "} {
		if i := strings.Index(strings.ToLower(head), w); i >= 0 {
			head = head[i+len(w):]
		}
	}
	refs := e.geo.places(strings.TrimSpace(head), "")
	if len(refs) == 0 {
		return placeRef{}, false
	}
	t := refs[len(refs)-1]
	if t.place.Kind != gazetteer.Municipality || !slices.Contains(p.place.Municipalities, t.place.MunicipalityCode) {
		return placeRef{}, false
	}
	return t, true
}

// jurisdiction returns the one state the text names only as an agency's
// or a force's jurisdiction; ok false when there is none or several.
func (c *reportCtx) jurisdiction() (placeRef, bool) {
	if len(c.jurisdictions) == 0 {
		return placeRef{}, false
	}
	j := c.jurisdictions[0]
	for _, o := range c.jurisdictions[1:] {
		if o.place.StateCode != j.place.StateCode {
			return placeRef{}, false
		}
	}
	return j, true
}

// homeLocation is the location of an incident placed only by its
// source's home: the state, at state precision, at its capital; or the
// home town muni ("" if none), at municipality precision, at its seat.
func (e *Extractor) homeLocation(code, muni string) model.Location {
	if e.geo == nil {
		return model.Location{}
	}
	st, ok := e.geo.state(code)
	if !ok {
		return model.Location{}
	}
	if m, ok := e.geo.municipality(muni); ok && m.StateCode == code && (m.Lat != 0 || m.Lon != 0) {
		return model.Location{StateCode: code, State: st.Name, MunicipalityCode: muni, Municipality: m.Name, Lat: ptr(m.Lat), Lon: ptr(m.Lon), Precision: model.GeoMunicipality, Basis: model.BasisOutletPrior}
	}
	lat, lon := st.Lat, st.Lon
	if cp, ok := e.capitalOf(code); ok {
		lat, lon = cp.Lat, cp.Lon // as location puts a state
	}
	return model.Location{StateCode: code, State: st.Name, Lat: ptr(lat), Lon: ptr(lon), Precision: model.GeoState, Basis: model.BasisOutletPrior}
}

// homeTown returns the municipality an incident placed only by its
// source's home lies in: the home state's capital when the text says "la
// capital"; else the source's learned home town (TownPrior); else the town
// its name ends with ("El Diario de Juárez"); else the home state's
// capital, where regional outlets and most of their readers are; "" when
// none is known (Ciudad de México). A local outlet's report that names no
// known place most often speaks of a neighbourhood, street or building of
// its town ("en la colonia Popular", "en el Far West Rodeo"), and one
// that names its own town less often than others: its home town does not
// need saying.
func (e *Extractor) homeTown(c *reportCtx, d *draft) string {
	capital := capitalSaid(fold.String(c.r.Title))
	for _, i := range d.sents {
		capital = capital || capitalSaid(c.text.Folded[c.sents[i].fStart:c.sents[i].fEnd])
	}
	if capital && e.geo != nil {
		// "en la capital" from a Sinaloa outlet: Culiacán.
		if m, ok := e.geo.capital(c.home); ok {
			return m.MunicipalityCode
		}
	}
	if tp, ok := e.prior.(TownPrior); ok {
		if code, ok := tp.HomeMunicipality(c.r.Source); ok {
			return code
		}
	}
	if code := e.outletTown(c.r.Source, c.home); code != "" {
		return code
	}
	if e.geo != nil {
		if m, ok := e.geo.capital(c.home); ok {
			return m.MunicipalityCode
		}
	}
	return ""
}

// learnedTown returns the home town of a report's source as learned
// from its reports (TownPrior) or told by its name ("El Diario de
// Juárez"); "" when neither is known.
func (e *Extractor) learnedTown(c *reportCtx) string {
	if tp, ok := e.prior.(TownPrior); ok {
		if code, ok := tp.HomeMunicipality(c.r.Source); ok {
			return code
		}
	}
	return e.outletTown(c.r.Source, c.home)
}

// headlineTown returns, for a headline (two sentences at most) whose
// incident is placed in a state p, the one town of that state the
// headline names elsewhere ("Sigue el huachicol en la CDMX; encuentran
// dos tomas en Iztacalco"): ok false when it names none, or several.
func (c *reportCtx) headlineTown(p placeRef) (placeRef, bool) {
	if len(c.sents) > 2 || p.place.Kind != gazetteer.State || p.place.StateCode == "" {
		return placeRef{}, false
	}
	var ps []placeRef
	for k, refs := range [][]placeRef{c.titleRefs, c.refs} {
		for _, r := range refs {
			if r.place.StateCode == p.place.StateCode && r.place.MunicipalityCode != "" && rank(r.place.Kind) <= 2 &&
				(k == 0 || r.start < 0 || r.end > len(c.r.Text) || !leadsOrLinks(c, r)) { // not a road's end (roadlink.go)
				ps = append(ps, r)
			}
		}
	}
	if len(ps) == 0 {
		return placeRef{}, false
	}
	return oneTown(ps)
}

// headlineLocality returns the one locality of municipality p that the
// headline names ("Enlace telefónico desde Izotepec" over "reportando
// desde isotepec municipio de eliodoro castiyo"): the act's finer place.
// ok false when p is no municipality, or the headline names none of its
// localities or several.
func (c *reportCtx) headlineLocality(p placeRef) (placeRef, bool) {
	if p.place.Kind != gazetteer.Municipality || p.place.MunicipalityCode == "" {
		return placeRef{}, false
	}
	var l placeRef
	for _, r := range c.titleRefs {
		if rank(r.place.Kind) != 1 || r.place.MunicipalityCode != p.place.MunicipalityCode {
			continue
		}
		if l.place.MunicipalityCode != "" && l.place.ID != r.place.ID {
			return placeRef{}, false
		}
		l = r
	}
	return l, l.place.MunicipalityCode != ""
}

// namedCapital returns the capital of the state p names when the capital
// bears the state's name and the text says "en" (or "in", or "calles de",
// "centro de") and the state's own name ("asesinan a un hombre en
// Chihuahua", "en Oaxaca"): the city, as a reader and the coders of news
// read it. A state named otherwise ("el
// estado de Chihuahua", "Chihuahua:", "Sahuaros, Chihuahua", "Edomex"),
// and so does a state among others the report names as states ("en
// Sinaloa se detuvo a 12; en Durango, a 3"). A name an incident log
// marks as the municipality's ("Colima (municipality): man killed") is
// the city too. ok false when p is no such place.
func (e *Extractor) namedCapital(c *reportCtx, p placeRef) (placeRef, bool) {
	if e.geo == nil || p.place.Kind != gazetteer.State || p.place.ID < 0 {
		return placeRef{}, false
	}
	if !p.locative && !municipalityAfter(c.r.Text, p.end) {
		return placeRef{}, false
	}
	for _, refs := range [][]placeRef{c.titleRefs, c.refs} {
		for _, r := range refs {
			if r.place.Kind == gazetteer.State && r.place.StateCode != p.place.StateCode {
				return placeRef{}, false
			}
		}
	}
	name := fold.String(p.place.Name)
	if fold.String(p.text) != name {
		return placeRef{}, false
	}
	if p.end <= len(c.r.Text) && p.start >= 0 && p.start < p.end && c.r.Text[p.start:p.end] == p.text {
		if stateAfter(c.r.Text, p.end) {
			return placeRef{}, false // "in Zacatecas state": the state
		}
		if gazetteer.LandformNoun(strings.TrimRight(firstWords(fold.String(c.r.Text[p.end:min(len(c.r.Text), p.end+24)]), 1), ".,;:")) {
			return placeRef{}, false // "in Durango sierra": the state's mountains
		}
	}
	m, ok := e.geo.capital(p.place.StateCode)
	if !ok {
		return placeRef{}, false
	}
	if cn := fold.String(m.Name); cn != name && !strings.HasPrefix(cn, name+" de ") {
		return placeRef{}, false // Culiacán, not "Sinaloa"
	}
	p.place = m
	return p, true
}

// saidCapital returns the capital of the state p names when the report
// names no other state and speaks of the state's capital without naming it
// ("la Fiscalía del Estado de Durango inició carpetas por dos hechos
// ocurridos en la capital del estado"): the capital's municipality, as the
// coders of news read it. ok false when p is no such place.
func (e *Extractor) saidCapital(c *reportCtx, p placeRef) (placeRef, bool) {
	if e.geo == nil || p.place.Kind != gazetteer.State || p.place.ID < -1 || p.place.StateCode == "" {
		return placeRef{}, false
	}
	for _, refs := range [][]placeRef{c.titleRefs, c.refs} {
		for _, r := range refs {
			if r.place.StateCode != "" && r.place.StateCode != p.place.StateCode {
				return placeRef{}, false
			}
		}
	}
	m, ok := e.geo.capital(p.place.StateCode)
	if !ok {
		return placeRef{}, false
	}
	st, ok := e.geo.state(p.place.StateCode)
	if !ok {
		return placeRef{}, false
	}
	if !capitalAt(fold.String(c.r.Title)) && !capitalAt(c.text.Folded) && !townBody(c.text.Folded, st.Name, m.Name) {
		return placeRef{}, false
	}
	p.place = m
	return p, true
}

// townBody reports whether folded text f names a town's own body by the
// name state shares with its capital capital ("la Policía Municipal de
// Puebla", "el Ayuntamiento de Puebla"): the city, not the state.
func townBody(f, state, capital string) bool {
	name := fold.String(state)
	if cn := fold.String(capital); cn != name && !strings.HasPrefix(cn, name+" de ") {
		return false // Culiacán, not "Sinaloa"
	}
	for _, w := range [...]string{"municipal de ", "ayuntamiento de ", "alcaldia de ", "presidencia municipal de ", "municipio de "} {
		if k := strings.Index(f, w+name); k >= 0 && (k == 0 || !isWord(f[k-1])) {
			if e := k + len(w) + len(name); e == len(f) || !isWord(f[e]) {
				return true
			}
		}
	}
	return false
}

// datelineOverState returns the dateline's town for an act placed only in
// that town's state ("COSALÁ, Mexico (AP) — Armed men abducted six
// workers ... in the mountains of Sinaloa state"; "CANCÚN — ... Quintana
// Roo police said"), when the town is not the state's capital (where
// desks file about the whole state) and the text names no other town:
// the dateline says which town of the state. ok false otherwise.
func (e *Extractor) datelineOverState(c *reportCtx, p placeRef) (placeRef, bool) {
	if e.geo == nil || p.place.Kind != gazetteer.State || p.place.StateCode == "" {
		return placeRef{}, false
	}
	town, ok := datelineTown(c)
	if !ok || town.place.StateCode != p.place.StateCode || p.start < 0 || p.start > len(c.r.Text) {
		return placeRef{}, false
	}
	for _, refs := range [][]placeRef{c.titleRefs, c.refs} {
		for _, r := range refs {
			if r.place.StateCode != "" && r.place.StateCode != p.place.StateCode ||
				r.place.MunicipalityCode != "" && r.place.MunicipalityCode != town.place.MunicipalityCode {
				return placeRef{}, false
			}
		}
	}
	if m, ok := e.geo.capital(p.place.StateCode); ok && m.MunicipalityCode == town.place.MunicipalityCode {
		return placeRef{}, false
	}
	if containsAny(stateContext(fold.String(c.r.Text[max(0, p.start-48):p.start])), stateWideWords...) {
		return placeRef{}, false // "en varias carreteras de Sinaloa": acts across the state
	}
	town.start, town.end, town.text = p.start, p.end, p.text
	return town, true
}

// stateContext returns folded text before a state's name without the
// wire's description of the state ("in the western Mexican state of
// Michoacán", "in the north-central state of Zacatecas"): its direction
// word says where the state lies in Mexico, not which part of the state
// the act is in ("in southern Sinaloa").
func stateContext(before string) string {
	t := strings.TrimRight(before, " ")
	if !strings.HasSuffix(t, " state of") {
		return before
	}
	if k := strings.LastIndex(t, "the "); k >= 0 {
		return t[:k]
	}
	return before
}

// stateWideWords, before a state's name, spread the acts told over the
// state, or place them in a part of it ("in the mountains of southern
// Sinaloa" under "LOS MOCHIS"), folded.
var stateWideWords = []string{"varias", "varios", "diversas", "diversos", "distintas", "distintos", "several", "across",
	"throughout", "todo el estado", "municipios", "municipalities", "carreteras", "highways", "roads",
	"southern", "northern", "eastern", "western", "central", "sur de", "norte de", "oriente de", "poniente de", "centro de"}

// colonyInDateline returns the dateline's town for a place named only as
// the end of a neighbourhood's name ("ECATEPEC, Edomex.— ... un bar de la
// colonia Jardines de Morelos"): the neighbourhood lies in the town the
// report is filed from (or, with no dateline, the town of the same state
// the text names before it: colonyTown), and a town of the same state its
// name ends with, farther than colonyTownKm from it, is part of the name.
// ok false when p is no such place.
func colonyInDateline(c *reportCtx, p placeRef) (placeRef, bool) {
	if p.place.Kind != gazetteer.Municipality && p.place.Kind != gazetteer.Locality || p.start <= 0 || p.start > len(c.r.Text) {
		return placeRef{}, false
	}
	if !colonyEnd(c.r.Text[max(0, p.start-80):p.start]) {
		return placeRef{}, false
	}
	d, ok := colonyTown(c, p)
	if !ok {
		return placeRef{}, false
	}
	if model.DistanceKm(d.place.Lat, d.place.Lon, p.place.Lat, p.place.Lon) <= colonyTownKm {
		// "XALISCO, Nay.— ... en la colonia Heriberto Casas de Tepic":
		// a neighbouring town, named as the one the colonia is in.
		return placeRef{}, false
	}
	if townNamedApart(c, p) {
		// "CAMPECHE, Camp.- ... en la colonia Playa Norte de Ciudad del
		// Carmen" under "... repelen agresión en Ciudad del Carmen": the
		// report names the town on its own too, so it is where the
		// colonia is, however far from the dateline's town.
		return placeRef{}, false
	}
	return d, true
}

// townNamedApart reports whether the report names p's municipality, or a
// locality of it, elsewhere than at the end of a neighbourhood's name: in
// its title, or in its text outside such a name.
func townNamedApart(c *reportCtx, p placeRef) bool {
	same := func(r placeRef) bool {
		return (r.place.Kind == gazetteer.Municipality || r.place.Kind == gazetteer.Locality) && r.place.MunicipalityCode == p.place.MunicipalityCode
	}
	if slices.ContainsFunc(c.titleRefs, same) {
		return true
	}
	return slices.ContainsFunc(c.refs, func(r placeRef) bool {
		return r.start != p.start && same(r) && r.start > 0 && r.start <= len(c.r.Text) && !colonyEnd(c.r.Text[max(0, r.start-80):r.start])
	})
}

// colonyTown returns the town a neighbourhood named after town p lies
// in: the dateline's, else the nearest other town of p's state the text
// names before p outside a neighbourhood's name ("Toluca, Estado de
// México. ... en la colonia Ciudad Azteca del municipio de Ecatepec ...
// en la colonia Jardines de Morelos": Ecatepec). ok false when there is
// none.
func colonyTown(c *reportCtx, p placeRef) (placeRef, bool) {
	if ds := selectPlaces(c.dateline); len(ds) > 0 {
		d := ds[0]
		ok := d.place.MunicipalityCode != "" && d.place.MunicipalityCode != p.place.MunicipalityCode && d.place.StateCode == p.place.StateCode
		return d, ok
	}
	var town placeRef
	for _, r := range c.refs {
		if r.start >= p.start {
			break
		}
		if rank(r.place.Kind) <= 2 && r.place.MunicipalityCode != "" && r.place.MunicipalityCode != p.place.MunicipalityCode &&
			r.place.StateCode == p.place.StateCode && r.start > 0 && r.start <= len(c.r.Text) && !colonyEnd(c.r.Text[max(0, r.start-80):r.start]) {
			town = r
		}
	}
	return town, town.place.MunicipalityCode != ""
}

// colonyTownKm is how far from the dateline's town a town that ends a
// neighbourhood's name may lie and still be where the neighbourhood is.
const colonyTownKm = 30

// colonyEnd reports whether head, the text before a name, ends with a
// neighbourhood word, one to three capitalized words and "de" ("colonia
// Jardines de", "fraccionamiento Villas del").
func colonyEnd(head string) bool {
	// Read from the end, word by word: most names follow "en", or "de"
	// after a noun ("el municipio de"), and need no more.
	head, w := lastField(head)
	if w != "de" && w != "del" {
		return false
	}
	for k := 0; ; k++ {
		if head, w = lastField(head); w == "" {
			return false
		}
		if k < 3 && startsUpper(w) {
			continue // one to three capitalized words
		}
		if k == 0 {
			return false
		}
		switch fold.String(w) {
		case "colonia", "col.", "fraccionamiento", "fracc.", "barrio", "unidad", "residencial":
			return true
		}
		return false
	}
}

// lastField returns the last of the words strings.Fields returns for s
// ("" when none) and what comes before it, reading s from its end; it
// decodes a rune only at a byte that is not ASCII.
func lastField(s string) (before, last string) {
	e := runeEdge(s, len(s), true, &asciiSpaces, unicode.IsSpace)
	b := runeEdge(s, e, false, &asciiSpaces, unicode.IsSpace)
	return s[:b], s[b:e]
}

// startsUpper reports whether w opens with a capital letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// capitalAt reports whether folded text f places something in the state's
// capital without naming it ("en la capital del estado", "al oriente de la
// capital"), not on the way to it ("con dirección a la capital").
func capitalAt(f string) bool {
	return capitalIndex(f) >= 0
}

// capitalIndex returns where in folded text f capitalAt finds the words
// of the state's capital ("la capital", "the state capital"), or -1.
func capitalIndex(f string) int {
	for _, w := range [...]string{"la capital", "the state capital", "esta ciudad capital"} {
		for k := 0; ; {
			i := strings.Index(f[k:], w)
			if i < 0 {
				break
			}
			i += k
			k = i + len(w)
			rest := f[k:]
			if i > 0 && isWord(f[i-1]) || k < len(f) && isWord(f[k]) || strings.HasPrefix(rest, " del pais") || strings.HasPrefix(rest, " de mexico") || strings.HasPrefix(rest, " de la republica") {
				continue
			}
			before := strings.TrimRight(f[:i], " ")
			if strings.HasSuffix(before, " a") || strings.HasSuffix(before, " hacia") || strings.HasSuffix(before, " to") || before == "a" || before == "hacia" {
				continue
			}
			if endsWithWord(before+" ", linkVerbWords) || endsWithWord(before+" ", []string{"linking ", "connecting ", "between ", "entre "}) {
				continue // "a highway that links the state capital with the coast": where the road runs (roadlink.go)
			}
			return i
		}
	}
	return -1
}

// outletTown returns the municipality of state home that an outlet's name
// ends with ("El Diario de Juárez", "El Sol de Cuautla"), or "". A state's
// name ("Diario de Colima") names the state, not its capital.
func (e *Extractor) outletTown(source, home string) string {
	if e.geo == nil || home == "" {
		return ""
	}
	f := fold.String(source)
	k := max(strings.LastIndex(f, " de "), strings.LastIndex(f, " del "))
	if k < 0 {
		return ""
	}
	tail := strings.TrimSpace(source[strings.Index(source[k+1:], " ")+k+2:])
	if tail == "" {
		return ""
	}
	if strings.ToLower(tail) == tail {
		// "el diario de juarez": a name written in lowercase is still
		// the town's ("juárez" alone would be a word or a surname).
		ws := strings.Fields(tail)
		for i, w := range ws {
			r, n := utf8.DecodeRuneInString(w)
			ws[i] = string(unicode.ToUpper(r)) + w[n:]
		}
		tail = strings.Join(ws, " ")
	}
	if st, ok := e.geo.state(home); ok && fold.String(st.Name) == fold.String(tail) {
		return ""
	}
	for _, p := range e.geo.places("en "+tail, home) {
		if p.place.Kind == gazetteer.Municipality && p.place.StateCode == home && p.start == 3 && p.end == 3+len(tail) {
			return p.place.MunicipalityCode
		}
	}
	return ""
}

// capitalSaid reports whether folded text f speaks of the state's capital
// without naming it: "en la capital", "la capital del estado".
func capitalSaid(f string) bool {
	for _, w := range [...]string{"la capital", "capital del estado", "capital de la entidad", "state capital"} {
		if k := strings.Index(f, w); k >= 0 && (k == 0 || !isWord(f[k-1])) && !strings.HasPrefix(f[k+len(w):], " del pais") && !strings.HasPrefix(f[k+len(w):], " de mexico") {
			return true
		}
	}
	return false
}

// location fills a model.Location from a resolved place.
func (e *Extractor) location(p placeRef, highway string) model.Location {
	var loc model.Location
	pl := p.place
	if pl.Kind == gazetteer.Country && pl.StateCode == "" {
		if p.text == "" && pl.ID == -2 {
			loc.Place = "México"
		} else {
			loc.Place = p.text
		}
		loc.Precision = model.GeoCountry
		return loc
	}
	loc.Place = p.text
	if highway != "" && highway != p.text {
		if loc.Place != "" {
			loc.Place = highway + ", " + loc.Place
		} else {
			loc.Place = highway
		}
	}
	code := stateOf(pl)
	if code == "" && pl.Kind == gazetteer.Highway {
		if t, ok := e.routeStart(p); ok {
			// A road across states named by its ends ("carretera
			// Reynosa-Monterrey"): its first end, as for a route the
			// gazetteer does not know ("Celaya-Salvatierra").
			loc := e.location(t, "")
			loc.Place = p.text
			return loc
		}
	}
	if code == "" {
		if pl.Kind == gazetteer.Highway || pl.Kind == gazetteer.MetroArea {
			// crosses states: the name and its point, nothing finer
			if pl.Lat != 0 || pl.Lon != 0 {
				loc.Lat, loc.Lon = ptr(pl.Lat), ptr(pl.Lon)
			}
			loc.Precision = model.GeoState
			return loc
		}
		return model.Location{}
	}
	loc.StateCode = code
	st, stOK := gazetteer.Place{}, false
	if e.geo != nil {
		st, stOK = e.geo.state(code)
	}
	if stOK {
		loc.State = st.Name
	}
	setMuni := func(code string) {
		loc.MunicipalityCode = code
		if e.geo != nil {
			if m, ok := e.geo.municipality(code); ok {
				loc.Municipality = m.Name
			}
		}
	}
	switch pl.Kind {
	case gazetteer.Locality, gazetteer.Airport, gazetteer.Port, gazetteer.Prison, gazetteer.BorderCrossing:
		if pl.MunicipalityCode != "" {
			setMuni(pl.MunicipalityCode)
		}
		if pl.Kind == gazetteer.Locality {
			loc.Locality = pl.Name
		}
		loc.Lat, loc.Lon = ptr(pl.Lat), ptr(pl.Lon)
		loc.Precision = model.GeoPoint
	case gazetteer.Municipality:
		setMuni(pl.MunicipalityCode)
		loc.Municipality = pl.Name
		loc.Lat, loc.Lon = ptr(pl.Lat), ptr(pl.Lon)
		loc.Precision = model.GeoMunicipality
	case gazetteer.MetroArea:
		if len(pl.Municipalities) == 1 {
			setMuni(pl.Municipalities[0])
		}
		loc.Lat, loc.Lon = ptr(pl.Lat), ptr(pl.Lon)
		loc.Precision = model.GeoMunicipality
	default: // State, Highway, or a state built from a finer place
		// A place known only to its state is put at the state's capital,
		// as ACLED and UCDP code it (its precision says it is no more
		// than the state); a highway of one state at its own point.
		if pl.Kind == gazetteer.Highway && (pl.Lat != 0 || pl.Lon != 0) {
			loc.Lat, loc.Lon = ptr(pl.Lat), ptr(pl.Lon)
		} else if cp, ok := e.capitalOf(code); ok {
			loc.Lat, loc.Lon = ptr(cp.Lat), ptr(cp.Lon)
		} else if stOK {
			loc.Lat, loc.Lon = ptr(st.Lat), ptr(st.Lon)
		} else if pl.Kind == gazetteer.State && pl.ID >= 0 {
			loc.Lat, loc.Lon = ptr(pl.Lat), ptr(pl.Lon)
		}
		loc.Precision = model.GeoState
		if loc.Place == "" && stOK {
			loc.Place = st.Name
		}
	}
	return loc
}

// capitalOf returns the capital of the state code when the gazetteer
// knows it and its point.
func (e *Extractor) capitalOf(code string) (gazetteer.Place, bool) {
	if e.geo == nil {
		return gazetteer.Place{}, false
	}
	cp, ok := e.geo.capital(code)
	return cp, ok && (cp.Lat != 0 || cp.Lon != 0)
}

// otherEventDay reports whether the time expression starting at start in
// text dates another event than the act told around it: a pluperfect
// clause that tells no act of violence ("a un hombre que había salido de
// prisión el 3 de marzo", "who had testified on March 3"), or an act
// named after the witness, author or suspect of it ("testigo del ataque
// del pasado viernes", "autor del asesinato del 3 de agosto"). A victim
// of an act keeps its day ("muere víctima del ataque del viernes": a
// follow-up of that act); an arrest or rescue (typ SecurityOperation)
// is not dated by a pluperfect act either ("liberaron este sábado a un
// comerciante que había sido privado de la libertad el pasado jueves").
func otherEventDay(ft fold.Text, start int, typ model.IncidentType) bool {
	var buf [10]string
	ws := tailLetterWords(buf[:0], foldedBefore(ft, start, 80), 10)
	for i := len(ws) - 2; i >= 0; i-- {
		if !(ws[i] == "que" && (ws[i+1] == "habia" || ws[i+1] == "habian") || ws[i] == "who" && ws[i+1] == "had") {
			continue
		}
		for j, w := range ws[i+2:] {
			if slices.Contains(rescueAux, " "+w+" ") && passiveRescue(ws[i+3+j:]) {
				return false // the clause ended: "que había sido secuestrada el sábado en Uruapan, fue liberada el domingo" (mainRescue)
			}
			if typ != model.SecurityOperation && hasAnyPrefix(w, "asesinad", "secuestrad", "levantad", "privad", "atacad", "balead", "herid",
				"ejecutad", "matad", "lesionad", "agredid", "desaparec", "killed", "kidnapped", "abducted", "shot",
				"attacked", "murdered", "wounded") {
				return false
			}
		}
		return true
	}
	// "testigo del ataque del pasado viernes", "testigo de la masacre
	// del sábado", "witness of the attack on Friday": a head noun, de,
	// an article, an act noun, de (or on), then the day.
	k := len(ws) - 1
	for k >= 0 && (ws[k] == "el" || ws[k] == "pasado" || ws[k] == "la" || ws[k] == "last") {
		k--
	}
	if k < 3 || ws[k] != "del" && ws[k] != "de" && ws[k] != "on" {
		return false
	}
	switch ws[k-1] {
	case "ataque", "asesinato", "homicidio", "crimen", "masacre", "balacera", "enfrentamiento", "secuestro",
		"incendio", "atentado", "emboscada", "feminicidio", "attack", "shooting", "killing", "massacre", "murder":
	default:
		return false
	}
	j := k - 2
	if ws[j] == "la" || ws[j] == "el" || ws[j] == "the" {
		j--
	}
	if j < 1 || ws[j] != "del" && ws[j] != "de" && ws[j] != "of" {
		return false
	}
	switch ws[j-1] {
	case "testigo", "testigos", "autor", "autores", "responsable", "responsables", "sospechoso", "sospechosos",
		"implicado", "implicados", "participante", "participantes", "witness", "witnesses", "suspect", "suspects",
		"perpetrator", "perpetrators":
		return true
	}
	return false
}

// periodStart reports whether the time expression starting at start in
// text opens a period ("desde el lunes", "since Monday", "a partir del
// viernes"): the start of a count or of a wave, which dates an act told
// with another time only when nothing else does.
func periodStart(ft fold.Text, start int) bool {
	text := ft.Source()
	end := min(len(text), start+8)
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	head := ft.Sub(start, end).Folded
	if strings.HasPrefix(head, "desde ") || strings.HasPrefix(head, "since ") || strings.HasPrefix(head, "a partir ") {
		return true
	}
	var buf [2]string
	ws := tailLetterWords(buf[:0], foldedBefore(ft, start, 24), 2, "el", "la", "the", "on", "del", "este", "esta", "pasado", "last")
	if len(ws) == 0 {
		return false
	}
	switch w := ws[len(ws)-1]; w {
	case "desde", "since", "partir":
		return true
	case "de":
		return len(ws) > 1 && ws[len(ws)-2] == "partir"
	}
	return false
}

// foldedBefore returns the fold of the n bytes of ft's original before
// start (from the start of a rune): a part of ft.Folded, with no new
// string. The rules read its last words with tailLetterWords.
func foldedBefore(ft fold.Text, start, n int) string {
	return ft.Sub(runeFrom(ft.Source(), start, n), start).Folded
}

// runeFrom returns the offset n bytes before start in text, moved back
// to the start of a rune.
func runeFrom(text string, start, n int) int {
	from := max(0, start-n)
	for from > 0 && from < len(text) && !utf8.RuneStart(text[from]) {
		from--
	}
	return from
}

// lastWordBefore returns the last letter word (lastLetterWord) of the
// fold of the n bytes of text before start, or "": without a new string when the bytes it reads are
// ASCII, whose fold only lowers capitals.
func lastWordBefore(text string, start, n int) string {
	from := runeFrom(text, start, n)
	s := text[from:start]
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			w, _ := lastLetterWord(foldedBefore(fold.New(s), len(s), len(s)))
			return w
		}
	}
	e := len(s)
	for e > 0 && !asciiAlnum(s[e-1]) {
		e--
	}
	b := e
	for b > 0 && asciiAlnum(s[b-1]) {
		b--
	}
	return strings.ToLower(s[b:e])
}

// asciiAlnum reports whether c is an ASCII letter or digit.
func asciiAlnum(c byte) bool { return asciiAlnums[c] }

// asciiAlnums holds asciiAlnum's answer for each byte: one load where
// the rules split words byte by byte.
var asciiAlnums = func() (t [256]bool) {
	for c := range 256 {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// tailLetterWords appends to dst the last k letter words of s, the words
// strings.FieldsFunc returns when it splits at what is neither letter nor
// digit, once the words that are one of skip are dropped from its end,
// in order. It reads s from its end only as far as those words go, with
// no slice of all its words: the rules read the last few words before a
// time.
func tailLetterWords(dst []string, s string, k int, skip ...string) []string {
	n, trimming := len(dst), len(skip) > 0
	for len(dst)-n < k {
		w, b := lastLetterWord(s)
		if b < 0 {
			break
		}
		s = s[:b]
		if trimming && slices.Contains(skip, w) {
			continue
		}
		trimming = false
		dst = append(dst, w)
	}
	slices.Reverse(dst[n:])
	return dst
}

// lastLetterWord returns the last letter word of s (tailLetterWords) and
// its offset in s; -1 when s has none.
func lastLetterWord(s string) (string, int) {
	e := runeEdge(s, len(s), false, &asciiAlnums, letterOrDigit)
	if e == 0 {
		return "", -1
	}
	b := runeEdge(s, e, true, &asciiAlnums, letterOrDigit)
	return s[b:e], b
}

// runeEdge moves back from offset i of s over the runes that are (in) or
// are not (!in) of a class, and returns where it stops: ascii holds the
// answer for each ASCII byte, is tells it for other runes, which it
// decodes only there.
func runeEdge(s string, i int, in bool, ascii *[256]bool, is func(rune) bool) int {
	for i > 0 {
		c, size := s[i-1], 1
		of := ascii[c]
		if c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeLastRuneInString(s[:i])
			of = is(r)
		}
		if of != in {
			return i
		}
		i -= size
	}
	return 0
}

// letterOrDigit reports whether r is a letter or a digit: a rune of a
// letter word (tailLetterWords).
func letterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// missingSince reports whether the time expression starting at start in
// text tells when someone went missing: it follows "desaparecido",
// "desapareció", "missing", "disappeared"… directly or through "desde",
// "since", "el", "hace" ("desaparecido hace 19 días", "missing since
// Friday", "desaparecida desde el 12 de diciembre").
func missingSince(ft fold.Text, start int) bool {
	var buf [1]string
	ws := tailLetterWords(buf[:0], foldedBefore(ft, start, 48), 1, "desde", "since", "el", "la", "the", "on", "hace", "de", "del")
	if len(ws) == 0 {
		return false
	}
	w := ws[len(ws)-1]
	return strings.HasPrefix(w, "desaparec") || strings.HasPrefix(w, "extraviad") ||
		w == "missing" || w == "disappeared" || w == "vanished"
}

// diedOfWounds reports whether the time at original offset start of
// text, in a sentence spanning [lo, hi), follows a death (at most two
// words between, or a hospital: "died in hospital on Tuesday") of someone
// the sentence told wounded before it or treated in a hospital ("El
// agente que resultó herido en el ataque armado del viernes murió la
// madrugada de este domingo", "a woman who was wounded on Saturday died
// Sunday night", "Un tercer agente murió la noche del martes en un
// hospital de esta capital, a donde fue trasladado tras la emboscada del
// lunes"): the day of the death, not of the act.
func diedOfWounds(ft fold.Text, lo, hi, start int) bool {
	if !diedWords.in(ft.Source()[max(lo, start-40):start]) {
		return false // no death told right before: no need to fold the words
	}
	var buf [1]string
	ws := tailLetterWords(buf[:0], foldedBefore(ft, start, 40), 1,
		"el", "la", "the", "on", "este", "esta", "this", "pasado", "late", "early", "in", "en", "de", "del", "at", "a", "un", "hospital")
	if len(ws) == 0 {
		return false
	}
	switch ws[len(ws)-1] {
	case "murio", "murieron", "fallecio", "fallecieron", "died", "succumbed", "vida": // "perdió la vida"
	default:
		return false
	}
	for s := foldedBefore(ft, start, min(start-lo, 240)); ; {
		w, b := lastLetterWord(s)
		if b < 0 {
			break
		}
		if hasAnyPrefix(w, woundedWords...) {
			return true
		}
		s = s[:b]
	}
	after := fold.String(ft.Source()[start:max(start, hi)])
	return hospitalWords.in(after) || oneOfWounded(after)
}

// woundedWords begin the folded words of someone wounded (diedOfWounds).
var woundedWords = []string{"herid", "lesionad", "balead", "wounded", "injured", "shot"}

// oneOfWounded reports whether folded f, the words after a death's day,
// name the dead as one of the wounded, within a few words ("murió el
// jueves uno de los dos hombres heridos en el ataque", "died on Sunday
// one of the three people injured").
func oneOfWounded(f string) bool {
	for _, m := range [...]string{"uno de los ", "una de las ", "one of the "} {
		k := strings.Index(f, m)
		if k < 0 || k > 30 {
			continue
		}
		ws := strings.Fields(f[k+len(m):])
		for _, w := range ws[:min(len(ws), 3)] {
			if hasAnyPrefix(w, woundedWords...) {
				return true
			}
		}
	}
	return false
}

// diedWords tell a death, unfolded or folded (diedOfWounds).
var diedWords = newNeedles("urió", "urio", "urieron", "alleció", "allecio", "allecieron", "died", "succumb", "vida")

// takenOn reports whether the time expression starting at start in text
// tells when someone was taken: it follows a participle of an abduction
// ("two brothers abducted last week", "levantado el sábado", "privados de
// la libertad el domingo"). It dates a finding or a killing told with it
// only when nothing else does.
// tollRoseOn reports whether the time expression at original offset start
// dates a toll's rise ("an attack whose death toll rose to four on
// Sunday", "la cifra de muertos subió a cinco este domingo"): the day a
// count changed, which dates the act only when nothing else does.
func tollRoseOn(ft fold.Text, start int) bool {
	if !tollRiseWords.in(ft.Source()[max(0, start-40):start]) {
		return false // no rise told right before: no need to fold the words
	}
	var buf [3]string
	ws := tailLetterWords(buf[:0], foldedBefore(ft, start, 40), 3, "el", "la", "the", "on", "este", "esta", "this", "late", "early")
	n := len(ws)
	if n < 3 || ws[n-2] != "to" && ws[n-2] != "a" {
		return false
	}
	if _, ok := toll.Number(ws[n-1]); !ok {
		return false
	}
	return hasAnyPrefix(ws[n-3], "rose", "risen", "climbed", "increased", "jumped", "subio", "ascendio", "aumento", "elevo", "incremento")
}

// lagMarks are the words, as written, of a lag (lagUnitWords before
// lagOpeners) between a sentence's day and an act's cue, asked before the
// lag is looked for (setTime).
var lagMarks = newNeedles("day after", "days after", "week after", "weeks after", "día después", "días después", "dia despues", "dias despues",
	"día luego", "días luego", "semana después", "semanas después", "semana despues", "semanas despues")

// tollRiseWords are the verbs of a toll's rise, as written (tollRoseOn).
var tollRiseWords = newNeedles("rose", "risen", "climbed", "increased", "jumped", "subió", "subio", "ascendió", "ascendio", "aumentó", "aumento", "elevó", "elevo", "incrementó", "incremento")

func takenOn(ft fold.Text, start int) bool {
	var buf [4]string
	ws := tailLetterWords(buf[:0], foldedBefore(ft, start, 48), 4, "el", "la", "the", "on", "este", "esta", "this", "hace", "last", "pasado")
	if len(ws) == 0 {
		return false
	}
	w := ws[len(ws)-1]
	if w == "libertad" && len(ws) >= 4 && ws[len(ws)-2] == "la" && ws[len(ws)-3] == "de" && strings.HasPrefix(ws[len(ws)-4], "privad") {
		return true
	}
	return w == "abducted" || w == "kidnapped" || hasAnyPrefix(w, "secuestrad", "levantad", "plagiad", "raptad")
}

// daysBack returns the start of the day n days before t's (after it for
// a negative n), in the extractor's zone.
func (e *Extractor) daysBack(t time.Time, n int) time.Time {
	day := t.In(e.loc).AddDate(0, 0, -n)
	return time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, e.loc)
}

// causeDay reports whether t, a time in ft's original, dates what a
// closure or an advisory is told to follow, not when it takes effect: a
// day after a participle of occurring ("por las condiciones de seguridad
// registradas este martes, se suspenden las clases ... el miércoles 15",
// "derivado de los hechos de violencia registrados durante el fin de
// semana").
func causeDay(ft fold.Text, t *timeExpr) bool {
	var buf [1]string
	ws := tailLetterWords(buf[:0], foldedBefore(ft, t.start, 40), 1, "el", "la", "este", "esta", "durante", "en")
	if len(ws) == 0 {
		return false
	}
	w := strings.TrimSuffix(ws[len(ws)-1], "s")
	return slices.Contains(occurredWords, w)
}

// latestTime returns the latest time of sentence j another sentence may
// inherit, preferring an act's time to a statement's ("killed late Friday,
// prosecutors said on Saturday"); nil when none.
func (c *reportCtx) latestTime(j int) *timeExpr {
	s := &c.sents[j]
	m := latestMemo{n: len(s.times)}
	if m.n > 0 {
		m.first = &s.times[0]
	}
	if s.latest.done && s.latest.first == m.first && s.latest.n == m.n {
		return s.latest.t
	}
	m.t, m.done = c.readLatestTime(s.times), true
	s.latest = m
	return m.t
}

// latestMemo holds latestTime's answer t for a sentence whose times
// begin at first and number n (a sentence's times are set, never
// changed in place; a title's are set once, when it had none).
type latestMemo struct {
	done  bool
	n     int
	first *timeExpr
	t     *timeExpr
}

// readLatestTime is latestTime of times ts.
func (c *reportCtx) readLatestTime(ts []timeExpr) *timeExpr {
	var said *timeExpr
	for k := len(ts) - 1; k >= 0; k-- {
		if ts[k].historic || ts[k].upcoming || ts[k].bare || ts[k].t.IsZero() {
			continue
		}
		if !saidOn(c.plain, ts[k].start) && !relativeTime(c.plain, ts[k].start) {
			return &ts[k]
		}
		if said == nil {
			said = &ts[k]
		}
	}
	return said
}

// date returns the midnight of t's calendar day on e.loc's wall clock.
func (e *Extractor) date(t time.Time) time.Time {
	y, m, d := t.In(e.loc).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, e.loc)
}

// turnOpener returns the day a transcript's turn opened with ("arrancamos
// con lo que pasó ayer en la tarde noche", "una noche bastante movida
// anoche") when sentence i, told in that turn, dates its act only by the
// airing day after telling it ("... hoy en la mañana todo está abierto",
// "ahorita a ver qué nos dice la fiscalía"): the opener governs the acts
// told after it, and the airing day tells the present. It is the latest
// time of the nearest earlier sentence of the paragraph that has one,
// when that time is before day (the airing day); else nil.
func (c *reportCtx) turnOpener(i int, day, aired time.Time) *timeExpr {
	if !day.Equal(aired) {
		return nil
	}
	para := c.sents[i].para
	for j := i - 1; j >= 0 && c.sents[j].para == para; j-- {
		if t := c.latestTime(j); t != nil {
			if t.t.In(aired.Location()).Before(aired) {
				return t
			}
			return nil
		}
	}
	return nil
}

// offsetGap returns how far apart offsets a and b are.
func offsetGap(a, b int) int {
	if a < b {
		return b - a
	}
	return a - b
}

// nightBefore returns the latest night told before sentence i ("shot
// dead on Tuesday night"), a relative clause's too, with its sentence,
// or nil and -1.
func (c *reportCtx) nightBefore(i int) (*timeExpr, int) {
	for j := i - 1; j >= 0; j-- {
		ts := c.sents[j].times
		for k := len(ts) - 1; k >= 0; k-- {
			t := &ts[k]
			if t.historic || t.upcoming || t.bare || t.t.IsZero() || saidOn(c.plain, t.start) {
				continue
			}
			if h := t.t.Hour(); h >= 19 {
				return t, j
			}
		}
	}
	return nil, -1
}

// mainTimeBefore returns the first time of the nearest sentence before i
// that tells one, which dates the sentence's own act ("A third officer
// died on Thursday of wounds suffered in Tuesday night's ambush"), with
// its sentence, or nil and -1.
func (c *reportCtx) mainTimeBefore(i int) (*timeExpr, int) {
	for j := i - 1; j >= 0; j-- {
		for k := range c.sents[j].times {
			t := &c.sents[j].times[k]
			if !t.historic && !t.upcoming && !t.bare && !t.t.IsZero() && !saidOn(c.plain, t.start) {
				return t, j
			}
		}
	}
	return nil, -1
}

// inheritedTime returns the time of sentence j a later sentence telling
// an act of type typ inherits: when j tells acts on several days, the
// time nearest its cue of that type ("Gunmen set vehicles ablaze to block
// highways on Sunday night, and authorities cancelled classes on Monday.
// The first blockade was reported on the road to Costa Rica": Sunday),
// else latestTime.
func (c *reportCtx) inheritedTime(j int, typ model.IncidentType) *timeExpr {
	latest := c.latestTime(j)
	s := &c.sents[j]
	if latest == nil || len(s.times) < 2 {
		return latest
	}
	var best *timeExpr
	bestD := 1 << 30
	for _, h := range s.cues {
		if h.typ != typ {
			continue
		}
		for k := range s.times {
			t := &s.times[k]
			if t.historic || t.upcoming || t.bare || t.t.IsZero() || saidOn(c.plain, t.start) {
				continue
			}
			if dd := offsetGap(t.start, h.start); dd < bestD {
				best, bestD = t, dd
			}
		}
	}
	if best == nil {
		return latest
	}
	return best
}

// sameMoment reports whether folded sentence f tells its act as at the
// time of the one told before it ("Casi al mismo tiempo", "minutos
// después", "at the same time").
func sameMoment(f string) bool {
	return sameMomentWords.in(f)
}

// sameMomentWords are the folded phrases of sameMoment.
var sameMomentWords = newNeedles("mismo tiempo", "misma hora", "mismo momento", "simultane", "minutos despues", "minutos mas tarde", "minutos antes",
	"same time", "simultaneous", "minutes later", "minutes earlier", "minutes before", "moments later")

// relativeTime reports whether the time expression at original offset
// start dates a relative clause about someone ("un comerciante que ayer
// por la mañana fue privado de la libertad", "a grocer who was abducted
// on Wednesday"): it dates an earlier act, not the one the sentence tells
// and the next sentence goes on with.
func relativeTime(ft fold.Text, start int) bool {
	text := ft.Source()
	before := foldedBefore(ft, start, 70)
	k := lastRelative(before)
	if k < 0 || strings.ContainsAny(before[k:], ",;.") {
		return false
	}
	to := min(len(text), start+60)
	for to < len(text) && !utf8.RuneStart(text[to]) {
		to++
	}
	after := ft.Sub(start, to).Folded
	if c := strings.IndexAny(after, ",;."); c >= 0 {
		after = after[:c]
	}
	passive := func(w string) bool {
		return passiveAux.in(w)
	}
	return passive(before[k:]+" ") || passive(after)
}

// lastRelative returns the offset in folded f of the last " que ", " who "
// or " quien " (the latest of the three strings.LastIndex would find, in
// one pass from the end), or -1.
func lastRelative(f string) int {
	for i := len(f) - 5; i >= 0; i-- {
		if f[i] != ' ' {
			continue
		}
		if w := f[i+1:]; strings.HasPrefix(w, "que ") || strings.HasPrefix(w, "who ") || strings.HasPrefix(w, "quien ") {
			return i
		}
	}
	return -1
}

// passiveAux are the auxiliaries of a passive (relativeTime).
var passiveAux = newNeedles(" fue ", " fueron ", " habia sido ", " was ", " were ", " had been ")

// timeClause returns the original span of d's first sentence whose times are
// d's: all of it, unless the sentence lists several places each with its
// time ("a las 20:05 en Tlajomulco y a las 21:10 en Acatlán", "en Zapopan
// a las 20:00 y en Tonalá a las 21:00"): then the stretch from the place
// before d's to d's own when the list gives times before places, from d's
// place to the next one when after.
func timeClause(c *reportCtx, d *draft) (lo, hi int) {
	if d.clause[1] > 0 {
		return d.clause[0], d.clause[1]
	}
	if d.firstSent >= 0 {
		if s := &c.sents[d.firstSent]; d.cuePos >= s.start && d.cuePos < s.end {
			if at := c.earlierClauseAt(s); at >= 0 {
				if d.cuePos >= at {
					return at, s.end
				}
				return s.start, at
			}
		}
	}
	if d.firstSent < 0 || !d.split || len(c.sents[d.firstSent].times) < 2 {
		return 0, len(c.r.Text) // no list of times (asked before the places are selected)
	}
	s := &c.sents[d.firstSent]
	ps := selectPlaces(s.places)
	ts := s.times
	if filed := c.filed; filed > 0 {
		// the dateline's day of filing is no time of a listed place
		ts = slices.DeleteFunc(slices.Clone(ts), func(t timeExpr) bool { return t.end <= filed })
		ps = slices.DeleteFunc(ps, func(p placeRef) bool { return p.end <= filed })
	}
	if len(ps) < 2 || len(ts) < 2 {
		return 0, len(c.r.Text)
	}
	k := slices.IndexFunc(ps, func(p placeRef) bool { return p.start == d.place.start })
	if k < 0 {
		return 0, len(c.r.Text)
	}
	if lo, hi, joined := joinedClause(c.r.Text, s, ps, k); joined && slices.ContainsFunc(ts, func(t timeExpr) bool { return t.start >= lo && t.start < hi }) {
		// a clause of its own that tells its own time (one that
		// tells none shares the sentence's)
		return lo, hi
	}
	before := ts[0].start < ps[0].start
	if before {
		lo = s.start
		if k > 0 {
			lo = ps[k-1].end
		}
		return lo, d.place.start
	}
	hi = s.end
	if k+1 < len(ps) {
		hi = ps[k+1].start
	}
	return d.place.end, hi
}

// joinedClause returns the original span of sentence s that tells the
// act of places[k] when a clause join (actJoins) stands between its place
// and the place before or after it: from the join before (or the
// sentence's start) to the join after (or its end). joined is false when
// no join parts places[k] from a neighbour: a list of places of one act
// ("en Celaya y en Salamanca") or a sentence built otherwise.
func joinedClause(text string, s *sentInfo, places []placeRef, k int) (lo, hi int, joined bool) {
	lo, hi = s.start, s.end
	if k > 0 {
		if at := actJoinIn(text, places[k-1].end, places[k].start); at >= 0 {
			lo, joined = at, true
		}
	}
	if k+1 < len(places) {
		if at := actJoinIn(text, places[k].end, places[k+1].start); at >= 0 {
			hi, joined = at, true
		}
	}
	return lo, hi, joined
}

// actJoins join a second clause, with an act of its own, to a sentence's
// first: ", y la madrugada del viernes un comerciante fue privado...",
// "... y, el domingo, en Salamanca ...", "...; en Río Bravo...", ",
// mientras que", ", en tanto que", ", while".
var actJoins = []string{", y ", " y, ", "; ", ", mientras que ", ", en tanto que ", ", while ", ", whereas "}

// actJoinIn returns the original offset of the last clause join
// (actJoins) in text[from:to], or -1.
func actJoinIn(text string, from, to int) int {
	if from < 0 || to > len(text) || from >= to {
		return -1
	}
	best := -1
	for _, j := range actJoins {
		if k := strings.LastIndex(text[from:to], j); k >= 0 && from+k > best {
			best = from + k
		}
	}
	return best
}

// earlierClauseMarkers open a clause that tells an act before the one the
// sentence leads with, folded: afterMarkers and the nouns' "tras",
// "after", "después del", "luego de la", "a raíz de".
var earlierClauseMarkers = append(slices.Clip(afterMarkers), " tras ", " after ", " despues de la ", " despues del ", " luego de la ", " luego del ", " a raiz de ")

// earlierClauseAt returns the original offset where sentence s opens a
// clause of an earlier act (earlierClauseMarkers) when s tells a time on
// each side of it, else -1: each act is dated by its own side
// ("suspendieron el servicio este jueves, luego de que la noche del
// miércoles un chofer fuera asesinado", "the road reopened early Sunday
// after gunmen set three trucks on fire late Saturday"). A marker inside
// a time ("shortly after midnight") opens no clause.
func (c *reportCtx) earlierClauseAt(s *sentInfo) int {
	if len(s.times) < 2 {
		return -1
	}
	f := c.text.Folded[s.fStart:s.fEnd]
	best := -1
	for _, m := range earlierClauseMarkers {
		k := strings.Index(f, m)
		if k < 0 || best >= 0 && s.fStart+k >= best {
			continue
		}
		at, end := c.text.Orig(s.fStart+k), c.text.Orig(s.fStart+k+len(m))
		before, after, inside := false, false, false
		for _, t := range s.times {
			if t.historic || t.t.IsZero() || t.start >= end && saidOn(c.plain, t.start) {
				continue // a statement's day dates no act after the marker ("hours after gunmen set two trucks ablaze, authorities said Thursday")
			}
			before = before || t.end <= at
			after = after || t.start >= end
			inside = inside || t.start < end && t.end > at
		}
		if before && after && !inside {
			best = s.fStart + k
		}
	}
	if best < 0 {
		return -1
	}
	return c.text.Orig(best)
}

// saidOn reports whether the time expression at start dates a statement
// ("the prosecutor's office said on Saturday", "informó este sábado")
// rather than an act: another sentence's act does not inherit it.
func saidOn(ft fold.Text, start int) bool {
	var buf [4]string
	ws := tailLetterWords(buf[:0], foldedBefore(ft, start, 24), 4, "el", "la", "on", "este", "esta", "this", "late", "early")
	if len(ws) == 0 {
		return false
	}
	switch ws[len(ws)-1] {
	case "said", "says", "reported", "announced", "confirmed", "added", "told", "stated",
		"informo", "informaron", "dijo", "dijeron", "senalo", "senalaron", "reporto", "reportaron",
		"confirmo", "confirmaron", "anuncio", "anunciaron", "declaro", "indico", "preciso", "explico", "agrego",
		"difundido", "difundida", "publicado", "publicada", "released", "published":
		return true
	}
	// An appeal told with whom it is made to ("asked the public on
	// Thursday for help", "pidió a la población este jueves").
	for _, w := range ws[max(0, len(ws)-4) : len(ws)-1] {
		switch w {
		case "asked", "urged", "appealed", "pidio", "pidieron", "exhorto", "exhortaron", "solicito", "solicitaron":
			return true
		}
	}
	return false
}

// upcomingInText returns the text's own reading of a title's time
// expression when the text has the same words resolved ahead of
// publication: one report means one day by "este lunes".
func (c *reportCtx) upcomingInText(tt *timeExpr) *timeExpr {
	if tt.upcoming || tt.end > len(c.r.Title) || tt.start < 0 || tt.start > tt.end {
		return nil
	}
	words := fold.String(c.r.Title[tt.start:tt.end])
	for i := range c.sents {
		for k := range c.sents[i].times {
			t := &c.sents[i].times[k]
			if t.upcoming && t.end <= len(c.r.Text) && fold.String(c.r.Text[t.start:t.end]) == words {
				return t
			}
		}
	}
	return nil
}

// afterword reports whether sentence i of draft d goes on in a later
// paragraph about an act of another kind than d's, without telling an
// act of its own or that one took place ("Officers later arrested two
// suspects ... The wounded officer was in stable condition on
// Thursday"): its day is of that act's aftermath, not of d's act.
func afterword(c *reportCtx, d *draft, i int) bool {
	if d.firstSent < 0 || i == d.firstSent || c.sents[i].para == c.sents[d.firstSent].para || c.sents[i].typ == "" || c.sents[i].typ == d.typ {
		return false
	}
	return !tookPlaceWords.in(c.text.Folded[c.sents[i].fStart:c.sents[i].fEnd])
}

// setTime fills the incident's time; it reports whether the time came
// from the incident's own sentences.
func (e *Extractor) setTime(c *reportCtx, d *draft, inc *model.Incident) bool {
	var best, bare, since, said, ended, taken *timeExpr
	bestD := 1 << 30
	ahead := d.typ == model.Disruption || d.typ == model.Advisory // dated when they take effect
	// A day someone went missing dates the disappearance, not the finding
	// or the killing told with it.
	otherDay := readOtherDay
	if d.typ == model.SecurityOperation {
		otherDay = readOtherDayOp // otherEventDay reads typ no further
	}
	other := func(t *timeExpr) bool {
		return d.typ != model.Kidnapping && t.read(readMissing, func() bool { return missingSince(c.plain, t.start) }) ||
			t.read(otherDay, func() bool { return otherEventDay(c.plain, t.start, d.typ) })
	}
	saidAt := func(t *timeExpr) bool { return t.read(readSaid, func() bool { return saidOn(c.plain, t.start) }) }
	lo, hi := timeClause(c, d)
	filed := c.filed
	// A transcript's times inside the cue's own stretch between discourse
	// markers (markerClause): the nearest of them dates the act unless a
	// nearer time outside it agrees with it (partsAgree).
	transcript := c.r.Kind == model.KindTranscript && d.cuePos >= 0
	var clause [2]int
	if transcript {
		clause[0], clause[1] = e.markerClause(c, d.cuePos)
	}
	var inClause *timeExpr
	clauseD := 1 << 30
	for _, i := range d.sents {
		if afterword(c, d, i) {
			continue
		}
		for k := range c.sents[i].times {
			t := &c.sents[i].times[k]
			if t.historic || t.t.IsZero() || t.upcoming && !ahead || other(t) {
				continue
			}
			if t.read(readPeriodEnd, func() bool { return periodEnd(c.r.Text, t.start) }) || k > 0 && rangeEnd(c.plain, &c.sents[i].times[k-1], t) {
				if ended == nil {
					ended = t // a period's or a range's end: only when nothing else dates it
				}
				continue
			}
			if i == d.firstSent && (t.start < lo || t.start >= hi) {
				continue // another place's time in a list
			}
			if d.typ != model.Kidnapping && !t.bare && t.prec != model.TimeMinute && t.prec != model.TimeHour && t.read(readPeriodStart, func() bool { return periodStart(c.plain, t.start) }) {
				// A day that opens a period ("suman 19 bloqueos desde el
				// lunes"): where a count began, not "desde las 06:30".
				if since == nil {
					since = t
				}
				continue
			}
			if t.bare {
				// "en la madrugada" on the publication day: only when no
				// day is told before it in the report.
				if bare == nil {
					bare = t
				}
				continue
			}
			if d.typ != model.Kidnapping && (t.read(readTaken, func() bool { return takenOn(c.plain, t.start) }) ||
				diedOfWounds(c.plain, c.sents[i].start, c.sents[i].end, t.start) || t.read(readTollRose, func() bool { return tollRoseOn(c.plain, t.start) })) ||
				ahead && t.read(readCause, func() bool { return causeDay(c.plain, t) }) {
				if taken == nil {
					taken = t // the day someone was taken, or died of wounds, or a closure's cause: only when nothing else dates the act
				}
				continue
			}
			if t.read(readStated, func() bool { return statedDay(c.r.Text, t) }) || t.end <= filed || (len(d.sents) > 1 || len(c.sents[i].times) > 1) && saidAt(t) {
				// the day a statement was made ("informó este lunes",
				// "said Monday that"; asked only where another time may
				// date the act, as it folds words) or the dateline's day
				// of filing, when the act has its own
				if said == nil {
					said = t
				}
				continue
			}
			if dd := offsetGap(t.start, d.cuePos); dd < bestD {
				best, bestD = t, dd
			}
			if transcript && t.start >= clause[0] && t.end <= clause[1] {
				if dd := offsetGap(t.start, d.cuePos); dd < clauseD {
					inClause, clauseD = t, dd
				}
			}
		}
	}
	if inClause != nil && best != inClause && !partsAgree(inClause, best) {
		// "anoche en una cantina ... dispararon y ojo que ya en la
		// tarde de ayer ... balearon a un muchacho": a transcript's
		// next item tells another act, whose part of the day is not
		// this act's.
		best = inClause
	}
	if best == nil {
		best = said
	}
	if best == nil {
		best = taken
	}
	if since != nil && (best == nil || d.tally || saidAt(best)) {
		// It dates a tally (the day its period starts), an act nothing
		// else dates, and a count over the day it was told ("Desde la
		// noche del viernes se han contabilizado 252 bloqueos, informó
		// este sábado").
		best = since
	}
	if best != nil && best.clock != nil && (best.prec == model.TimeMinute || best.prec == model.TimeHour) {
		if t, ok := e.leadDayClock(c, d, best); ok {
			best = &t // "El primero ocurrió poco después de las siete" after "la jornada del domingo" (countedlead.go)
		}
	}
	if best != nil && c.r.Kind == model.KindTranscript && d.firstSent >= 0 && best.start > d.cuePos {
		if t := c.turnOpener(d.firstSent, e.date(best.t), e.date(c.r.Published)); t != nil {
			best = t
		}
	}
	if best != nil && d.firstSent >= 0 {
		if n := statedDaysBefore(c, &c.sents[d.firstSent], best); n > 0 {
			// "said on Tuesday that soldiers had clashed with gunmen a
			// day earlier": the day before the statement's.
			t := *best
			t.t, t.prec = e.daysBack(t.t, n), model.TimeDay
			best = &t
		}
	}
	own := best != nil
	from := -1 // the sentence an inherited time is told in
	if best == nil && d.firstSent > 0 {
		// "Later that night, ...": the night told before; "Hours
		// earlier, ...": the day of the sentence before, not of an act
		// it refers to (sequel.go).
		switch f := c.text.Folded[c.sents[d.firstSent].fStart:c.sents[d.firstSent].fEnd]; {
		case sameNight(f):
			best, from = c.nightBefore(d.firstSent)
		case hoursApart(f):
			best, from = c.mainTimeBefore(d.firstSent)
		}
	}
	if best == nil && d.firstSent >= 0 {
		para := c.sents[d.firstSent].para
		for j := d.firstSent - 1; j >= 0 && c.sents[j].para == para && best == nil; j-- {
			best, from = c.inheritedTime(j, d.typ), j
		}
	}
	if best == nil && d.firstSent >= 0 {
		// The lead's time frames the rest of a news item.
		for j := d.firstSent - 1; j >= 0 && best == nil; j-- {
			best, from = c.inheritedTime(j, d.typ), j
		}
	}
	if best != nil && from >= 0 && (best.prec == model.TimeMinute || best.prec == model.TimeHour) && (c.sents[from].typ != "" && c.sents[from].typ != d.typ &&
		!sameMoment(c.text.Folded[c.sents[d.firstSent].fStart:c.sents[d.firstSent].fEnd]) || inRange(c.plain, c.sents[from].times, best)) {
		// The clock time of another act ("tras el enfrentamiento
		// registrado a las 06:35 horas ... Asimismo, se retiraron dos
		// tractocamiones incendiados"): that day, not that minute,
		// unless the sentence ties its act to that time ("Casi al mismo
		// tiempo"). Nor the clock that opens or closes a span ("entre
		// las 18:00 y las 23:30 horas ... se atendieron siete bloqueos.
		// En Uruapan ..."): one of the span's acts, that day.
		t := *best
		t.prec = model.TimeDay
		t.t = e.placeDay(inc, t.t, t.clock)
		best = &t
	}
	if best == nil && d.firstSent >= 0 && bare == nil {
		// Nothing told before: the next sentence of the paragraph, when
		// it tells no act of its own, tells when this one came to light
		// ("Siete cuerpos fueron abandonados en Uruapan. Una llamada al
		// 911 alertó a las autoridades alrededor del mediodía de este
		// sábado"), but not a period it opens (a state since a day: "El
		// establecimiento permanecía cerrado desde la noche del
		// miércoles").
		if j := d.lastSent + 1; j < len(c.sents) && c.sents[j].para == c.sents[d.lastSent].para && c.sents[j].typ == "" {
			if t := c.latestTime(j); t != nil && !saidAt(t) && !t.read(readPeriodStart, func() bool { return periodStart(c.plain, t.start) }) {
				best = t
			}
		}
	}
	if best != nil && (bare != nil || d.partHour != 0 && best.prec == model.TimeDay) {
		// The day told before, at the hour of the part of the day (or
		// of the lapse that joined the act: joinedActs).
		t := *best
		day := t.t.In(e.loc)
		h := int(d.partHour)
		if bare != nil {
			h = bare.t.In(e.loc).Hour()
		}
		t.t = time.Date(day.Year(), day.Month(), day.Day(), h, 0, 0, 0, e.loc)
		t.prec = model.TimeDay
		best = &t
	}
	if best == nil && bare == nil && d.firstSent >= 0 && len(c.r.Text) <= headlineLen {
		// A headline's clauses tell one event: "Matan a dos en Uriangato;
		// suman cinco en este sábado", "¡Madrugada de terror! Hallan a un
		// comerciante asesinado".
		for j := range c.sents {
			for k := range c.sents[j].times {
				t := &c.sents[j].times[k]
				if t.historic || t.upcoming || t.t.IsZero() || other(t) {
					continue
				}
				if t.bare {
					if bare == nil {
						bare = t
					}
					continue
				}
				if best == nil {
					best = t
				}
			}
		}
	}
	if best == nil {
		for k := range c.titleTimes {
			tt := &c.titleTimes[k]
			if u := c.upcomingInText(tt); u != nil {
				tt = u // "Sin clases este lunes" over "no abrirán este lunes"
			}
			if !tt.historic && !tt.bare && !tt.t.IsZero() && (!tt.upcoming || ahead) {
				best = tt
				break
			}
		}
	}
	if best == nil && bare != nil {
		best, own = bare, true
	}
	if best == nil && ended != nil {
		best, own = ended, true
	}
	if best != nil {
		t := best.t
		inc.Time = &t
		defer e.onPlace(inc, best.clock)
		inc.TimePrecision = best.prec
		if !own && d.firstSent >= 0 && (best.prec == model.TimeMinute || best.prec == model.TimeHour) &&
			earlier(c.text.Folded[c.sents[d.firstSent].fStart:c.sents[d.firstSent].fEnd]) {
			// "Más temprano, otro vehículo...": that day, before the hour told.
			day := t.In(e.loc)
			t = time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, e.loc)
			inc.Time, inc.TimePrecision = &t, model.TimeDay
		}
		if !own && d.firstSent >= 0 && from >= 0 && from < d.firstSent {
			f := c.text.Folded[c.sents[d.firstSent].fStart:c.sents[d.firstSent].fEnd]
			if n := daysBefore(f) - daysAfter(f); n != 0 {
				// "The day before, attackers had opened fire on a patrol
				// car": the day before the one told before; "arrested two
				// suspects the following day": the day after (sequel.go).
				t = e.daysBack(t, n)
				inc.Time, inc.TimePrecision = &t, model.TimeDay
			}
		}
		// The sentence's own day, told before the act's cue (and so
		// before a lag marker the cue stands after): asked only then, as
		// most acts have their own day.
		sentenceDay := !own || d.lagged
		if d.firstSent >= 0 && (sentenceDay || best.start >= c.sents[d.firstSent].start && best.end < d.cuePos && lagMarks.in(c.r.Text[best.end:d.cuePos])) {
			// "El ataque ocurrió un día después de que sujetos armados
			// incendiaran una llantera": the day before the time told.
			// An act's own day counts back too when it is the sentence's
			// day, told before the marker, and the act stands after it
			// ("suspended service Monday, a day after a driver was gunned
			// down": Sunday).
			si := &c.sents[d.firstSent]
			n, at := lagDaysIn(&c.cues, c.text.Folded, si.fStart, si.fEnd)
			mark := c.text.Orig(si.fStart + at)
			// A day told inside the clause of the act after the marker is
			// that act's own ("un día después de que asesinaran a otro el
			// sábado": Saturday), not the day to count back from.
			toldInClause := own && d.cuePos > mark && best.start > mark
			if n > 0 && (sentenceDay || best.start < mark) && !toldInClause && lagOfAct(c.text.Folded[si.fStart:si.fEnd], at, d.cuePos > mark) {
				t = e.daysBack(t, n)
				inc.Time, inc.TimePrecision = &t, model.TimeDay
			}
		}
		return own
	}
	if c.r.Published.IsZero() {
		return false
	}
	p := c.r.Published.In(e.loc)
	defer e.onPlace(inc, nil)
	switch {
	case c.r.Kind == model.KindAlertFeed:
		// An alert tells what is happening as it is sent.
		m := p.Truncate(time.Minute)
		inc.Time = &m
		inc.TimePrecision = model.TimeMinute
	case c.r.Kind == model.KindTranscript && live(c.text.Folded):
		day := time.Date(p.Year(), p.Month(), p.Day(), 0, 0, 0, 0, e.loc)
		inc.Time = &day
		inc.TimePrecision = model.TimeDay
	}
	// News and statements with no time expression: unknown, not the
	// publication day (a present-tense headline may report an old event).
	return false
}

// onPlace moves inc's time onto the clock of its place
// (model.Location.OnClock), where the act's day is read (Location.Day): a
// day, a wall date read as Mexico City's (e.loc), becomes that date there
// ("el lunes" in Culiacán is Monday from midnight in Culiacán); a clock
// time read on zone clock is that hour there ("a las 22:30" in Culiacán,
// whatever the outlet's clock); an instant (clock nil: "hace dos horas",
// "22:30, tiempo del centro", an alert's sending) stays, in the place's
// zone. A week is read as its first day.
func (e *Extractor) onPlace(inc *model.Incident, clock *time.Location) {
	if inc.Time == nil {
		return
	}
	if inc.TimePrecision != model.TimeMinute && inc.TimePrecision != model.TimeHour {
		clock = e.loc
	}
	*inc.Time = inc.Location.OnClock(*inc.Time, clock) // setTime's own copy: no other incident shares it
}

// placeDay returns the calendar date of t on the clock it was read on
// (clock; nil: an instant, read at inc's place), on e.loc's wall clock at
// t's hour there, the reading onPlace takes for a day: a clock
// time made a day ("antes de la medianoche" read in Tepic, 23:59 there
// and 00:59 in Mexico City) keeps the date it was told on.
func (e *Extractor) placeDay(inc *model.Incident, t time.Time, clock *time.Location) time.Time {
	y, m, d := inc.Location.Day(t).Date()
	if clock != nil {
		y, m, d = t.In(clock).Date()
	}
	w := t.In(e.loc)
	if wy, wm, wd := w.Date(); wy == y && wm == m && wd == d {
		return t
	}
	return time.Date(y, m, d, w.Hour(), w.Minute(), 0, 0, e.loc)
}

// headlineLen is the longest text read as a headline: its clauses tell
// one event, so a time in any of them dates it.
const headlineLen = 240

// dayLater reports whether a later sentence of sentence i's paragraph
// tells no act of its own and no place but a day ("; ocurrió el domingo",
// "; fue este lunes").
func dayLater(c *reportCtx, i int) bool {
	for j := i + 1; j < len(c.sents) && c.sents[j].para == c.sents[i].para; j++ {
		n := &c.sents[j]
		if n.typ != "" || len(n.places) > 0 || n.suppressed || n.question || n.negated != "" || len(n.future) > 0 {
			continue
		}
		for _, t := range n.times {
			if !t.historic && !t.upcoming && !t.bare && !t.t.IsZero() {
				return true
			}
		}
	}
	return false
}

// tollNext reports whether the sentence after i, in the same paragraph,
// tells no act of its own but a death toll ("Death Toll at least 22").
func tollNext(c *reportCtx, i int) bool {
	if i+1 >= len(c.sents) {
		return false
	}
	n := &c.sents[i+1]
	if n.typ != "" || n.para != c.sents[i].para || len(n.places) > 0 {
		return false
	}
	for _, f := range n.figures {
		if f.kind == "killed" {
			return true
		}
	}
	return false
}

// live reports whether a transcript describes what is happening as it is
// spoken ("continúan los bloqueos", "se escuchan detonaciones").
func live(f string) bool {
	return liveWords.in(f)
}

// liveWords tell what is happening as it is spoken (live).
var liveWords = newNeedles("continuan ", "continua ", "en este momento", "en estos momentos", "ahorita", "ahora mismo", "se escuchan ", "se escucha ", "aqui en ", "en vivo", "right now", "at this hour", "live from", "we are live", "still burning")

// setCounts keeps, per kind, the largest figure.
func setCounts(figs []figure, cs *model.Counts) {
	for _, f := range figs {
		var dst **model.Count
		switch f.kind {
		case "killed":
			dst = &cs.Killed
		case "injured":
			dst = &cs.Injured
		case "detained":
			dst = &cs.Detained
		case "kidnapped":
			dst = &cs.Kidnapped
		default:
			continue
		}
		if f.n < 0 || f.tentative {
			// A zero not reported so far ("no se reportaron heridos")
			// is no count: the labelling rules keep it unknown.
			continue
		}
		if *dst == nil || f.n > (*dst).N {
			*dst = &model.Count{N: f.n, AtLeast: f.atLeast}
		}
	}
}

func count(c *model.Count) int {
	if c == nil {
		return 0
	}
	return c.N
}

// severity applies the rule of the package documentation.
func severity(d *draft, inc *model.Incident) int {
	killed, injured := count(inc.Killed), count(inc.Injured)
	switch {
	case killed >= 10 || killed+injured >= 20 || d.tally:
		return 4
	case killed > 0 || d.typ == model.Homicide || d.typ == model.Explosive || d.typ == model.ArmedClash:
		return 3
	case injured > 0 || count(inc.Kidnapped) > 0:
		return 2
	}
	switch d.typ {
	case model.Arson, model.Blockade, model.BusinessAttack, model.ArmedAttack, model.Kidnapping:
		return 2
	}
	return 1
}

// confidence scores how sure the extractor is of the record.
func confidence(c *reportCtx, d *draft, timeOwn bool) float64 {
	x := d.weight
	switch d.placeFrom {
	case fromSentence:
		x += 0.1
	case fromFeed:
		x += 0.1
	case fromParagraph:
		x -= 0.05
	case fromTitle, fromReport:
		x -= 0.15
	case fromNone:
		x -= 0.25
	}
	if d.place.fuzzy {
		x -= 0.1
	}
	if d.place.score > 0 && d.place.score < 0.5 {
		x -= 0.1
	}
	if timeOwn {
		x += 0.05
	}
	if len(d.sents) > 1 {
		x += 0.05
	}
	switch c.r.Kind {
	case model.KindTranscript:
		x -= 0.1
	case model.KindOfficial, model.KindAlertFeed:
		x += 0.05
	}
	if d.fromTitle {
		x -= 0.1
	}
	if d.tally {
		x -= 0.05
	}
	if x < 0.05 {
		x = 0.05
	}
	if x > 0.99 {
		x = 0.99
	}
	return float64(int(x*100+0.5)) / 100
}

// victims returns the largest number of people killed, injured or
// kidnapped among fs.
func victims(fs []figure) int { return largestCount(fs, false) }

// detainees returns the largest count of people detained among fs.
func detainees(fs []figure) int { return largestCount(fs, true) }

// largestCount returns the largest count among fs of people detained
// (detained) or of the other kinds (killed, injured, kidnapped).
func largestCount(fs []figure, detained bool) int {
	n := 0
	for _, f := range fs {
		if (f.kind == "detained") == detained && f.n > n {
			n = f.n
		}
	}
	return n
}

// cueCounts reads the people a tally counts from its cue nouns: "14
// asesinatos" are 14 killed, "64 arrests" 64 detained; a count of acts
// ("252 bloqueos") counts no people. A kind the toll parser already found
// is left alone.
func cueCounts(f string, s *sentInfo) []figure {
	var out []figure
	have := map[string]bool{}
	for _, g := range s.figures {
		have[g.kind] = true
	}
	for _, c := range s.cues {
		kind := ""
		switch c.typ {
		case model.Homicide:
			kind = "killed"
		case model.SecurityOperation:
			kind = "detained"
		case model.Kidnapping:
			kind = "kidnapped"
		default:
			continue
		}
		if have[kind] {
			continue
		}
		if n := numberBefore(f, c.fStart, s.fStart, 0); n > 0 && !isYear(n) {
			out = append(out, figure{kind: kind, n: n, start: c.start, end: c.start})
			have[kind] = true
		}
	}
	return out
}

// stateTotal reports whether the first place of ps is a state and every
// other one lies in it: a count for the state, perhaps with its parts.
func stateTotal(ps []placeRef) bool {
	if len(ps) == 0 || ps[0].place.Kind != gazetteer.State {
		return false
	}
	for _, p := range ps[1:] {
		if p.place.Kind == gazetteer.Country {
			continue // "Guanajuato ... keeping the state at the top of Mexico's murder rankings"
		}
		if stateOf(p.place) != ps[0].place.StateCode {
			return false
		}
	}
	return true
}

// stateNamesake reports whether p is a municipality or a locality that
// bears its state's name (Guanajuato, Querétaro, Puebla, Zacatecas): a
// text naming it alone may mean the state.
func (e *Extractor) stateNamesake(p gazetteer.Place) bool {
	if p.Kind == gazetteer.State || p.StateCode == "" {
		return false
	}
	st, ok := e.geo.state(p.StateCode)
	return ok && fold.String(st.Name) == fold.String(p.Name)
}

// repelled turns the armed attack d into a clash, and reports so, when the
// sentence s after it tells the fire answered ("fueron agredidos ... Los elementos
// repelieron la agresión"; "The troops repelled the attack") or attackers
// dead ("Cinco atacantes murieron").
func repelled(d *draft, s *sentInfo) bool {
	if d.typ == model.ArmedAttack && s.fell {
		d.typ = model.ArmedClash // "Cinco atacantes murieron" (acttype16.go)
		return true
	}
	if d.typ != model.ArmedAttack || s.typ != model.ArmedClash || s.weight < 0.85 {
		return false
	}
	for _, c := range s.cues {
		if c.typ == model.ArmedClash && c.weight >= 0.85 {
			d.typ = model.ArmedClash
			return true
		}
	}
	return false
}

// tallyDetail returns the tally of out that sentence s only describes: a
// sentence with no count of people, naming at most states, whose type is
// the tally's or the arson its blockades were made with, told within
// three sentences of it. It returns nil
// when s may tell an act of its own.
func tallyDetail(out []draft, i int, s *sentInfo, places []placeRef) *draft {
	if s.tally || len(s.figures) > 0 {
		return nil
	}
	for _, p := range places {
		if rank(p.place.Kind) <= 2 {
			return nil // a municipality: an act there
		}
	}
	for k := len(out) - 1; k >= 0; k-- {
		d := &out[k]
		if !d.tally || d.denial {
			continue
		}
		if d.typ == s.typ || d.typ == model.Blockade && s.typ == model.Arson {
			if d.lastSent >= i-3 {
				return d
			}
		}
		return nil
	}
	return nil
}

// closureOf returns the blockade of out whose road sentence i tells closed
// ("la circulación estuvo suspendida casi cuatro horas", "traffic was
// halted"): a disruption of traffic with no other place, told right after
// the blockade, is its consequence, not an act of its own.
func closureOf(c *reportCtx, out []draft, i int, s *sentInfo, places []placeRef) *draft {
	if s.typ != model.Disruption || len(out) == 0 {
		return nil
	}
	last := &out[len(out)-1]
	if last.typ != model.Blockade || last.tally || last.lastSent < i-2 {
		return nil
	}
	for _, p := range places {
		if placeKey(p) != placeKey(last.place) {
			return nil
		}
	}
	f := c.text.Folded[s.fStart:s.fEnd]
	if !trafficWords.in(f) {
		return nil
	}
	if serviceWords.in(f) {
		return nil
	}
	return last
}

// serviceWords name services other than road traffic (closureOf).
var serviceWords = newNeedles("clases", "escuelas", "schools", "aeropuerto", "airport", "vuelos", "flights", "transporte", "comercios", "negocios")

// trafficWords name road traffic (closureOf).
var trafficWords = newNeedles("circulacion", "transito", "trafico", "traffic", "vialidad", "carriles", "lanes", "autopista", "carretera", "highway", "la via ", "the road")

// dayShift reports whether sentence s opens with a time ("On Saturday
// morning, ...", "El sábado por la mañana, ...") on a day that no time of
// the last sentence of draft last that has one is on ("El domingo por la
// noche, una tienda de la misma cadena fue baleada" after an attack told
// yesterday and a sentence of no toll), whose clause of place opens with
// one (whereDay), or, opening with none, names its act with a day of the
// act's own (cueDay: "el policía municipal asesinado el sábado en la
// colonia Las Quintas" after an attack of Friday).
func (e *Extractor) dayShift(c *reportCtx, last *draft, s *sentInfo) bool {
	if last.tally || last.lastSent < 0 || last.lastSent >= len(c.sents) {
		return false
	}
	var open *timeExpr
	for k := range s.times {
		if t := &s.times[k]; !t.historic && !t.bare && !t.t.IsZero() && (t.start-s.start <= 4 || dayOpeners(c.r.Text[s.start:t.start]) || whereDay(c, s, t)) {
			open = t
			break
		}
	}
	if open == nil {
		open = cueDay(c, s)
	}
	if open == nil {
		return false
	}
	day := open.t.In(e.loc).Format(time.DateOnly)
	for k := len(last.sents) - 1; k >= 0; k-- {
		j := last.sents[k]
		if j < 0 || j >= len(c.sents) {
			continue
		}
		had := false
		for _, t := range c.sents[j].times {
			if t.historic || t.t.IsZero() {
				continue
			}
			had = true
			if t.t.In(e.loc).Format(time.DateOnly) == day {
				return false
			}
		}
		if had {
			return true
		}
	}
	return false
}

// cueDayReach is how far after a cue (original bytes) the day it owns
// may begin: "asesinado el sábado", "el ataque de la tarde del viernes".
const cueDayReach = 24

// cueDay returns the time sentence s tells right after one of its cues
// that is a participle of an act, the day the act it names is told on
// ("el policía municipal asesinado el sábado en la colonia Las Quintas"),
// or nil: a time of past years or one placed on the publication day by a
// part of the day alone is none, and so is a time after a noun ("herido
// en el ataque del sábado": the act told, named again), a death or a
// wound (the toll of the act told: "died Sunday at a hospital").
func cueDay(c *reportCtx, s *sentInfo) *timeExpr {
	f := c.text.Folded
	for _, h := range s.cues {
		w := f[h.fStart:h.fEnd]
		if !h.typ.Violent() || cueForm(w) != "participle" || deathVerb(w) || c.cues.any(cueWounded, f, h.fStart, h.fEnd) {
			continue // a noun may name the act told ("el ataque del sábado"), a death or a wound its toll
		}
		end := c.text.Orig(h.fEnd)
		for k := range s.times {
			t := &s.times[k]
			if !t.historic && !t.bare && !t.t.IsZero() && t.start >= end && t.start-end <= cueDayReach {
				return t
			}
		}
	}
	return nil
}

// whereDay reports whether time t of sentence s opens a clause of
// place whose act follows it ("a unas cuadras del lugar donde el sábado
// por la noche un enfrentamiento dejó tres muertos", "near where on
// Saturday night gunmen killed three men"): the clause tells an act of
// that day, which opens the clause as a day opens a sentence.
func whereDay(c *reportCtx, s *sentInfo, t *timeExpr) bool {
	if s.cuePos < t.end || s.cuePos-t.end > 24 || t.start-s.start > 200 {
		return false
	}
	pre := c.plain.Sub(max(s.start, t.start-8), t.start).Folded
	return strings.HasSuffix(pre, " donde ") || strings.HasSuffix(pre, " where ")
}

// markerClause returns the original span around offset at of the report's
// text between the discourse markers (Extractor.markers) before and after
// it: in a transcript, the stretch that tells one item of a newscast ("y
// ojo que ya en la tarde de ayer ...", "y recuerden que en la mañana ...").
func (e *Extractor) markerClause(c *reportCtx, at int) (lo, hi int) {
	f := c.text.Folded
	lo, hi = 0, len(c.r.Text)
	for _, m := range e.markers {
		for k := 0; k < len(f); {
			i := markerAt(f, k, m)
			if i < 0 {
				break
			}
			o := c.text.Orig(k + i)
			switch {
			case o < at && o > lo:
				lo = o
			case o > at && o < hi:
				hi = o
			}
			k += i + 1
		}
	}
	return lo, hi
}

// partsAgree reports whether two times may date one act: on one local
// day, in one part of it (the small hours, the morning, the afternoon,
// the night), unless either is a day told with no part.
func partsAgree(a, b *timeExpr) bool {
	ta, tb := a.t, b.t.In(a.t.Location())
	if !sameDate(ta, tb) {
		return false
	}
	pa, pb := dayPart(a, ta.Hour()), dayPart(b, tb.Hour())
	return pa < 0 || pb < 0 || pa == pb
}

// dayPart returns the part of the day of a time at local hour h: 0 the
// small hours (before 6), 1 the morning (before noon), 2 the afternoon
// (before 19), 3 the night; -1 for a day told with no part (midnight).
func dayPart(t *timeExpr, h int) int {
	if t.prec == model.TimeDay && h == 0 {
		return -1
	}
	switch {
	case h < 6:
		return 0
	case h < 12:
		return 1
	case h < 19:
		return 2
	}
	return 3
}

// inRange reports whether t, one of the times ts of a sentence, opens or
// closes a range (rangeEnd).
func inRange(ft fold.Text, ts []timeExpr, t *timeExpr) bool {
	k := slices.IndexFunc(ts, func(x timeExpr) bool { return x.start == t.start && x.end == t.end })
	return k > 0 && rangeEnd(ft, &ts[k-1], t) || k >= 0 && k+1 < len(ts) && rangeEnd(ft, t, &ts[k+1])
}
