package model

import "testing"

// TestIncidentTypes checks that the taxonomy cannot be changed through
// what IncidentTypes returns, and what Valid accepts.
func TestIncidentTypes(t *testing.T) {
	ts := IncidentTypes()
	if len(ts) != 13 || ts[0] != Blockade || ts[12] != Policy {
		t.Fatalf("IncidentTypes() = %v", ts)
	}
	ts[0] = "riot"
	if got := IncidentTypes()[0]; got != Blockade {
		t.Errorf("after a caller changed its copy, IncidentTypes()[0] = %q, want %q", got, Blockade)
	}
	for _, tt := range []struct {
		t    IncidentType
		want bool
	}{
		{Blockade, true},
		{Policy, true},
		{SecurityOperation, true},
		{"", false},
		{"riot", false},
		{"Blockade", false},
	} {
		if got := tt.t.Valid(); got != tt.want {
			t.Errorf("%q.Valid() = %v, want %v", tt.t, got, tt.want)
		}
	}
}
