package explain

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/eval"
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
		label bool // a headline set's
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
			if (it.Gold != nil) != tt.gold || (it.Headline != nil) != tt.label {
				t.Errorf("%s line %d: gold %v, labels %v; want %v, %v", tt.name, it.Line, it.Gold != nil, it.Headline != nil, tt.gold, tt.label)
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
	// A headline set's labels, column by column, and its reports as eval
	// reads them but for the options.
	items, _ := Read("headlines.tsv", readFixture(t, "headlines.tsv"), opts)
	h := items[0].Headline
	if !slices.Equal(h.Types, []model.IncidentType{model.Homicide, model.ArmedAttack}) || h.StateCode != "25" || h.MunicipalityCode != "25006" || h.Killed != 2 {
		t.Errorf("first headline labelled %+v, want homicide|armed_attack in 25/25006, 2 killed", h)
	}
	if h := items[1].Headline; len(h.Types) != 0 || h.StateCode != "" || h.Killed != -1 {
		t.Errorf("second headline labelled %+v, want no incident", h)
	}
	if r := items[0].Report; r.Lang != "es" || r.Kind != model.KindNews || r.ID != "headlines.tsv:2" || r.Text != h.Text {
		t.Errorf("first headline read as %+v, want a Spanish news report with id headlines.tsv:2 and the headline as its text", r)
	}
	items, _ = Read("headlines.tsv", readFixture(t, "headlines.tsv"), report.Options{})
	if want := eval.HeadlineReport(*items[0].Headline, "es").Published; !items[0].Report.Published.Equal(want) {
		t.Errorf("published %v with no --published, want eval's %v", items[0].Report.Published, want)
	}
}

// TestReadErrors checks that a malformed headline set or gold file is an
// error naming the line.
func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"h.tsv", "homicide\t25\t25006\tAsesinan a dos\n", "line 1: 4 columns"},
		{"h.tsv", "# c\nhomicidio\t25\t-\t-\tAsesinan a dos\n", "line 2: unknown type \"homicidio\""},
		{"h.tsv", "homicide\tSinaloa\t-\t-\tAsesinan a dos\n", "state \"Sinaloa\""},
		{"h.tsv", "homicide\t25\t14039\t-\tAsesinan a dos\n", "municipality \"14039\""},
		{"h.tsv", "homicide\t25\t-\tdos\tAsesinan a dos\n", "killed \"dos\""},
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
// and that a headline set's items carry a headline and a line within the
// input.
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
			if len(err.Error()) > 500+len(name) {
				t.Fatalf("%.40q: error of %d bytes: %.300q", name, len(err.Error()), err)
			}
			return
		}
		lines := strings.Count(string(data), "\n") + 1
		for _, it := range items {
			if it.Line < 0 || it.Line > lines {
				t.Fatalf("%s: item at line %d of %d", name, it.Line, lines)
			}
			if h := it.Headline; h != nil && (strings.TrimSpace(it.Report.Text) == "" || h.Line != it.Line) {
				t.Fatalf("%s:%d: headline %+v read as %q", name, it.Line, h, it.Report.Text)
			}
		}
	})
}
