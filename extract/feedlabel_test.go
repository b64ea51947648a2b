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

// TestFeedLabelCarriedPlaces holds that no reader of a sentence's places
// slices the text backwards from a place the sentence carries from its
// feed label, which lies before the sentence (each row once panicked).
func TestFeedLabelCarriedPlaces(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 2, 23, 9, 30, 0, 0, mexico)
	for _, text := range []string{
		// placeTypes: does the label's town open a clause of the act? (placeFirst)
		"ALERT | Reynosa, Tamaulipas (MX). Clashes and burning of vehicles reported in Sinaloa.",
		"ALERTA | Reynosa, Tamaulipas (MX). Enfrentamiento y quema de vehículos en Sinaloa.",
	} {
		r := model.Report{ID: "fl", Kind: model.KindAlertFeed, Text: text, Published: pub}
		func() {
			defer func() {
				if x := recover(); x != nil {
					t.Errorf("%q: panic: %v", text, x)
				}
			}()
			checkInvariants(t, r, e.Extract(r))
		}()
	}
}

// TestFeedLabelAndAdvice holds that an alert feed item's label, with a
// state's abbreviation, a parenthesized municipality or the local time it
// files at ("ALERT | Tijuana, BC.", "ALERT | Fresnillo, Zacatecas (MX) —
// 10:18 local."), and the advice no issuer gives ("Shelter in place if
// nearby.") are no advisory beside the act the item tells, nor is a label
// that names a road's kilometre and town ("ALERTA | Autopista
// Monterrey–Reynosa, km 30, a la altura de Cadereyta Jiménez, NL."); an advisory a
// consulate issues, and an item that tells no act, keep theirs. The texts
// are written for the test.
func TestFeedLabelAndAdvice(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2026, 2, 23, 9, 30, 0, 0, mexico)
	for _, tc := range []struct {
		text     string
		advisory bool // an advisory is among the incidents
	}{
		{"ALERT | Tijuana, BC. Residents report gunfire outside a bar in colonia Camino Verde; one man reported wounded.", false},
		{"ALERTA | Cuernavaca, Mor. Reportan a un hombre asesinado a balazos en la colonia Antonio Barona. Evite la zona.", false},
		{"ALERT | Fresnillo, Zacatecas (MX) — 10:18 local. Gunmen shot dead a man at a car wash north of the city.", false},
		{"SECURITY ALERT | Ciudad Obregón (Cajeme), Sonora (MX). Gunmen fired at a pharmacy downtown; one employee wounded.", false},
		{"ALERT | Tepic, Nayarit (MX). Gunmen shot a man outside a gas station on Boulevard Colosio. Shelter in place if nearby.", false},
		{"ALERTA | Celaya, Guanajuato (MX). Hombres armados atacaron a balazos una tienda. Se recomienda resguardarse y evitar la zona.", false},
		// A label that names where on a road the item files from.
		{"ALERTA | Autopista Monterrey–Reynosa, km 30, a la altura de Cadereyta Jiménez, NL. Sujetos armados incendiaron un tractocamión y lo atravesaron en ambos carriles.", false},
		{"ALERTA | Carretera 45 tramo Zacatecas–Fresnillo, km 22, municipio de Calera, Zac. Localizan el cuerpo de un hombre con impactos de bala junto al acotamiento.", false},
		{"ALERT | Federal Highway 57, km 12, near Ramos Arizpe, Coah. Gunmen fired on a Guardia Nacional patrol.", false},
		// Controls.
		{"ALERTA | Autopista Monterrey–Reynosa, km 30, Cadereyta Jiménez, NL. Se recomienda evitar la zona.", true},
		{"ALERT | Reynosa, Tamaulipas (MX). Gunmen set buses on fire across Reynosa. The U.S. Consulate General in Matamoros has ordered U.S. government personnel in Reynosa to shelter in place.", true},
		{"ALERT | Reynosa, Tamaulipas (MX). Shelter in place until further notice.", true},
	} {
		r := model.Report{ID: "fa", Lang: "en", Kind: model.KindAlertFeed, Text: tc.text, Published: pub}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		advisory := false
		for _, in := range got {
			advisory = advisory || in.Type == model.Advisory
		}
		if advisory != tc.advisory || len(got) == 0 {
			t.Errorf("%q: incidents %v, want an advisory %v", tc.text, types(got), tc.advisory)
		}
	}
}
