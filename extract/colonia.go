package extract

import (
	"github.com/atalaya/atalaya/extract/colonia"
	"github.com/atalaya/atalaya/model"
)

// setNeighborhoods sets the neighbourhood of each incident of incs to the
// one its evidence, the sentences telling it, names (colonia.Of).
func setNeighborhoods(incs []model.Incident) {
	for k := range incs {
		incs[k].Location.Neighborhood = colonia.Of(incs[k].Evidence)
	}
}
