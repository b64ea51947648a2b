package model

import "time"

// Event is one real-world incident as told by one or more reports: a cluster
// of incident records (one per report at most) with consensus fields, the
// number of independent sources behind it, and what the reports disagree
// on. Fields are chosen from the most precise and most reliable reports.
type Event struct {
	// ID is stable for the event's earliest incident (by time, then id).
	ID       string
	Type     IncidentType
	Actors   []Actor
	Location Location
	// TimeStart and TimeEnd span the members' times; nil when unknown.
	TimeStart, TimeEnd *time.Time
	TimePrecision      TimePrecision // of the most precise member
	Counts
	Severity   int     // the highest of the members'
	Confidence float64 // 0 to 1: grows with independent reliable sources, falls with contradictions
	// Sources counts independent sources: reports from the same outlet, or
	// whose texts are near-duplicates (syndicated or copied), count once.
	Sources int
	// Reports counts all the reports of the event.
	Reports int
	// Outlets are the distinct source names, sorted.
	Outlets []string
	// IncidentIDs and ReportIDs list the members, in time order. ReportIDs
	// are content hashes (Report.ID).
	IncidentIDs []string
	ReportIDs   []string
	// Contradictions are the fields the reports disagree on.
	Contradictions []Contradiction
	// Tolls is the history of the death and injury toll as reports came in,
	// one entry per change, in publication order.
	Tolls []TollChange
}

// Contradiction is a field on which an event's reports disagree.
type Contradiction struct {
	// Field is "killed", "injured", "state", "municipality",
	// "neighborhood" (two colonias of the event's municipality), "type" or
	// "occurred" (a report or official denies the incident happened, or says
	// it is over).
	Field  string         `json:"field"`
	Values []ClaimedValue `json:"values"`
}

// ClaimedValue is one value of a contradicted field and the reports that
// gave it (content hashes).
type ClaimedValue struct {
	Value     string   `json:"value"`
	ReportIDs []string `json:"report_ids"`
}

// TollChange is a step in the history of an event's toll: at Time (the
// report's publication, or the incident time when unknown) the report gave
// Field ("killed" or "injured") the value N.
type TollChange struct {
	Time     time.Time `json:"time"`
	Field    string    `json:"field"`
	N        int       `json:"n"`
	ReportID string    `json:"report_id"`
}
