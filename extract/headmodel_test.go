package extract

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// fakeHeadline is a HeadlineReader that answers the same whatever it
// reads, and counts what it is asked.
type fakeHeadline struct {
	unlikely bool
	typ      model.IncidentType // "": none likely
	asked    int
}

func (f *fakeHeadline) UnlikelyHeadline(string) bool { f.asked++; return f.unlikely }

func (f *fakeHeadline) LikelyHeadline(string) (model.IncidentType, bool) {
	f.asked++
	return f.typ, f.typ != ""
}

func TestHeadlineOnly(t *testing.T) {
	long := strings.Repeat("palabra ", maxHeadlineWords)
	tests := []struct {
		name        string
		r           model.Report
		want        string
		wantHeading bool
	}{
		{"a text of one sentence", model.Report{Text: "Hallan a un hombre sin vida en Celaya"}, "Hallan a un hombre sin vida en Celaya", true},
		{"a title and no text", model.Report{Title: "Balacera en Celaya"}, "Balacera en Celaya", true},
		{"a text no longer than the title", model.Report{Title: "Balacera en Celaya, Guanajuato", Text: "Balacera en Celaya"}, "Balacera en Celaya, Guanajuato", true},
		{"a title and an article", model.Report{Title: "Balacera en Celaya", Text: "Una balacera se registró ayer en la colonia Centro de la ciudad."}, "", false},
		{"two sentences", model.Report{Text: "Balacera en la colonia Centro. Vecinos reportaron disparos durante la noche."}, "", false},
		{"too many words", model.Report{Text: long}, "", false},
		{"an alert-feed item", model.Report{Kind: model.KindAlertFeed, Text: "Bloqueo en Celaya"}, "", false},
		{"nothing", model.Report{}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := headlineOnly(tt.r)
			if got != tt.want || ok != tt.wantHeading {
				t.Errorf("headlineOnly = %q, %v; want %q, %v", got, ok, tt.want, tt.wantHeading)
			}
		})
	}
}

func TestHeadlineRescue(t *testing.T) {
	d := realDeps(t)
	pub := time.Date(2024, 8, 14, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		r      model.Report
		reader fakeHeadline
		want   model.IncidentType // "": no incident
		state  string
		day    string // the incident's day, "": none
	}{
		// The rules draft no incident from these words but saw a candidate
		// act in them (armed men named, a sentence typed and not anchored);
		// the reader reads one.
		{"armed men named", model.Report{Text: "Hombres armados allanan vivienda en Celaya, Guanajuato"}, fakeHeadline{typ: model.Homicide}, model.Homicide, "11", ""},
		{"dated as the rules date a headline", model.Report{Text: "Hombres armados allanan vivienda este domingo en Celaya, Guanajuato"}, fakeHeadline{typ: model.ArmedAttack}, model.ArmedAttack, "11", "2024-08-11"},
		{"a sentence typed, not anchored", model.Report{Text: "Vecinos viven noche de terror en Celaya, Guanajuato"}, fakeHeadline{typ: model.ArmedAttack}, model.ArmedAttack, "11", ""},
		{"armed men and no force are no operation", model.Report{Text: "Hombres armados allanan vivienda en Celaya, Guanajuato"}, fakeHeadline{typ: model.SecurityOperation}, model.ArmedAttack, "11", ""},
		{"nothing likely", model.Report{Text: "Hombres armados allanan vivienda en Celaya, Guanajuato"}, fakeHeadline{}, "", "", ""},
		{"no place", model.Report{Text: "Hombres armados allanan vivienda"}, fakeHeadline{typ: model.Homicide}, "", "", ""},
		// The rules saw no candidate act.
		{"no act word", model.Report{Text: "Vecinos viven noche difícil en Celaya, Guanajuato"}, fakeHeadline{typ: model.Homicide}, "", "", ""},
		{"a find of someone alive", model.Report{Text: "Localizan a un hombre en Celaya, Guanajuato"}, fakeHeadline{typ: model.Homicide}, "", "", ""},
		{"a find of a thing", model.Report{Text: "Hallan camioneta abandonada en Celaya, Guanajuato"}, fakeHeadline{typ: model.Homicide}, "", "", ""},
		{"a verb of a thing", model.Report{Text: "Ejecutan obra en Celaya, Guanajuato"}, fakeHeadline{typ: model.Homicide}, "", "", ""},
		{"an accident", model.Report{Text: "Sujetos armados chocan camioneta en Celaya, Guanajuato"}, fakeHeadline{typ: model.ArmedAttack}, "", "", ""},
		{"an article", model.Report{Title: "Noche difícil en Celaya", Text: "Los vecinos de la colonia Centro vivieron ayer una jornada difícil. La policía no informó más."}, fakeHeadline{typ: model.Homicide}, "", "", ""},
		{"a negation", model.Report{Text: "No hubo bloqueos en Celaya, informa la policía"}, fakeHeadline{typ: model.Blockade}, "", "", ""},
		{"a hypothetical", model.Report{Text: "Podrían bloquear carreteras en Celaya"}, fakeHeadline{typ: model.Blockade}, "", "", ""},
		{"a past year", model.Report{Text: "En 2011 hubo una masacre en Allende, Coahuila"}, fakeHeadline{typ: model.Homicide}, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := d
			reader := tt.reader
			d.Headline = &reader
			r := tt.r
			r.ID, r.Kind, r.Lang, r.Published = "h", model.KindNews, "es", pub
			got := NewWith(d).Extract(r)
			checkInvariants(t, r, got)
			if tt.want == "" {
				if len(got) > 0 {
					t.Errorf("got %s in %s, want nothing", got[0].Type, got[0].Location.StateCode)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("%d incidents, want 1", len(got))
			}
			in := got[0]
			if in.Type != tt.want || in.Location.StateCode != tt.state {
				t.Errorf("got %s in %q, want %s in %q", in.Type, in.Location.StateCode, tt.want, tt.state)
			}
			if in.Confidence > headlineConfidence {
				t.Errorf("confidence %.2f, want at most %.2f", in.Confidence, headlineConfidence)
			}
			if len(in.Evidence) != 1 || in.Evidence[0].Text != strings.TrimSpace(r.Text) {
				t.Errorf("evidence %+v, want the headline", in.Evidence)
			}
			day := ""
			if in.Time != nil {
				day = in.Time.In(d.When.Location()).Format("2006-01-02")
			}
			if day != tt.day {
				t.Errorf("day %q, want %q", day, tt.day)
			}
		})
	}
}

func TestHeadlineVeto(t *testing.T) {
	d := realDeps(t)
	d.Judge = nil
	pub := time.Date(2024, 8, 14, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		lang     string
		text     string
		unlikely bool
		kept     bool
	}{
		{"weak and unlikely", "es", "Reportan ataque en Celaya", true, false},
		{"weak and not unlikely", "es", "Reportan ataque en Celaya", false, true},
		{"a toll is firm", "es", "Matan a dos hombres en Celaya", true, true},
		{"a victim is a concrete result", "es", "Reportan ataque contra un taxista en Celaya", true, true},
		{"gunfire is a concrete result", "es", "Reportan ataque a balazos en Celaya", true, true},
		{"an English headline is never vetoed", "en", "Attack on a bar in Celaya", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := d
			reader := fakeHeadline{unlikely: tt.unlikely}
			d.Headline = &reader
			r := model.Report{ID: "h", Kind: model.KindNews, Lang: tt.lang, Text: tt.text, Published: pub}
			rules := NewWith(Deps{Gazetteer: d.Gazetteer, When: d.When}).Extract(r)
			if _, ok := actOf(rules); !ok {
				t.Fatalf("the rules read no act in %q: the case tests nothing", tt.text)
			}
			_, kept := actOf(NewWith(d).Extract(r))
			if kept != tt.kept {
				t.Errorf("act kept = %v, want %v", kept, tt.kept)
			}
		})
	}
}

func TestConcreteAct(t *testing.T) {
	tests := []struct {
		name     string
		headline string
		typ      model.IncidentType
		trace    Trace
		want     bool
	}{
		{"a noun of the act alone", "Ola de robos y ataques en la zona", model.ArmedAttack, Trace{Cue: "ataques", Form: "plural noun"}, false},
		{"a thing as the target", "Decapitan estatua del fundador", model.Homicide, Trace{Cue: "decapitan", Form: "verb", Anchors: []string{"state only"}, Place: "sentence"}, false},
		{"a verb in a town the sentence names", "Decapitan estatua en Tulancingo", model.Homicide, Trace{Cue: "decapitan", Form: "verb", Anchors: []string{"town"}, Place: "sentence"}, true},
		{"a verb, the town read elsewhere", "Decapitan estatua en Tulancingo", model.Homicide, Trace{Cue: "decapitan", Form: "verb", Anchors: []string{"town"}, Place: "title"}, false},
		{"dated", "Sábado de asesinatos en la región", model.Homicide, Trace{Cue: "asesinatos", Anchors: []string{"time"}}, true},
		{"counted in digits", "Registran 4 violentos homicidios en la región", model.Homicide, Trace{Cue: "homicidios"}, true},
		{"counted in words", "Tres asesinatos en la región", model.Homicide, Trace{Cue: "asesinatos"}, true},
		{"one is no count", "1 asesinato en la región", model.Homicide, Trace{Cue: "asesinato"}, false},
		{"gunfire", "Terror por detonaciones en la plaza", model.ArmedAttack, Trace{Cue: "terror"}, true},
		{"armed doers", "Sicarios irrumpen en la fiesta", model.ArmedAttack, Trace{Cue: "irrumpen"}, true},
		{"a person hit", "Atentan contra la vida de un comerciante", model.ArmedAttack, Trace{Cue: "atentan contra"}, true},
		{"an age", "Atentan contra Lupita, de 19 años", model.ArmedAttack, Trace{Cue: "atentan contra"}, true},
		{"words of a slug", "atentan-contra-comerciante-en-la-plaza", model.ArmedAttack, Trace{Cue: "atentan contra"}, true},
		{"a bulletin's search", "Continúan la búsqueda de Rosendo", model.Kidnapping, Trace{Cue: "continuan la busqueda de", Form: "phrase"}, true},
		{"a count of the missing is no bulletin", "Suman miles de desaparecidos en el país", model.Kidnapping, Trace{Cue: "desaparecidos", Form: "participle"}, false},
		{"a sign of abduction", "Reportan desaparición de Rosa; fue sustraída", model.Kidnapping, Trace{Cue: "desaparicion"}, true},
		{"made to vanish", "Desapareció a contador", model.Kidnapping, Trace{Cue: "desaparecio"}, true},
		{"a sign of abduction is no result of another act", "Asesinato de Rosa, sustraída de su casa", model.Homicide, Trace{Cue: "asesinato"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := concreteAct(tt.headline, model.Incident{Type: tt.typ}, tt.trace); got != tt.want {
				t.Errorf("concreteAct(%q) = %v, want %v", tt.headline, got, tt.want)
			}
		})
	}
}

// fileScore is what an extractor reads in a headline file.
type fileScore struct {
	acts, found, typed, placed, stated, nones, clean int
}

func (s fileScore) String() string {
	return fmt.Sprintf("acts found %d/%d, type %d/%d, state %d/%d; no-act clean %d/%d", s.found, s.acts, s.typed, s.acts, s.stated, s.placed, s.clean, s.nones)
}

// scoreHeadlineFile reads the headlines of a file of five columns
// (testdata/headlines/README.md) with e: of the headlines with an
// incident, those whose first act is found, those with a type the row
// allows and, where the row gives one, those in its state; of the others,
// those with no act. It reports nothing of a single row.
func scoreHeadlineFile(t *testing.T, e *Extractor, path string) fileScore {
	pub := time.Date(2024, 8, 14, 0, 0, 0, 0, time.Local)
	var s fileScore
	for _, row := range readTSV(t, path, 5) {
		cols := row.cols
		g, ok := actOf(e.Extract(model.Report{ID: "h", Kind: model.KindNews, Text: cols[4], Published: pub}))
		if cols[0] == "-" {
			s.nones++
			if !ok {
				s.clean++
			}
			continue
		}
		s.acts++
		if cols[1] != "-" {
			s.placed++
		}
		if !ok {
			continue
		}
		s.found++
		if slices.Contains(strings.Split(cols[0], "|"), string(g.Type)) {
			s.typed++
		}
		if cols[1] != "-" && g.Location.StateCode == cols[1] {
			s.stated++
		}
	}
	return s
}

// TestHeadlinesSealed1 scores testdata/headlines/sealed1.tsv, headlines
// written blind and held out (never read them, never train on them, log
// nothing but the aggregates), with the extractor as atalaya wires it
// (the headline model in); and logs, for the record, the rules alone. The
// floors are below what the rules reached on the blind development sets
// es1 and en1 when first seen (acts 79–93% found, no-act 85–92% clean):
// a guard against a collapse, not a target.
func TestHeadlinesSealed1(t *testing.T) {
	path := filepath.Join("..", "testdata", "headlines", "sealed1.tsv")
	d := realDeps(t)
	s := scoreHeadlineFile(t, NewWith(d), path)
	t.Logf("sealed1, as atalaya wires it (rules and the headline model): %v", s)
	d.Headline = nil
	t.Logf("sealed1, rules alone: %v", scoreHeadlineFile(t, NewWith(d), path))
	for _, f := range []struct {
		what  string
		n, of int
		floor float64
	}{{"acts found", s.found, s.acts, 0.75}, {"type", s.typed, s.acts, 0.65}, {"state", s.stated, s.placed, 0.70}, {"no-act clean", s.clean, s.nones, 0.80}} {
		if f.of == 0 || float64(f.n) < f.floor*float64(f.of) {
			t.Errorf("%s %d/%d, want at least %.0f%%", f.what, f.n, f.of, 100*f.floor)
		}
	}
}
