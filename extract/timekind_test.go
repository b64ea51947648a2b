package extract

import "testing"

func TestTimeKind(t *testing.T) {
	for _, tc := range []struct {
		w         string
		time, day bool
	}{
		{"ayer", true, true}, {"miercoles", true, true}, {"wednesday", true, true}, {"hoy", true, true},
		{"el", true, false}, {"pasada", true, false}, {"over", true, false},
		{"los", false, false}, {"ayeres", false, false}, {"domingos", false, false}, {"a", false, false}, {"", false, false}, {"madrugadas", false, false},
	} {
		if time, day := timeKind(tc.w); time != tc.time || day != tc.day {
			t.Errorf("timeKind(%q) = %v, %v, want %v, %v", tc.w, time, day, tc.time, tc.day)
		}
	}
}
