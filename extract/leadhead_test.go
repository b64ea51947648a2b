package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestLeadHeadAct checks a round-up lead whose main clause tells one act
// in one town, with its toll, before a clause that counts the states of
// the acts told after it (leadHeadAct), and the leads that stay an
// overview. The texts are written for the test.
func TestLeadHeadAct(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 6, 16, 12, 0, 0, 0, mexico) // a Wednesday
	rest := " In the northern state of Sonora, soldiers killed two gunmen in a clash near Caborca on Tuesday. In Guerrero, a pharmacy was firebombed in Acapulco on Tuesday night."
	resto := " En Sonora, soldados abatieron a dos hombres armados en un enfrentamiento cerca de Caborca el martes. En Guerrero, sujetos armados lanzaron bombas molotov contra una farmacia de Acapulco la noche del martes."
	after := []act{{model.ArmedClash, "Caborca"}, {model.BusinessAttack, "Acapulco de Juárez"}}
	tests := []struct {
		name, lang, text string
		want             []act
	}{
		{name: "a wire's lead: one act in a town, then the deadliest of several states", lang: "en",
			text: "MEXICO CITY, June 16 (Wire) - Gunmen killed three people and wounded one at a taco stand in the western Mexican city of Uruapan late on Monday, police said, the bloodiest of a string of attacks that hit several states overnight." + rest,
			want: append([]act{{model.ArmedAttack, "Uruapan"}}, after...)},
		{name: "the same lead in Spanish, en el más letal de una serie", lang: "es",
			text: "CIUDAD DE MÉXICO, 16 de junio (Agencia).- Hombres armados mataron a tres personas e hirieron a una en un puesto de tacos de la ciudad de Uruapan, en el occidente del país, la noche del lunes, informó la policía, en el más letal de una serie de ataques que sacudieron a varios estados." + resto,
			want: append([]act{{model.ArmedAttack, "Uruapan"}}, after...)},
		{name: "a town named first, its toll, then the states", lang: "en",
			text: "In the city of Uruapan, four men were found shot dead on a dirt road on Monday, officials said, as attacks spread across several Mexican states." + rest,
			want: append([]act{{model.Homicide, "Uruapan"}}, after...)},
		// Controls: the lead stays the round-up's overview.
		{name: "two towns in the lead's clause", lang: "en",
			text: "MEXICO CITY, June 16 (Wire) - Gunmen killed seven people in Zamora, Michoacán, and in Uruapan on Monday, police said, in a string of attacks that hit several states overnight." + rest,
			want: after},
		{name: "no town in the lead's clause", lang: "en",
			text: "MEXICO CITY, June 16 (Wire) - Attacks killed at least nine people on Monday, officials said, in a wave of violence across several Mexican states." + rest,
			want: after},
		{name: "a state only in the lead's clause", lang: "en",
			text: "MEXICO CITY, June 16 (Wire) - Soldiers killed three gunmen in the state of Michoacán on Monday, officials said, as violence flared in several states." + rest,
			want: after},
		{name: "a town and no toll in the lead's clause", lang: "en",
			text: "MEXICO CITY, June 16 (Wire) - Violence in Uruapan on Monday, residents said, was the first of a string of attacks across several states." + rest,
			want: after},
		{name: "the states counted before the town", lang: "es",
			text: "Hechos violentos en al menos tres estados, entre ellos un ataque en Uruapan con tres muertos, marcaron la noche del lunes." + resto,
			want: after},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "a20", Lang: tt.lang, Kind: model.KindNews, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			if acts := pointActs(got); !sameActs(acts, tt.want) {
				t.Errorf("acts %v, want %v", acts, tt.want)
			}
		})
	}
}
