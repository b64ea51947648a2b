package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/model"
)

func TestTypeRules(t *testing.T) {
	e := newFakeExtractor()
	pub := time.Date(2026, 2, 23, 9, 0, 0, 0, mexico)
	tests := []struct {
		text string
		want model.IncidentType // "" for no incident
	}{
		{"Sujetos armados prendieron fuego a un tractocamión sobre la carretera a la altura de Tapalpa.", model.Blockade},
		{"Un comando atacó un OXXO en Celaya y después le prendió fuego.", model.BusinessAttack},
		{"Tres delincuentes fueron abatidos por el Ejército durante un enfrentamiento en Culiacán.", model.ArmedClash},
		{"Elementos de la Guardia Nacional detuvieron a dos hombres en Uruapan.", model.SecurityOperation},
		{"Tres delincuentes fueron abatidos por militares en Culiacán.", model.SecurityOperation},
		{"Incendian una vivienda en Zapopan.", model.Arson},
		{"Asesinan a balazos a un hombre en Celaya.", model.ArmedAttack},
		{"Hallan cuerpos sin vida en una fosa clandestina en Tonalá, Jalisco.", model.Homicide},
		{"Detienen a presunto responsable del asesinato de un comerciante en Celaya.", model.SecurityOperation},
		{"Privan de la libertad a un joven en Uruapan; secuestradores exigen rescate.", model.Kidnapping},
		{"Explota coche bomba frente a la comandancia de Celaya.", model.Explosive},
		{"Aseguran explosivos en un inmueble de Uruapan.", model.SecurityOperation},
		{"Colocan narcomantas en puentes de Culiacán.", model.Intimidation},
		{"Suspenden clases en Zapopan por la violencia.", model.Disruption},
		{"Gunmen torched vehicles to block the highway near Tapalpa, Jalisco.", model.Blockade},
		{"Autoridades desmienten la quema de vehículos en Uruapan.", ""},
		{"No se reportaron bloqueos en Celaya.", ""},
		{"Los grupos criminales podrían atacar en Culiacán.", ""},
		{"Cartel gunmen could trigger new blockades in Jalisco.", ""},
		{"En 2011 se registraron bloqueos en Zapopan.", ""},
		{"¿Habrá bloqueos en Zapopan?", ""},
		{"Bloqueo por obras de repavimentación en Zapopan.", ""},
		{"Choque entre dos autos deja un muerto en Celaya.", ""},
	}
	for _, tt := range tests {
		got := e.Extract(model.Report{ID: "t", Kind: model.KindNews, Text: tt.text, Published: pub})
		var typ model.IncidentType
		if len(got) > 0 {
			typ = got[0].Type
		}
		if typ != tt.want {
			t.Errorf("%q: type %q, want %q (%d incidents)", tt.text, typ, tt.want, len(got))
		}
	}
}

func TestActorRoles(t *testing.T) {
	e := newFakeExtractor()
	tests := []struct {
		text  string
		actor string
		role  model.ActorRole
	}{
		{"Hombres armados atacaron a elementos de la Guardia Nacional en Culiacán.", "Guardia Nacional", model.Target},
		{"Hombres armados atacaron a elementos de la Guardia Nacional en Culiacán.", "Grupo armado no identificado", model.Perpetrator},
		{"La Marina abatió a tres integrantes del CJNG en Tapalpa con apoyo de inteligencia de EE.UU.", "Inteligencia de Estados Unidos", model.Supporter},
		{"La Marina abatió a tres integrantes del CJNG en Tapalpa con apoyo de inteligencia de EE.UU.", "Secretaría de Marina", model.Perpetrator},
		{"Members of the Jalisco cartel attacked National Guard troops in Zapopan.", "Cártel Jalisco Nueva Generación", model.Perpetrator},
	}
	for _, tt := range tests {
		got := e.Extract(model.Report{ID: "t", Kind: model.KindNews, Text: tt.text})
		if len(got) == 0 {
			t.Errorf("%q: no incident", tt.text)
			continue
		}
		found := false
		for _, a := range got[0].Actors {
			if a.Name == tt.actor {
				found = true
				if a.Role != tt.role {
					t.Errorf("%q: %s role %s, want %s", tt.text, tt.actor, a.Role, tt.role)
				}
			}
		}
		if !found {
			t.Errorf("%q: actor %s missing in %+v", tt.text, tt.actor, got[0].Actors)
		}
	}
}

func TestHelpers(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want int
	}{{"252 bloqueos", 252}, {"mas de 1,200 bloqueos", 1200}, {"al menos 85 ataques", 85}, {"los bloqueos", -1}, {"19 vehiculos incendiados", -1}} {
		// the cue is the last word
		at := len(tt.s)
		for at > 0 && tt.s[at-1] != ' ' {
			at--
		}
		if got := numberBefore(tt.s, at, 0, 0); got != tt.want {
			t.Errorf("numberBefore(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
	for _, tt := range []struct {
		s    string
		want bool
	}{{"Guadalajara, Jal.- Hombres armados", true}, {"CULIACÁN (AP) — Gunmen", true}, {"Hombres armados quemaron autos.", false}} {
		if got := datelineEnd(tt.s) > 0; got != tt.want {
			t.Errorf("datelineEnd(%q) > 0 = %v", tt.s, got)
		}
	}
	hw := gazetteer.Place{Kind: gazetteer.Highway, Municipalities: []string{"14097", "14030"}}
	if got := stateOf(hw); got != "14" {
		t.Errorf("stateOf(highway in Jalisco) = %q", got)
	}
	hw.Municipalities = append(hw.Municipalities, "06001")
	if got := stateOf(hw); got != "" {
		t.Errorf("stateOf(highway across states) = %q", got)
	}
}
