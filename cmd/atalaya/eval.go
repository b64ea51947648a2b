package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/atalaya/atalaya/eval"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/report"
)

func runEval(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("eval", stderr)
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(paths) != 1 {
		return usageError{"give one gold file"}
	}
	f, err := os.Open(paths[0])
	if err != nil {
		return err
	}
	defer f.Close()
	cases, err := eval.ReadGold(f)
	if err != nil {
		return fmt.Errorf("%s: %w", paths[0], err)
	}
	ex, err := newExtractor(nil)
	if err != nil {
		return err
	}
	pipeline := func(line []byte) (model.Report, []model.Incident, error) {
		r, err := report.DecodeLine(line, report.Options{})
		if err != nil {
			return model.Report{}, nil, err
		}
		return r, ex.Extract(r), nil
	}
	scores, err := eval.Run(ctx, cases, pipeline)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(scores)
	}
	return scores.Write(stdout)
}
