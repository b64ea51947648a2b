package fuse

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestEveningAgainstNight: a night told as a day ("la noche del jueves")
// and a shooting at a clock of that day's evening, before eveningUntil,
// are two acts, in every order, so the night's own clock still joins the
// night; a burning at that hour beside a night of burnings is one act
// (a wave of burnings that outlets tell as the night).
func TestEveningAgainstNight(t *testing.T) {
	night := tolled(item("a-0", "a", "Diario a", model.ArmedAttack, jerez, thursdayPM, model.TimeDay, nightPub,
		"Cuatro personas murieron la noche del jueves en un ataque armado contra los clientes de un bar del centro de Jerez."), 4, -1, -1)
	evening := tolled(item("b-0", "b", "Alerta b", model.ArmedAttack, jerez, nightDay.Add(17*time.Hour+30*time.Minute), model.TimeMinute, nightPub,
		"Cerca de las 17:30 horas, sujetos armados llegaron a pie y dispararon contra dos hombres en la colonia Centro de Jerez."), 2, -1, -1)
	late := tolled(item("c-0", "c", "Alerta c", model.ArmedAttack, jerez, thursdayPM.Add(2*time.Hour+15*time.Minute), model.TimeMinute, nightPub,
		"A las 23:15 se reportan disparos y cuatro muertos dentro de un bar del centro de Jerez."), 4, -1, -1)
	burnt := item("d-0", "d", "Diario d", model.Blockade, jerez, thursdayPM, model.TimeDay, nightPub,
		"Anoche, hombres armados incendiaron un tráiler en la carretera a Fresnillo, a la salida de Jerez.")
	dusk := item("e-0", "e", "Alerta e", model.Blockade, jerez, nightDay.Add(18*time.Hour+30*time.Minute), model.TimeMinute, nightPub,
		"Alrededor de las 18:30 horas, hombres armados incendiaron un tráiler en la carretera a Fresnillo, a la salida de Jerez.")
	// In January the sun has set by 18:30: the night may be told from
	// then.
	janDay := time.Date(2038, 1, 14, 0, 0, 0, 0, mexicoTZ)
	janNight := tolled(item("f-0", "f", "Diario f", model.ArmedAttack, jerez, janDay.Add(21*time.Hour), model.TimeDay, janDay.AddDate(0, 0, 1).Add(9*time.Hour),
		"Dos hombres murieron anoche en un ataque armado en la colonia Centro de Jerez."), 2, -1, -1)
	janDusk := tolled(item("g-0", "g", "Alerta g", model.ArmedAttack, jerez, janDay.Add(18*time.Hour+30*time.Minute), model.TimeMinute, janDay.AddDate(0, 0, 1).Add(9*time.Hour),
		"Alrededor de las 18:30 horas, dos hombres murieron en un ataque armado en la colonia Centro de Jerez."), 2, -1, -1)
	runOrders(t, []slipCase{
		{"the evening's shooting", []Item{night, evening}, nil, [][2]string{{"a-0", "b-0"}}},
		{"a shooting after a January sunset", []Item{janNight, janDusk}, [][2]string{{"f-0", "g-0"}}, nil},
		{"the night's clock, with the evening's shooting", []Item{night, evening, late}, [][2]string{{"a-0", "c-0"}}, [][2]string{{"a-0", "b-0"}, {"b-0", "c-0"}}},
		{"a burning at dusk", []Item{burnt, dusk}, [][2]string{{"d-0", "e-0"}}, nil},
	})
}

// TestSunset checks sunset against the almanac's times, to a few
// minutes: Mexico City at the solstices, Tijuana in January.
func TestSunset(t *testing.T) {
	tests := []struct {
		day      time.Time
		lat, lon float64
		want     string // local time, UTC-6 for Mexico City, UTC-8 for Tijuana
		zone     int
	}{
		{time.Date(2041, 6, 21, 0, 0, 0, 0, time.UTC), 19.43, -99.13, "19:18", -6},
		{time.Date(2041, 12, 21, 0, 0, 0, 0, time.UTC), 19.43, -99.13, "18:05", -6},
		{time.Date(2029, 1, 8, 0, 0, 0, 0, time.UTC), 32.53, -117.04, "16:57", -8},
	}
	for _, tt := range tests {
		got := sunset(tt.day, tt.lat, tt.lon).In(time.FixedZone("", tt.zone*3600))
		want, _ := time.ParseInLocation("15:04", tt.want, time.UTC)
		gm := got.Hour()*60 + got.Minute()
		wm := want.Hour()*60 + want.Minute()
		if gm-wm > 8 || wm-gm > 8 {
			t.Errorf("sunset(%s, %.2f, %.2f) = %s, want about %s", tt.day.Format(time.DateOnly), tt.lat, tt.lon, got.Format("15:04"), tt.want)
		}
	}
}

// TestPremisesApart: two shootings inside premises of different kinds
// (a bar, a car wash) are two acts; a store or a petrol station does not
// part shootings (it is as often the landmark of a killing in the
// street), but still parts two attacks on businesses.
func TestPremisesApart(t *testing.T) {
	day := nightDay.Add(12 * time.Hour)
	mk := func(typ model.IncidentType, text string) *member {
		it := item("x-0", "x", "x", typ, jerez, day, model.TimeDay, nightPub, text)
		return &member{it: it}
	}
	tests := []struct {
		name  string
		a, b  *member
		apart bool
	}{
		{"bar and car wash shootings",
			mk(model.ArmedAttack, "Hombres armados dispararon contra los clientes de un bar del centro."),
			mk(model.Homicide, "Dos hombres fueron asesinados en un autolavado del fraccionamiento Villas."), true},
		{"a taco stand and a workshop",
			mk(model.ArmedAttack, "Atacaron a balazos un puesto de tacos de la colonia Centro."),
			mk(model.ArmedAttack, "Tres hombres fueron atacados en un taller mecánico de la colonia Bellavista."), true},
		{"one bar",
			mk(model.ArmedAttack, "Hombres armados dispararon contra los clientes de un bar del centro."),
			mk(model.BusinessAttack, "Un comando atacó una cantina y un bar del centro."), false},
		{"a store is a landmark of a shooting",
			mk(model.Homicide, "Dos hombres fueron asesinados frente a una tienda de abarrotes."),
			mk(model.Homicide, "Dos hombres fueron ejecutados afuera de un bar de playa."), false},
		{"a store and a bar burnt",
			mk(model.BusinessAttack, "Incendiaron una tienda de conveniencia."),
			mk(model.BusinessAttack, "Incendiaron un bar de la zona centro."), true},
		{"guests of a party and young men at a court",
			mk(model.ArmedAttack, "Un comando irrumpió en una fiesta familiar en un domicilio y disparó contra los invitados."),
			mk(model.ArmedAttack, "Sujetos en motocicleta dispararon contra jóvenes que jugaban en una cancha de basquetbol."), true},
		{"a birthday party and a workshop",
			mk(model.ArmedAttack, "Gunmen burst into a birthday party at a home and shot the guests."),
			mk(model.Homicide, "Two men were shot dead at a repair shop in the Bellavista district."), true},
		{"one party, told twice",
			mk(model.ArmedAttack, "Gunmen opened fire on guests at a party at a home late Saturday."),
			mk(model.ArmedAttack, "Atacaron a balazos a los asistentes a un festejo de cumpleaños."), false},
		{"a party in a bar is the bar's",
			mk(model.ArmedAttack, "Dispararon contra los asistentes a una fiesta en un bar del centro."),
			mk(model.ArmedAttack, "Hombres armados atacaron a los clientes de un bar del centro."), false},
		{"a party official is no party",
			mk(model.Homicide, "Gunmen killed a party official outside his home."),
			mk(model.Homicide, "Un hombre fue asesinado en una cancha de futbol."), false},
		{"a blockade names no premises that part it",
			mk(model.Blockade, "Quemaron un autobús frente a un restaurante."),
			mk(model.Blockade, "Quemaron un autobús frente a un autolavado."), false},
	}
	for _, tt := range tests {
		if got := premisesApart(tt.a, tt.b); got != tt.apart {
			t.Errorf("%s: premisesApart = %v, want %v", tt.name, got, tt.apart)
		}
	}
}
