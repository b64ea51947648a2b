package fuse

import (
	"slices"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestColonias: the neighbourhoods a text places something in.
func TestColonias(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Un hombre fue baleado en la colonia Las Palmas, al oriente de la ciudad.", []string{"las palmas"}},
		{"A shopkeeper was shot in the Lomas del Valle neighborhood of Celaya.", []string{"lomas del valle"}},
		{"Atacaron una tienda en la col. Loma Bonita y después un taller en el fraccionamiento Villas del Sol.", []string{"loma bonita", "villas del sol"}},
		{"Balacera en la colonia 20 de Noviembre.", []string{"20 de noviembre"}},
		{"Los disparos se escucharon en la colonia Centro y en la colonia Centro de nuevo.", nil},
		{"Residents of the neighborhood said they heard shots.", nil},
		{"en la colonia, los vecinos", nil},
		{"COLIMA, Col.- Cinco personas fueron asesinadas.", nil},
		{"sin mayúsculas en la colonia las palmas", nil},
	} {
		if got := appendColonias(nil, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("appendColonias(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestColoniasApart: two reports told to the minute of acts in one
// town a quarter of an hour apart, each naming one colonia and not the
// same, are two acts (a shooting in one colonia, a store attacked in
// another); the same colonia told in two languages and under two types
// is one, and so is a report told to the day that names another colonia
// beside (the arrests in one for the attack in another).
func TestColoniasApart(t *testing.T) {
	at := func(h, m int) time.Time { return lagDay.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute) }
	pub := lagDay.AddDate(0, 0, 1)
	mk := func(id string, typ model.IncidentType, when time.Time, prec model.TimePrecision, text string) Item {
		return item(id, id[:1], "Diario "+id[:1], typ, leon, when, prec, pub, text)
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
