// Command gen trains the relevance model on the repository's own texts
// (training.Sets) and writes its file; with -cv it instead prints what
// leaving one set out gives, for the rules alone, the model alone and
// both.
//
//	go run ./relevance/internal/gen -out relevance/model.bin
//	go run ./relevance/internal/gen -cv [-t 0.2] [-dump FILE] [-list]
//	go run ./relevance/internal/gen -tune
//	go run ./relevance/internal/gen -headline -out relevance/headline.bin
//	go run ./relevance/internal/gen -headline -cv [-titles=false] [-low 0.1 -high 0.9]
//	go run ./relevance/internal/gen -headline -score testdata/headlines/en1.tsv [-model relevance/headline.bin]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/atalaya/atalaya/relevance"
	"github.com/atalaya/atalaya/relevance/internal/training"
)

func main() {
	out := flag.String("out", "", "write the model file here")
	cv := flag.Bool("cv", false, "print the leave-one-set-out table instead of writing the model")
	var c cvFlags
	flag.Float64Var(&c.t, "t", relevance.Threshold, "with -cv: the threshold of the per-set table")
	flag.StringVar(&c.dump, "dump", "", "with -cv: write a line per text (set, id, label, probability left out, the rules' outcome, words) to `FILE`")
	flag.BoolVar(&c.list, "list", false, "with -cv: list the texts the judge is asked about that it finds below 0.5")
	tuneFlag := flag.Bool("tune", false, "print the leave-one-set-out AUC and log loss of a few penalties instead")
	headline := flag.Bool("headline", false, "the headline model (relevance.Headline) instead of the relevance model")
	titles := flag.Bool("titles", true, "with -headline: train on the titles of the gold and no-incident sets too")
	flag.Float64Var(&c.low, "low", relevance.HeadlineLow, "with -headline -cv: the low threshold")
	flag.Float64Var(&c.high, "high", relevance.HeadlineHigh, "with -headline -cv: the high threshold")
	scoreFlag := flag.String("score", "", "with -headline: print what the rules alone and with the model file -model read in these comma-separated headline files (paths from the root)")
	modelFile := flag.String("model", "relevance/headline.bin", "with -headline -score: the model file (a path from the root)")
	root := flag.String("root", "", "the repository's root (default: the directory of the go.mod above the working directory)")
	flag.Parse()
	var err error
	if *headline {
		err = runHeadline(*root, *out, *cv, *titles, c, *scoreFlag, *modelFile)
	} else {
		err = run(context.Background(), *root, *out, *cv, *tuneFlag, c)
	}
	if err != nil {
		slog.Error("gen", "err", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, root, out string, cv, tuning bool, c cvFlags) error {
	if root == "" {
		r, err := findRoot()
		if err != nil {
			return err
		}
		root = r
	}
	xs, err := training.Corpus(os.DirFS(root), training.Sets())
	if err != nil {
		return err
	}
	if tuning {
		return tune(os.Stdout, xs)
	}
	if cv {
		return crossValidate(ctx, os.Stdout, xs, c)
	}
	if out == "" {
		return errors.New("give -out FILE or -cv")
	}
	m, err := training.Train(xs, training.DefaultOptions())
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, m.Encode(), 0o644); err != nil {
		return fmt.Errorf("writing the model: %w", err)
	}
	slog.Info("relevance model written", "file", out, "texts", len(xs), "features", m.Features())
	return nil
}

func runHeadline(root, out string, cv, titles bool, c cvFlags, score, mf string) error {
	if root == "" {
		r, err := findRoot()
		if err != nil {
			return err
		}
		root = r
	}
	if score != "" {
		return scoreHeads(os.Stdout, os.DirFS(root), mf, strings.Split(score, ","), c.low, c.high)
	}
	xs, err := training.HeadlineCorpus(os.DirFS(root), titles)
	if err != nil {
		return err
	}
	if cv {
		return headCV(os.Stdout, xs, c.low, c.high)
	}
	if out == "" {
		return errors.New("give -out FILE or -cv")
	}
	o, ot := training.HeadlineOptions()
	m, err := training.TrainHeadline(xs, o, ot)
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, m.Encode(), 0o644); err != nil {
		return fmt.Errorf("writing the headline model: %w", err)
	}
	inc, typed := m.Features()
	slog.Info("headline model written", "file", out, "headlines", len(xs), "types", len(m.Types()), "incident features", inc, "type features", typed)
	return nil
}

// findRoot returns the nearest directory above the working directory
// holding go.mod.
func findRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", errors.New("no go.mod above the working directory: give -root")
		}
		dir = up
	}
}
