package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestOtherSenses holds the readings added for the misses of the blind
// development batch testdata/notinc/unseen13 (branch notinc7), each in
// wordings of its own, beside texts where the same words tell an act.
func TestOtherSenses(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 12, 3, 9, 0, 0, 0, mexico)
	tests := []struct {
		kind              model.ReportKind
		lang, title, text string
		want              int // violent incidents that count
	}{
		// A search notice issued by a prosecutor or the police: a
		// disappearance (TestSearchBulletins), and the office that asks
		// for help is no party to it.
		{model.KindOfficial, "es", "Ficha de búsqueda", "La Fiscalía del Estado pide apoyo para localizar a Mariana G. L., de 16 años, vista por última vez el 3 de diciembre en la colonia Jardines de Hermosillo. Tiene cabello largo y vestía pants azul. Cualquier información al 662 000 0000.", 1},
		{model.KindOfficial, "en", "Help us find Carlos", "State police ask for help locating Carlos M., 22, last seen on Tuesday in the Centro neighborhood of Mazatlán. He was wearing a green jacket. Anyone with information should call 911.", 1},
		// Taken by a force: a disappearance, whoever issues the notice.
		{model.KindOfficial, "es", "Ficha de búsqueda", "La Fiscalía pide apoyo para localizar a Jorge P., de 30 años, desaparecido desde que fue detenido por policías municipales el 2 de diciembre en Celaya. Vestía camisa blanca. Cualquier información al 800 000 0000.", 1},
		// The last item of a list a course or a training includes.
		{model.KindNews, "es", "", "Cincuenta custodios de Culiacán terminaron una capacitación que abarcó primeros auxilios, uso de radios y reacción ante motines y secuestros.", 0},
		{model.KindNews, "en", "", "Forty officers in Tepic finished a training course covering first aid, radio use and response to ambushes.", 0},
		{model.KindNews, "es", "", "Tras la capacitación, dos policías y un custodio fueron emboscados por hombres armados en Culiacán la noche del martes.", 1},
		// Criticism told as fire; an idiom; a name given to a move.
		{model.KindNews, "en", "", "The governor of Sonora came under fire from business leaders on Monday over a new water tax.", 0},
		{model.KindNews, "en", "", "The mayor of Tijuana came under fire for cancelling the city's festival on Friday.", 0},
		{model.KindNews, "en", "", "A Marine patrol came under fire from gunmen in Nuevo Laredo on Monday; two marines were wounded.", 1},
		{model.KindNews, "en", "", "Soldiers came under fire from a passing pickup near Culiacán on Sunday.", 1},
		{model.KindNews, "en", "", "Critics say the new budget risks shooting itself in the foot by cutting police pay.", 0},
		{model.KindNews, "en", "", "Opposition deputies called the budget vote an ambush on Thursday in the Sinaloa congress.", 0},
		{model.KindNews, "en", "", "Gunmen ambushed a patrol in Culiacán on Thursday, killing three officers.", 1},
		// Sport: shots at goal, a plan carried out to perfection.
		{model.KindNews, "es", "Tigres golea 4-1 al Atlas", "Los felinos ejecutaron a la perfección la estrategia y dispararon a puerta en 15 ocasiones el domingo en San Nicolás.", 0},
		{model.KindNews, "es", "", "Sujetos armados dispararon a la puerta de una vivienda en San Nicolás el domingo por la noche.", 1},
		{model.KindNews, "es", "", "Hombres armados ejecutaron a un comerciante en San Nicolás el domingo por la noche.", 1},
		{model.KindNews, "es", "", "Matan a golpes a un hombre en San Nicolás el domingo por la noche.", 1},
		// What a kind of group charges for; the missing counted by the
		// hundred before the report of them (unseen5).
		{model.KindNews, "es", "", "En la Tierra Caliente los cárteles cobran cuota por cada caja de limón que sale de Apatzingán, denuncian productores.", 0},
		{model.KindNews, "es", "", "Sujetos armados cobraron cuota por la fuerza a un tendero de Apatzingán el lunes y lo golpearon.", 1},
		{model.KindNews, "es", "", "La Comisión de Búsqueda informó que este año localizó a 850 personas reportadas como desaparecidas en Sonora.", 0},
		{model.KindNews, "es", "", "La Fiscalía localizó a tres mujeres reportadas como desaparecidas en Zitácuaro.", 1},
		// A headline whose only act word names a category of crime in a
		// town; beside it, acts told, counted or going on.
		{model.KindNews, "es", "", "Feminicidios en Ecatepec: la deuda del municipio con las mujeres", 0},
		{model.KindNews, "es", "", "Secuestros en Cuautla: empresarios piden más vigilancia", 0},
		{model.KindNews, "es", "", "Robos y homicidios mantienen en vilo a vecinos de Apodaca", 0},
		{model.KindNews, "es", "", "Siguen los homicidios en Salamanca", 1},
		{model.KindNews, "es", "", "Registran tres homicidios en Salamanca", 1},
		{model.KindNews, "es", "", "Se registran secuestros en comunidades de Cuautla", 1},
		{model.KindNews, "es", "", "Balaceras en Culiacán movilizan a policías", 1},
		// Crops killed, a bus that overturns, a risk warned of, an
		// office for the missing.
		{model.KindNews, "es", "", "La sequía mata cultivos de frijol en el norte de Zacatecas", 0},
		{model.KindNews, "en", "", "Two die when a truck overturns on the Saltillo-Monterrey highway", 0},
		{model.KindNews, "en", "", "Embassy warns travelers of kidnapping risk on Sinaloa highways", 0},
		{model.KindNews, "en", "", "State police warned of extortion calls in Mérida on Monday", 0},
		{model.KindNews, "es", "", "Diputados de Sonora aprueban una comisión especial para personas desaparecidas", 0},
		{model.KindNews, "en", "", "Gunmen kidnapped two travelers on a Sinaloa highway on Monday", 1},
		// Any act of a kind, a fake one, a kind in apposition after its
		// qualifier; anniversaries and years without justice.
		{model.KindNews, "es", "", "'Cada secuestro es una tragedia', dice obispo de Zacatecas", 0},
		{model.KindNews, "es", "", "Advierten por falsas extorsiones telefónicas en Mazatlán", 0},
		{model.KindNews, "es", "", "Extorsión telefónica, el delito que más se denuncia en Mérida", 0},
		{model.KindNews, "es", "", "Cinco años del incendio de la guardería de Hermosillo: padres marchan", 0},
		{model.KindNews, "es", "", "El asesinato de Javier Valdez, cinco años sin justicia", 0},
		{model.KindNews, "es", "", "Cada noche se escuchan balazos en Celaya, y anoche mataron a un joven en la colonia Centro", 1},
		{model.KindNews, "es", "", "A cinco días del secuestro de un comerciante, hallan su cuerpo en Mazatlán", 1},
		{model.KindNews, "es", "", "Extorsionan a comerciante y le queman su negocio en Mazatlán este lunes", 1},
		// The name of a category as the label of a headline that tells
		// no act; beside it, a label before an act.
		{model.KindNews, "es", "", "Extorsión: lo que debes saber de la nueva ley", 0},
		{model.KindNews, "en", "", "Kidnapping: the numbers behind the headlines", 0},
		{model.KindNews, "es", "", "Secuestro: hombres armados se llevan a un empresario en Cuautla", 1},
		{model.KindNews, "es", "", "Feminicidio en Celaya: hallan a mujer sin vida", 1},
		// A kind that hits no one; a kind reported or tried in court.
		{model.KindNews, "es", "", "Secuestros golpean al comercio de Cuautla", 0},
		{model.KindNews, "es", "", "Piden a transportistas de Celaya denunciar extorsiones al 089", 0},
		{model.KindNews, "es", "", "Posponen juicio por secuestro contra exalcalde de Cuautla", 0},
		{model.KindNews, "es", "", "Sujetos golpean a un comerciante en Cuautla para quitarle su camioneta", 1},
		// An animal attacks.
		{model.KindNews, "en", "", "A black bear attacked a camper at a cabin in Arteaga, Coahuila, on Saturday night; he was treated for scratches.", 0},
		{model.KindNews, "es", "", "Un oso negro atacó a un excursionista en el parque Chipinque de San Pedro el sábado por la mañana.", 0},
	}
	for _, tt := range tests {
		r := model.Report{ID: "r", Kind: tt.kind, Lang: tt.lang, Title: tt.title, Text: tt.text, Published: pub}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		if n := violent(got); n != tt.want {
			t.Errorf("%q: %d violent incidents; want %d: %+v", tt.text, n, tt.want, got)
		}
	}
}
