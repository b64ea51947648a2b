package extract

import (
	"strings"

	"github.com/atalaya/atalaya/model"
)

// class says what a lexicon entry signals.
type class uint8

const (
	clsCue        class = iota + 1 // an incident cue (typ, weight)
	clsActor                       // an actor alias (actor)
	clsNeg                         // a negation or denial
	clsHypo                        // a hypothetical, future or preventive frame
	clsOpinion                     // opinion or analysis
	clsBoiler                      // page boilerplate
	clsNon                         // roadworks, traffic, protest, accident: not an incident
	clsBusiness                    // a business or bank as a target
	clsRoad                        // a highway
	clsSupport                     // "with support from"
	clsTallyUnit                   // "in 20 states", "nationwide"
	clsSeize                       // seizure verbs (aseguran explosivos)
	clsQuantity                    // "decenas de", "hundreds of"
	clsAccident                    // accidents, overdoses, natural fires: no violent incident
	clsIgnore                      // names that contain cue, actor or place words ("Marina del Pilar")
	clsVenue                       // a bar or night club: people inside are the usual target
	clsSport                       // sport reporting: "bloqueó tres disparos" is a save
	clsAd                          // advertising: "ofertas explosivas"
	clsStreet                      // a street, avenue or bypass
	clsClosure                     // a vehicle put across a road: what makes arson a blockade
	clsStat                        // statistics: percentages, rates, yearly totals
	clsFiction                     // entertainment: films, series, books, games
	clsWe                          // first person plural: a columnist's or speaker's voice
	clsSportWeak                   // words common in sport reporting, telling only in numbers
	clsCourt                       // court proceedings and anniversaries: about an old act
	clsClaim                       // a claim to be checked: rumours, posts on social media
	clsWeather                     // weather reporting: "ráfagas", "frente frío"; telling in numbers
	clsPolicyTalk                  // diplomacy, legislation, economy: a report about policy
	clsExamples                    // places given as examples: "in places like Uruapan"
	clsProtest                     // a march, a vigil or a funeral: the acts it names are its grievances or its dead
	clsAggregate                   // a count over a period or an area: "en 24 horas", "across", "figures"
	clsHabit                       // a characterization: "known for", "suele"; what follows is habitual
	clsFind                        // a finding verb: "localizan", "hallan", "found"
	clsContraband                  // drugs, arms and fuel held illegally: what forces find and seize
	clsOpVerb                      // a verb of forces acting on people: "interviene", "resguarda", "rescata"
	clsDoer                        // an English doer of violence the actor table leaves out: "cartel", "gunman", "gang"
)

// entry is one lexicon pattern. Patterns are folded (lower case, no
// accents); a trailing '*' makes the pattern a word prefix.
type entry struct {
	cls    class
	typ    model.IncidentType
	weight float64
	actor  int // index into actors for clsActor
	prefix bool
}

// actorDef is a canonical actor.
type actorDef struct {
	name string
	kind model.ActorKind
}

// cueDef lists cues of one incident type with one weight.
type cueDef struct {
	typ    model.IncidentType
	weight float64
	pats   string // '|'-separated
}

// cueTable returns the incident cue lexicon (Spanish, English, unaccented
// and speech-recognition variants).
func cueTable() []cueDef {
	return []cueDef{
		{model.Blockade, 0.85, "narcobloqueo*|narco bloqueo*|narco-bloqueo*|bloqueo|bloqueos|bloquean|bloquearon|bloqueaban|bloqueando|bloqueada*|bloqueado*|bloqueo carretero|vloqueo*|bloquio*|blockade*|roadblock*|road block*|blocked roads|blocked the road|blocked highways|blocked the highway|blocked streets|narcoblockade*|bloqueamos|bloqueara|bloquearan|bloqueo la|bloqueo el|barricada*|barricade*|barricaded|blocked off|blocking roads|blocking the highway|blocking highways"},
		{model.Arson, 0.7, "incendi*|set vehicles on fire|set cars on fire|set trucks on fire|set buses on fire|set vehicles ablaze|set cars ablaze|set trucks ablaze|set buses ablaze|set it on fire|set them on fire|set it ablaze|set them ablaze|set it alight|set them alight|setting it on fire|quemandose|quemandolo|quemandola|quema|quemas|queman|quemaron|quemado|quemados|quemada|quemadas|prenden fuego|prendieron fuego|prendido fuego|prendio fuego|prendieran fuego|prendiera fuego|prenderles fuego|prender fuego|calcinad*|en llamas|arden|ardian|ardia|arson*|set on fire|set fire|set ablaze|torched|torching|burned|burning|burnt|ablaze|quemo|quemando|quemaban|incinerad*|incineraron|incendiaron|calcinaron|set alight|firebomb*|molotov|bombas molotov|bomba molotov|coctel molotov|cocteles molotov|molotov cocktail*|firebomb*|artefacto incendiario|artefactos incendiarios|gasoline bomb*|petrol bomb*|bus on fire|buses on fire|truck on fire|trucks on fire|car on fire|cars on fire|vehicle on fire|vehicles on fire|trailer on fire|trailers on fire|tractor-trailer on fire|tractor-trailers on fire|tractor-trailer ablaze|tractor-trailers ablaze|semitrailers on fire|pickup on fire|pickups on fire|arsonist*|burned down|burnt out|burned-out|fire deliberately set|fires deliberately set|fire intentionally set|deliberately set fire|intentionally set fire|deliberately set on fire|reported on fire|reportedly on fire"},
		{model.BusinessAttack, 0.75, "saqueo*|saquean|saquearon|rapina|looting|looted|lootings"},
		{model.ArmedClash, 0.8, "balacera|balaceras|tiroteo*|balasera|balaseras|valacera|topeton|topetones"},
		{model.ArmedClash, 0.85, "coming under fire|enfrentamiento*|enfrentan|enfrentaron|se enfrentaron|se enfrentaran|intercambio de disparos|fuego cruzado|repelieron la agresion|repelen agresion|repelieron el ataque|repelieron|repelen|repele|repelio|repelled|repelling|repels attack|repel attack|repels an attack|repel an attack|repels ambush|repel ambush|repels an ambush|repel an ambush|repels assault|repel assault|fend off gunmen|fends off gunmen|fended off gunmen|fend off attackers|fends off attackers|fended off attackers|clash|clashes|clashed|firefight|firefights|shootout*|gunfight*|gun battle*|exchange of fire|exchanged fire|enfrentamientos armados|refriega*|intercambio de balazos|enfrento|se enfrento|se enfrentan|enfrentaban|se enfrentaban|trabaron un enfrentamiento|gunbattle*|traded fire|trading fire|exchanged gunfire|exchange of gunfire|se enfrascaron en una balacera|persecucion y balacera|rina armada|rinas armadas|rina entre dos grupos|rina entre grupos|rinas entre grupos|rina entre reos|rina entre internos|rina entre bandas|rina en el penal|rina en el cereso|prison riot|prison brawl|brawl between inmates|brawl between rival inmates|fight between rival inmates|exchanging fire|exchanging gunfire|choque armado|choques armados|choque entre grupos armados|choques entre grupos armados|choque entre civiles armados|died in fighting|killed in fighting|died in the fighting|killed in the fighting|dead in fighting|fighting between rival|fighting between armed|fighting between cartel|fighting between the cartels|fighting between criminal"},
		// A patrol that "came under fire" was attacked; it fought a clash only
		// when the text tells the answer ("returned fire", answeredForms) or
		// attackers fallen (answeredClash): gold README, attacks on forces.
		{model.ArmedAttack, 0.85, "came under fire|come under fire|comes under fire"},
		{model.ArmedAttack, 0.75, "ataque armado|ataques armados|agresion armada|agresiones armadas|atacaron a balazos|atacan a balazos|emboscada*|emboscado*|emboscaron|emboscan|embosca|ambush*|ambushed|dispararon|disparan contra|disparo contra|balean|balearon|baleado*|baleada*|balazos|armed attack*|gun attack*|opened fire|shot at|shooting|atentado*|rafague*|rafaga*|shoot|shoots|shot|gun down|guns down|lesionan|lesionaron|hieren|hirieron|disparos|ataque contra|ataques contra|atacan a|ataque a|wounded|injured|herida de bala|heridas de bala|herido de bala|heridos de bala|herida por arma de fuego|heridas por arma de fuego|herido por arma de fuego|lesionado por arma de fuego|lesionada por arma de fuego|disparo de arma de fuego|disparos de arma de fuego|detonaciones de arma de fuego|proyectil de arma de fuego|intentan ejecutar|intentan asesinar|intentaron asesinar|intentaron ejecutar|atentan contra|atentaron contra|disparan a|dispararon a|balacean a|balacearon a|le disparan|le dispararon|rafaguean|agreden a balazos|agreden a tiros|tiroteo contra|tirotean|tirotearon|tiroteado|tiroteada|tiroteados|tiroteadas"},
		{model.ArmedAttack, 0.5, "arma de fuego|armas de fuego"},
		// Shots heard: in crime news "detonaciones" are gunshots
		// ("Detonaciones alertan a vecinos de la colonia San Rafael").
		{model.ArmedAttack, 0.6, "detonaciones|detonanciones|detonaciones de arma|se escucharon disparos|se escuchan disparos|reportan disparos"},
		{model.ArmedAttack, 0.6, "arma blanca|armas blancas"},
		{model.ArmedAttack, 0.75, "acribill*|agresion con arma de fuego|agresiones con arma de fuego|ataque con arma de fuego|agresion a balazos|machetead*|machetazo*|golpiza|le dispara|le disparan|les disparan|recibe un disparo|recibio un disparo|recibe disparos|recibio disparos|herido de un balazo|herida de un balazo|lucha por su vida|balea a|balean a|balearon a|baleo a|bajo el fuego|a quemarropa|detonacion de arma de fuego|detonaciones de arma de fuego|detonacion de arma|detonaciones de arma|detonaciones de armas de fuego|dispararan contra|disparara contra|le dispararan|les dispararan|le disparara|les disparara|balearan|baleara"},
		{model.Intimidation, 0.7, "amenaza de bomba|amenazas de bomba|bomb threat*"},
		{model.ArmedAttack, 0.55, "ataque|ataques|atacar|agresion|agresiones|attack|attacks|assault*"},
		// Shots counted before what they hit: "fired dozens of rounds at a
		// car dealership", "fired more than 30 shots into the house" (not
		// "shots at": "took shots at the governor").
		{model.ArmedAttack, 0.65, "rounds at|rounds into|shots into"},
		{model.ArmedAttack, 0.65, "fire on|fires on|firing on|fire at|fires at|atacan|atacaron|agredieron|agredir|irrumpen|irrumpieron|balacean|balacearon|attacked|disparando|disparan|disparo|abrieron fuego|abren fuego|abrio fuego|atacado|atacados|atacada|atacadas|ataco|agredido*|agredida*|agredio|hirio|lesiono|balea|baleo|rafaguearon|stabbed|stabbing*|fired on|fired at|fired shots|gunfire|wounding|gunshot*|bullets|bullet|sprayed with bullets|ataca|hiere|lesiona|agreden|agrede"},
		{model.Homicide, 0.8, "asesin*|ejecutad*|ejecutan|ejecutaron|hallan cuerpo*|hallan sin vida|localizan cuerpo*|cuerpos sin vida|cadaver*|restos humanos|fosa clandestina|fosas clandestinas|homicidio*|masacre*|matanza|matanzas|ajustici*|matan|mataron|matado|matados|ultiman|ultimaron|murder*|massacre*|slain|shot dead|gunned down|executed|bodies|body of|homicide*|feminicidio*"},
		{model.Homicide, 0.5, "killing|killings|executed|deaths"},
		{model.Homicide, 0.55, "muerte de|muertes|muerte violenta|muertes violentas"},
		// A violent day, night or weekend: a headline's summary of shootings
		// and killings in one place ("Jornada violenta en Celaya", "Bloody
		// Friday in Tijuana", "Más hechos violentos la tarde del sábado",
		// "Noche de terror en Zamora", "Sangriento domingo en Celaya");
		// weak: it anchors with a time or a toll, and gives way
		// to the acts a headline tells beside it.
		{model.ArmedAttack, 0.55, "hechos violentos|eventos violentos|hechos de sangre|hechos de violencia|incidentes violentos|violent events|bloody events|violent incidents|bloody incidents|fin de semana de terror|fin de semana rojo|fin de semana de violencia|jornada roja|noche roja|madrugada roja|tarde roja|weekend of violence|night of violence|day of violence|night of terror|day of terror|lunes de terror|lunes rojo|lunes de violencia|martes de terror|martes rojo|martes de violencia|miercoles de terror|miercoles rojo|miercoles de violencia|jueves de terror|jueves rojo|jueves de violencia|viernes de terror|viernes rojo|viernes de violencia|sabado de terror|sabado rojo|sabado de violencia|domingo de terror|domingo rojo|domingo de violencia|noche de terror|tarde de terror|madrugada de terror|jornada de terror|dia de terror|noche de violencia|jornada de violencia|tarde de violencia|madrugada de violencia|jornada violenta|noche violenta|madrugada violenta|tarde violenta|manana violenta|dia violento|fin de semana violento|violenta jornada|violenta noche|violenta madrugada|violenta tarde|violento fin de semana|jornada sangrienta|noche sangrienta|madrugada sangrienta|fin de semana sangriento|violent day|violent night|violent weekend|bloody day|bloody night|bloody weekend|lunes violento|lunes sangriento|lunes negro|martes violento|martes sangriento|martes negro|miercoles violento|miercoles sangriento|miercoles negro|jueves violento|jueves sangriento|jueves negro|viernes violento|viernes sangriento|viernes negro|sabado violento|sabado sangriento|sabado negro|domingo violento|domingo sangriento|domingo negro|violent monday|bloody monday|black monday|violent tuesday|bloody tuesday|black tuesday|violent wednesday|bloody wednesday|black wednesday|violent thursday|bloody thursday|black thursday|violent friday|bloody friday|black friday|violent saturday|bloody saturday|black saturday|violent sunday|bloody sunday|black sunday|violento lunes|sangriento lunes|lunes de sangre|violento martes|sangriento martes|martes de sangre|violento miercoles|sangriento miercoles|miercoles de sangre|violento jueves|sangriento jueves|jueves de sangre|violento viernes|sangriento viernes|viernes de sangre|violento sabado|sangriento sabado|sabado de sangre|violento domingo|sangriento domingo|domingo de sangre|sangrienta jornada|sangrienta noche|sangrienta madrugada|sangrienta tarde|sangriento fin de semana|noche de sangre|jornada de sangre|madrugada de sangre|fin de semana de sangre"},
		// The same summaries with the part of the day between the day
		// and its adjective ("Sábado por la noche violento", "Noche de
		// sábado violenta", "Madrugada del domingo sangrienta").
		{model.ArmedAttack, 0.55, partDaySummaries()},
		{model.ArmedClash, 0.85, clashBetween()},
		// A bloody dawn or morning as the nota roja's "madrugada
		// sangrienta", "amanecer rojo".
		{model.ArmedAttack, 0.55, "bloody dawn|bloody morning|bloody afternoon|bloody evening|bloody sunrise|violent dawn|violent morning|violent afternoon|violent evening|red sunrise|red dawn|deadly night|deadly day|deadly weekend"},
		// "Deadly Monday in Tijuana", as "Bloody Monday".
		{model.ArmedAttack, 0.55, "deadly monday|deadly tuesday|deadly wednesday|deadly thursday|deadly friday|deadly saturday|deadly sunday"},
		// Machine-translated headlines: "They abandon body in Tijuana"
		// (abandonan cuerpo), "They riddle a young man" (acribillan).
		{model.Homicide, 0.75, "abandon body|abandon bodies|abandon a body|abandon the body|abandon the bodies|abandon corpse|abandon a corpse|abandon corpses"},
		{model.ArmedAttack, 0.75, "they riddle"},
		// "de horror" as the nota roja says "de terror" ("Noche de horror
		// en un bar de Celaya", "Sábado de horror en Tijuana", "Night of
		// horror in Celaya").
		{model.ArmedAttack, 0.55, "noche de horror|madrugada de horror|tarde de horror|jornada de horror|dia de horror|fin de semana de horror|lunes de horror|martes de horror|miercoles de horror|jueves de horror|viernes de horror|sabado de horror|domingo de horror|night of horror|day of horror|weekend of horror"},
		// A bare cry of terror or a wave of violence over a town ("¡Terror
		// en Berriozábal!", "No cesa la ola de violencia en Cuautla"):
		// weaker still; it anchors only as a whole headline with its town
		// (bareSummary) or with a time or a toll, and a cry only heads a
		// sentence ("Amenazas de bomba causan pánico en..." tells its act).
		// Not "ola violenta": the sea's.
		{model.ArmedAttack, 0.5, "terror en|panico en|ola de violencia|violencia salvaje"},
		// Violence going on or rising over a town, told as its news
		// ("Violence continues in Acapulco", "Tijuana bloodshed
		// continues", "Se recrudece la violencia en Jiutepec"): as weak.
		{model.ArmedAttack, 0.5, "violence continues|violence resumes|violence does not stop|violence doesn't stop|violence continues in|bloodshed continues|slaughter continues|violencia se recrudece|se recrudece la violencia|recrudece la violencia|arrecia la violencia|arrecia violencia|arrecia la ola de violencia"},
		// Violence something did not stop ("Pandemic does not stop
		// violence in Tijuana"): as weak (unstopped.go).
		{model.ArmedAttack, 0.5, unstoppedViolence()},
		// The same wave in other words ("Pega a Guanajuato ola de
		// narcoviolencia", "Tiene Tabasco racha violenta", "Wave of
		// violence hits Celaya"): as weak as "ola de violencia".
		{model.ArmedAttack, 0.5, "ola de narcoviolencia|racha violenta|racha de violencia|wave of violence|wave of narco violence|spate of violence"},
		{model.Homicide, 0.5, "dia de muertes|noche de muertes|jornada de muertes"},
		// Police speech for a body found: "hallan a masculino", "hombre
		// tirado a la orilla de la carretera".
		{model.Homicide, 0.7, "hallan a masculino|hallan masculino|localizan a masculino|localizan masculino|encuentran a masculino|encuentran masculino|hallan a femenina|localizan a femenina|encuentran a femenina|hombre tirado|mujer tirada|persona tirada|masculino tirado|cuerpo tirado"},
		// The victims named by their finding ("las tres víctimas halladas
		// el lunes … habían sido reportadas como desaparecidas"): the
		// bodies found, whatever earlier act the sentence tells of them.
		{model.Homicide, 0.7, "victimas halladas|victimas localizadas|victimas encontradas|victima hallada|victima localizada|victima encontrada"},
		// English headlines of bodies found by where they lay, with no
		// word of death ("3 Men Found Inside a Wall", "Two found
		// buried in a ranch").
		{model.Homicide, 0.7, "found inside a wall|found inside a well|found inside a water tank|found inside a tank|found inside a cistern|found inside a drum|found inside barrels|found inside a barrel|found in a well|found in a ditch|found in a canal|found in a ravine|found buried|found hanging|found hanged|found bound|found tied up|found wrapped|found in bags|found in plastic bags|found in a trunk|found in the trunk|found in a car trunk|found in a clandestine grave|found in clandestine graves|found in a mass grave|found dumped|found decapitated|found dismembered|found mutilated|found shot|found stabbed|found strangled|found tortured"},
		// Plural act nouns head statistics as often as news: they decide a
		// type, and anchor only with a place, time or toll.
		{model.Homicide, 0.6, "ejecuciones|multihomicidios|executions"},
		{model.Homicide, 0.8, "asesino a|asesino al"},
		// A body burned tells a person killed, whatever struck them first
		// ("A man was shot and his body set on fire", "le prendieron fuego
		// al cuerpo"): the killing is the act, the fire and the shots its
		// manner.
		{model.Homicide, 0.8, bodyBurned()},
		{model.Homicide, 0.8, "murieron baleados|murieron baleadas|murio baleado|murio baleada|mueren baleados|mueren baleadas|muere baleado|muere baleada|murieron a balazos|murio a balazos|mueren a balazos|muere a balazos|died of gunshot wounds|died of gunshot wounds"},
		{model.Homicide, 0.8, "terminan con la vida|termina con la vida|terminaron con la vida|termino con la vida|priva de la vida|tiro de gracia|cabeza humana|cabezas humanas|osamenta*|restos oseos|craneo humano|deguellan|degollan|degollaron|masacran|masacraron|masacra|ejecucion|ultima a|ultimo a|mata a|calcinan a|calcinaron a|cuerpo hallado|cuerpos hallados|cuerpo localizado|cuerpos localizados|cuerpo encontrado|cuerpos encontrados|cadaver hallado|encajuelad*|entambad*|encostalad*|ahorcad*|asfixiad*|beheading*|murdered|executes|execute|executing|slays|slay|murders|shot to death|terminan con la existencia|terminaron con la existencia|termina con la existencia|acaban con la vida|acabaron con la vida|acaba con la vida|aniquilan|aniquilaron|multihomicidio|doble homicidio|triple homicidio|doble asesinato|triple asesinato|doble ejecucion|triple ejecucion|partes humanas|restos de una persona|descuartizad*|mutilad*|estado de descomposicion|estado de putrefaccion|putrefact*|personas fallecidas|abandonan la cabeza|dejan la cabeza|hallan la cabeza|encuentran la cabeza|localizan la cabeza|hallan una cabeza|encuentran una cabeza|localizan una cabeza|dejan una cabeza|carbonizad*|le cuesta la vida|le costo la vida|les costo la vida|charco de sangre"},
		{model.Homicide, 0.75, "hallan cuerpo|hallan cadaver|hallan ejecutado|hallan ejecutada|hallan encobijado|hallan encobijada|hallan a cuerpo|hallan a cadaver|hallan a ejecutado|hallan a ejecutada|hallan a encobijado|hallan a encobijada|hallan un cuerpo|hallan un cadaver|hallan un ejecutado|hallan un ejecutada|hallan un encobijado|hallan un encobijada|hallan el cuerpo|hallan el cadaver|hallan el ejecutado|hallan el ejecutada|hallan el encobijado|hallan el encobijada|encuentran cuerpo|encuentran cadaver|encuentran ejecutado|encuentran ejecutada|encuentran encobijado|encuentran encobijada|encuentran a cuerpo|encuentran a cadaver|encuentran a ejecutado|encuentran a ejecutada|encuentran a encobijado|encuentran a encobijada|encuentran un cuerpo|encuentran un cadaver|encuentran un ejecutado|encuentran un ejecutada|encuentran un encobijado|encuentran un encobijada|encuentran el cuerpo|encuentran el cadaver|encuentran el ejecutado|encuentran el ejecutada|encuentran el encobijado|encuentran el encobijada|localizan cuerpo|localizan cadaver|localizan ejecutado|localizan ejecutada|localizan encobijado|localizan encobijada|localizan a cuerpo|localizan a cadaver|localizan a ejecutado|localizan a ejecutada|localizan a encobijado|localizan a encobijada|localizan un cuerpo|localizan un cadaver|localizan un ejecutado|localizan un ejecutada|localizan un encobijado|localizan un encobijada|localizan el cuerpo|localizan el cadaver|localizan el ejecutado|localizan el ejecutada|localizan el encobijado|localizan el encobijada|descubren cuerpo|descubren cadaver|descubren ejecutado|descubren ejecutada|descubren encobijado|descubren encobijada|descubren a cuerpo|descubren a cadaver|descubren a ejecutado|descubren a ejecutada|descubren a encobijado|descubren a encobijada|descubren un cuerpo|descubren un cadaver|descubren un ejecutado|descubren un ejecutada|descubren un encobijado|descubren un encobijada|descubren el cuerpo|descubren el cadaver|descubren el ejecutado|descubren el ejecutada|descubren el encobijado|descubren el encobijada|dejan cuerpo|dejan cadaver|dejan ejecutado|dejan ejecutada|dejan encobijado|dejan encobijada|dejan a cuerpo|dejan a cadaver|dejan a ejecutado|dejan a ejecutada|dejan a encobijado|dejan a encobijada|dejan un cuerpo|dejan un cadaver|dejan un ejecutado|dejan un ejecutada|dejan un encobijado|dejan un encobijada|dejan el cuerpo|dejan el cadaver|dejan el ejecutado|dejan el ejecutada|dejan el encobijado|dejan el encobijada|abandonan cuerpo|abandonan cadaver|abandonan ejecutado|abandonan ejecutada|abandonan encobijado|abandonan encobijada|abandonan a cuerpo|abandonan a cadaver|abandonan a ejecutado|abandonan a ejecutada|abandonan a encobijado|abandonan a encobijada|abandonan un cuerpo|abandonan un cadaver|abandonan un ejecutado|abandonan un ejecutada|abandonan un encobijado|abandonan un encobijada|abandonan el cuerpo|abandonan el cadaver|abandonan el ejecutado|abandonan el ejecutada|abandonan el encobijado|abandonan el encobijada|arrojan cuerpo|arrojan cadaver|arrojan ejecutado|arrojan ejecutada|arrojan encobijado|arrojan encobijada|arrojan a cuerpo|arrojan a cadaver|arrojan a ejecutado|arrojan a ejecutada|arrojan a encobijado|arrojan a encobijada|arrojan un cuerpo|arrojan un cadaver|arrojan un ejecutado|arrojan un ejecutada|arrojan un encobijado|arrojan un encobijada|arrojan el cuerpo|arrojan el cadaver|arrojan el ejecutado|arrojan el ejecutada|arrojan el encobijado|arrojan el encobijada|tiran cuerpo|tiran cadaver|tiran ejecutado|tiran ejecutada|tiran encobijado|tiran encobijada|tiran a cuerpo|tiran a cadaver|tiran a ejecutado|tiran a ejecutada|tiran a encobijado|tiran a encobijada|tiran un cuerpo|tiran un cadaver|tiran un ejecutado|tiran un ejecutada|tiran un encobijado|tiran un encobijada|tiran el cuerpo|tiran el cadaver|tiran el ejecutado|tiran el ejecutada|tiran el encobijado|tiran el encobijada|identifican cuerpo|identifican cadaver|identifican ejecutado|identifican ejecutada|identifican encobijado|identifican encobijada|identifican a cuerpo|identifican a cadaver|identifican a ejecutado|identifican a ejecutada|identifican a encobijado|identifican a encobijada|identifican un cuerpo|identifican un cadaver|identifican un ejecutado|identifican un ejecutada|identifican un encobijado|identifican un encobijada|identifican el cuerpo|identifican el cadaver|identifican el ejecutado|identifican el ejecutada|identifican el encobijado|identifican el encobijada|reportan cuerpo|reportan cadaver|reportan ejecutado|reportan ejecutada|reportan encobijado|reportan encobijada|reportan a cuerpo|reportan a cadaver|reportan a ejecutado|reportan a ejecutada|reportan a encobijado|reportan a encobijada|reportan un cuerpo|reportan un cadaver|reportan un ejecutado|reportan un ejecutada|reportan un encobijado|reportan un encobijada|reportan el cuerpo|reportan el cadaver|reportan el ejecutado|reportan el ejecutada|reportan el encobijado|reportan el encobijada|hallaron cuerpo|hallaron cadaver|hallaron ejecutado|hallaron ejecutada|hallaron encobijado|hallaron encobijada|hallaron a cuerpo|hallaron a cadaver|hallaron a ejecutado|hallaron a ejecutada|hallaron a encobijado|hallaron a encobijada|hallaron un cuerpo|hallaron un cadaver|hallaron un ejecutado|hallaron un ejecutada|hallaron un encobijado|hallaron un encobijada|hallaron el cuerpo|hallaron el cadaver|hallaron el ejecutado|hallaron el ejecutada|hallaron el encobijado|hallaron el encobijada|encontraron cuerpo|encontraron cadaver|encontraron ejecutado|encontraron ejecutada|encontraron encobijado|encontraron encobijada|encontraron a cuerpo|encontraron a cadaver|encontraron a ejecutado|encontraron a ejecutada|encontraron a encobijado|encontraron a encobijada|encontraron un cuerpo|encontraron un cadaver|encontraron un ejecutado|encontraron un ejecutada|encontraron un encobijado|encontraron un encobijada|encontraron el cuerpo|encontraron el cadaver|encontraron el ejecutado|encontraron el ejecutada|encontraron el encobijado|encontraron el encobijada|localizaron cuerpo|localizaron cadaver|localizaron ejecutado|localizaron ejecutada|localizaron encobijado|localizaron encobijada|localizaron a cuerpo|localizaron a cadaver|localizaron a ejecutado|localizaron a ejecutada|localizaron a encobijado|localizaron a encobijada|localizaron un cuerpo|localizaron un cadaver|localizaron un ejecutado|localizaron un ejecutada|localizaron un encobijado|localizaron un encobijada|localizaron el cuerpo|localizaron el cadaver|localizaron el ejecutado|localizaron el ejecutada|localizaron el encobijado|localizaron el encobijada|abandonaron cuerpo|abandonaron cadaver|abandonaron ejecutado|abandonaron ejecutada|abandonaron encobijado|abandonaron encobijada|abandonaron a cuerpo|abandonaron a cadaver|abandonaron a ejecutado|abandonaron a ejecutada|abandonaron a encobijado|abandonaron a encobijada|abandonaron un cuerpo|abandonaron un cadaver|abandonaron un ejecutado|abandonaron un ejecutada|abandonaron un encobijado|abandonaron un encobijada|abandonaron el cuerpo|abandonaron el cadaver|abandonaron el ejecutado|abandonaron el ejecutada|abandonaron el encobijado|abandonaron el encobijada|dejaron cuerpo|dejaron cadaver|dejaron ejecutado|dejaron ejecutada|dejaron encobijado|dejaron encobijada|dejaron a cuerpo|dejaron a cadaver|dejaron a ejecutado|dejaron a ejecutada|dejaron a encobijado|dejaron a encobijada|dejaron un cuerpo|dejaron un cadaver|dejaron un ejecutado|dejaron un ejecutada|dejaron un encobijado|dejaron un encobijada|dejaron el cuerpo|dejaron el cadaver|dejaron el ejecutado|dejaron el ejecutada|dejaron el encobijado|dejaron el encobijada|arrojaron cuerpo|arrojaron cadaver|arrojaron ejecutado|arrojaron ejecutada|arrojaron encobijado|arrojaron encobijada|arrojaron a cuerpo|arrojaron a cadaver|arrojaron a ejecutado|arrojaron a ejecutada|arrojaron a encobijado|arrojaron a encobijada|arrojaron un cuerpo|arrojaron un cadaver|arrojaron un ejecutado|arrojaron un ejecutada|arrojaron un encobijado|arrojaron un encobijada|arrojaron el cuerpo|arrojaron el cadaver|arrojaron el ejecutado|arrojaron el ejecutada|arrojaron el encobijado|arrojaron el encobijada"},
		{model.Homicide, 0.75, "privan de la vida|privaron de la vida|privo de la vida|dan muerte|dieron muerte|hallan muerto|hallan muerta|encuentran muerto|encuentran muerta|aparecio muerto|aparecio muerta|sin signos vitales|ejecutado|mato|arrebatan la vida|arrebataron la vida|quitan la vida|quitaron la vida|le quitan la vida|localizan el cuerpo|hallan el cuerpo|encuentran el cuerpo|localizan cuerpo*|encuentran cuerpo*|cuerpo de un hombre|cuerpo de una mujer|cuerpo sin vida|encobijad*|embolsad*|semienterrad*|decapitad*|desmembrad*|fosa|fosas|hallazgo de restos|body found|bodies found|found dead|sin vida|ultimado*|ultimada*|linchad*|linchamiento*|muerto a balazos|muerta a balazos|muertos a balazos|cuerpo decapitado|asesinado*|asesinada*|corpse*|mass grave*|clandestine grave*|human remains|lifeless|stabbed to death|beaten to death|slaying*|lynch*|ejecuta|ejecuto|decapita*|desmembra*|degoll*|muerto|muerta|strangled|estrangulad*"},
		{model.ArmedAttack, 0.65, "impactos de bala|impacto de bala|a punaladas|apunal*|torturad*|torturan|torturaron|tortured|navajazo*|acuchillad*|acuchillan|acuchillaron|golpean|golpearon"},
		{model.ArmedAttack, 0.85, "salvarse de|intentar asesinar|intentar matar|intentan matar|intentaron matar|intento matar|intento asesinar|se salva de|se salvan de|se salvo de|se salvaron de|escapa de ser|escapan de ser|escapo de ser|intento ejecucion|intentan degollar|intento de linchamiento|intento de ejecucion|intento de homicidio|intento de asesinato|intentan matar|intentaron matar|intentan privar de la vida|para matarlo|para matarla|para matarlos|para balearlo|para balearla|para balearlos|sobrevive a|sobrevivio a|sobreviven a|attempted murder|assassination attempt"},
		// An attack survived or escaped, told in English ("Security
		// chief survives attack in Guadalajara"): the noun alone is
		// weak, its survivor tells it happened.
		{model.ArmedAttack, 0.65, "survives attack|survived attack|survives an attack|survived an attack|survives armed attack|survives gun attack|escapes attack|escaped attack|escapes ambush|escaped ambush|unhurt in attack|unharmed in attack"},
		{model.Homicide, 0.65, "cuerpos|el cuerpo|muertos|muertas|mueren|muere|murio|murieron|mata|kill|kills|killed|human heads|heads|beheaded|decapitated|dismembered|feminicide*|femicide*|pierde la vida|pierden la vida|perdio la vida|perdieron la vida|dead"},
		{model.Kidnapping, 0.8, "secuestr*|privacion de la libertad|privados de la libertad|privado de la libertad|privada de la libertad|privaron de la libertad|levanton*|levantaron|kidnap*|abduct*|sequestr*|privan de la libertad|privan de su libertad|priva de la libertad|priva de su libertad|levantan a|levanta a|privado de su libertad|privada de su libertad|privados de su libertad|privaron de su libertad|plagiado*|plagiada*|plagiaron|raptad*|raptaron|rapto|raptos|taken hostage|held hostage|forcibly took|forcibly taken|forcibly removed|took by force|taken by force|hostage*|took away|taken away|se llevaron a|se lo llevaron|se la llevaron|se los llevaron|se las llevaron|forced into a vehicle|forced into a car|forced them into|forced into a pickup|forced into a truck|subieron a la fuerza|subido a la fuerza|subida a la fuerza|subidos a la fuerza|obligaron a subir y|a subir a uno de ellos|a subir a una de ellas|fue sustraido|fue sustraida|fueron sustraidos|fueron sustraidas|a subir a una camioneta|a subir a un vehiculo"},
		{model.Kidnapping, 0.65, "localizan con vida|localiza con vida|localizan sana y salva|localizan sano y salvo|sana y salva|sano y salvo|sanos y salvos|sanas y salvas|found alive|found safe|desaparecid*|desaparicion*|extraviad*|levantado|levantada|levantados|levantadas|disappeared|missing"},
		// "Levantar" is kidnapping slang, marked by quotes or an object
		// pronoun ("lo levantan"); bare, it is an ordinary verb.
		{model.Kidnapping, 0.75, "\"levantan\"|\"levanta\"|\"levanto\"|\"levantaron\"|\"levantado\"|\"levantada\"|\"levantados\"|\"levantadas\"|'levanta'|'levanto'|'levantadas'|lo levantan|la levantan|los levantan|las levantan|lo levantaron|la levantaron|los levantaron|las levantaron|lo levanto|la levanto|los levanto|levantan' a|levanto a|levantaron a|levantaron al|levantan al|levanta al"},
		// "Levantar" with a day between the verb and its object ("Levantan
		// ayer a dos jóvenes", "Levantaron anoche a un taxista").
		{model.Kidnapping, 0.75, "levantan ayer a|levantaron ayer a|levantan anoche a|levantaron anoche a|levantan hoy a|levantaron hoy a"},
		// The verb before its subject ("Levanta comando a un joven") and
		// the force told outright ("se lo llevan a la fuerza").
		{model.Kidnapping, 0.8, "levanta comando|levantan comando|levanto comando|levantaron comando|levanta un comando|levantan sicarios|levantaron sicarios|levantan armados|levantaron armados|levantan hombres armados|levantaron hombres armados|levantan sujetos armados|levantaron sujetos armados|lavantan a|lavantaron a|se llevan a la fuerza|se llevaron a la fuerza|se llevan por la fuerza|se llevaron por la fuerza|se lo llevaron por la fuerza|se la llevaron por la fuerza|se los llevaron por la fuerza|llevado por la fuerza|llevada por la fuerza|se lo llevan a la fuerza|se lo llevaron a la fuerza|se la llevan a la fuerza|se la llevaron a la fuerza|se los llevaron a la fuerza|llevado a la fuerza|llevada a la fuerza|subieron a la fuerza|suben a la fuerza"},
		{model.Kidnapping, 0.7, "desaparecio|desaparece|desaparecen|desaparecieron|intentan levantar|intentaron levantar|'levanta'|'levantan'|'levantaron'|'levantado'|'levantada'|'levantados'|'levantar'|levantar a|se roban a|se robaron a"},
		{model.Explosive, 0.85, "artefacto explosivo|artefactos explosivos|explosivo|explosivos|artefacto esplosivo|artefactos esplosivos|esplosivo|esplosivos|coche bomba|carro bomba|car bomb*|dron con explosivos|drones con explosivos|drones explosivos|drone attack*|ataque con drones|ataques con drones|ataque con dron|ataque con un dron|atacan con drones|atacan con dron|atacaron con drones|atacaron con dron|attack with drones|attacked with drones|attacks with drones|drones arrojan|drones arrojaron|drones lanzan|drones lanzaron|dron arrojo|dron lanzo|drones dropped|drones drop|drone dropped|granada*|grenade*|mina terrestre|minas terrestres|minas antipersonales|landmine*|improvised explosive|explosion|explosiones|explosions|estallido|bomba|bombas|bomb|bombs|bombing*|ied|ieds|exploto|explotaron|estallo|estallaron|detonacion de|detonaron|detonated|detonation|blast|blasts|exploded|explosive device*|explosive-laden|explosive laden|laden with explosives|cargados con explosivos|cargados de explosivos|explosive drone*|explosives|dropped from drones|dropped from a drone|drone-dropped"},
		{model.Intimidation, 0.7, "narco message*|narco-message*|narco banner*|narcobanner*|narcomanta*|narco manta*|narcomensaje*|narco mensaje*|mensaje amenazante|mantas con mensajes|cobro de piso|extorsion*|extortion*|narcoreten*|reten ilegal|halconeo|amenazas|amenazaron|threatening message*|intimidat*|manta con amenazas|mantas con amenazas|amenasas|cartulina con amenazas|cartulinas con amenazas|mensajes intimidatorios|mensaje intimidatorio|derecho de piso|threatening banner*|banners with threats|warning message*"},
		{model.SecurityOperation, 0.7, "operativo*|detien*|detuvieron|detenido*|detenida*|detencion*|capturan|capturaron|captura*|arrestan|arrestaron|atrapan|atraparon|laboratorio de metanfetamina|laboratorio de fentanilo|laboratorio de drogas|aprehend*|aprehension*|arrested|arresting|aseguran|aseguraron|aseguramiento*|decomis*|abatid*|abaten|abatieron|abatio|abate|abatieran|abatiera|abatir|detuvo|capturo|detuvieran|detuviera|capturaran|capturara|arrestaran|neutraliz*|cateo*|catean|catearon|narcomenudist*|desmantelan|desmantelaron|narcolaboratorio*|laboratorio clandestino|laboratorios clandestinos|seized|detained|captured|killed by soldiers|killed by security forces|detuvimos|capturamos|aprehendimos|aseguramos|arrest of|arresto|arrestado*|arrestada*|apprehended|nabbed|rounded up|taken into custody|dismantled|busted"},
		{model.SecurityOperation, 0.7, "destruyen campamento*|destruye campamento*|destruyeron campamento*|destruyo campamento*|desmantelan campamento*|desmantelaron campamento*|inhabilitan campamento*|arresta|hallan droga|encuentran droga|localizan droga|hallan armas|encuentran armas|localizan armas|asegura|incauta|incautan|incautaron|decomisa|decomisan|desarticula|desarticulan|desarticularon|desmantela|recaptura*|reaprehend*|apresado*|apresada*|apresan|apresaron|intervienen a|interviene a|destruyen plantio*|destruyeron plantio*|erradican|catean"},
		{model.SecurityOperation, 0.7, "confiscan|confiscaron|confisca|confisco|confiscados|confiscada|confiscadas|catea|incautados|incautada|incautadas|incautacion|incautaciones|asegurados|asegurada|aseguradas|atrapa|apanan|apanaron|apana|encarcelan|encarcelaron|sacan de circulacion|sacan de las calles|lo capturo|los capturo|la capturo|las capturo|lo capturaron|los capturaron|la capturaron|lo detuvo|los detuvo|la detuvo|lo arrestan|los arrestan|lo arrestaron|los arrestaron|sorprende a"},
		{model.SecurityOperation, 0.6, "con droga|con drogas|dosis de|narcomenudeo|recupera|recuperan|recuperaron|da con|dan con|dieron con"},
		{model.Kidnapping, 0.7, "buscan a joven|buscan a mujer|buscan a menor|buscan a nina|buscan a nino|buscan a adolescente|buscan a hombre|buscan a la adolescente|buscan a los hermanos|buscan a su|busca a su hija|busca a su hijo|busca a su padre|busca a su madre|piden ayuda para localizar|solicitan apoyo para localizar|solicita apoyo para localizar|ayudanos a localizar|ayuda para localizar|colaboracion para localizar|protocolo alba|alerta amber|amber alert|ficha de busqueda|no ha regresado|no han regresado|no ha vuelto|no han vuelto|se desconoce su paradero|desaparecio desde|desaparecida desde|desaparecido desde"},
		{model.SecurityOperation, 0.75, "ejecutan orden*|ejecutan otra orden|ejecutan una orden|ejecuta orden*|ejecuta una orden|ejecutaron orden*|ejecutaron una orden|ejecutan cateo|ejecuta cateo|ejecutaron cateo|ejecutan operativo|cumplimentan orden*|cumplimenta orden*|orden de aprehension|ordenes de aprehension|frustran secuestro|frustraron secuestro|frustran un secuestro|rescatan a|rescata a|rescataron a|rescato a|rescate de|liberan a|liberaron a|rescued|freed"},
		{model.SecurityOperation, 0.6, "cae|caen|cayo|cayeron|tras las rejas|agarran|agarraron|presunto responsable|presuntos responsables|probable responsable|probables responsables|presunto homicida|presuntos homicidas|probable homicida"},
		{model.SecurityOperation, 0.5, "arrest|arrests|seizure*|raid|raids|military operation*|security operation*|despliegue*|deployed|deployment|operation|operations"},
		// Headline idioms: finds of remains, the life taken, shots received,
		// messages left, people sought, arrests told by what was carried.
		{model.Homicide, 0.75, "hallan restos|encuentran restos|localizan restos|hallan los restos|encuentran los restos|localizan los restos|hallan mas restos|encuentran mas restos|dejan restos|dejaron restos|craneos humanos|huesos humanos|torso de un|torso de una|pierna humana|manos cercenadas|cabeza en una bolsa|cabeza en bolsa|partes de un cuerpo|cuerpo humano|hallazgo de cuerpo|hallazgo del cuerpo|hallazgo de un cuerpo|hallazgo de restos|hallazgo de los restos|encuentran cabeza|aparece un cuerpo|aparece cuerpo|aparecen cuerpos|localiza cuerpo|encuentra cuerpo|halla cuerpo|cuerpo de hombre|cuerpo de mujer|cuerpo de un hombre|cuerpo de una mujer|cuerpo de bebe|cuerpo de un varon|cuerpo de joven|cuerpo de un joven|cuerpo flotando|le quitan la vida|le quitaron la vida|le quito la vida|quitan la vida|quitaron la vida|le arrancan la vida|arrancan la vida|le arrebatan la vida|arrebatan la vida|le cortan la vida|da muerte|le cortan el cuello|le cortan la garganta|le cortaron el cuello|degollado|degollada|encobijaron|encobijan|encobijado|encobijada|asfixian|asfixiaron|estrangulan|estrangularon|estrangulad*|aniquila|cementerio clandestino|panteon clandestino|destrozan la cabeza|finado a tiros|mutilan|they kill|they killed|they murder|they assassinate|they execute|they find a body|they find the body|they find bodies|they locate a body|found dead|found murdered|bodies found|body found|dead in|die in|died in|dies in|killed in|found bagged|bagged|dismembered body|severed head|severed heads|curled body|curled bodies|wrapped in a blanket|wrapped in blankets|they leave a body|they leave the body|they leave bodies|decomposing body|decomposed body|signs of torture|tortured body|tortured bodies"},
		{model.Homicide, 0.75, "colgado de un puente|colgada de un puente|colgados de un puente|colgado en un puente|colgados en un puente|cuelgan cuerpo*|cuelgan a|deja una cabeza|dejan una cabeza|deja cabeza|dejan cabeza|hallan craneo|encuentran craneo|localizan craneo|hallan un craneo|encuentran un craneo|localizan un craneo"},
		{model.Homicide, 0.8, "cae muerto|caen muertos|cayo muerto|cayeron muertos|cae sin vida|caen sin vida|cayo sin vida"},
		{model.Homicide, 0.7, "amarrado|amarrada|amarrados|maniatado|maniatada|maniatados|atado de pies y manos|atados de pies y manos"},
		{model.ArmedAttack, 0.65, "banan de plomo|banaron de plomo|bana de plomo|reciben a plomo|lo reciben a plomo|plomean|plomearon|plomeado*|balazo|un balazo|bala perdida|balas perdidas|alcanzado por las balas|alcanzados por las balas|alcanzada por las balas|descargas de alto calibre|balaceada|balaceado|balaceados|navajean|navajearon|navajead*|picahielo|a tiros|cuchilladas|le enterraron|dispara a|dispara contra|echaban bala|echan bala|tiro en el rostro|tiro en la cabeza|recibe un tiro|recibio un tiro|persecucion armada"},
		// A hold-up: "asalto" and "atraco" are robbery by violence or
		// threat, most often armed; against people it is an armed attack,
		// against a shop, bank or filling station a business attack (the
		// business target decides, as for shootings). Plain theft ("roban
		// camioneta") is no violent incident and is not listed.
		{model.ArmedAttack, 0.6, "asaltan|asaltaron|asalta|asaltaba a|asaltaban a|asalto a|asalto en|asalto armado|asalto masivo|asalto violento|violento asalto|asaltado|asaltada|asaltados|asaltadas|atraco*|atracan|atracaron|atraca|roban a mano armada|robo a mano armada|robaron a mano armada|a punta de pistola|a punta de pistolas|a punta de arma|a punta de cuchillo|a punta de navaja|roban con violencia|robo con violencia|con lujo de violencia|despojan con violencia|armed robbery|armed robberies|held up at gunpoint|robbed at gunpoint|at gunpoint|carjack*|hold-up|holdup"},
		// Deployments of forces are security operations (the taxonomy's
		// "refuerzan seguridad"), told by the forces' arrival ("llegan 300
		// militares a Reynosa").
		{model.SecurityOperation, 0.6, "elementos mas de la|agentes federales mas|militares para reforzar|militares para aumentar|aumentar la vigilancia|reforzar acciones de seguridad|blindara|blindaran|militares a|soldados a|arriban|arribaron|refuerzos militares|nuevos refuerzos|llegan militares|llegan soldados|llegan elementos|arriban militares|arriban soldados|arriban elementos|despliegan|desplegaron|despliega|desplego|reforzar la seguridad|reforzar seguridad|reforzar vigilancia|intensifica vigilancia|intensifican vigilancia|intensifica operatividad|blindan|troops arrive|deploy|deploys"},
		// Telegraphic singulars and idioms: "grupo armado bloquea la
		// carretera", "irrumpe en un banco", "cobran piso", armed men
		// taking what they rob, a clandestine grave.
		{model.Blockade, 0.85, "bloquea la|bloquea el|bloquea carretera|bloquea calles|bloquea accesos"},
		{model.ArmedAttack, 0.65, "armado irrumpe|armada irrumpe|armados irrumpen|armado irrumpio|comando irrumpe|sicarios irrumpen|encapuchados irrumpen|asaltando|atracando|armados roban|armados robaron|armados se roban|armados se llevan|armados despojan|armado roba|armado se roba|armado se lleva|armado despoja"},
		{model.Intimidation, 0.7, "cobran piso|cobran derecho de piso|cobraban piso|cobro de derecho de piso|cobran cuota|cobran cuotas"},
		{model.Homicide, 0.75, "narcofosa*|narco fosa*"},
		// Verbs of killing in the forms headlines use with a clitic or a
		// person after them: slang ("lo tronaron"), hanging and burning
		// someone, beating to death, finishing off; a body told by the
		// person found and where ("mujer hallada en un arroyo"), bodies
		// hanging in numbers. Bare "ahorcado" or "calcinado" stays out:
		// a suicide, a fire.
		{model.Homicide, 0.75, "lo tronaron|la tronaron|los tronaron|las tronaron|lo truenan|la truenan|los truenan|le truenan|ahorcan a|ahorcaron a|lo ahorcan|la ahorcan|lo ahorcaron|la ahorcaron|los ahorcaron|calcinan a|calcinaron a|lo calcinan|la calcinan|los calcinan|lo calcinaron|la calcinaron|los calcinaron|hasta matarlo|hasta matarla|hasta matarlos|hasta matarlas|hasta matar a|hasta quitarle la vida|rematan a un|rematan a una|remataron a un|remataron a una|lo rematan|lo remataron|la remataron|los remataron|hombre hallado en|mujer hallada en|hombres hallados en|mujeres halladas en|joven hallado en|joven hallada en|aparecen colgados|aparecieron colgados|aparecen colgadas"},
		// Bodies thrown, one unidentified where it was left, another
		// killing in a count of them.
		{model.Homicide, 0.75, "arrojan cuerpo*|arrojaron cuerpo*|arrojan el cuerpo|arrojaron el cuerpo|arrojan un cuerpo|arrojaron un cuerpo|arrojan los cuerpos|arrojaron los cuerpos|tiran cuerpo*|tiraron cuerpo*|tiran el cuerpo|tiraron el cuerpo|cuerpo sin identificar en un|cuerpo sin identificar en una|cadaver sin identificar en un|cadaver sin identificar en una|otro crimen en|nuevo crimen en|otro crimen mas en|un crimen mas en"},
		// Someone caught with a gun or drugs, told with the object pronoun.
		{model.SecurityOperation, 0.7, "lo sorprenden con|la sorprenden con|los sorprenden con|lo sorprendieron con|la sorprendieron con|los sorprendieron con"},
		// Regional slang and spellings: shots let off ("echa bala"), a
		// misspelt preterite ("disparon"), jail ("al bote", "al tambo").
		{model.ArmedAttack, 0.65, "echa bala|echan bala|echaba bala|echaban bala|echaron bala|echando bala|echo bala|disparon contra|disparon a"},
		{model.SecurityOperation, 0.6, "al bote por|al tambo por|al bote tras|al tambo tras|lo mandan al bote|van al bote|va al bote|lo mandan al tambo"},
		// A body dumped or left lying, one no one claims, a find told by
		// its horror, remains in a case, bag or cooler; someone found
		// covered in blood; a weapon pointed
		// at people.
		{model.Homicide, 0.7, "lo tiraron en|la tiraron en|los tiraron en|lo dejaron tirado|la dejaron tirada|los dejaron tirados|lo dejan tirado|la dejan tirada|cuerpo hallado|cuerpos hallados|cadaver hallado|cadaver localizado|cuerpo encontrado|dantesco hallazgo|dantesco descubrimiento|lamentable hallazgo|terrible hallazgo|horrible hallazgo|espeluznante hallazgo|macabro descubrimiento|deceso de un hombre|deceso de una mujer|deceso de dos|deceso de tres|deceso de cuatro|deceso de cinco"},
		{model.Homicide, 0.75, "maleta con restos|maletas con restos|bolsa con restos|bolsas con restos|hielera con restos|hieleras con restos|costal con restos|costales con restos|tambo con restos|tambos con restos|caja con restos|cajas con restos"},
		{model.ArmedAttack, 0.6, "banado en sangre|banada en sangre|banados en sangre|ensangrentado|ensangrentada|ensangrentados"},
		{model.Intimidation, 0.6, "amenaza con un arma|amenaza con una pistola|amenaza con arma*|amenazan con un arma|amenazan con una pistola|amenazan con arma*|amenazo con un arma|amenazo con una pistola|amenazaron con un arma|amenazaron con una pistola|amenazaron con arma*|con un arma en|los amenazaron con|lo amenazaron con|la amenazaron con|amenaza a vecinos con|amenaza a policias con"},
		// "Privar de la vida" in its other persons and the participle;
		// a wound by a bullet told with "lesionado".
		{model.Homicide, 0.75, "privado de la vida|privada de la vida|privados de la vida|privadas de la vida|priva de la vida|lo privaron de la vida|la privaron de la vida|los privaron de la vida|privarlo de la vida|privarla de la vida|fue privado de la vida|fue privada de la vida"},
		{model.ArmedAttack, 0.65, "lesionado de bala|lesionada de bala|lesionados de bala|lesionado por arma de fuego|lesionada por arma de fuego|lesionados por arma de fuego|herido por arma de fuego|herida por arma de fuego|heridos por arma de fuego|lesionado por disparo*|lesionada por disparo*"},
		// A device that goes off, told by the verb.
		{model.Explosive, 0.8, "explota artefacto|explotan artefacto*|explota un artefacto|exploto un artefacto|explotaron artefacto*|estalla artefacto|estalla un artefacto|estallo un artefacto|detonan artefacto*|detonaron artefacto*|detonan un artefacto|detonaron un artefacto"},
		// A camp of gunmen the forces find.
		{model.SecurityOperation, 0.7, "narcocampamento*|narco campamento*|campamento del crimen|campamentos del crimen|campamento de sicarios|campamentos de sicarios|campamento criminal|campamentos criminales"},
		// Someone taken out by force or removed from their home.
		{model.Kidnapping, 0.7, "sacan por la fuerza|sacaron por la fuerza|sacado por la fuerza|sacada por la fuerza|sacados por la fuerza|sacan a la fuerza|sacaron a la fuerza|sacado a la fuerza|sacada a la fuerza|sacados a la fuerza|sacadas a la fuerza|drove off with him|drove off with her|drove off with them|sped off with him|sped off with her|sped off with them|lo sacaron por la fuerza|la sacaron por la fuerza|sustraido de su domicilio|sustraida de su domicilio|sustraido de su casa|sustraida de su casa|sustraidos de su domicilio|sustraen a un|sustraen a una|sustrajeron a un|sustrajeron a una"},
		// English headlines, many of them translated from Spanish: the
		// life taken, the body or its parts left or found, a dismembering,
		// one execution, a gang-style killing, a death in a clash told
		// with its place or sides, not the abstract noun ("Woman deprived of life in
		// ...", "CJNG dismembers two in Celaya", "Gunmen leave a body in
		// ...", "Execution in León", "dies after confrontation").
		{model.Homicide, 0.8, "deprived of life|deprived of his life|deprived of her life|deprived of their lives|deprive a man of his life|deprive a woman of her life|deprive him of his life|deprive her of her life|deprive of life|dismember|dismembers|dismembering|butcher|butchers|butchered|chop up|chops up|chopped up|hacked to death|stabbed to death|beaten to death|strangled|hanged|execution|execution style|execution-style|style killing|style killings|style hit|charred body|charred bodies|charred corpse*|charred remains|charred woman|charred man|charred men|charred women|calcinated body|calcinated bodies|head of a man|head of a woman|severed head*|body parts|human remains|dead body|dead bodies|corpse|corpses|leave a body|leaves a body|left a body|leave bodies|leaves bodies|left bodies|discover body|discovers body|discovered body|discover bodies|discovered bodies|mutilated|cut in pieces|cut into pieces|cut to pieces|a quartered|quartered body|quartered bodies|cost the lives of|cost the life of|claimed the lives of|claimed the life of|took the lives of|locate remains|located remains|find remains|found remains|remains found|remains located"},
		{model.Homicide, 0.65, "dies|died|death of a|death of an|death of two|death of three|death of four|death of five|death of six|a body|the body|remains of"},
		{model.ArmedAttack, 0.75, "simultaneous attacks|ataques simultaneos|gunmen attacked|hitmen attacked|sicarios attacked|armed men attacked|commando attacked|attacked by gunmen|attacked by sicarios|attacked by hitmen"},
		// A headline's present tells the act, weaker than the past: it
		// needs a place ("Sicarios attack in Salvatierra Hospital"); "a
		// gunmen attack could follow" names one.
		{model.ArmedAttack, 0.65, "sicarios attack|hitmen attack|cell attacks|armed group attacks"},
		// One attack told by its noun and its target, as the Spanish
		// "ataque a" and "ataque contra" ("Attack on police in
		// Chilpancingo", "Ambush against soldiers in Aguililla"); the
		// plural ("attacks on police") counts them.
		{model.ArmedAttack, 0.75, "attack on|attack against|assault on|ambush on|ambush against"},
		// Machine translation of "privar de la libertad" and "ultimar";
		// remains told by the torso; a building strafed; people who
		// vanish, as those who disappear; a road blocked, told by the verb
		// and its road in every form (blockedRoads).
		{model.Kidnapping, 0.8, "deprived of liberty|deprived of his liberty|deprived of her liberty|deprived of their liberty|deprive of liberty|deprive of their liberty|deprived of freedom|deprived of his freedom|deprived of her freedom|deprived of their freedom"},
		{model.Homicide, 0.75, "finish off|finishes off|finished off|torsos|torso of"},
		{model.ArmedAttack, 0.75, "strafe|strafes|strafed|strafing"},
		{model.Kidnapping, 0.65, "vanish|vanishes|vanished"},
		// A missing person's bulletin: when they were last seen, home
		// they did not return to (testdata/gold/README.md, "Missing
		// persons").
		{model.Kidnapping, 0.65, "last seen on|last seen in|last seen at|was last seen|were last seen|did not return home|did not come home|never returned home|never came home|has not been seen since|have not been seen since|has not been heard from|have not been heard from|has not contacted|have not contacted"},
		{model.Blockade, 0.85, blockedRoads()},
		{model.SecurityOperation, 0.7, "cell taken down|cells taken down|cell dismantled|cells dismantled|cell busted|cell broken up|suspects held|suspect held|gunmen held|hitmen held"},
		{model.Homicide, 0.75, "hang one|hang two|hang three|hang a man|hang a woman|hung from a bridge|hanging from a bridge|hanged from a bridge|hung from bridge"},
		{model.Intimidation, 0.7, "leave manta|leaves manta|left manta|leave a manta|leaves a manta|left a manta|leave mantas|leaves mantas|left mantas"},
		{model.ArmedClash, 0.8, "confrontation in|confrontation between|confrontations in|confrontations between|confrontation with gunmen|confrontation with police|confrontation with soldiers"},
		// "¡Macabro hallazgo este lunes en Celaya!", "Hallazgo macabro en
		// Tijuana": the nota roja's word for a body found, the adjective
		// before or after; remains left in bags.
		{model.Homicide, 0.6, "macabro hallazgo|macabros hallazgos|hallazgo macabro|hallazgos macabros"},
		{model.Homicide, 0.75, "bolsas con restos|bolsa con restos|restos en bolsas|restos dentro de bolsas"},
		{model.SecurityOperation, 0.6, "despliegue policiaco|despliegue policial|despliegue militar|despliegue de seguridad|filtros policiacos|filtro policiaco|reten militar|retenes militares"},
		// Finds told with a determiner or a count ("hallan otro cuerpo",
		// "localizan los cuerpos"), passive kidnappings of women.
		{model.Homicide, 0.75, "otro cuerpo|otros cuerpos|otro cadaver|otros cadaveres|mas cuerpos|los cuerpos de|el cuerpo de|los restos de|restos hallados|hallada sin vida|hallado sin vida|hallados sin vida|halladas sin vida|hallado flotando|hallada flotando|hallan flotando|localizado flotando|localizada flotando|localizan flotando|encontrado flotando|encontrada flotando|encuentran flotando|a hombre flotando|a mujer flotando|a joven flotando|cuerpo flotando|cadaver flotando"},
		// A killing told by the life it claims ("Ataque cobra la vida de
		// dos"), a double or triple crime, a lynching told by its verb,
		// and slang for killing ("le dan cuello", "le dieron piso", "lo
		// quebraron"). A life claimed is weaker: accidents and illnesses
		// claim lives too, and the mishap rules read them so.
		{model.Homicide, 0.75, "doble crimen|triple crimen|cuadruple crimen|linchan a|lincharon a|lincha a|le dan cuello|le dieron cuello|dan cuello a|dieron cuello a|le dan piso|le dieron piso|dan piso a|dieron piso a|lo quiebran|lo quebraron|los quiebran|los quebraron"},
		{model.Homicide, 0.65, "cobra la vida|cobran la vida|cobro la vida|cobraron la vida"},
		{model.Homicide, 0.65, livesClaimed()},
		// "Mass killing at Durango party": a massacre in two words.
		{model.Homicide, 0.8, "mass killing"},
		// Arrests told by what follows them ("ponen a disposición a tres",
		// "remiten al MP"), a robbery the forces foiled, slang for an
		// arrest ("atoran a"); people taken away in the present tense or
		// out of their home; death threats; bodies hanged or burned in a
		// clandestine crematorium; a shot told by its blow ("le pegan un
		// tiro").
		{model.SecurityOperation, 0.7, "ponen a disposicion|pusieron a disposicion|remiten al mp|remiten al ministerio publico|frustran robo|frustraron robo|frustran asalto|frustraron asalto|frustran el robo|frustran un robo|evitan robo|evitaron robo|evitan asalto|evitan el robo|evitan un robo|impiden robo|impiden asalto|atoran a|atoraron a"},
		{model.Kidnapping, 0.8, "se llevan a un|se llevan a una|se llevan a dos|se llevan a tres|se lo llevan|se la llevan|se los llevan|se las llevan|sacan de su casa a|sacaron de su casa a|sacan de su domicilio a|sacaron de su domicilio a|lo sacan de su casa|la sacan de su casa|lo sacaron de su casa|la sacaron de su casa|los sacaron de su casa"},
		{model.Intimidation, 0.7, "amenazan de muerte|amenazaron de muerte|amenaza de muerte|amenazas de muerte|amenazado de muerte|amenazada de muerte"},
		{model.Homicide, 0.75, "hombre colgado|mujer colgada|cuerpo colgado|cuerpos colgados|colgado de un puente|colgados de un puente|colgada de un puente|crematorio clandestino|crematorios clandestinos|narcocrematorio*"},
		{model.ArmedAttack, 0.75, "le pegan un tiro|le pegaron un tiro|le pegan un balazo|le pegaron un balazo|le pegan balazos|le pegaron balazos|les pegan balazos"},
		// Bodies taped or wrapped, people burned alive or beaten; fights
		// told as "se agarran a balazos" or an exchange of shots; a ransom
		// paid or demanded; a person reported absent (as a missing
		// person's bulletin words it).
		{model.Homicide, 0.8, "encintad*|dejan cobijado|dejan cobijada|hallan cobijado|hallan cobijada|cuerpo cobijado|queman vivo|quemaron vivo|queman viva|quemaron viva|quemado vivo|quemada viva|quemados vivos"},
		{model.ArmedAttack, 0.7, "tunden a golpes|tundieron a golpes|rocian con gasolina|rociaron con gasolina"},
		// A person set on fire is attacked, not an arson (branch douse28:
		// "doused a street vendor with gasoline and set him on fire").
		{model.ArmedAttack, 0.75, "set him on fire|set her on fire|set him ablaze|set her ablaze|set him alight|set her alight|setting him on fire|setting her on fire"},
		{model.ArmedClash, 0.85, "se agarran a balazos|se agarraron a balazos|se agarran a tiros|se agarraron a tiros|intercambian disparos|intercambiaron disparos|intercambian balazos|intercambiaron balazos"},
		{model.Kidnapping, 0.75, "pagan rescate|pagaron rescate|pagan el rescate|pagaron el rescate|pago el rescate|pago rescate|exigen rescate|exigian rescate"},
		{model.Kidnapping, 0.65, "reportan como ausente|reportado como ausente|reportada como ausente|reportan ausente|se encuentra ausente|ausente desde"},
		{model.Kidnapping, 0.8, "privadas de su libertad|privadas de la libertad|privadas de libertad|privan de su libertad a|privan a|plagian a|plagiaron a|raptan a|raptaron a|raptado|raptada|raptados|raptadas"},
		{model.ArmedAttack, 0.7, "dejan herido|dejan herida|dejan heridos|dejan heridas|dejan lesionado|dejan lesionada|dejan lesionados|intentan linchar|intentaron linchar|casi linchan|querian linchar|quisieron linchar"},
		{model.ArmedAttack, 0.6, "ataque en|ataque mortal|agresion a|agresion contra|sufre ataque|sufre un ataque"},
		{model.ArmedAttack, 0.75, "herido con arma de fuego|herida con arma de fuego|heridos con arma de fuego|heridos de arma de fuego|heridas de arma de fuego|accionaron armas de fuego|accionaron sus armas|accionan armas de fuego|agredidos a tiros|agredido a tiros|agredida a tiros"},
		{model.SecurityOperation, 0.6, "retienen a|retenido por|retenida por|retenidos por|encerrado|encerrados|internados en el cereso|internado en el cereso|ingresan al cereso|huye de la policia|huir de la policia|huyo de la policia|huyen de la policia|evade a policias|evaden a policias|resguardan a|resguarda a|patrullar|patrullan|refuerzan blindaje|refuerzan presencia|refuerza presencia|duplica presencia|toma control|revisiones militares|revision militar|intervino|revento|revienta|revientan|cacharon|le hallan|les hallan|le encuentran|les encuentran|ocultaba|transportaba|transportaban|llevaba fajada|traia fajada|incinera|incineran"},
		{model.ArmedClash, 0.8, "se enfrenta|se tirotea|se tirotean|se tirotearon|se balacean|se balacearon"},
		// "Rival cartel gunmen fought for about an hour": a fight told with
		// its fighters or its length, not "have fought for control".
		{model.ArmedClash, 0.85, "gunmen fought|fought each other|fought for about|fought for hours|fought for more than|fought for nearly|fought for over|fought with soldiers|fought with police|fought with troops|fought with gunmen|fought off"},
		{model.Intimidation, 0.7, "cartulina|cartulinas|mensajes amenazantes|mensaje de advertencia|intimidante mensaje|mensaje intimidante|amenazan a|amenazo a|amenaza a|amenazaba a|amenazaban a|amenazan con|amenazo con|dejan mensaje|dejaron mensaje|dejan un mensaje|deja mensaje|deja un mensaje|cuelgan manta|cuelgan mantas|colocan manta|colocan mantas|aparecen mantas|aparece manta|aparece una manta|aparecen unas mantas|aparecio manta|aparecio una manta|aparecieron mantas|aparecieron unas mantas|colgaron una manta|colgaron mantas|colocaron una manta|colocaron mantas|cuelgan lonas|lonas con|dejan amenaza|dejaron amenaza|narcolista|narcopinta*"},
		{model.Kidnapping, 0.65, "buscan al|busca al|buscan familiares a|buscan familiares al|continuan la busqueda de|continua la busqueda de|continuan buscando a|siguen buscando a|refuerzan busqueda de|refuerzan la busqueda de|intensifican busqueda de|intensifican la busqueda de|paradero de|paradero del|para localizarlo|para localizarla|para localizarlos|activan alerta amber|activan la alerta amber|emiten alerta amber|emiten ficha de busqueda|reportan desaparecida|reportan desaparecido|reportan desaparecidos|desparecid*|buscan a|busca a|piden ayuda para encontrar|para encontrar a|se les vio por ultima vez|se le vio por ultima vez|ya no regreso|no regreso a|sin aparecer|escapa de sus captores|escapan de sus captores|escapo de sus captores|escaparon de sus captores|escapar de sus captores|escapa de secuestradores|escapa de sus secuestradores|escapo de sus secuestradores|escaparon de sus secuestradores|escapar de sus secuestradores|huye de sus captores|huyo de sus captores|se libera de sus captores|se libero de sus captores|paran de buscar a|paran de buscar al|cesan de buscar a|cesan de buscar al|dejan de buscar a|dejan de buscar al"},
		{model.Homicide, 0.75, "assassinat*|execution victims|human head|hangs|hanged|hanging|hung from|they throw a body|they dump a body|dumped body|dumped bodies|bodies dumped|body dumped"},
		{model.Kidnapping, 0.7, "privan de libertad|privo de la libertad|privacion ilegal|privacion de libertad|privado de libertad|privada de libertad|reportadas como ausentes|reportada como ausente|reportado como ausente|reportados como ausentes|extravio de|familiares buscan|familia busca|familias buscan|buscan a la menor|buscan a la joven|buscan a la pequena|estoy buscando a|ayudalos a regresar|ayudala a regresar|ayudalo a regresar|ayudanos a encontrar|vistos por ultima vez|vista por ultima vez|visto por ultima vez|dar con el paradero|subir a la fuerza"},
		{model.SecurityOperation, 0.65, "huachicol*|erradica|intercepta|interceptan|interceptaron|kg de marihuana|kg de mariguana|kg de cocaina|kg de cristal|kg de metanfetamina|kg de fentanilo|sorprenden a|sorprendieron a|lo sorprendieron|la sorprendieron|los sorprendieron|sorprendido con|sorprendida con|sorprendidos con|en posesion de|con reporte de robo|vehiculo robado|camioneta robada|auto robado|autos robados|vehiculos robados|plantio de|plantios de|plantas de marihuana|plantas de mariguana|toma clandestina|tomas clandestinas|atrapa a|atrapado|atrapados|envian a prision|kilos de marihuana|kilos de mariguana|kilos de cocaina|kilos de cristal|kilos de metanfetamina|kilos de fentanilo|pastillas de fentanilo|paquetes con|con marihuana|con mariguana|con cocaina|con cristal|con metanfetamina|con fentanilo|refuerzan seguridad|refuerzan vigilancia|refuerza seguridad|refuerza vigilancia|patrullajes|reten de seguridad|puntos de inspeccion|punto de inspeccion|filtro de seguridad|filtros de seguridad"},
		// The nota roja's telegraphese: someone caught carrying a gun,
		// told by what they were doing ("Paseaba armado en Los Ojitos").
		{model.SecurityOperation, 0.6, "paseaba armado|paseaba armada|paseaban armados|paseaban armadas|andaba armado|andaba armada|andaban armados|caminaba armado|caminaba armada|caminaban armados|circulaba armado|circulaban armados|paseaba con una pistola|paseaban con una pistola|paseaba con un arma|paseaban con un arma|andaba con una pistola|andaba con un arma|andaban con armas|caminaba con arma|caminaba con un arma|caminaba con una pistola|empistolado|empistolada|empistolados"},
		// The forms of cue verbs their families lacked (found by reading
		// every form of each family in a headline frame):
		// third person singular present and preterite with their object,
		// participles as adjectives and in the passive. A bare form that
		// is also a noun or an adjective ("tortura", "asfixia", "incauto",
		// "plagio") only with "a" after it; a masculine singular
		// participle of a seizure only in the passive ("ha incautado 362
		// armas" sums a force's year).
		{model.Homicide, 0.8, "masacrado|masacrada|masacrados|masacradas|masacro a|decapito a|desmembro a|lincho a|estrangula a|estrangulo a|ahorca a|ahorco a|asfixio a|calcina a|calcino a"},
		{model.ArmedAttack, 0.75, "acuchilla a|acuchillo a|balacea|balaceo|balaceadas|tirotea a|tortura a|torturo a|machetean|machetearon|machetea a|macheteo a|embosco a"},
		{model.Kidnapping, 0.8, "rapta a"},
		{model.SecurityOperation, 0.7, "apresa a|apreso a|recapturo a|atrapo a"},
		{model.SecurityOperation, 0.7, "es asegurado|fue asegurado|es incautado|fue incautado|confiscada|es confiscado|fue confiscado|es cateado|fue cateado|cateada|cateados|cateadas|es desarticulado|fue desarticulado|desarticulada|desarticulados|desarticuladas|desarticulo|es interceptado|fue interceptado|interceptada|interceptados|interceptadas|intercepto"},
		{model.BusinessAttack, 0.75, "es saqueado|fue saqueado|saqueada|saqueados|saqueadas|saquea"},
		// Headline shapes of branch ppdrecall (ppdrecall.go).
		{model.Blockade, 0.85, vehiclesAcross()},
		{model.ArmedAttack, 0.8, shotAt()},
		{model.Kidnapping, 0.8, takenAway()},
		{model.SecurityOperation, 0.8, foiledRobbery()},
		{model.SecurityOperation, 0.75, huntedSuspect()},
		{model.Homicide, 0.75, bodyFoundPassive()}, // branch date9 (daysense.go)
		{model.Intimidation, 0.75, threatPaint()},
		// Headline shapes of branch ppdact (ppdact.go).
		{model.Homicide, 0.75, killedAfter()},
		{model.ArmedAttack, 0.75, attackedPronoun()},
		{model.Kidnapping, 0.75, takenPronoun()},
		{model.SecurityOperation, 0.7, arrestedPronoun()},
		{model.Homicide, 0.75, lifeTaken()},
		{model.Homicide, 0.65, violenceVictim()},
		{model.ArmedAttack, 0.6, woundedFirst()},
		{model.ArmedAttack, 0.7, woundNouns()},
		{model.Intimidation, 0.7, bannerLeft()},
		{model.Blockade, 0.8, spikesStrewn()},
		{model.ArmedAttack, 0.75, cutOff()},
		{model.Kidnapping, 0.75, capturedFrom()},
		{model.Homicide, 0.75, buriedFound()},
		{model.Kidnapping, 0.65, missingSought()},
		// Inflections of act verbs of branch lex10 (actforms.go).
		{model.ArmedAttack, 0.75, attemptedActs()},
		{model.Kidnapping, 0.75, attemptedTaking()},
		{model.Arson, 0.7, attemptedBurning()},
		{model.Homicide, 0.75, killedForms()},
		{model.ArmedAttack, 0.65, shotFull()},
		{model.Kidnapping, 0.7, takenForms()},
		{model.SecurityOperation, 0.7, assuredByForce()},
		{model.SecurityOperation, 0.65, safeHouseFound()},
		{model.Arson, 0.7, burnedThings()},
		// an attack told by its means, fire: no shooting (type16)
		{model.Arson, 0.8, "arson attack|arson attacks|ataque incendiario|ataques incendiarios"},
		{model.Explosive, 0.8, droneBombing()},
		{model.Intimidation, 0.7, threatenedForms()},
		{model.Homicide, 0.8, killingNouns()},
		{model.ArmedClash, 0.85, repelledForms()},
		{model.SecurityOperation, 0.7, forcesActs()},
		{model.Homicide, 0.75, killedSlang()},
		{model.ArmedAttack, 0.65, beatenSlang()},
		{model.SecurityOperation, 0.6, cuffedForms()},
		{model.SecurityOperation, 0.6, recoveredBy()},
		{model.SecurityOperation, 0.75, rescuedPronoun()},
		// English wire families of branch ucdp11 (wireacts.go).
		{model.Homicide, 0.8, slaughterForms()},
		{model.Homicide, 0.8, killingKinds()},
		{model.ArmedAttack, 0.75, deadlyActs()},
		{model.ArmedClash, 0.85, fightingForms()},
		{model.Homicide, 0.8, deathManners()},
		// Wordings of the nota roja and bulletins of branch ppd11 (notaroja.go).
		{model.ArmedAttack, 0.7, shotSlang()},
		{model.Homicide, 0.75, bodyWrapped()},
		{model.Homicide, 0.75, bodyFound()},
		{model.Homicide, 0.75, lifeCut()},
		{model.Kidnapping, 0.65, missingBulletin()},
		{model.SecurityOperation, 0.7, droppedByForces()},
		{model.Intimidation, 0.7, threatenedPeople()},
		{model.ArmedClash, 0.8, prisonRiot()},
		{model.ArmedClash, 0.8, groupsClash()},
		{model.ArmedAttack, 0.65, beatenPerson()},
		{model.SecurityOperation, 0.7, bulletinArrests()},
		{model.Homicide, 0.75, searchersFind()},
		{model.SecurityOperation, 0.7, forcesDisarm()},
		{model.SecurityOperation, 0.7, drugPoints()},
		{model.Kidnapping, 0.7, childTaken()},
		{model.Intimidation, 0.7, moneyDemanded()},
		{model.ArmedClash, 0.8, groupsCombat()},
		// Outcome wordings of branch ppd12 (notaroja12.go).
		{model.Homicide, 0.75, notSurvived()},
		{model.Kidnapping, 0.65, missingUnseen()},
		{model.Homicide, 0.75, bodyLocated()},
		{model.Intimidation, 0.7, bannerWarning()},
		// Victim's-state wordings of branch ppd13 (notaroja13.go).
		{model.ArmedAttack, 0.7, woundedArrival()},
		{model.Homicide, 0.75, woundedDies()},
		{model.Kidnapping, 0.65, traceLost()},
		{model.Homicide, 0.75, bodyMarked()},
		// Wordings of branch ppd14 (notaroja14.go).
		{model.Homicide, 0.7, leftLying()}, // weaker: an accident's words outweigh it
		{model.Homicide, 0.75, finishedOff()},
		{model.Homicide, 0.75, bodyParts()},
		{model.Homicide, 0.8, beatenToDeath()},
		{model.Homicide, 0.8, headCut()},
		{model.SecurityOperation, 0.7, cacheSeized()},
		{model.ArmedAttack, 0.65, bulletsHeard()},
		{model.ArmedAttack, 0.7, policeHunted()},
		// Slang and outcome wordings of branch hl16 (notaroja16.go).
		{model.Homicide, 0.75, slangKilled()},
		{model.ArmedAttack, 0.7, bulletsSprayed()},
		{model.Kidnapping, 0.7, takenFromHome()},
		{model.Homicide, 0.75, bodyLeftIn()},
		// Custody and trace wordings of branch ppd19 (ppd19.go).
		{model.SecurityOperation, 0.7, custodyEnds()},
		{model.Kidnapping, 0.65, traceGone()},
		{model.Disruption, 0.8, "suspended operations|suspendieron operaciones|suspende operaciones|suspendio operaciones|suspendieron sus operaciones|suspenden operaciones|suspended all flights|suspendieron los vuelos|suspended flights|cancelled all flights|halted flights|halted cargo|halted commercial traffic|halted commercial crossings|halted service|halted their service|halted bus service|suspended service|suspended their service|suspended bus service"},
		{model.Disruption, 0.7, "cierre del aeropuerto|cierran aeropuerto|cierra aeropuerto|aeropuerto cerrado|suspenden*|suspendieron|suspendio|suspende|suspension de|suspendido*|suspendida*|clases suspendidas|cancelan vuelos|cancelaron vuelos|vuelos cancelados|flights cancelled|flights canceled|cancelled flights|canceled flights|airport closed|closed the airport|airport closure*|suspended|cierran comercios|comercios cerrados|negocios cerrados|cerraron sus puertas|sin transporte|toque de queda|curfew*|paralizad*"},
		{model.Disruption, 0.7, "suspendiera|suspendieran|permanecieron cerradas|permanecieron cerrados|permanecen cerradas|permanecen cerrados|sin clases|no habra clases|no hubo clases|no abriran|no abrieron sus puertas|cierran escuelas|cerraron escuelas|escuelas cerradas|schools closed|closed schools|schools will remain closed|schools will stay closed|schools stayed closed|schools remained closed"},
		{model.Advisory, 0.6, "alerta de viaje|travel advisory|travel alert|shelter in place|shelter-in-place|refugiarse|resguardarse|resguardense|permanecer en casa|permanezcan en casa|quedarse en casa|quedense en casa|do not travel|no viajar|stay indoors|stay home|stay at home|codigo rojo|code red|alerta|alert|advisory|exhorta a la poblacion|urged residents"},
		{model.Policy, 0.55, "designacion|designa|designo|organizacion terrorista|organizaciones terroristas|terrorist organization*|foreign terrorist|fto|ftos|arancel*|tariff*|sancion*|sanction*|extradicion*|extradit*|acuerdo de seguridad|security agreement|iniciativa de ley|reforma de seguridad"},
	}
}

// actorTable returns the canonical actors and their aliases.
func actorTable() ([]actorDef, [][]string) {
	type a struct {
		name, kind, pats string
	}
	rows := []a{
		{"Cártel Jalisco Nueva Generación", "cartel", "cjng|c.j.n.g.|cartel jalisco nueva generacion|cartel de jalisco nueva generacion|jalisco nueva generacion|jalisco new generation cartel|jalisco new generation|new generation cartel|jalisco cartel|cartel de jalisco|cartel jalisco|cartel de yalisco|yalisco cartel|cartel del mencho"},
		{"Cártel de Sinaloa", "cartel", "cartel de sinaloa|cartel sinaloa|sinaloa cartel|cds|cartel del pacifico|cartel de sinaloa|carteles de sinaloa"},
		{"Los Chapitos", "faction", "los chapitos|chapitos|chapitos faction"},
		{"La Mayiza", "faction", "la mayiza|mayiza|los mayos"},
		{"Cártel del Golfo", "cartel", "cartel del golfo|gulf cartel|cdg"},
		{"Cártel del Noreste", "cartel", "cartel del noreste|northeast cartel|cartel of the northeast|cdn"},
		{"Los Zetas", "cartel", "los zetas|zetas"},
		{"La Familia Michoacana", "cartel", "la familia michoacana|familia michoacana"},
		{"La Nueva Familia Michoacana", "cartel", "la nueva familia michoacana|nueva familia michoacana"},
		{"Cárteles Unidos", "cartel", "carteles unidos|carteles unidos de michoacan|united cartels"},
		{"Los Viagras", "faction", "los viagras|viagras"},
		{"Cártel de Santa Rosa de Lima", "cartel", "cartel de santa rosa de lima|cartel santa rosa de lima|csrl|santa rosa de lima cartel"},
		{"Cártel de Juárez", "cartel", "cartel de juarez|juarez cartel|cartel de ciudad juarez"},
		{"La Línea", "faction", "grupo la linea|brazo armado la linea|celula de la linea|la linea cartel"},
		{"Guerreros Unidos", "cartel", "guerreros unidos"},
		{"Los Rojos", "cartel", "los rojos"},
		{"Cártel de los Beltrán Leyva", "cartel", "beltran leyva|cartel de los beltran leyva|blo"},
		{"Caballeros Templarios", "cartel", "caballeros templarios|los caballeros templarios|knights templar"},
		{"Los Ardillos", "cartel", "los ardillos|ardillos"},
		{"Los Tlacos", "cartel", "los tlacos|tlacos"},
		{"Cártel de Tijuana", "cartel", "cartel de tijuana|tijuana cartel|cartel arellano felix"},
		{"La Unión Tepito", "cartel", "la union tepito|union tepito"},
		{"Cártel de Caborca", "cartel", "cartel de caborca|caborca cartel"},
		{"La Barredora", "faction", "la barredora"},
		{"Secretaría de la Defensa Nacional", "state_force", "sedena|defensa nacional|secretaria de la defensa|secretaria de la defensa nacional|ejercito|ejercito mexicano|militares|soldados|elementos del ejercito|army|mexican army|soldiers|troops|military"},
		{"Guardia Nacional", "state_force", "guardia nacional|guardias nacionales|la gn|gn|elementos de la gn|agentes de la gn|national guard|national guardsmen"},
		{"Secretaría de Marina", "state_force", "marina|semar|secretaria de marina|marinos|infantes de marina|navy|mexican navy|marines"},
		{"Fiscalía General de la República", "state_force", "fgr|fiscalia general de la republica|attorney general's office|federal attorney general"},
		{"Fiscalía estatal", "state_force", "fiscalia|fge|fgje|fiscalia del estado|fiscalia estatal|fiscalia general del estado|state prosecutor*|prosecutor's office|prosecutors"},
		{"Policía Estatal", "state_force", "policia estatal|policias estatales|policia del estado|state police|fuerza civil|guardia estatal|fuerzas estatales|fuerza estatal|fesc|sspe|policia estatal preventiva|gopes|agentes estatales|agente estatal|elementos estatales|elemento estatal"},
		{"Policía Municipal", "state_force", "policia municipal|policias municipales|municipal police"},
		{"Policía", "state_force", "policia|policias|police|agentes policiacos|police officers|uniformados|ministeriales|policia ministerial|policias ministeriales|agentes ministeriales|policia de investigacion|pdi|aei|ssp|sspm|bomu|municipales|preventivos|policia preventiva"},
		{"Secretaría de Seguridad y Protección Ciudadana", "state_force", "sspc|seguridad y proteccion ciudadana|secretaria de seguridad y proteccion ciudadana"},
		{"Fuerzas federales", "state_force", "fuerzas federales|federal forces|mexican forces|government forces|autoridades federales|federal authorities|fuerzas de seguridad|security forces|fuerzas armadas|armed forces|gabinete de seguridad"},
		{"DEA", "foreign_agency", "dea|drug enforcement administration"},
		{"FBI", "foreign_agency", "fbi"},
		{"CIA", "foreign_agency", "cia"},
		{"Inteligencia de Estados Unidos", "foreign_agency", "inteligencia de ee.uu.|inteligencia de eeuu|inteligencia de estados unidos|inteligencia estadounidense|us intelligence|u.s. intelligence|american intelligence|united states intelligence"},
		{"Departamento de Justicia de EE.UU.", "foreign_agency", "departamento de justicia|department of justice|justice department|doj"},
		{"Departamento de Estado de EE.UU.", "foreign_agency", "departamento de estado|state department|department of state"},
		{"Civiles", "civilians", "civiles|civilians|pobladores|habitantes|residents|transeuntes|comerciantes|turistas|tourists|vecinos|bystanders|locals|familias|families|residentes|villagers"},
		{"Grupo armado no identificado", "unidentified_armed_group", "hombres armados|sujetos armados|civiles armados|gunmen|armed men|grupo armado|grupos armados|comando|comando armado|comandos armados|armed group*|pistoleros|sicarios|hitmen|encapuchados|masked men|hooded men|hooded gunmen|grupo criminal|grupos criminales|crimen organizado|delincuencia organizada|organized crime|criminal group*|presuntos delincuentes|delincuentes|criminales|criminals|sujetos|atacantes|agresores|tiradores|grupo de hombres|attackers|assailants|shooters"},
	}
	defs := make([]actorDef, len(rows))
	pats := make([][]string, len(rows))
	for i, r := range rows {
		defs[i] = actorDef{r.name, model.ActorKind(r.kind)}
		pats[i] = strings.Split(r.pats, "|")
	}
	return defs, pats
}

// blockedRoads returns the English verb "block" in the forms a headline
// gives it with a road for object ("Trailers block Highway 45", "gunmen
// blocking the road to Aguililla"), '|'-separated.
func blockedRoads() string {
	var b strings.Builder
	for _, v := range []string{"block", "blocks", "blocked", "blocking"} {
		for _, d := range []string{"", "the ", "a ", "two ", "several ", "main "} {
			for _, o := range []string{"highway", "highways", "road", "roads", "street", "streets", "access", "accesses", "bridge", "federal highway", "the highway"} {
				if d != "" && strings.HasPrefix(o, "the ") {
					continue
				}
				if b.Len() > 0 {
					b.WriteByte('|')
				}
				b.WriteString(v + " " + d + o)
			}
		}
	}
	return b.String()
}

// agentVerbTable returns the English verbs of the act families in the
// forms a headline gives them after their doer — the present of a plural
// and of a singular subject and the past ("Gunmen torch a bus", "Armed
// group raids a village", "Cartel gunmen stormed a bar") — with the type
// each tells. Many are nouns as well ("attack", "raid", "storm", "block")
// or other senses with another subject, so they tell an act only after an
// armed group or a force (agentActs). The verbs of arrest tell one only
// after a force; the verbs of issuing and hanging tell a threat only with
// a message, video or banner for object.
func agentVerbTable() []cueDef {
	return []cueDef{
		{model.Homicide, 0.75, "kill|kills|killed|murder|murders|murdered|execute|executes|executed|slay|slays|slew|massacre|massacres|massacred|behead|beheads|beheaded|decapitate|decapitates|decapitated|strangle|strangles|strangled|lynch|lynches|lynched|dismember|dismembers|dismembered|gun down|guns down|gunned down|assassinate|assassinates|assassinated|hang|hangs|hanged"},
		{model.ArmedAttack, 0.75, "ambush|ambushes|ambushed|shoot|shoots|shot|wound|wounds|wounded|stab|stabs|stabbed|torture|tortures|tortured|open fire|opens fire|opened fire|strike against|strikes against|struck against"},
		// An attack or a raid, as weak as "atacan" and "irrumpen": the
		// killing, kidnapping or arrest told beside it is the act
		// ("Gunmen stormed a bar and kidnapped two waiters"). Verbs of
		// entry ("burst into") stay out: they open a kidnapping or a
		// robbery as often as an attack.
		{model.ArmedAttack, 0.65, "attack|attacks|attacked|storm|storms|stormed|raid|raids|raided"},
		// A doer striking again ("Killers strike again in Colima"): the
		// wire's idiom for one more attack of the same hands.
		{model.ArmedAttack, 0.65, "strike again|strikes again|struck again"},
		{model.Arson, 0.75, "torch|torches|torched|burn|burns|burned|burnt|sets fire to|set fire to|set ablaze|sets ablaze|firebomb|firebombs|firebombed"},
		{model.Blockade, 0.75, "block|blocks|blocked"},
		// A fight told by its fighters ("CJNG and Sinaloa Cartel gunmen
		// fight for hours"); a contest for a place is no fight
		// (contestAfter).
		{model.ArmedClash, 0.85, "fight|fights|fought|clash|clashes|clashed|battle|battles|battled|exchange fire|exchanged fire|exchange gunfire|exchanged gunfire"},
		{model.Kidnapping, 0.75, "kidnap|kidnaps|kidnapped|abduct|abducts|abducted|snatch|snatches|snatched"},
		{model.SecurityOperation, 0.75, "capture|captures|captured|arrest|arrests|arrested|detain|detains|detained|nab|nabs|nabbed|apprehend|apprehends|apprehended|seize|seizes|seized|confiscate|confiscates|confiscated|dismantle|dismantles|dismantled|bust|busts|busted"},
		{model.Intimidation, 0.8, "release|releases|released|post|posts|posted|issue|issues|issued|publish|publishes|published|upload|uploads|uploaded|send|sends|sent|spread|spreads|leave|leaves|left|hang|hangs|hung|put up|puts up|place|places|placed|display|displays|displayed"},
	}
}

// markerTable returns the non-cue markers.
func markerTable() map[class]string {
	return map[class]string{
		clsNeg:        "no|ni|nor|not|never|nunca|nadie|nobody|no one|no se reporto|no se reportaron|no se registro|no se registraron|no hubo|no hay|no se han reportado|no se reporta|no se registra|sin que se report*|sin reporte de|sin reportes de|ningun|ninguna|ninguno|descart*|ruled out|rules out|rule out|ruling out|desmient*|desmintio|desmintieron|niega*|nego|negaron|falso|falsa|falsos|falsas|fake|no reports of|there were no|there was no|denied|denies|deny|rumor*|bulo*|desinformacion|false|hoax|untrue|not true|no es cierto|no es verdad|dismissed|dismisses|debunk*|inexistente|inexistentes|fact check|fact-check|verificacion de datos",
		clsHypo:       "going to|gonna|va a ser|joked|bromeo|broma|podria|podrian|habria|habrian|tendria|tendrian|estarian|harian|se espera que|se preve|preven|pronostic*|is expected to|are expected to|expected to|plans to|plan to|planned to|aims to|in the event of|en caso de que|hipotetic*|hypothetical*|scenario|escenario|escenarios|pudiera*|could|would|might|amenaza con|amenazan con|amenazo con|amenazaron con|threaten* to|planea*|posible|posibles|possible|possibly|en caso de|si|if|will|may|may have|may be|may send|may consider|may trigger|may lead|may also|may not|likely|probablemente|can|pueden|puede|suelen|suele|a menudo|often|usually|typically|tend to|tends to|historically|historicamente|en general|in general|por lo general|se teme|temen|fears of|feared|riesgo de|risk of|warns of|warned of|warning of|warn of|para prevenir|prevenir|para evitar|evitar|to prevent|prevent|buscan evitar|simulacro|drill|should|debemos|deberia|deberiamos|deben|se esperan|se espera|eventual|eventuales|eventualmente|haya|hayan|hubiera|hubieran|hubiese|hubiesen|whether",
		clsOpinion:    "review|resena|en mi opinion|opinion|columna|columnista|editorial|analisis|analista|creo que|considero que|i think|in my view|i believe|op-ed|commentary|column|explainer|explicador|glosario|glossary|preguntas frecuentes",
		clsBoiler:     "suscribete|suscribirse|subscribe|cookies|cookie|compartir|comparte|share this|share on|notas relacionadas|noticias relacionadas|related articles|related stories|copyright|derechos reservados|all rights reserved|publicidad|advertisement|newsletter|boletin|lee tambien|te puede interesar|te recomendamos|read more|leer mas|siguenos|follow us|haz clic|click here|iniciar sesion|sign in|log in|etiquetas|tags|temas relacionados|secciones|mas leidas|lo mas leido|most read|trending",
		clsNon:        "magisterio|seccion 22|en demanda*|exigir|exigen|exigieron|exigian|exigiendo|en demanda de|demandan|demandaron|reclaman|reclamaron|en protesta|inconformes|productores|agricultores|campesinos|maestros|docentes|paristas|huelga|huelguistas|paro nacional|planton|jubilados|pensionados|farmers|teachers|truckers|growers|strike|strikers|striking|demanding|demand|rally|marcha|marchas|marchistas|por obras|obras de|obra publica|trabajos de mantenimiento|mantenimiento|repavimentacion|bacheo|cierre parcial|manifestacion pacifica|manifestacion|manifestantes|protesta|protestas|protestan|normalistas|transportistas|ejidatarios|cnte|roadwork*|road work*|road construction|construction work*|maintenance|protesters|protest|demonstrators|deslave|deslaves|derrumbe|derrumbes|desgajamiento*|inundacion|inundaciones|inundado*|socavon|landslide*|mudslide*|rockslide*|flood|floods|flooded|flooding|tormenta tropical|tropical storm|huracan|hurricane|maraton|marathon|medio maraton|desfile|parade|carrera atletica|paseo ciclista|peregrinacion|pilgrimage",
		clsAccident:   "ran off the road|ran off a|plunged into a ravine|fell into a ravine|plunged off|brakes failed|brakes had failed|cayo a un barranco|cayo a una barranca|se desbarranco|desbarranco|se quedo sin frenos|sin frenos|descarrila*|descarrilo|descarrilamiento|derail*|se impacta contra|al impactarse|al desplomarse|se desploma|se desplomo|de un andamio|desde un andamio|al estrellarse|al estamparse|se estampa contra|se estampo contra|se impactan contra|se impacto contra|se estrella contra|se estrellan contra|se estrello contra|al caer|caer de|cayeron de|fell off|tos ferina|whooping cough|sarampion|measles|influenza|hepatitis|colera|cholera|tuberculosis|covid|covid-19|vacuna|vacunas|vacunacion|vaccine|vaccines|vaccination|infartos|natural causes|muerte natural|intoxicad*|causa natural|sustancias toxicas|intoxicacion|causas naturales|congestion alcoholica|accidente|accidentes|accident|accidents|volcara|volcaron|volcar|vuelco|overturned|overturns|overturn|rolls over|rolled over|jackknifed|collided|collision|colision|exceso de velocidad|quema de rastrojo|quemando rastrojo|burning stubble|stubble|accidente vial|accidente de transito|accidente carretero|percance vial|choque|choca|chocan|chocaron|volcadura|vuelca|volco|carambola|atropella*|traffic accident|car crash|crash|sobredosis|overdose|ahogad*|electrocutad*|infarto|suicid*|incendio forestal|incendios forestales|wildfire*|forest fire*|pastizal|cortocircuito|short circuit|fuga de gas|gas leak|pirotecnia|fireworks|explosion de pipa|explosion de gas|dengue|enfermedad|enfermedades|diabetes|obesidad|hipertension|tabaquismo|alcoholismo|desnutricion|paludismo|malaria|causas naturales|muerte natural|natural causes|disease|diseases|illness|cancer|ransomware|ciberataque*|cyberattack*|cyber attack*|cyber-attack*|hacker|hackers|hackeo*|ataque informatico|ataques informaticos|malware|phishing|huracan*|hurricane*|tormenta tropical|tropical storm|sismo|sismos|terremoto*|earthquake*|arrastrad*|swept away|corriente del rio|corriente de un rio|sepultados por|sepultadas por|sepultado por|sepultada por|buried by|bajo los escombros|under the rubble|polvora|polvorin*|cohetes|cohetones|petardos|coheteros|coheteria|cae avioneta|cae una avioneta|desplome de avioneta|se desploma avioneta|avionazo|plane crash|altamar|alta mar|a la deriva|naufrag*|transformador*|transformer*|cocodrilo*|caiman*|tiburon*|shark|sharks|crocodile*|jauria|perros|dog attack|mordido por|mordida por|mordidos por|ataque de un perro|ataque de perros|mina de carbon|minas de carbon|pozo de carbon|pozos de carbon|abejas|bees|neumonia|pneumonia|complicaciones|paro cardiaco|paro cardiorrespiratorio|cardiac arrest|heart attack|long illness|larga enfermedad|gas explosion|gas blast|propane|tanque de gas|tanque estacionario|stationary tank|cilindro de gas|leak from|arrollad*|derrap*|perdio el control|lost control|hit by a train|struck by a train|run over|fell from|inundacion|inundaciones|lluvias|lluvia intensa|lluvias intensas|desbordamiento|desbordo|desbordaron|desbordado|deslave|deslaves|floods|flooding|flash flood*|heavy rain*|mudslide*|landslide*|jaguar|jaguares|coyote|coyotes|black bear|black bears|bear attack*|by a bear|a bear|the bear|grizzly|oso negro|osa negra|osos negros|un oso|una osa|el oso negro|serpiente*|vibora*|alacran*|scorpion*|snake*|reses|becerro*|becerra*|calves|cattle|livestock|falla electrica|falla en la instalacion electrica|electrical fault|faulty wiring|flamazo|veladora|candle|bull|bulls|el toro|al toro|del toro|deer|venado cola blanca|ciervo*|aplastad*|crushed|caida de|cayo de una|se cayo de|accidente laboral|accidente de trabajo|percance laboral|mining accident|industrial accident|workplace accident|derrumbe|derrumbes|collapse|collapsed|colapso|fallas estructurales|structural failure|ataque al corazon|ataque cardiaco|golpe de calor|golpes de calor|por una caida|tras una caida|sufrio una caida|insolacion|hipotermia|corto circuito|al chocar|chocar contra|falla mecanica|fallas mecanicas|una falla electrica|mechanical failure|mechanical fault|heart failure|falls ill|fell ill|insuficiencia cardiaca|insuficiencia renal|heat stroke|heatstroke|heat wave|ola de calor|hypothermia|rip current|rip currents|corriente de resaca|ran out of air|running out of air|thunderstorm|rainstorm|windstorm|tormenta electrica|strong winds|high winds|high waves|fuertes vientos|oleaje|drowned|drowning|drowns|capsized|capsizes|capsize|sank|al combatir un incendio|al combatir el incendio|al combatir incendio|al sofocar un incendio|al sofocar el incendio|lightning|struck by lightning|rayo|rayos|descarga electrica|frente frio|frentes frios|helada|heladas|frost|freezing temperatures|bajas temperaturas|cold snap|cold front|cold wave|ola de frio|onda gelida|flu|gripe|drought|sequia|plunges off|plunges into|plunge into|plunge off|plunged into|cae a barranco|cae a un barranco|cae a una barranca|caen a barranco|cae a barranca|burst banks|burst its banks|burst their banks|storm leaves|storms leave|fire sweeps|fire swept|fire rips through|fire ripped through|fire engulfs|fire engulfed|storm kills|storm claims|storms claim|storm claimed|storms kill|winter storm|snowstorm|ice storm|volcano|volcanic|eruption|erupcion|spews ash|blasts ash|ash over|lanza ceniza|ceniza volcanica|exhalaciones" + "|" + trappedMishaps(),
		clsBusiness:   "oxxo|oxxos|gasolinera*|gas station*|estacion de servicio|estaciones de servicio|service station*|muebleria*|dealership*|car dealer*|concesionaria*|agencia automotriz|beach club*|club de playa|banco|bancos|banco del bienestar|sucursal*|tienda*|comercio|comercios|negocio*|farmacia*|pharmacy|pharmacies|drugstore*|llantera*|vulcanizadora*|casa de empeno|casas de empeno|pawn shop*|pawnshop*|tire shop*|tire repair shop*|bank|banks|store|stores|shop|shops|business|businesses|restaurante*|restaurant*|supermercado*|bar|bares|cajero*|autozone|walmart|soriana|coppel|elektra|bodega aurrera|cantina*|hotel|hoteles|tortilleria*|carniceria*|nightclub*|night club*|discoteca*|centro nocturno|centros nocturnos|convenience store*|lote de autos|lotes de autos|deposito de cerveza|depositos de cerveza|expendio de cerveza|expendios de cerveza|lote de vehiculos|compraventa de autos|compraventa de vehiculos|car lot|car lots|used-car lot|used car lot",
		clsRoad:       "carretera*|autopista*|highway*|panamericana|la interoceanica|arco norte|entronque*|caseta*|tramo|tramos|freeway|expressway|toll road|el kilometro|del kilometro|el km|del km|at kilometre|at kilometer|los carriles|sobre los carriles|vias de comunicacion|via de comunicacion|la misma via|on the same road|along the same road|sobre la federal|en la federal|cinta asfaltica",
		clsStreet:     "road|roads|vialidad*|avenida*|libramiento|periferico|crucero|street|streets|calle|calles|puente|acceso|boulevard|bulevar|avenue|avenues|bypass",
		clsSupport:    "con apoyo de|con el apoyo de|con ayuda de|con la ayuda de|apoyo de inteligencia|with support from|with the support of|with the help of|with help from|backed by|supported by|con informacion de|intelligence provided by|information provided by",
		clsTallyUnit:  "estados|entidades|states|municipios|municipalities|todo el pais|en el pais|a nivel nacional|nationwide|across the country|across mexico|en todo mexico|entidades federativas",
		clsSeize:      "aseguran|aseguraron|aseguramiento|decomis*|seized|seizure*|incautan|incautaron|localizaron un arsenal|arsenal",
		clsIgnore:     "bomb cyclone|ciclon bomba|quema del mal humor|quema de judas|quema de castillo|quema de castillos|no confirmados|no confirmadas|no confirmado|no confirmada|sin confirmar|restos de mamut|restos de un mamut|restos fosiles|restos arqueologicos|restos prehispanicos|restos de dinosaurio|execution of an arrest warrant|execution of arrest warrants|execution of the budget|execution of budget|budget execution|execution of the project|execution of works|execution of public works|execution of the works|execution of the contract|bodies of water|body of water|execution of a warrant|execution of a search warrant|execution of warrants|matanza de reses|matanza de ganado|matanza de animales|matanza de cerdos|matanza de perros|matanza de aves|matanza de pollos|matanza de borregos|matanza de chivos|bomb disposal|bomb squad|antibombas|escuadron antibombas|estallo la disputa|estallo la guerra|estallo el conflicto|estallo la violencia|estallo la crisis|estallo la pugna|estallo una disputa|estallo una guerra|estallaron las disputas|a massacre for|una masacre para|transportaba gas|transportaba pasajeros|transportaba mercancia|transportaban gas|transportaban pasajeros|transportaban mercancia|transportaba autopartes|transportaban autopartes|transportaba carga|transportaban carga|transportaba abarrotes|transportaban abarrotes|transportaba refrescos|transportaban refrescos|transportaba fruta|transportaban fruta|transportaba verdura|transportaban verdura|transportaba ganado|transportaban ganado|transportaba materiales|transportaban materiales|transportaba material de construccion|transportaban material de construccion|transportaba cemento|transportaban cemento|no se habia informado de personas detenidas|no se ha informado de personas detenidas|no se informo de personas detenidas|no se habia informado de detenidos|no se ha informado de detenidos|no se reportaron personas detenidas|no se reportan personas detenidas|familias de desaparecidos|familiares de desaparecidos|madres de desaparecidos|familias de personas desaparecidas|familiares de personas desaparecidas|madres de personas desaparecidas|desaparicion de personas|desaparicion forzada de personas|desaparicion de mujeres|busca a sus familiares|buscan a sus familiares|buscar a sus familiares|se disparan|se dispara|se disparo|se dispararon|se disparaban|cuerpos policiacos|cuerpo policiaco|cuerpos de seguridad|cuerpo de seguridad|cuerpos de emergencia|cuerpos de rescate|cuerpo de bomberos|cuerpos de auxilio|cuerpos de socorro|asegura que|aseguran que|aseguro que|aseguraron que|asegura el|asegura la|asegura fiscal|asegura gobernador|asegura alcalde|secuestrador|secuestradores|secuestradora|secuestradoras|asesino|asesinos|asesinas|homicida|homicidas|extorsionador|extorsionadores|plagiario|plagiarios|kidnapper*|murderer*|zona hotelera|hotel zone|marina del pilar|garcia harfuch|omar garcia|garcia luna|marina vallarta|secretaria de seguridad publica de tijuana|alerta amber|amber alert|operation warp|la linea de fuego|linea de produccion|rafaga de viento|rafagas de viento|rachas de viento|uso de armas de fuego|uso de arma de fuego|uso de la fuerza|portacion de arma*|trafico de armas|trafico ilicito de armas|arms trafficking|gun trafficking|weapons trafficking|bloqueo de lineas|bloqueo de las lineas|bloqueo de cuentas|bloqueo de celulares|bloqueo de senal|bloqueo de la senal|bloqueador de senal|bloqueadores de senal|inhibidor de senal|inhibidores de senal|bloqueo de tarjetas|bloqueo de llamadas|bloquear cuentas|bloquear lineas|bloquear llamadas|bloqueo de numeros|bloqueo de telefonos|bloquear telefonos|blocking calls|block calls|blocked accounts|account freeze|jornada de busqueda|jornadas de busqueda|brigada de busqueda|brigadas de busqueda|busqueda de personas|los tigres del norte|explosion de sabor|explosion de sabores|explosion of flavor|explosion of flavors|explosion of flavour|sabor explosivo|explosive flavor*|bomba de sabor|flavor bomb|bombas de gasolina|bomba de gasolina|bombas de combustible|bomba de combustible|bombas despachadoras|bombas de una gasolinera|bombas de la gasolinera|bombas de una estacion|bombas de la estacion|gasolina a las bombas|fuego a las bombas|fuel pump*|gas pump*|dia de muertos|dia de los muertos|noche de muertos|day of the dead|fieles difuntos|altar de muertos|altares de muertos|pan de muerto|ataque al corazon|ataque cardiaco|ataques cardiacos|ataque de panico|ataques de panico|panic attack*|ataque de ansiedad|anxiety attack*|ataque de asma|asthma attack*|ataque epileptico|ataque verbal|ataques verbales|verbal attack*|traded attacks|trade attacks|trading attacks|personal attacks|ataques personales|ataques politicos|political attacks|ataque mediatico|ataques mediaticos|ataque de risa|kingside attack|queenside attack|kidnapping risk*|kidnap risk*|crime risk*|shooting itself in the foot|shoot itself in the foot|shot itself in the foot|shooting themselves in the foot|shoot themselves in the foot|shot themselves in the foot|shooting ourselves in the foot|shoot ourselves in the foot|shooting yourself in the foot|shoot yourself in the foot|dispararse en el pie|dispararnos en el pie|se dispara en el pie|se disparan en el pie|columna de humo|columnas de humo|column of smoke|columns of smoke|columna de fuego",
		clsClosure:    "atraves*|cierre de la vialidad|cierre de la circulacion|cierre de la calle|cierre de la carretera|cierre de la avenida|cierre del bulevar|cierre del boulevard|cierre vial|closure of the road|closing the road|cerraron|cerrar|cierran|cierra|cerrando|cerrado|cerrada|obstruy*|obstruccion|impedir el paso|impedian el paso|impidiendo el paso|cortaron la circulacion|block|blocks|blocking|blocked|across the road|across the highway|bloqu*",
		clsVenue:      "beach club*|club de playa|bar|bares|cantina*|antro|antros|discoteca*|nightclub*|night club*|centro nocturno|centros nocturnos|table dance|palenque|billar",
		clsSport:      "portero|derby|stoppage time|league|delantera|defensa central|contragolpe*|porteros|porteria|arquero|guardameta|goleador|delantero|delanteros|aficion|tribuna|tribunas|arbitro|liga mx|gol|goles|golazo|goalkeeper|goalie|striker|referee|empate|empataron|empatado|penalti|tiro de esquina|clasico tapatio|futbol|soccer|beisbol|baseball|basquetbol|basketball|campeonato|stands|inning|innings|bullpen|pitcher|pitchers|lanzador|lanzadores|jonron|jonrones|home run|home runs|cuadrangular*|ponches|strikeout*|struck out|bateador*|slugger|nocaut|knockout|noqueo|noquea|noqueado|knocked out|boxeador*|boxer|boxing|boxeo|cinturones|supermediano*|peso completo|heavyweight|welterweight|featherweight|bantamweight|flyweight|middleweight|cruiserweight|lightweight title|peso gallo|peso mosca|peso welter|peso medio|peso minimosca|interim title|titulo interino|title fight|pelea de campeonato|unbeaten record|ufc|lucha libre|quarterback|touchdown*|nfl|nba|playoff*|liguilla|cuartos de final|tenis|tennis|medalla de oro|gold medal|liderato|doblete|hat trick|hat-trick|second leg|first leg|partido de ida|partido de vuelta|semifinal|semifinales|semifinals|eliminatoria|ejecuto un penal|ejecuto el penal|cobro un penal|cobro el penal|fallo un penal|tiro penal|from the spot|penalty kick|penalty shootout|tanda de penales|home run|jonron|jonrones|hunter|hunters|hunting|caceria|bullfight*|torero*|corrida de toros|matador|novillero*|tauromaquia|ciclismo|cycling|peloton|ajedrez|chess|grandmaster|gran maestro|jaque mate|checkmate|etapa reina|golea|golean|goleo|golearon|goleada|goleadas|settle for draw|settle for a draw|settled for a draw|settles for draw|goalless draw|scoreless draw",
		clsAd:         "oferta|ofertas|promocion|promociones|descuento|descuentos|financiamiento|seminuevo|seminuevos|mensualidades|enganche|meses sin intereses|cupon|cupones|rebaja|rebajas|precios bajos|agencia de autos|visitanos|cotiza|discount|discounts|special offer|deals|financing|sale|blowout|shop now|buy now|order now|precio|precios|prices|black friday|buen fin|hot sale|cyber monday|2x1|combo|combos|hamburguesa*|pizza*|sabor|antojo|delicious|delicioso|deliciosa|pidela|pidelo|ordena ya|flavor|flavors|flavour|flavours|sabores|taqueria|taquerias|tacos|menu|platillo|platillos|receta|recetas|recipe|recipes|chef",
		clsStat:       "homicide ranking|murder ranking|crime ranking|violence ranking|ranking of|ranking de|encabeza ranking|encabeza el ranking|tops ranking|tops the ranking|homicide rates|murder rates|tasas de homicidio|la mitad de los|la mitad de las|half of the|the majority of|tendencia|trend|en aumento|a la baja|al alza|on the rise|por ciento|porcentaje|percent|percentage|tasa de|tasas de|per capita|por cada 100 mil|por cada cien mil|per 100,000|per 100 000|en lo que va del ano|en lo que va de la administracion|en lo que va del sexenio|so far this year|year-on-year|year on year|interanual|anualmente|promedio diario|daily average|cifras oficiales|incidencia delictiva|estadistica*|statistics|statistical|mismo periodo|same period|comparacion con|compared with|compared to|respecto al ano|ano con ano|homicide rate|murder rate|annual report|informe anual|reporte anual|informe mensual|monthly report|semaforo delictivo|semaforo de seguridad|semaforo de violencia|indicadores delictivos|observatorio ciudadano|observatorio nacional ciudadano|lugar nacional|primer lugar nacional|primeros lugares|lider nacional|lideres nacionales|mayor numero de|mayor cantidad de|highest number of|the highest rate|highest rate|lowest level|nivel mas bajo|mes mas violento|ano mas violento|most violent month|most violent year|en promedio|on average|per capita|uno de cada|una de cada|one in three|one in four|one in five|one in ten|one in every|encuesta|encuestas|survey|surveys|sondeo|poll|polls",
		clsFiction:    "filming|cameras roll|rodaje|filmacion|season finale|new western|pelicula*|thriller|thrillers|novelist|novelista|true crime|true-crime|podcast|filme|documental|capitulo*|actriz|estreno|taquilla|narcoserie*|telenovela*|nueva serie|serie sobre|serie de television|serie televisiva|serie de netflix|bioserie|cortometraje|videojuego*|novela|libro|escritor|escritora|capitulo final|movie|book|chapter|writer|prose|streaming|the show|concierto|concert|tickets|boletos|lineup|headliner|music festival|festival musical|movies|film|films|documentary|starring|premiere*|box office|netflix|hbo|video game*|the series|tv series|novel|corridos|corrido|album|canciones|cancion|song|songs|lyrics|sencillo|videoclip|memoir|memorias|autobiografia|autobiography|bestseller|best seller|obra de teatro|puesta en escena|teatro|theater|theatre|stage play|dramaturg*|second season|new season|nueva temporada|segunda temporada|tercera temporada|episodio|episodios|episode|episodes|exposicion fotografica|muestra fotografica|photo exhibition|photography exhibition|film festival|festival de cine|actor|actores|actors|actress|best actor|mejor actor|mejor actriz|premios platino|premio platino|premios ariel|premios oscar|the oscars|academy award*|golden globe*|protagonista|protagonist|juego de mesa|board game|board games|mobile game|juego para celular|juego de celular|video juego|gaming expo",
		clsWe:         "nosotros|nuestro|nuestra|nuestros|nuestras|debemos|tenemos|necesitamos|podemos|somos|estamos|queremos|vivimos|sabemos|creemos|we|our|ours|let's|i've|i'm|i'd|yo",
		clsSportWeak:  "goal|goals|match|scored|team|crowd|coach|entrenador|estadio|stadium|clasico|jornada|torneo|marcador|equipo|partido|cancha|canchas|header|winner|victoria|derrota|defeat|fans|aficionados|chivas|rayados|tigres|pumas|xolos|tuzos|cruz azul|santos laguna|necaxa|tomateros|naranjeros|sultanes|algodoneros|venados|caneros|yaquis|diablos rojos|jugador|jugadores|player|players|temporada regular|regular season|revancha|revenge|league leaders|lider del torneo|tabla general|standings|rayadas|femenil|vence a|vencen a|la cima|mundial|seleccion mexicana|el tri|balon|la final|rompe el cero|romper el cero",
		clsCourt:      "sentencian|formulan imputacion|formularon imputacion|imputacion de cargos|amparo a|absuelven|absolvieron|sentenciaron|condenan a|condenaron a|audiencia|dictan prision|vinculan a proceso|vinculo a proceso|vinculado a proceso|vinculada a proceso|vinculados a proceso|vinculacion a proceso|juez de control|un juez|a judge|sentencia|sentencias|sentenciad*|prision preventiva|juicio|tribunal|sentenced|convicted|acquitted|acquittal|court upholds|court upheld|upholds sentence*|upheld sentence*|sentences for|top court orders|court orders new|court frees|court rules|court ruled|appeals court|absuelto|absuelta|absueltos|absueltas|trial|pleaded guilty|indicted|indictment|apelara|apelacion|aniversario|anniversary|se cumplen|years ago|a cinco anos|a un ano|a dos anos|a tres anos|a diez anos|judge|juez|jueza|bail|fianza|memorial|antimonumento|homenaje a|en memoria de|in memory of|tribute to|conmemora*|commemorat*|ofrenda|remembrance|ofrendas" + "|" + courtSteps19,
		clsClaim:      "redes sociales|social media|difundir|informacion no verificada|no verificada|unverified|en redes|circulan|circula|circulo|circularon|viral|viralizo|viralizaron|rumor*|bulo*|desinformacion|fake news|noticias falsas|versiones|posts|publicaciones|difunde|difunden|difundio|difundieron|difundida|difundido|mensajeria|whatsapp|messaging apps|circulating|circulated|spread on|claiming|claims|claimed|supuesto|supuesta|supuestos|supuestas|alleged|purported|supposedly|hoax",
		clsWeather:    "meteorologic*|frente frio|heladas|helada|lluvias|lluvia|aguacero*|tormenta|tormentas|huracan*|ciclon*|pronostico*|temperatura*|viento|vientos|granizo|granizada|onda de calor|nublado|chubascos|weather|storm|storms|hurricane|rain|rains|rainfall|forecast*|temperature*|wind|winds|hail|heat wave|cold front|extreme heat|heat alert|heat warning|heat advisory|heatstroke|calor extremo|alerta por calor|golpe de calor|altas temperaturas|highs of|maximas de|conagua|smn",
		clsPolicyTalk: "acuerdo|acuerdos|acordo|acordaron|cooperacion|soberania|bilateral|cumbre|canciller|cancilleria|embajador*|embajada|diplomati*|negociacion*|negociador*|negotiat*|aranceles|tariff*|exportaciones|importaciones|exports|imports|inversion|inversiones|investors|inversionistas|mercados|markets|economia|economy|economic|senado|senate|senadores|senators|congreso|congress|diputados|lawmakers|legisladores|reforma|reformas|legislation|iniciativa|dictamen|minuta|presupuesto|budget|estrategia|strategy|agenda|dialogo|dialogue|talks|conversaciones|memorando|memorandum|tratado|treaty|t-mec|usmca|sovereignty|cooperation|agreement|summit",
		clsHabit:      "has seen a rise|have seen a rise|has seen a surge|have seen a surge|has seen an increase|have seen an increase|has long had one of|have long had one of|has long been under|have long been under|targeted repeatedly|repeatedly targeted|has previously warned|have previously warned|has seen repeated|have seen repeated|has seen frequent|have seen frequent|has seen years of|ha vivido constantes|han vivido constantes|ha registrado constantes|historial de violencia|historial violento|historial delictivo|known for|is known|are known|conocido por|conocida por|conocidos por|conocidas por|se caracteriza por|se caracterizan por|famoso por|famosa por|famous for|notorious for|infamous for|tristemente celebre por|se distingue por|specializes in|se dedica a|se dedican a|se simularon|se simulo|se simulan|se simula|escenarios simulados|ataque simulado|ataques simulados|simulacion|simulaciones|simulated|simulation|simulations|adiestramiento|training exercise|ejercicio de entrenamiento|war games|se conoce como|se le conoce como|se les conoce como|is called|are called|refers to|se refiere a|se define como|is defined as|acuerdate|te acuerdas|se acuerdan|recuerdas|remember when|do you remember|taller sobre|taller de periodismo|taller de capacitacion|workshop on|curso sobre|curso de capacitacion|capacitacion sobre|capacitacion en|training on|training in|para cubrir|how to cover",
		clsAggregate:  "fin de semana|weekend|wave of|ola de violencia|ola violenta|en 24 horas|en las ultimas 24 horas|in 24 hours|in the past 24 hours|durante la jornada|a lo largo del dia|across|en todo el estado|throughout the state|statewide|en total|in total|suman|sumaron|suma|recuento|conteo|count|tally|cifras preliminares|preliminary figures|figures|cifra|balance|saldo de la jornada|separate incidents|separate attacks|hechos distintos|distintos hechos|hechos aislados|hechos separados|diferentes hechos|hechos diferentes",
		clsProtest:    "marcha|marchas|marcharon|marchan|marchistas|manifestacion|manifestaciones|manifestantes|protesta|protestas|protestaron|protestan|pliego petitorio|mitin|planton|rally|marched|march|protesters|protested|demonstrators|demonstration|vigil|vigilia|velada|sepultan|sepultaron|dan sepultura|dieron sepultura|sepelio|sepelios|funeral|funerales|exequias|cortejo funebre|ultimo adios|despiden a|despiden al|despiden con|despidieron a|despidieron al|honras funebres|cuerpo presente|entierran|enterraron|laid to rest|mourners|mourn|mourned|mourning",
		clsExamples:   "places like|lugares como|ciudades como|estados como|municipios como|states like|cities like|towns like|places such as|en lugares como|zonas como|regiones como|areas like|en varias regiones|en varios estados|en distintas regiones|en diversas regiones|en diversos estados|in several regions|in several states|in various parts|across the country|en todo el pais",
		clsFind:       "cargaban|sorprendido|sorprendida|sorprendidos|abandona|abandonan|abandonaron|deja abandonad*|dejan abandonad*|dejo abandonad*|dejaron abandonad*|traia|traian|cargaba|cargaban|portaba|portaban|llevaba|llevaban|tenia en su poder|tenian en su poder|checan|revisan|localiza|localizan|localizaron|localizo|encuentran|encontraron|encuentra|encontro|hallan|hallaron|halla|hallo|ubican|ubicaron|descubren|descubrieron|descubre|descubrio|detectan|detectaron|detecta|detecto|destruye|destruyen|destruyo|destruyeron|inhabilitan|inhabilito|found|find|finds|discovered|discover|discovers|located|locate|locates",
		clsDoer:       "cartel factions|cartel faction|self defense group*|self defense force*|vigilante group*|vigilantes|cartel|cartels|gang|gangs|narcos|gunman|hitman|killer|killers|assassin|assassins|attacker|assailant|shooter|thugs|mobsters",
		clsOpVerb:     "interviene|intervienen|intervino|resguarda|resguardan|resguardo|rescata|rescatan|rescato|sorprende|sorprenden",
		clsContraband: "migrantes|migrants|arma de fuego|armas de fuego|arma cargada|arma hechiza|sujeto armado|sujetos armados|hombre armado|hombres armados|pistola|pistolas|rifle|rifles|fusil|fusiles|cuerno de chivo|cuernos de chivo|envoltorio*|droga|drogas|narcotico*|enervante*|estupefaciente*|marihuana|mariguana|cocaina|metanfetamina|fentanilo|heroina|cristal|armamento|armas largas|armas cortas|arma larga|cartuchos|cargadores|municiones|arsenal|huachicol|combustible robado|gasolina ilegal|gasolina robada|combustible ilegal|diesel robado|mota|narcotunel*|narco tunel*|tunel clandestino|pista clandestina|pistas clandestinas|hidrocarburo|hidrocarburos|blindaje artesanal|blindaje hechizo|blindados artesanalmente|monstruo blindado|monstruos blindados|drugs|cocaine|methamphetamine|meth|fentanyl|heroin|marijuana|weapons|firearms|rifles|ammunition|cartridges",
		clsQuantity:   "decenas de|cientos de|centenares de|miles de|una ola de|oleada de|ola de|serie de|dozens of|hundreds of|scores of|a wave of|wave of|a string of|string of|multiple|multiples|varios|varias|several|numerous|numerosos",
	}
}

// partDaySummaries returns the patterns of a violent day told with a part
// of it: a weekday, "por la" and the part, then the adjective of either
// ("sabado por la noche violento", "domingo por la tarde violenta"); a
// part, "de" or "del", the weekday and the part's adjective ("noche de
// sabado violenta", "madrugada del domingo sangrienta", "jornada del
// lunes roja"), or "de ayer" ("noche de ayer violenta"). Only adjectives
// summaryCue knows as a summary.
func partDaySummaries() string {
	weekdays := []string{"lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"}
	parts := []string{"manana", "tarde", "noche", "madrugada"}
	var b strings.Builder
	add := func(p string) {
		if b.Len() > 0 {
			b.WriteByte('|')
		}
		b.WriteString(p)
	}
	for _, d := range weekdays {
		for _, p := range parts {
			for _, a := range []string{"violento", "violenta", "sangriento", "sangrienta", "rojo", "roja"} {
				add(d + " por la " + p + " " + a)
			}
		}
		for _, p := range append(parts, "jornada") {
			for _, de := range []string{" de ", " del "} {
				for _, a := range []string{"violenta", "sangrienta", "roja"} {
					add(p + de + d + " " + a)
				}
			}
		}
	}
	for _, p := range append(parts, "jornada") {
		for _, a := range []string{"violenta", "sangrienta", "roja"} {
			add(p + " de ayer " + a) // "noche de ayer violenta"
		}
	}
	return b.String()
}

// rivalGroups are armed sides whose "choque" is a clash, not a collision:
// "choque de cárteles", "choques entre células".
var rivalGroups = [...]string{"carteles", "celulas", "bandas", "facciones", "sicarios",
	"grupos criminales", "grupos delictivos", "narcos"}

// clashBetween returns the clash cues that name the sides of a fight by a
// noun that alone is no cue: "choque de cárteles", "choques entre
// facciones", "combates entre el Ejército y sicarios", "la agresión entre
// grupos delictivos" (one side's attack on the other, answered).
func clashBetween() string {
	var pats []string
	for _, g := range rivalGroups {
		for _, n := range []string{"choque de ", "choques de ", "choque entre ", "choques entre ", "combate entre ", "combates entre ", "agresion entre ", "agresiones entre "} {
			pats = append(pats, n+g)
		}
	}
	for _, g := range []string{"militares", "soldados", "ejercito", "el ejercito", "marinos", "policias", "grupos armados", "guardia nacional", "la guardia nacional"} {
		pats = append(pats, "combate entre "+g, "combates entre "+g)
	}
	return strings.Join(pats, "|")
}

// rivalsAfter reports whether s, the text after "choque", names rival
// groups as its sides (" de cárteles", " entre células"): a clash.
func rivalsAfter(s string) bool {
	for _, p := range []string{" de ", " entre "} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			for _, g := range rivalGroups {
				if strings.HasPrefix(rest, g) {
					return true
				}
			}
		}
	}
	return false
}
