// Package dataset reads the third-party data sets Atalaya is measured on —
// the Monitor PPD 2022 headlines coded by hand, the UCDP GED events for
// Mexico, the news_dev excerpts and the seed documents — into reports (as
// the ingest readers would receive them) and the fields their coders give.
//
// # Reports
//
// A Monitor PPD row becomes the JSONL report line {"id", "source": outlet,
// "url", "kind": "news", "published": pub_date, "text": title}: the headline
// is the whole text. A UCDP row becomes {"id", "source": source_office,
// "kind": "news", "published": source_date or date_start, "text":
// source_headline}; when a row cites several articles (source_office and
// source_headline both list the same number of items separated by ";"),
// each headline is a line of the text and the first office and date are
// used. No language is stated: the pipeline detects it, as ingest does. A
// news_dev file and a seed file are handed to the report readers whole
// (report.Parse), as ingest reads a .json or .txt file.
//
// UCDP rows with where_prec > 2 or date_prec > 1 are aggregates and are
// left out, as are rows without a headline; PPD rows without a title are
// left out. Both are counted in Set.Skipped.
//
// # Gold fields
//
// State and municipality are INEGI codes (PPD's state_inegi and
// municipality_inegi; UCDP's adm_1 through the table in ucdpStates). PPD
// coordinates are the gazetteer's seat of the gold municipality; UCDP's are
// its latitude and longitude. The death toll is PPD's killed_total and
// UCDP's best; the event day is PPD's event_date and UCDP's date_start
// (date_prec 1 is an exact day).
//
// PPD incident types come from the coder fields (see ppdType): a clash
// ("enfrentamiento" in attack or in an authority's activity) is
// armed_clash; a killing (deaths with an attack coded, or deaths without a
// body found) is homicide or armed_attack (either is accepted: the taxonomy
// allows both for people killed by gunmen), bodies found with no attack
// coded are homicide, an attack without deaths
// (agresión, arma de fuego, arma blanca, disparos…; not robbery, brawl or
// beating) is armed_attack; deprivation_of_liberty is kidnapping; detentions
// or an authority's detention, seizure, patrol, search or rescue is
// security_operation; a narcomessage alone is intimidation. A row whose
// fields point to more than one of violence, kidnapping and security
// operation (a killing and an arrest, a kidnapping and a killing, a
// narcomessage and an arrest) is ambiguous, a row with none of them has no
// type; both are left out of the type score and counted.
//
// Where the coders' categories and this project's taxonomy differ in
// definition, the headline decides what the coding can be compared with
// (mapType; the headline tests, not the extractor, decide):
//
//   - Court steps. The coders give a hearing, an indictment ("vinculan a
//     proceso") or a sentence as a security operation (the authority's
//     activity, the person detained); the taxonomy has no incident for a
//     court step (the extractor reports none). A row coded as a security
//     operation whose headline tells a court step and no arrest, search,
//     seizure or rescue is left out of the type figure (OutCourtStep).
//   - Attacks on forces. The coders' "enfrentamiento" covers any armed
//     aggression involving police or soldiers, one-sided ones included;
//     the taxonomy calls a clash only an exchange between two armed sides
//     and an attack on police an armed attack. A row coded as a clash whose
//     headline has no word of an exchange ("enfrentan", "repelen",
//     "fuego cruzado"…) accepts armed_attack too.
//   - Forces killing. A clash coded where the headline tells that forces
//     killed ("abaten") and no exchange accepts security_operation too: the
//     taxonomy gives forces killing as a security operation (which the ACLED
//     export maps to an armed clash when there are deaths).
//   - Killings in a clash. A killing coded without a clash, whose headline
//     tells an exchange of fire ("enfrentamiento deja dos muertos"), accepts
//     armed_clash too.
//   - Fire and explosives. An attack the coders describe as a fire
//     ("incendio de auto", "quema de vehículos", "bomba molotov") accepts
//     arson, business_attack and blockade (the taxonomy tells them apart by
//     the target and the road, which the coding does not give); one
//     described as a bomb, a grenade or an explosive (not a threat)
//     accepts explosive.
//   - Rescues. The coders give a rescue of captives as the deprivation of
//     liberty; the taxonomy gives the rescue as a security operation. A row
//     coded as a kidnapping whose headline tells a rescue or a release
//     ("rescatan", "liberan") accepts security_operation too.
//
// A PPD row is a no-incident text when its coders marked it as security or
// drug policy and recorded no death, injury, detention, body, kidnapping,
// narcomessage, attack or activity of any kind, and its headline reports
// no act (below). The coders' fields alone do not tell: policy-coded rows
// often leave every count at zero for a headline that reports a killing
// ("Matan a tres en un bar"), and whether such a row has an event_date, a
// municipality or a place separates them only weakly (most rows that have
// them are still statistics and policy pieces). So a row whose headline reports an act is left out of
// the no-incident figure (OutActHeadline) rather than scored either way;
// statistics and policy headlines that only name crimes ("van 40
// homicidios", "bajan los asesinatos") stay in.
//
// # What the headline says
//
// Some scores only count the rows whose headline states the fact, and that
// is decided from the gold side, never from what the extractor found, with
// tests written apart from the extractor's own parsers:
//
//   - names a place: the folded headline contains, as whole words, the gold
//     state's name or one of its written-out aliases, or names the
//     municipality (below).
//   - names the municipality: the gold municipality's name, an alias, the
//     coders' spelling, its first words before " de " when they are two or
//     more, the PPD place field (without a leading "colonia", "ejido"… and
//     cut at the first comma), the UCDP where_coordinates and adm_2 names, or
//     a gazetteer locality of that municipality. Names that are ordinary
//     words ("Centro", "Baja") do not count.
//   - gives the death toll: the headline (for a UCDP row citing several
//     articles, the first one's) contains the gold number as digits
//     or as a Spanish or English number word ("un", "una" and "uno" for one in
//     Spanish, "one" in English) and a word of death ("muertos", "asesinan",
//     "cuerpos", "sin vida", "killed", "dead", "bodies"…) within four words of it.
//   - dates the event: the headline has a relative day word (ayer, hoy,
//     anoche, madrugada, a weekday, "hace tres días"; yesterday, today,
//     tonight, a weekday, "two days ago") or
//     an absolute date ("5 de agosto", "Aug. 5", "August 5") other than the
//     publication day. Names are not dates: a weekday or date after
//     "los", "santo", "la", "colonia", "calle", "comunidad"… ("Tianguis de
//     los Lunes", "Santo Domingo", "la 20 de Noviembre") or before
//     "neighborhood". Nor are the ends of periods: after "desde", "since",
//     "entre", "between", "al", "hasta" ("desaparecido desde el viernes",
//     "del 8 al 14 de octubre", "Jul. 2-Jul. 8"), nor a digest's issue
//     date after "update", "review", "memo"… ("Security update 16 February
//     2018", which the agency publishes the next day), nor a Spanish "de
//     noviembre 29" (day after month is English order), nor a post's
//     dateline: a full date with its year opening the headline and closed
//     by a colon, bar or dash ("April 21, 2020: AMLO asks the cartels…",
//     like the digest's issue date; "March 15: gunmen kill five", with no
//     year, still dates the event). A part of the publication day named
//     by another weekday ("esta mañana de martes" read on Wednesday) is
//     that weekday's, an earlier day.
//   - reports an act (no-incident rows only): a finite verb of killing,
//     wounding, kidnapping, burning or attacking ("matan", "mueren",
//     "killed"), a passive one ("fueron asesinados"), or a finding verb
//     within four words of a body or "sin vida" ("localizan tres cuerpos").
//   - reports an act by a noun (no-incident rows only, counted apart as
//     OutActNounHeadline so the figure can be read both ways): a finding
//     verb within four words of "muerto" ("Encuentran a hombre muerto");
//     "prenden fuego a", "asesinó a" with its object; a count of killings
//     or dead after a verb of finding, reporting or leaving ("Descubren
//     cinco asesinatos", "Violencia deja cuatro muertos") or beside a day
//     word ("Dos homicidios ... esta mañana"), unless a word marks a
//     statistic (a period, "van", "suman", "cifra", "promedio", a year);
//     or one shooting in the singular ("Balacera cerca de Juzgados"), not
//     after "sin", "cada" or "de" ("simulacro de balacera"). Plurals
//     alone ("balaceras", "asesinatos en Puebla") may be generic and stay
//     in. Only the headline and the coding decide, never the extractor.
//
// # Rows left out of a figure
//
// Some rows whose headline passes a test above still cannot measure the
// extractor, because of how the data was coded; they are left out of that
// figure and counted by reason (Gold.LeftOut, printed under the scores):
//
//   - OutCourtStep (PPD): coded as a security operation, the headline tells
//     only a court step (see "Gold fields").
//   - OutCourtStepPlace (PPD): whatever the coding, the headline tells a
//     court step ("vinculan a proceso", "sentencian", "audiencia"…) and
//     neither an arrest, search, seizure or rescue nor an act (the test
//     above): it is left out of the place figures (state, municipality,
//     coordinates). The coders locate the case where the crime happened,
//     but the taxonomy has no incident for a court step, so the extractor
//     rightly finds none and the row would count as a miss of place for
//     an incident that is not there. Such rows still count in "reports
//     with no incident found".
//   - OutOfTaxonomyPlace (PPD): the coders recorded no incident of the
//     taxonomy (no death, body, injury, armed attack other than a robbery,
//     fight or beating, clash, kidnapping, detention, operation or
//     narcomessage) and the headline tells only a theft with no weapon,
//     violence or hold-up ("Roban camioneta en la San Ricardo"), a traffic
//     accident ("Choca patrulla de Sedena en Nuevo Laredo"), a statement,
//     demand or official decision ("Emiten reglamento para agentes
//     municipales") or the
//     staffing, training or equipping of forces ("Capacitan a policías",
//     "Instalan módulo de canje de armas"), and no act, arrest, recovery,
//     deployment or court step: it is left out of the place figures for
//     the reason a court step is. Both the coding and the headline decide,
//     never the extractor's output; the count is printed.
//   - OutDatedByPublication: the headline names only days before the
//     publication day (ayer, anoche, a weekday other than the
//     publication's, another date) and the coders gave
//     the publication day. Monitor PPD gives the publication day as the
//     event day in about 81% of its rows, and in about half of those whose
//     headline says "ayer": that is the coders' convention, not the day the
//     headline tells.
//   - OutAfterPublication: the coded day is after the publication day (a
//     coding slip, or a later source's day); no headline can tell it.
//   - OutBeforeWeekday: the headline dates the event by weekdays alone
//     ("Jornada violenta de jueves") and the coded day is more than seven
//     days before the publication day: a weekday read on the publication
//     day names one of the seven days before it ("el jueves pasado" read
//     on a Thursday is the seventh), so the headline cannot tell the coded
//     day either (a coding slip, or a later source's day).
//   - OutNoTaxonomyDate (PPD): a dated headline of a row left out of the
//     place figures as a court step only (OutCourtStepPlace) or as off the
//     taxonomy (OutOfTaxonomyPlace: "Roban camioneta este domingo",
//     "Choca patrulla el sábado"): the extractor rightly finds no incident,
//     so there is none whose day could be measured.
//   - OutSharedDays (UCDP): the headline is shared by rows UCDP coded on
//     different days (a tally "18 dead since Sunday" split into its days):
//     it dates at most one of them.
//   - OutSharedToll (UCDP): the headline is shared by several rows (a
//     tally split by day or place, or one massacre split by the sides
//     involved): its number is their total, or one victim of the tally
//     ("9 murdered, one shot on the boardwalk"), not any one row's best.
//   - OutLaterSource (UCDP): the row cites several articles and only a
//     later one's headline gives the number: the first headline, which the
//     report leads with and whose date it carries, does not give it
//     (sources often disagree: "at least 14 dead", "26 dead").
//
// For a UCDP row citing several articles, the report's published date is
// the first article's source_date (each article has its own, in order).
// Each headline is read against its own date: a headline published on the
// report's day may date the event with any expression; a later one, up to
// six days later, only with a weekday or a date before its own day, since
// its "yesterday" is relative to a day the report does not carry and its
// own day is its dateline; an older or much later one not at all. date_start is UCDP's event day (date_prec 1: the exact day);
// it is the day compared.
//
// # Splits
//
// Each item falls in the dev or the check half by the FNV-1a hash of its
// URL (PPD), id (UCDP, news_dev) or file name: tune on dev, read
// generalization on check.
package dataset

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/atalaya/atalaya/gazetteer"
	"github.com/atalaya/atalaya/internal/clip"
	"github.com/atalaya/atalaya/model"
	"github.com/atalaya/atalaya/report"
)

// ErrAbsent is returned by Load when the data directory does not exist.
var ErrAbsent = errors.New("data directory absent")

// Split is one half of a data set.
type Split string

// The splits.
const (
	Dev   Split = "dev"
	Check Split = "check"
)

// SplitOf returns the half a key (a URL, an id, a file name) falls in.
func SplitOf(key string) Split {
	h := fnv.New32a()
	h.Write([]byte(key))
	if h.Sum32()%2 == 0 {
		return Dev
	}
	return Check
}

// Item is one row or file of a data set: the report input and its gold.
type Item struct {
	// ID names the item within its set (a row id, a file name).
	ID    string
	Split Split
	// Line is a JSONL report line for report.DecodeLine; when it is nil,
	// File and Data are a whole file for report.Parse.
	Line []byte
	File string
	Data []byte
	// Group is a label shared by related items (news_dev's event).
	Group string
	Gold  Gold
}

// Reports decodes the item with the ingest readers.
func (it Item) Reports(opts report.Options) ([]model.Report, error) {
	if it.Line != nil {
		r, err := report.DecodeLine(it.Line, opts)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", clip.String(it.ID, 80), err)
		}
		return []model.Report{r}, nil
	}
	var rs []model.Report
	var problem error
	err := report.Parse(it.File, it.Data, opts, func(r model.Report) error {
		rs = append(rs, r)
		return nil
	}, func(p report.Problem) {
		if problem == nil {
			problem = p
		}
	})
	if err == nil {
		err = problem
	}
	if err != nil {
		return rs, fmt.Errorf("%s: %w", clip.String(it.ID, 80), err)
	}
	return rs, nil
}

// Gold is what a data set's coders say about an item. Empty strings and nil
// pointers mean they do not say.
type Gold struct {
	StateCode        string   `json:"state_code,omitempty"`
	MunicipalityCode string   `json:"municipality_code,omitempty"`
	Lat              *float64 `json:"lat,omitempty"`
	Lon              *float64 `json:"lon,omitempty"`
	// Types are the incident types that agree with the coding; empty when
	// the coding gives none or is ambiguous.
	Types         []model.IncidentType `json:"types,omitempty"`
	TypeAmbiguous bool                 `json:"type_ambiguous,omitempty"`
	Killed        *int                 `json:"killed,omitempty"`
	Date          string               `json:"date,omitempty"` // YYYY-MM-DD
	// NoIncident marks a text its coders found no incident in.
	NoIncident bool `json:"no_incident,omitempty"`
	// The headline tests of the package documentation.
	NamesPlace        bool `json:"names_place,omitempty"`
	NamesMunicipality bool `json:"names_municipality,omitempty"`
	GivesKilled       bool `json:"gives_killed,omitempty"`
	DatesEvent        bool `json:"dates_event,omitempty"`
	// LeftOut lists why the row is left out of figures it would
	// otherwise count in (the Out constants).
	LeftOut []string `json:"left_out,omitempty"`
}

// Reasons a row is left out of a figure (Gold.LeftOut); see the package
// documentation.
const (
	// OutDatedByPublication: the headline dates the event before the
	// publication day, and the coders gave the publication day.
	OutDatedByPublication = "date: coded as the publication day against the headline's earlier day"
	// OutAfterPublication: the coders' event day is after the publication day.
	OutAfterPublication = "date: coded day after the publication day"
	// OutBeforeWeekday: the headline dates the event by weekdays alone,
	// and the coders' day is more than a week before the publication day.
	OutBeforeWeekday = "date: coded more than a week before the publication against the headline's weekday"
	// OutNoTaxonomyDate: the headline dates a court step, a theft, an
	// accident, a statement or forces' staffing, coded with no incident
	// of the taxonomy (OutCourtStepPlace, OutOfTaxonomyPlace).
	OutNoTaxonomyDate = "date: a court step, a theft, an accident, a statement or forces' staffing only (no incident in this taxonomy)"
	// OutSharedDays: the headline is shared by events coded on different days.
	OutSharedDays = "date: headline shared by events coded on different days"
	// OutSharedToll: the headline is shared by several coded events.
	OutSharedToll = "deaths: headline shared by several coded events"
	// OutLaterSource: only a later source's headline gives the number.
	OutLaterSource = "deaths: only a later source's headline gives the number"
	// OutActHeadline: coded as no incident, but the headline reports an act.
	OutActHeadline = "no incident: coded so, but the headline reports an act"
	// OutActNounHeadline: coded as no incident, but the headline reports
	// an act by a noun (a count found or left, a body found dead, one
	// shooting).
	OutActNounHeadline = "no incident: coded so, but the headline reports an act by a noun"
)

// Set is one data set read.
type Set struct {
	Name  string // short name: ppd, ucdp, news_dev, seeds
	Title string
	Path  string
	// Rows counts the rows or files read, Skipped those left out.
	Rows, Skipped int
	Items         []Item
}

// Load reads the data sets under dir (the shared folder holding data/ and
// seeds/). It returns ErrAbsent when dir/data does not exist; a missing
// file of a set leaves that set out.
func Load(ctx context.Context, dir string, g *gazetteer.Gazetteer) ([]Set, error) {
	data := filepath.Join(dir, "data")
	if st, err := os.Stat(data); err != nil || !st.IsDir() {
		return nil, fmt.Errorf("%s: %w", data, ErrAbsent)
	}
	names := newNamer(g)
	var sets []Set
	add := func(s Set, err error) error {
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		if err != nil {
			return err
		}
		sets = append(sets, s)
		return nil
	}
	if err := add(openRows(ctx, filepath.Join(data, "monitor_ppd_2022.jsonl"), "ppd",
		"Monitor PPD 2022 (Spanish headlines, coded by hand)", func(c context.Context, f *os.File) (Set, error) {
			return ReadPPD(c, f, names)
		})); err != nil {
		return nil, err
	}
	if err := add(openRows(ctx, filepath.Join(data, "ucdp_ged_mexico_1989_2020.jsonl"), "ucdp",
		"UCDP GED Mexico (English headlines, single-incident rows)", func(c context.Context, f *os.File) (Set, error) {
			return ReadUCDP(c, f, names)
		})); err != nil {
		return nil, err
	}
	if err := add(ReadNewsDev(ctx, filepath.Join(data, "news_dev"))); err != nil {
		return nil, err
	}
	if err := add(ReadSeeds(ctx, filepath.Join(dir, "seeds"))); err != nil {
		return nil, err
	}
	return sets, nil
}

func openRows(ctx context.Context, path, name, title string, read func(context.Context, *os.File) (Set, error)) (Set, error) {
	f, err := os.Open(path)
	if err != nil {
		return Set{}, err
	}
	defer f.Close()
	s, err := read(ctx, f)
	if err != nil {
		return Set{}, fmt.Errorf("%s: %w", path, err)
	}
	s.Name, s.Title, s.Path = name, title, path
	return s, nil
}
