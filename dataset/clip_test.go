package dataset

import (
	"context"
	"strings"
	"testing"

	"github.com/atalaya/atalaya/report"
)

// TestErrorsNamed holds that a data file's row too long for the reader is
// named by its line, and that an item's error names the item cut.
func TestErrorsNamed(t *testing.T) {
	rows := "{}\n\n" + strings.Repeat("x", maxRow+10) + "\n"
	err := eachRow(context.Background(), strings.NewReader(rows), func([]byte, int) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "line 3") {
		t.Errorf("eachRow = %v, want an error naming line 3", err)
	}
	it := Item{ID: strings.Repeat("id", 1000), Line: []byte(`{"text":""}`)}
	if _, err := it.Reports(report.Options{}); err == nil || len(err.Error()) > 200 {
		t.Errorf("Reports = %d bytes of error, want one under 200", len(err.Error()))
	}
}
