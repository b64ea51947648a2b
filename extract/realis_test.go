package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestRealisReadings checks the structural readings of realis.go: a cue
// governed by an aim, a policy or a charge, a figurative or advertising
// use, a kind characterized, a fuel blast, a body found with a natural
// cause, a bare plural subject of a present predicate; and beside each,
// the same words told as an act, which keep their incident.
func TestRealisReadings(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 11, 10, 9, 0, 0, 0, mexico)
	tests := []struct {
		lang, text string
		want       int // violent incidents that count
		tally      bool
	}{
		// Aims, policies and charges.
		{"es", "El Congreso aprobó una reforma para castigar con 40 años el cobro de piso en Michoacán.", 0, false},
		{"es", "Empresarios piden una estrategia específica contra el secuestro en Guanajuato.", 0, false},
		{"es", "Colectivos pidieron al gobernador atender las desapariciones en Jalisco.", 0, false},
		{"es", "La DEA acusa al capo de asesinar a un cantante en Culiacán.", 0, false},
		{"en", "A bill to curb kidnappings in Tamaulipas passed the Senate on Tuesday.", 0, false},
		{"es", "Matan a un comerciante que se negó a pagar el cobro de piso en Celaya.", 1, false},
		{"es", "Dos policías resultaron heridos a balazos al atender un reporte de disparos en León este lunes.", 1, false},
		// Figurative and advertising uses.
		{"es", "Tiroteo de críticas contra el alcalde de Mérida por el nuevo reglamento de tránsito.", 0, false},
		{"es", "Precios que matan en pantallas y celulares en nuestra tienda de Zapopan.", 0, false},
		{"en", "Killer deals at every store in Monterrey this weekend.", 0, false},
		{"es", "El explosivo negocio de los migrantes en Tapachula.", 0, false},
		{"es", "Un explosivo dejado en la puerta de una casa de Celaya estalló la noche del lunes.", 1, false},
		// A kind characterized.
		{"es", "Desapariciones forzadas, una crisis agravada por la impunidad en Sonora.", 0, false},
		{"es", "El secuestro de migrantes es un negocio multimillonario en Tamaulipas.", 0, false},
		{"es", "Ciudad Juárez, la capital de la extorsión y el secuestro de migrantes.", 0, false},
		{"es", "Secuestran a un empresario en Zapopan, un hombre de 45 años.", 1, false},
		// Fuel blasts: accidents; a device thrown is not.
		{"es", "Explota pipa de gas en Ecatepec; hay tres lesionados.", 0, false},
		{"es", "Una pipa estalló mientras descargaba combustible en una gasera de Ecatepec.", 0, false},
		{"es", "Hombres armados lanzaron un artefacto explosivo contra una gasera en Celaya la noche del lunes.", 1, false},
		// A body found, its cause natural; found with the marks of a crime.
		{"es", "Localizan sin vida a mujer en Tijuana; sospechan que murió por sobredosis.", 0, false},
		{"es", "Localizan sin vida y con impactos de bala a una mujer en Tijuana.", 1, false},
		// Bare plural subjects of a present predicate, objects of "en".
		{"es", "Masacres en Michoacán se originan en la disputa por la venta de droga, dice un experto.", 0, false},
		{"es", "Alarma participación de menores en asesinatos.", 0, false},
		{"es", "Asesinatos en Celaya dejan tres muertos este lunes.", 1, false},
		// A wave of acts is a tally; a consequence's period counts no acts.
		{"es", "Ola de homicidios marca el inicio de octubre en Guanajuato.", 0, true},
		{"es", "Hombres armados prendieron fuego a tres tráileres en la carretera Uruapan-Paracho la madrugada del miércoles, lo que dejó cerrada la circulación durante cuatro horas.", 1, false},
		// What a kind of perpetrator does, not an act; one act told so.
		{"es", "Los grupos criminales secuestran a migrantes en la frontera de Tamaulipas, advierte la ONU.", 0, false},
		{"es", "En Guerrero, los cárteles asesinan a quienes no pagan cuota, según el informe.", 0, false},
		{"en", "Criminal groups kidnap migrants and extort their families along the border, the report says.", 0, false},
		{"es", "Cuando un sicario mata en Culiacán, casi nunca lo detienen, lamenta el fiscal.", 0, false},
		{"es", "Sicarios asesinan a policías en Celaya la noche del domingo.", 1, false},
		{"es", "Los sicarios asesinaron a dos policías en Celaya la noche del domingo.", 1, false},
		// Names in quotes after a name noun.
		{"en", "The escape room 'The Kidnapping' opens in Monterrey.", 0, false},
		{"es", "La serie 'Balacera en Sinaloa' se filmó en Culiacán.", 0, false},
		{"es", "Hombres armados secuestraron al dueño del bar 'La Oficina' en Culiacán este lunes.", 1, false},
		// History after "years after"; fires with only their firefighters.
		{"es", "Una década después de la masacre de Allende, el pueblo intenta sanar.", 0, false},
		{"es", "Explosión en fábrica de cohetes de Tultepec deja dos heridos.", 0, false},
		{"es", "Incendio en bodega de Iztapalapa moviliza a bomberos; no hay heridos.", 0, false},
		{"es", "Hombres armados incendiaron una bodega en Iztapalapa; bomberos sofocaron el fuego.", 1, false},
		// A kind of act as a cause after "por", or what a place is exposed to.
		{"es", "La violencia explota por enfrentamientos entre cárteles en Michoacán, dice el presidente.", 0, false},
		{"es", "Morelos está expuesto a ejecuciones por la disputa entre grupos, advierte el gobernador.", 0, false},
		{"es", "Tres muertos por enfrentamientos en Apatzingán este lunes.", 1, false},
		// Found after unseen10 was scored: a fall at work, grenades handed
		// in.
		{"es", "Mueren dos trabajadores al caer de un andamio en una obra de Monterrey.", 0, false},
		{"en", "Residents of Tijuana handed in rifles and grenades in exchange for cash over three days.", 0, false},
		// Health: a disease that kills is no crime.
		{"es", "Brote de tos ferina deja dos bebés muertos en Monterrey.", 0, false},
		{"en", "Whooping cough outbreak kills two infants in Nuevo León.", 0, false},
	}
	for _, tt := range tests {
		r := model.Report{ID: "r", Kind: model.KindNews, Lang: tt.lang, Text: tt.text, Published: pub}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		tally := false
		for _, in := range got {
			tally = tally || in.Tally
		}
		if n := violent(got); n != tt.want || tally != tt.tally {
			t.Errorf("%q: %d violent incidents, tally %v; want %d, %v: %+v", tt.text, n, tally, tt.want, tt.tally, got)
		}
	}
}
