package extract

import (
	"sync"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestSourcePriorThresholds checks when a home state is known: at least
// five reports naming a state, one state with at least 60% of them.
func TestSourcePriorThresholds(t *testing.T) {
	tests := []struct {
		name   string
		counts map[string]int
		want   string
	}{
		{"too few reports", map[string]int{"11": 4}, ""},
		{"enough, one state", map[string]int{"11": 5}, "11"},
		{"exactly 60%", map[string]int{"11": 3, "14": 2}, "11"},
		{"no majority", map[string]int{"11": 3, "14": 3}, ""},
		{"just under 60%", map[string]int{"25": 5, "26": 2, "18": 2}, ""},
		{"clear home", map[string]int{"08": 90, "09": 5, "19": 5}, "08"},
		{"a clear lead over scattered misreadings", map[string]int{"08": 22, "07": 5, "24": 3, "09": 2, "19": 2, "28": 2, "30": 2, "02": 1, "05": 1}, "08"},
		{"a lead of only twice", map[string]int{"08": 12, "07": 6, "24": 4}, ""},
		{"a lead with too few reports", map[string]int{"08": 9, "07": 3, "24": 3, "19": 3}, ""},
	}
	for _, tt := range tests {
		p := NewSourcePrior()
		for code, n := range tt.counts {
			p.Add("Diario Uno", code, n)
		}
		got, ok := p.HomeState("Diario Uno")
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("%s: HomeState = %q, %v; want %q", tt.name, got, ok, tt.want)
		}
	}
	p := NewSourcePrior()
	p.Add("Periódico  Correo", "11", 3)
	p.Add("periodico correo", "11", 2)
	if got, _ := p.HomeState("PERIÓDICO CORREO"); got != "11" {
		t.Errorf("spellings of one source counted apart: HomeState = %q, want 11", got)
	}
	if got, ok := p.HomeState(""); ok {
		t.Errorf("HomeState(\"\") = %q, want none", got)
	}
}

// TestSourcePriorObserve checks that only places the text names count,
// once per report, and that observing is safe from several goroutines.
func TestSourcePriorObserve(t *testing.T) {
	p := NewSourcePrior()
	r := model.Report{Source: "La Voz"}
	text := func(code string) model.Incident {
		return model.Incident{Location: model.Location{StateCode: code, Basis: model.BasisText}}
	}
	prior := model.Incident{Location: model.Location{StateCode: "16", Basis: model.BasisOutletPrior}}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p.Observe(r, []model.Incident{text("16"), text("16"), prior})
		}()
	}
	wg.Wait()
	if got, ok := p.HomeState("La Voz"); ok {
		t.Fatalf("4 reports gave home %q, want none yet", got)
	}
	for range 6 {
		p.Observe(r, []model.Incident{prior}) // its own guesses teach nothing
	}
	if got, ok := p.HomeState("La Voz"); ok {
		t.Fatalf("prior-placed incidents counted: home %q", got)
	}
	p.Observe(r, []model.Incident{text("16")})
	if got, _ := p.HomeState("La Voz"); got != "16" {
		t.Errorf("after 5 reports naming Michoacán: home %q, want 16", got)
	}
}

// TestPriorPlaces checks what the learned home state does in extraction:
// a headline naming no place gets the state, marked as coming from the
// prior; a homonym is read in the home state; a named place wins over
// the prior.
func TestPriorPlaces(t *testing.T) {
	d := realDeps(t)
	p := NewSourcePrior()
	p.Add("Noticias del Norte", "08", 10)   // Chihuahua
	p.Add("Noticias del Norte", "08019", 7) // its capital
	p.Add("Noticias del Norte", "08037", 3)
	p.Add("Diario Capitalino", "09", 10)
	p.Add("noticias del norte de juarez", "08", 10)
	d.Prior = p
	e := NewWith(d)
	pub := time.Date(2026, 2, 23, 9, 30, 0, 0, mexico)
	tests := []struct {
		source, text string
		state, muni  string
		prec         model.GeoPrecision
		basis        model.GeoBasis
	}{
		// No known place: the home town, where the source has one.
		{"Noticias del Norte", "Asesinan a balazos a un hombre afuera de su domicilio", "08", "08019", model.GeoMunicipality, model.BasisOutletPrior},
		{"Noticias del Norte", "Ejecutan a un joven en Cuauhtémoc", "08", "08017", model.GeoMunicipality, model.BasisText},
		// Only the home state named: the home town, from the prior.
		{"Noticias del Norte", "Seguridad en el estado de Chihuahua: asesinan a un hombre afuera de su domicilio", "08", "08019", model.GeoMunicipality, model.BasisOutletPrior},
		// An article, or a closure, naming the state: the state.
		{"Noticias del Norte", "Seguridad en el estado de Chihuahua. Asesinan a un hombre afuera de su domicilio. La policía investiga el caso.", "08", "", model.GeoState, model.BasisText},
		{"Noticias del Norte", "Se suspenden las clases en el estado de Chihuahua", "08", "", model.GeoState, model.BasisText},
		// Another state named: that state.
		{"Noticias del Norte", "Seguridad en el estado de Sonora: asesinan a un hombre afuera de su domicilio", "26", "", model.GeoState, model.BasisText},
		{"Noticias del Norte", "Asesinan a un hombre en Culiacán", "25", "25006", model.GeoMunicipality, model.BasisText},
		// The name-derived home state serves when nothing was learned,
		// and its capital when no home town is known.
		{"El Diario de Coahuila", "Asesinan a balazos a un hombre afuera de su domicilio", "05", "05030", model.GeoMunicipality, model.BasisOutletPrior},
		{"El Siglo de Torreón", "Asesinan a balazos a un hombre afuera de su domicilio", "05", "05035", model.GeoMunicipality, model.BasisOutletPrior},
		// A town in the outlet's name that may be a surname alone.
		{"El Heraldo de Juárez", "Armed attack leaves one dead and one injured", "08", "08037", model.GeoMunicipality, model.BasisOutletPrior},
		// A learned home state and the town of the outlet's name, written
		// in lowercase.
		{"noticias del norte de juarez", "Asesinan a balazos a un hombre afuera de su domicilio", "08", "08037", model.GeoMunicipality, model.BasisOutletPrior},
		// A neighbourhood and no town: the home town when one is known.
		{"Noticias del Norte", "Asesinan a balazos a un hombre en la colonia Popular", "08", "08019", model.GeoMunicipality, model.BasisOutletPrior},
		{"El Diario de Coahuila", "Asesinan a balazos a un hombre en la colonia Popular", "05", "05030", model.GeoMunicipality, model.BasisOutletPrior},
		// Ciudad de México has no capital of its own: the state.
		{"Diario Capitalino", "Asesinan a balazos a un hombre en la colonia Popular", "09", "", model.GeoState, model.BasisOutletPrior},
		// "La capital": the home state's capital.
		{"El Siglo de Durango", "Asesinan a balazos a un hombre en la capital", "10", "10005", model.GeoMunicipality, model.BasisOutletPrior},
		{"El Diario de Coahuila", "Asesinan a balazos a un hombre en la capital", "05", "05030", model.GeoMunicipality, model.BasisOutletPrior},
		// No home state: no location.
		{"Agencia Nacional", "Asesinan a balazos a un hombre afuera de su domicilio", "", "", model.GeoCountry, ""},
		// A count in a headline naming no known place: the home state, not
		// the country (a tally of one neighbourhood), in the learned home
		// town (branch ucdpstate: UCDP and PPD coordinates rose on both
		// dev halves when local counts took it).
		{"Noticias del Norte", "Hallan 11 cadáveres en Palma Real", "08", "08019", model.GeoMunicipality, model.BasisOutletPrior},
		{"Agencia Nacional", "Hallan 11 cadáveres en Palma Real", "", "", model.GeoCountry, ""},
		// Where the man comes from is not where he was arrested: from an
		// outlet at home in another state, its home town.
		{"Noticias del Norte", "Detienen a presunto narcomenudista en la colonia Campesina; es originario de Sonora", "08", "08019", model.GeoMunicipality, model.BasisOutletPrior},
		// A state named only as an agency's or a force's: that state, not
		// the home of an outlet at home elsewhere (the home's own name is
		// its capital, as ever); a town named beside it wins.
		{"Noticias del Norte", "Asesinan a dos exfuncionarios de la Fiscalía de Guerrero", "12", "", model.GeoState, model.BasisText},
		{"Agencia Nacional", "Asesinan a un agente de la Policía de Jalisco", "14", "", model.GeoState, model.BasisText},
		{"Noticias del Norte", "Asesinan a un agente de la Policía de Chihuahua", "08", "08019", model.GeoMunicipality, model.BasisText},
		{"Noticias del Norte", "Asesinan a un agente de la Fiscalía de Guerrero en Culiacán", "25", "25006", model.GeoMunicipality, model.BasisText},
		// A highway across states named by its ends: its first end, when
		// the highway covers it (Puebla is read as the state: none).
		{"Agencia Nacional", "Emboscada en la carretera Nuevo Laredo-Monterrey", "28", "28027", model.GeoMunicipality, model.BasisText},
		{"Agencia Nacional", "Asaltan a una familia en la autopista Puebla-Orizaba", "", "", model.GeoState, model.BasisText},
		// (from its own state, the origin stays: "Chihuahua" from a
		// Chihuahua outlet is its capital)
		{"Noticias del Norte", "Detienen a presunto narcomenudista originario de Chihuahua", "08", "08019", model.GeoMunicipality, model.BasisText},
	}
	for _, tt := range tests {
		got := e.Extract(model.Report{ID: "p", Source: tt.source, Kind: model.KindNews, Lang: "es", Published: pub, Text: tt.text})
		if len(got) != 1 {
			t.Errorf("%s: %q: %d incidents, want 1", tt.source, tt.text, len(got))
			continue
		}
		l := got[0].Location
		if l.StateCode != tt.state || l.MunicipalityCode != tt.muni || l.Precision != tt.prec || l.Basis != tt.basis {
			t.Errorf("%s: %q: location %s/%s p%d %q, want %s/%s p%d %q", tt.source, tt.text, l.StateCode, l.MunicipalityCode, l.Precision, l.Basis, tt.state, tt.muni, tt.prec, tt.basis)
		}
	}
}

// TestHomeMunicipality checks the home town: 40% of the reports naming a
// municipality and half as many again as any other, in the home state.
func TestHomeMunicipality(t *testing.T) {
	tests := []struct {
		name   string
		counts map[string]int
		want   string
	}{
		{"dominant town", map[string]int{"02": 9, "02004": 8, "02002": 1}, "02004"},
		{"no clear lead", map[string]int{"11": 9, "11020": 4, "11007": 3, "11017": 2}, ""},
		{"a share of 40% and a lead", map[string]int{"08": 40, "08019": 12, "08037": 8, "08017": 5, "08032": 5}, "08019"},
		{"a lead without the share", map[string]int{"08": 40, "08019": 11, "08037": 7, "08017": 6, "08032": 6}, ""},
		{"too few", map[string]int{"02": 9, "02004": 4}, ""},
		{"town outside the home state", map[string]int{"02": 9, "03": 1, "03003": 6}, ""},
		{"no home state", map[string]int{"02": 3, "03": 3, "02004": 6}, ""},
	}
	for _, tt := range tests {
		p := NewSourcePrior()
		for code, n := range tt.counts {
			p.Add("Diario", code, n)
		}
		if got, ok := p.HomeMunicipality("Diario"); got != tt.want || ok != (tt.want != "") {
			t.Errorf("%s: HomeMunicipality = %q, %v; want %q", tt.name, got, ok, tt.want)
		}
	}
}

// TestStateNamesakeGeneric checks that a capital named as its state
// ("Chihuahua", which an outlet of that state resolves to its home town)
// does not anchor a kind of act named by a bare plural, while a town that
// is not its state's namesake, or an act told by a verb, still does.
func TestStateNamesakeGeneric(t *testing.T) {
	d := realDeps(t)
	p := NewSourcePrior()
	p.Add("Noticias del Norte", "08", 10)   // Chihuahua
	p.Add("Noticias del Norte", "08019", 7) // its capital, Chihuahua
	d.Prior = p
	e := NewWith(d)
	pub := time.Date(2026, 2, 23, 9, 30, 0, 0, mexico)
	tests := []struct {
		text string
		want int
	}{
		{"Masacres en Chihuahua se originan en disputas por la venta de droga", 0},
		{"Masacres en Cuauhtémoc se originan en disputas por la venta de droga", 1},
		{"Asesinan a dos hombres en Chihuahua", 1},
	}
	for _, tt := range tests {
		got := e.Extract(model.Report{ID: "p", Source: "Noticias del Norte", Kind: model.KindNews, Lang: "es", Published: pub, Text: tt.text})
		if n := violent(got); n != tt.want {
			t.Errorf("%q: %d violent incidents, want %d: %+v", tt.text, n, tt.want, got)
		}
	}
}

// TestFirmHome checks when a learned home state is firm: priorShare of at
// least firmMin reports naming a state.
func TestFirmHome(t *testing.T) {
	p := NewSourcePrior()
	p.Add("Nacional", "19", 7) // 7 of 11: a home, not a firm one
	p.Add("Nacional", "09", 4)
	p.Add("Local", "08", 25) // 25 of 30
	p.Add("Local", "25", 5)
	p.Add("Regional", "08", 33) // 33 of 56: a home by its lead, not firm
	p.Add("Regional", "12", 8)
	p.Add("Regional", "09", 8)
	p.Add("Regional", "25", 7)
	for _, tt := range []struct {
		source   string
		home     bool
		firmHome bool
	}{{"Nacional", true, false}, {"Local", true, true}, {"Regional", true, false}, {"Nadie", false, false}} {
		_, home := p.HomeState(tt.source)
		if home != tt.home || p.FirmHome(tt.source) != tt.firmHome {
			t.Errorf("%s: home %v firm %v, want %v %v", tt.source, home, p.FirmHome(tt.source), tt.home, tt.firmHome)
		}
	}
}
