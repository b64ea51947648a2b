package extract

import (
	"fmt"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// actRow is one report of a table of acts: its text and language ("es"
// when empty), the types of the incidents wanted in order and, where
// given, their municipalities ("" unchecked).
type actRow struct {
	name, text, lang string
	want             []model.IncidentType
	munis            []string
}

// checkActRows extracts each row's text as a news report published at pub
// and checks its acts' types (extractActs) and municipalities (checkMunis).
func checkActRows(t *testing.T, id string, pub time.Time, rows []actRow) {
	t.Helper()
	e := realExtractor(t)
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			got := extractActs(t, e, id, model.KindNews, tt.lang, tt.text, pub, tt.want)
			checkMunis(t, got, tt.munis)
		})
	}
}

// TestClauseBusiness checks one sentence telling an attack on a business
// in one town and another act in a later town's clause (branch multi27,
// the probe probe_multi27's form): the later clause, after every word of
// the business, attacks none and takes its own cues' type. Controls: a
// later clause naming a business of its own, and one business told
// before two towns of one act.
func TestClauseBusiness(t *testing.T) {
	pub := time.Date(2041, 3, 11, 8, 0, 0, 0, mexico) // a Monday
	checkActRows(t, "t27b", pub, []actRow{
		{name: "una farmacia quemada y, horas después, dos hombres asesinados en otro pueblo",
			text:  "IRAPUATO, Gto.- Hombres armados incendiaron una farmacia en Salamanca la tarde del sábado y, horas después, en Villagrán, dos hombres fueron asesinados a tiros en la calle.",
			want:  []model.IncidentType{model.BusinessAttack, model.Homicide},
			munis: []string{"11027", "11044"}},
		{name: "a shop set on fire, then men shot in another town",
			text:  "CUERNAVACA, Mor.- Sujetos armados quemaron una tortillería en Jiutepec el domingo por la madrugada y, más tarde, en Cuautla, balearon a dos hombres que caminaban por la calle Galeana.",
			want:  []model.IncidentType{model.BusinessAttack, model.ArmedAttack},
			munis: []string{"17011", "17006"}},
		// Controls.
		{name: "the later clause names a business of its own",
			text:  "IRAPUATO, Gto.- Hombres armados quemaron una tienda en Salamanca el sábado y, horas después, en Celaya, sujetos armados atacaron a balazos una farmacia.",
			want:  []model.IncidentType{model.BusinessAttack, model.BusinessAttack},
			munis: []string{"11027", "11007"}},
		{name: "one business act in two towns",
			text: "IRAPUATO, Gto.- Hombres armados incendiaron farmacias en Salamanca y en Celaya la noche del sábado.",
			want: []model.IncidentType{model.BusinessAttack, model.BusinessAttack}},
	})
}

// TestTransportStopAfterAct checks a transport service stopped by its
// operators after an act the sentence names by a definite noun ("Tras el
// ataque, los transportistas suspendieron el servicio") or told in
// English ("halted service ... after gunmen shot dead"): a disruption
// beside the act (gold README, protest road blocks). Controls: stops with
// no act behind them.
func TestTransportStopAfterAct(t *testing.T) {
	pub := time.Date(2041, 3, 11, 8, 0, 0, 0, mexico) // a Monday
	checkActRows(t, "t27t", pub, []actRow{
		{name: "tras el ataque, los transportistas suspendieron el servicio",
			text: "CHILPANCINGO, Gro.- Dos choferes de combi fueron asesinados a balazos en Chilpancingo el viernes. Tras el ataque, el sábado los transportistas suspendieron el servicio de combis y urbanos en la capital, lo que dejó sin transporte a miles de personas.",
			want: []model.IncidentType{model.Homicide, model.Disruption}},
		{name: "drivers halted service after gunmen shot two drivers",
			text: "CHILPANCINGO, Mexico - Public transport drivers in Chilpancingo halted service on Saturday after gunmen shot dead two drivers on Friday, leaving thousands of residents without buses.",
			lang: "en",
			want: []model.IncidentType{model.Homicide, model.Disruption}},
		// Controls.
		{name: "a stop for a higher fare",
			text: "CHILPANCINGO, Gro.- El sábado los transportistas suspendieron el servicio de combis y urbanos en la capital para exigir un aumento a la tarifa.",
			want: nil},
		{name: "a truckers' strike",
			text: "PUEBLA, Pue.- Truckers halted service on the Mexico-Puebla highway on Monday to protest fuel prices.",
			lang: "en",
			want: nil},
	})
}

// TestLeadActNamedAgain checks a lead that names several acts in several
// towns, then a sentence that tells the first of them and one that names
// it again by a definite noun with its toll ("Five men were killed in the
// gunfight", "En el enfrentamiento murieron cuatro hombres"): the act
// named again is the lead's act of its type and town, not a second act
// (branch multi27, the probe probe_multi27's form), and so is an attack
// named again after acts in other towns, read by the noun as an attack on
// the bar. Controls: another act of that type in that town, told as
// another, stays apart.
func TestLeadActNamedAgain(t *testing.T) {
	pub := time.Date(2041, 3, 11, 10, 0, 0, 0, mexico) // a Monday
	checkActRows(t, "t27l", pub, []actRow{
		{name: "killed in the gunfight",
			text:  "HERMOSILLO, Sonora — A gun battle in Caborca, two men shot dead in Cajeme and torched cars in Guaymas marked a violent weekend in Sonora. The worst came Friday night, when rival armed groups fought for hours on the outskirts of Caborca. Five men were killed in the gunfight, prosecutors said.",
			lang:  "en",
			want:  []model.IncidentType{model.ArmedClash, model.Homicide, model.Arson},
			munis: []string{"26017", "26018", "26029"}},
		{name: "en el enfrentamiento murieron",
			text:  "CULIACÁN, Sin.- Un enfrentamiento en Navolato, dos hombres asesinados en Culiacán y casas quemadas en Concordia marcaron el fin de semana en Sinaloa. Lo más grave ocurrió la noche del viernes, cuando grupos armados se enfrentaron durante horas en las afueras de Navolato. En el enfrentamiento murieron cuatro hombres, informó la Fiscalía.",
			want:  []model.IncidentType{model.ArmedClash, model.Homicide, model.Arson},
			munis: []string{"25018", "25006", "25004"}},
		{name: "el ataque al bar del sábado, after acts in other towns",
			text:  "CELAYA, Gto.- La noche del sábado, un comando entró a un bar de Celaya y disparó contra los clientes; murieron cuatro personas. El domingo, en Salamanca, hombres armados incendiaron una farmacia. En Villagrán, dos hombres fueron asesinados. En Irapuato se localizó el cuerpo de un hombre. El alcalde de Celaya dijo que el ataque al bar del sábado no quedará impune.",
			want:  []model.IncidentType{model.ArmedAttack, model.BusinessAttack, model.Homicide, model.Homicide},
			munis: []string{"11007", "11027", "11044", "11017"}},
		// Controls.
		{name: "otro ataque armado in the town",
			text: "URUAPAN, Mich.- Hombres armados atacaron a balazos a policías municipales en Uruapan el sábado; un agente murió. En Zamora, tres cuerpos fueron hallados. Por la noche, en Uruapan, otro ataque armado dejó dos muertos en un bar.",
			want: []model.IncidentType{model.ArmedAttack, model.Homicide, model.ArmedAttack}},
		{name: "another gunfight in the town",
			text: "HERMOSILLO, Sonora — A gun battle in Caborca, two men shot dead in Cajeme and torched cars in Guaymas marked a violent weekend in Sonora. The worst came Friday night, when rival armed groups fought for hours on the outskirts of Caborca. On Sunday, another gunfight broke out in Caborca and two men were killed.",
			lang: "en",
			want: []model.IncidentType{model.ArmedClash, model.Homicide, model.Arson, model.ArmedClash}},
	})
}

// TestNamedPlaces checks a sentence with one act of its own in one town
// that tells an earlier act in another town by a verb ("un día después de
// que grupos armados se enfrentaran en Culiacán"): the second town's act
// takes its own type. Control: an act referred to before the first town
// types no later town. (An act named only by a noun of reference, "un día
// después del enfrentamiento … en Culiacán", is not typed so: that step
// lost held-out pairs.)
func TestNamedPlaces(t *testing.T) {
	pub := time.Date(2041, 3, 11, 10, 0, 0, 0, mexico) // a Monday
	checkActRows(t, "t27n", pub, []actRow{
		{name: "después de que se enfrentaran",
			text:  "MAZATLÁN, Sin.- Sujetos armados dispararon contra los asistentes a una fiesta en Mazatlán el domingo, un día después de que grupos armados se enfrentaran en Culiacán.",
			want:  []model.IncidentType{model.ArmedAttack, model.ArmedClash},
			munis: []string{"25012", "25006"}},
		// Control.
		{name: "the act referred to before the first town",
			text:  "CULIACÁN, Sin.- Tras el enfrentamiento del viernes, soldados detuvieron el sábado a dos hombres en Navolato y a otro en Culiacán.",
			want:  []model.IncidentType{model.SecurityOperation, model.SecurityOperation},
			munis: []string{"25018", "25006"}},
	})
}

// TestClauseDayToll checks one sentence telling two acts in two towns,
// each clause with its own day and toll (branch multi27, issue 3's "each
// act takes its own clause's day and toll"): a clause joined by "y,"
// ("... el sábado y, el domingo, en Salamanca, ...") dates its own act,
// and a toll told after a clause join belongs to the town that follows
// it, not to the town before the join.
func TestClauseDayToll(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2041, 3, 11, 10, 0, 0, 0, mexico) // a Monday
	tests := []struct {
		name, text string
		want       []model.IncidentType
		days       []string
		killed     []int
	}{
		{name: "y, el domingo, en Salamanca",
			text:   "CELAYA, Gto.- Dos hombres fueron asesinados a balazos en Celaya el sábado y, el domingo, en Salamanca, tres hombres fueron asesinados a tiros en la vía pública.",
			want:   []model.IncidentType{model.Homicide, model.Homicide},
			days:   []string{"2041-03-09", "2041-03-10"},
			killed: []int{2, 3}},
		{name: "mientras que el sábado cuatro personas",
			text:   "LEÓN, Gto.- Un policía murió en una emboscada en León el viernes, mientras que el sábado cuatro personas fueron asesinadas en un bar de Celaya.",
			want:   []model.IncidentType{model.ArmedAttack, model.ArmedAttack},
			days:   []string{"2041-03-08", "2041-03-09"},
			killed: []int{1, 4}},
		// Control: a toll told with its town before the join stays there.
		{name: "each toll before its own town",
			text:   "CULIACÁN, Sin.- Grupos armados se enfrentaron en Culiacán la noche del viernes, con saldo de tres muertos, y el domingo, en Mazatlán, dos hombres fueron asesinados a balazos en la calle.",
			want:   []model.IncidentType{model.ArmedClash, model.Homicide},
			days:   []string{"2041-03-08", "2041-03-10"},
			killed: []int{3, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractActs(t, e, "t27d", model.KindNews, "es", tt.text, pub, tt.want)
			for k := range got {
				if got[k].Time == nil {
					t.Errorf("incident %d has no time, want %s", k+1, tt.days[k])
				} else if day := got[k].Time.In(mexico).Format("2006-01-02"); day != tt.days[k] {
					t.Errorf("incident %d on %s, want %s", k+1, day, tt.days[k])
				}
				if n := got[k].Killed; n == nil || n.N != tt.killed[k] {
					t.Errorf("incident %d killed %v, want %d", k+1, n, tt.killed[k])
				}
			}
		})
	}
}

// TestListItemType checks a lead that lists acts each with its place
// ("dejó un enfrentamiento en la región Altos, un asesinato en
// Tlaquepaque y un ataque a un restaurante en Zapopan"): a town's act is
// its own list item's, after the last comma, also when the item before
// named a region the gazetteer does not place. Control: towns listed
// for one act share it.
func TestListItemType(t *testing.T) {
	pub := time.Date(2041, 3, 11, 10, 0, 0, 0, mexico) // a Monday
	checkActRows(t, "t27i", pub, []actRow{
		{name: "un enfrentamiento en la región Altos, un asesinato en Tlaquepaque",
			text:  "GUADALAJARA, Jal.- El fin de semana dejó un enfrentamiento en la región Altos, un asesinato en Tlaquepaque y un ataque a un restaurante en Zapopan.",
			want:  []model.IncidentType{model.Homicide, model.BusinessAttack},
			munis: []string{"14098", "14120"}},
		{name: "asesinaron en Celaya, quemaron una farmacia en Salamanca y atacaron a policías en León",
			text:  "CELAYA, Gto.- Hombres armados asesinaron a dos hombres en Celaya, quemaron una farmacia en Salamanca y atacaron a policías en León.",
			want:  []model.IncidentType{model.Homicide, model.BusinessAttack, model.ArmedAttack},
			munis: []string{"11007", "11027", "11020"}},
		// Control.
		{name: "vehicles burnt in three towns",
			text: "GUADALAJARA, Jal.- Hombres armados incendiaron vehículos para bloquear calles en Zapopan, Tlaquepaque y Tonalá.",
			want: []model.IncidentType{model.Blockade, model.Blockade, model.Blockade}},
	})
}

// TestSummedTallies checks a count of the dead that the acts the report
// tells one by one sum to exactly ("El fin de semana dejó al menos siete
// personas muertas en cuatro municipios de Sinaloa" beside three, two and
// two dead): their total, no incident of its own. Control: a count larger
// than the acts told stays.
func TestSummedTallies(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2041, 3, 11, 8, 0, 0, 0, mexico) // a Monday
	lead := "CULIACÁN, Sin.- El fin de semana dejó al menos %s personas muertas en cuatro municipios de Sinaloa. La noche del viernes, dos grupos armados se enfrentaron a balazos en la colonia Lomas del Boulevard de Culiacán; tres hombres murieron. El sábado por la mañana, vecinos de Navolato reportaron los cuerpos de dos hombres a la orilla de un canal. El domingo, en Mazatlán, sujetos armados dispararon contra una fiesta familiar; dos personas murieron."
	tests := []struct {
		name, n string
		want    int // incidents
	}{
		{name: "seven: the sum of the acts", n: "siete", want: 3},
		// Control.
		{name: "twelve: more than the acts told", n: "doce", want: 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "t27s", Lang: "es", Kind: model.KindNews, Text: fmt.Sprintf(lead, tt.n), Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			if len(got) != tt.want {
				t.Errorf("%d incidents %v, want %d", len(got), actTypes(got), tt.want)
			}
		})
	}
}
