package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"strings"

	"github.com/atalaya/atalaya/api"
	"github.com/atalaya/atalaya/export"
	"github.com/atalaya/atalaya/extract"
	"github.com/atalaya/atalaya/store"
	"github.com/atalaya/atalaya/web"
)

func runServe(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("serve", stderr)
	db := dbFlag(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `ADDRESS` (host:port)")
	tokenFile := fs.String("token-file", "", "read the bearer token that writing (POST /api/reports) requires from `FILE` (default $ATALAYA_TOKEN; with neither, writing is off)")
	readToken := fs.Bool("read-token", false, "make reading require the bearer token too")
	cfgPath := fuseConfigFlag(fs)
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q", rest[0])}
	}
	token, err := loadToken(*tokenFile)
	if err != nil {
		return err
	}
	if *readToken && token == "" {
		return usageError{"--read-token needs a token: set ATALAYA_TOKEN or give --token-file"}
	}
	fcfg, err := loadFuseConfig(*cfgPath)
	if err != nil {
		return err
	}
	prior := extract.NewSourcePrior()
	ex, err := newExtractor(prior)
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.SourcePlaces(ctx, prior.Add); err != nil {
		return err
	}
	// Events stored by an older version get the JSON that listings are
	// served from (until then they are built event by event).
	if n, err := st.FillEventJSON(ctx, export.MarshalEvent); err != nil {
		return err
	} else if n > 0 {
		fmt.Fprintf(stderr, "atalaya serve: stored the JSON of %d events\n", n)
	}
	if err := st.IndexEvents(ctx); err != nil {
		return err
	}
	states, err := ex.gaz.StatesGeoJSON()
	if err != nil {
		return err
	}
	page, err := web.New(states)
	if err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	srv, err := api.New(api.Config{
		Store:     st,
		Extractor: ex.Extractor,
		Observe:   prior.Observe,
		Fusion:    &fcfg,
		LookupState: func(s string) (string, bool) {
			p, ok := ex.gaz.LookupState(s)
			return p.StateCode, ok
		},
		Token:     token,
		ReadToken: *readToken,
		Log:       log,
		Web:       page,
	})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", *addr, err)
	}
	writing := "writing off (no token configured)"
	if token != "" {
		writing = "writing with the bearer token"
	}
	fmt.Fprintf(stdout, "serving %s: the map on http://%s/ and the API on http://%s/api/ (%s)\n", *db, ln.Addr(), ln.Addr(), writing)
	return srv.Serve(ctx, ln)
}

// loadToken reads the token from file, or else from $ATALAYA_TOKEN. There
// is no default: no token means writing is off.
func loadToken(file string) (string, error) {
	from, t := "$ATALAYA_TOKEN", strings.TrimSpace(os.Getenv("ATALAYA_TOKEN"))
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("reading the token file: %w", err)
		}
		from, t = file, strings.TrimSpace(string(b))
		if t == "" {
			return "", errors.New("the token file " + file + " is empty")
		}
	}
	if t != "" && len(t) < minToken {
		return "", fmt.Errorf("the token in %s is %d bytes long: use at least %d", from, len(t), minToken)
	}
	return t, nil
}

// minToken is the shortest token accepted.
const minToken = 16
