package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/model"
)

// TestGenre checks that whole reports that are not news of an event yield
// no violent incident, while a news report with the same words does.
func TestGenre(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 3, 2, 10, 0, 0, 0, mexico)
	tests := []struct {
		name, lang, title, text string
		kind                    model.ReportKind
		want                    int
	}{
		{"column in the first person plural", "es", "¿Hasta cuándo?",
			"¿Cuántos bloqueos más vamos a tolerar en Jalisco? Nosotros, los ciudadanos, debemos exigir resultados. Nuestras carreteras se llenan de vehículos quemados cada vez que hay un operativo. ¿Dónde está la estrategia?",
			model.KindNews, 0},
		{"film review", "en", "Review: a border thriller that runs out of bullets",
			"The film opens with an ambush on a highway in Sonora and ends with a massacre at a ranch. The director stages every shootout like a music video, and the second half drags.",
			model.KindNews, 0},
		{"advertising", "es", "¡Remate explosivo en Celaya!",
			"¡Acribillamos los precios! Descuentos de locura en pantallas y meses sin intereses. Visítanos en la avenida Tecnológico de Celaya, Guanajuato, con ofertas que matan.",
			model.KindNews, 0},
		{"statistics", "es", "Bajan 9 % los asesinatos en Guanajuato",
			"Guanajuato cerró enero con 180 víctimas de homicidio, nueve por ciento menos que en diciembre. Celaya y León concentraron la mitad de los asesinatos del mes.",
			model.KindNews, 0},
		{"sport", "en", "Rayados shoot down Pumas",
			"Rayados executed a perfect counterattack in Monterrey and the striker killed the match with a header in stoppage time. The crowd celebrated the win over the league leaders.",
			model.KindNews, 0},
		{"sport told over several sentences", "en", "Chivas gunning for revenge after Saturday ambush",
			"Chivas will be gunning for revenge in the second leg after América ambushed them with two late goals in Zapopan on Saturday. The coach said his side had been shot down by their own mistakes.",
			model.KindNews, 0},
		{"a fire whose cause another sentence gives", "es", "Incendio en bodega de Iztapalapa moviliza a bomberos",
			"Un incendio en una bodega de plásticos en Iztapalapa movilizó este lunes a 40 bomberos. No hubo lesionados. Las primeras indagatorias apuntan a un cortocircuito.",
			model.KindNews, 0},
		{"a fire set by gunmen, with an accident named elsewhere", "es", "Incendian bodega en Iztapalapa",
			"Hombres armados incendiaron una bodega en Iztapalapa este lunes. Los bomberos descartaron un cortocircuito.",
			model.KindNews, 1},
		{"a shooting after a match", "es", "Balacera afuera del estadio en Zapopan",
			"Hombres armados dispararon contra aficionados afuera del estadio de Zapopan tras el partido de Chivas este sábado; dos personas resultaron heridas.",
			model.KindNews, 1},
		{"a killing at a match: the game is where the victims were", "es", "", "Asesinan a tres jóvenes en un partido de futbol en Celaya",
			model.KindNews, 1},
		{"a killing during a game, in English", "en", "", "Four men shot dead during a soccer game in Guanajuato",
			model.KindNews, 1},
		{"a match told as a shooting", "es", "", "Rayados fusila a Pumas en un partido de futbol en Monterrey",
			model.KindNews, 0},
		{"a news report with a place and a time", "es", "Atacan a balazos a dos hombres en Celaya",
			"Dos hombres fueron atacados a balazos la noche de este domingo en la colonia Centro de Celaya, Guanajuato. Uno de ellos murió en el lugar.",
			model.KindNews, 1},
	}
	for _, tt := range tests {
		r := model.Report{ID: "g", Kind: tt.kind, Lang: tt.lang, Title: tt.title, Text: tt.text, Published: pub}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		n := 0
		for _, inc := range got {
			if inc.Type != model.Policy && inc.Type != model.Advisory {
				n++
			}
		}
		if n != tt.want {
			t.Errorf("%s: %d violent incidents, want %d: %+v", tt.name, n, tt.want, got)
		}
	}
}

func TestFutureEnds(t *testing.T) {
	tests := []struct {
		text string
		want []string // the future verbs
	}{
		{"La Guardia Nacional desplegará 300 elementos y habrá retenes.", []string{"desplegará", "habrá"}},
		{"Los agentes llegarán mañana; ayer llegaron otros.", []string{"llegarán"}},
		{"Hallaron el cuerpo para que la Fiscalía lo identificara.", nil},
		{"sin acentos desplegara y habra retenes", nil},
		{"En Villagrán ayer balearon a dos; habrá más patrullas", []string{"habrá"}},
		{"Habrá retenes en Tehuacán y Galeana", []string{"Habrá"}},
	}
	for _, tt := range tests {
		ft := fold.New(tt.text)
		var got []string
		for _, end := range futureEnds(ft, tt.text, 0, len(ft.Folded)) {
			k := end
			for k > 0 && isWord(ft.Folded[k-1]) {
				k--
			}
			s, e := ft.Span(k, end)
			got = append(got, tt.text[s:e])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestAnalysisLabel: a piece labelled an analysis or an outlook tells what
// could happen, no act; a news report that only mentions an analysis
// keeps its act. The texts are written for the test.
func TestAnalysisLabel(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2030, 3, 4, 9, 0, 0, 0, mexico)
	tests := []struct {
		name, title, text string
		acts              int
	}{
		{"analysis title", "Analysis: Could the capture of a plaza boss set Colima's highways on fire?",
			"The arrest of a regional plaza boss in Manzanillo could trigger a wave of roadblocks and arson attacks, security consultants say. Any killing of a local leader has in the past been followed by burning trucks on the highway to Colima.", 0},
		{"outlook title", "Outlook: cargo security on the Manzanillo corridor",
			"Gunmen could close the toll road near Armería within minutes, and analysts expect that any major arrest or killing of a leader would be followed by vehicle burnings.", 0},
		{"analysis opening the text", "",
			"Analysis — Setting a bus on fire across a highway costs almost nothing and can paralyze Tecomán for hours, which is why experts expect more blockades.", 0},
		{"news that mentions an analysis", "Gunmen kill two at a taco stand in Tecomán",
			"TECOMÁN, Colima — Gunmen killed two people at a taco stand in Tecomán on Monday night, police said. A ballistics analysis of the shell casings is under way.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "an", Lang: "en", Kind: model.KindNews, Title: tt.title, Text: tt.text, Published: pub}
			n := 0
			for _, in := range e.Extract(r) {
				if in.Type.Violent() {
					n++
				}
			}
			if n != tt.acts {
				t.Errorf("%d violent incidents, want %d", n, tt.acts)
			}
		})
	}
}
