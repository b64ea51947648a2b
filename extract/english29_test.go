package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/model"
)

// TestOccurredWhen: an English sentence naming the act again, saying when
// and then where it occurred (branch english71).
func TestOccurredWhen(t *testing.T) {
	for _, tt := range []struct {
		f    string
		want bool
	}{
		{"the attack took place late sunday in acapulco, in the southern state of guerrero", true},
		{"the attack occurred late friday in fresnillo, a silver-mining hub", true},
		{"the shootout happened shortly before midnight in the city centre", true},
		{"the ambush took place on monday night in the town of costa rica", true},
		{"the attack took place in acapulco", false},                           // no time: occurredAt's
		{"the attack came two days after a clash in tijuana", false},           // not a verb of occurring
		{"the attack occurred two days after a clash in tijuana", false},       // a lag to another act
		{"the clash happened when soldiers arrived in the village", false},     // a clause, no time
		{"police said the attack took place late sunday in acapulco", false},   // a clause before the act
		{"the attack took place late sunday, police said, in acapulco", false}, // a comma in the gap
	} {
		if got := occurredWhen(tt.f); got != tt.want {
			t.Errorf("occurredWhen(%q) = %v, want %v", tt.f, got, tt.want)
		}
	}
}

// TestWireBuriedPlace: a wire's lead tells the act under its dateline or a
// state; a later sentence tells its day and town ("The attack took place
// late Sunday in Acapulco"): one act there, not two.
func TestWireBuriedPlace(t *testing.T) {
	pub := time.Date(2047, 3, 9, 14, 0, 0, 0, time.FixedZone("", -5*3600))
	checkActRows(t, "en29", pub, []actRow{
		{name: "dateline of another state, next paragraph", lang: "en",
			text: "MEXICO CITY (Pacific Wire) - Gunmen stormed a bar and opened fire on its customers, killing four people, authorities said on Saturday.\n\nWitnesses said the attackers arrived in a pickup truck. The attack took place late Friday in Zamora, in the western state of Michoacán.",
			want: []model.IncidentType{model.ArmedAttack}, munis: []string{"16108"}},
		{name: "state in the lead, town after", lang: "en",
			text: "MEXICO CITY, March 9 (Pacific Wire) - Gunmen opened fire on customers at a bar, killing five people, authorities in the central state of Zacatecas said on Saturday. The attack occurred late Friday in Fresnillo, a mining hub.",
			want: []model.IncidentType{model.ArmedAttack}, munis: []string{"32010"}},
		{name: "control: a second act in another town", lang: "en",
			text: "MEXICO CITY (Pacific Wire) - Gunmen opened fire on customers at a bar in Celaya, killing four people, authorities said on Saturday. Another attack took place late Friday in Salamanca, where two men were shot dead.",
			want: []model.IncidentType{model.ArmedAttack, model.Homicide}, munis: []string{"11007", "11027"}},
	})
}

// TestLastMonthBackground: a wire's background paragraph dated "last month"
// or "el mes pasado" tells history beside this week's act, not an act.
func TestLastMonthBackground(t *testing.T) {
	pub := time.Date(2047, 3, 6, 11, 0, 0, 0, time.FixedZone("", -5*3600))
	checkActRows(t, "en29", pub, []actRow{
		{name: "English background paragraph", lang: "en",
			text: "MEXICO CITY, March 6 (Pacific Wire) - Mexican soldiers killed three gunmen in a shootout late Tuesday in the city of Zamora, in the western state of Michoacán, the defense ministry said.\n\nLast month, gunmen ambushed a convoy of state police near neighboring Jacona, killing six officers.",
			want: []model.IncidentType{model.ArmedClash}, munis: []string{"16108"}},
		{name: "Spanish background sentence", lang: "es",
			text: "Dos hombres fueron asesinados a balazos la noche del martes en la colonia Centro de Celaya. El mes pasado, un grupo armado atacó un bar en Salamanca y mató a cinco personas.",
			want: []model.IncidentType{model.Homicide}, munis: []string{"11007"}},
		{name: "control: this week's act beside last month's", lang: "en",
			text: "Gunmen killed two men in Celaya on Tuesday night, a month after a similar attack in the same neighborhood, police said.",
			want: []model.IncidentType{model.Homicide}, munis: []string{"11007"}},
	})
}

// TestIssuerSeat: a consulate's or an embassy's town names who issues an
// advisory, not where, when the sentence names the place advised.
func TestIssuerSeat(t *testing.T) {
	pub := time.Date(2047, 3, 7, 17, 0, 0, 0, time.FixedZone("", -6*3600))
	checkActRows(t, "en29", pub, []actRow{
		{name: "English, personnel elsewhere", lang: "en",
			text: "The U.S. Consulate General in Matamoros ordered its personnel in Reynosa to shelter in place on Thursday afternoon.",
			want: []model.IncidentType{model.Advisory}, munis: []string{"28032"}},
		{name: "Spanish, personal en otra ciudad", lang: "es",
			text: "El Consulado General de Estados Unidos en Guadalajara pidió este jueves a su personal en Zapopan resguardarse.",
			want: []model.IncidentType{model.Advisory}, munis: []string{"14120"}},
		{name: "English, blockades told by the consulate", lang: "en",
			text: "The U.S. Consulate General in Matamoros is aware of reports of road blockades and burning vehicles in several parts of Reynosa this afternoon.",
			want: []model.IncidentType{model.Blockade}, munis: []string{"28032"}},
		{name: "control: the seat alone", lang: "en",
			text: "The U.S. Consulate in Matamoros ordered its staff to shelter in place on Thursday because of reports of gunfire.",
			want: []model.IncidentType{model.Advisory}, munis: []string{"28022"}},
	})
}

// TestSpeakerTurns: in a transcript a single line break does not end a
// sentence (captions break lines anywhere), but a line opening with a
// speaker's label does.
func TestSpeakerTurns(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int // sentences
	}{
		{"SECRETARIO: y en la tarde hubo un ataque con drones\nPRESIDENTA: y lo de sinaloa del lunes\nSECRETARIO DE SEGURIDAD: si el lunes en la noche", 3},
		{"HOST: good morning we start in sonora\nREPORTER: thanks dana yes the officer died", 2},
		{"y en la tarde hubo un ataque con drones contra\nunas casas de la comunidad", 1},   // a caption's line break
		{"y dijo el vocero de la fiscalia que\nno hay detenidos: eso es lo que sabemos", 1}, // no capitals: speech
		{"y dijo el vocero de la fiscalia que\nNo hay detenidos: eso es lo que sabemos", 1}, // a capitalized word is no label
	} {
		tx := fold.New(tt.in)
		if got := len(newFakeExtractor().split(tx.Folded, true, speakerTurns(tx, gluedStarts(tx)))); got != tt.want {
			t.Errorf("split(%q): %d sentences, want %d", tt.in, got, tt.want)
		}
	}
}

// TestRoundsAtCity: shots counted before what they hit ("fired dozens of
// rounds at a car dealership") are an attack, and "in the city" under a
// wire's dateline is the dateline's city.
func TestRoundsAtCity(t *testing.T) {
	pub := time.Date(2043, 10, 16, 9, 0, 0, 0, time.FixedZone("", -6*3600))
	checkActRows(t, "en29", pub, []actRow{
		{name: "rounds at a business in the city", lang: "en",
			text: "URUAPAN, Mexico (Wire) - Gunmen fired dozens of rounds at a car dealership in the city late Thursday, in the avocado-growing hub of Mexico's Michoacán state.",
			want: []model.IncidentType{model.BusinessAttack}, munis: []string{"16102"}},
		{name: "shots into a house", lang: "en",
			text: "CELAYA, Mexico (Wire) - Gunmen fired more than 30 shots into a house in the Las Insurgentes neighborhood on Friday night, police said.",
			want: []model.IncidentType{model.ArmedAttack}, munis: []string{"11007"}},
		{name: "control: shots at a politician", lang: "en",
			text: "The senator took shots at the governor on Friday in Celaya over his handling of the economy.",
			want: nil},
	})
}
