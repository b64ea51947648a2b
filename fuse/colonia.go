package fuse

import (
	"strings"

	"github.com/atalaya/atalaya/model"
)

// sameColonia reports whether the folded neighbourhood names a and b
// name one neighbourhood (one name, or one the start of the other:
// "Lomas del Real de Jarachina" and "Lomas del Real de Jarachina Sur").
func sameColonia(a, b string) bool {
	return a == b || strings.HasPrefix(a, b+" ") || strings.HasPrefix(b, a+" ")
}

// coloniasApart reports whether x and m, placed in one municipality and
// told to the minute or the hour (a sentence of their own, whose
// colonia is the act's), each name one neighbourhood
// (Location.Neighborhood) and not the same (a shooting in one colonia, a
// store attacked in another a quarter of an hour later): two acts. A
// text told to the day may tell the colonia of another act beside its
// own, and one naming two colonias has none (the arrests in one, for
// the attack in another).
func coloniasApart(x, m *member) bool {
	return x.precise && m.precise && coloniasDiffer(x, m)
}

// coloniasOwn reports whether x and m, placed in one municipality, name
// two neighbourhoods, one of them told to the minute or the hour (a
// sentence of its own, whose colonia is the act's), and neither's
// evidence names the other's colonia: each colonia is its own act's (a
// man shot dead in Las Joyas at 20:15, another in San Juan de Dios that
// night). A fact that parts them for the pair model (gColoniaOwn), not
// for the rules, which weigh the rest: one act's follow-up told to the
// day names the colonia of its arrests, and one naming the act's colonia
// beside another's (the arrests in one, for the attack in Camino Verde)
// is left open.
func coloniasOwn(x, m *member) bool {
	return (x.precise || m.precise) && coloniasDiffer(x, m) && !hasWord(x.plainText(), m.colonia) && !hasWord(m.plainText(), x.colonia)
}

// coloniasDiffer reports whether x and m, placed in one municipality,
// each name a neighbourhood and not the same one.
func coloniasDiffer(x, m *member) bool {
	a, b := &x.it.Incident.Location, &m.it.Incident.Location
	if a.MunicipalityCode == "" || a.MunicipalityCode != b.MunicipalityCode {
		return false
	}
	return x.colonia != "" && m.colonia != "" && !sameColonia(x.colonia, m.colonia)
}

// neighborhood sets the neighbourhood of l, an event's location taken
// from one of its members ms, to that of its most precise members placed
// in l's municipality by the text (the finest place, then a time to the
// minute or the hour, then the heaviest), or to none; two members that
// name different neighbourhoods there are a contradiction, returned with
// ok true.
func neighborhood(l *model.Location, ms []*member) (con model.Contradiction, ok bool) {
	l.Neighborhood = ""
	if l.MunicipalityCode == "" {
		return con, false
	}
	var best *member
	var names []string // folded, one a value of con
	for _, m := range ms {
		ml := &m.it.Incident.Location
		if m.colonia == "" || ml.MunicipalityCode != l.MunicipalityCode || priorOnly(m) {
			continue
		}
		if best == nil || m.prec < best.prec || m.prec == best.prec && (m.precise && !best.precise || m.precise == best.precise && m.weight > best.weight) {
			best = m
		}
		k := 0
		for k < len(names) && !sameColonia(names[k], m.colonia) {
			k++
		}
		if k == len(names) {
			names = append(names, m.colonia)
			con.Values = append(con.Values, model.ClaimedValue{Value: ml.Neighborhood})
		}
		con.Values[k].ReportIDs = append(con.Values[k].ReportIDs, m.it.Incident.ReportID)
	}
	if best != nil {
		l.Neighborhood = best.it.Incident.Location.Neighborhood
	}
	con.Field = "neighborhood"
	return con, len(names) > 1
}
