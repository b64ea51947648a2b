package gazetteer

import (
	"strings"
	"testing"
)

// TestNormKey checks normKey's shortcut against trimming and joining the
// fields of each key: both must give the same key.
func TestNormKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"leon", "leon"},
		{"san luis potosi", "san luis potosi"},
		{" leon", "leon"},
		{"leon ", "leon"},
		{"san  luis", "san luis"},
		{"san\tluis", "san luis"},
		{"san\nluis\r", "san luis"},
		{"san\u00a0luis", "san luis"},
		{"san\u2009luis", "san luis"},
		{"san\u3000luis", "san luis"},
		{"\u0085leon", "leon"},
		{"nuñez", "nuñez"},
		{"acuña coahuila", "acuña coahuila"},
		{"a\xffb", "a\xffb"},
	}
	for _, tt := range tests {
		if got := normKey(tt.in); got != tt.want {
			t.Errorf("normKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if slow := strings.Join(strings.Fields(tt.in), " "); slow != tt.want {
			t.Errorf("Fields of %q joined = %q, want %q", tt.in, slow, tt.want)
		}
	}
}
