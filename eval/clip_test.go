package eval

import (
	"strings"
	"testing"
)

// TestReadErrorsClipValues holds that an error of a gold file or a
// headline set names the line and quotes the value at fault cut
// (internal/clip), and that a line too long for the reader is named.
func TestReadErrorsClipValues(t *testing.T) {
	long := strings.Repeat("Balacera en Tonalá. ", 100)
	gold := func(incident string) error {
		_, err := ReadGold(strings.NewReader("\n" + `{"report":{"id":"g","text":"x"},"incidents":[` + incident + `]}`))
		return err
	}
	head := func(line string) error {
		_, err := ReadHeadlines(strings.NewReader("homicide\t14\t-\t1\tAsesinan a uno\n" + line + "\n"))
		return err
	}
	for _, tt := range []struct {
		name string
		err  error
		line string
	}{
		{"gold type", gold(`{"type":"` + long + `"}`), "gold line 2"},
		{"gold date", gold(`{"type":"homicide","time":"` + long[:10] + `"}`), "gold line 2"},
		{"gold time", gold(`{"type":"homicide","time":"` + long + `"}`), "gold line 2"},
		{"gold unknown key", gold(`{"type":"homicide","` + long + `":1}`), "gold line 2"},
		{"headline type", head(long + "\t-\t-\t-\tx"), "line 2"},
		{"headline state", head("-\t" + long + "\t-\t-\tx"), "line 2"},
		{"headline municipality", head("-\t-\t" + long + "\t-\tx"), "line 2"},
		{"headline killed", head("-\t-\t-\t" + long + "\tx"), "line 2"},
		{"headline too long", head("-\t-\t-\t-\t" + strings.Repeat(long, 600)), "line 2"},
	} {
		if tt.err == nil || len(tt.err.Error()) > 300 || !strings.Contains(tt.err.Error(), tt.line+":") {
			t.Errorf("%s: error of %d bytes %.300q, want one under 300 naming %s", tt.name, len(tt.err.Error()), tt.err, tt.line)
		}
	}
}
