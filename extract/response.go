package extract

import (
	"slices"
	"strings"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/model"
)

// deploymentCues begin the folded cues of a security operation that only
// sends, deploys or keeps forces somewhere ("desplegó un operativo",
// "arribaron elementos", "mantiene patrullajes", "reforzar la seguridad",
// "troops were deployed"): forces present, no result of their own.
var deploymentCues = []string{"operativo", "despliegue", "desplieg", "despleg", "arrib", "llegan", "patrull", "reforz", "refuerz",
	"intensifica", "blinda", "vigilancia", "deploy", "patrol", "troops arrive", "security operation", "operation"}

// operationResults are the folded words of what an operation achieved: an
// arrest, a seizure, a rescue, a raid, a killing by the forces. A
// deployment told with one of them is an operation with results.
var operationResults = newNeedles("deten", "detuv", "captur", "aprehen", "arrest", "asegur", "decomis", "rescat", "liber", "cateo",
	"abati", "detain", "seiz", "rescu", "raid", "custody", "killed", "orden de")

// quietWords tell that a period or an event passed with no incident
// ("saldo blanco", "transcurrió sin incidentes"): the forces deployed for
// it policed it, and nothing happened.
var quietWords = newNeedles("saldo blanco", "sin incidentes", "sin incidencias", "without incident", "no incidents were reported")

// responseDeployments drops a security operation that only deploys forces
// where the report has told an act ("La Comisaría de Zapopan desplegó un
// operativo en la zona sin que se reportaran detenidos", "Al lugar
// arribaron elementos de la Policía Quintana Roo", "la Secretaría de Marina
// mantiene patrullajes en el recinto portuario tras la quema"), keeps
// forces in place in a report that tells acts ("En Sinaloa, las
// instituciones ... mantienen el despliegue operativo"), or policed
// an event the report says passed quietly ("saldo blanco ... El operativo
// de vigilancia contó con 800 elementos"): the answer to the act, or no act
// at all. An operation is an incident by its results (an arrest, a seizure,
// a rescue, a clash), which such a deployment has none of. A deployment
// that is the report's news stays: told in its first sentence ("Llegan 300
// militares a Culiacán tras ola de violencia", "Mantienen operativos en
// Guasave") or under a title of an operation.
func responseDeployments(c *reportCtx, ds []draft) []draft {
	drop := false
	for k := range ds {
		d := &ds[k]
		if d.typ != model.SecurityOperation || d.tally || d.denial || d.fromTitle || !c.bareDeployment(d) {
			continue
		}
		if quietWords.in(c.text.Folded) || quietWords.in(fold.String(c.r.Title)) {
			d.sents = nil
			drop = true
			continue
		}
		if d.firstSent == 0 || c.titleType == model.SecurityOperation {
			continue // the report's news
		}
		answers, acts := false, false
		for j := range ds {
			o := &ds[j]
			if j == k || !o.typ.Violent() || o.denial {
				continue
			}
			acts = true
			answers = answers || o.firstSent <= d.firstSent && stateOf(o.place.place) == stateOf(d.place.place)
		}
		if answers || acts && c.standing(d) {
			d.sents = nil
			drop = true
		}
	}
	if !drop {
		return ds
	}
	return slices.DeleteFunc(ds, func(d draft) bool { return len(d.sents) == 0 })
}

// bareDeployment reports whether draft d, a security operation, was read
// from a cue of deploying forces (deploymentCues) in sentences that tell
// no result (operationResults, outside a negation: "sin que se reportaran
// detenidos") and count no one detained (the dead it counts may be the
// act's: "mantiene patrullajes tras el doble homicidio").
func (c *reportCtx) bareDeployment(d *draft) bool {
	for _, f := range d.figures {
		if f.kind == "detained" && f.n > 0 && !f.tentative {
			return false
		}
	}
	cue := ""
	for _, i := range d.sents {
		for _, h := range c.sents[i].cues {
			if h.start == d.cuePos && h.fEnd <= len(c.text.Folded) {
				cue = strings.TrimSpace(c.text.Folded[h.fStart:h.fEnd])
			}
		}
	}
	if cue == "" || !hasAnyPrefix(cue, deploymentCues...) {
		return false // not a deployment: its sentences need no reading
	}
	for _, i := range d.sents {
		s := &c.sents[i]
		if operationResults.in(unnegated(c.text.Folded[s.fStart:s.fEnd])) {
			return false
		}
	}
	return true
}

// keptWords, before a deployment's cue, keep forces where they are
// ("mantiene el despliegue operativo", "siguen los operativos", "troops
// remain deployed"): a standing presence, not an act of a day.
var keptWords = []string{"mantiene", "mantienen", "continua", "continuan", "sigue", "siguen", "permanece", "permanecen", "maintain", "remain", "continue"}

// standing reports whether the clause of draft d's cue keeps forces in
// place (keptWords before the cue, after the last comma).
func (c *reportCtx) standing(d *draft) bool {
	for _, i := range d.sents {
		s := &c.sents[i]
		if d.cuePos < s.start || d.cuePos >= s.end {
			continue
		}
		lead := c.plain.Sub(s.start, d.cuePos).Folded
		if k := strings.LastIndexAny(lead, ",;:"); k >= 0 {
			lead = lead[k+1:]
		}
		return containsAny(" "+lead, keptWords...)
	}
	return false
}

// unnegated returns folded sentence f without what its negations govern
// ("sin que se reportaran detenidos", "sin resultados", "no hubo
// detenidos"): from "sin" or "no" to the next comma or the end.
func unnegated(f string) string {
	for _, neg := range [...]string{" sin ", " no ", " without ", " ningun"} {
		for {
			at := strings.Index(f, neg)
			if at < 0 {
				break
			}
			end := strings.IndexAny(f[at+1:], ",;")
			if end < 0 {
				f = f[:at]
				break
			}
			f = f[:at] + f[at+1+end:]
		}
	}
	return f
}
