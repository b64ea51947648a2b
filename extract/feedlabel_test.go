package extract

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestFeedLabelPlacesTheAct holds that an alert feed item's label line
// ("SECURITY ALERT | Celaya, Guanajuato (MX).") places the act its next
// sentence tells with no town of its own, and that the label's places,
// which lie before that sentence, open no clause of it (a sentence with
// two cues once sliced the text backwards from the label's town).
func TestFeedLabelPlacesTheAct(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 2, 23, 9, 30, 0, 0, mexico)
	for _, tc := range []struct {
		text, muni string
	}{
		{"SECURITY ALERT | Celaya, Guanajuato (MX). Gunmen opened fire on a bar and shot dead two men.", "11007"},
		{"ALERTA | Celaya, Guanajuato (MX). Hombres armados dispararon contra un bar y asesinaron a dos hombres.", "11007"},
		{"ALERT | Culiacán, Sinaloa (MX). Armed men attacked a patrol and wounded three officers.", "25006"},
	} {
		r := model.Report{ID: "fl", Kind: model.KindAlertFeed, Text: tc.text, Published: pub}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		if len(got) != 1 || got[0].Location.MunicipalityCode != tc.muni {
			t.Errorf("%q: got %d incidents %v, want one in %s", tc.text, len(got), munis(got), tc.muni)
		}
	}
}

func munis(in []model.Incident) []string {
	var out []string
	for _, x := range in {
		out = append(out, x.Location.MunicipalityCode)
	}
	return out
}
