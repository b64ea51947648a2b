package extract

import (
	"slices"
	"strings"
)

// The rules ask of many cue lists whether a part of a sentence holds one of
// their phrases (containsAny). Searching each list in each part read the
// same bytes again and again; the lists are instead compiled once, when the
// Extractor is built, into one automaton that reads a report's folded text
// once and notes where each list's phrases occur (cueHits), and a rule asks
// the notes.

// cueList names one of the lists of cue phrases that cueHits answers for.
type cueList uint8

const (
	cueWounded        cueList = iota // woundedDeath: someone wounded
	cueDied                          // woundedDeath: ... died
	cueHospital                      // woundedDeath: ... or died in a hospital
	cueNoticeDesc                    // searchNotice: a description or a contact line
	cueNoticeAsk                     // searchNotice: an appeal to find someone
	cueNoticeCrime                   // searchNotice: a sign of a crime
	cueNoticeEnd                     // candidates: a search notice's happy end, or a search in nature or after an accident
	cueRates                         // frequency
	cueMonths                        // monthPeriod
	cueSpanUnits                     // spanPeriod
	cuePeriods                       // periodStat: a period of counting
	cueOpeners                       // listed
	cuePassive                       // passiveVictim
	cueNobody                        // noneLike
	cueAfter                         // splitAfter (afterMarkers)
	cueCauses                        // causeNoun
	cueAcross                        // classify: vehicles put across a road
	cueExistOpen                     // classify: what may open an existential negation
	cueElapsedWords                  // elapsedEnds: a word of time past
	cueElapsed                       // elapsedEnds: a phrase of time past
	cueSpansOf                       // elapsedEnds: a period of acts
	cueYears                         // elapsedEnds: years
	cueLag                           // lagDays
	cueEvery                         // everyN
	cueReportVerbs                   // reporting
	cueDurative                      // durative
	cuePretence                      // pretended: a word of pretence, or what a game lets its players do
	cueDrill                         // drilled: a word of a drill, a course or a training
	cueDeaths                        // agedDeath: a death
	cueRuledOut                      // intentRuledOut: a word of ruling out, or "accidental"
	cueThousands                     // bigCount: a word for a thousand
	cueParticiples                   // participleActs: a word that opens a participle frame
	cueAttackers                     // answeredClash: a noun of attackers or of armed men (attackersFell)
	cueAttackedFirst                 // answeredClash: forces attacked before
	cueRepelFirst                    // answeredClash: forces that answered fire before
	cueTrafficCutters                // roadCut: a word of traffic cut
	cueBlockedWords                  // roadsBlocked: a passive blocking verb
	cueBlockCounts                   // blockedCount: a blocking verb or a noun of points
	cueBecome                        // becameCommon: a verb of becoming
	cuePlaceCounts                   // actsCounted: a noun of points of acts
	cueTimePreps                     // priorActs: a preposition of time (timePreps, trimmed)
	cueRoadEnds                      // roadsUnderDateline: a road's end or the places it links (leadPhrases, junctionPhrases, linkVerbWords)
	cueDays                          // dayRunsCued: a word of a day (timeKind's day words)
	cueServices                      // serviceStop: a service a stop verb may govern (serviceNouns)
	cueOrdinals                      // seriesCount, ordinalIn: an ordinal's stem (ordinalStems)
	cuePointNouns                    // pointsOver: a noun of points (pointNouns)
	cueCauseMarkers                  // causeClauseAt: a marker of the act a closure follows (causeMarkers)
	cueLaterEnds                     // laterClauseAt: the end of a lapse (laterEnds)
	cueOtherGroups                   // otherGroupClauseAt: another group (otherGroups)
	cueAnsweredFire                  // answeredClash: forces answering fire (answeredFire)
	numCueLists
)

// cueWords holds each list's phrases, folded. containsAny(s, cueWords[l]...)
// is what cueHits.any answers for a part of the text it read.
var cueWords = [numCueLists][]string{
	cueWounded:        {"herido", "heridos", "herida", "heridas", "lesionado", "lesionados", "lesionada", "lesionadas", "wounded", "injured"},
	cueDied:           {"murio", "murieron", "fallecio", "fallecieron", "perdio la vida", "perdieron la vida", "died", "succumbed"},
	cueHospital:       hospitalNouns,
	cueNoticeDesc:     noticeDescription,
	cueNoticeAsk:      noticeAppeal,
	cueNoticeCrime:    noticeCrime,
	cueNoticeEnd:      noticeEnd,
	cueRates:          rateWords,
	cueMonths:         monthNames,
	cueSpanUnits:      spanUnits,
	cuePeriods:        countPeriods,
	cueOpeners:        listOpeners,
	cuePassive:        passiveMarkers,
	cueNobody:         {" no ", "sin ", "ningun", "nadie", "nobody", " iles", " unharmed", " unhurt", " uninjured"},
	cueAfter:          afterMarkers,
	cueCauses:         causePhrases,
	cueAcross:         {"atraves", "across the road", "across the highway", "across both lanes", "across the lanes"},
	cueExistOpen:      {"sin ", "saldo blanco", "without", "found no"},
	cueElapsedWords:   elapsedWords,
	cueElapsed:        elapsedPhrases,
	cueSpansOf:        spansOf,
	cueYears:          yearWords,
	cueLag:            lagOpeners,
	cueEvery:          {"cada ", "every "},
	cueReportVerbs:    reportingVerbs,
	cueDurative:       durativePhrases,
	cuePretence:       pretenceCues(),
	cueDrill:          drillCues(),
	cueDeaths:         deathWords,
	cueRuledOut:       ruledOutMarkers,
	cueThousands:      {"mil", "thousand"},
	cueParticiples:    participleWords,
	cueAttackers:      slices.Concat(attackerNouns.subs, gunmenNouns.subs),
	cueAttackedFirst:  attackedFirst.subs,
	cueRepelFirst:     repelFirst.subs,
	cueTrafficCutters: trafficCutters.subs,
	cueBlockedWords:   blockedWords,
	cueBlockCounts:    slices.Concat(blockVerbs, blockedWords, pointNouns),
	cueBecome:         {" become ", " vuelto ", "increasingly", " grown ", " repeatedly", " frequently", " continue to ", " recurrente", "cada vez mas", "siguen siendo"},
	cuePlaceCounts:    placeCountNouns,
	cueTimePreps:      trimmedAll(timePreps),
	cueRoadEnds:       slices.Concat(leadPhrases, junctionPhrases, linkVerbWords),
	cueDays:           timeDayWords(),
	cueServices:       serviceNouns,
	cueOrdinals:       ordinalStems,
	cuePointNouns:     pointNouns,
	cueCauseMarkers:   causeMarkers,
	cueLaterEnds:      laterEnds[:],
	cueOtherGroups:    otherGroups,
	cueAnsweredFire:   answeredFire.subs,
}

// cueNeedles are the lists of cueWords, each made to be searched for
// together (cueHits.any of a text it did not read).
var cueNeedles = func() (ns [numCueLists]needles) {
	for l, ws := range cueWords {
		ns[l] = newNeedles(ws...)
	}
	return ns
}()

// cueMatcher is an Aho–Corasick automaton of every phrase of cueWords, a
// full transition table over classes of bytes: it reads a text once and
// reports, at each byte, the lists a phrase of which ends there.
type cueMatcher struct {
	class  [256]uint8 // byte -> class; 0 for the bytes no phrase holds
	nclass int
	// next[row(s)+class] is the state after s (0 is the start) as its
	// row, row(t) = t*nclass, times two, plus one when a phrase ends at t.
	next []uint32
	// outAt[s]:outAt[s+1] are the outs of state s: for each list with a
	// phrase that ends there, the length of its shortest such phrase.
	outAt []int32
	outs  []cueOut
}

type cueOut struct {
	list cueList
	n    uint16
}

// newCueMatcher compiles lists into one automaton. An empty phrase, a
// phrase of more than 65,535 bytes or a table of 2^31 entries or more is a
// programming error.
func newCueMatcher(lists [numCueLists][]string) *cueMatcher {
	m := &cueMatcher{}
	for _, l := range lists {
		for _, p := range l {
			if p == "" || len(p) > 1<<16-1 {
				panic("extract: a cue phrase is empty or too long")
			}
			for i := 0; i < len(p); i++ {
				m.class[p[i]] = 1
			}
		}
	}
	m.nclass = 1
	for b := range m.class {
		if m.class[b] != 0 {
			m.class[b] = uint8(m.nclass)
			m.nclass++
		}
	}
	// The trie: child[s*nclass+c], 0 for none (the start state is
	// nobody's child); own[s] the outs of the phrase that ends at s.
	child := make([]int32, m.nclass)
	own := [][]cueOut{nil}
	for l, ps := range lists {
		for _, p := range ps {
			s := int32(0)
			for i := 0; i < len(p); i++ {
				k := int(s)*m.nclass + int(m.class[p[i]])
				if child[k] == 0 {
					child[k] = int32(len(own))
					own = append(own, nil)
					child = append(child, make([]int32, m.nclass)...)
				}
				s = child[k]
			}
			own[s] = addOut(own[s], cueOut{cueList(l), uint16(len(p))})
		}
	}
	n := len(own)
	if n*m.nclass >= 1<<31 {
		panic("extract: too many cue states")
	}
	// Breadth first: a state's failure is the longest proper suffix of its
	// phrase that is a state; its outs are its own and its failure's.
	fail := make([]int32, n)
	outs := make([][]cueOut, n)
	next := make([]int32, n*m.nclass) // state*nclass+class -> state
	queue := make([]int32, 0, n)
	for c := 0; c < m.nclass; c++ {
		if t := child[c]; t != 0 {
			next[c] = t
			queue = append(queue, t)
		}
	}
	for q := 0; q < len(queue); q++ {
		s := queue[q]
		outs[s] = own[s]
		for _, o := range outs[fail[s]] {
			outs[s] = addOut(outs[s], o)
		}
		for c := 0; c < m.nclass; c++ {
			k := int(s)*m.nclass + c
			f := next[int(fail[s])*m.nclass+c]
			if t := child[k]; t != 0 {
				fail[t] = f
				next[k] = t
				queue = append(queue, t)
			} else {
				next[k] = f
			}
		}
	}
	m.next = make([]uint32, len(next))
	for k, t := range next {
		m.next[k] = uint32(int(t)*m.nclass) << 1
		if len(outs[t]) > 0 {
			m.next[k] |= 1
		}
	}
	m.outAt = make([]int32, n+1)
	for s := range n {
		m.outAt[s] = int32(len(m.outs))
		m.outs = append(m.outs, outs[s]...)
	}
	m.outAt[n] = int32(len(m.outs))
	return m
}

// addOut adds o to os, keeping for each list the shortest phrase.
func addOut(os []cueOut, o cueOut) []cueOut {
	for i := range os {
		if os[i].list == o.list {
			os[i].n = min(os[i].n, o.n)
			return os
		}
	}
	return append(os, o)
}

// cueSpan is where one list's phrase occurs: text[start:end].
type cueSpan struct{ start, end int32 }

// cueHits are the occurrences of the cue lists' phrases in one text.
type cueHits struct {
	text string
	// spans[at[l]:at[l+1]] are list l's occurrences in the order of their
	// ends, one an end (its shortest phrase's).
	at    [numCueLists + 1]int32
	spans []cueSpan
	small [80]cueSpan // spans when they are few
}

// scan reads text once into h. With a nil matcher h is left empty, and
// any answers by searching.
func (m *cueMatcher) scan(h *cueHits, text string) {
	if m == nil {
		return
	}
	type raw struct {
		list cueList
		cueSpan
	}
	var buf [128]raw
	found := buf[:0]
	h.text = text
	var count [numCueLists]int32
	next, class := m.next, &m.class
	r := uint32(0) // the state's row, times two, plus one when it has outs
	for i := 0; i < len(text); i++ {
		r = next[int(r>>1)+int(class[text[i]])]
		if r&1 == 0 {
			continue
		}
		s := int(r>>1) / m.nclass
		for _, o := range m.outs[m.outAt[s]:m.outAt[s+1]] {
			found = append(found, raw{o.list, cueSpan{int32(i + 1 - int(o.n)), int32(i + 1)}})
			count[o.list]++
		}
	}
	var fill [numCueLists]int32
	for l := range numCueLists {
		h.at[l+1] = h.at[l] + count[l]
		fill[l] = h.at[l]
	}
	if len(found) <= len(h.small) {
		h.spans = h.small[:len(found)]
	} else {
		h.spans = make([]cueSpan, len(found))
	}
	for _, r := range found {
		h.spans[fill[r.list]] = r.cueSpan
		fill[r.list]++
	}
}

// any reports whether f[lo:hi] holds a phrase of list l: containsAny(f[lo:hi],
// cueWords[l]...). It looks the answer up when f is the text h read, and
// searches otherwise.
func (h *cueHits) any(l cueList, f string, lo, hi int) bool {
	if h == nil || f != h.text {
		return cueNeedles[l].in(f[lo:hi])
	}
	sp := h.spans[h.at[l]:h.at[l+1]]
	// The first span that ends after lo.
	i, j := 0, len(sp)
	for i < j {
		k := int(uint(i+j) >> 1)
		if int(sp[k].end) <= lo {
			i = k + 1
		} else {
			j = k
		}
	}
	for ; i < len(sp) && int(sp[i].end) <= hi; i++ {
		if int(sp[i].start) >= lo {
			return true
		}
	}
	return false
}

// trimmedAll returns ws with their leading and trailing spaces trimmed.
func trimmedAll(ws []string) []string {
	out := make([]string, len(ws))
	for k, w := range ws {
		out[k] = strings.TrimSpace(w)
	}
	return out
}
