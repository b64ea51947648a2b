package extract

import (
	"testing"

	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/model"
)

// TestOverviewsTwoOfOneSentence checks that overviews ends and keeps both
// drafts when one sentence gives two blockade overviews (two states, say)
// and no act is told one by one after it: finding the overview again
// after its sort must not send the loop back to the first of the two.
// Before the fix the loop went between them for ever.
func TestOverviewsTwoOfOneSentence(t *testing.T) {
	c := &reportCtx{sents: []sentInfo{{units: 3}, {}}}
	state := func(code string) placeRef {
		return placeRef{place: gazetteer.Place{Kind: gazetteer.State, StateCode: code}}
	}
	ds := []draft{
		{typ: model.Blockade, sents: []int{0}, place: state("16"), placeFrom: fromSentence},
		{typ: model.Blockade, sents: []int{0}, place: state("14"), placeFrom: fromSentence},
	}
	got := overviews(c, ds)
	if len(got) != 2 || got[0].place.place.StateCode != "16" || got[1].place.place.StateCode != "14" {
		t.Fatalf("overviews = %d drafts %+v, want the two overviews in their order", len(got), got)
	}
}
