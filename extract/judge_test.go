package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// judgeFunc is a Judge of a function.
type judgeFunc func(title, text string) bool

func (f judgeFunc) Unlikely(title, text string) bool { return f(title, text) }

func TestJudged(t *testing.T) {
	deps := realDeps(t)
	deps.Judge = nil
	pub := time.Date(2026, 3, 2, 10, 0, 0, 0, mexico)
	// Texts written for this test. Each is read by the rules alone and
	// with a judge that finds every report unlikely, or none.
	tests := []struct {
		name    string
		kind    model.ReportKind
		title   string
		text    string
		dropped bool // the violent incidents the rules find go with the unlikely judge
	}{
		{"weak act in a long text", model.KindNews, "Vecinos de Irapuato denuncian un ataque",
			"Vecinos de la colonia San Juanico, en Irapuato, denunciaron que un grupo de personas atacó la caseta de vigilancia del fraccionamiento durante la madrugada del domingo. Hasta ahora las autoridades municipales no responden.", true},
		{"a death toll is firm", model.KindNews, "Atacan a balazos a dos hombres en Irapuato",
			"Dos hombres murieron luego de que sujetos armados les dispararon la noche del domingo en la colonia San Juanico, en Irapuato, informaron fuentes de la Secretaría de Seguridad Ciudadana del municipio este lunes.", false},
		{"an alert feed is not judged", model.KindAlertFeed, "BLOQUEO",
			"BLOQUEO | Reportan un tráiler incendiado que bloquea la carretera federal 45 a la altura de Irapuato, en ambos sentidos, desde las 07:10 horas de este lunes; se recomienda tomar vías alternas.", false},
		{"a headline is the rules' to read", model.KindNews, "", "Atacan caseta de vigilancia en Irapuato", false},
		{"a truck burnt in a crash is judged", model.KindNews, "Cierran la carretera a Silao",
			"Caminos y Puentes informa que en el kilómetro 12 de la carretera Irapuato–Silao un camión de carga se incendió luego de impactarse contra un muro, por lo que la circulación permanece cerrada en dirección a Silao; se recomienda tomar precauciones.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "j", Kind: tt.kind, Lang: "es", Title: tt.title, Text: tt.text, Published: pub}
			plain := NewWith(deps).Extract(r)
			if violentCount(plain) == 0 {
				t.Fatalf("the rules find no violent incident: %v", types(plain))
			}
			asked := false
			d := deps
			d.Judge = judgeFunc(func(title, text string) bool { asked = true; return false })
			if got := NewWith(d).Extract(r); len(got) != len(plain) {
				t.Errorf("a judge finding it likely changed %v to %v", types(plain), types(got))
			}
			if asked != tt.dropped {
				t.Errorf("judge asked: %v, want %v", asked, tt.dropped)
			}
			d.Judge = judgeFunc(func(title, text string) bool { return true })
			got := NewWith(d).Extract(r)
			if n := violentCount(got); (n == 0) != tt.dropped {
				t.Errorf("with an unlikely judge: %v, want dropped %v", types(got), tt.dropped)
			}
			for _, in := range got {
				if in.Counted() && in.Type.Violent() {
					continue
				}
				found := false
				for _, p := range plain {
					if p.ID == in.ID {
						found = true
					}
				}
				if !found {
					t.Errorf("incident %s (%s) is new", in.ID, in.Type)
				}
			}
		})
	}
}

func violentCount(incs []model.Incident) int {
	n := 0
	for _, in := range incs {
		if in.Counted() && in.Type.Violent() {
			n++
		}
	}
	return n
}

func types(incs []model.Incident) []model.IncidentType {
	var out []model.IncidentType
	for _, in := range incs {
		out = append(out, in.Type)
	}
	return out
}

// actTypes returns the types of incs's acts: neither denials nor tallies.
func actTypes(incs []model.Incident) []model.IncidentType {
	var out []model.IncidentType
	for _, in := range incs {
		if !in.Denial && !in.Tally {
			out = append(out, in.Type)
		}
	}
	return out
}

// extractActs extracts one report — of kind, in lang ("es" when empty),
// published at pub — checks its invariants and stops the test when the
// types of its acts are not want; it returns every incident for further
// checks.
func extractActs(t *testing.T, e *Extractor, id string, kind model.ReportKind, lang, text string, pub time.Time, want []model.IncidentType) []model.Incident {
	t.Helper()
	if lang == "" {
		lang = "es"
	}
	return extractReport(t, e, model.Report{ID: id, Lang: lang, Kind: kind, Text: text, Published: pub}, want)
}

// extractReport extracts r, checks its invariants and stops the test when
// the types of its acts are not want; it returns every incident for
// further checks (extractActs, for a report that needs more than a text).
func extractReport(t *testing.T, e *Extractor, r model.Report, want []model.IncidentType) []model.Incident {
	t.Helper()
	got := e.Extract(r)
	checkInvariants(t, r, got)
	if types := actTypes(got); !slices.Equal(types, want) {
		t.Fatalf("incidents %v, want %v", types, want)
	}
	return got
}

// checkMunis reports each incident of got whose municipality code is not
// munis's at its index; an empty code is not checked.
func checkMunis(t *testing.T, got []model.Incident, munis []string) {
	t.Helper()
	for k, m := range munis {
		if m != "" && got[k].Location.MunicipalityCode != m {
			t.Errorf("incident %d municipality %q, want %q", k+1, got[k].Location.MunicipalityCode, m)
		}
	}
}

func TestDoubtful(t *testing.T) {
	long := "Uno dos tres cuatro cinco seis siete. Ocho nueve diez once doce trece catorce quince"
	one := &model.Count{N: 1}
	armed := model.Actor{Name: "Grupo armado", Kind: model.UnidentifiedArmedGroup, Role: model.Perpetrator}
	police := model.Actor{Name: "Policía Municipal", Kind: model.StateForce, Role: model.Target}
	tests := []struct {
		name string
		kind model.ReportKind
		text string
		incs []model.Incident
		want bool
		// titled is the answer when the report has a title of its own.
		titled bool
	}{
		{"a bare act", model.KindNews, long, []model.Incident{{Type: model.ArmedAttack}}, true, true},
		{"a force as target is no perpetrator", model.KindNews, long, []model.Incident{{Type: model.ArmedAttack, Actors: []model.Actor{police}}}, true, true},
		{"no violent incident", model.KindNews, long, []model.Incident{{Type: model.SecurityOperation}}, false, false},
		{"nothing", model.KindNews, long, nil, false, false},
		{"a denial only", model.KindNews, long, []model.Incident{{Type: model.Arson, Denial: true}}, false, false},
		{"killed", model.KindNews, long, []model.Incident{{Type: model.Blockade}, {Type: model.Homicide, Counts: model.Counts{Killed: one}}}, false, false},
		{"zero injured is no toll", model.KindNews, long, []model.Incident{{Type: model.Arson, Counts: model.Counts{Injured: &model.Count{}}}}, true, true},
		{"kidnapped", model.KindNews, long, []model.Incident{{Type: model.Kidnapping, Counts: model.Counts{Kidnapped: one}}}, false, false},
		{"an armed group", model.KindNews, long, []model.Incident{{Type: model.Blockade, Actors: []model.Actor{armed}}}, false, false},
		{"a tally with deaths", model.KindNews, long, []model.Incident{{Type: model.Blockade, Tally: true, Counts: model.Counts{Killed: one}}, {Type: model.Blockade}}, false, false},
		// A count of blockades vouches for the acts a round-up lists after
		// it (roundupCount, acttype14.go); a count of killings, often a
		// statistic, does not.
		{"a tally of blockades without deaths", model.KindNews, long, []model.Incident{{Type: model.Blockade, Tally: true}, {Type: model.Blockade}}, false, false},
		{"a tally of killings without deaths", model.KindNews, long, []model.Incident{{Type: model.Homicide, Tally: true}, {Type: model.Blockade}}, true, true},
		{"acts in two places", model.KindNews, long, []model.Incident{{Type: model.Blockade, Location: model.Location{MunicipalityCode: "22016"}}, {Type: model.Blockade, Location: model.Location{MunicipalityCode: "22013"}}}, false, false},
		{"acts in one place", model.KindNews, long, []model.Incident{{Type: model.Blockade, Location: model.Location{MunicipalityCode: "22016"}}, {Type: model.Arson, Location: model.Location{StateCode: "22", MunicipalityCode: "22016"}}}, true, true},
		{"taken by the police", model.KindNews, long, []model.Incident{{Type: model.Kidnapping, Actors: []model.Actor{{Name: "Policía Municipal", Kind: model.StateForce, Role: model.Perpetrator}}}}, false, false},
		{"the police as perpetrator of another act", model.KindNews, long, []model.Incident{{Type: model.ArmedAttack, Actors: []model.Actor{{Name: "Policía Municipal", Kind: model.StateForce, Role: model.Perpetrator}}}}, true, true},
		{"an alert", model.KindAlertFeed, long, []model.Incident{{Type: model.Blockade}}, false, false},
		{"fourteen words", model.KindNews, long[:len(long)-len(" quince")], []model.Incident{{Type: model.Blockade}}, false, false},
		{"fifteen words over lines", model.KindNews, "uno\ndos\ttres  cuatro. Cinco seis siete ocho nueve diez once doce trece catorce\r\nquince", []model.Incident{{Type: model.Blockade}}, true, true},
		{"headlines joined", model.KindNews, "Eight killed in a bar shooting in a Mexican resort;8 die in an armed attack\nAU \t\nthe wire's author", []model.Incident{{Type: model.ArmedAttack}}, false, true},
		{"an abbreviation", model.KindNews, "Gunmen attack a checkpoint near the U.S. border in a town of Tamaulipas at night", []model.Incident{{Type: model.ArmedAttack}}, false, true},
		{"one sentence", model.KindNews, "Piden ayuda para localizar a una joven de diecisiete años desaparecida desde el sábado en la colonia Centro de Celaya", []model.Incident{{Type: model.Kidnapping}}, false, true},
		{"two sentences after a title", model.KindNews, "Ocho nueve diez once doce trece catorce quince. \"Uno dos tres cuatro cinco seis siete\"", []model.Incident{{Type: model.Blockade}}, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Doubtful(model.Report{Kind: tt.kind, Text: tt.text}, tt.incs); got != tt.want {
				t.Errorf("Doubtful = %v, want %v", got, tt.want)
			}
			// A title of its own makes any text an article; the text
			// given again as its title does not.
			if got := Doubtful(model.Report{Kind: tt.kind, Title: "Un titular", Text: tt.text}, tt.incs); got != tt.titled {
				t.Errorf("with a title, Doubtful = %v, want %v", got, tt.titled)
			}
			if got := Doubtful(model.Report{Kind: tt.kind, Title: tt.text, Text: tt.text}, tt.incs); got != tt.want {
				t.Errorf("Doubtful = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestRoadBurningKept checks that a blockade told by road vehicles burnt
// stays when the judge finds its report unlikely (roadBurning), and that
// a truck burnt in a crash does not. Texts written for this test.
func TestRoadBurningKept(t *testing.T) {
	deps := realDeps(t)
	deps.Judge = judgeFunc(func(title, text string) bool { return true })
	e := NewWith(deps)
	pub := time.Date(2026, 3, 2, 10, 0, 0, 0, mexico)
	r := model.Report{ID: "j", Kind: model.KindOfficial, Lang: "es", Published: pub, Title: "Atiende Seguridad quema de unidades en la carretera a Silao",
		Text: "La Secretaría de Seguridad del Estado informa que la noche del domingo se registró la quema de dos camiones de carga en el kilómetro 12 de la carretera Irapuato–Silao, lo que obligó a cerrar la circulación en ambos sentidos. No se reportaron personas lesionadas."}
	if got := types(e.Extract(r)); !slices.Contains(got, model.Blockade) {
		t.Errorf("road burning with an unlikely judge: %v, want a blockade", got)
	}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"se registró la quema de dos camiones de carga en el kilómetro 12 de la carretera", true},
		{"por la presencia de vehículos incendiados sobre la cinta asfáltica", true},
		{"un camión de carga se incendió luego de impactarse contra un muro", false},
		{"se registró un bloqueo de la carretera por pobladores", false},
	} {
		in := model.Incident{Type: model.Blockade, Evidence: []model.Span{{Text: tt.text}}}
		if got := roadBurning(in); got != tt.want {
			t.Errorf("roadBurning(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
