package explain

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/extract"
	"github.com/atalaya/atalaya/model"
)

// TestIncidentTimeAtPlace checks that an incident's time is written on
// its place's clock: an act at 23:30 in Tijuana on 3 September 2023 is on
// the 3rd there, though 00:30 on the 4th in Mexico City.
func TestIncidentTimeAtPlace(t *testing.T) {
	tijuana, err := time.LoadLocation("America/Tijuana")
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2023, 9, 3, 23, 30, 0, 0, tijuana)
	tests := []struct {
		state, muni string
		prec        model.TimePrecision
		want        string
	}{
		{"02", "02004", model.TimeMinute, "2023-09-03T23:30"},
		{"02", "02004", model.TimeDay, "2023-09-03"},
		{"09", "", model.TimeMinute, "2023-09-04T00:30"}, // Mexico City's clock
		{"", "", model.TimeDay, "2023-09-04"},            // no place: Mexico City's
	}
	for _, tt := range tests {
		in := model.Incident{Type: model.Homicide, Time: &at, TimePrecision: tt.prec,
			Location: model.Location{StateCode: tt.state, MunicipalityCode: tt.muni}}
		if got := incident(in, extract.Trace{}).Time; got != tt.want {
			t.Errorf("state %q, %s: time %q, want %q", tt.state, tt.prec, got, tt.want)
		}
	}
}
