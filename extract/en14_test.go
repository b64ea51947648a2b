package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// en14Pub is when the en14 probes are published (a Wednesday).
func en14Pub() time.Time { return time.Date(2019, 8, 14, 12, 0, 0, 0, mexico) }

// TestPeriodCountTallies checks an English headline that counts the dead
// of a state over a period it names by one week ("in one week", "in a
// single week"), by a war's or violence's toll over a period or running
// ("violence claims 25 lives in three days", "drug war death toll reaches
// 500"; wartoll.go), a week of violence or a named week ("Easter
// week", "the first week of May"): a tally of the state, no act; the same
// count with no period, or with a period after the act ("a week after"),
// stays one act.
func TestPeriodCountTallies(t *testing.T) {
	e := realExtractor(t)
	for _, tt := range []struct {
		text  string
		tally string // the tally's state, "" for an act and no tally
		act   bool
	}{
		{"Drug violence kills 30 in Durango in one week", "10", false},
		{"Sinaloa: 35 killed in a week of violence", "25", false},
		{"At least 40 murdered in Michoacan over Easter week", "16", false},
		{"Nuevo Leon violence: 45 slain in first week of May", "19", false},
		{"Guerrero: 14 killed in a single week", "12", false},
		{"Asesinan a 12 en una semana en Zacatecas", "32", false},
		{"Tamaulipas violence claims 25 lives in three days", "28", false},
		{"Deadly week in Sonora: 22 killed", "26", false},
		{"Bloody week in Sonora leaves 22 dead", "26", false},
		{"Semana violenta en Zacatecas deja 30 muertos", "32", false},
		{"Death toll in Sinaloa drug war reaches 500", "25", false},
		{"Mexico: 12 killed in Guerrero", "", true},
		{"Violence in Guerrero claims five lives", "", true},
		{"Gunmen kill 5 at party in Ciudad Juarez", "", true},
		{"Three bodies found in Sinaloa a week after shootout", "", true},
	} {
		lang := "en"
		if strings.HasPrefix(tt.text, "Asesinan") {
			lang = "es"
		}
		r := model.Report{ID: "p", Kind: model.KindNews, Lang: lang, Text: tt.text, Published: en14Pub()}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		state, tallied := firstTally(got)
		_, act := actOf(got)
		if state != tt.tally || act != tt.act {
			t.Errorf("%q: tally at %q (%v), act %v; want tally at %q, act %v", tt.text, state, tallied, act, tt.tally, tt.act)
		}
	}
}

// TestEn14FalseActs checks English headlines that name an act without
// telling one: a court step (an acquittal, a sentence upheld, a probe
// ordered: none), a device defused (a find, as
// "Grenade found" is: no attack); and the follow-up
// that raises an act's toll, which tells the act (its place and its dead).
func TestEn14FalseActs(t *testing.T) {
	checkEnglishActs(t, en14Pub(), []typedAct{
		{"Gunmen acquitted in Acapulco massacre case", ""},
		{"Judge acquits police officers in Iguala shooting", ""},
		{"Court upholds sentences for Tepic bar massacre", ""},
		{"Top court orders new probe into Allende killings", ""},
		{"Appeals court frees man jailed for Celaya shooting", ""},
		{"Police defuse bomb outside bank in Guadalajara", model.SecurityOperation},
		{"Soldiers defuse explosive device left at Reynosa city hall", model.SecurityOperation},
		{"Bomb explodes at Guadalajara bank before police could defuse it", model.Explosive},
		{"Toll in Tepic bar attack rises to 9", model.ArmedAttack},
		{"Toll from Durango bus ambush climbs to 12", model.ArmedAttack},
	})
}

// TestEn14Overviews checks headlines that sum up a year or tell what
// extortion costs a trade: no act ("" type; a year's count is a tally).
func TestEn14Overviews(t *testing.T) {
	checkEnglishActs(t, en14Pub(), []typedAct{
		{"Avocado prices climb as extortion hits Uruapan packers", ""},
		{"Tortilla makers in Celaya cite extortion costs for price rise", ""},
		{"Reynosa ends 2012 with more than 400 killings", ""},
	})
}

// firstTally returns the state of the first tally of incs and whether
// there is one.
func firstTally(incs []model.Incident) (string, bool) {
	for _, in := range incs {
		if in.Tally {
			return in.Location.StateCode, true
		}
	}
	return "", false
}
