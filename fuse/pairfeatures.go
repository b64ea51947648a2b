package fuse

import (
	"math"
	"strings"

	"github.com/atalaya/atalaya/model"
)

// The features of a pair of incidents (Features), by place. Each is 0–1
// (or -1–1), a fact of the two incidents a learned decision weighs; the
// gates (g...) are 1 when today's rules refuse the pair for that reason.
const (
	fSameType      = iota // one type
	fCompatible           // compatible
	fKinship              // kinship
	fSameFamily           // one family (family), of different types
	fFamilySlip           // one family that compatible keeps apart
	fSameAct              // sameAct's type agreement
	fResponse             // either is an operation that killed nobody
	fTally                // both tallies
	fGeo                  // geo's score, 0 when it refuses
	fGeoSlip              // geo agrees but for a slip
	fHomonym              // same-named towns of two states
	fStateOnly            // how many of the two are placed only in the state, /2
	fPoint                // how many are placed at a point, /2
	fVague                // how many are placed nowhere or in the country, /2
	fHasDistance          // both have coordinates
	fDistance             // km apart, /60, at most 1
	fSameState            // one state
	fSameMuni             // one municipality
	fDiffMuni             // two municipalities
	fNeighbour            // two municipalities within nearKm
	fGap                  // hours between their keys, /48, at most 1
	fSameDay              // one calendar day at the place
	fOverlap              // their intervals overlap
	fBothPrecise          // both told to the minute or the hour
	fUntimed              // either tells no time
	fWeek                 // either told to the week
	fTime                 // timeAgreement
	fNight                // meet through a night told as a day
	fBack                 // meet through a reach back to the day before
	fSameToll             // sameToll
	fSameDead             // sameDead or foundDead
	fTollsDiffer          // two tolls of killed that differ
	fTollRaised           // tollRaised
	fFaces                // faces, /3, at most 1
	fObjects              // a vehicle or premises of one kind
	fVictims              // victims of one kind
	fColoniaSame          // one colonia named by both
	fColoniaDiffer        // two colonias named
	fText                 // jaccard of content words
	fText2                // min(1, 2 jaccard)
	fSketch               // shingle similarity of the report texts
	fNearDup              // Copy: near-duplicates or translations
	fAnchors              // anchors in common, /4, at most 1
	fActors               // actorAgreement
	fOneAct               // tellsOneAct
	fTwoLangs             // report texts in two languages
	fSameSource           // one outlet
	fSameReport           // one report
	fRules                // the hand-weighted score of pair (0 when refused)
	gTally                // one a tally, the other not
	gTime                 // intervals do not overlap
	gNight                // two nights told as days
	gBack                 // the day before with another toll
	gArrest               // an arrest beside a clash
	gKm                   // two kilometre points
	gSuspend              // a suspension beside an act
	gHours                // precise times too far apart
	gPremises             // premises, or forces struck, of no kind in common (targetsApart)
	gGeo                  // places that differ
	gColonia              // colonias that differ
	gHomonymText          // same-named towns and texts too unlike
	gType                 // types neither compatible nor of one family
	gSlip                 // a slip (type, place, night, day before) the evidence does not overrule
	gDateline             // a dateline puts one in another town than the other
	gColoniaOwn           // coloniasOwn: two colonias of one town, one told to the hour, neither naming the other's
	gTowns                // two municipalities that geo keeps apart
	nFeatures
)

// FeatureNames names the features of Features, by place.
var FeatureNames = [nFeatures]string{
	"same_type", "compatible", "kinship", "same_family", "family_slip", "same_act", "response", "tally",
	"geo", "geo_slip", "homonym", "state_only", "point", "vague", "has_distance", "distance",
	"same_state", "same_muni", "diff_muni", "neighbour", "gap", "same_day", "overlap", "both_precise",
	"untimed", "week", "time", "night", "back", "same_toll", "same_dead", "tolls_differ", "toll_raised",
	"faces", "objects", "victims", "colonia_same", "colonia_differ", "text", "text2", "sketch", "near_dup",
	"anchors", "actors", "one_act", "two_langs", "same_source", "same_report", "rules",
	"gate_tally", "gate_time", "gate_night", "gate_back", "gate_arrest", "gate_km", "gate_suspend",
	"gate_hours", "gate_premises", "gate_geo", "gate_colonia", "gate_homonym_text", "gate_type", "gate_slip", "gate_dateline", "gate_colonia_own", "gate_towns",
}

// Features describe a pair of incidents for a learned "same act" decision:
// see FeatureNames.
type Features [nFeatures]float64

// PairFeatures returns the features of incidents a and b (a the earlier in
// fusion order) as a Fuser with cfg compares them.
func PairFeatures(cfg Config, a, b Item) Features {
	f := New(cfg, nil)
	x, m := f.newMember(a), f.newMember(b)
	var parts pairParts
	s, _, _ := f.pair(x, m, compatible(a.Incident.Type, b.Incident.Type), &parts)
	var v Features
	cheapFeatures(x, m, &v)
	f.dearFeatures(x, m, s, &parts, &v)
	return v
}

// set sets v[i] to 1 when ok.
func (v *Features) set(i int, ok bool) {
	if ok {
		v[i] = 1
	}
}

// dear are the features that read the evidence or compare places in
// full (dearFeatures), computed only for the pairs the others leave open
// (decide); the rest are cheapFeatures.
var dear = [...]int{fGeo, fGeoSlip, fHomonym, fTollRaised, fFaces, fObjects, fVictims, fText, fText2, fSketch, fNearDup,
	fAnchors, fActors, fOneAct, fSameAct, fRules, gArrest, gKm, gSuspend, gPremises, gGeo, gHomonymText, gSlip, gDateline, gColoniaOwn, gTowns}

// cheapFeatures sets the features of x and m that compare their fields
// alone: types, places by code and distance, times, tolls, colonias,
// outlets, and the gates among them.
func cheapFeatures(x, m *member, v *Features) {
	a, b := &x.it.Incident, &m.it.Incident
	tc := compatible(a.Type, b.Type)
	v.set(fSameType, a.Type == b.Type)
	v[fCompatible] = tc
	v[fKinship] = kinship(a.Type, b.Type)
	fa, fb := family(a.Type), family(b.Type)
	v.set(fSameFamily, a.Type != b.Type && fa != 0 && fa == fb)
	v.set(fFamilySlip, tc == 0 && fa != 0 && fa == fb)
	v.set(fResponse, response(a) || response(b))
	v.set(fTally, a.Tally && b.Tally)
	for _, y := range [2]*member{x, m} {
		switch y.prec {
		case model.GeoState:
			v[fStateOnly] += 0.5
		case model.GeoPoint:
			v[fPoint] += 0.5
		case model.GeoUnknown, model.GeoCountry:
			v[fVague] += 0.5
		}
	}
	d := math.Inf(1)
	if x.hasGeo && m.hasGeo {
		d = model.DistanceKm(x.lat, x.lon, m.lat, m.lon)
		v[fHasDistance] = 1
		v[fDistance] = math.Min(d, 60) / 60
	}
	la, lb := &a.Location, &b.Location
	v.set(fSameState, la.StateCode != "" && la.StateCode == lb.StateCode)
	v.set(fSameMuni, la.MunicipalityCode != "" && la.MunicipalityCode == lb.MunicipalityCode)
	diffMuni := la.MunicipalityCode != "" && lb.MunicipalityCode != "" && la.MunicipalityCode != lb.MunicipalityCode
	v.set(fDiffMuni, diffMuni)
	v.set(fNeighbour, diffMuni && d <= nearKm)
	gap := x.key.Sub(m.key).Abs()
	v[fGap] = math.Min(gap.Hours(), 48) / 48
	v.set(fSameDay, a.Time != nil && b.Time != nil && x.day.Equal(m.day))
	overlap := overlaps(x, m)
	v.set(fOverlap, overlap)
	v.set(fBothPrecise, x.precise && m.precise)
	v.set(fUntimed, a.Time == nil || b.Time == nil)
	v.set(fWeek, a.TimePrecision == model.TimeWeek || b.TimePrecision == model.TimeWeek)
	v[fTime] = timeAgreement(x, m)
	night, nightApart := nightsApart(x, m)
	back, backTolls := backApart(x, m)
	v.set(fNight, night)
	v.set(fBack, back)
	v.set(fSameToll, sameToll(a, b))
	v.set(fSameDead, sameDead(a, b) || foundDead(a, b))
	v.set(fTollsDiffer, a.Killed != nil && b.Killed != nil && a.Killed.N != b.Killed.N)
	v.set(fColoniaSame, x.colonia != "" && m.colonia != "" && sameColonia(x.colonia, m.colonia))
	v.set(fColoniaDiffer, x.colonia != "" && m.colonia != "" && !sameColonia(x.colonia, m.colonia))
	xl, ml := x.it.Sketch[langSlot], m.it.Sketch[langSlot]
	v.set(fTwoLangs, xl != 0 && ml != 0 && xl != ml)
	v.set(fSameSource, x.it.Source != "" && strings.EqualFold(x.it.Source, m.it.Source))
	v.set(fSameReport, sameReport(x, m))
	v.set(gTally, a.Tally != b.Tally)
	v.set(gTime, !overlap)
	v.set(gNight, nightApart)
	v.set(gBack, backTolls)
	v.set(gHours, hoursApart(x, m))
	v.set(gColonia, coloniasApart(x, m))
	v.set(gType, kinship(a.Type, b.Type) == 0 && (fa == 0 || fa != fb))
}

// dearFeatures sets the features of x and m that cheapFeatures leaves
// (dear), rules being their hand-weighted score and p what pair compared
// to reach it (the rest is compared here).
func (f *Fuser) dearFeatures(x, m *member, rules float64, p *pairParts, v *Features) {
	a, b := &x.it.Incident, &m.it.Incident
	if !p.geoDone {
		p.geo, p.geoOK, p.homonym, p.geoSlip = f.geo(x, m)
	}
	if !p.textDone {
		p.nearDup, p.text = x.it.Sketch.Copy(&m.it.Sketch, f.cfg.NearDuplicate), jaccard(x.tokens, m.tokens)
	}
	gs, ok, homonym, slip := p.geo, p.geoOK, p.homonym, p.geoSlip
	if ok {
		v[fGeo] = gs
	}
	v.set(fGeoSlip, ok && slip)
	v.set(fHomonym, homonym)
	v.set(fTollRaised, tollRaised(x, m))
	v.set(gColoniaOwn, coloniasOwn(x, m))
	fc := faces(x, m)
	v[fFaces] = math.Min(float64(fc), 3) / 3
	v.set(fObjects, x.objects()&m.objects() != 0)
	v.set(fVictims, x.victims()&m.victims() != 0)
	text := p.text
	v[fText] = text
	v[fText2] = math.Min(1, 2*text)
	v[fSketch] = x.it.Sketch.Similarity(&m.it.Sketch)
	nearDup := p.nearDup
	v.set(fNearDup, nearDup)
	v[fAnchors] = math.Min(float64(shared(x.anchors(), m.anchors())), 4) / 4
	v[fActors] = actorAgreement(a.Actors, b.Actors)
	oneAct := tellsOneAct(x, m)
	v.set(fOneAct, oneAct)
	v[fSameAct] = sameAct(x, m, kinship(a.Type, b.Type))
	v[fRules] = rules
	v.set(gArrest, x.arrestOnly() && violent(b) || m.arrestOnly() && violent(a))
	v.set(gKm, kmApart(x, m))
	v.set(gSuspend, x.suspends() != m.suspends())
	v.set(gPremises, targetsApart(x, m))
	v.set(gGeo, !ok)
	v.set(gTowns, !ok && v[fDiffMuni] != 0)
	v.set(gHomonymText, ok && homonym && !nearDup && text < f.cfg.HomonymText)
	tc := compatible(a.Type, b.Type)
	typeSlip := tc == 0 && !(kinFamilies(a.Type, b.Type) && fc >= kinFaces)
	night, back := v[fNight] != 0, v[fBack] != 0
	v.set(gSlip, (typeSlip || ok && slip || night || back) && !oneAct)
	v.set(gDateline, (x.datelined || m.datelined) && townOf(x) != townOf(m))
}
