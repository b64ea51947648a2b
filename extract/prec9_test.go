package extract

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestOneActOnce checks that a report with several incidents gives each
// act once, where it happened: a wire's dateline, a road's ends, a state
// named as a border, an older act recalled, a fire put out, a victim
// named again and a third victim are no acts or places of their own, and
// an overview in a few municipalities told one by one is no tally. The
// texts are written for the test; the controls beside each case keep
// what the rule must not take.
func TestOneActOnce(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2027, 5, 11, 12, 0, 0, 0, mexico)
	tests := []struct {
		name, lang, kind, text string
		want                   []act // the non-tally, non-denial incidents, in any order
		tallies, denials       int
	}{
		// A wire's credit before a plain hyphen ends the dateline: the
		// city it was filed from is no place of the act.
		{name: "wire dateline with a hyphen", lang: "en",
			text: "MEXICO CITY, May 10 (Reuters) - Mexican soldiers arrested four suspected cartel gunmen in Culiacán, in the northwestern state of Sinaloa, on Monday, the army said.",
			want: []act{{model.SecurityOperation, "Culiacán"}}},
		// A travel advisory's standing levels are no advisory incident,
		// however many states they list; a shelter-in-place after
		// gunfire is one.
		{name: "advisory levels reissued", lang: "en",
			text: "Reissued after periodic review with no changes to advisory levels. Do not travel to Guerrero, Sinaloa and Tamaulipas states due to crime and kidnapping. Reconsider travel to Sonora and Zacatecas due to crime."},
		{name: "advisory levels in Spanish", lang: "es",
			text: "El Departamento de Estado mantiene sin cambios sus niveles de alerta: recomienda no viajar a Colima, Guerrero y Michoacán por la delincuencia y el secuestro."},
		{name: "shelter in place stays", lang: "en",
			text: "The U.S. Consulate General in Reynosa instructed its personnel to shelter in place on Monday night until further notice.",
			want: []act{{model.Advisory, "Reynosa"}}},
		// An overview of acts in five municipalities told one by one
		// after it: the acts, no tally; a count of more acts than those
		// told stays a tally.
		{name: "overview in five municipalities", lang: "es",
			text: "GUADALAJARA, Jal.- Hombres armados bloquearon vialidades en cinco municipios de la zona metropolitana la madrugada de este lunes. En Zapopan, atravesaron un autobús y le prendieron fuego sobre la avenida Vallarta. En Tlajomulco de Zúñiga, incendiaron un tráiler en la carretera a Chapala. En El Salto, quemaron dos camiones de carga frente a una fábrica. En Tonalá, los sujetos incendiaron una pipa en la carretera a Zapotlanejo. En Tlaquepaque, prendieron fuego a un camión sobre el Periférico.",
			want: []act{{model.Blockade, "Zapopan"}, {model.Blockade, "Tlajomulco de Zúñiga"}, {model.Blockade, "El Salto"}, {model.Blockade, "Tonalá"}, {model.Blockade, "San Pedro Tlaquepaque"}}},
		{name: "count beyond the acts told", lang: "es",
			text:    "La Guardia Nacional contabilizó 23 bloqueos en cinco municipios de Jalisco durante la madrugada de este lunes. En Zapopan, hombres armados atravesaron un autobús en llamas sobre la avenida Vallarta. En Tonalá, incendiaron un tráiler en la carretera a Zapotlanejo.",
			want:    []act{{model.Blockade, "Zapopan"}, {model.Blockade, "Tonalá"}},
			tallies: 1},
		// A weekend narrowed to one of its days before the act is that
		// day's act; a count over the weekend is a tally.
		{name: "weekend then a day", lang: "en", kind: "transcript",
			text: "okay so the big story this weekend early sunday gunmen stormed a bar in culiacan and opened fire two people were killed and four wounded according to the state prosecutor",
			want: []act{{model.ArmedAttack, "Culiacán"}}},
		{name: "count over the weekend", lang: "es",
			text:    "Al menos 14 personas fueron asesinadas durante el fin de semana en Culiacán, según el conteo de la Fiscalía de Sinaloa.",
			tallies: 1},
		// A road told by its two ends joined by a dash runs there; the
		// town it passes ("a la altura de", "a las afueras de") is where
		// the act was.
		{name: "road ends by a dash, at a town", lang: "es",
			text: "Sujetos armados atravesaron e incendiaron un tractocamión sobre la carretera federal 45 León–Aguascalientes, a la altura de Lagos de Moreno, la mañana de este lunes.",
			want: []act{{model.Blockade, "Lagos de Moreno"}}},
		{name: "road ends by a dash, outskirts", lang: "es",
			text: "ALTAMIRA, Tamps.- Los cuerpos de dos hombres fueron localizados la mañana de este lunes a un costado de la carretera Tampico–Mante, a las afueras de Altamira.",
			want: []act{{model.Homicide, "Altamira"}}},
		{name: "road that joins two towns", lang: "es",
			text: "Militares se enfrentaron con un grupo armado la tarde de este lunes en la carretera que une Jerez con Tlaltenango, a la altura de la comunidad de Ermita, en territorio de Jerez.",
			want: []act{{model.ArmedClash, "Jerez"}}},
		{name: "road between two towns, near a third", lang: "en",
			text: "Gunmen blocked the highway between Saltillo and Monterrey with a burning bus near Santa Catarina, Nuevo León, early Tuesday, stranding hundreds of drivers.",
			want: []act{{model.Blockade, "Santa Catarina"}}},
		{name: "road between two towns and nothing else", lang: "en",
			text: "Gunmen blocked the highway between Monterrey and Nuevo Laredo with a burning truck early Tuesday, stranding hundreds of drivers.",
			want: []act{{model.Blockade, "Monterrey"}}},
		// A city a town lies near or is a suburb of is a bearing.
		{name: "suburb of Mexico City", lang: "en",
			text: "MEXICO CITY (AP) — Gunmen killed two men and wounded a woman at a car wash in Nezahualcóyotl, a sprawling suburb east of Mexico City, late Monday, prosecutors said.",
			want: []act{{model.ArmedAttack, "Ciudad Nezahualcóyotl"}}},
		{name: "a Mexico City suburb", lang: "en",
			text: "Gunmen killed five people at a birthday party in Ecatepec, a Mexico City suburb, late Saturday, state prosecutors said.",
			want: []act{{model.ArmedAttack, "Ecatepec de Morelos"}}},
		{name: "conurbado a la Ciudad de México", lang: "es",
			text: "Hombres armados asesinaron a tres personas este domingo en Ecatepec, municipio conurbado a la Ciudad de México.",
			want: []act{{model.Homicide, "Ecatepec de Morelos"}}},
		{name: "a drive from a city", lang: "en",
			text: "Gunmen shot dead three men in Tlajomulco, a 30-minute drive from Guadalajara, on Saturday.",
			want: []act{{model.Homicide, "Tlajomulco de Zúñiga"}}},
		{name: "near the border city of", lang: "en",
			text: "Attackers in a moving pickup opened fire on a municipal police patrol in Nava, Coahuila, near the border city of Piedras Negras, on Tuesday night, killing one officer.",
			want: []act{{model.ArmedAttack, "Nava"}}},
		// A state named as the border a town lies near.
		{name: "near a state line", lang: "en",
			text: "Gunmen ambushed a municipal police patrol on Sunday in Valle de Santiago, a town in southern Guanajuato near the Michoacán state line, killing two officers.",
			want: []act{{model.ArmedAttack, "Valle de Santiago"}}},
		// An older act recalled, with its place, time and toll.
		{name: "older act recalled", lang: "es",
			text: "Dos hombres fueron asesinados a balazos la noche del lunes en un taller mecánico de Uruapan. El crimen recuerda el ataque de agosto pasado en un bar de Zamora, en el que murieron cinco personas.",
			want: []act{{model.Homicide, "Uruapan"}}},
		{name: "older act recalled in English", lang: "en",
			text: "Two men were shot dead on Monday night in Irapuato. The killings recalled the massacre at a bar in Celaya last year that left twelve dead.",
			want: []act{{model.Homicide, "Irapuato"}}},
		// One more victim of the act, counted by an ordinal.
		{name: "a third officer wounded", lang: "en",
			text: "Gunmen killed two state police officers on Monday afternoon in Zitácuaro, Michoacán. The officers were patrolling a dirt road when they were attacked from a pickup truck; a third officer was wounded.",
			want: []act{{model.ArmedAttack, "Zitácuaro"}}},
		// The fire of a shop set on fire, put out; the victim of a
		// kidnapping named again.
		{name: "fire put out", lang: "es",
			text: "IRAPUATO, Gto.- Sujetos armados incendiaron una farmacia del centro de Irapuato la noche del martes, luego de rociarla con gasolina. Los empleados salieron ilesos. Bomberos de Irapuato sofocaron el incendio en dos horas.",
			want: []act{{model.BusinessAttack, "Irapuato"}}},
		{name: "victim named again", lang: "es",
			text: "URUAPAN, Mich.- Agentes de la Fiscalía rescataron este lunes a un taxista que había sido secuestrado hace tres días en Uruapan, y detuvieron a dos hombres señalados como sus captores. La víctima estaba en una casa de la colonia Centro. El taxista fue privado de la libertad cuando esperaba pasaje en la central de autobuses.",
			want: []act{{model.Kidnapping, "Uruapan"}, {model.SecurityOperation, "Uruapan"}}},
		// Vehicles burnt on a street whose closure the sentence tells
		// close it: a blockade; parked cars burnt are arson.
		{name: "burning that closed a street", lang: "es",
			text: "En Matamoros, Tamaulipas, la noche del viernes, sujetos armados incendiaron un autobús y una camioneta en la avenida Las Torres, lo que provocó el cierre de la vialidad durante dos horas.",
			want: []act{{model.Blockade, "Matamoros"}}},
		{name: "parked cars burnt", lang: "es",
			text: "En Matamoros, Tamaulipas, la noche del viernes, sujetos armados incendiaron dos automóviles estacionados frente a una vivienda de la colonia Centro.",
			want: []act{{model.Arson, "Matamoros"}}},
		// A brawl between groups of inmates that leaves dead is a clash
		// of groups (gold labelling rules), not killings apart.
		{name: "brawl between inmates", lang: "es",
			text: "AGUASCALIENTES, Ags.- Tres internos murieron y cuatro resultaron heridos durante una riña entre grupos de reos registrada la madrugada de este lunes en el penal de Aguascalientes.",
			want: []act{{model.ArmedClash, "Aguascalientes"}}},
		{name: "prison brawl in English", lang: "en",
			text: "Two inmates were killed in a brawl between rival inmates at the state prison in Culiacán on Sunday, Sinaloa officials said.",
			want: []act{{model.ArmedClash, "Culiacán"}}},
		// A policy step told only as a possibility that could set off
		// acts is no policy item; one taken stays.
		{name: "possible extradition could trigger", lang: "en",
			text: "Security consultants warned on Monday that a possible extradition of a senior cartel figure to the United States could trigger road blockades and arson attacks in Jalisco within hours."},
		{name: "sanctions imposed", lang: "en",
			text: "WASHINGTON — The U.S. Treasury on Tuesday imposed sanctions on five companies it accused of laundering money for the Sinaloa Cartel.",
			want: []act{{model.Policy, ""}}},
		// Reports no one has confirmed are neither an act nor a denial.
		{name: "unconfirmed reports", lang: "es",
			text: "Elementos del Ejército se enfrentaron con civiles armados en Cajeme, Sonora, la mañana del martes; murieron cuatro agresores. En redes sociales circularon después reportes, no confirmados, de bloqueos en otros puntos de la región.",
			want: []act{{model.ArmedClash, "Cajeme"}}},
		// Controls: another victim in another town is another act.
		{name: "another town, another act", lang: "es",
			text: "Un comerciante fue asesinado a balazos en Celaya la noche del lunes. En Salamanca, el comerciante Juan Pérez fue asesinado afuera de su tienda.",
			want: []act{{model.Homicide, "Celaya"}, {model.Homicide, "Salamanca"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "p9", Lang: tt.lang, Kind: model.ReportKind(tt.kind), Text: tt.text, Published: pub}
			if tt.kind == "" {
				r.Kind = model.KindNews
			}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			var acts []act
			tallies, denials := 0, 0
			for _, in := range got {
				switch {
				case in.Tally:
					tallies++
				case in.Denial:
					denials++
				default:
					acts = append(acts, act{in.Type, in.Location.Municipality})
				}
			}
			if !sameActs(acts, tt.want) {
				t.Errorf("acts %v, want %v", acts, tt.want)
			}
			if tallies != tt.tallies {
				t.Errorf("%d tallies, want %d", tallies, tt.tallies)
			}
			if denials != tt.denials {
				t.Errorf("%d denials, want %d", denials, tt.denials)
			}
		})
	}
}

// sameActs reports whether got and want hold the same acts, in any order.
func sameActs(got, want []act) bool {
	key := func(a act) string { return string(a.typ) + "@" + a.mun }
	less := func(a, b act) int { return strings.Compare(key(a), key(b)) }
	got, want = slices.Clone(got), slices.Clone(want)
	slices.SortFunc(got, less)
	slices.SortFunc(want, less)
	return slices.Equal(got, want)
}
