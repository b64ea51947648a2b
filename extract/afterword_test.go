package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestAfterwordDay checks that a later paragraph going on about an act of
// another kind ("The wounded officer was in stable condition on
// Thursday") does not date an act told without a day of its own, which
// keeps the day told before, while a later paragraph about the act itself
// still dates it.
func TestAfterwordDay(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 11, 19, 11, 0, 0, 0, time.FixedZone("CST", -6*3600))
	tests := []struct {
		name, lang, text string
		want             []model.IncidentType
		days             []string
	}{
		{
			name: "en wounded officer's condition",
			lang: "en",
			text: "Sonora state police fought a gun battle with armed men late Tuesday near Guaymas, leaving two of the attackers dead and one officer wounded, the state security ministry said.\n\nThe shootout began at a checkpoint on the coastal highway. Officers later arrested three suspects who had fled into the hills, the ministry added.\n\nThe wounded officer was in stable condition on Wednesday.",
			want: []model.IncidentType{model.ArmedClash, model.SecurityOperation},
			days: []string{"2026-11-17", "2026-11-17"},
		},
		{
			name: "es herido estable",
			lang: "es",
			text: "Policías estatales se enfrentaron la noche del martes con un grupo armado en las afueras de Guaymas; dos agresores murieron y un agente resultó herido.\n\nPosteriormente, los agentes detuvieron a tres sospechosos que huyeron hacia el cerro.\n\nEl policía herido se reportaba estable este miércoles.",
			want: []model.IncidentType{model.ArmedClash, model.SecurityOperation},
			days: []string{"2026-11-17", "2026-11-17"},
		},
		{
			name: "en later paragraph dates the act",
			lang: "en",
			text: "Gunmen set a passenger bus and a tractor-trailer on fire on a highway near Uruapan, authorities in Michoacán state said Wednesday.\n\nThe burning vehicles cut traffic on the highway late Tuesday.",
			want: []model.IncidentType{model.Blockade},
			days: []string{"2026-11-17"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractActs(t, e, "aw-"+tt.name, model.KindNews, tt.lang, tt.text, pub, tt.want)
			for i, in := range got {
				if d := dayOf(in); d != tt.days[i] {
					t.Errorf("incident %d (%s): day %s, want %s", i, in.Type, d, tt.days[i])
				}
			}
		})
	}
}
