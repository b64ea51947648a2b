package toll

import (
	"slices"
	"testing"
)

// probe is a headline written for a class of toll misses (branch toll5):
// the number of dead a careful reader takes from it (-1: none).
type probe struct {
	class  string
	in     string
	killed int
}

// killedOf returns the dead that Find reads from text: the first killed
// figure's count, or -1 when there is none.
func killedOf(text string) int {
	for _, x := range Find(text) {
		if x.Kind == Killed {
			return x.N
		}
	}
	return -1
}

// headlineProbes are the classes of headline tolls that the blind
// headline sets missed, each with headlines of its own in Spanish and
// English (none copied from a set), and the near forms that must not
// count.
var headlineProbes = []probe{
	// A lone victim with no article, a noun phrase of a modifier or two
	// and a head noun for one person, before a participle of killing:
	// English headlines' subject.
	{"lone", "Taxi driver shot dead in Ecatepec", 1},
	{"lone", "Cattle rancher found slain near Jerez", 1},
	{"lone", "Avocado grower killed in Uruapan", 1},
	{"lone", "Construction worker found dead in a ditch in Tonalá", 1},
	{"lone", "Journalist for a local radio station shot dead in Chilpancingo", 1},
	{"lone", "Boy, 9, killed by stray bullet in Culiacán", 1},
	{"lone", "Elderly shopkeeper found lifeless with signs of violence", 1},
	{"lone", "Rodolfo Mendoza killed by gunmen in Zamora", 1},
	{"lone", "Pipeline killed in committee, says senator", -1},
	{"lone", "Border wall plan killed by Congress", -1},
	{"lone", "Power killed in storm across Sonora", -1},
	{"lone", "Se salva conductor de ser asesinado", -1},
	// Spanish: a verb of finding, the personal "a" and one person named
	// by any singular noun, then the state of the dead.
	{"lone", "Encuentran a cerrajero sin vida en su taller", 1},
	{"lone", "Localizan a una docente muerta en su domicilio", 1},
	{"lone", "Hallan a mesero asesinado en un bar de Tepic", 1},
	{"lone", "Localizan a menores sanos y salvos en Tepic", -1},
	{"lone", "Hallan a Juan Pérez sin vida en su casa", 1},
	// An English verb of killing and a bare object of one person with
	// modifiers before it.
	{"object", "Soldiers kill cartel plaza boss in Sinaloa raid", 1},
	{"object", "Hitmen kill municipal tax collector in Tlaquepaque", 1},
	{"object", "Gunmen kill ejido president in Guerrero", 1},
	{"object", "Police kill bank robber in Monterrey", 1},
	{"object", "Gunmen kill two taxi drivers", 2},
	{"object", "Drought kills cattle in Chihuahua", -1},
	{"object", "Congress kills border bill", -1},
	// A body found, told by the body noun alone.
	{"body", "Body found in irrigation canal in Salamanca", 1},
	{"body", "Body with signs of torture found in vacant lot", 1},
	{"body", "Bound body dumped near highway in Zacatecas", 1},
	{"body", "Body of missing nurse found in Cuernavaca", 1},
	{"body", "Body of water found contaminated in Sonora", -1},
	{"body", "Governing body found no fault in the election", -1},
	{"body", "Ubican cadáver en un canal de Salamanca", 1},
	{"body", "Ubican cuerpo maniatado a orillas del río", 1},
	// A count told by a word for the bodies, or the bodies of a count.
	{"bodies", "Hallan a tres encobijados en una brecha", 3},
	{"bodies", "Localizan cuatro embolsados junto al panteón", 4},
	{"bodies", "Dejan dos encajuelados en Tlajomulco", 2},
	{"bodies", "Five 'encobijados' dumped in Guadalajara", 5},
	{"bodies", "Bodies of 6 found in a ravine near Tepic", 6},
	{"bodies", "Recuperan los cuerpos de 3 en una fosa", 3},
	{"bodies", "Hallan cuerpo de 2 metros de largo de una serpiente", -1},
	// Victims counted apart: people joined by "y"/"e"/"and", a family
	// of a number, a couple.
	{"apart", "Asesinan a madre e hija en su casa de Celaya", 2},
	{"apart", "Ejecutan a tío y sobrino en Guasave", 2},
	{"apart", "Gunmen kill mother and daughter in Fresnillo", 2},
	{"apart", "Gunmen kill a man and his two sons at a ranch", 3},
	{"apart", "Gunmen kill family of six in Sonora", 6},
	{"apart", "Family of three found dead in their home in Tijuana", 3},
	{"apart", "Asesinan a una familia de cuatro en Guanajuato", 4},
	{"apart", "Elderly couple found dead in Morelia", 2},
	{"apart", "Asesinan a una familia en Guanajuato", -1},
	// Words between the number and the noun.
	{"between", "Three state highway police officers killed in ambush", 3},
	{"between", "Two tour bus drivers shot dead in Acapulco", 2},
	{"between", "Four fishing boat crew members found dead", 4},
	{"between", "Jalisco suma 12 muertes violentas en el fin de semana", 12},
	{"between", "Weekend leaves 9 violent deaths in Colima", 9},
	{"between", "Two cargo trucks burned in Celaya", -1},
	{"between", "Three years killed by the drought", -1},
	// Verbs and phrases of killing.
	{"verb", "They strangle a woman in Tlalnepantla", 1},
	{"verb", "Man strangled in his home in Puebla", 1},
	{"verb", "Gunmen shoot dead three police in Michoacán", 3},
	{"verb", "Gunmen gun down two brothers in Caborca", 2},
	{"verb", "Army abate a cuatro civiles armados en Nuevo Laredo", 4},
	{"verb", "Guardia Nacional neutraliza a dos agresores en Zacatecas", 2},
	{"verb", "Neutralizan a cinco sicarios tras enfrentamiento en Michoacán", 5},
	{"verb", "Fue privada de la vida una mujer en su domicilio", 1},
	{"verb", "Fueron privados de la vida dos hombres en Celaya", 2},
	{"verb", "Two gunmen shot down by soldiers in Nuevo Laredo", 2},
	{"verb", "Three men found shot in a car in Culiacán", 3},
	{"verb", "Le dan cuello a un taxista en Celaya", 1},
	{"verb", "Masacró a su familia y huyó", -1},
	{"verb", "Degolló a un vecino en Toluca", 1},
	// A single act of killing named by its noun: one dead; a double or
	// triple one counts two or three.
	{"act", "Brutal killing shocks Zacatecas", 1},
	{"act", "Execution in a bar in Celaya: man shot twice", 1},
	{"act", "Doble homicidio en Irapuato", 2},
	{"act", "Triple murder in a ranch near Fresnillo", 3},
	{"act", "Homicide rates fall in Celaya", -1},
	{"act", "Mass killing in a bar in Celaya", -1},
	{"act", "Femicide: what the new law changes", -1},
	// The brief's other classes, scored first-seen only.
	{"claims", "Ataque armado cobra la vida de 4 en Celaya", 4},
	{"claims", "Attack claims 7 lives in Guanajuato", 7},
	// Violence that claims its dead with no "lives" (branch ucdp9); a
	// company's claim counts none.
	{"claims", "Drug war violence claims 12 in Juarez", 12},
	{"claims", "Weekend violence claims five in Uruapan", 5},
	{"claims", "Company claims 9 new clients in Juarez", -1},
	// "more" between the count and its lives (branch ucdp11).
	{"claims", "Ciudad Juarez violence claims 10 more lives", 10},
	{"claims", "Reform claims 3 more votes in Senate", -1},
	{"claims", "Cartel claims 9 in Juarez were rivals", -1},
	{"leaves", "Ataque a bar deja 6 muertos en Celaya", 6},
	{"leaves", "Shootout leaves 8 dead in Sinaloa", 8},
	{"rises", "Sube a 11 la cifra de muertos por ataque en Celaya", 11},
	{"rises", "Death toll from bar attack rises to 13", 13},
	{"numberword", "A dozen killed in clashes in Michoacán", 12},
	{"numberword", "Dozens killed in cartel war in Zacatecas", -1},
	{"numberword", "Decenas de muertos en la sierra", -1},
	{"numberword", "Two-dozen bodies found in a pit", 24},
	{"age", "20-year-old killed in Celaya", 1},
	{"age", "Two 17-year-olds shot dead in Celaya", 2},
	{"wounded", "Ataque deja 1 muerto y 5 heridos en Celaya", 1},
	{"wounded", "Ataque deja 5 heridos en Celaya", -1},
	{"wounded", "Two killed, 9 wounded in Salamanca bar attack", 2},
	{"arrested", "Police arrest 7 after killing of a merchant", 1},
	{"total", "Violent weekend leaves 15 dead across Guanajuato", 15},
	// A headline that opens with its one victim's participle, the victim
	// after a comma or not told (branch head25); a plural counts none here,
	// and a participle inside the text is read by the other patterns.
	{"opening", "Asesinado a balazos, joven en la colonia Jardines de Celaya", 1},
	{"opening", "Ultimado a tiros en la colonia Las Cumbres, Reynosa", 1},
	{"opening", "Muerto a balazos en Papantla, un joven de 22 años", 1},
	{"opening", "Acribillada afuera de su casa, mujer en Salamanca", 1},
	{"opening", "Asesinados a balazos, dos jóvenes en Celaya", -1},
	{"opening", "Herido a balazos, joven en Salamanca", -1},
	{"opening", "Muere en el hospital joven baleado en León", 1},
	// "aparece" is a verb of finding (branch head25).
	{"appears", "Coatzacoalcos: aparece cuerpo con huellas de tortura", 1},
	{"appears", "Aparece hombre asesinado en La Cruz de Elota", 1},
	{"appears", "Aparece con vida joven reportado como desaparecido", -1},
}

// TestHeadlineProbes scores the probes class by class. A probe the rules
// do not read yet is listed in openProbes and only logged.
func TestHeadlineProbes(t *testing.T) {
	type score struct{ ok, all int }
	by := map[string]*score{}
	var classes []string
	for _, p := range headlineProbes {
		s := by[p.class]
		if s == nil {
			s = &score{}
			by[p.class] = s
			classes = append(classes, p.class)
		}
		s.all++
		got := killedOf(p.in)
		if got == p.killed {
			s.ok++
			if openProbes[p.in] {
				t.Errorf("%s: %q reads %d now: take it out of openProbes", p.class, p.in, got)
			}
			continue
		}
		if openProbes[p.in] {
			t.Logf("open %s: %q: killed %d, want %d", p.class, p.in, got, p.killed)
			continue
		}
		t.Errorf("%s: %q: killed %d, want %d", p.class, p.in, got, p.killed)
	}
	slices.Sort(classes)
	for _, c := range classes {
		t.Logf("%-10s %d/%d", c, by[c].ok, by[c].all)
	}
}

// openProbes are the probes the rules do not read yet.
// First seen (before any fix): 36 of 87 read right; the five Spanish
// "lone" probes after a verb of finding, written later, 1 of 5.
var openProbes = map[string]bool{
	// "N violent deaths" read as a toll anchors statistics ("November
	// records 74 violent deaths", TestTownsAndHeadlineLists) as an
	// incident: left out.
	"Weekend leaves 9 violent deaths in Colima": true,
	// A singular act noun tells one death only as an event, not as a
	// kind of crime ("Femicide: what the new law changes"): left out.
	"Execution in a bar in Celaya: man shot twice": true,
	"Brutal killing shocks Zacatecas":              true,
}
