package gazetteer

import "testing"

// TestPressShortNames checks the short names the press gives
// municipalities with long official names (extra/municipalities.tsv): each
// resolves to its municipality, homonyms by the outlet's state, and
// "Soledad" stays a person's name or a word where it is one. The
// sentences are written for the test.
func TestPressShortNames(t *testing.T) {
	g := load(t)
	tests := []struct {
		prior, text string
		want        string // municipality code of the first place resolved, "" for none
	}{
		{"", "Asesinan a un hombre en Heliodoro Castillo", "12032"},
		{"", "Asesinan a un hombre en Soledad", "24035"},
		{"24", "Asesinan a un hombre en Soledad", "24035"},
		{"30", "Asesinan a un hombre en Soledad", "30148"},
		{"", "Asesinan a un hombre en Huajuapan", "20039"},
		{"", "Asesinan a un hombre en Zuazua", "19025"},
		{"", "Asesinan a un hombre en Nacozari", "26041"},
		{"", "Asesinan a un hombre en Ayutla", "12012"},
		{"", "Asesinan a un hombre en Atoyac", "12011"},
		{"30", "Asesinan a un hombre en Atoyac", "30021"},
		{"", "Asesinan a un hombre en Ciudad Sahagún", "13061"},
		{"", "Asesinan a un hombre en Cd. Sahagún", "13061"},
		{"12", "Asesinan a un hombre en Altamirano", "12050"},
		{"07", "Asesinan a un hombre en Altamirano", "07004"},
		{"", "Matan a Soledad García en la calle", ""},
		{"", "La soledad de los migrantes", ""},
	}
	for _, tt := range tests {
		rs := g.Resolve(tt.text, g.Find(tt.text), tt.prior)
		got := ""
		if len(rs) > 0 {
			got = rs[0].Place.MunicipalityCode
		}
		if got != tt.want {
			t.Errorf("[%s] %q: %q, want %q", tt.prior, tt.text, got, tt.want)
		}
	}
}
