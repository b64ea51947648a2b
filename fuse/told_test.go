package fuse

import (
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// Places of the fuse11 tests (seats).
var (
	lazaro   = place{"16", "Michoacán", "16052", "Lázaro Cárdenas", 17.958, -102.194}
	toldDay  = time.Date(2030, 5, 10, 0, 0, 0, 0, mexicoTZ) // a Friday
	toldEven = toldDay.Add(18*time.Hour + 20*time.Minute)
)

// TestLandmarkAndLocality: a report placed at a landmark of its text ("a
// few miles from the port") that names the other's locality as the place
// of the act ("near La Mira") tells the act at that locality; a blockade
// at another locality of the municipality an hour away whose text names
// that locality only as a road's end, or not at all, stays apart.
func TestLandmarkAndLocality(t *testing.T) {
	pub := toldDay.Add(22 * time.Hour)
	blk := func(id string, at time.Time, text string) Item {
		return item(id, id[:1], "Diario "+id[:1], model.Blockade, lazaro, at, model.TimeMinute, pub, text)
	}
	local := at(blk("a-0", toldEven, "Un grupo armado incendió dos tractocamiones en la autopista, cerca de la tenencia de La Mira, alrededor de las 18:20 horas."),
		"La Mira", 18.04, -102.33)
	wire := at(blk("b-0", toldEven, "The blockade at around 6:20 p.m. near La Mira, a few miles from the Pacific port, closed the road."),
		"", 17.93, -102.18)
	other := at(blk("c-0", toldEven.Add(-70*time.Minute), "Otro bloqueo con un autobús en llamas cerró el acceso al puerto, a las 17:10 horas."),
		"", 17.93, -102.18)
	roadTo := at(blk("d-0", toldEven.Add(-70*time.Minute), "Another bus was set on fire at the port entrance, on the highway toward La Mira, at 5:10 p.m."),
		"", 17.93, -102.18)
	runOrders(t, []slipCase{
		{"the landmark's report names the locality", []Item{local, wire}, [][2]string{{"a-0", "b-0"}}, nil},
		{"another act at the landmark", []Item{local, other}, nil, [][2]string{{"a-0", "c-0"}}},
		{"the locality as a road's end", []Item{local, roadTo}, nil, [][2]string{{"a-0", "d-0"}}},
	})
}

// TestDayBefore: a report dated the day after the act ("Road access
// reopened early Saturday after gunmen set two tractor-trailers on fire
// ... on Friday evening") joins Friday's act when its evidence tells it;
// Saturday's attack that recalls Friday's with another toll, and a
// Saturday blockade whose text does not tell Friday's, stay apart.
func TestDayBefore(t *testing.T) {
	sat := toldDay.AddDate(0, 0, 1)
	pub := sat.Add(10 * time.Hour)
	friday := item("a-0", "a", "Diario a", model.Blockade, lazaro, toldEven, model.TimeMinute, toldDay.Add(21*time.Hour),
		"At about 6:20 p.m. gunmen burned two trailers on the Siglo XXI highway near La Mira, in Lázaro Cárdenas, closing the road to the port.")
	reopened := item("b-0", "b", "Diario b", model.Blockade, lazaro, sat.Add(3*time.Hour), model.TimeDay, pub,
		"Road access to the port of Lázaro Cárdenas reopened early Saturday after gunmen set two trailers on fire on the Siglo XXI highway near La Mira on Friday evening.")
	another := item("c-0", "c", "Diario c", model.Blockade, lazaro, sat.Add(3*time.Hour), model.TimeDay, pub,
		"Vecinos de la colonia Centro bloquearon el sábado una calle de Lázaro Cárdenas para exigir agua potable.")
	shotFri := tolled(item("d-0", "d", "Diario d", model.ArmedAttack, lazaro, toldDay.Add(21*time.Hour), model.TimeDay, toldDay.Add(23*time.Hour),
		"Two men were shot dead at a taco stand in the Centro neighborhood of Lázaro Cárdenas on Friday night."), 2, -1, -1)
	shotSat := tolled(item("e-0", "e", "Diario e", model.ArmedAttack, lazaro, sat.Add(21*time.Hour), model.TimeDay, sat.Add(23*time.Hour),
		"Gunmen killed three people at a party in the Centro neighborhood of Lázaro Cárdenas on Saturday, a day after two men were shot dead at a taco stand on Friday night."), 3, -1, -1)
	runOrders(t, []slipCase{
		{"reopened the day after", []Item{friday, reopened}, [][2]string{{"a-0", "b-0"}}, nil},
		{"another blockade the day after", []Item{friday, another}, nil, [][2]string{{"a-0", "c-0"}}},
		{"the next night's attack recalls the first", []Item{shotFri, shotSat}, nil, [][2]string{{"d-0", "e-0"}}},
	})
}

// TestCarriedTo: a follow-up that names the hospital town where a victim
// died ("died in a hospital in Celaya") tells no act in that town: it
// joins the attack in its own town, not the burning in the hospital's
// town the same night.
func TestCarriedTo(t *testing.T) {
	celaya := place{"11", "Guanajuato", "11007", "Celaya", 20.523, -100.815}
	villagran := place{"11", "Guanajuato", "11044", "Villagrán", 20.515, -100.996}
	sat := toldDay.AddDate(0, 0, 1)
	shop := func(id string, p place, at time.Time, prec model.TimePrecision, killed int, text string) Item {
		return tolled(item(id, id[:1], "Diario "+id[:1], model.BusinessAttack, p, at, prec, sat.Add(8*time.Hour), text), killed, -1, -1)
	}
	followUp := shop("a-0", villagran, toldDay, model.TimeDay, 2,
		"VILLAGRÁN, Guanajuato — A second gas station attendant has died after gunmen opened fire on a filling station on the Celaya–Salamanca highway on Friday night. The man, 24, died in a hospital in Celaya on Saturday night, the state prosecutor's office said.")
	store := shop("b-0", celaya, toldDay.Add(22*time.Hour+10*time.Minute), model.TimeMinute, 0,
		"CELAYA, Gto.- Una tienda de conveniencia de la colonia Los Olivos fue incendiada a las 22:10 horas por sujetos que rociaron gasolina; no hubo lesionados.")
	store2 := shop("c-0", celaya, toldDay.Add(22*time.Hour+10*time.Minute), model.TimeMinute, 0,
		"In Celaya, Guanajuato, gunmen set fire to a convenience store on the Celaya–Salamanca highway on Friday night, the state prosecutor's office said; nobody was hurt.")
	station := shop("d-0", villagran, toldDay.Add(23*time.Hour), model.TimeHour, 1,
		"Cerca de las 23:00 horas, en Villagrán, hombres armados dispararon contra una gasolinera sobre la carretera Celaya–Salamanca; murió un despachador.")
	runOrders(t, []slipCase{
		{"the hospital's town", []Item{followUp, store, store2, station},
			[][2]string{{"a-0", "d-0"}, {"b-0", "c-0"}}, [][2]string{{"a-0", "b-0"}, {"a-0", "c-0"}}},
		{"the hospital's town alone", []Item{followUp, store2},
			nil, [][2]string{{"a-0", "c-0"}}},
	})
}

// TestFacesOfOneAct: outlets name one act differently — a shooting at a
// bar one tells as an attack on a business and another as a homicide,
// an ambush one calls a clash and another a killing, burned trucks one
// calls a blockade and another arson — and the reports join when what
// they tell agrees (the toll; the vehicles). A killing in the same town
// the same night with another toll, and a store set on fire when the
// trucks burned, stay apart. (Two killings of one type, town and day
// with different tolls are joined: counts alone do not tell two acts.)
func TestFacesOfOneAct(t *testing.T) {
	irapuato := place{"11", "Guanajuato", "11017", "Irapuato", 20.674, -101.355}
	sat := toldDay.AddDate(0, 0, 1)
	pub := sat.Add(9 * time.Hour)
	night := toldDay.Add(23*time.Hour + 30*time.Minute)
	shot := func(id string, typ model.IncidentType, at time.Time, prec model.TimePrecision, killed, injured int, text string) Item {
		return tolled(item(id, id[:1], "Diario "+id[:1], typ, irapuato, at, prec, pub, text), killed, injured, -1)
	}
	bar := shot("a-0", model.BusinessAttack, night, model.TimeMinute, 5, 2,
		"A las 23:30 horas, sujetos armados irrumpieron en un bar del centro de Irapuato y dispararon contra los clientes; murieron cinco personas y dos más resultaron heridas.")
	killing := shot("b-0", model.Homicide, toldDay.Add(22*time.Hour), model.TimeDay, 5, -1,
		"Five people were killed late Friday in Irapuato, in the central state of Guanajuato, prosecutors said.")
	other := shot("c-0", model.Homicide, toldDay.Add(22*time.Hour), model.TimeDay, 1, -1,
		"A man was shot dead on Friday night in a street of Irapuato, police said.")
	ambush := shot("d-0", model.ArmedAttack, toldDay.Add(5*time.Hour+40*time.Minute), model.TimeMinute, 3, 2,
		"Tres policías murieron y dos resultaron heridos cuando hombres armados emboscaron su patrulla a las 05:40 horas en Irapuato.")
	clash := shot("e-0", model.ArmedClash, toldDay.Add(6*time.Hour+30*time.Minute), model.TimeHour, 3, 2,
		"Three police officers were killed and two wounded in a gunfight with armed men at around 6:30 a.m. in Irapuato.")
	blk := func(id string, typ model.IncidentType, at time.Time, prec model.TimePrecision, text string) Item {
		return item(id, id[:1], "Diario "+id[:1], typ, irapuato, at, prec, pub, text)
	}
	trucks := blk("f-0", model.Blockade, toldDay.Add(20*time.Hour), model.TimeMinute,
		"A las 20:00 horas, hombres armados atravesaron e incendiaron dos tractocamiones en el bulevar de Irapuato.")
	arson := blk("g-0", model.Arson, toldDay.Add(21*time.Hour), model.TimeHour,
		"Gunmen set fire to two tractor-trailers on a boulevard in Irapuato at around 9 p.m., police said.")
	store := blk("h-0", model.Arson, toldDay.Add(21*time.Hour), model.TimeHour,
		"Gunmen set fire to a convenience store in Irapuato at around 9 p.m., police said.")
	barOne := shot("i-0", model.BusinessAttack, night, model.TimeMinute, 1, -1,
		"A las 23:30 horas, un sujeto armado disparó contra un cliente de la cantina El Farolito, en la colonia Centro de Irapuato; el hombre murió en el lugar.")
	killedInBar := shot("j-0", model.Homicide, toldDay.Add(22*time.Hour), model.TimeDay, 1, -1,
		"A man was shot dead late Friday at El Farolito, a bar in central Irapuato, police said.")
	killedInStreet := shot("k-0", model.Homicide, toldDay.Add(22*time.Hour), model.TimeDay, 1, -1,
		"A man was shot dead late Friday on a street of central Irapuato, police said.")
	runOrders(t, []slipCase{
		{"a bar shooting told as a homicide", []Item{bar, killing}, [][2]string{{"a-0", "b-0"}}, nil},
		{"one dead at a bar told as a homicide", []Item{barOne, killedInBar}, [][2]string{{"i-0", "j-0"}}, nil},
		{"one dead in the street", []Item{barOne, killedInStreet}, nil, [][2]string{{"i-0", "k-0"}}},
		{"a killing with another toll", []Item{bar, other}, nil, [][2]string{{"a-0", "c-0"}}},
		{"an ambush told as a clash", []Item{ambush, clash}, [][2]string{{"d-0", "e-0"}}, nil},
		{"burned trucks told as arson", []Item{trucks, arson}, [][2]string{{"f-0", "g-0"}}, nil},
		{"a store set on fire when the trucks burned", []Item{trucks, store}, nil, [][2]string{{"f-0", "h-0"}}},
	})
}

// FuzzTold: reading untrusted evidence for the day it names, the things
// it names, a locality it names and a hospital town never panics, and
// what it finds is found in the text.
func FuzzTold(f *testing.F) {
	for _, s := range []string{"on Friday evening", "la noche del viernes", "cerca de la tenencia de La Mira", "hospital in Celaya",
		"dos tractocamiones y una tienda", "sábado\xff", "localizaron seis cuerpos tras", "dos policías", "el", "Á viernes", " bar ",
		"CULIACÁN, Sin.- en la colonia", "una hora después", "in Zacatecas"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ev := []model.Span{{Text: text}}
		for d := time.Sunday; d <= time.Saturday; d++ {
			if namesDay(ev, d) && !strings.Contains(text, weekdayNames[d][0]) && !strings.Contains(text, weekdayNames[d][1]) &&
				(len(weekdayNames[d]) < 3 || !strings.Contains(text, weekdayNames[d][2])) {
				t.Fatalf("namesDay(%q, %v) without the day's name", text, d)
			}
		}
		m := &member{it: Item{Incident: model.Incident{Evidence: ev}}}
		if o := m.objects(); o != 0 && len(text) < 3 {
			t.Fatalf("objects %b in %q", o, text)
		}
		if _, _, v := evidenceTokens(foldSpans(ev)); v != 0 && len(text) < 4 {
			t.Fatalf("victims %b in %q", v, text)
		}
		if m.foundAfter() && len(text) < 9 {
			t.Fatalf("a finding after an act in %q", text)
		}
		_ = namesLocalityOf(m, &member{locality: "la mira"})
		_ = carriedTo(text)
		if st := datelineState(text); st != "" && !strings.Contains(text, ",") {
			t.Fatalf("datelineState(%q) = %q without a comma", text, st)
		}
		if m.relative() > 0 && len(text) < 9 {
			t.Fatalf("a time told from another's in %q", text)
		}
		m.muniName = "zacatecas"
		_ = stateNamed(m)
		_ = namesOwnTown(m)
	})
}
