package ingest_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/fuse"
	"github.com/atalaya/atalaya/ingest"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/store"
)

// TestSlipsIncrementalEqualsRebuild stores, one report a batch and in
// several orders, reports that fusion joins across extraction's slips (a
// town misread from a road's name, joined by merging two events; one act
// told twice by one report; an arrest beside the clash it followed),
// fusing after each batch; the events must be those a rebuild gives, and
// the ones the reports tell.
func TestSlipsIncrementalEqualsRebuild(t *testing.T) {
	ctx := context.Background()
	mx, _ := time.LoadLocation("America/Mexico_City")
	day := time.Date(2029, 10, 4, 0, 0, 0, 0, mx)
	type act struct {
		typ              model.IncidentType
		place            [4]string // state code, state, municipality code, municipality
		lat, lon         float64
		at               time.Time
		prec             model.TimePrecision
		killed, detained int
		text             string // the incident's evidence: the whole report when alone
	}
	entry := func(id, source string, acts ...act) store.Entry {
		text := ""
		for _, a := range acts {
			text += a.text + " "
		}
		e := store.Entry{Report: model.Report{ID: id, Source: source, Kind: model.KindNews, Published: day.Add(14 * time.Hour), Text: text}}
		off := 0
		for i, a := range acts {
			tt, lat, lon := a.at, a.lat, a.lon
			in := model.Incident{ID: id + "-" + string(rune('0'+i)), Type: a.typ, Time: &tt, TimePrecision: a.prec, Confidence: 0.8,
				Location: model.Location{StateCode: a.place[0], State: a.place[1], MunicipalityCode: a.place[2], Municipality: a.place[3],
					Lat: &lat, Lon: &lon, Precision: model.GeoMunicipality},
				Evidence: []model.Span{{Start: off, End: off + len(a.text)}}}
			if a.killed > 0 {
				in.Killed = &model.Count{N: a.killed}
			}
			if a.detained > 0 {
				in.Detained = &model.Count{N: a.detained}
			}
			e.Incidents = append(e.Incidents, in)
			off += len(a.text) + 1
		}
		return e
	}
	allende := [4]string{"19", "Nuevo León", "19004", "Allende"}
	montemorelos := [4]string{"19", "Nuevo León", "19038", "Montemorelos"}
	jiutepec := [4]string{"17", "Morelos", "17011", "Jiutepec"}
	comalapa := [4]string{"07", "Chiapas", "07034", "Frontera Comalapa"}
	morning, night := day.Add(9*time.Hour), day.Add(-2*time.Hour)
	reports := []store.Entry{
		entry("a", "El Norte", act{model.Homicide, montemorelos, 25.189, -99.829, day.Add(7*time.Hour + 10*time.Minute), model.TimeMinute, 3, 0,
			"ALLENDE, NL.- Los cuerpos de tres hombres fueron localizados a las 7:10 horas de este jueves a un costado de la Carretera Nacional, en el tramo Allende-Montemorelos, a la altura de la comunidad de Raíces."}),
		entry("b", "Wire", act{model.Homicide, allende, 25.281, -100.019, morning, model.TimeDay, 3, 0,
			"The bodies of three men were found on Thursday morning on the side of the old national highway in Allende, prosecutors said."}),
		entry("c", "Regional", act{model.Homicide, allende, 25.281, -100.019, morning, model.TimeDay, 3, 0,
			"En tanto, en el municipio de Allende, esta mañana fueron localizados los cuerpos de tres hombres a un costado de la Carretera Nacional, a la altura de la comunidad de Raíces."}),
		entry("d", "Night wire",
			act{model.Homicide, jiutepec, 18.881, -99.178, night, model.TimeDay, 2, 0, "Gunmen killed two municipal police officers in Jiutepec on Wednesday night."},
			act{model.ArmedAttack, jiutepec, 18.881, -99.178, night, model.TimeDay, 2, 0, "In Jiutepec, attackers in a small car opened fire on a patrol car, killing two officers and wounding a third."}),
		entry("e", "Diario de Morelos", act{model.ArmedAttack, jiutepec, 18.881, -99.178, night.Add(50 * time.Minute), model.TimeMinute, 2, 0,
			"Dos policías municipales de Jiutepec murieron luego de que civiles armados atacaran a balazos la patrulla, a las 22:50 horas."}),
		entry("f", "US daily",
			act{model.SecurityOperation, comalapa, 15.659, -92.142, day.Add(-24 * time.Hour), model.TimeDay, 0, 5, "Later on Wednesday, troops arrested five suspects linked to the attack."},
			act{model.ArmedClash, comalapa, 15.659, -92.142, day.Add(-21 * time.Hour), model.TimeDay, 8, 0, "Eight people were killed early Wednesday when soldiers and gunmen fought in Frontera Comalapa."}),
		entry("g", "Diario de Chiapas", act{model.ArmedClash, comalapa, 15.659, -92.142, day.Add(-24 * time.Hour), model.TimeDay, 6, 0,
			"FRONTERA COMALAPA, Chis.- Seis personas murieron este miércoles en un enfrentamiento entre militares y hombres armados."}),
	}
	// The events the reports tell, by incident id.
	want := [][]string{{"a-0", "b-0", "c-0"}, {"d-0", "d-1", "e-0"}, {"f-0"}, {"f-1", "g-0"}}
	orders := [][]int{{0, 1, 2, 3, 4, 5, 6}, {6, 5, 4, 3, 2, 1, 0}, {1, 2, 0, 4, 3, 6, 5}}
	for _, order := range orders {
		st, err := store.Open(ctx, filepath.Join(t.TempDir(), "f.db"))
		if err != nil {
			t.Fatal(err)
		}
		cfg := fuse.DefaultConfig()
		for _, i := range order {
			if _, err := st.Save(ctx, []store.Entry{reports[i]}); err != nil {
				t.Fatal(err)
			}
			if _, err := ingest.Fuse(ctx, st, cfg, false); err != nil {
				t.Fatal(err)
			}
		}
		incremental := listEvents(t, st)
		if _, err := ingest.Fuse(ctx, st, cfg, true); err != nil {
			t.Fatal(err)
		}
		rebuilt := listEvents(t, st)
		if !slices.Equal(incremental, rebuilt) {
			t.Errorf("order %v: incremental events\n%v\nrebuilt\n%v", order, incremental, rebuilt)
		}
		var got [][]string
		for _, line := range rebuilt {
			var ev model.Event
			if err := json.Unmarshal([]byte(line), &ev); err != nil {
				t.Fatal(err)
			}
			ids := slices.Clone(ev.IncidentIDs)
			slices.Sort(ids)
			got = append(got, ids)
		}
		slices.SortFunc(got, func(a, b []string) int { return strings.Compare(a[0], b[0]) })
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("order %v: events %v, want %v", order, got, want)
		}
		st.Close()
	}
}
