package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestWireActs checks the English wire families of wireacts.go, each with
// a control in another sense: a slaughter and a bloodbath (not a market's
// nor a slaughterhouse's), a spree and a gangland killing, a deadly attack
// (not a ranking), a skirmish and fighting (not fighting crime).
func TestWireActs(t *testing.T) {
	checkEnglishActs(t, time.Date(2019, 8, 14, 12, 0, 0, 0, mexico), []typedAct{
		{"Three men slaughtered at Ciudad Juarez party", model.Homicide},
		{"Slaughter at Irapuato bar leaves 6 dead", model.Homicide},
		{"Bloodbath in Monterrey bar", model.Homicide},
		{"Bloodbath in the markets as peso tumbles", ""},
		{"Slaughterhouse workers strike in Puebla", ""},
		{"Killing spree in Cajeme", model.Homicide},
		{"Gangland killing in Nuevo Laredo", model.Homicide},
		{"Deadly attack in Hermosillo", model.ArmedAttack},
		{"Mexico's deadliest year for journalists", ""},
		{"Skirmish between troops and cartel in Tamaulipas", model.ArmedClash},
		{"Heavy fighting in the Guerrero sierra", model.ArmedClash},
		{"Fighting drug trafficking in Mexico", ""},
		{"Woman bludgeoned to death in Ecatepec", model.Homicide},
		{"Man strangles woman in Monterrey", model.Homicide},
		{"Drug war strangles Tijuana economy", ""},
		{"Gunmen attack business in Celaya", model.BusinessAttack},
		{"Gunmen kill trade union leader in Oaxaca", model.Homicide},
		{"Killers strike again in Colima", model.ArmedAttack},
		{"Teachers strike again in Oaxaca", ""},
		{"Lightning strikes again in Monterrey", ""},
	})
}

// TestSeizedPeople checks that an armed doer seizing, snatching or
// grabbing people, told by a bare count before the place, is a
// kidnapping, while the forces' seizures and things seized are not.
func TestSeizedPeople(t *testing.T) {
	checkEnglishActs(t, time.Date(2019, 8, 14, 12, 0, 0, 0, mexico), []typedAct{
		{"Gunmen seize 20 in Tamaulipas", model.Kidnapping},
		{"Armed men snatch two brothers in Cuernavaca", model.Kidnapping},
		{"Gunmen seize 20 tons of avocados in Uruapan", ""},
	})
}

// TestHeadlinesUCDP11 reads testdata/headlines_ucdp11.tsv, English wire
// headlines written for branch ucdp11 before its rules (the last block
// after the first rules, before its own). First seen with main at 37e3f2a
// (atalaya eval, undated): 179 of 209 acts found, 169 typed, 174 of 208
// in their state, 25 of 25 others clean; with the branch's rules 197,
// 189, 194 and 25 (this test's count: 197 found, 187 typed, 195 placed).
// The test keeps the floor the branch reached.
func TestHeadlinesUCDP11(t *testing.T) {
	checkHeadlineFloors(t, "headlines_ucdp11.tsv", time.Date(2019, 8, 14, 12, 0, 0, 0, mexico), 195, 187, 25)
}

// TestMonthsAfter checks that an act told after "months after" in its
// clause is an old act ("Celaya bar reopens months after deadly
// attack"), while an act after the comma that closes the phrase is news
// ("Months after truce, gunmen kill 5"), as it is after "years after".
func TestMonthsAfter(t *testing.T) {
	checkEnglishActs(t, time.Date(2019, 8, 14, 12, 0, 0, 0, mexico), []typedAct{
		{"Celaya bar reopens months after deadly attack", ""},
		{"Celaya bar reopens months after massacre", ""},
		{"Months after truce, gunmen kill 5 in Celaya", model.Homicide},
		{"Years after the war, gunmen kill 5 in Celaya", model.Homicide},
		{"A year after the massacre, Allende still mourns", ""},
	})
}

// TestWirePlaces checks the place of wire English: a town whose name is
// also a person's, opening the headline before the noun of its act
// ("Juarez shooting"), and a suburb named by its city ("the Mexico City
// suburb of Ecatepec"), which is in the suburb's state.
func TestWirePlaces(t *testing.T) {
	checkFirstActs(t, time.Date(2019, 8, 14, 12, 0, 0, 0, mexico), "state", func(g model.Incident) string { return g.Location.StateCode }, []wireRow{
		{"Juarez shooting leaves 2 dead", "08"},
		{"Matamoros shootout leaves 5 dead", "28"},
		{"Juarez bloodbath leaves 10 dead", "08"},
		{"Gunmen kill 5 in the Mexico City suburb of Nezahualcoyotl", "15"},
		{"Gunmen kill 5 in Mexico City suburb of Ecatepec", "15"},
		{"Gunmen kill 5 in Mexico City", "09"},
	})
}

// wireRow is a headline and what its first act should read.
type wireRow struct{ text, want string }

// checkFirstActs extracts each row's headline, published at pub, and
// checks that its first act reads as the row wants by read (what names
// the field).
func checkFirstActs(t *testing.T, pub time.Time, what string, read func(model.Incident) string, rows []wireRow) {
	t.Helper()
	e := realExtractor(t)
	for _, tt := range rows {
		g, ok := firstEnglishAct(t, e, pub, tt.text)
		switch {
		case !ok:
			t.Errorf("%q: no act, want one with %s %s", tt.text, what, tt.want)
		case read(g) != tt.want:
			t.Errorf("%q: %s %q, want %q", tt.text, what, read(g), tt.want)
		}
	}
}

// TestWireDays checks the day of an English wire headline published on a
// Monday, as a careful reader dates it: a weekday is the last one on or
// before the publication ("on Sunday" the day before, "on Monday" the
// same day, "on Tuesday" six days back), its night that day ("Sunday
// night", not the Monday it ran into), "late Friday", "Friday's", "last
// Thursday"; "yesterday", "last night" and "overnight" the day before;
// "early Monday" and "this morning" the publication day. Written before
// the UCDP rows' days were read; the rules held them all.
func TestWireDays(t *testing.T) {
	day := func(g model.Incident) string {
		if g.Time == nil {
			return ""
		}
		return g.Time.Format("2006-01-02") // the day in the zone it was read in
	}
	checkFirstActs(t, time.Date(2019, 8, 12, 12, 0, 0, 0, mexico), "day", day, []wireRow{ // a Monday
		{"Gunmen kill three in Culiacan on Sunday", "2019-08-11"},
		{"Two men shot dead in Tijuana Sunday night", "2019-08-11"},
		{"Gunmen kill police officer in Celaya late Friday", "2019-08-09"},
		{"Gunmen kill 4 in Acapulco Monday", "2019-08-12"},
		{"Gunmen kill 4 in Acapulco early Monday", "2019-08-12"},
		{"Gunmen kill three in Culiacan on Tuesday", "2019-08-06"},
		{"Six killed in Juarez bar yesterday", "2019-08-11"},
		{"Gunmen kill two in Morelia last night", "2019-08-11"},
		{"Five killed overnight in Ciudad Juarez", "2019-08-11"},
		{"Police chief killed in Uruapan Saturday night", "2019-08-10"},
		{"Bodies found after Friday's attack in Celaya", "2019-08-09"},
		{"Gunmen killed three last Thursday in Culiacan", "2019-08-08"},
		{"Gunmen kill three in Culiacan this morning", "2019-08-12"},
		{"Shootout in Reynosa leaves 5 dead Sunday", "2019-08-11"},
	})
}
