package extract

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestOneActTwice checks reports that tell one act twice — a killing and
// the shooting that caused it, in two sentences or in one sentence's after
// clause; the forces' arrival at the scene; gunfire heard beside the act;
// an alert feed's label line and its own advice — and read them as one
// incident of the wanted type (twice21, the families behind fusion's split
// events), and controls that tell two acts of one report: another time
// ("Horas más tarde", "el sábado por la mañana", a clock hours apart),
// another place of the town opening the sentence, the first of a series, a
// lapse in the after clause, an arrest after the act, a consulate's order.
func TestOneActTwice(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2031, 5, 12, 9, 0, 0, 0, mexico) // a Monday
	tests := []struct {
		name, text, lang string
		kind             model.ReportKind
		want             []model.IncidentType
	}{
		{name: "a killing, then its shooting",
			text: "TORREÓN, Coah.- Dos hombres fueron asesinados a balazos la noche de este viernes en la colonia Las Julietas.\n\nDe acuerdo con los primeros reportes, las víctimas platicaban afuera de una tienda cuando sujetos armados que viajaban en una motocicleta les dispararon en repetidas ocasiones.\n\nAmbos murieron en el lugar.",
			want: []model.IncidentType{model.Homicide}},
		{name: "the dead, then where they were shot",
			text: "Anoche, tres policías municipales murieron y uno resultó herido cuando patrullaban una comunidad rural, confirmó la Secretaría de Seguridad.\n\nEl gobierno estatal condenó la agresión.\n\nLos hechos ocurrieron en la comunidad de El Refugio, en el municipio de Salamanca, Guanajuato, donde los agentes fueron emboscados por sujetos que les dispararon desde una camioneta.",
			want: []model.IncidentType{model.ArmedAttack}},
		{name: "killed after being shot, one sentence",
			text: "CULIACÁN, Sin.- Un hombre quedó sin vida sobre la banqueta de la calle Río Fuerte, en la colonia Guadalupe, luego de que desconocidos le dispararan en varias ocasiones alrededor de las 22:15 horas de este domingo.",
			want: []model.IncidentType{model.Homicide}},
		{name: "killed and wounded after gunmen fired on the house",
			text: "MONTERREY, N.L.- Una mujer fue asesinada y su hijo resultó herido luego de que sujetos armados dispararon contra su domicilio en la colonia Independencia, alrededor de las 23:00 horas del lunes.",
			want: []model.IncidentType{model.Homicide}},
		{name: "a clash's toll after a wounded man died",
			text: "REYNOSA, Tamps.- Un enfrentamiento entre militares y civiles armados dejó tres agresores muertos la mañana de este lunes en la colonia Lomas del Real, luego de que un herido muriera en el hospital.",
			want: []model.IncidentType{model.ArmedClash}},
		{name: "the forces deployed, no one arrested",
			text: "ZAPOPAN, Jal.- Un grupo de hombres armados bajó a los pasajeros de un camión urbano y le prendió fuego sobre la avenida Vallarta a las 19:40 horas de este miércoles.\n\nLa Comisaría de Zapopan desplegó un operativo en la zona sin que se reportaran detenidos.",
			want: []model.IncidentType{model.Arson}},
		{name: "an alert's label with a state's abbreviation",
			text: "ALERTA | Cuautla, Mor. Reportan a un hombre sin vida tras ser atacado a balazos en la colonia Gabriel Tepepa. Evite la zona.",
			kind: model.KindAlertFeed,
			want: []model.IncidentType{model.Homicide}},
		{name: "an alert's own advice",
			text: "SECURITY ALERT | Irapuato (Guanajuato), Guanajuato (MX). Gunmen fired at a convenience store on Avenida Guerrero; one employee reported wounded. Travelers should shelter in place and avoid the area.",
			kind: model.KindAlertFeed,
			want: []model.IncidentType{model.BusinessAttack}},
		{name: "gunfire heard at a blockade",
			text: "BLOQUEO | Zamora, Mich. Usuarios reportan un tráiler atravesado y en llamas en la salida a Jacona, a la altura del libramiento, alrededor de las 19:40 horas. Se escuchan detonaciones.",
			kind: model.KindAlertFeed,
			want: []model.IncidentType{model.Blockade}},
		// Controls: two acts.
		{name: "hours later, another shooting",
			text: "TORREÓN, Coah.- Dos hombres fueron asesinados a balazos la noche de este viernes en la colonia Las Julietas.\n\nHoras más tarde, sujetos armados dispararon contra una vivienda de la colonia Torreón Jardín, donde una mujer resultó herida.",
			want: []model.IncidentType{model.Homicide, model.ArmedAttack}},
		{name: "the first of the attacks",
			text: "SALAMANCA, Gto.- Dos hombres fueron asesinados en la comunidad de Valtierrilla la tarde del domingo.\n\nEl primero de los ataques ocurrió en la comunidad de Cerro Gordo, donde sujetos armados dispararon contra una familia.",
			want: []model.IncidentType{model.Homicide, model.ArmedAttack}},
		{name: "hours after, in the after clause",
			text: "CULIACÁN, Sin.- Un hombre fue asesinado a balazos la noche del lunes en la colonia Guadalupe, horas después de que sujetos armados dispararon contra una patrulla en la colonia Centro.",
			want: []model.IncidentType{model.Homicide, model.ArmedAttack}},
		{name: "an arrest after the killing",
			text: "CELAYA, Gto.- Un joven fue asesinado a balazos la tarde de este martes en la colonia Las Insurgentes.\n\nElementos de la Policía Municipal detuvieron a dos sospechosos en la colonia vecina tras un operativo.",
			want: []model.IncidentType{model.Homicide, model.SecurityOperation}},
		{name: "a consulate's order in an alert",
			text: "ALERT | Tijuana, BC. Residents report gunfire near a school in colonia Sánchez Taboada. The U.S. Consulate General in Tijuana has ordered its personnel to shelter in place.",
			kind: model.KindAlertFeed,
			want: []model.IncidentType{model.ArmedAttack, model.Advisory}},
		{name: "the next morning, another shooting",
			text: "LEÓN, Gto.- Dos personas fueron asesinadas la noche del viernes en la colonia Las Joyas.\n\nEl sábado por la mañana, sujetos armados dispararon contra un taller en la colonia San Felipe, donde un mecánico resultó herido.",
			want: []model.IncidentType{model.Homicide, model.ArmedAttack}},
		{name: "another place of the town opens the sentence",
			text: "IRAPUATO, Gto.- Tres hombres fueron asesinados a balazos el domingo en la colonia San Juan de Retana.\n\nEn la comunidad de Aldama, sujetos armados atacaron a una familia, de la que cuatro integrantes resultaron heridos.",
			want: []model.IncidentType{model.Homicide, model.ArmedAttack}},
		{name: "gunfire hours after the act",
			text: "FRESNILLO, Zac.- Un hombre fue asesinado a balazos alrededor de las 10:00 horas de este domingo en un autolavado de la comunidad de Plateros.\n\nAlrededor de las 22:30 horas, vecinos de la calle Minería reportaron detonaciones de arma de fuego frente a una tienda.",
			want: []model.IncidentType{model.Homicide, model.ArmedAttack}},
		// twice22: an arrest told again, a blockade told by its road
		// closed or its drivers pulled out; controls: two arrests in two
		// towns, a blockade and another burning on another road, a
		// closure of schools, a road closed in another town.
		{name: "one arrest told twice",
			text: "CELAYA, Gto.- La Fiscalía General del Estado logró la captura de Julián \"N\" y Marco Antonio \"N\", identificados como probables participantes en el homicidio de cuatro personas, ocurrido el pasado viernes en un bar de la colonia Centro.\n\nLa detención se llevó a cabo la noche del sábado en la colonia Valle Hermoso de ese municipio, en cumplimiento de una orden de aprehensión.",
			want: []model.IncidentType{model.SecurityOperation, model.Homicide}},
		{name: "one arrest told twice, in English",
			lang: "en",
			text: "CELAYA, Guanajuato — State investigators arrested two men suspected of killing four people at a bar in Celaya, the state prosecutor's office said on Sunday.\n\nThe arrest took place on Saturday night in the Valle Hermoso neighborhood of the city.",
			want: []model.IncidentType{model.SecurityOperation}},
		{name: "a blockade, then its road closed",
			text: "DURANGO, Dgo.- Un autobús de pasajeros fue incendiado la tarde de este domingo en el acceso a la cabecera municipal de Vicente Guerrero, sobre la carretera federal 45 Durango–Zacatecas.\n\nCuatro hombres con armas largas interceptaron la unidad y ordenaron a los pasajeros descender.\n\nElementos de la Guardia Nacional acudieron al sitio, sin que se reportaran personas lesionadas.\n\nBomberos sofocaron el fuego cerca de las 19:00 horas, aunque la circulación hacia Zacatecas seguía suspendida al cierre de esta edición.",
			want: []model.IncidentType{model.Blockade}},
		{name: "a burning, then its drivers pulled out",
			text: "COLIMA, Col.- Un tractocamión fue incendiado la noche del viernes sobre el Tercer Anillo Periférico, a la altura de la colonia El Diezmo, en el municipio de Colima.\n\nEl conductor fue bajado a punta de pistola y no hubo lesionados.",
			want: []model.IncidentType{model.Arson}},
		{name: "two arrests in two towns",
			text: "CELAYA, Gto.- Policías municipales detuvieron a dos hombres con armas de fuego la tarde del sábado en la colonia Centro de Celaya.\n\nLa captura de Mario \"N\" se realizó en Salamanca, en la comunidad de Valtierrilla, donde agentes estatales lo detuvieron con droga.",
			want: []model.IncidentType{model.SecurityOperation, model.SecurityOperation}},
		{name: "two arrests, other counts",
			text: "CELAYA, Gto.- La Fiscalía General del Estado logró la captura de dos hombres identificados como probables participantes en el homicidio de cuatro personas, ocurrido el pasado viernes en un bar de la colonia Centro.\n\nLa detención de cinco integrantes de la célula se llevó a cabo la noche del sábado en la colonia Valle Hermoso.",
			want: []model.IncidentType{model.SecurityOperation, model.Homicide, model.SecurityOperation}},
		{name: "a blockade, then a burning on another road",
			text: "ZAMORA, Mich.- Sujetos armados atravesaron y quemaron un tráiler en la carretera Zamora–La Piedad la noche de este lunes.\n\nMás tarde, otro grupo incendió un autobús de pasajeros en la autopista de Occidente, a la altura de Ecuandureo.",
			want: []model.IncidentType{model.Blockade, model.Blockade}},
		{name: "a blockade, then schools closed",
			text: "CULIACÁN, Sin.- Sujetos armados quemaron un camión de carga en la carretera México 15, a la altura de Costa Rica, la mañana de este lunes.\n\nLa Secretaría de Educación suspendió las clases presenciales en las escuelas de la ciudad.",
			want: []model.IncidentType{model.Blockade, model.Disruption}},
		{name: "a blockade, then a road closed in another town",
			text: "DURANGO, Dgo.- Un autobús de pasajeros fue incendiado la tarde de este miércoles en el acceso a Vicente Guerrero, sobre la carretera federal 45.\n\nEn Sombrerete, Zacatecas, la circulación de la carretera 49 estuvo suspendida durante tres horas por un bloqueo.",
			want: []model.IncidentType{model.Blockade, model.Blockade}},
		// twice23: the act named again by a definite noun ("los
		// cuerpos", "the dead", "the attack"), a few sentences on, past
		// a witness's words or a count between; controls: the bodies of
		// others, counted, in another town or hours later.
		{name: "a clash, then its bodies found at dawn",
			text: "CULIACÁN, Sin.- Dos hombres murieron en un enfrentamiento entre grupos armados que comenzó a las 23:10 horas del sábado en la sindicatura de Costa Rica. Vecinos reportaron al 911 disparos durante casi media hora. Al amanecer, agentes de la Policía Estatal recorrieron la zona y localizaron los cuerpos junto a un camino de terracería.",
			want: []model.IncidentType{model.ArmedClash}},
		{name: "an attack, then the dead named by prosecutors",
			lang: "en",
			text: "Gunmen burst into a bar in Irapuato late on Saturday and sprayed customers with bullets, killing two people and wounding three. The attack happened shortly before midnight in the city centre. Witnesses said the attackers arrived in a white van. One told local media: \"We thought it was fireworks.\" Guanajuato prosecutors said the dead were both local men and that the motive was under investigation.",
			want: []model.IncidentType{model.ArmedAttack}},
		{name: "hours later, the bodies of others",
			text: "CELAYA, Gto.- Un hombre fue asesinado a balazos la noche del viernes en la colonia Las Insurgentes. Horas después, en la comunidad de Rincón de Tamayo, policías localizaron los cuerpos de dos mujeres con huellas de violencia.",
			want: []model.IncidentType{model.Homicide, model.Homicide}},
		{name: "the bodies of others in the next town",
			lang: "en",
			text: "Gunmen shot dead a man outside a shop in Celaya on Friday night. In neighbouring Salamanca, police found the bodies of three men on a dirt road on Saturday morning.",
			want: []model.IncidentType{model.Homicide, model.Homicide}},
		// The victim named again as a sentence's definite subject, past
		// the shots counted between ("le soltaron varios plomazos");
		// controls: the victim of another town, a driver of another bus.
		{name: "the man named again after the shots",
			text: "COLIMA, Col.- A un albañil le dieron piso anoche en la colonia El Diezmo. Eran como las 21:40 cuando dos sujetos en moto se le emparejaron sobre la calle Gabino Barreda, le soltaron varios plomazos y se pelaron. El hombre, de unos 40 años, quedó tendido junto a su bicicleta. Agentes de la Policía de Investigación levantaron los casquillos y el cuerpo fue llevado al Semefo.",
			want: []model.IncidentType{model.Homicide}},
		{name: "the victim named again after the gunfire reported",
			text: "TORREÓN, Coah.- A un joven lo mataron anoche en la colonia Las Julietas. Vecinos reportaron al 911 varios disparos alrededor de las 23:00 horas. La víctima, de unos 20 años, quedó tendida sobre la banqueta.",
			want: []model.IncidentType{model.Homicide}},
		{name: "a victim in another town",
			text: "IRAPUATO, Gto.- Un hombre fue asesinado a balazos la noche del sábado en la colonia San Juan de Retana. En Salamanca, la víctima fue atacada a tiros cuando salía de su casa.",
			want: []model.IncidentType{model.Homicide, model.ArmedAttack}},
		{name: "the driver of another bus",
			lang: "en",
			text: "Gunmen shot dead a shopkeeper in Celaya on Saturday night. Neighbours reported several gunshots at about 11 p.m. In Salamanca, the driver of a city bus was shot dead on Sunday morning.",
			want: []model.IncidentType{model.Homicide, model.Homicide}},
		// The wounded taken to a hospital in another town of the state,
		// or dying there a day later; controls: an attack on a hospital
		// of another town, gunmen at a clinic in the next town.
		{name: "the wounded taken to a hospital in another town",
			text: "URUAPAN, Mich.- Sujetos armados dispararon contra una patrulla de la Guardia Civil la mañana de este sábado en la tenencia de Capácuaro, en Uruapan. Como resultado de la agresión, dos elementos resultaron lesionados, quienes fueron trasladados a un nosocomio en Zamora, donde se reporta su estado como estable.",
			want: []model.IncidentType{model.ArmedAttack}},
		{name: "a wounded girl died at a hospital in the capital",
			lang: "en",
			text: "CIUDAD OBREGÓN, Sonora — Gunmen opened fire on a birthday party late Saturday in Ciudad Obregón, killing three people and wounding four, state prosecutors said. A 16-year-old girl who was wounded in the attack died Sunday at a hospital in the state capital, Hermosillo, where she had been taken.",
			want: []model.IncidentType{model.ArmedAttack}},
		{name: "an attack on a hospital in another town",
			text: "URUAPAN, Mich.- Dos policías estatales resultaron heridos la mañana de este sábado cuando sujetos armados les dispararon en la tenencia de Capácuaro, en Uruapan. Por la tarde, un grupo armado atacó a balazos el Hospital General de Zamora.",
			want: []model.IncidentType{model.ArmedAttack, model.ArmedAttack}},
		{name: "gunmen at a clinic in the next town",
			lang: "en",
			text: "Gunmen shot dead a man outside a bar in Celaya on Friday night. In Salamanca, gunmen opened fire on a private clinic, wounding a nurse.",
			want: []model.IncidentType{model.Homicide, model.ArmedAttack}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kind := tt.kind
			if kind == "" {
				kind = model.KindNews
			}
			extractActs(t, e, "t21", kind, tt.lang, tt.text, pub, tt.want)
		})
	}
}

// TestGunfireCounted: gunfire told by a plural noun ("reportaron al 911
// disparos", "several gunshots were heard") is drafted as a tally; beside
// an act of its place not two hours apart it is that act's gunfire, not a
// second incident. Every incident is listed here, tallies too.
func TestGunfireCounted(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2031, 5, 12, 9, 0, 0, 0, mexico) // a Monday
	tests := []struct {
		name, text, lang string
		want             []model.IncidentType
	}{
		{name: "a clash, then its gunfire reported",
			text: "CULIACÁN, Sin.- Tres hombres muertos dejó un enfrentamiento entre grupos armados que comenzó a las 22:45 horas del domingo en la sindicatura de Eldorado. Vecinos reportaron al 911 disparos de armas de alto poder durante casi 40 minutos.",
			want: []model.IncidentType{model.ArmedClash}},
		{name: "a fire, then gunshots heard",
			lang: "en",
			text: "ALERT | Cuautla, Mor. Residents report a house deliberately set on fire in colonia Gabriel Tepepa; several gunshots were heard shortly before.",
			want: []model.IncidentType{model.Arson}},
		{name: "gunfire reported hours after a killing",
			text: "FRESNILLO, Zac.- Un hombre fue asesinado a balazos alrededor de las 10:00 horas de este domingo en un autolavado de la comunidad de Plateros.\n\nAlrededor de las 22:30 horas, vecinos de la calle Minería reportaron disparos frente a una tienda.",
			want: []model.IncidentType{model.Homicide, model.ArmedAttack}},
		{name: "gunfire reported in another town",
			text: "CULIACÁN, Sin.- Tres hombres muertos dejó un enfrentamiento entre grupos armados la noche del domingo en la sindicatura de Eldorado. En Navolato, vecinos reportaron al 911 disparos de armas de alto poder durante casi 40 minutos.",
			want: []model.IncidentType{model.ArmedClash, model.ArmedAttack}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lang := tt.lang
			if lang == "" {
				lang = "es"
			}
			kind := model.KindNews
			if strings.HasPrefix(tt.text, "ALERT") {
				kind = model.KindAlertFeed
			}
			r := model.Report{ID: "t23", Lang: lang, Kind: kind, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			if all := types(got); !slices.Equal(all, tt.want) {
				t.Errorf("incidents %v, want %v", all, tt.want)
			}
		})
	}
}

// TestOrdinalStems checks that every ordinal the series rules read holds
// one of the stems asked of a sentence before its words are
// (ordinalStems, the cue list seriesCount and ordinalIn ask first): a
// word without one would never be read.
func TestOrdinalStems(t *testing.T) {
	for _, tt := range []struct {
		word       string
		series, in bool // ordinalOfSeries reads it; ordinalIn does
	}{
		{"primer", false, true}, {"primero", false, true}, {"primera", false, true}, {"first", false, true},
		{"segundo", true, true}, {"segunda", true, true}, {"tercer", true, true}, {"tercero", true, true}, {"tercera", true, true},
		{"second", true, true}, {"third", true, true},
		{"cuarto", true, false}, {"cuarta", true, false}, {"quinto", true, false}, {"quinta", true, false}, {"sexto", true, false}, {"sexta", true, false},
		{"fourth", true, false}, {"fifth", true, false}, {"sixth", true, false},
	} {
		if got := ordinalOfSeries("fue el " + tt.word); got != tt.series {
			t.Errorf("ordinalOfSeries(%q) = %v, want %v", "fue el "+tt.word, got, tt.series)
		}
		if !containsAny(tt.word, cueWords[cueOrdinals]...) {
			t.Errorf("ordinalStems has no stem of %q", tt.word)
		}
		if got := ordinalIn("en el " + tt.word + ", dos"); got != tt.in {
			t.Errorf("ordinalIn(%q) = %v, want %v", "en el "+tt.word+", dos", got, tt.in)
		}
	}
}
