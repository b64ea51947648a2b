package extract

import (
	"time"

	"github.com/atalaya/atalaya/fold"
	"github.com/atalaya/atalaya/model"
)

// The first of the acts a lead counts (art17, family "merged into
// another act of the same report"): "ZACATECAS, Zac.- Dos enfrentamientos
// armados ... marcaron la jornada del domingo ... El primero ocurrió poco
// después de las siete de la mañana ..., en el municipio de Calera". The
// item is an act of its own even when the lead's town is only the
// dateline's (emit, firstOfCounted), and its clock time, which names no
// day, is on the lead's day.

// leadDayClock returns clock time t of draft d on the day its counting
// lead tells (sentInfo.countedLead), when t's own words name no day and
// the lead tells a day other than t's; false otherwise.
func (e *Extractor) leadDayClock(c *reportCtx, d *draft, t *timeExpr) (timeExpr, bool) {
	if d.firstSent < 0 || d.firstSent >= len(c.sents) {
		return timeExpr{}, false
	}
	k := c.sents[d.firstSent].countedLead - 1
	if k < 0 {
		return timeExpr{}, false
	}
	lt := c.latestTime(k)
	if lt == nil || lt.prec != model.TimeDay || t.end > len(c.r.Text) || dayNamed.in(fold.String(c.r.Text[t.start:t.end])) {
		return timeExpr{}, false
	}
	loc := t.t.Location()
	day, at := lt.t.In(loc), t.t
	if day.Year() == at.Year() && day.YearDay() == at.YearDay() {
		return timeExpr{}, false
	}
	out := *t
	out.t = time.Date(day.Year(), day.Month(), day.Day(), at.Hour(), at.Minute(), 0, 0, loc)
	return out, true
}

// dayNamed name a day in a time expression, folded ("el domingo a las
// siete", "ayer a las 22:00", "Sunday at 7 a.m.").
var dayNamed = newNeedles("lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "ayer", "hoy", "anoche", "manana del", "noche del", "tarde del",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight", "last night",
	"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre")
