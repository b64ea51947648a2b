package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/atalaya/atalaya/extract/extracttest"
	"github.com/atalaya/atalaya/fuse"
	"github.com/atalaya/atalaya/ingest"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/store"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// chromium returns the path of Debian's Chromium. Without it the test is
// skipped, unless ATALAYA_E2E=1 (CI) makes that a failure.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	msg := "no chromium on PATH: the end-to-end test of the map needs it (apt-get install -y chromium)"
	if os.Getenv("ATALAYA_E2E") == "1" {
		t.Fatal(msg + "; ATALAYA_E2E=1 requires it")
	}
	t.Skip(msg)
	return ""
}

// lockedBuffer is a bytes.Buffer safe for the server's log and the test.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// mergePlan is three reports of one shoot-out in Ahome, Sinaloa, written
// for this test: a clash at 10:00 and a killing 4 km away at 11:00 are too
// far apart in time, place and words to be joined, and make two events; a
// third report, of the clash at 10:30 between them, matches both, so that
// fusion makes the three one event (the clash's) and removes the
// killing's. A fourth, days later, is an event of its own.
func mergePlan() (plan extracttest.Planned, first, bridge, later string) {
	at := func(day, hm string) *time.Time {
		t, _ := time.Parse(time.RFC3339, "2026-03-"+day+"T"+hm+":00-07:00")
		return &t
	}
	loc := func(lat, lon float64) model.Location {
		return model.Location{StateCode: "25", State: "Sinaloa", MunicipalityCode: "25001", Municipality: "Ahome",
			Lat: &lat, Lon: &lon, Precision: model.GeoPoint}
	}
	plan = extracttest.Planned{
		"m-clash": {Type: model.ArmedClash, Location: loc(25.79, -108.99), Time: at("05", "10:00"),
			TimePrecision: model.TimeMinute, Severity: 3, Confidence: 0.8},
		"m-killing": {Type: model.Homicide, Location: loc(25.82, -109.02), Time: at("05", "11:00"),
			TimePrecision: model.TimeMinute, Severity: 2, Confidence: 0.8},
		"m-bridge": {Type: model.ArmedClash, Location: loc(25.805, -109.005), Time: at("05", "10:30"),
			TimePrecision: model.TimeMinute, Severity: 3, Confidence: 0.8},
		"m-later": {Type: model.Blockade, Location: loc(25.79, -108.99), Time: at("07", "09:00"),
			TimePrecision: model.TimeMinute, Severity: 2, Confidence: 0.8},
	}
	first = `{"id":"m-clash","source":"Diario Uno","published":"2026-03-05T12:00:00-07:00","text":"Los Mochis, Sinaloa.- Un enfrentamiento entre civiles armados y militares en la colonia Jiquilpan."}
{"id":"m-killing","source":"Radio Dos","published":"2026-03-05T12:30:00-07:00","text":"Hallan sin vida a un hombre junto a un taller mecánico del sector Bienestar."}
`
	bridge = `{"id":"m-bridge","source":"Noticias Tres","published":"2026-03-05T13:00:00-07:00","text":"Enfrentamiento entre civiles armados y militares en Jiquilpan; hallan sin vida a un hombre junto a un taller del sector Bienestar."}
`
	later = `{"id":"m-later","source":"Diario Uno","published":"2026-03-07T10:00:00-07:00","text":"Bloquean con un tráiler el bulevar Rosales de Los Mochis."}
`
	return plan, first, bridge, later
}

// serve runs `atalaya serve` with args on a free loopback port until the
// test ends; the function it returns waits for the map's URL.
func serve(t *testing.T, ctx context.Context, log io.Writer, args ...string) func() string {
	t.Helper()
	srvCtx, stop := context.WithCancel(ctx)
	outR, outW := io.Pipe()
	served := make(chan error, 1)
	go func() {
		served <- runServe(srvCtx, append(args, "--addr", "127.0.0.1:0"), nil, outW, log)
		outW.Close()
	}()
	t.Cleanup(func() {
		stop()
		if err := <-served; err != nil {
			t.Errorf("serve %v: %v", args, err)
		}
	})
	return sync.OnceValue(func() string {
		t.Helper()
		line, err := bufio.NewReader(outR).ReadString('\n')
		if err != nil {
			t.Fatalf("serve %v printed no address: %v; log: %s", args, err, log)
		}
		go io.Copy(io.Discard, outR)
		_, rest, ok := strings.Cut(line, "the map on ")
		base, _, _ := strings.Cut(rest, " ")
		if !ok || !strings.HasPrefix(base, "http://127.0.0.1:") || !strings.HasSuffix(base, "/") {
			t.Fatalf("serve %v printed %q; want the map's URL", args, line)
		}
		return base
	})
}

// eventID returns the id of the one event that url lists.
func eventID(t *testing.T, ctx context.Context, url string) string {
	t.Helper()
	req, _ := http.NewRequestWithContext(ctx, "GET", url, nil)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var page struct {
		Events []struct {
			ID string `json:"id"`
		} `json:"events"`
	}
	if err := json.NewDecoder(res.Body).Decode(&page); err != nil || len(page.Events) != 1 {
		t.Fatalf("GET %s: %d events, %v; want one", url, len(page.Events), err)
	}
	return page.Events[0].ID
}

// TestWebMap drives headless Chromium against the real server (API and map
// page over a real store holding the reports of testdata/web): the states
// are drawn, the events appear as markers, clicking one opens its panel
// with the evidence (escaped), the timeline changes the markers shown, and
// a report POSTed while the page is open appears without a reload, an
// event that fusion merges into another while the page is open loses its
// marker (and its open panel moves to the other), the page reads a server
// that requires a token for reading once the token is entered in its form,
// and both languages are drawn at small and large window sizes.
// Screenshots go to $ATALAYA_SCREENSHOTS, else to a temporary directory.
func TestWebMap(t *testing.T) {
	chrome := chromium(t)
	if testing.Short() {
		t.Skip("short mode: the end-to-end test of the map starts a browser")
	}
	shots := os.Getenv("ATALAYA_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	} else if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}

	dir := t.TempDir()
	db := filepath.Join(dir, "web.db")
	if code, _, errs := atalaya(t, "", "ingest", "--db", db, filepath.Join("testdata", "web", "reports.jsonl")); code != 0 {
		t.Fatalf("ingest exited %d: %s", code, errs)
	}

	// The server, as `atalaya serve` runs it, on a free loopback port.
	const token = "e2e-token-0123456789abcdef"
	t.Setenv("ATALAYA_TOKEN", token)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	var srvLog lockedBuffer
	mapURL := serve(t, ctx, &srvLog, "--db", db)
	// The server that requires the token for reading starts beside it.
	mapURL2 := serve(t, ctx, &srvLog, "--db", db, "--read-token")
	base := mapURL()

	// The browser.
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chrome),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 800),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx)
	defer cancelBrowser()
	if err := chromedp.Do(bctx); err != nil { // starts the browser
		t.Fatalf("starting %s: %v", chrome, err)
	}

	// Whatever the page logs as an error (a script error, a request the
	// Content-Security-Policy refused, a failed request) or any dialog (a
	// script injected through report text) fails the test.
	var mu sync.Mutex
	var problems []string
	problem := func(s string) {
		mu.Lock()
		defer mu.Unlock()
		problems = append(problems, s)
	}
	var base2 string // the server that requires a token for reading, once started
	readTokenServer := func(u string) bool {
		mu.Lock()
		defer mu.Unlock()
		return base2 != "" && strings.HasPrefix(u, base2)
	}
	console := chromedp.Console(bctx)
	dialogs := chromedp.Events(bctx, page.JavascriptDialogOpening)
	go func() {
		for m, err := range console {
			if err != nil {
				return
			}
			// The stream's reconnections are expected; so are the 401
			// answers of the server that requires a token for reading
			// (the browser logs every one), while the page has none.
			if (m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException || m.Type == chromedp.ConsoleWarning) &&
				!strings.Contains(m.Text, "/api/stream") &&
				!(strings.Contains(m.Text, "status of 401") && readTokenServer(m.URL)) {
				where := ""
				if m.Stack != nil {
					for _, f := range m.Stack.CallFrames {
						where += fmt.Sprintf("\n\tat %s %s:%d", f.FunctionName, f.URL, f.LineNumber+1)
					}
				}
				problem(fmt.Sprintf("console %s (%s): %s %s%s", m.Type, m.Source, m.Text, m.URL, where))
			}
		}
	}()
	go func() {
		for ev, err := range dialogs {
			if err != nil {
				return
			}
			problem("dialog: " + ev.Message)
			chromedp.Call(bctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()

	shot := func(name string) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			png, err := chromedp.CaptureScreenshot()(ctx, tg)
			if err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(shots, name), png, 0o644)
		})
	}
	// waitJS waits until a JavaScript expression is true.
	waitJS := func(what, expr string) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingInterval(100*time.Millisecond),
				chromedp.WithPollingTimeout(15*time.Second))(ctx, tg)
			if err == nil {
				return nil
			}
			state, _ := chromedp.Evaluate[string](`JSON.stringify({shown: document.body.dataset.shown, `+
				`loaded: document.body.dataset.loaded, status: document.getElementById('status').textContent, `+
				`ev: document.querySelectorAll('.ev').length, `+
				`time: document.getElementById('time').value + '/' + document.getElementById('time').max})`)(ctx, tg)
			return fmt.Errorf("waiting for %s (%s): %w; page: %s", what, expr, err, state)
		})
	}
	count := func(sel string) string { return "document.querySelectorAll(`" + sel + "`).length" }
	setSlider := func(expr string) chromedp.Action[chromedp.Void] {
		return chromedp.Evaluate[chromedp.Void](`(() => { const s = document.getElementById('time'); s.value = String(` + expr + `); ` +
			`s.dispatchEvent(new Event('input', {bubbles: true})); })()`)
	}
	evaluate := func(expr string) int {
		t.Helper()
		n, err := chromedp.Run(bctx, chromedp.Evaluate[int](expr))
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		return n
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(bctx, chromedp.TextContent(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return s
	}
	do := func(steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(bctx, steps...); err != nil {
			t.Fatalf("%v\nserver log:\n%s", err, srvLog.String())
		}
	}

	start := time.Now()
	// The states and the three events.
	do(chromedp.Navigate(base),
		waitJS("32 state outlines", count("path.state")+` === 32`),
		waitJS("three events loaded", `document.body.dataset.shown === '3'`),
		waitJS("three markers", count(".leaflet-marker-icon.ev")+` === 3`),
		chromedp.Evaluate[chromedp.Void](`window.__sameDocument = true`),
		shot("1-map.png"))

	// A marker opens its panel: the evidence is highlighted, the report's
	// https link is there.
	do(chromedp.Click(chromedp.CSS(`.ev[title*="Culiacán"]`)),
		waitJS("the Culiacán panel", `[...document.querySelectorAll('#panel mark')].some((m) => m.textContent.includes('Un enfrentamiento entre hombres armados'))`),
		shot("2-panel.png"))
	if n := evaluate(count(`#panel a[href="https://example.org/culiacan-enfrentamiento"]`)); n != 1 {
		t.Errorf("the Culiacán panel has %d links to its https URL, want 1", n)
	}
	// Two reports: the first with two evidence sentences, the second of
	// them after accented letters, the other with one. The byte offsets
	// were turned into the right string positions (no sentence had to be
	// found by its text).
	if n, moved := evaluate(count(`#panel mark`)), evaluate(count(`#panel mark.moved`)); n != 3 || moved != 0 {
		t.Errorf("the Culiacán panel has %d marks, %d placed by text; want 3 and 0", n, moved)
	}
	if got := text(`#panel [data-report="web-culiacan"] mark:nth-of-type(2)`); got != "Los vecinos reportaron disparos durante más de una hora." {
		t.Errorf("second evidence mark = %q", got)
	}
	// Who: the National Guard, named in both reports.
	if dl := text(`#panel dl`); !strings.Contains(dl, "Guardia Nacional") {
		t.Errorf("the Culiacán panel names no actor: %q", dl)
	}
	// The two outlets disagree on the deaths: 3 against 4.
	if c := text(`#panel .contra`); !strings.Contains(c, "3") || !strings.Contains(c, "4") ||
		!strings.Contains(c, "Diario del Pacífico") || !strings.Contains(c, "Noroeste Hoy") {
		t.Errorf("contradictions: %q; want 3 and 4 killed, with the outlets", c)
	}

	// Hostile report text is shown as text; a javascript: URL is no link.
	do(chromedp.Click(chromedp.CSS(`.ev[title*="Tampico"]`)),
		waitJS("the Tampico panel", `(document.querySelector('#panel mark') || {}).textContent?.includes('incendiaron un camión') === true`))
	if mark, imgs := text(`#panel mark`), evaluate(count(`#panel img, #panel b`)); !strings.Contains(mark, "<img src=x onerror=alert(1)>") || imgs != 0 {
		t.Errorf("hostile markup: highlighted %q, %d img/b elements in the panel; want the markup as text and none", mark, imgs)
	}
	if panel := text(`#panel`); !strings.Contains(panel, "Queman un camión en <b>Tampico</b>") {
		t.Errorf("the title is not shown as text: %q", panel)
	}
	if n := evaluate(count(`#panel a`)); n != 0 {
		t.Errorf("the Tampico panel has %d links; its only URL is javascript:, want none", n)
	}

	// The timeline: 20 hours after the first event's hour, only it is shown.
	do(setSlider("20"),
		waitJS("one event at the slider's hour 20", `document.body.dataset.shown === '1'`),
		waitJS("one marker at hour 20", count(".leaflet-marker-icon.ev")+` === 1 && `+count(`.ev[title*="Culiacán"]`)+` === 1`),
		shot("3-timeline.png"),
		// Play moves the slider on, pause stops it.
		chromedp.Click(chromedp.ID("play")),
		waitJS("play to move the slider", `+document.getElementById('time').value > 21`),
		chromedp.Click(chromedp.ID("play")),
		setSlider("document.getElementById('time').max"),
		waitJS("all three again at the end", `document.body.dataset.shown === '3'`))

	// Filters: two independent sources leave the Culiacán event; a type
	// leaves its one event; back to all.
	filter := func(id, value string) chromedp.Action[chromedp.Void] {
		return chromedp.Evaluate[chromedp.Void](`(() => { const f = document.getElementById('` + id + `'); f.value = '` + value + `'; ` +
			`f.dispatchEvent(new Event('change', {bubbles: true})); })()`)
	}
	do(filter("f-sources", "2"),
		waitJS("min_sources=2", `document.body.dataset.shown === '1' && `+count(`.ev[title*="Culiacán"]`)+` === 1`),
		filter("f-sources", "1"), filter("f-type", "kidnapping"),
		waitJS("type=kidnapping", `document.body.dataset.shown === '1' && `+count(`.ev[title*="Tuxtla"]`)+` === 1`),
		filter("f-type", ""),
		waitJS("no filter", `document.body.dataset.shown === '3'`))

	// A report POSTed while the page is open appears without a reload.
	live, err := os.ReadFile(filepath.Join("testdata", "web", "live.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequestWithContext(ctx, "POST", base+"api/reports", bytes.NewReader(live))
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/x-ndjson")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode/100 != 2 {
		t.Fatalf("POST /api/reports: %d %s", res.StatusCode, body)
	}
	do(waitJS("the POSTed event", `document.body.dataset.shown === '4' && `+count(`.ev[title*="Mérida"]`)+` === 1`),
		shot("4-live.png"))
	if n := evaluate(`window.__sameDocument === true ? 1 : 0`); n != 1 {
		t.Error("the page reloaded to show the POSTed report")
	}
	// It came as an "event" message of the stream (the page reloads the
	// list after "incident" messages only from a server that sends none).
	if n := evaluate(`+(document.body.dataset.streamed || 0)`); n < 1 {
		t.Errorf("the page got %d event messages from /api/stream, want at least 1", n)
	}
	// Fusion merges two events into one while the page is open: another
	// process (an ingest beside the server, into the same database) stores
	// two reports that make two events, then a third that joins them. The
	// page drops the marker of the event merged away, and its open panel
	// shows the event that took its incidents.
	beside, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer beside.Close()
	plan, mFirst, mBridge, mLater := mergePlan()
	fcfg := fuse.DefaultConfig()
	ingestLines := func(lines string, want int) {
		t.Helper()
		stats, err := ingest.Run(ctx, ingest.Config{Store: beside, Extractor: plan, Fusion: &fcfg}, []string{"-"},
			strings.NewReader(lines))
		if err != nil || stats.Added != want {
			t.Fatalf("ingest beside the server: %+v, %v; want %d added", stats, err, want)
		}
	}
	ingestLines(mFirst, 2)
	do(waitJS("the two Ahome events", `document.body.dataset.shown === '6'`))
	gone := eventID(t, ctx, base+"api/events?type=homicide&state=25")
	// A link to the event opens its panel and zooms to its marker.
	do(chromedp.Evaluate[chromedp.Void](`location.hash = '#event=' + encodeURIComponent('`+gone+`')`),
		waitJS("the killing's panel", count(`#panel .report`)+` === 1 && document.getElementById('panel').textContent.includes('Bienestar')`),
		waitJS("the killing's marker", count(`.ev[data-id="`+gone+`"]`)+` === 1`))
	ingestLines(mBridge, 1)
	do(waitJS("the killing's marker gone", `document.body.dataset.shown === '5' && `+count(`.ev[data-id="`+gone+`"]`)+` === 0 && `+
		count(`.ev[title^="Homic"]`)+` === 0`),
		waitJS("the panel on the merged event", count(`#panel .report`)+` === 3`),
		shot("5-merged.png"))
	if n := evaluate(`window.__sameDocument === true ? 1 : 0`); n != 1 {
		t.Error("the page reloaded to show the merge")
	}

	// The page's language follows the browser's; the toggle switches it.
	first, other, label := "en", "es", "Reproducir"
	if evaluate(`navigator.language.toLowerCase().startsWith('es') ? 1 : 0`) == 1 {
		first, other, label = "es", "en", "Play"
	}
	// Each language at a phone's size and a large screen's.
	sizes := func(lang string) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			for _, sz := range []struct {
				name string
				w, h int64
			}{{"small", 390, 844}, {"large", 1920, 1080}} {
				if err := chromedp.Do(ctx, chromedp.EmulateViewport(sz.w, sz.h),
					chromedp.Sleep(400*time.Millisecond), shot("6-"+lang+"-"+sz.name+".png")); err != nil {
					return err
				}
			}
			_, err := chromedp.EmulateViewport(1280, 800)(ctx, tg)
			return err
		})
	}
	do(waitJS("the browser's language", `document.documentElement.lang === '`+first+`'`),
		sizes(first),
		chromedp.Click(chromedp.ID("lang")),
		waitJS("the other language", `document.documentElement.lang === '`+other+`' && document.getElementById('play').textContent.includes('`+label+`')`),
		sizes(other))
	// One event is one, not "1 events" (the merged Ahome event alone has
	// three sources).
	do(filter("f-sources", "3"),
		// The filter also reloads from the server: read the status once
		// that load has ended, not while it says "Cargando…".
		waitJS("one event", `document.body.dataset.shown === '1' && !/^(Cargando|Loading)/.test(document.getElementById('status').textContent)`))
	if st := text("#status"); !strings.HasPrefix(st, "1 event ") && !strings.HasPrefix(st, "1 evento ") {
		t.Errorf("status with one event: %q", st)
	}
	do(filter("f-sources", "1"), waitJS("all again", `document.body.dataset.shown === '5'`))
	// The Mérida report's one dead is singular in both languages.
	merida := eventID(t, ctx, base+"api/events?state=31")
	do(chromedp.Evaluate[chromedp.Void](`location.hash = '#event=' + encodeURIComponent('`+merida+`')`),
		waitJS("the Mérida panel", `document.getElementById('panel').textContent.includes('Peninsular')`))
	toll := map[string]string{"es": "1 muerto", "en": "1 killed"}[other]
	if got := text("#panel dl"); !strings.Contains(got, toll) || strings.Contains(got, "1 muertos") {
		t.Errorf("the Mérida panel: %q; want %q", got, toll)
	}

	// A server that requires the token for reading: the page asks for it
	// in its form (a wrong one is refused and asked again), keeps it in
	// this tab only, and sends it in a header, so the map and its live
	// updates work and the token is in no URL.
	b2 := mapURL2()
	mu.Lock()
	base2 = b2
	mu.Unlock()
	submit := func(tok string) chromedp.Action[chromedp.Void] {
		return chromedp.Evaluate[chromedp.Void](`(() => { document.getElementById('auth-token').value = '` + tok + `'; ` +
			`document.getElementById('auth').requestSubmit(); })()`)
	}
	do(chromedp.Navigate(b2),
		waitJS("the token form", `!document.getElementById('auth').hidden && `+count("path.state")+` === 32`),
		shot("7-token.png"),
		submit("not-the-token"),
		waitJS("the wrong token refused", `!document.getElementById('auth').hidden && `+
			`document.getElementById('auth-msg').classList.contains('error')`),
		submit(token),
		waitJS("the events read with the token", `document.getElementById('auth').hidden && document.body.dataset.shown === '5'`),
		waitJS("the stream open with the token", `document.getElementById('live').classList.contains('on')`))
	ingestLines(mLater, 1)
	do(waitJS("the later event, streamed with the token", `document.body.dataset.shown === '6'`),
		shot("8-token-live.png"))
	if n := evaluate(`sessionStorage.getItem('atalaya.token') === '` + token + `' && !location.href.includes('` + token + `') ? 1 : 0`); n != 1 {
		t.Errorf("the token is not kept in sessionStorage only: %s", text("body"))
	}
	mu.Lock()
	defer mu.Unlock()
	for _, p := range problems {
		t.Errorf("page: %s", p)
	}
	t.Logf("browser steps took %v; screenshots in %s", time.Since(start).Round(time.Millisecond), shots)
}
