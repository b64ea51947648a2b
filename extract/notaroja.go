package extract

import "strings"

// Lexicon families of branch ppd11: wordings of the nota roja and of
// official bulletins the lexicon held no form of, found by writing every
// family's forms in headlines before looking at any coded row (probes:
// testdata/headlines_ppd11.tsv). Each form that is also a word of another
// sense is listed only with what makes it the act: a person for object
// ("tunden a un", not "tunden al gobernador en redes"), a criminal for
// object ("dan de baja a un sicario", not "dan de baja a 40 policías"), a
// prison for a riot ("motín en el penal", not "motín de regidores").

// shotSlang returns attacks told by the slang of shooting: "cuetear"
// (northern: "Lo cuetearon en Juárez"), "ametrallar", and a shot put into
// someone ("le meten un tiro", "le pegaron un balazo"; not "se pegó un
// tiro", a suicide, which has no "le").
func shotSlang() string {
	var b strings.Builder
	joinPats(&b, []string{"cuetean", "cuetearon", "cuetea", "cueteo", "ametrallan", "ametrallaron", "ametralla", "ametrallo"}, []string{"a"})
	joinPats(&b, []string{"lo", "la", "los", "las", "le", "les"}, []string{"cuetean", "cuetearon", "cueteo", "ametrallan", "ametrallaron"})
	joinPats(&b, []string{"cueteado", "cueteada", "cueteados", "cueteadas", "ametrallado", "ametrallada", "ametrallados", "ametralladas"})
	shots := []string{"un tiro", "un balazo", "dos tiros", "dos balazos", "varios tiros", "varios balazos", "un plomazo", "un disparo", "varios disparos"}
	joinPats(&b, []string{"le", "les"}, []string{"meten", "metieron", "metio", "pegan", "pegaron", "pego", "sueltan", "soltaron", "descargan", "descargaron"}, shots)
	joinPats(&b, []string{"meten", "metieron", "sueltan", "soltaron", "descargan", "descargaron"}, shots, []string{"a"})
	joinPats(&b, []string{"disparaban", "disparaba"}, []string{"contra", "a un", "a una", "a dos", "a su"})
	return b.String()
}

// bodyWrapped returns a killing told by the verb of the body wrapped,
// bagged, put in a drum, a sack or a car's boot, with its object ("Encobijan
// a un hombre", "Los entambaron"), as the lexicon's participles
// ("encobijado", "entambado") are; "embolsar" only with "a" ("se lo
// embolsan" is money pocketed). A body wrapped in a sheet ("ensabanado").
func bodyWrapped() string {
	var b strings.Builder
	verbs := []string{"encobijan", "encobijaron", "encajuelan", "encajuelaron", "entamban", "entambaron", "encostalan", "encostalaron", "ensabanan", "ensabanaron"}
	joinPats(&b, append(verbs, "embolsan", "embolsaron"), []string{"a"})
	joinPats(&b, []string{"lo", "la", "los", "las"}, verbs)
	joinPats(&b, []string{"ensabanado", "ensabanada", "ensabanados", "ensabanadas", "encintado", "encintada", "encintados", "encintadas"})
	return b.String()
}

// bodyFound returns a body found told by what it is like before the
// participle of its finding ("Cuerpo semidesnudo hallado en ...", "cuerpos
// maniatados localizados"), and by a body afloat ("Flota cuerpo en el
// río", "hallan cuerpo flotando"); a drowning's words keep the mishap
// rules' reading.
func bodyFound() string {
	var b strings.Builder
	joinPats(&b, []string{"cuerpo", "cadaver"}, []string{"desnudo", "semidesnudo", "maniatado", "amordazado", "torturado", "mutilado", "baleado", "golpeado", "atado", "vendado"},
		[]string{"hallado", "localizado", "encontrado", "abandonado"})
	joinPats(&b, []string{"cuerpos", "cadaveres"}, []string{"desnudos", "semidesnudos", "maniatados", "amordazados", "torturados", "mutilados", "baleados", "golpeados", "atados", "vendados"},
		[]string{"hallados", "localizados", "encontrados", "abandonados"})
	joinPats(&b, []string{"flota", "flotaba", "flotan", "flotaban"}, []string{"cuerpo", "cadaver", "el cuerpo", "el cadaver", "un cuerpo", "un cadaver", "cuerpos", "dos cuerpos"})
	joinPats(&b, []string{"cuerpo", "cadaver", "cuerpos", "cadaveres"}, []string{"flotando", "flotaba", "flotaban"})
	return b.String()
}

// lifeCut returns a killing told by "truncar la vida" ("Truncan la vida de
// un joven"), as lifeTaken's "segar" and "apagar".
func lifeCut() string {
	var b strings.Builder
	joinPats(&b, []string{"", "le", "les"}, []string{"truncan", "truncaron", "trunca", "trunco"}, []string{"la vida"})
	return b.String()
}

// missingBulletin returns a disappearance told by the bulletin's "no
// localizado" with a person before it or after its report ("Reportan no
// localizado a un estudiante", "Joven no localizada en ..."; not "reportan
// no localizado el camión de la basura", nor the plural of a count: "100
// mil personas no localizadas"); the
// existential negation "no localiz" stays a negation of any other act.
func missingBulletin() string {
	var b strings.Builder
	parts := []string{"no localizado", "no localizada", "no localizados", "no localizadas"}
	joinPats(&b, []string{"reportan", "reporta", "reportaron"}, []string{"", "como"}, parts, []string{"a"})
	joinPats(&b, []string{"reportado", "reportada", "reportados", "reportadas"}, []string{"", "como"}, parts)
	joinPats(&b, []string{"joven", "menor", "adolescente", "persona", "hombre", "mujer", "nino", "nina", "estudiante", "ficha de", "cedula de"}, parts[:2])
	return b.String()
}

// droppedByForces returns a criminal killed by the forces told as "dar de
// baja" with a criminal for object ("Dan de baja a un pistolero"); with
// anyone else it is a dismissal ("dan de baja a 40 policías").
func droppedByForces() string {
	var b strings.Builder
	joinPats(&b, []string{"dan", "dieron", "da", "dio"}, []string{"de baja a"}, []string{"", "un", "dos", "tres", "cuatro", "cinco", "presunto", "presuntos", "un presunto"},
		[]string{"pistolero", "pistoleros", "sicario", "sicarios", "gatillero", "gatilleros", "agresor", "agresores", "delincuente", "delincuentes", "maleante", "maleantes", "hombre armado", "hombres armados", "civil armado", "civiles armados"})
	return b.String()
}

// threatenedPeople returns threats told by harassing or cowing a people
// ("Hostigan a pobladores", "Intimidan a comerciantes", "Amedrentan a
// periodistas", "Aterrorizan a vecinos"; not "intimidan a fans los
// precios", "aterrorizan a los niños las películas"), and a quota demanded
// ("Exigen cuota a comerciantes"; "cobran cuota" is the lexicon's).
func threatenedPeople() string {
	var b strings.Builder
	joinPats(&b, []string{"hostigan", "hostigaron", "intimidan", "intimidaron", "amedrentan", "amedrentaron", "amagan", "amagaron", "aterrorizan", "aterrorizaron"}, []string{"a"},
		[]string{"", "los", "las", "un", "una"},
		[]string{"pobladores", "habitantes", "comerciantes", "comerciante", "vecinos", "familias", "familia", "periodistas", "periodista", "campesinos", "productores", "transportistas", "maestros", "policias", "militares", "comunidades", "comuneros", "jornaleros", "agricultores", "ganaderos", "trabajadores", "empleados", "taxistas", "la poblacion"})
	joinPats(&b, []string{"exigen", "exigian", "exigieron", "exige", "exigio", "piden", "pedian", "pidieron"}, []string{"cuota a", "cuotas a", "una cuota a", "pago de piso a", "derecho de piso a", "cobro de piso a"})
	return b.String()
}

// prisonRiot returns a riot in a prison ("Motín en el penal de ..."; not
// "motín de regidores").
func prisonRiot() string {
	var b strings.Builder
	joinPats(&b, []string{"motin", "motines", "zafarrancho", "trifulca", "gresca"}, []string{"en el penal", "en penal", "en el cereso", "en el cefereso", "en el reclusorio", "en la carcel", "en el centro penitenciario", "en la penitenciaria", "de reos", "de internos"})
	joinPats(&b, []string{"motin carcelario", "motines carcelarios", "rina carcelaria"})
	return b.String()
}

// groupsClash returns armed groups clashing told by "chocar" ("Chocan
// grupos armados en ..."; a bare "chocan" is an accident's).
func groupsClash() string {
	var b strings.Builder
	joinPats(&b, []string{"chocan", "chocaron"}, []string{"grupos armados", "civiles armados", "carteles", "celulas delictivas", "celulas criminales", "grupos criminales", "grupos delictivos"})
	return b.String()
}

// beatenPerson returns a beating told by "tundir" with a person for
// object ("Tunden a un hombre", "lo tundieron"; not "tunden al gobernador
// en redes") or by "una tunda" given.
func beatenPerson() string {
	var b strings.Builder
	joinPats(&b, []string{"tunden", "tundieron", "tunde", "tundio"}, []string{"a un", "a una", "a dos", "a tres", "a joven", "a hombre", "a sujeto", "a presunto", "a ladron", "a su"})
	joinPats(&b, []string{"lo", "la", "los", "las"}, []string{"tunden", "tundieron"})
	joinPats(&b, []string{"le", "les"}, []string{"dan", "dieron", "propinan", "propinaron", "ponen", "pusieron"}, []string{"una tunda", "tremenda tunda"})
	// Branch ppd14: clubbing ("Apalean a hombre"), a beating given to a
	// person ("Le dan una paliza a joven", "Paliza a repartidor"; not
	// "paliza al América", a match) or someone left hurt by blows ("Lo
	// dejan grave a golpes").
	whom := []string{"joven", "un joven", "hombre", "un hombre", "mujer", "una mujer", "repartidor", "un repartidor", "taxista", "un taxista", "comerciante", "un comerciante", "menor", "un menor", "presunto ladron", "un presunto ladron", "ladron", "policia", "un policia", "estudiante", "adulto mayor", "un adulto mayor"}
	joinPats(&b, []string{"apalean a", "apalearon a", "apalea a", "apaleo a"}, whom)
	joinPats(&b, []string{"lo", "la", "los"}, []string{"apalean", "apalearon"})
	joinPats(&b, []string{"", "le", "les"}, []string{"dan", "dieron", "propinan", "propinaron"}, []string{"una paliza a", "tremenda paliza a", "brutal paliza a"}, whom)
	joinPats(&b, []string{"paliza a", "brutal paliza a", "golpiza a"}, whom)
	joinPats(&b, []string{"lo", "la", "los", "las"}, []string{"dejan", "dejaron"}, []string{"grave a golpes", "malherido a golpes", "malherida a golpes", "inconsciente a golpes", "grave tras golpearlo", "grave tras golpearla"})
	return b.String()
}

// bulletinArrests returns arrests and eradications told in the official
// bulletin's voice: a warrant served ("Cumplimentan mandamiento judicial",
// "ejecutan orden de reaprehensión"), a person put at the prosecutor's
// disposal ("Ponen a disposición a dos hombres"; not "ponen a disposición
// de la ciudadanía" a service, nor the participle: "fue puesto a
// disposición" is the driver of an accident as often), and a crop eradicated ("Erradicación de amapola").
func bulletinArrests() string {
	var b strings.Builder
	joinPats(&b, []string{"cumplimentan", "cumplimentaron", "cumplimenta", "cumplimento", "ejecutan", "ejecutaron", "ejecuta", "ejecuto"},
		[]string{"", "un", "una", "dos", "tres"}, []string{"mandamiento judicial", "mandamientos judiciales", "mandato judicial", "orden de reaprehension", "ordenes de reaprehension"})
	joinPats(&b, []string{"pone", "ponen", "puso", "pusieron"}, []string{"a disposicion a", "a disposicion al", "a disposicion a un", "a disposicion a una", "a disposicion a dos", "a disposicion a tres"})
	joinPats(&b, []string{"erradicacion de", "erradican", "erradicaron", "erradica", "erradico"}, []string{"amapola", "marihuana", "plantios", "plantio", "cultivos ilicitos", "sembradios", "un plantio"})
	return b.String()
}

// searchersFind returns remains found by the searching mothers and
// collectives, in any person of the verb ("Colectivo localiza restos en
// ...", "Buscadoras hallan osamentas"): their "restos" are human, as a
// bare "localiza restos" (of a plane, of a mammoth) is not.
func searchersFind() string {
	var b strings.Builder
	joinPats(&b, []string{"colectivo", "colectivos", "buscadoras", "madres buscadoras", "buscadores", "familias buscadoras"},
		[]string{"localiza", "localizan", "localizo", "localizaron", "halla", "hallan", "hallo", "hallaron", "encuentra", "encuentran", "encontro", "encontraron"},
		[]string{"restos", "osamenta", "osamentas", "fosa", "fosas", "cuerpos", "un cuerpo", "restos oseos", "craneos", "un craneo"})
	return b.String()
}

// forcesDisarm returns forces disarming a police force or armed civilians
// ("Militares desarman a policías de ...").
func forcesDisarm() string {
	var b strings.Builder
	joinPats(&b, []string{"desarman", "desarmaron", "desarma", "desarmo"}, []string{"a"}, []string{"", "los", "las", "la", "mas de"},
		[]string{"policias", "policia", "policias municipales", "policia municipal", "elementos", "agentes", "municipales", "estatales", "comunitarios", "autodefensas", "guardias comunitarios", "policia comunitaria"})
	return b.String()
}

// drugPoints returns a drug retail point closed, searched or dismantled
// ("Clausuran punto de venta de droga", "Catean narcotiendas").
func drugPoints() string {
	var b strings.Builder
	joinPats(&b, []string{"clausuran", "clausuraron", "cierran", "cerraron", "desmantelan", "desmantelaron", "aseguran", "aseguraron", "catean", "catearon", "revientan", "reventaron", "inhabilitan", "inhabilitaron"},
		[]string{"", "un", "una", "dos", "tres"},
		[]string{"punto de venta de droga", "puntos de venta de droga", "punto de venta de drogas", "puntos de venta de drogas", "narcotienda", "narcotiendas", "narcotiendita", "narcotienditas", "picadero", "picaderos"})
	return b.String()
}

// childTaken returns a child taken told by the participle of "sustraer"
// with the child before it ("Localizan a menor sustraída"; not "agua
// sustraída del río").
func childTaken() string {
	var b strings.Builder
	joinPats(&b, []string{"menor", "menores", "nino", "nina", "ninos", "ninas", "bebe", "bebes", "hija", "hijo", "hijos", "hijas", "recien nacido", "recien nacida"},
		[]string{"sustraido", "sustraida", "sustraidos", "sustraidas"})
	return b.String()
}

// moneyDemanded returns extortion told by money demanded under a threat
// ("Le exigen dinero para no hacerle daño"; not "le exigen dinero al
// gobierno para obras").
func moneyDemanded() string {
	var b strings.Builder
	joinPats(&b, []string{"le", "les"}, []string{"exigen", "exigieron", "exigian", "piden", "pidieron"}, []string{"dinero", "una cuota", "cuota", "un pago"},
		[]string{"para no", "a cambio de no", "bajo amenaza", "con amenazas", "a cambio de su vida", "para dejarlo", "para dejarla", "para no matarlo", "para no matarla"})
	return b.String()
}

// groupsCombat returns clashes told by "combates" between groups
// ("Combates entre cárteles en ..."); "combaten al crimen" is a policy's.
func groupsCombat() string {
	var b strings.Builder
	joinPats(&b, []string{"combate", "combates", "combates armados"}, []string{"entre"}, []string{"carteles", "grupos", "grupos armados", "grupos criminales", "grupos delictivos", "celulas", "celulas delictivas", "sicarios", "bandas", "militares y", "policias y", "soldados y"})
	return b.String()
}
