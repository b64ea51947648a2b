// Command gen trains the relevance model on the repository's own texts
// (training.Sets) and writes its file; with -cv it instead prints what
// leaving one set out gives, for the rules alone, the model alone and
// both.
//
//	go run ./relevance/internal/gen -out relevance/model.bin
//	go run ./relevance/internal/gen -cv
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/atalaya/atalaya/relevance"
	"github.com/atalaya/atalaya/relevance/internal/training"
)

func main() {
	out := flag.String("out", "", "write the model file here")
	cv := flag.Bool("cv", false, "print the leave-one-set-out table instead of writing the model")
	t := flag.Float64("t", relevance.Threshold, "with -cv: the threshold of the per-set table")
	root := flag.String("root", "", "the repository's root (default: the directory of the go.mod above the working directory)")
	flag.Parse()
	if err := run(context.Background(), *root, *out, *cv, *t); err != nil {
		slog.Error("gen", "err", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, root, out string, cv bool, t float64) error {
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
	if os.Getenv("RELEVANCE_TUNE") != "" {
		return tune(os.Stdout, xs)
	}
	if cv {
		return crossValidate(ctx, os.Stdout, xs, t)
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
