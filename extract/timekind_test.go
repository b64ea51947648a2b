package extract

import "testing"

// TestTimeKind checks timeKind's answers, its shape filter letting every
// word of timeWords through.
func TestTimeKind(t *testing.T) {
	tests := []struct {
		w         string
		time, day bool
	}{
		{"ayer", true, true},
		{"madrugada", true, true},
		{"sunday", true, true},
		{"de", true, false},
		{"la", true, false},
		{"pasado", true, false},
		{"over", true, false},
		{"los", false, false},
		{"dos", false, false},
		{"domingos", false, false},
		{"a", false, false},
		{"", false, false},
		{"Domingo", false, false},
		{"mediodias", false, false},
		{"afternoons", false, false},
	}
	for _, tt := range tests {
		if time, day := timeKind(tt.w); time != tt.time || day != tt.day {
			t.Errorf("timeKind(%q) = %v, %v, want %v, %v", tt.w, time, day, tt.time, tt.day)
		}
	}
	for w, day := range timeWords {
		if time, d := timeKind(w); !time || d != day {
			t.Errorf("timeKind(%q) = %v, %v, want true, %v", w, time, d, day)
		}
	}
}
