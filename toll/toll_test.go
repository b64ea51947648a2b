package toll

import (
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/atalaya/atalaya/fold"
)

func TestNumber(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"12", 12, true},
		{"1,200", 1200, true},
		{"1.200", 1200, true},
		{"12,5", 0, false},
		{"dos", 2, true},
		{"veintitrés", 23, true},
		{"veintitres", 23, true},
		{"ciento cinco", 105, true},
		{"treinta y dos", 32, true},
		{"doscientos cuarenta y uno", 241, true},
		{"mil doscientos", 1200, true},
		{"dos mil", 2000, true},
		{"5 mil", 5000, true},
		{"una docena", 12, true},
		{"media docena", 6, true},
		{"twenty-one", 21, true},
		{"Twenty-One", 21, true},
		{"a dozen", 12, true},
		{"one hundred and five", 105, true},
		{"three hundred", 300, true},
		{"two thousand", 2000, true},
		{"un", 1, true},
		{"una", 1, true},
		{"cien", 100, true},
		{"", 0, false},
		{"a", 0, false},
		{"dos tres", 0, false},
		{"perro", 0, false},
		{"12 perros", 0, false},
		{"y", 0, false},
	}
	for _, tt := range tests {
		got, ok := Number(tt.in)
		if ok != tt.ok || (ok && got != tt.want) {
			t.Errorf("Number(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// fig is a figure as a test writes it: the span as text.
type fig struct {
	kind    Kind
	n       int
	atLeast bool
	span    string
}

func TestFind(t *testing.T) {
	tests := []struct {
		in   string
		want []fig
	}{
		{"Asesinan a tres hombres en Culiacán", []fig{{Killed, 3, false, "Asesinan a tres hombres"}}},
		// Partitives, "sin vida" inside an event noun, an age before the noun.
		{"Suman seis los detenidos por el ataque", []fig{{Detained, 6, false, "Suman seis los detenidos"}}},
		{"sube a cinco la cifra de muertos por el ataque", []fig{{Killed, 5, false, "sube a cinco la cifra de muertos"}}},
		{"asciende a al menos 12 el número de heridos", []fig{{Injured, 12, true, "asciende a al menos 12 el número de heridos"}}},
		{"suman 2024 muertos", nil},
		{"Marines detain four in a raid", []fig{{Detained, 4, false, "detain four"}}},
		{"Dos hermanos se salvan de ser ejecutados en Uruapan", nil},
		{"Two brothers survived being shot dead in Celaya", nil},
		// English active voice with one person as object.
		{"Gunmen killed a police officer in Celaya.", []fig{{Killed, 1, false, "killed a police officer"}}},
		{"Gunmen killed the mayor of Tacámbaro.", []fig{{Killed, 1, false, "killed the mayor"}}},
		{"Attackers wounded a National Guard member.", []fig{{Injured, 1, false, "wounded a National Guard member"}}},
		{"Troops arrested a suspect and seized rifles.", []fig{{Detained, 1, false, "arrested a suspect"}}},
		{"Police killed a day after the raid", nil},
		{"Gunmen torched a bus in Zapopan", nil},
		{"rescataron a 23 migrantes centroamericanos que permanecían secuestrados", []fig{{Kidnapped, 23, false, "23 migrantes centroamericanos que permanecían secuestrados"}}},
		{"two men who were kidnapped on Monday", []fig{{Kidnapped, 2, false, "two men who were kidnapped"}}},
		{"Un grupo armado se llevó a cinco trabajadores de una mina", []fig{{Kidnapped, 5, false, "llevó a cinco trabajadores"}}},
		{"sujetos armados se llevan por la fuerza a dos hermanos", []fig{{Kidnapped, 2, false, "llevan por la fuerza a dos hermanos"}}},
		{"se llevaron a cabo dos operativos en Celaya", nil},
		{"la ambulancia lleva a dos heridos al hospital", []fig{{Injured, 2, false, "dos heridos"}}},
		{"El choque dejó a cuatro de los agresores muertos.", []fig{{Killed, 4, false, "cuatro de los agresores muertos"}}},
		{"leaving two of the gunmen dead", []fig{{Killed, 2, false, "two of the gunmen dead"}}},
		{"Uno de los policías murió en el hospital.", []fig{{Killed, 1, false, "Uno de los policías murió"}}},
		{"hallaron los cuerpos sin vida de cinco hombres", []fig{{Killed, 5, false, "cuerpos sin vida de cinco hombres"}}},
		{"A 35-year-old vendor was shot dead in the market.", []fig{{Killed, 1, false, "A 35-year-old vendor was shot dead"}}},
		{"Un pescador fue asesinado en la playa.", []fig{{Killed, 1, false, "Un pescador fue asesinado"}}},
		{"Matan a policía en Celaya", []fig{{Killed, 1, false, "Matan a policía"}}},
		{"Matan a policia en Celaya", []fig{{Killed, 1, false, "Matan a policia"}}},
		{"Detienen a 12 en Tijuana", []fig{{Detained, 12, false, "Detienen a 12"}}},
		{"Hallan 5 cuerpos en una fosa", []fig{{Killed, 5, false, "5 cuerpos"}}},
		{"El ataque dejó seis muertos y nueve heridos.", []fig{{Killed, 6, false, "seis muertos"}, {Injured, 9, false, "nueve heridos"}}},
		{"Hubo un muerto y dos heridos.", []fig{{Killed, 1, false, "un muerto"}, {Injured, 2, false, "dos heridos"}}},
		{"Murieron siete personas en el enfrentamiento.", []fig{{Killed, 7, false, "Murieron siete personas"}}},
		{"al menos veintitrés personas perdieron la vida", []fig{{Killed, 23, true, "al menos veintitrés personas perdieron la vida"}}},
		{"por lo menos ciento cinco detenidos", []fig{{Detained, 105, true, "por lo menos ciento cinco detenidos"}}},
		{"Hallaron una docena de cadáveres.", []fig{{Killed, 12, false, "una docena de cadáveres"}}},
		{"más de 30 lesionados", []fig{{Injured, 30, true, "más de 30 lesionados"}}},
		{"tres personas fueron halladas sin vida", []fig{{Killed, 3, false, "tres personas fueron halladas sin vida"}}},
		{"fueron detenidos 12 presuntos delincuentes", []fig{{Detained, 12, false, "detenidos 12 presuntos delincuentes"}}},
		{"resultaron heridas tres personas", []fig{{Injured, 3, false, "heridas tres personas"}}},
		{"Secuestran a dos mujeres en Zitácuaro", []fig{{Kidnapped, 2, false, "Secuestran a dos mujeres"}}},
		{"cuatro jóvenes privados de la libertad", []fig{{Kidnapped, 4, false, "cuatro jóvenes privados de la libertad"}}},
		{"Abaten a 14 presuntos sicarios", []fig{{Killed, 14, false, "Abaten a 14 presuntos sicarios"}}},
		{"Asesinan al alcalde de Tacámbaro", []fig{{Killed, 1, false, "Asesinan al alcalde"}}},
		{"no se reportaron heridos", []fig{{Injured, 0, false, "no se reportaron heridos"}}},
		// Outcomes and zeros told in other ways.
		{"los empleados salieron ilesos", []fig{{Injured, 0, false, "salieron ilesos"}}},
		{"El chofer alcanzó a salir sin lesiones.", []fig{{Injured, 0, false, "sin lesiones"}}},
		{"The driver escaped unhurt.", []fig{{Injured, 0, false, "escaped unhurt"}}},
		{"Ileso", nil},
		{"No one was hurt or detained, police said.", []fig{{Injured, 0, false, "No one was hurt"}, {Detained, 0, false, "detained"}}},
		{"no hubo personas lesionadas ni detenidas", []fig{{Injured, 0, false, "no hubo personas lesionadas"}, {Detained, 0, false, "detenidas"}}},
		{"no hubo heridos ni daños", []fig{{Injured, 0, false, "no hubo heridos"}}},
		// The dead after "perdieron la vida"; "causaron lesiones a".
		{"perdieron la vida dos elementos", []fig{{Killed, 2, false, "perdieron la vida dos elementos"}}},
		{"perdieron la vida en el accidente", nil},
		{"causaron lesiones a tres personas", []fig{{Injured, 3, false, "causaron lesiones a tres personas"}}},
		// Transcripts drop the silent h.
		{"dejo dos muertos y cuatro eridos", []fig{{Killed, 2, false, "dos muertos"}, {Injured, 4, false, "cuatro eridos"}}},
		{"fueron asesinados tres ombres", []fig{{Killed, 3, false, "asesinados tres ombres"}}},
		// The dead after an inverted passive's manner or state (recall27).
		{"fueron asesinados a balazos tres hombres", []fig{{Killed, 3, false, "asesinados a balazos tres hombres"}}},
		{"fue localizado sin vida un hombre de 40 años", []fig{{Killed, 1, false, "localizado sin vida un hombre de 40 años"}}},
		{"fueron hallados muertos dos jóvenes", []fig{{Killed, 2, false, "hallados muertos dos jóvenes"}}},
		{"fue hallado sin vida un día después", nil},
		{"fue localizado sin vida en un lote baldío", nil},
		// People described at length: partitives, ages, qualifying nouns.
		{"dos de sus hijos resultaron heridos", []fig{{Injured, 2, false, "dos de sus hijos resultaron heridos"}}},
		{"Dos hermanos de 19 y 22 años fueron asesinados", []fig{{Killed, 2, false, "Dos hermanos de 19 y 22 años fueron asesinados"}}},
		{"Una mujer indígena de 40 años resultó herida de bala", []fig{{Injured, 1, false, "Una mujer indígena de 40 años resultó herida"}}},
		{"at least two suspected fuel thieves were killed", []fig{{Killed, 2, true, "at least two suspected fuel thieves were killed"}}},
		{"Four suspected criminals were killed", []fig{{Killed, 4, false, "Four suspected criminals were killed"}}},
		{"Sube a tres el número de policías estatales muertos", []fig{{Killed, 3, false, "Sube a tres el número de policías estatales muertos"}}},
		{"suman seis los civiles armados muertos", []fig{{Killed, 6, false, "suman seis los civiles armados muertos"}}},
		{"A fourth officer was wounded.", []fig{{Injured, 1, false, "A fourth officer was wounded"}}},
		{"A 28-year-old woman was shot in the leg.", []fig{{Injured, 1, false, "A 28-year-old woman was shot in the leg"}}},
		{"A man was shot in the head.", nil},
		// People added further on; the wounded who later died.
		{"arrested a cell leader in Reynosa on Tuesday, along with two suspected bodyguards", []fig{{Detained, 3, false, "arrested a cell leader in Reynosa on Tuesday, along with two suspected bodyguards"}}},
		{"capturaron a un operador del cártel y a otras dos personas", []fig{{Detained, 3, false, "capturaron a un operador del cártel y a otras dos personas"}}},
		{"arrested a suspect. Along with two others, he fled.", []fig{{Detained, 1, false, "arrested a suspect"}}},
		{"detuvo a Óscar N, operador regional, y a tres personas más que lo acompañaban", []fig{{Detained, 4, false, "detuvo a Óscar N, operador regional, y a tres personas más"}}},
		{"detuvieron a 13 personas en flagrancia: seis en Sonora, cuatro en Chihuahua y tres en Tabasco", []fig{{Detained, 13, false, "detuvieron a 13 personas"}, {Detained, 6, false, "seis"}, {Detained, 4, false, "cuatro"}, {Detained, 3, false, "tres"}}},
		{"detuvieron a 13 personas; seis en Sonora", []fig{{Detained, 13, false, "detuvieron a 13 personas"}}},
		{"asesinaron a dos hombres, 20 en total", []fig{{Killed, 2, false, "asesinaron a dos hombres"}}},
		{"Un policía murió y su compañero resultó herido", []fig{{Killed, 1, false, "Un policía murió"}, {Injured, 1, false, "su compañero resultó herido"}}},
		{"One officer was wounded and later died in hospital.", []fig{{Killed, 1, false, "One officer was wounded and later died"}}},
		{"Uno de los dos agentes heridos falleció; el otro sigue hospitalizado", []fig{{Injured, 1, false, "dos agentes heridos"}, {Killed, 1, false, "falleció"}}},
		{"un hombre que permanecía hospitalizado falleció", []fig{{Killed, 1, false, "un hombre que permanecía hospitalizado falleció"}, {Killed, 1, false, "falleció"}}}, // the same one, read twice
		{"A 34-year-old Tzotzil woman was shot in the leg", []fig{{Injured, 1, false, "A 34-year-old Tzotzil woman was shot in the leg"}}},
		{"drugs were seized from the four detainees", []fig{{Detained, 4, false, "four detainees"}}},
		{"Two people were wounded and one died later.", []fig{{Injured, 2, false, "Two people were wounded"}, {Killed, 1, false, "one died"}}},
		{"detuvieron en un domicilio de Ciudad del Carmen a dos personas", []fig{{Detained, 2, false, "detuvieron en un domicilio de Ciudad del Carmen a dos personas"}}},
		{"Los militares detuvieron después a dos hombres que intentaban huir", []fig{{Detained, 2, false, "detuvieron después a dos hombres"}}},
		{"la policía detuvo luego a tres sospechosos", []fig{{Detained, 3, false, "detuvo luego a tres sospechosos"}}},
		{"detuvieron después a las 20:00 horas", nil},
		{"El saldo fue sin personas lesionadas.", []fig{{Injured, 0, false, "sin personas lesionadas"}}},
		{"No hubo detenidos.", []fig{{Detained, 0, false, "No hubo detenidos"}}},
		{"dos policias estatales resultaron lesionados", []fig{{Injured, 2, false, "dos policias estatales resultaron lesionados"}}},
		// Long subjects, "y otro", bodies of, initials.
		{"Cuatro presuntos integrantes de La Nueva Familia Michoacana murieron en Huetamo.", []fig{{Killed, 4, false, "Cuatro presuntos integrantes de La Nueva Familia Michoacana murieron"}}},
		{"Dos elementos del Ejército Mexicano resultaron heridos en Tepalcatepec.", []fig{{Injured, 2, false, "Dos elementos del Ejército Mexicano resultaron heridos"}}},
		{"Un taxista murió y otro resultó herido en Zamora.", []fig{{Killed, 1, false, "Un taxista murió"}, {Injured, 1, false, "otro resultó herido"}}},
		{"Hallan los cuerpos de tres hombres en Salvatierra.", []fig{{Killed, 3, false, "cuerpos de tres hombres"}}},
		{"Dos vendedores de la plaza José M. Morelos fueron privados de la libertad.", nil},
		{"Dos comerciantes de la plaza José M. Morelos fueron privados de la libertad.", []fig{{Kidnapped, 2, false, "Dos comerciantes de la plaza José M. Morelos fueron privados de la libertad"}}},
		{"Tres hombres armados atacaron a dos policías heridos.", []fig{{Injured, 2, false, "dos policías heridos"}}},
		{"Incautan armas a cuatro personas en San Ignacio Río Muerto.", nil},
		{"Un hombre murió y el otro se encuentra herido.", []fig{{Killed, 1, false, "Un hombre murió"}, {Injured, 1, false, "otro se encuentra herido"}}},
		{"El conductor quedó herido tras el choque.", []fig{{Injured, 1, false, "conductor quedó herido"}}},
		{"Un policía fue hospitalizado con heridas de bala.", []fig{{Injured, 1, false, "Un policía fue hospitalizado"}}},
		{"Un menor resultó con heridas en la pierna.", []fig{{Injured, 1, false, "Un menor resultó con heridas"}}},
		{"Un hombre con heridas de bala fue hallado en la brecha.", nil},
		{"A man sustained gunshot wounds.", []fig{{Injured, 1, false, "A man sustained gunshot wounds"}}},
		{"Four tourists were kidnapped near the beach.", []fig{{Kidnapped, 4, false, "Four tourists were kidnapped"}}},
		{"Tres comerciantes fueron privados de su libertad.", []fig{{Kidnapped, 3, false, "Tres comerciantes fueron privados de su libertad"}}},
		{"La otra camioneta fue asegurada.", nil},
		{"Cuatro trabajadores de una constructora que rehabilita un camino fueron privados de la libertad.", []fig{{Kidnapped, 4, false, "Cuatro trabajadores de una constructora que rehabilita un camino fueron privados de la libertad"}}},
		{"Two men who worked at the ranch were abducted on Monday.", []fig{{Kidnapped, 2, false, "Two men who worked at the ranch were abducted"}}},
		{"dos hombres que viajaban en una moto fueron asesinados", []fig{{Killed, 2, false, "dos hombres que viajaban en una moto fueron asesinados"}}},
		{"Tres hombres murieron. Otro más resultó herido.", []fig{{Killed, 3, false, "Tres hombres murieron"}, {Injured, 1, false, "Otro más resultó herido"}}},
		{"No arrests have been made.", nil},
		{"Police found the bodies of four men near Celaya.", []fig{{Killed, 4, false, "bodies of four men"}}},
		{"Five suspected members of a local gang were arrested.", []fig{{Detained, 5, false, "Five suspected members of a local gang were arrested"}}},
		// English.
		{"Gunmen opened fire, killing at least 12 people.", []fig{{Killed, 12, true, "killing at least 12 people"}}},
		{"Twelve people were killed on Sunday.", []fig{{Killed, 12, false, "Twelve people were killed"}}},
		{"twenty-one people were killed and 1,200 arrested", []fig{{Killed, 21, false, "twenty-one people were killed"}, {Detained, 1200, false, "1,200 arrested"}}},
		{"A police officer was killed and two others wounded.", []fig{{Killed, 1, false, "A police officer was killed"}, {Injured, 2, false, "two others wounded"}}},
		{"a dozen bodies were found", []fig{{Killed, 12, false, "a dozen bodies"}}},
		{"more than 40 people dead", []fig{{Killed, 40, true, "more than 40 people dead"}}},
		{"Troops arrested five suspects.", []fig{{Detained, 5, false, "arrested five suspects"}}},
		{"There were no injuries.", []fig{{Injured, 0, false, "no injuries"}}},
		{"No one was hurt.", []fig{{Injured, 0, false, "No one was hurt"}}},
		{"three people were kidnapped", []fig{{Kidnapped, 3, false, "three people were kidnapped"}}},
		{"Matan a tiros a mujer y a un hombre en Zamora", []fig{{Killed, 2, false, "Matan a tiros a mujer y a un hombre"}}},
		{"asesinan a dos hombres y una mujer", []fig{{Killed, 3, false, "asesinan a dos hombres y una mujer"}}},
		{"detienen a tres hombres y 3 vehículos", []fig{{Detained, 3, false, "detienen a tres hombres"}}},
		{"confirmó la muerte de 12 personas", []fig{{Killed, 12, false, "muerte de 12 personas"}}},
		{"the killing of three journalists", []fig{{Killed, 3, false, "killing of three journalists"}}},
		{"la detención de al menos cinco presuntos", []fig{{Detained, 5, true, "detención de al menos cinco presuntos"}}},
		{"two officers were gunned down", []fig{{Killed, 2, false, "two officers were gunned down"}}},
		{"Muere hombre baleado en León", []fig{{Killed, 1, false, "Muere hombre"}}},
		{"Mujer herida por bala perdida", []fig{{Injured, 1, false, "Mujer herida"}}},
		{"Hallan a hombre sin vida", []fig{{Killed, 1, false, "hombre sin vida"}}},
		{"Detienen a 3 ladrones en Tepic", []fig{{Detained, 3, false, "Detienen a 3 ladrones"}}},
		{"Aseguran a 5 por robo", []fig{{Detained, 5, false, "Aseguran a 5"}}},
		{"De un balazo matan a un ciclista", []fig{{Killed, 1, false, "matan a un ciclista"}}},
		{"acribillan a una pareja", []fig{{Killed, 2, false, "acribillan a una pareja"}}},
		// Not tolls.
		{"Aseguran 7 vehículos y 20 kilos de droga", nil},
		{"la muerte de la democracia", nil},
		{"Ejecutan a un grupo de", nil},
		{"Se registraron 252 bloqueos en 20 estados.", nil},
		{"armas calibre 9 mm", nil},
		{"un hombre de 35 años", nil},
		{"15 vehículos fueron incendiados", nil},
		{"el 12 de agosto de 2022", nil},
		{"a las dos de la tarde", nil},
		{"uno de los heridos", nil},
		{"Asesinan a policías", nil},
		{"100 desaparecidos", nil},
		{"En 2022 fueron asesinados varios activistas", nil},
		{"2,000 people were killed", []fig{{Killed, 2000, false, "2,000 people were killed"}}},
		{"cuerpos sin vida", nil},
		{"The report may be released in 2 weeks.", nil},
		{"", nil},
	}
	for _, tt := range tests {
		got := Find(tt.in)
		var gotF []fig
		for _, f := range got {
			gotF = append(gotF, fig{f.Kind, f.N, f.AtLeast, tt.in[f.Start:f.End]})
		}
		if len(gotF) != len(tt.want) {
			t.Errorf("Find(%q) = %+v; want %+v", tt.in, gotF, tt.want)
			continue
		}
		for i := range gotF {
			if gotF[i] != tt.want[i] {
				t.Errorf("Find(%q)[%d] = %+v; want %+v", tt.in, i, gotF[i], tt.want[i])
			}
		}
	}
}

// TestFindHeadline covers the telegraphic style of headlines: present
// tense verbs, omitted subjects, no articles, slugs read with spaces.
func TestFindHeadline(t *testing.T) {
	tests := []struct {
		in   string
		want []fig
	}{
		{"Ultima comando a cuatro en Tepic", nil}, // subject between verb and "a" is not skipped
		// English headlines: a verb of killing and a count of any plural
		// noun, not of time or money; a participle joined to the toll
		// word; a bare dozen; a bare toll rising.
		{"Gang kills 3 teens in a feud in Tepic", []fig{{Killed, 3, false, "kills 3 teens"}}},
		{"Gunmen massacred 11 sleeping rivals in a ranch", []fig{{Killed, 11, false, "massacred 11 sleeping rivals"}}},
		{"Gunmen kill four detainees held in a jail cell", []fig{{Killed, 4, false, "kill four detainees"}}},
		{"Gunmen killed him 3 years ago", nil},
		{"The group kills 2 hours a day", nil},
		{"Four ambushed and killed near Guasave", []fig{{Killed, 4, false, "Four ambushed and killed"}}},
		{"Six tortured and executed in a ranch", []fig{{Killed, 6, false, "Six tortured and executed"}}},
		{"Three arrested and charged in Tepic", []fig{{Detained, 3, false, "Three arrested"}}},
		{"Dozen killed in shootout in Sonora", []fig{{Killed, 12, false, "Dozen killed"}}},
		{"Three dozen people killed in a week", []fig{{Killed, 36, false, "Three dozen people killed"}}},
		{"Toll rises to 9 in Tepic bar attack", []fig{{Killed, 9, false, "Toll rises to 9"}}},
		{"Toll rises to 80 pesos on the Tepic road", nil},
		{"Comando ultima a 4 personas en un taller", []fig{{Killed, 4, false, "ultima a 4 personas"}}},
		{"Matan de dos balazos a un vendedor en Apodaca", []fig{{Killed, 1, false, "Matan de dos balazos a un vendedor"}}},
		{"Ejecutan con arma larga a tres en Guasave", []fig{{Killed, 3, false, "Ejecutan con arma larga a tres"}}},
		{"Asesinan en Fresnillo a dos hermanos", []fig{{Killed, 2, false, "Asesinan en Fresnillo a dos hermanos"}}},
		{"Matan frente a su casa a un hombre", nil},
		{"Localizan sin vida a una joven en un canal", []fig{{Killed, 1, false, "Localizan sin vida a una joven"}}},
		{"Encuentran muerto a taxista en su auto", []fig{{Killed, 1, false, "Encuentran muerto a taxista"}}},
		{"Hallan cadáver en canal de riego", []fig{{Killed, 1, false, "cadáver"}}},
		{"Encuentran a ejecutado junto a la vía", []fig{{Killed, 1, false, "ejecutado"}}},
		{"Llega el cuerpo de bomberos", nil},
		{"Hallan el cuerpo de dos hombres", []fig{{Killed, 2, false, "cuerpo de dos hombres"}}},
		{"Hallan a dos mujeres decapitadas", []fig{{Killed, 2, false, "dos mujeres decapitadas"}}},
		{"¡Dejan 5 ejecutados en brecha!", []fig{{Killed, 5, false, "5 ejecutados"}}},
		{"Anciano es asesinado en su tienda", []fig{{Killed, 1, false, "Anciano es asesinado"}}},
		{"Joven de 19 años muere baleado", []fig{{Killed, 1, false, "Joven de 19 años muere"}}},
		{"Localizan a niño de 8 años sin vida", []fig{{Killed, 1, false, "niño de 8 años sin vida"}}},
		{"Balean a mujer; muere en el hospital", []fig{{Killed, 1, false, "muere"}}},
		{"Lo asesinan al salir de su casa", []fig{{Killed, 1, false, "Lo asesinan"}}},
		{"Fue ejecutado en la plaza", []fig{{Killed, 1, false, "Fue ejecutado"}}},
		{"Asesinan a su esposa y se entrega", []fig{{Killed, 1, false, "Asesinan a su esposa"}}},
		{"Matan a otro hombre en Celaya", []fig{{Killed, 1, false, "Matan a otro hombre"}}},
		{"Matan a otros tres en Celaya", []fig{{Killed, 3, false, "Matan a otros tres"}}},
		{"Ejecutan a 'El Güero' en su rancho", []fig{{Killed, 1, false, "Ejecutan a 'El"}}},
		{"Asesinan a Rosa Pérez, activista", []fig{{Killed, 1, false, "Asesinan a Rosa"}}},
		{"ASESINAN A ROSA PÉREZ", []fig{{Killed, 1, false, "ASESINAN A ROSA"}}}, // the personal "a": one person
		{"Ejecutan a tortillero y a dos jóvenes", []fig{{Killed, 3, false, "Ejecutan a tortillero y a dos jóvenes"}}},
		{"Matan a plena luz del día", nil},
		{"Matan a jóvenes en Celaya", nil}, // how many is not said
		{"Canadian Woman Killed in Resort Town", []fig{{Killed, 1, false, "Woman Killed"}}},
		{"Police killed three gunmen", []fig{{Killed, 3, false, "killed three gunmen"}}},
		{"Gunmen Kill Mayor of Small Town", []fig{{Killed, 1, false, "Kill Mayor"}}},
		{"Three Judicial Police Executed in Sinaloa", []fig{{Killed, 3, false, "Three Judicial Police Executed"}}},
		{"8 Found Shot to Death at a Farm", []fig{{Killed, 8, false, "8 Found Shot to Death"}}},
		{"Death toll from the bar attack rises to 11", []fig{{Killed, 11, false, "Death toll from the bar attack rises to 11"}}},
		{"Mueren dos hombres y una mujer en ataque", []fig{{Killed, 3, false, "Mueren dos hombres y una mujer"}}},
		{"Muere hombre y mujer resulta herida", []fig{{Killed, 1, false, "Muere hombre"}, {Injured, 1, false, "mujer resulta herida"}}},
		{"Encuentran a un hombre y una mujer sin vida", []fig{{Killed, 2, false, "un hombre y una mujer sin vida"}}},
		{"Localizan a pareja sin vida en su casa", []fig{{Killed, 2, false, "pareja sin vida"}}},
		{"Reportan tres homicidios en la capital", []fig{{Killed, 3, false, "tres homicidios"}}},
		{"Hallan un auto calcinado", nil},
		{"Investigan la muerte de custodio del penal", []fig{{Killed, 1, false, "muerte de custodio"}}},
		{"Hallan los cuerpos de hombre y mujer en un canal", []fig{{Killed, 2, false, "cuerpos de hombre y mujer"}}},
		{"Localizan los cuerpos de una pareja en un pozo", []fig{{Killed, 2, false, "cuerpos de una pareja"}}},
		{"Encuentran a hombre y mujer muertos en un rancho", []fig{{Killed, 2, false, "hombre y mujer muertos"}}},
		{"Asesinan agente de Manzanillo", []fig{{Killed, 1, false, "Asesinan agente"}}},
		{"EJECUTARON AYER A 3 HOMBRES", []fig{{Killed, 3, false, "EJECUTARON AYER A 3 HOMBRES"}}},
		{"Ejecutan con al menos 20 tiros a un taxista", []fig{{Killed, 1, false, "Ejecutan con al menos 20 tiros a un taxista"}}},
		{"Dan muerte a tres albañiles en su obra", []fig{{Killed, 3, false, "Dan muerte a tres albañiles"}}},
		{"Hieren de muerte a un ganadero", []fig{{Killed, 1, false, "Hieren de muerte a un ganadero"}}},
		{"Detenido por asesinar a tres personas", []fig{{Killed, 3, false, "asesinar a tres personas"}}},
		{"Intentan asesinar a un hombre", nil},
		{"La encuentran muerta en su cuarto", []fig{{Killed, 1, false, "La encuentran muerta"}}},
		{"Ultiman a pareja en la calle", []fig{{Killed, 2, false, "Ultiman a pareja"}}},
		{"Caen 4 con droga en Tepic", []fig{{Detained, 4, false, "Caen 4"}}},
		{"Caen 20 centímetros de lluvia", nil},
		{"Police find 7 hacked-up bodies near a dam", []fig{{Killed, 7, false, "7 hacked-up bodies"}}},
		{"They find three lifeless people in a ditch", []fig{{Killed, 3, false, "three lifeless"}}},
		{"In Zacatecas they murder three at a party", []fig{{Killed, 3, false, "murder three"}}},
		{"CJNG dismembers two in Celaya", []fig{{Killed, 2, false, "dismembers two"}}},
		{"Bloody Weekend in Guanajuato; Death Toll at least 22", []fig{{Killed, 22, true, "Death Toll at least 22"}}},
		{"A death toll of 15 in Sonora", []fig{{Killed, 15, false, "death toll of 15"}}},
		{"Death toll at 2019 levels", nil},
		{"Zetas Butcher Three in Monterrey", []fig{{Killed, 3, false, "Butcher Three"}}},
		{"4 men from Matamoros killed at a ranch", []fig{{Killed, 4, false, "4 men from Matamoros killed"}}},
		{"Acribillan a cuatro comensales; uno muere en el hospital", []fig{{Killed, 1, false, "uno muere"}}},
		{"Acribillan a cuatro comensales de una fonda", []fig{{Killed, 4, false, "Acribillan a cuatro comensales"}}},
		{"Matan a joven en Apatzingán; ya suman 9 jóvenes asesinados en agosto", []fig{{Killed, 1, false, "Matan a joven"}}},
	}
	for _, tt := range tests {
		got := Find(tt.in)
		var gotF []fig
		for _, f := range got {
			gotF = append(gotF, fig{f.Kind, f.N, f.AtLeast, tt.in[f.Start:f.End]})
		}
		if len(gotF) != len(tt.want) {
			t.Errorf("Find(%q) = %+v; want %+v", tt.in, gotF, tt.want)
			continue
		}
		for i := range gotF {
			if gotF[i] != tt.want[i] {
				t.Errorf("Find(%q)[%d] = %+v; want %+v", tt.in, i, gotF[i], tt.want[i])
			}
		}
	}
}

func TestFindNews(t *testing.T) {
	b, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	got := Find(text)
	want := []fig{
		{Killed, 7, true, "al menos siete muertos"},
		{Injured, 5, false, "cinco heridos"},
		{Detained, 4, false, "detuvieron a cuatro presuntos"},
		{Injured, 0, false, "no se reportaron heridos"},
		{Killed, 5, false, "5 cuerpos"},
		{Killed, 2, false, "asesinan a dos policías municipales"},
		{Injured, 0, false, "sin personas lesionadas"},
		{Killed, 12, true, "killing at least 12 people"},
		{Injured, 3, false, "wounding three others"},
		{Detained, 2, false, "arrested two suspects"},
		{Killed, 1, false, "A soldier was killed"},
		{Injured, 0, false, "no injuries"},
		{Killed, 12, false, "a dozen bodies"},
	}
	if len(got) != len(want) {
		for _, f := range got {
			t.Logf("%s %d %v %q", f.Kind, f.N, f.AtLeast, text[f.Start:f.End])
		}
		t.Fatalf("got %d figures, want %d", len(got), len(want))
	}
	for i, f := range got {
		g := fig{f.Kind, f.N, f.AtLeast, text[f.Start:f.End]}
		if g != want[i] {
			t.Errorf("figure %d = %+v; want %+v", i, g, want[i])
		}
	}
}

// TestFindTentative checks which zeros only say that none was reported so
// far.
func TestFindTentative(t *testing.T) {
	tests := []struct {
		in   string
		want []bool // Tentative of each figure, in order
	}{
		{"No hubo personas lesionadas.", []bool{false}},
		{"No se reportaron personas lesionadas.", []bool{true}},
		{"Hasta el momento no se reportan personas lesionadas ni detenidas.", []bool{true, true}},
		{"No hay detenidos.", []bool{true}},
		{"hasta ahora nadie ha sido detenido", []bool{true}},
		{"No one was hurt, police said.", []bool{false}},
		{"No injuries or arrests had been reported by evening.", []bool{true, true}},
		{"no injuries", []bool{false}},
		{"sin heridos", []bool{false}},
	}
	for _, tt := range tests {
		got := Find(tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("Find(%q) = %+v; want %d figures", tt.in, got, len(tt.want))
			continue
		}
		for k, g := range got {
			if g.N != 0 || g.Tentative != tt.want[k] {
				t.Errorf("Find(%q)[%d] = %+v; want a zero with Tentative %v", tt.in, k, g, tt.want[k])
			}
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"Asesinan a tres hombres", "al menos 1,200 muertos", "ÁÉÍ ñ 12 heridos", "no one was hurt", "\xff\xfe 3 detenidos"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, g := range Find(s) {
			if g.Start < 0 || g.End > len(s) || g.Start >= g.End {
				t.Fatalf("span [%d,%d) out of range for %d bytes", g.Start, g.End, len(s))
			}
			if g.Start < prev {
				t.Fatalf("figures out of order: %d after %d", g.Start, prev)
			}
			prev = g.Start
			if g.N < 0 {
				t.Fatalf("negative count %d", g.N)
			}
			switch g.Kind {
			case Killed, Injured, Detained, Kidnapped:
			default:
				t.Fatalf("unknown kind %q", g.Kind)
			}
			if utf8.ValidString(s) && !utf8.ValidString(s[g.Start:g.End]) {
				t.Fatalf("span %q cuts a rune", s[g.Start:g.End])
			}
		}
		// FindRanges over two halves reads each as FindFolded reads it,
		// though its buffers hold the first half's when it reads the
		// second.
		mid := len(s) / 2
		for mid > 0 && !utf8.RuneStart(s[mid]) {
			mid--
		}
		ft := fold.New(s)
		ranges := [][2]int{{0, mid}, {mid, len(s)}}
		var want []Figure
		for _, rg := range ranges {
			for _, x := range FindFolded(ft.Sub(rg[0], rg[1])) {
				x.Start += rg[0]
				x.End += rg[0]
				want = append(want, x)
			}
		}
		if got := FindRanges(ft, ranges); !reflect.DeepEqual(got, want) {
			t.Fatalf("FindRanges = %v, want %v", got, want)
		}
	})
}

func FuzzNumber(f *testing.F) {
	for _, s := range []string{"veintitrés", "1,200", "twenty-one", "a dozen", "mil doscientos", "999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, ok := Number(s)
		if ok && n < 0 {
			t.Fatalf("Number(%q) = %d", s, n)
		}
		if !ok && n != 0 {
			t.Fatalf("Number(%q) failed but returned %d", s, n)
		}
		if strings.TrimSpace(s) == "" && ok {
			t.Fatalf("Number(%q) accepted blank input", s)
		}
	})
}

func BenchmarkFind(b *testing.B) {
	data, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(data), 4)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text)
	}
}
