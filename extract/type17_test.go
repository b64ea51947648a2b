package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestType17 checks that one act is typed alike however an outlet tells
// it (acttype17.go), with near misses of the neighbouring type. The
// sentences are written for the test.
func TestType17(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 3, 2, 10, 0, 0, 0, mexico)
	aa, hom := []model.IncidentType{model.ArmedAttack}, []model.IncidentType{model.Homicide}
	tests := []struct {
		name string
		text string
		want []model.IncidentType
	}{
		// The people of a place of gathering, however the place is tied
		// to them (gold README: shootings at a place).
		{"stormed a party", "Gunmen stormed a birthday party in Celaya on Saturday night, killing three guests.", aa},
		{"irrumpen en anexo", "Sujetos armados irrumpieron en un anexo de Irapuato la noche del sábado y mataron a cinco internos.", aa},
		{"ataque a taqueria", "Matan a tres en ataque a una taquería de Celaya.", aa},
		{"workers of a car wash", "Tres empleados de un autolavado fueron asesinados a balazos en Uruapan este lunes.", aa},
		{"rehabilitation centre", "Gunmen killed five men at a drug rehabilitation centre in Celaya on Sunday.", aa},
		{"burst into a rehab center", "Armed men burst into a rehabilitation center in Uruapan late Saturday and killed four people.", aa},
		{"customers of a taco stand", "A gunman killed three customers at a taco stand in Celaya on Friday night.", aa},
		{"clientes de una taqueria", "Un hombre armado mató a dos clientes de una taquería en Celaya el viernes por la noche.", aa},
		{"house shot at", "Hombres armados atacaron a balazos una vivienda en la colonia Centro de Uruapan y mataron a un hombre y a una mujer.", aa},
		{"home sprayed", "Gunmen opened fire on a house in Celaya early Sunday, killing two men and wounding a child.", aa},
		// Near misses: people killed at a door, in a street, near a place.
		{"door of their home", "Two men were shot dead at the door of their home in Celaya on Monday.", hom},
		{"en su domicilio", "Dos hombres fueron asesinados a balazos en su domicilio de la colonia Centro de Uruapan.", hom},
		{"near a taqueria", "Dos hombres fueron asesinados a balazos en la calle, cerca de una taquería de Uruapan.", hom},
		{"one worker at home", "Un empleado de un autolavado fue asesinado a balazos en su domicilio de Uruapan.", hom},
		{"bodies at a house", "Hallan los cuerpos de dos hombres en una vivienda de Celaya.", hom},
		// A death after the attack it names: the attack's type (gold
		// README: a victim who dies later in hospital).
		{"herido en el ataque", "Murió en el hospital el policía que resultó herido en el ataque del sábado en Celaya.", aa},
		{"wounded in the attack", "A police officer wounded in Saturday's attack in Celaya died in hospital on Monday, raising the toll to three.", aa},
		{"murieron por el ataque", "Ya son tres los guardias nacionales que murieron por el ataque del martes en Celaya.", aa},
		{"agresion en la que", "La Fiscalía informó sobre la agresión con arma de fuego ocurrida el sábado en Celaya, en la que perdieron la vida tres personas.", aa},
		{"muere policia atacado", "Muere tercer policía atacado en Celaya.", aa},
		// Near misses: a death with no attack named.
		{"wounded man dies", "A man shot on Saturday in Celaya died in hospital on Monday.", hom},
		// Acts an alert feed tells in English that the lexicon left to the
		// feed's "ALERT" (an advisory).
		{"fire deliberately set", "Local sources report a fire deliberately set at a building in downtown Celaya; firefighters responding.", []model.IncidentType{model.Arson}},
		{"reported on fire blocking", "A tractor-trailer is reported on fire blocking the highway to Paracho near the Uruapan toll booth.", []model.IncidentType{model.Blockade}},
		{"forcibly took", "Local reports indicate that armed men forcibly took a man from a shop in downtown Celaya late on Monday.", []model.IncidentType{model.Kidnapping}},
		{"taken by force", "Two brothers were taken by force from their home in Uruapan on Monday night, relatives said.", []model.IncidentType{model.Kidnapping}},
		// Dead told as the toll of fighting between armed groups.
		{"died in fighting", "At least four people died in fighting between rival cartel cells in Fresnillo on Monday.", []model.IncidentType{model.ArmedClash}},
		{"killed in the fighting", "Three gunmen were killed in the fighting on the outskirts of Culiacán on Sunday, residents said.", []model.IncidentType{model.ArmedClash}},
		{"fighting between politicians", "Weeks of fighting between the parties in the Celaya city council ended on Monday with a budget deal.", nil},
		// Near miss: a fire denied as set.
		{"not deliberately set", "Firefighters said the blaze in a warehouse in Celaya was not deliberately set.", nil},
		{"not set on purpose", "Firefighters said the blaze that destroyed a warehouse in Celaya on Monday had not been deliberately set.", nil},
	}
	for _, tt := range tests {
		got := e.Extract(model.Report{ID: "t", Kind: model.KindNews, Text: tt.text, Published: pub})
		if types := actTypes(got); !slices.Equal(types, tt.want) {
			t.Errorf("%s: %q: types %v, want %v", tt.name, tt.text, types, tt.want)
		}
	}
}
