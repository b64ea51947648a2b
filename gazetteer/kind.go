package gazetteer

// Kind is the kind of a gazetteer entry.
type Kind uint8

// The kinds of places.
const (
	Country Kind = iota
	State
	Municipality
	Locality
	MetroArea
	Highway
	Airport
	Port
	Prison
	BorderCrossing
)

var kindNames = [...]string{
	Country:        "country",
	State:          "state",
	Municipality:   "municipality",
	Locality:       "locality",
	MetroArea:      "metro_area",
	Highway:        "highway",
	Airport:        "airport",
	Port:           "port",
	Prison:         "prison",
	BorderCrossing: "border_crossing",
}

// String returns the lower-case name of the kind, e.g. "municipality".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// parseKind is the inverse of String.
func parseKind(s string) (Kind, bool) {
	for i, n := range kindNames {
		if n == s {
			return Kind(i), true
		}
	}
	return 0, false
}
