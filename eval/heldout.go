package eval

import "path/filepath"

// HeldOut reports whether path names a held-out set, one scored for its
// aggregates only and never listed report by report (atalaya eval --why,
// atalaya explain) lest the rules be tuned to it: by its base name, or
// the base name of the file a link at path points to. (A copy under
// another name is not caught; neither is standard input.)
func HeldOut(path string) bool {
	names := []string{filepath.Base(path)}
	if real, err := filepath.EvalSymlinks(path); err == nil {
		names = append(names, filepath.Base(real))
	}
	for _, n := range names {
		switch n {
		case "test.jsonl", "dev7.jsonl", "fusion7.jsonl", "fusion9.jsonl", "fusion12.jsonl", "fusion14.jsonl", "fusion16.jsonl", "fusion18.jsonl", "fusion20.jsonl", "fusion22.jsonl", "fusion24.jsonl", "fusion26.jsonl", "fusion28.jsonl", "fusion30.jsonl", "fusion32.jsonl", "fusion34.jsonl", "fusion36.jsonl", "fusion38.jsonl", "fusion40.jsonl", "fusion42.jsonl", "fusion44.jsonl", "fusion46.jsonl", "fusion48.jsonl", "fusion50.jsonl", "fusion52.jsonl", "fusion54.jsonl", "fusion56.jsonl", "fusion58.jsonl", "fusion60.jsonl", "fusion62.jsonl", "fusion64.jsonl", "fusion66.jsonl",
			"unseen12.jsonl", "unseen14.jsonl", "unseen16.jsonl", "unseen17.jsonl", "unseen18.jsonl", "unseen19.jsonl", "unseen20.jsonl", "unseen21.jsonl",
			"sealed1.tsv", "sealed2.tsv", "sealed3.tsv", "sealed4.tsv", "sealed5.tsv", "sealed6.tsv", "sealed7.tsv", "sealed8.tsv":
			return true
		}
	}
	return false
}
