package extract

import (
	"strings"
	"testing"

	"github.com/atalaya/atalaya/fold"
)

// TestSplitRunOnOpener checks where a long unpunctuated transcript is cut
// before its next act (speech27): at the "y" that opens the clause whose
// "también" or "después" is the marker, not after it ("... en sus casas y
// | también en Buenavista quemaron una pipa" left the "y" behind), and at a
// call heard on air ("cuando ya nos avisaban que en El Espinal ..."), so
// that the next act's place is in its own piece.
func TestSplitRunOnOpener(t *testing.T) {
	e := newFakeExtractor()
	for _, tt := range []struct {
		in, second string // second: how the second piece starts
	}{
		{"muy buenos dias son las siete con cinco minutos ya se restablecio la circulacion en la salida a la capital despues de lo que vivimos anoche ahi quemaron dos trailers y un camion de pasajeros a eso de las siete y media y la gente se quedo encerrada en sus casas y tambien en el pueblo de al lado quemaron una pipa como a las ocho",
			"y tambien en el pueblo"},
		{"buenos dias a todos empezamos con lo que paso anoche en el centro en una cantina por la calle principal llegaron unos tipos armados y le dispararon a la gente que estaba tomando hay tres muertos y dos heridos eso fue como a las diez y no acabamos de salir de eso cuando ya nos avisaban que en el pueblo vecino en una casa donde habia fiesta tambien llegaron a balacear",
			"nos avisaban que en el pueblo vecino"},
		{"y bueno pasando a la nota roja pues una noche bastante movida raza en la colonia del rio unos tipos llegaron y le dispararon a un señor ahi afuerita de su casa el señor ya no la libro fallecio en el lugar los vecinos dicen que ya lo andaban buscando desde la semana pasada y despues alla por las haciendas le tiraron balazos a una troca",
			"y despues alla"},
		{"buenas tardes nos informan que en la carretera a la costa hubo un enfrentamiento entre soldados y un grupo armado desde temprano se escuchan disparos y se le pide a la poblacion no salir de sus casas y tampoco acercarse a la zona pero tambien nos informan que en el libramiento hay un camion atravesado e incendiado",
			"pero tambien"},
	} {
		f := fold.New(tt.in)
		ss := e.split(f.Folded, true, nil)
		if len(ss) < 2 {
			t.Errorf("split(%q): one piece", tt.in)
			continue
		}
		var pieces []string
		for _, s := range ss {
			a, b := f.Span(s.fStart, s.fEnd)
			pieces = append(pieces, tt.in[a:b])
		}
		found := false
		for _, p := range pieces[1:] {
			found = found || strings.HasPrefix(p, tt.second)
		}
		if !found {
			t.Errorf("split(%q): pieces %q, want one to start with %q", tt.in, pieces, tt.second)
		}
	}
}
