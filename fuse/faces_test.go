package fuse

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// Places of the fuse12 tests (seats).
var (
	culiacan     = place{"25", "Sinaloa", "25006", "Culiacán", 24.809, -107.394}
	navolato     = place{"25", "Sinaloa", "25018", "Navolato", 24.766, -107.702}
	cuauhChih    = place{"08", "Chihuahua", "08017", "Cuauhtémoc", 28.405, -106.867}
	cuauhColima  = place{"06", "Colima", "06005", "Cuauhtémoc", 19.329, -103.603}
	facesDay     = time.Date(2031, 3, 14, 0, 0, 0, 0, mexicoTZ) // a Friday
	facesNight   = facesDay.Add(21*time.Hour + 40*time.Minute)
	facesPublish = facesDay.AddDate(0, 0, 1).Add(8 * time.Hour)
)

// face builds an item of report id[:1] at p, published the morning after
// facesDay, with killed dead and injured wounded (negative: not said).
func face(id string, typ model.IncidentType, p place, at time.Time, prec model.TimePrecision, killed, injured int, text string) Item {
	return tolled(item(id, id[:1], "Diario "+id[:1], typ, p, at, prec, facesPublish, text), killed, injured, -1)
}

// TestKindOfOneAct: two types that compatible keeps apart or ranks low
// (a killing and an operation, an explosive and an attack, a clash and a
// killing) are weighed as faces of one act by how much of what the two
// reports tell agrees — the toll, the victims, two names or numbers, the
// time — so that one act told in two languages under two types joins,
// whatever order the reports arrive in. Near misses stay apart: the
// same act's types a day later, in the neighbouring municipality, in a
// homonym town, with another toll, or a clash and a blockade of one town
// the same morning.
func TestKindOfOneAct(t *testing.T) {
	// Soldiers kill three gunmen: an operation for one outlet, a
	// killing for the other.
	operation := face("a-0", model.SecurityOperation, culiacan, facesNight, model.TimeMinute, 3, -1,
		"A las 21:40 horas, soldados del Ejército repelieron una agresión en la colonia Tierra Blanca de Culiacán y abatieron a tres hombres armados.")
	killing := face("b-0", model.Homicide, culiacan, facesDay.Add(22*time.Hour), model.TimeDay, 3, -1,
		"Three gunmen were killed by soldiers on Friday night in the Tierra Blanca neighbourhood of Culiacán, the army said.")
	// A man shot dead in another colonia of the city that night.
	street := face("c-0", model.Homicide, culiacan, facesDay.Add(22*time.Hour), model.TimeDay, 1, -1,
		"A man was shot dead on Friday night in the Bachigualato neighbourhood of Culiacán, police said.")
	// An attack on a police patrol that a radio transcript reads as an
	// explosive (a drone in its first words).
	attack := face("d-0", model.ArmedAttack, culiacan, facesNight, model.TimeMinute, 2, 1,
		"CULIACÁN, Sin.- Dos policías murieron y uno resultó herido a las 21:40 horas, cuando hombres armados dispararon contra su patrulla en la colonia Tierra Blanca.")
	explosive := face("e-0", model.Explosive, culiacan, facesDay.Add(22*time.Hour), model.TimeDay, 2, 1,
		"buenas noches en culiacan un dron dejo caer un explosivo en un predio y ademas dos policias murieron y uno quedo herido en el ataque a su patrulla en tierra blanca")
	// The same attack told as a clash the next night, in Navolato, and
	// in the other Cuauhtémoc.
	nextNight := face("f-0", model.ArmedClash, culiacan, facesNight.AddDate(0, 0, 1), model.TimeMinute, 2, 1,
		"Two police officers were killed and one wounded in a gunfight with armed men in Culiacán's Tierra Blanca neighbourhood at 9:40 p.m. on Saturday.")
	nextMuni := face("g-0", model.ArmedClash, navolato, facesNight, model.TimeMinute, 2, 1,
		"Two police officers were killed and one wounded in a gunfight with armed men in Navolato at 9:40 p.m. on Friday.")
	clash := face("h-0", model.ArmedClash, culiacan, facesDay.Add(22*time.Hour), model.TimeDay, 2, 1,
		"Two police officers were killed and one wounded in a gunfight with armed men on their patrol in Culiacán's Tierra Blanca neighbourhood on Friday night.")
	chihuahua := face("i-0", model.ArmedAttack, cuauhChih, facesNight, model.TimeMinute, 2, 1,
		"CUAUHTÉMOC, Chih.- Dos policías murieron y uno resultó herido a las 21:40 horas, cuando hombres armados dispararon contra su patrulla.")
	colima := face("j-0", model.ArmedClash, cuauhColima, facesDay.Add(22*time.Hour), model.TimeDay, 2, 1,
		"Two police officers were killed and one wounded in a gunfight with armed men in Cuauhtémoc, Colima, on Friday night.")
	// A clash and a blockade of one town the same morning.
	morning := facesDay.Add(7 * time.Hour)
	dawnClash := face("k-0", model.ArmedClash, culiacan, morning, model.TimeMinute, 2, -1,
		"A las 07:00 horas, soldados y hombres armados se enfrentaron en la colonia Aguaruto de Culiacán; murieron dos agresores.")
	dawnBlock := face("l-0", model.Blockade, culiacan, morning.Add(30*time.Minute), model.TimeMinute, -1, -1,
		"Gunmen set two trucks on fire to block the Culiacán–Navolato road at Aguaruto at 7:30 a.m., two hours after soldiers were attacked.")
	// Gunmen attack a bar and the police fight them there: an attack on
	// a business for one outlet, a clash for the other; another bar
	// attacked that night with another toll.
	barAttack := face("m-0", model.BusinessAttack, culiacan, facesDay.Add(23*time.Hour+10*time.Minute), model.TimeMinute, 3, -1,
		"A las 23:10 horas, hombres armados atacaron a balazos el bar La Cabaña, en la colonia Centro de Culiacán; murieron tres clientes.")
	barClash := face("n-0", model.ArmedClash, culiacan, facesDay.Add(22*time.Hour), model.TimeDay, 3, -1,
		"Three people were killed in a gunfight between police and gunmen at La Cabaña, a bar in central Culiacán, on Friday night.")
	otherBar := face("o-0", model.BusinessAttack, culiacan, facesDay.Add(23*time.Hour+10*time.Minute), model.TimeMinute, 1, -1,
		"A las 23:10 horas, un hombre armado disparó contra los clientes del bar El Rodeo, en la colonia Las Quintas de Culiacán; murió un cliente.")
	// An alert of the attack, and a report whose extraction also read the
	// troops' cordon as an operation of its own: the response is no face
	// of the attack (though they name the same victims and colonia), and
	// the report's attack joins the alert.
	alert := face("p-0", model.ArmedAttack, culiacan, facesNight, model.TimeMinute, -1, -1,
		"ATAQUE ARMADO | Reportan disparos contra una patrulla de la Policía Municipal en la colonia Tierra Blanca, Culiacán. Hay agentes lesionados.")
	told := face("q-0", model.ArmedAttack, culiacan, facesDay.Add(23*time.Hour), model.TimeDay, 2, 1,
		"CULIACÁN, Sin.- Dos policías municipales murieron y uno resultó herido la noche de este viernes, cuando sujetos armados dispararon contra su patrulla en la colonia Tierra Blanca.")
	cordon := face("q-1", model.SecurityOperation, culiacan, facesNight.Add(40*time.Minute), model.TimeMinute, -1, -1,
		"A las 22:20 horas militares cercaron el área donde fueron atacados los policías, en Tierra Blanca.")
	runOrders(t, []slipCase{
		{"the troops' cordon is no face of the attack", []Item{alert, told, cordon}, [][2]string{{"p-0", "q-0"}}, [][2]string{{"p-0", "q-1"}}},
		{"a bar attack told as a clash", []Item{barAttack, barClash}, [][2]string{{"m-0", "n-0"}}, nil},
		{"another bar with another toll", []Item{otherBar, barClash}, nil, [][2]string{{"o-0", "n-0"}}},
		{"an operation told as a killing", []Item{operation, killing}, [][2]string{{"a-0", "b-0"}}, nil},
		{"a killing of one that night", []Item{operation, street}, nil, [][2]string{{"a-0", "c-0"}}},
		{"an attack read as an explosive", []Item{attack, explosive}, [][2]string{{"d-0", "e-0"}}, nil},
		{"an attack told as a clash", []Item{attack, clash}, [][2]string{{"d-0", "h-0"}}, nil},
		{"the next night", []Item{attack, nextNight}, nil, [][2]string{{"d-0", "f-0"}}},
		{"the neighbouring municipality", []Item{attack, nextMuni}, nil, [][2]string{{"d-0", "g-0"}}},
		{"the homonym town", []Item{chihuahua, colima}, nil, [][2]string{{"i-0", "j-0"}}},
		{"a clash and a blockade the same morning", []Item{dawnClash, dawnBlock}, nil, [][2]string{{"k-0", "l-0"}}},
	})
}

// TestFaces: the details two faces of one act agree on are counted only
// when a toll, a thing or a victim kind agrees, and the two texts have
// two anchors in common.
func TestFaces(t *testing.T) {
	mk := func(typ model.IncidentType, loc string, at time.Time, prec model.TimePrecision, killed, injured int, text string) *member {
		f := New(DefaultConfig(), func(Fused) error { return nil })
		it := face("a-0", typ, culiacan, at, prec, killed, injured, text)
		it.Incident.Location.Locality = loc
		return f.newMember(it)
	}
	police := mk(model.ArmedAttack, "", facesNight, model.TimeMinute, 2, -1, "Dos policías murieron en Culiacán a las 21:40 horas.")
	tests := []struct {
		name string
		m    *member
		want int
	}{
		// The toll, police officers, two anchors ("dos" and "Two",
		// Culiacán) and minutes apart: four.
		{"the same toll, victims and time", mk(model.ArmedClash, "", facesNight.Add(10*time.Minute), model.TimeMinute, 2, -1,
			"Two police officers were killed in Culiacán at 9:50 p.m."), 4},
		{"the same victims an hour later", mk(model.ArmedClash, "", facesNight.Add(time.Hour), model.TimeMinute, -1, -1,
			"Two police officers were attacked in Culiacán at 10:45 p.m."), 2},
		{"the same victims, the town alone in common", mk(model.ArmedClash, "", facesNight.Add(time.Hour), model.TimeMinute, -1, -1,
			"Police officers were attacked in Culiacán at 10:45 p.m."), 0},
		{"nothing told alike", mk(model.Homicide, "", facesNight.Add(10*time.Minute), model.TimeMinute, -1, -1,
			"Un hombre fue asesinado en Culiacán."), 0},
	}
	for _, tt := range tests {
		if got := faces(police, tt.m); got != tt.want {
			t.Errorf("%s: faces %d, want %d", tt.name, got, tt.want)
		}
		if got := faces(tt.m, police); got != tt.want {
			t.Errorf("%s (the other way): faces %d, want %d", tt.name, got, tt.want)
		}
	}
}

// TestFoundAfter: an official report timed at the finding of the dead
// "tras un enfrentamiento" tells an act hours before its time, and joins
// the clash reported at dawn; a second clash reported at that hour with
// no finding, and a finding in the neighbouring municipality, stay apart.
func TestFoundAfter(t *testing.T) {
	chicomuselo := place{"07", "Chiapas", "07022", "Chicomuselo", 15.744, -92.284}
	sunday := facesDay.AddDate(0, 0, 2)
	clash := face("a-0", model.ArmedClash, comalapa, sunday.Add(5*time.Hour+30*time.Minute), model.TimeMinute, 6, -1,
		"FRONTERA COMALAPA, Chis.- Seis personas muertas dejó un enfrentamiento entre grupos armados registrado alrededor de las 05:30 horas de este domingo en el ejido Paso Hondo.")
	found := face("b-0", model.ArmedClash, comalapa, sunday.Add(7*time.Hour), model.TimeMinute, 6, -1,
		"Elementos del Ejército localizaron a las 07:00 horas de este domingo seis cuerpos sin vida en el ejido Paso Hondo, tras un enfrentamiento entre grupos delictivos.")
	second := face("c-0", model.ArmedClash, comalapa, sunday.Add(7*time.Hour), model.TimeMinute, 2, -1,
		"A las 07:00 horas de este domingo, soldados y hombres armados se enfrentaron en la cabecera municipal; murieron dos agresores.")
	elsewhere := face("d-0", model.ArmedClash, chicomuselo, sunday.Add(7*time.Hour), model.TimeMinute, 6, -1,
		"Elementos del Ejército localizaron a las 07:00 horas de este domingo seis cuerpos sin vida en Chicomuselo, tras un enfrentamiento entre grupos delictivos.")
	runOrders(t, []slipCase{
		{"the dead found after the clash", []Item{clash, found}, [][2]string{{"a-0", "b-0"}}, nil},
		{"another clash at the finding's hour", []Item{clash, second}, nil, [][2]string{{"a-0", "c-0"}}},
		{"a finding in the neighbouring municipality", []Item{clash, elsewhere}, nil, [][2]string{{"a-0", "d-0"}}},
	})
}

// TestDayNamedBefore: a report dated the day after that names the day of
// the act as "el mismo sábado", "ayer sábado" or "last Saturday" reaches
// back to it, as "el sábado" does; a Sunday attack told "este domingo"
// stays apart from Saturday's.
func TestDayNamedBefore(t *testing.T) {
	sat := culiacan.midnight(facesDay.AddDate(0, 0, 1)) // told to the day, on Culiacán's clock
	sun := sat.AddDate(0, 0, 1)
	station := func(id string, at time.Time, text string) Item {
		return tolled(item(id, id[:1], "Diario "+id[:1], model.BusinessAttack, culiacan, at, model.TimeDay, at.Add(13*time.Hour), text), -1, 0, -1)
	}
	saturday := station("a-0", sat, "CULIACÁN, Sin.- Hombres armados dispararon contra una gasolinera del bulevar Zapata, en la colonia Humaya, y prendieron fuego a una de las bombas despachadoras la mañana de este sábado; no hubo lesionados.")
	same := station("b-0", sun, "Dos ciudades del noroeste registraron ataques armados contra comercios el mismo sábado. En Culiacán, sujetos armados balearon una gasolinera del bulevar Zapata, en la colonia Humaya, e incendiaron una bomba despachadora por la mañana.")
	yesterday := station("c-0", sun, "En Culiacán, ayer sábado por la mañana hombres armados balearon una gasolinera del bulevar Zapata, en la colonia Humaya, y le prendieron fuego a una de las bombas despachadoras.")
	sunday := station("d-0", sun, "CULIACÁN, Sin.- Hombres armados dispararon contra una gasolinera del bulevar Zapata, en la colonia Humaya, y prendieron fuego a una bomba despachadora la mañana de este domingo; no hubo lesionados.")
	runOrders(t, []slipCase{
		{"el mismo sábado", []Item{saturday, same}, [][2]string{{"a-0", "b-0"}}, nil},
		{"ayer sábado", []Item{saturday, yesterday}, [][2]string{{"a-0", "c-0"}}, nil},
		{"este domingo", []Item{saturday, sunday}, nil, [][2]string{{"a-0", "d-0"}}},
	})
}

// TestFireKilling: a man who died in his house set on fire is an arson
// for the local paper and a homicide for the prosecutors, who found his
// body in it shot (kinFamilies, branch ftype30): one act when the toll
// and the colonia agree. A man shot dead in another colonia that night,
// and a house burned with no one dead, stay apart.
func TestFireKilling(t *testing.T) {
	night := facesDay.Add(21 * time.Hour)
	fire := face("a-0", model.Arson, culiacan, night, model.TimeDay, 1, -1,
		"CULIACÁN, Sin.- Un hombre murió la noche del viernes dentro de su casa, en la colonia Tierra Blanca, luego de que desconocidos le prendieran fuego a la vivienda.")
	body := face("b-0", model.Homicide, culiacan, night, model.TimeDay, 1, -1,
		"La Fiscalía informa que el viernes, en la colonia Tierra Blanca de Culiacán, fue localizado el cuerpo de un hombre en el interior de una vivienda siniestrada, con lesiones por arma de fuego.")
	street := face("c-0", model.Homicide, culiacan, night, model.TimeDay, 1, -1,
		"CULIACÁN, Sin.- Un hombre fue asesinado a balazos la noche del viernes en la colonia Bachigualato.")
	empty := face("d-0", model.Arson, culiacan, night, model.TimeDay, -1, -1,
		"CULIACÁN, Sin.- Desconocidos prendieron fuego a una vivienda deshabitada la noche del viernes en la colonia Las Quintas.")
	runOrders(t, []slipCase{
		{"a fire's dead told as a homicide", []Item{fire, body}, [][2]string{{"a-0", "b-0"}}, nil},
		{"a killing in another colonia", []Item{fire, street}, nil, [][2]string{{"a-0", "c-0"}}},
		{"a house burned with no one dead", []Item{empty, street}, nil, [][2]string{{"d-0", "c-0"}}},
	})
}
