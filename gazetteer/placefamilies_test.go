package gazetteer

import (
	"slices"
	"strings"
	"testing"
)

// resolved returns what Resolve makes of text's mentions under prior, one
// want a place kept.
func resolved(g *Gazetteer, text, prior string) []want {
	var got []want
	for _, r := range g.Resolve(text, g.Find(text), prior) {
		code := r.Place.MunicipalityCode
		if r.Place.Kind == State {
			code = r.Place.StateCode
		}
		got = append(got, want{r.Text, r.Place.Name, code})
	}
	return got
}

// TestPlaceFamilies checks ways of writing a place that the press uses
// and the resolver misread: a sentence opened by a capitalized
// preposition after a state's heading ("HIDALGO. En Cuautepec de
// Hinojosa"), English streets named after states ("at Morelos and
// Guerrero streets"), a locality's name that goes on into a longer one
// ("Lomas del Real de Jarachina"), a safe house of a town ("casa de
// seguridad de Matamoros"), and a state's name ending a neighbourhood's
// ("Valle de Puebla"). The sentences are written for the test.
func TestPlaceFamilies(t *testing.T) {
	g := load(t)
	tests := []struct {
		text  string
		prior string
		want  []want
	}{
		// A capitalized preposition opening a sentence is no part of a
		// longer name before a town of unknown size.
		{"HIDALGO. En Cuautepec de Hinojosa, policías hallaron el cuerpo de un hombre.", "",
			[]want{{"HIDALGO", "Hidalgo", "13"}, {"Cuautepec de Hinojosa", "Cuautepec de Hinojosa", "13016"}}},
		{"Hallan Un Cuerpo En Cuautepec De Hinojosa", "",
			[]want{{"Cuautepec De Hinojosa", "Cuautepec de Hinojosa", "13016"}}},
		// (a title-case word before it still makes a longer name)
		{"Vecinos de Barrio Alto Cuautepec de Hinojosa", "", nil},
		// English streets named after states and towns.
		{"The shooting happened at Morelos and Guerrero streets in downtown Reynosa.", "",
			[]want{{"Reynosa", "Reynosa", "28032"}}},
		{"Gunmen opened fire on Hidalgo Street in Matamoros.", "",
			[]want{{"Matamoros", "Matamoros", "28022"}}},
		{"A body was found near Juárez Avenue and Zaragoza Street in Nuevo Laredo.", "",
			[]want{{"Nuevo Laredo", "Nuevo Laredo", "28027"}}},
		// (a town's streets are the town's)
		{"Hooded men torch a patrol car on Uruapan street", "",
			[]want{{"Uruapan", "Uruapan", "16102"}}},
		{"Gunmen torch buses to block Zapopan avenues", "",
			[]want{{"Zapopan", "Zapopan", "14120"}}},
		{"Two men were killed in Guerrero and Morelos on Sunday.", "",
			[]want{{"Guerrero", "Guerrero", "12"}, {"Morelos", "Morelos", "17"}}},
		// A locality whose name goes on into a longer one ("de" and a
		// capitalized word no other mention starts) is that other place.
		{"Officers patrolling the Lomas del Real de Jarachina area were fired upon in Reynosa.", "",
			[]want{{"Reynosa", "Reynosa", "28032"}}},
		{"Balean a un hombre en Lomas del Real, Altamira.", "",
			[]want{{"Lomas del Real", "Lomas del Real", "28003"}, {"Altamira", "Altamira", "28003"}}},
		// A safe house of a town names the town.
		{"Hallaron armas en una casa de seguridad de Matamoros.", "",
			[]want{{"Matamoros", "Matamoros", "28022"}}},
		// A state's name ending a neighbourhood's ("Valle de Puebla",
		// "Lomas de Jalisco") is no state.
		{"Asesinan a joven y lesionan a dos más en Valle de Puebla", "02", nil},
		{"Atacan a balazos a un hombre en Lomas de Jalisco", "19", nil},
		{"Asesinan a joven en el Valle de Bravo", "", []want{{"Valle de Bravo", "Valle de Bravo", "15110"}}},
		// A proper name that "en" opens, then "de" and a city: the city.
		{"Atacan a balazos a par de hombres en Lomas de Vista Hermosa de León", "",
			[]want{{"León", "León", "11020"}}},
		{"Riña en el Parque Ecológico La Huasteca de Santa Catarina, deja tres heridos", "",
			[]want{{"Santa Catarina", "Santa Catarina", "19048"}}},
		// A town after an office ("delegado de Tránsito de", "director
		// de Seguridad Pública de"), in capitals too.
		{"ASESINAN AL DELEGADO DE TRÁNSITO DE VISTA HERMOSA, MICHOACÁN", "",
			[]want{{"VISTA HERMOSA", "Vista Hermosa", "16105"}, {"MICHOACÁN", "Michoacán", "16"}}},
		{"Asesinan al director de Seguridad Pública de Apaseo el Alto", "",
			[]want{{"Apaseo el Alto", "Apaseo el Alto", "11004"}}},
		{"Atacan a la regidora de Zacapu", "",
			[]want{{"Zacapu", "Zacapu", "16107"}}},
		// A road or a devotion named after a place is neither.
		{"Asesinan a hombre cerca de kínder en Calzada de Guadalupe, Guanajuato", "11",
			[]want{{"Guanajuato", "Guanajuato", "11015"}}},
		{"Atacan sicarios una fiesta de la Virgen de Guadalupe en Cupareo", "",
			[]want{{"Cupareo", "Cupareo", "11028"}}},
		// (a town's street, a road's name before the town)
		{"Balean a tres sujetos en una calle de Cancún", "",
			[]want{{"Cancún", "Benito Juárez", "23005"}}},
		{"Balean a turista en la Quinta Avenida de Playa del Carmen", "",
			[]want{{"Playa del Carmen", "Solidaridad", "23008"}}},
		{"Hallan a hombre muerto en Nuestra Señora de Guanajuato", "11",
			[]want{{"Guanajuato", "Guanajuato", "11015"}}},
		// A common given name opening a sentence: a person's name.
		{"Feminicidio 69: María Guadalupe es asesinada a puñaladas en Huauchinango", "",
			[]want{{"Huauchinango", "Huauchinango", "21071"}}},
		// A slug's place after "en", a noun and "de".
		{"detenidos-tres-presuntos-narcomenudistas-en-la-zona-costera-de-tulum", "",
			[]want{{"tulum", "Tulum", "23009"}}},
		{"encuentran-cuerpo-de-una-mujer-en-zona-continental-de-isla-mujeres", "",
			[]want{{"isla-mujeres", "Isla Mujeres", "23003"}}},
		{"ejecutaron-a-uno-y-lesionaron-a-otro-en-parajes-de-san-isidro", "08", nil},
		// "paraje de": a place's kind.
		{"Localizan cuerpo en paraje de El Salto", "10",
			[]want{{"El Salto", "El Salto", "10023"}}},
		// Towns the press names otherwise than the census (extra/).
		{"NAVOLATO, Sin.- Dispararon contra la patrulla en la colonia Centro de Villa Juárez.", "",
			[]want{{"NAVOLATO", "Navolato", "25018"}, {"Villa Juárez", "Villa Juárez", "25018"}}},
		{"Asesinan a un hombre en Cd. Mante", "",
			[]want{{"Cd. Mante", "El Mante", "28021"}}},
		{"Ataque armado en Matías Romero deja dos muertos", "",
			[]want{{"Matías Romero", "Matías Romero Avendaño", "20057"}}},
		{"Asesinan a policía en Ecatepec, Edo Mex", "",
			[]want{{"Ecatepec", "Ecatepec de Morelos", "15033"}, {"Edo Mex", "Estado de México", "15"}}},
		{"Atacan a tiros la camioneta del director de Seguridad de Cuitzeo", "",
			[]want{{"Cuitzeo", "Cuitzeo", "16020"}}},
		// An English noun of a place's kind after the name.
		{"Drones drop explosives on Coalcoman village", "",
			[]want{{"Coalcoman", "Coalcomán de Vázquez Pallares", "16015"}}},
		// A town's name ending a colonia's stays the colonia's.
		{"Ataque en colonia Valle de Jerez deja un muerto en León", "11",
			[]want{{"León", "León", "11020"}}},
		// (a neighbourhood's word right before "de": a colonia named
		// after a town or state, unless a colonia word opens it)
		{"Localizan asesinado a un hombre en Lomas de Guadalupe", "25", nil},
		{"Asesinan a balazos a un hombre en Villas de San Nicolás", "11", nil},
		{"Ejecutan a un hombre en la colonia Infonavit de Colima", "06",
			[]want{{"Colima", "Colima", "06002"}}},
		// (not a name that goes on: "Centro Cívico")
		{"Hallan el cuerpo de un hombre en la Glorieta del Centro Cívico en Trancoso", "",
			[]want{{"Trancoso", "Trancoso", "32057"}}},
	}
	for _, tt := range tests {
		if got := resolved(g, tt.text, tt.prior); !slices.Equal(got, tt.want) {
			t.Errorf("Resolve(%q, %q) = %v, want %v", tt.text, tt.prior, got, tt.want)
		}
	}
}

// TestInPlaceOf checks the proper names of a town's places that "en"
// opens and "de" and the town close.
func TestInPlaceOf(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Balean a dos en Lomas de Vista Hermosa de León", true},
		{"Atacan a joven en la San Felipe de Jesús de León", true},
		{"Riña en el Parque Ecológico La Huasteca de Santa Catarina", true},
		{"Hallan Cuerpo En Lomas De Vista Hermosa De León", true},
		{"Detienen en la casa de Juan Pérez de León", false},
		{"Declaró Juan Pérez de León", false},
		{"Asesinan en Guanajuato, Juan Pérez de León", false},
		{"en de León", false},
		{"Hallan un cuerpo en la Glorieta del Centro", false},
	}
	for _, tt := range tests {
		i := strings.LastIndex(strings.ToLower(tt.text), " de ") + len(" de ")
		if got := inPlaceOf(tt.text, i); got != tt.want {
			t.Errorf("inPlaceOf(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestOfBefore checks the cheap test for "de" or "del" before a name.
func TestOfBefore(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"en Lomas de X", true},
		{"en Lomas DE X", true},
		{"la Glorieta del X", true},
		{"en X", false},
		{"de X", false}, // nothing before "de"
		{"Guadalupe X", false},
		{"en el X", false},
		{"la Del X", true},
	}
	for _, tt := range tests {
		if got := ofBefore(tt.text, len(tt.text)-1); got != tt.want {
			t.Errorf("ofBefore(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
