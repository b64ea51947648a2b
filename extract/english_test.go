package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestEnglishHeadlines checks English headlines, many of them translated
// from Spanish news, that report a killing in words the lexicon must know:
// the life taken, a body or its parts left or found, a dismembering, one
// execution, a gang-style killing, a death in a clash, people found
// wrapped in blankets as translations word it, and a neighbourhood
// named after a date. Each yields one incident of its type in its state;
// a toll is checked where the headline gives one. Texts that only name
// such words in passing report no incident. The headlines are written for
// the test.
func TestEnglishHeadlines(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2019, 8, 14, 0, 0, 0, 0, mexico)
	tests := []struct {
		text   string
		typ    model.IncidentType // "": no incident
		state  string
		killed int // -1: not checked
	}{
		{"Woman deprived of life in a house in Zamora", model.Homicide, "16", -1},
		// The valley of Juárez in English; a town of one state inside a
		// town of another; a Spanish headline's verb before its place.
		{"6 Found Shot to Death in Valley of Juárez", model.Homicide, "08", 6},
		{"They kill him and dump his body next to a canal in the Valley of Juárez", model.Homicide, "08", -1},
		{"CJNG massacred 18 sleeping rivals in La Huerta, Aguililla", model.Homicide, "16", -1},
		{"Registra Juárez 10 ejecutados", model.Homicide, "08", 10},
		// Where the victims came from is not where they were killed; a
		// state beside "vs" is a cartel.
		// Killed in a bar: a shooting at a place (gold README, 2026-12-01).
		{"3 men from Reynosa killed in a bar in Nuevo Leon", model.ArmedAttack, "19", 3},
		{"Video of Sinaloa vs CAF shootout in Tijuana", model.ArmedClash, "02", -1},
		// An attack told in a headline's present after its armed subject.
		{"Video: Sicarios attack in a clinic of Salvatierra, Guanajuato", model.ArmedAttack, "11", -1},
		{"Guadalajara: An armed criminal cell attacks four young men", model.ArmedAttack, "14", -1},
		{"They deprive a man of his life in Tijuana", model.Homicide, "02", -1},
		{"Cartel dismembers two in Celaya, Guanajuato", model.Homicide, "11", 2},
		{"Zetas Butcher Three in Monterrey", model.Homicide, "19", 3},
		{"Gunmen leave a body in Jalpa de Méndez", model.Homicide, "27", -1},
		{"Tabasco: criminal group leaves a body in Cárdenas", model.Homicide, "27", -1},
		{"They find the head of a man on a bridge in Uruapan", model.Homicide, "16", -1},
		{"They find a charred woman in Tijuana", model.Homicide, "02", -1},
		{"Calcinated body located in Celaya", model.Homicide, "11", -1},
		{"Cartel leaves body parts near a school in Monterrey", model.Homicide, "19", -1},
		{"Execution in León, Guanajuato", model.Homicide, "11", -1},
		{"Execution-style killing of a taxi driver in Acapulco", model.Homicide, "12", 1},
		{"Gang-style killing in Ciudad Juárez", model.Homicide, "08", -1},
		{"Death of a teenager in Nuevo Laredo", model.Homicide, "28", -1},
		{"Man dies after confrontation between gunmen and police in Culiacán", model.ArmedClash, "25", 1},
		{"They leave a mutilated body in a trash can in Celaya", model.Homicide, "11", -1},
		{"Disputes between gangs cost the lives of 13 people in Sonora", model.Homicide, "26", -1},
		{"They locate remains in five points of Tijuana", model.Homicide, "02", -1},
		// "Encobijados" as machine translation renders it, after a
		// finding verb.
		{"They find two cowering near the highway in Culiacán", model.Homicide, "25", -1},
		{"They find huddled in a ditch in Uruapan", model.Homicide, "16", -1},
		// A genre word before its performer names the victim, not a work.
		{"Corrido singer killed in Culiacán", model.Homicide, "25", -1},
		// Attacks told as simultaneous or by their armed subject, a
		// banner left.
		{"Simultaneous attacks in Los Cabos, BCS", model.ArmedAttack, "03", -1},
		{"Gunmen attacked a clinic in Salvatierra, Guanajuato", model.ArmedAttack, "11", -1},
		{"Gunmen leave manta in Ciudad Madera", model.Intimidation, "08", -1},
		// A cell taken down, suspects held: an operation; people hanged.
		{"Gulf Cartel cell taken down in Reynosa", model.SecurityOperation, "28", -1},
		{"Four suspects held in Tepic", model.SecurityOperation, "18", -1},
		// An act named after "after a" is the one the arrest follows.
		{"Four suspects held in Tepic after a shootout", model.SecurityOperation, "18", -1},
		{"Templarios hang one from a bridge in Apatzingán", model.Homicide, "16", -1},
		// A game is what the victim was doing, not sport reporting.
		{"Tourist shot while playing basketball in Playa del Carmen", model.ArmedAttack, "23", -1},
		// A headline's second part gives the toll of its first.
		{"Bloody Weekend in Zacatecas; Death Toll at least 14", model.ArmedAttack, "32", 14},
		// A date's words name the neighbourhood: the act is not an old one.
		{"A man is murdered in the 5 de Febrero neighborhood in Acapulco", model.Homicide, "12", 1},
		// Bodies told by where they were found, with no word of death;
		// an act named after "after a recent" is the one before; a role's
		// place is not where its holder was killed; an English demonym
		// before people is where they are from, before a place it places.
		{"Two men found inside a cistern in Guasave", model.Homicide, "25", -1},
		{"Woman found buried in a backyard in Uruapan", model.Homicide, "16", -1},
		{"After a recent shootout, a narco banner is left in Zitácuaro", model.Intimidation, "16", -1},
		{"Gulf Cartel plaza boss in Matamoros gunned down in Monterrey", model.Homicide, "19", -1},
		{"Oaxacan gunmen kill 4 in Guerrero", model.Homicide, "12", 4},
		{"Three shot dead in the Sonoran town of Benito Juárez", model.Homicide, "26", 3},
		// A bloody night or dawn and its town alone, as "madrugada
		// sangrienta en ...", with the town's state after a comma.
		{"Bloody night in Tecomán, Colima", model.ArmedAttack, "06", -1},
		{"Red sunrise in Salamanca", model.ArmedAttack, "11", -1},
		{"Another violent evening in Guasave", model.ArmedAttack, "25", -1},
		// Violence going on over a town, told as its news alone.
		{"Tepic bloodshed continues", model.ArmedAttack, "18", -1},
		{"The slaughter continues in Reynosa", model.ArmedAttack, "28", -1},
		{"Violence continues in Zihuatanejo", model.ArmedAttack, "12", -1},
		// "Ciudad" misspelled as it often is.
		{"Two shot dead in Cuidad Obregón", model.Homicide, "26", 2},
		// The same words not telling an act.
		{"Experts say violence continues in Acapulco", "", "", -1},
		{"Bloody night of fireworks in Celaya", "", "", -1},
		{"A bloody history of Celaya", "", "", -1},
		{"An existential military confrontation with the cartels", "", "", -1},
		{"The death of the leader has led to chaos among his factions", "", "", -1},
		{"The killing of the leader has led to chaos", "", "", -1},
		{"Execution of an arrest warrant in Culiacán", "", "", -1},
		{"They die laughing: comedy festival in Tijuana", "", "", -1},
		{"Residents cowering in their homes in Reynosa", "", "", -1},
		{"New corrido about the killing of a singer in Culiacán", "", "", -1},
		{"Player injured while playing soccer in Monterrey", "", "", -1},
		{"Police fear a gunmen attack could follow in Irapuato", "", "", -1},
		{"Bloody Weekend in Zacatecas; the governor calls for calm", "", "", -1},
	}
	for _, tt := range tests {
		r := model.Report{ID: "en", Kind: model.KindNews, Lang: "en", Text: tt.text, Published: pub}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		var violent []model.Incident
		for _, g := range got {
			if g.Type.Violent() {
				violent = append(violent, g)
			}
		}
		if tt.typ == "" {
			if len(violent) > 0 {
				t.Errorf("%q: %s, want no violent incident", tt.text, violent[0].Type)
			}
			continue
		}
		if len(got) == 0 {
			t.Errorf("%q: no incident", tt.text)
			continue
		}
		g := got[0]
		if g.Type != tt.typ {
			t.Errorf("%q: type %s, want %s", tt.text, g.Type, tt.typ)
		}
		if g.Location.StateCode != tt.state {
			t.Errorf("%q: state %q, want %q", tt.text, g.Location.StateCode, tt.state)
		}
		if tt.killed >= 0 {
			k := -1
			if g.Killed != nil {
				k = g.Killed.N
			}
			if k != tt.killed {
				t.Errorf("%q: killed %d, want %d", tt.text, k, tt.killed)
			}
		}
	}
}

// TestEnglishOneActToll checks that one act's dead counted in a region of
// the country ("Gun attack leaves 15 dead in northern Mexico") is that
// act, not a tally: it takes the town the next sentence names.
func TestEnglishOneActToll(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2019, 8, 14, 0, 0, 0, 0, mexico)
	text := "Gun attack leaves 15 dead in northern Mexico\nGunmen killed 15 people at a party in Ciudad Obregón, Sonora"
	r := model.Report{ID: "en", Kind: model.KindNews, Lang: "en", Text: text, Published: pub}
	got := e.Extract(r)
	checkInvariants(t, r, got)
	if len(got) == 0 {
		t.Fatal("no incident")
	}
	g := got[0]
	if g.Tally || g.Location.MunicipalityCode != "26018" || g.Killed == nil || g.Killed.N != 15 {
		t.Errorf("first incident: tally %v, municipality %q, killed %v; want one act in Cajeme (26018) with 15 killed", g.Tally, g.Location.MunicipalityCode, g.Killed)
	}
}
