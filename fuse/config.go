package fuse

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/atalaya/atalaya/internal/clip"
	"github.com/atalaya/atalaya/model"
)

//go:embed defaults.json
var defaultConfig []byte

// pairModel is the learned pair decision (PairModel), written by
// fuse/internal/pairs from the development fusion sets.
//
//go:embed pairmodel.json
var pairModel []byte

// Config holds the knobs of fusion. DefaultConfig returns the embedded
// defaults (defaults.json beside this file); LoadConfig overrides them with
// the keys a JSON file gives.
type Config struct {
	// Reliability is the prior that a report of each kind states a field
	// correctly ("" for reports of unknown kind). It weighs the vote for
	// consensus fields and the confidence of an event.
	Reliability map[model.ReportKind]float64 `json:"reliability"`
	// Threshold is the score (0–1) above which an incident joins an event.
	Threshold float64 `json:"threshold"`
	// PointKm is the farthest two point-precision incidents may be and still
	// be one event; LocalityKm the same when they name the same locality.
	PointKm    float64 `json:"point_km"`
	LocalityKm float64 `json:"locality_km"`
	// UnplacedPointKm is how far a point without a municipality code may be
	// from a municipality-precision incident's coordinates.
	UnplacedPointKm float64 `json:"unplaced_point_km"`
	// NearDuplicate is the estimated Jaccard similarity of two report texts
	// (word 3-shingles) from which they count as one source.
	NearDuplicate float64 `json:"near_duplicate"`
	// HomonymText is the evidence similarity from which two incidents placed
	// in same-named municipalities of different states are taken for one
	// event (the state is then listed as a contradiction).
	HomonymText float64 `json:"homonym_text"`
	// MaxSpanHours bounds the time an event may span, first member to
	// last; at most 168.
	MaxSpanHours float64 `json:"max_span_hours"`
	// Pair, when set, may join an incident to an event the rules keep
	// it from (a place, a type or a day told otherwise), when no hard
	// fact parts them and it finds them likely enough one act.
	Pair *PairModel `json:"-"`
	// PairModel says whether Pair is the embedded model (pairmodel.json);
	// false leaves the rules alone.
	PairModel bool `json:"pair_model"`
}

// DefaultConfig returns the embedded defaults.
func DefaultConfig() Config {
	var c Config
	if err := json.Unmarshal(defaultConfig, &c); err != nil {
		panic("fuse: embedded defaults.json: " + err.Error()) // a build error, caught by tests
	}
	c.setPair()
	return c
}

// setPair sets Pair to the embedded model when PairModel says so, else to
// none.
func (c *Config) setPair() {
	c.Pair = nil
	if c.PairModel {
		p, err := ParsePairModel(pairModel)
		if err != nil {
			panic("fuse: embedded pairmodel.json: " + err.Error()) // a build error, caught by tests
		}
		c.Pair = p
	}
}

// LoadConfig reads a JSON configuration file over the defaults: keys it
// gives replace the default values (reliability kinds one by one), unknown
// keys are an error.
func LoadConfig(path string) (Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Config{}, fmt.Errorf("fuse: reading config: %w", err)
	}
	c, err := ParseConfig(b)
	var le lineError
	switch {
	case errors.As(err, &le):
		return Config{}, fmt.Errorf("fuse: config %s:%d: %w", path, le.line, le.err)
	case err != nil:
		return Config{}, fmt.Errorf("fuse: config %s: %w", path, err)
	}
	return c, nil
}

// lineError is an error of a configuration's JSON at a line (1-based).
type lineError struct {
	line int
	err  error
}

func (e lineError) Error() string { return fmt.Sprintf("line %d: %v", e.line, e.err) }
func (e lineError) Unwrap() error { return e.err }

// jsonError returns err, a decoding error of b, cut (an unknown key is
// quoted whole) and with its line when encoding/json tells where.
func jsonError(b []byte, err error) error {
	var off int64 = -1
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
	}
	err = clip.Error(err, 200)
	if off < 0 || off > int64(len(b)) {
		return err
	}
	return lineError{line: 1 + bytes.Count(b[:off], []byte("\n")), err: err}
}

// ParseConfig reads a JSON configuration over the defaults (see LoadConfig).
func ParseConfig(b []byte) (Config, error) {
	c := DefaultConfig()
	rel := c.Reliability
	c.Reliability = nil
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return Config{}, jsonError(b, err)
	}
	for k, v := range c.Reliability {
		rel[k] = v
	}
	c.Reliability = rel
	c.setPair()
	return c, c.check()
}

func (c Config) check() error {
	for k, v := range c.Reliability {
		if v < 0 || v > 1 {
			return fmt.Errorf("reliability of %s is %v, want 0 to 1", clip.Quote(string(k)), v)
		}
	}
	if c.Threshold <= 0 || c.Threshold > 2 {
		return fmt.Errorf("threshold %v out of range", c.Threshold)
	}
	if c.PointKm <= 0 || c.LocalityKm <= 0 || c.UnplacedPointKm <= 0 {
		return errors.New("distances must be positive")
	}
	if c.MaxSpanHours <= 0 || c.MaxSpanHours > 168 {
		// Incremental fusion reloads denials for events up to a week long
		// (DenialLookback).
		return errors.New("max_span_hours must be between 0 and 168")
	}
	return nil
}

// reliability returns the prior of a kind of report.
func (c *Config) reliability(k model.ReportKind) float64 {
	if v, ok := c.Reliability[k]; ok {
		return v
	}
	if v, ok := c.Reliability[""]; ok {
		return v
	}
	return 0.5
}
