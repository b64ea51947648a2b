package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestShopFireSubject checks a shop burnt that a passive tells with an
// apposition between the shop and its verb (branch recall65): the shop is
// the subject and the act is an attack on a business. Controls: a car
// burnt in front of a shop, and a shop that stands only in a
// prepositional phrase, stay arson.
func TestShopFireSubject(t *testing.T) {
	pub := time.Date(2047, 2, 13, 12, 0, 0, 0, mexico) // a Wednesday
	checkActRows(t, "t65a", pub, []actRow{
		{name: "a hardware store with its street and a landmark",
			text: "URUAPAN, Mich.- Una ferretería ubicada en la avenida Juárez, a unos metros del mercado municipal, fue incendiada la madrugada de este miércoles por dos hombres que lanzaron una botella con gasolina.",
			want: []model.IncidentType{model.BusinessAttack}},
		{name: "an auto-parts store with its crossing",
			text: "CELAYA, Gto.- Una refaccionaria de la avenida Tecnológico, cerca del cruce con la calle Morelos, fue incendiada anoche por sujetos que rociaron gasolina en la cortina.",
			want: []model.IncidentType{model.BusinessAttack}},
		// Controls.
		{name: "a van burnt in front of a shop",
			text: "CELAYA, Gto.- Una camioneta estacionada frente a una ferretería, en la colonia Centro, fue incendiada anoche por sujetos que rociaron gasolina sobre el cofre.",
			want: []model.IncidentType{model.Arson}},
	})
}

// TestVehiclesAcrossPronoun checks vehicles set across a road told by a
// pronoun after they are named (branch recall65): "detuvieron camiones y
// los atravesaron en la carretera" is a blockade, as "atravesaron dos
// camiones" is. Control: vehicles stopped and searched, not set across.
func TestVehiclesAcrossPronoun(t *testing.T) {
	pub := time.Date(2047, 2, 13, 12, 0, 0, 0, mexico)
	checkActRows(t, "t65b", pub, []actRow{
		{name: "trucks stopped and set across",
			text: "CELAYA, Gto.- Sujetos armados frenaron dos camiones de carga y los atravesaron sobre la autopista Celaya-Salvatierra la mañana de este miércoles.",
			want: []model.IncidentType{model.Blockade}},
		{name: "trailers stopped and set across both ways",
			text: "ELOTA, Sin.- Hombres armados detuvieron tres tráileres y los atravesaron en ambos sentidos de la carretera federal 15 este miércoles.",
			want: []model.IncidentType{model.Blockade}},
		// Control.
		{name: "trucks searched at a checkpoint",
			text: "CELAYA, Gto.- Elementos de la Guardia Nacional revisaron dos camiones de carga en un punto de control sobre la autopista Celaya-Salvatierra este miércoles.",
			want: nil},
	})
}

// TestForceDiedWhenAttacked checks members of a force dead when they or
// their unit were attacked, told by a "cuando"/"when" clause after a comma
// or by "after an ambush" (branch recall65): an attack on the forces.
// Control: a merchant killed "cuando" he left his shop stays a killing.
func TestForceDiedWhenAttacked(t *testing.T) {
	pub := time.Date(2047, 2, 13, 12, 0, 0, 0, mexico)
	checkActRows(t, "t65c", pub, []actRow{
		{name: "agents dead, their patrol ambushed",
			text: "ZITÁCUARO, Mich.- Tres agentes de la Policía Estatal murieron y dos más resultaron heridos la tarde de este martes, cuando la patrulla en la que viajaban fue emboscada en la comunidad de Crescencio Morales.",
			want: []model.IncidentType{model.ArmedAttack}},
		{name: "guardsmen killed when their convoy was ambushed",
			text: "ZACATECAS, Mexico — Two guardsmen were killed on Tuesday, when their convoy was ambushed on a highway near Fresnillo, officials said.", lang: "en",
			want: []model.IncidentType{model.ArmedAttack}},
		{name: "soldiers dead after an ambush",
			text: "URUAPAN, Mexico — Two soldiers died after an ambush on an army patrol in Uruapan, Michoacán, on Tuesday, the defense ministry said.", lang: "en",
			want: []model.IncidentType{model.ArmedAttack}},
		// Control.
		{name: "a merchant killed when leaving his shop",
			text: "FRESNILLO, Zac.- Un comerciante fue asesinado a balazos la noche de este martes, cuando salía de su negocio en la colonia Centro, y los agresores escaparon.",
			want: []model.IncidentType{model.Homicide}},
	})
}

// TestShopPeriphrasis checks a shop named by a periphrasis ("un local
// dedicado a la venta de", "un establecimiento comercial") or as the
// victim a charge names ("daño por incendio en perjuicio de un
// establecimiento de venta de ...") (branch recall65): a burning of it is
// an attack on a business. Control: the charge's victim a car stays arson.
func TestShopPeriphrasis(t *testing.T) {
	pub := time.Date(2047, 2, 13, 12, 0, 0, 0, mexico)
	checkActRows(t, "t65d", pub, []actRow{
		{name: "a shop dedicated to selling phones",
			text: "HERMOSILLO, Son.- Personas desconocidas incendiaron un local dedicado a la venta de teléfonos celulares la madrugada de este miércoles en la colonia Olivares.",
			want: []model.IncidentType{model.BusinessAttack}},
		{name: "the charge's victim a store",
			text: "La Fiscalía General del Estado informa que inició una carpeta de investigación por el delito de daño por incendio en perjuicio de un establecimiento de venta de ropa, hecho ocurrido a las 03:10 horas del martes en la colonia Longoria de Reynosa.",
			want: []model.IncidentType{model.BusinessAttack}},
		// Control.
		{name: "the charge's victim a car",
			text: "La Fiscalía General del Estado informa que inició una carpeta de investigación por el delito de daño por incendio en perjuicio de un vehículo particular, hecho ocurrido a las 03:10 horas del martes en la colonia Longoria de Reynosa.",
			want: []model.IncidentType{model.Arson}},
	})
}
