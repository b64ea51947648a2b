package dataset

import (
	"slices"
	"strings"

	"github.com/atalaya/atalaya/model"
)

// OutCourtStep: the headline tells only a court step (a hearing, a
// sentence), which the coders gave as a security operation and this
// project's taxonomy has no incident for.
const OutCourtStep = "type: a court step coded as a security operation (no incident in this taxonomy)"

// OutCourtStepPlace: the headline tells only a court step, whatever the
// coding; this project's taxonomy has no incident for it, so the extractor
// rightly finds none and the row cannot measure where an incident is.
const OutCourtStepPlace = "place: a court step only (no incident in this taxonomy)"

// courtOnly reports whether headline h (as words() gives it) tells a court
// step (a hearing, an indictment, a sentence) and neither an arrest,
// search, seizure or rescue nor an act (reportsAct): "Vinculan a proceso a
// hombre por homicidio en León", not "Asesinan a hombre que salía de una
// audiencia".
func courtOnly(h string) bool {
	return hasAny(h, courtPhrases) && !hasAny(h, arrestPhrases) && !reportsAct(h)
}

// Phrases of the headline tests below, folded as words() folds them; a
// trailing "*" makes the last word a prefix.
var (
	// courtPhrases name a step of a criminal case after the arrest.
	courtPhrases = []string{"vinculan a proceso", "vincula a proceso", "vinculo a proceso", "vinculado a proceso",
		"vinculada a proceso", "vinculados a proceso", "vinculadas a proceso", "vinculacion a proceso",
		"vinculan a", "vinculan por", "lo vinculan", "la vinculan", "los vinculan", "vinculan al", "vinculan a la",
		"sentencia*", "condena*", "prision preventiva", "anos de prision", "anos de carcel", "anos en prision",
		"anos en la carcel", "procesan", "procesado", "procesada", "procesados", "formal prision", "auto de formal",
		"juez*", "jueza", "audiencia", "a prision", "a la carcel", "en la carcel", "en prision", "dictan prision",
		"queda en prision", "quedan en prision", "libertad condicional", "bajo fianza", "absuelve*", "absuelto*",
		"amparo", "juicio", "imputado*", "imputada*", "imputan", "imputa"}
	// arrestPhrases tell an arrest, a search or a seizure: a headline with
	// one tells a security operation, court step or not.
	// Participles ("a pareja detenida") name an earlier arrest.
	arrestPhrases = []string{"detien*", "detuv*", "detencion", "capturan", "capturaron", "captura", "capturo",
		"arrestan", "arrestaron", "arresta", "arresto", "aprehenden", "aprehendieron", "aprehende", "aprehendio",
		"aprehension", "cae", "caen", "cayo", "cayeron", "atrapan", "atraparon", "atrapa", "aseguran", "aseguraron",
		"asegura", "aseguro", "catean", "catearon", "catea", "cateo*", "decomisan", "decomisaron", "decomisa",
		"incautan", "incautaron", "reaprehend*", "recaptur*", "rescatan", "rescataron", "rescata", "rescate",
		"liberan", "abaten", "abatieron"}
	// clashPhrases tell an exchange of fire between two armed sides.
	clashPhrases = []string{"enfrent*", "repel*", "intercambio de disparos", "intercambio de balazos",
		"fuego cruzado", "se balacean", "se balacearon", "se tirotean", "se tirotearon", "refriega*"}
	// forceKillPhrases tell that forces killed someone.
	forceKillPhrases = []string{"abaten", "abate", "abatieron", "abatio", "abatido*", "abatida*"}
	// rescuePhrases tell that captives were freed.
	rescuePhrases = []string{"rescat*", "liberan", "libera", "liberaron", "libero", "liberado*", "liberada*",
		"resguarda*", "frustran", "frustra"}
)

// hasAny reports whether the headline (as words() gives it) contains one
// of the phrases as whole words.
func hasAny(headline string, phrases []string) bool {
	for _, p := range phrases {
		prefix := strings.HasSuffix(p, "*")
		p = " " + strings.TrimSuffix(p, "*")
		if !prefix {
			p += " "
		}
		if strings.Contains(headline, p) {
			return true
		}
	}
	return false
}

// mapType adjusts the types a PPD coding gives (types) to what the
// headline h can show in this project's taxonomy, where the two differ
// in definition (see the package documentation, "Types"). It returns the
// accepted types and whether the row is left out of the type figure as a
// court step.
func mapType(types []model.IncidentType, h string) ([]model.IncidentType, bool) {
	switch {
	case slices.Equal(types, []model.IncidentType{model.SecurityOperation}):
		if hasAny(h, courtPhrases) && !hasAny(h, arrestPhrases) {
			return nil, true
		}
	case slices.Equal(types, []model.IncidentType{model.ArmedClash}):
		if !hasAny(h, clashPhrases) {
			types = []model.IncidentType{model.ArmedClash, model.ArmedAttack}
			if hasAny(h, forceKillPhrases) {
				types = append(types, model.SecurityOperation)
			}
			return types, false
		}
	case slices.Contains(types, model.Homicide) && !slices.Contains(types, model.ArmedClash):
		if hasAny(h, clashPhrases) {
			return append(slices.Clone(types), model.ArmedClash), false
		}
	case slices.Equal(types, []model.IncidentType{model.Kidnapping}):
		if hasAny(h, rescuePhrases) {
			return []model.IncidentType{model.Kidnapping, model.SecurityOperation}, false
		}
	}
	return types, false
}

// OutOfTaxonomyPlace: the coders recorded no incident of this taxonomy
// and the headline tells only a theft, a traffic accident, a statement or
// the staffing, training or equipping of forces, with no weapon, wound, act,
// arrest or court step
// (offTaxonomy): the extractor rightly finds no incident, and the row
// cannot measure where one is.
const OutOfTaxonomyPlace = "place: a theft, an accident, a statement or forces' staffing only, coded with no incident (no incident in this taxonomy)"

// offTaxonomy reports whether headline h (as words() gives it) tells a
// theft without a weapon, violence or hold-up ("Roban camioneta en la
// colonia Centro", "Ladrones saquean negocio de gorras"), a traffic
// accident ("Choca patrulla en Nuevo Laredo"), a statement, demand or
// official decision ("Exigen justicia en Xaltocan", "Emiten reglamento
// para agentes municipales") or the staffing, training or equipping of
// forces ("Capacitan a policías de Tlaxco", "Instalan
// módulo de canje de armas", "Habrá huelga de policías"), and
// neither an act (reportsAct), an arrest, search, seizure or rescue, nor
// a court step: "Roban a punta de pistola", "Asaltan gasolinera",
// "Detienen a ladrón", "Recuperan vehículo robado" and "Llegan 200
// militares" (a deployment is a security operation) are not such
// headlines.
func offTaxonomy(h string) bool {
	if hasAny(h, arrestPhrases) || hasAny(h, courtPhrases) || reportsAct(h) {
		return false
	}
	staffing := hasAny(h, forcePhrases) && hasAny(h, staffingPhrases) || strings.Contains(h, " canje de armas ")
	if staffing {
		// "canje de armas", "entrega armas a policías": the forces'
		// weapons, not a weapon used.
		for _, p := range []string{" canje de armas ", " entrega armas ", " entregan armas ", " armas de fuego "} {
			h = strings.ReplaceAll(h, p, " ")
		}
	}
	if hasAny(h, violencePhrases) {
		return false
	}
	return staffing || hasAny(h, theftPhrases) || hasAny(h, accidentPhrases) || hasAny(h, statementPhrases)
}

var (
	// theftPhrases tell a theft, a hold-up or a looting.
	theftPhrases = []string{"roban", "robaron", "roba", "robo", "robos", "robar", "robarle", "robarles", "robando",
		"robado", "robada", "robados", "robadas", "roban*", "hurt*", "despoj*", "ladron*", "saque*", "botin",
		"se llevan", "se llevaron", "cristalazo*", "carterista*", "motorraton*"}
	// violencePhrases tell a weapon, a shot, a wound, violence, a
	// hold-up (which the extractor reports as an armed attack or an
	// attack on a business), a blockade or a recovery by forces: a theft
	// told with one may be an incident of the taxonomy.
	violencePhrases = []string{"arma", "armas", "armado*", "armada*", "pistol*", "balaz*", "bala", "balas", "balea*",
		"balacer*", "dispar*", "tiro", "tiros", "detonacion*", "machete*", "cuchill*", "navaja*", "punal*",
		"a punta", "violen*", "herid*", "lesion*", "golpe*", "amenaz*", "rehen*", "secuestr*", "privan",
		"levant*", "muert*", "muere*", "mata*", "asesin*", "ejecut*", "cuerpo*", "cadaver*", "sin vida",
		"incendi*", "quema*", "explos*", "granada*", "sicario*", "comando*", "pistoler*", "gatiller*",
		"cartel*", "narco*", "cjng", "crimen", "criminal*", "delincuencia organizada", "asalt*", "atrac*",
		"bloque*", "calcinad*", "recuper*", "operativo*", "blindaje", "maniata*", "amarra*", "desnuda*", "extorsi*",
		"arriba*", "llega*", "desplieg*", "asegura*", "agresi*", "agred*", "atac*", "ataque*", "abuso*", "violacion*",
		"viola*", "desapar*", "fosa*", "restos", "osament*", "hallan", "localizan", "encuentran", "bloqueo*",
		"motin", "fuga*", "rina*", "enfrent*", "tirote*", "persecuc*", "tortur*", "heridos", "victima*", "vandaliz*", "destroz*", "explot*"}
	// statementPhrases tell a statement, a demand or an official's
	// decision: politics, not an act.
	statementPhrases = []string{"exige*", "exigen", "piden", "pide", "reclama*", "acusa*", "anuncia*", "descarta*",
		"reconoce*", "afirma*", "declara*", "advierte*", "critica*", "propone*", "reglamento", "iniciativa",
		"bajo la lupa", "investiga*", "investigan", "denuncia*", "denuncian", "se manifiesta*", "marcha*",
		"protesta*", "opina*", "responde*", "pronuncia*", "comunicado"}
	// accidentPhrases tell a traffic accident.
	accidentPhrases = []string{"choca*", "choque*", "volca*", "vuelca*", "volco", "atropell*", "arroll*",
		"accidente*", "derrap*", "se impacta*"}
	// forcePhrases name police, soldiers or their institutions.
	forcePhrases = []string{"policia*", "policiac*", "militar*", "soldado*", "elementos", "agentes", "guardia nacional",
		"gn", "sedena", "semar", "marina", "ejercito", "agentes", "patrulla*", "corporacion*", "seguridad publica",
		"ssp", "ssc", "transito", "municipales", "estatales", "uniformados"}
	// staffingPhrases tell how forces are staffed, trained or equipped,
	// or what their staff do as employees.
	staffingPhrases = []string{"capacit*", "canje", "entrega*", "equipa*", "equipamiento", "uniformes", "nuevas patrullas",
		"nuevos policias", "nuevos elementos", "se incorporan", "incorpora*", "gradua*", "reclut*", "contrat*",
		"huelga", "paro de labores", "renuncia*", "jubilacion", "salario*", "sueldo*", "aguinaldo", "examen*",
		"evaluacion*", "control de confianza", "academia", "curso*", "taller*", "certifica*", "donan", "dona",
		"adquiere*", "compra de", "presupuesto", "profesionaliza*", "designan", "audit*", "caseta*", "modulo*",
		"programa de canje"}
)
