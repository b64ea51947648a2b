package fuse

import "slices"

// reportSet is the set of the reports of an event's members. Most events
// have one to three, and it is asked of every candidate event whether it
// holds an incoming item's report (otherAct), nearly always in vain: a
// bit of a 64-bit filter (by a hash of the id) answers most such
// questions without looking at the ids.
type reportSet struct {
	bits uint64
	ids  []string
}

// reportsOf returns the set of id alone.
func reportsOf(id string) reportSet {
	return reportSet{bits: reportBit(id), ids: []string{id}}
}

// reportBit is id's bit in reportSet.bits.
func reportBit(id string) uint64 { return hashBit(fnv64(id)) }

// hashBit is the bit in reportSet.bits of a report whose id hashes
// (fnv64) to h.
func hashBit(h uint64) uint64 { return 1 << (h >> 58) }

// has reports whether id is in the set.
func (s *reportSet) has(id string) bool {
	return s.bits&reportBit(id) != 0 && slices.Contains(s.ids, id)
}

// hasReportOf reports whether m's report is in the set (has, with the
// hash m keeps).
func (s *reportSet) hasReportOf(m *member) bool {
	return s.bits&hashBit(m.report) != 0 && slices.Contains(s.ids, m.it.Incident.ReportID)
}

// add puts id in the set.
func (s *reportSet) add(id string) {
	if !s.has(id) {
		s.bits |= reportBit(id)
		s.ids = append(s.ids, id)
	}
}

// sameReport reports whether x and m are of one report, comparing the
// hashes they keep before the ids.
func sameReport(x, m *member) bool {
	return x.report == m.report && x.it.Incident.ReportID == m.it.Incident.ReportID
}

// len returns the number of reports in the set.
func (s *reportSet) len() int { return len(s.ids) }
