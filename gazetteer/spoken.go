package gazetteer

import "github.com/atalaya/atalaya/fold"

// This file holds the transcript place rules of branch artplace: where a
// name written in lower case, as a speech transcript writes every name,
// is a town though capitals cannot tell it.

// cityPopulation is the population from which a town is a city that a
// newscast names bare ("en matamoros") meaning that city.
const cityPopulation = 100000

// spokenTown reports whether a name of k at folded [s, e) of the
// all-lowercase text f, after the word w1 at p1, is the town it names:
//
//   - a name that is also a word or a person's name (amb) after "en",
//     when it names a city ("en matamoros hay una balacera", as "en
//     Matamoros" is read) and no "de" follows it ("en juarez de ...");
//   - a name that is no word after "de" closing a settlement's name
//     ("en el ejido paso ondo de frontera comalapa"): the settlement's
//     town.
func spokenTown(f string, k *key, s, e int, w1 string, p1 int, amb bool) bool {
	switch {
	case amb:
		return w1 == "en" && city(k.places) && !ofFollows(f, e)
	case w1 == "de":
		p := p1
		for range 4 {
			w, q := prevWord(f, p)
			if w == "" {
				return false
			}
			if settlementNoun(w) {
				return q < p1 // a word of the settlement's own name between
			}
			p = q
		}
	}
	return false
}

// city reports whether one of ps is a municipality of cityPopulation or
// more.
func city(ps []Place) bool {
	for _, p := range ps {
		if p.Kind == Municipality && p.Population >= cityPopulation {
			return true
		}
	}
	return false
}

// settlementNoun reports whether the folded word w names a settlement
// whose name may be followed by its town's ("ejido ... de <town>").
func settlementNoun(w string) bool {
	switch w {
	case "ejido", "comunidad", "poblado", "localidad", "rancheria", "rancho", "colonia", "congregacion", "sindicatura", "fraccionamiento":
		return true
	}
	return false
}

// sameStateTowns returns the municipalities that the folded name sounds as
// (a name that is also a word or a person's, so not accepted bare in lower
// case) in the one state that the places already found in the text
// (found), each by its likeliest place, all lie in: a newscast that names Apatzingán and then "tambien
// en buenavista quemaron un trailer" means Buenavista, Michoacán (a
// newscast's places are of its region). Nil when name
// is no such name, the text's places lie in no single state, or none of
// the name's municipalities lies in it.
func (m *matcher) sameStateTowns(name string, found []Mention) []Place {
	k, ok := m.stated[fold.Sound(name)]
	if !ok || k < 0 || len(found) == 0 {
		return nil
	}
	state := ""
	for _, x := range found {
		if len(x.Candidates) == 0 || x.Candidates[0].StateCode == "" {
			continue
		}
		st := x.Candidates[0].StateCode
		if state != "" && st != state {
			return nil
		}
		state = st
	}
	var out []Place
	for _, p := range m.keys[k].places {
		if p.Kind == Municipality && p.StateCode == state {
			out = append(out, p)
		}
	}
	return out
}
