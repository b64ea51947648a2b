package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/model"
)

func TestScoreLine(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"tigres fusilo 4-0 a cruz azul", true},
		{"gano 2 - 1 en casa", true},
		{"rayados gano 11-2", true},
		{"carretera federal 15-d", false},
		{"el 2022-06-02 en culiacan", false},
		{"de 2010-2012", false},
		{"reynosa-monterrey", false},
		{"km 118-120", false},
	}
	for _, tt := range tests {
		if got := scoreLine(tt.s); got != tt.want {
			t.Errorf("scoreLine(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestPeriods(t *testing.T) {
	tests := []struct {
		s                          string
		month, span, year, freq, n bool
	}{
		{"van 74 asesinatos en septiembre en tijuana", true, false, false, false, false},
		{"homicidios de enero a agosto", true, false, false, false, false},
		{"fue asesinado el 3 de septiembre", false, false, false, false, false},
		{"inicia noviembre con 14 ejecutados", true, false, false, false, false},
		{"10 ejecuciones en 11 dias", false, true, false, false, false},
		{"70 murders in less than 15 days", false, true, false, false, false},
		// the span of a series an ordinal numbers, not of a count
		{"dos jovenes fueron ultimados anoche es el segundo ataque mortal en selaya en menos de 24 horas", false, false, false, false, false},
		{"two men were shot dead it is the third deadly attack in the city in less than 24 hours", false, false, false, false, false},
		{"suman doce personas asesinadas en leon en menos de 24 horas", false, true, false, false, false},
		{"cuatro homicidios en las ultimas 24 horas", false, true, false, false, false},
		{"un joven de 22 anos", false, false, false, false, false},
		{"murieron durante 2022", false, false, true, false, false},
		{"en lo que va del 2022", false, false, true, false, false},
		{"seis homicidios diarios en promedio", false, false, false, true, false},
		{"al dia siguiente lo hallaron", false, false, false, false, false},
		{"a day after the attack", false, false, false, false, false},
		{"cada 60 horas se registra un asesinato", false, false, false, false, true},
	}
	for _, tt := range tests {
		if got := monthPeriod(nil, tt.s, 0, len(tt.s)); got != tt.month {
			t.Errorf("monthPeriod(%q) = %v", tt.s, got)
		}
		if got := spanPeriod(nil, tt.s, 0, len(tt.s)); got != tt.span {
			t.Errorf("spanPeriod(%q) = %v", tt.s, got)
		}
		if got := yearPeriod(tt.s); got != tt.year {
			t.Errorf("yearPeriod(%q) = %v", tt.s, got)
		}
		if got := frequency(nil, tt.s, 0, len(tt.s)); got != tt.freq {
			t.Errorf("frequency(%q) = %v", tt.s, got)
		}
		if got := everyN(tt.s); got != tt.n {
			t.Errorf("everyN(%q) = %v", tt.s, got)
		}
	}
}

// TestStatCues checks the cue-level readings of statistics, searches,
// causes and figurative verbs on a cue found by its text.
func TestStatCues(t *testing.T) {
	tests := []struct {
		text, cue string
		check     func(f string, c cueHit, lo, hi int) bool
		want      bool
	}{
		{"bajan homicidios en el estado", "homicidios", trendStat, true},
		{"homicidios dolosos bajan 20 %", "homicidios", trendStat, true},
		{"sube a cuatro la cifra de muertos", "muertos", trendStat, false},
		{"wave of murders despite increased security", "murders", trendStat, false},
		{"crecen los ataques contra policias en guanajuato", "ataques contra", trendStat, true},
		{"atacan a policias en salamanca", "atacan a", trendStat, false},
		{"ofrecen apoyo a deudos de la masacre", "masacre", kinOfCue, true},
		{"hablan los familiares del desaparecido", "desaparecido", kinOfCue, true},
		{"asesinan a familiares de un desaparecido", "asesinan", kinOfCue, false},
		// An appeal to those with a missing relative: anyone.
		{"se solicita a quien tenga un familiar desaparecido acudir al semefo", "desaparecido", kinOfCue, true},
		{"invitan a las familias con algun integrante desaparecido a presentarse", "desaparecido", kinOfCue, true},
		{"anyone with a missing relative was asked to call", "missing", kinOfCue, true},
		{"buscan a su familiar desaparecido desde el martes", "desaparecido", kinOfCue, false},
		{"a man with a missing finger was shot", "missing", kinOfCue, false},
		{"masacre en el bar la madre", "masacre", kinOfCue, false},
		{"instalan altar con fotos de sus desaparecidos", "desaparecidos", kinOfCue, true},
		{"hallan a sus hijos asesinados", "asesinados", kinOfCue, false},
		{"alertan por llamadas de secuestro virtual en aguascalientes", "secuestro", scamOf, true},
		{"desactivan secuestro virtual", "secuestro", scamOf, false},
		{"alertan por secuestro de joven en tepic", "secuestro", scamOf, false},
		{"alertan por extorsion telefonica", "extorsion", scamOf, true},
		{"hay 341 desaparecidos en juarez", "desaparecidos", missingOf, true},
		{"mas de 15 mil desaparecidos en jalisco", "desaparecidos", missingOf, true},
		{"joven de 22 anos desaparecida", "desaparecida", missingOf, false},
		{"buscan a mas de 200 personas", "buscan a", missingOf, true},
		{"buscan a dos hermanos", "buscan a", missingOf, false},
		{"do not travel due to crime and kidnapping", "kidnapping", causeOf, true},
		{"debido al enfrentamiento de anoche", "enfrentamiento", causeOf, false},
		{"en medio de un predio, localizan el cadaver", "cadaver", causeOf, false},
		{"policias enfrentan cargos por extorsion", "enfrentan", figurativeOf, true},
		{"policias enfrentan a sicarios", "enfrentan", figurativeOf, false},
	}
	for _, tt := range tests {
		f := fold.New(tt.text).Folded
		at := indexOf(f, tt.cue)
		if at < 0 {
			t.Fatalf("%q not in %q", tt.cue, f)
		}
		c := cueHit{fStart: at, fEnd: at + len(tt.cue)}
		if got := tt.check(f, c, 0, len(f)); got != tt.want {
			t.Errorf("%q at %q: %v, want %v", tt.text, tt.cue, got, tt.want)
		}
	}
}

func missingOf(f string, c cueHit, lo, _ int) bool    { return missingCount(f, c.fStart, c.fEnd, lo) }
func kinOfCue(f string, c cueHit, lo, hi int) bool    { return kinOf(f, c.fStart, c.fEnd, lo, hi) }
func scamOf(f string, c cueHit, lo, hi int) bool      { return scamKind(f, c.fStart, c.fEnd, lo, hi) }
func causeOf(f string, c cueHit, lo, _ int) bool      { return causeNoun(nil, f, c.fStart, c.fEnd, lo) }
func figurativeOf(f string, c cueHit, _, hi int) bool { return figurative(f, c.fStart, c.fEnd, hi) }

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// TestLocalTally checks that a count over a period with no place, from an
// outlet whose name says its state, is a tally in that state by the
// outlet prior, not a violent incident and not a country-wide figure.
func TestLocalTally(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 6, 2, 9, 0, 0, 0, mexico)
	r := model.Report{ID: "l", Source: "El Diario de Coahuila", Kind: model.KindNews, Lang: "es", Text: "Mataron a ocho personas durante el fin de semana.", Published: pub}
	got := e.Extract(r)
	checkInvariants(t, r, got)
	if len(got) != 1 {
		t.Fatalf("%d incidents, want 1: %+v", len(got), got)
	}
	in := got[0]
	if !in.Tally || in.Location.StateCode != "05" || in.Location.Basis != model.BasisOutletPrior || in.Location.Precision != model.GeoState {
		t.Errorf("got tally %v at %q basis %q precision %d, want a tally in 05 by the outlet prior at state precision", in.Tally, in.Location.StateCode, in.Location.Basis, in.Location.Precision)
	}
}
