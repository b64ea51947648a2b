package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestHeadlines checks the telegraphic style of headlines (present tense,
// omitted subjects, no articles, URL slugs): each yields one incident with
// its type, death toll and day. The headlines are written for the test.
func TestHeadlines(t *testing.T) {
	e := realExtractor(t)
	loc, err := time.LoadLocation("America/Mexico_City")
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2024, 8, 14, 0, 0, 0, 0, loc) // a Wednesday, as a bare date
	tests := []struct {
		text   string
		typ    model.IncidentType
		killed int    // -1: no figure
		day    string // "": no time
	}{
		{"Ejecutan a comerciante en Irapuato", model.Homicide, 1, ""},
		// A double crime, a lynching by its verb, slang for killing; a
		// life claimed by an attack, not by an accident or an illness.
		{"Doble crimen en una vivienda de Celaya", model.Homicide, -1, ""},
		{"Linchan a un presunto ladrón en Celaya", model.Homicide, 1, ""},
		{"Le dieron piso a un taxista en Celaya", model.Homicide, 1, ""},
		{"Lo quebraron afuera de su casa en Celaya", model.Homicide, -1, ""},
		{"Cobran la vida de un joven en Celaya", model.Homicide, 1, ""},
		{"Accidente cobra la vida de un motociclista en Celaya", "", -1, ""},
		{"Covid cobra la vida de otro médico en Celaya", "", -1, ""},
		// Arrests told by the handing over, a foiled robbery, people taken
		// away in the present tense or out of their home, death threats,
		// a hanged body, a shot told by its blow; "se llevan a cabo" is
		// no abduction.
		{"Ponen a disposición a tres sujetos en Celaya", model.SecurityOperation, -1, ""},
		{"Policías frustran robo a una tienda en Celaya", model.SecurityOperation, -1, ""},
		{"Sujetos se llevan a un hombre en Celaya", model.Kidnapping, -1, ""},
		{"Hombres armados sacan de su casa a un joven en Celaya", model.Kidnapping, -1, ""},
		{"Amenazan de muerte a un periodista en Celaya", model.Intimidation, -1, ""},
		{"Aparece un hombre colgado de un puente en Celaya", model.Homicide, -1, ""},
		{"Le pegan un tiro a un joven en Celaya", model.ArmedAttack, -1, ""},
		{"Se llevan a cabo las fiestas patrias en Celaya", "", -1, ""},
		// Taped bodies, someone burned alive, a fight told as "se agarran
		// a balazos", a ransom paid, a person reported absent.
		{"Hallan a un hombre encintado en Celaya", model.Homicide, -1, ""},
		{"Queman vivo a un hombre en Celaya", model.Homicide, -1, ""},
		{"Se agarran a balazos policías y sicarios en Celaya", model.ArmedClash, -1, ""},
		// A "choque" between rival groups is a clash, not a collision,
		// and so are "combates entre" armed sides (branch head25).
		{"Choque de cárteles en Chicomuselo deja cinco muertos", model.ArmedClash, 5, ""},
		{"Choques entre células delictivas en Fresnillo", model.ArmedClash, -1, ""},
		{"Combates entre facciones en Tamazula", model.ArmedClash, -1, ""},
		{"Combate entre Ejército y sicarios en Aguililla", model.ArmedClash, -1, ""},
		{"Choque de autos en la avenida Juárez de Celaya deja dos heridos", "", -1, ""},
		{"Choque entre patrulla y taxi en Celaya", "", -1, ""},
		{"Combate entre boxeadores en la arena de Celaya", "", -1, ""},
		{"Pagan rescate y no liberan a un joven en Celaya", model.Kidnapping, -1, ""},
		{"Reportan como ausente a una joven en Celaya", model.Kidnapping, -1, ""},
		// A "matanza" is a massacre, unless of animals.
		{"Matanza ayer en Celaya", model.Homicide, -1, "2024-08-13"},
		{"Investigan matanza de reses en rastro de Celaya", "", -1, ""},
		{"Ajustician a un comerciante este martes en Celaya", model.Homicide, 1, "2024-08-13"},
		{"Tirotean a una mujer en Celaya", model.ArmedAttack, -1, ""},
		{"Raptan a un taxista en Celaya", model.Kidnapping, -1, ""},
		// The conditional of report before a participle tells an act
		// alleged, not one imagined; a condition or a bare "habría"
		// still frames it.
		{"Hombres armados habrían 'levantado' a un taxista en Celaya", model.Kidnapping, -1, ""},
		{"Una mujer habría sido privada de su libertad en Celaya", model.Kidnapping, -1, ""},
		{"Si no llega la patrulla, habrían levantado a un taxista en Celaya", "", -1, ""},
		{"Habría secuestros en Celaya si no llega la Guardia Nacional", "", -1, ""},
		{"Dos policías habrían participado en el secuestro de un taxista en Celaya", "", -1, ""},
		// Someone who refuses ("se niega", "se negó a") denies nothing:
		// the act after it stands.
		{"Le piden dinero, se niega y le disparan en Celaya", model.ArmedAttack, -1, ""},
		{"Se negó a pagar la cuota y lo balearon en Celaya", model.ArmedAttack, -1, ""},
		// Escaping one's captors tells the abduction.
		{"Joven escapa de sus captores en Celaya", model.Kidnapping, -1, ""},
		{"Mujer logra escapar de sus secuestradores en Celaya", model.Kidnapping, -1, ""},
		// Someone caught carrying a gun, told by what they were doing,
		// is an arrest; in a relative clause beside an act it is not.
		{"Paseaba armado por la colonia Centro de Celaya", model.SecurityOperation, -1, ""},
		{"Pareja caminaba con una pistola en Celaya", model.SecurityOperation, -1, ""},
		{"Un hombre que andaba armado mató a su vecino en Celaya", model.Homicide, 1, ""},
		{"Sujeto que paseaba armado balea a un joven en Celaya", model.ArmedAttack, -1, ""},
		// A search that does not stop is still for a missing person; a
		// body found floating is a body found (package toll counts the dead
		// of a find only by "sin vida" or "muerto": no figure yet).
		{"No paran de buscar a un joven en Celaya", model.Kidnapping, -1, ""},
		{"Mujer hallada flotando en un canal de Celaya", model.Homicide, -1, ""},
		// A chase to kill or shoot someone is the attack, told by its aim.
		{"Persiguen a un motociclista para balearlo en Celaya", model.ArmedAttack, -1, ""},
		{"Planeaban una emboscada para matarlo en Celaya", "", -1, ""},
		// A time of another act in a relative clause of place, or a
		// period since a year in the clause before a colon, does not
		// date the act told.
		{"Matan a un joven en el bar de Irapuato donde hace tres meses hubo otro ataque", model.Homicide, 1, ""},
		{"Desaparecido desde 2019: localizan el cuerpo de un taxista en Tepic", model.Homicide, 1, ""},
		// An armed act beside an accident word is still one.
		{"Ataques armados en Celaya dejan tres muertos y un motociclista arrollado", model.ArmedAttack, 3, ""},
		{"Choque entre grupos armados deja cinco muertos en Tamazula", model.ArmedClash, 5, ""},
		{"Dejan 4 ejecutados en brecha de Fresnillo", model.Homicide, 4, ""},
		{"¡Hallan 3 ejecutados en Guasave!", model.Homicide, 3, ""},
		{"Abandonan cadáver en un canal de Celaya", model.Homicide, 1, ""},
		{"Localizan sin vida a un joven en Cajeme", model.Homicide, 1, ""},
		{"Matan de un balazo a motociclista en Salamanca durante la madrugada", model.Homicide, 1, "2024-08-14"},
		{"Anoche asesinan a dos hermanos en Uruapan", model.Homicide, 2, "2024-08-13"},
		{"Balacera en Culiacán deja tres muertos este lunes", model.ArmedAttack, 3, "2024-08-12"}, // no sides told: a shooting
		{"Balacera entre policías y civiles armados en Zamora", model.ArmedClash, -1, ""},
		{"Emboscan a militares en Aguililla", model.ArmedAttack, -1, ""},
		{"Sobrevive a intento de ejecución un taxista en Celaya", model.ArmedAttack, -1, ""},
		{"Matan a un hombre en una tienda de abarrotes de León", model.Homicide, 1, ""},
		{"Incendian una tienda de conveniencia en Celaya", model.BusinessAttack, -1, ""},
		{"Levantan a policía municipal en Tlajomulco", model.Kidnapping, -1, ""},
		{"Detienen a presunto responsable del asesinato de un regidor en Tepic", model.SecurityOperation, 1, ""},
		{"Abaten a hombre afuera de su casa en Apaseo el Grande", model.Homicide, 1, ""},
		{"ejecutan-a-dos-en-la-colonia-centro-de-colima", model.Homicide, 2, ""},
		{"Matan a mujer en la colonia 20 de Noviembre de Zamora", model.Homicide, 1, ""},
		{"Matan a dos hombres en Uriangato; suman cinco en este sábado", model.Homicide, 2, "2024-08-10"},
		{"¡Madrugada de terror en Tepic! Hallan a un comerciante asesinado", model.Homicide, 1, "2024-08-14"},
		// The day someone went missing dates the disappearance, not the finding.
		{"Localizan sin vida a comerciante desaparecido hace 9 días en Cajeme", model.Homicide, 1, ""},
		{"Hallan cadáver de joven desaparecida desde el viernes en Celaya", model.Homicide, 1, ""},
		{"Levantan a policía el viernes en Tlajomulco", model.Kidnapping, -1, "2024-08-09"},
		// No place, time or toll: a headline's verb anchors it.
		{"Apuñalan a un joven afuera de una tienda", model.ArmedAttack, -1, ""},
		{"Cae sujeto con cristal y una pistola", model.SecurityOperation, -1, ""},
		{"Agreden a golpes a repartidor en el mercado", model.ArmedAttack, -1, ""},
		// Idioms of the finding, the taking of life, the shot received.
		{"Hallan restos de una mujer en un baldío de Tepic", model.Homicide, 1, ""},
		{"Le quitan la vida a un albañil en Salamanca", model.Homicide, 1, ""},
		{"Joven recibe un balazo en la pierna en Uruapan", model.ArmedAttack, -1, ""},
		{"Dejan cartulinas con amenazas a policías en Colima", model.Intimidation, -1, ""},
		{"Sorprenden a motociclista con marihuana en Ensenada", model.SecurityOperation, -1, ""},
		// Seizures told by a finding verb, what was confiscated, forces by
		// their local names.
		{"Guardia Nacional localiza 80 kilos de aparente cocaína en Guaymas", model.SecurityOperation, -1, ""},
		{"Encuentran armas largas y cartuchos en una casa de Navolato", model.SecurityOperation, -1, ""},
		{"Soldiers found 300 rifles and ammunition in a ranch in Badiraguato", model.SecurityOperation, -1, ""},
		{"Confiscan policías 12 armas en Caborca", model.SecurityOperation, -1, ""},
		{"Catea Fiscalía una bodega en Ecatepec", model.SecurityOperation, -1, ""},
		{"Fuerza Civil abate a dos hombres armados en Cadereyta", model.SecurityOperation, 2, ""},
		{"Localizan a joven reportado como desaparecido en Tepic", model.Kidnapping, -1, ""}, // a person, not contraband
		{"Portaba un arma de fuego en la colonia Centro de Ensenada", model.SecurityOperation, -1, ""},
		{"Hallan a 80 migrantes hacinados en un tráiler en Acayucan", model.SecurityOperation, -1, ""},
		{"Llevaba una pistola y atacó a su vecino en Celaya", model.ArmedAttack, -1, ""},
		{"Dejan herido a un taxista en la colonia Centro de Tijuana", model.ArmedAttack, -1, ""},
		{"Vecinos intentan linchar a presunto ladrón en Tlahuapan", model.ArmedAttack, -1, ""},
		{"Buscan al pequeño Julio en Pánuco", model.Kidnapping, -1, ""},
		{"Continúan la búsqueda de joven pescador en Guaymas", model.Kidnapping, -1, ""},
		// A verb with a force as its subject after it: "Interviene SSP a".
		{"Interviene SSP a cuatro por narcomenudeo en Acayucan", model.SecurityOperation, -1, ""},
		{"Resguarda la Guardia Nacional a 40 migrantes en Orizaba", model.SecurityOperation, -1, ""},
		{"Sorprende la lluvia a vecinos de Orizaba", "", -1, ""},
		// A missing person found alive is news of the disappearance.
		{"Localizan con vida a joven en Ciudad Obregón", model.Kidnapping, -1, ""},
		{"Missing student found alive in Guadalajara", model.Kidnapping, -1, ""},
		// "Levantar" as slang: quoted, or with an object pronoun.
		{"Comando armado “levantó” a un joven en Cajeme", model.Kidnapping, -1, ""},
		{"Lo levantan afuera de su casa en Zamora", model.Kidnapping, -1, ""},
		{"Levantan la veda de camarón en Guaymas", "", -1, ""},
		// A year after an arrest dates the crime, not the arrest.
		{"Capturan a presunto homicida de un comerciante asesinado en 2019 en Celaya", model.SecurityOperation, 1, ""},
		{"En 2019 detuvieron a un hombre en Celaya", "", -1, ""},
		// A killing on a sports court, of a court's clerk, a head left.
		{"Matan a un hombre en la cancha de la colonia Centro de Salamanca", model.Homicide, 1, ""},
		{"Asesinan a empleado del tribunal agrario en Chilpancingo", model.Homicide, 1, ""},
		{"Detienen a los asesinos del juez en Tepic", model.SecurityOperation, -1, ""},
		{"Localizan a hombre colgado de un puente en Uruapan", model.Homicide, -1, ""},
		// A section label names the topic; the rest tells the act.
		{"Homicidio en Celaya: detienen a dos por asesinar a un taxista", model.SecurityOperation, 1, ""},
		{"Murder in Juárez: police arrest two suspects", model.SecurityOperation, -1, ""},
		// The crime an arrest is for is no incident of its own.
		{"Andaba prófugo por el asesinato de un hombre en Celaya; ya fue detenido", model.SecurityOperation, -1, ""},
		{"Por encubrimiento de homicidio lo arrestan en Tepic", model.SecurityOperation, -1, ""},
		// A violent day, night or weekend, dated by its weekday.
		{"Jornada violenta en Celaya este lunes", model.ArmedAttack, -1, "2024-08-12"},
		{"Violent Friday in Tijuana with 10 killings", model.Homicide, 10, "2024-08-09"},
		{"Bloody Sunday in Culiacán", model.ArmedAttack, -1, "2024-08-11"},
		// A perfect tense counts seizures over a period.
		{"Han incautado 300 armas en lo que va del año en Michoacán", "", -1, ""},
		// A headline's lines tell one event: the date of the second dates it.
		{"Gunman kills a reporter in Veracruz\nLa Opinión, August 12, 2024, Poza Rica", model.Homicide, 1, "2024-08-12"},
		{"Asesinan a periodista en Poza Rica\nNota del 12 de agosto de 2024", model.Homicide, 1, "2024-08-12"},
		// A place name ending in -rán is no future tense.
		{"Villagrán: hallan a un hombre asesinado en la comunidad", model.Homicide, 1, ""},
		// A headline told only by its toll.
		{"Riña en una fiesta deja dos lesionados en Zamora", model.ArmedAttack, -1, ""},
		// Who is unknown is no negation; a knife is how, a body found is a killing.
		{"Sujetos no identificados balean a un taxista en Celaya", model.ArmedAttack, -1, ""},
		{"Agreden con arma blanca a un vendedor en Xalapa", model.ArmedAttack, -1, ""},
		{"Hallan el cuerpo baleado de un hombre en Tizapán", model.Homicide, 1, ""},
		// A sports ground is where it happened, not sport reporting.
		{"Asesinan a un hombre cerca de un campo de futbol en Irapuato", model.Homicide, 1, ""},
		// A question tacked on a told fact leaves the fact told.
		{"Detienen a tres con armas en Xalapa, ¿en qué colonia fue?", model.SecurityOperation, -1, ""},
		{"Buscan a Mariana, de 16 años, vista por última vez en Tulancingo", model.Kidnapping, -1, ""},
		{"Guardia Nacional intercepta 40 kg de cocaína en Manzanillo", model.SecurityOperation, -1, ""},
		{"Interceptan y asesinan a un taxista en Texistepec", model.Homicide, 1, ""},
		{"Huyen de sus agresores pero caen muertos en una calle de Salamanca", model.Homicide, -1, ""},
		// A negation ends at its clause; an accident beside a killing leaves the killing.
		{"No cesa la violencia: asesinan a un taxista en Cancún", model.Homicide, 1, ""},
		{"Ejecutan a un hombre tras persecución y provocan volcadura en Culiacán", model.Homicide, 1, ""},
		{"Ataque en la colonia Centro de León deja a un hombre grave", model.ArmedAttack, -1, ""},
		{"Accionaron armas de fuego contra una vivienda de Cadereyta", model.ArmedAttack, -1, ""},
		// A hold-up is an armed attack, a business attack on a shop; a
		// killing or an arrest told with it decides; plain theft is none.
		{"A punta de pistola despojan a un repartidor en Zamora", model.ArmedAttack, -1, ""},
		{"Hombres armados asaltan una farmacia en Celaya", model.BusinessAttack, -1, ""},
		{"Asaltan-a-pasajeros-de-un-autobus-en-Orizaba", model.ArmedAttack, -1, ""},
		{"Matan a un comerciante durante un asalto en Uruapan", model.Homicide, 1, ""},
		{"Asaltan una tienda en Celaya y detienen a uno de los ladrones", model.SecurityOperation, -1, ""},
		{"Asalta una farmacia en Celaya; lo detienen minutos después", model.SecurityOperation, -1, ""},
		{"Roban una camioneta en Zamora", "", -1, ""},
		// Forces arriving are a security operation.
		{"Llegan 400 militares a Zamora para reforzar la vigilancia", model.SecurityOperation, -1, ""},
		{"Arriban 200 elementos de la Guardia Nacional a Fresnillo", model.SecurityOperation, -1, ""},
		// the place told first, the forces after it or their aim
		{"Galería: Llegan a Nogales 90 elementos más de la Guardia Nacional", model.SecurityOperation, -1, ""},
		{"Violencia en Tecate: llegan 300 agentes federales más", model.SecurityOperation, -1, ""},
		{"Envían helicóptero a Zitácuaro para reforzar acciones de seguridad", model.SecurityOperation, -1, ""},
		{"Blindará Guardia Nacional la carretera a Saltillo", model.SecurityOperation, -1, ""},
		// Telegraphic singulars and idioms.
		{"Grupo armado bloquea la carretera Zamora-Jacona", model.Blockade, -1, ""},
		{"UIF bloquea cuentas de exalcalde", "", -1, ""},
		{"Sujeto armado irrumpe en una farmacia de Celaya", model.BusinessAttack, -1, ""},
		{"Irrumpe la policía en una fiesta en Zamora", "", -1, ""},
		{"Cobran piso a comerciantes del mercado de Zamora", model.Intimidation, -1, ""},
		{"Hallan narcofosa en un predio de Salamanca", model.Homicide, -1, ""},
		{"Despliegue policiaco en Salamanca", model.SecurityOperation, -1, ""},
		{"Hombres armados se roban una camioneta en Celaya", model.ArmedAttack, -1, ""},
		// Finds told with a determiner, kidnapped women in the passive.
		{"Hallan otro cuerpo en un canal de Salamanca", model.Homicide, -1, ""}, // the toll parser reads no number in "otro"
		{"Tres mujeres fueron privadas de su libertad en Fresnillo", model.Kidnapping, -1, ""},
		{"Huye de la policía y le hallan dos pistolas en Ensenada", model.SecurityOperation, -1, ""},
		// An age is no period; a colonia named by a number is no anniversary.
		{"Asesinan a un halcón de 17 años de la Unión Tepito en Iztapalapa", model.Homicide, 1, ""},
		{"Intentan ejecutar a un hombre en la colonia 20 Aniversario de Chilpancingo", model.ArmedAttack, -1, ""},
		// A person shot in or on the way to a business is the target.
		{"Balean a un joven en céntrico bar de Acayucan", model.ArmedAttack, -1, ""},
		{"Hieren a mujer cuando iba a farmacia en Ciudad Obregón", model.ArmedAttack, -1, ""},
		{"Taxista se salva de ser ejecutado en Zamora", model.ArmedAttack, -1, ""},
		{"Inicia búsqueda de tres jóvenes desaparecidas en Zapopan", model.Kidnapping, -1, ""},
		// A bare cry of terror, a violent night or a wave of violence
		// and its town, with nothing else said, reports the violence
		// there; a cause, a speaker or a consequence makes it a report
		// about violence. "No cesa" negates the stopping, not the act.
		{"Noche de terror en Zamora", model.ArmedAttack, -1, ""},
		{"¡Terror en Uriangato!", model.ArmedAttack, -1, ""},
		{"Vive Celaya otra violenta jornada", model.ArmedAttack, -1, ""},
		{"No cesa la ola de violencia en Uruapan", model.ArmedAttack, -1, ""},
		{"Se recrudece la violencia en Cuautla", model.ArmedAttack, -1, ""},
		{"Arrecia en Apatzingán la ola de violencia", model.ArmedAttack, -1, ""},
		{"Día de muertes en Salamanca", model.Homicide, -1, ""},
		{"Culpan de la ola de violencia en Uruapan a dos cárteles", "", -1, ""},
		{"Ola de violencia ahuyenta a turistas de Zamora", "", -1, ""},
		{"Sigue ola violenta en Ensenada", "", -1, ""}, // the sea's, as often
		{"Amenazas de bomba causan pánico en Celaya", model.Intimidation, -1, ""},
		// A negation reaches to its clause's end: a verb of its own
		// after the comma tells an act.
		{"No hubo fiesta, pistoleros asesinan al festejado en Salamanca", model.Homicide, 1, ""},
		{"No hubo heridos ni muertos en Celaya", "", -1, ""},
		// A court the victim had just left is where, not what.
		{"Asesinan a un hombre que acababa de salir de una audiencia en Zamora", model.Homicide, 1, ""},
		{"Matan a un abogado afuera de los juzgados de Celaya", model.Homicide, 1, ""},
		{"Sentencian a asesino de un taxista en Celaya", "", -1, ""},
		{"Vinculan a proceso a hombre que asesinó a su esposa en Celaya", "", -1, ""},
		// A few acts counted in a town, with no period over them.
		{"Noche violenta deja dos ataques en Uruapan", model.ArmedAttack, -1, ""},
		{"En octubre, cuatro ataques a negocios en Uruapan", "", -1, ""},
		// A concert is where the act was, not a show about one.
		{"Se registra balacera al concluir un concierto en Zamora", model.ArmedAttack, -1, ""},
		{"Balacera en la nueva serie de Netflix sobre Culiacán", "", -1, ""},
		// Kidnapping told with the verb first or the force outright.
		{"Levanta comando a un joven en Celaya", model.Kidnapping, -1, ""},
		{"Se llevan a la fuerza a un comerciante en Irapuato", model.Kidnapping, -1, ""},
		// Forces rescuing people, destroying a camp.
		{"Policía municipal rescata 40 migrantes en Fresnillo", model.SecurityOperation, -1, ""},
		{"Rescata FGE a tres migrantes en Ciudad Juárez", model.SecurityOperation, -1, ""},
		{"Destruyen campamento del crimen en Guachochi", model.SecurityOperation, -1, ""},
		{"Ha incautado 362 armas la Policía Municipal", "", -1, ""},
		// Shots heard; drills and fireworks are none.
		{"Detonaciones provocan movilización en la zona centro de Irapuato", model.ArmedAttack, -1, ""},
		{"Detonaciones controladas en el campo militar de Zapopan", "", -1, ""},
		{"Detonaciones simuladas durante un simulacro en una secundaria de Mérida", "", -1, ""},
		// "Grupo de choque" is a gang, "de película" a simile.
		{"Grupo de choque agrede a balazos a policías de Ecatepec", model.ArmedAttack, -1, ""},
		{"Persecución de película en Caborca deja dos detenidos", model.SecurityOperation, -1, ""},
		{"Estrenan película sobre el secuestro de un empresario en Culiacán", "", -1, ""},
		// Police speech for a body found.
		{"Hallan a masculino a un costado de la carretera en Cárdenas", model.Homicide, -1, ""},
		{"Encuentran a un hombre tirado en la orilla de la carretera en Tizimín", model.Homicide, -1, ""},
		// English headline idioms.
		{"Two police officers assassinated in Reynosa", model.Homicide, 2, ""},
		{"Six die in Sinaloa", model.Homicide, 6, ""},
		{"They leave two bodies wrapped in blankets in Culiacan", model.Homicide, 2, ""},
		{"They kill a taxi driver in Ciudad Juarez", model.Homicide, 1, ""},
		{"Four bodies found in Tijuana", model.Homicide, 4, ""},
	}
	for _, tt := range tests {
		r := model.Report{ID: "h", Kind: model.KindNews, Lang: "es", Text: tt.text, Published: pub}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		if tt.typ == "" {
			if len(got) > 0 {
				t.Errorf("%q: %s, want no incident", tt.text, got[0].Type)
			}
			continue
		}
		if len(got) == 0 {
			t.Errorf("%q: no incident", tt.text)
			continue
		}
		g := got[0]
		if g.Type != tt.typ {
			t.Errorf("%q: type %s, want %s", tt.text, g.Type, tt.typ)
		}
		k := -1
		if g.Killed != nil {
			k = g.Killed.N
		}
		if k != tt.killed {
			t.Errorf("%q: killed %d, want %d", tt.text, k, tt.killed)
		}
		day := ""
		if g.Time != nil {
			day = g.Location.Date(*g.Time)
		}
		if day != tt.day {
			t.Errorf("%q: day %q, want %q", tt.text, day, tt.day)
		}
		for _, ev := range g.Evidence {
			if ev.Text != tt.text[ev.Start:ev.End] {
				t.Errorf("%q: evidence %q is not the text's own", tt.text, ev.Text)
			}
		}
	}
}

// TestLexiconPrefixFallback checks that a word that begins like a longer
// exact pattern still matches the prefix pattern it extends
// ("ejecutados" against "ejecutado" and "ejecutad*").
func TestLexiconPrefixFallback(t *testing.T) {
	e := realExtractor(t)
	for _, text := range []string{"Reportan ejecutados en Tecomán", "Reportan ejecutadas en Tecomán"} {
		got := e.Extract(model.Report{ID: "p", Kind: model.KindNews, Lang: "es", Text: text})
		if len(got) != 1 || got[0].Type != model.Homicide {
			t.Errorf("%q: got %d incidents, want one homicide", text, len(got))
		}
	}
}

// TestLexiconShorterWord checks that when the longest pattern at a place
// does not end a word, a shorter one that does is the match ("disparan" in
// "disparan al", not the pattern "disparan a").
func TestLexiconShorterWord(t *testing.T) {
	e := realExtractor(t)
	got := e.Extract(model.Report{ID: "s", Kind: model.KindNews, Lang: "es", Text: "Pistoleros disparan al interior de una ferretería en Irapuato"})
	if len(got) != 1 || got[0].Type != model.ArmedAttack {
		t.Errorf("got %+v, want one armed attack", got)
	}
}

func TestUnslug(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"matan-a-dos-en-celaya", "matan a dos en celaya", true},
		// A whole URL: the slug alone, without the site, the article
		// number or the extension.
		{"https://diario.mx/seguridad/hallan-cuerpo-en-canal/", "                            hallan cuerpo en canal ", true},
		{"como-asaltaron-la-oficina-en-coatzacoalcos-8632797.html", "como asaltaron la oficina en coatzacoalcos" + strings.Repeat(" ", len("-8632797.html")), true},
		{"https://www.msn.com/es-mx/noticias/amenazan-de-muerte-a-una-familia/ar-AAYYMxl?ocid=x", "                                   amenazan de muerte a una familia                  ", true},
		{"Matan a dos en Celaya", "", false},
		{"Apaseo-el-Grande", "", false}, // too short to be a slug
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := unslug(tt.in)
		if ok != tt.ok || got != tt.want {
			t.Errorf("unslug(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
		if ok && len(got) != len(tt.in) {
			t.Errorf("unslug(%q) changed the length", tt.in)
		}
	}
}

// TestBarePartYields checks that "en la madrugada" with no day of its own
// takes the day told earlier in the report, in another paragraph.
func TestBarePartYields(t *testing.T) {
	e := realExtractor(t)
	loc, err := time.LoadLocation("America/Mexico_City")
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2024, 8, 14, 9, 0, 0, 0, loc) // Wednesday
	text := "El lunes hombres armados atacaron a balazos una patrulla en Celaya.\n\nEn la madrugada, vecinos de Apaseo el Grande hallaron el cuerpo de un hombre."
	r := model.Report{ID: "b", Kind: model.KindNews, Lang: "es", Text: text, Published: pub}
	got := e.Extract(r)
	checkInvariants(t, r, got)
	for _, g := range got {
		if g.Type != model.Homicide {
			continue
		}
		if g.Time == nil || g.Location.Date(*g.Time) != "2024-08-12" {
			t.Errorf("homicide time %v, want 2024-08-12 (the Monday told before)", g.Time)
		}
		return
	}
	t.Errorf("no homicide in %+v", got)
}
