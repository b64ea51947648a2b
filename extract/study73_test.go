package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestBodyAbduction checks a body found whose victim a relative clause
// tells abducted on a day of its own (gold README: the abduction keeps
// its own incident where the text gives it its place and day): a
// kidnapping beside the homicide, at the clause's place and day, one
// person taken. Controls: a person reported missing (background), and an
// abduction named without a day of its own.
func TestBodyAbduction(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 6, 17, 13, 0, 0, 0, mexico) // a Thursday
	type want struct {
		typ       model.IncidentType
		muni, day string
		kidnapped int // -1: not checked
	}
	tests := []struct {
		name, text string
		want       []want
	}{
		{name: "el cuerpo de quien fue privado de la libertad, en el mismo municipio",
			text: "El cuerpo del comerciante que fue privado de la libertad el lunes por la tarde en la colonia Centro fue localizado la mañana de este jueves en un camino vecinal de Uruapan.",
			want: []want{{model.Kidnapping, "16102", "2027-06-14", 1}, {model.Homicide, "16102", "2027-06-17", 0}}},
		{name: "privado de la libertad en un municipio, hallado en otro",
			text: "El cuerpo del taxista que fue privado de la libertad el martes en la colonia Centro de Celaya fue hallado la mañana de este jueves en un canal de riego del municipio de Cortazar.",
			want: []want{{model.Kidnapping, "11007", "2027-06-15", 1}, {model.Homicide, "11011", "2027-06-17", 0}}},
		// Controls.
		{name: "reportado como desaparecido: antecedente",
			text: "El cuerpo de un hombre que había sido reportado como desaparecido desde el sábado fue localizado la mañana de este jueves en Uruapan.",
			want: []want{{model.Homicide, "16102", "2027-06-17", 0}}},
		{name: "privado de la libertad sin día propio",
			text: "El cuerpo de un comerciante que había sido privado de la libertad fue localizado la mañana de este jueves en un camino vecinal de Uruapan.",
			want: []want{{model.Homicide, "16102", "2027-06-17", -1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "body", Lang: "es", Kind: model.KindNews, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			if len(got) != len(tt.want) {
				t.Fatalf("%d incidents, want %d: %+v", len(got), len(tt.want), got)
			}
			for k, w := range tt.want {
				g := got[k]
				day := "-"
				if g.Time != nil {
					day = g.Location.Date(*g.Time)
				}
				n := 0
				if g.Kidnapped != nil {
					n = g.Kidnapped.N
				}
				if g.Type != w.typ || g.Location.MunicipalityCode != w.muni || day != w.day || w.kidnapped >= 0 && n != w.kidnapped {
					t.Errorf("incident %d: %s at %s on %s, %d kidnapped, want %s at %s on %s, %d", k, g.Type, g.Location.MunicipalityCode, day, n, w.typ, w.muni, w.day, w.kidnapped)
				}
			}
		})
	}
}

// TestSameRoadBurning checks vehicles burnt on a road told by reference
// to the one named before ("sobre la misma vía", "on the same road"): the
// road a blockade closed, so a blockade too (clsRoad). Control: cars
// burnt in the same street are arson.
func TestSameRoadBurning(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2041, 5, 7, 22, 10, 0, 0, mexico)
	for _, tt := range []struct {
		name, lang, text string
		want             []model.IncidentType
	}{
		{"la misma vía", "es", "Hombres armados incendiaron un tractocamión sobre la carretera Culiacán–Navolato, en Culiacán, alrededor de las 06:00 horas. Hacia las 08:00 horas, un autobús y un automóvil fueron quemados sobre la misma vía, a la altura de Bachigualato, en el municipio de Navolato.", []model.IncidentType{model.Blockade, model.Blockade}},
		{"the same road", "en", "Gunmen set fire to a tractor-trailer on Federal Highway 15 near Navolato early Tuesday. Later that morning, a bus and a car were burned on the same road near Guasave.", []model.IncidentType{model.Blockade, model.Blockade}},
		// Control.
		{"la misma calle", "es", "Un automóvil estacionado fue incendiado la madrugada de este martes en la calle Hidalgo de Navolato. Horas después, una camioneta fue quemada en la misma calle.", []model.IncidentType{model.Arson, model.Arson}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			extractActs(t, e, "s73r", model.KindNews, tt.lang, tt.text, pub, tt.want)
		})
	}
}

// TestColonCount checks the count of acts told after a colon that follows
// their plural noun (colonCount): a tally. Controls: a count of the dead
// after a colon is a breakdown of a toll, and a clock's colon no count.
func TestColonCount(t *testing.T) {
	for _, tt := range []struct {
		f, noun string
		want    int
	}{
		{"sinaloa vivio este lunes una jornada de bloqueos carreteros: cinco se registraron en el norte", "bloqueos", 5},
		{"a day of roadblocks on monday: six were reported across the state", "roadblocks", 6},
		{"jornada de enfrentamientos: al menos tres en la sierra", "enfrentamientos", 3},
		// Controls.
		{"con ello suman ocho muertos: cinco civiles y tres policias", "muertos", -1},
		{"vecinos reportaron balaceras desde las 22:30 horas", "balaceras", -1},
		{"hubo bloqueos, segun vecinos: dos en la salida norte", "bloqueos", -1},
	} {
		at := strings.Index(tt.f, tt.noun)
		if got := colonCount(tt.f, at, at+len(tt.noun), len(tt.f)); got != tt.want {
			t.Errorf("colonCount(%q) = %d, want %d", tt.f, got, tt.want)
		}
	}
}

// TestRegionNamedLocality checks a tally of a region whose name is also a
// village's ("en la región de la Huasteca"): the state's tally, not an
// act at the village (dropRegions). Control: a village named as such.
func TestRegionNamedLocality(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2045, 3, 15, 18, 10, 0, 0, mexico)
	text := "Tabasco vivió este miércoles una jornada de bloqueos carreteros: cinco se registraron en la región de la Chontalpa, según un recuento de la Secretaría de Seguridad."
	got := extractActs(t, e, "s73g", model.KindNews, "es", text, pub, nil)
	if len(got) != 1 || !got[0].Tally || got[0].Location.MunicipalityCode != "" || got[0].Location.StateCode != "27" {
		t.Errorf("got %+v, want one tally of state 27 only", got)
	}
	text = "Hombres armados incendiaron un camión en la localidad de Chontalpa, en Huimanguillo, la tarde de este miércoles."
	got = extractActs(t, e, "s73h", model.KindNews, "es", text, pub, []model.IncidentType{model.Arson})
	if got[0].Location.MunicipalityCode != "27008" {
		t.Errorf("village at %q, want 27008", got[0].Location.MunicipalityCode)
	}
}

// TestOneOfWoundedDied checks a death told before its subject, one of
// the wounded ("murió el jueves uno de los dos hombres heridos en el
// ataque …, ocurrido el martes por la noche"): the death's day dates the
// act only when nothing else does (oneOfWounded, diedOfWounds).
func TestOneOfWoundedDied(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2045, 3, 18, 12, 0, 0, 0, mexico) // a Saturday
	text := "En Celaya, un comerciante fue asesinado a balazos el viernes en su tienda; y en Uruapan murió el jueves uno de los dos hombres heridos en el ataque a balazos contra una vivienda de la colonia Centro, ocurrido el martes por la noche."
	got := extractActs(t, e, "s73d", model.KindNews, "es", text, pub, []model.IncidentType{model.Homicide, model.ArmedAttack})
	if got[1].Time == nil || got[1].Location.Date(*got[1].Time) != "2045-03-14" {
		t.Errorf("attack dated %v, want 2045-03-14", got[1].Time)
	}
	for _, tt := range []struct {
		f    string
		want bool
	}{
		{"el jueves uno de los dos hombres heridos en el ataque", true},
		{"on sunday one of the three people injured in the attack", true},
		// Controls.
		{"el jueves y otro resulto herido", false},
		{"el jueves uno de los hermanos del comerciante herido", false},
	} {
		if got := oneOfWounded(tt.f); got != tt.want {
			t.Errorf("oneOfWounded(%q) = %v, want %v", tt.f, got, tt.want)
		}
	}
}
