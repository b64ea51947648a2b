package dataset

import (
	"context"
	"slices"
	"strings"
	"testing"
)

func TestDayRefs(t *testing.T) {
	tests := []struct {
		headline, published string
		dated, earlier      bool
	}{
		{"Asesinan a dos ayer en Celaya", "2022-07-10", true, true},
		{"Balean a joven anoche", "2022-07-10", true, true},
		// 2022-07-10 is a Sunday: Friday is earlier, Sunday is the day itself.
		{"Matan a tres el viernes", "2022-07-10", true, true},
		{"Matan a tres este domingo", "2022-07-10", true, false},
		{"Hoy y ayer, cuatro muertos", "2022-07-10", true, false},
		{"Killing on 8 July in León", "2022-07-10", true, true},
		{"Balean a hombre en León", "2022-07-10", false, false},
		{"Desapareció hace tres días en Mérida", "2022-07-10", true, true},
		{"Two killed three days ago in Juárez", "2022-07-10", true, true},
		{"Lo buscan desde hace 11 días", "2022-07-10", false, false}, // a period
		{"Hace calor: tres días de lluvia", "2022-07-10", false, false},
		// A part of the day named by its weekday is that weekday's: read
		// on Sunday, "esta mañana de viernes" is earlier; "esta mañana"
		// alone, or "de este domingo", the day itself.
		{"Dos homicidios esta mañana de viernes", "2022-07-10", true, true},
		{"Balacera esta noche del viernes en Celaya", "2022-07-10", true, true},
		{"Dos homicidios esta mañana de este domingo", "2022-07-10", true, false},
		{"Dos homicidios esta mañana en Celaya", "2022-07-10", true, false},
		{"Dos homicidios esta mañana; el viernes, otro", "2022-07-10", true, false},
	}
	for _, tt := range tests {
		d, e := dayRefs(words(tt.headline), tt.published, true)
		if d != tt.dated || e != tt.earlier {
			t.Errorf("dayRefs(%q, %q) = %v, %v; want %v, %v", tt.headline, tt.published, d, e, tt.dated, tt.earlier)
		}
	}
	// Without deictic words, only weekdays and dates count.
	if d, _ := dayRefs(words("Two killed yesterday"), "2022-07-10", false); d {
		t.Error("yesterday read without deictic words")
	}
	if d, _ := dayRefs(words("Two killed on Friday"), "2022-07-10", false); !d {
		t.Error("Friday not read without deictic words")
	}
}

// TestWithoutDateline checks that a full date with its year opening a
// headline before a colon, a bar or a dash is dropped as the post's
// dateline, and that other dates stay.
func TestWithoutDateline(t *testing.T) {
	tests := []struct {
		headline string
		dated    bool // dayRefs on what is left, published 2020-04-22
	}{
		{"April 21, 2020: Gunmen kill ten in Guanajuato", false},
		{"Apr. 21, 2020 - Gunmen kill ten in Guanajuato", false},
		{"Tuesday, April 21, 2020: Gunmen kill ten", false},
		{"Tuesday, April 21, 2020 The bloody battle of Culiacán", false},
		{"Martes 21 de abril de 2020 Matan a diez en Celaya", false},
		{"21 de abril de 2020: matan a diez en Celaya", false},
		{"21 de abril del 2020 | Matan a diez en Celaya", false},
		// Another day after the dateline still dates the event.
		{"April 21, 2020: Gunmen killed ten on Sunday", true},
		// No year, or not at the start, or no mark after it: an event's date.
		{"April 21: Gunmen kill ten in Guanajuato", true},
		{"Gunmen kill ten on April 21, 2020: police", true},
		{"On April 21, 2020 gunmen killed ten", true},
		{"21 de abril de 2020, día violento en Celaya", true},
	}
	for _, tt := range tests {
		if d, _ := dayRefs(words(withoutDateline(tt.headline)), "2020-04-22", true); d != tt.dated {
			t.Errorf("dayRefs(withoutDateline(%q)) dated %v, want %v", tt.headline, d, tt.dated)
		}
	}
}

// TestBeforeWeekday checks the date figure's leave-outs against
// headlines written for it, published on Sunday 2022-07-10: a headline
// dated by weekdays alone cannot tell a day more than a week before
// publication; a date, "hace N días" or a part of a day beside the weekday
// can, and a day within the week is scored.
func TestBeforeWeekday(t *testing.T) {
	const pub = "2022-07-10"
	tests := []struct {
		headline, coded string
		counts          bool   // in the date figure
		why             string // the leave-out, if not
	}{
		{"Jornada violenta de jueves en Zacatecas", "2022-06-09", false, OutBeforeWeekday},
		{"Jornada violenta de jueves en Zacatecas", "2022-07-07", true, ""},
		{"Jornada violenta de jueves en Zacatecas", "2022-07-03", true, ""}, // a week before
		{"El domingo pasado asesinaron a un taxista", "2022-07-03", true, ""},
		{"Matan a dos el jueves 9 de junio", "2022-06-09", true, ""},
		{"Hallan cuerpo de joven desaparecido hace 30 días; lo vieron un jueves", "2022-06-09", true, ""},
		{"Matan a tres el viernes", pub, false, OutDatedByPublication},
		{"Matan a tres el viernes", "2022-07-11", false, OutAfterPublication},
	}
	for _, tt := range tests {
		g := Gold{Date: tt.coded}
		hd := words(tt.headline)
		d, e := dayRefs(hd, pub, true)
		got := datedAgainst(&g, d, e, weekdaysOnly(hd, pub, true), pub)
		why := ""
		if len(g.LeftOut) > 0 {
			why = g.LeftOut[0]
		}
		if got != tt.counts || why != tt.why {
			t.Errorf("%q coded %s: counts %v (%q), want %v (%q)", tt.headline, tt.coded, got, why, tt.counts, tt.why)
		}
	}
}

func TestReportsAct(t *testing.T) {
	tests := []struct {
		headline string
		want     bool
	}{
		{"Matan a dos hombres en un bar", true},
		{"Mueren tres en un ataque", true},
		{"Localizan tres cuerpos en un canal", true},
		{"Hallan a mujer sin vida en su casa", true},
		{"Seis hombres fueron asesinados en las últimas horas", true},
		{"Bodies found in a van in Zacatecas", true},
		{"Van 40 homicidios en lo que va del mes", false},
		{"Bajan los asesinatos en el estado: fiscal", false},
		{"Presentan plan para reducir la violencia", false},
		{"Localizan a persona reportada como desaparecida", false},
		{"Muere joven por sobredosis en su casa", false},
		{"Localizan a hombre sin vida; habría sufrido un infarto", false},
		{"Matan a 9 menores en lo que va del año", false},
		{"Asesinan a 6 en cuatro días en el puerto", false},
		{"Muere hombre baleado en un taller", true},
	}
	for _, tt := range tests {
		if got := reportsAct(words(tt.headline)); got != tt.want {
			t.Errorf("reportsAct(%q) = %v, want %v", tt.headline, got, tt.want)
		}
	}
}

// TestReportsActNoun checks the widened act test on headlines written for
// it: acts told by a noun leave the no-incident figure; plurals that may
// be generic, statistics and drills stay in.
func TestReportsActNoun(t *testing.T) {
	tests := []struct {
		headline string
		want     bool
	}{
		{"Encuentran a mujer muerta en un lote baldío", true},
		{"Hallan muerto a comerciante en su local", true},
		{"Encuentran muerto a turista por sobredosis en hotel", false}, // a cause by no one's hand
		{"Le prenden fuego a un taller mecánico en la colonia Centro", true},
		{"La banda que asesinó a tres policías opera en la sierra", true},
		{"Detienen a presunto asesino a sueldo en el mercado", false},
		{"Descubren siete asesinatos en la zona metropolitana", true},
		{"Reportan tres homicidios en el municipio", true},
		{"Riña deja dos muertos en un palenque", true},
		{"Choques armados dejan decenas de muertos en la sierra", true},
		{"Tres ejecutados anoche en el puerto", true},
		{"Cuatro homicidios esta mañana en la capital", true},
		{"Reportan 40 homicidios en julio", false},                    // a month: a statistic
		{"Suman cinco asesinatos en la semana", false},                // a running total over a period
		{"Reportan 12 homicidios en 2022 en el municipio", false},     // a year
		{"Deja 300 muertos la violencia en el sexenio", false},        // a period
		{"Cinco asesinatos diarios en promedio en la entidad", false}, // a rate
		{"Balacera en la colonia Las Flores alarma a vecinos", true},  // one shooting
		{"Traumó tiroteo a alumnos de primaria", true},
		{"Realizan simulacro de balacera en escuelas", false},          // a drill
		{"Cierra el mes sin balacera en el centro", false},             // none
		{"Balaceras y robos azotan a la colonia", false},               // plural: may be generic
		{"Asesinatos, robos y extorsiones en el fin de semana", false}, // plurals, a period
		{"Preocupan a empresarios los homicidios", false},              // no count
		{"Llegan a 20 los homicidios de mujeres", false},               // no verb of finding or leaving
	}
	for _, tt := range tests {
		if got := reportsActNoun(words(tt.headline)); got != tt.want {
			t.Errorf("reportsActNoun(%q) = %v, want %v", tt.headline, got, tt.want)
		}
	}
}

// PPD rows written for the test: what the date and no-incident figures
// leave out, and why.
func TestPPDLeftOut(t *testing.T) {
	const rows = `{"id": "a", "url": "u:a", "pub_date": "2022-07-10", "title": "Asesinan a dos hombres ayer en un taller", "state_inegi": "11", "event_date": "2022-07-10", "killed_total": 2, "attack": "arma de fuego", "security_policy": "0", "drug_policy": "0"}
{"id": "b", "url": "u:b", "pub_date": "2022-07-10", "title": "Asesinan a dos hombres ayer en un taller", "state_inegi": "11", "event_date": "2022-07-09", "killed_total": 2, "attack": "arma de fuego", "security_policy": "0", "drug_policy": "0"}
{"id": "c", "url": "u:c", "pub_date": "2022-07-10", "title": "Balean a joven en la colonia 20 de Noviembre", "state_inegi": "11", "event_date": "2022-07-10", "injured_total": 1, "attack": "arma de fuego", "security_policy": "0", "drug_policy": "0"}
{"id": "d", "url": "u:d", "pub_date": "2022-07-10", "title": "Matan a tres en un bar del centro", "state_inegi": "11", "killed_total": 0, "security_policy": "1", "drug_policy": "0"}
{"id": "e", "url": "u:e", "pub_date": "2022-07-10", "title": "Suman 40 homicidios en el mes, informa la fiscalía", "state_inegi": "11", "killed_total": 0, "security_policy": "1", "drug_policy": "0"}
{"id": "f", "url": "u:f", "pub_date": "2022-07-10", "title": "Balean a joven este domingo", "state_inegi": "11", "event_date": "2022-07-12", "injured_total": 1, "attack": "arma de fuego", "security_policy": "0", "drug_policy": "0"}
{"id": "g", "url": "u:g", "pub_date": "2022-07-10", "title": "Balacera cerca de la central de autobuses", "state_inegi": "11", "killed_total": 0, "security_policy": "1", "drug_policy": "0"}
{"id": "h", "url": "u:h", "pub_date": "2022-07-10", "title": "Roban camioneta el sábado en la colonia Centro", "state_inegi": "11", "event_date": "2022-07-09", "criminal_activities": "robo", "security_policy": "0", "drug_policy": "0"}
{"id": "i", "url": "u:i", "pub_date": "2022-07-10", "title": "Vinculan a proceso el viernes a presunto homicida", "state_inegi": "11", "event_date": "2022-07-08", "detained_total": 1, "security_policy": "0", "drug_policy": "0"}
{"id": "j", "url": "u:j", "pub_date": "2022-07-10", "title": "Roban a punta de pistola camioneta el sábado", "state_inegi": "11", "event_date": "2022-07-09", "criminal_activities": "robo", "security_policy": "0", "drug_policy": "0"}
`
	s, err := ReadPPD(context.Background(), strings.NewReader(rows), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]struct {
		dates, none bool
		out         []string
	}{
		"a": {false, false, []string{OutDatedByPublication}}, // "ayer" coded as the publication day
		"b": {true, false, nil},                              // "ayer" coded as the day before
		"c": {false, false, nil},                             // a colonia named after a date
		"d": {false, false, []string{OutActHeadline}},        // policy-coded, but reports a killing
		"e": {false, true, nil},                              // a statistic: no incident
		"f": {false, false, []string{OutAfterPublication}},   // coded two days after publication
		"g": {false, false, []string{OutActNounHeadline}},    // policy-coded, but tells one shooting
		// No incident of the taxonomy to date: a theft, a court step.
		"h": {false, false, []string{OutOfTaxonomyPlace, OutNoTaxonomyDate}},
		"i": {false, false, []string{OutCourtStep, OutCourtStepPlace, OutNoTaxonomyDate}},
		// A theft at gunpoint is an armed attack: its day counts.
		"j": {true, false, nil},
	}
	if len(s.Items) != len(want) {
		t.Fatalf("%d items, want %d", len(s.Items), len(want))
	}
	for _, it := range s.Items {
		w := want[it.ID]
		g := it.Gold
		if g.DatesEvent != w.dates || g.NoIncident != w.none || !slices.Equal(g.LeftOut, w.out) {
			t.Errorf("row %s: dates %v, no incident %v, left out %q; want %v, %v, %q", it.ID, g.DatesEvent, g.NoIncident, g.LeftOut, w.dates, w.none, w.out)
		}
	}
}

// UCDP rows written for the test: a tally split into events, a number only
// a later source gives, a digest's date and a later source's weekday.
func TestUCDPLeftOut(t *testing.T) {
	const rows = `{"id": 1, "source_office": "A", "source_date": "2019-03-04", "source_headline": "Sunday in the port: two killed, one a police officer", "where_prec": 1, "date_prec": 1, "date_start": "2019-03-03", "best": 1}
{"id": 2, "source_office": "A", "source_date": "2019-03-04", "source_headline": "Sunday in the port: two killed, one a police officer", "where_prec": 1, "date_prec": 1, "date_start": "2019-03-03", "best": 1}
{"id": 3, "source_office": "A", "source_date": "2019-03-06", "source_headline": "Twelve dead since Sunday in the port", "where_prec": 1, "date_prec": 1, "date_start": "2019-03-03", "best": 12}
{"id": 4, "source_office": "A;B", "source_date": "2019-05-02;2019-05-03", "source_headline": "Attack on a bar in the port;Gunmen killed five in a bar on Tuesday", "where_prec": 1, "date_prec": 1, "date_start": "2019-04-30", "best": 5}
{"id": 5, "source_office": "A;B", "source_date": "2019-05-02;2019-05-03", "source_headline": "Five killed in a bar;Gunmen killed five in a bar yesterday", "where_prec": 1, "date_prec": 1, "date_start": "2019-05-01", "best": 5}
{"id": 6, "source_office": "Monitor", "source_date": "2019-06-11", "source_headline": "Security update 10 June 2019", "where_prec": 1, "date_prec": 1, "date_start": "2019-06-09", "best": 1}
{"id": 7, "source_office": "A", "source_date": "2019-07-08", "source_headline": "On Saturday the port counted five killed", "where_prec": 1, "date_prec": 1, "date_start": "2019-07-06", "best": 5}
{"id": 8, "source_office": "A", "source_date": "2019-07-08", "source_headline": "On Saturday the port counted five killed", "where_prec": 1, "date_prec": 1, "date_start": "2019-07-07", "best": 5}
{"id": 9, "source_office": "A;B", "source_date": "2019-09-01;2019-09-04", "source_headline": "Nine killed in the port;Wednesday, September 4, 2019 The war for the port", "where_prec": 1, "date_prec": 1, "date_start": "2019-08-31", "best": 9}
`
	s, err := ReadUCDP(context.Background(), strings.NewReader(rows), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]struct {
		killed, dates bool
		out           []string
	}{
		// Rows 1 and 2 share a headline on the same day: its "one" is no
		// row's own toll, the two is their total.
		"1": {false, true, []string{OutSharedToll}},
		"2": {false, true, []string{OutSharedToll}},
		"3": {true, false, nil},                      // "since Sunday" starts a period
		"4": {false, true, []string{OutLaterSource}}, // the later source's Tuesday dates it
		"5": {true, false, nil},                      // the later source's "yesterday" is not the report's
		"6": {false, false, nil},                     // the digest's own date
		// A headline shared by events on different days dates none of them.
		"7": {false, false, []string{OutSharedToll, OutSharedDays}},
		"8": {false, false, []string{OutSharedToll, OutSharedDays}},
		"9": {true, false, nil}, // the later source's own day is its dateline
	}
	if len(s.Items) != len(want) {
		t.Fatalf("%d items, want %d", len(s.Items), len(want))
	}
	for _, it := range s.Items {
		w := want[it.ID]
		g := it.Gold
		if g.GivesKilled != w.killed || g.DatesEvent != w.dates || !slices.Equal(g.LeftOut, w.out) {
			t.Errorf("row %s: killed %v, dates %v, left out %q; want %v, %v, %q", it.ID, g.GivesKilled, g.DatesEvent, g.LeftOut, w.killed, w.dates, w.out)
		}
	}
}
