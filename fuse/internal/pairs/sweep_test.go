package main

import (
	"testing"

	"github.com/atalaya/atalaya/fuse"
)

func TestParseVariants(t *testing.T) {
	o := defaults()
	for _, c := range []struct {
		spec    string
		want    []variant
		wantErr bool
	}{
		{spec: "1e-3/1", want: []variant{{name: "1e-3/1", o: o}}},
		{spec: "1e-2/40,1e-4/5/avg", want: []variant{{name: "1e-2/40"}, {name: "1e-4/5/avg", avg: true}}},
		{spec: "1e-3", wantErr: true},
		{spec: "1e-3/0", wantErr: true},
		{spec: "x/1", wantErr: true},
		{spec: "1e-3/1,", wantErr: true},
	} {
		got, err := parseVariants(c.spec, o)
		if (err != nil) != c.wantErr {
			t.Errorf("parseVariants(%q) error %v, want error %v", c.spec, err, c.wantErr)
			continue
		}
		if len(got) != len(c.want) {
			t.Errorf("parseVariants(%q) = %d variants, want %d", c.spec, len(got), len(c.want))
			continue
		}
		for i, g := range got {
			if g.name != c.want[i].name || g.avg != c.want[i].avg {
				t.Errorf("parseVariants(%q)[%d] = %s avg %v, want %s avg %v", c.spec, i, g.name, g.avg, c.want[i].name, c.want[i].avg)
			}
		}
	}
	got, err := parseVariants("1e-2/40", o)
	if err != nil || got[0].o.Lambda != 1e-2 || got[0].o.MinDocs != 40 || got[0].o.Iterations != o.Iterations || got[0].o.precision != o.precision {
		t.Errorf("parseVariants(1e-2/40) = %+v, %v: want lambda 1e-2, mindocs 40, the rest the defaults'", got, err)
	}
}

// TestFitAvg holds that the averaged model's weights lie between the
// least and the most of the fits it averages (a sum would not).
func TestFitAvg(t *testing.T) {
	mk := func(name string, same ...bool) set {
		s := set{name: name}
		for i, y := range same {
			var v fuse.Features
			v[feature("same_day")] = float64(i % 2)
			v[feature("same_muni")] = 1
			if y {
				v[feature("text")] = 1
			}
			s.pairs = append(s.pairs, pair{same: y, v: v})
		}
		return s
	}
	sets := []set{mk("a", true, false, false), mk("b", true, true, false, false), mk("c", false, true, false), mk("d", true, false)}
	o := defaults()
	o.MinDocs = 1 // the sets are small
	avg, err := fitAvg(sets, o, "d")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"text", "same_day", "same_muni"} {
		lo, hi := 1e9, -1e9
		for _, left := range []string{"a", "b", "c"} {
			pm, err := fit(sets, o, "d", left)
			if err != nil {
				t.Fatal(err)
			}
			lo, hi = min(lo, pm.Weights[name]), max(hi, pm.Weights[name])
		}
		if w := avg.Weights[name]; w < lo-1e-12 || w > hi+1e-12 || w == 0 {
			t.Errorf("averaged weight of %s = %v, want within [%v, %v] and not 0", name, w, lo, hi)
		}
	}
}
