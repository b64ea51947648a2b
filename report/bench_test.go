package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/atalaya/atalaya/model"
)

// jsonlBatch builds n JSONL lines of news-size (about 3.5 KB) reports,
// alternating Spanish and English.
func jsonlBatch(n int) []byte {
	es := "Hombres armados incendiaron vehículos y bloquearon la carretera federal en el municipio de %d, informó la fiscalía del estado. Los hechos ocurrieron durante la madrugada y provocaron el cierre de la vialidad por varias horas mientras la Guardia Nacional resguardaba la zona. "
	en := "Gunmen set vehicles on fire and blocked the federal highway in district %d, state prosecutors said. The attack happened before dawn and closed the road for several hours while the National Guard secured the area. "
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for i := range n {
		tmpl := es
		if i%2 == 1 {
			tmpl = en
		}
		var text bytes.Buffer
		for j := 0; text.Len() < 3500; j++ {
			fmt.Fprintf(&text, tmpl, i*100+j)
			if j%3 == 2 {
				text.WriteString("\n\n")
			}
		}
		enc.Encode(map[string]any{"id": fmt.Sprint(i), "source": "bench", "published": "2026-03-01", "text": text.String()})
	}
	return buf.Bytes()
}

func BenchmarkJSONL(b *testing.B) { benchParse(b, "bench.jsonl", jsonlBatch(1000), 1000) }

// benchParse measures Parse over data holding n reports.
func benchParse(b *testing.B, name string, data []byte, n int) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		got := 0
		err := Parse(name, data, testOptions(), func(r model.Report) error {
			if r.Lang == "" {
				b.Fatalf("no language for %s", r.Origin)
			}
			got++
			return nil
		}, func(p Problem) { b.Fatal(p) })
		if err != nil || got != n {
			b.Fatalf("%d reports, err %v", got, err)
		}
	}
}

func BenchmarkDetectLang(b *testing.B) {
	text := "Gunmen set vehicles on fire and blocked the federal highway near Zapopan, officials said."
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		DetectLang(text)
	}
}

func BenchmarkParseHTML(b *testing.B) {
	data, err := os.ReadFile("testdata/page.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if err := Parse("page.html", data, testOptions(), func(model.Report) error { return nil }, func(p Problem) { b.Fatal(p) }); err != nil {
			b.Fatal(err)
		}
	}
}
