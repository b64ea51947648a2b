package fuse

// memberType returns the type agreement of a member x and a newcomer m,
// given tc, that of m's type with the event's: full when x tells the act
// under m's own type. An event of a blockade wave holds the act under
// several names (a narcobloqueo, a quema de vehículos, an arson); a
// newcomer that an outlet calls a blockade agrees in type with the
// member called a blockade, whatever most of the event's members call
// it, so that of two events of one road and one day it takes the one
// whose members tell its act under its name, not the one whose majority
// does.
func memberType(x, m *member, tc float64) float64 {
	if t := m.it.Incident.Type; x.it.Incident.Type == t && family(t) == 2 {
		return 1
	}
	return tc
}

// sameReading reports whether x and m, two readings of one sentence,
// give it one time: the same, told alike, or a time in one and none in
// the other (extraction dated one reading and not its twin: "bloquearon
// la tarde de este viernes el acceso a la tenencia de Felipe Carrillo
// Puerto" read at a homonym locality with the day and at the act's town
// with no time).
func sameReading(x, m *member) bool {
	a, b := &x.it.Incident, &m.it.Incident
	if (a.Time == nil) != (b.Time == nil) {
		return true
	}
	return x.key.Equal(m.key) && a.TimePrecision == b.TimePrecision
}
