package extract

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/report"
)

// TestLoosePlaces checks the place readings of branch place21 on reports
// written for them, and on near misses where they must not fire: a
// title's place inside a colonia's name ("colonia Nuevo México",
// "colonia Puerto México") under a dateline; a street corner named like
// another town of the state ("casi esquina con Manzanillo"); a name an
// incident log marks as the municipality's ("Colima (municipality):");
// a wire's dateline town over the state its sentence names; a state
// capital's dateline and acts across the state keep the state.
func TestLoosePlaces(t *testing.T) {
	e := realExtractor(t)
	tests := []struct {
		name, kind, lang, title, text string
		state, muni                   string
	}{
		{"colonia Nuevo México title", "news", "es", "Ataque armado en bar de la colonia Nuevo México deja cuatro muertos",
			"ZAPOPAN, Jal.- Cuatro personas murieron la noche de este viernes luego de que sujetos armados irrumpieran en un bar de la colonia Nuevo México.", "14", "14120"},
		{"colonia Puerto México title", "news", "es", "Incendian bar en la colonia Puerto México",
			"COATZACOALCOS, Ver.- Un bar de la colonia Puerto México quedó reducido a cenizas luego de que desconocidos le prendieron fuego el domingo.", "30", "30039"},
		{"street corner named like a town", "news", "es", "Matan a albañil",
			"COLIMA, Col.- A un albañil lo mataron a balazos anoche en la colonia El Diezmo, sobre la calle Gabino Barreda, casi esquina con Manzanillo.", "06", "06002"},
		{"incident log municipality", "alert_feed", "en", "Incident log",
			"21:48 — Zacatecas (municipality): man killed by gunfire on a street in colonia Centro.", "32", "32056"},
		{"state named as state in a log", "alert_feed", "en", "Incident log",
			"21:48 — Sinaloa (state): man killed by gunfire in a rural area.", "25", ""},
		{"wire dateline town over its state", "news", "en", "Gunmen abduct six mine workers",
			"COSALÁ, Mexico (AP) — Armed men abducted six workers from a silver mine in the mountains of Sinaloa state late Wednesday, the state prosecutor's office said.", "25", "25005"},
		{"dateline without state over police of the state", "news", "en", "Two killed in bar",
			"CANCÚN — Two men were killed early Saturday when a gunman opened fire inside a bar, Quintana Roo police said.", "23", "23005"},
		{"capital's dateline keeps the state", "news", "en", "Marines capture cartel leader",
			"MONTERREY, Mexico (CPW) — Mexican marines captured a suspected regional leader early Friday in the border state of Nuevo León, officials said.", "19", ""},
		{"acts across the state keep the state", "news", "es", "Bloqueos en Sinaloa",
			"LOS MOCHIS, Sin.- Hombres armados incendiaron vehículos en varias carreteras de Sinaloa la noche del martes.", "25", ""},
		{"a part of the state away from the dateline's town", "news", "en", "Gunmen kill three",
			"LOS MOCHIS, Sinaloa — Gunmen killed three men in the mountains of southern Sinaloa on Tuesday, officials said.", "25", ""},
		{"wire's description of the state", "news", "en", "Five killed at party",
			"FRESNILLO, Mexico (Wire) - Gunmen killed five men at a party late Saturday in the north-central state of Zacatecas, officials said.", "32", "32010"},
		{"acts across the state, described", "news", "en", "Gunmen kill three",
			"LOS MOCHIS, Sinaloa — Gunmen killed three men across the northern state of Sinaloa on Tuesday, officials said.", "25", ""},
		{"a town told in the body keeps it", "news", "es", "Matan a dos",
			"GUADALAJARA, Jal.- Dos hombres fueron asesinados a balazos en Las Juntas, en Puerto Vallarta.", "14", "14067"},
	}
	for _, tt := range tests {
		got := e.Extract(probeReport(t, tt.kind, tt.lang, tt.title, tt.text))
		if len(got) != 1 {
			t.Errorf("%s: %d incidents, want 1", tt.name, len(got))
			continue
		}
		if l := got[0].Location; l.StateCode != tt.state || l.MunicipalityCode != tt.muni {
			t.Errorf("%s: at %s/%s (%s), want %s/%s", tt.name, l.StateCode, l.MunicipalityCode, l.Municipality, tt.state, tt.muni)
		}
	}
}

// TestLeadClausePlaces checks that the first act of a sentence whose
// second clause opens with another town's name takes the dateline's
// town, under a title naming only the state ("frontera tamaulipeca") and
// after ", mientras que, casi al mismo tiempo,"; and that a sentence
// naming its one town keeps it.
func TestLeadClausePlaces(t *testing.T) {
	e := realExtractor(t)
	tests := []struct {
		name, title, text string
		munis             []string
	}{
		{"title names the state", "Jornada violenta en la frontera tamaulipeca",
			"REYNOSA, Tamps.— Sujetos armados incendiaron dos vehículos para bloquear el bulevar Hidalgo la noche de este martes, en tanto que en Río Bravo fue atacada a balazos una patrulla de la Guardia Estatal.",
			[]string{"28032", "28033"}},
		{"mientras que and a moment", "Noche violenta en Morelos",
			"CUAUTLA, Mor.- Sujetos armados incendiaron la noche del jueves una farmacia en el centro de esta ciudad, mientras que, casi al mismo tiempo, en Oacalco, municipio de Yautepec, un taxista fue asesinado a balazos.",
			[]string{"17006", "17029"}},
		{"one act in the named town", "Noche violenta en Morelos",
			"CUAUTLA, Mor.- Sujetos armados incendiaron la noche del jueves una farmacia en Oacalco, municipio de Yautepec.",
			[]string{"17029"}},
	}
	for _, tt := range tests {
		got := e.Extract(probeReport(t, "news", "es", tt.title, tt.text))
		var munis []string
		for _, inc := range got {
			munis = append(munis, inc.Location.MunicipalityCode)
		}
		if !slices.Equal(munis, tt.munis) {
			t.Errorf("%s: municipalities %v, want %v", tt.name, munis, tt.munis)
		}
	}
}

// probeReport returns a report of the given kind, language, title and
// text, published on 2030-01-05, as a feed's line decodes it.
func probeReport(t *testing.T, kind, lang, title, text string) model.Report {
	t.Helper()
	line, err := json.Marshal(map[string]string{
		"id": "probe", "kind": kind, "lang": lang, "title": title, "text": text, "published": "2030-01-05T10:00:00-06:00"})
	if err != nil {
		t.Fatal(err)
	}
	r, err := report.DecodeLine(line, report.Options{})
	if err != nil {
		t.Fatalf("decoding %q: %v", title, err)
	}
	return r
}

// TestLoosePlaceReaders checks inColonyName and municipalityAfter.
func TestLoosePlaceReaders(t *testing.T) {
	colony := []struct {
		text string
		at   int
		want bool
	}{
		{"bar de la colonia Nuevo México", len("bar de la colonia Nuevo "), true},
		{"en la col. Puerto México", len("en la col. Puerto "), true},
		{"en la colonia Las Juntas", len("en la colonia "), true},
		{"en la colonia Centro, en México", len("en la colonia Centro, en "), false},
		{"en Nuevo México", len("en Nuevo "), false},
		{"colonia de un barrio de la ciudad de México", len("colonia de un barrio de la ciudad de "), false},
	}
	for _, tt := range colony {
		if got := inColonyName(tt.text, tt.at); got != tt.want {
			t.Errorf("inColonyName(%q, %d) = %v, want %v", tt.text, tt.at, got, tt.want)
		}
	}
	muni := []struct {
		text string
		end  int
		want bool
	}{
		{"Colima (municipality): man killed", len("Colima"), true},
		{"Zacatecas (municipio): hombre", len("Zacatecas"), true},
		{"Sinaloa (state): man killed", len("Sinaloa"), false},
		{"Colima", len("Colima"), false},
	}
	for _, tt := range muni {
		if got := municipalityAfter(tt.text, tt.end); got != tt.want {
			t.Errorf("municipalityAfter(%q, %d) = %v, want %v", tt.text, tt.end, got, tt.want)
		}
	}
}
