package report

import "testing"

func TestDetectLang(t *testing.T) {
	tests := []struct{ text, want string }{
		// Short headlines.
		{"Bloquean carreteras en Jalisco tras operativo", "es"},
		{"Queman tiendas de conveniencia en Guanajuato", "es"},
		{"Hallan cuerpos en fosa clandestina de Sonora", "es"},
		{"Reportan balacera en Culiacán", "es"},
		{"Suspenden clases por violencia en Michoacán", "es"},
		{"Detienen a líder de célula delictiva en Zacatecas", "es"},
		{"Cartel gunmen torch vehicles across Jalisco", "en"},
		{"Mexican troops kill cartel leader in raid", "en"},
		{"Shelter in place order issued for Puerto Vallarta", "en"},
		{"Gunfire reported near the airport", "en"},
		{"US issues travel warning for Tamaulipas", "en"},
		// Transcript-like text without capitals or punctuation.
		{"pues lo que pasó es que llegaron los del cártel y quemaron los carros en la carretera", "es"},
		{"so what happened is the gunmen blocked the highway and set the trucks on fire", "en"},
		// Too little to tell.
		{"", ""},
		{"Jalisco", ""},
		{"CJNG", ""},
		{"12:30 — 14:00", ""},
	}
	for _, tt := range tests {
		if got := DetectLang(tt.text); got != tt.want {
			t.Errorf("DetectLang(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
