package gazetteer

import "testing"

// TestTownCue checks the words that call the name after them a town.
func TestTownCue(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Balacera en el centro de Jerez", true},
		{"Matan a dos en el municipio de Amatitlán", true},
		{"Emboscada en el municipio Nazas", true},
		{"Emboscan a policías en la cabecera municipal de Nazas", true},
		{"Asesinan al alcalde de Nazas", true},
		{"Asesinan al presidente municipal de Nazas", true},
		{"Atacan a la policía municipal de Nazas", true},
		{"Asesinan a joven en Amatitlán", false},
		{"Balean a hombre en la colonia Sacramento", false},
		{"Asesinan al hijo de Nazas", false},
		{"Detienen al presidente de Nazas", false},
	}
	for _, tt := range tests {
		i := len(tt.text)
		for i > 0 && tt.text[i-1] != ' ' {
			i--
		}
		if got := townCue(tt.text, i); got != tt.want {
			t.Errorf("townCue(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestSaintGoesOn checks a saint's name followed by a capitalized word
// of a text in sentence case.
func TestSaintGoesOn(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"Hallan cuerpo en San Cristóbal Huichochitlán", "San Cristóbal", true},
		{"Balean a taxista en San Juan Ixhuatepec", "San Juan", true},
		{"Hallan cuerpo en San Cristóbal", "San Cristóbal", false},
		{"Hallan cuerpo en San Cristóbal, Chiapas", "San Cristóbal", false},
		{"Hallan cuerpo en San Cristóbal el lunes", "San Cristóbal", false},
		{"Hallan cuerpo en San Juan GTO", "San Juan", false},
		{"Hallan Cuerpo En San Juan Hoy", "San Juan", false}, // Title Case: every word capitalized
	}
	for _, tt := range tests {
		end := len(tt.name)
		for i := 0; i+len(tt.name) <= len(tt.text); i++ {
			if tt.text[i:i+len(tt.name)] == tt.name {
				end = i + len(tt.name)
				break
			}
		}
		if got := saintGoesOn(tt.text, end); got != tt.want {
			t.Errorf("saintGoesOn(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestTitledFunctionWord checks the function words a Title Case headline
// capitalizes.
func TestTitledFunctionWord(t *testing.T) {
	tests := []struct {
		at, w string
		want  bool
	}{
		{"De Guadalupe", "de", true},
		{"Sobre La Carretera", "sobre", true},
		{"DE GUADALUPE", "de", false}, // capitals: may be a person's "DE"
		{"A Miguel Hidalgo", "a", false},
		{"de Guadalupe", "de", false},
		{"Carretera Tuxpan", "carretera", false},
	}
	for _, tt := range tests {
		if got := titledFunctionWord(tt.at, tt.w); got != tt.want {
			t.Errorf("titledFunctionWord(%q) = %v, want %v", tt.at, got, tt.want)
		}
	}
}
