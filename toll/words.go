package toll

// The vocabulary below is folded (lower case, no accents). These maps are
// read-only lookup tables; nothing writes to them after initialisation.

// set builds a read-only word set.
func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// arVerb returns the third persons, singular and plural, of the present
// and the preterite of Spanish -ar verbs given by their stems: "mat"
// gives "mata", "matan", "mato", "mataron".
func arVerb(stems ...string) []string {
	var out []string
	for _, st := range stems {
		out = append(out, st+"a", st+"an", st+"o", st+"aron")
	}
	return out
}

// kindWords lists nouns and participles that name a toll.
func kindWords() map[string]Kind {
	m := map[string]Kind{}
	add := func(k Kind, ws ...string) {
		for _, w := range ws {
			m[w] = k
		}
	}
	add(Killed, "muerto", "muertos", "muerta", "muertas", "cuerpo", "cuerpos",
		"cadaver", "cadaveres", "ejecutado", "ejecutados", "ejecutada", "ejecutadas",
		"asesinado", "asesinados", "asesinada", "asesinadas", "fallecido", "fallecidos",
		"fallecida", "fallecidas", "abatido", "abatidos", "abatida", "abatidas",
		"ultimado", "ultimados", "ultimada", "ultimadas", "victima", "victimas",
		"murieron", "murio", "mueren", "muere", "fallecieron", "fallecio",
		"killed", "dead", "bodies", "body", "slain", "died", "murdered", "executed",
		"deaths", "fatalities", "fallece", "fallecen", "die", "dies", "lifeless", "corpse",
		"corpses", "cadavers", "massacred", "assassinated", "strangled", "hanged",
		"decapitado", "decapitados", "decapitada", "decapitadas", "desmembrado",
		"desmembrados", "desmembrada", "desmembradas", "descuartizado", "descuartizados",
		"descuartizada", "descuartizadas", "encobijado", "encobijados", "encobijada",
		"encobijadas", "embolsado", "embolsados", "embolsada", "embolsadas",
		"degollado", "degollados", "degollada", "degolladas", "masacrado", "masacrados",
		"masacrada", "masacradas", "acribillado", "acribillados", "acribillada",
		"acribilladas", "estrangulado", "estrangulada", "linchado", "linchados",
		"beheaded", "decapitated", "dismembered", "murdered", "massacred", "lynched",
		"calcinado", "calcinados", "calcinada", "calcinadas", "encajuelado", "encajuelados",
		"encajuelada", "encajueladas", "entambado", "entambados", "entambada", "entambadas",
		"homicidio", "homicidios", "asesinato", "asesinatos", "ejecucion", "ejecuciones",
		"feminicidio", "feminicidios", "murders", "executions", "killings", "homicides",
		"muertes", "decesos")
	// "erido", "eridos": a transcript drops the silent h.
	add(Injured, "erido", "eridos", "erida", "eridas")
	add(Injured, "herido", "heridos", "herida", "heridas", "lesionado", "lesionados",
		"lesionada", "lesionadas", "wounded", "injured", "hurt", "hospitalizado",
		"hospitalizados", "hospitalizada", "hospitalizadas", "hospitalized", "wounds")
	add(Detained, "detenido", "detenidos", "detenida", "detenidas", "arrestado",
		"arrestados", "arrestada", "arrestadas", "capturado", "capturados", "capturada",
		"capturadas", "aprehendido", "aprehendidos", "aprehendida", "aprehendidas",
		"detained", "arrested", "captured", "detainees", "arrestees")
	add(Kidnapped, "secuestrado", "secuestrados", "secuestrada", "secuestradas",
		"levantado", "levantados", "levantada", "levantadas", "plagiado", "plagiados",
		"plagiada", "plagiadas", "kidnapped", "abducted")
	return m
}

var (
	kindWord = kindWords()

	// nounOnly are toll words that cannot start a verb-first figure.
	nounOnly = set("cuerpo", "cuerpos", "cadaver", "cadaveres", "bodies", "body",
		"homicidio", "homicidios", "asesinato", "asesinatos", "ejecucion", "ejecuciones",
		"feminicidio", "feminicidios", "murders", "executions", "killings", "homicides",
		"calcinado", "calcinados", "calcinada", "calcinadas",
		"dead", "deaths", "fatalities", "muerto", "muerta", "herido", "herida",
		"detenido", "detenida", "victima", "victimas", "hurt", "muertes", "decesos")

	// verbKind maps finite verbs (and English -ing forms) that take their
	// victims as object.
	verbKind = func() map[string]Kind {
		m := map[string]Kind{}
		add := func(k Kind, ws ...string) {
			for _, w := range ws {
				m[w] = k
			}
		}
		add(Killed, "asesinan", "asesinaron", "asesina", "asesino", "matan", "mataron",
			"mato", "mata", "ejecutan", "ejecutaron", "ejecuto", "ejecuta", "abaten",
			"abatieron", "abatio", "ultiman", "ultimaron", "ultimo", "ultima",
			"acribillan", "acribillaron", "acribilla", "acribillo", "masacran",
			"masacraron", "masacra", "decapitan", "decapitaron", "degollaron", "deguellan",
			"linchan", "lincharon", "ajustician", "ajusticiaron", "ajusticia", "ajusticio",
			"killing", "kill", "kills", "murdering", "murder",
			"murders", "executes", "execute", "executing", "slay", "slays", "slaying",
			"behead", "beheads", "massacre", "massacres", "dismember", "dismembers",
			"butcher", "butchers", "strangle", "strangles", "strangling")
		// The third persons of the present and the preterite, whatever
		// forms a headline picks: "abate a tres", "degolló a".
		add(Killed, arVerb("asesin", "mat", "ejecut", "ultim", "acribill", "masacr", "decapit",
			"linch", "ajustici", "neutraliz", "estrangul")...)
		add(Killed, "abate", "abaten", "abatio", "abatieron", "deguella", "deguellan", "degollo",
			"degollaron")
		add(Injured, "hieren", "hirieron", "hirio", "lesionan", "lesionaron", "lesiono",
			"wounding", "injuring")
		add(Detained, "detienen", "detuvieron", "detuvo", "arrestan", "arrestaron",
			"arresto", "capturan", "capturaron", "capturo", "aprehenden",
			"aprehendieron", "aprehendio", "arresting", "detaining", "capturing",
			"detain", "detains", "arrest", "arrests", "capture", "captures", "nab", "nabs",
			"asegura", "aseguran", "aseguraron", "aseguro", "cae", "caen", "cayeron", "arresta")
		add(Kidnapped, "secuestran", "secuestraron", "secuestro", "levantan",
			"levantaron", "plagian", "plagiaron", "kidnapping", "abducting", "kidnap")
		return m
	}()

	// esSingular are Spanish nouns for one person: "matan a policía".
	esSingular = set("hombre", "mujer", "joven", "policia", "agente", "elemento",
		"militar", "soldado", "marino", "guardia", "comerciante", "taxista", "menor",
		"nino", "nina", "adolescente", "persona", "sujeto", "individuo", "presunto",
		"presunta", "delincuente", "sicario", "periodista", "activista", "alcalde",
		"alcaldesa", "regidor", "regidora", "funcionario", "funcionaria", "empresario",
		"empresaria", "conductor", "chofer", "repartidor", "estudiante", "medico",
		"abogado", "abogada", "jefe", "lider", "operador", "integrante", "civil",
		"custodio", "custodia", "director", "directora", "comandante", "mando",
		"expolicia", "exalcalde", "candidato", "candidata", "migrante", "trabajador",
		"trabajadora", "ganadero", "agricultor", "profesor", "maestra", "maestro",
		"pescador", "vendedor", "vendedora", "mecanico", "enfermera", "enfermero", "sacerdote",
		"campesino", "jornalero", "obrero", "albanil", "transportista", "tendero", "uniformado",
		"varon", "masculino", "femenina", "jovencito", "jovencita", "muchacho", "muchacha",
		"anciano", "anciana", "senor", "senora", "viejecito", "viejecita", "abuelito",
		"abuelita", "bebe", "hijo", "hija", "esposa", "esposo", "padre", "madre", "hermano",
		"hermana", "sobrino", "sobrina", "primo", "prima", "tio", "tia", "suegro", "suegra",
		"cunado", "cunada", "novio", "novia", "velador", "guardia", "cliente",
		"pasajero", "pasajera", "ciclista", "motociclista", "motorista", "automovilista",
		"peaton", "indigente", "reo", "interno", "interna", "preso", "presa", "exregidor",
		"exfuncionario", "exdirector", "exagente", "exmilitar", "expresidente", "victima",
		"adulto", "adulta", "nieto", "nieta", "ex", "oficial", "tortillero", "despachador",
		"guardaespaldas", "escolta", "vigilante", "velador", "cajero", "cajera", "dueno",
		"duena", "propietario", "propietaria", "encargado", "encargada", "empleado",
		"empleada", "chofer", "taxista", "mototaxista", "ganadera", "comisario",
		"companero", "companera", "acompanante", "colleague", "partner",
		"delegado", "sindico", "diputado", "diputada", "exdiputado", "juez", "jueza")

	// enSingular are English nouns for one person, after "a"/"an".
	enSingular = set("man", "woman", "police", "policeman", "officer", "soldier",
		"marine", "guard", "guardsman", "person", "suspect", "gunman", "journalist",
		"reporter", "mayor", "teenager", "teen", "child", "boy", "girl", "minor",
		"driver", "student", "doctor", "lawyer", "businessman", "migrant", "member",
		"civilian", "candidate", "municipal", "state", "federal", "local", "young",
		"former", "national", "alleged", "cartel", "prison", "taxi", "bus",
		"fisherman", "farmer", "vendor", "shopkeeper", "merchant", "mechanic", "worker", "nurse",
		"priest", "teacher", "rancher", "trucker", "businesswoman", "activist", "official")

	// enActiveVerb are English verbs in the past or present that take the
	// people they count as object: "killed a man".
	enActiveVerb = map[string]Kind{
		"killed": Killed, "murdered": Killed, "executed": Killed, "assassinated": Killed,
		"slew": Killed, "wounded": Injured, "injured": Injured, "kidnapped": Kidnapped,
		"abducted": Kidnapped, "arrested": Detained, "detained": Detained,
		"captured": Detained, "wounds": Injured, "injures": Injured, "kidnaps": Kidnapped,
		"abducts": Kidnapped,
	}

	// enHead are English nouns for one person that head an object noun
	// phrase but are not in enNoun: "a National Guard member".
	enHead = set("member", "person", "suspect", "gunman", "driver", "civilian",
		"guard", "fisherman", "vendor", "shopkeeper", "merchant", "mechanic", "worker",
		"nurse", "trucker", "resident", "employee", "owner", "passenger", "bodyguard",
		"hitman", "youth", "sergeant", "captain", "lieutenant", "colonel", "general",
		"councillor", "governor", "senator", "deputy", "witness", "victim")

	// enObjectStop end an English object noun phrase before its head: a
	// preposition, conjunction or relative.
	enObjectStop = set("in", "of", "at", "on", "near", "and", "or", "who", "that",
		"which", "after", "before", "during", "with", "from", "by", "to", "as", "for",
		"day", "week", "month", "year", "time", "car", "truck", "vehicle", "house",
		"home", "store", "shop", "bar", "road", "highway", "town", "city", "village")

	// enNoun are English nouns for one person that a headline may use
	// without an article: "Woman Killed", "Kill Police Chief".
	enNoun = set("man", "woman", "policeman", "policewoman", "officer", "soldier", "marine",
		"guardsman", "journalist", "reporter", "mayor", "teenager", "teen", "child", "boy",
		"girl", "student", "doctor", "lawyer", "businessman", "businesswoman", "migrant",
		"priest", "teacher", "activist", "official", "chief", "commander", "boss", "leader",
		"director", "judge", "prosecutor", "councilman", "councilwoman", "lawmaker",
		"politician", "singer", "cop", "agent", "inmate", "prisoner", "rancher", "farmer",
		"candidate", "legislator", "photographer", "editor", "pastor", "nun", "tourist",
		"american", "police", "musician", "wife", "husband", "mother", "father", "son", "daughter")

	// personNoun are nouns for people that may stand between a number and
	// its toll word.
	personNoun = func() map[string]bool {
		m := set("personas", "hombres", "mujeres", "jovenes", "policias", "agentes",
			"elementos", "militares", "soldados", "marinos", "guardias", "civiles",
			"menores", "ninos", "ninas", "adolescentes", "sujetos", "individuos",
			"presuntos", "presuntas", "delincuentes", "sicarios", "criminales",
			"integrantes", "miembros", "pistoleros", "atacantes", "agresores",
			"migrantes", "trabajadores", "comerciantes", "taxistas", "estudiantes",
			"periodistas", "custodios", "reos", "internos", "uniformados", "efectivos",
			"people", "persons", "men", "women", "officers", "police", "policemen",
			"soldiers", "troops", "agents", "civilians", "children", "teenagers",
			"minors", "suspects", "gunmen", "members", "attackers", "migrants",
			"journalists", "others", "guardsmen", "marines", "inmates", "students",
			"bystanders", "victims", "assailants", "hitmen", "individuals", "guys",
			"farmworkers", "workers", "employees", "empleados", "pasajeros", "passengers",
			"jornaleros", "campesinos", "pescadores", "clientes", "customers", "residents",
			"vecinos", "choferes", "drivers", "guards", "comensales", "diners", "musicos",
			"turistas", "tourists", "familiares", "relatives", "habitantes", "pobladores",
			"villagers", "locals", "mineros", "miners", "hermanos", "brothers", "alumnos",
			"maestros", "profesores", "teachers", "medicos", "doctors", "enfermeros", "nurses",
			"reporteros", "reporters", "comuneros", "ejidatarios", "ganaderos", "agricultores",
			"farmers", "ranchers", "fishermen", "conductores", "repartidores", "empresarios",
			"businessmen", "funcionarios", "officials", "candidatos", "candidates",
			"aficionados", "fans", "youths", "jovencitos", "muchachos", "senoras", "senores",
			"adultos", "adultas", "masculinos", "femeninas", "varones", "jovencitas",
			"citizens", "americans", "nationals", "mexicans", "foreigners", "tourists",
			"sisters", "sons", "daughters", "hermanas", "siblings", "cousins",
			"muchachas", "tripulantes", "ocupantes", "hijos", "hijas", "ancianos",
			"ciclistas", "motociclistas", "primos", "primas", "esposos", "veladores",
			"empleadas", "trabajadoras", "dealers", "narcomenudistas",
			// a transcript's "ombres" (hombres)
			"ombres", "criminals", "thieves", "robbers", "smugglers", "kidnappers",
			"traffickers", "bodyguards", "escoltas", "ladrones", "asaltantes",
			"secuestradores", "huachicoleros", "crew", "operadores", "operators")
		for w := range esSingular {
			m[w] = true
		}
		for w := range enSingular {
			m[w] = true
		}
		return m
	}()

	// adjective are words that may qualify the person noun.
	adjective = set("armados", "armadas", "municipales", "estatales", "federales",
		"judicial", "judiciales", "ministerial", "preventivos", "preventivas", "preventive",
		"transit", "traffic", "off-duty", "former", "ex",
		"ministeriales", "estatal", "municipal", "federal", "mas", "otros", "otras",
		"presuntos", "presuntas", "menores", "edad", "nacional",
		"more", "other", "alleged", "suspected", "armed", "state", "local", "national",
		"guard", "cartel", "young", "innocent", "inocentes",
		"centroamericanos", "hondurenos", "guatemaltecos", "salvadorenos", "venezolanos",
		"cubanos", "haitianos", "mexicanos", "estadounidenses", "extranjeros", "mexican",
		"american", "central", "foreign", "us", "u.s.", "hacked-up", "charred", "incinerated",
		"bagged", "mutilated", "headless", "bullet-riddled", "burned", "butchered", "tortured",
		"naked", "malicious", "dolosos", "intentional", "calcinados", "mutilados", "embolsados",
		"encobijados", "maniatados", "semidesnudos", "putrefactos")

	// eventNoun are nouns of a toll event followed by "de"/"of" and the
	// people it befell.
	eventNoun = func() map[string]Kind {
		m := map[string]Kind{}
		for _, w := range []string{"muerte", "muertes", "asesinato", "asesinatos", "homicidio",
			"homicidios", "ejecucion", "killing", "killings", "murder", "murders", "deaths", "death"} {
			m[w] = Killed
		}
		for _, w := range []string{"cuerpo", "cuerpos", "cadaver", "cadaveres", "restos", "body", "bodies", "remains"} {
			m[w] = Killed
		}
		for _, w := range []string{"detencion", "captura", "arresto", "aprehension", "arrest", "arrests", "detention"} {
			m[w] = Detained
		}
		for _, w := range []string{"secuestro", "plagio", "kidnapping", "abduction"} {
			m[w] = Kidnapped
		}
		for _, w := range []string{"lesiones"} {
			m[w] = Injured
		}
		return m
	}()

	// needsPrep are verbs that take people only with the personal "a":
	// "aseguran a 5" but not "aseguran 5 kilos".
	needsPrep = set("asegura", "aseguran", "aseguraron", "aseguro",
		// "neutraliza la amenaza", "estrangula la economía": people only
		// after "a".
		"neutraliza", "neutralizan", "neutralizo", "neutralizaron", "estrangula", "estrangulan",
		// "el asesino de dos mujeres", "la mata de", "ultima hora",
		// "una masacre": nouns and adjectives unless "a" follows.
		"asesino", "mata", "ultima", "ultimo", "massacre")

	// dies are verbs of dying that may take a bare singular subject.
	dies = set("muere", "murio", "fallece", "fallecio", "mueren", "murieron", "fallecen",
		"fallecieron")

	// predicate are verbs that give a person joined by "y" a clause of
	// its own: "muere un hombre y su acompañante resulta herido".
	predicate = set("resulta", "resultan", "resulto", "queda", "quedan", "quedo", "sobrevive",
		"sobrevivio", "escapa", "escapo", "huye", "huyo", "sale", "salio", "logra", "logro",
		"survives", "survived", "escaped")

	// runningTotal are verbs of a running total: "ya suman nueve jóvenes
	// asesinados", "van 7 ejecutados en el día".
	runningTotal = set("suman", "suma", "van", "acumula", "acumulan", "acumulado", "llegan",
		"llega", "ascienden", "asciende", "totalizan", "sumaron")

	// advStop end the phrase that adverbial may skip.
	advStop = set("y", "e", "o", "que", "tras", "pero", "mientras", "luego", "despues",
		"para", "cuando", "donde", "quien", "quienes", "sin", "aunque", "pues", "porque")

	// bareReject may not follow "a N" as the people counted.
	bareReject = set("anos", "horas", "dias", "meses", "minutos", "semanas", "kilometros",
		"metros", "kilos", "de", "del", "para", "pm", "am", "hrs")

	// manner are the instruments of "asesinan a tiros a ...".
	manner = set("tiros", "balazos", "golpes", "punaladas", "machetazos", "pedradas",
		"quemarropa", "sangre", "plena", "mansalva", "traicion", "navajazos", "cuchilladas",
		"palos", "tubazos", "batazos")

	// notPerson may follow "a un"/"a una" without being one person.
	notPerson = set("familia", "grupo", "banda", "celula", "comando", "convoy", "dia", "ano", "mes", "semana", "paso", "lado", "costado", "punto",
		"kilometro", "metro", "metros", "hospital", "centro", "penal", "lugar", "sitio", "predio")

	// singularKind are the singular toll words that may follow a singular
	// person noun: "mujer herida", "hombre asesinado".
	singularKind = set("muerto", "muerta", "herido", "herida", "lesionado", "lesionada",
		"detenido", "detenida", "asesinado", "asesinada", "ejecutado", "ejecutada",
		"secuestrado", "secuestrada", "levantado", "levantada", "abatido", "abatida",
		"arrestado", "arrestada", "capturado", "capturada", "aprehendido", "aprehendida",
		"fallecido", "fallecida", "privado", "privada", "hospitalizado", "hospitalizada", "con",
		"muere", "murio", "fallece", "fallecio", "pierde", "perdio", "decapitado", "decapitada",
		"desmembrado", "desmembrada", "encobijado", "encobijada", "embolsado", "embolsada",
		"acribillado", "acribillada", "ultimado", "ultimada", "degollado", "degollada",
		"estrangulado", "estrangulada", "calcinado", "calcinada", "linchado")

	// bodySingular are nouns for one dead body: "hallan cadáver".
	bodySingular = set("cuerpo", "cadaver", "ejecutado", "ejecutada", "encobijado",
		"encobijada", "embolsado", "embolsada", "occiso", "occisa", "osamenta")

	// collective follow "cuerpo" when it names a body of people.
	collective = set("policiaco", "policial", "militar", "diplomatico", "consular",
		"academico", "tecnico", "medico", "docente", "directivo", "colegiado",
		"seguridad", "bomberos", "rescate", "auxilio", "policia", "guardia", "elite",
		"especial")

	// discover are verbs of finding bodies: "hallan cadáver", "localizan sin
	// vida a", "encuentran a ejecutado".
	// foundParticiple are the participles of finding that, after "fue" or
	// "fueron" and "sin vida" or "muerto", put the dead after them.
	foundParticiple = set("localizado", "localizada", "localizados", "localizadas", "hallado", "hallada", "hallados", "halladas",
		"encontrado", "encontrada", "encontrados", "encontradas")
	discover = set("hallan", "hallaron", "hallo", "halla", "encuentran", "encontraron",
		"encontro", "encuentra", "localizan", "localizaron", "localizo", "localiza",
		"descubren", "descubrieron", "dejan", "dejaron", "abandonan", "abandonaron",
		"arrojan", "arrojaron", "tiran", "tiraron", "identifican", "identificaron",
		"reportan", "reportaron", "rescatan", "recuperan", "exhuman", "exhumaron",
		"sacan", "sacaron", "hallazgo", "localizacion", "ubican", "ubicaron", "ubica", "ubico",
		"aparece", "aparecen", "aparecio", "aparecieron")

	// findingWord are the participles of finding that may follow the
	// dead: "bodies of 6 found", "los cuerpos de 3 hallados".
	findingWord = set("found", "discovered", "located", "recovered", "dumped", "left",
		"hallados", "halladas", "localizados", "localizadas", "encontrados", "encontradas")

	// possessive may stand before a person joined to a count: "y su
	// hija", "and his two sons".
	possessive = set("su", "sus", "his", "her", "their")

	// agentSuffixes end English nouns for one person who does or is
	// something: "grower", "collector", "activist", "civilian", "merchant",
	// "resident", "fisherman".
	agentSuffixes = []string{"er", "or", "ist", "ian", "ant", "ent", "man"}

	// notAgent are English words with an agent noun's ending that name no
	// person: function words, things, and events.
	notAgent = set("another", "other", "after", "never", "ever", "over", "under", "either",
		"neither", "whether", "together", "rather", "later", "earlier", "however", "former",
		"power", "water", "border", "order", "number", "paper", "center", "centre", "matter",
		"letter", "cancer", "fever", "weather", "summer", "winter", "river", "tower", "corner",
		"danger", "computer", "container", "trailer", "tanker", "helicopter", "chopper",
		"dinner", "chamber", "shelter", "theater", "quarter", "register", "transfer",
		"disaster", "murder", "thriller", "poster", "cluster", "filter", "monster", "banner",
		"floor", "door", "color", "colour", "error", "motor", "sector", "factor", "mirror",
		"terror", "horror", "tractor", "corridor", "favor", "labor", "honor", "interior",
		"exterior", "behavior", "humor", "tumor", "elevator", "generator", "reactor",
		"event", "percent", "incident", "accident", "content", "current", "intent", "extent",
		"talent", "plant", "restaurant", "giant", "elephant", "instant", "constant", "pageant",
		"human", "german", "roman", "caravan", "median", "meridian")

	// bodyFound are the participles that tell a body found: "Body found
	// in a canal", "Bound body dumped near highway".
	bodyFound = set("found", "discovered", "located", "recovered", "dumped", "left",
		"abandoned", "pulled", "unearthed", "exhumed", "identified", "spotted", "retrieved")

	// actNoun are the nouns of one act of killing: "Execution in a bar in
	// Celaya", "Doble homicidio en Irapuato".
	actNoun = set("killing", "murder", "execution", "homicide", "slaying", "assassination",
		"asesinato", "homicidio", "ejecucion", "feminicidio", "femicide", "feminicide")
	// multiple count the acts of "doble homicidio", "triple murder".
	multiple = map[string]int{"doble": 2, "double": 2, "triple": 3, "cuadruple": 4, "quadruple": 4,
		"quintuple": 5}

	// enLoneEnd are the last words of the participles of killing after
	// which enLone looks back for a lone victim.
	enLoneEnd = set("killed", "slain", "murdered", "executed", "assassinated", "strangled",
		"hanged", "beheaded", "decapitated", "dismembered", "lynched", "dead", "lifeless",
		"down", "shot", "stabbed")
	// enLoneAfter may follow a lone victim's participle: a preposition or
	// a conjunction.
	enLoneAfter = set("in", "at", "near", "on", "after", "during", "as", "by", "outside",
		"inside", "with", "for", "while", "over", "from", "along", "off", "and", "amid",
		"following", "behind", "beside", "aboard", "under", "across", "within", "without")
	// actAfter may follow an act noun that counts: a preposition of place
	// or time.
	actAfter = set("en", "in", "at", "near", "cerca", "on", "inside", "outside", "dentro",
		"afuera", "frente", "during", "durante", "de", "of", "y", "and")

	// groupNoun follows "de"/"of" inside a person phrase.
	groupNoun = set("seguridad", "la", "edad", "the")

	// aux are auxiliaries and adverbs between a subject and its toll word.
	aux = set("fueron", "fue", "resultaron", "resulto", "quedaron", "quedo", "han", "found",
		"resulta", "resultan", "queda", "quedan",
		"ha", "sido", "habian", "habia", "estaban", "ya", "se", "halladas",
		"hallados", "encontrados", "encontradas", "localizados", "localizadas",
		"reportados", "reportadas", "were", "was", "have", "has", "been", "had",
		"are", "is", "reportedly", "also", "later", "being", "got",
		"que", "encuentra", "encuentran", "es", "son", "esta", "estaba", "hallado", "hallada",
		"encontrado", "encontrada", "localizado", "localizada", "reportado", "reportada", "reporta", "reportan", "permanecian", "permanecen", "seguian", "siguen", "continuaban", "who", "that")

	// negVerb follow "no (se)" in a negative statement.
	negVerb = set("reportaron", "reportan", "reporto", "registraron", "registran",
		"registro", "hubo", "hay", "habia", "hubieron", "dejo", "dejaron", "reportaron",
		"reportaran", "reporta", "registra", "contabilizaron", "tuvo", "were", "was")

	// unharmed says that a person came out unhurt: "salieron ilesos".
	unharmed = set("ileso", "ilesa", "ilesos", "ilesas", "unharmed", "unhurt", "uninjured")
	// outcome are the verbs after which unharmed counts nobody hurt.
	outcome = set("resulto", "resultaron", "salio", "salieron", "quedo", "quedaron", "resultaban",
		"escaped", "escapes", "was", "were", "emerged", "walked", "left", "salir", "resultar",
		"escapo", "escaparon", "sobrevivio", "sobrevivieron", "survived", "remained")
	// laterDied are the verbs of "was wounded and later died".
	laterDied = set("died", "dies", "murio", "fallecio", "muere", "fallece", "succumbed")
	// ordinal are the English ordinals of "a fourth officer was wounded".
	ordinal = set("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
	// limb are the body parts of a non-fatal wound: "shot in the leg".
	limb = set("leg", "legs", "arm", "arms", "foot", "feet", "hand", "hands", "shoulder", "back",
		"thigh", "knee", "abdomen", "stomach", "buttocks", "hip", "side")

	// enKill are the English verbs of killing that take a count of people
	// as object.
	enKill = set("kill", "kills", "killing", "killed", "murder", "murdering", "murdered",
		"execute", "executes", "executing", "executed", "slay", "slays", "slaying", "slew",
		"massacre", "massacred", "massacring", "assassinated", "behead", "beheads",
		"beheaded", "butcher", "butchers", "butchered")
	// notCounted are plural nouns of time, distance, money and weight that
	// follow a number without counting people.
	notCounted = set("hours", "days", "weeks", "months", "years", "minutes", "seconds",
		"times", "percent", "kilometers", "kilometres", "miles", "meters", "metres",
		"pesos", "dollars", "kilos", "kilograms", "pounds", "tons", "rounds", "shots",
		"bullets", "decades", "nights", "mornings", "weekends", "hrs", "mins")

	// rise are the verbs of a toll rising: "death toll rises to 15".
	rise = set("rises", "rose", "climbs", "climbed", "reaches", "reached", "hits", "hit",
		"jumps", "jumped", "increases", "increased", "grows", "grew")
	// money are the units of a fee, not of a death toll: "toll rises to
	// 50 pesos".
	money = set("pesos", "peso", "dollars", "dollar", "cents", "usd", "mxn", "percent")

	// another counts one more person after "y"/"and": "y otro resultó herido".
	another = set("otro", "otra", "another")

	// farStop end the qualifiers of a long subject (see farKind).
	farStop = set("y", "e", "o", "and", "or", "que", "who", "which", "quien", "quienes",
		"cuando", "when", "donde", "where", "mientras", "while", "pero", "but", "tras",
		"after", "luego", "despues", "then", "por", "by", "sin", "without",
		// a place or circumstance after the people ends their description:
		// "a cuatro personas en San Ignacio Río Muerto".
		"en", "in", "at", "near", "cerca", "con", "with", "durante", "during", "sobre",
		"on", "desde", "hacia", "para", "for", "entre", "among",
		// people who escaped the act are not its toll: "dos hermanos se
		// salvan de ser ejecutados", "two men survived being shot dead".
		"salvan", "salva", "salvaron", "salvo", "escapan", "escapa", "escaparon",
		"escapo", "libran", "libra", "libraron", "sobreviven", "sobrevive",
		"sobrevivieron", "evitan", "evitaron", "survive", "survived", "survives",
		"escape", "escaped", "escapes", "avoid", "avoided")

	// bareOK may follow a bare number after a verb: "detienen a 12 en ...".
	bareOK = set("en", "y", "and", "in", "at", "tras", "after", "durante", "during",
		"el", "la", "los", "las", "del", "near", "cerca", "on", "con", "with", "que",
		"who", "quienes", "mas", "more", "people", "por", "for")
)
