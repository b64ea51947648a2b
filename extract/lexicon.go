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
	clsProtest                     // a march or a vigil: the acts it names are its grievances
	clsAggregate                   // a count over a period or an area: "en 24 horas", "across", "figures"
	clsHabit                       // a characterization: "known for", "suele"; what follows is habitual
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
		{model.Arson, 0.7, "incendi*|quema|quemas|queman|quemaron|quemado|quemados|quemada|quemadas|prenden fuego|prendieron fuego|prendio fuego|prenderles fuego|prender fuego|calcinad*|en llamas|arden|ardian|arson*|set on fire|set fire|set ablaze|torched|torching|burned|burning|burnt|ablaze|quemo|quemando|quemaban|incinerad*|incineraron|incendiaron|calcinaron|set alight|firebomb*|molotov|bombas molotov|gasoline bomb*|arsonist*|burned down|burnt out|burned-out"},
		{model.BusinessAttack, 0.75, "saqueo*|saquean|saquearon|rapina|looting|looted|lootings"},
		{model.ArmedClash, 0.85, "enfrentamiento*|enfrentan|enfrentaron|se enfrentaron|balacera|balaceras|tiroteo*|intercambio de disparos|fuego cruzado|repelieron la agresion|repelen agresion|repelieron el ataque|repelieron|repelen|repele|clash|clashes|clashed|firefight|firefights|shootout*|gunfight*|gun battle*|exchange of fire|exchanged fire|enfrentamientos armados|refriega*|intercambio de balazos|enfrento|se enfrento|se enfrentan|enfrentaban|se enfrentaban|trabaron un enfrentamiento|gunbattle*|traded fire|trading fire|exchanged gunfire|exchange of gunfire|exchanging fire|exchanging gunfire|balasera|balaseras|valacera|se enfrascaron en una balacera|persecucion y balacera|rina armada|rinas armadas"},
		{model.ArmedAttack, 0.75, "ataque armado|ataques armados|agresion armada|agresiones armadas|atacaron a balazos|atacan a balazos|emboscada*|emboscado*|emboscaron|ambush*|dispararon|disparan contra|disparo contra|balean|balearon|baleado*|baleada*|balazos|armed attack*|gun attack*|opened fire|shot at|shooting|atentado*|rafague*|rafaga*|shoot|shoots|shot|gun down|guns down|lesionan|lesionaron|hieren|hirieron|arma de fuego|armas de fuego|disparos|ataque contra|ataques contra|atacan a|ataque a|wounded|injured"},
		{model.ArmedAttack, 0.55, "ataque|ataques|atacar|agresion|agresiones|attack|attacks|assault*"},
		{model.ArmedAttack, 0.65, "fire on|fires on|firing on|fire at|fires at|atacan|atacaron|agredieron|agredir|irrumpen|irrumpieron|balacean|balacearon|attacked|disparando|disparan|disparo|abrieron fuego|abren fuego|abrio fuego|atacado|atacados|atacada|atacadas|ataco|agredido*|agredida*|agredio|hirio|lesiono|balea|baleo|rafaguearon|stabbed|stabbing*|fired on|fired at|fired shots|gunfire|wounding|gunshot*|bullets|bullet|sprayed with bullets|ataca|embosca|emboscan|hiere|lesiona|agreden|agrede|ambushed"},
		{model.Homicide, 0.8, "asesin*|ejecutad*|ejecutan|ejecutaron|hallan cuerpo*|hallan sin vida|localizan cuerpo*|cuerpos sin vida|cadaver*|restos humanos|fosa clandestina|fosas clandestinas|homicidio*|masacre*|matan|mataron|ultiman|ultimaron|murder*|massacre*|slain|shot dead|gunned down|executed|bodies|body of|homicide*|feminicidio*"},
		{model.Homicide, 0.5, "killing|killings|executed|deaths"},
		{model.Homicide, 0.75, "acribill*|privan de la vida|privaron de la vida|privo de la vida|dan muerte|dieron muerte|hallan muerto|hallan muerta|encuentran muerto|encuentran muerta|aparecio muerto|aparecio muerta|sin signos vitales|impactos de bala|impacto de bala|ejecutado|mato|arrebatan la vida|arrebataron la vida|quitan la vida|quitaron la vida|le quitan la vida|a punaladas|apunala*|arma blanca|localizan el cuerpo|hallan el cuerpo|encuentran el cuerpo|localizan cuerpo*|encuentran cuerpo*|cuerpo de un hombre|cuerpo de una mujer|cuerpo sin vida|encobijad*|embolsad*|semienterrad*|decapitad*|desmembrad*|torturad*|fosa|fosas|hallazgo de restos|body found|bodies found|found dead|sin vida|ultimado*|ultimada*|linchad*|linchamiento*|muerto a balazos|muerta a balazos|muertos a balazos|cuerpo decapitado|asesinado*|asesinada*|corpse*|mass grave*|clandestine grave*|human remains|lifeless|stabbed to death|beaten to death|slaying*|lynch*|ejecuta|ejecuto|decapita*|desmembra*|degoll*|torturan|torturaron|tortured|muerto|muerta|strangled|estrangulad*"},
		{model.Homicide, 0.65, "cuerpos|el cuerpo|muertos|muertas|mueren|muere|murio|murieron|mata|kill|kills|killed|human heads|heads|beheaded|decapitated|dismembered|feminicide*|femicide*|pierde la vida|pierden la vida|perdio la vida|perdieron la vida|dead"},
		{model.Kidnapping, 0.8, "secuestr*|privacion de la libertad|privados de la libertad|privado de la libertad|privada de la libertad|privaron de la libertad|levanton*|levantaron|kidnap*|abduct*|sequestr*|privan de la libertad|privado de su libertad|privada de su libertad|privados de su libertad|privaron de su libertad|plagiado*|plagiada*|plagiaron|raptad*|raptaron|rapto|taken hostage|held hostage|hostage*|took away|taken away|se llevaron a|se lo llevaron|se la llevaron|se los llevaron|se las llevaron|forced into a vehicle|forced into a car|forced them into"},
		{model.Kidnapping, 0.65, "desaparecid*|desaparicion*|desaparecio|desaparece|desaparecen|extraviad*|levantado|levantada|levantados|desaparecieron|disappeared|missing"},
		{model.Explosive, 0.85, "artefacto explosivo|artefactos explosivos|explosivo|explosivos|coche bomba|carro bomba|car bomb*|dron con explosivos|drones con explosivos|drones explosivos|drone attack*|granada*|grenade*|mina terrestre|minas terrestres|minas antipersonales|landmine*|improvised explosive|explosion|explosiones|explosions|estallido|bomba|bombas|bomb|bombs|bombing*|ied|ieds|exploto|explotaron|estallo|estallaron|detonacion de|detonaron|detonated|detonation|blast|blasts|exploded|explosive device*|explosive-laden|explosive drone*"},
		{model.Intimidation, 0.7, "narco message*|narco-message*|narco banner*|narcobanner*|narcomanta*|narco manta*|narcomensaje*|narco mensaje*|mensaje amenazante|mantas con mensajes|cobro de piso|extorsion*|extortion*|narcoreten*|reten ilegal|halconeo|amenazas|amenazaron|threatening message*|intimidat*|manta con amenazas|mantas con amenazas|amenasas|cartulina con amenazas|cartulinas con amenazas|mensajes intimidatorios|mensaje intimidatorio|derecho de piso|threatening banner*|banners with threats|warning message*"},
		{model.SecurityOperation, 0.7, "operativo*|detien*|detuvieron|detenido*|detenida*|detencion*|capturan|capturaron|captura*|arrestan|arrestaron|atrapan|atraparon|laboratorio de metanfetamina|laboratorio de fentanilo|laboratorio de drogas|aprehend*|aprehension*|arrested|arresting|aseguran|aseguraron|aseguramiento*|decomis*|abatid*|abaten|abatieron|abatio|abate|abatieran|abatiera|abatir|detuvo|capturo|neutraliz*|cateo*|catean|catearon|narcomenudist*|desmantelan|desmantelaron|narcolaboratorio*|laboratorio clandestino|laboratorios clandestinos|seized|detained|captured|killed by soldiers|killed by security forces|detuvimos|capturamos|aprehendimos|aseguramos|arrest of|arresto|arrestado*|arrestada*|apprehended|nabbed|rounded up|taken into custody|dismantled|busted"},
		{model.SecurityOperation, 0.5, "arrest|arrests|seizure*|raid|raids|military operation*|security operation*|despliegue*|deployed|deployment|operation|operations"},
		{model.Disruption, 0.8, "suspended operations|suspendieron operaciones|suspende operaciones|suspendio operaciones|suspendieron sus operaciones|suspenden operaciones|suspended all flights|suspendieron los vuelos|suspended flights|cancelled all flights|halted flights"},
		{model.Disruption, 0.7, "cierre del aeropuerto|cierran aeropuerto|cierra aeropuerto|aeropuerto cerrado|suspenden*|suspendieron|suspendio|suspende|suspension de|suspendido*|suspendida*|clases suspendidas|cancelan vuelos|cancelaron vuelos|vuelos cancelados|flights cancelled|flights canceled|cancelled flights|canceled flights|airport closed|closed the airport|airport closure*|suspended|cierran comercios|comercios cerrados|negocios cerrados|cerraron sus puertas|sin transporte|toque de queda|curfew*|paralizad*"},
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
		{"Guardia Nacional", "state_force", "guardia nacional|guardias nacionales|la gn|national guard|national guardsmen"},
		{"Secretaría de Marina", "state_force", "marina|semar|secretaria de marina|marinos|infantes de marina|navy|mexican navy|marines"},
		{"Fiscalía General de la República", "state_force", "fgr|fiscalia general de la republica|attorney general's office|federal attorney general"},
		{"Fiscalía estatal", "state_force", "fiscalia|fiscalia del estado|fiscalia estatal|fiscalia general del estado|state prosecutor*|prosecutor's office|prosecutors"},
		{"Policía Estatal", "state_force", "policia estatal|policias estatales|policia del estado|state police"},
		{"Policía Municipal", "state_force", "policia municipal|policias municipales|municipal police"},
		{"Policía", "state_force", "policia|policias|police|agentes policiacos|police officers|uniformados"},
		{"Secretaría de Seguridad y Protección Ciudadana", "state_force", "sspc|seguridad y proteccion ciudadana|secretaria de seguridad y proteccion ciudadana"},
		{"Fuerzas federales", "state_force", "fuerzas federales|federal forces|autoridades federales|federal authorities|fuerzas de seguridad|security forces|fuerzas armadas|armed forces|gabinete de seguridad"},
		{"DEA", "foreign_agency", "dea|drug enforcement administration"},
		{"FBI", "foreign_agency", "fbi"},
		{"CIA", "foreign_agency", "cia"},
		{"Inteligencia de Estados Unidos", "foreign_agency", "inteligencia de ee.uu.|inteligencia de eeuu|inteligencia de estados unidos|inteligencia estadounidense|us intelligence|u.s. intelligence|american intelligence|united states intelligence"},
		{"Departamento de Justicia de EE.UU.", "foreign_agency", "departamento de justicia|department of justice|justice department|doj"},
		{"Departamento de Estado de EE.UU.", "foreign_agency", "departamento de estado|state department|department of state"},
		{"Civiles", "civilians", "civiles|civilians|pobladores|habitantes|residents|transeuntes|comerciantes|turistas|tourists|vecinos|bystanders|locals|familias|families|residentes|villagers"},
		{"Grupo armado no identificado", "unidentified_armed_group", "hombres armados|sujetos armados|civiles armados|gunmen|armed men|grupo armado|grupos armados|comando|comando armado|comandos armados|armed group*|pistoleros|sicarios|hitmen|encapuchados|masked men|grupo criminal|grupos criminales|crimen organizado|delincuencia organizada|organized crime|criminal group*|presuntos delincuentes|delincuentes|criminales|criminals|sujetos|atacantes|agresores|tiradores|grupo de hombres|attackers|assailants|shooters"},
	}
	defs := make([]actorDef, len(rows))
	pats := make([][]string, len(rows))
	for i, r := range rows {
		defs[i] = actorDef{r.name, model.ActorKind(r.kind)}
		pats[i] = strings.Split(r.pats, "|")
	}
	return defs, pats
}

// markerTable returns the non-cue markers.
func markerTable() map[class]string {
	return map[class]string{
		clsNeg:        "no|ni|nor|not|never|nunca|no se reporto|no se reportaron|no se registro|no se registraron|no hubo|no hay|no se han reportado|no se reporta|no se registra|sin que se report*|sin reporte de|sin reportes de|ningun|ninguna|ninguno|descart*|desmient*|desmintio|desmintieron|niega*|nego|negaron|falso|falsa|falsos|falsas|fake|no reports of|there were no|there was no|denied|denies|deny|rumor*|bulo*|desinformacion|false|hoax|untrue|not true|no es cierto|no es verdad|dismissed|dismisses|debunk*|inexistente|inexistentes|fact check|fact-check|verificacion de datos",
		clsHypo:       "going to|gonna|va a ser|joked|bromeo|broma|podria|podrian|habria|habrian|tendria|tendrian|estarian|harian|se espera que|se preve|preven|pronostic*|is expected to|are expected to|expected to|plans to|plan to|planned to|aims to|in the event of|en caso de que|hipotetic*|hypothetical*|scenario|escenario|escenarios|pudiera*|could|would|might|amenaza con|amenazan con|amenazo con|amenazaron con|threaten* to|planea*|posible|posibles|possible|possibly|en caso de|si|if|will|may have|may be|may send|may consider|may trigger|may lead|may also|may not|likely|probablemente|can|pueden|puede|suelen|suele|a menudo|often|usually|typically|tend to|tends to|historically|historicamente|en general|in general|por lo general|se teme|temen|fears of|feared|riesgo de|risk of|para prevenir|prevenir|para evitar|evitar|to prevent|prevent|buscan evitar|simulacro|drill|should|debemos|deberia|deberiamos|deben|se esperan|se espera|eventual|eventuales|eventualmente|haya|hayan|hubiera|hubieran|hubiese|hubiesen",
		clsOpinion:    "review|resena|en mi opinion|opinion|columna|columnista|editorial|analisis|analista|creo que|considero que|i think|in my view|i believe|op-ed|commentary|column|explainer|explicador|glosario|glossary|preguntas frecuentes",
		clsBoiler:     "suscribete|suscribirse|subscribe|cookies|cookie|compartir|comparte|share this|share on|notas relacionadas|noticias relacionadas|related articles|related stories|copyright|derechos reservados|all rights reserved|publicidad|advertisement|newsletter|boletin|lee tambien|te puede interesar|te recomendamos|read more|leer mas|siguenos|follow us|haz clic|click here|iniciar sesion|sign in|log in|etiquetas|tags|temas relacionados|secciones|mas leidas|lo mas leido|most read|trending",
		clsNon:        "magisterio|seccion 22|en demanda*|exigir|exigen|exigieron|exigian|exigiendo|en demanda de|demandan|demandaron|reclaman|reclamaron|en protesta|inconformes|productores|agricultores|campesinos|maestros|docentes|paristas|huelga|huelguistas|paro nacional|planton|jubilados|pensionados|farmers|teachers|truckers|growers|strike|strikers|striking|demanding|demand|rally|marcha|marchas|marchistas|por obras|obras de|obra publica|trabajos de mantenimiento|mantenimiento|repavimentacion|bacheo|cierre parcial|manifestacion pacifica|manifestacion|manifestantes|protesta|protestas|protestan|normalistas|transportistas|ejidatarios|cnte|roadwork*|road work*|road construction|construction work*|maintenance|protesters|protest|demonstrators|deslave|deslaves|derrumbe|derrumbes|desgajamiento*|inundacion|inundaciones|inundado*|socavon|landslide*|mudslide*|rockslide*|flood|floods|flooded|flooding|tormenta tropical|tropical storm|huracan|hurricane|maraton|marathon|medio maraton|desfile|parade|carrera atletica|paseo ciclista|peregrinacion|pilgrimage",
		clsAccident:   "accidente|accidentes|accident|accidents|volcara|volcaron|volcar|vuelco|overturned|rolled over|jackknifed|collided|collision|colision|exceso de velocidad|quema de rastrojo|quemando rastrojo|burning stubble|stubble|accidente vial|accidente de transito|accidente carretero|percance vial|choque|choca|chocan|chocaron|volcadura|vuelca|volco|carambola|atropella*|traffic accident|car crash|crash|sobredosis|overdose|ahogad*|electrocutad*|infarto|suicid*|incendio forestal|incendios forestales|wildfire*|forest fire*|pastizal|cortocircuito|short circuit|fuga de gas|gas leak|pirotecnia|fireworks|explosion de pipa|explosion de gas|dengue|enfermedad|enfermedades|causas naturales|muerte natural|natural causes|disease|diseases|illness|cancer|ransomware|ciberataque*|cyberattack*|cyber attack*|cyber-attack*|hacker|hackers|hackeo*|ataque informatico|ataques informaticos|malware|phishing|huracan*|hurricane*|tormenta tropical|tropical storm|sismo|sismos|terremoto*|earthquake*|arrastrad*|swept away|corriente del rio|corriente de un rio|sepultados por|sepultadas por|sepultado por|sepultada por|buried by|bajo los escombros|under the rubble|polvora|polvorin*|cohetes|coheteros|coheteria|transformador*|transformer*|cocodrilo*|caiman*|tiburon*|shark|sharks|crocodile*|jauria|perros|dog attack|abejas|bees|neumonia|pneumonia|complicaciones|paro cardiaco|paro cardiorrespiratorio|cardiac arrest|heart attack|long illness|larga enfermedad|gas explosion|gas blast|propane|tanque de gas|tanque estacionario|stationary tank|cilindro de gas|leak from|arrollad*|derrap*|perdio el control|lost control|hit by a train|struck by a train|run over|fell from",
		clsBusiness:   "oxxo|oxxos|gasolinera*|gas station*|banco|bancos|banco del bienestar|sucursal*|tienda*|comercio|comercios|negocio*|farmacia*|bank|banks|store|stores|shop|shops|business|businesses|restaurante*|restaurant*|supermercado*|plaza comercial|centro comercial|mall|bar|bares|cajero*|autozone|walmart|soriana|coppel|elektra|bodega aurrera|cantina*|hotel|hoteles",
		clsRoad:       "carretera*|autopista*|highway*|caseta*|tramo|tramos|freeway|expressway",
		clsStreet:     "road|roads|vialidad*|avenida*|libramiento|periferico|crucero|street|streets|calle|calles|puente|acceso|boulevard|bulevar",
		clsSupport:    "con apoyo de|con el apoyo de|con ayuda de|con la ayuda de|apoyo de inteligencia|with support from|with the support of|with the help of|with help from|backed by|supported by|con informacion de|intelligence provided by|information provided by",
		clsTallyUnit:  "estados|entidades|states|municipios|municipalities|todo el pais|en el pais|a nivel nacional|nationwide|across the country|across mexico|en todo mexico|entidades federativas",
		clsSeize:      "aseguran|aseguraron|aseguramiento|decomis*|seized|seizure*|incautan|incautaron|localizaron un arsenal|arsenal",
		clsIgnore:     "zona hotelera|hotel zone|marina del pilar|garcia harfuch|omar garcia|garcia luna|marina vallarta|secretaria de seguridad publica de tijuana|alerta amber|amber alert|operation warp|la linea de fuego|linea de produccion|rafaga de viento|rafagas de viento|rachas de viento|uso de armas de fuego|uso de arma de fuego|uso de la fuerza|portacion de arma*|trafico de armas|trafico ilicito de armas|arms trafficking|gun trafficking|weapons trafficking",
		clsClosure:    "atraves*|cerraron|cerrar|cierran|cierra|cerrando|cerrado|cerrada|obstruy*|obstruccion|impedir el paso|impedian el paso|impidiendo el paso|cortaron la circulacion|block|blocks|blocking|blocked|across the road|across the highway|bloqu*",
		clsVenue:      "bar|bares|cantina*|antro|antros|discoteca*|nightclub*|night club*|centro nocturno|centros nocturnos|table dance|palenque|billar",
		clsSport:      "portero|derby|stoppage time|league|delantera|defensa central|contragolpe*|porteros|porteria|arquero|guardameta|goleador|delantero|delanteros|aficion|tribuna|tribunas|arbitro|liga mx|cancha|gol|goles|golazo|goalkeeper|goalie|striker|referee|empate|empataron|empatado|penalti|tiro de esquina|clasico tapatio|futbol|soccer|beisbol|baseball|basquetbol|basketball|campeonato|stands|inning|innings|bullpen|pitcher|pitchers|lanzador|lanzadores|jonron|jonrones|home run|home runs|cuadrangular*|ponches|strikeout*|struck out|bateador*|slugger|nocaut|knockout|noqueo|noquea|noqueado|knocked out|boxeador*|boxer|boxing|boxeo|cinturones|supermediano*|peso completo|heavyweight|welterweight|ufc|lucha libre|quarterback|touchdown*|nfl|nba|playoff*|liguilla|cuartos de final|tenis|tennis|medalla de oro|gold medal",
		clsAd:         "oferta|ofertas|promocion|promociones|descuento|descuentos|financiamiento|seminuevo|seminuevos|mensualidades|enganche|meses sin intereses|cupon|cupones|rebaja|rebajas|precios bajos|agencia de autos|visitanos|cotiza|discount|discounts|special offer|deals|financing|sale|blowout|shop now|buy now|order now|precio|precios|prices|black friday|buen fin|hot sale|cyber monday|2x1|combo|combos|hamburguesa*|pizza*|sabor|antojo|delicious|delicioso|deliciosa|pidela|pidelo|ordena ya",
		clsStat:       "la mitad de los|la mitad de las|half of the|the majority of|tendencia|trend|en aumento|a la baja|al alza|on the rise|por ciento|porcentaje|percent|percentage|tasa de|tasas de|per capita|por cada 100 mil|por cada cien mil|per 100,000|per 100 000|en lo que va del ano|en lo que va de la administracion|en lo que va del sexenio|so far this year|year-on-year|year on year|interanual|anualmente|promedio diario|daily average|cifras oficiales|incidencia delictiva|estadistica*|statistics|statistical|mismo periodo|same period|comparacion con|compared with|compared to|respecto al ano|ano con ano|homicide rate|murder rate|annual report|informe anual|reporte anual|informe mensual|monthly report|semaforo delictivo|semaforo de seguridad|semaforo de violencia|indicadores delictivos|observatorio ciudadano|observatorio nacional ciudadano",
		clsFiction:    "pelicula*|filme|documental|capitulo*|actriz|estreno|taquilla|narcoserie*|telenovela*|nueva serie|videojuego*|novela|libro|escritor|escritora|capitulo final|movie|book|chapter|writer|prose|streaming|the show|concierto|concert|tickets|boletos|lineup|headliner|music festival|festival musical|movies|film|films|documentary|starring|premiere*|box office|netflix|hbo|video game*|the series|tv series|novel|corridos|corrido|album|canciones|cancion|song|songs|lyrics|sencillo|videoclip|memoir|memorias|autobiografia|autobiography|bestseller|best seller|obra de teatro|puesta en escena|teatro|theater|theatre|stage play|dramaturg*|second season|new season|nueva temporada|segunda temporada|tercera temporada|episodio|episodios|episode|episodes|exposicion fotografica|muestra fotografica|photo exhibition|photography exhibition|film festival|festival de cine",
		clsWe:         "nosotros|nuestro|nuestra|nuestros|nuestras|debemos|tenemos|necesitamos|podemos|somos|estamos|queremos|vivimos|sabemos|creemos|we|our|ours|let's|i've|i'm|i'd|yo",
		clsSportWeak:  "goal|goals|match|scored|team|crowd|coach|entrenador|estadio|stadium|clasico|jornada|torneo|marcador|equipo|partido|header|winner|victoria|derrota|defeat|fans|aficionados",
		clsCourt:      "vinculan a proceso|vinculo a proceso|vinculado a proceso|vinculada a proceso|vinculados a proceso|vinculacion a proceso|juez de control|un juez|a judge|sentencia|sentencias|sentenciad*|prision preventiva|juicio|tribunal|sentenced|convicted|trial|pleaded guilty|indicted|indictment|apelara|apelacion|aniversario|anniversary|se cumplen|years ago|a cinco anos|a un ano|a dos anos|a tres anos|a diez anos|judge|juez|jueza|bail|fianza|memorial|homenaje a|en memoria de|in memory of|tribute to|conmemora*|commemorat*|ofrenda|remembrance",
		clsClaim:      "redes sociales|social media|en redes|circulan|circula|circulo|circularon|viral|viralizo|viralizaron|rumor*|bulo*|desinformacion|fake news|noticias falsas|versiones|posts|publicaciones|difunde|difunden|difundio|difundieron|difundida|difundido|mensajeria|whatsapp|messaging apps|circulating|circulated|spread on|claiming|claims|claimed|supuesto|supuesta|supuestos|supuestas|alleged|purported|supposedly|hoax",
		clsWeather:    "meteorologic*|frente frio|heladas|helada|lluvias|lluvia|aguacero*|tormenta|tormentas|huracan*|ciclon*|pronostico*|temperatura*|viento|vientos|granizo|granizada|onda de calor|nublado|chubascos|weather|storm|storms|hurricane|rain|rains|rainfall|forecast*|temperature*|wind|winds|hail|heat wave|cold front|conagua|smn",
		clsPolicyTalk: "acuerdo|acuerdos|acordo|acordaron|cooperacion|soberania|bilateral|cumbre|canciller|cancilleria|embajador*|embajada|diplomati*|negociacion*|negociador*|negotiat*|aranceles|tariff*|exportaciones|importaciones|exports|imports|inversion|inversiones|investors|inversionistas|mercados|markets|economia|economy|economic|senado|senate|senadores|senators|congreso|congress|diputados|lawmakers|legisladores|reforma|reformas|legislation|iniciativa|dictamen|minuta|presupuesto|budget|estrategia|strategy|agenda|dialogo|dialogue|talks|conversaciones|memorando|memorandum|tratado|treaty|t-mec|usmca|sovereignty|cooperation|agreement|summit",
		clsHabit:      "known for|is known|are known|conocido por|conocida por|conocidos por|conocidas por|se caracteriza por|se caracterizan por|famoso por|famosa por|famous for|notorious for|infamous for|tristemente celebre por|se distingue por|specializes in|se dedica a|se dedican a|se simularon|se simulo|se simulan|se simula|escenarios simulados|ataque simulado|ataques simulados|simulacion|simulaciones|simulated|simulation|simulations|adiestramiento|training exercise|ejercicio de entrenamiento|war games|se conoce como|se le conoce como|se les conoce como|is called|are called|refers to|se refiere a|se define como|is defined as|acuerdate|te acuerdas|se acuerdan|recuerdas|remember when|do you remember|taller sobre|taller de periodismo|taller de capacitacion|workshop on|curso sobre|curso de capacitacion|capacitacion sobre|capacitacion en|training on|training in|para cubrir|how to cover",
		clsAggregate:  "fin de semana|weekend|en 24 horas|en las ultimas 24 horas|in 24 hours|in the past 24 hours|durante la jornada|a lo largo del dia|across|en todo el estado|throughout the state|statewide|en total|in total|suman|sumaron|suma|recuento|conteo|count|tally|cifras preliminares|preliminary figures|figures|cifra|balance|saldo de la jornada",
		clsProtest:    "marcha|marchas|marcharon|marchan|marchistas|manifestacion|manifestaciones|manifestantes|protesta|protestas|protestaron|protestan|pliego petitorio|mitin|planton|rally|marched|march|protesters|protested|demonstrators|demonstration|vigil|vigilia|velada",
		clsExamples:   "places like|lugares como|ciudades como|estados como|municipios como|states like|cities like|towns like|places such as|en lugares como|zonas como|regiones como|areas like|en varias regiones|en varios estados|en distintas regiones|en diversas regiones|en diversos estados|in several regions|in several states|in various parts|across the country|en todo el pais",
		clsQuantity:   "decenas de|cientos de|centenares de|miles de|una ola de|oleada de|ola de|serie de|dozens of|hundreds of|scores of|a wave of|wave of|a string of|string of|multiple|multiples|varios|varias|several|numerous|numerosos",
	}
}
