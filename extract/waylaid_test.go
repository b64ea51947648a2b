package extract

import (
	"testing"

	"github.com/atalaya/atalaya/fold"
)

// TestWaylaid checks the verbs of arrest and interception that tell a stop
// on the way (waylaid) and the arrests that stay arrests.
func TestWaylaid(t *testing.T) {
	tests := []struct {
		text, cue string
		want      bool
	}{
		{"dos sujetos en una motocicleta se detuvieron frente al negocio y dispararon", "detuvieron", true},
		{"la camioneta se detuvo a la altura del puente y bajaron tres hombres", "detuvo", true},
		{"un auto se detuvo, bajaron dos hombres y dispararon", "detuvo", true},
		{"en jalisco se detuvo a 14 personas", "detuvo", false},
		{"se detuvieron cinco personas en el operativo", "detuvieron", false},
		{"un grupo de sujetos que viajaba en tres camionetas detuvo a los choferes y prendio fuego a las unidades", "detuvo", true},
		{"alrededor de las 17:45 horas, cuatro hombres con armas largas interceptaron la unidad", "interceptaron", true},
		{"elementos de la policia municipal detuvieron a dos sujetos armados", "detuvieron", false},
		{"tras ser agredidos por sujetos armados, los policias detuvieron a dos", "detuvieron", false},
		{"la guardia nacional intercepto a sujetos armados en celaya", "intercepto", false},
		{"los empleados fueron interceptados ayer por la tarde en el camino a rio florido, por hombres armados que viajaban en camionetas", "interceptados", true},
		{"los dos hombres fueron detenidos por elementos de la policia estatal", "detenidos", false},
		{"fueron detenidos por su probable participacion en el homicidio", "detenidos", false},
		{"un comando detuvo el autobus", "detuvo", true},
		{"suman cinco los detenidos por el ataque armado contra un bar", "detenidos", false},
		{"fue detenido por el homicidio cometido por sujetos armados", "detenido", false},
		{"fueron interceptados por un comando", "interceptados", true},
		{"por andar armado, detienen a individuo", "detienen", false},
		{"hombre armado desata persecucion en zona de bares, lo detienen al intentar escapar", "detienen", false},
		{"un grupo armado intercepto a los trabajadores", "intercepto", true},
	}
	for _, tt := range tests {
		f := fold.New(tt.text).Folded
		at := indexOf(f, tt.cue)
		if at < 0 {
			t.Fatalf("%q not in %q", tt.cue, f)
		}
		if got := waylaid(f, at, at+len(tt.cue), 0, len(f)); got != tt.want {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.want)
		}
	}
}
