package gazetteer

import (
	"strings"

	"github.com/atalaya/atalaya/fold"
)

// contextWords returns the folded words that change how a following place
// name is read.
func contextWords() map[string]uint8 {
	w := map[string]uint8{}
	for _, s := range []string{
		"avenida", "avenidas", "av", "avda", "calle", "calles", "calzadas", "colonia", "col", "bulevar", "boulevard", "blvd",
		"bulevard", "calzada", "calz", "privada", "priv", "andador", "cerrada", "callejon", "circuito",
		"fraccionamiento", "fracc", "fracto", "plaza", "parque", "jardin", "glorieta", "mercado",
		"escuela", "colegio", "hospital", "clinica", "estadio", "barrio", "unidad", "residencial",
		"street", "avenue", "st", "ave", "boulevard", "neighborhood", "esquina", "cruce", "entre",
		"prolongacion", "paseo", "eje", "retorno", "cda", "fovissste", "infonavit", "instituto",
		"universidad", "club", "equipo", "hotel", "restaurante", "bar", "centro comercial", "cine",
	} {
		w[s] |= wordStreet
	}
	for _, s := range []string{"cartel", "carteles", "cartels", "carrtel", "familia"} {
		w[s] |= wordCartel
	}
	for _, s := range []string{
		"en", "municipio", "municipios", "ciudad", "localidad", "poblado", "comunidad", "estado",
		"entidad", "alcaldia", "cabecera", "region", "puerto", "hacia", "rumbo", "desde", "cerca",
		"in", "near", "at", "from", "to", "city", "town", "state", "municipality", "village",
		"ejido", "rancheria", "ranchería", "sindicatura", "tramo", "zona",
		// a road named by the town it leads to or its ends ("Carretera
		// Tuxpan-Tampico" in a Title Case headline)
		"carretera", "autopista", "libramiento", "highway",
	} {
		w[s] |= wordCue
	}
	// Ordinary words and surnames one or two edits away from a state or
	// city name: never fuzzy-matched.
	for _, s := range []string{
		"pueblo", "pueblos", "colina", "colinas", "morales", "chispas", "medida", "medidas",
		"sonoro", "sonoras", "durante", "guerra", "tabaco", "campana", "campaña", "mexica",
		"mexicano", "mexicana", "mexicanos", "mexicanas", "jalisciense", "morena", "moreno",
		"morelia", "leones", "carmen", "sinaloense", "oaxaqueño", "poblano", "poblana",
		"chiapaneco", "tijuanense", "toluqueño", "victorias", "durangueño", "veracruzano",
		"ministerio", "merida", "mendoza", "matamoros", "cajeme", "herrera", "pachuca",
		"obregon", "celaya", "madera", "madero", "salazar", "saltillo", "mariana",
		"tampico", "tepito", "carrera", "carreras", "cordoba", "culiacan", "acapulco",
		"michoacana", "michoacano", "michoacanos", "michoacanas", "sinaloenses", "tamaulipeco",
		"tamaulipeca", "sonorense", "duranguense", "zacatecano", "guerrerense", "queretano",
		"senora", "senoras", "yucateco", "tabasqueño", "tabasqueno", "coahuilense", "chihuahuense", "mexiquense",
	} {
		w[s] |= wordNear
	}
	for _, s := range commonSurnames {
		w[s] |= wordSurname
	}
	return w
}

// commonSurnames are folded common surnames, most of them also names of
// municipalities or localities: ambiguous as places, and after a place's
// name that is also a given name they make it a person's ("Soledad
// García", "Guadalupe Hernández"; contextWords).
var commonSurnames = [...]string{
	"garcia", "lopez", "sanchez", "hernandez", "martinez", "gonzalez", "rodriguez", "perez",
	"gomez", "diaz", "torres", "ramirez", "morales", "gutierrez", "ortiz", "chavez",
	"ruiz", "mendoza", "castillo", "vazquez", "moreno", "romero", "herrera", "medina",
	"aguilar", "vargas", "castro", "salazar", "rosales", "navarro", "rivera", "dominguez",
	"sandoval", "villa", "ibarra", "delgado", "cortes", "camacho", "guzman", "zamora",
	"salinas", "arriaga", "ocampo", "anaya", "carrillo", "mata", "arellano", "pena",
	"montemorelos", "garza", "leyva", "quintero", "carrasco", "beltran", "estrada",
	"orozco", "avila", "mejia", "fuentes", "trevino", "barrera", "valdez", "escobar",
}

// ambiguousNames returns folded place names that are also ordinary words
// or people's names. They are matched only when capitalized, not after
// another capitalized word, and Resolve keeps them only with a cue or
// support from the other places of the text.
func ambiguousNames() map[string]bool {
	m := map[string]bool{}
	for _, s := range []string{
		"la paz", "paz", "victoria", "progreso", "reforma", "guadalupe", "hidalgo", "morelos",
		"juarez", "zaragoza", "allende", "colon", "union", "la union", "libertad", "la libertad",
		"centro", "mante", "el mante", "pueblo", "independencia", "esperanza", "la esperanza",
		"paraiso", "el paraiso", "soledad", "la soledad", "concordia", "la concordia",
		"providencia", "gloria", "la gloria", "trinidad", "la trinidad", "purisima", "nacional",
		"general", "presidente", "constitucion", "porvenir", "el porvenir", "ocampo", "guerrero",
		"madero", "obregon", "carranza", "cardenas", "lerdo", "calles", "bravo", "galeana",
		"mina", "aldama", "abasolo", "jimenez", "escobedo", "nuevo", "tres", "ojo",
		"el salto", "salto", "la cruz", "cruz", "el rosario", "rosario", "santa cruz", "san jose",
		"san juan", "san pedro", "san miguel", "santiago", "santa maria", "el carmen", "carmen",
		"la luz", "luz", "las palmas", "palmas", "el llano", "llano", "la barca", "el rancho",
		"rancho", "la presa", "presa", "el puerto", "puerto", "la playa", "playa", "el refugio",
		"refugio", "la estacion", "estacion", "la mision", "mision", "el sauz", "la joya", "joya",
		"el bosque", "bosque", "la laguna", "laguna", "el campo", "campo", "la piedad", "piedad",
		"la reforma", "la victoria", "buenavista", "buena vista", "vista hermosa", "el dorado",
		"dorado", "las flores", "flores", "el paso", "paso", "la ciudad", "la villa", "villa",
		"san francisco", "san antonio", "san lucas", "san marcos", "san carlos", "san luis",
		"santa ana", "santa rosa", "santa fe", "santa lucia", "santa catarina", "la garita",
		"garita", "la mesa", "mesa", "el valle", "valle", "la palma", "palma", "las cruces",
		"la pila", "el pozo", "pozo", "ahome", "el oro", "oro", "alamos", "los alamos", "emiliano zapata",
		"zapata", "lazaro cardenas", "benito juarez", "miguel hidalgo", "venustiano carranza",
		"vicente guerrero", "francisco i. madero", "guadalupe victoria", "ignacio zaragoza",
		"nicolas bravo", "jose maria morelos", "cuauhtemoc", "alvaro obregon", "tlalpan",
		"san nicolas", "general escobedo", "melchor ocampo", "hermenegildo galeana",
		"padilla", "matamoros", "la fe", "pedregal", "el pedregal", "las americas", "america",
		"la noria", "noria", "el alamo", "alamo", "texas", "florida", "california", "nogales",
		"cerro azul", "agua blanca", "agua caliente", "aguacaliente", "agua fria", "agua zarca",
		"los angeles", "chapultepec", "tepito", "industrial", "la industrial", "moderna",
		"jardines", "insurgentes", "revolucion", "la revolucion", "pachuca", "lomas", "las lomas",
		"loma bonita", "nueva italia", "ramos", "lagos", "el limon", "limon", "naranjos",
		"los reyes", "reyes", "patria", "patria nueva", "nueva patria", "frontera", "la frontera",
		"magdalena", "la magdalena", "comonfort", "cosio", "leon", "salvador", "el salvador",
		"tepic", "colima", "durango", "sonora", "puebla", "campeche", "tabasco", "guerrero",
		"tuxpan", "arteaga", "angostura", "la angostura", "sabinas", "tampico", "ciudad madero",
		"mazatlan", "tecate", "leona vicario", "vicario", "navidad", "ascension", "la ascension",
		// municipalities named like ordinary words and things
		"altar", "casas", "china", "degollado", "espinal", "fortin", "higueras", "isla", "mama",
		"mascota", "medellin", "naranjal", "oriental", "palenque", "palmillas", "pinos", "rodeo",
		"suma", "tala", "tequila", "calera", "empalme", "madera", "armeria", "delicias",
		"linares", "moctezuma", "ahumada", "quiroga",
	} {
		m[s] = true
	}
	// Common surnames that are also names of municipalities or localities.
	for _, s := range commonSurnames {
		m[s] = true
	}
	// Names of states and large cities that are not ordinary words stay
	// free: drop from the ambiguous set those that are unambiguous in news.
	for _, s := range []string{"puebla", "tepic", "colima", "durango", "sonora", "campeche", "tabasco", "tampico", "mazatlan", "tecate", "ahome", "nogales", "pachuca", "ciudad madero", "tlalpan", "cuauhtemoc", "zamora", "montemorelos"} {
		delete(m, s)
	}
	return m
}

// genericNames returns folded locality names that are first of all common
// nouns of addresses and landscapes ("la colonia", "los pinos"): localities
// with these names are not matched in text at all.
func genericNames() map[string]bool {
	m := map[string]bool{}
	for _, s := range []string{
		"la colonia", "colonia", "las colonias", "los altos", "la calera", "loma linda", "la ballena",
		"el centro", "la loma", "el cerro", "la canada", "el arenal", "la isla", "el puente", "puente",
		"el potrero", "potrero", "la entrada", "la salida", "el crucero", "crucero", "la curva",
		"la escondida", "el mirador", "mirador", "la granja", "granja", "el panteon", "panteon",
		"la estancia", "estancia", "el tanque", "el aguaje", "las granjas", "el vergel", "la pradera",
		"el jaguey", "los pinos", "la central", "central", "el fraccionamiento", "la unidad", "unidad",
		"el barrio", "barrio", "el ejido", "ejido", "la hacienda", "hacienda", "el rancho", "rancho",
		"la presa", "presa", "el pozo", "la planta", "planta", "la fabrica", "el molino", "molino",
		"la capilla", "capilla", "la iglesia", "el calvario", "calvario", "la mina", "el retiro",
		"la ermita", "ermita", "la reserva", "el parque", "la cantera", "cantera", "el ranchito",
		"la lagunita", "el coyote", "coyote", "el tigre", "tigre", "el leon", "el aguila", "la nopalera",
		"los reyes", "la libertad", "el paraiso", "el porvenir", "la esperanza", "la gloria",
		"la trinidad", "la soledad", "la concordia", "la union", "el progreso", "la reforma",
		"la victoria", "la providencia", "el triunfo", "triunfo", "el consuelo", "el dorado",
		"la guadalupe", "el carmen", "la luz", "el refugio", "el salvador", "la purisima",
	} {
		m[s] = true
	}
	return m
}

// stateDemonyms returns the Spanish adjectives of each state, by INEGI
// code, masculine then feminine ("potosino", "potosina"): a region noun
// before one names the state ("la Huasteca potosina", "la frontera
// tamaulipeca", "el norte sinaloense").
func stateDemonyms() map[string][2]string {
	return map[string][2]string{
		"01": {"aguascalentense", "aguascalentense"}, "02": {"bajacaliforniano", "bajacaliforniana"},
		"03": {"sudcaliforniano", "sudcaliforniana"}, "04": {"campechano", "campechana"},
		"05": {"coahuilense", "coahuilense"}, "06": {"colimense", "colimense"},
		"07": {"chiapaneco", "chiapaneca"}, "08": {"chihuahuense", "chihuahuense"},
		"10": {"duranguense", "duranguense"}, "11": {"guanajuatense", "guanajuatense"},
		"12": {"guerrerense", "guerrerense"}, "13": {"hidalguense", "hidalguense"},
		"14": {"jalisciense", "jalisciense"}, "15": {"mexiquense", "mexiquense"},
		"16": {"michoacano", "michoacana"}, "17": {"morelense", "morelense"},
		"18": {"nayarita", "nayarita"}, "19": {"neoleones", "neoleonesa"},
		"20": {"oaxaqueno", "oaxaquena"}, "21": {"poblano", "poblana"},
		"22": {"queretano", "queretana"}, "23": {"quintanarroense", "quintanarroense"},
		"24": {"potosino", "potosina"}, "25": {"sinaloense", "sinaloense"},
		"26": {"sonorense", "sonorense"}, "27": {"tabasqueno", "tabasquena"},
		"28": {"tamaulipeco", "tamaulipeca"}, "29": {"tlaxcalteca", "tlaxcalteca"},
		"30": {"veracruzano", "veracruzana"}, "31": {"yucateco", "yucateca"},
		"32": {"zacatecano", "zacatecana"},
	}
}

// englishDemonyms returns the English adjectives of the states the press
// writes before "capital" ("the Sinaloan capital"), by INEGI code; the
// Spanish ones (stateDemonyms) are borrowed too ("the Potosino capital").
func englishDemonyms() map[string][]string {
	return map[string][]string{
		"02": {"baja californian"}, "05": {"coahuilan"}, "07": {"chiapan", "chiapanecan"},
		"08": {"chihuahuan"}, "11": {"guanajuatan"}, "14": {"jaliscan"}, "18": {"nayaritan"},
		"20": {"oaxacan"}, "21": {"pueblan"}, "22": {"queretaran"}, "24": {"potosian"},
		"25": {"sinaloan"}, "26": {"sonoran"}, "27": {"tabascan"}, "28": {"tamaulipan", "tamaulipecan"},
		"29": {"tlaxcalan"}, "30": {"veracruzan"}, "31": {"yucatecan"}, "32": {"zacatecan"},
	}
}

// capitalNames returns the English names of the capital of the state with
// INEGI code whose name and other names are given: its adjectives before
// "capital" ("sinaloan capital", "potosino capital"), and before "state
// capital", "'s capital" and "capital", and after "capital of", the name
// and the other names of more than one word ("zacatecas state capital",
// "sinaloa's capital", "capital of sinaloa", "state of mexico's
// capital"; not an abbreviation, nor "Baja", which may be either Baja
// California). "Mexico" alone names the country, whose capital is
// another city: the State of Mexico's is read only by "Mexico state
// capital" and "capital of Mexico state".
func capitalNames(code, name string, others []string) []string {
	var out []string
	for _, a := range englishDemonyms()[code] {
		out = append(out, a+" capital")
	}
	if d, ok := stateDemonyms()[code]; ok {
		out = append(out, d[0]+" capital")
		if d[1] != d[0] {
			out = append(out, d[1]+" capital")
		}
	}
	for _, n := range append([]string{name}, others...) {
		if n != name && (strings.HasPrefix(n, "~") || strings.HasPrefix(n, "+") || !strings.Contains(n, " ")) {
			continue
		}
		out = append(out, n+" state capital", "capital of "+n+" state")
		if fold.String(n) != "mexico" {
			out = append(out, n+"'s capital", n+" capital", "capital of "+n)
		}
	}
	return out
}

// regionNouns returns the folded nouns of a region of a state, feminine
// then masculine, that a state's adjective may follow.
func regionNouns() (fem, masc []string) {
	return []string{"huasteca", "mixteca", "sierra", "costa", "frontera", "region", "zona", "montana",
			"selva", "tierra caliente", "meseta", "entidad", "franja fronteriza", "zona serrana"},
		[]string{"norte", "sur", "oriente", "poniente", "noreste", "noroeste", "sureste", "suroeste",
			"altiplano", "istmo", "desierto", "territorio", "estado", "bajio", "sotavento", "golfo", "lado"}
}

// cuedAbbreviations are the states' abbreviations in capitals that the
// press writes standing alone ("en NL", "GTO: ..."), read where a place is
// told (cuedPlace). Left out: two-letter codes other than the three in
// use, and those that are words in an all-caps headline ("SIN", "SON",
// "VER", "COL" for colonia, "CAMP", "TAB", "MEX").
func cuedAbbreviations() []string {
	return []string{"NL", "BC", "QR", "AGS", "BCN", "COAH", "CHIS", "CHIH", "DGO", "GTO", "GRO", "HGO",
		"JAL", "MICH", "NAY", "OAX", "QRO", "QROO", "TAMPS", "TLAX", "YUC", "ZAC"}
}
