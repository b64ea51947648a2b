package fuse

import (
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestOrder checks the fusion order: by key (the incident's time, else its
// report's publication, in whole seconds; unknown last), then by id.
func TestOrder(t *testing.T) {
	at := func(s string) *time.Time {
		v, err := time.Parse(time.RFC3339Nano, s)
		if err != nil {
			t.Fatal(err)
		}
		return &v
	}
	item := func(id string, tm *time.Time, pub string) Item {
		it := Item{Incident: model.Incident{ID: id, Time: tm}}
		if pub != "" {
			it.Published = *at(pub)
		}
		return it
	}
	tests := []struct {
		name string
		a, b Item
		want int
	}{
		{"earlier time first", item("b", at("2026-02-01T10:00:00Z"), ""), item("a", at("2026-02-01T11:00:00Z"), ""), -1},
		{"time before publication", item("a", at("2026-02-02T10:00:00Z"), ""), item("b", nil, "2026-02-01T10:00:00Z"), 1},
		{"time wins over publication", item("a", at("2026-02-01T09:00:00Z"), "2026-02-05T00:00:00Z"), item("b", nil, "2026-02-01T10:00:00Z"), -1},
		{"unknown last", item("a", nil, ""), item("b", nil, "2026-03-01T00:00:00Z"), 1},
		{"same second: by id", item("b", at("2026-02-01T10:00:00.9Z"), ""), item("a", at("2026-02-01T10:00:00.1Z"), ""), 1},
		{"same key and id", item("a", nil, "2026-02-01T10:00:00Z"), item("a", at("2026-02-01T10:00:00Z"), ""), 0},
		{"both unknown: by id", item("a", nil, ""), item("b", nil, ""), -1},
		{"other zone, same instant", item("a", at("2026-02-01T04:00:00-06:00"), ""), item("b", at("2026-02-01T10:00:00Z"), ""), -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.a.Order().Compare(tt.b.Order())
			if got != tt.want {
				t.Errorf("Compare = %d, want %d", got, tt.want)
			}
			if back := tt.b.Order().Compare(tt.a.Order()); back != -tt.want {
				t.Errorf("reversed Compare = %d, want %d", back, -tt.want)
			}
			if Less(&tt.a, &tt.b) != (tt.want < 0) {
				t.Errorf("Less = %v, want %v", !(tt.want < 0), tt.want < 0)
			}
			if o := OrderOf(&tt.a.Incident, tt.a.Published); o != tt.a.Order() {
				t.Errorf("OrderOf = %+v, Order = %+v", o, tt.a.Order())
			}
		})
	}
}
