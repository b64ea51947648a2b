package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestClockAfterPartOfDay checks a second shooting told in a sentence of
// its own that opens with a part of the day or a day and then its clock
// ("Por la tarde, alrededor de las 18:30 horas, ...", "Anoche, alrededor
// de las 22:30, ...", "In the evening, at about 6:30 p.m., ..."): three
// hours or more from the clock of the act told before, it is another act
// (read53, family "two acts in one town on one day, each at its own
// clock"). The controls keep one act: the same attack half an hour on,
// the wounded taken to hospital an hour later, and a part of the day
// whose clock the resolver can only place on another day.
func TestClockAfterPartOfDay(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2041, 3, 4, 8, 0, 0, 0, mexico) // a Monday
	tests := []struct {
		name, lang, text string
		want             int
	}{
		{name: "lead, then each attack at its clock", lang: "es",
			text: "HERMOSILLO, Son.- Dos ataques armados marcaron el domingo en la ciudad. Alrededor de las 11:10 horas, dos sujetos que viajaban en un automóvil dispararon contra un hombre que lavaba su camioneta en la colonia Centro; la víctima murió en el lugar. Por la tarde, alrededor de las 18:30 horas, hombres armados atacaron a balazos a dos jóvenes en una esquina de la colonia Pitic.",
			want: 2},
		{name: "last night, at a clock", lang: "es",
			text: "NAVOJOA, Son.- A las 09:00 horas de ayer, un hombre fue asesinado a balazos en la colonia Juárez. Anoche, alrededor de las 22:30, hombres armados dispararon contra dos jóvenes afuera de una tienda de la colonia Tierra Blanca; uno murió.",
			want: 2},
		{name: "the night of the day, toward a clock", lang: "es",
			text: "GUASAVE, Sin.- Un hombre fue atacado a balazos a las 08:15 horas del sábado en la colonia Centro y resultó herido. La noche del sábado, hacia las 21:40 horas, desconocidos dispararon contra un joven en la colonia Ejidal; el joven murió.",
			want: 2},
		{name: "in the evening, at about", lang: "en",
			text: "HERMOSILLO, Mexico — Two shootings shook the city on Sunday. At about 11:10 a.m., two men in a car opened fire on a man washing his pickup in the downtown area, killing him. In the evening, at about 6:30 p.m., gunmen shot two young men standing on a street corner in the Pitic neighborhood.",
			want: 2},
		{name: "later, at around", lang: "en",
			text: "CULIACAN, Mexico — Gunmen shot and killed a man at about 9:00 a.m. Sunday in the Centro neighborhood of Culiacan. Later, at around 9:30 p.m., armed men opened fire on two young men outside a store in the Guadalupe neighborhood, killing one.",
			want: 2},
		// A part of the day names no day: its clock is read on the day
		// before publication, two days after Saturday's act, and that
		// day is the resolver's guess, so the sentence stays with the
		// act before it.
		{name: "later, two days before publication", lang: "en",
			text: "CULIACAN, Mexico — Gunmen shot and killed a man at about 9:00 a.m. Saturday in the Centro neighborhood of Culiacan. Later, at around 9:30 p.m., armed men opened fire on two young men outside a store in the Guadalupe neighborhood, killing one.",
			want: 1},
		// Controls.
		{name: "the same attack half an hour on", lang: "es",
			text: "GUASAVE, Sin.- Hombres armados atacaron a balazos una vivienda de la colonia Centro a las 22:10 horas del sábado. Por la noche, alrededor de las 22:40 horas, los agresores volvieron a disparar contra la misma casa antes de huir. Un hombre resultó herido.",
			want: 1},
		{name: "the wounded taken to hospital", lang: "es",
			text: "GUASAVE, Sin.- A las 22:10 horas del sábado, hombres armados atacaron a balazos una vivienda de la colonia Centro; un hombre resultó herido. Por la noche, alrededor de las 23:30 horas, el herido fue trasladado al hospital general.",
			want: 1},
		{name: "the wounded taken to hospital, en", lang: "en",
			text: "CULIACAN, Mexico — Gunmen opened fire on a house in the Las Quintas neighborhood at about 10:35 p.m. Saturday, wounding two men. That night, at about 11:50 p.m., the wounded were taken to a hospital.",
			want: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "r53", Lang: tt.lang, Kind: model.KindNews, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			if len(got) != tt.want {
				t.Errorf("%d incidents %v, want %d", len(got), actTypes(got), tt.want)
			}
		})
	}
}

// TestClockOpeners checks the words that may open a sentence before its
// clock time and still leave the clock at its opening.
func TestClockOpeners(t *testing.T) {
	tests := []struct {
		f    string
		want bool
	}{
		{"por la tarde, alrededor de las ", true},
		{"por la noche, ", true},
		{"ya por la noche, hacia las ", true},
		{"mas tarde, alrededor de las ", true},
		{"al caer la tarde, alrededor de las ", true},
		{"in the evening, at about ", true},
		{"later, at around ", true},
		{"por la tarde ", false},                            // no comma: not set off
		{"vecinos dijeron que por la noche, a las ", false}, // a clause before it
		{"por la tarde, los vecinos escucharon a las ", false},
		{"el lunes, ", false}, // a day, not a part of it (timedOpener reads days)
	}
	for _, tt := range tests {
		if got := partOpener(tt.f); got != tt.want {
			t.Errorf("partOpener(%q) = %v, want %v", tt.f, got, tt.want)
		}
	}
}
