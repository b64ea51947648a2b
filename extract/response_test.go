package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestResponseDeployments checks that forces sent, deployed or kept where
// an act was told are no operation of their own (responseDeployments), nor
// are those that policed an event that passed quietly; and that an
// operation with results, or one that is the report's news, stays. The
// texts are written for the test.
func TestResponseDeployments(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 6, 16, 12, 0, 0, 0, mexico) // a Wednesday
	attackES := "CELAYA, Gto.- Sujetos armados mataron a dos hombres en la colonia Las Insurgentes la noche del martes. "
	attackEN := "CELAYA, Guanajuato — Gunmen shot dead two men in Celaya on Tuesday night, police said. "
	tests := []struct {
		name, lang, text string
		want             []act
	}{
		{name: "desplegó un operativo sin detenidos", lang: "es",
			text: attackES + "La policía municipal desplegó un operativo en la zona sin que se reportaran detenidos.",
			want: []act{{model.Homicide, "Celaya"}}},
		{name: "implementaron un operativo sin resultados", lang: "es",
			text: attackES + "Elementos de la Policía de Celaya implementaron un operativo en la zona sin resultados hasta el momento.",
			want: []act{{model.Homicide, "Celaya"}}},
		{name: "arribaron elementos al lugar", lang: "es",
			text: attackES + "Al lugar arribaron elementos de la Policía Municipal de Celaya y de la Guardia Nacional, que acordonaron la zona.",
			want: []act{{model.Homicide, "Celaya"}}},
		{name: "arribaron para reforzar la seguridad", lang: "es",
			text: attackES + "Efectivos del Ejército arribaron a Celaya cerca de la medianoche para reforzar la seguridad.",
			want: []act{{model.Homicide, "Celaya"}}},
		{name: "mantiene patrullajes tras el doble homicidio", lang: "es",
			text: attackES + "La Secretaría de Marina mantiene patrullajes en Celaya tras el doble homicidio.",
			want: []act{{model.Homicide, "Celaya"}}},
		{name: "mantienen el despliegue en una lista de acciones", lang: "es",
			text: attackES + "En Celaya, las corporaciones mantienen el despliegue operativo para inhibir la comisión de delitos.",
			want: []act{{model.Homicide, "Celaya"}}},
		{name: "saldo blanco de un festejo", lang: "es",
			text: "La Secretaría de Seguridad informó que el Carnaval de Mazatlán concluyó con saldo blanco. El operativo de vigilancia contó con 1,200 elementos.",
			want: nil},
		{name: "troops deployed after the attack", lang: "en",
			text: attackEN + "Soldiers and National Guard troops were deployed to Celaya after the attack.",
			want: []act{{model.Homicide, "Celaya"}}},
		// Controls: an operation with results, or one that is the news.
		{name: "an operation that arrested", lang: "es",
			text: attackES + "Horas después, en un operativo en la colonia Las Delicias de Celaya, agentes detuvieron a tres hombres.",
			want: []act{{model.Homicide, "Celaya"}, {model.SecurityOperation, "Celaya"}}},
		{name: "troops arrested suspects", lang: "en",
			text: attackEN + "Later on Wednesday, troops deployed in Celaya arrested three suspects.",
			want: []act{{model.Homicide, "Celaya"}, {model.SecurityOperation, "Celaya"}}},
		{name: "forces on an operation attacked", lang: "es",
			text: attackES + "Elementos de la Guardia Nacional que realizaban un operativo en Celaya fueron atacados a balazos y repelieron la agresión.",
			want: []act{{model.Homicide, "Celaya"}, {model.ArmedClash, "Celaya"}}},
		{name: "a deployment that is the news", lang: "es",
			text: "CULIACÁN, Sin.- Llegan 300 militares a Culiacán para reforzar la seguridad de la capital.",
			want: []act{{model.SecurityOperation, "Culiacán"}}},
		{name: "a deployment after a shooting, told first", lang: "es",
			text: "Despliegan operativo en Guasave tras balacera en la colonia Centro.",
			want: []act{{model.SecurityOperation, "Guasave"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "p21", Lang: tt.lang, Kind: model.KindNews, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			if acts := pointActs(got); !sameActs(acts, tt.want) {
				t.Errorf("acts %v, want %v", acts, tt.want)
			}
		})
	}
}
