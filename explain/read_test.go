package explain

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/report"
)

func readFixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestRead checks that each kind of input is read as its format says:
// a gold file's cases, a headline set's coding, headlines one a line with
// " / " joining a report's, and a plain text as one report.
func TestRead(t *testing.T) {
	pub := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	opts := report.Options{Source: "Diario de Prueba", Published: pub}
	tests := []struct {
		name  string
		data  []byte
		lines []int  // Item.Line of each item (0 for reports package report reads)
		text  string // the last item's text
		gold  bool
		coded bool
	}{
		{"gold.jsonl", readFixture(t, "gold.jsonl"), []int{1, 2}, "No hubo bloqueos en Culiacán este lunes, informó la Fiscalía.", true, false},
		{"headlines.tsv", readFixture(t, "headlines.tsv"), []int{2, 3, 4}, "¿Quién mató al taxista de Culiacán?", false, true},
		{"headlines.txt", readFixture(t, "headlines.txt"), []int{1, 2}, "Queman dos camiones en Zapopan\nBloquean la avenida Vallarta", false, false},
		{"-", []byte("Hombres armados asesinaron a un taxista.\n\nEl hecho ocurrió en Culiacán.\n"), []int{0}, "Hombres armados asesinaron a un taxista.\n\nEl hecho ocurrió en Culiacán.", false, false},
		{"reports.jsonl", []byte(`{"id": "r1", "text": "Queman dos camiones en Zapopan"}` + "\n"), []int{0}, "Queman dos camiones en Zapopan", false, false},
	}
	for _, tt := range tests {
		items, err := Read(tt.name, tt.data, opts)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		var lines []int
		for _, it := range items {
			lines = append(lines, it.Line)
			if (it.Gold != nil) != tt.gold || (it.Coded != nil) != tt.coded {
				t.Errorf("%s line %d: gold %v, coded %v; want %v, %v", tt.name, it.Line, it.Gold != nil, it.Coded != nil, tt.gold, tt.coded)
			}
		}
		if !slices.Equal(lines, tt.lines) {
			t.Errorf("%s: lines %v, want %v", tt.name, lines, tt.lines)
			continue
		}
		last := items[len(items)-1].Report
		if strings.TrimSpace(last.Text) != tt.text {
			t.Errorf("%s: last text %q, want %q", tt.name, last.Text, tt.text)
		}
		if !tt.gold && (last.Source != opts.Source || !last.Published.Equal(pub)) {
			t.Errorf("%s: source %q published %v; want the options' %q, %v", tt.name, last.Source, last.Published, opts.Source, pub)
		}
	}
	// A headline set's coding, column by column.
	items, _ := Read("headlines.tsv", readFixture(t, "headlines.tsv"), opts)
	c := items[0].Coded
	if !slices.Equal(c.Types, []model.IncidentType{model.Homicide, model.ArmedAttack}) || c.StateCode != "25" || c.MunicipalityCode != "25006" || c.Killed == nil || *c.Killed != 2 {
		t.Errorf("first headline coded %+v, want homicide|armed_attack in 25/25006, 2 killed", c)
	}
	if c := items[1].Coded; len(c.Types) != 0 || c.StateCode != "" || c.Killed != nil {
		t.Errorf("second headline coded %+v, want no incident", c)
	}
	if items[0].Report.Lang != "es" || items[0].Report.Kind != model.KindNews || items[0].Report.ID != "headlines.tsv:2" {
		t.Errorf("first headline read as %+v, want a Spanish news report with id headlines.tsv:2", items[0].Report)
	}
}

// TestReadErrors checks that a malformed headline set or gold file is an
// error naming the line.
func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"h.tsv", "homicide\t25\t25006\tAsesinan a dos\n", "h.tsv:1: 4 columns"},
		{"h.tsv", "# c\nhomicidio\t25\t-\t-\tAsesinan a dos\n", "h.tsv:2: type \"homicidio\""},
		{"h.tsv", "homicide\tSinaloa\t-\t-\tAsesinan a dos\n", "state \"Sinaloa\""},
		{"h.tsv", "homicide\t25\t14039\t-\tAsesinan a dos\n", "not in state"},
		{"h.tsv", "homicide\t25\t-\tdos\tAsesinan a dos\n", "killed \"dos\""},
		{"h.tsv", "-\t25\t-\t-\tUn día tranquilo\n", "coded for no incident"},
		{"h.tsv", "homicide\t25\t-\t-\t \n", "no headline"},
		{"g.jsonl", `{"report": {"text": "x"}, "incidents": [{"type": "homicidio"}]}` + "\n", "gold line 1"},
	}
	for _, tt := range tests {
		_, err := Read(tt.name, []byte(tt.data), report.Options{})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s %q: error %v, want one with %q", tt.name, tt.data, err, tt.want)
		}
	}
}

// FuzzRead checks that Read never panics on any input of each format,
// and that a headline set's items carry their coding, a headline and a
// line within the input.
func FuzzRead(f *testing.F) {
	for _, name := range []string{"headlines.tsv", "headlines.txt", "gold.jsonl"} {
		if b, err := os.ReadFile(filepath.Join("testdata", name)); err == nil {
			f.Add(name, b)
		}
	}
	f.Add("x.tsv", []byte("kidnapping|homicide\t08\t08037\t0\tLevantan a uno en Juárez\r\n#\n"))
	f.Add("-", []byte("Texto plano"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		items, err := Read(name, data, report.Options{})
		if err != nil {
			return
		}
		lines := strings.Count(string(data), "\n") + 1
		for _, it := range items {
			if it.Line < 0 || it.Line > lines {
				t.Fatalf("%s: item at line %d of %d", name, it.Line, lines)
			}
			if c := it.Coded; c != nil {
				if strings.TrimSpace(it.Report.Text) == "" {
					t.Fatalf("%s:%d: a coded headline with no text", name, it.Line)
				}
				for _, typ := range c.Types {
					if !typ.Valid() {
						t.Fatalf("%s:%d: coded type %q", name, it.Line, typ)
					}
				}
			}
		}
	})
}
