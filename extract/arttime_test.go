package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestPeriodEndDay checks that the end of a period ("until 5 a.m.
// Saturday", "y hasta las 05:30 horas de este sábado") does not date the
// act or closure told with it: the period's start does, and the end only
// when nothing else dates the incident. The sentences are written for the
// test; days from a calendar of July 2031 (Friday 4, Saturday 5).
func TestPeriodEndDay(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2031, 7, 5, 14, 0, 0, 0, mexico)
	tests := []struct {
		name, lang, text string
		typ              model.IncidentType
		want             string // the first incident of typ's day
	}{
		{"a closure from a night until a morning", "en",
			"U.S. Customs and Border Protection suspended cargo processing at the Pharr bridge in Reynosa, Tamaulipas, from late Friday until 5 a.m. Saturday, a spokesperson said.",
			model.Disruption, "2031-07-04"},
		{"a road closed desde ... y hasta", "es",
			"La autopista Siglo XXI permaneció cerrada desde la noche del viernes y hasta las 05:30 horas de este sábado, luego de que hombres armados incendiaron dos tráileres a la altura de Nueva Italia, en el municipio de Múgica.",
			model.Blockade, "2031-07-04"},
		{"a count desde ... y hasta", "es",
			"La Secretaría de Seguridad del estado informó que desde la noche del viernes y hasta las 06:00 horas de este sábado se registraron 14 bloqueos con vehículos incendiados en siete municipios de Guanajuato.",
			model.Blockade, "2031-07-04"},
		// Only the end is told: it is all there is.
		{"only an end", "es",
			"Hombres armados mantuvieron bloqueada la carretera Celaya–Salvatierra, en Guanajuato, con un tráiler en llamas hasta las 11:00 horas de este sábado.",
			model.Blockade, "2031-07-05"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "at", Lang: tt.lang, Kind: model.KindNews, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			day := "none"
			for _, in := range got {
				if in.Type == tt.typ {
					day = dayOf(in)
					break
				}
			}
			if day != tt.want {
				t.Errorf("%s day %s, want %s (incidents %d)", tt.typ, day, tt.want, len(got))
			}
		})
	}
}

// TestArttimeProbes reads testdata/arttime_probes.jsonl, reports written
// in the gold format before the period-end rules, and checks that each
// gold incident's day is the day of a predicted incident of its type.
func TestArttimeProbes(t *testing.T) {
	e := realExtractor(t)
	f, err := os.Open("testdata/arttime_probes.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	type goldIncident struct {
		Type string `json:"type"`
		Time string `json:"time"`
	}
	var line struct {
		Report struct {
			ID, Lang, Kind, Title, Text string
			Published                   time.Time
		} `json:"report"`
		Incidents []goldIncident `json:"incidents"`
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	n, days := 0, 0
	for sc.Scan() {
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatal(err)
		}
		rep := line.Report
		r := model.Report{ID: rep.ID, Lang: rep.Lang, Kind: model.ReportKind(rep.Kind), Title: rep.Title, Text: rep.Text, Published: rep.Published}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		for _, g := range line.Incidents {
			n++
			want := g.Time[:min(len(g.Time), 10)]
			for _, in := range got {
				if string(in.Type) == g.Type && dayOf(in) == want {
					days++
					break
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	// Six of the seven gold incidents have a predicted incident of their
	// type on their day; the seventh (at-001's blockade) is read as an
	// arson, a type miss, not a day miss.
	if n != 7 || days < 6 {
		t.Errorf("%d of %d gold incidents found on their day, want 6 of 7", days, n)
	}
}

// FuzzPeriodEnd feeds periodEnd any text and offset: it must not panic,
// and a time that opens with "hasta" or "until" closes a period.
func FuzzPeriodEnd(f *testing.F) {
	for _, s := range []string{"hasta las 07:00 horas de este lunes", "y hasta las 05:30 horas", "until 6 a.m. Saturday", "ñ\xff"} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, start int) {
		periodEnd(s, start)
		if (strings.HasPrefix(s, "hasta ") || strings.HasPrefix(s, "until ")) && !periodEnd(s, 0) {
			t.Errorf("periodEnd(%q, 0) = false", s)
		}
	})
}

// TestTakenTitleDay checks that a headline's abduction supported by a
// sentence telling the taking by armed men takes that sentence's day, and
// that an appeal whose paragraph tells the disappearance keeps its day
// (the gold README's missing-person ruling: the day the person went
// missing). The texts are written for the test; published Friday 10
// October 2031.
func TestTakenTitleDay(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2031, 10, 10, 10, 0, 0, 0, mexico)
	tests := []struct {
		name, lang, title, text string
		want                    string // the kidnapping's day, "-" for none
	}{
		{"armed men took migrants", "en", "Gunmen abduct six migrants from bus in Nuevo León",
			"Armed men stopped a passenger bus on the highway near Sabinas Hidalgo, Nuevo León, early Thursday and took six migrants from Guatemala, the bus line said. The driver said the men boarded at a toll booth and checked passengers' papers. The other passengers were not harmed.",
			"2031-10-09"},
		{"un grupo armado se llevó", "es", "Levantan a cinco trabajadores en Sombrerete",
			"Un grupo armado se llevó a cinco trabajadores de una empresa constructora la tarde del miércoles cuando regresaban a Sombrerete, Zacatecas, por un camino vecinal, denunciaron sus familiares, quienes pidieron a las autoridades su pronta localización.",
			"2031-10-08"},
		{"an appeal that tells the day", "es", "Buscan a joven desaparecido en Fresnillo",
			"Familiares de un joven de 24 años piden ayuda para localizarlo; salió de su casa en Fresnillo, Zacatecas, la tarde del miércoles y no ha regresado.",
			"2031-10-08"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "att", Lang: tt.lang, Kind: model.KindNews, Title: tt.title, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			day := "no kidnapping"
			for _, in := range got {
				if in.Type == model.Kidnapping {
					day = dayOf(in)
					break
				}
			}
			if day != tt.want {
				t.Errorf("kidnapping day %s, want %s", day, tt.want)
			}
		})
	}
}
