package report

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/atalaya/atalaya/model"
)

var fixedNow = time.Date(2026, 3, 6, 12, 0, 0, 0, time.UTC)

func testOptions() Options { return Options{Now: func() time.Time { return fixedNow }} }

// readAll reads path with Read and returns its reports and problems.
func readAll(t *testing.T, path string, opts Options) ([]model.Report, []Problem) {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	var reports []model.Report
	var problems []Problem
	err = Read(context.Background(), File{Path: path, Size: info.Size()}, nil, opts,
		func(r model.Report) error { reports = append(reports, r); return nil },
		func(p Problem) { problems = append(problems, p) })
	if err != nil {
		t.Fatalf("Read(%s): %v", path, err)
	}
	return reports, problems
}

// checkReport asserts what every report must satisfy.
func checkReport(t *testing.T, r model.Report) {
	t.Helper()
	if r.ID == "" || r.ID != ContentID(r) {
		t.Errorf("%s: ID %q, want content hash %q", r.Origin, r.ID, ContentID(r))
	}
	if r.Text == "" || !utf8.ValidString(r.Text) {
		t.Errorf("%s: bad text %q", r.Origin, r.Text)
	}
	if r.Text != strings.TrimSpace(r.Text) || strings.Contains(r.Text, "\n\n\n") || strings.Contains(r.Text, "  ") || strings.ContainsAny(r.Text, "\r\t\x00") {
		t.Errorf("%s: text not normalized: %q", r.Origin, r.Text)
	}
	if !model.ValidReportKind(r.Kind) {
		t.Errorf("%s: kind %q", r.Origin, r.Kind)
	}
	if r.Lang != "es" && r.Lang != "en" && r.Lang != "" {
		t.Errorf("%s: lang %q", r.Origin, r.Lang)
	}
	if r.Origin == "" || !r.Fetched.Equal(fixedNow) {
		t.Errorf("report without origin or fetched time: %+v", r)
	}
}

func TestReadFormats(t *testing.T) {
	mx := model.MexicoCity()
	tests := []struct {
		file     string
		n        int      // reports
		problems []string // substrings of the problems, in order
		// of the first report:
		kind      model.ReportKind
		lang      string
		title     string
		source    string
		url       string
		published time.Time
		contains  []string
		excludes  []string
	}{
		{
			file: "page.html", n: 1, kind: model.KindNews, lang: "es",
			title:     "Queman tres vehículos en la carretera a Chapala",
			source:    "Diario del Occidente",
			url:       "https://diario-occidente.example/seguridad/2026/03/queman-vehiculos-chapala",
			published: time.Date(2026, 3, 4, 7, 45, 0, 0, mx),
			contains: []string{
				"Hombres armados atravesaron e incendiaron tres vehículos de carga",
				"La Fiscalía del Estado abrió una carpeta",
				"\n\n", // paragraphs kept
			},
			excludes: []string{"cookies", "Portada", "Deportes", "Notas relacionadas", "Reabren la autopista", "Comentarios", "Usuario123", "cansados", "derechos reservados", "Aviso de privacidad"},
		},
		{file: "broken.html", problems: []string{"broken.html: malformed HTML: no text"}},
		{
			file: "rolling.srt", n: 1, kind: model.KindTranscript, lang: "es",
			contains: []string{"buenas tardes les informamos que se registraron bloqueos en Zapopan y en Tlaquepaque esta mañana\n\nla Guardia Nacional"},
			excludes: []string{"-->", "00:00", "que buenas", "Zapopan se registraron", "mañana y en"},
		},
		{
			file: "rolling.vtt", n: 1, kind: model.KindTranscript, lang: "en",
			contains: []string{"officials said gunmen set fire to two buses near Celaya late on Tuesday night. No injuries were reported."},
			excludes: []string{"WEBVTT", "NOTE", "comment", "-->", "fire officials", "night. late"},
		},
		{
			file: "alerts.rss", n: 2, kind: model.KindNews, lang: "es",
			problems:  []string{"alerts.rss: item 3: no text"},
			title:     "Bloqueo en la autopista Celaya-Salamanca",
			source:    "Alertas Viales del Bajío",
			url:       "https://alertas-bajio.example/a/101",
			published: time.Date(2026, 3, 3, 22, 10, 0, 0, mx),
			contains:  []string{"Se reporta un bloqueo con un tractocamión incendiado", "\n\nTome precauciones."},
			excludes:  []string{"<p>", "<b>", "CDATA"},
		},
		{
			file: "wire.atom", n: 2, kind: model.KindNews, lang: "en",
			title:     "Shops set ablaze in Uruapan after arrests",
			source:    "Border Wire",
			url:       "https://border-wire.example/2026/03/uruapan-shops",
			published: time.Date(2026, 3, 5, 9, 15, 0, 0, mx),
			contains:  []string{"Armed men set fire to at least four shops in Uruapan, Michoacán"},
			excludes:  []string{"<p>", "&lt;"},
		},
		{
			file: "batch.jsonl", n: 2, kind: model.KindNews, lang: "es",
			problems: []string{
				"batch.jsonl:2: malformed JSON",
				"batch.jsonl:3: invalid UTF-8",
				"batch.jsonl:4: no text",
				"batch.jsonl:7: lat 124 out of range",
				"batch.jsonl:8: unknown kind",
			},
			title:     "Enfrentamiento en Reynosa",
			source:    "Agencia Norte",
			url:       "https://agencia-norte.example/1",
			published: time.Date(2026, 3, 2, 0, 0, 0, 0, mx),
			contains:  []string{"Guardia Nacional se registró la tarde del lunes en Reynosa"},
		},
		{
			file: "nota.txt", n: 1, kind: model.KindNews, lang: "es",
			title:    "Hallan dos cuerpos en un camino vecinal de Fresnillo",
			contains: []string{"Los cuerpos de dos hombres", "camino vecinal\nde la comunidad", "estatal.\n\nPeritos"},
			excludes: []string{"Hallan"},
		},
		{
			file: "discurso.txt", n: 1, kind: model.KindNews, lang: "es",
			contains: []string{"bueno pues buenas tardes"},
		},
		{file: "empty.txt", problems: []string{"empty.txt: empty input"}},
		{file: "image.txt", problems: []string{"image.txt: binary content"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", tt.file)
			reports, problems := readAll(t, path, testOptions())
			if len(reports) != tt.n {
				t.Fatalf("got %d reports, want %d (problems %v)", len(reports), tt.n, problems)
			}
			if len(problems) != len(tt.problems) {
				t.Fatalf("problems %v, want %d", problems, len(tt.problems))
			}
			for i, p := range problems {
				if !strings.Contains(p.Error(), tt.problems[i]) {
					t.Errorf("problem %d = %q, want it to contain %q", i, p.Error(), tt.problems[i])
				}
			}
			for _, r := range reports {
				checkReport(t, r)
			}
			if tt.n == 0 {
				return
			}
			r := reports[0]
			if r.Kind != tt.kind || r.Lang != tt.lang || r.Title != tt.title || r.Source != tt.source || r.URL != tt.url {
				t.Errorf("got kind %q lang %q title %q source %q url %q, want %q %q %q %q %q",
					r.Kind, r.Lang, r.Title, r.Source, r.URL, tt.kind, tt.lang, tt.title, tt.source, tt.url)
			}
			if !r.Published.Equal(tt.published) {
				t.Errorf("published %v, want %v", r.Published, tt.published)
			}
			for _, s := range tt.contains {
				if !strings.Contains(r.Text, s) {
					t.Errorf("text lacks %q:\n%s", s, r.Text)
				}
			}
			for _, s := range tt.excludes {
				if strings.Contains(r.Text, s) {
					t.Errorf("text has %q:\n%s", s, r.Text)
				}
			}
		})
	}
}

func TestJSONLFields(t *testing.T) {
	reports, _ := readAll(t, "testdata/batch.jsonl", testOptions())
	if len(reports) != 2 {
		t.Fatalf("got %d reports", len(reports))
	}
	first, second := reports[0], reports[1]
	if first.GivenID != "a-1" || first.Origin != "testdata/batch.jsonl:1" {
		t.Errorf("first: given id %q origin %q", first.GivenID, first.Origin)
	}
	if second.GivenID != "7" || second.Origin != "testdata/batch.jsonl:6" || second.Kind != model.KindAlertFeed || second.Lang != "en" {
		t.Errorf("second: %+v", second)
	}
	if second.Lat == nil || second.Lon == nil || *second.Lat != 24.76 || *second.Lon != -107.47 {
		t.Errorf("second: lat/lon %v %v", second.Lat, second.Lon)
	}
	if want := time.Date(2026, 3, 2, 18, 30, 0, 0, time.UTC); !second.Published.Equal(want) {
		t.Errorf("second: published %v, want %v", second.Published, want)
	}
}

func TestDecodeLine(t *testing.T) {
	mx := model.MexicoCity()
	flagTime := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	opts := Options{Source: "flag-source", Kind: model.KindOfficial, Published: flagTime, Now: func() time.Time { return fixedNow }}
	tests := []struct {
		line      string
		err       string
		source    string
		kind      model.ReportKind
		published time.Time
		lang      string
		text      string // the text read, when the row checks it
	}{
		{line: `{"title":"Matan a dos en Culiacán","text":""}`, source: "flag-source", kind: model.KindOfficial, published: flagTime, lang: "es", text: "Matan a dos en Culiacán"},
		{line: `{"title":"Gunmen torch a bus in Navojoa"}`, source: "flag-source", kind: model.KindOfficial, published: flagTime, lang: "en", text: "Gunmen torch a bus in Navojoa"},
		{line: `{"title":"Matan a dos","text":"Dos hombres fueron asesinados."}`, source: "flag-source", kind: model.KindOfficial, published: flagTime, lang: "es", text: "Dos hombres fueron asesinados."},
		{line: `{"title":"  ","text":""}`, err: "no text"},
		{line: `{"text":"Detienen a tres personas en Tijuana tras un cateo de la policía"}`, source: "flag-source", kind: model.KindOfficial, published: flagTime, lang: "es"},
		{line: `{"source":"line-source","kind":"news","published":"2026-02-22","text":"Troops clashed with gunmen on the road to the coast"}`, source: "line-source", kind: model.KindNews, published: time.Date(2026, 2, 22, 0, 0, 0, 0, mx), lang: "en"},
		{line: `{"lang":"es-MX","published":"2026-02-22T10:00:00-06:00","text":"ok"}`, source: "flag-source", kind: model.KindOfficial, published: time.Date(2026, 2, 22, 10, 0, 0, 0, mx), lang: "es"},
		{line: `{"lang":"fr","text":"x"}`, source: "flag-source", kind: model.KindOfficial, published: flagTime, lang: ""},
		{line: `{"text":"   "}`, err: "no text"},
		{line: `{"text":"a","published":"ayer"}`, err: "published"},
		{line: `{"text":"a","published":"2026-02-30"}`, err: "published"},
		{line: `{"text":"a","lat":19.4}`, err: "together"},
		{line: `{"text":"a","lat":19.4,"lon":-200}`, err: "lon"},
		{line: `{"text":"a","lat":"19.4","lon":"-99.1"}`, err: "malformed JSON"},
		{line: `[1,2]`, err: "malformed JSON"},
		{line: "{\"text\":\"a\xff\"}", err: "invalid UTF-8"},
	}
	for _, tt := range tests {
		r, err := DecodeLine([]byte(tt.line), opts)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("DecodeLine(%s) error %v, want %q", tt.line, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("DecodeLine(%s): %v", tt.line, err)
			continue
		}
		if r.Source != tt.source || r.Kind != tt.kind || !r.Published.Equal(tt.published) || r.Lang != tt.lang {
			t.Errorf("DecodeLine(%s) = source %q kind %q published %v lang %q, want %q %q %v %q",
				tt.line, r.Source, r.Kind, r.Published, r.Lang, tt.source, tt.kind, tt.published, tt.lang)
		}
		if tt.text != "" && r.Text != tt.text {
			t.Errorf("DecodeLine(%s) text %q, want %q", tt.line, r.Text, tt.text)
		}
		if r.ID != ContentID(r) || !r.Fetched.Equal(fixedNow) {
			t.Errorf("DecodeLine(%s): id %q fetched %v", tt.line, r.ID, r.Fetched)
		}
	}
}

func TestOptionsPrecedence(t *testing.T) {
	flagTime := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	opts := Options{Source: "Mi Fuente", Kind: model.KindOfficial, Published: flagTime, Now: func() time.Time { return fixedNow }}
	tests := []struct {
		file      string
		source    string
		kind      model.ReportKind
		published time.Time
	}{
		// --source wins over og:site_name; the page's date wins over --published.
		{"page.html", "Mi Fuente", model.KindOfficial, time.Date(2026, 3, 4, 13, 45, 0, 0, time.UTC)},
		// --kind wins over the subtitle default.
		{"rolling.srt", "Mi Fuente", model.KindOfficial, flagTime},
		{"alerts.rss", "Mi Fuente", model.KindOfficial, time.Date(2026, 3, 4, 4, 10, 0, 0, time.UTC)},
		// The line's own source and published win; --kind fills in.
		{"batch.jsonl", "Agencia Norte", model.KindOfficial, time.Date(2026, 3, 2, 6, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		reports, _ := readAll(t, filepath.Join("testdata", tt.file), opts)
		if len(reports) == 0 {
			t.Fatalf("%s: no reports", tt.file)
		}
		r := reports[0]
		if r.Source != tt.source || r.Kind != tt.kind || !r.Published.Equal(tt.published) {
			t.Errorf("%s: source %q kind %q published %v, want %q %q %v", tt.file, r.Source, r.Kind, r.Published, tt.source, tt.kind, tt.published)
		}
	}
}

func TestStdinSniffing(t *testing.T) {
	tests := []struct {
		file string
		n    int
		kind model.ReportKind
	}{
		{"page.html", 1, model.KindNews},
		{"rolling.srt", 1, model.KindTranscript},
		{"rolling.vtt", 1, model.KindTranscript},
		{"alerts.rss", 2, model.KindNews},
		{"wire.atom", 2, model.KindNews},
		{"batch.jsonl", 2, model.KindNews},
		{"nota.txt", 1, model.KindNews},
	}
	for _, tt := range tests {
		data, err := os.ReadFile(filepath.Join("testdata", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		var reports []model.Report
		err = Read(context.Background(), File{Path: "-", Size: -1}, bytes.NewReader(data), testOptions(),
			func(r model.Report) error { reports = append(reports, r); return nil }, func(Problem) {})
		if err != nil {
			t.Fatal(err)
		}
		if len(reports) != tt.n || reports[0].Kind != tt.kind {
			t.Errorf("stdin %s: %d reports, want %d of kind %s", tt.file, len(reports), tt.n, tt.kind)
			continue
		}
		for _, r := range reports {
			if r.Origin != "-" && !strings.HasPrefix(r.Origin, "-:") {
				t.Errorf("stdin %s: origin %q", tt.file, r.Origin)
			}
		}
		// Same content read from the file gives the same IDs.
		fromFile, _ := readAll(t, filepath.Join("testdata", tt.file), testOptions())
		if fromFile[0].ID != reports[0].ID {
			t.Errorf("%s: ID from stdin %s differs from file %s", tt.file, reports[0].ID, fromFile[0].ID)
		}
	}
}

func TestParseJSONDocument(t *testing.T) {
	doc := "{\n  \"id\": \"x1\",\n  \"date\": \"2026-03-01\",\n  \"outlet\": \"El Informador del Sur\",\n  \"text\": \"Reportan balacera en el centro de Acapulco durante la noche del sábado.\"\n}\n"
	for _, name := range []string{"nota.json", "-"} {
		var reports []model.Report
		var problems []Problem
		err := Parse(name, []byte(doc), testOptions(), func(r model.Report) error { reports = append(reports, r); return nil }, func(p Problem) { problems = append(problems, p) })
		if err != nil || len(reports) != 1 || len(problems) != 0 {
			t.Fatalf("%s: %v, %d reports, problems %v", name, err, len(reports), problems)
		}
		r := reports[0]
		if r.GivenID != "x1" || r.Source != "El Informador del Sur" || r.Published.IsZero() || r.Lang != "es" {
			t.Errorf("%s: %+v", name, r)
		}
	}
	// A partial alias date is left unknown, not guessed and not an error.
	var partial []model.Report
	Parse("parcial.json", []byte(`{"date":"2022-08","text":"Queman un camión en Colima durante la noche"}`), testOptions(),
		func(r model.Report) error { partial = append(partial, r); return nil }, func(p Problem) { t.Errorf("problem %v", p) })
	if len(partial) != 1 || !partial[0].Published.IsZero() {
		t.Errorf("partial date: %+v", partial)
	}
	arr := `[{"text":"Uno en Colima con datos suficientes"},{"id":"sin texto"},{"text":"Dos en Manzanillo con datos"}]`
	var n int
	var problems []Problem
	Parse("lote.json", []byte(arr), testOptions(), func(model.Report) error { n++; return nil }, func(p Problem) { problems = append(problems, p) })
	if n != 2 || len(problems) != 1 || !strings.Contains(problems[0].Error(), "item 2: no text") {
		t.Errorf("array: %d reports, problems %v", n, problems)
	}
}

func TestSameReportSameID(t *testing.T) {
	a, _ := readAll(t, "testdata/page.html", testOptions())
	b, _ := readAll(t, "testdata/page.html", Options{Now: func() time.Time { return fixedNow.Add(time.Hour) }})
	if a[0].ID != b[0].ID {
		t.Errorf("same page, IDs %s and %s", a[0].ID, b[0].ID)
	}
	c := a[0]
	c.Text += " Más."
	if ContentID(c) == a[0].ID {
		t.Error("different text, same ID")
	}
	if len(a[0].ID) != 32 {
		t.Errorf("ID %q is not 32 hex digits", a[0].ID)
	}
}

func TestLimits(t *testing.T) {
	// A file larger than MaxBytes is skipped whole.
	opts := testOptions()
	opts.MaxBytes = 100
	_, problems := readAll(t, "testdata/page.html", opts)
	if len(problems) != 1 || !errors.Is(problems[0].Err, ErrTooLarge) {
		t.Errorf("oversized page: problems %v", problems)
	}
	// In JSONL the limit is per line: long lines go, the others stay.
	dir := t.TempDir()
	long := `{"text":"` + strings.Repeat("bloqueo ", 40) + `"}`
	path := filepath.Join(dir, "b.jsonl")
	content := `{"text":"corto en Morelia"}` + "\n" + long + "\n" + `{"text":"otro corto en León"}`
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	reports, problems := readAll(t, path, opts)
	if len(reports) != 2 || len(problems) != 1 || problems[0].Line != 2 || !errors.Is(problems[0].Err, ErrTooLarge) {
		t.Errorf("long line: %d reports, problems %v", len(reports), problems)
	}
	if reports[1].Origin != path+":3" {
		t.Errorf("origin after long line %q", reports[1].Origin)
	}
}

func TestReadStopsOnYieldError(t *testing.T) {
	stop := errors.New("stop")
	calls := 0
	err := Read(context.Background(), File{Path: "testdata/wire.atom"}, nil, testOptions(),
		func(model.Report) error { calls++; return stop }, func(Problem) {})
	if !errors.Is(err, stop) || calls != 1 {
		t.Errorf("err %v after %d calls", err, calls)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = Read(ctx, File{Path: "testdata/batch.jsonl"}, nil, testOptions(), func(model.Report) error { return nil }, func(Problem) {})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err %v", err)
	}
}

func TestList(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		t.Helper()
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("b.txt", []byte("texto"))
	write("a.html", []byte("<p>hola</p>"))
	write("sub/c.jsonl", []byte(`{"text":"x"}`))
	write(".oculto.txt", []byte("no"))
	write(".git/config", []byte("no"))
	write("foto.dat", []byte("\x00\x01\x02binario"))
	write("notas", []byte("texto sin extensión"))
	files, problems := List([]string{dir, "-", filepath.Join(dir, "no-existe.txt")})
	var got []string
	for _, f := range files {
		got = append(got, strings.TrimPrefix(f.Path, dir+"/"))
	}
	want := []string{"a.html", "b.txt", "notas", "sub/c.jsonl", "-"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("files %v, want %v", got, want)
	}
	var reasons []string
	for _, p := range problems {
		reasons = append(reasons, filepath.Base(p.Path)+": "+p.Err.Error())
	}
	wantProblems := []string{"foto.dat: binary", "no-existe.txt: unreadable"}
	if len(reasons) != len(wantProblems) {
		t.Fatalf("problems %v, want %v", reasons, wantProblems)
	}
	for i := range reasons {
		if !strings.HasPrefix(reasons[i], wantProblems[i]) {
			t.Errorf("problem %q, want %q", reasons[i], wantProblems[i])
		}
	}
	if files[4].Size != -1 {
		t.Errorf("stdin size %d", files[4].Size)
	}
}

func TestProblemError(t *testing.T) {
	tests := []struct {
		p    Problem
		want string
	}{
		{Problem{Path: "a.jsonl", Line: 3, Err: ErrNoText}, "a.jsonl:3: no text"},
		{Problem{Path: "b.html", Err: ErrBinary}, "b.html: binary content, not text"},
	}
	for _, tt := range tests {
		if got := tt.p.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  hola   mundo  ", "hola mundo"},
		{"uno\r\ndos\rtres", "uno\ndos\ntres"},
		{"párrafo uno.\n\n\n\n  párrafo dos.", "párrafo uno.\n\npárrafo dos."},
		{"línea \t \n  siguiente", "línea\nsiguiente"},
		{"a\u00a0b\u200bc\x07d\u202fe", "a bcd e"},
		{"\ufeffCulia\u0301n", "Culián"}, // BOM dropped, NFC composes
		{"fin\u2029inicio", "fin\n\ninicio"},
		{" \n\t ", ""},
	}
	for _, tt := range tests {
		if got := normalize(tt.in); got != tt.want {
			t.Errorf("normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLooksLikeHeadline(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Bloquean carreteras en tres municipios de Jalisco", true},
		{"Gunmen torch buses in Celaya", true},
		{"“Nos quemaron todo”: comerciantes de Uruapan", true},
		{"bueno pues buenas tardes a todos", false},
		{"Buenas tardes a todos.", false},
		{"Según la fiscalía,", false},
		{"Hola", false},
		{strings.Repeat("Palabra ", 40), false},
	}
	for _, tt := range tests {
		if got := looksLikeHeadline(tt.line); got != tt.want {
			t.Errorf("looksLikeHeadline(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestSubtitleCues(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{
			name: "auto.vtt", // word-timed rolling captions
			data: "WEBVTT\nKind: captions\nLanguage: es\n\n00:00:00.160 --> 00:00:02.869 align:start position:0%\n \nhombres<00:00:00.480><c> armados</c><00:00:00.880><c> quemaron</c>\n\n" +
				"00:00:02.869 --> 00:00:02.879 align:start position:0%\nhombres armados quemaron\n \n\n" +
				"00:00:02.879 --> 00:00:05.000 align:start position:0%\nhombres armados quemaron\ndos<00:00:03.100><c> camiones</c><00:00:03.500><c> en</c><00:00:03.900><c> Celaya</c>\n",
			want: "hombres armados quemaron dos camiones en Celaya",
		},
		{
			name: "styled.srt",
			data: "1\r\n00:00:01,000 --> 00:00:02,000\r\n<i>Reportero:</i> {\\an8}hay un bloqueo\r\n\r\n2\r\n00:00:02,000 --> 00:00:03,000\r\n<font color=\"#fff\">en la autopista</font>\r\n",
			want: "Reportero: hay un bloqueo en la autopista",
		},
		{
			name: "repeat.srt", // the same caption shown twice
			data: "1\n00:00:01,000 --> 00:00:02,000\nse reportan tres heridos\n\n2\n00:00:02,000 --> 00:00:03,000\nse reportan tres heridos\n\n3\n00:00:03,000 --> 00:00:04,000\nen Irapuato\n",
			want: "se reportan tres heridos en Irapuato",
		},
	}
	for _, tt := range tests {
		var got []string
		Parse(tt.name, []byte(tt.data), testOptions(), func(r model.Report) error { got = append(got, r.Text); return nil },
			func(p Problem) { t.Errorf("%s: %v", tt.name, p) })
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestParseBadInput(t *testing.T) {
	tests := []struct {
		name string
		data string
		want error
	}{
		{"a.txt", "", ErrEmpty},
		{"a.txt", " \n\t\n", ErrNoText},
		{"a.txt", "hola \xc3\x28 mundo", ErrInvalidUTF8},
		{"a.txt", "\xff\xfeh\x00o\x00l\x00a\x00", ErrInvalidUTF8},
		{"a.html", "%PDF-1.7 binary", ErrBinary},
		{"a.srt", "1\n00:00:01,000 --> 00:00:02,000\n\n", ErrNoText},
		{"a.html", "<html><body><nav>solo menú</nav></body></html>", ErrNoText},
		{"a.html", "<html><body><p>Balacera en Culiac\xe1n</p></body></html>", ErrInvalidUTF8}, // undeclared Latin-1
		{"a.rss", "<rss><channel><item><title>sin cerrar", nil},                                // some problem, any reason
		{"a.jsonl", "{\"text\":1}", nil},
	}
	for _, tt := range tests {
		var problems []Problem
		n := 0
		err := Parse(tt.name, []byte(tt.data), testOptions(), func(model.Report) error { n++; return nil }, func(p Problem) { problems = append(problems, p) })
		if err != nil || n != 0 || len(problems) != 1 {
			t.Errorf("%s %q: err %v, %d reports, problems %v", tt.name, tt.data, err, n, problems)
			continue
		}
		if tt.want != nil && !errors.Is(problems[0].Err, tt.want) {
			t.Errorf("%s %q: problem %v, want %v", tt.name, tt.data, problems[0], tt.want)
		}
	}
}

func TestTextKind(t *testing.T) {
	speech := strings.Repeat("y entonces llegaron los muchachos a la carretera y pues quemaron los carros ", 5)
	prose := strings.Repeat("Hombres armados quemaron dos camiones en la carretera. La policía llegó después. ", 5)
	tests := []struct {
		text string
		opts Options
		want model.ReportKind
	}{
		{speech, testOptions(), model.KindTranscript},
		{prose, testOptions(), model.KindNews},
		{"pocas palabras sin puntos", testOptions(), model.KindNews},
		{speech, Options{Kind: model.KindOfficial}, model.KindOfficial},
	}
	for _, tt := range tests {
		r, err := parseText([]byte(tt.text), tt.opts)
		if err != nil || r.Kind != tt.want {
			t.Errorf("parseText(%.30q...) kind %q err %v, want %q", tt.text, r.Kind, err, tt.want)
		}
	}
}

func TestHTMLDeclaredCharset(t *testing.T) {
	page := "<html><head><meta charset=\"iso-8859-1\"><title>Balacera en Culiac\xe1n</title></head><body><article>" +
		strings.Repeat("<p>Hombres armados atacaron una patrulla en Culiac\xe1n, Sinaloa, durante la ma\xf1ana de este martes, inform\xf3 la polic\xeda.</p>", 4) +
		"</article></body></html>"
	var got []model.Report
	Parse("latin1.html", []byte(page), testOptions(), func(r model.Report) error { got = append(got, r); return nil }, func(p Problem) { t.Error(p) })
	if len(got) != 1 || !strings.Contains(got[0].Text, "Culiacán, Sinaloa, durante la mañana") || got[0].Title != "Balacera en Culiacán" {
		t.Errorf("declared Latin-1 page: %+v", got)
	}
}

func TestShortHTML(t *testing.T) {
	tests := []struct{ page, want string }{
		{"<html><body><p>Reportan balacera en Celaya.</p></body></html>", "Reportan balacera en Celaya."},
		{"<div>Bloqueo en la <b>autopista</b> a Morelia<br>desde las 6:00</div>", "Bloqueo en la autopista a Morelia\ndesde las 6:00"},
	}
	for _, tt := range tests {
		var got []string
		Parse("corta.html", []byte(tt.page), testOptions(), func(r model.Report) error { got = append(got, r.Text); return nil }, func(p Problem) { t.Error(p) })
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%q: got %q, want %q", tt.page, got, tt.want)
		}
	}
}

func TestHTMLMetadata(t *testing.T) {
	body := strings.Repeat("<p>Gunmen opened fire on a police patrol in Fresnillo, Zacatecas, on Monday night, and two officers were wounded, state officials said in a statement.</p>", 3)
	mx := model.MexicoCity()
	tests := []struct {
		name, head, article string
		url, source         string
		published           time.Time
	}{
		{
			name:      "json-ld",
			head:      `<meta property="og:url" content="https://wire.example/a/9"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Patrol attacked","datePublished":"2026-03-09T21:05:00-06:00"}</script>`,
			url:       "https://wire.example/a/9",
			published: time.Date(2026, 3, 9, 21, 5, 0, 0, mx),
		},
		{
			name:      "time element",
			head:      `<meta property="og:site_name" content="Zacatecas Daily">`,
			article:   `<p class="dateline"><time datetime="2026-03-10">March 10</time></p>`,
			source:    "Zacatecas Daily",
			published: time.Date(2026, 3, 10, 0, 0, 0, 0, mx),
		},
		{
			name:      "bare date meta",
			head:      `<meta name="date" content="2026-03-11">`,
			published: time.Date(2026, 3, 11, 0, 0, 0, 0, mx),
		},
		{name: "no metadata"},
	}
	for _, tt := range tests {
		page := "<html><head><title>Patrol attacked</title>" + tt.head + "</head><body><article>" + tt.article + body + "</article></body></html>"
		var got []model.Report
		Parse("p.html", []byte(page), testOptions(), func(r model.Report) error { got = append(got, r); return nil }, func(p Problem) { t.Error(p) })
		if len(got) != 1 {
			t.Fatalf("%s: %d reports", tt.name, len(got))
		}
		r := got[0]
		if r.URL != tt.url || r.Source != tt.source || !r.Published.Equal(tt.published) || r.Title != "Patrol attacked" || r.Lang != "en" {
			t.Errorf("%s: url %q source %q published %v title %q lang %q, want %q %q %v", tt.name, r.URL, r.Source, r.Published, r.Title, r.Lang, tt.url, tt.source, tt.published)
		}
		if !strings.HasPrefix(r.Text, "Gunmen opened fire") && !strings.Contains(r.Text, "\n\nGunmen opened fire") {
			t.Errorf("%s: text %q", tt.name, r.Text)
		}
	}
}
