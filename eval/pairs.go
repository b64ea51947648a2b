package eval

import (
	"context"

	"github.com/atalaya/atalaya/fuse"
	"github.com/atalaya/atalaya/model"
)

// FusionData is a fusion set read once by extraction, as Run reads it:
// the predicted incidents as fusion items, which gold event each one
// paired with carries, and what scoring a fusion configuration on them
// needs (a learned pair decision is trained and cross-validated on it).
type FusionData struct {
	t *fusionTally
}

// PrepareFusion runs the pipeline on the cases and matches each report's
// predicted incidents to its gold ones as Run does.
func PrepareFusion(ctx context.Context, cases []Case, p Pipeline) (*FusionData, error) {
	_, fz, err := read(ctx, cases, p)
	if err != nil {
		return nil, err
	}
	return &FusionData{t: fz}, nil
}

// Items returns the predicted incidents as fusion items (in no order:
// fusion sorts them).
func (d *FusionData) Items() []fuse.Item { return d.t.items }

// Labels returns the gold event of each predicted incident that paired
// with a labelled gold incident, by incident id.
func (d *FusionData) Labels() map[string]string {
	out := make(map[string]string, len(d.t.gold))
	for _, g := range d.t.gold {
		if g.pred != "" {
			out[g.pred] = g.label
		}
	}
	return out
}

// GoldTypes returns the gold type of each predicted incident that paired
// with a labelled gold incident, by incident id.
func (d *FusionData) GoldTypes() map[string]string {
	out := make(map[string]string, len(d.t.gold))
	for _, g := range d.t.gold {
		if g.pred != "" {
			out[g.pred] = g.typ
		}
	}
	return out
}

// Score fuses the predicted incidents (and the gold ones) with cfg and
// scores the pairs as Run does.
func (d *FusionData) Score(cfg fuse.Config) (*FusionScore, error) {
	return d.t.score(cfg)
}

// LostCause names the first difference of two predicted incidents that
// fusion kept apart (LostCauses; nil: no prediction), as eval counts them.
func LostCause(a, b *model.Incident) string { return lostCause(a, b) }

// DescribeIncident tells a predicted incident's type, place, time and
// first evidence sentence in one line, as eval --why does.
func DescribeIncident(in *model.Incident) string { return describeIncident(in) }
