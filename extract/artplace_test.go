package extract

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/report"
)

// TestArtplaceProbes reads the articles of testdata/artplace.jsonl (gold
// format), written for branch artplace before its rules, one or more for
// each class of article place read wrong: the dateline's town named again
// with another state named for the victims' origin, a colonia named like
// a town of another state, "en este municipio", a state's name after its
// town that is also a town elsewhere, a region or a city in apposition,
// a sentence naming only a colonia after a sentence naming the state;
// transcripts in lower case (a city's name that is also a word, a town
// closing a settlement's name, "au" heard as "ao") and a settlement told
// after its town but known only elsewhere. Each report must yield exactly
// its gold incidents' places, in order.
func TestArtplaceProbes(t *testing.T) {
	e := realExtractor(t)
	for _, c := range readGold(t, filepath.Join("testdata", "artplace.jsonl")) {
		r, err := report.DecodeLine(c.Report, report.Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := e.Extract(r)
		if len(got) != len(c.Incidents) {
			t.Errorf("%s: %d incidents, want %d", r.ID, len(got), len(c.Incidents))
			continue
		}
		for i, g := range c.Incidents {
			l := got[i].Location
			if l.StateCode != g.StateCode || l.MunicipalityCode != g.MunicipalityCode {
				t.Errorf("%s: incident %d at %s/%s (%s), want %s/%s (%s)", r.ID, i+1, l.StateCode, l.MunicipalityCode, l.Municipality, g.StateCode, g.MunicipalityCode, g.Municipality)
			}
		}
	}
}

// TestArticlePlaceReadings checks the small readers of artplace.go on
// texts where they must and must not fire.
func TestArticlePlaceReadings(t *testing.T) {
	colony := []struct {
		text string
		at   int
		want bool
	}{
		{"en la colonia Tierra Blanca", len("en la colonia "), true},
		{"en la Col. Centro", len("en la Col. "), true},
		{"en el fraccionamiento Lomas", len("en el fraccionamiento "), true},
		{"en la colonia Ejido Matamoros", len("en la colonia Ejido "), true},
		{"en Tierra Blanca", len("en "), false},
		{"la policolonia Juárez", len("la policolonia "), false},
	}
	for _, tt := range colony {
		if got := colonyBefore(tt.text, tt.at); got != tt.want {
			t.Errorf("colonyBefore(%q, %d) = %v, want %v", tt.text, tt.at, got, tt.want)
		}
	}
	this := []struct {
		text string
		want bool
	}{
		{", en este municipio de la región", true},
		{" de este municipio.", true},
		{", en el municipio de Apatzingán", false},
	}
	for _, tt := range this {
		if got := thisMunicipality(tt.text, 0); got != tt.want {
			t.Errorf("thisMunicipality(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	names := []struct {
		text string
		want bool
	}{
		{"atacaron su patrulla en la colonia tierra blanca.", true},
		{"shot dead in the las quintas neighborhood of culiacan", true},
		{"atacaron su patrulla en la carretera.", false},
	}
	for _, tt := range names {
		if got := namesColony(tt.text); got != tt.want {
			t.Errorf("namesColony(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// FuzzArticlePlaceReaders checks that the text readers of artplace.go
// take any text and offset without panicking, and that a colonia named
// right before the offset is always seen.
func FuzzArticlePlaceReaders(f *testing.F) {
	f.Add("CULIACÁN, Sin.- en la colonia Tierra Blanca", 30)
	f.Add("en la comunidad de el senidor, en este municipio", 19)
	f.Add("ñ", 1)
	f.Fuzz(func(t *testing.T, s string, at int) {
		if at < 0 || at > len(s) {
			return
		}
		colonyBefore(s, at)
		thisMunicipality(s, at)
		settlementBefore(s, at)
		namesColony(s)
		if !colonyBefore(s+" colonia ", len(s)+len(" colonia ")) {
			t.Errorf("colonyBefore misses the colonia after %q", s)
		}
	})
}

// TestTheMunicipality: a sentence placing its act only in "the
// municipality" ("Schools across the municipality suspended classes"),
// under a title naming the state, is placed in the town the text named
// last before it; a sentence naming another town, or a region, keeps its
// reading. The texts are written for the test.
func TestTheMunicipality(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 6, 16, 12, 0, 0, 0, mexico)
	tests := []struct {
		name, lang, title, text string
		want                    []act
	}{
		{"the municipality, English", "en", "Gunmen kill four in Guerrero",
			"Gunmen killed four men on Monday on the outskirts of Tecpan de Galeana, officials said.\n\nFamilies fled their homes overnight. Schools across the municipality suspended classes on Tuesday.",
			[]act{{model.Homicide, "Técpan de Galeana"}, {model.Disruption, "Técpan de Galeana"}}},
		{"del municipio, Spanish", "es", "Asesinan a cuatro en Guerrero",
			"Sujetos armados asesinaron a cuatro hombres el lunes en las afueras de Tecpan de Galeana.\n\nLas familias huyeron durante la noche. Las escuelas del municipio suspendieron clases este martes.",
			[]act{{model.Homicide, "Técpan de Galeana"}, {model.Disruption, "Técpan de Galeana"}}},
		// Controls.
		{"a region keeps the state", "es", "Asesinan a cuatro en Guerrero",
			"Sujetos armados asesinaron a cuatro hombres el lunes en las afueras de Tecpan de Galeana.\n\nLas familias huyeron durante la noche. Las escuelas de la región suspendieron clases este martes.",
			[]act{{model.Homicide, "Técpan de Galeana"}, {model.Disruption, ""}}},
		{"the municipality of another town", "es", "Asesinan a cuatro en Guerrero",
			"Sujetos armados asesinaron a cuatro hombres el lunes en las afueras de Tecpan de Galeana.\n\nLas familias huyeron durante la noche. Las escuelas del municipio de Petatlán suspendieron clases este martes.",
			[]act{{model.Homicide, "Técpan de Galeana"}, {model.Disruption, "Petatlán"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "m17", Lang: tt.lang, Kind: model.KindNews, Title: tt.title, Text: tt.text, Published: pub}
			got := e.Extract(r)
			if acts := pointActs(got); !sameActs(acts, tt.want) {
				t.Errorf("acts %v, want %v", acts, tt.want)
			}
		})
	}
}

// TestForeignRoads: a road named by its number that the gazetteer knows
// only in a state the report's other places (its dateline among them) do
// not lie in is that state's road of the same number, in the body or in
// the title; a road that runs through the report's state, or a report
// that names no other place, keeps its reading. Under a dateline's town,
// a road named by its ends, one of them a town of another state
// ("carretera Victoria–Monterrey" under "VILLAGRÁN, Tamps.-"), places the
// act in none of its ends, but another state's town told as the act's
// place keeps it. The texts are written for the test.
func TestForeignRoads(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 5, 4, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name, title, text string
		state, muni       string
	}{
		{"dateline, body road", "", "CABORCA, Son.- Dos hombres murieron este lunes en un enfrentamiento con policías estatales en un poblado sobre la carretera federal 2.", "26", "26017"},
		{"dateline, title road", "Incendian tráiler en la carretera federal 45", "FRESNILLO, Zac.- Hombres armados incendiaron un tractocamión y bloquearon la circulación en la carretera durante la madrugada de este lunes.", "32", "32010"},
		{"town named before", "", "Un hombre fue asesinado a balazos este lunes en el municipio de Pitiquito, Sonora. El ataque ocurrió sobre la carretera federal 2, cerca del entronque a Altar.", "26", "26047"},
		{"road of the state", "", "CHIHUAHUA, Chih.- Un hombre fue asesinado a balazos este lunes en la carretera federal 45, a la altura del municipio de Ahumada.", "08", "08001"},
		{"no other place", "", "Hombres armados bloquearon este lunes con vehículos incendiados la carretera federal 2 a la altura del kilómetro 40.", "28", ""},
		// A town of another state named as a road's end, under a dateline's town.
		{"road's ends of two states", "", "VILLAGRÁN, Tamps.- Hombres armados dispararon contra un restaurante ubicado sobre la carretera Victoria–Monterrey, en la cabecera municipal, la noche de este lunes.", "28", "28042"},
		{"the dateline's town as the first end", "", "LINARES, NL.- Un hombre fue asesinado a balazos este lunes en un taller mecánico sobre la carretera Linares–Ciudad Victoria, a la salida del municipio.", "19", "19033"},
		{"a neighbour across the state line as the far end", "", "LERDO, Dgo.- Un hombre fue asesinado a balazos este lunes frente a un taller sobre la carretera Lerdo–Torreón.", "10", "10012"},
		{"an end of the dateline's state beside a foreign one", "", "VANEGAS, SLP.- Sujetos armados incendiaron un tractocamión la mañana de este lunes sobre la carretera Matehuala–Saltillo, en el kilómetro 45.", "24", "24044"},
		// Control: another state's town told as the act's place.
		{"dateline, another state's town as the place", "", "SALTILLO, Coah.- Un hombre originario de esta ciudad fue asesinado a balazos este lunes en Monterrey, Nuevo León, informaron autoridades.", "19", "19039"},
	}
	for _, tt := range tests {
		got := e.Extract(model.Report{ID: tt.name, Lang: "es", Kind: model.KindNews, Title: tt.title, Text: tt.text, Published: pub})
		if len(got) != 1 {
			t.Errorf("%s: %d incidents, want 1", tt.name, len(got))
			continue
		}
		if l := got[0].Location; l.StateCode != tt.state || tt.muni != "" && l.MunicipalityCode != tt.muni {
			t.Errorf("%s: at %s/%s (%s), want %s/%s", tt.name, l.StateCode, l.MunicipalityCode, l.Municipality, tt.state, tt.muni)
		}
	}
}
