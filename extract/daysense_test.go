package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// TestDayJornada checks that "jornada" told as a day is no sports word
// and a league's numbered round still is.
func TestDayJornada(t *testing.T) {
	tests := []struct {
		f    string
		want bool
	}{
		{"durante la jornada de este lunes, asesinan a un hombre", true},
		{"la jornada del sabado dejo tres muertos", true},
		{"en la jornada de ayer balearon a dos", true},
		{"violenta jornada sabatina en celaya", true},
		{"durante la jornada se registraron tres homicidios", true},
		{"durante la jornada 12 del torneo hubo dos expulsados", false},
		{"la jornada 5 de la liga mx", false},
		{"en la jornada de la liga, los tigres golearon", false},
	}
	for _, tt := range tests {
		at := strings.Index(tt.f, "jornada")
		if got := dayJornada(tt.f, at, at+len("jornada")); got != tt.want {
			t.Errorf("dayJornada(%q) = %v, want %v", tt.f, got, tt.want)
		}
	}
}

// TestTimeless checks the headline the headline reader reads: without
// its time expressions and the words that lead into them.
func TestTimeless(t *testing.T) {
	span := func(text, sub string) timeExpr {
		i := strings.Index(text, sub)
		return timeExpr{start: i, end: i + len(sub)}
	}
	tests := []struct {
		text string
		subs []string
		want string
	}{
		{"Sujetos armados aterrorizan a vecinos en Valparaíso el día de ayer", []string{"ayer"}, "Sujetos armados aterrorizan a vecinos en Valparaíso"},
		{"Durante la jornada de este jueves, sujetos armados aterrorizan en Valparaíso", []string{"jueves"}, ", sujetos armados aterrorizan en Valparaíso"},
		{"Balean a un hombre la madrugada del lunes en Celaya", []string{"lunes"}, "Balean a un hombre en Celaya"},
		{"Balean a un hombre en Celaya", nil, "Balean a un hombre en Celaya"},
		// A lead word that is the text's first is dropped whole.
		{"Este lunes balean a un hombre", []string{"lunes"}, "balean a un hombre"},
	}
	for _, tt := range tests {
		var ts []timeExpr
		for _, s := range tt.subs {
			ts = append(ts, span(tt.text, s))
		}
		if got := timeless(tt.text, ts); got != tt.want {
			t.Errorf("timeless(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestDatedClause checks that a headline's act told only by its toll is
// found when a clause after a semicolon only dates it, and dated by it,
// and that a second clause telling something else still keeps it
// unread. pub is Tuesday 17 May 2022, as a bare date.
func TestDatedClause(t *testing.T) {
	e := realExtractor(t)
	loc, err := time.LoadLocation("America/Mexico_City")
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2022, 5, 17, 0, 0, 0, 0, loc)
	tests := []struct {
		text string
		day  string // "": no incident
	}{
		{"Riña deja un herido grave en Tolcayuca; ocurrió la madrugada del lunes", "2022-05-16"},
		{"Riña deja dos lesionados en Pachuca; fue el domingo por la noche", "2022-05-15"},
		{"Riña deja dos lesionados en Pachuca", "-"},
		// A second clause with no day is no dated clause.
		{"Riña deja dos lesionados en Pachuca; los trasladaron al hospital general", ""},
	}
	for _, tt := range tests {
		r := model.Report{ID: "c", Kind: model.KindNews, Lang: "es", Text: tt.text, Published: pub}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		day := ""
		if len(got) > 0 {
			day = "-"
			if got[0].Time != nil {
				day = got[0].Location.Date(*got[0].Time)
			}
		}
		if day != tt.day {
			t.Errorf("%q: day %q, want %q", tt.text, day, tt.day)
		}
	}
}

// TestBodyFoundPassive checks the patterns of a body found told in the
// passive, and that a corps or a living person found reads no homicide.
func TestBodyFoundPassive(t *testing.T) {
	e := realExtractor(t)
	pub := time.Date(2022, 5, 17, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text string
		want bool // a homicide read
	}{
		{"Cuerpo con huellas de violencia es hallado este lunes en un canal de Los Mochis", true},
		{"Cuerpo es hallado en un canal de Los Mochis", true},
		{"Cadáveres en descomposición fueron localizados en un predio de Guasave", true},
		{"Cuerpo de bomberos es reconocido en Los Mochis", false},
		{"Menor extraviado es localizado en Los Mochis", false},
	}
	for _, tt := range tests {
		r := model.Report{ID: "b", Kind: model.KindNews, Lang: "es", Text: tt.text, Published: pub}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		read := len(got) > 0 && got[0].Type == model.Homicide
		if read != tt.want {
			t.Errorf("%q: homicide read %v, want %v (%d incidents)", tt.text, read, tt.want, len(got))
		}
	}
	for _, p := range []string{"cuerpo con huellas de violencia es hallado", "cadaveres fueron localizados", "cuerpo sin vida fue encontrado"} {
		if !strings.Contains("|"+bodyFoundPassive()+"|", "|"+p+"|") {
			t.Errorf("bodyFoundPassive lacks %q", p)
		}
	}
}

// TestStatementAndFilingDays checks two days that date no act when the
// act has its own: a day told right before a statement's verb, and a
// dateline's day of filing in a sentence that lists places. pub is
// Sunday 20 February 2033, 08:00 local.
func TestStatementAndFilingDays(t *testing.T) {
	e := realExtractor(t)
	loc, err := time.LoadLocation("America/Mexico_City")
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2033, 2, 20, 8, 0, 0, 0, loc)
	tests := []struct {
		text string
		days []string // of the incidents found, in order
	}{
		{"The state security ministry on Saturday denied reports of a cartel roadblock on a highway in Morelia on Friday night.", []string{"2033-02-18"}},
		{"Monterrey, N.L., 20 de febrero (AIN).- Allende, Nuevo León, y Allende, Coahuila, registraron ataques armados contra comercios el mismo sábado. En el primero, sujetos armados balearon una gasolinera por la mañana; en el segundo, un grupo armado incendió una tienda alrededor de las 16:00 horas.",
			[]string{"2033-02-19", "2033-02-19"}},
	}
	for _, tt := range tests {
		r := model.Report{ID: "s", Kind: model.KindNews, Lang: "", Text: tt.text, Published: pub}
		got := e.Extract(r)
		checkInvariants(t, r, got)
		var days []string
		for _, in := range got {
			days = append(days, dayOf(in))
		}
		if strings.Join(days, " ") != strings.Join(tt.days, " ") {
			t.Errorf("%q: days %v, want %v", tt.text, days, tt.days)
		}
	}
	at := func(text, sub string) *timeExpr {
		i := strings.Index(text, sub)
		return &timeExpr{start: i, end: i + len(sub)}
	}
	for _, c := range []struct {
		text, sub string
		want      bool
	}{
		{"the ministry on Saturday denied reports", "on Saturday", true},
		{"la fiscalía este lunes informó que", "este lunes", true},
		{"la fiscalía informó este lunes que", "este lunes", false},
		{"gunmen on Saturday killed two", "on Saturday", false},
		{"el sábado, dijo el fiscal", "el sábado", false},
	} {
		if got := statedDay(c.text, at(c.text, c.sub)); got != c.want {
			t.Errorf("statedDay(%q, %q) = %v, want %v", c.text, c.sub, got, c.want)
		}
	}
}
