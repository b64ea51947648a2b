package report

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

// langSample is how much of a text language detection looks at.
const langSample = 2048

// DetectLang returns "es", "en" or "" when the text is too short or the
// evidence unsure. It counts Spanish and English function words and, when
// they do not settle it, asks whatlanggo restricted to the two languages.
func DetectLang(text string) string {
	if len(text) > langSample {
		cut := langSample
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	es, en, words := countFunctionWords(text)
	if words < 2 {
		return ""
	}
	// Function words decide when there are enough of them and one language
	// clearly leads.
	if es+en >= 4 {
		switch {
		case es >= 3*en:
			return "es"
		case en >= 3*es:
			return "en"
		}
	}
	info := whatlanggo.DetectWithOptions(text, whatlanggo.Options{
		Whitelist: map[whatlanggo.Lang]bool{whatlanggo.Spa: true, whatlanggo.Eng: true},
	})
	lang := ""
	switch info.Lang {
	case whatlanggo.Spa:
		lang = "es"
	case whatlanggo.Eng:
		lang = "en"
	}
	// Trust the trigram model on its own only when the text is long enough
	// and it is confident; otherwise it must agree with the function words.
	switch {
	case lang == "es" && es > en, lang == "en" && en > es:
		return lang
	case es == en && words >= 3 && info.Confidence >= 0.9, es == en && words >= 4 && info.Confidence >= 0.5:
		return lang
	case es > 2*en && es >= 2:
		return "es"
	case en > 2*es && en >= 2:
		return "en"
	}
	return ""
}

// countFunctionWords counts the Spanish and English function words of text
// and its words. Spanish articles and "de" that start a proper name ("La
// Paz", "Los Zetas", "Ciudad de México") are not counted, since English
// text names Mexican places and groups too; English possessives and words
// ending in "-ing" count as English.
func countFunctionWords(text string) (es, en, words int) {
	var buf [16]byte
	n := 0
	long := false
	upper := false    // the current word starts with a capital
	particle := false // the previous word is a Spanish particle, counted if the current word is lowercase
	flush := func() {
		if n == 0 && !long {
			return
		}
		words++
		if particle && !upper {
			es++
		}
		particle = false
		if !long {
			w := string(buf[:n])
			switch w {
			case "el", "la", "los", "las", "de", "del":
				particle = true
			case "que", "y", "en", "por", "con", "para",
				"una", "un", "se", "al", "su", "sus", "es", "fue", "son", "como", "pero", "tras",
				"este", "esta", "entre", "sin", "sobre", "ante", "desde", "hasta", "donde",
				"hay", "han", "ha", "lo", "le", "les", "muy", "ya", "mas", "más", "también", "según", "durante",
				// common words of Spanish crime news
				"hoy", "ayer", "anoche", "balacera", "muertos", "muerto", "heridos", "bloqueo", "bloqueos",
				"narcobloqueo", "narcobloqueos", "enfrentamiento", "armado", "armados", "detienen", "hallan",
				"queman", "reportan", "asesinan", "policía", "ataque", "cuerpos", "carretera", "autopista",
				"hombres", "personas", "deja", "dejan", "tiroteo", "sicarios", "suspenden", "cártel",
				"ejecutan", "matan", "ejecutado", "ejecutados", "otro", "otra", "cuatro", "cinco", "seis",
				"siete", "ocho", "nueve", "diez", "violencia", "crimen", "estado", "estados", "ciudad":
				es++
			case "the", "of", "and", "to", "in", "on", "at", "for", "with", "was", "were", "is",
				"are", "by", "from", "that", "this", "after", "have", "has", "had", "it", "its",
				"their", "they", "be", "been", "which", "who", "an", "as", "into", "over", "said", "near",
				// common words of English crime news
				"says", "kill", "killed", "kills", "gunmen", "troops", "police", "shooting", "shot", "dead",
				"attack", "attacks", "arrested", "leader", "vehicles", "across", "raid", "drug", "highway",
				"road", "fire", "bodies", "found", "army", "warning", "issued", "torch", "torched", "burned",
				"blocked", "blockades", "clashes", "gunfire", "reported", "state", "officials", "people",
				"gang", "gangs", "war", "wars", "cartels", "drugs", "killings", "murder", "murders", "violence",
				"city", "man", "men", "women", "two", "three", "four", "five", "six", "seven", "eight",
				"nine", "ten", "dozen", "mexican", "border", "soldiers", "journalist", "leaves", "another",
				"more", "graves", "threatens", "executed", "detained", "captured", "homicides", "bloody",
				"explodes", "between", "bomb", "car", "military", "organized", "crime", "outside", "update":
				en++
			default:
				if n > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
					en++
				}
			}
		}
		n, long, upper = 0, false, false
	}
	for _, r := range text {
		if unicode.IsLetter(r) || (r == '\'' || r == '’') && n > 0 {
			if n == 0 && !long {
				upper = unicode.IsUpper(r)
			}
			r = unicode.ToLower(r)
			if n+utf8.RuneLen(r) > len(buf) {
				long = true
				continue
			}
			n += utf8.EncodeRune(buf[n:], r)
			continue
		}
		flush()
	}
	flush()
	if particle {
		es++
	}
	return es, en, words
}
