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

// TestTimeKindWords checks timeKind against timeWords, the list it is
// built from, for every word of it and for each with a byte more or less.
func TestTimeKindWords(t *testing.T) {
	for w, day := range timeWords {
		if time, d := timeKind(w); !time || d != day {
			t.Errorf("timeKind(%q) = %v, %v, want true, %v", w, time, d, day)
		}
		for _, v := range []string{w + "s", w[:len(w)-1], "x" + w} {
			_, known := timeWords[v]
			if time, d := timeKind(v); time != known || d != timeWords[v] {
				t.Errorf("timeKind(%q) = %v, %v, want %v, %v", v, time, d, known, timeWords[v])
			}
		}
	}
}
