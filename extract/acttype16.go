package extract

import (
	"strings"

	"github.com/atalaya/atalaya/model"
)

// This file holds readings of an act's type that make one act typed alike
// however an outlet tells it (type16, from the type disagreements of every
// development article and fusion set and blind probes, type16_test.go),
// after the gold README's rulings on attacks on forces and shootings at a
// place:
//   - attackers who fell at the scene ("dos agresores perdieron la vida",
//     "four gunmen were killed when they opened fire on a patrol",
//     "neutralizando a tres agresores") tell that the forces answered: an
//     armed_clash, not an attack on them nor the forces' operation;
//   - forces that kill after being attacked ("abatieron a cinco luego de
//     ser atacados", "killed three after coming under fire") fought one;
//   - shots told between two sides ("gunfire between armed groups",
//     "disparos entre policías y civiles armados") are an exchange;
//   - people killed at a place of gathering ("ejecutan a tres en un
//     autolavado", "matan a cinco en un bar") are an armed attack on the
//     people there, whatever the verb (report.go's groupAttack asks
//     gunmen named; this reading asks the place told as where).

// attackerNouns are the folded nouns of the attackers of an act on the
// forces: the word itself says they attacked.
var attackerNouns = newNeedles("agresor", "atacante", "attacker", "assailant")

// gunmenNouns are the folded nouns of armed men, and of the suspects a
// force's statement names them by ("presuntos delincuentes", "presuntos
// integrantes de un grupo delictivo", "suspected members of a criminal
// group"), who attacked only when the sentence tells an attack.
var gunmenNouns = newNeedles("gunmen", "gunman", "pistoleros", "sicarios", "hombres armados", "civiles armados",
	"presuntos delincuentes", "presunto delincuente", "presuntos integrantes", "presunto integrante", "presuntos miembros", "presunto miembro",
	"presuntos criminales", "suspected members", "suspected member", "suspected criminals", "suspected criminal")

// fellAfter are the folded words that, right after an attacker noun, tell
// it died at the scene.
var fellAfter = []string{" murio", " murieron", " perdio la vida", " perdieron la vida", " fallecio", " fallecieron", " muerto", " muertos", " abatido", " abatidos",
	" fue abatido", " fueron abatidos", " fueron neutralizados", " neutralizados", " sin vida", " resultaron muertos", " que murieron", " que perdieron la vida",
	" were killed", " was killed", " died", " dead", " were shot dead", " was shot dead", " were also killed"}

// diedBefore are the folded verbs of dying that, before an attacker noun
// in its clause, make it their subject: "perdió la vida un agresor".
var diedBefore = newNeedles("perdio la vida ", "perdieron la vida ", "murio ", "murieron ")

// killedBefore are the folded verbs of the forces' killing that, before
// an attacker noun in its clause, make it their object: "abatieron a tres
// agresores", "neutralizando a tres agresores", "killing two attackers".
var killedBefore = newNeedles("abatieron a ", "abatio a ", "abaten a ", "abate a ", "abatir a ", "abatiendo a ", "neutralizando a ", "neutralizaron a ", "neutralizo a ", "neutralizar a ",
	"killing ", "killed ")

// attackersFell reports whether folded sentence s tells attackers dead or
// killed at the scene, and whether that alone tells a clash (strong): a
// noun of attackers that died ("dos agresores perdieron la vida"), not
// armed men ("gunmen", "sicarios") nor attackers the forces killed, who
// fought one only if the sentence tells the attack.
func attackersFell(s string) (fell, strong bool) {
	if !attackerNouns.in(s) && !gunmenNouns.in(s) {
		return false, false
	}
	for _, list := range []struct {
		n      *needles
		strong bool
	}{{&attackerNouns, true}, {&gunmenNouns, false}} {
		for _, w := range list.n.subs {
			for at := range wordStarts(s, w) {
				end := at + len(w)
				for end < len(s) && isWord(s[end]) {
					end++ // "agresores", "atacantes"
				}
				// Attackers killed by the forces ("abatió a cuatro
				// agresores") fell in a clash only when the sentence
				// tells the attack: "durante un operativo ... abatió"
				// stays the operation (gold README); armed men fell
				// only when a word after them says so: "soldiers killed
				// three gunmen" may tell a raid.
				if hasAnyPrefix(s[afterGroup(s, end):], fellAfter...) || list.strong && diedBefore.in(clauseBefore(s, at, 32)) {
					return true, list.strong
				}
				if list.strong && killedBefore.in(clauseBefore(s, at, 32)) {
					return true, false
				}
			}
		}
	}
	return false, false
}

// afterGroup returns where the verb after a noun of attackers ending at
// end in folded s may stand: past a complement naming their group ("de un
// grupo delictivo", "del cártel", "of a criminal group"), of at most four
// words with no comma; end when none follows.
func afterGroup(s string, end int) int {
	if !hasAnyPrefix(s[end:], " de ", " del ", " of ") {
		return end
	}
	k := end
	for range 4 {
		j := strings.IndexByte(s[k+1:], ' ')
		if j < 0 || strings.ContainsAny(s[k+1:k+1+j], ",;:.") {
			return end
		}
		k += 1 + j
		if hasAnyPrefix(s[k:], fellAfter...) {
			return k
		}
	}
	return end
}

// forceFell reports whether folded sentence s of si, a killing read as
// an attack on the forces (attackKilling: "un soldado ... murieron tras el
// ataque contra una patrulla"), tells attackers dead beside the force's:
// the forces answered, an armed_clash (gold README, attacks on forces).
func forceFell(s string, si *sentInfo) bool {
	if !forceNamed(si) || !forceMembers.in(s) {
		return false
	}
	fell, _ := attackersFell(s)
	return fell
}

// clauseBefore returns the at most n bytes of folded s before at, from
// the last comma, semicolon, colon or full stop among them.
func clauseBefore(s string, at, n int) string {
	b := s[max(0, at-n):at]
	if k := strings.LastIndexAny(b, ",;:."); k >= 0 {
		b = b[k+1:]
	}
	return b
}

// attackedFirst tell that those who acted were attacked before: "luego de
// ser atacados", "after coming under fire". Said of forces that killed,
// their killing answered the attack; said of victims, it is the attack.
var attackedFirst = newNeedles("tras ser agredid", "tras ser atacad", "tras ser emboscad", "luego de ser agredid", "luego de ser atacad", "luego de ser emboscad",
	"despues de ser agredid", "despues de ser atacad", "al ser agredid", "al ser atacad",
	"after coming under", "after being attacked", "after being ambushed", "after being fired on", "after they were attacked", "after they came under", "when they came under",
	"after they were ambushed", "when attacked", "after being fired upon", "after being shot at", "after they were fired on", "after they were fired upon")

// repelFirst tell forces that answered fire before what the sentence
// reports: "tras repeler la agresión, se detuvo a tres personas" (afterRef
// reads "tras" as a reference to an earlier act and drops the cue).
var repelFirst = newNeedles("tras repeler", "luego de repeler", "al repeler", "despues de repeler", "after repelling")

// answeredFire are the folded words of forces answering the fire of an
// attack on them: "los agentes respondieron al fuego", "returned fire",
// "the marines shot back" (gold README, attacks on forces).
var answeredFire = newNeedles("respondieron al fuego", "respondieron el fuego", "respondieron la agresion", "respondieron a la agresion",
	"respondio al fuego", "respondio la agresion", "respondio a la agresion", "contestaron la agresion", "contestaron el fuego", "contestaron al fuego",
	"returned fire", "returning fire", "return fire", "returns fire", "returned gunfire", "shot back", "fired back", "fought back")

// fireAnswered reports whether folded sentence s tells the forces
// answering fire (answeredFire), not denied ("did not return fire", "sin
// responder la agresión" holds none).
func fireAnswered(s string) bool {
	for _, w := range answeredFire.subs {
		for at := range wordStarts(s, w) {
			if !containsAny(clauseBefore(s, at, 12), "no ", "not ", "never ", "without ") {
				return true
			}
		}
	}
	return false
}

// throughSemicolon returns the end of the written sentence a sentence
// ending at folded end belongs to: past a semicolon, the end of the
// clauses after it ("came under fire in Calera Chica; two suspected
// gunmen were killed"), which tell the same act's outcome.
func throughSemicolon(f string, end int) int {
	k := end
	for k > 0 && f[k-1] == ' ' {
		k--
	}
	if k == 0 || f[k-1] != ';' {
		return end
	}
	if j := strings.IndexAny(f[end:], ".\n"); j >= 0 {
		return end + j
	}
	return len(f)
}

// answeredClash returns the type of a sentence typed typ whose act the
// forces answered (this file's doc): an armed_clash when attackers fell
// with a force named, or when forces killing or attacked tell their answer;
// typ otherwise; forces attacked during an operation (pos, the deciding
// cue, names it) are attacked. kept are the sentence's surviving cues. It
// sets si.fell.
func answeredClash(found *cueHits, f string, si *sentInfo, typ model.IncidentType, pos cueHit, kept []cueHit) model.IncidentType {
	if typ == model.SecurityOperation && hasAnyPrefix(f[pos.fStart:pos.fEnd], "operativo", "operation", "patrullaje", "recorrido") && attackTold(kept) && forceNamed(si) {
		// "personal que desarrollaba un operativo ... fue agredido": the
		// operation is what the forces were doing when attacked
		typ = model.ArmedAttack
	}
	switch typ {
	case model.ArmedAttack, model.Homicide, model.SecurityOperation:
	default:
		return typ
	}
	s := f[si.fStart:si.fEnd]
	fell, strong := false, false
	if found.any(cueAttackers, f, si.fStart, si.fEnd) {
		fell, strong = attackersFell(s) // (which holds no noun of them otherwise)
	}
	si.fell = fell && strong
	if !forceNamed(si) {
		return typ
	}
	if !fell && typ == model.ArmedAttack {
		// "state police came under fire in Calera Chica; two suspected
		// gunmen were killed": the attackers fell in the clause after
		if end := throughSemicolon(f, si.fEnd); end > si.fEnd && found.any(cueAttackers, f, si.fEnd, end) {
			fell, strong = attackersFell(f[si.fEnd:end])
		}
	}
	if fell && (strong || typ == model.ArmedAttack || attackTold(kept)) {
		// (An attack on the forces, however it was read — a soldier's
		// death "tras el ataque contra una patrulla" — tells the attack
		// the armed men who fell made.)
		return model.ArmedClash
	}
	if (typ == model.ArmedAttack || typ == model.SecurityOperation && attackTold(kept)) && found.any(cueAnsweredFire, f, si.fStart, si.fEnd) && fireAnswered(s) {
		// "fueron atacados ... y los agentes respondieron al fuego",
		// "were attacked ... and returned fire": the forces answered.
		return model.ArmedClash
	}
	if typ == model.SecurityOperation && found.any(cueAttackedFirst, f, si.fStart, si.fEnd) || found.any(cueRepelFirst, f, si.fStart, si.fEnd) {
		return model.ArmedClash
	}
	if (typ == model.SecurityOperation || typ == model.ArmedAttack) && firedOnFirst.in(s) && killedBefore.in(s) {
		// "abatieron a dos hombres que les dispararon", "killed two
		// gunmen who opened fire on them": those killed attacked first.
		return model.ArmedClash
	}
	return typ
}

// firedOnFirst are the folded relative clauses that, after the people the
// forces killed, tell that those people attacked the forces first.
var firedOnFirst = newNeedles("que les dispararon", "que les disparaban", "que los atacaron", "que las atacaron", "que los agredieron", "que las agredieron",
	"que los emboscaron", "que les abrieron fuego", "que abrieron fuego contra ellos", "who opened fire on them", "who fired on them", "who attacked them", "who shot at them", "who ambushed them",
	"who had opened fire on them", "who had fired on them", "who had attacked them", "who had shot at them", "who had ambushed them", "que les habian disparado", "que los habian atacado", "que los habian agredido",
	// the forces' patrol or a force named in the singular: "killed four
	// gunmen who attacked their patrol", "abatió a dos hombres que la
	// atacaron"
	"who attacked their", "who had attacked their", "who ambushed their", "who had ambushed their", "who opened fire on their", "who fired on their", "who had fired on their",
	"que atacaron su", "que atacaron a su", "que emboscaron su", "que emboscaron a su", "que agredieron a su", "que la atacaron", "que lo atacaron", "que la agredieron", "que lo agredieron", "que la emboscaron", "que lo emboscaron")

// attackTold reports whether cues hold an attack.
func attackTold(cues []cueHit) bool { return cueOf(cues, model.ArmedAttack) }

// cueOf reports whether cues hold one of type t.
func cueOf(cues []cueHit, t model.IncidentType) bool {
	for _, c := range cues {
		if c.typ == t {
			return true
		}
	}
	return false
}

// shotsBetween reports whether the shooting noun of attack cue c in folded
// f is followed, with at most one word between, by "entre" or "between":
// "disparos entre policías y civiles", "gunfire exchanged between state
// police and armed men". It does not read "contra" or "con", which name a
// target ("disparos contra la fachada").
func shotsBetween(f string, c cueHit, hi int) bool {
	rest := f[c.fEnd:hi]
	if hasAnyPrefix(rest, " entre ", " between ") {
		return true
	}
	if len(rest) < 2 || rest[0] != ' ' {
		return false
	}
	k := strings.IndexByte(rest[1:], ' ')
	return k >= 0 && hasAnyPrefix(rest[1+k:], " entre ", " between ")
}

// shootingNouns are the folded nouns of shots an attack cue may be.
var shootingNouns = newNeedles("gunfire", "shooting", "shots", "disparos", "balazos", "detonaciones", "tiros")

// placeAttack reports whether the killing told by sentence si of folded
// text f struck the people of a place of gathering (sceneWords) told as
// where it happened ("ejecutan a tres en un autolavado", "killed four at
// a car wash", not "afuera de un bar"), with more than one victim counted:
// the gold README's shooting at a place, an armed_attack whatever the verb
// and whether or not gunmen are named.
func placeAttack(f string, si *sentInfo) bool {
	if struck(si) < 2 {
		return false
	}
	s := f[si.fStart:si.fEnd]
	for _, w := range sceneWords {
		for k := 0; k < len(s); {
			j := strings.Index(s[k:], w)
			if j < 0 {
				break
			}
			at := si.fStart + k + j
			k += j + len(w)
			if end := at + len(w); (at > 0 && isWord(f[at-1])) || end < len(f) && isWord(f[end]) {
				continue
			}
			if locative(f, at, si.fStart) && !landmark(f, at, si.fStart) {
				return true
			}
		}
	}
	return false
}

// eateries are the folded names of places where guests eat, whose
// people, like a bar's, are the usual target of a shooting there: one
// that hurts any is an armed attack (a shop's or a petrol station's
// employee wounded stays an attack on the business, as the development
// sets label it).
var eateries = newNeedles("restaurante", "restaurant", "taqueria", "taco stand", "fonda", "marisqueria", "cafeteria")

// hurtWords are the folded words of people wounded (someoneHurt).
var hurtWords = newNeedles("herid", "lesionad", "wounded", "wounding", "injured", "injuring")

// someoneHurt reports whether folded sentence s tells people wounded, not
// denied ("no hubo heridos", "sin lesionados", "no one was injured"): a
// shooting at a business that hurts its people or guests is an armed
// attack on them (gold README: shootings at a place).
func someoneHurt(s string) bool {
	if !hurtWords.in(s) {
		return false
	}
	for _, w := range hurtWords.subs {
		for at := range wordStarts(s, w) {
			before := clauseBefore(s, at, 24)
			if containsAny(before, "no ", "sin ", "ningun", "nadie", "without", "no one", "nobody", "none ") {
				continue
			}
			return true
		}
	}
	return false
}
