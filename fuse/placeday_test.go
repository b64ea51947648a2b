package fuse

import (
	"fmt"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestPlaceDay: a day-precision report means that day on its place's
// calendar (model.Location.Day), as extraction stores it (midnight at the
// place): it joins a minute report of any hour of that local day, in
// either arrival order and resumed, and not an act of the day after there.
// A report with no place keeps Mexico City's day.
func TestPlaceDay(t *testing.T) {
	sin := (&model.Location{StateCode: "25", MunicipalityCode: "25006"}).Zone()
	tij := (&model.Location{StateCode: "02", MunicipalityCode: "02004"}).Zone()
	cun := (&model.Location{StateCode: "23", MunicipalityCode: "23005"}).Zone()
	cancun := place{"23", "Quintana Roo", "23005", "Benito Juárez", 21.161, -86.851}
	pub := func(z *time.Location) time.Time { return time.Date(2027, 3, 10, 9, 0, 0, 0, z) }
	hom := func(id string, p place, at time.Time, prec model.TimePrecision, text string) Item {
		return tolled(item(id, id[:1], "Diario "+id[:1], model.Homicide, p, at, prec, pub(at.Location()), text), 1, -1, -1)
	}
	day := func(z *time.Location, d int) time.Time { return time.Date(2027, 3, d, 0, 0, 0, 0, z) }
	// tijuanaNight: an act at hour h on Tuesday the 9th in Tijuana joins
	// the day report of the 9th, not that of the 10th.
	tijuanaNight := func(h int, name string) slipCase {
		return slipCase{name, []Item{
			hom("a-0", tijuana, time.Date(2027, 3, 9, h, 0, 0, 0, tij), model.TimeMinute,
				fmt.Sprintf("A las %d:00 horas del martes, hombres armados asesinaron a un hombre en la colonia Libertad de Tijuana.", h)),
			hom("b-0", tijuana, day(tij, 9), model.TimeDay,
				"Un hombre fue asesinado a balazos el martes en la colonia Libertad de Tijuana."),
			hom("c-0", tijuana, day(tij, 10), model.TimeDay,
				"Un hombre fue asesinado a balazos el miércoles en la colonia Libertad de Tijuana."),
		}, [][2]string{{"a-0", "b-0"}}, [][2]string{{"a-0", "c-0"}}}
	}
	runOrders(t, []slipCase{
		{"Culiacán 23:30 and the day report of that date", []Item{
			hom("a-0", culiacan, time.Date(2027, 3, 9, 23, 30, 0, 0, sin), model.TimeMinute,
				"A las 23:30 horas del martes, hombres armados asesinaron a un hombre en la colonia Centro de Culiacán."),
			hom("b-0", culiacan, day(sin, 9), model.TimeDay,
				"Un hombre fue asesinado a balazos el martes en la colonia Centro de Culiacán."),
		}, [][2]string{{"a-0", "b-0"}}, nil},
		{"Culiacán 23:55 and the day report of that date", []Item{
			hom("a-0", culiacan, time.Date(2027, 3, 9, 23, 55, 0, 0, sin), model.TimeMinute,
				"A las 23:55 horas del martes, hombres armados asesinaron a un hombre en la colonia Centro de Culiacán."),
			hom("b-0", culiacan, day(sin, 9), model.TimeDay,
				"Un hombre fue asesinado a balazos el martes en la colonia Centro de Culiacán."),
		}, [][2]string{{"a-0", "b-0"}}, nil},
		tijuanaNight(22, "Tijuana 22:00 on the 9th is the 9th (00:00 on the 10th in Mexico City)"),
		tijuanaNight(23, "Tijuana 23:00 on the 9th is the 9th"),
		{"Cancún 00:30 on the 10th is the 10th (23:30 on the 9th in Mexico City)", []Item{
			hom("a-0", cancun, time.Date(2027, 3, 10, 0, 30, 0, 0, cun), model.TimeMinute,
				"A las 00:30 horas del miércoles, hombres armados asesinaron a un hombre en la Supermanzana 200 de Cancún."),
			hom("b-0", cancun, day(cun, 10), model.TimeDay,
				"Un hombre fue asesinado a balazos el miércoles en la Supermanzana 200 de Cancún."),
		}, [][2]string{{"a-0", "b-0"}}, nil},
	})
}
