package extract

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/report"
)

// dateCase is a line of testdata/dates.tsv or dates3.tsv: a text, its
// publication time and the event day it tells ("-": an incident with no
// day told).
type dateCase struct {
	line      int
	published time.Time
	day       string
	text      string
}

func readDateCases(t *testing.T, name string) []dateCase {
	t.Helper()
	var out []dateCase
	for _, r := range readTSV(t, filepath.Join("testdata", name), 3) {
		pub, err := time.Parse(time.RFC3339, r.cols[0])
		if err != nil {
			t.Fatalf("%s:%d: %v", name, r.line, err)
		}
		if _, err := time.Parse(time.DateOnly, r.cols[1]); err != nil && r.cols[1] != "-" {
			t.Fatalf("%s:%d: %v", name, r.line, err)
		}
		out = append(out, dateCase{line: r.line, published: pub, day: r.cols[1], text: strings.ReplaceAll(r.cols[2], `\n`, "\n")})
	}
	return out
}

// tsvRow is a line of a tab-separated fixture: its number and columns.
type tsvRow struct {
	line int
	cols []string
}

// readTSV reads a tab-separated fixture of n columns a line; empty lines
// and lines starting with "#" are skipped.
func readTSV(t *testing.T, path string, n int) []tsvRow {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []tsvRow
	sc := bufio.NewScanner(f)
	for k := 1; sc.Scan(); k++ {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		cols := strings.Split(l, "\t")
		if len(cols) != n {
			t.Fatalf("%s:%d: %d columns, want %d", path, k, len(cols), n)
		}
		out = append(out, tsvRow{k, cols})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestDates scores the day of the first incident found in each text of
// testdata/dates.tsv and dates3.tsv, dated sentences and headlines in
// Spanish and English written for the test, against the day worked out by
// hand ("-": no day, the time unknown). Every case is expected to pass;
// the score of each file is logged for the record.
func TestDates(t *testing.T) {
	e := realExtractor(t)
	loc, err := time.LoadLocation("America/Mexico_City")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"dates.tsv", "dates3.tsv", "dates4.tsv", "dates5.tsv", "dates6.tsv"} {
		checkDateFile(t, e, loc, name, 30)
	}
}

// checkDateFile checks the day of the first incident found in each case
// of testdata/name (readDateCases), of which there must be at least min,
// against its day ("no incident", or "-" for no day), and logs the score.
func checkDateFile(t *testing.T, e *Extractor, loc *time.Location, name string, min int) {
	t.Helper()
	cases := readDateCases(t, name)
	if len(cases) < min {
		t.Fatalf("%s: %d cases, want at least %d", name, len(cases), min)
	}
	ok := 0
	for _, c := range cases {
		r := model.Report{ID: "d", Kind: model.KindNews, Lang: report.DetectLang(c.text), Text: c.text, Published: c.published}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		day := "no incident"
		if len(got) > 0 {
			day = dayOf(got[0])
		}
		if day != c.day {
			t.Errorf("%s:%d %q published %s: %s, want %s", name, c.line, c.text, c.published.Format(time.RFC3339), day, c.day)
			continue
		}
		ok++
	}
	t.Logf("%s: event day exact: %d/%d", name, ok, len(cases))
}

// TestVagueSummaries checks the weak summaries of violence ("hechos
// violentos", "noche de terror"): dated, they report an armed attack on
// that day; negated, none; beside a firmer act in a headline they give
// way to it. pub is Wednesday 14 August 2024, as a bare date.
func TestVagueSummaries(t *testing.T) {
	e := realExtractor(t)
	loc, err := time.LoadLocation("America/Mexico_City")
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2024, 8, 14, 0, 0, 0, 0, loc)
	tests := []struct {
		text string
		typ  model.IncidentType // "": no incident
		day  string
	}{
		{"Más hechos violentos la tarde del sábado en Celaya", model.ArmedAttack, "2024-08-10"},
		{"Hechos de sangre este fin de semana en Celaya", model.ArmedAttack, "2024-08-10"},
		{"Viernes de terror en Zamora", model.ArmedAttack, "2024-08-09"},
		{"Lunes rojo en Celaya", model.ArmedAttack, "2024-08-12"},
		// The adjective before the day, and "de sangre".
		{"Sangriento domingo en Celaya", model.ArmedAttack, "2024-08-11"},
		{"Violento sábado en Zamora", model.ArmedAttack, "2024-08-10"},
		{"Domingo de sangre en Uruapan", model.ArmedAttack, "2024-08-11"},
		// "Trágico" is as often an accident's.
		{"Trágico domingo en Celaya", "", ""},
		{"¡Madrugada de terror en Tepic! Hallan a un comerciante asesinado", model.Homicide, "2024-08-14"},
		{"Jornada electoral transcurre sin hechos violentos este domingo en Celaya", "", ""},
		{"La policía informó que no se registraron hechos violentos este lunes en Celaya", "", ""},
		{"La Secretaría aclara que no se ha registrado ningún hecho violento en Celaya", "", ""},
		// Finds told by the nota roja's idioms.
		{"¡Macabro hallazgo este lunes en Celaya!", model.Homicide, "2024-08-12"},
		{"Aparecen bolsas con restos este martes en Celaya", model.Homicide, "2024-08-13"},
		// A streak "sin homicidios" that ends tells a killing.
		{"Se rompe racha sin homicidios en Juárez este lunes", model.Homicide, "2024-08-12"},
		// The part of the day between the day and its adjective.
		{"Sábado por la noche violento en Tijuana", model.ArmedAttack, "2024-08-10"},
		{"Domingo por la tarde sangriento en Celaya", model.ArmedAttack, "2024-08-11"},
		{"Noche de sábado violenta en Zamora", model.ArmedAttack, "2024-08-10"},
		{"Madrugada del lunes sangrienta en Culiacán", model.ArmedAttack, "2024-08-12"},
		{"Jornada del martes roja en Uruapan", model.ArmedAttack, "2024-08-13"},
		// "de horror" as "de terror"; the find's adjective after it.
		{"Noche de horror el sábado en Celaya", model.ArmedAttack, "2024-08-10"},
		{"Night of horror in Celaya on Saturday", model.ArmedAttack, "2024-08-10"},
		{"Hallazgo macabro este lunes en Celaya", model.Homicide, "2024-08-12"},
		// A weekday and a part with no adjective of violence, or one of
		// the weather, tells no violence.
		{"Sábado por la noche habrá baile en Tijuana", "", ""},
		{"Noche de sábado lluviosa en Zamora", "", ""},
	}
	for _, tt := range tests {
		r := model.Report{ID: "v", Kind: model.KindNews, Lang: "es", Text: tt.text, Published: pub}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		if tt.typ == "" {
			for _, in := range got {
				if in.Type.Violent() && in.Counted() {
					t.Errorf("%q: %s, want no violent incident", tt.text, in.Type)
				}
			}
			continue
		}
		if len(got) == 0 {
			t.Errorf("%q: no incident, want %s", tt.text, tt.typ)
			continue
		}
		day := ""
		if got[0].Time != nil {
			day = got[0].Location.Date(*got[0].Time)
		}
		if got[0].Type != tt.typ || day != tt.day {
			t.Errorf("%q: %s on %q, want %s on %s", tt.text, got[0].Type, day, tt.typ, tt.day)
		}
	}
}

// TestDatelineDay checks that only a dateline naming a place moves the
// day relative days count from: a date before a dash that names no place
// leaves "ayer" the day before publication. pub is Monday 5 August 2024, 09:00.
func TestDatelineDay(t *testing.T) {
	e := realExtractor(t)
	loc, err := time.LoadLocation("America/Mexico_City")
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2024, 8, 5, 9, 0, 0, 0, loc)
	tests := []struct {
		text string
		days []string // of the incidents in order
	}{
		{"Tepic, 2 de agosto — Un hombre fue asesinado ayer en la colonia Centro.", []string{"2024-08-01"}},
		{"Nota del 2 de agosto — Un hombre fue asesinado ayer en la colonia Centro de Celaya.", []string{"2024-08-04"}},
	}
	for _, tt := range tests {
		r := model.Report{ID: "l", Kind: model.KindNews, Lang: "es", Text: tt.text, Published: pub}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		var days []string
		for _, in := range got {
			d := "no time"
			if in.Time != nil {
				d = in.Location.Date(*in.Time)
			}
			days = append(days, d)
		}
		if strings.Join(days, " ") != strings.Join(tt.days, " ") {
			t.Errorf("%q: days %v, want %v", tt.text, days, tt.days)
		}
	}
}

// TestOtherEventDay checks which day expressions date another event than
// the act beside them: a pluperfect clause with no act, an act named
// after its witness or author; not a victim's act, nor a pluperfect act.
func TestOtherEventDay(t *testing.T) {
	tests := []struct {
		text, at string
		typ      model.IncidentType
		want     bool
	}{
		{"Liberan este sábado a un comerciante que había sido privado de la libertad el jueves", "el jueves", model.SecurityOperation, true},
		{"Liberan este sábado a un comerciante que había sido privado de la libertad el jueves", "el jueves", model.Kidnapping, false},
		{"Asesinan a un hombre que había salido de prisión el 3 de marzo", "el 3", "", true},
		{"Gunmen killed a man who had testified on March 3", "on March", "", true},
		{"Matan a un testigo del ataque del pasado viernes en Celaya", "del pasado", "", false},
		{"Matan a un testigo del ataque del pasado viernes en Celaya", "viernes", "", true},
		{"Detienen al autor de la masacre del sábado", "sábado", "", true},
		{"Muere una víctima del ataque del viernes", "viernes", "", false},
		{"Hallan a un hombre que había sido asesinado el viernes", "el viernes", "", false},
		{"Asesinan a un hombre el viernes", "el viernes", "", false},
		{"El ataque del viernes dejó tres muertos", "viernes", "", false},
	}
	for _, tt := range tests {
		at := strings.Index(tt.text, tt.at)
		if at < 0 {
			t.Fatalf("%q not in %q", tt.at, tt.text)
		}
		if got := otherEventDay(fold.New(tt.text), at, tt.typ); got != tt.want {
			t.Errorf("otherEventDay(%q at %q) = %v, want %v", tt.text, tt.at, got, tt.want)
		}
	}
}

// TestParagraphDays checks the days of every incident of short articles
// whose days come from around the act's sentence: the next sentence of
// the paragraph when nothing is told before, a lead's day rather than
// the day a count was released, a rescue's own day rather than the
// abduction's; not a period the next sentence opens (a state since a
// day: the alert's act is of its sending, the article's untold). pub is
// Monday 17 March 2025, 10:30.
func TestParagraphDays(t *testing.T) {
	e := realExtractor(t)
	loc, err := time.LoadLocation("America/Mexico_City")
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2025, 3, 17, 10, 30, 0, 0, loc)
	tests := []struct {
		kind model.ReportKind
		text string
		want []string
	}{
		{"", "Siete cuerpos con huellas de violencia fueron abandonados en un camino de terracería de Uruapan. Una llamada al 911 alertó a las autoridades alrededor del mediodía de este sábado.",
			[]string{"2025-03-15"}},
		{model.KindAlertFeed, "ALERTA | León, Gto. Reportan que desconocidos rociaron gasolina e incendiaron un taller mecánico en la colonia Obregón, sobre el bulevar Hidalgo. El negocio estaba cerrado desde el jueves. Bomberos trabajan en el lugar; se pide evitar la zona.",
			[]string{"2025-03-17"}},
		{model.KindAlertFeed, "ALERTA | Celaya, Gto. Reportan disparos de arma de fuego contra una tienda de abarrotes en la colonia Las Insurgentes; no se reportan lesionados por ahora. La tienda había reabierto desde la mañana del sábado. Elementos de seguridad acuden al sitio.",
			[]string{"2025-03-17"}},
		{"", "SALAMANCA, Gto.- Sujetos armados rociaron gasolina e incendiaron la fachada de una farmacia de la calle Juárez, en la colonia Centro, según relataron vecinos que pidieron no ser identificados. El local permanecía cerrado desde el viernes por remodelación.",
			[]string{"-"}},
		// A period the act's own sentence opens dates it: the blockade
		// under way since Sunday's small hours.
		{model.KindAlertFeed, "ALERTA | Reynosa, Tamps. Continúa el bloqueo con vehículos incendiados en la carretera a Monterrey, a la altura del ejido La Escondida, desde la madrugada del domingo. Se recomienda tomar precauciones y usar vías alternas.",
			[]string{"2025-03-16"}},
		{"", "Al menos 40 vehículos fueron incendiados durante la jornada del domingo en seis municipios de Michoacán, según un recuento difundido este lunes.\n\nEn Zamora, además, hombres armados prendieron fuego a una tienda departamental de la avenida Juárez.",
			[]string{"2025-03-16", "2025-03-16"}},
	}
	for _, tt := range tests {
		kind := tt.kind
		if kind == "" {
			kind = model.KindNews
		}
		r := model.Report{ID: "p", Kind: kind, Lang: "es", Text: tt.text, Published: pub}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		var days []string
		for _, in := range got {
			days = append(days, dayOf(in))
		}
		if !slices.Equal(days, tt.want) {
			t.Errorf("%q: days %v, want %v", tt.text, days, tt.want)
		}
	}
}

// TestDatedFound checks the finding of a body told with its day between
// the verb and the body (datedFound), and that a corps is no body nor a
// day without a body a finding.
func TestDatedFound(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2020, 3, 2, 8, 30, 0, 0, mexico)
	tests := []struct {
		text string
		want model.IncidentType // "": no incident
	}{
		{"Localizan este domingo un cuerpo en Celaya", model.Homicide},
		{"Hallan la madrugada del domingo dos cadáveres en Celaya", model.Homicide},
		{"Localizan este domingo a elementos del cuerpo de bomberos en Celaya", ""},
		{"Localizan este domingo un perro en Celaya", ""},
		{"Localizan en un cuerpo de agua de Celaya a un perro", ""},
	}
	for _, tt := range tests {
		r := model.Report{ID: "f", Kind: model.KindNews, Lang: "es", Text: tt.text, Published: pub}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		if typ := firstType(got); typ != tt.want {
			t.Errorf("%q: %q, want %q", tt.text, typ, tt.want)
		}
	}
}

// dayOf returns the day of in's time at its place (model.Location.Date), or "-"
// when it has none.
func dayOf(in model.Incident) string {
	if in.Time == nil {
		return "-"
	}
	return in.Location.Date(*in.Time)
}

// TestDates12 scores testdata/dates12.tsv, date expressions of leads,
// headlines, comunicados and transcripts written for branch date12 in
// five batches, each before the rules it led to: 253 of the 280 rows read
// to their day at main 469e802 (110 of 120, 39 of 39, 51 of 54, 30 of
// 31, 23 of 36). Rows left out as comments in the file read otherwise for want of
// an act, not of a date (a protest over a killing read as no incident)
// or are left for later (see the fourth batch's note).
func TestDates12(t *testing.T) {
	loc, err := time.LoadLocation("America/Mexico_City")
	if err != nil {
		t.Fatal(err)
	}
	checkDateFile(t, realExtractor(t), loc, "dates12.tsv", 280)
}

// TestDates14 scores testdata/dates14.tsv, weekdays, nights, small hours,
// weekends and datelines written for branch date14 before any rule.
func TestDates14(t *testing.T) {
	checkDateFile(t, realExtractor(t), model.MexicoCity(), "dates14.tsv", 70)
}

// TestDates29 scores testdata/dates29.tsv: ranges of days dated by their
// start, and a day before a statement's day told inside the statement,
// with controls, and closures dated when they take effect, written for
// branch day29.
func TestDates29(t *testing.T) {
	checkDateFile(t, realExtractor(t), model.MexicoCity(), "dates29.tsv", 14)
}
