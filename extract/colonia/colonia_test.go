package colonia

import (
	"strings"
	"testing"

	"github.com/atalaya/atalaya/model"
)

// TestOf: the neighbourhood the sentences of an act place it
// in, as written; none when they name two.
func TestOf(t *testing.T) {
	for _, tc := range []struct {
		texts []string
		want  string
	}{
		{[]string{"Un hombre fue baleado en la colonia Las Palmas, al oriente de la ciudad."}, "Las Palmas"},
		{[]string{"A shopkeeper was shot in the Lomas del Valle neighborhood of Celaya."}, "Lomas del Valle"},
		{[]string{"Atacaron una tienda en la col. Loma Bonita y después un taller en el fraccionamiento Villas del Sol."}, ""},
		{[]string{"Atacaron una tienda en la col. Loma Bonita, al norte."}, "Loma Bonita"},
		{[]string{"Un taller del fracc. Villas del Sol fue incendiado."}, "Villas del Sol"},
		{[]string{"Balacera en la colonia 20 de Noviembre."}, "20 de Noviembre"},
		{[]string{"Gunmen attacked a bar in the Obrera district."}, "Obrera"},
		{[]string{"Los disparos se escucharon en la colonia Centro y en la colonia Centro de nuevo."}, ""},
		{[]string{"Residents of the neighborhood said they heard shots.", "Nadie resultó herido."}, ""},
		{[]string{"en la colonia, los vecinos"}, ""},
		{[]string{"COLIMA, Col.- Cinco personas fueron asesinadas."}, ""},
		{[]string{"sin mayúsculas en la colonia las palmas"}, ""},
		// one colonia told twice, in two sentences of the act
		{[]string{"Un hombre fue asesinado en la colonia Las Quintas.", "Vecinos de la colonia Las Quintas llamaron al 911."}, "Las Quintas"},
		// two colonias in two sentences: which is the act's is not read
		{[]string{"Un hombre fue asesinado en la colonia Las Quintas.", "Los agresores huyeron a la colonia Tierra Blanca."}, ""},
	} {
		spans := make([]model.Span, len(tc.texts))
		for i, s := range tc.texts {
			spans[i].Text = s
		}
		if got := Of(spans); got != tc.want {
			t.Errorf("Of(%q) = %q, want %q", tc.texts, got, tc.want)
		}
	}
}

// BenchmarkOf reads the sentences of an act naming a colonia and one
// naming none.
func BenchmarkOf(b *testing.B) {
	spans := []model.Span{
		{Text: "Alrededor de las 21:40 horas, dos hombres armados dispararon contra una tienda de abarrotes ubicada en la colonia Lomas del Real de Jarachina, en Reynosa, Tamaulipas."},
		{Text: "Los agresores huyeron con rumbo desconocido y la Fiscalía abrió una carpeta de investigación."},
	}
	b.ReportAllocs()
	for b.Loop() {
		Of(spans)
	}
}

// FuzzHasColonyMark compares hasColonyMark with a search for each mark.
func FuzzHasColonyMark(f *testing.F) {
	for _, s := range []string{"en la colonia Centro", "Col. Obrera", "fracc", "Barrio", "the Obrera neighborhood", "district", "ol", "o", "sin marca"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := false
		for _, m := range coloniaMarks {
			want = want || strings.Contains(s, m)
		}
		if got := hasColonyMark(s); got != want {
			t.Fatalf("hasColonyMark(%q) = %v, want %v", s, got, want)
		}
	})
}
