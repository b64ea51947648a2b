package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

func FuzzExtract(f *testing.F) {
	for _, file := range []string{"es_bloqueos.txt", "en_clash.txt", "transcript_asr.txt", "oficial.txt", "conteo.txt", "negacion.txt"} {
		f.Add(loadReport(f, file), "Título", uint8(0))
	}
	f.Add("252 bloqueos. 1.200 en 2011? ¿no? \"x\" \xff\xfe EE.UU. a.m. Sr.", "", uint8(1))
	f.Add("", "Asesinan a tres en Celaya", uint8(2))
	f.Add("SECURITY ALERT | Celaya, Guanajuato (MX). Gunmen opened fire on a bar and shot dead two men.", "", uint8(3))
	f.Add("Es falso que haya bloqueos en Apatzingán, como circula en redes sociales. No hay bloqueos, todo en calma.", "Desmienten quema de vehículos", uint8(1))
	f.Add("Se contabilizaron 85 bloqueos y 70 detenidos en 11 estados; en tres municipios de Tamaulipas. En Reynosa quemaron un tráiler. Hace diez años, a once años de la desaparición.", "Fact check: 34 asesinatos en Guanajuato", uint8(0))
	// Seeds for the rarer paths: alert-feed label lines (their places are
	// carried before the next sentence), several labels, a label after its
	// sentence, datelines, round-ups of several towns, tallies, colon
	// headlines, transcripts, titles alone, coordinates (k&4).
	f.Add("SECURITY ALERT | Reynosa, Tamaulipas (MX). Armed clashes reported near Rio Bravo at 3 p.m.\nALERTA | Culiacán, Sinaloa (MX). Se reportan bloqueos y quema de vehículos en la colonia Centro.", "", uint8(3))
	f.Add("Balacera en Tijuana. ALERTA | Tijuana, Baja California (MX).", "ALERTA | Tijuana", uint8(7))
	f.Add("", "ALERTA DE SEGURIDAD | Uruapan, Michoacán (MX)", uint8(3))
	f.Add("CULIACÁN, Sin. (apro).- Un enfrentamiento entre sicarios y militares dejó cinco muertos el martes por la noche en la colonia Tierra Blanca, a 3 km de la carretera.", "Enfrentamiento en Culiacán", uint8(4))
	f.Add("MEXICO CITY (Reuters) - Gunmen killed seven people at a bar in Irapuato, Guanajuato, late on Sunday, officials said, the third attack this week.", "Gunmen kill seven", uint8(0))
	f.Add("En Celaya asesinaron a dos hombres; en Salamanca, a una mujer, y en León hallaron tres cuerpos. Suman 12 homicidios el fin de semana en Guanajuato.", "Juárez: 10 ejecuciones en el fin de semana", uint8(0))
	f.Add("[00:01:02] REPORTERO: ayer a las diez de la noche en Zamora, Michoacán, balearon a dos policías. [00:01:20] CONDUCTORA: y en Jacona, otro ataque.", "", uint8(1))
	f.Add("Durante enero de 2025 se registraron 1,234 homicidios dolosos en el país: 300 en Guanajuato, 120 en Celaya y 45 en Irapuato, según el SESNSP.", "Juárez: 10 executions in a week", uint8(6))
	f.Add("Tiroteo: Apatzingán. En Buenavista, Michoacán, a las 14:00 horas del lunes 3 de marzo, hombres armados atacaron a balazos a agentes.", "Michoacán: ataque", uint8(2))
	f.Add("ALERT|RYnosA. ClAsh quemA SinAlA", "", uint8(3)) // placeFirst sliced backwards from the label's town
	// The real gazetteer, time resolver and toll finder: the invariants
	// must hold for the whole pipeline.
	e := realExtractor(f)
	kinds := []model.ReportKind{model.KindNews, model.KindTranscript, model.KindOfficial, model.KindAlertFeed}
	pub := time.Date(2026, 2, 23, 9, 30, 0, 0, mexico)
	f.Fuzz(func(t *testing.T, text, title string, k uint8) {
		r := model.Report{ID: "fz", Kind: kinds[int(k)%len(kinds)], Title: title, Text: text, Published: pub}
		if k&4 != 0 {
			lat, lon := 24.8, -107.4
			r.Lat, r.Lon = &lat, &lon
		}
		got := e.Extract(r)
		checkInvariants(t, r, got)
	})
}
