package fuse

import (
	"testing"

	"github.com/atalaya/atalaya/model"
)

func TestForcesApart(t *testing.T) {
	force := func(name string, role model.ActorRole) model.Actor {
		return model.Actor{Name: name, Kind: model.StateForce, Role: role}
	}
	gunmen := model.Actor{Name: "Grupo armado no identificado", Kind: model.UnidentifiedArmedGroup, Role: model.Perpetrator}
	mk := func(typ model.IncidentType, actors ...model.Actor) *model.Incident {
		return &model.Incident{Type: typ, Actors: append([]model.Actor{gunmen}, actors...)}
	}
	tests := []struct {
		name  string
		a, b  *model.Incident
		apart bool
	}{
		{"municipal patrol and state officers",
			mk(model.ArmedAttack, force("Policía Municipal", model.Target)),
			mk(model.Homicide, force("Policía Estatal", model.Target)), true},
		{"Fuerza Civil is the state police",
			mk(model.ArmedAttack, force("Fuerza Civil", model.Target)),
			mk(model.ArmedAttack, force("Policía Estatal de Nuevo León", model.Target)), false},
		{"army and Guardia Nacional are one",
			mk(model.ArmedAttack, force("Secretaría de la Defensa Nacional", model.Target)),
			mk(model.ArmedAttack, force("Guardia Nacional", model.Target)), false},
		{"a joint patrol names both",
			mk(model.ArmedAttack, force("Policía Municipal", model.Target), force("Policía Estatal", model.Target)),
			mk(model.ArmedAttack, force("Policía Estatal", model.Target)), false},
		{"police of no class part nothing",
			mk(model.ArmedAttack, force("Policía", model.Target)),
			mk(model.ArmedAttack, force("Policía Municipal", model.Target)), false},
		{"a clash names forces on either side",
			mk(model.ArmedClash, force("Secretaría de la Defensa Nacional", model.Perpetrator), force("Policía Estatal", model.Target)),
			mk(model.ArmedClash, force("Secretaría de la Defensa Nacional", model.Target)), false},
		{"a force that shoots is no target",
			mk(model.ArmedAttack, force("Policía Municipal", model.Perpetrator)),
			mk(model.ArmedAttack, force("Policía Estatal", model.Target)), false},
	}
	for _, tt := range tests {
		if got := forcesApart(tt.a.Type, forcesStruck(tt.a.Actors), tt.b.Type, forcesStruck(tt.b.Actors)); got != tt.apart {
			t.Errorf("%s: forcesApart = %v, want %v", tt.name, got, tt.apart)
		}
	}
}
