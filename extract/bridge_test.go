package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/model"
)

// TestDayRuns checks the days found between two words of a clause: the
// run covers the day and the words that join it, not a trailing "de la"
// of the object, and a day at either end of the clause or beside a comma
// is no run.
func TestDayRuns(t *testing.T) {
	tests := []struct {
		f    string
		want []string // the text of each run
	}{
		{"buscan este domingo a joana", []string{"este domingo "}},
		{"privan este domingo de la vida a comisario", []string{"este domingo "}},
		{"hallan la madrugada del lunes dos cuerpos", []string{"la madrugada del lunes "}},
		{"matan ayer por la tarde a un joven", []string{"ayer por la tarde "}},
		{"police on sunday found two bodies", []string{"on sunday "}},
		{"este domingo matan a dos", nil},        // nothing before it
		{"matan a dos este domingo", nil},        // nothing after it
		{"matan, este domingo, a dos", nil},      // not one clause
		{"privan de la vida a comisario", nil},   // no day
		{"tianguis de los lunes en celaya", nil}, // "los" is no word of a day
		{"matan a dos el lunes y el martes a tres", []string{"el lunes ", "el martes "}},
	}
	for _, tt := range tests {
		var got []string
		for _, r := range dayRuns(tt.f) {
			got = append(got, tt.f[r[0]:r[1]])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("dayRuns(%q) = %q, want %q", tt.f, got, tt.want)
		}
	}
}

// TestDayRunsCued checks that the runs read from the cue scan's days are
// dayRuns' for the cases of TestDayRuns, runs that a day word ends, opens
// or repeats, days inside longer words, and the folded fixtures (articles,
// headlines and gold sets as whole texts).
func TestDayRunsCued(t *testing.T) {
	texts := []string{
		"buscan este domingo a joana", "hallan la madrugada del lunes dos cuerpos", "matan ayer por la tarde a un joven",
		"police on sunday found two bodies", "este domingo matan a dos", "matan a dos este domingo", "matan, este domingo, a dos",
		"tianguis de los lunes en celaya", "matan a dos el lunes y el martes a tres", "hallan anoche a dos", "en las tardes de ayer en",
		"x el lunes martes de y", "x ayer hoy", "x  el lunes  y", "calle domingo lunes y", "x el domingo por la noche del lunes en la z",
		"tonight on monday night we", "matan el anteayer en la", "lunes", "a lunes b", "x de la en el lunes en la de y",
	}
	for _, s := range fixtureTexts(t, "testdata/*.[tj]s[vo]*") { // the .txt, .tsv and .jsonl fixtures
		texts = append(texts, despace(fold.New(s)).Folded)
	}
	m := newCueMatcher(cueWords)
	runs := 0
	for _, f := range texts {
		var h cueHits
		m.scan(&h, f)
		want := dayRuns(f)
		if got := dayRunsCued(f, &h); !slices.Equal(got, want) {
			t.Errorf("dayRunsCued(%.60q) = %v, want %v", f, got, want)
		}
		runs += len(want)
	}
	if runs < 200 {
		t.Fatalf("%d runs in all: the texts test little", runs)
	}
}

// firstType is the type of the first incident of got, "" for none.
func firstType(got []model.Incident) model.IncidentType {
	if len(got) == 0 {
		return ""
	}
	return got[0].Type
}

// TestBridgedDays checks headlines whose day stands between a verb and
// the rest of its cue (match bridges it): each reads as the same headline
// without the day would.
func TestBridgedDays(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2020, 3, 2, 8, 30, 0, 0, mexico)
	tests := []struct {
		text string
		want model.IncidentType
	}{
		{"Privan este domingo de la vida a un comisario en Celaya", model.Homicide},
		{"Abren este domingo fuego contra un hombre en Celaya", model.ArmedAttack},
		{"Dejan este domingo un cuerpo en Acapulco", model.Homicide},
		{"Buscan este domingo a Joana, desaparecida en Mexicali", model.Kidnapping},
		{"Aparecen este domingo mantas contra el alcalde en Zamora", model.Intimidation},
		{"Sorprenden el domingo a un hombre con un arma en Celaya", model.SecurityOperation},
		{"Privan la noche del sábado de su libertad a un taxista en Fresnillo", model.Kidnapping},
	}
	for _, tt := range tests {
		r := model.Report{ID: "b", Kind: model.KindNews, Lang: "es", Text: tt.text, Published: pub}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		if typ := firstType(got); typ != tt.want {
			t.Errorf("%q: %q, want %q", tt.text, typ, tt.want)
		}
	}
}

// TestRescuedFromState checks a rescue of people whose kidnapping a
// relative clause tells as their state ("que permanecían secuestrados en
// una casa de Tapachula"): the rescue leads and the kidnapping follows,
// with the people kidnapped counted on it and the forces only on the
// rescue.
func TestRescuedFromState(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 11, 11, 14, 0, 0, 0, mexico)
	r := model.Report{ID: "r", Kind: model.KindNews, Lang: "es", Published: pub,
		Text: "Elementos de la Guardia Nacional rescataron este miércoles a 15 migrantes que permanecían secuestrados en una bodega de Piedras Negras, y detuvieron a tres hombres."}
	got := e.Extract(r)
	checkInvariants(t, r, got)
	if len(got) != 2 || got[0].Type != model.SecurityOperation || got[1].Type != model.Kidnapping {
		t.Fatalf("got %+v, want a security operation then a kidnapping", got)
	}
	if k := got[1].Kidnapped; k == nil || k.N != 15 {
		t.Errorf("kidnapping's kidnapped %+v, want 15", k)
	}
	if got[0].Kidnapped != nil {
		t.Errorf("rescue's kidnapped %+v, want none", got[0].Kidnapped)
	}
	for _, a := range got[1].Actors {
		if a.Kind == model.StateForce {
			t.Errorf("kidnapping's actors %+v: the forces are the rescue's", got[1].Actors)
		}
	}
}

// TestRescuedParticiple checks a rescue of people named with the
// participle of their kidnapping ("rescatan a tres jóvenes secuestrados"):
// the rescue, then the kidnapping with the people counted; an arrest of
// kidnappers is no rescue.
func TestRescuedParticiple(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 2, 23, 9, 0, 0, 0, mexico)
	tests := []struct {
		text string
		want []model.IncidentType
	}{
		{"Rescatan a tres jóvenes secuestrados en una casa de Zapopan", []model.IncidentType{model.SecurityOperation, model.Kidnapping}},
		{"Liberan a comerciante privado de la libertad en una bodega de Celaya", []model.IncidentType{model.SecurityOperation, model.Kidnapping}},
		{"Detienen a tres secuestradores en una casa de Zapopan", []model.IncidentType{model.SecurityOperation}},
	}
	for _, tt := range tests {
		r := model.Report{ID: "p", Kind: model.KindNews, Lang: "es", Text: tt.text, Published: pub}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		var types []model.IncidentType
		for _, in := range got {
			types = append(types, in.Type)
		}
		if !slices.Equal(types, tt.want) {
			t.Errorf("%q: %v, want %v", tt.text, types, tt.want)
		}
	}
}

// FuzzDayRuns checks that every day run lies inside the text, in order,
// starts a word after a space and ends before the word that follows it.
func FuzzDayRuns(f *testing.F) {
	for _, s := range []string{"buscan este domingo a joana", "hallan la madrugada del lunes dos cuerpos", "este domingo", "a  el lunes  b", "x el lunes, y"} {
		f.Add(s)
	}
	m := newCueMatcher(cueWords)
	f.Fuzz(func(t *testing.T, s string) {
		var h cueHits
		m.scan(&h, s)
		if got, want := dayRunsCued(s, &h), dayRuns(s); !slices.Equal(got, want) {
			t.Fatalf("dayRunsCued(%q) = %v, dayRuns %v", s, got, want)
		}
		prev := 0
		for _, r := range dayRuns(s) {
			a, b := r[0], r[1]
			if a < prev || a <= 0 || b <= a || b >= len(s) {
				t.Fatalf("dayRuns(%q): run %v out of order or bounds", s, r)
			}
			if s[a-1] != ' ' || s[b-1] != ' ' || !isWord(s[b]) {
				t.Fatalf("dayRuns(%q): run %v not between words", s, r)
			}
			prev = b
		}
	})
}
