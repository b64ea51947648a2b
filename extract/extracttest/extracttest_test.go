package extracttest

import (
	"testing"

	"github.com/atalaya/atalaya/model"
)

func TestPlanned(t *testing.T) {
	p := Planned{"a": {Type: model.Blockade}}
	r := model.Report{ID: "r1", GivenID: "a", Text: "Bloquean la carretera."}
	got := p.Extract(r)
	if len(got) != 1 || got[0].Type != model.Blockade || got[0].ReportID != "r1" {
		t.Fatalf("Extract(planned report) = %+v", got)
	}
	if ev := got[0].Evidence; len(ev) != 1 || ev[0].Text != r.Text || ev[0].End != len(r.Text) || ev[0].ReportID != "r1" {
		t.Errorf("evidence %+v, want the whole text of r1", ev)
	}
	if got := p.Extract(model.Report{ID: "r2", GivenID: "b", Text: "x"}); got != nil {
		t.Errorf("Extract(unplanned report) = %+v, want none", got)
	}
}
