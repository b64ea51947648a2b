package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestEnglishBackgroundSentences checks English background told in the
// present perfect or as a standing state ("has seen a rise in killings",
// "has long had one of the highest kidnapping rates", "drone attacks have
// become frequent", "the advisory remains in place"): no act of the report;
// the near misses, an act told in the same words' neighbourhood, stay acts.
func TestEnglishBackgroundSentences(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 3, 10, 12, 0, 0, 0, mexico)
	for _, tt := range []struct {
		text string
		act  bool
	}{
		// background: a trend, a record, a kind of attack become common
		{"Zitácuaro, on the highway between Toluca and Morelia, has seen a rise in killings linked to extortion.", false},
		{"Colima has seen a surge in shootings this year.", false},
		{"Zacatecas has long had one of the highest murder rates in the country.", false},
		{"Guerrero has long had one of the highest kidnapping rates in the country, and shop owners complain of extortion.", false},
		{"Drone attacks on villages have become frequent in the mountains between Michoacán and Jalisco.", false},
		{"Pharmacies in Irapuato have been targeted repeatedly by extortion gangs.", false},
		{"Arson attacks on buses have become frequent in the outskirts of Chilpancingo.", false},
		{"The U.S. Embassy has previously warned travelers about kidnappings in the region.", false},
		// background: a standing advisory
		{"The U.S. Consulate in Matamoros reminded U.S. citizens that the State Department's \"Do Not Travel\" advisory for Tamaulipas remains in place.", false},
		{"Sinaloa has long been under a U.S. \"do not travel\" advisory.", false},
		{"Colima has long been under a U.S. State Department \"do not travel\" advisory.", false},
		{"The State Department's travel advisory for Yucatán remains at Level 2, \"exercise increased caution,\" and was not changed after Thursday's shootings.", false},
		{"The State Department's travel advisory for Jalisco remains at Level 3 and was not changed after the shootings.", false},
		// near misses: acts
		{"Gunmen killed two men at a bar in Zitácuaro, Michoacán, on Tuesday night.", true},
		{"Gunmen have killed three police officers in Colima since Monday, officials said.", true},
		{"Attackers set fire to two buses in Chilpancingo, Guerrero, on Monday night.", true},
		{"The U.S. Consulate in Matamoros told its employees to shelter in place on Tuesday after gunfire near the bridge.", true},
	} {
		r := model.Report{ID: "p", Kind: model.KindNews, Lang: "en", Text: tt.text, Published: pub}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		if _, act := actOf(got); act != tt.act {
			t.Errorf("%q: act %v, want %v (%v)", tt.text, act, tt.act, got)
		}
		// after a lead that tells one act elsewhere, the background adds
		// no incident
		if tt.act {
			continue
		}
		r.Text = en16Lead + " " + tt.text
		if got := e.Extract(r); len(got) != 1 {
			t.Errorf("lead + %q: %d incidents, want 1: %v", tt.text, len(got), got)
		}
	}
}

// en16Lead tells one act, in a place none of the background sentences name.
const en16Lead = "Gunmen shot dead a shopkeeper in Tepic, Nayarit, on Monday afternoon, state prosecutors said."
