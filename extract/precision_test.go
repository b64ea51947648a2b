package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestIncidentPrecision checks the labelling rules on what makes one
// incident (testdata/gold/README.md): an act told again, described or
// counted in an overview is not a second incident, and the type of a
// killing follows the scene.
func TestIncidentPrecision(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 3, 2, 10, 0, 0, 0, mexico)
	tests := []struct {
		name string
		text string
		want []model.IncidentType // the non-tally incidents' types in order
		// tallies is the number of tally incidents wanted.
		tallies int
	}{
		// Gunmen shooting people in a venue, a gathering or a patrol, or
		// killing some and wounding others, attack them; a killing with
		// no such scene stays a homicide.
		{name: "bar, killed and wounded",
			text: "Cinco personas murieron y tres resultaron heridas cuando un comando irrumpió la noche del lunes en un bar de Celaya, Guanajuato, y abrió fuego.",
			want: []model.IncidentType{model.ArmedAttack}},
		{name: "car wash",
			text: "Gunmen killed three workers at a car wash in Celaya, Guanajuato, on Monday night.",
			want: []model.IncidentType{model.ArmedAttack}},
		{name: "patrol",
			text: "Dos policías estatales murieron la tarde del lunes cuando hombres armados atacaron su patrulla en Uruapan, Michoacán.",
			want: []model.IncidentType{model.ArmedAttack}},
		{name: "gathering at home",
			text: "Cuatro hombres fueron asesinados a balazos el lunes en Fresnillo, Zacatecas, cuando estaban en una reunión en un domicilio y llegaron sujetos armados.",
			want: []model.IncidentType{model.ArmedAttack}},
		{name: "toll of an armed attack on a bar",
			text: "Cuatro personas murieron tras el ataque armado de la noche del lunes contra un bar en Celaya, Guanajuato. Una de las dos personas heridas falleció en el hospital.",
			want: []model.IncidentType{model.ArmedAttack}},
		{name: "killing in a street",
			text: "Hombres armados asesinaron a dos hombres en una calle de Culiacán, Sinaloa, la noche del lunes.",
			want: []model.IncidentType{model.Homicide}},
		{name: "one man outside a bar",
			text: "Hombres armados asesinaron a un hombre afuera de un bar de Celaya, Guanajuato, la noche del lunes.",
			want: []model.IncidentType{model.Homicide}},
		{name: "bodies found",
			text: "Localizan los cuerpos de tres hombres en un camino de terracería de Uruapan, Michoacán, este lunes.",
			want: []model.IncidentType{model.Homicide}},
		// Acts told as going on for weeks are the report's background.
		{name: "clashes for more than a week",
			text: "Residents have reported clashes between rival criminal groups in the hills around Uruapan, Michoacán, for more than a week, and several families have left.",
			want: nil},
		{name: "shootings for weeks",
			text: "Vecinos de Culiacán, Sinaloa, denuncian que desde hace semanas hay balaceras en las colonias del oriente.",
			want: nil},
		{name: "an act beside its background",
			text: "Dos hombres murieron en un enfrentamiento en Culiacán, Sinaloa, este lunes; los vecinos dicen que los tiroteos se repiten desde hace semanas.",
			want: []model.IncidentType{model.ArmedClash}},
		// A heat alert is weather, not violence.
		{name: "heat alert",
			text: "HEAT ALERT | Civil protection authorities issued a red alert for extreme heat in Culiacán, Sinaloa, with highs of up to 45°C expected through Friday.",
			want: nil},
		{name: "alerta por calor",
			text: "Protección Civil emitió una alerta roja por calor extremo en Culiacán, Sinaloa, con máximas de hasta 45 grados hasta el viernes.",
			want: nil},
		// An act ruled out is negated.
		{name: "ruled out",
			text: "The governor of Sinaloa on Monday ruled out any deployment of US troops in Culiacán.",
			want: nil},
		// A tally's acts described by state are the tally's; an act in a
		// municipality beside it is an incident of its own.
		{name: "tally described by state",
			text:    "Desde la noche del domingo se han contabilizado 85 bloqueos carreteros en 12 estados del país, informó el Gabinete de Seguridad.\n\nJalisco, Michoacán y Guanajuato concentran la mayor parte de los cierres, muchos de ellos con vehículos incendiados.",
			tallies: 1},
		{name: "tally described, no place",
			text:    "Catorce bloqueos en nueve municipios dejó la noche del domingo en Jalisco, de acuerdo con el balance de las autoridades estatales.\n\nLa mayoría de los cierres ocurrieron entre las 20:00 y las 23:00 horas, con camiones incendiados.",
			tallies: 1},
		{name: "tally beside an act in a town",
			text: "Desde la noche del domingo se han contabilizado 85 bloqueos carreteros en 12 estados del país, informó el Gabinete de Seguridad.\n\nEn Zapopan, Jalisco, hombres armados atravesaron un autobús sobre la carretera a Colotlán y le prendieron fuego.",
			want: []model.IncidentType{model.Blockade}, tallies: 1},
		// The road a blockade closed is the blockade's, not a disruption;
		// classes suspended are one.
		{name: "traffic suspended",
			text: "Sujetos armados atravesaron dos tráileres y les prendieron fuego sobre la autopista en Tapalpa, Jalisco, la mañana de este lunes; la circulación estuvo suspendida casi cuatro horas.",
			want: []model.IncidentType{model.Blockade}},
		{name: "traffic suspended, next sentence",
			text: "Hombres armados incendiaron un tractocamión que bloqueó la circulación en la carretera federal 15 a la altura de Tapalpa, Jalisco, este lunes. El tránsito estuvo suspendido cerca de tres horas.",
			want: []model.IncidentType{model.Blockade}},
		{name: "classes suspended after a blockade",
			text: "Hombres armados incendiaron un tractocamión sobre la carretera a la altura de Tapalpa, Jalisco, este lunes.\n\nLa Secretaría de Educación suspendió las clases en Tapalpa el martes.",
			want: []model.IncidentType{model.Blockade, model.Disruption}},
		// An overview that counts its acts gives way to them.
		{name: "two points of a highway",
			text: "La autopista Guadalajara-Colima fue cerrada en dos puntos la noche de este lunes por bloqueos con vehículos incendiados.\n\nEl primero se registró a las 20:10 horas en Tlajomulco de Zúñiga, donde hombres armados le prendieron fuego a un tráiler sobre los carriles. Cerca de una hora más tarde, otro grupo atravesó un autobús en el kilómetro 55, ya en territorio de Acatlán de Juárez, y lo incendió.",
			want: []model.IncidentType{model.Blockade, model.Blockade}},
		{name: "two gunfights",
			text: "Seven people were killed in two separate gunfights late Monday in central Sinaloa, the state prosecutor's office said.\n\nFour men died in a clash between rival gunmen in Costa Rica, a town south of Culiacán. Less than an hour later, three more people were killed in a shootout in the neighbouring municipality of Navolato.",
			want: []model.IncidentType{model.ArmedClash, model.ArmedClash}},
		{name: "an overview in one town stays",
			text: "Hombres armados cerraron la carretera en dos puntos de Tapalpa, Jalisco, la noche del lunes con vehículos incendiados.",
			want: []model.IncidentType{model.Blockade}},
	}
	for _, tt := range tests {
		got := e.Extract(model.Report{ID: "t", Kind: model.KindNews, Text: tt.text, Published: pub})
		var types []model.IncidentType
		tallies := 0
		for _, in := range got {
			switch {
			case in.Tally:
				tallies++
			case !in.Denial:
				types = append(types, in.Type)
			}
		}
		if !slices.Equal(types, tt.want) || tallies != tt.tallies {
			t.Errorf("%s: types %v and %d tallies, want %v and %d", tt.name, types, tallies, tt.want, tt.tallies)
		}
	}
}
