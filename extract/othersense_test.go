package extract

import (
	"testing"

	"github.com/atalaya/atalaya/fold"
)

// TestOtherSense checks the forces' verbs in another sense: "asegurar" as
// saying (assuredSaying) and an arrest's verb with an animal or a thing
// for object (caughtThing), and the seizures and arrests that stay acts.
func TestOtherSense(t *testing.T) {
	tests := []struct {
		text, cue string
		fn        func(f string, at, end, hi int) bool
		want      bool
	}{
		{"aseguran comerciantes que las ventas bajaron en merida", "aseguran", assuredSaying, true},
		{"asegura amlo que la estrategia funciona", "asegura", assuredSaying, true},
		{"aseguran padres de familia que la escuela esta abandonada", "aseguran", assuredSaying, true},
		{"aseguraron que no hubo detenidos", "aseguraron", assuredSaying, true},
		{"aseguran armas que ocultaban en una casa en tijuana", "aseguran", assuredSaying, false},
		{"aseguran droga que llevaban en un auto", "aseguran", assuredSaying, false},
		{"aseguran a dos hombres que portaban armas", "aseguran", assuredSaying, false},
		{"aseguran 20 kilos de cocaina que venian de sinaloa", "aseguran", assuredSaying, false},
		{"aseguran arsenal en culiacan", "aseguran", assuredSaying, false},
		{"asegura la sedena que no hubo enfrentamiento", "asegura la sedena", assuredSaying, true},
		{"asegura la policia a la poblacion que hay vigilancia", "asegura la policia", assuredSaying, true},
		{"asegura el ejercito al publico que no habra desalojo", "asegura el ejercito", assuredSaying, true},
		{"asegura la marina dos toneladas de cocaina", "asegura la marina", assuredSaying, false},
		{"asegura la fge a dos sujetos que portaban armas", "asegura la fge", assuredSaying, false},
		{"asegura la policia a los presuntos responsables", "asegura la policia", assuredSaying, false},
		{"atrapan a cocodrilo en tampico", "atrapan", caughtThing, true},
		{"capturan a jaguar en tulum", "capturan", caughtThing, true},
		{"capturan imagenes del cometa en zacatecas", "capturan", caughtThing, true},
		{"interceptan llamada del alcalde en oaxaca", "interceptan", caughtThing, true},
		{"detienen obra del tren por amparo", "detienen", caughtThing, true},
		{"capturan a presunto sicario en celaya", "capturan", caughtThing, false},
		{"interceptan a sujetos armados en celaya", "interceptan", caughtThing, false},
		{"detienen a un hombre armado", "detienen", caughtThing, false},
		{"capturan a el puma en durango", "capturan", caughtThing, false}, // an alias
		{"detienen a gatos de la plaza", "detienen", caughtThing, false},  // a plaza's underlings
		{"detiene la marina a dos hombres", "detiene", caughtThing, false},
		{"rescatan a banistas en mazatlan", "rescatan", caughtThing, true},
		{"rescatan a migrantes en tapachula", "rescatan", caughtThing, false},
	}
	for _, tt := range tests {
		f := fold.New(tt.text).Folded
		at := indexOf(f, tt.cue)
		if at < 0 {
			t.Fatalf("%q not in %q", tt.cue, f)
		}
		if got := tt.fn(f, at, at+len(tt.cue), len(f)); got != tt.want {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.want)
		}
	}
}
