package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestSearchBulletins reads missing-person bulletins as the gold ruling
// "Missing persons" says (testdata/gold/README.md): a disappearance, a
// kidnapping of the person sought at the place last seen, on the day
// they went missing; a search in nature or after an accident, and a
// bulletin with its happy end, report none.
func TestSearchBulletins(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 12, 3, 9, 0, 0, 0, mexico) // a Thursday
	tests := []struct {
		name              string
		kind              model.ReportKind
		lang, title, text string
		muni, day         string // "" muni: no violent incident
		kidnapped         int
	}{
		{"official, colonia and date", model.KindOfficial, "es", "Ficha de búsqueda",
			"La Fiscalía General del Estado solicita apoyo para localizar a Karla M. R., de 19 años, vista por última vez el 27 de noviembre en la colonia Las Quintas de Culiacán. Mide 1.62 metros y vestía blusa negra. Cualquier información al 800 000 0000.",
			"25006", "2026-11-27", 1},
		{"commission, town and date", model.KindOfficial, "es", "Ficha de búsqueda: Ramiro, 23 años",
			"La Comisión de Búsqueda de Personas pide apoyo para localizar a Ramiro T. S., de 23 años, quien fue visto por última vez el 30 de noviembre en el centro de Uruapan. Es de complexión robusta y tez morena. Cualquier dato, comunicarse al 089.",
			"16102", "2026-11-30", 1},
		{"press, weekday", model.KindNews, "en", "Police seek help finding missing man in Hermosillo",
			"Police in Hermosillo asked the public for help finding a 40-year-old man who did not return home on Monday. He was wearing a red cap. Anyone with information is asked to call 911.",
			"26030", "2026-11-30", 1},
		{"official, last seen on a weekday", model.KindOfficial, "en", "Help us find Carlos",
			"State police ask for help locating Carlos M., 22, last seen on Tuesday in the Centro neighborhood of Mazatlán. He was wearing a green jacket. Anyone with information should call 911.",
			"25012", "2026-12-01", 1},
		// Look-alikes: a search in nature or after an accident, a happy
		// end, a collective searching graves.
		{"drowning", model.KindNews, "es", "Buscan a joven arrastrado por la corriente del río Nazas",
			"Protección Civil busca a un joven de 17 años que se metió a nadar el domingo en el río Nazas, en Lerdo, y fue arrastrado por la corriente. Vestía short azul. Cualquier información al 911.",
			"", "", 0},
		{"hiker lost", model.KindNews, "en", "Search goes on for hiker lost near Creel",
			"Rescue teams are searching for a hiker who failed to return from a trail near Creel on Sunday. He was wearing a red jacket. Officials said there was no sign of foul play. Anyone with information is asked to call 911.",
			"", "", 0},
		{"found safe", model.KindOfficial, "es", "Localizan a Andrea",
			"La Fiscalía informa que Andrea, de 15 años, por quien se emitió una ficha de búsqueda, fue localizada sana y salva en Culiacán. Agradece a la ciudadanía cualquier información compartida.",
			"", "", 0},
		{"bulletin and its happy end", model.KindOfficial, "es", "Ficha de búsqueda",
			"Se solicitaba apoyo para localizar a Luis, de 12 años, visto por última vez el lunes en la colonia Centro de Tepic. Vestía playera azul. Actualización: Luis fue localizado con bien en casa de un amigo.",
			"", "", 0},
		{"collective searching graves", model.KindNews, "es", "Colectivo anuncia nueva jornada de búsqueda",
			"El colectivo de madres buscadoras inicia este lunes una nueva jornada de búsqueda en predios de Tecomán, donde se han hallado fosas. Piden a quien tenga cualquier información comunicarse al 911.",
			"", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Report{ID: "r", Kind: tt.kind, Lang: tt.lang, Title: tt.title, Text: tt.text, Published: pub}
			got := e.Extract(r)
			checkInvariants(t, r, got)
			if tt.muni == "" {
				if n := violent(got); n != 0 {
					t.Fatalf("%d violent incidents; want none: %+v", n, got)
				}
				return
			}
			if len(got) != 1 || got[0].Type != model.Kidnapping {
				t.Fatalf("got %+v; want one kidnapping", got)
			}
			in := got[0]
			if in.Location.MunicipalityCode != tt.muni {
				t.Errorf("municipality %q; want %q", in.Location.MunicipalityCode, tt.muni)
			}
			if in.Time == nil || in.Location.Day(*in.Time).Format(time.DateOnly) != tt.day {
				t.Errorf("time %v; want %s", in.Time, tt.day)
			}
			if in.Kidnapped == nil || in.Kidnapped.N != tt.kidnapped {
				t.Errorf("kidnapped %+v; want %d", in.Kidnapped, tt.kidnapped)
			}
			if len(in.Actors) > 0 {
				for _, a := range in.Actors {
					if a.Role == model.Perpetrator {
						t.Errorf("perpetrator %+v; a bulletin names none", a)
					}
				}
			}
		})
	}
}
