package extract

import (
	"strings"

	"github.com/atalaya/atalaya/model"
)

// Lexicon patterns for Spanish headline shapes in which an act was coded
// (Monitor PPD) and the rules read none (branch ppdrecall): vehicles set
// across a road, shots told by "a tiros", a levantón told by "se llevan a"
// with its victim bare or counted, and a robbery that forces foil. Each
// is built from its parts, as partDaySummaries, so that every form of a
// verb meets every noun it takes.

// joinPats appends to b, '|'-separated, every pattern of parts joined by
// spaces, one word from each list in order ("" in a list: the word left
// out).
func joinPats(b *strings.Builder, parts ...[]string) {
	var walk func(k int, pre string)
	walk = func(k int, pre string) {
		if k == len(parts) {
			if b.Len() > 0 {
				b.WriteByte('|')
			}
			b.WriteString(pre)
			return
		}
		for _, w := range parts[k] {
			switch {
			case w == "":
				walk(k+1, pre)
			case pre == "":
				walk(k+1, w)
			default:
				walk(k+1, pre+" "+w)
			}
		}
	}
	walk(0, "")
}

// roadVehicles are the folded nouns of the vehicles set across a road to
// block it, singular and plural.
var roadVehicles = []string{"camion", "camiones", "trailer", "trailers", "traileres", "tractocamion", "tractocamiones",
	"autobus", "autobuses", "vehiculo", "vehiculos", "auto", "autos", "carro", "carros", "unidad", "unidades",
	"pipa", "pipas", "camioneta", "camionetas", "volteo", "volteos", "tolva", "tolvas", "torton", "tortons"}

// vehiclesAcross returns the patterns of a road blocked by vehicles put
// across it, told by the active verb with the vehicles for object
// ("Atraviesan camiones en la carretera Comitán-La Trinitaria", "hombres
// armados atraviesan un tractocamión") or by a plural pronoun for vehicles
// just named ("detuvieron tractocamiones y los atravesaron en ambos
// sentidos de la carretera"), by vehicles "atravesados" that a
// sentence closes a road with ("Con tráileres atravesados, cierran la
// autopista"), or by a road closed "con" vehicles ("cierran con camiones
// el tramo"). Not the participle alone: "Tráiler queda atravesado tras
// derrapar" and "Camión atravesado provoca caos vial" are accidents; but
// the perfect of the active verb ("otro grupo había atravesado tráileres
// en esa carretera") and vehicles left across by someone ("los dejaron
// atravesados sobre la carretera", "left them parked across Federal
// Highway 15", "parked a bus and a truck sideways across both lanes")
// are blockades (recall30).
func vehiclesAcross() string {
	var b strings.Builder
	dets := []string{"", "un", "una", "dos", "tres", "cuatro", "cinco", "varios", "varias", "sus", "los", "las"}
	joinPats(&b, []string{"atraviesan", "atravesaron", "atraviesa", "atraveso", "atravesando", "habia atravesado", "habian atravesado", "ha atravesado", "han atravesado"}, dets, roadVehicles)
	joinPats(&b, []string{"dejaron", "dejan", "dejo", "deja"}, []string{"atravesados", "atravesadas", "atravesado", "atravesada"})
	joinPats(&b, []string{"left them", "left it", "parked them", "parked it"}, []string{"", "parked"}, []string{"across"})
	joinPats(&b, []string{"sideways across"}, []string{"both", "the highway", "the road", "the lanes"})
	joinPats(&b, []string{"los", "las"}, []string{"atraviesan", "atravesaron"}, []string{"en", "sobre"})
	plural := []string{"camiones", "trailers", "traileres", "tractocamiones", "autobuses", "vehiculos", "autos", "carros", "unidades", "pipas", "camionetas"}
	joinPats(&b, []string{"con"}, []string{"", "dos", "tres", "varios", "varias"}, plural, []string{"atravesados", "atravesadas"})
	joinPats(&b, []string{"cierran", "cerraron", "cierra", "cerro"}, []string{"con"}, []string{"", "dos", "tres", "varios", "varias"}, plural)
	return b.String()
}

// shotAt returns the nota roja's phrases of shots at someone that the
// lexicon's verbs miss: "agarran a tiros", "la emprenden a balazos",
// "reciben a tiros".
func shotAt() string {
	var b strings.Builder
	joinPats(&b, []string{"agarran", "agarraron", "agarra", "agarro", "emprenden", "emprendieron", "la emprenden", "la emprendieron", "reciben", "recibieron", "cosen", "cosieron"},
		[]string{"a tiros", "a balazos", "a plomazos", "a plomo"})
	return b.String()
}

// takenAway returns the patterns of a levantón told by "se llevan a" (or
// "se llevaron a") and its victim with no article or with a count the
// lexicon's "se llevan a un|una|dos|tres" leaves out: a number word, a
// possessive, or a noun of a person by age, trade or office ("Se llevan a
// cuatro policías en Zinapécuaro", "Se llevan a dueño de una tienda").
// "se llevan a cabo", "a casa", "a la basura" name no one. Not the
// singular "se lleva a", whose subject is a death's cause as often ("Pugna
// por drogas se lleva a otro", "El covid se lleva a otro médico").
func takenAway() string {
	var b strings.Builder
	verbs := []string{"se llevan a", "se llevaron a"}
	joinPats(&b, verbs, []string{"cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "varios", "varias", "su", "sus"})
	joinPats(&b, []string{"se llevaron a"}, []string{"dos", "tres", "un", "una"})
	joinPats(&b, verbs, personNouns)
	return b.String()
}

// personNouns are folded nouns of a person by sex, age, kin, trade or
// office, singular and plural, as a headline names a victim with no
// article ("asesinan a comerciante", "se llevan a joven").
var personNouns = []string{"hombre", "hombres", "mujer", "mujeres", "joven", "jovenes", "menor", "menores", "nino", "ninos", "nina", "ninas",
	"adolescente", "adolescentes", "muchacho", "muchachos", "muchacha", "muchachas", "senor", "senora", "anciano", "anciana",
	"padre", "madre", "hijo", "hija", "hermanos", "familia", "pareja", "esposos",
	"dueno", "duena", "duenos", "comerciante", "comerciantes", "taxista", "taxistas", "chofer", "choferes", "conductor", "conductores",
	"trabajador", "trabajadores", "empleado", "empleada", "empleados", "obrero", "obreros", "jornalero", "jornaleros", "minero", "mineros",
	"agricultor", "ganadero", "empresario", "empresaria", "empresarios", "maestro", "maestra", "maestros", "profesor", "profesora",
	"medico", "medica", "medicos", "doctor", "doctora", "enfermero", "enfermera", "abogado", "abogada", "periodista", "periodistas",
	"sacerdote", "pastor", "estudiante", "estudiantes", "alumno", "alumnos", "migrante", "migrantes", "turista", "turistas",
	"policia", "policias", "agente", "agentes", "elemento", "elementos", "militar", "militares", "soldado", "soldados", "marino", "marinos",
	"alcalde", "alcaldesa", "regidor", "regidora", "funcionario", "funcionaria", "funcionarios", "candidato", "candidata", "delegado",
	"comisario", "director", "directora", "repartidor", "repartidores", "vendedor", "vendedora", "vendedores", "albanil", "mecanico",
	"ingeniero", "ingenieros", "contador", "activista", "activistas", "buscadora", "buscadoras", "transportista", "transportistas"}

// foiledRobbery returns the patterns of a robbery that forces foil or
// prevent ("Frustran policías robo a casa habitación", "Evitan
// municipales asalto a tienda"): an operation, not the robbery. The force
// may stand between the verb and the robbery; "evitan tragedia", "evitan
// contagios" name none.
func foiledRobbery() string {
	var b strings.Builder
	verbs := []string{"frustran", "frustraron", "frustra", "frustro", "evitan", "evitaron", "evita", "evito", "impiden", "impidieron", "impide", "impidio"}
	forces := []string{"", "policias", "municipales", "estatales", "agentes", "elementos", "policias municipales", "policias estatales", "guardias", "militares", "soldados", "marinos"}
	objs := []string{"robo", "asalto", "atraco", "el robo", "el asalto", "un robo", "un asalto"}
	joinPats(&b, verbs, forces, objs)
	return b.String()
}

// huntedSuspect returns "cazan a" a suspect named by the "presunto" of the
// police ("Cazan a presunto secuestrador en Hermosillo"): an arrest; the
// hunt of a sport's "culpables" names no suspect.
func huntedSuspect() string {
	var b strings.Builder
	joinPats(&b, []string{"cazan a", "cazaron a", "caza a", "cazo a"}, []string{"presunto", "presunta", "presuntos", "presuntas", "probable", "probables", "un presunto", "una presunta", "dos presuntos", "tres presuntos"})
	return b.String()
}

// presupposedAct reports whether the folded question q asks who a victim
// of an act was or what became of them ("¿Quién era el abogado asesinado
// en la colonia Providencia?", "¿Qué se sabe del joven secuestrado en
// Culiacán?"): the question takes the act as told, so the sentence is
// read as a statement. "¿Quién asesinó a Colosio?" asks about the act
// itself and stays a question.
func presupposedAct(q string) bool {
	q = strings.TrimLeft(q, "¿ \"'")
	if !hasAnyPrefix(q, "quien era ", "quien es ", "quienes eran ", "quienes son ", "que se sabe de", "que sabemos de", "lo que se sabe de", "lo que sabemos de") {
		return false
	}
	return victimParticiples.in(q)
}

// victimParticiples tell what was done to a victim (presupposedAct).
var victimParticiples = newNeedles("asesinad", "ejecutad", "baleado", "baleada", "acribillad", "victima de", "victimas de", "secuestrad", "levantad", "privad", "atacad", "emboscad", "desaparecid")

// smugglerVerbs are the folded verbs of a headline that tells drugs, arms
// or fuel by what someone was doing with them when caught, in the
// narrative imperfect of the nota roja ("Movía mariguana haciéndose pasar
// por repartidor", "Escondían 40 mil pastillas en una construcción"), an
// attempt ("Intentó meter drogas al Cereso") or an accusation ("Lo acusan
// de vender cocaína").
var smugglerVerbs = []string{"movia", "movian", "vendia", "vendian", "escondia", "escondian", "traficaba", "traficaban",
	"transportaba", "transportaban", "trasladaba", "trasladaban", "cargaba", "cargaban", "portaba", "portaban",
	"ocultaba", "ocultaban", "distribuia", "distribuian", "preparaba", "preparaban", "almacenaba", "almacenaban",
	"intentan meter", "intentan introducir", "intentan ingresar", "intentan cruzar", "intentan pasar",
	"intento meter", "intenta meter", "intentaba meter", "intentaron meter", "quiso meter", "quisieron meter",
	"intento introducir", "intenta introducir", "intentaron introducir", "intento ingresar", "intenta ingresar", "intentaron ingresar",
	"intento cruzar", "intenta cruzar", "intentaron cruzar", "quiso cruzar", "quisieron cruzar",
	"intento pasar", "intenta pasar", "intentaron pasar", "quisieron esconder", "quiso esconder", "intentaron esconder",
	"acusan de vender", "acusan de traficar", "acusan de distribuir", "acusaron de vender", "acusado de vender", "acusada de vender"}

// smuggled returns, for a sentence with no act of its own, a
// security-operation cue at drugs, arms or fuel that a smuggler's verb
// (smugglerVerbs) governs in the same clause, at most 50 bytes before
// it, or that a force's participle sums up after it ("Más de 6 toneladas
// de marihuana, lo incautado por la Policía"): the headline tells
// someone caught with them. Migrants and armed men, contraband to the
// finding rules, are left to them ("transportaba migrantes" heads crashes
// as often as arrests), and so are "cristal" and "mota", glass and a
// tuft as often as drugs. A verb after "se" tells a practice, not one
// caught at it ("Así se movía la droga en Sinaloa").
func smuggled(f string, hits []hit, cues []cueHit, lo int) (cueHit, bool) {
	for _, c := range cues {
		if c.typ != model.ArmedAttack || c.weight > 0.5 || !strings.HasPrefix(f[c.fStart:c.fEnd], "arma") {
			return cueHit{}, false // the sentence tells its act
		}
	}
	for _, h := range hits {
		if _, ok := h.has(clsContraband); !ok {
			continue
		}
		if w := f[h.fStart:h.fEnd]; strings.HasPrefix(w, "migrant") || strings.Contains(w, "armad") || w == "cristal" || w == "mota" {
			continue
		}
		after := f[h.fEnd:min(len(f), h.fEnd+60)]
		if k := strings.IndexAny(after, ";:."); k >= 0 {
			after = after[:k]
		}
		if seizedBy.in(after) {
			return cueHit{typ: model.SecurityOperation, weight: 0.65, fStart: h.fStart, fEnd: h.fEnd, start: h.start}, true
		}
		from := max(lo, h.fStart-50)
		before := f[from:h.fStart]
		if k := strings.LastIndexAny(before, ";:."); k >= 0 {
			before = before[k+1:]
		}
		for _, v := range smugglerVerbs {
			k := strings.Index(before, v)
			if k < 0 {
				continue
			}
			if k > 0 && isWord(before[k-1]) || k+len(v) < len(before) && isWord(before[k+len(v)]) || strings.HasSuffix(before[:k], "se ") {
				continue
			}
			return cueHit{typ: model.SecurityOperation, weight: 0.65, fStart: h.fStart, fEnd: h.fEnd, start: h.start}, true
		}
	}
	return cueHit{}, false
}

// seizedBy introduce who seized something (smuggled).
var seizedBy = newNeedles("lo incautado por", "lo decomisado por", "lo asegurado por", "lo confiscado por")

// threatPaint returns graffiti told as a threat: signed by or named for
// a criminal group, threatening, against the police, or left by someone
// ("Dejan pintas firmadas por un cártel", "Pintas del CJNG en el centro",
// "Aparecen pintas amenazantes contra policías"). A bare "pintas" (a
// campaign's, a lover's) is none.
func threatPaint() string {
	var b strings.Builder
	nouns := []string{"pinta", "pintas", "una pinta", "narcopinta", "narcopintas"}
	joinPats(&b, nouns, []string{"firmada", "firmadas", "amenazante", "amenazantes", "con amenazas", "con amenaza", "contra policias", "contra la policia",
		"del cjng", "del cartel", "de un cartel", "de cartel", "del cds", "de la familia michoacana", "de los zetas", "del grupo criminal", "de un grupo criminal", "de grupo criminal", "de la delincuencia", "de la delincuencia organizada"})
	joinPats(&b, []string{"dejan", "dejaron", "deja", "dejo"}, []string{"", "una", "dos", "varias"}, []string{"pinta", "pintas"})
	return b.String()
}
