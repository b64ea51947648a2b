package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/atalaya/atalaya/model"
)

// verbFamily is a verb of a cue family, regular in the forms a headline
// uses: its stem and conjugation ("ar", "er", "ir"), with the frames
// that put it in a headline.
type verbFamily struct {
	stem, conj string
	// obj follows a finite form ("a un hombre", "droga"); subj precedes a
	// participle ("Hombre", "Droga"), agreeing in gender and number with
	// the participle's ending given by part.
	obj, subj, part string
}

// forms returns the finite forms (third person, present, preterite,
// gerund) and the participle forms of the verb, folded.
func (v verbFamily) forms() (finite, participles []string) {
	s := v.stem
	switch v.conj {
	case "ar":
		finite = []string{s + "an", s + "aron", s + "a", s + "o"}
		participles = []string{s + "ado", s + "ada", s + "ados", s + "adas"}
	default:
		finite = []string{s + "en", s + "ieron", s + "e", s + "io"}
		participles = []string{s + "ido", s + "ida", s + "idos", s + "idas"}
	}
	return finite, participles
}

// TestCueParadigms writes every form a headline gives the verbs of the
// cue families (third person present and preterite, the passive "es ...
// / fue ... / son ... / fueron ...", the participle as an adjective) in
// a plain headline frame and logs the forms that yield no act: the gaps
// of a family whose lexicon lists only some of its forms. A developer
// tool (run with -v); it asserts nothing.
func TestCueParadigms(t *testing.T) {
	if testing.Short() {
		t.Skip("developer tool")
	}
	e := realExtractor(t)
	loc, _ := time.LoadLocation("America/Mexico_City")
	pub := time.Date(2024, 8, 14, 0, 0, 0, 0, loc)
	person := func(stem, conj string) verbFamily {
		return verbFamily{stem: stem, conj: conj, obj: "a un hombre", subj: "un hombre"}
	}
	thing := func(stem, conj, obj, subj string) verbFamily {
		return verbFamily{stem: stem, conj: conj, obj: obj, subj: subj}
	}
	fams := []verbFamily{
		person("mat", "ar"), person("asesin", "ar"), person("ejecut", "ar"), person("ultim", "ar"),
		person("acribill", "ar"), person("masacr", "ar"), person("decapit", "ar"), person("desmembr", "ar"),
		person("linch", "ar"), person("estrangul", "ar"), person("ahorc", "ar"), person("asfixi", "ar"),
		person("calcin", "ar"), person("apunal", "ar"), person("acuchill", "ar"), person("bale", "ar"),
		person("balace", "ar"), person("rafague", "ar"), person("tirote", "ar"), person("lesion", "ar"),
		person("agred", "ir"), person("atac", "ar"), person("golpe", "ar"), person("tortur", "ar"),
		person("secuestr", "ar"), person("plagi", "ar"), person("rapt", "ar"), person("captur", "ar"),
		person("arrest", "ar"), person("aprehend", "er"), person("abat", "ir"), person("rescat", "ar"),
		person("liber", "ar"), person("apres", "ar"), person("encarcel", "ar"), person("neutraliz", "ar"),
		person("recaptur", "ar"), person("reaprehend", "er"), person("atrap", "ar"), person("amenaz", "ar"),
		person("extorsion", "ar"), person("embosc", "ar"), person("emboscad", ""), person("machete", "ar"),
		person("aniquil", "ar"), person("degoll", "ar"), person("encobij", "ar"), person("embols", "ar"),
		person("ajustici", "ar"), person("dispar", "ar"), person("hosti", "ar"), person("interv", "ar"),
		thing("asegur", "ar", "droga y armas", "droga"), thing("decomis", "ar", "droga y armas", "droga"),
		thing("incaut", "ar", "droga y armas", "droga"), thing("confisc", "ar", "droga y armas", "droga"),
		thing("cate", "ar", "una casa", "casa"), thing("desmantel", "ar", "un narcolaboratorio", "narcolaboratorio"),
		thing("desarticul", "ar", "una banda", "banda"), thing("intercept", "ar", "un cargamento de droga", "cargamento de droga"),
		thing("incendi", "ar", "una casa", "casa"), thing("quem", "ar", "una casa", "casa"),
		thing("bloque", "ar", "la carretera", "carretera"), thing("saque", "ar", "una tienda", "tienda"),
		thing("balace", "ar", "una casa", "casa"), thing("bale", "ar", "una casa", "casa"),
		thing("rafague", "ar", "una casa", "casa"), thing("atac", "ar", "una casa", "casa"),
	}
	var lost []string
	try := func(text string) {
		r := model.Report{ID: "p", Kind: model.KindNews, Lang: "es", Text: text, Published: pub}
		if _, ok := actOf(e.Extract(r)); !ok {
			lost = append(lost, text)
		}
	}
	for _, f := range fams {
		if f.conj == "" {
			continue
		}
		fin, parts := f.forms()
		for _, v := range fin {
			try(capital(v) + " " + f.obj + " en Culiacán")
		}
		for k, p := range parts {
			// the participle's gender and number: o, a, os, as
			subj, is, was := f.subj, "Es", "fue"
			if f.subj == "un hombre" {
				subj = []string{"un hombre", "una mujer", "dos hombres", "dos mujeres"}[k]
			} else if k >= 2 {
				subj = "dos " + f.subj + "s"
			}
			if k >= 2 {
				is, was = "Son", "fueron"
			}
			try(is + " " + p + " " + subj + " en Culiacán")
			try(capital(strings.TrimPrefix(strings.TrimPrefix(subj, "un "), "una ")) + " " + p + " en Culiacán")
			try(capital(subj) + " " + was + " " + p + " en Culiacán")
		}
	}
	t.Logf("%d forms yield no act", len(lost))
	for _, l := range lost {
		t.Log(l)
	}
}

func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
