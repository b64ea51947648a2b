package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestTownsAndHeadlineLists checks where the first incident of a headline
// lies when it names more than one town. People counted over two or
// three towns of one state are told town by town, as the Spanish
// verb-first headline tells them, not as a tally at the state's capital;
// a count of acts over a month, or over more towns than that, stays a
// tally. In a list of headlines one a line (the titles several outlets
// gave one story) a headline with no place takes the one town another
// headline names, not only its state. A headline's tally kept by a verb
// of counting ("Acumula Chihuahua 10 muertes", "Tijuana and Guaymas
// register ...") is a tally of its place. The texts are written for the
// test.
func TestTownsAndHeadlineLists(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2019, 8, 14, 0, 0, 0, 0, mexico)
	tests := []struct {
		text    string
		muni    string // the first incident's municipality, "" for none
		state   string
		counted bool // false: a tally
	}{
		{"7 executed in Uruapan and Zamora", "16102", "16", true},
		{"Asesinan a 7 en Uruapan y Zamora", "16102", "16", true},
		{"4 killed in resort cities Cancun, Playa del Carmen", "23005", "23", true},
		{"Violent Wednesday: 4 executed in Tangancícuaro and 3 in Zamora", "16085", "16", true},
		{"Agosto registró 4 homicidios en Minatitlán y Cosoleacaque", "", "30", false},
		{"7 murders in Uruapan and Zamora", "", "16", false},
		{"Suman 5 muertos en Celaya y Salamanca", "", "11", false},
		{"12 killed over the weekend in Culiacán and Navolato", "", "25", false},
		// Two or three states, state by state.
		{"9 die in Zacatecas and Jalisco", "", "32", true},
		{"12 ejecutados en Guerrero, Michoacán y Sinaloa", "", "12", true},
		{"27 killed in Guerrero, Michoacán, Sinaloa and Sonora", "", "", false},
		// A verb of counting keeps a tally for its place; with none, a
		// period's count stays unanchored (below).
		{"Acumula Chihuahua 10 muertes", "", "08", false},
		{"Empalme and Guaymas register 3 violent deaths this weekend", "", "26", false},
		{"Ten killed in shootout between alleged criminals\n10 dead in bloody confrontation in Uruapan\nMichoacán: gunmen go after vigilantes", "16102", "16", true},
		{"Attack at truck stop kills 9: officials\nNine people gunned down in Villagrán, Guanajuato", "11044", "11", true},
	}
	for _, text := range []string{"November records 74 violent deaths", "Las muertes violentas en Chihuahua"} {
		if got := e.Extract(model.Report{ID: "h", Kind: model.KindNews, Text: text, Published: pub}); len(got) > 0 {
			t.Errorf("%q: %d incidents, want none", text, len(got))
		}
	}
	for _, tt := range tests {
		got := e.Extract(model.Report{ID: "h", Kind: model.KindNews, Text: tt.text, Published: pub})
		if len(got) == 0 {
			t.Errorf("%q: no incident", tt.text)
			continue
		}
		l := got[0].Location
		if l.MunicipalityCode != tt.muni || l.StateCode != tt.state || got[0].Counted() != tt.counted {
			t.Errorf("%q: first incident in %q/%q counted %v, want %q/%q counted %v", tt.text, l.StateCode, l.MunicipalityCode, got[0].Counted(), tt.state, tt.muni, tt.counted)
		}
	}
}

func TestHeadlineList(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Attack at truck stop kills 9: officials\nNine people gunned down in Villagrán, Guanajuato", true},
		{"One headline only", false},
		{"A title\nA sentence of the lead that ends as prose does.", false},
		{"A title\n\nAnother title", true},
		{"1\n2\n3\n4\n5\n6\n7\n8\n9", false},
		{"A title\n" + strings.Repeat("a long paragraph ", 20), false},
	}
	for _, tt := range tests {
		if got := headlineList(tt.text); got != tt.want {
			t.Errorf("headlineList(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
