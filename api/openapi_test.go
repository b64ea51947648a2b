package api

import (
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
)

// TestOpenAPIMatchesHandlers keeps the OpenAPI document true to the
// handlers: the same routes, the same parameters, and examples and schemas
// with the keys the handlers really write.
func TestOpenAPIMatchesHandlers(t *testing.T) {
	var doc struct {
		OpenAPI    string                                `json:"openapi"`
		Paths      map[string]map[string]json.RawMessage `json:"paths"`
		Components struct {
			Schemas map[string]struct {
				Properties map[string]any `json:"properties"`
				Required   []string       `json:"required"`
			} `json:"schemas"`
		} `json:"components"`
	}
	if err := json.Unmarshal(openapiDoc, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if doc.OpenAPI != "3.1.0" {
		t.Errorf("openapi = %q, want 3.1.0", doc.OpenAPI)
	}
	s, st := newServer(t, nil)
	eventFixture(t, st)

	// Routes, both ways.
	routes := map[string]route{}
	for _, rt := range s.routes() {
		routes[strings.ToLower(rt.method)+" "+rt.pattern] = rt
	}
	for path, ops := range doc.Paths {
		for method := range ops {
			if _, ok := routes[method+" "+path]; !ok {
				t.Errorf("documented %s %s is not a route", method, path)
			}
		}
	}
	type operation struct {
		Parameters []struct {
			Name string `json:"name"`
			In   string `json:"in"`
		} `json:"parameters"`
		Responses map[string]struct {
			Content map[string]struct {
				Example any `json:"example"`
			} `json:"content"`
		} `json:"responses"`
	}
	pathParam := regexp.MustCompile(`\{([^}]+)\}`)
	ops := map[string]operation{}
	for key, rt := range routes {
		method, path, _ := strings.Cut(key, " ")
		raw, ok := doc.Paths[path][method]
		if !ok {
			t.Errorf("route %s %s is not documented", rt.method, rt.pattern)
			continue
		}
		var op operation
		if err := json.Unmarshal(raw, &op); err != nil {
			t.Fatalf("%s: %v", key, err)
		}
		ops[key] = op
		var query, inPath []string
		for _, p := range op.Parameters {
			switch p.In {
			case "query":
				query = append(query, p.Name)
			case "path":
				inPath = append(inPath, p.Name)
			}
		}
		var wantPath []string
		for _, m := range pathParam.FindAllStringSubmatch(rt.pattern, -1) {
			wantPath = append(wantPath, m[1])
		}
		if !sameSet(query, rt.params) {
			t.Errorf("%s: documented query parameters %v, the handler accepts %v", key, query, rt.params)
		}
		if !sameSet(inPath, wantPath) {
			t.Errorf("%s: documented path parameters %v, the pattern has %v", key, inPath, wantPath)
		}
	}

	// Real outputs, for the examples and the schemas.
	real := map[string]any{}
	get := func(key, target, token string, body io.Reader) {
		method, _, _ := strings.Cut(key, " ")
		res, b := do(t, s, strings.ToUpper(method), target, token, body)
		if res.StatusCode != http.StatusOK {
			t.Fatalf("%s: %d %s", target, res.StatusCode, b)
		}
		var v any
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatalf("%s: %v", target, err)
		}
		real[key] = v
	}
	get("get /api/incidents", "/api/incidents?limit=1", "", nil)
	get("get /api/reports/{id}", "/api/reports/r1", "", nil)
	get("get /api/stats", "/api/stats", "", nil)
	get("get /api/events", "/api/events?limit=1&type=armed_clash", "", nil) // an event with a contradiction
	clash := real["get /api/events"].(map[string]any)["events"].([]any)[0].(map[string]any)
	get("get /api/events/{id}", "/api/events/"+clash["id"].(string), "", nil)
	get("post /api/reports", "/api/reports", testToken, jsonl(reportZapopan, "{", reportZapopan))
	_, errBody := do(t, s, "GET", "/api/incidents?limit=0", "", nil)
	var realErr any
	json.Unmarshal(errBody, &realErr)

	for key, op := range ops {
		for status, resp := range op.Responses {
			for ctype, c := range resp.Content {
				if ctype != "application/json" || c.Example == nil || key == "get /api/openapi.json" {
					continue
				}
				want := real[key]
				if status != "200" {
					want = realErr
				}
				if want == nil {
					t.Errorf("%s %s: no real output to check the example against", key, status)
					continue
				}
				sameKeys(t, key+" "+status+" example", c.Example, want)
			}
		}
	}

	// Schemas: their properties are the keys written, all required.
	incident := real["get /api/incidents"].(map[string]any)["incidents"].([]any)[0]
	rep := real["get /api/reports/{id}"].(map[string]any)
	ingest := real["post /api/reports"].(map[string]any)
	for name, v := range map[string]any{
		"Incident": incident, "IncidentPage": real["get /api/incidents"], "Report": rep["report"],
		"ReportWithIncidents": rep, "Stats": real["get /api/stats"], "IngestResult": ingest,
		"Error": realErr,
		"Event": clash, "EventPage": real["get /api/events"], "EventWithIncidents": real["get /api/events/{id}"],
		"Contradiction": clash["contradictions"].([]any)[0],
		"ClaimedValue":  clash["contradictions"].([]any)[0].(map[string]any)["values"].([]any)[0],
		"TollChange":    clash["toll_history"].([]any)[0],
		"Actor":         incident.(map[string]any)["actors"].([]any)[0],
		"Evidence":      incident.(map[string]any)["evidence"].([]any)[0],
	} {
		sc, ok := doc.Components.Schemas[name]
		if !ok {
			t.Errorf("no schema %s", name)
			continue
		}
		var props []string
		for k := range sc.Properties {
			props = append(props, k)
		}
		if got := keys(v); !sameSet(props, got) || !sameSet(sc.Required, got) {
			t.Errorf("schema %s: properties %v, required %v; the handler writes %v", name, props, sc.Required, got)
		}
	}

	// The document is served as embedded.
	res, b := do(t, s, "GET", "/api/openapi.json", "", nil)
	if res.StatusCode != 200 || string(b) != string(openapiDoc) {
		t.Errorf("GET /api/openapi.json: %d, %d bytes", res.StatusCode, len(b))
	}
}

func keys(v any) []string {
	m, _ := v.(map[string]any)
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	sort.Strings(a)
	sort.Strings(b)
	return slices.Equal(a, b)
}

// sameKeys checks that example and real have the same object keys, level
// by level (the first element of arrays, values that are null in either
// not compared).
func sameKeys(t *testing.T, where string, example, real any) {
	t.Helper()
	switch e := example.(type) {
	case map[string]any:
		r, ok := real.(map[string]any)
		if !ok {
			t.Errorf("%s: the example is an object, the handler writes %T", where, real)
			return
		}
		if ke, kr := keys(e), keys(r); !slices.Equal(ke, kr) {
			t.Errorf("%s: example keys %v, the handler writes %v", where, ke, kr)
		}
		for k, v := range e {
			if rv, ok := r[k]; ok && v != nil && rv != nil {
				sameKeys(t, where+"."+k, v, rv)
			}
		}
	case []any:
		r, ok := real.([]any)
		if !ok {
			t.Errorf("%s: the example is an array, the handler writes %T", where, real)
			return
		}
		if len(e) > 0 && len(r) > 0 {
			sameKeys(t, where+"[0]", e[0], r[0])
		}
	}
}
