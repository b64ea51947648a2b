package extract

import (
	"slices"
	"strings"
)

// alsoInOpener reports whether the folded words f before a sentence's cue
// open with "también en" ("y también en Buenavista quemaron una pipa",
// "And also in Apodaca, ...", "over in Río Bravo"): speech and newscasts
// move so to the next act, elsewhere, and a run-on transcript cut there
// (cutLong) would otherwise fold it into the act told before.
func alsoInOpener(f string) bool {
	for len(f) > 0 && (f[0] == ' ' || f[0] == '"' || f[0] == '\'') {
		f = f[1:]
	}
	if k := strings.IndexByte(f[:min(len(f), 5)], ' '); k > 0 {
		switch f[:k] {
		case "y", "e", "pero", "and", "but":
			f = f[k+1:]
		}
	}
	if len(f) == 0 {
		return false
	}
	switch f[0] {
	case 't':
		return strings.HasPrefix(f, "tambien en ")
	case 'a':
		return strings.HasPrefix(f, "also in ")
	case 'o':
		return strings.HasPrefix(f, "over in ")
	}
	return false
}

// placeTurn returns the offset in the folded run seg, with no comma and
// longer than two pieces, of the space before where the speaker moves to
// another place — "(y|and) (tambien en|also in|over in)", or the last
// item of a round-up, "y (por ultimo|finalmente) en" — with at least
// minPiece bytes on each side, or 0: a short spoken run's next act
// (alsoInOpener reads the piece it opens).
func placeTurn(seg string) int {
	if len(seg) <= 2*minPiece || strings.IndexByte(seg, ',') >= 0 {
		return 0
	}
	for _, m := range [...]string{" tambien en ", " also in ", " over in ", ""} {
		k, end := -1, 0
		if m == "" {
			k, end = lastItemAt(seg, minPiece)
		} else if k = strings.Index(seg[minPiece:], m); k >= 0 {
			k += minPiece
			end = k + len(m)
		}
		if k < 0 {
			continue
		}
		if placeArticle(seg[end:]) {
			continue // "y tambien en la misma colonia detuvieron": the same scene
		}
		for _, c := range [...]string{" y", " e", " pero", " and", " but"} {
			if strings.HasSuffix(seg[:k], c) {
				k -= len(c)
				break
			}
		}
		if len(seg)-k >= minPiece {
			return k
		}
	}
	return 0
}

// placeArticle reports whether the folded text rest opens with an article
// or demonstrative: a scene named by a noun ("la misma colonia", "el
// lugar"), not a town.
func placeArticle(rest string) bool {
	w, _, _ := strings.Cut(rest, " ")
	switch w {
	case "el", "la", "los", "las", "este", "esta", "ese", "esa", "dicho", "dicha", "the", "that", "this":
		return true
	}
	return false
}

// roadToward reports whether folded sentence s places its act at a point
// of a road told by where the road leads ("en Buenavista rumbo a La Ruana
// quemaron una pipa", "sobre el bulevar rumbo al puente"), a gateway as
// "en la salida a" is (trafficCutters). Not the way someone went ("huyeron
// rumbo a la sierra", "se dirigía rumbo al centro").
func roadToward(s string) bool {
	for k := 0; ; {
		i := indexSpaced(s[k:], " rumbo a")
		if i < 0 {
			return false
		}
		at := k + i
		k = at + 1
		before := strings.Fields(s[max(0, at-40):at])
		if len(before) > 3 {
			before = before[len(before)-3:]
		}
		if !slices.ContainsFunc(before, motionWord) {
			return true
		}
	}
}

// motionWord reports whether folded w is a word of going somewhere, after
// which "rumbo a" tells where to, not a point of a road.
func motionWord(w string) bool {
	switch w {
	case "iba", "iban", "fuga", "fueron", "fue", "salio", "salieron", "corrieron", "llevaron", "llevandose", "fled", "headed", "heading":
		return true
	}
	for _, p := range []string{"huy", "escap", "dirig", "circul", "viaj", "traslad", "march", "avanz", "retir", "desplaz", "transit"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// lastItems are the words, after a space, that open a spoken round-up's
// last item ("y por ultimo en juarez ...", "and finally in tecate"),
// folded; lastItemAt finds them by their rarer inner words.
var lastItems = [...]struct{ key, lead string }{
	{"ultimo en ", " por "}, {"finalmente en ", " "}, {"finally in ", " and "}, {"lastly in ", " and "},
}

// lastItemAt returns the offset in the folded run seg, at or after from,
// of the space that opens the first of lastItems, and the offset after
// its words, or -1 and 0.
func lastItemAt(seg string, from int) (at, end int) {
	at = -1
	for _, li := range lastItems {
		for k := from; k < len(seg); {
			i := strings.Index(seg[k:], li.key)
			if i < 0 {
				break
			}
			i += k
			k = i + 1
			if i-len(li.lead) >= from && seg[i-len(li.lead):i] == li.lead && (at < 0 || i-len(li.lead) < at) {
				at, end = i-len(li.lead), i+len(li.key)
				break
			}
		}
	}
	return at, end
}
