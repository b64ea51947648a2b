package eval

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestGoldTypes: each predicted incident paired with a labelled gold one
// is given that gold incident's type, whatever type it was read as; an
// unlabelled gold incident gives none.
func TestGoldTypes(t *testing.T) {
	gold := `{"report": {"id": "r1", "text": "Hombres armados mataron a tres personas en Jerez, Zacatecas."}, "incidents": [{"type": "armed_attack", "state": "Zacatecas", "state_code": "32", "municipality": "Jerez", "municipality_code": "32020", "event": "E1"}]}
{"report": {"id": "r2", "text": "Bloqueo en Fresnillo, Zacatecas."}, "incidents": [{"type": "blockade", "state": "Zacatecas", "state_code": "32", "municipality": "Fresnillo", "municipality_code": "32010"}]}
`
	cases, err := ReadGold(strings.NewReader(gold))
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2027, 11, 5, 12, 0, 0, 0, time.UTC)
	read := map[string]model.IncidentType{"r1": model.Homicide, "r2": model.Blockade}
	p := func(line []byte) (model.Report, []model.Incident, error) {
		id := "r1"
		if strings.Contains(string(line), `"r2"`) {
			id = "r2"
		}
		in := model.Incident{Type: read[id], Location: model.Location{StateCode: "32", MunicipalityCode: map[string]string{"r1": "32020", "r2": "32010"}[id]}, Time: &now, TimePrecision: model.TimeDay}
		return model.Report{ID: id, Text: "x"}, []model.Incident{in}, nil
	}
	d, err := PrepareFusion(context.Background(), cases, p)
	if err != nil {
		t.Fatal(err)
	}
	types := d.GoldTypes()
	var got []string
	for id, typ := range types {
		got = append(got, id+"="+typ)
	}
	if len(types) != 1 || !strings.HasSuffix(got[0], "=armed_attack") {
		t.Errorf("GoldTypes = %v, want the one labelled incident, typed armed_attack (read as a homicide)", got)
	}
}
