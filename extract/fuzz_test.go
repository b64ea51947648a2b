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
