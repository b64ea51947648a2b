package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/model"
)

// TestSplitRunOnOpener checks where a long unpunctuated transcript is cut
// before its next act (speech27): at the "y" that opens the clause whose
// "también" or "después" is the marker, not after it ("... en sus casas y
// | también en Buenavista quemaron una pipa" left the "y" behind), and at a
// call heard on air ("cuando ya nos avisaban que en El Espinal ..."), so
// that the next act's place is in its own piece.
func TestSplitRunOnOpener(t *testing.T) {
	e := newFakeExtractor()
	for _, tt := range []struct {
		in, second string // second: how the second piece starts
	}{
		{"muy buenos dias son las siete con cinco minutos ya se restablecio la circulacion en la salida a la capital despues de lo que vivimos anoche ahi quemaron dos trailers y un camion de pasajeros a eso de las siete y media y la gente se quedo encerrada en sus casas y tambien en el pueblo de al lado quemaron una pipa como a las ocho",
			"y tambien en el pueblo"},
		{"buenos dias a todos empezamos con lo que paso anoche en el centro en una cantina por la calle principal llegaron unos tipos armados y le dispararon a la gente que estaba tomando hay tres muertos y dos heridos eso fue como a las diez y no acabamos de salir de eso cuando ya nos avisaban que en el pueblo vecino en una casa donde habia fiesta tambien llegaron a balacear",
			"nos avisaban que en el pueblo vecino"},
		{"y bueno pasando a la nota roja pues una noche bastante movida raza en la colonia del rio unos tipos llegaron y le dispararon a un señor ahi afuerita de su casa el señor ya no la libro fallecio en el lugar los vecinos dicen que ya lo andaban buscando desde la semana pasada y despues alla por las haciendas le tiraron balazos a una troca",
			"y despues alla"},
		// a round-up's last item, in a long run (study77)
		{"buenas tardes les damos el resumen primero en el norte el lunes en la noche hubo un enfrentamiento entre dos grupos que dejo cuatro muertos y al dia siguiente detuvieron a dos personas este en la capital en la madrugada agredieron a una patrulla y un agente resulto herido y en el puente aparecio una manta que ya se retiro y por ultimo en el poblado del sur localizaron dos cuerpos",
			"y por ultimo en el poblado"},
		{"buenas tardes nos informan que en la carretera a la costa hubo un enfrentamiento entre soldados y un grupo armado desde temprano se escuchan disparos y se le pide a la poblacion no salir de sus casas y tampoco acercarse a la zona pero tambien nos informan que en el libramiento hay un camion atravesado e incendiado",
			"pero tambien"},
	} {
		f := fold.New(tt.in)
		ss := e.split(f.Folded, true, nil)
		if len(ss) < 2 {
			t.Errorf("split(%q): one piece", tt.in)
			continue
		}
		var pieces []string
		for _, s := range ss {
			a, b := f.Span(s.fStart, s.fEnd)
			pieces = append(pieces, tt.in[a:b])
		}
		found := false
		for _, p := range pieces[1:] {
			found = found || strings.HasPrefix(p, tt.second)
		}
		if !found {
			t.Errorf("split(%q): pieces %q, want one to start with %q", tt.in, pieces, tt.second)
		}
	}
}

// TestAlsoInOpener checks the openers that move a speaker to the next
// act elsewhere ("y también en Buenavista quemaron una pipa"), and words
// that do not.
func TestAlsoInOpener(t *testing.T) {
	tests := []struct {
		f    string
		want bool
	}{
		{"y tambien en buenavista rumbo a la ruana ", true},
		{"tambien en la colonia centro ", true},
		{"pero tambien en zamora ", true},
		{"and also in reynosa ", true},
		{"and over in rio bravo ", true},
		{"tambien resulto herido ", false},
		{"y en buenavista ", false},
		{"los vecinos tambien en la calle ", false},
	}
	for _, tt := range tests {
		if got := alsoInOpener(tt.f); got != tt.want {
			t.Errorf("alsoInOpener(%q) = %v, want %v", tt.f, got, tt.want)
		}
	}
}

// TestRoadToward checks "rumbo a" read as a point of a road, and as the
// way someone went.
func TestRoadToward(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"y tambien en buenavista rumbo a la ruana quemaron una pipa", true},
		{"incendiaron un trailer sobre el bulevar rumbo al puente", true},
		{"quemaron una camioneta y huyeron rumbo a la sierra", false},
		{"los agresores se dieron a la fuga rumbo a la carretera", false},
		{"el camion en el que iba rumbo al trabajo fue incendiado", false},
		{"quemaron un camion en la plaza", false},
	}
	for _, tt := range tests {
		if got := roadToward(tt.s); got != tt.want {
			t.Errorf("roadToward(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestSpeechRunOn checks acts of a newscast told on end with no
// punctuation (speech27's probes): the later act, opened by "y también
// en" another town, is an act of its own, a tanker burnt "rumbo a" a
// place closes a road; controls: two towns told apart already, a car
// burnt by men who fled "rumbo a la sierra", an arrest "también en" the
// same town after a clash.
func TestSpeechRunOn(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2035, 3, 6, 7, 5, 0, 0, mexico)
	tests := []struct {
		name, text string
		want       []model.IncidentType
		munis      []string
	}{
		{name: "y también en another town",
			text:  "muy buenos dias uruapan son las siete con diez minutos pues ya se libero la circulacion en la salida a patzcuaro despues de lo que paso anoche ahi quemaron dos trailers y un camion de pasajeros a eso de las nueve de la noche y la gente se quedo encerrada en sus casas y tambien en tancitaro rumbo a la presa quemaron una pipa eso fue como a las diez de la noche aca no tenemos reporte de heridos gracias a dios",
			want:  []model.IncidentType{model.Arson, model.Blockade},
			munis: []string{"16102", "16083"}},
		{name: "control: two towns told apart already",
			text:  "y pasando a la nota roja aqui en navojoa pues una noche bastante movida en la colonia centro unos tipos llegaron y le dispararon a un señor afuera de su casa el señor quedo herido se lo llevaron al hospital general y los vecinos dicen que estaba trabajando en su taller y tambien en etchojoa en la colonia las flores balacearon una casa no hubo heridos pero la casa quedo toda balaceada ahorita a ver que nos dice la fiscalia",
			want:  []model.IncidentType{model.ArmedAttack, model.ArmedAttack},
			munis: []string{"26042", "26026"}},
		{name: "control: fled rumbo a",
			text: "buenos dias zamora son las siete anoche unos sujetos quemaron una camioneta afuera de una casa en la colonia jardinadas y huyeron rumbo a la sierra los vecinos apagaron el fuego con cubetas de agua y no hubo heridos gracias a dios y bueno vamos con el clima que hoy va a estar caluroso",
			want: []model.IncidentType{model.Arson}},
		{name: "control: an arrest también en the same town",
			text: "buenos dias apatzingan son las siete anoche en la colonia centro hubo una balacera entre dos grupos armados y un hombre murio en el lugar los vecinos estaban muy asustados y se quedaron en sus casas y tambien en la colonia centro pero ya mas tarde llego el ejercito y detuvo a dos personas con armas largas",
			want: []model.IncidentType{model.ArmedClash, model.SecurityOperation}},
		{name: "an earlier act recalled after a series' ordinal",
			text:  "buenas noches irapuato vamos con la informacion policiaca a un hombre lo mataron a balazos esta tarde afuera de su casa en la colonia san juanico dos sujetos en moto le dispararon y huyeron es el tercer homicidio en irapuato en menos de una semana recuerden que el lunes en la noche asesinaron a una mujer en la colonia el rosario vamos a corte",
			want:  []model.IncidentType{model.ArmedAttack, model.Homicide},
			munis: []string{"11017", "11017"}},
		{name: "control: the act told recalled as already reported",
			text: "buenas tardes salamanca un hombre fue asesinado a balazos esta manana en la colonia bellavista los vecinos escucharon varios disparos recuerde que ya habiamos informado de este ataque en nuestra emision de la manana y la fiscalia sigue en el lugar",
			want: []model.IncidentType{model.Homicide}},
		{name: "control: a count over a span stays a tally",
			text: "buenos dias leon son las siete un joven fue asesinado a balazos anoche en la colonia las joyas los agresores llegaron en una camioneta blanca le dispararon y se fueron con este suman doce personas asesinadas en leon en menos de veinticuatro horas segun el conteo de la fiscalia",
			want: []model.IncidentType{model.Homicide}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractReport(t, e, model.Report{ID: "s27", Lang: "es", Kind: model.KindTranscript, Title: "Noticiero matutino", Text: tt.text, Published: pub}, tt.want)
			checkMunis(t, got, tt.munis)
		})
	}
}

// TestPlaceTurn checks where a short unpunctuated run is cut when the
// speaker moves to another place, and runs that are not cut.
func TestPlaceTurn(t *testing.T) {
	tests := []struct {
		seg, second string // second: the piece after the cut, "" for none
	}{
		{"breaking news out of reynosa police say gunmen opened fire inside a bar last night three people died and over in rio bravo a car was set on fire outside city hall",
			"and over in rio bravo a car was set on fire outside city hall"},
		{"en uruapan hombres armados balearon a dos jovenes afuera de una tienda anoche y tambien en tancitaro quemaron dos camionetas en la plaza principal",
			"y tambien en tancitaro quemaron dos camionetas en la plaza principal"},
		{"gunmen killed a man at a taco stand in tijuana this morning police said and also in tecate two officers were wounded at a checkpoint",
			"and also in tecate two officers were wounded at a checkpoint"},
		// a round-up's last item (study77)
		{"en delicias esta tarde atacaron a balazos a un comerciante en su negocio y por ultimo en parral la policia encontro sin vida a un hombre",
			"y por ultimo en parral la policia encontro sin vida a un hombre"},
		{"en fresnillo anoche dispararon contra una vivienda y no hubo heridos y finalmente en sombrerete detuvieron a tres hombres armados",
			"y finalmente en sombrerete detuvieron a tres hombres armados"},
		// the same scene, named by a noun: no cut
		{"en culiacan un hombre fue asesinado a balazos en la colonia centro esta manana y tambien en la misma colonia detuvieron a dos sujetos", ""},
		// punctuated: the sentence's own commas tell its parts
		{"hombres armados atacaron a balazos a dos policias en celaya, y tambien en salamanca a otros dos agentes de transito", ""},
		// the opener too near either end
		{"y tambien en salamanca atacaron a dos policias que vigilaban la entrada de un hospital", ""},
		{"hombres armados atacaron a balazos a dos policias que vigilaban un hospital y tambien en salamanca", ""},
	}
	for _, tt := range tests {
		k := placeTurn(tt.seg)
		got := ""
		if k > 0 {
			got = tt.seg[k+1:]
		}
		if got != tt.second {
			t.Errorf("placeTurn(%q) cuts before %q, want %q", tt.seg, got, tt.second)
		}
	}
}

// TestRecallOpener checks the speaker's calls to remember that open a
// sentence before its day, and words that are none.
func TestRecallOpener(t *testing.T) {
	tests := []struct {
		words string
		want  int
	}{
		{"recuerde que el", 2},
		{"recuerden que", 2},
		{"les recordamos que", 3},
		{"remember that", 2},
		{"recuerde", 0},
		{"que recuerde que", 0},
		{"les dijimos que", 0},
	}
	for _, tt := range tests {
		if got := recallOpener(strings.Fields(tt.words)); got != tt.want {
			t.Errorf("recallOpener(%q) = %d, want %d", tt.words, got, tt.want)
		}
	}
	for _, w := range []string{"recuerde que ", "Recuerden que ", "recuerde que ya "} {
		if !dayOpeners(w) {
			t.Errorf("dayOpeners(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"recuerde que la fiscalia dijo que ", "les dijimos que "} {
		if dayOpeners(w) {
			t.Errorf("dayOpeners(%q) = true, want false", w)
		}
	}
}
