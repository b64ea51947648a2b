package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/corpus"
	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/report"
)

// want describes one expected incident; zero fields are not checked.
type want struct {
	typ       model.IncidentType
	state     string
	muni      string
	precision model.GeoPrecision
	killed    int // -1: must be nil
	atLeast   bool
	detained  int
	actor     string // canonical name that must be present
	role      model.ActorRole
	day       string // YYYY-MM-DD of Time; "none" for nil
	evidence  int    // number of evidence spans
}

func loadReport(t testing.TB, file string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

var mexico = time.FixedZone("CST", -6*3600)

func TestExtract(t *testing.T) {
	pub := time.Date(2026, 2, 23, 9, 30, 0, 0, mexico) // a Monday
	lat, lon := 24.79, -107.40
	cases := []struct {
		name  string
		file  string
		kind  model.ReportKind
		title string
		geo   bool
		want  []want
	}{
		{name: "multi-municipality blockades", file: "es_bloqueos.txt", kind: model.KindNews, title: "Jornada de narcobloqueos en la zona metropolitana",
			want: []want{
				{typ: model.Blockade, state: "14", muni: "14120", precision: model.GeoMunicipality, actor: "Grupo armado no identificado", role: model.Perpetrator, day: "2026-02-22", evidence: 2},
				{typ: model.Blockade, state: "14", muni: "14098", precision: model.GeoMunicipality, day: "2026-02-22", evidence: 2},
				{typ: model.Blockade, state: "14", muni: "14101", precision: model.GeoMunicipality, day: "2026-02-22", evidence: 2},
			}},
		{name: "english clash with tolls and history", file: "en_clash.txt", kind: model.KindNews,
			want: []want{
				{typ: model.ArmedClash, state: "25", muni: "25006", killed: 4, atLeast: true, actor: "Cártel de Sinaloa", role: model.Perpetrator, day: "2026-02-22", evidence: 2},
			}},
		{name: "asr transcript", file: "transcript_asr.txt", kind: model.KindTranscript,
			want: []want{
				{typ: model.Blockade, state: "14", muni: "14086", killed: -1, actor: "Cártel Jalisco Nueva Generación", role: model.Perpetrator, day: "2026-02-23"},
				{typ: model.ArmedClash, state: "14", muni: "14086", killed: 2, actor: "Guardia Nacional"},
			}},
		{name: "official statement", file: "oficial.txt", kind: model.KindOfficial,
			want: []want{
				{typ: model.SecurityOperation, state: "16", muni: "16102", detained: 5, actor: "Cárteles Unidos", role: model.Target, day: "none", evidence: 1},
			}},
		{name: "geolocated alert", file: "alerta.txt", kind: model.KindAlertFeed, geo: true,
			want: []want{
				{typ: model.BusinessAttack, state: "25", muni: "25006", precision: model.GeoPoint, killed: -1},
			}},
		{name: "tally", file: "conteo.txt", kind: model.KindNews,
			want: []want{
				{typ: model.Blockade, precision: model.GeoCountry, evidence: 1},
			}},
		{name: "opinion", file: "opinion.txt", kind: model.KindNews, title: "Opinión: el Estado ausente"},
		{name: "boilerplate only", file: "boilerplate.txt", kind: model.KindNews},
		{name: "roadworks and protest", file: "obras.txt", kind: model.KindNews},
		{name: "negation, hypothetical, question", file: "negacion.txt", kind: model.KindNews},
	}
	e := newFakeExtractor()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := model.Report{ID: "r1", Kind: c.kind, Lang: "es", Title: c.title, Published: pub, Text: loadReport(t, c.file)}
			if c.geo {
				r.Lat, r.Lon = &lat, &lon
			}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			if len(got) != len(c.want) {
				for _, g := range got {
					t.Logf("got %s %s/%s %q", g.Type, g.Location.StateCode, g.Location.MunicipalityCode, g.Evidence[0].Text)
				}
				t.Fatalf("got %d incidents, want %d", len(got), len(c.want))
			}
			for i, w := range c.want {
				checkIncident(t, i, got[i], w)
			}
		})
	}
}

func checkIncident(t *testing.T, i int, g model.Incident, w want) {
	t.Helper()
	if g.Type != w.typ {
		t.Errorf("#%d type = %s, want %s", i, g.Type, w.typ)
	}
	if w.state != "" && g.Location.StateCode != w.state {
		t.Errorf("#%d state = %q, want %q", i, g.Location.StateCode, w.state)
	}
	if w.muni != "" && g.Location.MunicipalityCode != w.muni {
		t.Errorf("#%d municipality = %q, want %q", i, g.Location.MunicipalityCode, w.muni)
	}
	if w.precision != 0 && g.Location.Precision != w.precision {
		t.Errorf("#%d precision = %d, want %d", i, g.Location.Precision, w.precision)
	}
	switch {
	case w.killed == -1 && g.Killed != nil:
		t.Errorf("#%d killed = %+v, want nil", i, *g.Killed)
	case w.killed > 0 && (g.Killed == nil || g.Killed.N != w.killed || g.Killed.AtLeast != w.atLeast):
		t.Errorf("#%d killed = %+v, want %d (at least %v)", i, g.Killed, w.killed, w.atLeast)
	}
	if w.detained > 0 && (g.Detained == nil || g.Detained.N != w.detained) {
		t.Errorf("#%d detained = %+v, want %d", i, g.Detained, w.detained)
	}
	if w.actor != "" {
		found := false
		for _, a := range g.Actors {
			if a.Name == w.actor && (w.role == "" || a.Role == w.role) {
				found = true
			}
		}
		if !found {
			t.Errorf("#%d actors = %+v, want %s (%s)", i, g.Actors, w.actor, w.role)
		}
	}
	switch w.day {
	case "":
	case "none":
		if g.Time != nil {
			t.Errorf("#%d time = %v, want nil", i, g.Time)
		}
	default:
		if g.Time == nil || g.Time.Format("2006-01-02") != w.day {
			t.Errorf("#%d time = %v, want %s", i, g.Time, w.day)
		}
	}
	if w.evidence > 0 && len(g.Evidence) != w.evidence {
		t.Errorf("#%d evidence = %d spans, want %d", i, len(g.Evidence), w.evidence)
	}
}

// checkInvariants asserts what holds for every extraction.
func checkInvariants(t testing.TB, r model.Report, got []model.Incident) {
	t.Helper()
	ids := map[string]bool{}
	for i, g := range got {
		if ids[g.ID] {
			t.Errorf("#%d duplicate id %q", i, g.ID)
		}
		ids[g.ID] = true
		if g.ReportID != r.ID {
			t.Errorf("#%d report id %q", i, g.ReportID)
		}
		if g.Severity < 1 || g.Severity > 4 {
			t.Errorf("#%d severity %d", i, g.Severity)
		}
		if g.Confidence < 0 || g.Confidence > 1 {
			t.Errorf("#%d confidence %v", i, g.Confidence)
		}
		if g.Location.Precision < model.GeoUnknown || g.Location.Precision > model.GeoCountry {
			t.Errorf("#%d precision %d", i, g.Location.Precision)
		}
		if !g.Type.Valid() {
			t.Errorf("#%d type %q", i, g.Type)
		}
		for _, s := range g.Evidence {
			if s.Start < 0 || s.End > len(r.Text) || s.Start >= s.End {
				t.Fatalf("#%d evidence span [%d,%d) out of range %d", i, s.Start, s.End, len(r.Text))
			}
			if s.Text != r.Text[s.Start:s.End] || s.ReportID != r.ID {
				t.Errorf("#%d evidence %q does not match text", i, s.Text)
			}
		}
		for _, c := range []*model.Count{g.Killed, g.Injured, g.Detained, g.Kidnapped} {
			if c != nil && c.N < 0 {
				t.Errorf("#%d negative count", i)
			}
		}
	}
}

func TestTitleOnly(t *testing.T) {
	e := newFakeExtractor()
	pub := time.Date(2026, 2, 23, 9, 0, 0, 0, mexico)
	tests := []struct {
		name, title, text string
		want              int // incidents; each must carry evidence
	}{
		{"no text", "Asesinan a tres hombres en Celaya", "", 0},
		{"text names the place", "Asesinan a tres hombres en Celaya", "Vecinos de Celaya pidieron más patrullas en la colonia.", 1},
		{"advertising", "¡Precios que arden en Celaya!", "Ofertas explosivas en seminuevos y financiamiento a tu medida en Celaya.", 0},
		{"unrelated text", "Asesinan a tres hombres en Celaya", "El clima será templado durante la semana.", 0},
	}
	for _, tt := range tests {
		r := model.Report{ID: "h1", Kind: model.KindNews, Title: tt.title, Text: tt.text, Published: pub}
		got := e.Extract(r)
		if len(got) != tt.want {
			t.Errorf("%s: got %d incidents, want %d: %+v", tt.name, len(got), tt.want, got)
			continue
		}
		for _, g := range got {
			if len(g.Evidence) == 0 || g.Type != model.Homicide || g.Location.MunicipalityCode != "11007" {
				t.Errorf("%s: got %+v", tt.name, g)
			}
			checkInvariants(t, r, got)
		}
	}
}

func TestSplit(t *testing.T) {
	e := newFakeExtractor()
	tests := []struct {
		in   string
		want []string
	}{
		{"El Gral. Pérez llegó a las 10 a.m. al km. 45. Hubo 2.5 toneladas.", []string{"El Gral. Pérez llegó a las 10 a.m. al km. 45.", "Hubo 2.5 toneladas."}},
		{"Officials in the U.S. said so. EE.UU. envió ayuda a Mich. y Jal. ayer.", []string{"Officials in the U.S. said so.", "EE.UU. envió ayuda a Mich. y Jal. ayer."}},
		{"¿Quién fue? Nadie sabe. \"Fue terrible\", dijo.", []string{"¿Quién fue?", "Nadie sabe.", "\"Fue terrible\", dijo."}},
		{"Línea uno\nLínea dos", []string{"Línea uno", "Línea dos"}},
		// A punctuated sentence past maxSentence is not cut at "este"
		// after a preposition: there it is no spoken filler.
		{"La Fiscalía del Estado inició una carpeta de investigación por el hallazgo de dos personas sin vida del sexo masculino, reportado a las 06:40 horas de este domingo 1 de agosto en la comunidad de San José de Gracia, municipio de Salamanca, al borde de un camino de terracería cercano.",
			[]string{"La Fiscalía del Estado inició una carpeta de investigación por el hallazgo de dos personas sin vida del sexo masculino, reportado a las 06:40 horas de este domingo 1 de agosto en la comunidad de San José de Gracia, municipio de Salamanca, al borde de un camino de terracería cercano."}},
	}
	for _, tt := range tests {
		f := fold.New(tt.in)
		ss := e.split(f.Folded, false, nil)
		var got []string
		for _, s := range ss {
			a, b := f.Span(s.fStart, s.fEnd)
			got = append(got, tt.in[a:b])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("split(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSplitLongTranscript(t *testing.T) {
	e := newFakeExtractor()
	in := strings.Repeat("y la gente dice que hubo balazos por la zona ", 30)
	f := fold.New(in)
	ss := e.split(f.Folded, true, nil)
	if len(ss) < 3 {
		t.Fatalf("got %d sentences for %d bytes", len(ss), len(in))
	}
	for _, s := range ss {
		if s.fEnd-s.fStart > hardSentence {
			t.Errorf("sentence of %d bytes", s.fEnd-s.fStart)
		}
	}
}

func BenchmarkExtract(b *testing.B) {
	text := loadReport(b, "bench_nota.txt")
	r := model.Report{ID: "b1", Kind: model.KindNews, Lang: "es", Title: "Jornada violenta en Guadalajara", Published: time.Date(2026, 2, 23, 9, 30, 0, 0, mexico), Text: text}
	for _, bc := range []struct {
		name string
		e    *Extractor
	}{{"real-deps", realExtractor(b)}, {"own-only", newExtractor(nil, nil, nil)}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				bc.e.Extract(r)
			}
		})
	}
}

// BenchmarkExtractCorpus extracts 500 news-size reports of the generated
// corpus that `atalaya bench` ingests (package corpus: Spanish and English,
// 3–5 KB, one to three acts with page boilerplate), one op all 500: the
// mix of a feed, beside BenchmarkExtract's one dense article.
func BenchmarkExtractCorpus(b *testing.B) {
	var buf bytes.Buffer
	if err := corpus.Generate(&buf, 500, 1, time.Date(2026, 2, 20, 0, 0, 0, 0, mexico)); err != nil {
		b.Fatal(err)
	}
	var rs []model.Report
	size := 0
	for line := range bytes.Lines(buf.Bytes()) {
		r, err := report.DecodeLine(line, report.Options{})
		if err != nil {
			b.Fatal(err)
		}
		rs = append(rs, r)
		size += len(r.Title) + len(r.Text)
	}
	e := realExtractor(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = 0
		for _, r := range rs {
			n += len(e.Extract(r))
		}
	}
	if n < len(rs) {
		b.Fatalf("%d incidents from %d reports that tell about three acts each", n, len(rs))
	}
}

func TestConcurrent(t *testing.T) {
	e := newFakeExtractor()
	text := loadReport(t, "bench_nota.txt")
	r := model.Report{ID: "c", Kind: model.KindNews, Text: text, Published: time.Date(2026, 2, 23, 9, 0, 0, 0, mexico)}
	want := len(e.Extract(r))
	done := make(chan int)
	for range 4 {
		go func() { done <- len(e.Extract(r)) }()
	}
	for range 4 {
		if got := <-done; got != want {
			t.Errorf("concurrent run gave %d incidents, want %d", got, want)
		}
	}
}
