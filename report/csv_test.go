package report

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

func fp(f float64) *float64 { return &f }

// sameReport compares a report with the expected one, field by field;
// want's Fetched and ID are filled in here.
func sameReport(t *testing.T, got, want model.Report) {
	t.Helper()
	want.Fetched = fixedNow
	want.ID = ContentID(want)
	if !got.Published.Equal(want.Published) {
		t.Errorf("%s: published %v, want %v", want.Origin, got.Published, want.Published)
	}
	got.Published, want.Published = time.Time{}, time.Time{}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s:\n got %s\nwant %s", want.Origin, dumpReport(got), dumpReport(want))
	}
}

func dumpReport(r model.Report) string {
	lat, lon := "-", "-"
	if r.Lat != nil {
		lat = fmt.Sprint(*r.Lat)
	}
	if r.Lon != nil {
		lon = fmt.Sprint(*r.Lon)
	}
	return fmt.Sprintf("{id %s given %q origin %q source %q url %q kind %s lang %s title %q lat %s lon %s fetched %v text %q}",
		r.ID, r.GivenID, r.Origin, r.Source, r.URL, r.Kind, r.Lang, r.Title, lat, lon, r.Fetched, r.Text)
}

func TestReadCSV(t *testing.T) {
	mx := model.MexicoCity()
	tests := []struct {
		file     string
		want     []model.Report
		problems []string
	}{
		{
			file: "incidentes.csv", // comma, English headers, a multi-line quoted cell
			want: []model.Report{
				{
					GivenID: "INC-101", Origin: "testdata/incidentes.csv:2", Source: "Red Vecinal GDL", Kind: model.KindAlertFeed, Lang: "es",
					Title:     "Bloqueo en avenida López Mateos",
					Published: time.Date(2026, 2, 22, 7, 40, 0, 0, mx),
					// description is inside details: details alone.
					Text: "Municipio: Zapopan, Estado: Jalisco.\nReportan camión atravesado e incendiado sobre avenida López Mateos, a la altura de la glorieta. Vecinos dicen que hubo \"detonaciones\" antes del bloqueo.\nEvite la zona.",
				},
				{
					GivenID: "INC-102", Origin: "testdata/incidentes.csv:4", Source: "Border Alerts", Kind: model.KindOfficial, Lang: "en",
					Title:     "Shots fired near Reynosa bridge",
					Published: time.Date(2026, 2, 24, 0, 5, 0, 0, time.UTC),
					Text:      "State: Tamaulipas.\nGunmen exchanged fire with state police near the Reynosa–Pharr international bridge; traffic was halted for an hour.",
					Lat:       fp(26.0869), Lon: fp(-98.2775),
				},
				{
					// kind "rumor" ignored; details "1234" has no letter.
					GivenID: "INC-103", Origin: "testdata/incidentes.csv:5", Kind: model.KindAlertFeed, Lang: "es",
					Published: time.Date(2026, 2, 24, 0, 0, 0, 0, mx),
					Text:      "Estado: Michoacán.\nIncendian una farmacia en el centro de Uruapan",
				},
			},
		},
		{
			file: "exportacion.csv", // BOM, CRLF, semicolons, accents, day-first dates, decimal commas
			want: []model.Report{
				{
					GivenID: "A-2201", Origin: "testdata/exportacion.csv:2", Source: "Alerta Ciudadana Bajío", URL: "https://alertas-bajio.example/a/2201",
					Kind: model.KindAlertFeed, Lang: "es", Title: "Balacera en colonia",
					Published: time.Date(2026, 2, 21, 23, 15, 0, 0, mx),
					Text:      "Estado: Guanajuato.\nSe reportan disparos de arma de fuego en la colonia Las Insurgentes, Celaya; una persona herida.",
					Lat:       fp(20.5235), Lon: fp(-100.8157),
				},
				{
					GivenID: "A-2202", Origin: "testdata/exportacion.csv:3", Source: "Alerta Ciudadana Bajío", Kind: model.KindAlertFeed, Lang: "es",
					Published: time.Date(2026, 2, 5, 6, 30, 0, 0, mx), // 5 February, not 2 May
					Text:      "Estado: Guanajuato.\nQueman dos vehículos en la carretera Irapuato–Salamanca a la altura de la comunidad de Cerro Gordo.",
				},
			},
		},
		{
			file: "problemas.csv",
			want: []model.Report{
				{
					GivenID: "P-1", Origin: "testdata/problemas.csv:2", Kind: model.KindAlertFeed, Lang: "es",
					Published: time.Date(2026, 2, 20, 0, 0, 0, 0, mx),
					Text:      "Hombres armados bloquean la carretera federal 15 cerca de Ocotlán.",
					Lat:       fp(20.35), Lon: fp(-102.77),
				},
				{
					// 0,0 is a placeholder: no coordinates.
					GivenID: "P-9", Origin: "testdata/problemas.csv:10", Kind: model.KindAlertFeed, Lang: "es",
					Published: time.Date(2026, 2, 22, 14, 0, 0, 0, mx),
					Text:      "Patrulla atacada en Buenavista",
				},
				{
					GivenID: "P-10", Origin: "testdata/problemas.csv:11", Kind: model.KindAlertFeed, Lang: "es",
					Published: time.Date(2026, 2, 22, 0, 0, 0, 0, mx),
					Text:      "Incendian autos en Coalcomán",
					Lat:       fp(18.77), Lon: fp(-103.16),
				},
			},
			problems: []string{
				`testdata/problemas.csv:3: malformed CSV: bare " in non-quoted-field`,
				`testdata/problemas.csv:4: no text`,
				`testdata/problemas.csv:5: lat 124.5 out of range [-90, 90]`,
				`testdata/problemas.csv:6: lat and lon must be given together`,
				`testdata/problemas.csv:7: lat "diecinueve" is not a number`,
				`testdata/problemas.csv:8: date "ayer" is not RFC 3339, YYYY-MM-DD[ HH:MM[:SS]] or DD/MM/YYYY[ HH:MM[:SS]]`,
				`testdata/problemas.csv:9: malformed CSV: extraneous or missing " in quoted-field`,
				`testdata/problemas.csv:12: malformed CSV: extraneous or missing " in quoted-field (row runs from line 12 to 13)`,
			},
		},
		{
			file:     "sin-texto.csv",
			problems: []string{"testdata/sin-texto.csv:1: no text: the CSV header names no text column (folio, fecha, municipio)"},
		},
		{
			file: "alertas.tsv",
			want: []model.Report{{
				GivenID: "T-1", Origin: "testdata/alertas.tsv:2", Kind: model.KindAlertFeed, Lang: "es",
				Published: time.Date(2026, 2, 25, 0, 0, 0, 0, mx),
				Text:      "Cierran la autopista Guadalajara–Colima por un tractocamión incendiado, informa la Guardia Nacional.",
			}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			reports, problems := readAll(t, filepath.Join("testdata", tt.file), testOptions())
			if len(reports) != len(tt.want) {
				for _, r := range reports {
					t.Log(dumpReport(r))
				}
				t.Fatalf("got %d reports, want %d (problems %v)", len(reports), len(tt.want), problems)
			}
			for i := range reports {
				checkReport(t, reports[i])
				sameReport(t, reports[i], tt.want[i])
			}
			var got []string
			for _, p := range problems {
				got = append(got, p.Error())
			}
			if strings.Join(got, "\n") != strings.Join(tt.problems, "\n") {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.problems, "\n"))
			}
		})
	}
}

// parseAll parses data under name and returns its reports and problems.
func parseAll(name, data string, opts Options) ([]model.Report, []Problem) {
	var reports []model.Report
	var problems []Problem
	Parse(name, []byte(data), opts, func(r model.Report) error { reports = append(reports, r); return nil },
		func(p Problem) { problems = append(problems, p) })
	return reports, problems
}

func TestCSVPrecedence(t *testing.T) {
	flagTime := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	opts := Options{Source: "Mi Fuente", Kind: model.KindNews, Published: flagTime, Now: func() time.Time { return fixedNow }}
	data := "fuente,tipo_reporte,fecha,texto\n" +
		"Plataforma X,official,2026-02-20,Queman un autobús en Zapopan\n" + // the row's values win
		",,,Queman un autobús en Tonalá\n" + // the flags fill in
		",noticia,,Queman un autobús en Tlaquepaque\n" // an unknown kind is ignored
	reports, problems := parseAll("a.csv", data, opts)
	if len(reports) != 3 || len(problems) != 0 {
		t.Fatalf("%d reports, problems %v", len(reports), problems)
	}
	want := []struct {
		source    string
		kind      model.ReportKind
		published time.Time
	}{
		{"Plataforma X", model.KindOfficial, time.Date(2026, 2, 20, 0, 0, 0, 0, model.MexicoCity())},
		{"Mi Fuente", model.KindNews, flagTime},
		{"Mi Fuente", model.KindNews, flagTime},
	}
	for i, r := range reports {
		if r.Source != want[i].source || r.Kind != want[i].kind || !r.Published.Equal(want[i].published) {
			t.Errorf("row %d: source %q kind %q published %v, want %+v", i+1, r.Source, r.Kind, r.Published, want[i])
		}
	}
	// Without --kind a CSV row is an alert.
	reports, _ = parseAll("a.csv", data, testOptions())
	if reports[1].Kind != model.KindAlertFeed || reports[0].Kind != model.KindOfficial {
		t.Errorf("default kinds %q %q", reports[0].Kind, reports[1].Kind)
	}
}

func TestCSVText(t *testing.T) {
	tests := []struct {
		name, data string
		want       []string // texts
		problems   []string
	}{
		{
			name: "several text columns",
			data: "titulo,descripcion,detalle,reporte\n" +
				"Bloqueo,Bloqueo en Celaya,Hay humo en la avenida Tecnológico.,R-55\n" +
				"Bloqueo,Incendio en Celaya,Incendio en Celaya con dos autos.,\n",
			want: []string{"Bloqueo en Celaya\n\nHay humo en la avenida Tecnológico.", "Incendio en Celaya con dos autos."},
		},
		{
			name: "one word when nothing more",
			data: "id,texto,detalle\n1,Balacera,\n2,Balacera,Balacera en Apaseo\n",
			want: []string{"Balacera", "Balacera en Apaseo"},
		},
		{
			name: "place columns",
			data: "texto;municipio;estado\n" +
				"Balacera en Culiacán, Sinaloa;Culiacán;Sinaloa\n" +
				"Balacera en CULIACAN;Culiacán;Sinaloa\n" + // named without accent: not repeated
				"Balacera en Culiacancito;Culiacán;\n" + // a longer word is not the name
				"Balacera en el centro;;Sinaloa.\n",
			want: []string{
				"Balacera en Culiacán, Sinaloa",
				"Estado: Sinaloa.\nBalacera en CULIACAN",
				"Municipio: Culiacán.\nBalacera en Culiacancito",
				"Estado: Sinaloa.\nBalacera en el centro",
			},
		},
		{
			name: "ragged rows and blank rows",
			data: "id,texto,lat,lon\n\n1,Quema de autos en Uruapan\n,,,\n2,Quema de autos en Zamora,19.98,-102.28,extra\n",
			want: []string{"Quema de autos en Uruapan", "Quema de autos en Zamora"},
		},
		{
			name:     "header only",
			data:     "id,texto\n",
			problems: []string{"h.csv: empty input: CSV header without rows"},
		},
		{
			name:     "invalid UTF-8 row",
			data:     "id,texto\n1,Balacera en Le\xf3n\n2,Balacera en Silao\n",
			want:     []string{"Balacera en Silao"},
			problems: []string{"h.csv:2: invalid UTF-8 at byte 16"},
		},
		{
			name:     "bad time column",
			data:     "fecha,hora,texto\n21/02/2026,25:99,Balacera en Silao\n",
			problems: []string{`h.csv:2: time "25:99" is not HH:MM[:SS]`},
		},
	}
	for _, tt := range tests {
		reports, problems := parseAll("h.csv", tt.data, testOptions())
		var got, gotProblems []string
		for _, r := range reports {
			got = append(got, r.Text)
		}
		for _, p := range problems {
			gotProblems = append(gotProblems, p.Error())
		}
		if !reflect.DeepEqual(got, tt.want) || !reflect.DeepEqual(gotProblems, tt.problems) {
			t.Errorf("%s: got %q, problems %q; want %q, %q", tt.name, got, gotProblems, tt.want, tt.problems)
		}
	}
}

func TestParseCSVTime(t *testing.T) {
	mx := model.MexicoCity()
	tests := []struct {
		date, clock string
		want        time.Time
		err         bool
	}{
		{"", "10:00", time.Time{}, false},
		{"2026-02-21", "", time.Date(2026, 2, 21, 0, 0, 0, 0, mx), false},
		{"2026-02-21", "9:05", time.Date(2026, 2, 21, 9, 5, 0, 0, mx), false},
		{"2026-02-21 23:15:30", "", time.Date(2026, 2, 21, 23, 15, 30, 0, mx), false},
		{"2026-02-21T23:15:00Z", "08:00", time.Date(2026, 2, 21, 23, 15, 0, 0, time.UTC), false}, // the date's own time wins
		{"03/02/2026", "", time.Date(2026, 2, 3, 0, 0, 0, 0, mx), false},
		{"3/2/2026", "18:40:05", time.Date(2026, 2, 3, 18, 40, 5, 0, mx), false},
		{"21/02/2026 07:05", "", time.Date(2026, 2, 21, 7, 5, 0, 0, mx), false},
		{"21-02-2026 07:05:09", "", time.Date(2026, 2, 21, 7, 5, 9, 0, mx), false},
		{"02/21/2026", "", time.Time{}, true}, // month first is not read
		{"31/02/2026", "", time.Time{}, true},
		{"21/02/2026", "mediodía", time.Time{}, true},
		{"ayer", "", time.Time{}, true},
	}
	for _, tt := range tests {
		got, err := parseCSVTime(tt.date, tt.clock)
		if (err != nil) != tt.err || !got.Equal(tt.want) {
			t.Errorf("parseCSVTime(%q, %q) = %v, %v; want %v (error %v)", tt.date, tt.clock, got, err, tt.want, tt.err)
		}
	}
}

func TestCSVHeaders(t *testing.T) {
	tests := []struct {
		header string
		want   csvField
	}{
		{"Descripción", colText},
		{"  TEXTO ", colText},
		{"Fecha y hora", colDate},
		{"Fecha/Hora", colDate},
		{"incident-id", colID},
		{"Título", colTitle},
		{"LONGITUD", colLon},
		{"Municipio", colMunicipality},
		{"Alcaldía", colMunicipality},
		{"Tipo de reporte", colKind},
		{"Hora", colTime},
		{"Colonia", colNone},
		{"", colNone},
	}
	for _, tt := range tests {
		if got := csvFieldOf(tt.header); got != tt.want {
			t.Errorf("csvFieldOf(%q) = %d, want %d", tt.header, got, tt.want)
		}
	}
}

func TestCSVSniffing(t *testing.T) {
	tests := []struct {
		head string
		want format
	}{
		{"id,texto,fecha\n1,hola,2026-02-01\n", formatCSV},
		{"\"Folio\";\"Descripción\";\"Municipio\"\r\n", formatCSV},
		{"fecha\ttexto\n", formatCSV},
		{"title,text,notes,extra\n", formatCSV},
		// Prose with commas, or a header without a text column, is text.
		{"Hombres armados, según la fiscalía, quemaron dos autos.\nLa policía llegó.\n", formatText},
		{"Texto, fecha y hora del reporte\nsigue la nota\n", formatText},
		{"folio,fecha,municipio\n1,2,3\n", formatText},
		{"texto,a,b,c,d\n", formatText}, // most columns unknown
		{"id,texto", formatText},        // no complete line
		{`{"text":"a,b"}` + "\n", formatJSONL},
	}
	for _, tt := range tests {
		if got := sniff([]byte(tt.head)); got != tt.want {
			t.Errorf("sniff(%q) = %v, want %v", tt.head, got, tt.want)
		}
	}
	// Standard input gives the reports of the file, with "-:LINE" origins.
	for _, file := range []string{"incidentes.csv", "exportacion.csv", "problemas.csv"} {
		data, err := os.ReadFile(filepath.Join("testdata", file))
		if err != nil {
			t.Fatal(err)
		}
		var reports []model.Report
		err = Read(context.Background(), File{Path: "-", Size: -1}, bytes.NewReader(data), testOptions(),
			func(r model.Report) error { reports = append(reports, r); return nil }, func(Problem) {})
		if err != nil {
			t.Fatal(err)
		}
		fromFile, _ := readAll(t, filepath.Join("testdata", file), testOptions())
		if len(reports) != len(fromFile) {
			t.Fatalf("stdin %s: %d reports, file %d", file, len(reports), len(fromFile))
		}
		for i := range reports {
			if reports[i].ID != fromFile[i].ID || "-"+strings.TrimPrefix(fromFile[i].Origin, "testdata/"+file) != reports[i].Origin {
				t.Errorf("stdin %s: report %d id %s origin %s, file %s %s", file, i, reports[i].ID, reports[i].Origin, fromFile[i].ID, fromFile[i].Origin)
			}
		}
	}
}

func TestCSVLimits(t *testing.T) {
	opts := testOptions()
	opts.MaxBytes = 200
	long := strings.Repeat("bloqueo ", 30)
	// The limit is per row: the file may be larger, a long row goes
	// (quoted and spread over lines too), the rest stay.
	data := "id,texto\n1,corto en Morelia\n2,\"" + long + "\n" + long + "\"\n3," + long + "\n4,otro corto en León\n" + strings.Repeat("5,relleno en Celaya\n", 20)
	reports, problems := parseAll("l.csv", data, opts)
	if len(reports) != 22 || len(problems) != 2 {
		t.Fatalf("%d reports, problems %v", len(reports), problems)
	}
	for i, want := range []int{3, 5} {
		if problems[i].Line != want || !errors.Is(problems[i].Err, ErrTooLarge) {
			t.Errorf("problem %v, want line %d too large", problems[i], want)
		}
	}
	if reports[1].Origin != "l.csv:6" || reports[1].Text != "otro corto en León" {
		t.Errorf("after the long rows: %s", dumpReport(reports[1]))
	}
	// A long header is a problem for the file.
	_, problems = parseAll("l.csv", "texto,"+strings.Repeat("x", 300)+"\n1,a\n", opts)
	if len(problems) != 1 || problems[0].Line != 1 || !errors.Is(problems[0].Err, ErrTooLarge) {
		t.Errorf("long header: %v", problems)
	}
}

// TestRowSplitter checks that rowSplitter cuts records where encoding/csv
// does.
func TestRowSplitter(t *testing.T) {
	for _, data := range []string{
		"a,b\n\"c\nd\",e\r\n\"f\"\"g\",h",
		"a;\"b;c\"\n\n\nd;e\n",
		"a,\"b\r\nc\"\r\n",
		"x\"y,z\nw,v\n",
		"\"a\"b,c\nd,e\n",
		"\"a\"\rb\nc\n",
		"\"unterminated\nline two\n",
	} {
		if msg := splitMismatch([]byte(data), ','); msg != "" {
			t.Errorf("%q: %s", data, msg)
		}
	}
}

// splitMismatch returns how rowSplitter's records differ from those of
// encoding/csv over data, or "".
func splitMismatch(data []byte, sep byte) string {
	want := csv.NewReader(bytes.NewReader(data))
	want.Comma = rune(sep)
	want.FieldsPerRecord = -1
	sp := &rowSplitter{br: newBufReader(data), sep: sep, max: int64(len(data)) + 1}
	for i := 0; ; i++ {
		wrec, werr := want.Read()
		var raw []byte
		var err error
		for {
			raw, _, _, err = sp.next()
			// encoding/csv skips empty lines only.
			if err != nil || len(raw) > 0 && string(raw) != "\r" {
				break
			}
		}
		if err == io.EOF {
			if werr != io.EOF {
				return fmt.Sprintf("record %d: splitter ended, csv gives %q %v", i, wrec, werr)
			}
			return ""
		}
		if werr == io.EOF {
			return fmt.Sprintf("record %d: csv ended, splitter gives %q", i, raw)
		}
		src := &chunkSource{b: append(raw, '\n')}
		got := csv.NewReader(src)
		got.Comma = rune(sep)
		got.FieldsPerRecord = -1
		grec, gerr := got.Read()
		if (werr == nil) != (gerr == nil) || werr == nil && !reflect.DeepEqual(wrec, grec) {
			return fmt.Sprintf("record %d: csv %q %v, splitter %q (%q) %v", i, wrec, werr, grec, raw, gerr)
		}
	}
}

// newBufReader reads data through a small buffer, so that records cross
// buffer boundaries.
func newBufReader(data []byte) *bufio.Reader {
	return bufio.NewReaderSize(bytes.NewReader(data), 16)
}

func FuzzParseCSV(f *testing.F) {
	addFixtures(f, ".csv", ".tsv")
	f.Add([]byte("id;texto;lat;lon\n1;\"a\nb\";19,4;-99,1\n"))
	f.Add([]byte("\xef\xbb\xbftexto,municipio,estado\r\nx,Zapopan,Jalisco\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, name := range []string{"alertas.csv", "-"} {
			fuzzParse(t, name, data)
			last := 0
			Parse(name, data, testOptions(), func(r model.Report) error {
				i := strings.LastIndexByte(r.Origin, ':')
				var line int
				if i < 0 || name != r.Origin[:i] {
					if name == "-" {
						return nil // sniffed as another format
					}
					t.Fatalf("origin %q", r.Origin)
				}
				if _, err := fmt.Sscan(r.Origin[i+1:], &line); err != nil || line <= last {
					t.Fatalf("origin %q after line %d", r.Origin, last)
				}
				last = line
				if (r.Lat == nil) != (r.Lon == nil) || r.Lat != nil && (*r.Lat < -90 || *r.Lat > 90 || *r.Lon < -180 || *r.Lon > 180) {
					t.Fatalf("bad coordinates %v %v", r.Lat, r.Lon)
				}
				return nil
			}, func(Problem) {})
		}
		if msg := splitMismatch(data, detectSep(data, false)); msg != "" {
			t.Fatal(msg)
		}
	})
}

// csvBatch builds n CSV rows of news-size (about 3.5 KB) reports, semicolon
// separated with day-first dates, as Spanish-locale exports are.
func csvBatch(n int) []byte {
	var buf bytes.Buffer
	buf.WriteString("Folio;Fecha;Plataforma;Descripción;Municipio;Estado;Latitud;Longitud\n")
	sentence := "Hombres armados incendiaron vehículos y bloquearon la carretera federal en el kilómetro %d; la Guardia Nacional resguardó la zona durante varias horas. "
	for i := range n {
		var text bytes.Buffer
		for j := 0; text.Len() < 3500; j++ {
			fmt.Fprintf(&text, sentence, i*100+j)
		}
		fmt.Fprintf(&buf, "F-%d;%02d/02/2026 %02d:%02d;Bench;\"%s\";Zapopan;Jalisco;20,72;-103,39\n", i, i%28+1, i%24, i%60, text.String())
	}
	return buf.Bytes()
}

func BenchmarkCSV(b *testing.B) { benchParse(b, "bench.csv", csvBatch(1000), 1000) }
