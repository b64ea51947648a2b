package gazetteer

// MetroZone returns the metropolitan zone of a place given by its INEGI
// code: the code of the zone's core, the municipality whose name the zone
// bears ("14039", Guadalajara, for Zapopan or Tlaquepaque), or "" when the
// place is in none of the zones listed here. Mexico City as a whole (the
// state code "09") is the core of the Valle de México, whose zone is "09"
// and takes the alcaldías and municipalities of the State of Mexico and
// Hidalgo around it. A wire that writes "in Guadalajara" or "in Monterrey"
// may tell an act in any municipality of the zone.
//
// The zones and their members follow CONAPO, INEGI and SEDATU's
// delimitation of Mexico's metropolitan zones (Delimitación de las zonas
// metropolitanas de México 2015; Metrópolis de México 2020), cut to the
// zones of the larger cities and the municipalities the press names as
// their suburbs. The places "Zona Metropolitana de ..." of the gazetteer
// (internal/gen/extra/places.tsv) list members of these zones.
func MetroZone(code string) string {
	switch code {
	case "09", "09002", "09003", "09004", "09005", "09006", "09007", "09008", "09009", "09010", "09011",
		"09012", "09013", "09014", "09015", "09016", "09017",
		"15011", "15013", "15020", "15023", "15024", "15025", "15028", "15029", "15031", "15033", "15035",
		"15037", "15039", "15044", "15053", "15057", "15058", "15059", "15060", "15070", "15081", "15091",
		"15095", "15099", "15100", "15104", "15108", "15109", "15120", "15121", "15122", "15125",
		"13069": // Valle de México: Mexico City, Ecatepec, Nezahualcóyotl, Naucalpan, Tlalnepantla, ...
		return "09"
	case "14039", "14120", "14098", "14101", "14097", "14070", "14051", "14044", "14124", "14002":
		return "14039" // Guadalajara: Zapopan, Tlaquepaque, Tonalá, Tlajomulco, El Salto, ...
	case "19039", "19026", "19006", "19046", "19021", "19019", "19048", "19031", "19018", "19049", "19009",
		"19045", "19010", "19012", "19025", "19041", "19001", "19047":
		return "19039" // Monterrey: Guadalupe, Apodaca, San Nicolás, Escobedo, San Pedro, ...
	case "21114", "21119", "21140", "21015", "21034", "21041", "21090", "21106", "21125", "21136", "21181", "21132":
		return "21114" // Puebla: San Andrés and San Pedro Cholula, Amozoc, Cuautlancingo, Texmelucan, ...
	case "15106", "15054", "15118", "15051", "15076", "15005", "15018", "15027", "15055", "15062", "15067",
		"15072", "15073", "15087", "15090":
		return "15106" // Toluca: Metepec, Zinacantepec, Lerma, San Mateo Atenco, ...
	case "05035", "05017", "10007", "10012":
		return "05035" // La Laguna: Torreón, Matamoros; Gómez Palacio and Lerdo, Durango
	case "17007", "17011", "17018", "17008", "17028", "17009", "17020":
		return "17007" // Cuernavaca: Jiutepec, Temixco, Emiliano Zapata, Xochitepec, ...
	case "17006", "17004", "17029", "17030", "17002", "17026":
		return "17006" // Cuautla: Ayala, Yautepec, Yecapixtla, ...
	case "12001", "12021":
		return "12001" // Acapulco: Coyuca de Benítez
	case "12029", "12075":
		return "12029" // Chilpancingo: Eduardo Neri
	case "28032", "28033":
		return "28032" // Reynosa: Río Bravo
	case "28038", "28009", "28003", "30123", "30133":
		return "28038" // Tampico: Ciudad Madero, Altamira; Pánuco and Pueblo Viejo, Veracruz
	case "23005", "23003", "23011":
		return "23005" // Cancún (Benito Juárez): Isla Mujeres, Puerto Morelos
	case "22014", "22006", "22011", "22008":
		return "22014" // Querétaro: Corregidora, El Marqués, Huimilpan
	case "11020", "11037":
		return "11020" // León: Silao
	case "11007", "11009", "11044":
		return "11007" // Celaya: Comonfort, Villagrán
	case "02004", "02003", "02005":
		return "02004" // Tijuana: Tecate, Playas de Rosarito
	case "08019", "08002", "08004":
		return "08019" // Chihuahua: Aldama, Aquiles Serdán
	case "24028", "24035":
		return "24028" // San Luis Potosí: Soledad de Graciano Sánchez
	case "16053", "16088", "16022":
		return "16053" // Morelia: Tarímbaro, Charo
	case "16108", "16043":
		return "16108" // Zamora: Jacona
	case "30193", "30028", "30105":
		return "30193" // Veracruz: Boca del Río, Medellín
	case "30087", "30026", "30038", "30065":
		return "30087" // Xalapa: Banderilla, Coatepec, Emiliano Zapata
	case "05030", "05027", "05004":
		return "05030" // Saltillo: Ramos Arizpe, Arteaga
	case "31050", "31041", "31101", "31013", "31100":
		return "31050" // Mérida: Kanasín, Umán, Conkal, Ucú
	case "32056", "32017", "32032", "32050":
		return "32056" // Zacatecas: Guadalupe, Morelos, Vetagrande
	case "01001", "01005", "01011":
		return "01001" // Aguascalientes: Jesús María, San Francisco de los Romo
	case "14067", "18020":
		return "14067" // Puerto Vallarta: Bahía de Banderas, Nayarit
	case "18017", "18008":
		return "18017" // Tepic: Xalisco
	case "06002", "06010", "06003", "06004", "06005":
		return "06002" // Colima: Villa de Álvarez, Comala, Coquimatlán, Cuauhtémoc
	case "13048", "13051", "13052", "13083", "13022", "13039", "13082":
		return "13048" // Pachuca: Mineral de la Reforma, ...
	case "07101", "07027", "07012":
		return "07101" // Tuxtla Gutiérrez: Chiapa de Corzo, Berriozábal
	case "27004", "27013":
		return "27004" // Villahermosa (Centro): Nacajuca
	case "20067", "20385", "20390":
		return "20067" // Oaxaca: Santa Cruz Xoxocotlán, Santa Lucía del Camino
	case "30039", "30206":
		return "30039" // Coatzacoalcos: Nanchital
	}
	return ""
}

// MetroStates returns the codes of the states whose places MetroZone
// gives to zone, the zone's own state first: Mexico City, the State of
// Mexico and Hidalgo for the Valle de México ("09"); nil for "".
func MetroStates(zone string) []string {
	switch {
	case zone == "":
		return nil
	case zone == "09":
		return valleDeMexico[:]
	case zone == "05035":
		return laLaguna[:]
	case zone == "14067":
		return puertoVallarta[:]
	case zone == "28038":
		return tampico[:]
	}
	return []string{zone[:2]}
}

// The states of the zones that reach into the next state (MetroStates).
var (
	valleDeMexico  = [...]string{"09", "15", "13"}
	laLaguna       = [...]string{"05", "10"}
	puertoVallarta = [...]string{"14", "18"}
	tampico        = [...]string{"28", "30"}
)
