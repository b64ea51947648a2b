package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestSettlementTold holds probes, written for this test, of an act placed
// only in "the town", "the city" or "the community" after a sentence that
// names only the state (an agency's name): the town named before is where
// it happened (townTold); a name after the noun ("the city of Zapopan",
// "la Ciudad de México") is another place.
func TestSettlementTold(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2041, 5, 29, 16, 0, 0, 0, mexico)
	tests := []struct {
		name string
		text string
		want string // the last incident's municipality
	}{
		{"the town", "Gunmen killed four men at a bar in Tlaquepaque on Friday night. The Jalisco prosecutor's office said the attackers fled in a pickup. Schools in the town were closed on Monday.", "San Pedro Tlaquepaque"},
		{"the community", "Five men were killed Tuesday in a gunfight in Samachique, a community in the municipality of Guachochi. Investigators found shell casings, the Chihuahua attorney general's office said. Schools in the community were closed on Wednesday.", "Guachochi"},
		{"the city", "Gunmen killed four men at a bar in Tlaquepaque on Friday night. The Jalisco prosecutor's office said the attackers fled in a pickup. Public transport in the city was suspended on Saturday.", "San Pedro Tlaquepaque"},
		{"the city of another town", "Gunmen killed four men at a bar in Tlaquepaque on Friday night. The Jalisco prosecutor's office said the attackers fled in a pickup. Police arrested two men in the city of Zapopan on Saturday.", "Zapopan"},
	}
	for _, tt := range tests {
		got := e.Extract(model.Report{ID: "t", Kind: model.KindNews, Text: tt.text, Published: pub})
		if len(got) == 0 || got[len(got)-1].Location.Municipality != tt.want {
			t.Errorf("%s: %q: got %s, want the last in %s", tt.name, tt.text, typesAt(got), tt.want)
		}
	}
}
