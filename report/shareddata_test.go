package report

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestDetectLangHeadlines measures language detection on the shared
// headline sets (Spanish PPD headlines, English UCDP headlines). It skips
// when ../shared/data is absent.
func TestDetectLangHeadlines(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "data")
	tests := []struct {
		file, field, want string
		minRate           float64 // share detected as want
		maxWrong          float64 // share detected as the other language
	}{
		{"monitor_ppd_2022.jsonl", "title", "es", 0.90, 0.02},
		// The UCDP "source_headline" field mixes English translations
		// with original Spanish headlines (a sample of those detected as
		// Spanish was mostly truly Spanish), so the floors are looser.
		{"ucdp_ged_mexico_1989_2020.jsonl", "source_headline", "en", 0.70, 0.25},
	}
	for _, tt := range tests {
		f, err := os.Open(filepath.Join(dir, tt.file))
		if err != nil {
			t.Skipf("shared data absent: %v", err)
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		var n, right, wrong, none int
		for sc.Scan() {
			var row map[string]any
			if json.Unmarshal(sc.Bytes(), &row) != nil {
				continue
			}
			s, _ := row[tt.field].(string)
			if len(s) < 20 {
				continue
			}
			n++
			switch DetectLang(s) {
			case tt.want:
				right++
			case "":
				none++
			default:
				wrong++
			}
		}
		if n == 0 {
			t.Fatalf("%s: no headlines", tt.file)
		}
		rate, wrongRate := float64(right)/float64(n), float64(wrong)/float64(n)
		t.Logf("%s: %d headlines, %.1f%% %s, %.1f%% other, %.1f%% undetermined", tt.file, n, 100*rate, tt.want, 100*wrongRate, 100*float64(none)/float64(n))
		if rate < tt.minRate || wrongRate > tt.maxWrong {
			t.Errorf("%s: %.3f detected as %s (want ≥ %.2f), %.3f as the other (want ≤ %.2f)", tt.file, rate, tt.want, tt.minRate, wrongRate, tt.maxWrong)
		}
	}
}
