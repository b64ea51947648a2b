package fuse

// Prepared is an item made ready for matching by a Preparer: what Add
// and Replay compute of the item alone (its interval, place, evidence
// words), done before the Fuser needs it.
type Prepared struct{ m *member }

// Preparer prepares items for the Fusers of one configuration. It holds
// no state of theirs, so a caller may prepare items on a goroutine of its
// own while a Fuser matches the ones before (AddPrepared). A Preparer is
// not safe for concurrent use by several goroutines; each may have one.
type Preparer struct{ f Fuser }

// NewPreparer returns a Preparer for Fusers of configuration cfg.
func NewPreparer(cfg Config) *Preparer { return &Preparer{f: Fuser{cfg: cfg}} }

// Prepare readies it for AddPrepared or ReplayPrepared.
func (p *Preparer) Prepare(it Item) Prepared { return Prepared{p.f.newMember(it)} }

// Item returns the item p was prepared from.
func (p Prepared) Item() *Item { return &p.m.it }

// AddPrepared is Add of an item prepared (Prepare) with the Fuser's
// configuration; a Prepared is added once.
func (f *Fuser) AddPrepared(p Prepared) error { return f.add(p.m) }

// ReplayPrepared is Replay of an item prepared (Prepare) with the
// Fuser's configuration.
func (f *Fuser) ReplayPrepared(p Prepared, eventID string) error { return f.replay(p.m, eventID) }

// RematchPrepared is AddPrepared of an item that an incremental fusion
// matches again (Rematch) although it comes before the point it resumes
// at, stored before in the event with id eventID: a member of that event
// replayed later (ReplayPrepared) takes along the state-only event the
// item is in if it would join it, as it did in the sweep that stored
// them.
func (f *Fuser) RematchPrepared(p Prepared, eventID string) error {
	if f.err != nil {
		return f.err
	}
	p.m.stored = eventID
	f.replaying = true
	if f.rematched == nil {
		f.rematched = map[string]int{}
	}
	f.rematched[eventID]++
	return f.add(p.m)
}
