package dataset

import (
	"slices"
	"testing"

	"github.com/atalaya/atalaya/model"
)

func TestMapType(t *testing.T) {
	op := []model.IncidentType{model.SecurityOperation}
	clash := []model.IncidentType{model.ArmedClash}
	kid := []model.IncidentType{model.Kidnapping}
	hom := []model.IncidentType{model.Homicide}
	tests := []struct {
		types    []model.IncidentType
		headline string
		want     []model.IncidentType
		court    bool
	}{
		// Court steps after an arrest: no incident in this taxonomy.
		{op, "Vinculan a proceso a dos hombres por narcomenudeo en Celaya", nil, true},
		{op, "Sentencian a 40 años de prisión a secuestrador", nil, true},
		{op, "Le dan 30 años de cárcel por el homicidio de su vecino", nil, true},
		{op, "vinculan-a-proceso-a-presunto-ladron", nil, true},
		{op, "Prisión preventiva a pareja detenida por narcomenudeo", nil, true}, // an earlier arrest
		// An arrest told with it is an operation.
		{op, "Detienen y vinculan a proceso a tres por robo", op, false},
		{op, "Capturan a prófugo; queda en prisión preventiva", op, false},
		{op, "Aseguran droga en Tijuana", op, false},
		// Only a security-operation coding is remapped.
		{hom, "Sentencian a asesino de joven", hom, false},
		// A clash coded where the headline tells a one-sided attack or
		// a shooting: the attack is accepted too.
		{clash, "Atacan a policías estatales en Tlaquepaque", []model.IncidentType{model.ArmedClash, model.ArmedAttack}, false},
		{clash, "Balacera en Uruapan deja dos muertos", []model.IncidentType{model.ArmedClash, model.ArmedAttack}, false},
		{clash, "Se enfrentan policías y civiles armados en Fresnillo", clash, false},
		// Forces killing, coded as a clash: a security operation too.
		{clash, "Militares abaten a tres hombres armados en Nuevo Laredo", []model.IncidentType{model.ArmedClash, model.ArmedAttack, model.SecurityOperation}, false},
		// A killing in a clash the headline tells: the clash too.
		{[]model.IncidentType{model.Homicide, model.ArmedAttack}, "Enfrentamiento deja dos muertos en Salamanca", []model.IncidentType{model.Homicide, model.ArmedAttack, model.ArmedClash}, false},
		{hom, "Enfrentamiento entre grupos deja tres cuerpos en Jiquipilas", []model.IncidentType{model.Homicide, model.ArmedClash}, false},
		{clash, "Repelen agresión soldados en Culiacán", clash, false},
		// A rescue of captives: the operation is accepted too.
		{kid, "Rescatan a joven secuestrado en Ecatepec", []model.IncidentType{model.Kidnapping, model.SecurityOperation}, false},
		{kid, "Liberan a dos hombres privados de la libertad", []model.IncidentType{model.Kidnapping, model.SecurityOperation}, false},
		{kid, "Levantan a taxista en Orizaba", kid, false},
		{nil, "Vinculan a proceso a exalcalde", nil, false},
	}
	for _, tt := range tests {
		got, court := mapType(tt.types, words(tt.headline))
		if !slices.Equal(got, tt.want) || court != tt.court {
			t.Errorf("mapType(%v, %q) = %v, %v; want %v, %v", tt.types, tt.headline, got, court, tt.want, tt.court)
		}
	}
}

// TestCourtOnly checks the headline test that leaves court steps out of the
// place figures, whatever the coding.
func TestCourtOnly(t *testing.T) {
	tests := []struct {
		headline string
		want     bool
	}{
		{"Vinculan a proceso a hombre por homicidio en Celaya", true},
		{"Sentencian a 50 años de prisión a secuestrador en Jacona", true},
		{"En Tuxpan, imputan a pareja por extorsión", true},
		{"Llevan a audiencia a tres detenidos por el asesinato de un policía", true}, // a participle: an earlier arrest
		{"Capturan a prófugo y lo llevan a audiencia en Tepic", false},               // an arrest told
		{"Detienen y vinculan a proceso a dos en Zamora", false},
		{"Asesinan a hombre que salía de una audiencia en Fresnillo", false}, // an act told
		{"Asaltan tienda en Celaya", false},
	}
	for _, tt := range tests {
		if got := courtOnly(words(tt.headline)); got != tt.want {
			t.Errorf("courtOnly(%q) = %v; want %v", tt.headline, got, tt.want)
		}
	}
}

func TestOffTaxonomy(t *testing.T) {
	tests := []struct {
		headline string
		want     bool
	}{
		// A theft, an accident, forces' staffing: no incident of the taxonomy.
		{"Roban camioneta en la colonia Centro de Tehuacán", true},
		{"Ladrones saquean negocio de gorras en Puebla", true},
		{"Choca patrulla de la Guardia Nacional contra taxi en Culiacán", true},
		{"Capacitan a policías de Tlaxco en derechos humanos", true},
		{"Instalan módulo de canje de armas en Gómez Palacio", true},
		{"Habrá huelga de policías en Tepic", true},
		{"Vecinos de Xaltocan piden más vigilancia en la colonia Centro", true},
		{"Xaltocan exige justicia por la muerte de Quirino", false}, // a death may be a killing
		{"Enfrentamiento entre civiles y policías termina en choque", false},
		{"Emiten nuevo reglamento para agentes municipales de Jalacingo", true},
		// A weapon, a hold-up, a wound or violence may make it an incident.
		{"Familia denuncia agresión a su carro en la México 15", false},
		{"Roban a punta de pistola a comerciante en Celaya", false},
		{"Asaltan gasolinera en Irapuato", false},
		{"Sujetos armados roban camioneta en Culiacán", false},
		{"Choque entre grupos armados deja dos muertos", false},
		// An arrest, a recovery, an act, a deployment.
		{"Detienen a ladrón de autopartes en León", false},
		{"Recuperan camioneta robada en Mazatlán", false},
		{"Roban y queman camioneta en Uruapan", false},
		{"Llegan 200 militares a Reynosa", false},
		// Neither theft, accident nor staffing.
		{"Temor en Emiliano Zapata por presencia de hombres armados", false},
		{"Policías de Irapuato resguardan hielera con olor fétido", false},
	}
	for _, tt := range tests {
		if got := offTaxonomy(words(tt.headline)); got != tt.want {
			t.Errorf("offTaxonomy(%q) = %v; want %v", tt.headline, got, tt.want)
		}
	}
}
