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

// TestNoActReadings checks the readings added for the misses of the blind
// no-incident batches (testdata/notinc/work12.jsonl): an act practised in
// a drill or a course, a boxer's "ambush", a participle dated by an old
// year, a kind of crime that an office, a penalty or a reporting tool is
// about, a negation reaching over a list, a phrase of what a kind of
// group does, a search notice with no sign of a crime; and beside each,
// an act told the same way, which keeps its incident.
func TestNoActReadings(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 12, 3, 9, 0, 0, 0, mexico)
	tests := []struct {
		lang, title, text string
		want              int // violent incidents that count
	}{
		// Drills, courses and training.
		{"es", "", "Agentes de Irapuato tomaron un curso de respuesta ante ataques armados en la academia estatal.", 0},
		{"es", "", "La Marina realizó un simulacro de rescate de rehenes y de enfrentamiento en el puerto de Lázaro Cárdenas.", 0},
		{"en", "", "Soldiers ran a drill simulating an ambush on a convoy near Culiacán on Tuesday.", 0},
		{"es", "", "Tras el entrenamiento, hombres armados atacaron a los policías en la academia de Irapuato.", 1},
		{"es", "", "Hombres armados atacaron a los policías que tomaban un curso de tiro en Irapuato.", 1},
		{"es", "", "En el curso de la balacera murieron dos hombres en Irapuato la noche del lunes.", 1},
		// A boxer's fight.
		{"en", "", "The Mazatlán flyweight ambushed his rival in the fourth round on Saturday to keep his belt.", 0},
		// Participles dated by a year before the report's.
		{"es", "", "Familias de los mineros asesinados en la emboscada de la sierra de Sinaloa ocurrida en 2019 marcharon este martes en Culiacán.", 0},
		{"en", "", "Relatives of the 20 people killed in the 2010 attack on a party in Ciudad Juárez held a vigil on Monday.", 0},
		{"en", "", "Families of the people killed and disappeared by gunmen in Tierra Blanca in 2016 met the governor on Friday.", 0},
		{"en", "", "Gunmen killed two people at a party in Ciudad Juárez on Monday night.", 1},
		// A kind of crime that an office, a penalty or a tool is about.
		{"es", "", "Diputados proponen una fiscalía especializada en desapariciones en Colima.", 0},
		{"es", "", "El Congreso de Sonora aprobó penas de hasta 30 años por extorsión.", 0},
		{"es", "", "La nueva ley castiga con hasta 50 años de prisión el secuestro exprés y el cobro de piso en Puebla.", 0},
		{"en", "", "Nuevo León launched a website for business owners to report extortion.", 0},
		{"en", "", "A national registry of kidnapping victims will open in January, the ministry said.", 0},
		{"es", "", "Colectivo bloquea la Fiscalía de Irapuato y exige información de fosas halladas este lunes.", 1},
		{"es", "", "El Senado aprobó castigar la extorsión, y horas después asesinan a un comerciante en Celaya.", 1},
		// A negation over a list.
		{"es", "", "La policía informó que no hubo robos, riñas ni secuestros durante la feria de Tlaxcala.", 0},
		{"en", "", "Officials said no shootings, arson or kidnappings were reported during the vote in Culiacán.", 0},
		{"en", "", "Officials said no shootings were reported, but kidnappings rose in Culiacán this week.", 0},
		// What a kind of group does, told by a phrase.
		{"es", "", "Los grupos criminales cobran cuota a transportistas de toda la región, denunció la cámara.", 0},
		{"es", "", "Cuando un sujeto armado entró al bar y disparó contra los clientes, murieron dos hombres en Monterrey.", 1},
		// A year one word before the act noun; a kind after "despite".
		{"en", "", "Families of the victims of the 2010 arson attack on a bar in Monterrey marched on Sunday.", 0},
		{"es", "", "Estaba desaparecido desde 2021: hallan el cuerpo de un vecino de Guaymas este lunes.", 1},
		{"en", "", "Tourism to Acapulco grew in November despite cartel violence and extortion.", 0},
		{"en", "", "Despite the attack on a bar in Acapulco on Saturday, tourism grew in November.", 1},
		// A thriller's plot, a podcast's story.
		{"en", "", "Her new thriller follows a young hitman in Tijuana who is ordered to kill a judge.", 0},
		{"es", "", "Un podcast revive el asesinato de un periodista en Culiacán en 2009.", 0},
		// A performer of a genre is who was hit.
		{"es", "", "Asesinan a cantante de corridos en Culiacán la noche del jueves.", 1},
		// Search notices: a disappearance, with a sign of a crime or
		// none (TestSearchBulletins).
		{"es", "Ficha de búsqueda", "Se solicita apoyo para localizar a Andrea, de 15 años, vista por última vez el 1 de diciembre en la colonia Centro de Culiacán. Vestía blusa blanca. Cualquier información al 800 000 0000.", 1},
		{"en", "Police seek help finding missing man in Hermosillo", "Police asked the public for help finding a 40-year-old man who did not return home on Monday. He was wearing a red cap. Anyone with information is asked to call 911.", 1},
		{"es", "Piden ayuda para localizar a joven", "Hombres armados se llevaron a un joven de su casa en Culiacán la noche del lunes. Su familia pide ayuda para localizarlo. Vestía playera negra.", 1},
		{"es", "", "Piden ayuda para localizar a Andrea, desaparecida en Culiacán", 1},
	}
	for _, tt := range tests {
		r := model.Report{ID: "r", Kind: model.KindNews, Lang: tt.lang, Title: tt.title, Text: tt.text, Published: pub}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		if n := violent(got); n != tt.want {
			t.Errorf("%q: %d violent incidents; want %d: %+v", tt.text, n, tt.want, got)
		}
	}
}
