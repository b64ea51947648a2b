package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestType18 checks that each act of a sentence that tells two is typed
// by its own words, and other readings of type18 (acttype18.go), with near
// misses. The sentences are written for the test.
func TestType18(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 3, 2, 10, 0, 0, 0, mexico)
	types := func(ts ...model.IncidentType) []model.IncidentType { return ts }
	aa, hom, clash := model.ArmedAttack, model.Homicide, model.ArmedClash
	tests := []struct {
		name string
		kind model.ReportKind
		text string
		want []model.IncidentType
	}{
		// A second clause opened by its town and a place in it: the act
		// told after them is that place's.
		{"town then place", model.KindTranscript, "anoche en elota el ejército se enfrentó con un grupo armado y hay cuatro abatidos y en navolato en villa juárez balearon a una patrulla de la municipal y un agente quedó herido",
			types(clash, aa)},
		{"town then place, clash both", model.KindTranscript, "anoche en elota el ejército se enfrentó con un grupo armado y hay cuatro abatidos y en navolato en villa juárez también se enfrentaron con la policía",
			types(clash, clash)},
		// A member of a force killed in a clause of its own: an attack on
		// the forces (gold README: attacks on forces).
		{"policeman killed in second clause", model.KindNews, "Dos ataques contra policías se registraron este viernes en Nuevo León: en el municipio de Juárez un agente resultó herido tras la agresión a una patrulla, y en Guadalupe un policía municipal fue asesinado frente a su casa.",
			types(aa, aa)},
		{"shopkeeper killed in second clause", model.KindNews, "Dos hechos violentos se registraron este viernes en Nuevo León: en el municipio de Juárez un agente resultó herido tras la agresión a una patrulla, y en Guadalupe un comerciante fue asesinado frente a su casa.",
			types(aa, hom)},
		// Vehicles put across a road in a clause of its own: a blockade,
		// though the clause before burnt a shop.
		{"truck across after a shop", model.KindNews, "En Tepic quemaron una tienda Oxxo de la avenida Insurgentes y en Compostela un tráiler atravesado y quemado en la carretera a Vallarta cerró la circulación este domingo.",
			types(model.BusinessAttack, model.Blockade)},
		{"truck across, no verb", model.KindTranscript, "en tepic quemaron el oxxo de la insurgentes no hubo heridos y en compostela un tráiler atravesado y quemado en la carretera a vallarta",
			types(model.BusinessAttack, model.Blockade)},
		{"two shops", model.KindNews, "En Tepic quemaron una tienda Oxxo de la avenida Insurgentes y en Compostela quemaron una farmacia del centro este domingo.",
			types(model.BusinessAttack, model.BusinessAttack)},
		// A later act joined by ", and hours later" with no comma after
		// the lapse: two acts.
		{"and hours later attackers", model.KindNews, "Gunmen ambushed a police patrol in Apatzingán on Saturday afternoon, killing three officers, and hours later attackers set two trucks on fire on a highway in the same municipality.",
			types(model.Blockade, aa)},
		{"and hours later he died", model.KindNews, "Gunmen shot a police officer in Apatzingán on Saturday afternoon, and hours later he died in hospital.",
			types(aa)},
		// A sentence keeps the reading of its whole: the people of a car
		// wash, a man killed and one wounded in the attack (once placed in
		// Mexico City too, a bearing dropBearings now drops).
		{"car wash south of the capital", model.KindNews, "Gunmen killed four people at a car wash on Saturday afternoon in the state of Morelos, south of Mexico City, prosecutors said on Sunday, after a man wounded in the attack died in hospital overnight.",
			types(aa)},
		{"one man south of the capital", model.KindNews, "Gunmen killed a man on a street on Saturday afternoon in the state of Morelos, south of Mexico City, prosecutors said on Sunday, after a man wounded in the attack died in hospital overnight.",
			types(aa)},
		// Vehicles burnt "in separate attacks": the burning is the act,
		// the attack noun its manner.
		{"set ablaze in attacks", model.KindNews, "Two public transit buses were set ablaze in separate attacks in Tijuana on Thursday night, authorities said.",
			types(model.Arson)},
		{"incendiados en ataques", model.KindNews, "Dos camiones del transporte público fueron incendiados en sendos ataques en Tijuana la noche del jueves.",
			types(model.Arson)},
		{"shot in separate attacks", model.KindNews, "Two bus drivers were shot in separate attacks in Tijuana on Thursday night, authorities said.",
			types(aa)},
	}
	for _, tt := range tests {
		got := e.Extract(model.Report{ID: "t", Kind: tt.kind, Lang: "es", Text: tt.text, Published: pub})
		if ts := actTypes(got); !slices.Equal(ts, tt.want) {
			t.Errorf("%s: %q: types %v, want %v", tt.name, tt.text, ts, tt.want)
		}
	}
}

// TestTollsDiffer checks that a state's lead is another act than a town's
// when the two tell different tolls of one kind (stateLeads).
func TestTollsDiffer(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 3, 2, 10, 0, 0, 0, mexico)
	tests := []struct {
		name string
		text string
		want int
	}{
		{"two tolls", "Anoche en Sinaloa emboscaron a una patrulla de la policía estatal: murieron tres agentes y dos quedaron heridos. En Navolato balearon a una patrulla de la municipal y un agente quedó herido.", 2},
		{"one toll told again", "Anoche en Sinaloa emboscaron a una patrulla de la policía estatal: murieron tres agentes y dos quedaron heridos. En Navolato balearon a la patrulla y dos agentes quedaron heridos.", 1},
	}
	for _, tt := range tests {
		got := e.Extract(model.Report{ID: "t", Kind: model.KindNews, Lang: "es", Text: tt.text, Published: pub})
		if n := len(actTypes(got)); n != tt.want {
			t.Errorf("%s: %q: %d incidents %v, want %d", tt.name, tt.text, n, actTypes(got), tt.want)
		}
	}
}
