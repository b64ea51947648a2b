package extract

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestJudgeAttacked checks that a judge an act touched — the object of a
// verb of attack, maybe after a title word, or the subject of a
// participle that tells the act — is no court step, while a judge who
// frees or sentences still is.
func TestJudgeAttacked(t *testing.T) {
	checkEnglishActs(t, time.Date(2019, 8, 14, 12, 0, 0, 0, mexico), []typedAct{
		{"Gunmen open fire on federal judge in Coyoacan", model.ArmedAttack},
		{"Armed men attack judge's home in Culiacan", model.ArmedAttack},
		{"Gunmen kill district judge outside Morelia courthouse", model.Homicide},
		{"Judge frees suspects in Morelia shooting case", ""},
		{"Judge sentences gunmen who attacked Colima bar", ""},
	})
}

// TestHeadlinesUCDP9 reads testdata/headlines_ucdp9.tsv, English
// headlines written for branch ucdp9 before its rules: headlinese tenses,
// noun phrases for the act, a toll "after" its act, subtitles glued to
// the headline, a count before a singular "death", attacks survived,
// judges attacked, and controls. First seen (block by block, with the
// rules of the branch so far): 35 of 43 acts found, 32 typed, 34 in
// their state, 15 of 17 others clean (eval's count); at the end 40 found, 36
// typed (this test counts types its own way), 39 placed, 15 clean.
func TestHeadlinesUCDP9(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2019, 8, 14, 12, 0, 0, 0, mexico)
	s := scoreHeadlines(t, e, readHeadlineRows(t, filepath.Join("testdata", "headlines_ucdp9.tsv")), pub)
	t.Logf("acts %d: found %d, state right %d, type right %d; no-act %d/%d clean", s.acts, s.found, s.placed, s.typed, s.clean, s.nones)
	const foundFloor, typedFloor, placedFloor, cleanFloor = 40, 36, 39, 15
	if s.found < foundFloor || s.typed < typedFloor || s.placed < placedFloor || s.clean < cleanFloor {
		t.Errorf("found %d, typed %d, state right %d, clean %d; want at least %d, %d, %d, %d", s.found, s.typed, s.placed, s.clean, foundFloor, typedFloor, placedFloor, cleanFloor)
	}
}
