package model

import (
	"testing"
	"time"
)

// TestZoneTable checks that the embedded table parses and names a zone
// for every state.
func TestZoneTable(t *testing.T) {
	z, err := readZones(zoneTable)
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= 32; i++ {
		code := string(rune('0'+i/10)) + string(rune('0'+i%10))
		if z.byCode[code] == nil {
			t.Errorf("state %s has no zone", code)
		}
	}
	if _, err := readZones("2\tAmerica/Mexico_City\n"); err == nil {
		t.Error("a one-digit code parsed")
	}
	if _, err := readZones("02\tAmerica/Nowhere\n"); err == nil {
		t.Error("an unknown zone parsed")
	}
}

// TestZone checks the zone of a place: its state's, or its municipality's
// where the border strip or Bahía de Banderas keeps another clock; the
// offsets are those of the law of 2022 (no DST outside the border strip)
// and of the years before it.
func TestZone(t *testing.T) {
	winter2024 := time.Date(2024, 1, 15, 12, 0, 0, 0, time.UTC)
	summer2024 := time.Date(2024, 7, 15, 12, 0, 0, 0, time.UTC)
	summer2019 := time.Date(2019, 7, 15, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		state, muni string
		at          time.Time
		want        int // hours east of UTC
	}{
		{"25", "25006", summer2024, -7}, // Culiacán
		{"26", "26030", summer2024, -7}, // Hermosillo
		{"26", "", summer2019, -7},      // Sonora never kept DST
		{"03", "", winter2024, -7},      // Baja California Sur
		{"18", "18017", winter2024, -7}, // Tepic
		{"18", "18020", winter2024, -6}, // Bahía de Banderas keeps Vallarta's clock
		{"02", "02004", winter2024, -8}, // Tijuana
		{"02", "02004", summer2024, -7}, // Tijuana keeps the United States' DST
		{"23", "23005", summer2024, -5}, // Cancún
		{"09", "09015", summer2024, -6}, // Mexico City, no DST since 2022
		{"09", "09015", summer2019, -5}, // with DST before
		{"08", "08019", summer2024, -6}, // Chihuahua city
		{"08", "08037", summer2024, -6}, // Ciudad Juárez, Mountain DST
		{"08", "08037", winter2024, -7},
		{"28", "28027", summer2024, -5}, // Nuevo Laredo, Central DST
		{"28", "28041", summer2024, -6}, // Ciudad Victoria
		{"", "", summer2024, -6},        // unknown: Mexico City's
		{"99", "", summer2024, -6},
	}
	for _, tt := range tests {
		l := Location{StateCode: tt.state, MunicipalityCode: tt.muni}
		_, off := tt.at.In(l.Zone()).Zone()
		if got := off / 3600; got != tt.want {
			t.Errorf("Zone(%q, %q) at %v: UTC%+d, want UTC%+d", tt.state, tt.muni, tt.at, got, tt.want)
		}
	}
}

// TestDay checks an act's day: the date of its instant on its place's
// clock, Mexico City's when the place is unknown.
func TestDay(t *testing.T) {
	culiacan := Location{StateCode: "25", MunicipalityCode: "25006"}
	tijuana := Location{StateCode: "02", MunicipalityCode: "02004"}
	cancun := Location{StateCode: "23", MunicipalityCode: "23005"}
	sinaloa := Location{StateCode: "25"}
	tests := []struct {
		name string
		l    Location
		at   string // RFC 3339
		want string
	}{
		{"Culiacán 23:30 local is 00:30 the next day in Mexico City", culiacan, "2027-03-09T00:30:00-06:00", "2027-03-08"},
		{"the state alone has the state's clock", sinaloa, "2027-03-09T00:30:00-06:00", "2027-03-08"},
		{"Tijuana 22:00 on the 9th", tijuana, "2027-03-09T22:00:00-08:00", "2027-03-09"},
		{"Tijuana 22:00 on the 9th, told in UTC", tijuana, "2027-03-10T06:00:00Z", "2027-03-09"},
		{"Cancún 00:30 local is 23:30 the day before in Mexico City", cancun, "2027-03-09T23:30:00-06:00", "2027-03-10"},
		{"no place keeps Mexico City's day", Location{}, "2027-03-09T00:30:00-06:00", "2027-03-09"},
		{"no place keeps Mexico City's day, late", Location{}, "2027-03-10T05:30:00Z", "2027-03-09"},
	}
	for _, tt := range tests {
		at, err := time.Parse(time.RFC3339, tt.at)
		if err != nil {
			t.Fatal(err)
		}
		if got := tt.l.Date(at); got != tt.want {
			t.Errorf("%s: Date(%s) = %s, want %s", tt.name, tt.at, got, tt.want)
		}
		d := tt.l.Day(at)
		if got := d.Format(time.DateOnly); got != tt.want || d.Hour() != 0 || d.Location() != tt.l.Zone() {
			t.Errorf("%s: Day(%s) = %s, want midnight of %s in %v", tt.name, tt.at, d.Format(time.RFC3339), tt.want, tt.l.Zone())
		}
	}
}

// TestOnClock checks that a wall-clock reading moves to the place's clock.
func TestOnClock(t *testing.T) {
	culiacan := Location{StateCode: "25", MunicipalityCode: "25006"}
	tijuana := time.FixedZone("", -8*3600)
	tests := []struct {
		name string
		l    Location
		read time.Time
		from *time.Location
		want string // UTC
	}{
		{"Mexico City's 22:30 read in Culiacán", culiacan, time.Date(2027, 3, 8, 22, 30, 0, 0, MexicoCity()), MexicoCity(), "2027-03-09T05:30"},
		{"no clock: the instant stays", culiacan, time.Date(2027, 3, 8, 22, 30, 0, 0, MexicoCity()), nil, "2027-03-09T04:30"},
		{"no place: Mexico City's clock", Location{}, time.Date(2027, 3, 8, 22, 30, 0, 0, MexicoCity()), MexicoCity(), "2027-03-09T04:30"},
		{"a Tijuana clock's 22:30 read in Culiacán", culiacan, time.Date(2027, 3, 8, 22, 30, 0, 0, tijuana), tijuana, "2027-03-09T05:30"},
		{"midnight of a day stays that day's midnight", culiacan, time.Date(2027, 3, 8, 0, 0, 0, 0, MexicoCity()), MexicoCity(), "2027-03-08T07:00"},
	}
	for _, tt := range tests {
		got := tt.l.OnClock(tt.read, tt.from)
		if s := got.UTC().Format("2006-01-02T15:04"); s != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, s, tt.want)
		}
		if got.Location() != tt.l.Zone() {
			t.Errorf("%s: in %v, want the place's zone %v", tt.name, got.Location(), tt.l.Zone())
		}
	}
}
