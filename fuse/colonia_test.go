package fuse

import (
	"slices"
	"testing"
	"time"

	"github.com/atalaya/atalaya/extract/colonia"
	"github.com/atalaya/atalaya/model"
)

// TestColoniasApart: two reports told to the minute of acts in one
// town a quarter of an hour apart, each naming one colonia and not the
// same, are two acts (a shooting in one colonia, a store attacked in
// another); the same colonia told in two languages and under two types
// is one, and so is a report told to the day that names another colonia
// beside (the arrests in one for the attack in another). The colonias
// are read as extraction reads them (extract.Neighborhood).
func TestColoniasApart(t *testing.T) {
	at := func(h, m int) time.Time { return lagDay.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute) }
	pub := lagDay.AddDate(0, 0, 1)
	mk := func(id string, typ model.IncidentType, when time.Time, prec model.TimePrecision, text string) Item {
		it := item(id, id[:1], "Diario "+id[:1], typ, leon, when, prec, pub, text)
		it.Incident.Location.Neighborhood = colonia.Of(it.Incident.Evidence) // as extraction reads it
		return it
	}
	store := mk("a-0", model.BusinessAttack, at(21, 40), model.TimeMinute,
		"A las 21:40 horas, dos hombres dispararon contra una tienda de abarrotes de la colonia Las Palmas, en León.")
	storeEN := mk("b-0", model.ArmedAttack, at(21, 45), model.TimeMinute,
		"At about 9:45 p.m., two gunmen opened fire on a grocery store in the Las Palmas neighborhood of León.")
	street := mk("c-0", model.ArmedAttack, at(21, 55), model.TimeMinute,
		"A las 21:55 horas, un joven fue herido a balazos en una calle de la colonia San Isidro, en León.")
	arrests := mk("d-0", model.BusinessAttack, at(22, 0), model.TimeDay,
		"Police arrested two men in the San Isidro neighborhood after gunmen shot at a grocery store in Las Palmas on Tuesday night.")
	runOrders(t, []slipCase{
		{"a store and a street of another colonia", []Item{store, street}, nil, [][2]string{{"a-0", "c-0"}}},
		{"one store told in two languages", []Item{store, storeEN, street}, [][2]string{{"a-0", "b-0"}}, [][2]string{{"b-0", "c-0"}}},
		{"a report told to the day naming two colonias", []Item{store, arrests}, [][2]string{{"a-0", "d-0"}}, nil},
	})
}

// TestNeighborhoodConsensus: an event takes the colonia of its most
// precise members in its municipality, and lists two colonias named for
// one act as a contradiction; a member with none names none.
func TestNeighborhoodConsensus(t *testing.T) {
	at := func(h, m int) time.Time { return lagDay.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute) }
	pub := lagDay.AddDate(0, 0, 1)
	mk := func(id string, when time.Time, prec model.TimePrecision, text string) Item {
		it := item(id, id[:1], "Diario "+id[:1], model.ArmedAttack, leon, when, prec, pub, text)
		it.Incident.Location.Basis = model.BasisText
		it.Incident.Location.Neighborhood = colonia.Of(it.Incident.Evidence)
		return it
	}
	minute := mk("a-0", at(21, 40), model.TimeMinute,
		"A las 21:40 horas, dos hombres dispararon contra un joven en una calle de la colonia Las Palmas, en León.")
	same := mk("b-0", at(21, 0), model.TimeDay,
		"Un joven fue herido a balazos la noche del martes en la colonia Las Palmas, en León.")
	other := mk("c-0", at(21, 0), model.TimeDay,
		"Un joven fue herido a balazos la noche del martes en la colonia San Isidro, en León.")
	none := mk("d-0", at(21, 0), model.TimeDay,
		"Un joven fue herido a balazos la noche del martes en León.")
	for _, tc := range []struct {
		name  string
		items []Item
		want  string
		con   []string // the colonias contradicting, in order
	}{
		{"one colonia told twice", []Item{minute, same}, "Las Palmas", nil},
		{"the report to the minute names another", []Item{other, minute}, "Las Palmas", []string{"San Isidro", "Las Palmas"}},
		{"one report names one", []Item{none, other}, "San Isidro", nil},
		{"no report names one", []Item{none}, "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			events := fuseAll(t, DefaultConfig(), tc.items)
			if len(events) != 1 {
				t.Fatalf("%d events, want 1", len(events))
			}
			for _, ev := range events {
				if ev.Location.Neighborhood != tc.want {
					t.Errorf("neighborhood %q, want %q", ev.Location.Neighborhood, tc.want)
				}
				var con []string
				for _, c := range ev.Contradictions {
					if c.Field != "neighborhood" {
						continue
					}
					for _, v := range c.Values {
						con = append(con, v.Value)
					}
				}
				if !slices.Equal(con, tc.con) {
					t.Errorf("neighborhood contradiction %q, want %q", con, tc.con)
				}
			}
		})
	}
}

// TestColoniasOwn: two colonias of one town part two reports for the pair
// model when one is told to the minute and neither names the other's
// colonia; not when both are told to the day, when one names both, when
// they name one colonia, or when they are of two towns.
func TestColoniasOwn(t *testing.T) {
	pub := lagDay.AddDate(0, 0, 1)
	mk := func(id string, p place, when time.Time, prec model.TimePrecision, text string) Item {
		it := item(id, id[:1], "Diario "+id[:1], model.Homicide, p, when, prec, pub, text)
		it.Incident.Location.Neighborhood = colonia.Of(it.Incident.Evidence)
		return it
	}
	night := lagDay.Add(22 * time.Hour)
	minute := mk("a-0", leon, lagDay.Add(20*time.Hour+15*time.Minute), model.TimeMinute,
		"A las 20:15 horas, un hombre fue asesinado a tiros frente a su vivienda en la colonia Las Joyas, en León.")
	other := mk("b-0", leon, night, model.TimeDay,
		"Un hombre fue asesinado a tiros la noche del martes en la colonia San Juan de Dios, en León.")
	otherDay := mk("c-0", leon, night, model.TimeDay,
		"Un hombre fue asesinado a tiros la noche del martes en la colonia Las Flores, en León.")
	both := mk("d-0", leon, night, model.TimeDay,
		"Detuvieron en la colonia San Juan de Dios a dos hombres por el homicidio cometido en la colonia Las Joyas, en León.")
	both.Incident.Location.Neighborhood = "San Juan de Dios" // the arrests', as extraction may read it
	same := mk("e-0", leon, night, model.TimeDay,
		"Un hombre fue asesinado a tiros la noche del martes en la colonia Las Joyas, en León.")
	elsewhere := mk("f-0", fresnillo, night, model.TimeDay,
		"Un hombre fue asesinado a tiros la noche del martes en la colonia San Juan de Dios, en Fresnillo.")
	f := New(DefaultConfig(), nil)
	for _, tc := range []struct {
		name string
		a, b Item
		want bool
	}{
		{"a colonia told to the minute, another to the day", minute, other, true},
		{"the other way round", other, minute, true},
		{"two colonias told to the day", other, otherDay, false},
		{"a report naming both colonias", minute, both, false},
		{"one colonia", minute, same, false},
		{"two towns", minute, elsewhere, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := coloniasOwn(f.newMember(tc.a), f.newMember(tc.b)); got != tc.want {
				t.Errorf("coloniasOwn = %v, want %v", got, tc.want)
			}
		})
	}
}
