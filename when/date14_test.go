package when

import (
	"testing"
	"time"
)

// TestDate14 checks the weekday forms read first for branch date14: "el
// sábado próximo pasado" is the last Saturday, while "el sábado próximo"
// and "el próximo sábado" are still to come. Calendar of September 2023:
// Sat 9, Sun 10, Mon 11; published Monday 11 at 09:00. The English
// small hours told bare ("during the early morning") are the
// publication day's, as "durante la madrugada".
func TestDate14(t *testing.T) {
	r := resolver(t)
	pub := time.Date(2023, 9, 11, 9, 0, 0, 0, r.loc)
	tests := []struct {
		text string
		span string // the first expression's text, "" for none
		at   string // local time, "01-02 15:04"
		en   bool   // English, else Spanish
	}{
		{"El sábado próximo pasado asesinaron a un taxista", "El sábado próximo pasado", "09-09 00:00", false},
		{"el domingo próximo pasado por la noche hubo un ataque", "el domingo próximo pasado por la noche", "09-10 21:00", false},
		{"Lo sepultarán el sábado próximo", "", "", false},
		{"Lo sepultarán el próximo sábado", "", "", false},
		// The English small hours told bare.
		{"Two men were killed during the early morning in Culiacán", "the early morning", "09-11 03:00", true},
		{"Two men were killed in the early hours in Culiacán", "the early hours", "09-11 03:00", true},
		{"Police found a body early this morning", "this morning", "09-11 09:00", true},
		{"The early morning raid left two dead", "", "", true},
	}
	for _, tt := range tests {
		lang := "es"
		if tt.en {
			lang = "en"
		}
		checkFirst(t, r, lang, pub, tt.text, tt.span, tt.at)
	}
}
