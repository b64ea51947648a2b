package report

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/atalaya/atalaya/model"
)

// addFixtures seeds a fuzz corpus with the testdata files of the given
// extensions.
func addFixtures(f *testing.F, exts ...string) {
	for _, ext := range exts {
		paths, _ := filepath.Glob(filepath.Join("testdata", "*"+ext))
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
}

// maxFuzzError bounds the error a reader gives for any input: the values
// it quotes are cut (internal/clip).
const maxFuzzError = 500

// fuzzParse parses data under name and checks the invariants every report
// must satisfy.
func fuzzParse(t *testing.T, name string, data []byte) {
	err := Parse(name, data, testOptions(), func(r model.Report) error {
		if r.Text == "" || !utf8.ValidString(r.Text) || !utf8.ValidString(r.Title) {
			t.Fatalf("bad report text %q title %q", r.Text, r.Title)
		}
		if r.ID != ContentID(r) || r.Origin == "" || !model.ValidReportKind(r.Kind) {
			t.Fatalf("bad report %+v", r)
		}
		if r.Lang != "" && r.Lang != "es" && r.Lang != "en" {
			t.Fatalf("lang %q", r.Lang)
		}
		if normalize(r.Text) != r.Text {
			t.Fatalf("text not final: %q", r.Text)
		}
		return nil
	}, func(p Problem) {
		if p.Err == nil || p.Path != name {
			t.Fatalf("bad problem %+v", p)
		}
		if len(p.Error()) > maxFuzzError {
			t.Fatalf("problem of %d bytes: %.300q", len(p.Error()), p.Error())
		}
	})
	if err != nil {
		t.Fatalf("Parse returned %v without a failing yield", err)
	}
}

func FuzzDecodeLine(f *testing.F) {
	f.Add([]byte(`{"id":"1","text":"Bloqueo en Celaya","published":"2026-03-01","lat":20.5,"lon":-100.8}`))
	f.Add([]byte(`{"text":"x","published":"2026-03-01T10:00:00Z","kind":"news","lang":"en"}`))
	f.Add([]byte(`{"text":"\u0000\u200b a"}`))
	f.Add([]byte("{\"text\":\"\xff\"}"))
	f.Fuzz(func(t *testing.T, line []byte) {
		r, err := DecodeLine(line, testOptions())
		if err != nil {
			if len(err.Error()) > maxFuzzError {
				t.Fatalf("error of %d bytes: %.300q", len(err.Error()), err)
			}
			return
		}
		if r.Text == "" || !utf8.ValidString(r.Text) || r.ID != ContentID(r) || !model.ValidReportKind(r.Kind) {
			t.Fatalf("bad report %+v", r)
		}
		if (r.Lat == nil) != (r.Lon == nil) || r.Lat != nil && (*r.Lat < -90 || *r.Lat > 90 || *r.Lon < -180 || *r.Lon > 180) {
			t.Fatalf("bad coordinates %v %v", r.Lat, r.Lon)
		}
	})
}

func FuzzParseHTML(f *testing.F) {
	addFixtures(f, ".html")
	f.Add([]byte("<p>hola<div><p>mundo</table>"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzParse(t, "page.html", data) })
}

func FuzzParseFeed(f *testing.F) {
	addFixtures(f, ".rss", ".atom")
	f.Add([]byte(`<rss><channel><item><title>t</title></item></channel></rss>`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzParse(t, "feed.xml", data) })
}

func FuzzParseSRT(f *testing.F) {
	addFixtures(f, ".srt")
	f.Add([]byte("1\n00:00:01,000 --> 00:00:02,000\nhola\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzParse(t, "captions.srt", data) })
}

func FuzzParseVTT(f *testing.F) {
	addFixtures(f, ".vtt")
	f.Add([]byte("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Speaker>hola <b>mundo</b>\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzParse(t, "captions.vtt", data) })
}

func FuzzParseText(f *testing.F) {
	addFixtures(f, ".txt")
	f.Add([]byte("Título de nota\n\nCuerpo\r\n\tcon\u00a0espacios"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzParse(t, "nota.txt", data) })
}

// FuzzParseSniffed covers standard input, whose format is guessed.
func FuzzParseSniffed(f *testing.F) {
	addFixtures(f, ".jsonl", ".html", ".srt", ".vtt", ".rss", ".csv", ".tsv")
	f.Fuzz(func(t *testing.T, data []byte) { fuzzParse(t, "-", data) })
}
