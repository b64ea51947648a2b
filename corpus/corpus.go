// Package corpus generates synthetic news-size reports for benchmarks:
// Spanish and English articles of 3–5 KB that mention incidents of the
// taxonomy in real municipalities, padded with the context paragraphs and
// page boilerplate real articles carry. The output is deterministic for a
// seed. It is test material for speed, not for accuracy.
package corpus

import (
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"
)

// Line is one generated report in Atalaya's JSONL input format.
type Line struct {
	ID        string `json:"id"`
	Source    string `json:"source"`
	URL       string `json:"url"`
	Kind      string `json:"kind"`
	Lang      string `json:"lang"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

type place struct{ muni, state string }

// places are real municipalities with their states (facts).
var places = []place{
	{"Zapopan", "Jalisco"}, {"Guadalajara", "Jalisco"}, {"Tlaquepaque", "Jalisco"},
	{"Tonalá", "Jalisco"}, {"Puerto Vallarta", "Jalisco"}, {"Tapalpa", "Jalisco"},
	{"Ocotlán", "Jalisco"}, {"Lagos de Moreno", "Jalisco"}, {"Apatzingán", "Michoacán"},
	{"Uruapan", "Michoacán"}, {"Morelia", "Michoacán"}, {"Zamora", "Michoacán"},
	{"Celaya", "Guanajuato"}, {"Irapuato", "Guanajuato"}, {"León", "Guanajuato"},
	{"Salamanca", "Guanajuato"}, {"Culiacán", "Sinaloa"}, {"Mazatlán", "Sinaloa"},
	{"Tijuana", "Baja California"}, {"Mexicali", "Baja California"}, {"Ensenada", "Baja California"},
	{"Reynosa", "Tamaulipas"}, {"Nuevo Laredo", "Tamaulipas"}, {"Matamoros", "Tamaulipas"},
	{"Colima", "Colima"}, {"Manzanillo", "Colima"}, {"Acapulco", "Guerrero"},
	{"Chilpancingo", "Guerrero"}, {"Cuernavaca", "Morelos"}, {"Ciudad Juárez", "Chihuahua"},
	{"Fresnillo", "Zacatecas"}, {"Zacatecas", "Zacatecas"}, {"Tepic", "Nayarit"},
	{"Aguascalientes", "Aguascalientes"}, {"Querétaro", "Querétaro"}, {"San Luis Potosí", "San Luis Potosí"},
	{"Monterrey", "Nuevo León"}, {"Cancún", "Quintana Roo"}, {"Ecatepec", "Estado de México"},
	{"Toluca", "Estado de México"},
}

var cartels = []string{
	"el Cártel Jalisco Nueva Generación", "el CJNG", "el Cártel de Sinaloa",
	"La Familia Michoacana", "el Cártel del Golfo", "el Cártel del Noreste", "Los Viagras",
}

var cartelsEN = []string{
	"the Jalisco New Generation Cartel", "the CJNG", "the Sinaloa Cartel",
	"La Familia Michoacana", "the Gulf Cartel",
}

var weekdaysES = []string{"domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"}

var numbersES = []string{"dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"}
var numbersEN = []string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}

// The incident paragraphs take, in order: municipality, state, weekday or
// number, actor, number.
var incidentsES = []string{
	"Hombres armados bloquearon la carretera a la altura de %[1]s, %[2]s, la madrugada de este %[3]s, donde incendiaron un tractocamión y dos automóviles particulares. Testigos atribuyeron el bloqueo a células de %[4]s.",
	"Un enfrentamiento entre elementos de la Guardia Nacional y civiles armados en %[1]s, %[2]s, dejó al menos %[5]s muertos y varios heridos, informó la fiscalía estatal.",
	"Sujetos armados atacaron una tienda de conveniencia y una gasolinera en el municipio de %[1]s, %[2]s, a las que prendieron fuego tras desalojar a los empleados.",
	"Autoridades de %[2]s confirmaron el hallazgo de %[5]s cuerpos en un predio de %[1]s; la fiscalía abrió una carpeta de investigación por homicidio.",
	"Elementos del Ejército detuvieron a %[5]s presuntos integrantes de %[4]s en %[1]s, %[2]s, y aseguraron armas largas y cartuchos útiles.",
	"Vecinos de %[1]s denunciaron el secuestro de %[5]s personas que fueron sacadas de sus domicilios por un comando armado el pasado %[3]s.",
	"Una narcomanta firmada por %[4]s apareció colgada de un puente peatonal en %[1]s, %[2]s, con amenazas contra las autoridades municipales.",
	"El gobierno de %[2]s anunció la suspensión de clases y del transporte público en %[1]s por la ola de violencia registrada desde anoche.",
}

var incidentsEN = []string{
	"Gunmen set fire to trucks and blocked a highway near %[1]s, %[2]s, early %[3]s, according to local officials who blamed %[4]s.",
	"A shootout between National Guard troops and armed men in %[1]s, %[2]s, left at least %[5]s people dead, the state prosecutor said.",
	"Armed men attacked a convenience store and a gas station in %[1]s, %[2]s, setting both on fire after forcing out the staff.",
	"Soldiers arrested %[5]s suspected members of %[4]s in %[1]s, %[2]s, and seized rifles and ammunition.",
	"Authorities in %[2]s reported the discovery of %[5]s bodies on a plot of land in %[1]s.",
}

var weekdaysEN = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

var fillerES = []string{
	"La dependencia señaló que mantiene comunicación permanente con los tres órdenes de gobierno y que la coordinación con las fuerzas federales continúa en la región para restablecer el orden y atender cualquier reporte ciudadano a través de los números de emergencia.",
	"Especialistas en seguridad consultados por este medio coincidieron en que la reacción de los grupos criminales responde a disputas por el control de rutas y mercados locales, y advirtieron que la presencia de fuerzas federales no ha bastado para contener la violencia en los últimos años.",
	"Comerciantes de la zona relataron que cerraron sus negocios antes de lo habitual y que muchas familias prefirieron no salir de casa mientras circulaban en redes sociales videos de columnas de humo y de vehículos atravesados en las principales avenidas.",
	"Suscríbete a nuestro boletín para recibir las noticias más importantes del día. Síguenos en nuestras redes sociales. Todos los derechos reservados. Este sitio utiliza cookies para mejorar la experiencia de navegación.",
	"El alcalde pidió a la población mantener la calma, informarse únicamente por canales oficiales y evitar compartir información no verificada, pues dijo que los rumores generan pánico innecesario entre los habitantes.",
	"Organizaciones civiles reiteraron su llamado a fortalecer las policías locales y a transparentar las cifras de incidencia delictiva, al considerar que los informes oficiales suelen presentarse con retraso y sin el detalle necesario para evaluar la estrategia.",
}

var fillerEN = []string{
	"Officials said federal and state forces were coordinating to restore order and urged residents to report emergencies through official channels while the situation remained fluid across the region.",
	"Security analysts said the reaction reflected long-running disputes over trafficking routes and local markets, and warned that deployments of federal troops had not been enough to curb the violence in recent years.",
	"Shop owners in the area said they closed early and many families stayed home as videos of smoke columns and vehicles parked across main avenues spread on social media.",
	"Sign up for our newsletter to get the day's top stories. Follow us on social media. All rights reserved. This site uses cookies to improve your browsing experience.",
	"The mayor asked residents to stay calm, rely only on official information and avoid sharing unverified posts, saying rumors caused needless panic.",
}

// Generate writes n reports as JSONL to w, deterministically for seed.
// Publication times spread over the days from start.
func Generate(w io.Writer, n int, seed uint64, start time.Time) error {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	enc := json.NewEncoder(w)
	var b strings.Builder
	for i := range n {
		en := rng.IntN(4) == 0
		pub := start.Add(time.Duration(rng.IntN(30*24*60)) * time.Minute)
		b.Reset()
		incidents, filler, cart, nums, wds := incidentsES, fillerES, cartels, numbersES, weekdaysES
		lang, title := "es", "Jornada violenta en "
		if en {
			incidents, filler, cart, nums, wds = incidentsEN, fillerEN, cartelsEN, numbersEN, weekdaysEN
			lang, title = "en", "Violence flares in "
		}
		first := places[rng.IntN(len(places))]
		title += first.state
		target := 3000 + rng.IntN(2000)
		k := 0
		for b.Len() < target {
			if b.Len() > 0 {
				b.WriteString("\n\n")
			}
			if k < 3 && rng.IntN(2) == 0 || k == 0 {
				p := first
				if k > 0 {
					p = places[rng.IntN(len(places))]
				}
				tpl := incidents[rng.IntN(len(incidents))]
				fmt.Fprintf(&b, tpl, p.muni, p.state, wds[pub.Weekday()], cart[rng.IntN(len(cart))], nums[rng.IntN(len(nums))])
				k++
			} else {
				b.WriteString(filler[rng.IntN(len(filler))])
			}
		}
		line := Line{
			ID:        fmt.Sprintf("synth-%d-%d", seed, i),
			Source:    fmt.Sprintf("Diario Sintético %d", rng.IntN(40)),
			URL:       fmt.Sprintf("https://example.org/synth/%d/%d", seed, i),
			Kind:      "news",
			Lang:      lang,
			Title:     title,
			Published: pub.Format(time.RFC3339),
			Text:      b.String(),
		}
		if err := enc.Encode(line); err != nil {
			return fmt.Errorf("corpus: writing report %d: %w", i, err)
		}
	}
	return nil
}
